"""Headlines: the first line, when it is a short line of its own, read for the attribution it makes."""

from __future__ import annotations

from tests.statement_cases import triples


def headline(line: str) -> list[tuple[str | None, str, list[str]]]:
    return triples(line + "\n\nThe story itself starts here.\n")


def test_a_title_case_headline_with_the_speaker_first():
    assert headline("Orla Brennick Says Harbour Tax Will Fund Ferries") == [
        ("Orla Brennick", "Says", ["Harbour Tax Will Fund Ferries"])
    ]


def test_title_case_words_inside_a_quotation_do_not_hide_the_headline_case():
    assert headline("Orla Brennick Says The Mayor ‘Cannot Count Votes.’") == [
        ("Orla Brennick", "Says", ["The Mayor ‘Cannot Count Votes.’"])
    ]


def test_an_adverb_or_auxiliary_before_the_verb_joins_the_cue_not_the_speaker():
    assert headline("Orla Brennick Just Revealed The One Bill She Will Veto") == [
        ("Orla Brennick", "Just Revealed", ["The One Bill She Will Veto"])
    ]


def test_a_short_lead_paragraph_is_not_read_as_a_headline_by_its_lower_case_verb():
    assert headline("Around 60 homes are expected to benefit. Orla Brennick warned that fares would rise.") == [
        (None, "are expected", ["Around 60 homes are expected to benefit"]),
        ("Orla Brennick", "warned", ["that fares would rise"]),
    ]


def test_the_claim_first_and_the_speaker_last():
    assert headline("The Harbour Tax Is A Fair Deal For Islanders, Orla Brennick Says.") == [
        ("Orla Brennick", "Says", ["The Harbour Tax Is A Fair Deal For Islanders"])
    ]
