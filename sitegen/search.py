"""Static full-text search: index the written site with Pagefind.

Pagefind reads the built HTML (only what sits inside ``data-pagefind-body``)
and writes a compressed index plus its small search UI into
``public/pagefind/``; the browser fetches index chunks on demand, so search
needs no server and works from any sub-path.  The binary comes from the
``pagefind[bin]`` wheel (or a ``pagefind`` on PATH).  Without it the site is
still built; the search page then says search is unavailable.
"""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
import subprocess
from pathlib import Path

BUNDLE = "pagefind"
"""Folder of the index inside the site, as the search page expects it."""
TIMEOUT = 300
INDEXED = "{articles,people,topics,figures/tracks}/*/index.html"
"""The pages the templates mark with ``data-pagefind-body``: one per article, person, topic and figure track.

Pagefind parses every file its glob matches, marked or not: on the whole site
(32,000 pages at 1,000 articles when each statement had a page) that took 66 s
and 0.9 GiB; on these pages alone, 8 s and 0.4 GiB for the same index.  A theme
that marks other pages must add them here.
"""

log = logging.getLogger(__name__)


def pagefind_binary() -> Path | None:
    """The Pagefind executable, or None when neither the wheel's binary nor one on PATH exists."""
    try:
        import pagefind_bin  # type: ignore[import-not-found]

        return Path(pagefind_bin.get_executable())
    except (ImportError, FileNotFoundError):
        found = shutil.which("pagefind")
        return Path(found) if found else None


def index_site(public_dir: Path) -> bool:
    """(Re)build ``public_dir/pagefind/`` from the HTML in ``public_dir``; False (and a warning) if search is off.

    Pagefind writes a fresh bundle beside the old one, which then takes only the
    files that differ (see :func:`_update`), so no stale chunk survives.  Pagefind's
    output depends only on the HTML, so the same site gives the same index (the templates use no
    ``data-pagefind-filter``: Pagefind 1.5 writes filter files in a random order).
    """
    binary = pagefind_binary()
    if binary is None:
        log.warning("search is disabled: the pagefind binary is missing (pip install 'pagefind[bin]')")
        return False
    fresh = public_dir / ".pagefind-new"
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        subprocess.run(
            [str(binary), "--site", str(public_dir), "--glob", INDEXED, "--output-path", str(fresh), "--silent"],
            check=True,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.rmtree(public_dir / BUNDLE, ignore_errors=True)
        detail = getattr(exc, "stderr", b"") or b""
        log.warning("search is disabled: pagefind failed: %s %s", exc, detail.decode("utf-8", "replace")[-500:])
        return False
    _update(public_dir / BUNDLE, fresh)
    return True


def _update(bundle: Path, fresh: Path) -> None:
    """Make ``bundle`` equal to ``fresh``, keeping the files that did not change, then remove ``fresh``.

    Most of an index survives an edit (each page's fragment file is named by its
    content), and deleting files written by an earlier build is what costs here:
    1.3 s for the 1,900 files of the 1k corpus's index on this machine's disk.
    """
    new = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
    old = {p.relative_to(bundle) for p in bundle.rglob("*") if p.is_file()} if bundle.is_dir() else set()
    for rel in sorted(old - new):
        (bundle / rel).unlink()
    for rel in sorted(new):
        target = bundle / rel
        if rel in old and filecmp.cmp(fresh / rel, target, shallow=False):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(fresh / rel, target)
    shutil.rmtree(fresh)


def carry_index(old_public: Path, new_public: Path) -> bool:
    """Hard-link ``old_public``'s index into ``new_public``: the same HTML gives the same index, so reuse it.

    False when there is no index to carry (the caller then builds one).
    """
    source, target = old_public / BUNDLE, new_public / BUNDLE
    if not source.is_dir():
        return False
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, copy_function=_link_or_copy)
    return True


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copy2(source, target)
