"""Numbers as written: digits with grouping, decimals, spelled-out cardinals, scales, fractions."""

from __future__ import annotations

import pytest

from sitegen.extract.figures.numbers import find_numbers
from sitegen.extract.figures.tokens import tokenize


def numbers(text: str) -> list[tuple[str, float]]:
    return [(text[n.start : n.end], n.value) for n in find_numbers(tokenize(text))]


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The fund holds 1,200,000 shares.", "1,200,000", 1_200_000),
        ("The fund holds 12,00,000 shares.", "12,00,000", 1_200_000),  # Indian grouping
        ("It rose to 3.75 overnight.", "3.75", 3.75),
        ("About 1 234 567 people", "1 234 567", 1_234_567),
        ("Roughly 2 million homes", "2 million", 2_000_000),
        ("A deficit of 1.5 lakh crore", "1.5 lakh crore", 1.5e12),
        ("Some 25 lakh voters", "25 lakh", 2_500_000),
        ("Nearly 300 crore", "300 crore", 3e9),
        ("The 10k race", "10k", 10_000),
        ("A 5bn plan", "5bn", 5e9),
        ("two dozen eggs", "two dozen", 24),
        ("three gross of pencils", "three gross", 432),
        ("a gross of buttons", "a gross", 144),
        ("three hundred and twenty-one votes", "three hundred and twenty-one", 321),
        ("forty - two", "forty - two", 42),
        ("Half a million people marched", "Half a million", 500_000),
        ("one and a half hours", "one and a half", 1.5),
        ("A third of the budget", "A third", 1 / 3),
        ("three quarters of voters", "three quarters", 0.75),
        ("two-thirds of members", "two-thirds", 2 / 3),
        ("seven point five", "seven point five", 7.5),
        ("The rate is 3/4", "3/4", 0.75),
        ("A plank 2 1/2 long", "2 1/2", 2.5),
        ("Light takes 3.2e-6 seconds", "3.2e-6", 3.2e-6),
        ("Speed is 3×10^8 here", "3×10^8", 3e8),
        ("Speed is 3 x 10^8 here", "3 x 10^8", 3e8),
        ("A factor of 2.48×10−5", "2.48×10−5", 2.48e-5),
        ("Temperatures of -12 overnight", "-12", -12),
        ("It was minus four", "minus four", -4),
        ("She gave me ½ of it", "½", 0.5),
        ("one hundred thirty fifths", "one hundred thirty fifths", 100 / 35),  # tens + ordinal after hundreds
        ("twenty one fifths", "twenty one fifths", 21 / 5),
    ],
)
def test_a_number_is_read_whole_with_its_value(text, surface, value):
    assert (surface, pytest.approx(value)) in numbers(text)


def test_words_that_cannot_continue_a_number_start_a_new_one():
    assert numbers("twenty twenty") == [("twenty", 20), ("twenty", 20)]


def test_gross_as_an_adjective_is_no_scale():
    assert numbers("5 gross violations") == [("5", 5)]


def test_ordinals_alone_are_not_numbers():
    assert numbers("the first batch and the third world") == []
    assert numbers("the twenty-first century") == []


def test_a_second_is_not_a_half():
    assert numbers("on a second thought") == []


def test_a_fraction_glued_to_a_compound_is_a_word():
    assert numbers("a third-party vendor") == []


def test_dashes_between_numbers_are_not_minus_signs():
    assert numbers("200-300") == [("200", 200), ("300", 300)]


def test_and_does_not_glue_a_count_to_a_large_amount():
    assert numbers("5 million and 200 jobs") == [("5 million", 5e6), ("200", 200)]


def test_over_only_divides_at_the_end_of_a_phrase():
    assert numbers("one over three") == [("one over three", pytest.approx(1 / 3))]
    assert ("five", 5) in numbers("five over two years")


@pytest.mark.parametrize("literal", ["5e310", "1e400", "9.9^999", "7×10^400"])
def test_a_literal_no_float_can_hold_is_no_number(literal):
    assert numbers(f"It was {literal} units") == []


def test_a_power_of_a_grouped_mantissa_keeps_every_digit():
    assert numbers("about 1,234,567 x 10^3 cells") == [("1,234,567 x 10^3", pytest.approx(1.234567e9))]
