"""Measures: a number and a unit, with short unit codes."""

from __future__ import annotations

import pytest

from sitegen.extract.figures import extract_figures


def measures(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, None) if f.kind == "measure"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pipeline runs 1,500 km inland.", ("1,500 km", 1500, "km")),
        ("It was 40 degrees Celsius in Delhi.", ("40 degrees Celsius", 40, "degC")),
        ("Highs of 45°C are expected.", ("45°C", 45, "degC")),
        ("The lorry carried 20 tonnes of rice.", ("20 tonnes", 20, "t")),
        ("A 68-ounce can", ("68-ounce", 68, "oz")),
        ("She ran ten miles.", ("ten miles", 10, "mi")),
        ("The flat is 60 square metres.", ("60 square metres", 60, "m2")),
        ("He weighs 80kg.", ("80kg", 80, "kg")),
        ("Wind gusts of 120 km/h hit the coast.", ("120 km/h", 120, "km/h")),
        ("A 500 MW plant", ("500 MW", 500, "MW")),
        ("The strike lasted three days.", ("three days", 3, "day")),
        ("The board is 2 in thick.", ("2 in", 2, "in")),
        ("A grid of 2.123 pm spacing", ("2.123 pm", 2.123, "pm")),
        ("Add ½ tbsp of salt.", ("½ tbsp", 0.5, "tbsp")),
        ("I want a gallon of milk.", ("a gallon", 1, "gal")),
        ("The jet flew at 900 km per hour.", ("900 km per hour", 900, "km/h")),
        ("A 2,000 sq. ft. flat", ("2,000 sq. ft.", 2000, "ft2")),
        ("We walked half a mile.", ("half a mile", 0.5, "mi")),
        ("Add two and 1/2 cups of flour.", ("two and 1/2 cups", 2.5, "cup")),
        ("It was 40 degrees C outside.", ("40 degrees C", 40, "degC")),
        ("The bus runs four times a week.", ("four times a week", 4, "count/week")),
        ("The line carries 230 volts.", ("230 volts", 230, "volt")),  # no short code in common use
        ("A 100 MHz signal", ("100 MHz", 100, "megahertz")),
    ],
)
def test_a_unit_after_a_number_makes_a_measure(text, expected):
    surface, value, unit = expected
    assert measures(text) == [(surface, pytest.approx(value), unit)]


def test_feet_and_inches_marks():
    assert measures("He is 5'11\" tall.") == [("5'", 5, "ft"), ('11"', 11, "in")]
    assert measures("A 27″ screen") == [("27″", 27, "in")]


def test_a_closing_quote_after_a_number_is_not_inches():
    assert measures('He said "I have 5" and left.') == []


def test_in_as_a_preposition_is_not_inches():
    assert measures("Five in 10 people agreed.") == []


def test_clock_times_are_not_picometres():
    assert extract_figures("The meeting starts at 2 pm and ends at 11am.", None) == []


def test_a_unit_glued_to_more_digits_is_a_code():
    assert measures("Part 24703m212 failed.") == []


def test_spelled_small_numbers_do_not_take_short_units():
    assert measures("There are two in my car.") == []
