"""Qualifiers and changes: read from the words around a figure, never part of its span."""

from __future__ import annotations

import pytest

from sitegen.extract.figures import extract_figures


def first(text: str):
    return extract_figures(text, None)[0]


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Nearly 500 people were evacuated.", "nearly"),
        ("It cost about $35 million.", "about"),
        ("More than 1,000 homes flooded.", "more than"),
        ("At least 12 people died.", "at least"),
        ("Up to 40% of staff", "up to"),
        ("It took 3 days.", None),
    ],
)
def test_approximations_go_to_the_qualifier(text, qualifier):
    f = first(text)
    assert f.qualifier == qualifier
    assert text[f.start : f.end] == f.text and not f.text.lower().startswith(("nearly", "about", "more"))


@pytest.mark.parametrize(
    "text, change",
    [
        ("Exports were up 12% year on year.", "up"),
        ("Profits fell 8% in March.", "down"),
        ("Sales rose by nearly 5 per cent.", "up"),
        ("a 10% increase in fares", "up"),
        ("Shares were down 34 cents.", "down"),
        ("The budget is $5bn.", None),
    ],
)
def test_a_direction_of_change_goes_to_change(text, change):
    assert first(text).change == change


def test_qualifier_and_change_together():
    f = first("Output rose by almost 20% this year.")
    assert (f.qualifier, f.change) == ("almost", "up")
