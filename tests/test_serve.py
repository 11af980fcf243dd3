"""``sitegen serve``: the site under its base path, rebuilt and reloaded on change."""

from __future__ import annotations

import os
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from sitegen.serve import Reloader, make_server, rebuild, watch_and_rebuild


@pytest.fixture
def served(sample_site: Path):
    """The sample site built for a sub-path, served and watched; yields (site, base URL, reloader)."""
    base_url = "https://example.github.io/facts/"
    assert rebuild(sample_site, base_url, lambda _: None)
    reloader, stop = Reloader(), threading.Event()
    server = make_server(sample_site / "public", "/facts/", reloader, "127.0.0.1", 0)
    threads = [
        threading.Thread(target=server.serve_forever, daemon=True),
        threading.Thread(target=watch_and_rebuild, args=(sample_site, base_url, reloader, stop, lambda _: None)),
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # let the watcher start before the test edits files
    yield sample_site, f"http://127.0.0.1:{server.server_address[1]}/facts/", reloader
    stop.set()
    server.shutdown()
    server.server_close()
    threads[1].join(timeout=10)


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_pages_are_served_under_the_base_path_with_the_reload_script(served):
    _, base, _ = served
    status, html = fetch(base + "people/raja-ram-singh/")
    assert status == 200 and "<h1>Raja Ram Singh</h1>" in html
    assert "__sitegen/wait" in html
    assert fetch(base + "no/such/page/")[0] == 404


def test_built_files_never_contain_the_reload_script(served):
    site, _, _ = served
    assert "__sitegen" not in (site / "public/index.html").read_text()


def test_an_edit_rebuilds_and_tells_the_browser_to_reload(served):
    site, base, reloader = served
    article = site / "content/articles/port-salden-flood-fund.md"
    article.write_text(article.read_text().replace("to raise its river wall", "to raise its harbour wall"))
    status, version = fetch(base + "__sitegen/wait?v=0")
    assert status == 200 and int(version) >= 1
    assert "raise its harbour wall" in fetch(base + "articles/port-salden-flood-fund/")[1]


def test_a_rebuild_reports_the_build_error_and_keeps_the_last_site(sample_site: Path):
    assert rebuild(sample_site, None, lambda _: None)
    article = sample_site / "content/articles/port-salden-flood-fund.md"
    article.write_text(article.read_text().replace("date:", "date: Febuary 4\nold_date:", 1))
    reports: list[str] = []
    assert not rebuild(sample_site, None, reports.append)
    assert "still serving the last good site" in reports[0] and "port-salden-flood-fund.md" in reports[0]
    assert (sample_site / "public/articles/port-salden-flood-fund/index.html").exists()


def test_a_rebuild_never_forks_the_serving_process(sample_site: Path, monkeypatch: pytest.MonkeyPatch):
    """Render workers are forked, and a process serving pages has threads: the build runs in a fresh process."""

    def fork() -> int:
        raise AssertionError("the serving process forked")

    monkeypatch.setattr(os, "fork", fork)
    assert rebuild(sample_site, None, lambda _: None)
