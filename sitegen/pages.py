"""Which pages the site has, and the data each page is rendered from.

A :class:`Page` names its output path (a clean URL: ``people/raja-ram-singh/``
becomes ``people/raja-ram-singh/index.html``), its template and its context.
Pure: the render stage turns pages into bytes.

The many pages of articles, people, topics, months and figures also name
their inputs (:mod:`sitegen.inputs`) and make their context only when they
are rendered; the few pages that summarise the whole site are keyed by their
context, which is small.

Rule that keeps incremental rendering correct: a template reads from the
global ``site`` only people, topics, article metadata and config; everything
else a page shows is in its context here, and a page's inputs cover all of it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sitegen import feeds
from sitegen.export import export_csv, export_json
from sitegen.figure_pages import TrackRef, figure_pages, refs_for, track_refs
from sitegen.highlight import Marker, mark_all, statement_quotes
from sitegen.inputs import PageInputs
from sitegen.link import Site, SiteFigure, SiteStatement
from sitegen.model import Article
from sitegen.tracks import figure_tracks

RECENT = 50
"""Entries in every feed, and the newest articles and statements a topic or person page shows (month pages hold all)."""
NEWEST_FIGURES = 20
"""Newest figures on a topic or person page; the rest are on figure index or month pages (there can be thousands)."""
DAY_PAGES_FROM = 500
"""A month of the timeline or the review list with more statements than this has a page per day."""
MENTIONED_WITH = 50
"""People a person page lists as mentioned in the same articles, most often first."""


Context = dict[str, Any]


@dataclass(slots=True)
class Page:
    url: str
    """Site-relative URL path: "" for home, "people/x/" for a person, "404.html"."""
    template: str
    made: Context | Callable[[], Context] = field(default_factory=dict)
    """The context, or what makes it: a page keyed by its ``inputs`` is only made when it is rendered."""
    inputs: str | None = None
    """Digest of what the page is made from (:mod:`sitegen.inputs`); None when its context stands for itself."""
    body: Callable[..., bytes] | None = None
    """Makes the page's bytes from its context instead of a template: the data exports, which come as UTF-8 from
    :mod:`sitegen.export` (through a template, hundreds of MB at 10,000 articles were held as text and again as
    bytes)."""

    @property
    def context(self) -> Context:
        if callable(self.made):
            self.made = self.made()
        return self.made

    @property
    def output_path(self) -> str:
        return self.url + "index.html" if self.url == "" or self.url.endswith("/") else self.url


@dataclass(slots=True)
class Provenance:
    """Where each statement's words are on its article pages: the marked HTML and the link fragments."""

    html: dict[str, str]
    """article slug → article HTML with a ``<mark id="<statement id>">`` around each statement found."""
    marked: dict[str, set[str]]
    """article slug → ids of the statements whose words got a mark there."""

    def fragment(self, st: SiteStatement, article: str | None = None) -> str:
        """``#<statement id>`` when its words are marked in the article, else ``#<paragraph>``, else ""."""
        article = article or st.article
        if st.id in self.marked.get(article, ()):
            return "#" + st.id
        block = next((a.block for a in st.appearances if a.article == article), st.block)
        return "#" + block if block else ""

    def anchors(self, statements: list[SiteStatement]) -> dict[str, str]:
        return {st.id: self.fragment(st) for st in statements}


@dataclass(slots=True)
class Shown:
    """What a person or topic page is about: its statements, figures and articles (newest first)."""

    statements: list[SiteStatement]
    figures: list[SiteFigure]
    articles: list[Article]


def provenance(site: Site, in_article: dict[str, list[SiteStatement]], mark: Marker = mark_all) -> Provenance:
    found = mark([(a.html, statement_quotes(a, in_article.get(a.slug, []))) for a in site.articles])
    slugs = [a.slug for a in site.articles]
    return Provenance(
        {slug: marked for slug, (marked, _) in zip(slugs, found, strict=True)},
        {slug: ids for slug, (_, ids) in zip(slugs, found, strict=True)},
    )


