"""Which pages the site has and what they show: person, topic, statement, timeline and review pages, coverage notes.

Statements come from small inline fixtures (:func:`tiny_site`), not from the extractor, so these tests pin the
pages whatever the extractor finds.
"""

from __future__ import annotations

import re
from pathlib import Path

from sitegen import pages as pages_module
from sitegen.config import SiteConfig
from sitegen.link import Site, link
from sitegen.markdown import markdown_parser, render_markdown
from sitegen.model import Article, Extraction, Figure, Person, Role, Span, Statement, Topic
from sitegen.pages import Page, site_pages
from sitegen.render import render_site

BASE = "https://example.org/repo/"

FLOOD = """\
The council met on Monday.

"The wall must be built before the rains," Mayor Ann Lee said. She added that the budget was 4 million.

Lee said that the levee was "older than the town" and needed work.
"""
BUDGET = """\
"We will balance the books," Ann Lee told reporters.

A spokesperson said the plan & the "numbers" <were> final.

Bo Park, the treasurer, said 12% of spending was on roads.
"""


def article(slug: str, body: str, day: str, topics: list[str], **extra: object) -> Article:
    html, blocks = render_markdown(body, markdown_parser(False))
    fields = {"source_name": "Example News", "source_url": f"https://example.org/news/{slug}", "author": "A. Writer"}
    return Article(
        slug=slug,
        path=f"content/articles/{slug}.md",
        title=f"Story {slug} <b>&</b>",
        date=day,
        body=body,
        html=html,
        blocks=blocks,
        topics=topics,
        digest=slug,
        **{**fields, **extra},  # type: ignore[arg-type]
    )


def said(body: str, words: str, speaker: str | None, kind: str = "direct", speaker_type: str = "person") -> Statement:
    start = body.index(words)
    return Statement(kind, speaker, None, None, [Span(start, start + len(words), words)], speaker_type=speaker_type)


def figure(body: str, text: str, value: float, kind: str = "number", speaker: str | None = None) -> Figure:
    start = body.index(text)
    return Figure(start, start + len(text), text, value, kind, counted="things", speaker=speaker)


def tiny_site(base_url: str = BASE) -> Site:
    """Two articles, two people, two topics, direct and reported statements, one unattributed, two figures."""
    flood = article("flood", FLOOD, "2025-03-10", ["floods", "budget"])
    budget = article("budget", BUDGET, "2025-02-01", ["budget"])
    extractions = {
        "flood": Extraction(
            [
                said(FLOOD, '"The wall must be built before the rains,"', "Ann Lee"),
                said(FLOOD, "that the budget was 4 million", "Ann Lee", "indirect"),
                said(FLOOD, 'that the levee was "older than the town" and needed work', "Ann Lee", "mixed"),
            ],
            [figure(FLOOD, "4 million", 4_000_000, "money", "Ann Lee")],
            ["Ann Lee"],
        ),
        "budget": Extraction(
            [
                said(BUDGET, '"We will balance the books,"', "Ann Lee"),
                said(BUDGET, 'the plan & the "numbers" <were> final', None, "indirect", "anonymous"),
                said(BUDGET, "12% of spending was on roads", "Bo Park", "indirect"),
            ],
            [figure(BUDGET, "12%", 12, "percent", "Bo Park")],
            ["Ann Lee", "Bo Park"],
        ),
    }
    people = [
        Person(
            "ann-lee",
            "Ann Lee",
            ["Lee"],
            [Role("Mayor", "2024-01-01")],
            "Mayor of the town.",
            ["https://example.org/lee"],
        ),
        Person("bo-park", "Bo Park", ["Park"], [Role("Treasurer")]),
    ]
    topics = [Topic("floods", "Floods", "Water."), Topic("budget", "Budget", "Money.")]
    return link(SiteConfig(title="Tiny <Site>", base_url=base_url), [flood, budget], extractions, people, topics)


def rendered(site: Site, tmp_path: Path) -> dict[str, str]:
    files = render_site(tmp_path, site, site_pages(site))
    return {path: data.decode("utf-8") for path, data in files.items()}


def page(pages: list[Page], url: str) -> Page:
    return next(p for p in pages if p.url == url)


