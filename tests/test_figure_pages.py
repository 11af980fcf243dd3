"""Figure pages: the index in three orders (by month, topic and value) split into short pages, and figure tracks.

A group's pages end where a figure's id says so, not every 200 rows, so that adding a figure changes the page it
lands on and leaves the others of its group as they were.

The sample content has two invented Veldra articles of about the same date that count the returnees on one flight
differently (96 and 112): that pair must show up as a flagged track with a chart.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

from sitegen import figure_pages
from sitegen.build import build
from sitegen.config import SiteConfig
from sitegen.figure_pages import (
    MAX_PAGE,
    MIN_PAGE,
    PAGE_SIZE,
    breaking,
    month_groups,
    newest_first,
    topic_groups,
    value_groups,
)
from sitegen.inputs import PageInputs
from sitegen.link import Site, SiteFigure
from sitegen.model import Article, Figure, Topic
from sitegen.pages import site_pages
from sitegen.render import render_site
from tests.sitecrawl import broken_links, parse

REPO = Path(__file__).resolve().parent.parent
BASE = "/sub/"
TRACK = "figures/tracks/returnees/index.html"


def pages_of(site):
    return figure_pages.figure_pages(site, [], {}, PageInputs(site, {}))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(REPO / "content", root / "site/content")
    shutil.copy(REPO / "sitegen.toml", root / "site/sitegen.toml")
    build(root / "site", out=root / "public", base_url=BASE, jobs=1)
    return root / "public"


def main_of(path: Path) -> str:
    return path.read_text(encoding="utf-8").split('<main id="main"', 1)[1].split("</main>", 1)[0]


def test_the_disputed_returnee_count_is_a_flagged_track_with_a_chart(sample: Path):
    html = main_of(sample / TRACK)
    flag = html.split('<section aria-labelledby="disagreements-heading"', 1)[1].split("</section>", 1)[0]
    assert "Reports disagree" in flag
    assert "First return flight brings 96 Veldrans home" in flag and "<strong>96</strong>" in flag
    assert "Opposition disputes the count on the first return flight" in flag and "<strong>112</strong>" in flag
    svg = ElementTree.fromstring(re.search(r"<svg .*?</svg>", html, re.S).group(0))
    ns = "{http://www.w3.org/2000/svg}"
    assert svg.get("role") == "img" and svg.find(f"{ns}title").text
    assert len(svg.findall(f"{ns}circle[@class='flag']")) == 2
    assert "<caption>Every report of returnees, oldest first</caption>" in html


def test_each_figure_on_a_track_links_to_its_paragraph_and_every_link_resolves(sample: Path):
    links = parse(sample / TRACK).links
    paragraphs = [link for link in links if re.fullmatch(r"/sub/articles/veldra-[a-z-]+/#p-[0-9a-f]+", link)]
    assert len(set(paragraphs)) == 3
    assert broken_links(sample, BASE) == []


def test_figures_on_article_person_and_topic_pages_link_to_their_track(sample: Path):
    to_track = re.compile(r'href="/sub/figures/tracks/returnees/#f-[0-9a-f]{10}"')
    for page in (
        "articles/veldra-first-return-flight/index.html",
        "articles/veldra-return-flight-count-disputed/index.html",
        "topics/migration/index.html",
        "people/oren-faulk/index.html",  # "Opposition leader Oren Faulk" cites the disputed count
    ):
        html = main_of(sample / page)
        assert to_track.search(html), page
        assert "reports disagree" in html, page
    assert "reports disagree" not in main_of(sample / "articles/veldra-second-return-flight/index.html")


def test_the_figures_index_links_every_order_and_the_tracks(sample: Path):
    links = parse(sample / "figures/index.html").links
    for prefix in ("/sub/figures/months/", "/sub/figures/topics/", "/sub/figures/values/", "/sub/figures/tracks/"):
        assert any(link.startswith(prefix) for link in links), prefix
    march = main_of(sample / "figures/months/2025-03/index.html")
    assert "<h1>Figures: March 2025</h1>" in march and 'aria-sort="descending"' in march
    assert (sample / "figures/tracks/index.html").is_file()


# --- the index at scale, from inline figures (no extractor)


def fig(i: int, day: str, value: float, kind: str = "number", unit: str | None = None, topics=("a",)) -> SiteFigure:
    figure = Figure(i, i + 1, str(value), value, kind, unit=unit, counted=f"thing {i}")
    return SiteFigure(f"f-{i:010}", figure, f"art-{i % 7}", None, day, None, list(topics))


def site_of(figures: list[SiteFigure]) -> Site:
    slugs = sorted({f.article for f in figures})
    articles = [Article(s, f"content/articles/{s}.md", s, "2025-01-01", "", "", [], digest=s) for s in slugs]
    topics = {"a": Topic("a", "Alpha"), "b": Topic("b", "Beta")}
    return Site(SiteConfig(), articles, {}, topics, [], figures, {})


def test_a_large_index_is_split_into_pages_of_one_group_each():
    figures = [fig(i, f"2025-{1 + i % 3:02}-{1 + i % 28:02}", i) for i in range(3 * PAGE_SIZE + 5)]
    site = site_of(figures)
    pages = [p for p in pages_of(site) if p.template == "figure_list.html"]
    months = [p for p in pages if p.context["order"] == "months"]
    assert sum(len(p.context["figures"]) for p in months) == len(figures)
    assert "figures/months/2025-03/" in {p.url for p in months}
    for p in months:
        assert len({f.date[:7] for f in p.context["figures"]}) == 1


def test_pages_are_bounded_and_walking_them_gives_each_figure_once_in_order():
    figures = [fig(i, f"2025-03-{1 + i % 28:02}", i % 1000) for i in range(20 * PAGE_SIZE)]
    newest = newest_first(figures)
    for group in month_groups(newest) + topic_groups(site_of(figures), newest) + value_groups(newest):
        chain = group.pages(breaking(figures))
        assert chain[0].url == group.url
        assert [f for p in chain for f in p.figures] == group.figures
        assert all(MIN_PAGE <= len(p.figures) <= MAX_PAGE for p in chain[:-1])
        assert 0 < len(chain[-1].figures) <= MAX_PAGE
        assert len({p.url for p in chain}) == len(chain)
    (march,) = month_groups(newest)
    assert 10 <= len(march.pages(breaking(figures))) <= 40  # about PAGE_SIZE figures a page


def test_adding_a_figure_re_renders_its_own_page_and_leaves_the_others_alone():
    """Pages counted from the newest moved every later page's rows by one; here only the pages around it change."""
    figures = [fig(i, f"2025-03-{1 + i % 28:02}", i) for i in range(10 * PAGE_SIZE)]

    def keys(figures):
        pages = pages_of(site_of(figures))
        return {p.url: p.inputs for p in pages if p.template == "figure_list.html" and "/months/" in p.url}

    before = keys(figures)
    for n in range(40):
        added = fig(10**6 + n, f"2025-03-{1 + n % 28:02}", n)
        after = keys([*figures, added])
        changed = {url for url, key in after.items() if before.get(url) != key}
        pages = month_groups(newest_first([*figures, added]))[0].pages(breaking([*figures, added]))
        chain = [p.url for p in pages]
        holding = next(i for i, p in enumerate(pages) if added in p.figures)
        # the first page lists the pages; a figure that starts a new page also changes the next one's back link
        assert chain[holding] in changed <= {chain[0], *chain[holding : holding + 3]}, (n, changed)
        assert len(set(before) - set(after)) <= 1