def site_pages(site: Site, mark: Marker = mark_all) -> list[Page]:
    """Every page of the site, in a fixed order (``mark`` may be a memo of :func:`mark_all` kept between builds)."""
    by_person = _group(site.statements, lambda s: [s.person] if s.person else [])
    figures_by_person = _group(site.figures, lambda f: [f.person] if f.person else [])
    by_topic = _group(site.statements, lambda s: s.topics)
    figures_by_topic = _group(site.figures, lambda f: f.topics)
    in_article = _group(site.statements, lambda s: sorted({a.article for a in s.appearances}))
    figures_in_article = _group(site.figures, lambda f: [f.article])
    prov = provenance(site, in_article, mark)
    tracks = figure_tracks(site.figures)
    refs = track_refs(tracks)
    inputs = PageInputs(site, refs)
    articles_of = _articles_by(site)
    unresolved = [s for s in site.statements if s.person is None]
    pages = [
        Page("", "home.html", _home(site, by_person, prov)),
        Page("articles/", "articles.html", {"articles": site.articles}),
        Page("people/", "people.html", {"people": _people_list(site, by_person)}),
        Page("topics/", "topics.html", {"topics": _topics_list(site)}),
        Page("search/", "search.html"),
        Page("404.html", "404.html"),
    ]
    pages += _month_pages("timeline", site.statements, prov, inputs)
    pages += _month_pages("review", unresolved, prov, inputs)
    pages += [
        _article_page(site, a, in_article.get(a.slug, []), figures_in_article.get(a.slug, []), prov, refs, inputs)
        for a in site.articles
    ]
    people = [
        pid for pid in sorted(site.people) if pid in by_person or pid in figures_by_person or _mentioned(site, pid)
    ]
    for pid in people:
        shown = Shown(by_person.get(pid, []), figures_by_person.get(pid, []), articles_of["people"].get(pid, []))
        pages += _person_pages(site, pid, shown, prov, refs, inputs)
    for tid in sorted(site.topics):
        shown = Shown(by_topic.get(tid, []), figures_by_topic.get(tid, []), articles_of["topics"].get(tid, []))
        pages += _topic_pages(site, tid, shown, prov, refs, inputs)
    pages += figure_pages(site, tracks, refs, inputs)
    pages.append(feeds.feed_page("feed.xml", "", site.config.title, site, site.articles, site.statements, limit=RECENT))
    pages += _data_pages(site, inputs)
    html_urls = [p.url for p in pages if p.url.endswith("/") or p.url == ""]
    pages.append(Page("robots.txt", "robots.txt"))
    if site.config.origin:
        pages.append(Page("sitemap.xml", "sitemap.xml", {"urls": html_urls}))
    return pages


def _group(items: list[Any], keys: Any) -> dict[str, list[Any]]:
    groups: defaultdict[str, list[Any]] = defaultdict(list)
    for item in items:
        for key in keys(item):
            groups[key].append(item)
    return groups


def _mentioned(site: Site, person_id: str) -> bool:
    return person_id in site.mentioned_people


def _articles_by(site: Site) -> dict[str, dict[str, list[Article]]]:
    """Each person's and each topic's articles, newest first, from one pass over the site.

    A person's articles are those that mention or quote them, or hold a figure
    they cited; scanning every article once per person was quadratic.
    """
    people: defaultdict[str, dict[str, Article]] = defaultdict(dict)
    topics: defaultdict[str, list[Article]] = defaultdict(list)
    for article in site.articles:
        for pid in site.mentions.get(article.slug, []):
            people[pid][article.slug] = article
        for tid in dict.fromkeys(article.topics):
            topics[tid].append(article)
    for st in site.statements:
        if st.person:
            for a in st.appearances:
                people[st.person].setdefault(a.article, site.article(a.article))
    for f in site.figures:
        if f.person:
            people[f.person].setdefault(f.article, site.article(f.article))
    newest = {p: sorted(found.values(), key=lambda a: (a.date, a.slug), reverse=True) for p, found in people.items()}
    return {"people": newest, "topics": topics}


def _home(site: Site, by_person: dict[str, list[SiteStatement]], prov: Provenance) -> dict[str, Any]:
    quoted = sorted(by_person.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10]
    latest = site.statements[:10]
    return {
        "articles": site.articles[:10],
        "most_quoted": [(site.people[pid], len(sts)) for pid, sts in quoted],
        "topics": _topics_list(site),
        "statements": latest,
        "anchors": prov.anchors(latest),
        "counts": {
            "articles": len(site.articles),
            "statements": len(site.statements),
            "figures": len(site.figures),
            "unresolved": sum(1 for s in site.statements if s.person is None),
        },
    }


def _people_list(site: Site, by_person: dict[str, list[SiteStatement]]) -> list[tuple[Any, int]]:
    people = [p for p in site.people.values() if p.id in by_person or _mentioned(site, p.id)]
    return [(p, len(by_person.get(p.id, []))) for p in sorted(people, key=lambda p: (p.name.lower(), p.id))]


