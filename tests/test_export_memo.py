"""Export records kept between builds (``sitegen/export_memo.py``): what the memo gives is what encoding gives."""

from __future__ import annotations

import copy
import dataclasses
import functools
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sitegen import export, export_memo
from sitegen.build import build
from sitegen.export_memo import FORMAT, RecordMemo
from sitegen.link import Appearance, Site, SiteFigure, SiteStatement
from sitegen.model import Figure, Span, Statement
from tests.test_pages import tiny_site

SEP = ",\n"
AROUND = ("[\n", "\n]\n")
NAMES = ["figures.csv", "figures.json", "statements.csv", "statements.json"]


def exports(site: Site) -> dict[str, bytes]:
    return {
        f"{kind}.{ext}": write(kind, items)
        for kind, items in (("statements", site.statements), ("figures", site.figures))
        for ext, write in (("json", export.export_json), ("csv", export.export_csv))
    }


def exports_kept(site: Site, folder: Path, read: bool = True) -> dict[str, bytes]:
    with export_memo.kept(export.record_memo(folder, site, read)):
        return exports(site)


def memo(folder: Path, salt: bytes = b"code", read: bool = True) -> RecordMemo:
    return RecordMemo(folder, salt, export.record_bytes, read)


def encoded(records: list[Any], encode: Callable[[Any], str] = export.json_line, sep: str = SEP) -> bytes:
    """What a memo must give: every record encoded afresh, as UTF-8."""
    return (AROUND[0] + sep.join(map(encode, records)) + AROUND[1]).encode()


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
    memo(tmp_path).joined("figures.json", figures, export.json_line, SEP, AROUND)
    encode = Counting()
    lines = memo(tmp_path).joined("figures.json", tiny_site().figures, encode, SEP, AROUND)
    assert encode.encoded == []
    assert lines == encoded(figures)


@pytest.mark.parametrize("change", ["offset", "value", "topics"])
def test_a_changed_record_is_encoded_again(tmp_path, change):
    """An offset counts too: page keys leave offsets out, but the export shows them."""
    memo(tmp_path).joined("figures.json", tiny_site().figures, export.json_line, SEP, AROUND)
    figures = tiny_site().figures
    edited = figures[0]
    if change == "offset":
        edited.figure.start += 1
    elif change == "value":
        edited.figure.value = 5_000_000
    else:
        edited.topics.append("roads")
    encode = Counting()
    lines = memo(tmp_path).joined("figures.json", figures, encode, SEP, AROUND)
    assert encode.encoded == [edited.id]
    assert lines == encoded(figures)


def test_an_edited_site_exports_what_a_fresh_encoding_does(tmp_path):
    exports_kept(tiny_site(), tmp_path)
    site = tiny_site()
    site.statements[0].statement.content[0] = Span(3, 9, "edited")
    site.statements[1].person = None
    site.figures[1].figure.start = 0
    assert exports_kept(site, tmp_path) == exports(site)


EDITS = {
    "none": lambda rs: rs,
    "added-first": lambda rs: ["new", *rs],
    "added-last": lambda rs: [*rs, "new"],
    "added-between": lambda rs: [*rs[:7], "new", "newer", *rs[7:]],
    "removed-first": lambda rs: rs[1:],
    "removed-last": lambda rs: rs[:-1],
    "removed-between": lambda rs: rs[:7] + rs[9:],
    "changed-between": lambda rs: [*rs[:7], "new", *rs[8:]],
    "moved-up": lambda rs: [*rs[:3], rs[15], *rs[3:15], *rs[16:]],
    "moved-down": lambda rs: [*rs[:3], *rs[4:15], rs[3], *rs[15:]],
    "reversed": lambda rs: rs[::-1],
    "repeated": lambda rs: [*rs, *rs],
    "all-new": lambda rs: ["new", "newer"],
    "emptied": lambda rs: [],
}


@pytest.mark.parametrize("sep", [SEP, ""])
@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_records_added_removed_or_moved_anywhere_give_a_fresh_encoding(tmp_path, edit, sep):
    """Records in the order they had are copied a run at a time, any others looked up: only new ones are encoded."""
    before = [f"record {i}" for i in range(20)]
    RecordMemo(tmp_path, b"code", str.encode).joined("x", before, str.upper, sep, AROUND)
    after = edit(list(before))
    seen = []

    def encode(record: str) -> str:
        seen.append(record)
        return record.upper()

    fresh = encoded(after, str.upper, sep)
    assert RecordMemo(tmp_path, b"code", str.encode).joined("x", after, encode, sep, AROUND) == fresh
    assert seen == [r for r in after if r not in before]
    assert RecordMemo(tmp_path, b"code", str.encode).joined("x", after, str, sep, AROUND) == fresh


def test_a_memo_written_by_other_code_is_a_miss(tmp_path):
    figures = tiny_site().figures
    memo(tmp_path, b"old code").joined("figures.json", figures, str, SEP, AROUND)
    encode = Counting()
    lines = memo(tmp_path, b"new code").joined("figures.json", figures, encode, SEP, AROUND)
    assert len(encode.encoded) == len(figures)
    assert lines == encoded(figures)


