"""Unquoted statements whose content is the cue verb's object: commitments, bare clauses, one-word positions,
evidence, naming and acts of position (one test per rule).

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from sitegen.extract.statements.objects import bare_clause, is_agent
from tests.statement_cases import at_cue, one_at_cue


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


# is_agent: who can hold a position


def test_agents_are_people_groups_organisations_and_documents():
    for text, subject in [
        ("Councillor Bram Ode left.", "Councillor Bram Ode"),
        ("the dockers left.", "the dockers"),
        ("two senators left.", "two senators"),
        ("the harbour union left.", "the harbour union"),
        ("the new audit left.", "the new audit"),
        ("she left.", "she"),
    ]:
        assert is_agent(text, _span(text, subject)), subject


def test_things_are_not_agents():
    for text, subject in [
        ("the storm left.", "the storm"),
        ("a pending harbour bylaw left.", "a pending harbour bylaw"),
    ]:
        assert not is_agent(text, _span(text, subject)), subject


# bare_clause: an object clause without "that"


def test_bare_clause_is_a_subject_then_a_finite_verb():
    text = "felt the ferry fare was far too high."
    assert bare_clause(text, 5, len(text))


def test_object_then_its_own_clause_is_no_bare_clause():
    text = "knew him when he was young."
    assert not bare_clause(text, 5, len(text))
    text = "felt the cold wind on the pier."
    assert not bare_clause(text, 5, len(text))


# commitments: the infinitive of "pledge", "vow", "promise", "threaten"


def test_pledged_to_infinitive_is_content():
    st = one_at_cue("Mayor Ada Quint pledged to rebuild the old ferry pier.", "pledged")
    assert st.source.text == "Mayor Ada Quint"
    assert st.content[0].text == "to rebuild the old ferry pier"


def test_threatened_to_by_a_person_is_content():
    st = one_at_cue("The harbour master threatened to close the marina for a week.", "threatened")
    assert st.content[0].text == "to close the marina for a week"


def test_threatened_to_by_a_thing_is_no_statement():
    assert not at_cue("The storm threatened to close the marina for a week.", "threatened")


# bare clauses after verbs of knowing and feeling


def test_feel_with_a_bare_clause():
    st = one_at_cue("Most dockers still feel the new fare is unfair to families.", "still feel")
    assert st.source.text == "Most dockers"
    assert st.content[0].text == "the new fare is unfair to families"


def test_knows_with_a_bare_clause():
    st = one_at_cue("Lena Hart knows the council will reject her plan.", "knows")
    assert st.content[0].text == "the council will reject her plan"


def test_felt_a_noun_phrase_is_no_statement():
    assert not at_cue("Lena Hart felt the cold wind on the pier.", "felt")


# positions held by one word


def test_supported_one_word_object():
    st = one_at_cue("Both harbour councillors eagerly supported Quint.", "eagerly supported")
    assert st.content[0].text == "Quint"


def test_preferred_is_a_position():
    st = one_at_cue("Older voters preferred Quint by a wide margin.", "preferred")
    assert st.source.text == "Older voters"
    assert st.content[0].text == "Quint by a wide margin"


# evidence: what documents and data show, with subjects the plain source rules miss


def test_evidence_modified_document_subject():
    st = one_at_cue(
        "A harbour survey released Monday by the Gazette and Radio Nord shows Quint ahead by six points.", "shows"
    )
    assert st.source.text == "A harbour survey released Monday by the Gazette and Radio Nord"
    assert st.content[0].text == "Quint ahead by six points"


def test_evidence_document_after_and():
    st = one_at_cue("The levy raised little, and port records show no payments from the firm since 2019.", "show")
    assert st.source.text == "port records"
    assert st.content[0].text == "no payments from the firm since 2019"


def test_evidence_relative_clause_of_a_document():
    st = one_at_cue("The board published its annual report in May, which showed a deficit of two million.", "showed")
    assert st.source.text == "its annual report"
    assert st.content[0].text == "a deficit of two million"


def test_evidence_participle_after_a_document():
    st = one_at_cue("Quint kept campaigning, with surveys showing Ode far ahead of her.", "showing")
    assert st.source.text == "surveys"
    assert st.content[0].text == "Ode far ahead of her"


def test_evidence_tail_before_a_new_clause():
    text = "The ferry cost four million in 2019, records show, and the harbour board wants a new one."
    st = one_at_cue(text, "show")
    assert st.source.text == "records"
    assert st.content[0].text == "The ferry cost four million in 2019"


def test_inquiry_findings():
    st = one_at_cue("The inquiry found no sign of fraud in the port accounts.", "found")
    assert st.content[0].text == "no sign of fraud in the port accounts"


def test_things_found_by_people_are_not_evidence():
    assert not at_cue("Police found a stolen car near the pier.", "found")
    assert not at_cue("The storm showed no sign of slowing down.", "showed")


# acts of position and publishing: the object is the content when the subject can act


def test_signed_object():
    st = one_at_cue("Mayor Ada Quint signed the harbour pledge on Friday.", "signed")
    assert st.source.text == "Mayor Ada Quint"
    assert st.content[0].text == "the harbour pledge on Friday"


def test_named_object():
    st = one_at_cue("The council named Bram Ode as its new harbour master.", "named")
    assert st.content[0].text == "Bram Ode as its new harbour master"


def test_released_audit():
    st = one_at_cue("The port authority released its audit of the ferry crash.", "released")
    assert st.content[0].text == "its audit of the ferry crash"


def test_tweeted_object():
    st = one_at_cue("Quint tweeted her support for the dock workers.", "tweeted")
    assert st.content[0].text == "her support for the dock workers"


def test_acts_by_things_or_in_modifiers_are_no_statements():
    assert not at_cue("The storm released a flood of water onto the pier.", "released")
    assert not at_cue("Many dockers signed up for the new course.", "signed")
    assert not at_cue("In a statement released Monday, the mayor spoke of the pier.", "released")


def test_a_bare_medium_is_not_what_was_said():
    assert not at_cue("The harbour board released a statement on Wednesday evening.", "released")
    st = one_at_cue("The harbour board released a statement of support for the strikers.", "released")
    assert st.content[0].text == "a statement of support for the strikers"


# shares of people take a plural verb


def test_a_percentage_supports_like_a_plural():
    st = one_at_cue("In the harbour poll, 41 percent of dockers support Quint.", "support")
    assert st.source.text == "41 percent of dockers"
    assert st.content[0].text == "Quint"


# positions taken in an infinitive: the subject before the verbs that lead to "to"


def test_voted_to_endorse():
    st = one_at_cue("The dockers union voted to endorse Quint last spring.", "voted to endorse")
    assert st.source.text == "The dockers union"
    assert st.content[0].text == "Quint last spring"


def test_has_yet_to_endorse():
    st = one_at_cue("Mayor Ode has yet to endorse the harbour levy.", "has yet to endorse")
    assert st.source.text == "Mayor Ode"
    assert st.content[0].text == "the harbour levy"


def test_tend_to_favor():
    st = one_at_cue("Older dockers tend to favor the night ferry.", "tend to favor")
    assert st.source.text == "Older dockers"


def test_infinitive_after_an_object_or_in_order_to_is_not_the_subjects_position():
    assert not at_cue("The mayor met the pilots on Friday in order to back the plan.", "back")
    assert not [s for s in at_cue("Quint can ask them to support another candidate.", "support") if s.source]


# judgements: "consider", "deem" with an object and its complement; passive ones with no "as"


def test_consider_object_and_complement():
    st = one_at_cue("Most dockers consider Quint honest.", "consider")
    assert st.source.text == "Most dockers"
    assert st.content[0].text == "Quint honest"


def test_active_deemed_after_a_subject():
    st = one_at_cue("The audit office deemed the ferry contract unlawful.", "deemed")
    assert st.source.text == "The audit office"
    assert st.content[0].text == "the ferry contract unlawful"


def test_has_considered_is_active():
    st = one_at_cue("Councillor Ode has long considered the levy unfair.", "has long considered")
    assert st.source.text == "Councillor Ode"


def test_passive_considered_without_as():
    st = one_at_cue("The new pier is considered the safest on the coast.", "is considered")
    assert st.source is None
    assert [c.text for c in st.content] == ["The new pier", "the safest on the coast"]


def test_passive_considered_by_an_agent_is_left_alone():
    assert not at_cue("The levy was considered by the council on Monday.", "was considered")


def test_known_as_right_after_a_noun():
    st = one_at_cue("The dockers met at a pub known as the Anchor.", "known")
    assert st.source is None
    assert st.content[-1].text == "as the Anchor"


# what is inside a statement's content is part of it


def test_an_act_inside_reported_content_is_not_a_second_statement():
    text = "Quint said the board would consider a new ferry next year."
    assert not at_cue(text, "consider")
    assert one_at_cue(text, "said").content[0].text == "the board would consider a new ferry next year"


# positions in the passive: the agent after "by" (or nobody), about the subject and the reason


def test_passive_position_with_agent_and_reason():
    st = one_at_cue(
        "The levy has been criticized by the dockers union for its cost to families.", "has been criticized"
    )
    assert st.source.text == "the dockers union"
    assert [c.text for c in st.content] == ["The levy", "for its cost to families"]


def test_reduced_passive_after_a_comma():
    st = one_at_cue("The ferry plan, opposed by most councillors, failed in May.", "opposed")
    assert st.source.text == "most councillors"
    assert [c.text for c in st.content] == ["The ferry plan"]


def test_passive_position_without_agent():
    st = one_at_cue("Councillor Ode was widely condemned for the remark.", "was widely condemned")
    assert st.source is None
    assert [c.text for c in st.content] == ["Councillor Ode", "for the remark"]


def test_passive_without_agent_or_reason_is_no_position():
    assert not at_cue("The old ferry was rejected at the dock gate.", "was rejected")


# objects before the source: "a toll she once defended"


def test_object_gap_noun_phrase():
    st = one_at_cue("The ferry toll - a levy she once defended - is back before the council.", "once defended")
    assert st.source.text == "she"
    assert st.content[0].text == "a levy"


def test_object_gap_relative_pronoun():
    st = one_at_cue(
        "The port took money from firms that the audit office criticized for their safety failures.", "criticized"
    )
    assert st.source.text == "the audit office"
    assert st.content[0].text == "that"


def test_object_gap_splits_object_and_source():
    st = one_at_cue("The board sold the pier, a lease the dockers union has opposed.", "has opposed")
    assert st.source.text == "the dockers union"
    assert st.content[0].text == "a lease"


def test_no_gap_without_an_object_before():
    assert not at_cue("The voters she courted stayed home.", "courted")
    assert not at_cue("In a statement released Monday, the mayor spoke.", "released")


# verbal attacks and praise without a quotation; offers in words or to act


def test_attacked_without_a_quotation():
    st = one_at_cue("Councillor Ode attacked Quint for the ferry levy.", "attacked")
    assert st.source.text == "Councillor Ode"
    assert st.content[0].text == "Quint for the ferry levy"


def test_welcomed_by_a_group():
    st = one_at_cue("The dockers union welcomed the ruling on the pier.", "welcomed")
    assert st.content[0].text == "the ruling on the pier"


def test_attack_by_a_thing_needs_a_quotation():
    assert not at_cue("The storm attacked the harbour wall for hours.", "attacked")


def test_offered_in_words_or_to_act():
    st = one_at_cue("Quint offered a new argument for the levy.", "offered")
    assert st.content[0].text == "a new argument for the levy"
    st = one_at_cue("The harbour board offered to pay for the repairs.", "offered")
    assert st.content[0].text == "to pay for the repairs"
    assert not at_cue("The firm offered him a job on the docks.", "offered")


# verbs that double their last consonant


def test_doubled_consonant_forms_are_cues():
    assert one_at_cue("Quint planned to run for mayor in the spring.", "planned").content[0].text == (
        "to run for mayor in the spring"
    )
    assert one_at_cue("Councillor Ode slammed the harbour board for the delay.", "slammed").source.text == (
        "Councillor Ode"
    )


# naming without quotation marks


def test_calls_name_and_adjective():
    st = one_at_cue("Councillor Ode calls Quint reckless.", "calls")
    assert st.content[0].text == "Quint reckless"


def test_bare_call_after_a_plural_subject():
    st = one_at_cue("Some dockers call it the ghost ferry.", "call")
    assert st.source.text == "Some dockers"
    assert st.content[0].text == "it the ghost ferry"
    assert not at_cue("It was a wake-up call for the harbour board.", "call")


def test_called_a_possessive_object_a_name():
    st = one_at_cue("Quint called her old coach her mentor.", "called")
    assert st.content[0].text == "her old coach her mentor"


def test_a_firm_called_is_the_writers_naming():
    assert not at_cue("A firm called Harbour Holdings bought the pier.", "called")


def test_calling_after_with_or_a_comma():
    st = one_at_cue("The debate grew bitter, with Mayor Ode calling Quint a liar.", "calling")
    assert st.source.text == "Mayor Ode"
    assert st.content[0].text == "Quint a liar"
    st = one_at_cue("Quint attacked the board's plan, calling it a disgrace.", "calling")
    assert st.source.text == "Quint"
    assert st.content[0].text == "it a disgrace"


# what a person or group sees is their view, with or without "as"


def test_sees_without_as():
    st = one_at_cue("Harbour investors see a real chance of a second ferry line.", "see")
    assert st.source.text == "Harbour investors"
    assert st.content[0].text == "a real chance of a second ferry line"


def test_saw_a_person_is_no_view():
    assert not at_cue("Quint saw him at the pier again in 1999.", "saw")


def test_seeing_inside_reported_content_is_part_of_it():
    assert not at_cue("Ode said he saw the old ferry sink near the pier.", "saw")


# more verbs of position


def test_embraced_and_disavowed():
    st = one_at_cue("Most harbour candidates have embraced a second ferry line.", "have embraced")
    assert st.content[0].text == "a second ferry line"
    st = one_at_cue("Quint disavowed the endorsement of the dockers union.", "disavowed")
    assert st.source.text == "Quint"


def test_compared_by_a_person_not_a_figure():
    st = one_at_cue("Quint compared the levy to a tax on breathing.", "compared")
    assert st.content[0].text == "the levy to a tax on breathing"
    assert not at_cue("The levy raised two million, compared with four million last year.", "compared")


# perfect and modal forms


def test_contracted_has_before_a_cue():
    st = one_at_cue("Lately she’s argued that the levy is unfair.", "’s argued")
    assert st.source.text == "she"
    assert st.content[0].text == "that the levy is unfair"
    assert not [s for s in at_cue("He's expected to lose the harbour seat.", "'s expected") if s.source]


def test_would_like_is_a_want():
    st = one_at_cue("The harbour board would like to build a second pier.", "would like")
    assert st.source.text == "The harbour board"
    assert st.content[0].text == "to build a second pier"


# knowing: a clause after a contracted pronoun, a person known, "everyone knows"


def test_know_a_clause_opening_with_a_contraction():
    st = one_at_cue("Dockers know they're being ignored by the board.", "know")
    assert st.content[0].text == "they're being ignored by the board"


def test_knew_a_person():
    st = one_at_cue("Quint knew Ode well from the harbour days.", "knew")
    assert st.content[0].text == "Ode well from the harbour days"


def test_everyone_knows():
    st = one_at_cue("And everyone knows how the levy began.", "knows")
    assert st.source.text == "everyone"


# participles that close a clause of their subject


def test_citing_after_a_long_clause_without_a_quotation():
    text = "Late on Monday she put off the regatta, which the harbour board had planned for Friday, citing the storm."
    st = one_at_cue(text, "citing")
    assert st.source.text == "she"
    assert st.content[0].text == "the storm"


def test_with_a_named_speaker_and_a_participle():
    st = one_at_cue("The vote was close, with the harbour master saying the levy would pass.", "saying")
    assert st.source.text == "the harbour master"
    assert st.content[0].text == "the levy would pass"


def test_what_was_announced_in_the_passive():
    st = one_at_cue("The closure of the old pier was announced, and the dockers went home.", "was announced")
    assert st.source is None
    assert [c.text for c in st.content] == ["The closure of the old pier"]
