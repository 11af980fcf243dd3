"""Reported speech, beliefs, 'according to', participles, headlines (invented sentences)."""

from __future__ import annotations

from sitegen.extract.statements import extract_statements


def _contents(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (s.source.text if s.source else None, s.cue.text, s.content[0].text) for s in extract_statements(text, None)
    ]


def test_said_that():
    assert _contents("Intro line.\n\nThe mayor said that the bridge would reopen in May.") == [
        ("The mayor", "said", "that the bridge would reopen in May")
    ]


def test_told_reporters_keeps_the_addressee_out_of_the_content():
    (st,) = extract_statements("Intro line.\n\nOmar Haddad told reporters the vote was fair.", None)
    assert st.addressee == "reporters"
    assert st.content[0].text == "the vote was fair"


def test_urged_takes_its_object_as_content():
    assert _contents("Intro line.\n\nThe union urged the council to delay the vote.")[0][2] == (
        "the council to delay the vote"
    )


def test_belief_after_the_content():
    assert _contents("Intro line.\n\nThe new tax will hurt small shops most of all, Haddad argues.") == [
        ("Haddad", "argues", "The new tax will hurt small shops most of all")
    ]


def test_a_participle_after_the_content_describes_a_thing_and_is_no_cue():
    assert _contents("Intro line.\n\nA ferry with 90 passengers docked on Sunday, the first of six trips agreed with "
                     "the port.") == []  # fmt: skip
    assert _contents("Intro line.\n\nThe bridge will close in May, a plan announced by the council.") == []
    assert _contents("Intro line.\n\nThe bridge will close in May, the council announced on Monday.") == [
        ("the council", "announced", "The bridge will close in May")
    ]


def test_according_to_before_and_after():
    first, second = _contents(
        "Intro line.\n\nAccording to the report, prices rose in every district. Rents fell, according to officials."
    )
    assert first == ("the report", "According to", "prices rose in every district")
    assert second == ("officials", "according to", "Rents fell")


def test_participle_borrows_the_source():
    found = _contents("Intro line.\n\nRao said the plan was late, adding that costs had doubled.")
    assert found[1] == ("Rao", "adding", "that costs had doubled")


def test_passive_subject_is_not_the_speaker():
    assert _contents("Intro line.\n\nThe council was told that the money had run out.") == []


def test_headline_with_a_colon():
    (st,) = extract_statements("Rao: Schools must reopen now\n\nBody text here.", None)
    assert (st.source.text, st.cue.text, st.content[0].text) == ("Rao", ":", "Schools must reopen now")


def test_a_stance_verb_takes_its_object_as_the_position():
    assert _contents("Intro line.\n\nThe union endorsed Okafor on Monday.") == [
        ("The union", "endorsed", "Okafor on Monday")
    ]
    assert _contents("Intro line.\n\nMs. Dube criticized the levy as unfair to renters.") == [
        ("Ms. Dube", "criticized", "the levy as unfair to renters")
    ]


def test_declined_and_refused_take_their_infinitive():
    assert _contents("Intro line.\n\nThe council declined to comment on the audit.") == [
        ("The council", "declined", "to comment on the audit")
    ]


def test_the_bare_form_of_a_stance_verb_is_not_a_cue():
    assert _contents("Intro line.\n\nMany voters may endorse the levy in June.") == []


def test_announced_takes_an_object_without_that():
    assert _contents("Intro line.\n\nThe mayor announced a new bus line for the east side.") == [
        ("The mayor", "announced", "a new bus line for the east side")
    ]


def test_a_passive_expectation_has_no_source():
    (st,) = extract_statements("Intro line.\n\nThe levy is expected to pass the council next week.", None)
    assert (st.source, st.speaker, st.cue.text) == (None, None, "is expected")
    assert st.content[0].text == "The levy is expected to pass the council next week"


def test_expected_with_a_subject_is_that_subject_s_belief():
    assert _contents("Intro line.\n\nThe mayor expected a close vote.") == [("The mayor", "expected", "a close vote")]


def test_a_belief_inside_reported_content_is_not_a_second_statement():
    assert _contents("Intro line.\n\nOkafor told the panel that he believed the levy was fair.") == [
        ("Okafor", "told", "that he believed the levy was fair")
    ]


def test_nouns_that_look_like_cues_are_not_cues():
    assert _contents("Intro line.\n\nHis recent attacks drew a rebuke. Her remarks ran long.") == []


def test_maintained_and_pledged_need_that_or_a_quote():
    assert _contents("Intro line.\n\nThe mayor maintained a brisk pace all week.") == []
    assert _contents("Intro line.\n\nThe mayor maintained that the levy was fair.") == [
        ("The mayor", "maintained", "that the levy was fair")
    ]


def test_a_question_opening_the_sentence_has_no_source():
    assert _contents("Intro line.\n\nAsked whether she would run again, Okafor smiled.") == [
        (None, "Asked", "whether she would run again")
    ]
    assert _contents("Intro line.\n\nWhen asked about the levy, the mayor said it was fair.") == [
        (None, "asked", "about the levy"),
        ("the mayor", "said", "it was fair"),
    ]