def test_every_kind_of_page_exists():
    site = tiny_site()
    urls = {p.output_path for p in site_pages(site)}
    for st in site.statements:
        assert st.permalink.split("#")[0] + "index.html" in urls
    assert not any(url.startswith("statements/") for url in urls), "a statement is an anchor, not a page"
    expected = {
        "index.html", "timeline/index.html", "review/index.html", "search/index.html", "people/ann-lee/index.html",
        "people/ann-lee/feed.xml", "topics/budget/index.html", "topics/budget/feed.xml", "feed.xml", "sitemap.xml",
        "robots.txt", "data/statements.json", "data/statements.csv", "data/figures.json", "data/figures.csv",
    }  # fmt: skip
    assert expected <= urls


def test_person_page_groups_statements_by_topic_newest_first_with_coverage():
    site = tiny_site()
    ctx = page(site_pages(site), "people/ann-lee/").context
    groups = {topic.id if topic else None: sts for topic, sts in ctx["groups"]}
    assert set(groups) == {"floods", "budget"}
    assert [s.date for s in groups["floods"]] == sorted((s.date for s in groups["floods"]), reverse=True)
    assert sum(len(g) for g in groups.values()) == len(ctx["statements"]) == 4
    assert ctx["coverage"] == {"articles": 2, "sources": ["Example News"], "first": "2025-02-01", "last": "2025-03-10"}
    assert [p.id for p in ctx["mentioned_with"]] == ["bo-park"]
    assert [f.figure.text for f in ctx["figures"]] == ["4 million"]


def test_person_page_needs_no_month_pages_when_it_shows_everything():
    urls = [p.url for p in site_pages(tiny_site())]
    assert not [url for url in urls if url.startswith("people/ann-lee/20")]


def test_person_page_shows_the_newest_and_its_month_pages_hold_everything(monkeypatch, tmp_path):
    monkeypatch.setattr(pages_module, "RECENT", 2)
    site = tiny_site()
    pages = site_pages(site)
    ctx = page(pages, "people/ann-lee/").context
    assert [st.date for st in ctx["statements"]] == ["2025-03-10", "2025-03-10"]
    assert ctx["statements_total"] == 4 and ctx["articles_total"] == 2
    assert ctx["months"] == [("2025-03", 1, 3, 1), ("2025-02", 1, 1, 0)]
    march, february = page(pages, "people/ann-lee/2025-03/"), page(pages, "people/ann-lee/2025-02/")
    shown = {st.id for st in march.context["statements"] + february.context["statements"]}
    assert shown == {st.id for st in site.statements if st.person == "ann-lee"}
    assert [f.figure.text for f in march.context["figures"]] == ["4 million"]
    html = rendered(site, tmp_path)
    assert 'every statement is on <a href="#months-heading">its month' in html["people/ann-lee/index.html"]
    assert '<a href="/repo/people/ann-lee/2025-02/">February 2025</a>' in html["people/ann-lee/index.html"]
    month_page = html["people/ann-lee/2025-03/index.html"]
    assert "<h1>Ann Lee: March 2025</h1>" in month_page and "4 million" in month_page


def test_person_page_shows_roles_quotes_reported_speech_and_coverage(tmp_path):
    html = rendered(tiny_site(), tmp_path)["people/ann-lee/index.html"]
    assert "Mayor" in html and "Mayor of the town." in html
    assert '<blockquote class="quote"><p>&#34;The wall must be built before the rains,&#34;</p></blockquote>' in html
    assert re.search(r'<p class="reported"><span class="kind">Reported:</span>\s*<a [^>]*>Ann Lee</a> said that', html)
    assert "Built from 2 articles from Example News, published between 1 February 2025 and 10 March 2025" in html
    assert "not a complete record" in html
    assert 'href="/repo/people/ann-lee/feed.xml"' in html


def test_topic_page_lists_articles_statements_figures_and_most_active_people():
    site = tiny_site()
    ctx = page(site_pages(site), "topics/budget/").context
    assert [a.slug for a in ctx["articles"]] == ["flood", "budget"]
    assert [(p.id, n) for p, n in ctx["people"]] == [("ann-lee", 4), ("bo-park", 1)]
    assert len(ctx["figures"]) == 2
    assert ctx["coverage"]["articles"] == 2


