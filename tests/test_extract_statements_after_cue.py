"""What follows a cue: addressee, adverbial phrases, then the content (``after_cue.read_after``)."""

from __future__ import annotations

from tests.statement_cases import after_intro


def test_that_followed_by_a_comma_still_opens_the_content():
    assert after_intro("Brennick added that, in the spring, the ferry fares would rise.") == [
        ("Brennick", "added", ["that, in the spring, the ferry fares would rise"])
    ]


def test_a_possessive_after_the_addressee_opens_the_content():
    assert after_intro("Brennick told the BBC her office had approved the plan.") == [
        ("Brennick", "told", ["her office had approved the plan"])
    ]


def test_a_pronoun_subject_after_a_phrase_ends_the_phrase_and_the_clause_is_content():
    found = after_intro("Brennick said in court it takes months to build trust.")
    assert [(src, cue) for src, cue, _ in found] == [("Brennick", "said")]
    assert found[0][2][0].endswith("it takes months to build trust")


def test_adverbial_phrases_alone_after_the_cue_leave_the_content_before_it():
    assert after_intro("The fares will rise, Brennick said in a letter to the council.") == [
        ("Brennick", "said", ["The fares will rise"])
    ]
