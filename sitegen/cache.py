"""Per-article cache: the parsed article, its extraction and its ids, keyed by content hash.

The key covers the file's bytes, its path, the sitegen version, the
version of the code that reads, extracts and gives ids
(``rules.PARSE_VERSION``) and the settings that change parsing, so a stale
entry can never be used.  Entries are ``marshal`` files of plain tuples
(data only: no code runs when one is read), written atomically, behind a
header naming the layout of the model classes and a CRC of the rest.  One
that is missing, truncated, damaged or of another layout is simply
recomputed, so deleting or damaging the cache never changes the output.
Every incremental build reads every entry, hence marshal and positional
constructors rather than JSON and keyword arguments.  A cache that cannot be
written (a file where the folder should be, a folder where an entry should
be, a full disk) costs speed only: one warning, and the build goes on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import marshal
import os
import shutil
import sys
import zlib
from pathlib import Path
from typing import Any

from sitegen import __version__
from sitegen.config import SiteConfig
from sitegen.layout import template_folders
from sitegen.model import Article, ArticleIds, Block, Extraction, Figure, Span, Statement
from sitegen.rules import PAGES_VERSION, PARSE_VERSION, RULES_VERSION

CACHE_DIR = ".sitegen-cache"

log = logging.getLogger(__name__)


def cache_salt(config: SiteConfig) -> str:
    """Everything besides the file itself that a cached parse and extraction depend on."""
    return f"sitegen {__version__}\0parse {PARSE_VERSION}\0html {config.allow_html}\0"


def article_key(salt: str, rel_path: str, data: bytes) -> str:
    return hashlib.sha256(salt.encode() + rel_path.encode() + b"\0" + data).hexdigest()


class ArticleCache:
    """A folder of ``<key>.bin`` entries.

    ``read=False`` makes every lookup miss (``--clean``); ``write=False`` leaves
    the folder untouched (``sitegen check`` writes nothing).
    """

    def __init__(self, root: Path, read: bool = True, write: bool = True) -> None:
        self.root = root / "articles"
        self.read, self.write = read, write
        self.hits = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}{SUFFIX}"

    def get(self, key: str) -> tuple[Article, Extraction, ArticleIds] | None:
        if not self.read:
            return None
        try:
            found = unpack(self._path(key).read_bytes())
        except OSError:
            return None
        if found is None or found[0].digest != key:
            return None
        self.hits += 1
        return found

    def put(self, key: str, article: Article, extraction: Extraction, ids: ArticleIds) -> None:
        """Store an entry; one that marshal cannot hold (a YAML date among the front matter edits) stays a miss."""
        if not self.write:
            return
        try:
            data = pack(article, extraction, ids)
        except ValueError:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, data)
        except OSError as exc:
            self._give_up(exc)

    def prune(self, keep: set[str]) -> None:
        """Drop entries no current article uses, and anything in an entry's place: the cache cannot grow unbounded.

        Entries of an older format (``<key>.json``) go too.
        """
        if not self.write or not self.root.is_dir():
            return
        names = {f"{key}{SUFFIX}" for key in keep}
        try:
            for folder in os.scandir(self.root):
                if not folder.is_dir(follow_symlinks=False):
                    continue
                for entry in os.scandir(folder.path):
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    elif entry.name not in names or not entry.is_file(follow_symlinks=False):
                        with contextlib.suppress(FileNotFoundError):
                            os.unlink(entry.path)
        except OSError as exc:
            self._give_up(exc)

    def _give_up(self, exc: OSError) -> None:
        """Stop writing for the rest of the build: the next build simply finds fewer entries."""
        log.warning("the cache in %s cannot be written (%s); building without it", self.root.parent, exc)
        self.write = False


SUFFIX = ".bin"
FORMAT = 3
"""Bumped when the layout of an entry changes beyond the model's field names."""
_RECORDS = (Article, Block, Extraction, Statement, Span, Figure, ArticleIds)
_HEADER = (
    b"sitegen-cache\0"
    + hashlib.sha256(
        repr((FORMAT, [(cls.__name__, [f.name for f in dataclasses.fields(cls)]) for cls in _RECORDS])).encode()
    ).digest()[:8]
)
"""Names the layout: an entry written before a field of the model was added, dropped or moved is a miss."""
_BLOCKS = [f.name for f in dataclasses.fields(Article)].index("blocks")


