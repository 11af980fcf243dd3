"""Pages keyed by what they are made from: an edit re-renders what it must, and the result is a clean build's.

A page made from other articles' items (a line several articles report, a
figure whose track another article disputes) must follow those articles too.
Each case edits a built site, builds again into the same folder, and compares
every byte with a clean build of the edited site.
"""

from __future__ import annotations

from pathlib import Path

from sitegen.build import build
from tests.test_build import tree_digest
from tests.test_build_incremental import inodes

LINE = '"The bridge will reopen in May," Ada Quill said.\n'


def report(date: str, topics: str = "[transport]", more: str = "More text.") -> str:
    return f"---\ntitle: Bridge {date}\ndate: {date}\ntopics: {topics}\n---\n{LINE}\n{more}\n"


def rebuilt_equals_clean(site: Path, tmp_path: Path) -> None:
    build(site)
    build(site, out=tmp_path / "clean", clean=True)
    assert tree_digest(site / "public") == tree_digest(tmp_path / "clean")


def test_an_earlier_report_of_a_line_moves_its_date_and_permalink_on_the_pages_of_later_ones(make_site, tmp_path):
    site = make_site({"content/articles/b.md": report("2025-01-05"), "content/articles/c.md": report("2025-01-07")})
    build(site)
    assert "articles/b/#s-" in (site / "public/articles/c/index.html").read_text()
    (site / "content/articles/a.md").write_text(report("2025-01-02"))
    rebuilt_equals_clean(site, tmp_path)
    assert "articles/a/#s-" in (site / "public/articles/c/index.html").read_text()


def test_new_wording_in_the_first_report_reaches_the_pages_of_the_others(make_site, tmp_path):
    """Of a line several articles report, every page shows the first article's wording of who said it and how."""
    said = "---\ntitle: Bridge {0}\ndate: {0}\n---\nAda Quill {1} that the bridge will reopen in May.\n"
    site = make_site(
        {f"content/articles/{n}.md": said.format(d, "said") for n, d in (("a", "2025-01-02"), ("b", "2025-01-05"))}
    )
    build(site)
    (site / "content/articles/a.md").write_text(said.format("2025-01-02", "warned"))
    rebuilt_equals_clean(site, tmp_path)
    assert "Ada Quill</a> warned" in (site / "public/articles/b/index.html").read_text()


def test_a_report_that_stops_disagreeing_unflags_the_track_on_the_other_article(sample_site, tmp_path):
    build(sample_site)
    first = sample_site / "public/articles/veldra-first-return-flight/index.html"
    assert "reports disagree" in first.read_text()
    path = sample_site / "content/articles/veldra-return-flight-count-disputed.md"
    path.write_text(path.read_text().replace("carried 112 returnees", "carried 96 returnees"))
    rebuilt_equals_clean(sample_site, tmp_path)
    assert "reports disagree" not in first.read_text()


def test_an_edit_leaves_the_files_of_pages_it_does_not_change(make_site):
    """Pages made from the edited article are rendered again; those that come out the same keep their file."""
    site = make_site({"content/articles/b.md": report("2025-01-05"), "content/articles/c.md": report("2025-02-07")})
    build(site)
    before = inodes(site / "public")
    (site / "content/articles/c.md").write_text(report("2025-02-07", more="Other words."))
    result = build(site)
    after = inodes(site / "public")
    assert before["articles/c/index.html"] != after["articles/c/index.html"]
    for unchanged in ("articles/b/index.html", "people/ada-quill/index.html", "timeline/2025-01/index.html"):
        assert before[unchanged] == after[unchanged], unchanged
    assert result.stats.written < 5
