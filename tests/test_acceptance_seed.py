"""The seed article, end to end: what a reader finds on Raja Ram Singh's page and on the article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitegen.build import build
from tests.sitecrawl import parse


@pytest.fixture
def public(sample_site: Path) -> Path:
    build(sample_site, base_url="https://example.github.io/facts/")
    return sample_site / "public"


def direct_quotes(html: str) -> list[str]:
    return re.findall(r'<li class="statement statement-direct".*?</li>', html, flags=re.S)


def test_person_page_lists_all_five_direct_quotations_with_paragraph_links(public: Path):
    html = (public / "people/raja-ram-singh/index.html").read_text()
    quotes = direct_quotes(html)
    assert len(quotes) == 5
    for quote in quotes:
        assert re.search(r'href="/facts/articles/indian-migrants-usa-letter/#[ps]-[0-9a-f]{8,10}"', quote)
    assert sum('datetime="2025-02-04"' in q for q in quotes) >= 2  # "in the letter dated February 4"


REPORTED = [
    "sought the Centre’s intervention",
    "urged the government to safeguard the interests of Indians",
    "sets a dangerous precedent",
    "human labour from “third world” countries",
    "imperial policies",
    "were used to target them",
]


def statements(html: str) -> list[str]:
    return re.findall(r'<li class="statement statement-(?:direct|indirect|mixed)".*?</li>', html, flags=re.S)


def test_person_page_lists_his_reported_statements_as_reported_speech(public: Path):
    html = (public / "people/raja-ram-singh/index.html").read_text()
    reported = [s for s in statements(html) if "statement-direct" not in s]
    for words in REPORTED:
        assert any(words in s for s in reported), words


def test_every_statement_shows_his_role_at_the_time(public: Path):
    html = (public / "people/raja-ram-singh/index.html").read_text()
    entries = statements(html)
    assert len(entries) >= 11
    assert all("CPI(ML) MP from Karakat, Bihar" in s for s in entries)


def test_person_page_links_to_jaishankar_and_trump(public: Path):
    links = parse(public / "people/raja-ram-singh/index.html").links
    assert "/facts/people/s-jaishankar/" in links and "/facts/people/donald-trump/" in links


def test_article_summary_lists_the_figures_with_what_they_count(public: Path):
    html = (public / "articles/indian-migrants-usa-letter/index.html").read_text()
    assert re.search(r"18,000.*?immigrants labelled as illegal", html, flags=re.S)
    assert re.search(r"104.*?illegal Indian immigrants", html, flags=re.S)
