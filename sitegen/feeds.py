"""Atom feeds: the site's, and one per person and per topic, so readers can follow what they care about.

Entries hold site-relative paths; ``templates/feed.xml`` turns them into
absolute IRIs.  A feed's ``updated`` is its newest entry's date, never the
build time, so the same input always gives the same bytes.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sitegen.link import Site, SiteStatement
from sitegen.model import Article

if TYPE_CHECKING:
    from sitegen.pages import Page

EPOCH = "1970-01-01"
"""``updated`` of a feed with no entries and a site with no articles (Atom requires the element)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry; ``path`` is site-relative and doubles as the entry's id."""

    path: str
    title: str
    updated: str
    """ISO date."""
    author: str
    summary: str
    kind: str
    """``article`` or ``statement``."""


def article_entry(article: Article) -> Entry:
    return Entry(
        f"articles/{article.slug}/",
        article.title,
        article.date,
        article.author or article.source_name or "Unknown author",
        article.summary or "",
        "article",
    )


def speaker_name(site: Site, st: SiteStatement) -> str:
    """The person's name, else the speaker as the article names them, else "Unattributed"."""
    if st.person and st.person in site.people:
        return site.people[st.person].name
    if st.statement.speaker:
        return st.statement.speaker
    return st.statement.source.text if st.statement.source else "Unattributed"


def statement_entry(site: Site, st: SiteStatement) -> Entry:
    text = " ".join(st.text.split())
    short = text if len(text) <= 90 else text[:89].rstrip() + "…"
    verb = "quoted" if st.statement.kind == "direct" else "reported"
    return Entry(
        st.permalink,
        f"{speaker_name(site, st)} ({verb}): {short}",
        st.date,
        speaker_name(site, st),
        text,
        "statement",
    )


def feed_page(
    path: str,
    page_url: str,
    title: str,
    site: Site,
    articles: Iterable[Article] = (),
    statements: Iterable[SiteStatement] = (),
    *,
    limit: int,
) -> Page:
    """A ``feed.xml`` page: the ``limit`` newest entries (ties by path), ``updated`` = the newest entry's date.

    The newest articles and statements are picked before any entry is made: the
    site feed would otherwise make an entry for each of 280,000 statements at
    10,000 articles to keep 50.
    """
    from sitegen.pages import Page

    entries = [
        *map(article_entry, heapq.nlargest(limit, articles, key=lambda a: (a.date, f"articles/{a.slug}/"))),
        *(statement_entry(site, s) for s in heapq.nlargest(limit, statements, key=lambda s: (s.date, s.permalink))),
    ]
    ordered = sorted(entries, key=lambda e: (e.updated, e.path), reverse=True)[:limit]
    fallback = site.articles[0].date if site.articles else EPOCH
    context: dict[str, Any] = {
        "title": title,
        "page_url": page_url,
        "entries": ordered,
        "updated": ordered[0].updated if ordered else fallback,
    }
    return Page(path, "feed.xml", context)
