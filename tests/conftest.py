"""Shared fixtures: tiny on-disk sites written from ``{path: text}``, and the sample site."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

MINIMAL_ARTICLE = """\
---
title: Council approves budget
date: 2025-03-01
topics: [budget]
---
"We will balance the books," Mayor Ann Lee said on Friday.
"""


def write_files(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (relative path → text, dedented) under ``root`` and return ``root``."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def make_site(tmp_path: Path):
    """Factory: a site folder holding the given files (a minimal article when none are given)."""

    def factory(files: dict[str, str] | None = None) -> Path:
        site = tmp_path / "site"
        site.mkdir(exist_ok=True)
        return write_files(site, files if files is not None else {"content/articles/budget.md": MINIMAL_ARTICLE})

    return factory


@pytest.fixture
def sample_site(tmp_path: Path) -> Path:
    """A copy of the repository's own sample site (sitegen.toml + content/), safe to build into."""
    site = tmp_path / "sample"
    shutil.copytree(REPO / "content", site / "content")
    shutil.copy(REPO / "sitegen.toml", site / "sitegen.toml")
    return site
