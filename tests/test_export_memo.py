"""Export records kept between builds (``sitegen/export_memo.py``): what the memo gives is what encoding gives."""

from __future__ import annotations

import dataclasses
import marshal
from pathlib import Path

import pytest

from sitegen import export, export_memo
from sitegen.build import build
from sitegen.export_memo import FORMAT, RecordMemo
from sitegen.link import Appearance, Site, SiteFigure, SiteStatement
from sitegen.model import Figure, Span, Statement
from tests.test_pages import tiny_site

NAMES = ["figures.csv", "figures.json", "statements.csv", "statements.json"]


def exports(site: Site) -> dict[str, str]:
    return {
        f"{kind}.{ext}": write(kind, items)
        for kind, items in (("statements", site.statements), ("figures", site.figures))
        for ext, write in (("json", export.export_json), ("csv", export.export_csv))
    }


def exports_kept(site: Site, folder: Path, read: bool = True) -> dict[str, str]:
    with export_memo.kept(export.record_memo(folder, site, read)):
        return exports(site)


class Counting:
    """``export.json_line`` that counts the records it encodes."""

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def __call__(self, item: SiteFigure) -> str:
        self.encoded.append(item.id)
        return export.json_line(item)


def test_kept_records_give_the_bytes_of_a_fresh_encoding(tmp_path):
    fresh = exports(tiny_site())
    assert exports_kept(tiny_site(), tmp_path) == fresh
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{name}.bin" for name in NAMES]
    assert exports_kept(tiny_site(), tmp_path) == fresh


def test_an_unchanged_record_is_not_encoded_again(tmp_path):
    figures = tiny_site().figures
    RecordMemo(tmp_path, b"code").encoded("figures.json", figures, export.json_line)
    encode = Counting()
    lines = RecordMemo(tmp_path, b"code").encoded("figures.json", tiny_site().figures, encode)
    assert encode.encoded == []
    assert lines == [export.json_line(f) for f in figures]


@pytest.mark.parametrize("change", ["offset", "value", "topics"])
def test_a_changed_record_is_encoded_again(tmp_path, change):
    """An offset counts too: page keys leave offsets out, but the export shows them."""
    RecordMemo(tmp_path, b"code").encoded("figures.json", tiny_site().figures, export.json_line)
    figures = tiny_site().figures
    edited = figures[0]
    if change == "offset":
        edited.figure.start += 1
    elif change == "value":
        edited.figure.value = 5_000_000
    else:
        edited.topics.append("roads")
    encode = Counting()
    lines = RecordMemo(tmp_path, b"code").encoded("figures.json", figures, encode)
    assert encode.encoded == [edited.id]
    assert lines == [export.json_line(f) for f in figures]


def test_an_edited_site_exports_what_a_fresh_encoding_does(tmp_path):
    exports_kept(tiny_site(), tmp_path)
    site = tiny_site()
    site.statements[0].statement.content[0] = Span(3, 9, "edited")
    site.statements[1].person = None
    site.figures[1].figure.start = 0
    assert exports_kept(site, tmp_path) == exports(site)


def test_a_memo_written_by_other_code_is_a_miss(tmp_path):
    figures = tiny_site().figures
    RecordMemo(tmp_path, b"old code").encoded("figures.json", figures, str)
    encode = Counting()
    lines = RecordMemo(tmp_path, b"new code").encoded("figures.json", figures, encode)
    assert len(encode.encoded) == len(figures)
    assert lines == [export.json_line(f) for f in figures]


def test_a_clean_build_reads_no_memo_but_leaves_one(tmp_path):
    figures = tiny_site().figures
    fresh = [export.json_line(f) for f in figures]
    RecordMemo(tmp_path, b"code").encoded("figures.json", figures, lambda f: "stale")
    assert RecordMemo(tmp_path, b"code", read=False).encoded("figures.json", figures, export.json_line) == fresh
    encode = Counting()
    assert RecordMemo(tmp_path, b"code").encoded("figures.json", figures, encode) == fresh
    assert encode.encoded == []


def _wrong_values(path: Path) -> bytes:
    _, entries = marshal.loads(path.read_bytes())
    return marshal.dumps((FORMAT, dict.fromkeys(entries, 7)))


def _other_format(path: Path) -> bytes:
    return marshal.dumps((FORMAT + 1, marshal.loads(path.read_bytes())[1]))


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: b"",
        lambda path: b"\x00not marshal",
        lambda path: path.read_bytes()[:-7],
        lambda path: marshal.dumps([1, 2, 3]),
        _wrong_values,
        _other_format,
    ],
    ids=["empty", "garbage", "truncated", "not-a-memo", "wrong-values", "other-format"],
)
def test_a_damaged_memo_file_is_a_miss(tmp_path, damage):
    fresh = exports(tiny_site())
    exports_kept(tiny_site(), tmp_path)
    for name in NAMES:
        path = tmp_path / f"{name}.bin"
        path.write_bytes(damage(path))
    assert exports_kept(tiny_site(), tmp_path) == fresh


def test_a_memo_that_cannot_be_written_only_warns(tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert exports_kept(tiny_site(), blocked) == exports(tiny_site())
    assert "cannot be written" in caplog.text


def test_every_exported_field_is_in_the_key():
    """The key is a digest of ``repr``: a field left out of it would keep its old text after an edit."""
    for kind in (SiteStatement, Statement, Span, Appearance, SiteFigure, Figure):
        assert all(f.repr for f in dataclasses.fields(kind)), kind


def _data(out: Path) -> dict[str, bytes]:
    return {name: (out / "data" / name).read_bytes() for name in NAMES}


def test_an_edit_build_with_the_memo_publishes_what_a_clean_build_does(sample_site, tmp_path):
    article = sorted((sample_site / "content" / "articles").glob("*.md"))[0]
    build(sample_site, jobs=2)
    article.write_text(article.read_text() + '\n"We will not wait for the rains," Ann Lee said on Monday.\n')
    build(sample_site, jobs=2)
    assert "We will not wait" in (sample_site / "public" / "data" / "statements.csv").read_text()
    assert sorted(p.name for p in (sample_site / ".sitegen-cache" / "exports").iterdir()) == [
        f"{name}.bin" for name in NAMES
    ]
    build(sample_site, out=tmp_path / "clean", jobs=2, clean=True)
    assert _data(sample_site / "public") == _data(tmp_path / "clean")
