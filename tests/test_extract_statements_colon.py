"""A colon standing in for a speech verb: speaker labels, names before a quotation, headlines."""

from __future__ import annotations

from sitegen.extract.statements import extract_statements


def _found(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.source.text if s.source else None, s.cue.text, s.content[0].text) for s in extract_statements(text)]


def test_a_speaker_label_opens_a_transcript_paragraph():
    text = "Intro line\n\nDUBE: We will rebuild the pier this year.\n\nOKAFOR: Who pays for it?"
    assert _found(text) == [
        ("DUBE", ":", "We will rebuild the pier this year"),
        ("OKAFOR", ":", "Who pays for it?"),
    ]


def test_labels_that_name_no_speaker_and_tallies_are_not_statements():
    assert _found("Intro line\n\nUpdate: the pier vote moved to May.\n\nOkafor: 1,204") == []


def test_a_name_before_a_colon_and_a_quotation():
    text = "Intro line\n\nThe delay did not surprise pollster Ines Moro: “Late surges are normal.”"
    assert _found(text) == [("pollster Ines Moro", ":", "“Late surges are normal.”")]


def test_a_place_after_a_preposition_is_not_a_speaker():
    assert _found("Intro line\n\nHe had one word for Leeds: “Vote.”") == []


def test_a_headline_with_a_final_stop_and_a_tag_before_the_name():
    assert _found("EXCLUSIVE – Ines Moro: The pier will open in May.\n\nBody text.") == [
        ("Ines Moro", ":", "The pier will open in May")
    ]


def test_a_headline_speaker_before_to_an_audience():
    assert _found("Moro to dock workers: Your jobs are safe\n\nBody text.") == [("Moro", ":", "Your jobs are safe")]


def test_a_headline_without_either_shape_is_read_as_a_paragraph():
    assert _found("Ines Moro said the pier would open in May.\n\nBody text.") == [
        ("Ines Moro", "said", "the pier would open in May")
    ]


def test_a_capitalised_verb_before_the_colon_is_not_part_of_the_name():
    assert all(s.speaker != "Said Moro" for s in extract_statements("Intro line\n\nIt rained. Said Moro: “Go home.”"))


def test_a_list_of_names_after_a_label_is_no_statement():
    text = "Intro line\n\nOhio: Ana Roe, Ivo Brandt, Jo Lee, Tom Ode and Pia Marr.\n"
    assert extract_statements(text) == []


def test_credit_labels_name_no_speaker():
    text = "Intro line\n\nContributing: Ana Roe and Ivo Brandt of the Harbour Gazette.\n"
    assert extract_statements(text) == []
