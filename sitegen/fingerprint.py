"""Page fingerprints: a key that changes whenever anything a page shows may have changed.

A page is re-rendered only when its key differs from the one recorded for
the page in the current ``public/``.  The key covers the templates and the
code that makes pages, the site-wide data every template may read (config,
people, topics, article titles and dates), and either the page's inputs
(:mod:`sitegen.inputs`: the digests of the articles it is made from, for the
many pages of articles, people, topics, months and figures) or its own
context, in which an article stands for the hash of its source file and a
statement or figure for what the link stage decided about it (for the few
pages that summarise the site and whose contexts are small).
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

from sitegen import __version__
from sitegen.link import Site, SiteFigure, SiteStatement
from sitegen.model import Article, Person, Span, Topic
from sitegen.pages import Page
from sitegen.rules import PAGES_VERSION


def templates_digest(folders: list[Path]) -> str:
    """Hash of every template and static file that could be used, and of the code that makes pages."""
    digest = hashlib.sha256(f"{__version__}\0{PAGES_VERSION}".encode())
    for folder in folders:
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


_PLAIN = frozenset({str, int, float, bool, type(None)})


class PageKeys:
    """Computes :meth:`key` for the pages of one site."""

    def __init__(self, site: Site, templates: str) -> None:
        shared = (
            templates,
            repr(site.config),
            repr(sorted(site.people.items())),
            repr(sorted(site.topics.items())),
            repr([(a.slug, a.title, a.date, a.source_name, a.source_url, a.path) for a in site.articles]),
        )
        self._shared = hashlib.sha256(repr(shared).encode()).hexdigest()
        self._memo: dict[int, Any] = {}
        """Signature of each statement, figure and other dataclass object, which many pages share, by ``id()``.

        Each entry holds its object, so no other object can take its ``id()`` while this lives.
        """

    def key(self, page: Page) -> str:
        """From the page's inputs when it names them (its context is then not even built), else from its context."""
        shown = page.inputs if page.inputs is not None else self._signature(page.context)
        signature = (self._shared, page.url, page.template, shown)
        return "page:" + hashlib.sha256(repr(signature).encode()).hexdigest()

    def _signature(self, value: Any) -> Any:
        kind = type(value)  # exact types first: a site's page contexts hold millions of values
        if kind in _PLAIN:
            return value
        if kind is SiteStatement or kind is SiteFigure:
            return self._memoized(value, self._item_signature)
        if isinstance(value, (list, tuple)):
            return tuple(map(self._signature, value))
        if isinstance(value, dict):
            return tuple((k, self._signature(v)) for k, v in sorted(value.items(), key=lambda kv: str(kv[0])))
        if isinstance(value, Article):
            return ("article", value.digest)
        if isinstance(value, (Person, Topic)):
            return (type(value).__name__, value.id)  # their fields are in the shared part of the key
        if isinstance(value, (set, frozenset)):
            return tuple(sorted(map(self._signature, value)))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._memoized(value, repr)
        return value

    def _memoized(self, value: Any, signature: Any) -> str:
        """A digest of ``signature(value)``, computed once per object: the same item is shown on many pages.

        A short digest rather than the signature itself keeps each page's key cheap
        to hash: a page of 200 figures would otherwise repr 200 nested tuples.
        """
        found = self._memo.get(id(value))
        if found is None:
            digest = hashlib.blake2b(repr(signature(value)).encode(), digest_size=16).hexdigest()
            found = self._memo[id(value)] = (value, digest)  # holding value keeps its id unique
        return found[1]

    def _item_signature(self, item: SiteStatement | SiteFigure) -> tuple[Any, ...]:
        """What a page can show of a statement or figure: its words and numbers and the link stage's decisions.

        Offsets into the article body are left out (they move whenever text above
        them is edited; only the data export shows them, and its pages hold every
        article's hash). With the article's hash instead, one edit re-rendered every
        page showing any figure or statement of that article: 700 article pages and
        60 figure lists for one added paragraph in the 1k benchmark corpus.
        """
        if isinstance(item, SiteStatement):
            st = item.statement
            shown = dataclasses.replace(
                st, source=_words(st.source), cue=_words(st.cue), content=[Span(0, 0, c.text) for c in st.content]
            )
            return ("statement", item.id, item.person, item.date, item.role, item.block, item.addressee,
                    tuple(item.topics), tuple(item.appearances), item.article, repr(shown))  # fmt: skip
        return ("figure", item.id, item.article, item.person, item.date, item.block, tuple(item.topics),
                repr(dataclasses.replace(item.figure, start=0, end=0)))  # fmt: skip


def _words(span: Span | None) -> Span | None:
    return Span(0, 0, span.text) if span else None
