"""The pipeline: read content → extract → link → render → write.

Each stage is a module of its own; this one runs them in order, with the
per-article work (parse + extract) cached by content hash and spread over
all cores when there is enough of it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from sitegen import export, export_memo, search
from sitegen.cache import CACHE_DIR, ArticleCache, BuildState, article_key, cache_salt
from sitegen.config import SiteConfig, load_config
from sitegen.errors import BuildError, ContentError, display_path
from sitegen.fingerprint import PageKeys, templates_digest
from sitegen.layout import template_folders
from sitegen.link import Site, link
from sitegen.marks import MarkMemo
from sitegen.pages import Page, site_pages
from sitegen.parallel import parallel_map
from sitegen.parse import ParseResult, parse_article
from sitegen.read import (
    MAX_ARTICLE_BYTES,
    article_paths,
    check_site_file,
    collect_articles,
    read_people_and_topics,
)
from sitegen.render import render_page, site_assets, template_environment
from sitegen.write import Staging, WriteStats, content_key

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; the CLI draws a bar, tests pass nothing."""


@dataclass(slots=True)
class BuildResult:
    site: Site | None
    """None when nothing changed since the last build and nothing was done."""
    stats: WriteStats = field(default_factory=WriteStats)
    warnings: list[ContentError] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    """Files left out by ``keep_going``."""
    cache_hits: int = 0
    articles_parsed: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    """Wall seconds per stage: load, pages, render, search, publish."""


@dataclass(slots=True)
class Loaded:
    site: Site
    errors: list[ContentError]
    cache_hits: int
    parsed: int


