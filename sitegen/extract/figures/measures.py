"""Measures: a number followed by a unit ("1,500 km", "40 degrees Celsius", "68-ounce").

Units are short codes (``km``, ``mi``, ``kg``, ``degC``, ``km/h``, ``m2``), or the
lower-case singular name where no short code is in common use ("volt", "hertz", "pint").  Full
names match in any case; abbreviations only in their own case ("MB" is not "Mb").
A few abbreviations are also common words and need context: "in", "pm", "am".
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from .base import Cand
from .numbers import Num

_METRE = r"met(?:er|re)s?"
# fmt: off
_NAMED: list[tuple[str, str]] = [
    ("km/h", rf"(?:kilo{_METRE}|kms?)\s(?:per|an|a)\s(?:hour|hr)"), ("mph", r"miles\s(?:per|an|a)\shour"),
    ("m2", rf"square\s{_METRE}|sq\.?\s?{_METRE}"), ("km2", rf"square\skilo{_METRE}"),
    ("mi2", r"square\smiles?|sq\.?\s?mi(?:les?)?"), ("ft2", r"square\sf(?:ee|oo)t|sq\.?\s?f(?:ee)?t\.?"),
    ("km2", r"sq\.?\s?kms?"), ("m2", r"sq\.?\s?m"), ("m3", rf"cubic\s{_METRE}"),
    ("square yard", r"square\syards?"), ("square inch", r"square\sinch(?:es)?"),
    ("m/s", rf"{_METRE}\s(?:per|a)\ssecond"), ("km/s", rf"kilo{_METRE}\s(?:per|a)\ssecond"),
    ("light year", r"light[-\s]years?"), ("fluid ounce", r"fl(?:uid)?\.?\s?(?:ounces?|oz)"),
    ("ft3", r"cubic\sf(?:ee|oo)t"), ("nmi", r"nautical\smiles?"), ("t", r"metric\stons?|tonnes?"),
    ("degC", r"degrees?\s(?:celsius|centigrade|c(?![a-z]))|celsius|centigrade"),
    ("degF", r"degrees?\s(?:fahrenheit|f(?![a-z]))|fahrenheit"), ("cubic yard", r"cubic\syards?"),
    ("cubic inch", r"cubic\sinch(?:es)?"), ("kiloton", r"kilotons?|kilotonnes?"),
    ("megaton", r"megatons?|megatonnes?"), ("kWh", r"kilowatt[-\s]hours?"),
    ("MWh", r"megawatt[-\s]hours?"), ("Wh", r"watt[-\s]hours?"), ("gigawatt hour", r"gigawatt[-\s]hours?"),
    ("km", rf"kilo{_METRE}"), ("cm", rf"centi{_METRE}"), ("mm", rf"milli{_METRE}"),
    ("nm", rf"nano{_METRE}"), ("um", rf"micro{_METRE}|microns?"), ("pm", rf"pico{_METRE}"),
    ("am", rf"atto{_METRE}"), ("m", _METRE), ("mi", r"miles?"), ("ft", r"feet|foot"),
    ("in", r"inch(?:es)?"), ("yd", r"yards?"), ("mg", r"milligram(?:me)?s?"),
    ("ug", r"microgram(?:me)?s?"), ("kg", r"kilogram(?:me)?s?|kilos?"), ("g", r"gram(?:me)?s?"),
    ("ton", r"tons?"), ("lb", r"pounds?"), ("oz", r"ounces?"), ("ml", r"millilit(?:er|re)s?"),
    ("l", r"lit(?:er|re)s?"), ("gal", r"gallons?"), ("bbl", r"barrels?"), ("cup", r"cups?"),
    ("tbsp", r"tablespoons?"), ("tsp", r"teaspoons?"), ("acre", r"acres?"), ("ha", r"hectares?"),
    ("knot", r"knots?"), ("K", r"kelvins?"), ("s", r"seconds?"), ("min", r"minutes?"),
    ("h", r"hours?"), ("day", r"days?"), ("week", r"weeks?"), ("month", r"months?"),
    ("year", r"years?"), ("decade", r"decades?"), ("bit", r"bits?"), ("B", r"bytes?"),
    ("KiB", r"kibibytes?"), ("kilobyte", r"kilobytes?"), ("EB", r"exabytes?"), ("petabyte", r"petabytes?"),
    ("MB", r"megabytes?"), ("GB", r"gigabytes?"), ("terabyte", r"terabytes?"), ("Mbit", r"megabits?"),
    ("gigabit", r"gigabits?"), ("kW", r"kilowatts?"), ("MW", r"megawatts?"), ("GW", r"gigawatts?"),
    ("W", r"watts?"), ("volt", r"volts?"), ("GHz", r"gigahertz"), ("megahertz", r"megahertz"),
    ("kilohertz", r"kilohertz"),
    ("hertz", r"hertz"), ("TeV", r"tera[-\s]?electron[-\s]?volts?"), ("eV", r"electron[-\s]?volts?"),
    ("dm", rf"deci{_METRE}"), ("cl", r"centilit(?:er|re)s?"), ("km3", rf"cubic\skilo{_METRE}"),
    ("dram", r"drams?"), ("st", r"stone(?!s)"), ("rad", r"radians?"), ("kilojoule", r"kilojoules?"),
    ("joule", r"joules?"), ("newton", r"newtons?"), ("pint", r"pints?"), ("quart", r"quarts?"),
    ("bushel", r"bushels?"), ("decibel", r"decibels?"), ("horsepower", r"horsepower"),
    ("kilocalorie", r"kilocalories?|kcal"), ("calorie", r"calories?"), ("megapixel", r"megapixels?"),
    ("millisecond", r"milliseconds?"), ("carat", r"carats?"), ("deg", r"degrees?"),
    ("count/day", r"times\s(?:a|an|per|each)\sday"), ("count/week", r"times\s(?:a|an|per|each)\sweek"),
    ("count/month", r"times\s(?:a|an|per|each)\smonth"), ("count/year", r"times\s(?:a|an|per|each)\syear"),
]
# fmt: on
# fmt: off
_ABBREV: dict[str, str] = {
    "km": "km", "m": "m", "cm": "cm", "mm": "mm", "nm": "nm", "µm": "um", "μm": "um", "mi": "mi",
    "ft": "ft", "in": "in", "yd": "yd", "kg": "kg", "kgs": "kg", "g": "g", "mg": "mg", "µg": "ug",
    "μg": "ug", "mcg": "ug", "lb": "lb", "lbs": "lb", "oz": "oz", "L": "l", "ml": "ml", "mL": "ml",
    "cl": "cl", "gal": "gal", "bbl": "bbl", "cc": "ml", "m2": "m2", "m²": "m2", "km2": "km2",
    "km²": "km2", "sq km": "km2", "sq mi": "mi2", "sq ft": "ft2", "ha": "ha", "km/h": "km/h",
    "km/hr": "km/h", "kph": "km/h", "kmph": "km/h", "mph": "mph", "°C": "degC", "° C": "degC",
    "ºC": "degC", "°F": "degF", "° F": "degF", "min": "min", "mins": "min", "hr": "h", "hrs": "h",
    "sec": "s", "secs": "s", "yr": "year", "yrs": "year", "KB": "kilobyte", "kB": "kilobyte",
    "MB": "MB", "mb": "MB", "GB": "GB", "gb": "GB", "TB": "terabyte", "Mb": "Mbit", "Gb": "gigabit",
    "Mbps": "Mbit/s", "Gbps": "gigabit/s", "EB": "EB", "KiB": "KiB", "dm": "dm", "kJ": "kilojoule",
    "J": "joule", "W": "W", "kW": "kW", "MW": "MW", "GW": "GW", "Wh": "Wh", "kWh": "kWh", "MWh": "MWh",
    "GWh": "gigawatt hour", "TWh": "terawatt hour", "eV": "eV", "keV": "kiloelectronvolt",
    "MeV": "megaelectronvolt", "GeV": "gigaelectronvolt", "TeV": "TeV", "Hz": "hertz",
    "kHz": "kilohertz", "MHz": "megahertz", "GHz": "GHz", "V": "volt", "pm": "pm", "am": "am",
    "tbsp": "tbsp", "Tbsp": "tbsp", "tsp": "tsp", "mSv": "millisievert", "Sv": "sievert",
    "mGy": "milligray", "Gy": "gray", "kms": "km", "dB": "decibel", "hp": "horsepower",
    "mAh": "milliampere hour", "°": "deg",
}
# fmt: on
_GLUED_ONLY: dict[str, str] = {"C": "degC", "F": "degF", "h": "h", "t": "t", "l": "l"}
"""Abbreviations that are units only when glued to the number ("40C", "24h", "5t")."""

_NAMED_ALTERNATIVES = "|".join(f"(?P<u{i}>{rx})" for i, (_, rx) in enumerate(_NAMED))
_NAMED_RE = re.compile(
    r"(?:\s{0,2}|-\s?)(?:" + _NAMED_ALTERNATIVES + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_CASE_TWINS = {"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"}


def _first_chars(items: list) -> tuple[set[str] | None, bool]:  # type: ignore[type-arg]
    """Lower-case characters a parsed pattern can start with (None: any), and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            return out | {chr(av).lower()}, False
        if op is _c.IN:
            for kind, arg in av:
                if kind is _c.LITERAL:
                    out.add(chr(arg).lower())
                elif kind is _c.RANGE:
                    out.update(chr(x).lower() for x in range(arg[0], arg[1] + 1))
                else:
                    return None, False
            return out, False
        if op is _c.SUBPATTERN:
            first, empty = _first_chars(av[3].data)
        elif op is _c.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                f, e = _first_chars(branch.data)
                if f is None:
                    return None, False
                first |= f
                empty = empty or e
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            first, empty = _first_chars(av[2].data)
            empty = empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