def test_topic_page_shows_the_newest_and_its_month_pages_hold_everything(monkeypatch, tmp_path):
    monkeypatch.setattr(pages_module, "RECENT", 2)
    site = tiny_site()
    pages = site_pages(site)
    ctx = page(pages, "topics/budget/").context
    assert [st.date for st in ctx["statements"]] == ["2025-03-10", "2025-03-10"]
    assert (ctx["statements_total"], ctx["articles_total"]) == (6, 2)
    assert ctx["months"] == [("2025-03", 1, 3), ("2025-02", 1, 3)]
    march, february = page(pages, "topics/budget/2025-03/"), page(pages, "topics/budget/2025-02/")
    assert [a.slug for a in march.context["articles"]] == ["flood"]
    shown = {st.id for st in march.context["statements"] + february.context["statements"]}
    assert shown == {st.id for st in site.statements if "budget" in st.topics}
    html = rendered(site, tmp_path)
    assert "The 2 newest; every statement is on its month" in html["topics/budget/index.html"]
    assert '<a href="/repo/topics/budget/2025-02/">February 2025</a>' in html["topics/budget/index.html"]
    assert "<h1>Budget: February 2025</h1>" in html["topics/budget/2025-02/index.html"]


def test_person_and_topic_feeds_hold_the_newest_entries_only(monkeypatch):
    monkeypatch.setattr(pages_module, "RECENT", 2)
    pages = site_pages(tiny_site())
    assert len(page(pages, "people/ann-lee/feed.xml").context["entries"]) == 2
    assert len(page(pages, "topics/budget/feed.xml").context["entries"]) == 2


def test_unresolved_speakers_are_listed_for_review_not_dropped(tmp_path):
    site = tiny_site()
    unresolved = [s for s in site.statements if s.person is None]
    assert len(unresolved) == 1
    month = unresolved[0].date[:7]
    pages = site_pages(site)
    assert page(pages, "review/").context["months"] == [(month, 1)]
    assert page(pages, f"review/{month}/").context["statements"] == unresolved
    html = rendered(site, tmp_path)
    assert f'<a href="/repo/review/{month}/">' in html["review/index.html"]
    assert "the plan &amp; the &#34;numbers&#34; &lt;were&gt; final" in html[f"review/{month}/index.html"]
    assert f'href="/repo/{unresolved[0].permalink}"' in html[f"review/{month}/index.html"]


def test_timeline_is_an_index_of_months_with_a_page_per_month_newest_first(tmp_path):
    site = tiny_site()
    pages = site_pages(site)
    assert page(pages, "timeline/").context["months"] == [("2025-03", 3), ("2025-02", 3)]
    march, february = page(pages, "timeline/2025-03/"), page(pages, "timeline/2025-02/")
    assert {st.id for st in march.context["statements"] + february.context["statements"]} == {
        st.id for st in site.statements
    }
    assert (march.context["newer"], march.context["older"]) == (None, "2025-02")
    assert (february.context["newer"], february.context["older"]) == ("2025-03", None)
    html = rendered(site, tmp_path)
    assert '<a href="/repo/timeline/2025-03/">March 2025</a>' in html["timeline/index.html"]
    assert "<h1>Timeline: March 2025</h1>" in html["timeline/2025-03/index.html"]
    assert 'href="/repo/timeline/2025-02/" rel="prev"' in html["timeline/2025-03/index.html"]


def test_a_busy_month_of_the_timeline_lists_its_days_and_each_day_has_a_page(monkeypatch, tmp_path):
    monkeypatch.setattr(pages_module, "DAY_PAGES_FROM", 2)
    site = tiny_site()
    pages = site_pages(site)
    march = page(pages, "timeline/2025-03/").context
    assert march["total"] == 3 and march["days"] == [("2025-03-10", 3)]
    days = [p for p in pages if p.url.startswith("timeline/2025-") and p.url.count("/") == 3]
    assert {st.id for p in days for st in p.context["statements"]} == {st.id for st in site.statements}
    html = rendered(site, tmp_path)
    assert '<a href="/repo/timeline/2025-03/10/">10 March 2025</a>' in html["timeline/2025-03/index.html"]
    day = html["timeline/2025-03/10/index.html"]
    assert "<h1>Timeline: 10 March 2025</h1>" in day and 'href="/repo/timeline/2025-03/">All of March 2025' in day


