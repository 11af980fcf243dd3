"""Percentages: "12%", "3.5 per cent", "2 percentage points", and the reversed "per cent of 22".

Values are in points (12% → 12).  Percentage points keep kind ``percent`` with
unit ``pp``, since a change of 2 points is not a change of 2 per cent; basis
points likewise get unit ``bp`` with the value as written (25 bp).
"""

from __future__ import annotations

import re

from .base import Cand
from .numbers import Num

_SUFFIX = re.compile(
    r"\s{0,2}(?:(?P<pp>(?i:percentage\s+points?|per\s?cent(?:age)?\s+points?))|(?P<bp>(?i:basis\s+points?|bps?)\b)"
    r"|%|(?i:per\s?cent(?:s|age)?|percent(?:s|age)?|pct)(?![A-Za-z]))"
)
_REVERSED = re.compile(r"(?i:(?<![A-Za-z])(?:per\s?cents?|percents?|percentage)\s+of\s+)\Z")
_NUMBER_BEFORE = re.compile(
    r"(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|"
    r"ty|hundred|thousand|million|billion))\s{0,2}\Z"
)


def percent(text: str, num: Num, suffix: bool = True) -> Cand | None:
    """A percent figure for ``num`` followed by "%"/"per cent" (unless ``suffix=False``), or after "per cent of"."""
    m = _SUFFIX.match(text, num.end) if suffix else None
    if m is not None:
        unit = "pp" if m.group("pp") else "bp" if m.group("bp") else "%"
        return Cand(num.start, m.end(), num.value, "percent", num, unit=unit)
    before = text[max(0, num.start - 20) : num.start]
    kept = before.rstrip()
    if len(kept) == len(before) or kept[-2:].lower() != "of":
        return None  # "per cent of" must end in "of" and white space
    r = _REVERSED.search(text, max(0, num.start - 20), num.start)
    if r is not None and not _NUMBER_BEFORE.search(text, max(0, r.start() - 12), r.start()):
        return Cand(r.start(), num.end, num.value, "percent", num, unit="%")
    return None
