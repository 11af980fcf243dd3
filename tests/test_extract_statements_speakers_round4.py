"""Speaker resolution, round 4: no phantom persons made of a role, an organisation or a date.

A capitalised run before a cue can hold a role with its complement ("Minister of Transport"), an
organisation ("Kestrel Energy") and the person's name; the person is the name at the end of the run,
the rest is the role.  Dates opening a sentence ("Last March", "On Tuesday") are never persons.
"""

from __future__ import annotations

from sitegen.extract.statements import extract_statements
from tests.statement_cases import only_after_intro


def _who(body: str) -> list[tuple[str | None, str, str | None]]:
    """(speaker, type, role) of every statement of ``body`` as a later paragraph."""
    return [(s.speaker, s.speaker_type, s.role) for s in extract_statements("Intro line.\n\n" + body, None)]


def _speakers(body: str) -> list[str | None]:
    return [w[0] for w in _who(body)]


# --- a role with a complement before the name ----------------------------------------------------------


def test_a_professorship_at_a_university_is_the_role_and_the_last_name_the_person():
    assert _who("Professor of Economics at the University of Fenbury Totan Kelvagard said the rates would rise.") == [
        ("Totan Kelvagard", "person", "Professor of Economics at the University of Fenbury")
    ]


def test_a_chief_executive_of_a_company_keeps_the_company_in_the_role():
    assert _who("Chief Executive of Kestrel Energy Orren Lanquist said the plant would close.") == [
        ("Orren Lanquist", "person", "Chief Executive of Kestrel Energy")
    ]


def test_the_complement_of_a_ministry_is_not_part_of_the_name():
    assert _who("Minister of Transport Habel Wensagard said the line would reopen.") == [
        ("Habel Wensagard", "person", "Minister of Transport")
    ]


def test_a_role_with_an_article_before_its_complement():
    assert _speakers("Leader of the Opposition Sasel Ashlan said the budget was late.") == ["Sasel Ashlan"]


def test_a_place_in_the_role_is_not_part_of_the_name():
    assert _who("Mayor of Dunwick Fevan Quilvaley said the bridge was safe.") == [
        ("Fevan Quilvaley", "person", "Mayor of Dunwick")
    ]


def test_a_name_with_a_particle_after_a_role_complement_stays_whole():
    assert _speakers("Mayor of Dunwick Pieter van Halsen said the bridge was safe.") == ["Pieter van Halsen"]


def test_a_surname_later_resolves_to_the_name_after_the_role():
    body = "Minister of Transport Habel Wensagard said the line would reopen. Wensagard said the work was done."
    assert _speakers(body) == ["Habel Wensagard", "Habel Wensagard"]


def test_a_role_of_title_words_alone_still_splits_as_before():
    assert _who("External Affairs Minister Tavi Rendal said the talks went well.") == [
        ("Tavi Rendal", "person", "External Affairs Minister")
    ]


def test_a_title_word_complement_is_part_of_the_role():
    assert _who("Secretary of State Mira Casdar said the talks went well.") == [
        ("Mira Casdar", "person", "Secretary of State")
    ]


# --- organisations before a name ------------------------------------------------------------------------


def test_an_organisation_possessive_before_a_name_is_not_part_of_it():
    assert _speakers("Kestrel Energy's Orren Lanquist said the plant would close.") == ["Orren Lanquist"]


def test_a_company_name_run_into_a_person_name_is_split_off():
    assert _speakers("Kestrel Energy Orren Lanquist said the plant would close.") == ["Orren Lanquist"]


def test_a_surname_after_an_organisation_prefix_resolves_to_the_person():
    body = "Kestrel Energy's Orren Lanquist opened the plant. Lanquist said the plant would close."
    assert _speakers(body) == ["Orren Lanquist"]


def test_an_organisation_alone_is_still_an_organisation():
    assert _who("Kestrel Energy said the plant would close.")[0][0] != "Energy"


# --- dates are not persons --------------------------------------------------------------------------------


def test_a_month_opening_a_sentence_is_not_a_person_for_a_pronoun():
    assert _who("Last March, the ministry announced a review. He said the review was overdue.")[-1] == (
        None,
        "anonymous",
        None,
    )


