"""Money: a currency sign, code or name next to a number ("$5bn", "Rs 1,200 crore", "40 cents").

Units are ISO 4217 codes.  Sub-units keep their own name ("cent", "pence"), with
the value as written, because "40 cents" does not say which currency's cents.
"""

from __future__ import annotations

import re

from .base import Cand
from .numbers import Num

_CODES = (
    "USD|EUR|GBP|INR|JPY|CNY|RMB|CHF|CAD|AUD|HKD|NZD|SGD|SEK|NOK|DKK|PKR|LKR|NPR|BDT|KRW|RUB|"
    "NGN|ZAR|BRL|MXN|AED|SAR|TRY|BTC|KES|IDR|MYR|THB|PHP|TWD|ILS|EGP"
)
_CODE_SET = frozenset(_CODES.split("|"))
_PREFIX = re.compile(
    r"(?:(?<![A-Za-z])(?P<code>" + _CODES + r")\.?"
    r"|(?<![A-Za-z'’])(?P<dollar>(?i:us|u\.s\.?|hk|c|ca|nz|sg)\s?|A|AU|S|R|NT)?\$"
    r"|(?P<sym>[£€¥₹₩₽₦₺])"
    r"|(?<![A-Za-z])(?P<rs>Rs|RS|rs|Re)\.?"
    r")\s{0,2}\Z"
)
# fmt: off
_DOLLAR_PREFIXES = {
    "us": "USD", "u.s": "USD", "u.s.": "USD", "hk": "HKD", "c": "CAD", "ca": "CAD", "nz": "NZD",
    "sg": "SGD", "a": "AUD", "au": "AUD", "s": "SGD", "r": "BRL", "nt": "TWD",
}
# fmt: on
# fmt: off
_SYMBOLS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₦": "NGN",
            "₺": "TRY", "$": "USD", "元": "CNY", "₾": "GEL"}
_NAMES = {
    "dollar": "USD", "buck": "USD", "us dollar": "USD", "united states dollar": "USD",
    "pounds sterling": "GBP", "u.s. dollar": "USD", "american dollar": "USD",
    "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
    "new zealand dollar": "NZD", "singapore dollar": "SGD", "taiwan dollar": "TWD", "euro": "EUR",
    "pound sterling": "GBP", "sterling": "GBP", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "rupee": "INR", "indian rupee": "INR", "pakistani rupee": "PKR",
    "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "swiss franc": "CHF", "peseta": "ESP",
    "guilder": "NLG", "dutch guilder": "NLG", "deutsche mark": "DEM", "deutschmark": "DEM", "won": "KRW",
    "rouble": "RUB", "ruble": "RUB", "naira": "NGN", "rand": "ZAR", "taka": "BDT",
    "ringgit": "MYR", "baht": "THB", "dirham": "AED", "riyal": "SAR", "bitcoin": "BTC",
    "british pound": "GBP", "japanese yen": "JPY", "chinese yuan": "CNY", "finnish markka": "FIM",
    "markka": "FIM", "swedish krona": "SEK", "swedish kronor": "SEK", "mexican peso": "MXN",
    "turkish lira": "TRY", "south korean won": "KRW", "russian ruble": "RUB", "russian rouble": "RUB",
    "costa rican colón": "CRC", "costa rican colon": "CRC", "georgian lari": "GEL", "lari": "GEL",
    "lao kip": "LAK", "netherlands guilder": "NLG", "satoshi": "satoshi", "lira": "lira",
    "quid": "GBP", "cent": "cent", "penny": "pence", "pennie": "pence", "pence": "pence", "p": "pence", "dime": "dime",
}
# fmt: on
_SUFFIX = re.compile(
    r"(?:\s{0,2}|-)(?P<name>(?i:deutsche\s+marks?)|"
    r"(?i:(?:us|u\.s\.|united\s+states|american|canadian|australian|hong\s+kong|new\s+zealand|"
    r"singapore|taiwan|indian|pakistani|sri\s+lankan|nepalese|swiss|dutch|netherlands|british|"
    r"japanese|chinese|finnish|swedish|mexican|turkish|south\s+korean|russian|costa\s+rican|georgian|lao)\s+)?"
    r"(?i:pounds?\s+sterling|dollars?|bucks|euros?|sterling|pounds?|yen|yuan|renminbi|rmb|rupees?|francs?|"
    r"pesetas?|guilders?|deutschmarks?|cents?|pence|pennies|penny|dimes?|won|"
    r"roubles?|rubles?|naira|rand|taka|lira|liras|ringgit|baht|dirhams?|riyals?|bitcoins?|satoshis?|"
    r"markkas?|kronor|krona|kip|lari|col[oó]n|colones|pesos?|quid|(?:usd|eur|gbp|inr|cny|jpy|aud|cad|chf|hkd|sgd)(?=\W|\Z))|(?<=\d)p|[€£$¥₹元₾]|"
    + _CODES
    + r")(?![A-Za-z])"
)
_MILLION = re.compile(r"(?:m|\s?mn|\s?mln)(?![A-Za-z0-9])")
_PER = re.compile(r"/(?P<per>hour|hr|h|day|week|month|year|yr|kg|km|litre|liter|l)(?![A-Za-z])")
_PER_CODES = {"hour": "h", "hr": "h", "yr": "year", "litre": "l", "liter": "l"}


