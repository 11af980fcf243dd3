"""Source phrases: subjects set off by commas, parentheses and lowercase titles, read as written."""

from __future__ import annotations

import re

from sitegen.extract.statements import extract_statements
from sitegen.extract.statements.sources import tokens
from tests.statement_cases import after_intro


def _one(body: str) -> tuple[str | None, str | None, str, list[str]]:
    (st,) = extract_statements("Intro line\n\n" + body)
    return st.source.text if st.source else None, st.speaker, st.cue.text, [c.text for c in st.content]


def test_a_relative_clause_after_the_name_belongs_to_the_source():
    source, speaker, _, content = _one("“Bread is dear,” Tomas Berg, who bakes for a cafe in Oslo, said on Monday.")
    assert (source, speaker, content) == (
        "Tomas Berg, who bakes for a cafe in Oslo,",
        "Tomas Berg",
        ["“Bread is dear,”"],
    )


def test_a_subject_with_several_comma_groups_keeps_its_name():
    source, speaker, _, content = _one(
        "Ivo Marsh, a farmer from Ames, Ia., who grows barley, said prices had fallen again."
    )
    assert source == "Ivo Marsh, a farmer from Ames, Ia., who grows barley,"
    assert (speaker, content) == ("Ivo Marsh", ["prices had fallen again"])


def test_a_description_in_front_takes_the_name_in_apposition():
    source, speaker, _, _ = _one("“We knew,” the organiser, Lena Hart, told the crowd.")
    assert (source, speaker) == ("the organiser, Lena Hart,", "Lena Hart")


def test_an_age_in_apposition_belongs_to_the_source():
    source, speaker, cue, _ = _one("“Not this year,” Marta Kell, 71, told a local paper.")
    assert (source, speaker, cue) == ("Marta Kell, 71,", "Marta Kell", "told")


def test_an_adverbial_group_before_the_verb_is_not_part_of_the_source():
    source, speaker, _, content = _one("Later, Omar Reyes, in a short statement, said the vote would wait.")
    assert (source, speaker, content) == ("Omar Reyes", "Omar Reyes", ["the vote would wait"])


def test_a_participle_group_before_the_verb_is_not_part_of_the_source():
    source, speaker, _, _ = _one("Sen. Ada Quin (D-Vt.), citing the cost of the bridge, said, “We cannot pay.”")
    assert (source, speaker) == ("Sen. Ada Quin (D-Vt.)", "Ada Quin")


def test_a_party_tag_in_parentheses_does_not_end_the_sentence():
    source, speaker, cue, content = _one("Rep. Ada Quin (D-Vt.) told reporters that the bridge would close.")
    assert (source, speaker, cue, content) == (
        "Rep. Ada Quin (D-Vt.)",
        "Ada Quin",
        "told",
        ["that the bridge would close"],
    )


def test_an_inverted_cue_is_not_read_when_a_verb_follows_its_noun():
    statements = extract_statements("Intro line\n\nTomas Berg, who bakes, said the oven had broken again.")
    assert [(s.source.text if s.source else None, s.content[0].text) for s in statements] == [
        ("Tomas Berg, who bakes,", "the oven had broken again")
    ]


def test_told_never_inverts_its_addressee_into_the_speaker():
    statements = extract_statements("Intro line\n\n“Not now,” the clerk, aged, told Radio North on Friday.")
    assert all(s.speaker != "Radio North" for s in statements)


def test_an_inverted_source_reads_past_an_abbreviated_title():
    source, speaker, _, _ = _one("“We will appeal,” said Sen. Ada Quin of Vermont.")
    assert (source, speaker) == ("Sen. Ada Quin of Vermont", "Ada Quin")


def test_lowercase_words_before_a_name_are_part_of_the_source():
    source, speaker, _, _ = _one("“We will appeal,” said former state Gov. Ada Quin.")
    assert (source, speaker) == ("former state Gov. Ada Quin", "Ada Quin")
    source, speaker, _, _ = _one("The vote was rushed, union organiser Pia Lund said on Friday.")
    assert (source, speaker) == ("union organiser Pia Lund", "Pia Lund")


def test_a_verb_before_a_name_is_not_a_premodifier():
    (st,) = extract_statements("Intro line\n\nThe memo that angered Pia Lund said little about costs.")
    assert (st.source.text, st.speaker) == ("The memo that angered Pia Lund", None)


def test_an_inverted_description_stops_before_its_relative_clause():
    source, speaker, _, _ = _one("“It will be hard,” said a veteran data analyst who has worked for two rivals.")
    assert (source, speaker) == ("a veteran data analyst", None)


def test_a_pronoun_after_a_lead_phrase_is_the_subject():
    statements = extract_statements("Intro line\n\nAt the meeting this week she said the budget was final.")
    assert [(s.source.text, s.content[0].text) for s in statements] == [("she", "the budget was final")]


def test_a_quoted_title_in_a_lead_phrase_is_not_the_content():
    source, _, cue, content = _one("On the show “Morning Desk,” Ada Quin said that taxes would rise.")
    assert (source, cue, content) == ("Ada Quin", "said", ["that taxes would rise"])


