"""Patterns gated on their first character find exactly what the pattern alone finds."""

from __future__ import annotations

import random
import re

import pytest

from sitegen.extract.dates import _DATE_HINT, _DATE_RE
from sitegen.extract.statements.quotes import _CLOSING, _OPENING
from sitegen.extract.text import gated

GATED = [_OPENING, _CLOSING, _DATE_HINT, _DATE_RE]
ALPHABET = list("aZ1 \t\n,.?!:;-—([{/'’‘`\"“”„«»…") + ["\u200e", "\ufeff", "''", "``", " …"]
ALPHABET += list("jJfFmMoOnNdDsScCgGpPuUlLyYbBrRtTvV025٣_ſKıİ") + [
    "Sep",
    "ſep",
    "AGO",
    "1999",
    "2025",
    "4/5/2",
    "May 5",
    "mid-",
    "Rs ",
    "$",
    "today",
    "last week",
    "on Monday",
    "3 days ago",
    "crore",
]


def ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind the look-ahead :func:`gated` puts first."""
    return re.compile(pattern.pattern.split(")(?:", 1)[1][:-1])


def test_gated_puts_a_look_ahead_before_the_pattern():
    assert gated("[ab]", "a|b").pattern == "(?=[ab])(?:a|b)"


@pytest.mark.parametrize("pattern", GATED, ids=lambda p: p.pattern[:40])
def test_a_gated_pattern_finds_the_same_matches(pattern):
    plain = ungated(pattern)
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
