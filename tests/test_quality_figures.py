"""Acceptance: the figure extractor on the figures-gold dev set (skipped when ../shared is absent).

Targets: value+unit F1 ≥ 0.90, value F1 ≥ 0.95, every money and percent figure right at
value level, and at most 0.5 ms of in-process extraction per case on average.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO.parent / "shared" / "figures-gold" / "dev.jsonl"

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="figures-gold not available (../shared absent)")


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    bench = _load(REPO / "benchmarks" / "score_figures.py", "score_figures")
    out = tmp_path_factory.mktemp("figures")
    pred, report = out / "pred.jsonl", out / "scores.json"
    ms = bench.predict(GOLD, pred)
    bench.score(GOLD, pred, ["--json", str(report)])
    return json.loads(report.read_text(encoding="utf-8")), ms


def test_value_and_unit_f1_reach_the_targets(scores):
    data, _ = scores
    overall = data["all"]["ALL"]
    assert overall["unit"]["f1"] >= 0.90
    assert overall["value"]["f1"] >= 0.95


def test_money_and_percent_values_are_all_right(scores):
    data, _ = scores
    for kind in ("kind:money", "kind:percent"):
        assert data["all"][kind]["value"]["fn"] == 0, kind


def test_extraction_is_fast_enough(scores):
    _, ms = scores
    assert ms <= 0.5
