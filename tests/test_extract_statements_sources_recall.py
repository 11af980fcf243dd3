"""Sources and constructions of unquoted statements (one spec-style test per rule).

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from tests.statement_cases import at_cue, one_at_cue


def test_share_of_people_is_a_source():
    """ "one in four", "only 30 percent", "more than six in 10", "two-thirds of dockers": a share speaks in a poll."""
    st = one_at_cue("Most dockers backed the strike. One in four said the port board was unfair.", "said")
    assert st.source.text == "One in four"
    assert st.content[0].text == "the port board was unfair"
    st = one_at_cue("Only 30 percent said the ferry fare was too high.", "said")
    assert st.source.text == "Only 30 percent"
    st = one_at_cue("More than six in 10 say they would ride the new tram.", "say")
    assert st.source.text == "More than six in 10"
    st = one_at_cue("Two-thirds of the dockers say the crane contract is fair.", "say")
    assert st.source.text == "Two-thirds of the dockers"


def test_evidence_after_its_content():
    """ "…, records show." / "…, a new survey of dockers found.": a document after the comma shows the clause."""
    st = one_at_cue("The ferry lost money for a third year, records show.", "show")
    assert st.source.text == "records"
    assert st.content[0].text == "The ferry lost money for a third year"
    st = one_at_cue("Most dockers back the strike, a survey by the harbor institute found.", "found")
    assert st.source.text == "a survey by the harbor institute"
    assert not at_cue("He waved at the cameras, the crowd showed.", "showed")


def test_document_head_before_by_or_out():
    """ "a poll by the institute", "a poll out Monday": the head noun stands before "by" and "out"."""
    st = one_at_cue("A harbor poll out Monday showed Ruiz with a clear lead.", "showed")
    assert st.source.text == "A harbor poll out Monday"
    assert st.content[0].text == "Ruiz with a clear lead"


def test_time_or_place_word_before_a_verb_is_a_subject():
    """ "said there is …", "said this was …", "said last year was …": words that usually open an adverbial phrase
    are the subject of the reported clause when a finite verb follows them."""
    st = one_at_cue("Ruiz said there is no money for the ferry.", "said")
    assert st.content[0].text == "there is no money for the ferry"
    st = one_at_cue("Others said this is only a rough patch for the port.", "said")
    assert st.content[0].text == "this is only a rough patch for the port"
    st = one_at_cue("Ruiz said this week that the ferry is late.", "said")
    assert st.content[0].text == "that the ferry is late"


def test_description_with_only_or_also_is_an_apposition():
    """ "Ada Vos, one of only a handful of dockers on the board, said": "only" may stand in a description."""
    st = one_at_cue("Ada Vos, one of only a handful of dockers on the board, said the strike would end.", "said")
    assert st.source.text == "Ada Vos, one of only a handful of dockers on the board,"


def test_subject_with_a_participle_phrase():
    """ "Dockers hoping to keep their jobs say …": a participle phrase after the noun belongs to the source;
    "workers here said": a place adverb after it does not."""
    st = one_at_cue("Dockers hoping to keep their jobs at the port say the board has ignored them.", "say")
    assert st.source.text == "Dockers hoping to keep their jobs at the port"
    assert st.content[0].text == "the board has ignored them"
    st = one_at_cue("Her ferry crews here said they have worked since the spring.", "said")
    assert st.source.text == "Her ferry crews"
    assert not at_cue("The building housing the ferry office said nothing.", "said")


def test_bare_appear_after_a_plural_subject():
    """ "The donors appear to have ties …": bare "appear" after a plural noun and before "to" is an impression
    with no source; after a modal or "to" it is not ("will appear to testify")."""
    st = one_at_cue("The donors appear to have ties to the shipping group.", "appear")
    assert st.source is None
    assert [c.text for c in st.content] == ["The donors", "to have ties to the shipping group"]
    assert not at_cue("The ferry crews will appear to testify on Monday.", "will appear")


def test_coordinated_verb_after_a_set_off_subject():
    """ "Ann Vos, a former chairman, joined the board and said …": the second verb shares the sentence's subject,
    read past the comma groups after it."""
    st = one_at_cue("Ann Vos, a former port chairman, joined the board and said the ferry is safe.", "said")
    assert st.source.text == "Ann Vos, a former port chairman,"
    assert st.content[0].text == "the ferry is safe"
    st = one_at_cue("Dockers, angry at the board, walked out on Monday and said the strike would last.", "said")
    assert st.source.text.startswith("Dockers")


def test_bare_see_as_after_a_plural_subject():
    """ "Developers see golf courses as wasted space": bare "see"/"view" after a plural subject, with "as" in
    what follows, is a perception; the noun "view" is not."""
    st = one_at_cue("Developers see the old piers as wasted space.", "see")
    assert st.source.text == "Developers"
    assert st.content[0].text == "the old piers as wasted space"
    st = one_at_cue("Dockers view the mayor as weak.", "view")
    assert st.content[0].text == "the mayor as weak"
    assert not at_cue("The view from the pier is lovely as always.", "view")


def test_participle_opening_the_sentence():
    """ "Noting that …, Ruiz added …", "Since announcing that …, Vos has …": a participle opening the sentence
    (alone or after "after", "since", "in" …) is said by the main clause's subject; content ends at the comma."""
    st = one_at_cue("Noting that only one member voted with the crews, Ruiz added that the vote was lost.", "Noting")
    assert st.source.text == "Ruiz"
    assert st.content[0].text == "that only one member voted with the crews"
    st = one_at_cue("Since announcing in October that he would not run, Mr. Vos has been loyal.", "announcing")
    assert st.source.text == "Mr. Vos"
    assert st.content[0].text == "that he would not run"
    assert not at_cue("Speaking slowly and saying little, Ruiz left.", "saying")


