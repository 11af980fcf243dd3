"""Runs of numbers with no words between them: data or noise, not figures cited in prose.

Prose puts words between the figures it cites.  A line with more than ``MAX_RUN`` numbers and
nothing between them but punctuation, symbols, number words and "to", "and", "or" ("1, 2, 3, …",
"12 % 12 % …", "1/2 1/2 …", a table row of forty cells) is a data dump or noise, like the list
numbering that ``exclusions`` drops, so none of its numbers is a figure.  Runs stop at a line
break, so a Markdown table keeps its figures unless one row alone is such a run.

Words are what the tokenizer reads as words: runs of ASCII letters.  Runs are found on a
one-byte-per-character *shape* of the text with a few regex passes at C speed, so blanking them
before the number finder tokenises the text keeps a megabyte of them from costing a minute.
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
_NUMBER_WORDS = frozenset(
    w.lower().encode()
    for w in (*UNITS, *TEENS, *TENS, *SCALES, *ATTACHED_SCALES, *DENOMINATORS, *SIGN_WORDS, "hundred")
)
_CHAINS = frozenset({b"to", b"and", b"or"})
"""Words that chain numbers into ranges and lists without making prose of them."""
_RUN = re.compile(rb"[^a-z\n]{%d,}" % (2 * MAX_RUN + 1))
"""A stretch of a line long enough to hold more than ``MAX_RUN`` numbers: each number and gap takes a character."""
_NUMBER = re.compile(rb"0+(?:,000(?!0))*(?:[./]0+)?")
"""A number in a shape, near enough to the tokenizer's: "1,000", "2.5" and "1/2" are one, "1,1" two."""


def number_runs(text: str, words: set[bytes]) -> list[tuple[int, int]]:
    """Spans of ``text`` where a line lists more than ``MAX_RUN`` numbers with no other word between them.

    ``words`` are the lower-cased words of ``text`` (``letter_bytes(text).split()``).
    """
    shape = text.encode("ascii", "replace").translate(_SHAPE)
    links = (_NUMBER_WORDS | _CHAINS).intersection(words)
    if links:  # a number word becomes a number, a chaining word a gap
        shape = _words(tuple(sorted(links))).sub(_as_number_or_gap, shape)
    return [m.span() for m in _RUN.finditer(shape) if len(_NUMBER.findall(shape, *m.span())) > MAX_RUN]


@lru_cache(maxsize=512)
def _words(words: tuple[bytes, ...]) -> re.Pattern[bytes]:
    """Any of ``words``, whole, in a shape: no letter right before or after."""
    return re.compile(rb"(?<![a-z])(?:" + b"|".join(words) + rb")(?![a-z])")


def _as_number_or_gap(m: re.Match[bytes]) -> bytes:
    word = m.group()
    return (b" " if word in _CHAINS else b"0") * len(word)


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