def _topics_list(site: Site) -> list[tuple[Any, int]]:
    counts = Counter(t for a in site.articles for t in a.topics)
    return [(t, counts[t.id]) for t in sorted(site.topics.values(), key=lambda t: (t.name.lower(), t.id))]


def _months(statements: list[SiteStatement]) -> list[tuple[str, list[SiteStatement]]]:
    """Statements by month (``YYYY-MM``), newest month first, newest statement first within a month."""
    months = _group(statements, lambda s: [s.date[:7]])
    return [(m, _newest(months[m])) for m in sorted(months, reverse=True)]


def _month_pages(section: str, statements: list[SiteStatement], prov: Provenance, inputs: PageInputs) -> list[Page]:
    """A section of statements by month (the timeline, the review list): an index of months and a page per month.

    One page per month keeps each page readable on a phone and means an edit
    re-renders only its month: as one page the timeline was 17 MB at 1,000
    articles, and the review list 5.3 MB (8,300 statements without a speaker).
    A busy month is split once more, by day (:func:`_day_pages`).
    """
    months = _months(statements)
    index = {"months": [(m, len(sts)) for m, sts in months], "total": len(statements)}
    pages = [Page(f"{section}/", f"{section}.html", index)]
    for i, (month, sts) in enumerate(months):
        newer = months[i - 1][0] if i > 0 else None
        older = months[i + 1][0] if i + 1 < len(months) else None
        if len(sts) > DAY_PAGES_FROM:
            pages += _day_pages(section, month, sts, prov, inputs, (newer, older))
            continue
        make = partial(_month_context, month, sts, prov, newer, older)
        pages.append(
            Page(f"{section}/{month}/", f"{section}_month.html", make, inputs.of(statements=sts, extra=(newer, older)))
        )
    return pages


def _month_context(
    month: str, statements: list[SiteStatement], prov: Provenance, newer: str | None, older: str | None
) -> Context:
    return {
        "month": month,
        "total": len(statements),
        "statements": statements,
        "anchors": prov.anchors(statements),
        "days": [],
        "newer": newer,
        "older": older,
    }


def _day_pages(
    section: str,
    month: str,
    statements: list[SiteStatement],
    prov: Provenance,
    inputs: PageInputs,
    months: tuple[str | None, str | None],
) -> list[Page]:
    """A busy month's page lists its days, and each day has a page (``timeline/2025-03/04/``).

    At 10,000 articles a month of the timeline holds about 6,000 statements,
    5 MB of HTML; a day holds a few hundred.
    """
    by_day = _group(statements, lambda s: [s.date])  # newest first within a day, as the month's statements are
    days = sorted(by_day, reverse=True)
    newer, older = months
    listing = {"month": month, "total": len(statements), "days": [(d, len(by_day[d])) for d in days]}
    pages = [Page(f"{section}/{month}/", f"{section}_month.html", {**listing, "newer": newer, "older": older})]
    for i, day in enumerate(days):
        around = (days[i - 1] if i > 0 else None, days[i + 1] if i + 1 < len(days) else None)
        make = partial(_day_context, section, day, by_day[day], prov, around)
        made_of = inputs.of(statements=by_day[day], extra=(section, around))
        pages.append(Page(f"{section}/{month}/{day[8:]}/", "day.html", make, made_of))
    return pages


def _day_context(
    section: str, day: str, statements: list[SiteStatement], prov: Provenance, around: tuple[str | None, str | None]
) -> Context:
    return {
        "section": section,
        "day": day,
        "statements": statements,
        "anchors": prov.anchors(statements),
        "newer": around[0],
        "older": around[1],
    }


def coverage(articles: list[Article]) -> dict[str, Any]:
    """What a person or topic page is built from: article count, sources, first and last date."""
    dates = sorted(a.date for a in articles)
    return {
        "articles": len(articles),
        "sources": sorted({a.source_name for a in articles if a.source_name}),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
    }


def _article_page(
    site: Site,
    article: Article,
    statements: list[SiteStatement],
    figures: list[SiteFigure],
    prov: Provenance,
    refs: dict[str, TrackRef],
    inputs: PageInputs,
) -> Page:
    make = partial(_article_context, site, article, statements, figures, prov, refs)
    # Of a line other articles also report, the page shows the earliest date, the topics of all and the first
    # article's wording and permalink: its row holds all of that, so those articles' digests stay out of the key.
    return Page(f"articles/{article.slug}/", "article.html", make, inputs.of([article.slug], statements, figures))


