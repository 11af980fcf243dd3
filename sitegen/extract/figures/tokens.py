"""Tokens for the number parser: digit literals with their values, words, dashes.

Every non-space character lands in exactly one token, so the gap between two
tokens is always whitespace; the parser only joins tokens separated by a few
spaces on one line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .lexicon import UNICODE_FRACTIONS

_UFRAC = "".join(UNICODE_FRACTIONS)
# Digit literals.  Grouped forms come before plain digits; every repetition is
# bounded and the alternatives do not nest quantifiers, so matching is linear.
_NUMLIT = (
    r"(?<![\w^])(?<!\d\.)(?:"
    rf"\d{{0,9}}[{_UFRAC}]"
    r"|\d{1,9}(?:[ \u00a0]{1,2}\d{1,3})?/\d{1,9}(?![\d/])"
    r"|\d{1,2}(?:,\d\d){1,6},\d{3}(?!\d)(?:\.\d{1,30})?"  # Indian grouping 12,00,000
    r"|\d{1,3}(?:,\d{3}){1,6}(?!\d)(?:\.\d{1,30})?"  # international grouping 1,200,000
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){2,6}(?![\d/])(?:\.\d{1,30})?"  # 1 234 567
    r"|\d{1,3}[\u00a0\u202f\u2009]\d{3}(?![\d/])(?:\.\d{1,30})?"  # 12 345, thin/no-break space
    r"|(?<![\d,])\d{1,3},\d\d(?![\d,])"  # decimal comma 5,00
    r"|\d{1,30}(?:\.\d{1,30})?"
    r"|(?<!\S)\.\d{1,30}"  # .5
    r")(?!\.?\d)"
    r"(?:[eE][-+]?\d{1,3}(?!\w)|\s?[x×]\s?\d{1,3}\^[-+−]?\d{1,3}|×10[−-]?\d{1,3}|\^[-+]?\d{1,3})?"
)
_TOKEN = re.compile(
    rf"(?P<punct>[^\s\dA-Za-z.\-–—−{_UFRAC}])"  # no other kind can start here: an ``other`` token, found fast
    r"|(?P<word>[A-Za-z]+)"  # before ``num``, which never starts with a letter: words skip its long alternation
    rf"|(?P<num>{_NUMLIT})|(?P<junk>\d+)|(?P<dash>[-–—−])|(?P<other>\S)"
)


@dataclass(slots=True)
class Token:
    """One token; ``joined`` says it follows the previous token after at most 3 spaces on one line."""

    kind: str
    """``num``, ``word``, ``junk`` (digits glued to letters), ``dash`` or ``other``."""
    start: int
    end: int
    text: str
    low: str
    value: float | None
    joined: bool
    glued: bool
    """No space at all between this token and the previous one."""


def tokenize(text: str, start: int = 0, end: int | None = None, prev_end: int = -10) -> list[Token]:
    """Split ``text`` (or ``text[start:end]``) into tokens, giving digit literals their numeric value.

    A slice must start and end at token boundaries; ``prev_end`` is where the token before
    ``start`` ends (-10 when there is none), so the first token's ``joined`` and ``glued``
    are what they would be in the whole text.
    """
    out: list[Token] = []
    append = out.append
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup or "other"
        if kind == "punct":
            kind = "other"
        s, e = m.span()
        if prev_end < 0:
            joined = glued = False
        elif s == prev_end:
            joined = glued = True
        else:
            glued = False
            joined = s - prev_end <= 3 and "\n" not in text[prev_end:s]
        raw = m.group()
        value = None
        if kind == "num":
            value = literal_value(raw)
            if value is None:
                kind = "junk"
        append(Token(kind, s, e, raw, raw.lower() if kind == "word" else raw, value, joined, glued))
        prev_end = e
    return out


def literal_value(raw: str) -> float | None:
    """The value of a digit literal: grouping, decimals, fractions, exponents, "×10⁻⁵" forms.

    None (the token is junk) for a literal no float can hold, such as "9.9^999" or "5e310".
    """
    try:
        value = _literal_value(raw)
    except (OverflowError, ValueError):
        return None
    return value if value is None or math.isfinite(value) else None


def _literal_value(raw: str) -> float | None:
    if raw.isdecimal():
        return float(raw)  # most literals: no fraction, power or grouping to read
    if raw[-1] in UNICODE_FRACTIONS:
        whole = raw[:-1]
        return (float(whole) if whole else 0.0) + UNICODE_FRACTIONS[raw[-1]]
    if "/" in raw:
        return _fraction_value(raw)
    power = _POWER.fullmatch(raw)
    if power is None:
        return _plain_value(raw)
    mantissa, base, exp = power.groups()
    exponent = int(exp.replace("−", "-"))
    if base is None:
        return _plain_value(mantissa) ** exponent  # "1.1^+23"
    if base == "10":
        return float(f"{_plain_value(mantissa)!r}e{exponent}")  # "2.48×10−5" without float noise
    return _plain_value(mantissa) * float(base) ** exponent  # "8x2^10"


_POWER = re.compile(r"([^x×^]{1,80}?)\s?(?:[x×]\s?(\d+)\^?|\^)([-+−]?\d+)")
"""Mantissa, base and exponent of a literal.  A mantissa is at most 61 characters (``_NUMLIT``); the bound keeps a
search linear on a long run of spaces."""


def _plain_value(raw: str) -> float:
    if "," not in raw:
        try:
            return float(raw)  # plain digits and decimals: no separators to remove
        except ValueError:
            pass
    elif re.fullmatch(r"\d{1,3},\d\d", raw):
        return float(raw.replace(",", "."))  # decimal comma
    cleaned = re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw)
    return float(cleaned)


def _fraction_value(raw: str) -> float | None:
    head, _, den_text = raw.rpartition("/")
    parts = head.split()
    if not den_text.isdecimal():
        return None  # "1/210^3": an exponent after a fraction is not a number anyone writes
    den = float(den_text)
    if den == 0:
        return None
    if len(parts) == 2:
        whole, num = float(parts[0]), float(parts[1])
        return whole + num / den if num < den else None
    return float(parts[0]) / den
