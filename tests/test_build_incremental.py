"""Incremental builds: only what changed is rendered and written; the output never depends on history."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import sitegen.build
from sitegen import parallel
from sitegen.build import build
from tests.test_build import tree_digest

ARTICLE = "content/articles/port-salden-flood-fund.md"


def inodes(public: Path) -> dict[str, int]:
    return {p.relative_to(public).as_posix(): p.stat().st_ino for p in public.rglob("*.html")}


def test_no_change_rebuild_does_nothing(sample_site: Path):
    build(sample_site)
    again = build(sample_site)
    assert again.site is None


def test_editing_one_article_rewrites_only_the_pages_that_show_it(sample_site: Path):
    build(sample_site)
    public = sample_site / "public"
    before = inodes(public)
    path = sample_site / ARTICLE
    path.write_text(path.read_text().replace("before the autumn rains", "before the spring rains"))
    result = build(sample_site)
    after = inodes(public)
    changed = sorted(p for p in after if before.get(p) != after[p])
    assert "articles/port-salden-flood-fund/index.html" in changed
    assert "articles/indian-migrants-usa-letter/index.html" not in changed
    assert "people/raja-ram-singh/index.html" not in changed
    assert result.stats.written < len(after) / 2


def test_editing_one_article_leaves_the_pages_of_others_that_report_the_same_line(make_site):
    """A line many articles report is one statement; editing one of them must not re-render all the others."""
    line = '"The bridge will reopen in May," Ada Quill said.\n'
    site = make_site(
        {
            f"content/articles/{name}.md": f"---\ntitle: {name}\ndate: 2025-01-0{i}\n---\n{line}\nMore text.\n"
            for i, name in enumerate(["one", "two", "three"], 1)
        }
    )
    build(site)
    public = site / "public"
    before = inodes(public)
    path = site / "content/articles/three.md"
    path.write_text(path.read_text().replace("More text.", "Other text."))
    build(site)
    after = inodes(public)
    assert before["articles/three/index.html"] != after["articles/three/index.html"]
    assert before["articles/one/index.html"] == after["articles/one/index.html"]
    assert before["articles/two/index.html"] == after["articles/two/index.html"]


def test_an_edit_that_only_moves_words_keeps_the_lists_and_updates_the_export(make_site, tmp_path):
    """Lists show words and numbers, not offsets; the export shows offsets and must follow them."""
    body = '"The fund holds $4 million," Ada Quill said.\n\nMore text.\n'
    site = make_site({"content/articles/fund.md": f"---\ntitle: Fund\ndate: 2025-01-05\n---\n{body}"})
    build(site)
    public = site / "public"
    before = inodes(public)
    path = site / "content/articles/fund.md"
    path.write_text(path.read_text().replace("More text.", "Other words here."))
    build(site)
    after = inodes(public)
    for page in ("figures/months/2025-01/index.html", "timeline/2025-01/index.html", "people/index.html"):
        assert after[page] == before[page], page
    path.write_text(path.read_text().replace('"The fund', 'A first paragraph.\n\n"The fund'))
    build(site)
    build(site, out=tmp_path / "clean", clean=True)
    exported = (public / "data/statements.json").read_text()
    assert exported == (tmp_path / "clean/data/statements.json").read_text()
    assert '"start": 20' in exported


def test_incremental_output_equals_a_clean_build(sample_site: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(sample_site, out=out)
    path = sample_site / ARTICLE
    path.write_text(path.read_text().replace("Opposition leader Oren Faulk", "Opposition leader Tavi Rennick"))
    (sample_site / "content/articles/veldra-second-return-flight.md").unlink()
    build(sample_site, out=out)
    build(sample_site, out=tmp_path / "clean", clean=True)
    assert tree_digest(out) == tree_digest(tmp_path / "clean")


def test_template_change_rerenders_every_page(sample_site: Path):
    build(sample_site)
    (sample_site / "templates").mkdir()
    (sample_site / "templates/404.html").write_text("gone")
    result = build(sample_site)
    assert (sample_site / "public/404.html").read_text() == "gone"
    assert result.stats.written >= 1


def test_output_does_not_depend_on_worker_count_or_time_zone(sample_site: Path, tmp_path: Path):
    build(sample_site, out=tmp_path / "one", jobs=1, clean=True)
    os.environ["TZ"] = "Pacific/Kiritimati"
    try:
        build(sample_site, out=tmp_path / "two", jobs=2, clean=True)
    finally:
        del os.environ["TZ"]
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")


def test_rendering_in_many_rounds_of_fresh_workers_gives_the_same_bytes(sample_site: Path, tmp_path: Path, monkeypatch):
    build(sample_site, out=tmp_path / "one", jobs=1, clean=True)
    monkeypatch.setattr(sitegen.build, "RENDER_CHUNK", 2)
    monkeypatch.setattr(sitegen.build, "RENDER_ROUND", 20)  # the sample site's 80 files: 40 tasks in 4 rounds
    result = build(sample_site, out=tmp_path / "rounds", jobs=2, clean=True)
    assert result.stats.written > 70
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "rounds")


def test_parallel_parsing_gives_the_same_bytes_as_one_worker(make_site, tmp_path: Path):
    files = {
        f"content/articles/note-{i:03d}.md": (
            f"---\ntitle: Note {i}\ndate: 2025-01-{1 + i % 28:02d}\ntopics: [t{i % 3}]\n---\n"
            f'"Point {i} stands," Ada Quill said. The fund holds ${i},000 for {i + 2} towns.\n'
        )
        for i in range(80)
    }
    site = make_site(files)
    build(site, out=tmp_path / "one", jobs=1)
    build(site, out=tmp_path / "two", jobs=2, clean=True)
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")


def published(public: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file sitegen's manifest tracks (the search index is rebuilt whole): inode, mtime and bytes."""
    return {
        p.relative_to(public).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in public.rglob("*")
        if p.is_file() and p.relative_to(public).parts[0] != "pagefind"
    }


