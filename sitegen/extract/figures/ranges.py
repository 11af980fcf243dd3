"""Ranges: "between 200 and 300", "200-300", "8- to 16-meter", "3 to 4 L" become one figure.

The figure's value is the midpoint, ``low``/``high`` the ends.  A scale or unit
written once applies to both ends ("1-2 million", "3 to 4 L").  "from X to Y"
after a verb of change ("rose from 5% to 7%") is a change, not a range.
"""

from __future__ import annotations

import re

from .base import Cand

_JOIN = re.compile(r"(?:-\s?)?\s{0,2}(?P<sep>to|–|—|-|and)\s{0,2}\Z")
_BETWEEN = re.compile(r"(?i:(?<![A-Za-z])between\s{1,2})\Z")
_CHANGE_FROM = re.compile(
    r"(?i:(?:rose|rise|risen|increased?|grew|climbed|jumped|fell|fall|fallen|dropped|declined|"
    r"decreased?|cut|reduced|raised|lowered|went|moved|changed?|slipped|surged)\s+(?:\w+\s+)?from\s{1,2})\Z"
)


def merge_ranges(text: str, cands: list[Cand]) -> list[Cand]:
    """Join neighbouring candidates that form a range; others pass through unchanged."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        merged = _range(text, prev, c) if prev is not None else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(c)
    return out


def _range(text: str, a: Cand, b: Cand) -> Cand | None:
    between = text[a.end : b.start]
    if a.low is not None or len(between) > 8:
        return None
    j = _JOIN.search(between)
    if j is None or j.start() != 0:
        return None
    sep = j.group("sep")
    b_between = _BETWEEN.search(text, max(0, a.start - 10), a.start)
    if (sep == "and") != (b_between is not None):
        return None
    if not _compatible(a, b):
        return None
    low = a.value * (b.num.scale if a.num.scale == 1 and b.num.scale > 1 else 1)
    if sep in "-–—" and (a.num.spelled or b.num.spelled or not (low < b.value and not between.strip(" -–—"))):
        return None  # "three-nought-four" is a sequence, "2-1" a score
    if sep == "to" and not low < b.value and a.unit is None:
        return None
    if sep == "to" and _CHANGE_FROM.search(text, max(0, a.start - 30), a.start):
        return None
    lo, hi = sorted((low, b.value))
    start = b_between.start() if b_between is not None else a.start
    kind, unit = (b.kind, b.unit) if b.kind != "number" else (a.kind, a.unit)
    return Cand(start, b.end, (lo + hi) / 2, kind, a.num, unit=unit, low=lo, high=hi, last=b.num)


_PLUS_MINUS = re.compile(r"\s{0,2}(?:±|\+/-?|\+-?)\s{0,2}")


def merge_uncertainty(text: str, cands: list[Cand]) -> list[Cand]:
    """ "9.83e-3 ± 1e-5 km/s2": the value with its margin is one measure; the margin is dropped."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "number" and _PLUS_MINUS.fullmatch(text, prev.end, c.start):
            out[-1] = Cand(prev.start, c.end, prev.value, c.kind, prev.num, unit=c.unit)
        else:
            out.append(c)
    return out


def _compatible(a: Cand, b: Cand) -> bool:
    """Both ends measure the same thing: same kind and unit, or a unit written once for both."""
    if a.kind == b.kind and a.unit == b.unit:
        return True
    if a.kind == "money" and b.kind == "number":
        return a.num.end == a.end  # "$1-2 million": the currency sign covers both ends
    return a.kind == "number" and a.unit is None and b.kind != "number"
