"""extract_figures as a whole: the seed article, span invariants, rule order, speed on hostile text."""

from __future__ import annotations

import time
from datetime import date

from sitegen.extract.figures import extract_figures

SEED = (
    "The CPI(ML) (Communist Party of India Marxist Leninist) MP wrote a letter to External Affairs "
    "Minister S. Jaishankar, in which he stated that the Indian government's assurance to the US to "
    "take back 18,000 immigrants labelled as “illegal” sets a dangerous precedent.\n\n"
    "“This development is deeply ironic, given the historical and economic context of immigration in "
    "the US. It is ironic that US companies and the economy have thrived and made profits on the back "
    "of immigration,” Singh said in the letter dated February 4.\n\n"
    "“Since the time Donald Trump, the current President of the US, took office, a spectre of "
    "xenophobic hate against immigrants has been visible. His election speeches and promises to the "
    "American public were filled with anti-immigrant sentiment, especially on issues like the H-1B "
    "visa, which affects Indians,” he said.\n\n"
    "Singh’s appeal comes amid the Trump administration's massive crackdown on illegal immigrants, and "
    "Indian immigrants are not spared from facing the brunt. Yesterday, a US military aircraft carrying "
    "104 illegal Indian immigrants — the first batch to be deported from the country — landed at "
    "Amritsar airport.\n\n"
    "While US companies continue to lobby for easing policy restrictions for the entry of capital, "
    "human labour from “third world” countries, especially India, faces all kinds of restrictions, "
    "Singh argues.\n\n"
    "Singh also alleged that the issue of H-1B and other visas, which many Indians utilize for "
    "short-term employment, were used to target them."
)


def _texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text, None)]


def test_seed_article_yields_exactly_the_two_counts_with_their_nouns():
    figures = extract_figures(SEED, date(2025, 2, 6))
    assert [(f.text, f.value, f.kind, f.unit) for f in figures] == [
        ("18,000", 18000, "number", None),
        ("104", 104, "number", None),
    ]
    assert figures[0].counted == "immigrants labelled as illegal"
    assert figures[1].counted == "illegal Indian immigrants"


def test_seed_article_non_figures_are_left_alone():
    found = _texts(SEED)
    assert "4" not in found  # "February 4" is a date
    assert "1" not in found and "1B" not in found  # "H-1B" is a visa name
    assert not any("first" in t or "third" in t for t in found)  # ordinals


def test_every_span_is_the_text_it_covers():
    body = "Prices rose 12% to $5bn, about 1,500 km away; between 200 and 300 people came."
    for f in extract_figures(body, None):
        assert body[f.start : f.end] == f.text


def test_integral_values_are_ints():
    (f,) = extract_figures("They counted 2,000 votes.", None)
    assert f.value == 2000 and isinstance(f.value, int)


def test_empty_and_numberless_text_give_nothing():
    assert extract_figures("", None) == []
    assert extract_figures("No numbers in this sentence at all.", None) == []


def test_an_amount_beyond_a_float_is_no_figure():
    text = "Some 9e307 crore, 1e308 lakh crore people, between 1e308 and 1.7e308 km, then 12 more."
    assert [f.text for f in extract_figures(text, None)] == ["12"]


def test_one_and_a_half_million_scales_the_whole_amount():
    (f,) = extract_figures("They spent one and a half million dollars.", None)
    assert (f.value, f.unit) == (1_500_000, "USD")


def test_hostile_input_stays_fast():
    hostile = [
        "1," * 5000,
        "1 " * 5000,
        "one " * 3000,
        "$" * 5000 + "1",
        "1.1." * 3000,
        "-" * 5000 + "1",
        "a " * 5000,
        "hundred and " * 2000,
        "1-" * 5000,
        "Feb 4, " * 3000,
        "a gallon " * 3000,
        "9/" * 5000,
    ]
    for text in hostile:
        t0 = time.process_time()
        extract_figures(text, None)
        assert time.process_time() - t0 < 2.0, text[:20]
