"""The article cache: keyed by content, safe to delete or corrupt."""

from __future__ import annotations

import json
import marshal
from pathlib import Path

import pytest

from sitegen import cache, marks
from sitegen.build import build
from sitegen.cache import CACHE_DIR, ArticleCache, article_key, cache_salt, pack, unpack
from sitegen.config import SiteConfig
from sitegen.highlight import Quote, mark_quotes
from sitegen.link import article_ids
from sitegen.marks import MarkMemo
from sitegen.model import Article, Block, Extraction, Figure, Span, Statement
from tests.test_build import tree_digest

ARTICLE = Article(
    "a", "content/articles/a.md", "A", "2025-02-01", "Body “text”.", "<p>Body</p>", [Block("p-1", 0, 12)],
    body_line=7, author="Staff", topics=["budget"], summary=None, draft=False,
    edits={"statements": {"suppress": ["s-1"], "correct": {1: {"speaker": "ann-lee"}}}}, digest="k" * 64,
)  # fmt: skip
EXTRACTION = Extraction(
    [
        Statement(
            "direct",
            "Ann Lee",
            Span(0, 3, "Ann"),
            Span(4, 8, "said"),
            [Span(9, 12, "Yes"), Span(14, 16, "no")],
            date="2025-01-31",
            role="Mayor",
            speaker_type="person",
        ),  # fmt: skip
        Statement("indirect", None, None, None, [], medium="letter"),
    ],
    [Figure(0, 4, "$5bn", 5e9, "money", "USD", counted="roads", low=4, high=6.5, qualifier="about")],
    ["ann lee"],
    120,
)
IDS = article_ids(ARTICLE, EXTRACTION)


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
    entries = sorted((sample_site / CACHE_DIR / "articles").rglob("*.bin"))
    entries[0].write_text("{not marshal")
    entries[1].write_bytes(entries[1].read_bytes()[:40])
    flipped = bytearray(entries[2].read_bytes())
    flipped[-100] ^= 1  # one bit of the payload: a text that differs by one letter would be wrong output
    entries[2].write_bytes(flipped)
    entries[3].write_bytes(pack(ARTICLE, EXTRACTION, IDS))  # a whole entry, but another article's
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
    assert len(list((sample_site / CACHE_DIR / "articles").rglob("*.bin"))) == 5


def test_pruning_drops_entries_of_the_old_format_and_anything_else_in_their_place(sample_site: Path):
    build(sample_site)
    entries = sorted((sample_site / CACHE_DIR / "articles").rglob("*.bin"))
    old = entries[0].with_suffix(".json")
    old.write_text("{}")
    (entries[1].parent / "stray").mkdir()
    (sample_site / "content/articles/port-salden-flood-fund.md").touch()  # defeats the no-change shortcut
    build(sample_site)
    assert sorted((sample_site / CACHE_DIR / "articles").rglob("*.*")) == entries


def test_an_entry_gives_back_equal_objects():
    """Every field, including None spans, nested edits with a number as key, and an int and float in one figure."""
    assert unpack(pack(ARTICLE, EXTRACTION, IDS)) == (ARTICLE, EXTRACTION, IDS)
    cache = ArticleCache(Path("/nonexistent"), read=True, write=False)
    assert cache.get(ARTICLE.digest) is None


def test_entries_read_back_share_their_repeated_strings():
    """One "said" or speaker name object for the whole loaded site, not one per statement."""

    def entry() -> bytes:
        extraction = Extraction([Statement("direct", "".join(["Ann ", "Lee"]), None,
                                 Span(4, 8, "".join(["sa", "id"])), [Span(9, 12, "Yes")])])  # fmt: skip
        return pack(ARTICLE, extraction, article_ids(ARTICLE, extraction))

    first, second = unpack(entry()), unpack(entry())
    assert first and second
    (one,), (two,) = first[1].statements, second[1].statements
    assert one.speaker is two.speaker and one.cue.text is two.cue.text  # type: ignore[union-attr]


def test_an_entry_of_another_layout_or_damaged_is_a_miss():
    data = pack(ARTICLE, EXTRACTION, IDS)
    assert unpack(data[:-1]) is None
    assert unpack(b"sitegen-cache\0" + b"x" * 8 + data[22:]) is None  # written when the model had other fields
    assert unpack(data[:30] + bytes([data[30] ^ 0x40]) + data[31:]) is None
    assert unpack(b"") is None


def test_an_added_statement_with_a_yaml_date_builds_and_is_simply_not_cached(sample_site: Path):
    """A YAML date is no value marshal (or JSON) holds: that article is parsed again each build, never a crash."""
    path = sample_site / "content/articles/port-salden-flood-fund.md"
    text = path.read_text()
    quote = text.split("\n---\n", 2)[-1].split(".")[0].strip()
    edit = f"statements:\n  add:\n    - quote: {json.dumps(quote)}\n      speaker: someone\n      date: 2025-02-04\n"
    path.write_text(text.replace("\n---\n", "\n" + edit + "---\n", 1))
    build(sample_site)
    path.touch()
    second = build(sample_site)
    assert (second.cache_hits, second.articles_parsed) == (5, 1)
    assert any(st.statement.date == "2025-02-04" for st in second.site.statements)


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


def test_new_page_code_is_a_change_even_when_no_input_file_is(sample_site: Path, monkeypatch):
    """Pages are keyed by their inputs and the page code: a build with other code must not stop as 'nothing changed'."""
    build(sample_site)
    assert build(sample_site).site is None
    monkeypatch.setattr(cache, "PAGES_VERSION", "other page code")
    assert build(sample_site).site is not None