def test_a_cue_after_and_shares_the_subject_of_the_sentence():
    source, speaker, _, content = _one("Ana Ruiz waited an hour at the pier and said the delay was needless.")
    assert (source, speaker, content) == ("Ana Ruiz", "Ana Ruiz", ["the delay was needless"])
    source, _, _, content = _one("The judge put off a ruling but said the union could appeal.")
    assert (source, content) == ("The judge", ["the union could appeal"])


def test_a_participle_after_lead_phrases_takes_the_sentence_subject():
    source, speaker, cue, _ = _one("On Friday, after a long wait, Ana Ruiz went to the pier, saying the wait was over.")
    assert (source, speaker, cue) == ("Ana Ruiz", "Ana Ruiz", "saying")


def test_a_share_of_a_group_is_a_source():
    source, _, _, content = _one("In Leeds, half of dock workers said they were angry.")
    assert (source, content) == ("half of dock workers", ["they were angry"])
    source, speaker, _, _ = _one("By May, 40 percent said they were angry.")
    assert (source, speaker) == ("40 percent", None)


def test_an_article_or_a_possessive_alone_is_not_a_source():
    assert extract_statements("Intro line\n\nThe shouting “go home” went on. Dube’s call “for calm” was ignored.") == []


def test_a_relative_pronoun_source_reaches_back_to_its_antecedent():
    statements = extract_statements("Intro line\n\nAna Ruiz, who said the pier was unsafe, left the meeting early.")
    assert [(s.source.text, s.speaker) for s in statements] == [("Ana Ruiz, who", "Ana Ruiz")]


def test_a_subject_with_a_relative_clause_and_no_commas():
    source, speaker, _, content = _one("Voters in Leeds who saw the pier vote said they were calm.")
    assert (source, speaker, content) == ("Voters in Leeds who saw the pier vote", None, ["they were calm"])


def test_an_inverted_source_with_a_possessive_and_a_name_in_apposition():
    source, speaker, _, _ = _one("The plant is under pressure from imports, said the firm's chief, Ivo Marsh.")
    assert (source, speaker) == ("the firm's chief, Ivo Marsh", "Ivo Marsh")


def test_a_parenthetical_cue_between_a_lead_phrase_and_the_clause():
    source, _, _, content = _one("After a long wait, police said, Okafor went home to his family.")
    assert (source, content) == ("police", ["After a long wait", "Okafor went home to his family"])


def test_a_lead_phrase_alone_is_not_content():
    assert extract_statements("Intro line\n\nIn a short statement on Friday, Okafor said.") == []


def test_plural_groups_are_anonymous_even_when_capitalised():
    (st,) = extract_statements("Intro line\n\nSenate Democrats said the bill was dead.")
    assert (st.speaker, st.speaker_type) == (None, "anonymous")


def test_a_first_name_that_is_also_a_word():
    source, speaker, _, _ = _one("“It is a costly model,” said Will Okafor, a professor of law.")
    assert (source, speaker) == ("Will Okafor, a professor of law", "Will Okafor")


def test_an_inverted_cue_after_a_quote_ending_in_a_question_mark():
    statements = extract_statements("Intro line\n\n“Who pays?” asked Ines Moro, a local baker. “Not us.”")
    assert [(s.speaker, [c.text for c in s.content]) for s in statements] == [
        ("Ines Moro", ["“Who pays?”", "“Not us.”"])
    ]


def test_groups_of_people_named_by_a_plural_noun():
    source, speaker, _, _ = _one("But dock specialists say the pier might not last.")
    assert (source, speaker) == ("dock specialists", None)
    source, speaker, _, _ = _one("By a wide margin, supporters of Mayor Ana Ruiz say they would vote again.")
    assert (source, speaker) == ("supporters of Mayor Ana Ruiz", None)


def test_a_percentage_alone_is_a_source():
    source, _, _, content = _one("In Leeds, 47% say the pier should close.")
    assert (source, content) == ("47%", ["the pier should close"])


def test_a_person_word_with_to_or_with_after_it_is_a_source():
    assert after_intro("The ferry will run late, an aide to the mayor said.") == [
        ("an aide to the mayor", "said", ["The ferry will run late"])
    ]
    assert after_intro("The ferry will run late, a source close to him said.") == [
        ("a source close to him", "said", ["The ferry will run late"])
    ]
    assert after_intro("People familiar with the talks say the pier will close.") == [
        ("People familiar with the talks", "say", ["the pier will close"])
    ]


def test_to_after_a_thing_still_marks_no_source():
    assert after_intro("The plan to close the pier said nothing.") == []


def test_tokens_of_a_window_are_cut_at_its_edges():
    text = "Roe, the mayor,  said\tit rained"
    assert tokens(text, 2, 14) == [(2, 4, "e,"), (5, 8, "the"), (9, 14, "mayor")]
    assert tokens(text, 0, len(text)) == [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    assert tokens(text, 10, 12) == [(10, 12, "ay")]
    assert tokens(text, 14, 14) == [] and tokens(text, 15, 17) == []
