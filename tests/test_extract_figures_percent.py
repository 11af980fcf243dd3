"""Percentages: values in points, "percentage points" kept apart as ``pp``."""

from __future__ import annotations

import pytest

from sitegen.extract.figures import extract_figures


def percents(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, None) if f.kind == "percent"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales rose 12% last year.", ("12%", 12, "%")),
        ("Turnout was 3.5 per cent lower.", ("3.5 per cent", 3.5, "%")),
        ("Inflation hit 7 percent.", ("7 percent", 7, "%")),
        ("Support fell twenty percent.", ("twenty percent", 20, "%")),
        ("The rate rose 2 percentage points.", ("2 percentage points", 2, "pp")),
        ("Nearly 45 % said no.", ("45 %", 45, "%")),
        ("The bank cut rates by 25 basis points.", ("25 basis points", 25, "bp")),
    ],
)
def test_a_number_followed_by_a_percent_sign_or_word_is_a_percentage(text, expected):
    surface, value, unit = expected
    assert percents(text) == [(surface, pytest.approx(value), unit)]


def test_per_cent_of_a_number_reads_backwards():
    assert percents("per cent of 210") == [("per cent of 210", 210, "%")]


def test_percent_signs_inside_urls_are_not_figures():
    assert extract_figures("See https://example.com/search?q=30%25%2020% for more.", None) == []


def test_percentages_count_what_follows_of():
    (f,) = extract_figures("About 40% of voters stayed home.", None)
    assert f.counted == "voters" and f.qualifier == "about"
