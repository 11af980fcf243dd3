"""The whole pipeline on the sample site: pages, links from a sub-path, determinism, safe failure."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from sitegen.build import build
from sitegen.errors import BuildError
from sitegen.pages import site_pages
from tests.sitecrawl import broken_links, parse

SUBPATH = "https://example.github.io/fact-site/"


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def built(sample_site: Path) -> Path:
    build(sample_site, base_url=SUBPATH)
    return sample_site / "public"


def test_pages_for_home_articles_people_topics_and_figures(built: Path):
    for rel in [
        "index.html", "404.html", ".nojekyll", "articles/index.html", "people/index.html",
        "topics/index.html", "figures/index.html", "assets/style.css",
        "articles/indian-migrants-usa-letter/index.html", "people/raja-ram-singh/index.html",
        "people/s-jaishankar/index.html", "people/donald-trump/index.html", "topics/migration/index.html",
    ]:  # fmt: skip
        assert (built / rel).is_file(), rel


def test_no_broken_internal_link_when_served_from_a_subpath(built: Path):
    assert broken_links(built, "/fact-site/") == []


def test_raja_ram_singh_page_links_to_the_people_he_is_mentioned_with(built: Path):
    links = parse(built / "people/raja-ram-singh/index.html").links
    assert "/fact-site/people/s-jaishankar/" in links
    assert "/fact-site/people/donald-trump/" in links


def test_two_builds_give_identical_bytes(sample_site: Path, tmp_path: Path):
    build(sample_site, out=tmp_path / "one")
    build(sample_site, out=tmp_path / "two")
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")


def test_a_failed_build_leaves_the_previous_public_untouched(sample_site: Path, built: Path):
    before = tree_digest(built)
    (sample_site / "content/articles/broken.md").write_text("---\ntitle: Broken\ndate: Febuary 4\n---\nx\n")
    with pytest.raises(BuildError, match=r"content/articles/broken.md:3"):
        build(sample_site, base_url=SUBPATH)
    assert tree_digest(built) == before
    assert sorted(p.name for p in sample_site.iterdir()) == [
        ".sitegen-cache",
        "content",
        "public",
        "sitegen.toml",
    ]


def test_user_templates_override_the_defaults(sample_site: Path):
    (sample_site / "templates").mkdir()
    (sample_site / "templates/404.html").write_text("custom {{ config.title }}")
    build(sample_site)
    assert (sample_site / "public/404.html").read_text() == "custom Fact Summaries"


def test_the_sitemap_lists_every_html_page_once_in_page_order(sample_site: Path, tmp_path: Path):
    base = "https://example.org/facts/"
    result = build(sample_site, out=tmp_path / "two", base_url=base, jobs=2)
    build(sample_site, out=tmp_path / "one", base_url=base, jobs=1)
    sitemap = (tmp_path / "two/sitemap.xml").read_text(encoding="utf-8")
    assert result.site is not None
    expected = [base + p.url for p in site_pages(result.site) if p.url.endswith("/") or p.url == ""]
    assert re.findall(r"<loc>(.*?)</loc>", sitemap) == expected
    assert base + "people/raja-ram-singh/" in expected
    assert sitemap == (tmp_path / "one/sitemap.xml").read_text(encoding="utf-8")
