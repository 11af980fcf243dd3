"""Runs of numbers with no words between them: data or noise, not figures cited in prose.

Prose puts words between the figures it cites.  A line with more than ``MAX_RUN`` numbers and
nothing between them but punctuation, symbols, scale words and "to", "and", "or" ("1, 2, 3, …",
"12 % 12 % …", "1/2 1/2 …", "one, two, three, …", a table row of forty cells) is a data dump or
noise, like the list numbering that ``exclusions`` drops, so none of its numbers is a figure.
Runs stop at a line break, so a Markdown table keeps its figures unless one row alone is a run.

Words are what the tokenizer reads as words: runs of ASCII letters.  The scan reads a
one-byte-per-character *shape* of the text at C speed, then looks only at the gaps between
consecutive numbers; blanking the runs before the number finder tokenises the text keeps a
megabyte of them from costing a minute of parsing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import ATTACHED_SCALES, DENOMINATORS, SCALES, SIGN_WORDS, TEENS, TENS, UNITS

MAX_RUN = 12
"""The most numbers a line may list with no word between them and still be prose."""


def _shape_byte(b: int) -> int:
    c = chr(b)
    if c.isascii() and c.isalpha():
        return ord(c.lower())
    if c.isascii() and c.isdigit():
        return ord("0")
    return b if c in "\n.,/" else ord(" ")


_SHAPE = bytes(_shape_byte(b) for b in range(256))
"""Byte table: ASCII letters to lower case, digits to "0", line breaks and ``.,/`` kept, all else a space."""
_NUMBER_WORDS = frozenset(w.encode() for w in (*UNITS, *TEENS, *TENS))
"""Spelled-out numbers: each becomes a number ("0" for every letter) in the shape."""
_LINKS = frozenset(
    w.lower().encode() for w in (*SCALES, *ATTACHED_SCALES, *DENOMINATORS, *SIGN_WORDS, "hundred", "to", "and", "or")
)
"""Words that chain numbers without counting as one ("5 million", "two thirds", "3 to 4")."""
_TAIL = rb"0*(?:,000(?!0))*(?:[./]00*)?"
"""The rest of a number after its first digit: "1,000", "2.5" and "1/2" are one number, "1,1" two."""
_GAP = rb"[^a-z\n0]*(?:(?:%s)(?![a-z])[^a-z\n0]*)*" % b"|".join(sorted(_LINKS - _NUMBER_WORDS, key=len)[::-1])
"""What may stand between two numbers of a run: anything but a digit, a line break or a word other than ``_LINKS``."""
_STRETCH = re.compile(
    rb"0(?<!00)(?<!0[,./]0)(?=(%s))\1(?=(%s))\2(?:(?=(0%s))\3(?=(%s))\4)*" % (_TAIL, _GAP, _TAIL, _GAP)
)
"""Numbers with only gaps between them, as many as follow each other.

``(?=(x))\1`` matches ``x`` without ever backtracking into it (the atomic group Python 3.10 lacks), so each
character is read once, inside a number or a gap.  A stretch starts only at a digit that does not follow a
number ("1" in "1,1" but not the second "1"), and the next search resumes where a stretch ends, so no stretch is
read twice; the literal "0" first lets the engine skip ahead from digit to digit."""
_NUMBER = re.compile(rb"0" + _TAIL)


def number_runs(text: str, words: set[bytes]) -> list[tuple[int, int]]:
    """Spans where a line lists more than ``MAX_RUN`` numbers with no other word between, from the first number to
    the next other word or line break.

    ``words`` are the lower-cased words of ``text`` (``letter_bytes(text).split()``).
    """
    shape = text.encode("ascii", "replace").translate(_SHAPE)
    present = _NUMBER_WORDS.intersection(words)
    if present:  # the pattern matches from the byte before a word: pad the shape by one byte in front
        shape = _whole_words(tuple(sorted(present))).sub(_as_digits, b" " + shape)[1:]
    stretches = (m.span() for m in _STRETCH.finditer(shape) if m.end() - m.start() > 2 * MAX_RUN)
    return [(s, e) for s, e in stretches if len(_NUMBER.findall(shape, s, e)) > MAX_RUN]


@lru_cache(maxsize=512)
def _whole_words(words: tuple[bytes, ...]) -> re.Pattern[bytes]:
    """Any of ``words``, whole, in a shape, from the byte before the word (faster to search than a look-behind)."""
    return re.compile(rb"[^a-z](?:" + b"|".join(words) + rb")(?![a-z])")


def _as_digits(m: re.Match[bytes]) -> bytes:
    return m.group()[:1] + b"0" * (len(m.group()) - 1)


def blank_runs(text: str, words: set[bytes]) -> str:
    """``text`` with every number run replaced by spaces, so offsets stay those of ``text``."""
    parts, at = [], 0
    for start, end in number_runs(text, words):
        parts += [text[at:start], " " * (end - start)]
        at = end
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)
