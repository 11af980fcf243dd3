"""The internal figure candidate that the rules build and refine."""

from __future__ import annotations

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
