"""The article cache: keyed by content, safe to delete or corrupt."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from sitegen import marks
from sitegen.build import build
from sitegen.cache import CACHE_DIR, ArticleCache, article_key, cache_salt
from sitegen.config import SiteConfig
from sitegen.highlight import Quote, mark_quotes
from sitegen.marks import MarkMemo
from tests.test_build import tree_digest


def test_key_changes_with_content_path_and_settings():
    salt = cache_salt(SiteConfig())
    base = article_key(salt, "a.md", b"x")
    assert base != article_key(salt, "a.md", b"y")
    assert base != article_key(salt, "b.md", b"x")
    assert base != article_key(cache_salt(SiteConfig(allow_html=True)), "a.md", b"x")


def test_second_build_reads_every_article_from_the_cache(sample_site: Path):
    first = build(sample_site, clean=True)
    (sample_site / "content/articles/port-salden-flood-fund.md").touch()  # defeats the no-change shortcut
    second = build(sample_site)
    assert first.articles_parsed == 6 and first.cache_hits == 0
    assert second.articles_parsed == 0 and second.cache_hits == 6


def test_deleting_or_corrupting_the_cache_changes_nothing(sample_site: Path, tmp_path: Path):
    build(sample_site, out=tmp_path / "reference", clean=True)
    reference = tree_digest(tmp_path / "reference")
    entries = sorted((sample_site / CACHE_DIR).rglob("*.json"))
    entries[0].write_text("{not json")
    entries[1].write_bytes(entries[1].read_bytes()[:40])
    entries[2].write_text('{"article": {"slug": 1}, "extraction": {}}')
    build(sample_site, out=tmp_path / "corrupt")
    assert tree_digest(tmp_path / "corrupt") == reference
    for entry in (sample_site / CACHE_DIR).rglob("*"):
        if entry.is_file():
            entry.unlink()
    build(sample_site, out=tmp_path / "deleted")
    assert tree_digest(tmp_path / "deleted") == reference


def test_unused_entries_are_pruned(sample_site: Path):
    build(sample_site)
    (sample_site / "content/articles/port-salden-flood-fund.md").unlink()
    build(sample_site)
    assert len(list((sample_site / CACHE_DIR / "articles").rglob("*.json"))) == 5


def test_a_read_only_cache_writes_nothing(tmp_path: Path):
    cache = ArticleCache(tmp_path, write=False)
    assert cache.get("0" * 64) is None
    assert not any(tmp_path.iterdir())


def test_marks_are_kept_between_builds_and_answer_like_mark_quotes(tmp_path: Path, monkeypatch):
    html = '<p id="p1">The mayor said: “We will build 40 homes.” Then she left.</p>'
    quotes = [Quote("s-1", "p1", "We will build 40 homes.")]
    assert mark_quotes(html, quotes)[1] == {"s-1"}
    memo = MarkMemo(tmp_path / "marks.bin")
    assert memo.mark(html, quotes) == mark_quotes(html, quotes)
    memo.save()
    monkeypatch.setattr(marks, "mark_quotes", lambda *_: pytest.fail("a saved mark was computed again"))
    assert MarkMemo(tmp_path / "marks.bin").mark(html, quotes) == mark_quotes(html, quotes)


@pytest.mark.parametrize("junk", [b"", b"\x00\xffnot marshal", marshal.dumps((1, {b"k": 5})), marshal.dumps([1, 2])])
def test_a_damaged_marks_file_is_a_miss(tmp_path: Path, junk: bytes):
    (tmp_path / "marks.bin").write_bytes(junk)
    html, quotes = '<p id="p1">“Yes,” Ada said.</p>', [Quote("s-2", "p1", "Yes,")]
    assert MarkMemo(tmp_path / "marks.bin").mark(html, quotes) == mark_quotes(html, quotes)


def test_a_damaged_marks_file_changes_nothing_in_the_output(sample_site: Path, tmp_path: Path):
    build(sample_site, out=tmp_path / "reference", clean=True)
    memo = sample_site / CACHE_DIR / "marks.bin"
    data = memo.read_bytes()
    memo.write_bytes(data[: len(data) // 2])
    (sample_site / "content/articles/port-salden-flood-fund.md").touch()  # defeats the no-change shortcut
    build(sample_site, out=tmp_path / "damaged")
    assert tree_digest(tmp_path / "damaged") == tree_digest(tmp_path / "reference")
