"""Figures: numbers, money, percentages and measures cited in an article, with what they count.

``extract_figures`` runs small named rules in order:

1. ``tokens``/``numbers``/``fractions`` find every number as written, digits or words,
   except in ``runs`` of numbers with no word between them (data, not cited figures);
2. ``exclusions`` drops numbers that are names, references, times, phone numbers;
3. ``money``, ``percent``, ``measures`` attach a currency or unit, first match wins;
   a plain number stays a ``number`` unless it is a date (``dates.find_dates``);
4. ``ranges`` joins "200-300" and "between 44 and 50 mg"; ``money.merge_cents`` joins
   "13 dollars and 45 cents";
5. ``qualifiers`` and ``counted`` read the words around each figure.

All pure functions of the text; every regex is linear-time.
"""

from __future__ import annotations

import math
from datetime import date

from sitegen.model import Figure

from ..dates import DatesNear
from .base import Cand, tidy, unit_may_follow
from .counted import counted_noun
from .exclusions import Spans, excluded_spans, glued_tail, is_identifier, is_model_name
from .measures import measure, one_unit_figures
from .money import merge_cents, money
from .numbers import Num, letter_bytes, numbers_in
from .percent import percent
from .qualifiers import qualify
from .ranges import merge_ranges, merge_uncertainty
from .runs import blank_runs

__all__ = ["extract_figures"]

_UNIT_RULES = (money, percent, measure)
_TIME_UNITS = frozenset({"s", "min", "h", "day", "week", "month", "year", "decade"})


def extract_figures(text: str, article_date: date | None = None) -> list[Figure]:
    """Figures found in ``text``, in order, with ``text == body[start:end]`` for each.

    ``article_date`` is accepted for symmetry with the statement extractor; figure
    dates come from the statements that cite them.
    """
    letters = letter_bytes(text)
    words = set(letters.split())
    prose = blank_runs(text, words)
    nums = numbers_in(prose, letters if prose is text else letter_bytes(prose))
    if not nums:
        return [_to_figure(text, c) for c in one_unit_figures(text, words)]
    skip = Spans(excluded_spans(text))
    dates = DatesNear(text)
    cands: list[Cand] = []
    for num in nums:
        cand = _classify(text, num, skip, dates)
        if cand is not None and (not cands or cand.start >= cands[-1].end):
            cands.append(cand)
    cands = _add_free(cands, one_unit_figures(text, words))
    cands = merge_ranges(text, merge_uncertainty(text, merge_cents(text, cands)))
    for cand in cands:
        qualify(text, cand)
        cand.counted = counted_noun(text, cand)
    return [_to_figure(text, c) for c in cands if math.isfinite(c.value)]  # "9e307 crore" overflows: junk


def _classify(text: str, num: Num, skip: Spans, dates: DatesNear) -> Cand | None:
    """The first unit rule that claims ``num``, else a plain number, else None (not a figure)."""
    if skip.overlaps(num.start, num.end) or is_identifier(text, num):
        return None
    suffix = unit_may_follow(text, num.end)
    for rule in _UNIT_RULES:
        cand = rule(text, num, suffix)
        if cand is not None:
            if cand.unit in _TIME_UNITS and dates.overlaps(num.start, num.end):
                return None  # "three years ago" is a date
            return cand
    if num.bare_one or glued_tail(text, num.end) or dates.overlaps(num.start, num.end):
        return None
    if is_model_name(text, num):
        return None
    return Cand(num.start, num.end, num.value, "number", num)


def _add_free(cands: list[Cand], extra: list[Cand]) -> list[Cand]:
    """Add figures found without a number token ("a gallon") where they overlap nothing."""
    if not extra:
        return cands
    taken = Spans([(c.start, c.end) for c in cands])
    kept = [e for e in extra if not taken.overlaps(e.start, e.end)]
    return sorted(cands + kept, key=lambda c: c.start)


def _to_figure(text: str, c: Cand) -> Figure:
    return Figure(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        value=tidy(c.value),
        kind=c.kind,
        unit=c.unit,
        counted=c.counted,
        low=None if c.low is None else tidy(c.low),
        high=None if c.high is None else tidy(c.high),
        qualifier=c.qualifier,
        change=c.change,
    )