def test_statement_links_go_to_the_marked_words_in_the_article(tmp_path):
    site = tiny_site()
    html = rendered(site, tmp_path)
    for st in site.statements:
        assert st.permalink == f"articles/{st.article}/#{st.id}"
        assert f'<mark id="{st.id}" class="quote' in html[f"articles/{st.article}/index.html"]
    ann = next(st for st in site.statements if st.person == "ann-lee")
    link = f'<a href="/repo/{ann.permalink}" aria-label="Permalink to this statement">'
    assert link in html["people/ann-lee/index.html"]


def test_every_permalink_lands_on_exactly_one_element_of_its_article_page(tmp_path):
    """The mark around the words holds the id; a statement whose words could not be marked lends it to its list item."""
    site = tiny_site()
    flood = next(st for st in site.statements if st.article == "flood")
    flood.statement.content[0] = Span(0, 3, "words the article does not contain")
    html = rendered(site, tmp_path)
    for st in site.statements:
        page = html[f"articles/{st.article}/index.html"]
        assert page.count(f'id="{st.id}"') == 1, st.id
    item = f'<li class="statement statement-{flood.statement.kind}" id="{flood.id}">'
    assert item in html["articles/flood/index.html"]


def test_every_article_shows_its_source_name_and_link(tmp_path):
    html = rendered(tiny_site(), tmp_path)["articles/flood/index.html"]
    assert 'Source: <a href="https://example.org/news/flood" rel="external noopener">Example News</a>' in html


def test_statement_permalink_is_stable_from_speaker_and_words():
    first, second = tiny_site(), tiny_site()
    assert [s.id for s in first.statements] == [s.id for s in second.statements]
    assert all(re.fullmatch(r"s-[0-9a-f]{10}", s.id) for s in first.statements)


def test_pages_read_only_people_topics_article_metadata_and_config_from_site(tmp_path):
    """Incremental rendering hashes each page's context: changing a statement of one article must not change
    the bytes of a page whose context does not hold it."""
    site = tiny_site()
    before = rendered(site, tmp_path)
    for st in site.statements:
        if st.article == "flood":
            st.statement.content[0] = Span(0, 3, "The")
    site2_pages = {p.url: p for p in site_pages(site)}
    after = render_site(tmp_path, site, [site2_pages["people/bo-park/"]])
    assert after["people/bo-park/index.html"].decode() == before["people/bo-park/index.html"]


def test_sitemap_and_robots_use_absolute_urls_and_sitemap_needs_a_host(tmp_path):
    files = rendered(tiny_site(), tmp_path)
    assert "<loc>https://example.org/repo/people/ann-lee/</loc>" in files["sitemap.xml"]
    assert "Sitemap: https://example.org/repo/sitemap.xml" in files["robots.txt"]
    no_host = {p.url for p in site_pages(tiny_site("/repo/"))}
    assert "sitemap.xml" not in no_host and "robots.txt" in no_host


def test_open_graph_and_canonical_honour_base_url(tmp_path):
    html = rendered(tiny_site(), tmp_path)["people/ann-lee/index.html"]
    assert '<link rel="canonical" href="https://example.org/repo/people/ann-lee/">' in html
    assert '<meta property="og:url" content="https://example.org/repo/people/ann-lee/">' in html
    assert '<meta property="og:type" content="profile">' in html
    assert '<meta property="og:title" content="Ann Lee · Tiny &lt;Site&gt;">' in html


def test_reported_words_that_make_a_sentence_of_their_own_follow_a_colon(tmp_path):
    body = "Roads come first, Bo Park said. Park said that bridges could wait.\n"
    statements = [said(body, words, "Bo Park", "indirect") for words in ("Roads come first", "that bridges")]
    site = link(
        SiteConfig(base_url=BASE),
        [article("roads", body, "2025-02-02", ["budget"])],
        {"roads": Extraction(statements, [], ["Bo Park"])},
        [Person("bo-park", "Bo Park", ["Park"])],
        [Topic("budget", "Budget")],
    )
    html = rendered(site, tmp_path)["people/bo-park/index.html"]
    assert re.search(r"Bo Park</a> said: Roads come first</p>", html)
    assert re.search(r"Bo Park</a> said that bridges</p>", html)
