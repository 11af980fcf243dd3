"""Command line: ``sitegen build | check | extract``.  ``main(argv)`` returns the exit code."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from sitegen import __version__
from sitegen.errors import BuildError, ContentError
from sitegen.write import OutputError

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

    b = sub.add_parser(
        "build",
        help="build the site into public/",
        description="Read content/, extract statements and figures, and write the website into public/.",
    )
    b.add_argument("site_dir", nargs="?", default=".", type=Path, help="site folder (default: .)")
    b.add_argument("--out", type=Path, help="output folder (default: SITE_DIR/public)")
    b.add_argument("--base-url", help="URL the site is published at, e.g. https://me.github.io/repo/")
    b.add_argument(
        "--keep-going",
        action="store_true",
        help="build everything that is valid, leave out files with errors, report them all at the end (exit 1)",
    )
    b.set_defaults(run=_run_build)

    c = sub.add_parser(
        "check",
        help="validate all content; write nothing",
        description="Read and check every content file; exit 1 on errors. Writes nothing.",
    )
    c.add_argument("site_dir", nargs="?", default=".", type=Path, help="site folder (default: .)")
    c.set_defaults(run=_run_check)

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


def _run_build(args: argparse.Namespace) -> int:
    from sitegen.build import build

    try:
        result = build(args.site_dir, args.out, args.base_url, keep_going=args.keep_going)
    except (BuildError, ContentError, OutputError) as exc:
        return _fail(exc)
    _report(result.warnings)
    out = args.out or args.site_dir / "public"
    print(f"sitegen: wrote {result.files} files to {out}", file=sys.stderr)
    if result.errors:
        return _fail(BuildError(result.errors), written=True)
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from sitegen.build import load_site

    try:
        site, _ = load_site(args.site_dir)
    except (BuildError, ContentError) as exc:
        return _fail(exc)
    _report(site.warnings)
    unresolved = [s for s in site.statements if s.person is None]
    for st in unresolved:
        article = site.article(st.article)
        source = st.statement.source.text if st.statement.source else "no source"
        print(f"{article.path}: statement {st.id} has no resolved speaker ({source}): {st.text[:60]!r}")
    print(
        f"sitegen: {len(site.articles)} articles, {len(site.statements)} statements "
        f"({len(unresolved)} without a resolved speaker), {len(site.figures)} figures: OK",
        file=sys.stderr,
    )
    return EXIT_OK


def _fail(exc: Exception, written: bool = False) -> int:
    errors = exc.errors if isinstance(exc, BuildError) else [exc]
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    outcome = "those files were left out" if written else "nothing was written"
    print(f"sitegen: {len(errors)} error(s); {outcome}", file=sys.stderr)
    return EXIT_CONTENT_ERROR


def _report(warnings: list[ContentError]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
