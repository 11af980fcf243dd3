"""Write stage: replace ``public/`` with the new site all at once, rewriting only what changed.

Two copies of the site are kept: ``public/`` (the current build) and a
hidden spare beside it (the build before).  A build brings the spare up to
date — writing changed files, hard-linking files that only the current
build has, deleting what is gone — and then swaps the two with renames.  So
``public/`` is always one whole build: a failed or killed build leaves it as
it was, and unchanged files are never rewritten.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import shutil
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MARKER = ".sitegen"
"""Manifest of a sitegen output folder (path → key); also marks a folder as sitegen's to replace."""


class OutputError(Exception):
    """The output folder cannot be used; the message says why."""


@dataclass(slots=True)
class WriteStats:
    written: int = 0
    linked: int = 0
    kept: int = 0
    deleted: int = 0


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """Path → key of every file a sitegen output folder holds ({} when unreadable)."""
    try:
        manifest = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def write_site(files: dict[str, bytes], out: Path, keys: dict[str, str] | None = None) -> WriteStats:
    """Make ``out`` hold exactly ``files`` (path → bytes) plus the files named only in ``keys``.

    A file's key is the hash of its bytes unless ``keys`` gives one (pages
    use the fingerprint of their inputs).  A path in ``keys`` but not in
    ``files`` was not rendered because its key is the one recorded in the
    current ``out``: it is taken from there as it is.
    """
    keys = {rel: content_key(data) for rel, data in files.items()} | (keys or {})
    with Staging(out) as staging:
        for rel, data in sorted(files.items()):
            staging.count(staging.write(rel, data, keys[rel]))
        staging.finish(keys, files.keys())
        staging.publish()
    return staging.stats


class Staging:
    """The next ``out``, built beside it from the spare copy and swapped in whole by :meth:`publish`.

    :meth:`write` may run in forked worker processes (each writes its own
    files, so the parent never holds the site in memory); the parent then
    calls :meth:`finish` with every path's key to carry over the files that
    were not rendered and drop those that are gone.  Leaving the ``with``
    block without publishing (an error, a kill) discards the staging copy.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        _check_output_folder(self.out)
        self.root = self.out.with_name(f".{self.out.name}.staging")
        self.spare = self.out.with_name(f".{self.out.name}.spare")
        self.current = read_manifest(self.out)
        self.stats = WriteStats()
        self.written: dict[str, str] = {}
        if self.root.exists():
            shutil.rmtree(self.root)  # left by a killed build: its state is unknown
        if self.spare.is_dir() and (self.spare / MARKER).exists():
            os.rename(self.spare, self.root)
        else:
            shutil.rmtree(self.spare, ignore_errors=True)
            self.root.mkdir(parents=True)
        self.before = read_manifest(self.root)
        """What the spare held (one build old): a file whose key is unchanged there is kept as it is."""

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            shutil.rmtree(self.root, ignore_errors=True)

    def write(self, rel: str, data: bytes, key: str | None = None) -> str:
        """Stage one file; returns what was done (``kept``, ``linked``, ``written``) for :meth:`count`.

        The bytes are only written when neither copy already holds a file with
        this key, so an unchanged file keeps its inode and modification time.
        """
        key = key or content_key(data)
        action = self.carry(rel, key) or self._same_bytes(rel, data)
        if action is None:
            _replace_with_bytes(safe_join(self.root, rel), data)
        return action or "written"

    def _same_bytes(self, rel: str, data: bytes) -> str | None:
        """Keep or hard-link a file whose bytes are those just rendered, although its key changed.

        Pages keyed by their inputs are rendered again whenever an article they
        are made from changes, yet most of them come out the same (a person page
        after an edit that did not touch that person's words).
        """
        target = safe_join(self.root, rel)
        if _holds(target, data):
            return "kept"
        if _holds(self.out / rel, data):
            _replace_with_link(safe_join(self.out, rel), target)
            return "linked"
        return None

    def carry(self, rel: str, key: str) -> str | None:
        """Keep the spare's file or hard-link the published one when its key matches (``kept`` or ``linked``);
        None when neither does and the file must be rendered.  Like :meth:`write` it may run in forked workers."""
        target = safe_join(self.root, rel)
        if self.before.get(rel) == key and target.is_file():
            return "kept"
        if self.current.get(rel) == key and (self.out / rel).is_file():
            _replace_with_link(safe_join(self.out, rel), target)
            return "linked"
        return None

    def count(self, action: str) -> None:
        setattr(self.stats, action, getattr(self.stats, action) + 1)

    def finish(self, keys: dict[str, str], written: Collection[str] = ()) -> None:
        """Complete the staging copy: ``keys`` is every path → key; paths not staged by :meth:`write` come from ``out``.

        ``written`` names the paths already staged by :meth:`write` (in this
        or a worker process); the manifest is written last.
        """
        for rel in sorted(set(self.before) - set(keys)):
            gone = safe_join(self.root, rel)
            gone.unlink(missing_ok=True)
            _remove_empty_parents(gone.parent, self.root)
            self.count("deleted")
        for rel, key in sorted(keys.items()):
            if rel in written:
                continue
            action = self.carry(rel, key)
            if action is None:
                raise OutputError(f"{rel}: not rendered and not in the previous build; build again with --clean")
            self.count(action)
        (self.root / MARKER).write_text(json.dumps(keys, sort_keys=True, indent=0), encoding="utf-8")

    def publish(self) -> None:
        """Put the staging copy in place of ``out`` in one step; the old ``out`` becomes the spare."""
        if self.out.exists() and exchange(self.root, self.out):
            os.rename(self.root, self.spare)
            return
        if self.out.exists():
            os.rename(self.out, self.spare)
        os.rename(self.root, self.out)


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux ``renameat2(RENAME_EXCHANGE)``), so ``b`` never goes missing.

    False where the system or file system cannot; the caller then falls
    back to two renames, which leave ``b`` absent for a moment.
    """
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(b))


_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def _renameat2():  # type: ignore[no-untyped-def]
    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # not glibc 2.28+ (macOS, Windows, musl without it)
        return None


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _replace_with_bytes(target: Path, data: bytes) -> None:
    """Write through a new file and a rename: a file hard-linked into the other copy is never changed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def _replace_with_link(source: Path, target: Path) -> None:
    """Make ``target`` a hard link of ``source``; nothing to do when it already is one.

    (Renaming a link over another link of the same file does nothing at all,
    which would leave the temporary link behind in the site.)
    """
    if target.exists() and os.path.samefile(source, target):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:  # a file system without hard links
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)


def _remove_empty_parents(folder: Path, root: Path) -> None:
    """Remove ``folder`` and its parents up to ``root`` while they are empty (a page that is gone)."""
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def safe_join(root: Path, rel: str) -> Path:
    """``root / rel``, refusing any path that could land outside ``root``."""
    parts = PurePosixPath(rel).parts
    if (
        not parts
        or "\0" in rel
        or "\\" in rel
        or rel.startswith("/")
        or any(p in ("..", ".") for p in parts)
        or ":" in parts[0]
        or rel == MARKER
    ):
        raise OutputError(f"refusing to write {rel!r}: not a plain path inside the output folder")
    return root.joinpath(*parts)


def _check_output_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise OutputError(f"{out} is not empty and was not made by sitegen; choose an empty or new folder with --out")