def test_a_clean_build_reads_no_memo_but_leaves_one(tmp_path):
    figures = tiny_site().figures
    fresh = encoded(figures)
    memo(tmp_path).joined("figures.json", figures, lambda f: "stale", SEP, AROUND)
    assert memo(tmp_path, read=False).joined("figures.json", figures, export.json_line, SEP, AROUND) == fresh
    encode = Counting()
    assert memo(tmp_path).joined("figures.json", figures, encode, SEP, AROUND) == fresh
    assert encode.encoded == []


def _changed(path: Path, index: int, value: object) -> bytes:
    """The memo file with item ``index`` of its header (format, separator, keys, lengths, head, CRC) or its text (6)
    replaced."""
    with path.open("rb") as file:
        saved = [*marshal.load(file), file.read()]
    saved[index] = value
    return marshal.dumps(tuple(saved[:6])) + saved[6]


def _text_of(path: Path) -> bytes:
    with path.open("rb") as file:
        marshal.load(file)
        return file.read()


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: b"",
        lambda path: b"\x00not marshal",
        lambda path: path.read_bytes()[:-7],
        lambda path: marshal.dumps([1, 2, 3]),
        lambda path: _changed(path, 0, FORMAT + 1),
        lambda path: _changed(path, 1, b";"),
        lambda path: _changed(path, 2, b"short"),
        lambda path: _changed(path, 3, b"odd"),
        lambda path: _changed(path, 4, 10**6),
        lambda path: _changed(path, 5, 0),
        lambda path: _changed(path, 6, b"shorter than the records"),
        lambda path: _changed(path, 6, b"\xff" * len(_text_of(path))),
        lambda path: _changed(path, 6, _text_of(path).replace(b"1", b"7")),
    ],
    ids=[
        "empty",
        "garbage",
        "truncated",
        "not-a-memo",
        "other-format",
        "other-separator",
        "keys-missing",
        "lengths-damaged",
        "head-beyond-text",
        "crc-damaged",
        "text-too-short",
        "not-utf-8",
        "text-changed-in-place",
    ],  # fmt: skip
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


def full_records() -> list[SiteStatement | SiteFigure]:
    """A statement and a figure with every field set, nested ones and lists of two included."""
    said = Statement(
        "direct", "Ann Lee", Span(0, 3, "she"), Span(4, 8, "said"), [Span(9, 12, "we"), Span(20, 24, "go")]
    )
    said.date, said.role, said.medium, said.addressee, said.speaker_type = "2025-03-01", "mayor", "post", "Bo", "person"
    statement = SiteStatement("s-1", said, "ann-lee", "flood", "p-1", "2025-03-01", ["floods", "budget"], "mayor")
    statement.appearances = [Appearance("flood", "p-1", "2025-03-01"), Appearance("budget", None, "2025-02-01")]
    statement.addressee = "bo-li"
    figure = Figure(0, 6, "18,000", 18000, "money", "EUR", "homes", 17000, 19000.5, "about", "up", "Ann Lee", "2025")
    return [statement, SiteFigure("f-1", figure, "flood", "p-2", "2025-03-01", "ann-lee", ["floods", "budget"])]


def leaves(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The path to every plain value inside ``value``: field names and list indexes."""
    if dataclasses.is_dataclass(value):
        return [p for f in dataclasses.fields(value) for p in leaves(getattr(value, f.name), (*path, f.name))]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in leaves(item, (*path, i))]
    return [path]


def replaced(record: object, path: tuple[object, ...], change: Callable[[object], object]) -> object:
    """A copy of ``record`` with the value at ``path`` changed."""
    record = copy.deepcopy(record)
    *to, last = path
    holder: Any = value_at(record, tuple(to))
    if isinstance(last, int):
        holder[last] = change(holder[last])
    else:
        object.__setattr__(holder, last, change(getattr(holder, last)))  # Span is frozen
    return record


def value_at(record: object, path: tuple[object, ...]) -> object:
    return functools.reduce(lambda v, step: v[step] if isinstance(step, int) else getattr(v, step), path, record)


def test_every_value_a_record_exports_is_in_its_key():
    """Down to each fragment and appearance: any field left out would keep its old text after an edit."""
    for record in full_records():
        paths = leaves(record)
        assert len(paths) > 12
        for path in paths:
            changed = replaced(record, path, lambda v: "x" if v is None else None)
            assert export.record_bytes(changed) != export.record_bytes(record), path


def test_a_whole_number_is_not_the_same_float():
    """``18000`` and ``18000.0`` are equal in Python but export differently."""
    for record in full_records():
        for path in (p for p in leaves(record) if type(value_at(record, p)) is int):
            assert export.record_bytes(replaced(record, path, float)) != export.record_bytes(record), path


@pytest.mark.parametrize("edit", ["one-more", "one-fewer", "none"])
def test_a_list_of_other_length_or_a_missing_part_changes_the_key(edit):
    statement = full_records()[0]
    assert isinstance(statement, SiteStatement)
    changed = copy.deepcopy(statement)
    if edit == "one-more":
        changed.appearances.append(changed.appearances[0])
    elif edit == "one-fewer":
        changed.statement.content.pop()
    else:
        changed.statement.source = None
    assert export.record_bytes(changed) != export.record_bytes(statement)


def test_equal_records_have_equal_keys():
    """However their values are shared or interned: ``marshal`` writes no back-references at version 2."""
    statement = full_records()[0]
    assert export.record_bytes(copy.deepcopy(statement)) == export.record_bytes(statement)
    assert export.record_bytes(export.statements_from_json(export.export_json("statements", [statement]))[0]) == (
        export.record_bytes(statement)
    )


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
