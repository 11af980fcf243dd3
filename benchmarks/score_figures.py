"""Score the figure extractor in process against a figures-gold JSONL file.

Runs ``extract_figures`` on every case, writes a predictions JSONL (with the
time each case took), then runs the gold set's own ``score.py --pred`` on it and
prints its table plus the mean milliseconds per case.

    python benchmarks/score_figures.py [GOLD.jsonl] [--pred-out P.jsonl] [--errors N]

GOLD defaults to ``../shared/figures-gold/dev.jsonl`` relative to the repository root.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "figures-gold" / "dev.jsonl"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sitegen.extract.figures import extract_figures  # noqa: E402
from sitegen.model import to_jsonable  # noqa: E402


def predict(gold: Path, out: Path, repeat: int = 3) -> float:
    """Write predictions for every case of ``gold`` to ``out``; return mean ms per case.

    Each case runs ``repeat`` times and the fastest run is kept, so a cold cache or a
    busy machine does not dominate the figure.
    """
    cases = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    total = 0.0
    with out.open("w", encoding="utf-8") as fh:
        for case in cases:
            best = float("inf")
            for _ in range(repeat):
                t0 = time.perf_counter()
                figures = extract_figures(case["text"], None)
                best = min(best, time.perf_counter() - t0)
            total += best
            line = {"id": case["id"], "figures": to_jsonable(figures), "elapsed_s": round(best, 6)}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 1000 * total / max(1, len(cases))


def score(gold: Path, pred: Path, extra: list[str]) -> str:
    """Run the gold set's ``score.py --pred`` and return its report."""
    scorer = gold.parent / "score.py"
    cmd = [sys.executable, str(scorer), str(gold), "--pred", str(pred), *extra]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--pred-out", type=Path, help="keep the predictions JSONL here")
    ap.add_argument("--errors", type=int, default=0, help="print up to N cases with errors")
    ap.add_argument("--json", type=Path, help="write score.py's JSON scores here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred_out or Path(tmp) / "pred.jsonl"
        ms = predict(args.gold, pred)
        extra = ["--errors", str(args.errors)] if args.errors else []
        if args.json:
            extra += ["--json", str(args.json)]
        print(score(args.gold, pred, extra))
    print(f"in-process extraction: {ms:.3f} ms per case (mean, best of 3 runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
