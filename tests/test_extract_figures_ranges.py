"""Ranges: one figure with low/high ends and the midpoint as value."""

from __future__ import annotations

import pytest

from sitegen.extract.figures import extract_figures


def ranges(text: str) -> list[tuple[str, float, float | None, float | None, str | None]]:
    return [(f.text, f.value, f.low, f.high, f.unit) for f in extract_figures(text, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Between 200 and 300 people came.", ("Between 200 and 300", 250, 200, 300, None)),
        ("It costs 200-300 rupees.", ("200-300 rupees", 250, 200, 300, "INR")),
        ("Crowds of 3 to 4 thousand", ("3 to 4 thousand", 3500, 3000, 4000, None)),
        ("A dose of between 44 and 50 mg", ("between 44 and 50 mg", 47, 44, 50, "mg")),
        ("an 8- to 16-meter mirror", ("8- to 16-meter", 12, 8, 16, "m")),
        ("Lows from -18 °C to -34 °C", ("-18 °C to -34 °C", -26, -34, -18, "degC")),
        ("A yield of 3.5–4.0 TeV", ("3.5–4.0 TeV", 3.75, 3.5, 4.0, "TeV")),
        ("They expect $1-2 million", ("$1-2 million", 1.5e6, 1e6, 2e6, "USD")),
    ],
)
def test_two_numbers_joined_by_to_dash_or_between_and_form_a_range(text, expected):
    surface, value, low, high, unit = expected
    assert ranges(text) == [(surface, pytest.approx(value), pytest.approx(low), pytest.approx(high), unit)]


def test_different_units_are_two_figures():
    assert [f.text for f in extract_figures("changed from 44 ml to 50 mg", None)] == ["44 ml", "50 mg"]


def test_a_change_from_one_value_to_another_is_not_a_range():
    texts = [f.text for f in extract_figures("Inflation rose from 5% to 7% this year.", None)]
    assert texts == ["5%", "7%"]


def test_a_score_is_not_a_range():
    assert all(f.low is None for f in extract_figures("They won 3-1 at home.", None))


def test_a_value_with_its_margin_is_one_figure():
    (f,) = extract_figures("an acceleration of 9.8 +/- 0.1 m/s2", None)
    assert f.value == pytest.approx(9.8) and f.kind == "measure"