def test_a_pronoun_after_a_dated_sentence_takes_the_earlier_speaker():
    body = "Orren Lanquist said it would close. Last March, the ministry announced a review. He said it was late."
    assert _speakers(body) == ["Orren Lanquist", None, "Orren Lanquist"]


def test_a_weekday_before_a_name_is_not_part_of_it():
    body = "On Tuesday Tamsin Vellard opened the bridge. She said the bridge was safe."
    assert _speakers(body) == ["Tamsin Vellard"]


def test_a_month_after_in_is_not_a_person():
    assert _speakers("In January Tamsin Vellard said the bridge was safe.") == ["Tamsin Vellard"]


def test_a_first_name_that_is_a_month_is_kept():
    assert _speakers("May Corlund said the bridge was safe.") == ["May Corlund"]


def test_a_place_opening_with_an_organisation_word_is_not_split():
    assert "Varnis" not in _speakers("Port Varnis said the wall would be raised.")


# --- an inverted source with a role and its complement -------------------------------------------------


def test_an_inverted_source_keeps_a_role_with_an_article_in_its_complement():
    body = "“The line is late,” said Leader of the Opposition Tatan Dordoton."
    assert only_after_intro(body)[0] == "Leader of the Opposition Tatan Dordoton"
    assert _speakers(body) == ["Tatan Dordoton"]


def test_an_inverted_source_keeps_a_head_of_an_institution():
    body = "“The line is late,” said Head of the Election Commission Tatan Dordoton."
    assert _speakers(body) == ["Tatan Dordoton"]


def test_an_inverted_source_keeps_a_professorship_at_a_university():
    body = "“The line is late,” said Professor of Economics at the University of Fenbury Totan Kelvagard."
    assert only_after_intro(body)[0] == "Professor of Economics at the University of Fenbury Totan Kelvagard"
    assert _speakers(body) == ["Totan Kelvagard"]


def test_an_inverted_source_with_a_place_keeps_it_as_annotated():
    assert only_after_intro("“The line is late,” said Tatan Dordoton of Fenbury.")[0] == "Tatan Dordoton of Fenbury"


def test_an_inverted_source_keeps_a_chamber_of_commerce_in_the_role():
    body = "“The line is late,” said President of the Corport Chamber of Commerce Cera Mortellan."
    assert _who(body) == [("Cera Mortellan", "person", "President of the Corport Chamber of Commerce")]


def test_an_inverted_source_keeps_the_place_after_the_name():
    body = "“The line is late,” said Senator Tatan Dordoton of Fenbury."
    assert only_after_intro(body)[0] == "Senator Tatan Dordoton of Fenbury"
    assert _speakers(body) == ["Tatan Dordoton"]


def test_an_inverted_source_stops_at_the_name_when_the_of_phrase_goes_on():
    body = "“The line is late,” said Tatan Dordoton of the Fenbury delegation."
    assert only_after_intro(body)[0] == "Tatan Dordoton"


# --- a name run on into its neighbours --------------------------------------------------------------------


def test_a_place_after_a_name_is_not_the_person():
    assert _who("Tamsin Vellard of Fenbury said the vote was close.") == [("Tamsin Vellard", "person", None)]


def test_a_place_after_a_titled_name_is_not_the_person():
    body = "Republican Rep. Tamsin Vellard of New Fenbury, a party donor, said the vote was close."
    assert _speakers(body) == ["Tamsin Vellard"]


def test_a_capitalised_premodifier_before_a_role_word_is_not_the_person():
    assert _who("Fenbury delegate Tamsin Vellard said the vote was close.") == [
        ("Tamsin Vellard", "person", "Fenbury delegate")
    ]
    assert _speakers("Presidential candidate Tamsin Vellard said the vote was close.") == ["Tamsin Vellard"]


def test_a_possessor_before_a_role_word_is_not_the_person():
    assert _speakers("Vellard's spokesman Orren Lanquist said the vote was close.") == ["Orren Lanquist"]


def test_a_sentence_ending_in_a_name_does_not_run_on_into_the_next():
    body = "Ana Varnak spoke first. Take the Harbour Reserve. Varnak says the board is slow."
    assert _speakers(body) == ["Ana Varnak"]


