"""Round 4 of statement rules: quoted statements (direct and mixed) the earlier rules missed.

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from tests.statement_cases import after_intro, at_cue, one_at_cue

# a promise to do something, in the speaker's quoted words


def test_pledged_to_quoted_words():
    text = 'Mayor Ilse Varga pledged to be "the harbour\'s best friend in city hall" if re-elected.'
    st = one_at_cue(text, "pledged")
    assert st.source.text == "Mayor Ilse Varga"
    assert st.content[0].text.startswith("to be \"the harbour's best friend")
    assert st.kind == "mixed"


def test_pledges_to_quoted_words_with_auxiliary():
    st = one_at_cue("Councillor Tomas Brill is pledging to “stop every toll increase” at the next vote.", "is pledging")
    assert st.source.text == "Councillor Tomas Brill"
    assert "“stop every toll increase”" in st.content[0].text


# a sentence ending with a colon right before a quote: its subject said it, whatever the verb


def test_colon_lead_with_present_verb_and_determiner_subject():
    st = one_at_cue("The memo continues: “Tell us who signed the ferry deal and when the board saw it.”", "continues")
    assert st.source.text == "The memo"
    assert st.content[0].text.startswith("“Tell us who")


def test_colon_lead_after_opening_adverb():
    found = after_intro('Then she added one condition: "Ferries first, whoever wins the seat."')
    assert found == [("she", "added one condition:", ['"Ferries first, whoever wins the seat."'])]


def test_colon_lead_with_subject_set_off_by_commas():
    text = 'Ana Roe, who chairs the port board, had a blunt reply: "They have both been wrong about the tolls."'
    st = one_at_cue(text, "had a blunt reply:")
    assert st.source.text == "Ana Roe, who chairs the port board,"


def test_colon_lead_subject_is_not_taken_from_a_that_clause():
    text = 'The vote fell on a feast day, which meant that a Roe aide could only joke: "The pews were full."'
    assert not any(source == "The vote" for source, _, _ in after_intro(text))


def test_colon_lead_title_stop_does_not_start_the_sentence():
    text = "Ines Kolar, a trader, said Mr. Ode Brandt was a true son of the old docks: ''He fixes what breaks.''"
    assert not any(source == "Ode Brandt" for source, _, _ in after_intro(text))


# '"…," said X, who added that …': the relative clause is a statement of its own


def test_inverted_source_with_relative_statement():
    text = '"The ferry is late again," said Ana Roe, a planner, who added that the port was "badly run."'
    assert after_intro(text) == [
        ("Ana Roe, a planner,", "said", ['"The ferry is late again,"']),
        ("who", "added", ['that the port was "badly run."']),
    ]


def test_inverted_source_with_relative_statement_keeps_the_following_quote():
    text = '"We are ready," said Ines Kolar, who said the vote was "long overdue." "The town wants this."'
    first = after_intro(text)[0]
    assert first == ("Ines Kolar", "said", ['"We are ready,"', '"The town wants this."'])


def test_inverted_source_with_descriptive_relative_clause_is_unchanged():
    text = '"We are ready," said Ines Kolar, who runs the bakery on Quay Street.'
    assert after_intro(text) == [("Ines Kolar, who runs the bakery on Quay Street", "said", ['"We are ready,"'])]


# "went on to say" is a form of "say"


def test_went_on_to_say_takes_a_clause_with_a_quote():
    text = 'The mayor went on to say the ferry contract was "a gift to the operator."'
    assert after_intro(text) == [("The mayor", "went on to say", ['the ferry contract was "a gift to the operator."'])]


def test_went_on_to_say_after_a_quote():
    assert after_intro('"We will fix the pier," she went on to say.') == [
        ("she", "went on to say", ['"We will fix the pier,"'])
    ]


# a one-word quotation is an answer; a lead phrase before "X said," is no part of the quote after it


def test_said_comma_one_quoted_word():
    assert after_intro('Asked again, Ana Roe said, "Probably."') == [("Ana Roe", "said", ['"Probably."'])]


def test_lead_phrase_before_source_is_dropped_when_a_quote_follows():
    text = 'In a statement on Friday, the port authority said, "The pier stays closed until spring."'
    assert after_intro(text) == [("the port authority", "said", ['"The pier stays closed until spring."'])]


# "as X put it": the source between "as" and "put it", the content after it


def test_as_x_puts_it_before_a_quote():
    text = 'As the harbour master puts it, "The pier was built for rowing boats, not ferries."'
    assert after_intro(text) == [
        ("the harbour master", "puts it", ['"The pier was built for rowing boats, not ferries."'])
    ]


def test_as_x_put_it_before_a_mixed_clause():
    text = 'As the Gazette\'s Ivo Brandt put it, the council is handing the town "a bill with a bow on it."'
    st = one_at_cue(text, "put it")
    assert st.source.text == "the Gazette's Ivo Brandt"
    assert st.content[0].text == 'the council is handing the town "a bill with a bow on it."'


def test_as_x_put_it_inside_a_sentence_ends_with_it():
    text = "The mayor won, as one adviser put it, with a ''door-to-door marathon'' that Mr. Vos ran. Then she left."
    st = one_at_cue(text, "put it")
    assert st.source.text == "one adviser"
    assert st.content[0].text == "with a ''door-to-door marathon'' that Mr. Vos ran"


# 'X said in a statement. "…"': a sentence saying nothing itself introduces the quote after it


def test_said_in_a_statement_then_the_quote():
    text = "Ana Roe, the port's spokeswoman, said in a statement. “The pier stays shut. Repairs start in May.”"
    assert after_intro(text) == [
        ("Ana Roe, the port's spokeswoman,", "said", ["“The pier stays shut. Repairs start in May.”"])
    ]


def test_said_in_a_statement_then_a_quote_paragraph():
    text = 'Ana Roe said in a statement on Tuesday.\n\n"The pier stays shut."\n\nThe vote is in May.'
    assert after_intro(text) == [("Ana Roe", "said", ['"The pier stays shut."'])]


def test_next_quote_with_its_own_attribution_is_left_to_it():
    text = "Ana Roe said in a statement. “The pier stays shut,” the mayor added."
    assert after_intro(text) == [("the mayor", "added", ["“The pier stays shut,”"])]


# small readings before a speech verb: "upon saying", "he's said"


def test_upon_saying_takes_the_sentence_subject():
    text = "Ines Kolar drew jeers from the quay upon saying, “The ferry will never run on time.”"
    st = one_at_cue(text, "saying")
    assert st.source.text == "Ines Kolar"
    assert st.content[0].text == "“The ferry will never run on time.”"


def test_contracted_has_before_said():
    st = one_at_cue('She\'s said the levy is "a tax on bread."', "'s said")  # the auxiliary joins the cue
    assert st.source.text == "She"
    assert st.content[0].text == 'the levy is "a tax on bread."'


def test_contracted_is_before_a_passive_is_no_source():
    assert not any(source == "he" for source, _, _ in after_intro("In Brill he's expected to win the vote easily."))


# verbs that report speech when a quotation follows ("proclaimed", "bemoaned", "interjected", "emailed")


def test_quoted_only_verbs_with_a_quotation():
    st = one_at_cue("The mayor proclaimed at the quay, “The ferry is back for good.”", "proclaimed")
    assert st.source.text == "The mayor"
    assert st.content[0].text.endswith("“The ferry is back for good.”")
    st = one_at_cue('Ines Kolar also bemoaned the "sheer neglect" of the pier.', "also bemoaned")
    assert st.source.text == "Ines Kolar"
    st = one_at_cue('Ana Roe interjected: "That is simply not true."', "interjected")
    assert st.content[0].text == '"That is simply not true."'


def test_email_as_a_noun_is_no_cue():
    assert not at_cue('The emails from the port office were "routine," the clerk said.', "emails")
    st = one_at_cue('The union emailed members a note that read: "Stay home on Monday."', "emailed")
    assert st.source.text == "The union"


def test_more_quoted_only_verbs():
    st = one_at_cue('Ines Kolar credited the harbour crews for "an astonishing week of work."', "credited")
    assert st.source.text == "Ines Kolar"
    st = one_at_cue('The mayor portrayed the levy as "a modest fee for a safer pier."', "portrayed")
    assert st.content[0].text == 'the levy as "a modest fee for a safer pier."'
    assert not at_cue("The mayor portrayed a fisherman in the school play.", "portrayed")


# a short name opening the sentence, set off by commas from its speech verb


def test_fronted_subject_across_comma_groups_with_commas_inside():
    text = 'Ana Roe, speaking at a town hall in Brill, Ohio, said the levy was "a tax on bread."'
    st = one_at_cue(text, "said")
    assert st.source.text == "Ana Roe"
    assert st.content[0].text == 'the levy was "a tax on bread."'


def test_fronted_subject_with_relative_and_adverb_groups():
    text = 'Ines Kolar, meanwhile, whose shop faces the quay, said the pier is "a disgrace."'
    assert one_at_cue(text, "said").source.text == "Ines Kolar"


def test_fronted_subject_needs_a_quotation_in_the_content():
    text = "Ana Roe, speaking at a town hall in Brill, Ohio, said the levy was a tax on bread."
    assert all(st.source is None or st.source.text != "Ana Roe" for st in at_cue(text, "said"))


def test_fronted_subject_after_the_opening_quote():
    text = "“The crews are exhausted,” a harbour official, who has worked the docks for years, told the Gazette."
    st = one_at_cue(text, "told")
    assert st.source.text == "a harbour official"
    assert st.content[0].text == "“The crews are exhausted,”"


# inverted sources: a possessive opening the phrase, a relative clause after it


def test_inverted_source_opening_with_a_possessive():
    text = "“We are ready for the vote,” said Roe’s campaign treasurer, Ivo Brandt, who kept the books."
    st = one_at_cue(text, "said")
    assert st.source.text.startswith("Roe’s campaign treasurer, Ivo Brandt")


def test_inverted_source_with_that_clause_after_it():
    text = '"The nets come from abroad now," said one owner of a stall that mends them.'
    assert one_at_cue(text, "said").source.text == "one owner of a stall"


# "with X saying "…"", "– X calling it "…"": a noun phrase right before a participle of speech


def test_with_noun_phrase_saying_a_quote():
    text = 'Ana Roe turned on the board, with the old ferry union of Brill saying it was "asleep at the wheel."'
    st = one_at_cue(text, "saying")
    assert st.source.text == "the old ferry union of Brill"
    assert st.content[0].text == 'it was "asleep at the wheel."'


def test_dash_name_calling_it_a_quote():
    st = one_at_cue("Both sides sounded upbeat – Ana Roe calling the talks “a real start.”", "calling")
    assert st.source.text == "Ana Roe"


# 'water bottles that said "…"': a relative "that" stands for the thing saying it


def test_relative_that_said_a_quote():
    st = one_at_cue("Volunteers handed out caps that said, “Brill loves its ferry.”", "said")
    assert "that" in st.source.text
    assert st.content[0].text == "“Brill loves its ferry.”"


def test_relative_that_said_without_quotation_is_no_statement():
    assert not at_cue("The memo that said the pier was safe was withdrawn.", "said")


def test_two_absolute_participles_split_at_and():
    text = "Both sides sounded upbeat – Ana Roe saying she was “very hopeful” and Ivo Brandt calling it “a real start.”"
    assert after_intro(text) == [
        ("Ana Roe", "saying", ["she was “very hopeful”"]),
        ("Ivo Brandt", "calling", ["it “a real start.”"]),
    ]


# a short lead phrase before the subject pronoun: "Years ago, he … and said, "…""


def test_and_said_after_a_lead_phrase_and_pronoun():
    text = 'In the last race, she backed Ana Roe over Lee and said, "Lee never once came down to the port."'
    st = one_at_cue(text, "said")
    assert st.source.text == "she"
    assert st.content[0].text == '"Lee never once came down to the port."'


def test_colon_lead_after_a_lead_phrase_and_pronoun():
    text = 'Back in Brill, she went back to her refrain: "Ferries first! No tolls on the bridge!"'
    st = one_at_cue(text, "went back to her refrain:")
    assert st.source.text == "she"


def test_present_tense_lead_verb_after_a_speaking_thing():
    text = "Over the loudspeaker, the message continues, ''please keep to the left of the quay.''"
    st = one_at_cue(text, "continues")
    assert st.source.text == "the message"
    assert st.content[0].text == "''please keep to the left of the quay.''"


def test_colon_lead_with_any_predicate_and_determiner_subject():
    text = "The harbour board kept its report short: “The pier must close by June.”"
    st = one_at_cue(text, "kept its report short:")
    assert st.source.text == "The harbour board"


def test_that_followed_by_a_comma_opens_the_content():
    text = 'Ines Kolar added that, judging by the files, the pier "has never been safe."'
    st = one_at_cue(text, "added")
    assert st.source.text == "Ines Kolar"
    assert st.content[0].text == 'that, judging by the files, the pier "has never been safe."'


def test_according_to_with_a_colon_before_the_quote():
    st = one_at_cue("According to the Gazette: “The pier will stay shut through the summer.”", "According to")
    assert st.source.text == "the Gazette"
    assert st.content[0].text == "“The pier will stay shut through the summer.”"


def test_vented_with_a_quotation():
    st = one_at_cue('On the ferry home, she vented to her brother that the vote would be "a brawl."', "vented")
    assert st.source.text == "she"
    assert st.content[0].text == 'that the vote would be "a brawl."'
