"""Quotation scanning: every common style, paragraphs, unbalanced marks (invented sentences)."""

from __future__ import annotations

from sitegen.extract.statements.quotes import find_quotes, mask


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_straight_guillemets_low_and_doubled_apostrophes():
    text = "“One,” she said. \"Two,\" he said. «Three» and „Four“ and ''Five,'' they said."
    assert _texts(text) == ["“One,”", '"Two,"', "«Three»", "„Four“", "''Five,''"]


def test_apostrophes_are_not_quotes():
    assert _texts("The mayor's plan isn't new, officials said.") == []


def test_single_curly_quotes_when_no_double_quotes():
    assert _texts("Rao: ‘We will not give up the fight’") == ["‘We will not give up the fight’"]


def test_quote_continues_into_the_next_paragraph_that_reopens_it():
    text = "“The first part.\n\n“The second part,” she said."
    (q,) = find_quotes(text)
    assert (q.start, q.end) == (0, text.index(" she"))


def test_unbalanced_quote_stops_at_its_paragraph():
    text = "He said “this never closes.\n\nA new paragraph, “with a quote,” she said."
    quotes = find_quotes(text)
    assert not quotes[0].closed and quotes[0].end == text.index("\n")
    assert _texts(text)[1] == "“with a quote,”"


def test_mask_blanks_quotes_but_keeps_offsets_and_final_stop():
    text = "“Why now?” she asked."
    masked = mask(text, find_quotes(text))
    assert len(masked) == len(text)
    assert masked.startswith("“xxx xxx?”")


def test_straight_single_quotes_but_not_contractions_or_plural_possessives():
    text = "The Okafors' shop isn't open. 'We had no choice,' the owner said."
    assert _texts(text) == ["'We had no choice,'"]


def test_french_guillemets_with_inner_spaces():
    assert _texts("« Nous restons ici, » dit-elle.") == ["« Nous restons ici, »"]


def test_a_nested_quote_closing_with_the_outer_one_ends_both():
    text = "''They keep saying, 'Wait,''' Mr. Okafor said. ''We did.''"
    assert _texts(text) == ["''They keep saying, 'Wait,'''", "''We did.''"]


def test_a_space_between_a_nested_and_the_outer_closing_mark():
    text = "\"Not just 'Yes, sure,' \" Ms. Dube said."
    assert _texts(text) == ["\"Not just 'Yes, sure,' \""]


def test_a_closing_single_mark_is_masked_with_its_quote():
    text = "‘We stay,’ Ms. Dube said."
    assert mask(text, find_quotes(text)) == "‘xx xxxxx’ Ms. Dube said."
