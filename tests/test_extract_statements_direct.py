"""Direct quotes attributed after the quote, interrupted, inverted, continued (invented sentences)."""

from __future__ import annotations

from sitegen.extract.statements import extract_statements


def _one(text: str):
    found = extract_statements(text, None)
    assert len(found) == 1, found
    return found[0]


def test_quote_then_source_and_verb():
    st = _one("Intro line.\n\n“Roads come first,” Anita Rao said on Monday.")
    assert (st.kind, st.speaker, st.source.text, st.cue.text) == ("direct", "Anita Rao", "Anita Rao", "said")
    assert [c.text for c in st.content] == ["“Roads come first,”"]


def test_interrupted_quote_is_one_statement_with_two_fragments():
    st = _one('Intro line.\n\n"Roads come first," Rao said, "and schools next."')
    assert [c.text for c in st.content] == ['"Roads come first,"', '"and schools next."']


def test_quote_after_the_attribution_sentence_continues_it():
    st = _one('Intro line.\n\n"Roads come first," she said. "Schools come next."')
    assert len(st.content) == 2


def test_inverted_verb_with_apposition():
    st = _one("Intro line.\n\n''It will pass,'' said Omar Haddad, a council member.")
    assert st.source.text == "Omar Haddad, a council member"
    assert st.speaker == "Omar Haddad"
    assert st.role == "a council member"


def test_question_closing_the_sentence():
    st = _one("Intro line.\n\n“Why now?” Maria Lopez asked.")
    assert (st.speaker, st.cue.text) == ("Maria Lopez", "asked")


def test_a_quote_without_attribution_is_not_a_statement():
    assert extract_statements("Intro line.\n\nThe sign read nothing. “Open late” was all it said", None) == []
