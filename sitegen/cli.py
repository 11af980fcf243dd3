"""Command line: ``sitegen build | check | extract``.  ``main(argv)`` returns the exit code."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen import __version__
from sitegen.errors import BuildError, ContentError
from sitegen.write import OutputError

if TYPE_CHECKING:
    from sitegen.build import BuildResult

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
    b.add_argument("--clean", action="store_true", help="ignore the cache and parse every article again")
    b.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: one per core)")
    _add_verbosity(b)
    b.set_defaults(run=_run_build)

    c = sub.add_parser(
        "check",
        help="validate all content; write nothing",
        description="Read and check every content file; exit 1 on errors. Writes nothing.",
    )
    c.add_argument("site_dir", nargs="?", default=".", type=Path, help="site folder (default: .)")
    c.set_defaults(run=_run_check)

    sv = sub.add_parser(
        "serve",
        help="build, serve locally and rebuild on every change",
        description="Build the site, serve it under its base path and rebuild + reload the browser on changes "
        "to content, templates or sitegen.toml.",
    )
    sv.add_argument("site_dir", nargs="?", default=".", type=Path, help="site folder (default: .)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    sv.add_argument("--base-url", help="serve under this URL's path instead of the configured base_url")
    sv.set_defaults(run=_run_serve)

    nw = sub.add_parser(
        "new",
        help="create a starter site",
        description="Create a starter site: sitegen.toml, one article, people and topics, and a GitHub Pages workflow.",
    )
    nw.add_argument("site_dir", type=Path, help="folder to create (must be new or empty)")
    nw.set_defaults(run=_run_new)

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


def _run_serve(args: argparse.Namespace) -> int:
    from sitegen.serve import serve

    return serve(args.site_dir, args.host, args.port, args.base_url)


def _run_new(args: argparse.Namespace) -> int:
    from sitegen.new import SiteExistsError, new_site

    try:
        written = new_site(args.site_dir)
    except SiteExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for path in written:
        print(path)
    print(
        f"sitegen: created a site in {args.site_dir}; build it with: sitegen build {args.site_dir}",
        file=sys.stderr,
    )
    return EXIT_OK


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


def _add_verbosity(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    group.add_argument("-v", "--verbose", action="store_true", help="also print each warning and timing")


def _run_build(args: argparse.Namespace) -> int:
    from sitegen.cache import up_to_date

    started, out = time.perf_counter(), args.out or args.site_dir / "public"
    if not args.clean and up_to_date(args.site_dir, out, args.base_url):  # before importing the pipeline
        if not args.quiet:
            print(_nothing_changed(out, time.perf_counter() - started), file=sys.stderr)
        return EXIT_OK

    from sitegen.build import build
    from sitegen.progress import ProgressBar

    with ProgressBar(enabled=not args.quiet) as bar:
        try:
            result = build(args.site_dir, args.out, args.base_url, args.keep_going, args.clean, args.jobs, bar.update)
        except (BuildError, ContentError, OutputError) as exc:
            bar.close()
            return _fail(exc)
    if not args.quiet:
        _report(result.warnings, verbose=args.verbose)
        print(_summary(result, args.out or args.site_dir / "public"), file=sys.stderr)
    if result.errors:
        return _fail(BuildError(result.errors), written=True)
    return EXIT_OK


def _nothing_changed(out: Path, seconds: float) -> str:
    return f"sitegen: nothing changed since the last build of {out} ({seconds:.2f} s)"


def _summary(result: BuildResult, out: Path) -> str:
    if result.site is None:
        return _nothing_changed(out, result.seconds)
    site, stats = result.site, result.stats
    return (
        f"sitegen: {len(site.articles)} articles, {len(site.statements)} statements, {len(site.figures)} figures; "
        f"{out}: {stats.written} files written, {stats.kept + stats.linked} unchanged, {stats.deleted} deleted "
        f"in {result.seconds:.2f} s (articles: {result.cache_hits} from cache, {result.articles_parsed} parsed)\n"
        "sitegen: stages: " + ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in result.timings.items())
    )


def _run_check(args: argparse.Namespace) -> int:
    from sitegen.build import load_site
    from sitegen.cache import CACHE_DIR, ArticleCache

    try:
        site = load_site(args.site_dir, store=ArticleCache(args.site_dir / CACHE_DIR, write=False)).site
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


def _report(warnings: list[ContentError], verbose: bool = True) -> None:
    if not verbose and len(warnings) > 5:
        print(f"sitegen: {len(warnings)} warnings (use --verbose to list them)", file=sys.stderr)
        return
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
