"""Figure-track pages stay small: a long track shows its newest reports and keeps every report on a page per month.

A month page's URL comes from its reports' dates, so it never moves, and it is
keyed by its own reports: an edit re-renders the months it touches and the
track page, not every month of the track.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from sitegen.config import SiteConfig
from sitegen.figure_pages import figure_pages, track_refs
from sitegen.inputs import PageInputs
from sitegen.link import Site, SiteFigure
from sitegen.model import Article, Figure
from sitegen.pages import Page
from sitegen.render import render_site
from sitegen.track_pages import FLAGS_SHOWN, SHOWN
from sitegen.tracks import figure_tracks


def report(i: int, day: str, value: float = 100) -> SiteFigure:
    figure = Figure(0, 3, str(value), value, "number", counted="returnees")
    return SiteFigure(f"f-{i:010}", figure, f"art-{i % 7}", f"p-{i}", day, None, [])


def spread(n: int) -> list[SiteFigure]:
    """``n`` reports that agree, spread over days 5 to 24 of January to March 2025."""
    return [report(i, f"2025-{1 + i % 3:02}-{5 + i % 20:02}") for i in range(n)]


def site_of(figures: list[SiteFigure]) -> Site:
    slugs = sorted({f.article for f in figures})
    articles = [Article(s, f"content/articles/{s}.md", s, "2025-01-01", "", "", [], digest=s) for s in slugs]
    return Site(SiteConfig(), articles, {}, {}, [], figures, {})


def track_pages_of(figures: list[SiteFigure]) -> dict[str, Page]:
    site, tracks = site_of(figures), figure_tracks(figures)
    refs = track_refs(tracks)
    pages = figure_pages(site, tracks, refs, PageInputs(site, refs))
    return {p.url: p for p in pages if p.url.startswith("figures/tracks/returnees/")}


def rendered(tmp_path: Path, figures: list[SiteFigure]) -> dict[str, str]:
    site, tracks = site_of(figures), figure_tracks(figures)
    refs = track_refs(tracks)
    pages = [p for p in figure_pages(site, tracks, refs, PageInputs(site, refs)) if "tracks/" in p.url]
    return {path: html.decode() for path, html in render_site(tmp_path, site, pages).items() if path.endswith(".html")}


class Indexed(HTMLParser):
    """The tags Pagefind indexes: inside ``data-pagefind-body`` and outside any ``data-pagefind-ignore``."""

    VOID = frozenset("br hr img input link meta source wbr".split())

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.stack: list[str] = []  # "body", "ignore" or "" for each open element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if "body" in self.stack and "ignore" not in self.stack and "data-pagefind-ignore" not in names:
            self.tags.add(tag)
        if tag not in self.VOID:
            mark = "ignore" if "data-pagefind-ignore" in names else "body" if "data-pagefind-body" in names else ""
            self.stack.append(mark)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "body" in self.stack and "ignore" not in self.stack:
            self.tags.add(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.stack.pop()


def test_a_small_track_is_one_page_with_every_report_oldest_first():
    figures = spread(SHOWN)
    pages = track_pages_of(figures)
    assert list(pages) == ["figures/tracks/returnees/"]
    context = pages["figures/tracks/returnees/"].context
    assert context["complete"] and context["years"] == []
    assert [f.date for f in context["figures"]] == sorted(f.date for f in figures)
    assert {ref.page for ref in track_refs(figure_tracks(figures)).values()} == {"figures/tracks/returnees/"}


def test_a_long_track_shows_its_newest_reports_and_a_page_per_month_holds_every_report():
    figures = spread(3 * SHOWN)
    pages = track_pages_of(figures)
    track = pages.pop("figures/tracks/returnees/").context
    assert not track["complete"] and len(track["figures"]) == SHOWN
    assert [f.date for f in track["figures"]] == sorted((f.date for f in figures), reverse=True)[:SHOWN]
    assert track["years"] == [("2025", [("2025-01", SHOWN), ("2025-02", SHOWN), ("2025-03", SHOWN)])]
    assert list(pages) == [f"figures/tracks/returnees/2025-0{m}/" for m in (1, 2, 3)]
    for url, page in pages.items():
        rows = page.context["figures"]
        assert {f.date[:7] for f in rows} == {url.split("/")[-2]}
        assert [f.date for f in rows] == sorted(f.date for f in rows)
    assert sorted(f.id for p in pages.values() for f in p.context["figures"]) == sorted(f.id for f in figures)


def test_a_figure_links_to_the_month_page_that_keeps_its_row():
    figures = spread(3 * SHOWN)
    refs = track_refs(figure_tracks(figures))
    assert refs[figures[1].id].page == "figures/tracks/returnees/2025-02/"


def test_a_new_report_re_keys_its_own_month_and_the_track_page_only():
    figures = spread(3 * SHOWN)
    before = {url: p.inputs for url, p in track_pages_of(figures).items()}
    after = {url: p.inputs for url, p in track_pages_of([*figures, report(9999, "2025-02-28")]).items()}
    assert list(after) == list(before)
    changed = sorted(url for url in before if before[url] != after[url])
    assert changed == ["figures/tracks/returnees/", "figures/tracks/returnees/2025-02/"]


def test_a_new_month_adds_a_page_and_re_keys_only_its_neighbour():
    figures = spread(3 * SHOWN)
    before = {url: p.inputs for url, p in track_pages_of(figures).items()}
    after = {url: p.inputs for url, p in track_pages_of([*figures, report(9999, "2025-04-02")]).items()}
    assert set(after) - set(before) == {"figures/tracks/returnees/2025-04/"}
    changed = sorted(url for url in before if before[url] != after[url])
    assert changed == ["figures/tracks/returnees/", "figures/tracks/returnees/2025-03/"]  # its "next" link


def test_a_report_disagreeing_across_a_month_boundary_links_to_the_other_months_row(tmp_path):
    january, february = report(8001, "2025-01-31", 96), report(8002, "2025-02-01", 112)
    figures = spread(3 * SHOWN)
    html = rendered(tmp_path, [*figures, january, february])
    jan = html["figures/tracks/returnees/2025-01/index.html"]
    assert f'<tr id="{january.id}" class="disputed">' in jan
    assert f'href="/figures/tracks/returnees/2025-02/#{february.id}"' in jan
    feb = html["figures/tracks/returnees/2025-02/index.html"]
    assert f'href="/figures/tracks/returnees/2025-01/#{january.id}"' in feb
    first, second = report(1, "2025-01-31", 96), report(2, "2025-02-01", 112)
    small = rendered(tmp_path / "small", [first, second])["figures/tracks/returnees/index.html"]
    assert f'href="#{second.id}"' in small and f'href="#{first.id}"' in small


def test_only_the_title_and_lede_of_a_track_are_searchable_and_month_pages_are_not_indexed(tmp_path):
    html = rendered(tmp_path, spread(3 * SHOWN))
    indexed = Indexed()
    indexed.feed(html["figures/tracks/returnees/index.html"])
    assert {"h1", "p"} <= indexed.tags and not indexed.tags & {"table", "svg", "nav", "section"}
    month = html["figures/tracks/returnees/2025-02/index.html"]
    assert "data-pagefind-body" not in month


def test_the_track_page_states_what_it_shows_and_links_every_month(tmp_path):
    html = rendered(tmp_path, spread(3 * SHOWN))
    track = html["figures/tracks/returnees/index.html"]
    assert f"<caption>The newest {SHOWN} of {3 * SHOWN} reports of returnees, newest first</caption>" in track
    assert 'aria-sort="descending"' in track
    months = track.split('<nav aria-labelledby="months-heading"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'href="([^"]+)">(\w+)</a> \((\d+)\)', months) == [
        ("/figures/tracks/returnees/2025-01/", "January", str(SHOWN)),
        ("/figures/tracks/returnees/2025-02/", "February", str(SHOWN)),
        ("/figures/tracks/returnees/2025-03/", "March", str(SHOWN)),
    ]


def test_month_pages_link_to_their_neighbours_and_the_track(tmp_path):
    html = rendered(tmp_path, spread(3 * SHOWN))
    february = html["figures/tracks/returnees/2025-02/index.html"]
    assert "<caption>Reports of returnees in February 2025, oldest first</caption>" in february
    nav = february.split('<nav aria-label="Months of returnees" class="pagination">', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/figures/tracks/returnees/2025-01/" rel="prev">Previous: January 2025</a>' in nav
    assert '<a href="/figures/tracks/returnees/2025-03/" rel="next">Next: March 2025</a>' in nav
    assert 'href="/figures/tracks/returnees/#months-heading"' in nav
    assert 'rel="prev"' not in html["figures/tracks/returnees/2025-01/index.html"].split("<main", 1)[1]


def test_a_crowded_track_spells_out_the_first_disagreements_and_flags_every_report():
    figures = [report(i, "2025-01-01", i % 2) for i in range(2 * FLAGS_SHOWN)]
    (track,) = figure_tracks(figures)
    page = track_pages_of(figures)["figures/tracks/returnees/"]
    assert len(page.context["disagreements"]) == FLAGS_SHOWN
    assert page.context["summary"]["disagreements"] == len(track.disagreements) > FLAGS_SHOWN
    assert set(page.context["disputed_with"]) == {f.id for d in track.disagreements for f in (d.first, d.second)}
