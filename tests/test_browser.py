"""The site as readers use it, in headless Debian Chromium: the sample site built for a sub-path base URL and served
from that sub-path on localhost.  Home → person → statement → its highlighted paragraph; search; no horizontal
scroll on a phone; axe-core finds no serious or critical violation; search over tiny index shards finds what one index
finds; screenshots into tests/artifacts/.

Skips when chromium, playwright or axe-core is missing, except under ``CI`` where it fails.
"""

from __future__ import annotations

import functools
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitegen import search
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
    result = page.locator("#search-results a", has_text="S. Jaishankar").first
    result.wait_for(timeout=15_000)
    result.click()
    assert page.url == base + "people/s-jaishankar/"
    assert page.locator("h1").inner_text() == "S. Jaishankar"


def _found(page: Any, base: str, query: str) -> list[str]:
    """Every result link the search page lists for ``query``, following "Show more results" to the end."""
    page.goto(base + "search/")
    page.fill("#search-q", query)
    page.press("#search-q", "Enter")
    page.wait_for_function("/results? for|No results/.test(document.getElementById('search-status').textContent)")
    status = page.locator("#search-status").inner_text()
    count = int(status.split()[0]) if status[0].isdigit() else 0
    shown = page.locator("#search-results a")
    while True:
        page.wait_for_function(f"document.querySelectorAll('#search-results a').length >= {min(count, 10)}")
        if shown.count() >= count:
            return sorted(shown.evaluate_all("links => links.map(a => a.getAttribute('href'))"))
        page.click("#search-more")
        page.wait_for_function(f"document.querySelectorAll('#search-results a').length > {shown.count()}")


def test_search_over_tiny_shards_finds_exactly_what_one_index_finds(served, tmp_path, monkeypatch):
    """Each shard alone drops a query word it lacks (Pagefind issues #329, #547), or answers with a shorter word that
    begins it; the search page asks only the shards holding every word, as one index over all pages answers."""
    if search.pagefind_binary() is None:
        pytest.skip("pagefind[bin] is not installed")
    _, _, chromium = served
    public = build_sample(tmp_path / "one", index=False)
    shutil.copytree(public, tmp_path / "shards" / "repo")
    whole = functools.partial(search.Shard, "all")
    monkeypatch.setattr(search, "plan", lambda keys, version: [whole(tuple(sorted(keys)), version)])
    assert search.index_site(public)
    monkeypatch.undo()
    monkeypatch.setattr(search, "SHARD_PAGES", 1)
    monkeypatch.setattr(search, "MAX_SHARDS", 4)
    assert search.index_site(tmp_path / "shards" / "repo")
    assert len(search.listed(tmp_path / "shards" / "repo" / "pagefind")) > 8
    queries = ["Jaishankar visas", "Veldra flight", "return flight count", "Singh letter", "flood fund", "Kestrel",
               "migrants Veldra", "Jaishankar zzqqx", "Jaishankarz", "retur", '"return flight"',
               '"return flight" Veldra', 'Singh "visas']  # fmt: skip
    with serve(tmp_path / "one") as one, serve(tmp_path / "shards") as sharded:
        page = new_page(chromium, DESKTOP)
        found = {query: (_found(page, one, query), _found(page, sharded, query)) for query in queries}
    assert {query: alone for query, (alone, _) in found.items()} == {
        query: shards for query, (_, shards) in found.items()
    }
    assert sum(bool(alone) for alone, _ in found.values()) >= 6


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
