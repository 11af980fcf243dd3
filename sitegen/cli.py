"""Command line: ``sitegen build | check | extract``.  ``main(argv)`` returns the exit code."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from sitegen import __version__

EXIT_OK = 0
EXIT_CONTENT_ERROR = 1
EXIT_USAGE = 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    return int(args.run(args))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitegen",
        description="Build a cross-linked fact-summary website from Markdown news articles.",
    )
    parser.add_argument("--version", action="version", version=f"sitegen {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="print the statements and figures found in one article",
        description="Print what the extractor finds in one article (.md with front matter, or plain text).",
    )
    ex.add_argument("file", help="an article file, or - to read the body from standard input")
    ex.add_argument("--date", type=date.fromisoformat, help="article date (YYYY-MM-DD) for relative dates")
    ex.add_argument("--format", choices=["json"], default="json", help="output format (default: json)")
    ex.set_defaults(run=_run_extract)
    return parser


def _run_extract(args: argparse.Namespace) -> int:
    from sitegen.extract import extract
    from sitegen.model import to_jsonable
    from sitegen.read import read_extract_input

    if args.file == "-":
        body, article_date = sys.stdin.read(), None
    else:
        body, article_date = read_extract_input(Path(args.file))
    result = extract(body, args.date or article_date)
    json.dump(to_jsonable(result), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return EXIT_OK
