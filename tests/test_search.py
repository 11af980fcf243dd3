"""Search index: Pagefind indexes the built site into shards in ``pagefind/``, and a build re-indexes only the shards
holding a changed page; without the binary the build still works and the search page says search is unavailable."""

from __future__ import annotations

import base64
import functools
import json
import logging
import os
import shutil
import sys
from pathlib import Path

import pytest

from sitegen import search
from sitegen.build import build
from sitegen.write import read_manifest


def test_index_site_writes_one_pagefind_bundle_per_shard_and_lists_them(sample_site, tmp_path):
    if search.pagefind_binary() is None:
        pytest.skip("pagefind[bin] is not installed")
    out = tmp_path / "out"
    build(sample_site, out=out, base_url="https://example.github.io/repo/", jobs=1)
    assert search.index_site(out)
    bundle = out / "pagefind"
    names = [shard["name"] for shard in json.loads((bundle / "shards.json").read_text())["shards"]]
    assert names == sorted(names) and names[0] == "articles-00" and "people-00" in names
    assert sorted(p.name for p in bundle.iterdir()) == sorted([*names, "shards.json"])
    assert (bundle / names[0] / "pagefind.js").is_file() and (bundle / names[0] / "wasm.en.pagefind").is_file()
    for name in names:
        assert any((bundle / name).glob("index/*.pf_index")) and (bundle / name / "pagefind-entry.json").is_file()
        assert name == names[0] or not (bundle / name / "pagefind.js").exists(), "Pagefind's scripts come once"
    first = _files(bundle)
    assert search.index_site(out)
    assert _files(bundle) == first, "the same site must give the same index"


def test_a_page_keeps_its_shard_when_a_page_is_added(monkeypatch):
    monkeypatch.setattr(search, "SHARD_PAGES", 4)
    keys = {f"articles/a{n}/index.html": f"k{n}" for n in range(20)} | {
        f"people/p{n}/index.html": "p" for n in range(9)
    }
    before = search.plan(keys, "pagefind 1")
    after = search.plan(keys | {"articles/new/index.html": "k"}, "pagefind 1")
    assert len(before) == len(after) == 8 + 4
    shard_of = {rel: shard.name for shard in after for rel in shard.pages}
    new = shard_of.pop("articles/new/index.html")
    assert {rel: shard.name for shard in before for rel in shard.pages} == shard_of
    assert [shard.name for shard in after if shard not in before] == [new]


def test_a_shard_key_changes_with_its_pages_keys_and_pagefind_version():
    keys = {"articles/a/index.html": "1", "topics/t/index.html": "2"}
    base = search.plan(keys, "pagefind 1")
    edited = search.plan(keys | {"topics/t/index.html": "3"}, "pagefind 1")
    assert edited[0] == base[0] and edited[1].key != base[1].key
    assert all(a.key != b.key for a, b in zip(base, search.plan(keys, "pagefind 2"), strict=True))


