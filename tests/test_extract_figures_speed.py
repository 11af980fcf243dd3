"""Figure extraction time grows linearly with the text, on ordinary and hostile input.

Bounds are generous (4x the input may take up to 12x the time; 1 MB of hostile text within
30 s) so a busy machine does not make the tests flaky; a quadratic step would take 16x, and
minutes for the megabyte.  Each pattern is timed bare (a long line of numbers is blanked as
data, see ``runs``) and worded (a word after each copy, so the parser sees every number).
1 MB of the worded mix (130,000 figures) takes about 6 s of CPU on the 2-core build machine:
every figure costs 40-60 us in Python, so the time is linear but not small.  The windowed
number finder must give exactly the numbers of tokenising the whole text.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from sitegen.extract.figures import extract_figures
from sitegen.extract.figures.numbers import find_numbers, numbers_in
from sitegen.extract.figures.tokens import tokenize

GOLD = Path(__file__).resolve().parents[2] / "shared" / "figures-gold" / "dev.jsonl"

HOSTILE = {
    "comma runs": "1,2,3,4,5,6,7,8,9,",
    "dollar signs": "$$$$ $ $1 $$2 ",
    "spaced ones": "1 1 1 1 1 1 ",
    "spoken numbers": "one hundred and one hundred and ",
    "long digits": "12345678901234567890123456789012345678901234567890",
    "dashes": "- - - - -- --- ",
    "range chains": "1-2-3-4-5-6-7-8-9-",
    "quotes": '"“”\'‘’ "1" “2” ',
    "dotted": "1.2.3.4.5.6.7.8.9.",
    "spaces between": "1" + " " * 50 + "and" + " " * 50 + "2 ",
    "slashes": "1/2/3/4/5/6/7 24/7 9/11 ",
    "currencies": "Rs 5 crore rupees $ 5 dollars USD 5 EUR 5 5 euros ",
    "dates": "Feb 4 2020 2021-2022 2019 three days ago on Monday ",
    "units": "5 km 5km 5 in 5in 5 m 5m 5 ft 5' 5\" 5 mph 5 kg/s ",
    "twelve, then a word": "1," * 12 + " x ",
    "long stretches": "1234567890" * 20 + " " * 300 + "% ",
    "mixed": "1,000,000 $5bn 3.5% 10-20 km between 3 and 4 one and a half million 5'11\" nearly 40 per cent of ",
}


def worded(pattern: str) -> str:
    """The pattern then a word: a line of more than 12 numbers with no word between them is blanked as data
    (``runs``), and the word keeps every number in front of the parser."""
    return pattern + " so "


def hostile(size: int) -> str:
    """All the hostile patterns, worded, each repeated to an equal share of ``size`` characters."""
    share = size // len(HOSTILE)
    return "\n".join((worded(p) * (share // len(worded(p)) + 1))[:share] for p in HOSTILE.values())


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        extract_figures(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("words", [False, True], ids=["bare", "worded"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_time_grows_linearly_on_each_hostile_pattern(name, words):
    pattern = worded(HOSTILE[name]) if words else HOSTILE[name]
    small = (pattern * (10_000 // len(pattern) + 1))[:10_000]
    big = (pattern * (40_000 // len(pattern) + 1))[:40_000]
    t_small, t_big = _seconds(small), _seconds(big)
    assert t_big < 12 * t_small + 0.05, f"{name}: {t_small:.3f} s at 10 KB, {t_big:.3f} s at 40 KB"


def test_a_megabyte_of_hostile_text_takes_seconds():
    text = hostile(1_000_000)
    started = time.process_time()
    figures = extract_figures(text)
    elapsed = time.process_time() - started
    assert elapsed < 30, f"{elapsed:.1f} s"
    for fig in figures[::97]:
        assert text[fig.start : fig.end] == fig.text


def test_articles_scale_linearly():
    paragraph = (
        "The ministry said 18,000 people, nearly 40 per cent of them children, crossed in 2024, up from "
        "12,500 a year earlier. Costs rose to $1.2bn (Rs 9,800 crore), about three times the 2019 figure, "
        "and the 1,500 km border fence is 8- to 16-metre high in places. Officials expect between two "
        "and three million arrivals by March 2026.\n\n"
    )
    small, big = paragraph * 40, paragraph * 160
    t_small, t_big = _seconds(small), _seconds(big)
    assert t_big < 12 * t_small + 0.02, f"{t_small:.3f} s for {len(small)} chars, {t_big:.3f} s for {len(big)}"


def _mixed_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    gold = [json.loads(line)["text"] for line in GOLD.read_text(encoding="utf-8").splitlines()] if GOLD.exists() else []
    words = (
        "one two twenty - – hundred and a an half third thirds quarter million lakh crore gross of point over 5 "
        "1,000 2.5 1/2 ½ 3 1/2 x × 10^3 5e3 minus negative ( ) ] $ % k M B bn 10k fifth thirty-fifths first "
        "dozen people the pizza .5 May 2020 ago \" “ ” (( )) [ « „ '"
    ).split()
    seps = [" ", "", " ", "  ", "    ", "\n", " the people said that ", " lorem ipsum dolor sit amet "]
    out = []
    for _ in range(count):
        if gold and rnd.random() < 0.3:
            out.append(" ".join(rnd.choice(gold) for _ in range(rnd.randint(1, 6))))
        else:
            out.append("".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 60))))
    return out


def test_windowed_number_finder_matches_whole_text_tokenising():
    runs = "".join(mark * 30 + gap + number for mark in '"“(-[' for gap in ("", " ") for number in ("-5 ", "one "))
    for text in _mixed_texts(seed=5, count=1500) + [hostile(20_000), runs]:
        whole = [(n.start, n.end, n.value) for n in find_numbers(tokenize(text))]
        windowed = [(n.start, n.end, n.value) for n in numbers_in(text)]
        assert windowed == whole, text[:200]
