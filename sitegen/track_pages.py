"""Figure-track pages: a track's summary and chart, and its reports a month at a time when there are many.

At 10,000 articles the most reported thing has some 28,000 reports: one page
listing them all was 22 MB, and every edit to any of its articles rendered
it again.  So a track of more than :data:`SHOWN` reports shows its newest
ones and links to a page per month that holds every report of that month.
A report's month never changes, so neither does its page's URL, and an edit
re-renders the months of the reports it touched (and the track page, whose
chart and counts cover them all).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from sitegen.charts import period_of, track_chart
from sitegen.link import SiteFigure
from sitegen.tracks import Track

if TYPE_CHECKING:
    from sitegen.inputs import PageInputs
    from sitegen.pages import Page

SHOWN = 200
"""Reports listed on a track page; a track with more gets a page per month."""
FLAGS_SHOWN = 50
"""Disagreements spelled out at the top of a track page; the table flags every one."""


def track_url(track: Track) -> str:
    return f"figures/tracks/{track.id}/"


def report_pages(track: Track) -> dict[str, str]:
    """Figure id → URL of the page whose table holds its row for good (the target of its permalink)."""
    if len(track.figures) <= SHOWN:
        return dict.fromkeys((f.id for f in track.figures), track_url(track))
    return {f.id: _month_url(track, f.date[:7]) for f in track.figures}


def track_summary(track: Track) -> dict[str, Any]:
    return {
        "id": track.id,
        "label": track.label,
        "reports": len(track.figures),
        "articles": len({f.article for f in track.figures}),
        "first": track.figures[0].date,
        "last": track.figures[-1].date,
        "disagreements": len(track.disagreements),
    }


def track_pages(track: Track, inputs: PageInputs) -> list[Page]:
    """The track page and, for a track of more than :data:`SHOWN` reports, a page per month, oldest first.

    A month page is keyed by its own reports, the reports they disagree with
    (their rows link there) and its neighbours in the month links.
    """
    from sitegen.pages import Page

    pages = [Page(track_url(track), "track.html", partial(_track_context, track), inputs.of(figures=track.figures))]
    if len(track.figures) <= SHOWN:
        return pages
    months = _months(track.figures)
    keys = list(months)
    disputed_with, where = _disputed_with(track), report_pages(track)
    for i, month in enumerate(keys):
        neighbours = (keys[i - 1] if i else None, keys[i + 1] if i + 1 < len(keys) else None)
        rows = months[month]
        partners = [o for f in rows for o in disputed_with.get(f.id, []) if o.date[:7] != month]
        make = partial(_month_context, track, month, neighbours, rows, disputed_with, where)
        made_of = inputs.of(figures=rows + partners, extra=(track.label, neighbours))
        pages.append(Page(_month_url(track, month), "track_month.html", make, made_of))
    return pages


def _track_context(track: Track) -> dict[str, Any]:
    """The summary, the disagreements, the chart and the newest reports (every one on a small track)."""
    position = {f.id: i for i, f in enumerate(track.figures)}
    flagged = {position[f.id] for d in track.disagreements for f in (d.first, d.second)}
    points = [(f.date, float(f.figure.value)) for f in track.figures]
    title = f"{track.label}: {len(points)} reports over time"
    complete = len(track.figures) <= SHOWN
    shown = track.figures if complete else track.figures[: -SHOWN - 1 : -1]
    return {
        "summary": track_summary(track),
        "disagreements": [(d.first, d.second) for d in track.disagreements[:FLAGS_SHOWN]],
        "chart": track_chart(points, title, "chart-" + track.id, flagged),
        "period": period_of([d for d, _ in points]),
        "complete": complete,
        "years": [] if complete else _years(track.figures),
        **_table(shown, _disputed_with(track), report_pages(track)),
    }


def _month_context(
    track: Track,
    month: str,
    neighbours: tuple[str | None, str | None],
    rows: list[SiteFigure],
    disputed_with: dict[str, list[SiteFigure]],
    where: dict[str, str],
) -> dict[str, Any]:
    links = [(m, _month_url(track, m)) if m else None for m in neighbours]
    return {
        "track": {"id": track.id, "label": track.label, "url": track_url(track)},
        "month": month,
        "previous": links[0],
        "next": links[1],
        **_table(rows, disputed_with, where),
    }


def _table(rows: list[SiteFigure], disputed_with: dict[str, list[SiteFigure]], pages: dict[str, str]) -> dict[str, Any]:
    """A table's rows and, for each report that disagrees, the page of each other report's row.

    The page is ``""`` when that row is on the same page, so the link is just ``#<id>``.
    """
    here = {f.id for f in rows}
    return {
        "figures": rows,
        "disputed_with": {
            f.id: [(o, "" if o.id in here else pages[o.id]) for o in disputed_with[f.id]]
            for f in rows
            if f.id in disputed_with
        },
    }


def _disputed_with(track: Track) -> dict[str, list[SiteFigure]]:
    found: dict[str, list[SiteFigure]] = {}
    for d in track.disagreements:
        found.setdefault(d.first.id, []).append(d.second)
        found.setdefault(d.second.id, []).append(d.first)
    return found


def _months(figures: list[SiteFigure]) -> dict[str, list[SiteFigure]]:
    """``YYYY-MM`` → that month's reports; months and reports oldest first, as on the track."""
    months: dict[str, list[SiteFigure]] = {}
    for f in figures:
        months.setdefault(f.date[:7], []).append(f)
    return months


def _years(figures: list[SiteFigure]) -> list[tuple[str, list[tuple[str, int]]]]:
    """Each year with reports → its months with reports and how many, for the links to the month pages."""
    years: dict[str, list[tuple[str, int]]] = {}
    for month, rows in _months(figures).items():
        years.setdefault(month[:4], []).append((month, len(rows)))
    return list(years.items())


def _month_url(track: Track, month: str) -> str:
    return f"{track_url(track)}{month}/"
