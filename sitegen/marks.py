"""Provenance marks kept between builds.

Marking an article's quotes (:func:`sitegen.highlight.mark_quotes`) costs
more than rendering its page, and an edit changes the marks of one article
only.  So the marked HTML is kept in one file, keyed by the hash of its
inputs (the article HTML, the quotes, and the marking code itself), and a
build only marks the articles whose key is new.  The file holds only the
entries the last build used; like the rest of the cache it may be deleted or
damaged at any time: a bad file is a miss for every article.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
from pathlib import Path
from typing import TypeGuard

from sitegen import highlight
from sitegen.highlight import Quote, mark_quotes
from sitegen.parallel import parallel_map

FORMAT = 1
"""Bumped when the file's layout changes."""

log = logging.getLogger(__name__)


class MarkMemo:
    """:meth:`mark` is :func:`mark_quotes`, answered from the last build where it can be."""

    def __init__(self, path: Path, read: bool = True, write: bool = True) -> None:
        self.path, self.write = path, write
        self._salt = hashlib.sha256(Path(highlight.__file__).read_bytes()).digest()
        self._old = _load(path) if read else {}
        self._used: dict[bytes, tuple[str, frozenset[str]]] = {}

    def mark(self, html: str, quotes: list[Quote]) -> tuple[str, set[str]]:
        """Same answer as :func:`mark_quotes`."""
        return self.mark_all([(html, quotes)])[0]

    def mark_all(self, articles: list[tuple[str, list[Quote]]], jobs: int = 1) -> list[tuple[str, set[str]]]:
        """Same answer as :func:`highlight.mark_all`; the articles not in the memo are marked over ``jobs`` processes.

        A cold build marks every article: 85 of the 105 s of the pages stage at
        10,000 articles, in one process while the other cores waited.
        """
        keys = [self._key(html, quotes) for html, quotes in articles]
        found = [self._used.get(key) or self._old.get(key) for key in keys]
        missing = [i for i, entry in enumerate(found) if not _well_formed(entry)]
        for i, (marked, ids) in zip(missing, parallel_map(_mark, [articles[i] for i in missing], jobs), strict=True):
            found[i] = (marked, frozenset(ids))
        answers = []
        for key, entry in zip(keys, found, strict=True):
            assert _well_formed(entry)
            self._used[key] = entry
            answers.append((entry[0], set(entry[1])))
        return answers

    def _key(self, html: str, quotes: list[Quote]) -> bytes:
        return hashlib.sha256(self._salt + html.encode() + b"\0" + repr(quotes).encode()).digest()

    def save(self) -> None:
        """Keep what this build used (so the file never grows beyond one build's worth); a write error only warns."""
        if not self.write:
            return
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps((FORMAT, self._used)))
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("the cache in %s cannot be written (%s); building without it", self.path.parent, exc)
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _mark(article: tuple[str, list[Quote]]) -> tuple[str, set[str]]:
    return mark_quotes(*article)


def _load(path: Path) -> dict[bytes, tuple[str, frozenset[str]]]:
    """The saved entries, or none when the file is missing, damaged or of another format (marshal runs no code)."""
    try:
        version, entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if version == FORMAT and isinstance(entries, dict) else {}


def _well_formed(entry: object) -> TypeGuard[tuple[str, frozenset[str]]]:
    """A saved entry of the expected shape (a damaged file may hold anything marshal can)."""
    return (
        isinstance(entry, tuple)
        and len(entry) == 2
        and isinstance(entry[0], str)
        and isinstance(entry[1], frozenset)
        and all(isinstance(i, str) for i in entry[1])
    )