def money(text: str, num: Num, suffix: bool = True) -> Cand | None:
    """A money figure for ``num`` when a currency stands before or after it (``suffix=False``: only before)."""
    m = _PREFIX.search(text, max(0, num.start - 8), num.start) if _prefix_possible(text, num.start) else None
    if m is not None:
        return _with_prefix(text, num, m)
    s = _SUFFIX.match(text, num.end) if suffix else None
    if s is None:
        return None
    name = s.group("name")
    if name and name.lower().startswith("pound") and "sterling" not in name.lower() and num.value < 1e4:
        return None  # "200 pounds" is a weight more often than money; measures decide
    unit = _unit_of(s.group())
    return Cand(num.start, s.end(), num.value, "money", num, unit=unit)


_PREFIX_LAST = frozenset("$£€¥₹₩₽₦₺.sSeABCDEFGHIJKLMNOPQRSTUVWXYZ")
"""What ``_PREFIX`` can end with before its spaces: a currency sign, "." ("Rs."), "s"/"e" (Rs, Re), a code letter."""


def _prefix_possible(text: str, start: int) -> bool:
    """False when no currency sign, code or "Rs" can end right before ``start`` (0-2 spaces between)."""
    i = start - 1
    while i >= 0 and start - i <= 3 and text[i].isspace():
        i -= 1
    return i >= 0 and start - i <= 3 and text[i] in _PREFIX_LAST


def _with_prefix(text: str, num: Num, m: re.Match[str]) -> Cand:
    unit = _prefix_unit(m)
    value, end = num.value, num.end
    if num.scale == 1 and num.spelled is False:
        mm = _MILLION.match(text, end)
        if mm is not None:
            value, end = value * 1e6, mm.end()
    per = _PER.match(text, end)
    if per is not None:
        unit = f"{unit}/{_PER_CODES.get(per.group('per'), per.group('per'))}"
        end = per.end()
    else:
        s = _SUFFIX.match(text, end)
        if s is not None and _unit_of(s.group()) == unit:
            end = s.end()  # "$5 dollars", "Rs 5 lakh rupees"
    return Cand(m.start(), end, value, "money", num, unit=unit)


def _prefix_unit(m: re.Match[str]) -> str:
    if m.group("code"):
        code = m.group("code")
        return "CNY" if code == "RMB" else code
    if m.group("sym"):
        return _SYMBOLS[m.group("sym")]
    if m.group("rs"):
        return "INR"
    prefix = (m.group("dollar") or "").strip().lower()
    return _DOLLAR_PREFIXES.get(prefix, "USD")


def _unit_of(surface: str) -> str:
    """ISO code (or sub-unit name) for a currency written after the number."""
    s = re.sub(r"\s+", " ", surface.strip(" -")).strip()
    if s in _SYMBOLS:
        return _SYMBOLS[s]
    if len(s) == 3 and s.upper() in _CODE_SET:
        return "CNY" if s.upper() == "RMB" else s.upper()
    low = s.lower()
    *head, last = low.split()
    singular = " ".join([*head, _singular(last)])  # "united states dollars" → "united states dollar"
    return _NAMES.get(low) or _NAMES.get(singular) or singular


def _singular(word: str) -> str:
    irregular = {"pence": "pence", "rupees": "rupee", "pennies": "penny", "colones": "colón", "kronor": "krona"}
    if word in irregular:
        return irregular[word]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def merge_cents(text: str, cands: list[Cand]) -> list[Cand]:
    """ "thirteen dollars and forty-five cents" is one amount: 13.45 dollars."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and _spoken_cents(text, prev, c):
            prev.value += c.value / 100
            prev.end = c.end
            continue
        if (
            prev is not None
            and prev.kind == "money"
            and c.kind == "money"
            and c.unit == "cent"
            and prev.unit not in ("cent", "pence")
            and _is_and(text[prev.end : c.start])
        ):
            prev.value += c.value / 100
            prev.end = c.end
            continue
        out.append(c)
    return out


def _is_and(gap: str) -> bool:
    """True for a gap of " and " between spaces (string tests, not a regex: ``\\s+and\\s+`` is quadratic on runs of
    spaces when searched rather than matched whole)."""
    return gap.strip() == "and" and gap[0].isspace() and gap[-1].isspace()


_CLAUSE_END = re.compile(r"\s{0,2}(?:[.,;:!?]|\Z)")


def _spoken_cents(text: str, prev: Cand, c: Cand) -> bool:
    """ "C$100 and fifty." at the end of a clause: spoken dollars and cents."""
    return (
        prev.kind == "money"
        and c.kind == "number"
        and c.num.spelled
        and 0 < c.value < 100
        and prev.value == int(prev.value)
        and _is_and(text[prev.end : c.start])
        and _CLAUSE_END.match(text, c.end) is not None
    )