def _named_by_first_char() -> dict[str, re.Pattern[str]]:
    """``_NAMED_RE`` split by the first letter of the unit: the same alternatives, groups and order, fewer to try."""
    by_char: dict[str, list[str]] = {}
    for i, (_, rx) in enumerate(_NAMED):
        first, empty = _first_chars(_parser.parse(rx, re.IGNORECASE).data)
        if first is None or empty:
            raise ValueError(f"unit pattern {rx!r} must start with a letter")
        for ch in first:
            by_char.setdefault(ch, []).append(f"(?P<u{i}>{rx})")
    return {
        ch: re.compile(r"(?:\s{0,2}|-\s?)(?:" + "|".join(alts) + r")(?![A-Za-z])", re.IGNORECASE)
        for ch, alts in by_char.items()
    }


_NAMED_BY_FIRST = _named_by_first_char()


def _named_unit(text: str, end: int) -> re.Match[str] | None:
    """``_NAMED_RE.match(text, end)``, trying only the units that start with the letter found there."""
    i, n = end, len(text)
    if i < n and text[i] == "-":
        i += 1
        if i < n and text[i].isspace():
            i += 1
    else:
        while i < n and i - end < 2 and text[i].isspace():
            i += 1
    if i >= n:
        return None
    ch = text[i]
    if ch in _CASE_TWINS:
        return _NAMED_RE.match(text, end)
    rx = _NAMED_BY_FIRST.get(ch.lower())
    return None if rx is None else rx.match(text, end)