def _article_context(
    site: Site,
    article: Article,
    statements: list[SiteStatement],
    figures: list[SiteFigure],
    prov: Provenance,
    refs: dict[str, TrackRef],
) -> Context:
    """The article with a summary panel of its statements and figures, in reading order."""
    slug = article.slug
    statements = sorted(
        statements,
        key=lambda s: (s.statement.content[0].start if s.statement.content and s.article == slug else 0, s.id),
    )
    figures = sorted(figures, key=lambda f: f.figure.start)
    return {
        "article": article,
        "html": prov.html[slug],
        "statements": statements,
        "anchors": {st.id: prov.fragment(st, slug) for st in statements},
        "figures": figures,
        "tracks": refs_for(figures, refs),
        "people": [site.people[p] for p in site.mentions.get(slug, [])],
        "topics": [site.topics[t] for t in article.topics if t in site.topics],
    }


def _by_topic(site: Site, statements: list[SiteStatement]) -> list[tuple[Any, list[SiteStatement]]]:
    """Statements grouped under their first topic (each statement shown once), largest group first."""
    groups = _group(statements, lambda s: [s.topics[0] if s.topics else ""])
    order = sorted(groups, key=lambda t: (-len(groups[t]), t == "", t))
    return [(site.topics.get(t), sorted(groups[t], key=lambda s: (s.date, s.id), reverse=True)) for t in order]


def _person_pages(
    site: Site, person_id: str, shown: Shown, prov: Provenance, refs: dict[str, TrackRef], inputs: PageInputs
) -> list[Page]:
    """The person page (the newest of everything), a page per month when that leaves some out, and a feed.

    The most quoted person at 10,000 articles has thousands of statements: as
    one page that was 16.7 MB, re-rendered whenever any of their articles changed.
    """
    person = site.people[person_id]
    url = f"people/{person_id}/"
    months = _months_of(shown) if _left_out(shown) else []
    make = partial(_person_context, site, person_id, shown, months, prov, refs)
    pages = [Page(url, "person.html", make, _made_of(inputs, shown))]
    pages += _month_chain(
        url, "person_month.html", months, partial(_person_month_context, site, person_id, prov, refs), inputs
    )
    feed = feeds.feed_page(
        f"{url}feed.xml",
        url,
        f"{person.name}: statements · {site.config.title}",
        site,
        statements=shown.statements,
        limit=RECENT,
    )
    return [*pages, feed]


def _made_of(inputs: PageInputs, shown: Shown) -> str:
    """The key of a page made from ``shown``: its articles, and the rows of its statements and figures."""
    return inputs.of((a.slug for a in shown.articles), shown.statements, shown.figures)


def _month_chain(
    url: str,
    template: str,
    months: list[tuple[str, Shown]],
    context: Callable[[str, Shown], Context],
    inputs: PageInputs,
) -> list[Page]:
    """A page per month under ``url`` (``<url><YYYY-MM>/``), each made from and keyed by that month's share only."""
    return [
        Page(f"{url}{month}/", template, partial(context, month, in_month), _made_of(inputs, in_month))
        for month, in_month in months
    ]


def _left_out(shown: Shown) -> bool:
    """Whether a page showing the newest of ``shown`` would leave some of it out."""
    return len(shown.statements) > RECENT or len(shown.articles) > RECENT or len(shown.figures) > NEWEST_FIGURES


def _person_context(
    site: Site,
    person_id: str,
    shown: Shown,
    months: list[tuple[str, Shown]],
    prov: Provenance,
    refs: dict[str, TrackRef],
) -> Context:
    statements, articles = shown.statements, shown.articles
    together = Counter(p for a in articles for p in site.mentions.get(a.slug, []) if p != person_id)
    topics = Counter(t for s in statements for t in s.topics)
    latest = _newest(statements)[:RECENT]
    figures = _newest_figures(shown.figures)[:NEWEST_FIGURES]
    return {
        "person": site.people[person_id],
        "statements": latest,
        "statements_total": len(statements),
        "groups": _by_topic(site, latest),
        "anchors": prov.anchors(latest),
        "figures": figures,
        "figures_total": len(shown.figures),
        "tracks": refs_for(figures, refs),
        "articles": articles[:RECENT],
        "articles_total": len(articles),
        "months": [(m, len(s.articles), len(s.statements), len(s.figures)) for m, s in months],
        "coverage": coverage(articles),
        "mentioned_with": [
            site.people[p] for p, _ in sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))[:MENTIONED_WITH]
        ],
        "mentioned_total": len(together),
        "topics": [site.topics[t] for t, _ in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))],
    }


