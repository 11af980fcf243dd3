"""Quoted statements: nested attributions and mixed quotes after their cue (one test per rule).

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from tests.statement_cases import after_intro, only_after_intro


def test_a_quote_reported_by_someone_else_is_theirs_with_the_attribution_inside():
    assert only_after_intro("“We will win the port,” Roe said at the rally, according to the Gazette.") == (
        "the Gazette",
        "according to",
        ["“We will win the port,” Roe said at the rally"],
    )


def test_a_present_progressive_reports_a_quote_but_a_past_one_narrates():
    assert only_after_intro("Ada Quint is telling dockers at a harbour cafe that “the tolls must go.”") == (
        "Ada Quint",
        "is telling",
        ["dockers at a harbour cafe that “the tolls must go.”"],
    )
    assert after_intro("The dockers were calling “every ten minutes.”") == []


def test_a_participle_after_a_medium_noun_gives_the_words_of_the_subject():
    assert only_after_intro("The mayor released a statement on Friday condemning “a cowardly attack on the port.”") == (
        "The mayor",
        "condemning",
        ["“a cowardly attack on the port.”"],
    )
    assert after_intro("The mayor released a statement on Friday condemning the attack.") == []


def test_a_multiword_participle_after_a_quote_is_a_second_statement_by_its_speaker():
    assert after_intro("“The ferry will run,” she said, referring to the old line that “nobody uses.”") == [
        ("she", "said", ["“The ferry will run,”"]),
        ("she", "referring to", ["the old line that “nobody uses.”"]),
    ]


def test_a_participle_takes_the_subject_of_the_main_clause_after_a_subordinate_one():
    assert only_after_intro(
        "And although he thanked the dockers, he sounded a note of doubt, saying, “I am not sure.”"
    ) == (
        "he",
        "saying",
        ["“I am not sure.”"],
    )


def test_a_relative_clause_inside_the_subject_leaves_the_main_verb_its_source():
    found = after_intro("Ada Quint, a former aide who backed the levy, said the mayor “understood the risks.”")
    assert ("Ada Quint, a former aide who backed the levy,", "said", ["the mayor “understood the risks.”"]) in found


def test_content_closed_by_a_reporter_is_the_reporter_s_statement():
    assert only_after_intro("Roe said she would “fight the levy,” the Gazette reported in 2010.") == (
        "the Gazette",
        "reported",
        ["Roe said she would “fight the levy,”"],
    )


def test_a_quote_after_a_colon_in_the_next_paragraph_is_taken_once():
    assert only_after_intro("Here is what Ruiz said:\n\n“The ferry is late.”\n\n“The port is broke.”") == (
        "Ruiz",
        "said",
        ["“The ferry is late.”", "“The port is broke.”"],
    )


def test_a_claim_noun_with_a_holder_takes_a_quoted_that_clause():
    assert only_after_intro("The mayor ignored her warning that the docks would “close within a year.”") == (
        "her",
        "warning",
        ["that the docks would “close within a year.”"],
    )
    assert after_intro("The suggestion that the docks would “close within a year” angered dockers.") == []


def test_a_participle_whose_content_closes_with_a_reporter_is_the_reporter_s():
    found = after_intro("Ruiz left the hall, saying the mayor was “doing the right thing,” the Gazette reported.")
    assert [f for f in found if f[1] == "saying"] == []
    assert ("the Gazette", "reported") in [f[:2] for f in found]


def test_a_participle_set_between_a_short_subject_and_its_verb_quotes_the_subject():
    assert only_after_intro("The union, warning that “the docks will close,” called a strike.") == (
        "The union",
        "warning",
        ["that “the docks will close,”"],
    )


def test_a_participle_after_a_named_subject_with_an_apposition_quotes_the_name():
    assert only_after_intro(
        "Ada Quint, head of the dock institute, tied the figures to wages, saying the levy helped “families.”"
    ) == (
        "Ada Quint",
        "saying",
        ["the levy helped “families.”"],
    )


def test_a_participle_after_a_comma_inside_a_closing_quote():
    assert only_after_intro(
        "Ruiz mounted a defense of “harbour values,” saying the port was “the heart of the city.”"
    ) == (
        "Ruiz",
        "saying",
        ["the port was “the heart of the city.”"],
    )


def test_a_label_in_an_object_relative_with_a_pronoun_source_is_no_statement_of_its_own():
    found = after_intro("Ruiz said the mayor, whom he called “a fraud,” should resign.")
    assert [f for f in found if f[1] == "called"] == []
    assert only_after_intro("The mayor backed what Ruiz called “a fair deal.”")[:2] == ("Ruiz", "called")