def test_no_page_shows_the_size_of_its_group(tmp_path):
    """A total or "page 3 of 12" on every page would make every page of the group change with one figure."""
    figures = [fig(i, "2025-03-01", i) for i in range(3 * PAGE_SIZE)]
    site = site_of(figures)
    html = render_site(tmp_path, site, [p for p in pages_of(site) if p.url.startswith("figures/months/")])
    pages = [page.decode() for path, page in html.items() if path.startswith("figures/months/")]
    assert len(pages) >= 3
    for page in pages:
        above_the_table = page.split('<main id="main"', 1)[1].split("<table", 1)[0]
        assert not re.search(rf"\b{len(figures)}\b|\bof \d|[Pp]age \d", above_the_table)


def test_each_order_sorts_its_groups_and_their_figures():
    figures = [
        fig(1, "2025-02-01", 5, topics=("b",)),
        fig(2, "2025-03-01", 50, topics=("a", "b")),
        fig(3, "2025-03-02", 12.5, "percent", "%"),
        fig(4, "2025-02-10", 70),
        fig(5, "2025-03-02", 3_000_000, "money", "USD", topics=()),
    ]
    newest = newest_first(figures)
    assert [(g.key, [f.id[-1] for f in g.figures]) for g in month_groups(newest)] == [
        ("2025-03", ["3", "5", "2"]),
        ("2025-02", ["4", "1"]),
    ]
    assert [(g.label, [f.id[-1] for f in g.figures]) for g in topic_groups(site_of(figures), newest)] == [
        ("Alpha", ["3", "2", "4"]),
        ("Beta", ["2", "1"]),
    ]
    assert [(g.key, g.label, [f.id[-1] for f in g.figures]) for g in value_groups(newest)] == [
        ("number-e1", "Counts, 10 to under 100", ["4", "2"]),
        ("number-e0", "Counts, 1 to under 10", ["1"]),
        ("money-usd-e6", "Money (USD), 1 million to under 10 million", ["5"]),
        ("percent-e1", "Percentages, 10 to under 100", ["3"]),
    ]


