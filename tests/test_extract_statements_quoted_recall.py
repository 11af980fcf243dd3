"""Quoted statements: constructions around direct and mixed quotes (one test per rule).

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from tests.statement_cases import after_intro, only_after_intro, triples

# inverted source: "…," said ROLE NAME


def test_inverted_source_with_a_role_word_between_capitalised_words():
    assert only_after_intro("“The ferry is late again,” said Harbour pilot Ines Varga.") == (
        "Harbour pilot Ines Varga",
        "said",
        ["“The ferry is late again,”"],
    )


def test_inverted_source_with_lowercase_titles_linked_by_of():
    source, _, _ = only_after_intro(
        "“We have the votes,” said former minister of culture Rolf Anker, who chairs the board."
    )
    assert source.startswith("former minister of culture Rolf Anker")


def test_inverted_source_with_a_name_particle():
    source, _, _ = only_after_intro("“It is a fair deal,” said Lotte van Dijk, a trader in Delft.")
    assert source == "Lotte van Dijk, a trader in Delft"


def test_inverted_source_of_after_a_name_is_not_part_of_it():
    assert only_after_intro("“He will not last,” said Quint of Mr. Varga.")[0] == "Quint"


def test_source_before_the_cue_mixes_role_words_and_capitals():
    assert only_after_intro("“The bridge will open in May,” city council spokeswoman Ada Quint said.")[0] == (
        "city council spokeswoman Ada Quint"
    )


def test_inverted_source_with_a_hyphenated_or_numbered_word_after_its_determiner():
    assert only_after_intro("“The harvest came early,” said the 52-year-old. “We were lucky.”") == (
        "the 52-year-old",
        "said",
        ["“The harvest came early,”", "“We were lucky.”"],
    )


def test_inverted_source_after_a_quote_closed_by_an_opening_mark():
    assert only_after_intro("“The roof leaks,“ said Ines Varga.")[:2] == ("Ines Varga", "said")


def test_a_sign_or_statement_read_before_or_after_its_source():
    assert only_after_intro("“Keep the park open,” read the banner.") == (
        "the banner",
        "read",
        ["“Keep the park open,”"],
    )
    assert only_after_intro("“Keep the park open,” it read.") == ("it", "read", ["“Keep the park open,”"])


def test_appositive_source_with_a_role_linked_by_to():
    assert only_after_intro("“The port will reopen,” Rolf Anker, a senior adviser to the mayor, told reporters.")[
        0
    ] == ("Rolf Anker, a senior adviser to the mayor,")


def test_appositive_source_with_four_comma_groups():
    assert only_after_intro(
        "“Prices keep rising,” Ines Varga, 41, of Delft, Neth., who runs a bakery, said on Monday."
    )[0] == ("Ines Varga, 41, of Delft, Neth., who runs a bakery,")


# quotes no verb of the lexicon claims


def test_quote_then_subject_and_any_past_tense_verb():
    assert only_after_intro("“Sit down, all of you,” Varga snapped.") == (
        "Varga",
        "snapped",
        ["“Sit down, all of you,”"],
    )
    assert only_after_intro("“Encore!” the audience roared back.") == ("the audience", "roared back", ["“Encore!”"])


def test_quote_then_an_unknown_verb_before_its_source():
    assert only_after_intro("“The bridge is finally open,” beamed Ines Varga, the engineer.")[:2] == (
        "Ines Varga",
        "beamed",
    )


def test_a_verb_with_an_object_after_a_quote_reports_nothing():
    assert after_intro("“Will the shop survive?” Varga sold his van the next day.") == []


def test_a_quoted_title_before_a_verb_is_not_speech():
    assert after_intro("“The Winter of the Gulls,” Varga published in 2004, sold well.") == []


def test_subject_verb_and_comma_or_colon_before_a_quote_ending_the_sentence():
    assert only_after_intro("Varga shrugged, “The ferry will come when it comes.”") == (
        "Varga",
        "shrugged",
        ["“The ferry will come when it comes.”"],
    )
    assert only_after_intro("Varga stood up and bellowed: “Nobody leaves this room.”")[:2] == ("Varga", "bellowed")


def test_as_someone_put_it_before_a_quote():
    assert only_after_intro("As one harbour pilot put it: “The sea does not read the schedule.”") == (
        "one harbour pilot",
        "put it",
        ["“The sea does not read the schedule.”"],
    )


def test_a_capitalised_verb_opening_the_sentence_then_source_then_quote():
    assert only_after_intro("Said Ines Varga, who runs the ferry, “We sail at dawn.”") == (
        "Ines Varga, who runs the ferry,",
        "Said",
        ["“We sail at dawn.”"],
    )


def test_a_quote_paragraph_signed_on_the_next_line():
    found = after_intro("“Tolls will double by spring.”\n\n- Ines Varga.\n")
    assert found == [("Ines Varga", "-", ["“Tolls will double by spring.”"])]


def test_what_follows_the_attribution_of_a_quote_is_not_more_of_it():
    found = after_intro("“The levy is fair,” Varga said, according to a local radio station.")
    assert found == [("a local radio station", "according to", ["“The levy is fair,” Varga said"])]
    found = after_intro("“The levy is fair,” Varga said, pointing at the harbour.")
    assert ("Varga", "said", ["“The levy is fair,”"]) in found


def test_a_quote_after_a_lead_verb_continues_into_the_next_quote():
    assert only_after_intro("Varga shrugged, “The ferry will come.” “It always does.”") == (
        "Varga",
        "shrugged",
        ["“The ferry will come.”", "“It always does.”"],
    )


def test_appositive_description_with_a_relative_clause_belongs_to_the_source():
    source, cue, content = only_after_intro(
        "Ines Varga, a ferry captain who for twenty years has sailed the route to the islands, said, “The sea is calm.”"
    )
    assert source == "Ines Varga, a ferry captain who for twenty years has sailed the route to the islands,"
    assert (cue, content) == ("said", ["“The sea is calm.”"])


def test_a_quote_opening_with_a_misused_closing_mark_before_an_ellipsis():
    assert only_after_intro("” … and the harbour stays shut,” she said in March.") == (
        "she",
        "said",
        ["” … and the harbour stays shut,”"],
    )


def test_a_quote_opening_after_an_invisible_direction_mark():
    source, cue, content = only_after_intro("\u202a”The ferry must run,” wrote Ines Varga.")
    assert (source, cue) == ("Ines Varga", "wrote")
    assert content[0].endswith("”The ferry must run,”")


def test_a_long_inverted_description_ends_before_its_participle():
    assert only_after_intro("“Tolls are theft,” posted a ferry user from Delft going by the name Skipper.")[:2] == (
        "a ferry user",
        "posted",
    )


def test_inverted_source_with_four_role_words_or_an_ordinal():
    assert only_after_intro("“We sail at six,” said Varga’s chief harbour safety officer Rolf Anker.")[0] == (
        "Varga’s chief harbour safety officer Rolf Anker"
    )
    assert (
        only_after_intro("“We sail at six,” said Coast Guard 2nd Lt. Rolf Anker.")[0]
        == "Coast Guard 2nd Lt. Rolf Anker"
    )


def test_a_report_speaking_as_it():
    assert only_after_intro("“Raise the tolls by a tenth,” it recommended.") == (
        "it",
        "recommended",
        ["“Raise the tolls by a tenth,”"],
    )


def test_appositive_role_with_to_after_its_first_words():
    assert only_after_intro("“The ruling is fair,” Rolf Anker, counsel for one of the towns to sue the port, said.")[
        0
    ] == ("Rolf Anker, counsel for one of the towns to sue the port,")


def test_inverted_cue_the_inverted_rule_does_not_read():
    assert only_after_intro("“The tide waits for nobody,” mused harbour pilot Ines Varga.")[:2] == (
        "harbour pilot Ines Varga",
        "mused",
    )


def test_a_sentence_ending_with_a_colon_introduces_the_quote_paragraph_after_it():
    text = "Intro line\n\nLater, 17-year-old Jo Anker chimed:\n\n“The port needs us.”\n"
    assert triples(text) == [("17-year-old Jo Anker", "chimed:", ["“The port needs us.”"])]
    text = "Intro line\n\nThe harbour board issued the following statement:\n\n“The port stays open.”\n"
    assert triples(text) == [("The harbour board", "issued the following statement:", ["“The port stays open.”"])]


def test_a_capitalised_verb_and_a_name_before_a_colon_introduce_the_next_quote_paragraph():
    text = "Intro line\n\nStated Varga:\n\n“The tolls will not rise this year.”\n"
    assert triples(text) == [("Varga", "Stated", ["“The tolls will not rise this year.”"])]


def test_a_colon_without_a_subject_introduces_nothing():
    assert triples("Intro line\n\nTranscript as follows:\n\n“Good evening.”\n") == []


def test_a_quote_paragraph_attributed_in_itself_is_not_taken_by_the_colon_before_it():
    found = triples("Intro line\n\nThe chair spoke first:\n\n“Good evening,” Varga replied.\n")
    assert found == [("Varga", "replied", ["“Good evening,”"])]


def test_a_present_tense_verb_after_a_name_or_pronoun_before_a_comma_and_quote():
    assert only_after_intro("He jokes, “The queue never ends!”") == ("He", "jokes", ["“The queue never ends!”"])
    assert after_intro("The group wants, “more money for the port.”") == []


def test_a_clause_ending_with_a_colon_before_a_quote_that_ends_the_sentence():
    assert only_after_intro("In a later interview, Varga went even further: “If the port closes, the town dies.”")[
        :2
    ] == (
        "Varga",
        "went even further:",
    )
    assert only_after_intro("The memo has one more line: “Please explain the difference.”")[:2] == (
        "The memo",
        "has one more line:",
    )


def test_a_colon_clause_with_a_second_subject_is_left_alone():
    found = after_intro("The crowd cheers, and then Varga chimes in: “We will not give up the port.”")
    assert all(source != "The crowd" for source, _, _ in found)


def test_put_it_followed_by_an_adverbial_before_the_quote():
    assert only_after_intro(
        "As the port chief, Jo Roe, put it in a memo to staff, ''Imagine a town without tolls.''"
    ) == (
        "the port chief, Jo Roe,",
        "put it",
        ["''Imagine a town without tolls.''"],
    )


def test_a_quote_followed_by_a_dash_still_ends_the_sentence_for_a_lead_verb():
    assert only_after_intro("During the debate, Varga cracked, ''I sail, therefore I am'' - a line she often uses.")[
        :2
    ] == (
        "Varga",
        "cracked",
    )


def test_reported_speech_takes_in_the_bare_quote_after_it():
    assert only_after_intro("Varga said that the port would close for a week. “We had no choice.”") == (
        "Varga",
        "said",
        ["that the port would close for a week", "“We had no choice.”"],
    )


def test_a_wish_or_plan_does_not_take_in_the_quote_after_it():
    found = after_intro("Varga wants to reopen the port in May. “We had no choice.”")
    assert all(len(content) == 1 for _, _, content in found)


def test_quote_paragraphs_after_a_statement_ending_its_paragraph_continue_it():
    text = "Intro line\n\nVarga said that the port would close.\n\n“We had no choice.”\n\n“The storm was too strong.”\n"
    assert triples(text) == [
        ("Varga", "said", ["that the port would close", "“We had no choice.”", "“The storm was too strong.”"])
    ]


def test_a_quote_paragraph_with_its_own_attribution_or_signature_is_not_taken_in():
    text = "Intro line\n\nVarga said that the port would close.\n\n“We had no choice,” Anker said.\n"
    assert ("Varga", "said", ["that the port would close"]) in triples(text)
    text = "Intro line\n\nVarga said that the port would close.\n\n“We had no choice.”\n\n- Rolf Anker\n"
    assert ("Varga", "said", ["that the port would close"]) in triples(text)


def test_a_relative_clause_inside_any_description_belongs_to_the_source():
    assert only_after_intro(
        "Rolf Anker, president of a dockers' union which has 900 members, said the strike would go on."
    )[0] == ("Rolf Anker, president of a dockers' union which has 900 members,")


def test_said_he_followed_by_more_of_the_clause_is_not_an_inverted_source():
    found = after_intro("Rolf Anker, chair of the union which has 900 members, said he and other dockers will strike.")
    assert all(source != "he" for source, _, _ in found)


def test_a_lexicon_verb_no_rule_claimed_after_a_quote_still_attributes_it():
    assert only_after_intro("“Encore!” the audience shouted back.") == ("the audience", "shouted back", ["“Encore!”"])


def test_inverted_source_naming_an_outlet_with_a_lowercase_noun():
    assert only_after_intro("“The port is finished,” wrote Harbour magazine.")[:2] == ("Harbour magazine", "wrote")


def test_a_verb_with_a_particle_and_an_adverb_before_a_quote():
    assert only_after_intro("Varga then wrote back, “The ferry is full.”") == (
        "Varga",
        "then wrote back",
        ["“The ferry is full.”"],
    )


def test_a_party_and_state_after_the_name_do_not_open_a_comma_group():
    found = after_intro("Sen. Ines Varga (D-Ore.), said, “The port must stay open.”")
    assert any(source == "Sen. Ines Varga (D-Ore.)" and cue == "said" for source, cue, _ in found)


def test_the_verb_right_before_a_colon_after_a_coordinated_clause():
    text = (
        "Intro line\n\nThe Times made the same claim in May, and the harbour board responded:\n\n"
        "“The port stays open.”\n"
    )
    assert ("the harbour board", "responded:", ["“The port stays open.”"]) in triples(text)


def test_a_speaker_label_with_party_and_state_and_no_space_before_the_quote():
    text = 'Intro line\n\nRep. Ana Ruiz (R-Ore.):"Who told you that figure?"\n'
    assert triples(text) == [("Rep. Ana Ruiz (R-Ore.)", ":", ['"Who told you that figure?"'])]


def test_a_name_and_colon_before_a_quote_after_a_no_break_space():
    text = "Intro line\n\nTURNOUT IS UP - Jo P. Roe: \u00a0“At long last the votes are in.”\n"
    assert triples(text) == [("Jo P. Roe", ":", ["“At long last the votes are in.”"])]


def test_a_clock_time_is_not_a_speaker_label():
    assert triples("Intro line\n\nAt 10:30 the port opened.\n") == []


def test_a_determiner_phrase_with_adjectives_capitals_or_a_prepositional_phrase_before_the_verb():
    assert only_after_intro("“The port stays,” an angry Varga retaliated.")[:2] == ("an angry Varga", "retaliated")
    assert only_after_intro("“Vote for the port,” a voice-over in the ad states.")[:2] == (
        "a voice-over in the ad",
        "states",
    )


def test_plural_nouns_after_a_quote_are_no_verb():
    assert after_intro("“Why stay?” Several harbour pilots, including Anker, left the port.") == []


def test_a_straight_closing_mark_after_a_stop_and_a_space():
    assert only_after_intro('"We will not sell the port, " Varga said.') == (
        "Varga",
        "said",
        ['"We will not sell the port, "'],
    )


def test_a_comma_group_opening_with_a_verb_is_no_description_of_the_source():
    found = after_intro("Rolf Anker, whose firm, Portline, uses cranes to load ships, said the port would grow.")
    assert all(not (source or "").startswith("Portline") for source, _, _ in found)
