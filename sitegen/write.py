"""Write stage: put the rendered files into ``public/`` all at once, or not at all.

The new site is written into a staging folder beside the output folder and
swapped in with renames only when every file is written, so a failed or
killed build leaves the previous site as it was.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

MARKER = ".sitegen"
"""Marks a folder as sitegen output, so a build never replaces a folder it did not make."""


class OutputError(Exception):
    """The output folder cannot be used; the message says why."""


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Replace ``out`` with exactly ``files`` (paths relative to it), atomically."""
    out = out.resolve()
    _check_output_folder(out)
    staging = out.with_name(f".{out.name}.staging")
    old = out.with_name(f".{out.name}.old")
    for leftover in (staging, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    staging.mkdir(parents=True)
    try:
        for rel, data in sorted({**files, MARKER: b""}.items()):
            target = safe_join(staging, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if out.exists():
        os.rename(out, old)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)


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
