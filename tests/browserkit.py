"""Shared helpers for the browser and HTML-checker tests: the sample site built under a sub-path and served on
localhost from that sub-path, headless Debian Chromium through Playwright, the Nu HTML Checker and axe-core.

Tools that are missing make a test skip with the reason, except when the ``CI`` environment variable is set:
then the test fails, so CI can never pass by skipping them.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BASE_URL = "https://example.github.io/repo/"
"""The published address the sample is built for; it is served locally from the same ``/repo/`` path."""
SUB_PATH = "repo"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 860}


def missing(what: str) -> None:
    """Skip for ``what``; fail instead when running in CI."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} (CI is set: this test must run, install it in .ci/run)")
    pytest.skip(what)


def chromium_path() -> str:
    found = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
    if not found:
        missing("needs Debian's chromium (apt-get install chromium)")
    return str(found)


def sync_playwright() -> Any:
    try:
        from playwright.sync_api import sync_playwright as start
    except ImportError:
        missing("needs the playwright package (pip install -e '.[test]')")
    return start


def build_sample(root: Path, index: bool = True) -> Path:
    """Build the repository's sample site into ``root/repo`` for ``BASE_URL``; return that folder."""
    from sitegen.build import build
    from sitegen.search import index_site

    site = root / "site"
    shutil.copytree(REPO / "content", site / "content")
    shutil.copy(REPO / "sitegen.toml", site / "sitegen.toml")
    public = root / SUB_PATH
    build(site, out=public, base_url=BASE_URL, jobs=1)
    if index:
        index_site(public)
    return public


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` on a free localhost port in a thread; yields the URL of ``root/repo/``."""
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def browser() -> Iterator[Any]:
    """Headless Debian Chromium (never a downloaded browser); every request outside localhost is refused."""
    path = chromium_path()
    start = sync_playwright()
    with start() as p:
        chromium = p.chromium.launch(
            executable_path=path, headless=True, args=["--no-sandbox", "--disable-background-networking"]
        )
        try:
            yield chromium
        finally:
            chromium.close()


def new_page(chromium: Any, viewport: dict[str, int] = DESKTOP, dark: bool = False) -> Any:
    context = chromium.new_context(viewport=viewport, color_scheme="dark" if dark else "light")
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if "//127.0.0.1" in route.request.url else route.abort())
    return page


def axe_violations(page: Any, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """axe-core's violations of the given impacts on the loaded page, as ``rule: target`` lines."""
    if not AXE.is_file():
        missing("needs axe-core (npm ci)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in result
        if v["impact"] in impacts
    ]


def horizontal_overflow(page: Any) -> int:
    """How many CSS pixels the document is wider than the viewport (0 = no horizontal scroll)."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))