def test_naming_without_quotation_marks():
    """ "Critics called him a fraud", "Ruiz calls himself a pragmatist": an object and what it is called; a phone
    call or a called meeting is not a statement."""
    st = one_at_cue("The dockers called him a political opportunist who ignored the port.", "called")
    assert st.source.text == "The dockers"
    assert st.content[0].text == "him a political opportunist who ignored the port"
    st = one_at_cue("Ruiz calls herself a careful pragmatist.", "calls")
    assert st.content[0].text == "herself a careful pragmatist"
    assert not at_cue("Ruiz called Lee on Monday.", "called")
    assert not at_cue("Ruiz called a press conference.", "called")


def test_pronoun_after_an_addressee_opens_the_content():
    """ "Vos told the Gazette he would appeal": the addressee ends before the pronoun."""
    st = one_at_cue("Vos told the Gazette he is not planning an appeal.", "told")
    assert st.content[0].text == "he is not planning an appeal"
    st = one_at_cue("Vos told PORTWATCH she planned to stay neutral.", "told")
    assert st.content[0].text == "she planned to stay neutral"


def test_semicolon_after_a_trailing_cue():
    """ "…, analysts say; in 2012 …": the clause after the semicolon is not the content; the one before is."""
    st = one_at_cue("The ferry will be late, port analysts say; in 2012 it was early.", "say")
    assert st.content[0].text == "The ferry will be late"


def test_share_alone_or_a_qualified_count_is_a_source():
    """ "and three-quarters said …", "at least 2,000 said …": a share on its own, or a count after "at least",
    "more than", "nearly", speaks for the people counted; a bare number does not."""
    st = one_at_cue("Most dockers liked Ruiz, and three-quarters said the same of Lee.", "said")
    assert st.source.text == "three-quarters"
    st = one_at_cue("Since June, at least 2,000 said they would join the strike.", "said")
    assert st.source.text == "at least 2,000"
    assert not at_cue("The vote was close, and 2,000 said nothing.", "said")


def test_lowercase_plural_of_people_before_a_relative_clause():
    """ "executives who have worked with Ruiz say …", "port groups that backed him say …": a plural noun of
    people or organisations heads the source of the verb after its relative clause."""
    st = one_at_cue("Though executives who have worked with Ruiz say she is careful, few agree.", "say")
    assert st.source.text == "executives who have worked with Ruiz"
    st = one_at_cue("But harbor groups that have endorsed him say the delegates should choose.", "say")
    assert st.source.text == "harbor groups that have endorsed him"


def test_more_plural_heads_of_people():
    """ "millennials say", "candidates who spoke said": plural nouns of groups of people are sources."""
    st = one_at_cue("Young millennials say the ferry fare is too high.", "say")
    assert st.source.text == "Young millennials"


def test_long_subject_with_prepositional_phrases():
    """A subject of up to 18 words ("Large majorities of dockers in six ports going on strike on Monday said")."""
    st = one_at_cue(
        "Large majorities of union dockers in six ports going on strike on Monday at dawn said the board lied.",
        "said",
    )
    assert st.source.text == "Large majorities of union dockers in six ports going on strike on Monday at dawn"


def test_noun_like_verb_agrees_with_the_head_noun():
    """ "Supporters of the levy hope …": a bare noun-like verb agrees with the head noun before "of", not with the
    last word of the subject."""
    st = one_at_cue("Supporters of the levy hope this is only a short delay.", "hope")
    assert st.source.text == "Supporters of the levy"
    assert st.content[0].text == "this is only a short delay"


def test_it_as_a_document_that_shows_or_suggests():
    """ "It found that …", "it suggests …": "it" is a source for verbs a document or organisation uses."""
    st = one_at_cue("The audit was late. It found that the ferry firm had been overpaid.", "found")
    assert st.source.text == "It"
    assert st.content[0].text == "that the ferry firm had been overpaid"
    st = one_at_cue("The audit was late. It suggests the ferry firm was overpaid.", "suggests")
    assert st.source.text == "It"
