"""Score the statement extractor in process against a PolNeAR-format folder.

Runs ``extract_statements`` on every ``text/*.txt`` (article date from
``metadata.tsv`` when present), writes ``NAME.json`` predictions into a
temporary directory, runs the corpus scorer (``eval/score.py --pred-dir``)
and prints its table plus the mean milliseconds per article.

    python benchmarks/score_statements.py [FOLDER] [--scorer SCORE.py] [--keep DIR] [--json-out F]

FOLDER defaults to ``../shared/polnear-train`` relative to the repository root;
the scorer to ``FOLDER/../eval/score.py``.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "polnear-train"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sitegen.extract.statements import extract_statements  # noqa: E402
from sitegen.model import to_jsonable  # noqa: E402


def article_dates(folder: Path) -> dict[str, date]:
    """Publication dates by article name, from metadata.tsv when the folder has one."""
    path = folder / "metadata.tsv"
    if not path.is_file():
        return {}
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            try:
                out[Path(row["filename"]).stem] = date.fromisoformat(row.get("publication_date", "")[:10])
            except ValueError:
                continue
    return out


def predict(folder: Path, out_dir: Path, use_dates: bool = False) -> float:
    """Write NAME.json for every article of ``folder``; return mean milliseconds per article.

    The official command runs on bare .txt files, which carry no date, so dates are
    not passed unless ``use_dates`` (scores do not depend on them; speed does a little).
    """
    dates = article_dates(folder) if use_dates else {}
    total, n = 0.0, 0
    for path in sorted((folder / "text").glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        t0 = time.perf_counter()
        statements = extract_statements(text, dates.get(path.stem))
        total += time.perf_counter() - t0
        n += 1
        payload = {"statements": to_jsonable(statements)}
        (out_dir / f"{path.stem}.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return 1000 * total / max(1, n)


def steady_ms(folder: Path, passes: int) -> list[float]:
    """Mean milliseconds per article of each of ``passes`` more passes over the same texts.

    The first pass also pays one-time costs of the process (dateparser compiles its
    language data on first use, Python's regex cache fills); a build extracts thousands
    of articles in a process that has paid them, so later passes are the per-article cost.
    """
    texts = []
    for path in sorted((folder / "text").glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    out = []
    for _ in range(passes):
        t0 = time.perf_counter()
        for text in texts:
            extract_statements(text)
        out.append(1000 * (time.perf_counter() - t0) / max(1, len(texts)))
    return out


def run_scorer(scorer: Path, folder: Path, pred_dir: Path, json_out: Path | None) -> str:
    """The scorer's printed report for the predictions in ``pred_dir``."""
    cmd = [sys.executable, str(scorer), "--data", str(folder), "--pred-dir", str(pred_dir)]
    if json_out:
        cmd += ["--json-out", str(json_out)]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--scorer", type=Path, help="score.py (default: FOLDER/../eval/score.py)")
    ap.add_argument("--keep", type=Path, help="write the predictions here instead of a temporary directory")
    ap.add_argument("--json-out", type=Path, help="write the scorer's JSON results here")
    ap.add_argument("--dates", action="store_true", help="pass metadata.tsv publication dates")
    ap.add_argument("--passes", type=int, default=3, help="timed passes after the first (default 3; 0 for none)")
    args = ap.parse_args(argv)
    scorer = args.scorer or args.folder.resolve().parent / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        pred_dir = args.keep or Path(tmp)
        pred_dir.mkdir(parents=True, exist_ok=True)
        ms = predict(args.folder, pred_dir, args.dates)
        print(run_scorer(scorer, args.folder, pred_dir, args.json_out))
    print(f"in-process extraction: {ms:.2f} ms per article (mean, first pass, one-time start-up included)")
    steady = steady_ms(args.folder, args.passes)
    if steady:
        print(
            f"in-process extraction, {len(steady)} more passes: {min(steady):.2f} ms per article (best), "
            f"{statistics.median(steady):.2f} ms (median)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
