"""Number words: the vocabulary the spelled-out number parser understands.

Kept apart from the parser so the grammar reads as rules and the tables as data.
"""

from __future__ import annotations

# fmt: off
UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
# fmt: on
TEENS: dict[str, int] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "dozen": 12,
    "dozens": 12,
    "doz": 12,
    "dozs": 12,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
"""Words that multiply what comes before them ("two dozen", "5 crore")."""

CASED_SCALES: dict[str, float] = {"M": 1e6, "MM": 1e6, "B": 1e9}
"""Upper-case abbreviations that are scales only in this exact case ("1,674,200.5 M")."""

ATTACHED_SCALES: dict[str, float] = {
    "k": 1e3,
    "K": 1e3,
    "mil": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "MM": 1e6,
    "M": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "B": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "cr": 1e7,
    "crore": 1e7,
}
"""Scale suffixes glued to digits ("10k", "€10M", "5bn"); lower-case "m" is left to context."""

ORDINAL_UNITS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
"""Ordinals usable as the last part of a compound denominator ("thirty-fifths")."""

# fmt: off
_DENOMINATOR_WORDS: dict[str, float] = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1e3, "millionth": 1e6,
    "billionth": 1e9, "trillionth": 1e12,
}
# fmt: on


def _with_plurals(table: dict[str, float]) -> dict[str, float]:
    out = dict(table)
    for word, value in table.items():
        if not word.endswith("s"):
            out.setdefault(word + "s", value)
    return out


DENOMINATORS: dict[str, float] = _with_plurals(_DENOMINATOR_WORDS)
"""Fraction words ("thirds", "a quarter").  "second" is absent: "a second" is never a half."""

SIGN_WORDS = frozenset({"minus", "negative"})
# fmt: off
SMALL_WORDS = frozenset(
    {"zero", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven",
     "eight", "nine", "ten"}
)
# fmt: on
"""The spelled-out small numbers the gold data marks ``spelled_small``."""

# fmt: off
UNICODE_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}
# fmt: on


def is_cardinal_word(word: str) -> bool:
    """True for words that can start or continue a spelled-out cardinal."""
    return word in UNITS or word in TEENS or word in TENS or word == "hundred" or word in SCALES
