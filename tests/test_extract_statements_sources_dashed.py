"""Sources with a description set off by dashes belong together, as comma groups do."""

from __future__ import annotations

from tests.statement_cases import after_intro


def test_a_description_between_dashes_is_part_of_the_source():
    assert after_intro("Orla Brennick — a professor at the university — said the fares would rise.") == [
        ("Orla Brennick — a professor at the university —", "said", ["the fares would rise"])
    ]


def test_a_relative_clause_between_dashes_is_part_of_the_source():
    assert after_intro("Orla Brennick - who ran the port for a decade - said that the fares would rise.") == [
        ("Orla Brennick - who ran the port for a decade -", "said", ["that the fares would rise"])
    ]


def test_dashes_inside_the_content_are_left_alone():
    assert after_intro("Brennick said the fares - all of them - would rise.") == [
        ("Brennick", "said", ["the fares - all of them - would rise"])
    ]
