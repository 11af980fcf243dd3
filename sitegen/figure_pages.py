"""The figure pages: the figures index in three orders, and the figure tracks (:mod:`sitegen.track_pages`).

A site of 10,000 articles cites about 240,000 figures, far too many for one
page (rendering one such page took 21 s).  So the index is a landing page
that lists *groups* (months, topics, value bands), and each group is a short
chain of pages.  Walking the groups of one order in turn, and each group's
pages by their next links, gives every figure sorted by date, by topic or by
value, without JavaScript.

Where a page ends depends on its figures, not on how many come before them
(:func:`page_breaks`): counting pages of 200 from the newest made one added
figure move the rows of every later page of its month, topics and value band
(380 files written for a one-article edit at 10,000 articles).  A page is
named by the figure it follows and shows nothing that depends on the group's
size, so an edit re-renders the pages whose rows changed, and the group's
first page when the list of pages it shows changes.
"""

from __future__ import annotations

import hashlib
import math
import sys
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple

from sitegen.link import Site, SiteFigure
from sitegen.slugs import slugify
from sitegen.track_pages import report_pages, track_pages, track_summary
from sitegen.tracks import Track

if TYPE_CHECKING:
    from sitegen.inputs import PageInputs
    from sitegen.pages import Page

PAGE_SIZE = 200
"""Figures per index page on average: a table a phone can scroll through, a few hundred kB of HTML."""
MIN_PAGE = PAGE_SIZE // 4
"""No page but a group's last is shorter, so that a run of breaking figures does not make tiny pages."""
MAX_PAGE = 2 * PAGE_SIZE
"""No page is longer; about one page in ten reaches it (where it ends then: :func:`_page_end`)."""
_BREAK_ONE_IN = PAGE_SIZE - MIN_PAGE
"""One figure in this many ends a page (once it is :data:`MIN_PAGE` long): pages average :data:`PAGE_SIZE`."""

ORDERS = {"months": "month", "topics": "topic", "values": "value"}
"""URL folder of each order → what it sorts by (the landing page's section ids are ``by-<what>``)."""

_KINDS = {"number": "Counts", "money": "Money", "percent": "Percentages", "measure": "Measures"}
_LARGE = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million")]


class TrackRef(NamedTuple):
    """What a figure table needs to link a figure to its track."""

    id: str
    disputed: bool
    page: str
    """URL of the track page whose table has the figure's row."""


@dataclass(slots=True)
class Group:
    """Figures shown together on one chain of index pages, already in display order."""

    order: str
    """``months``, ``topics`` or ``values``."""
    key: str
    """URL segment: ``2025-03``, a topic id, ``money-usd-e6``."""
    label: str
    figures: list[SiteFigure]

    @property
    def url(self) -> str:
        return f"figures/{self.order}/{self.key}/"

    def pages(self, breaking: dict[str, int]) -> list[IndexPage]:
        """The group's chain of pages: the first at the group's URL, each later one named by the figure it follows.

        ``breaking`` is :func:`breaking` of (at least) the group's figures.
        """
        chunks = page_breaks(self.figures, breaking)
        urls = [self.url] + [f"{self.url}{chunk[-1].id}/" for chunk in chunks[:-1]]
        return [IndexPage(url, chunk) for url, chunk in zip(urls, chunks, strict=True)]


class IndexPage(NamedTuple):
    """One page of a group."""

    url: str
    figures: list[SiteFigure]


def page_breaks(figures: list[SiteFigure], breaking: dict[str, int]) -> list[list[SiteFigure]]:
    """Split figures (in display order) into pages that end after a figure whose id calls for it.

    Adding or removing a figure then moves at most the break of its own page,
    never the breaks of the pages after it: numbered pages of a fixed size
    shifted every later page of the group by one row.  An empty group is one
    empty page.
    """
    pages: list[list[SiteFigure]] = []
    start = 0
    while start < len(figures):
        end = _page_end(figures, start, breaking)
        pages.append(figures[start:end])
        start = end
    return pages or [[]]


def _page_end(figures: list[SiteFigure], start: int, breaking: dict[str, int]) -> int:
    """Where the page from ``start`` ends: after its first breaking figure once it has :data:`MIN_PAGE`.

    A page that reaches :data:`MAX_PAGE` without one ends after its last
    figure of the weaker kind, which is also found by id rather than by place,
    so a forced break holds still under edits too (ending it exactly at
    :data:`MAX_PAGE` moved that break, and so the name of the next page, with
    every figure added before it).
    """
    stop = min(len(figures), start + MAX_PAGE)
    fallback = stop
    for i in range(start + MIN_PAGE - 1, stop):
        strength = breaking.get(figures[i].id)
        if strength == 2:
            return i + 1
        if strength == 1:
            fallback = i + 1
    return stop if stop == len(figures) else fallback


