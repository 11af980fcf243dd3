"""Fractions written in words: "five eighths", "one and a half", "a third", "half a million".

A fraction needs a numerator ("a", "one", "three"); a lone ordinal ("the first
batch", "third world") is never a fraction.  "second" is not a denominator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import DENOMINATORS, ORDINAL_UNITS, SCALES, TENS, UNITS
from .tokens import Token

if TYPE_CHECKING:
    from .numbers import Cardinal


def fraction_extension(toks: list[Token], card: Cardinal) -> tuple[float, int]:
    """Extend a cardinal by what may follow it: a denominator, "and a half", "-eighth", "point", "over"."""
    v, k = card.value, card.stop
    if k >= len(toks) or not toks[k].joined:
        return v, k
    t = toks[k]
    if card.spelled:
        den = denominator(toks, k)
        if den is not None:
            return v / den[0], den[1]
        if t.low == "point":
            return _point(toks, k, v)
        if t.low == "over":
            return _over(toks, k, v)
    if t.kind == "dash" and t.glued and k + 1 < len(toks) and toks[k + 1].glued and card.spelled:
        word = toks[k + 1].low
        if word in DENOMINATORS and not _glued_dash_after(toks, k + 1):
            return v / DENOMINATORS[word], k + 2
    if t.low == "and":
        extended = _and_fraction(toks, k, card)
        if extended is not None:
            return extended
    return v, k


def leading_fraction(toks: list[Token], j: int) -> tuple[float, int] | None:
    """Numbers that start with a fraction: "a third", "a quarter million", "half a dozen"."""
    n = len(toks)
    t = toks[j]
    if t.kind != "word" or j + 1 >= n or not toks[j + 1].joined:
        return None
    nxt = toks[j + 1].low
    if t.low in ("a", "an") and nxt in DENOMINATORS and not _glued_dash_after(toks, j + 1):
        value, stop = 1 / DENOMINATORS[nxt], j + 2
        return _times_scale(toks, stop, value)
    if t.low in ("half", "quarter"):
        k = j + 2 if nxt in ("a", "an") else j + 1
        if k < n and toks[k].joined and toks[k].low in SCALES:
            return DENOMINATORS[t.low] ** -1 * SCALES[toks[k].low], k + 1
    return None


def denominator(toks: list[Token], k: int) -> tuple[float, int] | None:
    """The denominator starting at ``k``: "fifths", "thirty-fifths", "one hundred fifth"."""
    simple = _simple_denominator(toks, k)
    if simple is not None:
        return simple
    from .numbers import cardinal

    card = cardinal(toks, k, words_only=True)
    if card is None or card.stop >= len(toks) or not toks[card.stop].joined:
        return None
    tail = _simple_denominator(toks, card.stop)
    if tail is None:
        return None
    return card.value + tail[0], tail[1]


def _simple_denominator(toks: list[Token], k: int) -> tuple[float, int] | None:
    t = toks[k]
    if t.kind != "word":
        return None
    if t.low in DENOMINATORS and not _glued_dash_after(toks, k):
        return DENOMINATORS[t.low], k + 1
    if t.low in TENS and k + 2 < len(toks) and toks[k + 1].kind == "dash":
        unit = toks[k + 2].low
        unit = unit if unit in ORDINAL_UNITS else unit[:-1]
        if unit in ORDINAL_UNITS and toks[k + 2].joined:
            return TENS[t.low] + ORDINAL_UNITS[unit], k + 3
    return None


def _and_fraction(toks: list[Token], k: int, card: Cardinal) -> tuple[float, int] | None:
    """ "one and a half", "3 million and a half" (plus half a million), "a billion and a half million"."""
    from .numbers import cardinal

    n = len(toks)
    if k + 1 >= n or not toks[k + 1].joined:
        return None
    lit = toks[k + 1]
    if lit.kind == "num" and "/" in lit.text and lit.value is not None and lit.value < 1:
        return card.value + lit.value, k + 2  # "two and 1/2"
    if k + 2 >= n:
        return None
    if toks[k + 1].low in ("a", "an"):
        frac = _simple_denominator(toks, k + 2) if toks[k + 2].low in DENOMINATORS else None
        if frac is None:
            return None
        value, stop = 1 / frac[0], frac[1]
    else:
        num = cardinal(toks, k + 1, words_only=True)
        den = denominator(toks, num.stop) if num and num.stop < n and toks[num.stop].joined else None
        if num is None or den is None:
            return None
        value, stop = num.value / den[0], den[1]
    if stop < n and toks[stop].joined and toks[stop].low in SCALES:
        scale = SCALES[toks[stop].low]
        if card.last != "scale":
            return (card.value + value) * scale, stop + 1  # "one and a half million"
        value, stop = value * scale, stop + 1  # "one billion and a half million"
    elif card.last == "scale" and card.last_scale >= 1000:
        value *= card.last_scale  # "3 million and a half"
    return card.value + value, stop


def _point(toks: list[Token], k: int, value: float) -> tuple[float, int]:
    """ "nine point nought four": digit words after "point"."""
    digits = ""
    j = k + 1
    while j < len(toks) and toks[j].joined and toks[j].low in UNITS and len(digits) < 12:
        digits += str(UNITS[toks[j].low])
        j += 1
    if not digits:
        return value, k
    return value + float("0." + digits), j


def _over(toks: list[Token], k: int, value: float) -> tuple[float, int]:
    """ "one over three", only when the phrase ends there (not "two over the years")."""
    from .numbers import cardinal

    den = cardinal(toks, k + 1, words_only=True)
    if den is None or den.value == 0 or not toks[k + 1].joined:
        return value, k
    if den.stop < len(toks) and toks[den.stop].kind in ("word", "num"):
        return value, k
    return value / den.value, den.stop


def _glued_dash_after(toks: list[Token], k: int) -> bool:
    """ "a third-party", "a fifth-generation": a hyphenated compound, not a fraction."""
    return k + 1 < len(toks) and toks[k + 1].kind == "dash" and toks[k + 1].glued


def _times_scale(toks: list[Token], stop: int, value: float) -> tuple[float, int]:
    if stop < len(toks) and toks[stop].joined and toks[stop].low in SCALES:
        return value * SCALES[toks[stop].low], stop + 1
    return value, stop
