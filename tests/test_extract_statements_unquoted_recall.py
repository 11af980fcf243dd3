"""Unquoted statements: wants, plans, positions, perceptions and other reported speech (one test per rule).

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from sitegen.extract.statements import extract_statements


def _find(text: str, cue: str):
    """The statements whose cue text is ``cue``."""
    return [s for s in extract_statements(text) if s.cue.text == cue]


def _one(text: str, cue: str):
    found = _find(text, cue)
    assert len(found) == 1, [(s.cue.text, [c.text for c in s.content]) for s in extract_statements(text)]
    return found[0]


# intent: wants, plans and positions, content after the verb


def test_intent_wants_object():
    st = _one("Mayor Ada Quint wants a second bridge over the river.", "wants")
    assert st.source.text == "Mayor Ada Quint"
    assert [c.text for c in st.content] == ["a second bridge over the river"]


def test_intent_opposes_object():
    st = _one("The farmers union opposes the new water levy.", "opposes")
    assert st.source.text == "The farmers union"
    assert st.content[0].text == "the new water levy"


def test_intent_plans_needs_to():
    st = _one("Councillor Bram Ode plans to run for mayor next spring.", "plans")
    assert st.content[0].text == "to run for mayor next spring"
    assert not _find("The new tax plans will cost the city dearly, critics said.", "plans")


def test_intent_relative_clause_ends_at_comma():
    text = "Lena Hart, who backs the harbour plan, said the vote would be close."
    backs = _one(text, "backs")
    assert backs.content[0].text == "the harbour plan"
    said = _one(text, "said")
    assert said.content[0].text == "the vote would be close"


def test_intent_object_before_verb_is_not_content():
    assert not _find("That is not what the mayor wants, but the council voted anyway.", "wants")


def test_intent_leaves_quotes_to_quote_rules():
    assert not _find('Ruiz wants "a fair deal for growers" from the board.', "wants")


# seeming: the writer's impression, no source, subject and complement as two fragments


def test_seeming_subject_and_complement():
    st = _one("After the vote, the councillor seemed shaken by the result.", "seemed")
    assert st.source is None
    assert [c.text for c in st.content] == ["the councillor", "shaken by the result"]


def test_seeming_with_infinitive():
    st = _one("The harbour plan appears to have stalled in committee.", "appears")
    assert [c.text for c in st.content] == ["The harbour plan", "to have stalled in committee"]


def test_seeming_it_keeps_only_the_complement():
    st = _one("It seems that the ferry will not run this winter.", "seems")
    assert [c.text for c in st.content] == ["that the ferry will not run this winter"]


def test_appearing_somewhere_is_not_an_impression():
    assert not _find("The mayor appeared on local radio on Tuesday.", "appeared")
