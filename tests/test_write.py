"""Writing public/: all at once or not at all, never outside it, rewriting only what changed."""

from pathlib import Path

import pytest

from sitegen.write import MARKER, OutputError, content_key, read_manifest, safe_join, write_site


def files_in(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


def test_writes_exactly_the_given_files(tmp_path: Path):
    out = tmp_path / "public"
    write_site({"index.html": b"home", "people/a/index.html": b"a"}, out)
    write_site({"index.html": b"new"}, out)
    assert files_in(out) == [MARKER, "index.html"]
    assert (out / "index.html").read_bytes() == b"new"
    assert not (out / "people").exists()


def test_unchanged_files_are_not_rewritten(tmp_path: Path):
    out = tmp_path / "public"
    pages = {"index.html": b"home", "a/index.html": b"a", "b/index.html": b"b"}
    write_site(pages, out)
    write_site(pages, out)
    inode = (out / "a/index.html").stat().st_ino
    stats = write_site({**pages, "b/index.html": b"b2"}, out)
    assert (out / "a/index.html").stat().st_ino == inode
    assert (stats.written, stats.kept + stats.linked) == (1, 2)
    assert (out / "b/index.html").read_bytes() == b"b2"


def test_a_page_rendered_again_with_the_same_bytes_keeps_its_file(tmp_path: Path):
    """A page keyed by its inputs is rendered again when an input changes, yet often comes out the same."""
    out = tmp_path / "public"
    write_site({"a/index.html": b"a"}, out, keys={"a/index.html": "inputs 1"})
    inode = (out / "a/index.html").stat().st_ino
    for key in ("inputs 2", "inputs 2", "inputs 3"):
        stats = write_site({"a/index.html": b"a"}, out, keys={"a/index.html": key})
        assert stats.written == 0 and (out / "a/index.html").stat().st_ino == inode
        assert files_in(out) == [MARKER, "a/index.html"], "no temporary file is left behind"


def test_carried_files_come_from_the_current_build_without_rendering(tmp_path: Path):
    out = tmp_path / "public"
    write_site({"index.html": b"home", "a/index.html": b"a"}, out)
    key = read_manifest(out)["a/index.html"]
    write_site({"index.html": b"home 2"}, out, keys={"a/index.html": key})
    write_site({"index.html": b"home 3"}, out, keys={"a/index.html": key})
    assert (out / "a/index.html").read_bytes() == b"a"
    assert read_manifest(out)["a/index.html"] == content_key(b"a")


def test_an_unknown_carried_file_is_an_error_not_a_gap(tmp_path: Path):
    with pytest.raises(OutputError, match="--clean"):
        write_site({"index.html": b"x"}, tmp_path / "public", keys={"gone.html": "k"})


@pytest.mark.parametrize("rel", ["../x.html", "/abs.html", "a/../../x", "C:/x", "a\\..\\x", "a\0b", "", MARKER])
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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]


def test_a_leftover_staging_folder_from_a_killed_build_is_discarded(tmp_path: Path):
    out = tmp_path / "public"
    write_site({"index.html": b"one"}, out)
    (tmp_path / ".public.staging").mkdir()
    (tmp_path / ".public.staging/index.html").write_bytes(b"half-written")
    write_site({"index.html": b"two"}, out)
    assert (out / "index.html").read_bytes() == b"two"
    assert not (tmp_path / ".public.staging").exists()


def test_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path):
    precious = tmp_path / "docs"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    with pytest.raises(OutputError, match="not made by sitegen"):
        write_site({"index.html": b"x"}, precious)
    assert (precious / "notes.txt").read_text() == "keep me"