def breaking(figures: list[SiteFigure]) -> dict[str, int]:
    """Figure id → 2 for one figure in :data:`_BREAK_ONE_IN`, 1 for one in a tenth of that; others are left out.

    The figure's own stable key (its id, not its place) decides; a hash
    spreads ids of any shape evenly.  Found once for the three orders: hashing
    each figure's id again in each order took 1.2 of the 6.4 s of
    :func:`figure_pages` at 10,000 articles.
    """
    found = {}
    for f in figures:
        digest = int.from_bytes(hashlib.blake2b(f.id.encode(), digest_size=8).digest(), "big")
        if digest % (_BREAK_ONE_IN // 10) == 0:
            found[f.id] = 2 if digest % _BREAK_ONE_IN == 0 else 1
    return found


def track_refs(tracks: list[Track]) -> dict[str, TrackRef]:
    """figure id → its track, for every figure that is on a track."""
    disputed = {f.id for t in tracks for d in t.disagreements for f in (d.first, d.second)}
    return {fid: TrackRef(t.id, fid in disputed, page) for t in tracks for fid, page in report_pages(t).items()}


def refs_for(figures: list[SiteFigure], refs: dict[str, TrackRef]) -> dict[str, TrackRef]:
    """Only the shown figures' tracks go into a page's context, so that its fingerprint stays its own."""
    return {f.id: refs[f.id] for f in figures if f.id in refs}


def figure_pages(site: Site, tracks: list[Track], refs: dict[str, TrackRef], inputs: PageInputs) -> list[Page]:
    """The landing page, every group's pages, the tracks list and one page per track."""
    from sitegen.pages import Page

    newest = newest_first(site.figures)
    groups = {"months": month_groups(newest), "topics": topic_groups(site, newest), "values": value_groups(newest)}
    landing = {
        "counts": {"figures": len(site.figures), "tracks": len(tracks)},
        "groups": {order: [(g.label, g.url, len(g.figures)) for g in found] for order, found in groups.items()},
        "tracks": [track_summary(t) for t in tracks if t.disagreements][:10],
        "disputed_tracks": sum(1 for t in tracks if t.disagreements),
    }
    pages = [Page("figures/", "figures.html", landing)]
    strengths = breaking(site.figures)
    for found in groups.values():
        for i, group in enumerate(found):
            neighbours = (found[i - 1] if i else None, found[i + 1] if i + 1 < len(found) else None)
            pages += _group_pages(group, neighbours, refs, inputs, strengths)
    pages.append(Page("figures/tracks/", "tracks.html", {"tracks": [track_summary(t) for t in tracks]}))
    for track in tracks:
        pages += track_pages(track, inputs)
    return pages


def month_groups(newest: list[SiteFigure]) -> list[Group]:
    """One group per month, newest month first, newest figure first (``newest``: :func:`newest_first`)."""
    from sitegen.render import month_name

    months: dict[str, list[SiteFigure]] = {}
    for f in newest:
        months.setdefault(f.date[:7], []).append(f)
    return [Group("months", m, month_name(m), months[m]) for m in sorted(months, reverse=True)]


def topic_groups(site: Site, newest: list[SiteFigure]) -> list[Group]:
    """One group per topic, by topic name, newest figure first; a figure is in each of its topics.

    ``newest`` is the site's figures in :func:`newest_first` order.
    """
    topics: dict[str, list[SiteFigure]] = {}
    for f in newest:
        for t in dict.fromkeys(f.topics):  # a topic listed twice must not list the figure twice
            topics.setdefault(t, []).append(f)
    order = sorted(topics, key=lambda t: (site.topics[t].name.lower(), t))
    return [Group("topics", t, site.topics[t].name, topics[t]) for t in order]


def value_groups(newest: list[SiteFigure]) -> list[Group]:
    """One group per kind, unit and power of ten, largest values first (``newest``: :func:`newest_first`).

    Comparing a sum of money with a percentage means nothing, so values are
    sorted within a kind and unit; the power-of-ten bands keep each group small.
    """
    bands: dict[tuple[int, str, int], list[SiteFigure]] = {}
    for f in sorted(newest, key=lambda f: -f.figure.value):
        kind = list(_KINDS).index(f.figure.kind) if f.figure.kind in _KINDS else len(_KINDS)
        bands.setdefault((kind, _unit_of(f), _band(f.figure.value)), []).append(f)
    groups: list[Group] = []
    used: set[str] = set()
    for kind, unit, band in sorted(bands, key=lambda k: (k[0], k[1], -k[2])):
        members = bands[(kind, unit, band)]
        base = slugify("-".join(filter(None, [members[0].figure.kind, unit, _band_key(band)])))
        key = next(k for k in (base, *(f"{base}-{n}" for n in range(2, len(used) + 3))) if k not in used)
        used.add(key)  # units that differ only in case or symbols ("m", "M") must not share a URL
        groups.append(Group("values", key, _value_label(members[0], band), members))
    return groups


def _group_pages(
    group: Group,
    neighbours: tuple[Group | None, Group | None],
    refs: dict[str, TrackRef],
    inputs: PageInputs,
    strengths: dict[str, int],
) -> list[Page]:
    """The group's chain of pages, each made from its own figures and its links only.

    Only the first page lists the other pages (by the range of figures each
    shows); nothing on any page counts the group, so a page is re-rendered
    when its own rows or its neighbours' URLs change.
    """
    from sitegen.pages import Page

    links = (_link(neighbours[0]), _link(neighbours[1]))
    chain = group.pages(strengths)
    contents = [(p.url, _span(p, group.order)) for p in chain] if len(chain) > 1 else []
    pages = []
    for i, page in enumerate(chain):
        nav = {
            "first": group.url,
            "previous": chain[i - 1].url if i else None,
            "next": chain[i + 1].url if i + 1 < len(chain) else None,
            "contents": contents if i == 0 else [],
        }
        made_of = inputs.of(figures=page.figures, extra=(group.label, links, nav))
        context = partial(_group_context, group, page, nav, links, refs)
        pages.append(Page(page.url, "figure_list.html", context, made_of))
    return pages


def _link(group: Group | None) -> dict[str, str] | None:
    return {"label": group.label, "url": group.url} if group else None


def _span(page: IndexPage, order: str) -> str:
    """What a page holds, for the first page's list: ``2025-03-31 to 2025-03-12``, ``5,400 to 3,100``."""
    if not page.figures:
        return ""
    ends = [_edge(page.figures[0], order), _edge(page.figures[-1], order)]
    return ends[0] if ends[0] == ends[1] else " to ".join(ends)


def _edge(f: SiteFigure, order: str) -> str:
    return f"{f.figure.value:,}" if order == "values" else f.date


def _group_context(
    group: Group, page: IndexPage, nav: dict[str, Any], links: tuple[Any, Any], refs: dict[str, TrackRef]
) -> dict[str, Any]:
    return {
        "order": group.order,
        "sorted_by": ORDERS[group.order],
        "label": group.label,
        "figures": page.figures,
        "span": _span(page, group.order),
        "tracks": refs_for(page.figures, refs),
        "here": page.url,
        "nav": nav,
        "previous_group": links[0],
        "next_group": links[1],
    }


def newest_first(figures: list[SiteFigure]) -> list[SiteFigure]:
    """Newest first; same-day figures by article and position (two stable sorts, one per direction).

    Sorted once for the three orders, each of which takes figures in this order.
    """
    return sorted(sorted(figures, key=lambda f: (f.article, f.figure.start)), key=lambda f: f.date, reverse=True)


def _unit_of(f: SiteFigure) -> str:
    return "" if f.figure.kind == "percent" else f.figure.unit or ""


def _band(value: float) -> int:
    """Power of ten of the value; -1 for values under 1, -2 for negative ones."""
    if value < 0:
        return -2
    return math.floor(math.log10(min(value, sys.float_info.max))) if value >= 1 else -1


def _band_key(band: int) -> str:
    return {-2: "negative", -1: "under-1"}.get(band, f"e{band}")


def _value_label(f: SiteFigure, band: int) -> str:
    unit = _unit_of(f)
    kind = _KINDS.get(f.figure.kind, f.figure.kind.capitalize())
    what = f"{kind} ({unit})" if unit else kind
    if band < 0:
        return f"{what}, {'below zero' if band == -2 else 'under 1'}"
    return f"{what}, {_amount(10**band)} to under {_amount(10 ** (band + 1))}"


def _amount(power: int) -> str:
    """``1000`` → ``"1,000"``, ``10**7`` → ``"10 million"``."""
    for size, word in _LARGE:
        if power >= size:
            return f"{power // size:,} {word}"
    return f"{power:,}"
