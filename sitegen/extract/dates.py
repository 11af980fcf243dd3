"""Dates written in article text: found by regex, resolved against the article's own date.

``find_dates`` scans text with linear-time regexes (figure rules use it to skip
"February 4" and "2025"; statements use it to date what was said).  dateparser
only resolves expressions already found: it is far too slow to scan text.
Relative forms ("yesterday", "on Tuesday") are anchored to the article date,
never to the day of the build, so builds stay deterministic.
"""

from __future__ import annotations

import bisect
import functools
import re
from datetime import date, datetime

from .text import gated


@functools.lru_cache(maxsize=4096)
def resolve_date(expression: str, relative_to: date | None) -> str | None:
    """ISO date for ``expression`` ("February 4", "yesterday"), or None if it is not a date.

    Without an article date, relative expressions cannot be anchored and give None.
    """
    expression = _clean(expression)
    if not expression or _NO_DAY.fullmatch(expression):
        return None  # "2025", "1990s", "2024-25" name no single day
    base = datetime(relative_to.year, relative_to.month, relative_to.day) if relative_to else None
    if base is None and _is_relative(expression):
        return None
    weekday = _weekday(expression, relative_to)
    if weekday is not None:
        return weekday
    import dateparser  # imported lazily: it takes half a second to load

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base or datetime(2000, 1, 1),
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    if base is None and not _YEAR.search(expression):
        return None  # "February 4" needs an article date to pick the year
    return parsed.date().isoformat()


_YEAR = re.compile(r"\b\d{4}\b")
_NO_DAY = re.compile(r"(?:mid-)?\d{4}s?(?:[-–/]\d{2,4})?")
_LEAD = re.compile(r"(?i)^(?:on|in|since|until|till|by|from|early|late)\s+")
_PART_OF_DAY = re.compile(r"(?i)(?<!\s)\s+(?:morning|afternoon|evening|night)$")
_SPACE_BEFORE_STOP = re.compile(r"(?<!\s)\s+([.,])")
"""Both start only at the first space of a run: a search trying every space of a long run would be quadratic."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _clean(expression: str) -> str:
    """ "on Tuesday morning" → "Tuesday"; "Dec . 12 , 1994" → "Dec. 12, 1994"."""
    text = _SPACE_BEFORE_STOP.sub(r"\1", expression.strip())
    return _PART_OF_DAY.sub("", _LEAD.sub("", text))


def _weekday(expression: str, relative_to: date | None) -> str | None:
    """ "Tuesday" is the latest Tuesday on or before the article date; "last"/"next" move a week."""
    words = expression.lower().split()
    if not words or words[-1] not in _WEEKDAYS or len(words) > 2 or relative_to is None:
        return None
    back = (relative_to.weekday() - _WEEKDAYS.index(words[-1])) % 7
    if words[0] == "last":
        back = back or 7
    elif words[0] == "next":
        back = back - 7 if back else -7
    elif words[0] == "this" and back:
        back -= 7
    return date.fromordinal(relative_to.toordinal() - back).isoformat()


_RELATIVE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday last next ago",
    )
)


def _is_relative(expression: str) -> bool:
    return any(w.strip(",.").lower() in _RELATIVE_WORDS for w in expression.split())


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_ANY_CASE = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|" + _MONTH + ")"
)
"""Month names in any case, except "may" and "march", which are verbs in lower case."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_NUM = r"(?:1[5-9]\d\d|20\d\d)"
_NOT_YEAR = r"\s{1,2}(?i:crores?|lakhs?|million|billion|trillion|thousand|hundred|bn|mn|per\s?cent|percent)\b"
"""A scale or percent after the number: "2025 crore" is an amount, not a year."""
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SMALL = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)"
_DATE_RE = gated(
    r"\w",  # every alternative starts at a word start
    "|".join(
        [
            rf"\b{_MONTH_ANY_CASE}(?:\s?\.)?\s{{1,2}}{_DAY}(?:\s?,?\s{{1,2}}{_YEAR_NUM})?(?![\w,.]\d)(?!\d)",
            rf"\b{_DAY}\s(?:of\s)?{_MONTH_ANY_CASE}\.?(?:,?\s{_YEAR_NUM})?\b",
            rf"\b(?:(?i:in|since|until|till|by|from|early|late|mid)[\s-])?{_MONTH}\.?,?\s{_YEAR_NUM}\b",
            r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)\b",
            rf"\b(?:(?i:on|last|next|this)\s)?{_WEEKDAY}(?:\s(?i:morning|afternoon|evening|night))?\b",
            r"\b(?i:yesterday|today|tomorrow|tonight)\b",
            r"\b(?i:(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|weekend|month|year))\b",
            rf"\b(?i:{_SMALL}\s(?:days?|weeks?|months?|years?|decades?)\sago)\b",
            rf"\b{_YEAR_NUM}[-–/](?:\d\d|{_YEAR_NUM})\b(?![-–/]\d)",
            rf"(?<![\w$£€¥₹.,])(?<!Rs\s)(?<![$£€¥₹]\s)(?:mid-)?{_YEAR_NUM}s?(?![\w%]|[.,]\d)(?!{_NOT_YEAR})",
        ]
    ),
)


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Date expressions in ``text`` as ``(start, end, expression)``, left to right, not overlapping.

    Finds "February 4", "4 Feb 2025", "Feb. 4", "2025", "on Tuesday", "yesterday",
    "three days ago".  Regex only, linear time; resolve each with :func:`resolve_date`.
    """
    if not may_hold_date(text):
        return []
    return [(m.start(), m.end(), m.group()) for m in _DATE_RE.finditer(text)]


_DATE_WORDS = "jan feb mar apr may jun jul aug sep oct nov dec day tomorrow tonight week mon year ago".split()
"""A piece of every date expression that has no digit: a month, "day" (weekdays, "today", "yesterday"),
"tomorrow", "tonight", "week", "mon" ("month"), "year" or "ago"."""
_DIGIT = re.compile(r"\d")
_IGNORECASE_EXTRA = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
"""The four non-ASCII letters a case-insensitive regex matches to ASCII letters (Python's ``re`` docs)."""


def may_hold_date(text: str) -> bool:
    """False when ``text`` has neither a digit nor any of :data:`_DATE_WORDS` in any case: no date can match.

    Scanning with ``_DATE_RE`` tries a long alternation at every character; most attribution clauses
    ("she said", "official figures show") hold no date, and these substring tests rule them out
    several times faster.
    """
    if _DIGIT.search(text):
        return True
    low = (text if text.isascii() else text.translate(_IGNORECASE_EXTRA)).lower()
    return any(word in low for word in _DATE_WORDS)


_DATE_HINT = gated(
    r"(?i:[\djfmasond])",
    r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago)|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\d[/.-]\d\d?[/.-]\d",
)
"""Something every date that contains digits or a number word has nearby: a month or "ago" starting a word, a
four-digit year, or "4/5/2025"."""
_WORD_START = re.compile(r"\b\w")
_HINT_REACH = 32
_SCAN_BACK = 24