_ABBR_KEYS = sorted(list(_ABBREV) + list(_GLUED_ONLY), key=len, reverse=True)
_ABBR_RE = re.compile(
    r"(?P<sep>\s{0,2}|\s?\{)(?P<unit>" + "|".join(re.escape(k) for k in _ABBR_KEYS) + r")\}?"
    r"(?P<per>/(?:s[2²]?|min|h|hr|day|yr)(?![A-Za-z0-9]))?(?![A-Za-z0-9])"
)
_IN_CONTEXT = re.compile(r"\s?(?:[.,;:)]|\s(?:thick|long|wide|tall|high|deep|across|in\s+diameter)\b|\Z)")


_PRIME_FEET = re.compile(r"(?:′|'(?=\s?\d{1,2}(?:\.\d{1,2})?\"))")
_PRIME_INCHES = re.compile(r"[″\"]")
_FEET_BEFORE = re.compile(r"\d['′]\s?\Z")


def measure(text: str, num: Num, suffix: bool = True) -> Cand | None:
    """A measure figure for ``num`` followed by a unit, or None (always None with ``suffix=False``)."""
    if not suffix:
        return None
    prime = _primes(text, num)
    if prime is not None:
        return prime
    best: tuple[int, str] | None = None
    m = _named_unit(text, num.end)
    if m is not None and m.lastgroup:
        best = (m.end(), _NAMED[int(m.lastgroup[1:])][0])
    a = _ABBR_RE.match(text, num.end)
    if a is not None and (best is None or a.end() > best[0]) and _abbrev_fits(text, num, a):
        unit = _ABBREV.get(a.group("unit")) or _GLUED_ONLY[a.group("unit")]
        if a.group("per"):
            unit = f"{unit}{a.group('per')}"
        best = (a.end(), unit)
    if best is None:
        return None
    return Cand(num.start, best[0], num.value, "measure", num, unit=best[1])