def test_values_too_large_to_print_still_get_a_band():
    (group,) = value_groups([fig(1, "2025-01-01", float("inf"))])
    assert group.key == "number-e308"


def test_units_that_share_a_slug_get_separate_pages():
    groups = value_groups([fig(1, "2025-01-01", 5, "measure", "m"), fig(2, "2025-01-01", 6, "measure", "M")])
    assert len({g.url for g in groups}) == 2


def test_topic_pages_show_the_newest_figures_and_link_to_the_rest():
    figures = [fig(i, f"2025-01-{1 + i % 28:02}", i) for i in range(60)]
    site = site_of(figures)
    topic = next(p for p in site_pages(site) if p.url == "topics/a/")
    assert topic.context["figures_total"] == 60
    shown = topic.context["figures"]
    assert 0 < len(shown) < 60
    assert [f.date for f in shown] == sorted((f.date for f in figures), reverse=True)[: len(shown)]


def test_index_pages_link_to_their_neighbours_and_the_first_lists_them_all(tmp_path):
    figures = [fig(i, "2025-03-01", i) for i in range(9 * PAGE_SIZE)]
    site = site_of(figures)
    rendered = render_site(tmp_path, site, [p for p in pages_of(site) if p.url.startswith("figures/months/")])
    html = {path: page for path, page in rendered.items() if path.startswith("figures/months/")}
    first = html["figures/months/2025-03/index.html"].decode()
    listed = first.split('<nav aria-label="All pages of March 2025" class="pagination">', 1)[1].split("</nav>", 1)[0]
    urls = re.findall(r'href="/(figures/months/2025-03/[^"]*)"', listed)
    assert urls[0] == "figures/months/2025-03/" and len(urls) == len(html) > 2
    assert re.search(r'href="/figures/months/2025-03/" aria-current="page"', listed)
    walked, url, previous = [], urls[0], None
    while url:
        page = html[url + "index.html"].decode()
        walked += re.findall(r'<tr id="(f-\d+)"', page)
        nav = page.split('<nav aria-label="Pages of March 2025" class="pagination">', 1)[1].split("</nav>", 1)[0]
        assert (re.search(r'href="/([^"]*)" rel="prev">Previous page', nav) or [None, None])[1] == previous
        previous = url
        found = re.search(r'href="/([^"]*)" rel="next">Next page', nav)
        url = found[1] if found else None
        assert url is None or url == urls[urls.index(previous) + 1]
    assert walked == [f.id for f in month_groups(newest_first(figures))[0].figures]
    assert previous == urls[-1]
    assert "All pages of" not in html[urls[1] + "index.html"].decode()
