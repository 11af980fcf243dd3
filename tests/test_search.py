"""Search index: Pagefind indexes the built site into ``pagefind/``; without the binary the build still works and
the search page says search is unavailable."""

from __future__ import annotations

import json
import logging

import pytest

from sitegen import search
from sitegen.build import build


def test_index_site_writes_the_pagefind_bundle(sample_site, tmp_path):
    if search.pagefind_binary() is None:
        pytest.skip("pagefind[bin] is not installed")
    out = tmp_path / "out"
    build(sample_site, out=out, base_url="https://example.github.io/repo/", jobs=1)
    assert search.index_site(out)
    bundle = out / "pagefind"
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-ui.js").is_file()
    assert any(bundle.glob("index/*.pf_index"))
    first = {p.relative_to(bundle): p.read_bytes() for p in bundle.rglob("*") if p.is_file()}
    assert search.index_site(out)
    again = {p.relative_to(bundle): p.read_bytes() for p in bundle.rglob("*") if p.is_file()}
    assert first == again, "the same site must give the same index"


def test_missing_binary_disables_search_but_not_the_build(sample_site, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(search, "pagefind_binary", lambda: None)
    out = tmp_path / "out"
    build(sample_site, out=out, jobs=1)
    with caplog.at_level(logging.WARNING, logger="sitegen.search"):
        assert search.index_site(out) is False
    assert "search is disabled" in caplog.text
    page = (out / "search" / "index.html").read_text(encoding="utf-8")
    assert "assets/search.js" in page and "Search runs in your browser" in page
    assert not (out / "pagefind").exists()


def test_indexable_pages_are_marked(sample_site, tmp_path):
    out = tmp_path / "out"
    build(sample_site, out=out, jobs=1)
    assert "data-pagefind-body" in (out / "people" / "s-jaishankar" / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in (out / "articles" / "indian-migrants-usa-letter" / "index.html").read_text()
    assert "data-pagefind-body" not in (out / "index.html").read_text(encoding="utf-8")


def test_figure_list_pages_are_left_out_of_the_index(sample_site, tmp_path):
    """Their words are in the article pages; indexing them again made the index grow with figures, not articles."""
    out = tmp_path / "out"
    build(sample_site, out=out, jobs=1)
    figures = next((out / "figures").rglob("index.html"))
    assert "data-pagefind-body" not in figures.read_text(encoding="utf-8")


def test_the_index_holds_every_marked_page_and_only_those(sample_site, tmp_path):
    """Pagefind is pointed at the folders of marked pages only; none of them may fall outside."""
    if search.pagefind_binary() is None:
        pytest.skip("pagefind[bin] is not installed")
    out = tmp_path / "out"
    build(sample_site, out=out, jobs=1)
    marked = [p for p in out.rglob("*.html") if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    entry = json.loads((out / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == len(marked) > 10


def test_a_new_index_replaces_only_the_files_that_changed(tmp_path):
    bundle, fresh = tmp_path / "pagefind", tmp_path / ".pagefind-new"
    for folder, files in ((bundle, {"same": "a", "changed": "old", "index/gone": "x"}),
                          (fresh, {"same": "a", "changed": "new", "index/added": "y"})):  # fmt: skip
        for rel, text in files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text)
    kept = (bundle / "same").stat().st_ino
    search._update(bundle, fresh)
    assert {p.relative_to(bundle).as_posix(): p.read_text() for p in bundle.rglob("*") if p.is_file()} == {
        "same": "a",
        "changed": "new",
        "index/added": "y",
    }
    assert (bundle / "same").stat().st_ino == kept and not fresh.exists()
