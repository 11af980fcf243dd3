"""Per-article cache: the parsed article and its extraction, keyed by content hash.

The key covers the file's bytes, its path, the sitegen version, the
extraction rules' version and the settings that change parsing, so a stale
entry can never be used.  Entries are JSON files written atomically; one
that is missing, truncated or corrupt is simply recomputed, so deleting or
damaging the cache never changes the output.  A cache that cannot be
written (a file where the folder should be, a folder where an entry should
be, a full disk) costs speed only: one warning, and the build goes on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from pathlib import Path

from sitegen import __version__
from sitegen.config import SiteConfig
from sitegen.layout import template_folders
from sitegen.model import Article, Extraction, to_jsonable
from sitegen.rules import RULES_VERSION

CACHE_DIR = ".sitegen-cache"

log = logging.getLogger(__name__)


def cache_salt(config: SiteConfig) -> str:
    """Everything besides the file itself that a cached parse and extraction depend on."""
    return f"sitegen {__version__}\0rules {RULES_VERSION}\0html {config.allow_html}\0"


def article_key(salt: str, rel_path: str, data: bytes) -> str:
    return hashlib.sha256(salt.encode() + rel_path.encode() + b"\0" + data).hexdigest()


class ArticleCache:
    """A folder of ``<key>.json`` entries.

    ``read=False`` makes every lookup miss (``--clean``); ``write=False`` leaves
    the folder untouched (``sitegen check`` writes nothing).
    """

    def __init__(self, root: Path, read: bool = True, write: bool = True) -> None:
        self.root = root / "articles"
        self.read, self.write = read, write
        self.hits = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[Article, Extraction] | None:
        if not self.read:
            return None
        try:
            data = json.loads(self._path(key).read_bytes())
            found = Article.from_dict(data["article"]), Extraction.from_dict(data["extraction"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if found[0].digest != key:
            return None
        self.hits += 1
        return found

    def put(self, key: str, article: Article, extraction: Extraction) -> None:
        if not self.write:
            return
        path = self._path(key)
        payload = {"article": to_jsonable(article), "extraction": to_jsonable(extraction)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        except OSError as exc:
            self._give_up(exc)

    def prune(self, keep: set[str]) -> None:
        """Drop entries no current article uses, and anything in an entry's place: the cache cannot grow unbounded."""
        if not self.write or not self.root.is_dir():
            return
        try:
            for entry in self.root.glob("*/*"):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                elif entry.stem not in keep or not entry.is_file():
                    entry.unlink(missing_ok=True)
        except OSError as exc:
            self._give_up(exc)

    def _give_up(self, exc: OSError) -> None:
        """Stop writing for the rest of the build: the next build simply finds fewer entries."""
        log.warning("the cache in %s cannot be written (%s); building without it", self.root.parent, exc)
        self.write = False


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def inputs_signature(site_dir: Path, out: Path, base_url: str | None) -> str:
    """Hash of the name, size and modification time of every input file, and of the build's options.

    Equal signatures mean no input was touched since the last build, so the
    build can stop at once.  Any doubt (a touched but unchanged file) only
    costs a normal, cached build.
    """
    digest = hashlib.sha256(f"{__version__}\0{RULES_VERSION}\0{out}\0{base_url}\0".encode())
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
            _write_atomically(self.path, json.dumps({"inputs": self.signature}))
        except OSError as exc:
            log.warning(
                "the cache in %s cannot be written (%s); the next build cannot skip work", self.path.parent, exc
            )