def pack(article: Article, extraction: Extraction, ids: ArticleIds) -> bytes:
    """The entry's bytes: header, CRC-32 of the payload, and the payload, the three objects as nested tuples.

    Raises ValueError for a value marshal cannot hold.  The ids are not
    interned: each figure's is its own, and a block's anchor is already the
    article's string, which marshal writes once.
    """
    records = (
        dataclasses.astuple(article),
        _interned(dataclasses.astuple(extraction)),
        (ids.statement_words, ids.figure_ids, ids.figure_blocks),
    )
    payload = marshal.dumps(records)
    return _HEADER + zlib.crc32(payload).to_bytes(4, "big") + payload


_SHORT = 32
"""Strings up to this length are interned; 16, 32, 64 or any length save about as much memory at 1k."""


def _interned(record: Any) -> Any:
    """``record`` with its short strings interned, which marshal writes as such and reads back as one shared object.

    An extraction repeats the same short strings across articles (cues like
    "said", speakers, units, what a figure counts): one object each instead of
    one per statement or figure keeps every loaded site smaller.  Longer ones
    (quotes) rarely repeat, and interning costs a lookup for each string read.
    """
    if isinstance(record, str):
        return sys.intern(record) if len(record) <= _SHORT else record
    if isinstance(record, (list, tuple)):
        return type(record)(_interned(item) for item in record)
    return record


def unpack(data: bytes) -> tuple[Article, Extraction, ArticleIds] | None:
    """The three objects :func:`pack` stored in ``data``; None for bytes it did not write whole."""
    head, crc, body = data[: len(_HEADER)], data[len(_HEADER) : len(_HEADER) + 4], memoryview(data)[len(_HEADER) + 4 :]
    if head != _HEADER or crc != zlib.crc32(body).to_bytes(4, "big"):
        return None
    try:
        article, extraction, ids = marshal.loads(body)
        return _article(article), _extraction(*extraction), ArticleIds(*ids)
    except (ValueError, TypeError, EOFError, IndexError):
        return None


def _article(record: tuple[Any, ...]) -> Article:
    fields = list(record)
    fields[_BLOCKS] = [Block(*b) for b in fields[_BLOCKS]]
    return Article(*fields)


def _extraction(
    statements: list[tuple[Any, ...]], figures: list[tuple[Any, ...]], names: list[str], cut: int | None
) -> Extraction:
    return Extraction([_statement(*s) for s in statements], [Figure(*f) for f in figures], names, cut)


def _statement(
    kind: str, speaker: str | None, source: tuple[Any, ...] | None, cue: tuple[Any, ...] | None,
    content: list[tuple[Any, ...]], *rest: Any,
) -> Statement:  # fmt: skip
    return Statement(
        kind,
        speaker,
        Span(*source) if source else None,
        Span(*cue) if cue else None,
        [Span(*c) for c in content],
        *rest,
    )


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def inputs_signature(site_dir: Path, out: Path, base_url: str | None) -> str:
    """Hash of the name, size and modification time of every input file, and of the build's options.

    Equal signatures mean no input was touched since the last build, so the
    build can stop at once.  Any doubt (a touched but unchanged file) only
    costs a normal, cached build.
    """
    digest = hashlib.sha256(f"{__version__}\0{RULES_VERSION}\0{PAGES_VERSION}\0{out}\0{base_url}\0".encode())
    roots = [site_dir / "sitegen.toml", site_dir / "content", *template_folders(site_dir)]
    for root in roots:
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            try:
                st = path.stat()
            except OSError:
                continue
            digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def up_to_date(site_dir: Path, out: Path, base_url: str | None) -> bool:
    """True when no input changed since the last successful build into ``out`` (which still exists)."""
    out = out.resolve()
    return BuildState.of(site_dir, out, base_url).unchanged(out)


class BuildState:
    """What the last successful build was made from, to skip a build when nothing changed."""

    def __init__(self, root: Path, signature: str) -> None:
        self.path = root / "last-build.json"
        self.signature = signature

    @classmethod
    def of(cls, site_dir: Path, out: Path, base_url: str | None) -> BuildState:
        """The state of a build of ``site_dir`` into ``out`` (resolved) as its inputs are now."""
        return cls(site_dir / CACHE_DIR, inputs_signature(site_dir, out, base_url))

    def unchanged(self, out: Path) -> bool:
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        from sitegen.write import MARKER

        return saved == {"inputs": self.signature} and (out / MARKER).is_file()

    def save(self) -> None:
        """Record the inputs; when the cache folder cannot hold the record, the next build just runs in full."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.path, json.dumps({"inputs": self.signature}).encode())
        except OSError as exc:
            log.warning(
                "the cache in %s cannot be written (%s); the next build cannot skip work", self.path.parent, exc
            )
