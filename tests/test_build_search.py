"""Search indexing during a build: Pagefind indexes the pages it reads while the other pages render.

Neither Pagefind nor the thread feeding it may outlive a build, no worker may be forked beside that thread, and a
build that fails while Pagefind runs leaves ``public/`` as it was.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

import pytest

from sitegen import build as build_module
from sitegen import search
from sitegen.build import build
from sitegen.write import Staging, read_manifest
from tests.test_hostile_helpers import tree

FAILING_PAGE = "data/statements.json"
"""A page Pagefind does not read, re-rendered by any edit: it renders after Pagefind has started."""
ARTICLE = "content/articles/port-salden-flood-fund.md"


def _pagefind_that_hangs(folder: Path) -> tuple[Path, Path]:
    """A ``pagefind`` that never answers and writes its process id to a file: only a kill ends it."""
    binary, pid_file = folder / "pagefind", folder / "pagefind.pid"
    binary.write_text(f'#!/bin/sh\necho $$ > "{pid_file}"\nexec sleep 600\n')
    binary.chmod(0o755)
    return binary, pid_file


def _fail_once_pagefind_runs(pid_file: Path, error: BaseException):  # type: ignore[no-untyped-def]
    """``render_page`` that raises ``error`` on :data:`FAILING_PAGE` once Pagefind has started (in any process)."""
    render = build_module.render_page

    def render_page(env, page):  # type: ignore[no-untyped-def]
        if page.output_path == FAILING_PAGE:
            deadline = time.monotonic() + 20
            while not pid_file.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
            raise error
        return render(env, page)

    return render_page


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("error", [RuntimeError("template failed"), KeyboardInterrupt()], ids=["error", "ctrl-c"])
def test_a_render_error_or_ctrl_c_while_pagefind_runs_stops_it_and_leaves_public_as_it_was(
    sample_site, tmp_path, monkeypatch, caplog, jobs, error
):
    build(sample_site, jobs=jobs)
    before = tree(sample_site / "public")
    binary, pid_file = _pagefind_that_hangs(tmp_path)
    monkeypatch.setattr(search, "pagefind_binary", lambda: binary)
    monkeypatch.setattr(search, "TIMEOUT", 15)  # were it not stopped, it would be killed later, with a warning
    monkeypatch.setattr(build_module, "render_page", _fail_once_pagefind_runs(pid_file, error))
    with (sample_site / ARTICLE).open("a", encoding="utf-8") as article:
        article.write("\nA new paragraph, so the page and the index change.\n")
    with caplog.at_level(logging.WARNING, logger="sitegen.search"), pytest.raises(type(error)):
        build(sample_site, jobs=jobs)
    assert pid_file.exists(), "Pagefind had started when the page failed"
    assert not _alive(int(pid_file.read_text())), "Pagefind is killed"
    assert "search is disabled" not in caplog.text, "stopped by the build, not by its timeout"
    assert not [t for t in threading.enumerate() if t.name.startswith("pagefind")]
    assert tree(sample_site / "public") == before
    assert not (sample_site / ".public.staging").exists()


def test_a_failing_pagefind_turns_search_off_and_the_build_goes_on(sample_site, monkeypatch, caplog):
    monkeypatch.setattr(search, "pagefind_binary", lambda: Path("/bin/false"))
    with caplog.at_level(logging.WARNING, logger="sitegen.search"):
        result = build(sample_site, jobs=2)
    assert "search is disabled: pagefind failed" in caplog.text
    assert (sample_site / "public/articles/indian-migrants-usa-letter/index.html").is_file()
    assert not (sample_site / "public/pagefind").exists()
    assert result.errors == []


def test_every_render_worker_is_forked_before_the_search_thread_starts(sample_site, monkeypatch):
    """A process forked while another thread holds a lock keeps it held for ever.

    (Forked while the search thread started Pagefind, a worker kept the pipe
    through which ``subprocess`` learns that Pagefind started: the build hung.)
    """
    fork, forks = os.fork, []

    def checked_fork() -> int:
        running = [t.name for t in threading.enumerate() if t.name.startswith("pagefind")]
        assert not running, f"forked while {running} ran"
        forks.append(running)
        return fork()

    monkeypatch.setattr(os, "fork", checked_fork)
    build(sample_site, jobs=2)
    assert len(forks) >= 2


def test_the_published_index_is_carried_when_no_page_pagefind_reads_changed(sample_site, monkeypatch):
    """Pagefind is given only the top pages of its folders, so only their keys decide whether the index can change."""
    if search.pagefind_binary() is None:
        pytest.skip("pagefind[bin] is not installed")
    build(sample_site, jobs=1)
    public = sample_site / "public"
    keys = read_manifest(public)
    indexed = {rel: keys[rel] for rel in search.index_order(keys)}
    assert len(indexed) > 10 and "timeline/index.html" not in indexed and "people/index.html" not in indexed
    ran = []
    monkeypatch.setattr(search, "index_site", lambda *args: ran.append(args) or True)
    with Staging(public) as staging:
        assert build_module._index(staging, indexed, search.Stop())
        assert ran == []
        assert (staging.root / "pagefind" / "pagefind-entry.json").is_file()
        assert build_module._index(staging, {**indexed, next(iter(indexed)): "changed"}, search.Stop())
        assert len(ran) == 1
