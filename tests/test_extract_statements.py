"""The statement extractor on the project's seed article (its own sample content)."""

from __future__ import annotations

from datetime import date

import pytest

from sitegen.extract.statements import extract_statements

SEED = (
    "Member of Parliament Raja Ram Singh from Bihar's Karakat constituency has sought the "
    "Centre’s intervention on the issue of Indian migrants in the USA. Mr. Singh has also "
    "urged the government to safeguard the interests of Indians in the USA.\n\nThe CPI(ML) "
    "(Communist Party of India Marxist Leninist) MP wrote a letter to External Affairs "
    "Minister S. Jaishankar, in which he stated that the Indian government's assurance to the "
    "US to take back 18,000 immigrants labelled as “illegal” sets a dangerous "
    "precedent.\n\n“This development is deeply ironic, given the historical and economic context "
    "of immigration in the US. Indian professionals and workers have been instrumental in "
    "driving innovation, growth, and profitability for US corporations, particularly in "
    "sectors such as IT, healthcare, and engineering. It is ironic that US companies and the "
    "economy have thrived and made profits on the back of immigration,” Singh said in the "
    "letter dated February 4.\n\n“Since the time Donald Trump, the current President of the US, "
    "took office, a spectre of xenophobic hate against immigrants has been visible. His "
    "election speeches and promises to the American public were filled with anti-immigrant "
    "sentiment, especially on issues like the H-1B visa, which affects Indians,” he "
    "said.\n\nSingh’s appeal comes amid the Trump administration's massive crackdown on illegal "
    "immigrants, and Indian immigrants are not spared from facing the brunt. Yesterday, a US "
    "military aircraft carrying 104 illegal Indian immigrants — the first batch to be deported "
    "from the country — landed at Amritsar airport.\n\n“Under these circumstances, rather than "
    "standing by its people, why has India compromised its independent foreign policy to "
    "placate the new President Trump?” Raja Ram Singh questioned in his letter to Mr. "
    "Jaishankar.\n\nWhile US companies continue to lobby for easing policy restrictions for the "
    "entry of capital, human labour from “third world” countries, especially India, faces all "
    "kinds of restrictions, Singh argues.\n\nSingh urged the Indian government to stand by its "
    "people rather than bow down to the “imperial policies” of the US.\n\n“It is important to "
    "note that these individuals are not mere statistics; common citizens pay high sums to "
    "move to other parts of the world in order to secure a livelihood. To label them as "
    "‘illegal’ and demand their return is a violation of their fundamental rights and an "
    "affront to the spirit of inclusivity that the US has long championed,” he said in the "
    "letter to Jaishankar.\n\nSingh also alleged that the issue of H-1B and other visas, which "
    "many Indians utilize for short-term employment, were used to target them.\n\n“The Indian "
    "government has a moral responsibility to safeguard the interests of its citizens, "
    "especially those who have contributed to the global economy and upheld the values of hard "
    "work and perseverance. It is imperative that we take a principled stand on this issue and "
    "ensure that our people are treated with the respect and fairness they deserve,” Singh "
    "added.\n\n"
)

ARTICLE_DATE = date(2025, 2, 6)


@pytest.fixture(scope="module")
def statements():
    return extract_statements(SEED, ARTICLE_DATE)


def _with(statements, fragment):
    hits = [s for s in statements if any(fragment in c.text for c in s.content)]
    assert hits, f"no statement contains {fragment!r}"
    return hits[0]


def test_every_span_matches_the_text(statements):
    for st in statements:
        for span in [st.source, st.cue, *st.content]:
            if span is not None:
                assert SEED[span.start : span.end] == span.text


def test_every_statement_is_singhs(statements):
    assert statements
    assert {s.speaker for s in statements} == {"Raja Ram Singh"}


def test_five_direct_quotations(statements):
    direct = [s for s in statements if s.kind == "direct"]
    assert len(direct) >= 5
    assert all(s.content[0].text.startswith("\u201c") for s in direct)


def test_quote_in_the_dated_letter(statements):
    st = _with(statements, "This development is deeply ironic")
    assert st.source.text == "Singh"
    assert st.cue.text == "said"
    assert st.date == "2025-02-04"
    assert st.medium == "letter"


def test_questioned_in_his_letter_to_jaishankar(statements):
    st = _with(statements, "why has India compromised")
    assert st.source.text == "Raja Ram Singh"
    assert st.cue.text == "questioned"
    assert (st.medium, st.addressee) == ("letter", "Mr. Jaishankar")
    assert st.date == "2025-02-04"  # "his letter" is the letter dated February 4


def test_pronoun_after_a_quote_by_singh(statements):
    st = _with(statements, "these individuals are not mere statistics")
    assert (st.source.text, st.speaker) == ("he", "Raja Ram Singh")
    assert st.medium == "letter"
    assert st.addressee == "Jaishankar"


def test_pronoun_not_resolved_to_trump_mentioned_inside_the_quote(statements):
    st = _with(statements, "spectre of xenophobic hate")
    assert (st.source.text, st.speaker) == ("he", "Raja Ram Singh")


@pytest.mark.parametrize(
    "fragment, cue",
    [
        ("the Centre\u2019s intervention", "has sought"),
        ("to safeguard the interests of Indians in the USA", "has also urged"),
        ("sets a dangerous precedent", "stated"),
        ("faces all kinds of restrictions", "argues"),
        ("imperial policies", "urged"),
        ("were used to target them", "also alleged"),
    ],
)
def test_reported_statements(statements, fragment, cue):
    st = _with(statements, fragment)
    assert st.speaker == "Raja Ram Singh"
    assert st.cue.text == cue
    assert st.kind in ("indirect", "mixed")


def test_imperial_policies_is_mixed(statements):
    assert _with(statements, "imperial policies").kind == "mixed"


def test_role_in_apposition(statements):
    st = _with(statements, "the Centre\u2019s intervention")
    assert st.role == "Member of Parliament"
    assert st.speaker_type == "person"


def test_nothing_for_people_only_mentioned(statements):
    assert not [s for s in statements if s.speaker and ("Trump" in s.speaker or "Jaishankar" in s.speaker)]
