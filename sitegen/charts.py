"""Small static SVG charts: a figure track's values over time, with no JavaScript.

The SVG carries a title and a text description for screen readers, and its
numbers are rounded so the same data always gives the same bytes.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

WIDTH, HEIGHT, PAD = 560, 220, 44
LABELLED = 24
"""Up to this many points each carry their number; beyond it only the first, last, lowest and highest do."""


def track_chart(points: list[tuple[str, float]], title: str, chart_id: str, flagged: set[int] | None = None) -> str:
    """SVG of ``(iso_date, value)`` points in date order; points whose index is in ``flagged`` are marked.

    ``chart_id`` keeps the title and description ids unique when a page shows several charts.
    """
    flagged = flagged or set()
    days = [date.fromisoformat(d).toordinal() for d, _ in points]
    values = [v for _, v in points]
    x = _scale(min(days), max(days), PAD, WIDTH - PAD)
    y = _scale(min(0.0, min(values)), max(values), HEIGHT - PAD, PAD)
    coords = [(x(d), y(v)) for d, v in zip(days, values, strict=True)]
    path = " ".join(f"{'M' if i == 0 else 'L'}{cx:.1f},{cy:.1f}" for i, (cx, cy) in enumerate(coords))
    description = "; ".join(f"{d}: {_number(v)}" for d, v in points)
    labelled = _labelled(values)
    top: dict[int, float] = {}  # highest value at each x: other labels there go below their point
    for d, v in zip(days, values, strict=True):
        top[d] = max(v, top.get(d, v))
    marks = "".join(
        f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{6 if i in flagged else 4}" class="{_mark(i, flagged)}"/>'
        + (
            f'<text x="{cx:.1f}" y="{cy - 10 if v >= top[d] else cy + 22:.1f}" text-anchor="middle">{_number(v)}</text>'
            if i in labelled
            else ""
        )
        for i, ((cx, cy), v, d) in enumerate(zip(coords, values, days, strict=True))
    )
    axis = (
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" class="axis"/>'
        f'<text x="{PAD}" y="{HEIGHT - PAD + 20}">{points[0][0]}</text>'
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - PAD + 20}" text-anchor="end">{points[-1][0]}</text>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" class="chart">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(description)}</desc>'
        f'{axis}<path d="{path}" class="line" fill="none"/>{marks}</svg>'
    )


def _scale(low: float, high: float, start: float, end: float):  # type: ignore[no-untyped-def]
    """Map [low, high] onto [start, end]; a single value sits in the middle."""
    if high == low:
        return lambda _: (start + end) / 2
    return lambda v: start + (v - low) * (end - start) / (high - low)


def _labelled(values: list[float]) -> set[int]:
    if len(values) <= LABELLED:
        return set(range(len(values)))
    return {0, len(values) - 1, values.index(max(values)), values.index(min(values))}


def _mark(index: int, flagged: set[int]) -> str:
    return "flag" if index in flagged else "point"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