def test_an_initial_or_a_suffix_does_not_end_a_name():
    body = "Tamsin J. Vellard Jr. opened the hall. Vellard said the board is slow."
    assert _speakers(body) == ["Tamsin J. Vellard Jr"]


def test_a_group_noun_before_coordinated_names_is_not_a_name():
    body = (
        "Rep. Tamsin Vellard opened the hall. Republicans Vellard and Orren Lanquist voted. Vellard said it was late."
    )
    assert _speakers(body) == ["Tamsin Vellard"]


def test_a_headline_in_title_case_is_not_a_person_for_a_pronoun():
    body = (
        "Orren Lanquist said it would close.\n\nLanquist’s Last Column Explains Why He Left\n\nHe said it had changed."
    )
    assert _speakers(body) == ["Orren Lanquist", "Orren Lanquist"]


def test_neither_opening_a_sentence_is_not_part_of_a_name():
    body = "Tamsin Vellard spoke first. Neither Vellard nor Lanquist came. Vellard said it was late."
    assert _speakers(body) == ["Tamsin Vellard"]


def test_a_share_of_a_group_is_not_a_person():
    assert _who("Half of Fenbury Democrats said the vote was close.")[0][0] is None


def test_a_group_acting_for_a_person_is_not_a_person():
    assert _who("Attorneys for Vellard said the vote was close.")[0][0] is None


def test_an_institution_with_a_complement_is_not_a_person():
    assert _who("The Bureau of Harbour Statistics said the vote was close.")[0][:2] == (
        "Bureau of Harbour Statistics",
        "organisation",
    )


def test_an_office_with_a_complement_before_a_name_is_the_role():
    body = "Dunwick County Supervisor of Elections Tamsin Vellard said the vote was close."
    assert _who(body) == [("Tamsin Vellard", "person", "Dunwick County Supervisor of Elections")]


def test_words_after_an_organisation_name_are_not_a_person_for_a_pronoun():
    body = "Ana Varnak said it was late.\n\nThe Fenbury Post Fact Desk gave it two stars. She said it was late."
    assert _speakers(body) == ["Ana Varnak", "Ana Varnak"]


# --- source spans ---------------------------------------------------------------------------------------------


def test_an_appositive_source_includes_the_comma_that_closes_it():
    source, cue, _ = only_after_intro("Orren Lanquist, a former adviser to the mayor, said the plant would close.")
    assert (source, cue) == ("Orren Lanquist, a former adviser to the mayor,", "said")


def test_an_appositive_source_before_a_quote_includes_its_closing_comma():
    body = "“The plant will close,” Orren Lanquist, who ran it for a decade, told reporters."
    assert only_after_intro(body)[0] == "Orren Lanquist, who ran it for a decade,"


def test_a_name_before_an_adverbial_group_has_no_comma():
    body = "Orren Lanquist, in a statement, said the plant would close."
    assert only_after_intro(body)[0] == "Orren Lanquist"


def test_the_speaker_and_role_of_an_appositive_source_have_no_comma():
    assert _who("Orren Lanquist, a former adviser to the mayor, said the plant would close.") == [
        ("Orren Lanquist", "person", "a former adviser to the mayor")
    ]


def test_a_day_after_the_subject_is_not_part_of_the_source():
    assert only_after_intro("Orren Lanquist on Monday said the plant would close.")[:2] == ("Orren Lanquist", "said")
    assert only_after_intro("The port board earlier this week said the plant would close.")[0] == "The port board"
    assert only_after_intro("Orren Lanquist last month warned that the plant would close.")[0] == "Orren Lanquist"
    assert only_after_intro("A Fenbury poll in June found that the plant would close.")[0] == "A Fenbury poll"


def test_now_after_the_subject_is_not_part_of_the_source():
    assert only_after_intro("Local leaders now say the plant would close.")[0] == "Local leaders"


def test_the_occasion_after_the_subject_is_not_part_of_the_source():
    assert only_after_intro("Orren Lanquist in a radio interview said the plant would close.")[0] == "Orren Lanquist"
    assert only_after_intro("Orren Lanquist at the time said the plant would close.")[0] == "Orren Lanquist"


