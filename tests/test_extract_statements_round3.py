"""Round 3 of statement rules: lexicon gaps and small constructions (one test per rule).

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from tests.statement_cases import at_cue, one_at_cue

# lexicon: stance verbs whose object is the position taken


def test_stance_ripped_for():
    st = one_at_cue("Councillor Ivo Brandt ripped the harbour board for its slow repairs.", "ripped")
    assert st.source.text == "Councillor Ivo Brandt"
    assert st.content[0].text.startswith("the harbour board for its slow repairs")


def test_stance_chided_for():
    st = one_at_cue("The mayor chided the ferry company for raising fares again.", "chided")
    assert st.source.text == "The mayor"
    assert st.content[0].text.startswith("the ferry company for raising fares")


def test_stance_knocked_and_eviscerated():
    assert one_at_cue("Senator Lula Venn knocked the budget deal as a giveaway.", "knocked").source.text == (
        "Senator Lula Venn"
    )
    assert one_at_cue("The review eviscerated the new rail timetable.", "eviscerated").content


def test_stance_bare_form_is_not_a_cue():
    assert not at_cue("There was a rip in the old canvas tent.", "rip")
    assert not at_cue("The fans gave the striker a knock on the head.", "knock")


# lexicon: "recount" reports speech


def test_say_recounted_that():
    st = one_at_cue("Ms. Oyelaran recounted that the gates had been locked all night.", "recounted")
    assert st.source.text == "Ms. Oyelaran"
    assert st.content[0].text == "that the gates had been locked all night"


# "report" without "that": a news outlet or a filer reports what follows; "reports" is a verb after a subject


def test_reported_without_that():
    st = one_at_cue("The Harbour Gazette reported the ferry strike would last a week.", "reported")
    assert st.source.text == "The Harbour Gazette"
    assert st.content[0].text == "the ferry strike would last a week"


def test_reports_present_tense():
    st = one_at_cue("The Valley Courier reports that the dam inspection was cancelled.", "reports")
    assert st.source.text == "The Valley Courier"
    assert st.content[0].text == "that the dam inspection was cancelled"


def test_reports_noun_is_not_a_cue():
    assert not at_cue("Reports of flooding reached the town hall on Monday.", "Reports")


# "question" as a stance verb: its object is what is doubted, no "that" needed


def test_questioned_object():
    st = one_at_cue("Alderman Pia Lenz questioned the council's commitment to the new park.", "questioned")
    assert st.source.text == "Alderman Pia Lenz"
    assert st.content[0].text == "the council's commitment to the new park"


def test_question_noun_is_not_a_cue():
    assert not at_cue("The question of funding was left open by the committee.", "question")


# "asked X to …": a request with its addressee; the content is the infinitive


def test_asked_addressee_to():
    st = one_at_cue("In a short letter, Ms. Brandt asked the trust to return the painting.", "asked")
    assert st.source.text == "Ms. Brandt"
    assert st.content[0].text == "to return the painting"


def test_asked_to_a_place_is_not_a_request():
    assert not at_cue("Ms. Brandt asked them to the harbour party.", "asked")


# a poll closing the sentence: "… in a Gazette poll (released Monday)."


def test_document_tail_poll():
    st = one_at_cue("Ms. Ode held a nine-point lead over Mr. Lamb among older voters in a Harbour Gazette poll.", "in")
    assert st.source.text == "a Harbour Gazette poll"
    assert st.content[0].text == "Ms. Ode held a nine-point lead over Mr. Lamb among older voters"


def test_document_tail_released():
    st = one_at_cue("Only a third of renters trusted the council in a new survey released Monday.", "in")
    assert st.source.text == "a new survey released Monday"


def test_document_tail_not_the_idiom():
    assert not at_cue("Mr. Lamb has been rising steadily in the polls.", "in")


# a bare noun-like verb after a modal or "do": "would support", "does not support"


def test_modal_bare_support():
    st = one_at_cue("Ms. Ode would support a ban on the harbour cranes.", "would support")
    assert st.source.text == "Ms. Ode"
    assert st.content[0].text == "a ban on the harbour cranes"


def test_do_not_bare_support():
    st = one_at_cue("Councillor Lamb does not support the new ferry fares.", "does not support")
    assert st.content[0].text == "the new ferry fares"


def test_bare_support_noun_is_not_a_cue():
    assert not at_cue("Ms. Ode thanked them for their support on Monday.", "support")


# "with 40 percent of voters saying …": the count after "with" is the participle's source


def test_with_count_saying():
    st = one_at_cue("Ms. Ode leads among renters, with 52 percent of them saying she is ready to lead.", "saying")
    assert st.source.text == "52 percent of them"
    assert st.content[0].text == "she is ready to lead"


def test_with_person_saying_is_not_a_count():
    assert not at_cue("He came in with his brother saying little to anyone.", "saying")


def test_stance_challenged_and_invoked():
    st = one_at_cue("The union challenged the port authority's new shift rules.", "challenged")
    assert st.source.text == "The union"
    assert st.content[0].text == "the port authority's new shift rules"
    assert one_at_cue("Mr. Lamb invoked the spirit of the old harbour strike.", "invoked").source.text == "Mr. Lamb"


def test_challenge_noun_is_not_a_cue():
    assert not at_cue("The challenge for the council is the budget gap.", "challenge")


# "ordered X to …": a directive, content after the verb as for "urged"


def test_ordered_to():
    st = one_at_cue("Judge Amara Quist ordered the harbour board to release the inspection files.", "ordered")
    assert st.source.text == "Judge Amara Quist"
    assert st.content[0].text.startswith("the harbour board to release the inspection files")


def test_order_noun_is_not_a_cue():
    assert not at_cue("The order from the court arrived on Friday.", "order")


def test_say_estimated_that():
    st = one_at_cue("The port authority estimated that repairs would take two years.", "estimated")
    assert st.source.text == "The port authority"
    assert st.content[0].text == "that repairs would take two years"


def test_estimate_noun_is_not_a_cue():
    assert not at_cue("The estimate from the engineers was far too low.", "estimate")


# "those backing the levy", "donors supporting Ms. Ode": a noun phrase right before the participle takes the
# position


def test_backing_relative_those():
    st = one_at_cue("The mayor met privately with those backing the new levy.", "backing")
    assert st.source.text == "those"
    assert st.content[0].text == "the new levy"


def test_backing_relative_needs_plural_noun():
    assert not at_cue("The council is backing away slowly.", "backing")


# "wrote X" without "that": only when a clause follows ("wrote the plan was a mistake", not "wrote a book")


def test_wrote_clause_without_that():
    st = one_at_cue("In a column, Ms. Ode wrote the ferry plan was a mistake.", "wrote")
    assert st.source.text == "Ms. Ode"
    assert st.content[0].text == "the ferry plan was a mistake"


def test_wrote_a_book_is_not_a_statement():
    assert not at_cue("She wrote a book about the old port.", "wrote")


def test_stance_rebuked_and_faulted():
    st = one_at_cue("The ombudsman rebuked the water board for its silence.", "rebuked")
    assert st.source.text == "The ombudsman"
    assert one_at_cue("Ms. Ode faulted the council's slow response.", "faulted").content[0].text == (
        "the council's slow response"
    )


def test_fault_noun_is_not_a_cue():
    assert not at_cue("The fault lies with the old pumps.", "fault")


def test_stance_praise_verbs():
    st = one_at_cue("The mayor commended the lifeboat crews for their quick work.", "commended")
    assert st.source.text == "The mayor"
    assert one_at_cue("Ms. Ode lauded the new harbour lights.", "lauded").content[0].text == "the new harbour lights"
