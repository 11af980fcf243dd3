"""The site as readers use it, in headless Debian Chromium: the sample site built for a sub-path base URL and served
from that sub-path on localhost.  Home → person → statement → its highlighted paragraph; search; no horizontal
scroll on a phone; axe-core finds no serious or critical violation; screenshots into tests/artifacts/.

Skips when chromium, playwright or axe-core is missing, except under ``CI`` where it fails.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browserkit import (
    ARTIFACTS,
    DESKTOP,
    PHONE,
    REPO,
    axe_violations,
    browser,
    build_sample,
    horizontal_overflow,
    new_page,
    serve,
)

SCREENSHOTS = {"home": "", "person": "people/raja-ram-singh/", "article": "articles/indian-migrants-usa-letter/"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Any]]:
    root = tmp_path_factory.mktemp("served")
    with browser() as chromium:  # first, so a missing browser skips before the build
        public = build_sample(root)
        with serve(root) as base:
            yield base, public, chromium


def test_home_to_person_to_statement_to_highlighted_paragraph(served):
    base, _, chromium = served
    page = new_page(chromium, PHONE)
    page.goto(base)
    page.get_by_role("link", name="Raja Ram Singh").first.click()
    assert page.url == base + "people/raja-ram-singh/"
    assert page.locator("h1").inner_text() == "Raja Ram Singh"
    page.locator("a[aria-label='Permalink to this statement']").first.click()
    match = re.fullmatch(re.escape(base) + r"articles/[a-z0-9-]+/#(s-[0-9a-f]{10})", page.url)
    assert match, page.url
    statement_id = match.group(1)
    target = page.locator(":target")
    assert target.evaluate("e => e.tagName") == "MARK"
    assert target.get_attribute("id") == statement_id
    highlighted = target.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = page.locator("mark.quote:not(:target)").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert highlighted not in ("rgba(0, 0, 0, 0)", plain)
    assert target.evaluate("e => { const r = e.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }")
    assert target.evaluate("e => e.closest('p') !== null")


def test_search_for_jaishankar_reaches_his_page(served):
    base, _, chromium = served
    page = new_page(chromium, DESKTOP)
    page.goto(base)
    page.fill("#site-q", "Jaishankar")
    page.press("#site-q", "Enter")
    assert page.url.startswith(base + "search/?q=Jaishankar")
    result = page.locator(".pagefind-ui__result-link", has_text="S. Jaishankar").first
    result.wait_for(timeout=15_000)
    result.click()
    assert page.url == base + "people/s-jaishankar/"
    assert page.locator("h1").inner_text() == "S. Jaishankar"


@pytest.mark.parametrize("path", ["", "people/raja-ram-singh/", "articles/indian-migrants-usa-letter/",
                                  "timeline/", "timeline/2025-02/", "figures/", "figures/tracks/returnees/",
                                  "figures/months/2025-03/",
                                  "search/?q=Singh", "topics/migration/", "topics/migration/2025-02/"])  # fmt: skip
def test_no_horizontal_scroll_on_a_phone(served, path):
    base, _, chromium = served
    page = new_page(chromium, PHONE)
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    assert horizontal_overflow(page) <= 0


def test_axe_finds_no_serious_or_critical_violation_on_any_page(served):
    base, public, chromium = served
    page = new_page(chromium, DESKTOP)
    problems = []
    for path in sorted(public.rglob("*.html")):
        if "pagefind" in path.parts:
            continue
        rel = path.relative_to(public).as_posix().removesuffix("index.html")
        page.goto(base + rel + ("?q=Jaishankar" if rel == "search/" else ""))
        if rel == "search/":
            page.wait_for_load_state("networkidle")
        problems += [f"{rel or 'home'}: {v}" for v in axe_violations(page)]
    dark = new_page(chromium, PHONE, dark=True)
    for rel in SCREENSHOTS.values():
        dark.goto(base + rel)
        problems += [f"{rel or 'home'} (dark): {v}" for v in axe_violations(dark)]
    assert problems == []


def test_screenshots_at_phone_and_desktop_width(served):
    base, _, chromium = served
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page = new_page(chromium, viewport)
        for name, rel in SCREENSHOTS.items():
            page.goto(base + rel)
            page.wait_for_load_state("networkidle")
            shot = ARTIFACTS / f"{name}-{width}.png"
            page.screenshot(path=str(shot))
            assert shot.stat().st_size > 5_000


def update_docs_screenshots() -> None:
    """Copy the latest screenshots into docs/screenshots/ (run by hand: python -m tests.test_browser)."""
    target = REPO / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    for shot in sorted(ARTIFACTS.glob("*.png")):
        if shot.stem.split("-")[0] in SCREENSHOTS:
            shutil.copy(shot, target / shot.name)


if __name__ == "__main__":
    update_docs_screenshots()
