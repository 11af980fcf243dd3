"""Open data: the linked statements and figures as JSON and CSV (schema in ``docs/data.md``).

There is one serialisation, :func:`sitegen.model.to_jsonable` of the link
stage's objects; the CSV files are flattened from those same records, so the
two formats cannot drift apart.  :func:`statements_from_json` and
:func:`figures_from_json` read the JSON back into the same objects.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import json
import marshal
import operator
from pathlib import Path
from typing import Any

from sitegen import export_memo, model
from sitegen.link import Appearance, Site, SiteFigure, SiteStatement
from sitegen.model import Figure, Span, Statement, to_jsonable

VERSION = 1
"""Bumped whenever a field changes meaning or disappears (adding a field does not bump it)."""

STATEMENT_COLUMNS = [
    "id", "person", "speaker", "speaker_type", "kind", "date", "article", "block", "topics",
    "role", "addressee", "medium", "text", "articles",
]  # fmt: skip
FIGURE_COLUMNS = [
    "id", "article", "block", "date", "person", "topics", "text", "value", "kind", "unit",
    "counted", "low", "high", "qualifier", "change",
]  # fmt: skip
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
"""Spreadsheets run a cell starting with these as a formula; such text cells get a leading apostrophe."""


_SALT = hashlib.sha256(Path(__file__).read_bytes() + Path(model.__file__).read_bytes()).digest()
"""The code that turns a record into text: a memo made by other code is a miss."""


def record_memo(folder: Path, site: Site, read: bool = True) -> export_memo.RecordMemo:
    """A memo for the exports of ``site``, its statements and figures keyed at once (before render workers fork)."""
    return export_memo.RecordMemo(folder, _SALT, record_bytes, read, keyed=[site.statements, site.figures])


def record_bytes(item: SiteStatement | SiteFigure) -> bytes:
    """Every field of a record, nested ones included, as bytes: what :mod:`sitegen.export_memo` keys it by.

    Twice as fast as the ``repr`` it replaces (5 s of a 10,000-article edit,
    in the parent, before the render workers fork).  The plain fields are
    read by name from the dataclass fields, so a new one is in the key
    without a change here; a new nested one is not plain, and ``marshal``
    refuses it rather than leave it out.  ``marshal`` tells ``1`` from
    ``1.0`` and ``True``, and version 2 writes no back-references, so equal
    records give equal bytes.
    """
    if isinstance(item, SiteFigure):
        return marshal.dumps((_SITE_FIGURE(item), _FIGURE(item.figure)), 2)
    said = item.statement
    nested = [_APPEARANCE(a) for a in item.appearances], _span(said.source), _span(said.cue)
    return marshal.dumps((_SITE_STATEMENT(item), _STATEMENT(said), [_SPAN(c) for c in said.content], *nested), 2)


def _plain_fields(kind: type, *nested: str) -> operator.attrgetter[tuple[Any, ...]]:
    """The values of the fields of ``kind`` but ``nested``, as a tuple."""
    return operator.attrgetter(*(f.name for f in dataclasses.fields(kind) if f.name not in nested))


_SITE_STATEMENT = _plain_fields(SiteStatement, "statement", "appearances")
_STATEMENT = _plain_fields(Statement, "source", "cue", "content")
_SPAN = _plain_fields(Span)
_APPEARANCE = _plain_fields(Appearance)
_SITE_FIGURE = _plain_fields(SiteFigure, "figure")
_FIGURE = _plain_fields(Figure)


def _span(span: Span | None) -> tuple[Any, ...] | None:
    return None if span is None else _SPAN(span)


def export_json(kind: str, items: list[SiteStatement] | list[SiteFigure]) -> bytes:
    """``{"<kind>": [...], "version": 1}`` with one record per line, keys sorted: one stable text for the same data.

    UTF-8, as written to the file (see :meth:`sitegen.export_memo.RecordMemo.joined`).

    A line per record keeps the file easy to diff and to read line by line, and
    lets the C JSON encoder do the work (with ``indent`` Python falls back to its
    pure-Python encoder, which took seconds at 1,000 articles).  Lines of
    records that did not change come from the last build (:mod:`sitegen.export_memo`).
    """
    around = (
        (f'{{"{kind}": [\n', f'\n], "version": {VERSION}}}\n')
        if items
        else (f'{{"{kind}": [', f'], "version": {VERSION}}}\n')
    )
    return export_memo.joined(f"{kind}.json", items, json_line, ",\n", around)


def json_line(item: SiteStatement | SiteFigure) -> str:
    """One record as a line of JSON, keys sorted.

    ``<``, ``>`` and ``&`` are written as ``\\u003c`` etc. (same JSON value), so the file can be inlined
    in a ``<script>`` element without any text closing it.
    """
    text = json.dumps(to_jsonable(item), ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def statements_from_json(text: str | bytes) -> list[SiteStatement]:
    """The statements of ``data/statements.json`` as :class:`SiteStatement` objects."""
    return [
        SiteStatement(
            **{
                **d,
                "statement": Statement.from_dict(d["statement"]),
                "appearances": [Appearance(**a) for a in d["appearances"]],
            }
        )
        for d in json.loads(text)["statements"]
    ]


def figures_from_json(text: str | bytes) -> list[SiteFigure]:
    """The figures of ``data/figures.json`` as :class:`SiteFigure` objects."""
    return [SiteFigure(**{**d, "figure": Figure.from_dict(d["figure"])}) for d in json.loads(text)["figures"]]


def statement_row(record: dict[str, Any]) -> dict[str, Any]:
    """A statement record flattened to the CSV columns (lists joined with ``;``)."""
    st = record["statement"]
    return {
        "id": record["id"],
        "person": record["person"],
        "speaker": st["speaker"],
        "speaker_type": st["speaker_type"],
        "kind": st["kind"],
        "date": record["date"],
        "article": record["article"],
        "block": record["block"],
        "topics": ";".join(record["topics"]),
        "role": record["role"],
        "addressee": record["addressee"],
        "medium": st["medium"],
        "text": " … ".join(c["text"] for c in st["content"]),
        "articles": ";".join(a["article"] for a in record["appearances"]),
    }


def figure_row(record: dict[str, Any]) -> dict[str, Any]:
    """A figure record flattened to the CSV columns."""
    fig = record["figure"]
    return {
        **{k: record[k] for k in ("id", "article", "block", "date", "person")},
        "topics": ";".join(record["topics"]),
        **{k: fig[k] for k in ("text", "value", "kind", "unit", "counted", "low", "high", "qualifier", "change")},
    }


def cell(value: Any) -> str:
    """CSV text of a value: empty for null, formula-looking text defused with a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA) else value
    return str(value)


def export_csv(kind: str, items: list[SiteStatement] | list[SiteFigure]) -> bytes:
    """The same records as :func:`export_json`, one row each, header first, ``\\r\\n`` line ends (RFC 4180)."""
    header = _CSV.writerow(_CSV_LAYOUT[kind][0])
    return export_memo.joined(f"{kind}.csv", items, functools.partial(csv_row, kind), "", (header, ""))


def csv_row(kind: str, item: SiteStatement | SiteFigure) -> str:
    """One record as a CSV row, line end included."""
    columns, flatten = _CSV_LAYOUT[kind]
    row = flatten(to_jsonable(item))
    return _CSV.writerow([cell(row[c]) for c in columns])


_CSV_LAYOUT = {"statements": (STATEMENT_COLUMNS, statement_row), "figures": (FIGURE_COLUMNS, figure_row)}


class _Text:
    """A file whose ``write`` returns what it is given: ``csv.writer(_Text()).writerow`` returns the row's text."""

    def write(self, text: str) -> str:
        return text


_CSV = csv.writer(_Text())
