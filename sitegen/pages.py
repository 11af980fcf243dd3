"""Which pages the site has, and the data each page is rendered from.

A :class:`Page` names its output path (a clean URL: ``people/raja-ram-singh/``
becomes ``people/raja-ram-singh/index.html``), its template and its context.
Pure: the render stage turns pages into bytes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sitegen.link import Site, SiteFigure, SiteStatement


@dataclass(slots=True)
class Page:
    url: str
    """Site-relative URL path: "" for home, "people/x/" for a person, "404.html"."""
    template: str
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def output_path(self) -> str:
        return self.url + "index.html" if self.url == "" or self.url.endswith("/") else self.url


def site_pages(site: Site) -> list[Page]:
    """Every page of the site, in a fixed order."""
    by_person = _group(site.statements, lambda s: [s.person] if s.person else [])
    figures_by_person = _group(site.figures, lambda f: [f.person] if f.person else [])
    by_topic = _group(site.statements, lambda s: s.topics)
    figures_by_topic = _group(site.figures, lambda f: f.topics)
    pages = [
        Page("", "home.html", _home(site, by_person)),
        Page("articles/", "articles.html", {"articles": site.articles}),
        Page("people/", "people.html", {"people": _people_list(site, by_person)}),
        Page("topics/", "topics.html", {"topics": _topics_list(site)}),
        Page("figures/", "figures.html", {"figures": site.figures}),
        Page("404.html", "404.html"),
    ]
    in_article = _group(site.statements, lambda s: sorted({a.article for a in s.appearances}))
    figures_in_article = _group(site.figures, lambda f: [f.article])
    pages += [
        _article_page(site, a.slug, in_article.get(a.slug, []), figures_in_article.get(a.slug, []))
        for a in site.articles
    ]
    pages += [
        _person_page(site, pid, by_person.get(pid, []), figures_by_person.get(pid, []))
        for pid in sorted(site.people)
        if pid in by_person or pid in figures_by_person or _mentioned(site, pid)
    ]
    pages += [
        _topic_page(site, tid, by_topic.get(tid, []), figures_by_topic.get(tid, [])) for tid in sorted(site.topics)
    ]
    return pages


def _group(items: list[Any], keys: Any) -> dict[str, list[Any]]:
    groups: defaultdict[str, list[Any]] = defaultdict(list)
    for item in items:
        for key in keys(item):
            groups[key].append(item)
    return groups


def _mentioned(site: Site, person_id: str) -> bool:
    return person_id in site.mentioned_people


def _home(site: Site, by_person: dict[str, list[SiteStatement]]) -> dict[str, Any]:
    quoted = sorted(by_person.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10]
    return {
        "articles": site.articles[:10],
        "most_quoted": [(site.people[pid], len(sts)) for pid, sts in quoted],
        "topics": _topics_list(site),
    }


def _people_list(site: Site, by_person: dict[str, list[SiteStatement]]) -> list[tuple[Any, int]]:
    people = [p for p in site.people.values() if p.id in by_person or _mentioned(site, p.id)]
    return [(p, len(by_person.get(p.id, []))) for p in sorted(people, key=lambda p: (p.name.lower(), p.id))]


def _topics_list(site: Site) -> list[tuple[Any, int]]:
    counts = Counter(t for a in site.articles for t in a.topics)
    return [(t, counts[t.id]) for t in sorted(site.topics.values(), key=lambda t: (t.name.lower(), t.id))]


def _article_page(site: Site, slug: str, statements: list[SiteStatement], figures: list[SiteFigure]) -> Page:
    """The article with a summary panel of its statements and figures, in reading order."""
    article = site.article(slug)
    statements = sorted(statements, key=lambda s: s.statement.content[0].start if s.statement.content else 0)
    figures = sorted(figures, key=lambda f: f.figure.start)
    return Page(
        f"articles/{slug}/",
        "article.html",
        {
            "article": article,
            "statements": statements,
            "figures": figures,
            "people": [site.people[p] for p in site.mentions.get(slug, [])],
            "topics": [site.topics[t] for t in article.topics if t in site.topics],
        },
    )


def _person_page(
    site: Site, person_id: str, statements: list[SiteStatement], figures: list[SiteFigure]
) -> Page:
    articles = sorted(
        {a.article for s in statements for a in s.appearances}
        | {f.article for f in figures}
        | {slug for slug, ids in site.mentions.items() if person_id in ids},
        key=lambda slug: (site.article(slug).date, slug),
        reverse=True,
    )
    together = Counter(p for slug in articles for p in site.mentions.get(slug, []) if p != person_id)
    topics = Counter(t for s in statements for t in s.topics)
    return Page(
        f"people/{person_id}/",
        "person.html",
        {
            "person": site.people[person_id],
            "statements": statements,
            "figures": figures,
            "articles": [site.article(slug) for slug in articles],
            "mentioned_with": [site.people[p] for p, _ in sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))],
            "topics": [site.topics[t] for t, _ in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))],
        },
    )


def _topic_page(site: Site, topic_id: str, statements: list[SiteStatement], figures: list[SiteFigure]) -> Page:
    active = Counter(s.person for s in statements if s.person)
    return Page(
        f"topics/{topic_id}/",
        "topic.html",
        {
            "topic": site.topics[topic_id],
            "articles": [a for a in site.articles if topic_id in a.topics],
            "statements": statements,
            "figures": figures,
            "people": [(site.people[p], n) for p, n in sorted(active.items(), key=lambda kv: (-kv[1], kv[0]))],
        },
    )
