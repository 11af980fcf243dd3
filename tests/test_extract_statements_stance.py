"""Stance phrases: a head word ending in a preposition, whose object is the content (see ``stance``).

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from tests.statement_cases import after_intro, at_cue, one_at_cue

# verbs with a preposition: the cue runs through the preposition, the content is its object


def test_verb_about_takes_its_object():
    st = one_at_cue("Councillor Bram Ode joked about the leaking ferry.", "joked about")
    assert st.source.text == "Councillor Bram Ode"
    assert [c.text for c in st.content] == ["the leaking ferry"]


def test_verb_auxiliaries_join_the_cue():
    st = one_at_cue("The dockers union would vote for Mayor Quint.", "would vote for")
    assert st.source.text == "The dockers union"
    assert st.content[0].text == "Mayor Quint"


def test_verb_apologized_for():
    st = one_at_cue("Ada Quint apologized for the late budget.", "apologized for")
    assert st.content[0].text == "the late budget"


def test_verb_object_ends_at_comma_or_clause_break():
    st = one_at_cue("Lena Hart bragged about her harbour plan, and then she left.", "bragged about")
    assert st.content[0].text == "her harbour plan"
    st = one_at_cue("Lena Hart fretted about the ferry because it was late.", "fretted about")
    assert st.content[0].text == "the ferry"


def test_verb_with_adverb_before_preposition():
    st = one_at_cue("Bram Ode spoke out about the closures.", "spoke out about")
    assert st.content[0].text == "the closures"


def test_noun_forms_need_an_auxiliary_or_pronoun():
    assert not at_cue("Her new focus on the harbour pleased the dockers.", "focus on")
    assert not at_cue("The campaign for a new bridge began in May.", "campaign for")
    assert one_at_cue("They campaign for the harbour.", "campaign for").source.text == "They"
    assert one_at_cue("The dockers will campaign for the harbour.", "will campaign for").source.text == "The dockers"


def test_passive_and_infinitive_are_not_stances():
    assert not at_cue("The ferry was talked about for weeks.", "was talked about")
    assert not at_cue("Quint plans to vote for the levy.", "vote for")


def test_source_must_be_somebody():
    assert not at_cue("The meeting will touch on the ferry timetable.", "will touch on")
    assert not at_cue("A walk through the old docks hints at the city's past.", "hints at")


def test_inside_another_statement_is_left_alone():
    found = at_cue("Quint said the dockers would vote for Hart.", "would vote for")
    assert not found


# adjectives after a form of "be"


def test_adjective_worried_about():
    st = one_at_cue("Mayor Ada Quint is worried about the ferry timetable.", "is worried about")
    assert st.source.text == "Mayor Ada Quint"
    assert st.content[0].text == "the ferry timetable"


def test_adjective_with_auxiliaries_and_adverb():
    st = one_at_cue("The dockers have long been supportive of the levy.", "have long been supportive of")
    assert st.source.text == "The dockers"
    assert st.content[0].text == "the levy"


def test_adjective_needs_be():
    assert not at_cue("A proud of his town mayor, Ode waved.", "proud of")


def test_progressive_with_adverb():
    st = one_at_cue("Bram Ode was apparently referring to the old harbour toll.", "was apparently referring to")
    assert st.source.text == "Bram Ode"
    assert st.content[0].text == "the old harbour toll"


def test_bare_call_for_after_auxiliary():
    st = one_at_cue("The dockers would call for a strike.", "would call for")
    assert st.source.text == "The dockers"
    assert st.content[0].text == "a strike"


def test_infinitive_after_object_pronoun():
    st = one_at_cue("The floods prompted them to call for a new dam.", "call for")
    assert st.source.text == "them"
    assert st.content[0].text == "a new dam"


def test_speaker_description_after_a_quote_is_not_a_statement():
    assert not at_cue('"We need a dam," said Ada Quint, who voted for the levy.', "voted for")


def test_after_a_speech_verb_the_outer_statement_carries_it():
    assert not at_cue("Quint said he would vote for Hart.", "would vote for")


def test_adjective_by_and_on():
    st = one_at_cue("The harbour board was troubled by the audit.", "was troubled by")
    assert st.source.text == "The harbour board"
    assert st.content[0].text == "the audit"
    st = one_at_cue("The dockers are divided on the new levy.", "are divided on")
    assert st.content[0].text == "the new levy"


def test_verb_vouched_for():
    st = one_at_cue("Ada Quint vouched for the new clerk.", "vouched for")
    assert st.content[0].text == "the new clerk"


# stance nouns after a light verb, and people's stances after "be"


def test_noun_after_light_verb():
    st = one_at_cue("Ada Quint has a dim view of the levy.", "has a dim view of")
    assert st.source.text == "Ada Quint"
    assert st.content[0].text == "the levy"
    st = one_at_cue("Quint made no mention of the ferry.", "made no mention of")
    assert st.content[0].text == "the ferry"


def test_agent_noun_after_be():
    st = one_at_cue("Bram Ode is a longtime critic of the levy.", "is a longtime critic of")
    assert st.source.text == "Bram Ode"
    assert st.content[0].text == "the levy"
    assert one_at_cue("Ode is no fan of the mayor.", "is no fan of").content[0].text == "the mayor"


def test_agent_noun_needs_be_and_no_passive():
    assert not at_cue("Supporters of the levy gathered at the hall.", "Supporters of")
    assert not at_cue("Quint is disliked by supporters of the levy.", "is disliked by supporters of")


# contractions, copulas and infinitives


def test_contracted_pronoun_is_the_source():
    st = one_at_cue("They’re supportive of the harbour plan.", "’re supportive of")
    assert st.source.text == "They"
    assert st.content[0].text == "the harbour plan"
    st = one_at_cue("He’s also proud of the council.", "’s also proud of")
    assert st.source.text == "He"


def test_negated_progressive():
    st = one_at_cue("I wasn’t talking about the ferry.", "wasn’t talking about")
    assert st.source.text == "I"
    assert st.content[0].text == "the ferry"


def test_copula_become():
    st = one_at_cue("She has become increasingly wary of the council.", "has become increasingly wary of")
    assert st.source.text == "She"


def test_infinitive_after_catenative_verb():
    st = one_at_cue("The board will have to vote for the cheaper bid.", "will have to vote for")
    assert st.source.text == "The board"
    assert st.content[0].text == "the cheaper bid"


def test_attitude_contracted_s_keeps_the_whole_pronoun():
    st = one_at_cue("He’s also wary of the council.", "’s also wary")
    assert st.source.text == "He"


def test_reduced_relative_after_a_name():
    st = one_at_cue("We watched a clip of Ruiz talking about the ferry.", "talking about")
    assert st.source.text == "Ruiz"
    assert st.content[0].text == "the ferry"


def test_gerund_after_a_common_noun_is_not_a_stance():
    assert not at_cue("The old habit of talking about the ferry lingers.", "talking about")


def test_stance_inside_an_overlong_source_before_its_cue():
    text = "Ruiz pointedly made no mention of Jo Lee, who had quit the race."
    st = one_at_cue(text, "pointedly made no mention of")
    assert st.source.text == "Ruiz"
    assert st.content[0].text == "Jo Lee"


def test_more_light_verbs():
    assert one_at_cue("Ruiz avoided all mention of the toll.", "avoided all mention of").content[0].text == "the toll"
    assert one_at_cue("Lee heaped praise on the ferry crew.", "heaped praise on").source.text == "Lee"


# particle verbs: the particle is required


def test_particle_verbs():
    st = one_at_cue("Ruiz doubled down on her plan for the docks.", "doubled down on")
    assert st.source.text == "Ruiz"
    assert st.content[0].text == "her plan for the docks"
    assert one_at_cue("Lee fired back at Ruiz.", "fired back at").content[0].text == "Ruiz"
    assert not at_cue("The guards fired at the boat.", "fired at")


def test_capitalised_adverb_is_not_a_name():
    assert not at_cue("Also zeroing in on the harbour are two rivals.", "zeroing in on")


def test_noun_like_forms_agreeing_with_their_subject():
    assert one_at_cue("Most dockers worry about the new levy.", "worry about").source.text == "Most dockers"
    assert one_at_cue("Quint campaigns for the levy.", "campaigns for").source.text == "Quint"
    assert not at_cue("The residents' worry about the levy grew.", "worry about")


def test_noun_comment_on():
    assert (
        one_at_cue("Ruiz made no comment on the harbour audit.", "made no comment on").content[0].text
        == "the harbour audit"
    )


def test_contracted_pronoun_before_copula():
    st = one_at_cue("Since May she’s grown increasingly angry at the board.", "’s grown increasingly angry at")
    assert st.source.text == "she"


def test_more_stance_adjectives():
    assert one_at_cue("The dockers are hungry for a new contract.", "are hungry for").source.text == "The dockers"
    assert one_at_cue("Quint was upfront about her doubts.", "was upfront about").content[0].text == "her doubts"


def test_referring_to_after_an_inverted_quote():
    text = '"The ferry must run," said Ada Quint, the harbour master, referring to the winter timetable.'
    st = one_at_cue(text, "referring to")
    assert st.source.text == "Ada Quint, the harbour master,"  # an inverted source keeps its closing comma
    assert st.content[0].text == "the winter timetable"


def test_aspect_verb_before_the_participle():
    st = one_at_cue("The dockers began calling for a strike.", "began calling for")
    assert st.source.text == "The dockers"
    assert st.content[0].text == "a strike"


def test_coordinated_adjectives():
    st = one_at_cue(
        "The rowers were surprised and dismayed at the closure of the boathouse.", "were surprised and dismayed at"
    )
    assert st.source.text == "The rowers"


def test_adjective_phrase_set_off_after_its_holder():
    st = one_at_cue("But the dockers, concerned about the levy, stayed home.", "concerned about")
    assert st.source.text == "the dockers"
    assert st.content[0].text == "the levy"


def test_in_favor_of_is_for():
    st = one_at_cue("The council voted in favor of the harbour levy.", "voted in favor of")
    assert st.source.text == "The council"
    assert st.content[0].text == "the harbour levy"


# --- nouns that report a view with nobody named ("amid questions about …") ------------------------------


def test_questions_about_with_nobody_named_are_a_statement_without_a_source():
    assert after_intro("The vote came amid new questions about the levy, and Roe left early.") == [
        (None, "questions about", ["the levy"])
    ]


def test_allegations_of_with_nobody_named():
    found = after_intro("The port faces allegations of fraud in its ferry contracts.")
    assert (None, "allegations of", ["fraud in its ferry contracts"]) in found


def test_a_possessed_noun_is_left_to_the_possessor_rules():
    assert all(cue != "doubts about" for _, cue, _ in after_intro("The mayor's doubts about the levy are old."))
