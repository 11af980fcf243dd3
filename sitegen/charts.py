"""Small static SVG charts: a figure track's values over time, with no JavaScript.

The SVG carries a title and a text description for screen readers, and its
numbers are rounded so the same data always gives the same bytes.  A track
of thousands of reports would make a chart of thousands of marks (220 kB
for 2,900 reports), so beyond :data:`MARKS` reports a mark stands for a day,
a month or a year: its median report, with a line from its lowest to its
highest.  The page's table gives every number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from xml.sax.saxutils import escape

Axes = tuple[Callable[[str], float], Callable[[float], float]]
"""Where an ISO date goes across and a value goes up."""

WIDTH, HEIGHT, PAD = 560, 220, 44
LABELLED = 24
"""Up to this many points each carry their number; beyond it only the first, last, lowest and highest do."""
MARKS = 200
"""Up to this many reports get a mark each; more are drawn as at most this many days, months, or as years."""
PERIODS = {"day": 10, "month": 7, "year": 4}
"""What one mark can stand for → length of the ISO date prefix shared by its reports."""


def period_of(dates: list[str]) -> str | None:
    """None when each report gets its own mark, else the shortest period that keeps marks within :data:`MARKS`."""
    if len(dates) <= MARKS:
        return None
    return next((p for p, n in PERIODS.items() if len({d[:n] for d in dates}) <= MARKS), "year")


def track_chart(points: list[tuple[str, float]], title: str, chart_id: str, flagged: set[int] | None = None) -> str:
    """SVG of ``(iso_date, value)`` points in date order; points whose index is in ``flagged`` are marked.

    ``chart_id`` keeps the title and description ids unique when a page shows several charts.
    """
    period = period_of([d for d, _ in points])
    draw = _each_point if period is None else _per_period
    description, body = draw(points, _axes(points), flagged or set(), period or "")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" class="chart">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(description)}</desc>'
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" class="axis"/>'
        f'<text x="{PAD}" y="{HEIGHT - PAD + 20}">{points[0][0]}</text>'
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - PAD + 20}" text-anchor="end">{points[-1][0]}</text>'
        f"{body}</svg>"
    )


def _axes(points: list[tuple[str, float]]) -> Axes:
    """x from the first to the last day, y from zero (or the lowest value) to the highest."""
    days = [date.fromisoformat(d).toordinal() for d, _ in points]
    values = [v for _, v in points]
    x = _scale(min(days), max(days), PAD, WIDTH - PAD)
    y = _scale(min(0.0, min(values)), max(values), HEIGHT - PAD, PAD)
    return lambda iso: x(date.fromisoformat(iso).toordinal()), y


def _each_point(points: list[tuple[str, float]], axes: Axes, flagged: set[int], _: str) -> tuple[str, str]:
    """A mark per report, numbered when there are few."""
    x, y = axes
    coords = [(x(d), y(v)) for d, v in points]
    path = " ".join(f"{'M' if i == 0 else 'L'}{cx:.1f},{cy:.1f}" for i, (cx, cy) in enumerate(coords))
    values = [v for _, v in points]
    labelled = _labelled(values)
    top: dict[str, float] = {}  # highest value at each x: other labels there go below their point
    for d, v in points:
        top[d] = max(v, top.get(d, v))
    marks = "".join(
        f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{6 if i in flagged else 4}" class="{_mark(i in flagged)}"/>'
        + (
            f'<text x="{cx:.1f}" y="{cy - 10 if v >= top[d] else cy + 22:.1f}" text-anchor="middle">{_number(v)}</text>'
            if i in labelled
            else ""
        )
        for i, ((cx, cy), (d, v)) in enumerate(zip(coords, points, strict=True))
    )
    return "; ".join(f"{d}: {_number(v)}" for d, v in points), f'<path d="{path}" class="line" fill="none"/>{marks}'


def _per_period(points: list[tuple[str, float]], axes: Axes, flagged: set[int], period: str) -> tuple[str, str]:
    """A mark per day, month or year at its median report, a line from its lowest to its highest report.

    A period holding a report that disagrees gets the larger flag mark, and the
    description says how many of its reports disagree.
    """
    x, y = axes
    groups: dict[str, list[int]] = {}
    for i, (d, _) in enumerate(points):
        groups.setdefault(d[: PERIODS[period]], []).append(i)
    marks: list[str] = []
    said: list[str] = []
    coords: list[tuple[float, float]] = []
    for key, members in groups.items():
        values = sorted(points[i][1] for i in members)
        low, middle, high = values[0], values[(len(values) - 1) // 2], values[-1]
        cx = (x(points[members[0]][0]) + x(points[members[-1]][0])) / 2
        disputed = sum(1 for i in members if i in flagged)
        coords.append((cx, y(middle)))
        marks.append(
            f'<line x1="{cx:.1f}" y1="{y(low):.1f}" x2="{cx:.1f}" y2="{y(high):.1f}" class="range"/>'
            f'<circle cx="{cx:.1f}" cy="{y(middle):.1f}" r="{6 if disputed else 4}" class="{_mark(disputed > 0)}"/>'
        )
        counts = f"{len(values)} report{'s' if len(values) != 1 else ''}" + (
            f", {disputed} disagree" if disputed else ""
        )
        said.append(f"{key}: {_number(middle)} ({_number(low)} to {_number(high)}; {counts})")
    path = " ".join(f"{'M' if i == 0 else 'L'}{cx:.1f},{cy:.1f}" for i, (cx, cy) in enumerate(coords))
    highest = max(points, key=lambda p: p[1])
    lowest = min(points, key=lambda p: p[1])
    extremes = "".join(
        f'<text x="{x(d):.1f}" y="{y(v) + dy:.1f}" text-anchor="middle">{_number(v)}</text>'
        for (d, v), dy in ((highest, -10), (lowest, 22))
    )
    description = f"Median report per {period}, with the lowest and highest: " + "; ".join(said)
    return description, f'<path d="{path}" class="line" fill="none"/>{"".join(marks)}{extremes}'


def _scale(low: float, high: float, start: float, end: float):  # type: ignore[no-untyped-def]
    """Map [low, high] onto [start, end]; a single value sits in the middle."""
    if high == low:
        return lambda _: (start + end) / 2
    return lambda v: start + (v - low) * (end - start) / (high - low)


def _labelled(values: list[float]) -> set[int]:
    if len(values) <= LABELLED:
        return set(range(len(values)))
    return {0, len(values) - 1, values.index(max(values)), values.index(min(values))}


def _mark(flagged: bool) -> str:
    return "flag" if flagged else "point"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
