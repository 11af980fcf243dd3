"""The internal figure candidate that the rules build and refine."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import Num


@dataclass(slots=True)
class Cand:
    """A figure under construction: one number (or a range of two) with what the rules attached."""

    start: int
    end: int
    value: float
    kind: str
    num: Num
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    counted: str | None = None
    qualifier: str | None = None
    change: str | None = None
    last: Num | None = None
    """The second number of a range."""


def tidy(value: float) -> float | int:
    """An int when the value is integral (within float noise), so JSON shows 18000, not 18000.0."""
    rounded = round(value)
    if abs(value) < 1e15 and abs(value - rounded) <= 1e-9 * abs(value):
        return int(rounded)
    return value


_TAIL = re.compile(r"(?<![A-Za-z])([A-Za-z]+)[^A-Za-z]{0,4}\Z")
_CASE_TWINS = frozenset("\u212a\u017f\u0130\u0131")
"""Kelvin sign, long s, dotted and dotless i: non-ASCII letters that ``(?i:...)`` matches to ASCII ones."""


def tail_word(text: str, end: int, width: int = 24) -> str | None:
    """The last ASCII word before ``end`` (then at most 4 other characters, the last white space), lower-cased.

    "" when there is none, or when ``end`` does not follow white space.

    A cheap test before a costly ``(?i:...word\\s{1,2})\\Z`` search: that search can only match when its
    final word is this one.  None when a non-ASCII letter that matches an ASCII one is near (run the search).
    """
    if end == 0 or not text[end - 1].isspace():
        return ""  # every phrase these searches look for ends in white space
    start = max(0, end - width)
    if not _CASE_TWINS.isdisjoint(text[start:end]):
        return None
    m = _TAIL.search(text, start, end)
    return m.group(1).lower() if m else ""


_SUFFIX_STARTS = frozenset("%€£$¥₹元₾°ºµμ{")


def unit_may_follow(text: str, end: int) -> bool:
    """False when nothing written after ``end`` can be a currency, percent sign or unit.

    Every suffix rule (money, percent, measures) needs, right after the number, a prime or quote
    mark, "-" or "{", or, after at most two white-space characters, a letter or one of ``%€£$°µ{``…
    Plain numbers in lists ("1, 2, 3") skip all those patterns.
    """
    n = len(text)
    if end >= n:
        return False
    c = text[end]
    if c in "-{′'″\"":
        return True
    i = end
    while i < n and i - end < 2 and text[i].isspace():
        i += 1
    if i >= n:
        return False
    c = text[i]
    return c.isalpha() or c in _SUFFIX_STARTS