def _person_month_context(
    site: Site, person_id: str, prov: Provenance, refs: dict[str, TrackRef], month: str, shown: Shown
) -> Context:
    return {
        "person": site.people[person_id],
        "month": month,
        "statements": shown.statements,
        "anchors": prov.anchors(shown.statements),
        "figures": shown.figures,
        "tracks": refs_for(shown.figures, refs),
        "articles": shown.articles,
    }


def _topic_pages(
    site: Site, topic_id: str, shown: Shown, prov: Provenance, refs: dict[str, TrackRef], inputs: PageInputs
) -> list[Page]:
    """The topic page (newest articles, statements and figures), a page per month with all of them, and a feed.

    A topic gathers a share of the whole site (1 MB a page at 1,000 articles when
    it listed everything); months keep every page small and an edit local.
    """
    topic, url = site.topics[topic_id], f"topics/{topic_id}/"
    months = _months_of(Shown(shown.statements, [], shown.articles))  # its figures are on the figure index
    make = partial(_topic_context, site, topic_id, shown, months, prov, refs)
    pages = [Page(url, "topic.html", make, _made_of(inputs, shown))]
    pages += _month_chain(url, "topic_month.html", months, partial(_topic_month_context, site, topic_id, prov), inputs)
    feed = feeds.feed_page(
        f"{url}feed.xml",
        url,
        f"{topic.name} · {site.config.title}",
        site,
        shown.articles,
        shown.statements,
        limit=RECENT,
    )
    return [*pages, feed]


def _topic_context(
    site: Site,
    topic_id: str,
    shown: Shown,
    months: list[tuple[str, Shown]],
    prov: Provenance,
    refs: dict[str, TrackRef],
) -> Context:
    statements, articles = shown.statements, shown.articles
    active = Counter(s.person for s in statements if s.person)
    newest = _newest_figures(shown.figures)[:NEWEST_FIGURES]
    latest = _newest(statements)[:RECENT]
    return {
        "topic": site.topics[topic_id],
        "articles": articles[:RECENT],
        "articles_total": len(articles),
        "coverage": coverage(articles),
        "statements": latest,
        "statements_total": len(statements),
        "anchors": prov.anchors(latest),
        "months": [(m, len(s.articles), len(s.statements)) for m, s in months],
        "figures": newest,
        "figures_total": len(shown.figures),
        "tracks": refs_for(newest, refs),
        "people": [(site.people[p], n) for p, n in sorted(active.items(), key=lambda kv: (-kv[1], kv[0]))],
    }


def _topic_month_context(site: Site, topic_id: str, prov: Provenance, month: str, shown: Shown) -> Context:
    return {
        "topic": site.topics[topic_id],
        "month": month,
        "articles": shown.articles,
        "statements": shown.statements,
        "anchors": prov.anchors(shown.statements),
    }


def _newest(statements: list[SiteStatement]) -> list[SiteStatement]:
    return sorted(statements, key=lambda s: (s.date, s.id), reverse=True)


def _newest_figures(figures: list[SiteFigure]) -> list[SiteFigure]:
    return sorted(figures, key=lambda f: (f.date, f.article, f.figure.start), reverse=True)


def _months_of(shown: Shown) -> list[tuple[str, Shown]]:
    """What ``shown`` holds, month by month (``YYYY-MM``, from each item's date), newest month and item first."""
    articles = _group(shown.articles, lambda a: [a.date[:7]])
    said = dict(_months(shown.statements))
    figures = _group(shown.figures, lambda f: [f.date[:7]])
    months = sorted(articles.keys() | said.keys() | figures.keys(), reverse=True)
    return [(m, Shown(said.get(m, []), _newest_figures(figures.get(m, [])), articles.get(m, []))) for m in months]


def _data_pages(site: Site, inputs: PageInputs) -> list[Page]:
    """The open-data export: statements and figures as JSON and CSV (see docs/data.md).

    They show every item with its offsets, so they are made from every article.
    """
    return [
        Page(f"data/{name}.{ext}", "", {"kind": name, "items": items}, inputs.everything, body)
        for name, items in (("statements", site.statements), ("figures", site.figures))
        for ext, body in (("json", export_json), ("csv", export_csv))
    ]
