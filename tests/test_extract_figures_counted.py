"""What a figure counts: the noun phrase after a plain number, or after "per cent of"."""

from __future__ import annotations

import pytest

from sitegen.extract.figures import extract_figures


def counted(text: str) -> list[str | None]:
    return [f.counted for f in extract_figures(text, None)]


@pytest.mark.parametrize(
    "text, noun",
    [
        ("They take back 18,000 immigrants labelled as “illegal” soon.", "immigrants labelled as illegal"),
        ("A jet with 104 illegal Indian immigrants — the first batch — landed.", "illegal Indian immigrants"),
        ("In this pit, 50 cars are stored.", "cars"),
        ("Police arrested 12 protesters on Monday.", "protesters"),
        ("About 300 farmers, mostly from Punjab, marched.", "farmers"),
        ("More than 2,000 health workers were hired.", "health workers"),
        ("The 40 people described as missing were found.", "people described as missing"),
        ("Some 3.5 lakh people lost power.", "people"),
        ("Apple sold 231 million iPhones in 2023.", "iPhones"),
        ("Over 2,000 farmers gathered at the border.", "farmers"),
        ("About 1,200 more people are expected.", "people"),
    ],
)
def test_the_noun_phrase_after_a_count(text, noun):
    assert counted(text) == [noun]


def test_a_multiplier_counts_nothing():
    assert counted("The deal values it at about 40 times earnings.") == [None]


def test_a_number_followed_by_a_function_word_counts_nothing():
    assert counted("He will be 30 by the end of the year.") == [None]


def test_money_and_measures_do_not_get_a_counted_noun():
    assert counted("It cost $5 million and ran 40 km.") == [None, None]
