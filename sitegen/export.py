"""Open data: the linked statements and figures as JSON and CSV (schema in ``docs/data.md``).

There is one serialisation, :func:`sitegen.model.to_jsonable` of the link
stage's objects; the CSV files are flattened from those same records, so the
two formats cannot drift apart.  :func:`statements_from_json` and
:func:`figures_from_json` read the JSON back into the same objects.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sitegen.link import Appearance, SiteFigure, SiteStatement
from sitegen.model import Figure, Statement, to_jsonable

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


def records(items: list[SiteStatement] | list[SiteFigure]) -> list[dict[str, Any]]:
    return [to_jsonable(item) for item in items]


def export_json(kind: str, items: list[SiteStatement] | list[SiteFigure]) -> str:
    """``{"<kind>": [...], "version": 1}`` with one record per line, keys sorted: one stable text for the same data.

    A line per record keeps the file easy to diff and to read line by line, and
    lets the C JSON encoder do the work (with ``indent`` Python falls back to its
    pure-Python encoder, which took seconds at 1,000 articles).
    ``<``, ``>`` and ``&`` are written as ``\\u003c`` etc. (same JSON value), so the file can be inlined
    in a ``<script>`` element without any text closing it.
    """
    lines = ",\n".join(json.dumps(record, ensure_ascii=False, sort_keys=True) for record in records(items))
    text = f'{{"{kind}": [\n{lines}\n], "version": {VERSION}}}' if lines else f'{{"{kind}": [], "version": {VERSION}}}'
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def statements_from_json(text: str) -> list[SiteStatement]:
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


def figures_from_json(text: str) -> list[SiteFigure]:
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


def export_csv(kind: str, items: list[SiteStatement] | list[SiteFigure]) -> str:
    """The same records as :func:`export_json`, one row each, header first, ``\\r\\n`` line ends (RFC 4180)."""
    columns, flatten = (STATEMENT_COLUMNS, statement_row) if kind == "statements" else (FIGURE_COLUMNS, figure_row)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records(items):
        row = flatten(record)
        writer.writerow([cell(row[c]) for c in columns])
    return out.getvalue()