_ONE_UNIT = re.compile(
    r"(?<![A-Za-z])(?P<half>(?i:half\s))?(?i:an?)\s(?P<u>(?i:gallon|lit(?:er|re)|mile|kilomet(?:er|re)|met(?:er|re)|"
    r"kilogram(?:me)?|ounce|kibibyte|kilobyte|megabyte|gigabyte|terabyte|acre|hectare|tonne|"
    r"kilowatt[- ]hour|penny|dollar|euro))(?![A-Za-z-])"
)
_RATE_BEFORE = re.compile(r"(?i:(?:\d|%|cents?|dollars?|euros?|pounds?|rupees?|pence|each|per)\s{1,2})\Z")
_ONE_MONEY = {"penny": "pence", "dollar": "USD", "euro": "EUR"}


_ONE_UNIT_WORDS = frozenset(
    b"gallon liter litre mile kilometer kilometre meter metre kilogram kilogramme ounce kibibyte kilobyte megabyte "
    b"gigabyte terabyte acre hectare tonne kilowatt penny dollar euro".split()
)
"""The unit words of ``_ONE_UNIT``: without one of them (and "a" or "an") in the text, it cannot match."""
_NON_ASCII_CASES = "\u212a\u017f\u0130\u0131"
"""Kelvin sign, long s, dotted and dotless i: non-ASCII letters that ``(?i:...)`` matches to ASCII ones."""


def one_unit_figures(text: str, words: frozenset[bytes] | set[bytes] | None = None) -> list[Cand]:
    """ "a gallon of beer", "a penny", "half a mile": one (or half) of a unit, unless a rate ("$3 a gallon").

    ``words`` are the lower-cased ASCII words of the text (``letter_bytes(text).split()``), if known.
    """
    out: list[Cand] = []
    absent = words is not None and (_ONE_UNIT_WORDS.isdisjoint(words) or (b"a" not in words and b"an" not in words))
    if absent and not any(c in text for c in _NON_ASCII_CASES):
        return out
    for m in _ONE_UNIT.finditer(text):
        if _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        word = m.group("u").lower()
        value = 0.5 if m.group("half") else 1.0  # "half a mile"
        num = Num(m.start(), m.start("u") - 1, value, -1, -1, spelled=True)
        if word in _ONE_MONEY:
            out.append(Cand(m.start(), m.end(), value, "money", num, unit=_ONE_MONEY[word]))
            continue
        named = _NAMED_RE.match(text, m.start("u") - 1)
        unit = _NAMED[int(named.lastgroup[1:])][0] if named and named.lastgroup else word
        out.append(Cand(m.start(), m.end(), value, "measure", num, unit=unit))
    return out


def _primes(text: str, num: Num) -> Cand | None:
    """ "5′11″" and "5'11\"": feet and inches marks; a lone "'" or '"' is a quote, not a unit."""
    if num.spelled:
        return None
    m = _PRIME_FEET.match(text, num.end)
    if m is not None:
        return Cand(num.start, m.end(), num.value, "measure", num, unit="ft")
    m = _PRIME_INCHES.match(text, num.end)
    if m is not None and (m.group() == "″" or _FEET_BEFORE.search(text, max(0, num.start - 4), num.start)):
        return Cand(num.start, m.end(), num.value, "measure", num, unit="in")
    return None


def _abbrev_fits(text: str, num: Num, m: re.Match[str]) -> bool:
    """Context checks for abbreviations that double as words or time markers."""
    unit, glued = m.group("unit"), m.group("sep") == ""
    if unit in _GLUED_ONLY and not glued:
        return False
    if num.spelled and len(unit) <= 2 and unit not in ("°C", "°F"):
        return False  # "two in my car", "ten m" are not measures
    if unit == "in":
        return glued or _IN_CONTEXT.match(text, m.end()) is not None
    if unit in ("pm", "am"):
        return not _looks_like_time(text[num.start : num.end])
    return True


def _looks_like_time(number: str) -> bool:
    """ "2pm", "11 am", "2.17pm" are clock times; "2.123 pm" is a length."""
    return re.fullmatch(r"(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?", number) is not None