class DatesNear:
    """ "Is ``start:end`` inside a date?" for numbers asked about left to right, without scanning the whole text.

    Gives the same answer as checking overlap with :func:`find_dates` for any number: a date
    that overlaps a number has a month name, "ago", a year or a digit-separator-digit within
    ``_HINT_REACH`` characters of it, and starts at most ``_SCAN_BACK`` characters before it,
    at a word start.  Only there is the date pattern tried, continuing the left-to-right scan
    that ``finditer`` would do.  (A date pattern chain longer than ``_SCAN_BACK`` characters
    right before a number, such as "May 5 May 5 May 5 ...", may start the scan mid-chain.)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.hints: list[int] = []
        """Starts of ``_DATE_HINT`` matches found so far, in order."""
        self.hinted_to = 0
        self.scanned = 0
        """Where the scan resumes: the end of the last date found, or where the last scan stopped."""
        self.found: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        text = self.text
        if not self._hinted(max(0, start - _HINT_REACH), end + _HINT_REACH):
            return False
        pos = max(self.scanned, start - _SCAN_BACK)
        for w in _WORD_START.finditer(text, pos, end):
            p = w.start()
            if p < self.scanned:
                continue
            m = _DATE_RE.match(text, p)
            if m is not None:
                self.found.append(m.span())
                self.scanned = m.end()
            else:
                self.scanned = p + 1
        for s, e in reversed(self.found):  # sorted and disjoint: stop at the first that ends before start
            if e <= start:
                return False
            if s < end:
                return True
        return False

    def _hinted(self, lo: int, hi: int) -> bool:
        """True when a date hint lies in ``lo:hi`` (or up to 8 characters before): each character is scanned once."""
        if hi > self.hinted_to:
            hints = self.hints
            for m in _DATE_HINT.finditer(self.text, max(lo, self.hinted_to - 8), hi):  # a hint is at most 7 long
                if not hints or m.start() > hints[-1]:
                    hints.append(m.start())
            self.hinted_to = hi
        i = bisect.bisect_left(self.hints, lo - 8)
        return i < len(self.hints) and self.hints[i] < hi
