"""Round 4 of statement rules: quoted statements (direct and mixed) the earlier rules missed.

Invented sentences; each test states the construction it pins down."""

from __future__ import annotations

from tests.statement_cases import one_at_cue

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
