"""Page fingerprints: a key that changes whenever anything a page shows may have changed.

A page is re-rendered only when its key differs from the one recorded for
the page in the current ``public/``.  The key covers the templates, the
site-wide data every template may read (config, people, topics, article
titles and dates), and the page's own context, in which an article stands
for the hash of its source file and a statement or figure for what the link
stage decided about it.  Computing a key costs a fraction of rendering.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

from sitegen import __version__
from sitegen.link import Site, SiteFigure, SiteStatement
from sitegen.model import Article, Person, Topic
from sitegen.pages import Page


def templates_digest(folders: list[Path]) -> str:
    """Hash of every template and static file that could be used."""
    digest = hashlib.sha256(__version__.encode())
    for folder in folders:
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class PageKeys:
    """Computes :meth:`key` for the pages of one site."""

    def __init__(self, site: Site, templates: str) -> None:
        self._digests = {a.slug: a.digest for a in site.articles}
        shared = (
            templates,
            repr(site.config),
            repr(sorted(site.people.items())),
            repr(sorted(site.topics.items())),
            repr([(a.slug, a.title, a.date, a.source_name, a.source_url, a.path) for a in site.articles]),
        )
        self._shared = hashlib.sha256(repr(shared).encode()).hexdigest()

    def key(self, page: Page) -> str:
        signature = (self._shared, page.url, page.template, self._signature(page.context))
        return "page:" + hashlib.sha256(repr(signature).encode()).hexdigest()

    def _signature(self, value: Any) -> Any:
        if isinstance(value, (str, int, float, bool)) or value is None:
            return value
        if isinstance(value, Article):
            return ("article", value.digest)
        if isinstance(value, (Person, Topic)):
            return (type(value).__name__, value.id)  # their fields are in the shared part of the key
        if isinstance(value, SiteStatement):
            return ("statement", value.id, value.person, value.date, value.role, value.block, value.addressee,
                    tuple(value.topics), tuple((a.article, self._digests.get(a.article)) for a in value.appearances),
                    value.statement.speaker, value.statement.kind)  # fmt: skip
        if isinstance(value, SiteFigure):
            return ("figure", value.id, value.person, value.date, value.block, tuple(value.topics),
                    self._digests.get(value.article))  # fmt: skip
        if isinstance(value, (set, frozenset)):
            return tuple(sorted(self._signature(v) for v in value))
        if isinstance(value, (list, tuple)):
            return tuple(self._signature(v) for v in value)
        if isinstance(value, dict):
            return tuple((k, self._signature(v)) for k, v in sorted(value.items(), key=lambda kv: str(kv[0])))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return repr(value)
        return value
