"""schema.org JSON-LD for search engines and fact-check tools.

NewsArticle for articles, Person for person pages, Quotation for direct
quotes and Claim for reported statements and figures, each with its
author/creator and the article it is based on (``isBasedOn`` for quotations,
``appearance`` for claims: the article node, by its ``@id``).  No ClaimReview:
the site reports who said what, it does not rate it.  Templates embed the
dicts with the ``json_script`` filter, which keeps the JSON from closing its
``<script>`` element.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitegen.feeds import speaker_name
from sitegen.link import Site, SiteFigure, SiteStatement
from sitegen.model import Article, Person

CONTEXT = "https://schema.org"


class JsonLd:
    """Builds the JSON-LD of a page; ``absolute_url`` turns a site path into a full URL."""

    def __init__(self, site: Site, absolute_url: Callable[[str], str]) -> None:
        self.site = site
        self.url = absolute_url

    def article(
        self, article: Article, statements: list[SiteStatement], figures: list[SiteFigure], people: list[Person]
    ) -> dict[str, Any]:
        """The article (mentioning ``people``), then each statement and figure in it, as one ``@graph``."""
        news = self._news_article(article)
        news["mentions"] = [self._person(p) for p in people]
        return {
            "@context": CONTEXT,
            "@graph": [
                news,
                *(self.statement(st, article) for st in statements),
                *(self.figure(f) for f in figures),
            ],
        }

    def person(self, person: Person) -> dict[str, Any]:
        data: dict[str, Any] = {"@context": CONTEXT, **self._person(person)}
        if person.roles:
            data["jobTitle"] = [r.title for r in person.roles]
        if person.description:
            data["description"] = person.description
        if person.links:
            data["sameAs"] = list(person.links)
        return data

    def statement(self, st: SiteStatement, seen_in: Article) -> dict[str, Any]:
        """Quotation for a direct quote, Claim for reported or partly quoted speech, as shown on an article page.

        The statement is based on that article alone: listing every article that
        reports it would make each page grow with the whole site (a line reported
        by 500 articles put 100 KB into each).  The data export lists them all.
        """
        source = self._reference(seen_in)
        data: dict[str, Any] = {"@id": self.url(st.permalink), "url": self.url(st.permalink), "text": st.text}
        who = self._speaker(st)
        if st.statement.kind == "direct":
            data |= {"@type": "Quotation", "dateCreated": st.date, "isBasedOn": source}
            if who:
                data["creator"] = who
        else:
            data |= {"@type": "Claim", "dateCreated": st.date, "appearance": source}
            if who:
                data["author"] = who
        return data

    def figure(self, f: SiteFigure) -> dict[str, Any]:
        fig = f.figure
        article = self.site.article(f.article)
        page = self.url(f"articles/{article.slug}/")
        data: dict[str, Any] = {
            "@type": "Claim",
            "@id": page + f"#{f.id}",
            "url": page + (f"#{f.block}" if f.block else ""),
            "text": f"{fig.text}{': ' + fig.counted if fig.counted else ''}",
            "dateCreated": f.date,
            "appearance": self._reference(article),
        }
        if f.person and f.person in self.site.people:
            data["author"] = self._person(self.site.people[f.person])
        return data

    def _speaker(self, st: SiteStatement) -> dict[str, Any] | None:
        if st.person and st.person in self.site.people:
            return self._person(self.site.people[st.person])
        if st.statement.speaker_type == "anonymous" or not (st.statement.speaker or st.statement.source):
            return None
        kind = "Organization" if st.statement.speaker_type == "organisation" else "Person"
        return {"@type": kind, "name": speaker_name(self.site, st)}

    def _person(self, person: Person) -> dict[str, Any]:
        return {"@type": "Person", "name": person.name, "url": self.url(f"people/{person.id}/")}

    def _reference(self, article: Article) -> dict[str, str]:
        """The article node of the page's graph, by its ``@id``.

        Spelling the article out again in each statement and figure made the
        JSON-LD 44% of an article page (24 of 54 kB in the benchmark corpus).
        """
        return {"@id": self.url(f"articles/{article.slug}/")}

    def _news_article(self, article: Article) -> dict[str, Any]:
        url = self.url(f"articles/{article.slug}/")
        data: dict[str, Any] = {
            "@type": "NewsArticle",
            "@id": url,
            "headline": article.title,
            "datePublished": article.date,
            "url": url,
        }
        if article.author:
            data["author"] = {"@type": "Person", "name": article.author}
        if article.source_name:
            data["publisher"] = {"@type": "Organization", "name": article.source_name}
        if article.source_url:
            data["isBasedOn"] = article.source_url
        if article.summary:
            data["description"] = article.summary
        data["about"] = [self.site.topics[t].name for t in article.topics if t in self.site.topics]
        return data