def test_an_edit_rewrites_only_pages_that_show_the_article_and_leaves_the_rest_untouched(sample_site: Path):
    build(sample_site)
    build(sample_site, clean=True)  # both copies (public/ and the spare) now hold this build
    public, slug = sample_site / "public", b"port-salden-flood-fund"
    before = published(public)
    path = sample_site / ARTICLE
    path.write_text(path.read_text().replace("before the autumn rains", "before the spring rains"))
    result = build(sample_site)
    after = published(public)
    rewritten = sorted(rel for rel in after if rel not in before or after[rel][:2] != before[rel][:2])
    assert "articles/port-salden-flood-fund/index.html" in rewritten
    for rel in rewritten:
        assert slug in after[rel][2] or rel not in before or after[rel][2] != before[rel][2], rel
    untouched = [
        rel for rel in after if rel in before and after[rel][2] == before[rel][2] and slug not in after[rel][2]
    ]
    assert len(untouched) > len(after) / 2
    for rel in untouched:
        assert after[rel][:2] == before[rel][:2], f"{rel} was rewritten though it does not show the article"
    assert result.stats.written == len([rel for rel in rewritten if rel != ".sitegen"])  # the manifest is not a page


def test_output_is_the_same_with_one_or_two_workers_with_or_without_cache(
    sample_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(parallel, "THRESHOLD", 1)  # so even the small sample is parsed and marked by 2 workers
    build(sample_site, out=tmp_path / "one", jobs=1, clean=True)
    build(sample_site, out=tmp_path / "cached", jobs=2)
    shutil.rmtree(sample_site / ".sitegen-cache")
    build(sample_site, out=tmp_path / "uncached", jobs=2)
    reference = tree_digest(tmp_path / "one")
    assert tree_digest(tmp_path / "cached") == reference
    assert tree_digest(tmp_path / "uncached") == reference
