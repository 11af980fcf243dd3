"""Write stage: replace ``public/`` with the new site all at once, rewriting only what changed.

Two copies of the site are kept: ``public/`` (the current build) and a
hidden spare beside it (the build before).  A build brings the spare up to
date — writing changed files, hard-linking files that only the current
build has, deleting what is gone — and then swaps the two with renames.  So
``public/`` is always one whole build: a failed or killed build leaves it as
it was, and unchanged files are never rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
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
    out = out.resolve()
    _check_output_folder(out)
    current = read_manifest(out)
    staging, spare = out.with_name(f".{out.name}.staging"), out.with_name(f".{out.name}.spare")
    if staging.exists():
        shutil.rmtree(staging)  # left by a killed build: its state is unknown
    if spare.is_dir() and (spare / MARKER).exists():
        os.rename(spare, staging)
    else:
        shutil.rmtree(spare, ignore_errors=True)
        staging.mkdir(parents=True)
    stats = WriteStats()
    try:
        manifest = _update(staging, files, keys or {}, current, out, stats)
        (staging / MARKER).write_text(json.dumps(manifest, sort_keys=True, indent=0), encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if out.exists():
        os.rename(out, spare)
    os.rename(staging, out)
    return stats


def _update(
    staging: Path,
    files: dict[str, bytes],
    keys: dict[str, str],
    current: dict[str, str],
    out: Path,
    stats: WriteStats,
) -> dict[str, str]:
    """Bring the staging copy (the spare, one build old) to the new state; return its manifest."""
    before = read_manifest(staging)
    wanted = {rel: content_key(data) for rel, data in files.items()} | keys
    for rel in sorted(set(before) - set(wanted)):
        gone = safe_join(staging, rel)
        gone.unlink(missing_ok=True)
        _remove_empty_parents(gone.parent, staging)
        stats.deleted += 1
    for rel, key in sorted(wanted.items()):
        target = safe_join(staging, rel)
        if before.get(rel) == key and target.is_file():
            stats.kept += 1
        elif current.get(rel) == key:
            _replace_with_link(safe_join(out, rel), target)
            stats.linked += 1
        elif rel in files:
            _replace_with_bytes(target, files[rel])
            stats.written += 1
        else:
            raise OutputError(f"{rel}: not rendered and not in the previous build; build again with --clean")
    return wanted


def _replace_with_bytes(target: Path, data: bytes) -> None:
    """Write through a new file and a rename: a file hard-linked into the other copy is never changed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def _replace_with_link(source: Path, target: Path) -> None:
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
        raise OutputError(
            f"{out} is not empty and was not made by sitegen; choose an empty or new folder with --out"
        )
