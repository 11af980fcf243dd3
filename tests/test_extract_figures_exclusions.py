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


@pytest.mark.parametrize(
    "run",
    [
        "1, " * 13,
        "12 % " * 13,
        "1/2 " * 13,
        "1-2-3-" * 5,
        "$1,000 " * 13,
        "- 3 to 4 to 5 " * 5,
        "one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve and thirteen",
        "| " + " | ".join(str(n) for n in range(100, 140)) + " |",
    ],
    ids=["commas", "percents", "fractions", "dashes", "money", "range chain", "number words", "table row"],
)
def test_a_line_of_more_than_twelve_numbers_with_no_word_between_is_data_not_figures(run):
    assert texts(f"The council reported {run} and more, in its annex.") == []


@pytest.mark.parametrize("form", ["{}", "{}.5", "{},250"], ids=["integers", "decimals", "thousands"])
def test_a_line_of_twelve_numbers_is_still_prose(form):
    listed = [form.format(n) for n in range(31, 43)]
    assert texts(f"Seats won: {', '.join(listed)}.") == listed


def test_scale_words_do_not_count_as_numbers():
    amounts = [f"${n} million" for n in range(5, 12)]
    text = "Bids came in at " + ", ".join(amounts) + " and $12 million."
    assert texts(text) == [*amounts, "$12 million"]


def test_words_between_numbers_keep_every_figure():
    text = " ".join(f"{n} boats in port {n}" for n in range(31, 51))
    assert len(texts(text)) == 40


def test_a_run_ends_at_the_first_other_word_and_offsets_hold():
    text = "Readings: " + "7, " * 20 + "then 45 boats sank."
    found = extract_figures(text, None)
    assert [f.text for f in found] == ["45"]
    assert text[found[0].start : found[0].end] == "45"


def test_a_markdown_table_keeps_its_figures_row_by_row():
    rows = "\n".join(f"| {n} | {n + 1} | {n + 2} |" for n in range(31, 61, 3))
    table = "| a | b | c |\n|---|---|---|\n" + rows
    assert len(texts(table)) == 30
