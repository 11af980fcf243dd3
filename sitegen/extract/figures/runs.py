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
_DIGITS = re.compile(rb"00*(?:,000(?!0))*(?:[./]00*)?")
"""A digit literal in a shape, near enough to the tokenizer's: "1,000", "2.5" and "1/2" are one, "1,1" two.
(``00*``, not ``0+``: a literal first character lets the engine skip ahead to the next digit.)"""
_NUMBER_WORDS = frozenset(w.encode() for w in (*UNITS, *TEENS, *TENS))
"""Spelled-out numbers that count as one number each ("one, two, three")."""
_LINKS = _NUMBER_WORDS | frozenset(
    w.lower().encode() for w in (*SCALES, *ATTACHED_SCALES, *DENOMINATORS, *SIGN_WORDS, "hundred", "to", "and", "or")
)
"""The only words that may stand between two numbers of a run: number words, scale and fraction words
("5 million", "two thirds"), signs, and "to", "and", "or", which chain numbers into ranges and lists."""
_BREAK = re.compile(rb"[a-z]+|\n")
_GAP = re.compile(rb"[^a-z\n]*(?:(?<![a-z])(?:%s)(?![a-z])[^a-z\n]*)*" % b"|".join(sorted(_LINKS, key=len)[::-1]))


def number_runs(text: str, words: set[bytes]) -> list[tuple[int, int]]:
    """Spans (first number to last) where a line lists more than ``MAX_RUN`` numbers with no other word between.

    ``words`` are the lower-cased words of ``text`` (``letter_bytes(text).split()``).
    """
    shape = text.encode("ascii", "replace").translate(_SHAPE)
    nums = [m.span() for m in _DIGITS.finditer(shape)]
    present = _NUMBER_WORDS.intersection(words)
    if present:  # a match starts one byte before its word: the shape is padded by one byte in front
        found = _whole_words(tuple(sorted(present))).finditer(b" " + shape)
        nums = sorted(nums + [(m.start(), m.end() - 1) for m in found])
    runs, first = [], 0
    for i in range(1, len(nums) + 1):
        if i < len(nums) and _chained(shape, nums[i - 1][1], nums[i][0]):
            continue
        if i - first > MAX_RUN:
            runs.append((nums[first][0], nums[i - 1][1]))
        first = i
    return runs


def _chained(shape: bytes, start: int, end: int) -> bool:
    """True when ``shape[start:end]``, the gap between two numbers, holds no line break and only ``_LINKS`` words."""
    first = _BREAK.search(shape, start, end)  # in prose, an ordinary word comes first: decided without ``_GAP``
    if first is None:
        return True
    return first.group() in _LINKS and _GAP.fullmatch(shape, start, end) is not None


@lru_cache(maxsize=512)
def _whole_words(words: tuple[bytes, ...]) -> re.Pattern[bytes]:
    """Any of ``words``, whole, in a shape, from the byte before the word (faster to search than a look-behind)."""
    return re.compile(rb"[^a-z](?:" + b"|".join(words) + rb")(?![a-z])")


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
