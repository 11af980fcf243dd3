"""find_dates (regex scan) and resolve_date (dateparser, anchored to the article date)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from sitegen.extract.dates import find_dates, resolve_date


def found(text: str) -> list[str]:
    return [expr for _, _, expr in find_dates(text)]


@pytest.mark.parametrize(
    "text, expression",
    [
        ("Singh said in the letter dated February 4.", "February 4"),
        ("The meeting on 4 Feb 2025 ended early.", "4 Feb 2025"),
        ("Talks resume Feb. 4, officials said.", "Feb. 4"),
        ("Sales fell in 2025 again.", "2025"),
        ("He spoke on Tuesday to reporters.", "on Tuesday"),
        ("Yesterday, a plane landed.", "Yesterday"),
        ("It happened three days ago.", "three days ago"),
        ("Elections are due in March 2026.", "in March 2026"),
        ("Filed on 2025-02-04 at noon.", "2025-02-04"),
        ("Prices peaked last week.", "last week"),
        ("The 2024-25 budget", "2024-25"),
    ],
)
def test_date_expressions_are_found(text, expression):
    assert expression in found(text)


def test_offsets_point_at_the_expression():
    text = "Singh said in the letter dated February 4."
    ((start, end, expr),) = find_dates(text)
    assert text[start:end] == expr


@pytest.mark.parametrize(
    "text",
    [
        "18,000 immigrants",
        "Rs 2025 crore",
        "She may 5 times refuse.",
        "a 1,999 seat hall",
        "It rose 2000 percent",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["We meet tonİght.", "We meet tonıght.", "We met last weeK."])
def test_letters_that_match_ascii_case_insensitively_still_make_dates(text):
    assert len(find_dates(text)) == 1


def test_text_without_digits_or_date_words_holds_no_date():
    assert find_dates("official figures show, a survey by the union found") == []


def test_find_dates_is_fast_on_long_and_hostile_text():
    text = "February 4, " * 2000 + "1" * 10000 + " on " * 5000
    t0 = time.process_time()
    find_dates(text)
    assert time.process_time() - t0 < 1.0


def test_resolve_date_anchors_relative_expressions_to_the_article_date():
    assert resolve_date("February 4", date(2025, 2, 6)) == "2025-02-04"
    assert resolve_date("yesterday", date(2025, 2, 6)) == "2025-02-05"


def test_resolve_date_weekdays_count_back_from_the_article_date():
    thursday = date(2025, 2, 6)
    assert resolve_date("on Tuesday", thursday) == "2025-02-04"
    assert resolve_date("on Thursday", thursday) == "2025-02-06"
    assert resolve_date("last Thursday", thursday) == "2025-01-30"
    assert resolve_date("next Monday", thursday) == "2025-02-10"
    assert resolve_date("on Friday morning", thursday) == "2025-01-31"


def test_resolve_date_gives_none_for_expressions_without_a_day():
    for expression in ("2025", "1990s", "2024-25", "mid-2024"):
        assert resolve_date(expression, date(2025, 2, 6)) is None


def test_resolve_date_reads_spaced_punctuation():
    assert resolve_date("Dec . 12 , 1994", None) == "1994-12-12"


def test_resolve_date_without_an_article_date_needs_a_year():
    assert resolve_date("4 Feb 2025", None) == "2025-02-04"
    assert resolve_date("February 4", None) is None
    assert resolve_date("yesterday", None) is None
