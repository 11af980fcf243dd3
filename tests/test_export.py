"""Open data: ``data/statements.json``/``figures.json`` round-trip through the link stage's objects, and the CSV
files hold the same records (docs/data.md)."""

from __future__ import annotations

import csv
import io
import json

from sitegen import export
from sitegen.build import build
from sitegen.model import to_jsonable
from tests.test_pages import rendered, tiny_site


def _check_roundtrip(files: dict[str, str]) -> None:
    statements = files["data/statements.json"]
    assert export.export_json("statements", export.statements_from_json(statements)).decode() == statements
    figures = files["data/figures.json"]
    assert export.export_json("figures", export.figures_from_json(figures)).decode() == figures
    for kind, columns, flatten in (
        ("statements", export.STATEMENT_COLUMNS, export.statement_row),
        ("figures", export.FIGURE_COLUMNS, export.figure_row),
    ):
        records = json.loads(files[f"data/{kind}.json"])[kind]
        rows = list(csv.DictReader(io.StringIO(files[f"data/{kind}.csv"], newline="")))
        assert len(rows) == len(records)
        for row, record in zip(rows, records, strict=True):
            assert list(row) == columns
            assert row == {k: export.cell(v) for k, v in flatten(record).items()}


def test_tiny_site_export_round_trips_and_csv_matches_json(tmp_path):
    site = tiny_site()
    files = rendered(site, tmp_path)
    data = json.loads(files["data/statements.json"])
    assert data["version"] == export.VERSION
    assert data["statements"] == [to_jsonable(s) for s in site.statements]
    assert export.statements_from_json(files["data/statements.json"]) == site.statements
    assert export.figures_from_json(files["data/figures.json"]) == site.figures
    _check_roundtrip(files)


def test_csv_defuses_spreadsheet_formulas():
    assert export.cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert export.cell(-5) == "-5" and export.cell(None) == ""


def test_sample_site_export(sample_site, tmp_path):
    out = tmp_path / "out"
    build(sample_site, out=out, base_url="https://example.github.io/repo/", jobs=1)
    files = {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in (out / "data").iterdir()}
    _check_roundtrip(files)
    assert json.loads(files["data/statements.json"])["statements"]


def test_json_export_holds_one_record_per_line(tmp_path):
    """Line-oriented tools (grep, diff, jq -c) can work on the export one record at a time."""
    site = tiny_site()
    text = rendered(site, tmp_path)["data/statements.json"]
    lines = text.splitlines()
    assert lines[0] == '{"statements": [' and lines[-1] == '], "version": 1}'
    assert [json.loads(line.rstrip(","))["id"] for line in lines[1:-1]] == [st.id for st in site.statements]
    assert export.export_json("figures", []) == b'{"figures": [], "version": 1}\n'