def test_a_name_that_looks_like_a_date_phrase_is_kept():
    assert only_after_intro("Fenbury Port Authority said the plant would close.")[0] == "Fenbury Port Authority"


def test_an_inverted_appositive_source_followed_by_more_includes_its_closing_comma():
    body = "“The plant will close,” said Orren Lanquist, a former adviser to the mayor, citing the costs."
    assert only_after_intro(body)[0] == "Orren Lanquist, a former adviser to the mayor,"


def test_an_inverted_appositive_source_ending_the_sentence_has_no_stop():
    body = "“The plant will close,” said Orren Lanquist, a former adviser to the mayor."
    assert only_after_intro(body)[0] == "Orren Lanquist, a former adviser to the mayor"


def test_a_coordinated_subject_is_the_whole_coordination():
    assert only_after_intro("Ana Vellard and Orren Lanquist said the plant would close.")[0] == (
        "Ana Vellard and Orren Lanquist"
    )
    assert only_after_intro("Vellard and his attorneys said the plant would close.")[0] == "Vellard and his attorneys"
    assert only_after_intro("Union members and leaders said the plant would close.")[0] == "Union members and leaders"


def test_a_clause_before_and_is_not_a_first_conjunct():
    assert only_after_intro("The bill passed and officials said the plant would close.")[0] == "officials"
    body = "The plant closed in Fenbury and Lanquist said it was late."
    assert only_after_intro(body)[0] == "Lanquist"


def test_brackets_and_dashes_around_a_source_are_not_part_of_it():
    assert only_after_intro("(Orren Lanquist said the plant would close.)")[0] == "Orren Lanquist"
    assert only_after_intro("Orren Lanquist (D-Fenbury) said the plant would close.")[0] == (
        "Orren Lanquist (D-Fenbury)"
    )


def test_a_day_after_a_sentence_subject_is_not_part_of_the_source():
    body = "Orren Lanquist on Thursday stepped up his campaign, saying the plant would close."
    assert only_after_intro(body)[:2] == ("Orren Lanquist", "saying")


def test_a_common_word_opening_a_sentence_is_not_a_person():
    body = "The organizers met at noon. Organizers said the march would go ahead."
    assert _who(body) == [(None, "anonymous", None)]


def test_a_surname_alone_is_still_a_person():
    assert _who("Vellard said the march would go ahead.") == [("Vellard", "person", None)]


def test_a_surname_that_is_also_a_common_word_stays_a_person():
    body = "Tamsin Rice opened the hall, and the rice harvest was praised. Rice said the march would go ahead."
    assert _speakers(body)[-1] == "Tamsin Rice"
    body = "The rice harvest was praised. Rice said the march would go ahead, and critics thanked Rice."
    assert _speakers(body)[-1] == "Rice"  # the first statement is the sourceless "was praised"


def test_a_role_noun_opening_a_sentence_before_a_name_is_the_role():
    body = "The singer came late. Singer Tamsin Rae Vellard said the march would go ahead."
    assert _who(body) == [("Tamsin Rae Vellard", "person", "Singer")]
    body = "Singer Tamsin Rae Vellard arrived. The singer was late. Vellard said the march would go ahead."
    assert _speakers(body) == ["Tamsin Rae Vellard"]
    assert _speakers("Moderator Tamsin Vellard said the march would go ahead.") == ["Tamsin Vellard"]


def test_a_capitalised_preposition_is_not_part_of_a_name():
    body = "With Tamsin Vellard away, the council met. Vellard said the march would go ahead."
    assert _speakers(body) == ["Tamsin Vellard"]


def test_a_surname_that_is_a_title_word_after_an_honorific():
    assert _speakers("Rep. Peter T. King said the march would go ahead.") == ["Peter T. King"]
    assert _speakers("Representative Peter King, of Ohio, said it would go ahead.") == ["Peter King"]
    assert _speakers("Mr. King said the march would go ahead.") == ["King"]
    assert _speakers("Rep. Peter King spoke first. King said the march would go ahead.") == ["Peter King"]
    assert _speakers("Ohio Governor said the march would go ahead.") != ["Governor"]
