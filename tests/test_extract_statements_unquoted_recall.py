"""Unquoted statements: wants, plans, positions, perceptions and other reported speech (one test per rule).

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from tests.statement_cases import at_cue, one_at_cue

# intent: wants, plans and positions, content after the verb


def test_intent_wants_object():
    st = one_at_cue("Mayor Ada Quint wants a second bridge over the river.", "wants")
    assert st.source.text == "Mayor Ada Quint"
    assert [c.text for c in st.content] == ["a second bridge over the river"]


def test_intent_opposes_object():
    st = one_at_cue("The farmers union opposes the new water levy.", "opposes")
    assert st.source.text == "The farmers union"
    assert st.content[0].text == "the new water levy"


def test_intent_plans_needs_to():
    st = one_at_cue("Councillor Bram Ode plans to run for mayor next spring.", "plans")
    assert st.content[0].text == "to run for mayor next spring"
    assert not at_cue("The new tax plans will cost the city dearly, critics said.", "plans")


def test_intent_relative_clause_ends_at_comma():
    text = "Lena Hart, who backs the harbour plan, said the vote would be close."
    backs = one_at_cue(text, "backs")
    assert backs.content[0].text == "the harbour plan"
    said = one_at_cue(text, "said")
    assert said.content[0].text == "the vote would be close"


def test_intent_object_before_verb_is_not_content():
    assert not at_cue("That is not what the mayor wants, but the council voted anyway.", "wants")


def test_intent_leaves_quotes_to_quote_rules():
    assert not at_cue('Ruiz wants "a fair deal for growers" from the board.', "wants")


# seeming: the writer's impression, no source, subject and complement as two fragments


def test_seeming_subject_and_complement():
    st = one_at_cue("After the vote, the councillor seemed shaken by the result.", "seemed")
    assert st.source is None
    assert [c.text for c in st.content] == ["the councillor", "shaken by the result"]


def test_seeming_with_infinitive():
    st = one_at_cue("The harbour plan appears to have stalled in committee.", "appears")
    assert [c.text for c in st.content] == ["The harbour plan", "to have stalled in committee"]


def test_seeming_it_keeps_only_the_complement():
    st = one_at_cue("It seems that the ferry will not run this winter.", "seems")
    assert [c.text for c in st.content] == ["that the ferry will not run this winter"]


def test_appearing_somewhere_is_not_an_impression():
    assert not at_cue("The mayor appeared on local radio on Tuesday.", "appeared")


# noun-like verb forms: "hopes", "claims", "support" are cues only after a subject and before a clause


def test_noun_like_verb_after_subject():
    st = one_at_cue("The harbour master hopes the new pier will open by June.", "hopes")
    assert st.source.text == "The harbour master"
    assert st.content[0].text == "the new pier will open by June"


def test_noun_like_bare_form_needs_plural_subject():
    st = one_at_cue("Most dock workers support the strike, the survey found.", "support")
    assert st.source.text == "Most dock workers"
    assert not at_cue("The mayor support the strike.", "support")


def test_noun_like_noun_phrase_is_no_cue():
    assert not at_cue("Republican hopes of a quick vote faded on Monday.", "hopes")
    assert not at_cue("His claims are false, the audit found.", "claims")


# knowledge: know, learn, realize, recognize, imply ... only before "that" or a wh-word


def test_knowledge_before_that():
    st = one_at_cue("The inspectors learned that the ferry had sailed without a licence.", "learned")
    assert st.source.text == "The inspectors"
    assert st.content[0].text == "that the ferry had sailed without a licence"


def test_knowledge_needs_that_and_no_filler():
    assert not at_cue("The inspectors learned the names of the crew.", "learned")
    assert not at_cue("You know, the ferry is late again.", "know")
    assert not at_cue("The crew learned that, and more, from the pilots.", "learned")


# shared subject: a second cue after "and" takes the source of the statement before it


def test_shared_subject_of_coordinated_verbs():
    text = "Lena Hart, the union leader, praised the survey but criticized the new levy."
    praised = one_at_cue(text, "praised")
    criticized = one_at_cue(text, "criticized")
    assert criticized.source.text == praised.source.text == "Lena Hart, the union leader,"
    assert praised.content[0].text == "the survey"
    assert criticized.content[0].text == "the new levy"


# noun-that: the "that"-clause of a claim noun, held by its possessor or the sentence's subject


def test_noun_that_with_possessor():
    st = one_at_cue("On Monday the council heard his claim that the harbour wall was safe.", "claim")
    assert st.source.text == "his"
    assert st.content[0].text == "that the harbour wall was safe"


def test_noun_that_held_by_subject():
    st = one_at_cue("Mayor Ines Varga has long nursed a concern that the ferry would stop running.", "concern")
    assert st.source.text == "Mayor Ines Varga"
    assert st.content[0].text == "that the ferry would stop running"


def test_noun_that_without_holder():
    st = one_at_cue("Fears that the mill would close spread through the valley.", "Fears")
    assert st.source is None


def test_noun_that_relative_clause_is_no_content():
    assert not at_cue("The claim that was filed last week names three firms.", "claim")


# perceived: passive perceptions with no source ("is seen as", "known for"); reportedly: hearsay


def test_perceived_passive_as():
    st = one_at_cue("Intro.\n\nThe mayor is widely seen as the favourite for the post.", "is widely seen")
    assert st.source is None
    assert [c.text for c in st.content] == ["The mayor", "as the favourite for the post"]


def test_perceived_needs_be_or_comma():
    assert not at_cue("Intro.\n\nWe have seen as many ferries as buses this year.", "seen")


def test_reportedly_without_verb_cue():
    st = one_at_cue("Intro.\n\nThe shipyard is reportedly planning a sale of its dry dock.", "reportedly")
    assert st.source is None
    assert [c.text for c in st.content] == ["The shipyard is", "planning a sale of its dry dock"]


def test_reportedly_before_a_speech_verb_joins_it():
    assert not at_cue("Intro.\n\nThe mayor reportedly said the dock would close.", "reportedly")


# topic: what somebody talked about, voted for, pushed for or voiced (content after, one word is enough)


def test_topic_talked_about():
    st = one_at_cue("At the rally, Councillor Ode talked about the harbour tax.", "talked about")
    assert st.source.text == "Councillor Ode"
    assert st.content[0].text == "the harbour tax"


def test_topic_voted_for_and_voiced():
    assert one_at_cue("Three members voted for Ruiz.", "voted for").content[0].text == "Ruiz"
    assert (
        one_at_cue("The dockers voiced anger over the new rota.", "voiced").content[0].text == "anger over the new rota"
    )


# attitude: "be" + a stance adjective; seeing-as; make clear; decide to


def test_attitude_adjective_after_be():
    st = one_at_cue("The harbour master is confident that the pier will hold.", "is confident")
    assert st.source.text == "The harbour master"
    assert st.content[0].text == "that the pier will hold"
    assert one_at_cue("The union was critical of the new rota.", "was critical").content[0].text == "the new rota"


def test_attitude_needs_be_and_a_complement():
    assert not at_cue("A confident mayor opened the pier.", "confident")
    assert not at_cue("The mayor is confident.", "is confident")


def test_seeing_as_needs_as():
    st = one_at_cue("The ferry union sees the levy as a tax on workers.", "sees")
    assert st.content[0].text == "the levy as a tax on workers"
    assert not at_cue("The ferry union saw the levy rise twice.", "saw")


def test_make_clear_and_decide_to():
    assert one_at_cue("Ruiz made clear that she would run.", "made clear").content[0].text == "that she would run"
    assert one_at_cue("The board decided to close the pier.", "decided").content[0].text == "to close the pier"


# progressive and reduced relative: "is urging …", "groups backing the levy"


def test_progressive_takes_the_subject_before_be():
    st = one_at_cue("The ferry union is urging members to reject the offer.", "is urging")
    assert st.source.text == "The ferry union"
    assert st.content[0].text == "members to reject the offer"


def test_reduced_relative_participle():
    st = one_at_cue("Two groups backing the harbour levy, both from the coast, spent heavily.", "backing")
    assert st.source.text == "Two groups"
    assert st.content[0].text == "the harbour levy"


def test_participle_after_a_determiner_is_no_cue():
    assert not at_cue("The backing of the board was never in doubt.", "backing")


# position: a position noun with a possessor ("Ruiz's criticism of the levy")


def test_position_noun_with_named_possessor():
    st = one_at_cue("On Monday Ana Ruiz's criticism of the harbour levy grew louder.", "criticism")
    assert st.source.text == "Ana Ruiz's"
    assert st.content[0].text == "the harbour levy grew louder"


def test_position_noun_pronoun_possessor_goes_to_subject():
    st = one_at_cue("The mayor renewed her calls for a new pier on Monday.", "calls")
    assert st.source.text == "The mayor"
    assert st.content[0].text == "a new pier on Monday"


def test_position_noun_without_possessor_is_no_statement():
    assert not at_cue("The criticism of the levy grew louder.", "criticism")


def test_seeming_to_speak_keeps_the_subject_as_holder():
    st = one_at_cue("The mayor seemed to concede that the pier was unsafe.", "seemed")
    assert st.source.text == "The mayor"


# impersonal passives: "it was reported that …", "the pier is believed to …"


def test_impersonal_it_was_reported_that():
    st = one_at_cue("Intro.\n\nIt was reported that the ferry had been sold.", "was reported")
    assert st.source is None
    assert st.content[0].text == "that the ferry had been sold"


def test_impersonal_raising_passive():
    st = one_at_cue("Intro.\n\nThe old pier is believed to be unsafe.", "is believed")
    assert st.source is None
    assert st.content[0].text.startswith("The old pier")


# evidence from things: "shipping records show …"


def test_things_show_evidence():
    st = one_at_cue("Intro.\n\nThe shipping manifests showed a second cargo.", "showed")
    assert st.content[0].text == "a second cargo"
    assert not at_cue("Intro.\n\nThe mayor showed restraint at the hearing.", "showed")
    assert not at_cue("Intro.\n\nThe dockers showed up late.", "showed")


def test_attitude_after_have_been_and_contracted_be():
    st = one_at_cue("Intro.\n\nRepublicans have been critical of the harbour levy.", "have been critical")
    assert st.source.text == "Republicans"
    st = one_at_cue("Intro.\n\nThey’re hopeful that the levy will change.", "’re hopeful")
    assert st.source.text == "They"


def test_knowledge_clause_without_that_after_a_pronoun():
    st = one_at_cue("Intro.\n\nThe pilot knew he was too late.", "knew")
    assert st.content[0].text == "he was too late"
    assert not at_cue("Intro.\n\nThe pilot knew the harbour well.", "knew")


def test_expect_to():
    st = one_at_cue("Intro.\n\nThe dockers expect to strike in May.", "expect")
    assert st.content[0].text == "to strike in May"


def test_topic_phrases_of_attack_and_sympathy():
    assert one_at_cue("The pilots took issue with the new rota.", "took issue with").content[0].text == "the new rota"
    assert one_at_cue("Ruiz lashed out at the port board.", "lashed out at").source.text == "Ruiz"


def test_stance_s_forms_after_a_singular_subject():
    st = one_at_cue("Intro.\n\nRuiz slams the harbour board over delays.", "slams")
    assert st.source.text == "Ruiz"
    assert not at_cue("Intro.\n\nThe slams of the doors woke the crew.", "slams")


def test_prefer_and_encourage():
    assert one_at_cue("Intro.\n\nMost pilots prefer the old rota.", "prefer").content[0].text == "the old rota"
    assert one_at_cue("Intro.\n\nThe union encouraged members to vote.", "encouraged").source.text == "The union"


def test_stance_bare_forms_after_a_plural_subject():
    st = one_at_cue("Intro.\n\nMany dockers blame the port board for the delays.", "blame")
    assert st.source.text == "Many dockers"
    assert not at_cue("Intro.\n\nThe blame for the delays fell on the board.", "blame")


def test_offered_words_not_things():
    assert one_at_cue("Intro.\n\nThe mayor offered her support to the dockers.", "offered").source.text == "The mayor"
    assert not at_cue("Intro.\n\nThe mayor offered the dockers a bonus.", "offered")
