"""What a page is made from, as one digest, known before its context is built.

On an edit, building and signing the context of every page of the site was
most of the work (the ``pages`` stage and the keys: 7 of the 14 s of an
edit at 1,000 articles, about 200 s at 10,000).  A page that names its
inputs is keyed by them instead (:class:`sitegen.fingerprint.PageKeys`), and
its context is built only when it has to be rendered.

An article stands for its digest: the hash of its file's bytes and path and
of the sitegen and rules versions, which covers everything the link stage
derives from the article alone.  A listed statement or figure stands for
what its row shows, which is also what it takes from other articles: a line
several articles report has the earliest date, the topics of all and the
wording of the first; a figure links to its track and says whether the
track's reports disagree.  The site-wide inputs (config, people, topics,
every article's title and date, templates, the page code) are in every key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from sitegen.figure_pages import TrackRef
from sitegen.link import Site, SiteFigure, SiteStatement
from sitegen.model import Article, Span


class PageInputs:
    """Digests of what pages are made from, for one linked site."""

    def __init__(self, site: Site, refs: dict[str, TrackRef]) -> None:
        self._digests = {a.slug: a.digest or _content_digest(a) for a in site.articles}
        self._refs = refs
        self._rows: dict[str, str] = {}
        """Digest of what a list row shows, by statement or figure id (ids are unique within a site)."""
        self.everything = _hash(sorted(self._digests.items()))
        """For pages that summarise the whole site (the data export, lists of everything)."""

    def of(
        self,
        slugs: Iterable[str] = (),
        statements: Iterable[SiteStatement] = (),
        figures: Iterable[SiteFigure] = (),
        extra: Any = (),
    ) -> str:
        """A page made from these articles (by their digests) and listing these statements and figures.

        A listed statement or figure stands for what its row shows, not for its
        articles: a line reported by hundreds of articles is listed on every
        topic page, and by its articles it made one edit re-render them all.
        """
        digests = "".join(self._digests[s] for s in sorted(set(slugs)))
        rows = "".join(map(self._statement_row, statements)) + "".join(map(self._figure_row, figures))
        return _hash((digests, rows, extra))

    def _statement_row(self, st: SiteStatement) -> str:
        found = self._rows.get(st.id)
        if found is None:
            said = st.statement
            words = (said.kind, said.speaker, said.speaker_type, _text(said.source), _text(said.cue), said.medium)
            placed = (st.person, st.article, st.block, st.date, st.role, st.addressee, said.addressee, st.topics)
            shown = (placed, st.text, words)
            found = self._rows[st.id] = _hash(shown)
        return found

    def _figure_row(self, f: SiteFigure) -> str:
        found = self._rows.get(f.id)
        if found is None:
            fig = f.figure
            shown = (fig.text, fig.value, fig.kind, fig.unit, fig.counted, fig.low, fig.high, fig.qualifier, fig.change)
            found = self._rows[f.id] = _hash(
                (f.article, f.block, f.date, f.person, f.topics, shown, self._refs.get(f.id))
            )
        return found


def _text(span: Span | None) -> str | None:
    return span.text if span else None


def _hash(value: Any) -> str:
    return hashlib.blake2b(repr(value).encode(), digest_size=16).hexdigest()


def _content_digest(article: Article) -> str:
    """An article made in memory (tests, tools) has no file digest: its fields stand for it."""
    return _hash(repr(article))