def test_the_subject_of_a_passive_question_is_not_its_source():
    assert _contents("Intro line.\n\nOkafor was asked about the levy on Monday.") == [
        (None, "was asked", "about the levy on Monday")
    ]


def test_what_a_poll_shows_or_a_survey_found_is_a_statement():
    assert _contents("Intro line.\n\nThe poll shows Okafor ahead by four points.") == [
        ("The poll", "shows", "Okafor ahead by four points")
    ]
    assert _contents("Intro line.\n\nA survey of dock workers found most want a raise.") == [
        ("A survey of dock workers", "found", "most want a raise")
    ]


def test_found_with_a_person_needs_that():
    assert _contents("Intro line.\n\nPolice found a car near the pier.") == []
    assert _contents("Intro line.\n\nInspectors found that the pier was unsafe.") == [
        ("Inspectors", "found", "that the pier was unsafe")
    ]


def test_according_to_any_noun_phrase():
    assert _contents("Intro line.\n\nThe pier lost money again, according to people in the union.") == [
        ("people in the union", "according to", "The pier lost money again")
    ]


def test_according_to_inside_a_sentence_has_content_on_both_sides():
    (st,) = extract_statements(
        "Intro line.\n\nThe plan, according to a person close to the talks, is to sell the pier."
    )
    assert (st.source.text, [c.text for c in st.content]) == (
        "a person close to the talks",
        ["The plan", "is to sell the pier"],
    )


def test_an_apposition_after_according_to_belongs_to_the_source():
    (st,) = extract_statements(
        "Intro line.\n\nThe pier will close, according to the Dockers, one of three unions there."
    )
    assert (st.source.text, [c.text for c in st.content]) == (
        "the Dockers, one of three unions there",
        ["The pier will close"],
    )


def test_an_initialism_does_not_end_the_sentence_before_a_lowercase_word():
    assert _contents("Intro line.\n\nAccording to U.K.A. logs, the ferry sailed 300 hours.") == [
        ("U.K.A. logs", "According to", "the ferry sailed 300 hours")
    ]


def test_third_person_forms_of_add_and_note_are_cues_but_the_nouns_are_not():
    assert _contents("Intro line.\n\nOkafor notes that the pier is old. His notes were lost.") == [
        ("Okafor", "notes", "that the pier is old")
    ]
    (st,) = extract_statements("Intro line.\n\n“We wait,” she adds.", None)
    assert (st.kind, st.cue.text) == ("direct", "adds")


def test_a_participle_after_by_borrows_the_subject():
    found = _contents("Intro line.\n\nThe mayor ended the meeting by saying, “We will rebuild the pier.”")
    assert ("The mayor", "saying", "“We will rebuild the pier.”") in found


def test_a_saying_is_not_a_cue():
    assert _contents("Intro line.\n\nAs the saying goes, the pier outlasts us all.") == []


def test_tweeted_inverts_like_said():
    (st,) = extract_statements("Intro line.\n\n“Watch out,” tweeted another.", None)
    assert (st.source.text, st.cue.text, st.kind) == ("another", "tweeted", "direct")


def test_the_asker_named_after_by_is_the_source_of_a_passive_question():
    assert _contents("Intro line.\n\nOkafor was asked by host Ana Ruiz whether the pier would close.") == [
        ("host Ana Ruiz", "was asked", "whether the pier would close")
    ]
    assert _contents("Intro line.\n\nAsked by Ruiz to respond to the claim, Okafor smiled.") == [
        ("Ruiz", "Asked", "to respond to the claim")
    ]


def test_a_poll_opening_the_sentence_is_its_source():
    assert _contents("Intro line.\n\nIn the latest poll, Ruiz leads Okafor by four points.") == [
        ("the latest poll", "In", "Ruiz leads Okafor by four points")
    ]


def test_a_place_opening_the_sentence_is_not_a_source():
    assert _contents("Intro line.\n\nIn Leeds, the pier is old and rusty.") == []


def test_according_to_after_a_lone_conjunction_takes_the_clause_after_it():
    (st,) = extract_statements("Intro line.\n\nBut, according to the poll, 46 percent of dockers remain undecided.")
    assert (st.source.text, [c.text for c in st.content]) == ("the poll", ["46 percent of dockers remain undecided"])


def test_a_clause_after_according_to_x_is_content_not_an_apposition():
    text = "Intro line.\n\nWhile most were delayed, according to a port official, two ferries were cancelled."
    (st,) = extract_statements(text)
    assert st.source.text == "a port official"
    assert [c.text for c in st.content] == ["While most were delayed", "two ferries were cancelled"]


def test_that_before_a_time_noun_does_not_end_the_source_of_according_to():
    (st,) = extract_statements("Intro line.\n\nAccording to the officer on duty that night, the pier was never closed.")
    assert (st.source.text, [c.text for c in st.content]) == (
        "the officer on duty that night",
        ["the pier was never closed"],
    )
