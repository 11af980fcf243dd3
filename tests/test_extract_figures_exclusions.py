"""Numbers that are not figures: dates, times, names with digits, references, phones, flights, lists."""

from __future__ import annotations

import pytest

from sitegen.extract.figures import extract_figures


def texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The letter is dated February 4.",
        "They met on 4 Feb 2025 in Delhi.",
        "The law passed in 2019.",
        "Talks resume on Feb. 4, officials said.",
        "The H-1B visa programme",
        "COVID-19 cases climbed.",
        "Leaders met at the G20 summit.",
        "Police invoked Section 144 in the district.",
        "Article 370 was revoked.",
        "The first batch landed.",
        "He finished 21st in the race.",
        "The train leaves at 10:45 tonight.",
        "It closes at 11pm.",
        "Call +91 98765 43210 now.",
        "The toll-free helpline is 1800-180-1551.",
        "Flight AI 101 was delayed.",
        "Visit www.example.com/2024/report for details.",
        "The decade of the 1990s",
        "An IP address such as 192.168.1.2",
        "At no. 1 in the charts",
        "It happened three years ago.",
        "The Boeing 737 was grounded.",
        "The new iPhone 15 sells well.",
        "They won the final 5-0 at home.",
        "The helpline runs 24/7.",
        "Since the 9/11 attacks, rules changed.",
        "The 2024-25 budget was tabled.",
    ],
)
def test_not_a_figure(text):
    assert texts(text) == []


def test_list_numbering_is_not_a_figure_but_the_items_figures_are():
    assert texts("1. Hire 200 nurses\n2. Build 3 clinics") == ["200", "3"]


def test_money_that_looks_like_a_year_stays_money():
    assert texts("The bill came to $2000.") == ["$2000"]