def load_site(
    site_dir: Path,
    base_url: str | None = None,
    keep_going: bool = False,
    store: ArticleCache | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> Loaded:
    """Read, extract and link a site.

    Every content error is collected first.  By default any error stops the
    build (a publishing pipeline must not silently drop an article); with
    ``keep_going`` the bad files are left out and their errors returned.
    """
    config = load_config(site_dir, base_url)
    content = read_people_and_topics(site_dir)
    store = store or ArticleCache(site_dir / CACHE_DIR, read=False, write=False)
    with _collector_paused():
        results, parsed = _parse_articles(site_dir, config, store, jobs or os.cpu_count() or 1, progress)
        articles, errors = collect_articles([r if isinstance(r, ContentError) else r[0] for r in results])
        errors = content.errors + errors
        if errors and not keep_going:
            raise BuildError(errors)
        read = [r for r in results if not isinstance(r, ContentError)]
        extractions, ids = {r[0].slug: r[1] for r in read}, {r[0].slug: r[2] for r in read}
        site = link(config, articles, extractions, content.people, content.topics, ids)
        store.prune({a.digest for a in articles})
    return Loaded(site, errors, store.hits, parsed)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the site is loaded or its pages made, and what was made left frozen.

    Both create millions of objects and free almost none, yet each collection
    walked every object made so far again: at 1,000 cached articles a quarter
    of the load stage's CPU; at 10,000, 3 to 4 s of the pages stage's 21 s
    (900,000 tracked objects there, 14 full collections).  The first
    collection after it would walk them all once more; frozen
    (``gc.freeze``), they are left alone until :func:`_long_lived` unfreezes
    them at the end of the build (a load that fails freezes nothing:
    ``sitegen serve`` goes on after it).  Parse and render workers collect
    as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if enabled:
            gc.enable()


def build(
    site_dir: Path,
    out: Path | None = None,
    base_url: str | None = None,
    keep_going: bool = False,
    clean: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the site in ``site_dir`` into ``out`` (default ``site_dir/public``); ``clean`` ignores the cache.

    Only pages whose inputs changed are rendered, and when no input file
    changed at all since the last build into the same folder nothing is done.
    Pages are written to a staging copy as they are rendered (the site is
    never held in memory), the search index is built there too, and the copy
    replaces ``out`` in one step.
    """
    clock = _Clock()
    out = (out or site_dir / "public").resolve()
    state = BuildState.of(site_dir, out, base_url)
    if not clean and state.unchanged(out):
        return BuildResult(None, seconds=clock.total())
    workers = jobs or os.cpu_count() or 1
    loaded = load_site(
        site_dir, base_url, keep_going, ArticleCache(site_dir / CACHE_DIR, read=not clean), workers, progress
    )
    clock.lap("load")
    with _long_lived():
        stats = _publish(site_dir, out, loaded.site, clean, workers, clock)
    if not loaded.errors:
        state.save()
    clock.lap("publish")
    return BuildResult(
        loaded.site,
        stats,
        loaded.site.warnings,
        loaded.errors,
        loaded.cache_hits,
        loaded.parsed,
        clock.total(),
        clock.laps,
    )


def _publish(site_dir: Path, out: Path, site: Site, clean: bool, workers: int, clock: _Clock) -> WriteStats:
    """Key every page, render those whose key changed into a staging copy, index it for search, and swap it in."""
    marks = MarkMemo(site_dir / CACHE_DIR / "marks.bin", read=not clean)
    with _collector_paused():
        pages = site_pages(site, functools.partial(marks.mark_all, jobs=workers))
        fingerprint = PageKeys(site, templates_digest(template_folders(site_dir)))
    assets = site_assets(site_dir)
    clock.lap("pages")
    with Staging(out) as staging:
        gc.freeze()  # the pages too are shared with the render workers, which would copy what a collection touches
        with export_memo.kept(export.record_memo(site_dir / CACHE_DIR / "exports", site, read=not clean)):
            keys = _render(site_dir, site, pages, fingerprint, staging, clean, workers)
        keys |= {rel: content_key(data) for rel, data in assets.items()}
        for rel, data in sorted(assets.items()):
            staging.count(staging.write(rel, data))
        staging.finish(keys, keys.keys())
        clock.lap("render")
        search.index_site(staging.root, keys, staging.out, workers)  # without Pagefind it warns; search is off
        clock.lap("search")
        staging.publish()
    marks.save()
    return staging.stats


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """Keep the garbage collector off the objects that exist now until the block ends.

    The loaded site lives until the build ends, yet each full collection walked
    all of it again: 1.6 of the 5.3 s of CPU of the pages stage at 1,000
    articles (0.5 s frozen), and a larger share as the site grows.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _Clock:
    """Wall time per build stage, for ``sitegen build -v`` and the benchmark."""

    def __init__(self) -> None:
        self.started = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage], self.last = now - self.last, now

    def total(self) -> float:
        return time.perf_counter() - self.started


_RENDERING: tuple[Path, Site, list[Page], PageKeys, Staging, bool, int] | None = None
"""What forked render workers work from: inherited through fork, never pickled."""
RENDER_CHUNK = 32
"""About how many pages a task hands a render worker: small enough to balance one huge page against many small ones."""
RENDER_ROUND = 4_000
"""About how many pages the workers render before fresh forks of the parent take their place.

A forked worker shares the parent's memory until it writes to it, and merely
reading an object writes its reference count: over a whole render of 10,000
articles each of the two workers came to hold its own copy of most of the
linked site, and the build's memory grew from 3.0 to 4.2 GiB during the
render stage.  Fresh workers share it all again; a round costs a fork per
worker and, if it renders anything, one compile of the templates.
"""


def _render(
    site_dir: Path, site: Site, pages: list[Page], keys: PageKeys, staging: Staging, clean: bool, jobs: int
) -> dict[str, str]:
    """Key each page, and render and stage it unless the published copy has that key; over forked workers.

    Keying runs in the workers too: signing every page's context is a third of
    an incremental build's work.  Workers write the files themselves and send
    back only each path's key and what they did, so no process ever holds more
    than one rendered page.  Task ``i`` of ``n`` takes every ``n``-th page from
    ``i``, so pages of one kind (the four data exports, which an edit always
    re-renders and which dominate such a build) are spread over the workers
    instead of falling to one.  The tasks run in rounds of about
    :data:`RENDER_ROUND` pages to render, each with workers of its own.
    Returns every page's key.
    """
    if jobs <= 1 or len(pages) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        done = _render_pages(site_dir, site, pages, keys, staging, clean)
    else:
        global _RENDERING
        tasks = max(jobs, -(-len(pages) // RENDER_CHUNK))
        rounds = max(1, round(_to_render(pages, keys, staging, clean) / RENDER_ROUND))
        per_round = max(jobs, -(-tasks // rounds))
        _RENDERING = (site_dir, site, pages, keys, staging, clean, tasks)
        parts: list[list[tuple[str, str, str]]] = []
        try:
            for first in range(0, tasks, per_round):
                with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
                    parts += pool.map(_render_task, range(first, min(tasks, first + per_round)))
        finally:
            _RENDERING = None
        done = [item for part in parts for item in part]
    for _, _, action in done:
        staging.count(action)
    return {rel: key for rel, key, _ in done}


def _to_render(pages: list[Page], keys: PageKeys, staging: Staging, clean: bool) -> int:
    """About how many pages the workers will render, which sets the number of rounds.

    A page keyed by its inputs is keyed here at little cost (its inputs are a
    digest already); one keyed by its context (a few summary pages) counts as
    rendered.  An edit then renders in one round: rounds of workers that only
    carry pages over cost a fork each and spare no memory.
    """
    if clean:
        return len(pages)
    count = 0
    for page in pages:
        rel = page.output_path
        count += page.inputs is None or keys.key(page) not in (staging.current.get(rel), staging.before.get(rel))
    return count


def _render_task(index: int) -> list[tuple[str, str, str]]:
    assert _RENDERING is not None
    site_dir, site, pages, keys, staging, clean, tasks = _RENDERING
    return _render_pages(site_dir, site, pages[index::tasks], keys, staging, clean)


def _render_pages(
    site_dir: Path, site: Site, pages: list[Page], keys: PageKeys, staging: Staging, clean: bool
) -> list[tuple[str, str, str]]:
    """``(path, key, action)`` for each page: rendered and written, or carried over from the published site."""
    done = []
    for page in pages:
        rel, key = page.output_path, keys.key(page)
        action = None if clean else staging.carry(rel, key)
        if action is None:
            action = staging.write(rel, render_page(_environment(site_dir, site), page), key)
        done.append((rel, key, action))
    return done


def _environment(site_dir: Path, site: Site) -> jinja2.Environment:
    """One template environment per process and site, so each template is compiled once, not once per chunk."""
    global _ENV
    if _ENV is None or _ENV[0] is not site:
        _ENV = (site, template_environment(site_dir, site))
    return _ENV[1]


_ENV: tuple[Site, jinja2.Environment] | None = None


def _parse_articles(
    site_dir: Path, config: SiteConfig, store: ArticleCache, jobs: int, progress: Progress | None
) -> tuple[list[ParseResult], int]:
    """Every article parsed and extracted, from the cache where possible, in path order."""
    salt = cache_salt(config)
    paths = article_paths(site_dir)
    keys = [_source_key(salt, p, site_dir) for p in paths]
    results: list[ParseResult | None] = [k if isinstance(k, ContentError) else store.get(k) for k in keys]
    missing = [i for i, r in enumerate(results) if r is None]
    work = functools.partial(parse_article, site_dir=site_dir, allow_html=config.allow_html)
    parsed = parallel_map(work, [paths[i] for i in missing], jobs)
    for done, (i, result) in enumerate(zip(missing, parsed, strict=True), 1):
        key = keys[i]
        if not isinstance(result, ContentError) and isinstance(key, str):
            result[0].digest = key
            store.put(key, *result)
        results[i] = result
        if progress:
            progress("parse", done, len(missing))
    return [r for r in results if r is not None], len(missing)


def _source_key(salt: str, path: Path, site_dir: Path) -> str | ContentError:
    """The article's cache key, or the error that makes it unreadable (broken link, folder, too big)."""
    shown = display_path(path, site_dir)
    try:
        check_site_file(path, site_dir, shown, MAX_ARTICLE_BYTES)
        return article_key(salt, shown, path.read_bytes())
    except ContentError as exc:
        return exc
    except OSError as exc:
        return ContentError(shown, None, f"cannot be read: {exc.strerror or exc}")
