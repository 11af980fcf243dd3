"""Writing public/: all at once or not at all, and never outside it."""

from pathlib import Path

import pytest

from sitegen.write import MARKER, OutputError, safe_join, write_site


def test_writes_exactly_the_given_files(tmp_path: Path):
    out = tmp_path / "public"
    write_site({"index.html": b"home", "people/a/index.html": b"a"}, out)
    write_site({"index.html": b"new"}, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [MARKER, "index.html"]
    assert (out / "index.html").read_bytes() == b"new"


@pytest.mark.parametrize("rel", ["../x.html", "/abs.html", "a/../../x", "C:/x", "a\\..\\x", "a\0b", ""])
def test_paths_outside_the_output_are_refused(tmp_path: Path, rel: str):
    with pytest.raises(OutputError):
        safe_join(tmp_path, rel)


def test_a_failed_write_leaves_the_previous_site(tmp_path: Path):
    out = tmp_path / "public"
    write_site({"index.html": b"old"}, out)
    with pytest.raises(OutputError):
        write_site({"index.html": b"new", "../escape.html": b"x"}, out)
    assert (out / "index.html").read_bytes() == b"old"
    assert not (tmp_path / "escape.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["public"]


def test_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path):
    precious = tmp_path / "docs"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    with pytest.raises(OutputError, match="not made by sitegen"):
        write_site({"index.html": b"x"}, precious)
    assert (precious / "notes.txt").read_text() == "keep me"