@pytest.fixture
def tiny_shards(sample_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample site built into ``tmp_path/out`` with one page a shard, at most four a section (on it most words
    are then missing from most shards); skips without Pagefind."""
    if search.pagefind_binary() is None:
        pytest.skip("pagefind[bin] is not installed")
    monkeypatch.setattr(search, "SHARD_PAGES", 1)
    monkeypatch.setattr(search, "MAX_SHARDS", 4)
    build(sample_site, out=tmp_path / "out", jobs=1)
    return tmp_path / "out"


def _edited_staging(published: Path, staging: Path, pages: list[str]) -> dict[str, str]:
    """A staging copy of ``published`` without its index, with ``pages`` reworded and rekeyed; returns its keys."""
    shutil.copytree(published, staging, ignore=shutil.ignore_patterns("pagefind"))
    keys = read_manifest(staging)
    for rel in pages:
        html = (staging / rel).read_text(encoding="utf-8")
        (staging / rel).write_text(html.replace("</h1>", " Zyxwv</h1>", 1), encoding="utf-8")
        keys[rel] = "edited"
    return keys


def test_an_edit_reindexes_only_the_shards_of_changed_pages_and_links_the_others(tiny_shards, tmp_path, monkeypatch):
    published = tiny_shards
    edited = next(search.indexed(published)).relative_to(published).as_posix()
    keys = _edited_staging(published, tmp_path / "staging", [edited])
    indexed: list[str] = []
    index_shard = search._index_shard
    monkeypatch.setattr(
        search, "_index_shard", lambda shard, *rest: indexed.append(shard.name) or index_shard(shard, *rest)
    )
    assert search.index_site(tmp_path / "staging", keys, published, jobs=2)
    shards = search.plan(search._page_keys(tmp_path / "staging", keys), search._version(search.pagefind_binary()))
    assert indexed == [shard.name for shard in shards if edited in shard.pages] == ["articles-00"]
    old, new = published / "pagefind", tmp_path / "staging" / "pagefind"
    for shard in shards[1:]:
        assert all((new / shard.name / rel).samefile(old / shard.name / rel) for rel in _files(old / shard.name))
        assert _files(new / shard.name) == _files(old / shard.name)
    assert _files(new / "articles-00") != _files(old / "articles-00")
    fresh = tmp_path / "fresh"
    shutil.copytree(tmp_path / "staging", fresh, ignore=shutil.ignore_patterns("pagefind"))
    assert search.index_site(fresh, keys, jobs=1)
    assert _files(fresh / "pagefind") == _files(new), (
        "an index brought up to date equals one built whole, by 1 job or 2"
    )


def test_a_failing_shard_turns_search_off_for_the_whole_build(tiny_shards, tmp_path, monkeypatch, caplog):
    """Never a mix of shards from two builds: the staged index goes, the published one stays as it was."""
    published = tiny_shards
    before = _files(published / "pagefind")
    pages = [page.relative_to(published).as_posix() for page in search.indexed(published)]
    keys = _edited_staging(published, tmp_path / "staging", [pages[0], pages[-1]])
    run_service, calls = search._run_service, []

    def second_fails(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise search.PagefindError("shard failed")
        run_service(*args)

    monkeypatch.setattr(search, "_run_service", second_fails)
    with caplog.at_level(logging.WARNING, logger="sitegen.search"):
        assert search.index_site(tmp_path / "staging", keys, published, jobs=1) is False
    assert len(calls) == 2 and "search is disabled: pagefind failed: shard failed" in caplog.text
    assert not (tmp_path / "staging" / "pagefind").exists()
    assert _files(published / "pagefind") == before


def test_shards_a_stopped_run_left_unlisted_are_indexed_again(tiny_shards):
    """A run stops before it lists its shards (the listing goes first and comes back last): none is trusted."""
    out = tiny_shards
    whole = _files(out / "pagefind")
    (out / "pagefind" / "shards.json").unlink()
    (out / "pagefind" / "people-01" / "pagefind-entry.json").write_text("half-written")
    assert search.index_site(out, read_manifest(out))
    assert _files(out / "pagefind") == whole


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
    entries = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "pagefind").glob("*/pagefind-entry.json")]
    assert sum(lang["page_count"] for e in entries for lang in e["languages"].values()) == len(marked) > 10


def test_cutting_pages_down_to_what_pagefind_reads_does_not_change_the_index(sample_site, tmp_path):
    """Pagefind gets only the searchable part of each page, so the index must not differ by one byte."""
    binary = search.pagefind_binary()
    if binary is None:
        pytest.skip("pagefind[bin] is not installed")
    out = tmp_path / "out"
    build(sample_site, out=out, jobs=1)
    for shard in search.plan(search._page_keys(out, read_manifest(out)), "any"):
        whole = [(search.page_url(out, out / rel), (out / rel).read_text(encoding="utf-8")) for rel in shard.pages]
        wanted = functools.partial(search._wanted, first=shard.name == "articles-00")
        search._run_service(binary, whole, functools.partial(search._update, tmp_path / shard.name, wanted=wanted))
        assert _files(out / "pagefind" / shard.name) == _files(tmp_path / shard.name)


def test_pages_are_given_sorted_by_path_whatever_order_the_file_system_lists_them(tmp_path, monkeypatch):
    """Page numbers, and so the index bytes, follow this order: ext4 and tmpfs list a folder differently."""
    for rel in ("people/b/index.html", "articles/x/index.html", "articles/a/index.html", "figures/tracks/t/index.html",
                "figures/f/index.html", "articles/index.html", "search/index.html", "topics/z/other.html"):  # fmt: skip
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("<html></html>")
    expected = ["articles/a/index.html", "articles/x/index.html", "figures/tracks/t/index.html", "people/b/index.html"]
    assert [p.relative_to(tmp_path).as_posix() for p in search.indexed(tmp_path)] == expected
    listdir = os.listdir
    monkeypatch.setattr(search.os, "listdir", lambda folder: listdir(folder)[::-1])
    assert [p.relative_to(tmp_path).as_posix() for p in search.indexed(tmp_path)] == expected


ARTICLE = """<!doctype html>
<html lang="de">
<head><title>T · Site</title><script type="application/ld+json">{"x": "never indexed"}</script></head>
<body><nav>menu</nav>
<main><article data-pagefind-body><h1>Head</h1><article>nested</article>
<aside data-pagefind-ignore><div><p>summary</p></div></aside><p>text</p></article><p>after</p></main>
</body></html>"""


def test_pagefind_gets_the_language_title_and_marked_body_without_ignored_parts():
    assert search.searchable(ARTICLE.encode()) == (
        '<html lang="de"><head><title>T · Site</title></head><body>'
        "<article data-pagefind-body><h1>Head</h1><article>nested</article>\n<p>text</p></article>"
        "</body></html>"
    )


def test_an_unmarked_page_is_left_out():
    assert search.searchable(ARTICLE.replace(" data-pagefind-body", "").encode()) is None


@pytest.mark.parametrize(
    "page",
    [
        ARTICLE.replace("<nav>", '<nav data-pagefind-meta="section">'),
        ARTICLE.replace("<p>summary</p>", '<p data-pagefind-filter="kind">summary</p>'),
        ARTICLE.replace("<p>text</p>", "<p>text on data-pagefind-ignore</p>"),
    ],
    ids=["attribute outside the body", "attribute inside an ignored part", "text naming an attribute"],
)
def test_pagefind_attributes_beyond_body_and_ignore_keep_the_whole_page(page):
    """Pagefind reads those attributes on its own terms; only pages it provably reads body-only are cut."""
    assert search.searchable(page.encode()) == page


def test_a_failing_pagefind_disables_search_and_removes_the_old_index(sample_site, tmp_path, monkeypatch, caplog):
    out = tmp_path / "out"
    build(sample_site, out=out, jobs=1)
    (out / "pagefind").mkdir(exist_ok=True)
    monkeypatch.setattr(search, "pagefind_binary", lambda: Path("/bin/false"))
    with caplog.at_level(logging.WARNING, logger="sitegen.search"):
        assert search.index_site(out) is False
    assert "search is disabled: pagefind failed" in caplog.text
    assert not (out / "pagefind").exists()


def test_a_page_that_cannot_be_read_stops_pagefind_and_disables_search(sample_site, tmp_path, caplog):
    if search.pagefind_binary() is None:
        pytest.skip("pagefind[bin] is not installed")
    out = tmp_path / "out"
    build(sample_site, out=out, jobs=1)
    next(search.indexed(out)).write_bytes(b"<html><body><main data-pagefind-body>\xff</main></body></html>")
    with caplog.at_level(logging.WARNING, logger="sitegen.search"):
        assert search.index_site(out) is False
    assert "UnicodeDecodeError" in caplog.text
    assert not (out / "pagefind").exists()


def test_a_new_index_replaces_only_the_files_that_changed(tmp_path):
    bundle = tmp_path / "pagefind"
    for rel, text in {"same": "a", "changed": "old", "index/gone": "x"}.items():
        (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / rel).write_text(text)
    kept = (bundle / "same").stat().st_ino
    published = tmp_path / "published-changed"
    os.link(bundle / "changed", published)  # staged indexes start as hard links to the published one
    files = [("same", b"a"), ("changed", b"new"), ("index/added", b"y"), ("unwanted", b"z")]
    search._update(bundle, iter(files), wanted=lambda rel: rel != "unwanted")
    assert {p.relative_to(bundle).as_posix(): p.read_text() for p in bundle.rglob("*") if p.is_file()} == {
        "same": "a",
        "changed": "new",
        "index/added": "y",
    }
    assert (bundle / "same").stat().st_ino == kept
    assert published.read_text() == "old", "the published copy must not be written through its hard link"


class _Trickle:
    """A pipe that hands over a few bytes per read, as a busy Pagefind's stdout may."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.step = data, step

    def read1(self, size: int) -> bytes:
        piece, self.data = self.data[: self.step], self.data[self.step :]
        return piece


@pytest.mark.parametrize("step", [1, 7, 1 << 20])
def test_the_bundle_answer_is_decoded_file_by_file_across_any_read_boundaries(step):
    files = [("pagefind.js", b"export {}"), ("fragment/en_1.pf_fragment", bytes(range(256)) * 3), ("empty", b"")]

    def message(number: int, payload: dict) -> bytes:
        compact = json.dumps({"message_id": number, "payload": payload}, separators=(",", ":"))  # as Pagefind writes
        return base64.b64encode(compact.encode()) + b","

    listed = [{"path": path, "content": base64.b64encode(content).decode()} for path, content in files]
    stdout = message(1, {"type": "IndexedFile", "page_url": "/a/"}) + message(0, {"type": "GetFiles", "files": listed})
    answers = search._Answers(_Trickle(stdout, step), lambda: None)  # type: ignore[arg-type]
    assert answers.kind() == b"IndexedFile" and answers.small()["page_url"] == "/a/"
    assert answers.kind() == b"GetFiles"
    assert list(answers.files()) == files


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _nested(depth: int) -> bytes:
    return b"<html><body><article data-pagefind-body>" + b"<article>" * depth + b"x" + b"</article>" * (depth + 1)


class _Counted(bytes):
    """Page bytes that count how many bytes ``find`` reads: a linear cut reads the page a bounded number of times."""

    def find(self, sub, start=0, end=None):  # type: ignore[no-untyped-def, override]
        end = len(self) if end is None else end
        found = super().find(sub, start, end)
        self.read = getattr(self, "read", 0) + ((found if found >= 0 else end) - start)
        return found


def test_cutting_a_page_stays_linear_however_deep_its_elements_nest():
    """Hostile Markdown with raw HTML allowed can nest thousands of elements of one name; the page is read a few
    times over, not once per nested element (which took 0.1 s at a depth of 8,000 and grew with its square)."""
    page = _Counted(_nested(32_000))
    assert search.searchable(page) is not None
    assert page.read < 4 * len(page)


_SLOW_PAGEFIND = """\
import base64, json, sys, time
def read():
    message = bytearray()
    while (byte := sys.stdin.buffer.read(1)) not in (b",", b""):
        message += byte
    return json.loads(base64.b64decode(message))
def answer(number, payload):
    compact = json.dumps({"message_id": number, "payload": payload}, separators=(",", ":"))  # as Pagefind writes
    sys.stdout.buffer.write(base64.b64encode(compact.encode()) + b",")
    sys.stdout.buffer.flush()
while True:
    asked = read()
    kind = asked["payload"]["type"]
    time.sleep(PAUSE)
    if kind == "NewIndex":
        answer(asked["message_id"], {"type": "NewIndex", "index_id": 1})
    elif kind == "AddFile":
        answer(asked["message_id"], {"type": "IndexedFile", "page_url": asked["payload"]["url"]})
    else:
        answer(asked["message_id"], {"type": "GetFiles", "files": []})
        break
"""


def _pagefind_pausing(folder: Path, pause: float) -> Path:
    """A ``pagefind --service`` that waits ``pause`` seconds before each answer, and indexes nothing."""
    binary = folder / "pagefind"
    binary.write_text(f"#!{sys.executable}\n" + _SLOW_PAGEFIND.replace("PAUSE", repr(pause)))
    binary.chmod(0o755)
    return binary


def _site_of_marked_pages(folder: Path, count: int) -> Path:
    for n in range(count):
        page = folder / "articles" / f"a{n}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<html><body><main data-pagefind-body>Page {n}</main></body></html>")
    return folder


def test_a_pagefind_that_keeps_answering_is_never_cut_short_however_long_the_whole_index_takes(tmp_path, monkeypatch):
    """A large site's index takes minutes; only silence means Pagefind hangs."""
    monkeypatch.setattr(search, "TIMEOUT", 1)
    monkeypatch.setattr(search, "pagefind_binary", lambda: _pagefind_pausing(tmp_path, 0.3))
    assert search.index_site(_site_of_marked_pages(tmp_path / "public", 6))  # about 2.4 s in all


def test_a_pagefind_that_goes_quiet_is_stopped_and_search_disabled(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(search, "TIMEOUT", 1)
    monkeypatch.setattr(search, "pagefind_binary", lambda: _pagefind_pausing(tmp_path, 60))
    with caplog.at_level(logging.WARNING, logger="sitegen.search"):
        assert not search.index_site(_site_of_marked_pages(tmp_path / "public", 1))
    assert "search is disabled" in caplog.text
