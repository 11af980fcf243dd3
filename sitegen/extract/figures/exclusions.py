"""Numbers that are not figures: dates, times, identifiers, phone numbers, section and list numbers.

Each rule returns the spans it claims; a number inside one is dropped (dates only
drop plain numbers: "$2000" stays money even though 2000 looks like a year).
"""

from __future__ import annotations

import bisect
import re

from .base import tail_word
from .numbers import Num

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_TIME = re.compile(
    r"(?<![\w.:])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?i:[ap]\.m\.|[ap]m)(?![A-Za-z])"
    r"|(?<![\w.:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d])"
    r"|(?<![\w.:])(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|hours|GMT|IST|UTC)\b"
    r"|\b\d{1,2}\s?o['’]clock\b"
)
_PHONE = re.compile(
    r"\+\d{1,3}[\s-]?(?:\(\d{1,5}\)[\s-]?)?\d{2,5}(?:[\s-]\d{2,5}){1,3}"
    r"|\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b\d{2,5}(?:-\d{2,5}){2,4}\b"
)
_FLIGHT = re.compile(r"(?i:\bflights?\s+(?:no\.?\s*|number\s+)?)(?:[A-Z0-9]{2}\s?-?)?\d{1,4}[A-Z]?\b")
_REFERENCE = re.compile(
    r"(?i:(?<![A-Za-z])(?:sections?|articles?|clauses?|rules?|chapters?|paragraphs?|paras?|schedules?|"
    r"nos?\s?\.|numbers?|pages?|pp?\s?\.|items?|parts?|vol\s?\.|volumes?|exhibits?|annex(?:ure)?s?|"
    r"sub-sections?|subsections?|amendments?|verses?|lines?|room|gate|platform|bus|route|"
    r"highway|road|ward)\s{1,2})\Z|#\s?\Z"
)
_REFERENCE_LAST = frozenset(
    "section sections article articles clause clauses rule rules chapter chapters paragraph paragraphs para paras "
    "schedule schedules no nos number numbers page pages p pp item items part parts vol volume volumes exhibit "
    "exhibits annex annexs annexure annexures subsection subsections amendment amendments verse verses line lines "
    "room gate platform bus route highway road ward".split()
)
"""The last word of every ``_REFERENCE`` phrase ("sub-sections" ends in "sections")."""
_LIST_ITEM = re.compile(r"(?m)^[ \t]{0,8}\d{1,3}[.)](?=\s)")
_SCORE = re.compile(r"(?<![\w.,/-])(\d{1,3})[-–](\d{1,3})(?![\w.,%/-])")
_SLASHED = re.compile(r"(?<![\w./])(\d{1,4})/(\d{1,4})(?![\w/]|\.\d)")
_NAMED_DATES = re.compile(r"(?<![\w/])(?:9/11|7/7|26/11)(?![\w/])")
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n“\"])\s(?P<w>[A-Za-z][A-Za-z]{0,20})\s\Z")
_NOT_NAMES = frozenset(
    str.split(
        "about around over nearly almost some only just top under below above and or but of for to from "
        "by at in on with jan january feb february mar march apr april may jun june jul july aug august "
        "sep sept september oct october nov november dec december monday tuesday wednesday thursday "
        "friday saturday sunday"
    )
)


_DIGIT_RUN = re.compile(r"\d+")
"""Every span below except URLs and flight numbers starts at (or one character before) a run of digits."""


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses, clock times, phone and flight numbers, list numbering, scores.

    The same spans as running each pattern with ``finditer`` over the whole text, but only
    digit-anchored patterns are tried, and only where a run of digits could start a match:
    a long article is scanned once for digits instead of once per pattern.
    """
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text or "@" in text:
        spans.extend(m.span() for m in _URL.finditer(text))
    if "light" in text or "LIGHT" in text or "Light" in text:
        spans.extend(m.span() for m in _FLIGHT.finditer(text))
    if not spans and text.isascii() and not any(c in text for c in "0123456789"):
        return spans
    n = len(text)
    ends = {_TIME: -1, _PHONE: -1, _LIST_ITEM: -1, _SCORE: -1, _SLASHED: -1, _NAMED_DATES: -1}
    tried: list[tuple[re.Pattern[str], int]] = []
    for run in _DIGIT_RUN.finditer(text):
        s, e = run.span()
        size = e - s
        nxt = text[e] if e < n else ""
        prv = text[s - 1] if s else ""
        tried.clear()
        if size <= 2 or size == 4:  # "9:30", "9.30pm", "10 am", "0930 GMT", "5 o'clock"
            tried.append((_TIME, s))
        if prv in "+(" and prv:
            tried.append((_PHONE, s - 1))
        if nxt in "-." and nxt:  # "555-123-4567", "022.555.1234"
            tried.append((_PHONE, s))
        if size <= 3 and nxt in ".)" and nxt:
            start = _line_start(text, s)
            if start is not None:
                tried.append((_LIST_ITEM, start))
        if nxt in "-–" and nxt and size <= 3:
            tried.append((_SCORE, s))
        if nxt == "/":
            if size <= 4:
                tried.append((_SLASHED, s))
            tried.append((_NAMED_DATES, s))
        for rx, at in tried:
            if at < ends[rx]:
                continue  # inside the previous match of this pattern: finditer would not try here
            m = rx.match(text, at)
            if m is None:
                continue
            ends[rx] = m.end()
            if (rx is not _SCORE and rx is not _SLASHED) or int(m.group(1)) >= int(m.group(2)):
                spans.append(m.span())  # "won 5-0", "24/7": a score or ratio only when the first is not below
    return spans


def _line_start(text: str, s: int) -> int | None:
    """Start of the line holding ``s`` when only up to 8 spaces or tabs stand before ``s`` on it."""
    i = s
    while i > 0 and s - i <= 8 and text[i - 1] in " \t":
        i -= 1
    if s - i > 8 or (i > 0 and text[i - 1] != "\n"):
        return None
    return i


def is_identifier(text: str, num: Num) -> bool:
    """ "H-1B", "COVID-19", "G20", "Section 144": the number is part of a name or a reference."""
    s = num.start
    before = text[max(0, s - 2) : s]
    if len(before) == 2 and before[1] in "-/" and before[0].isalpha() and text[s].isdigit():
        return True  # COVID-19, H-1B, scp-173
    if s > 0 and (text[s - 1].isalpha() or text[s - 1] == "_"):
        return True
    tail = tail_word(text, s, 16)
    if tail is not None and tail not in _REFERENCE_LAST and "#" not in text[max(0, s - 2) : s]:
        return False
    return _REFERENCE.search(text, max(0, s - 16), s) is not None


def is_model_name(text: str, num: Num) -> bool:
    """ "Boeing 737", "iPhone 15", "Model 3": a capitalised name, mid-sentence, then a short integer."""
    raw = text[num.start : num.end]
    if not raw.isdigit() or len(raw) > 4:
        return False
    s = num.start
    if s < 3 or not text[s - 1].isspace() or not ("A" <= text[s - 2] <= "Z" or "a" <= text[s - 2] <= "z"):
        return False  # "Boeing 737": a word, one space, the number
    m = _NAME_BEFORE.search(text, max(0, num.start - 24), num.start)
    if m is None:
        return False
    word = m.group("w")
    return any(ch.isupper() for ch in word) and word.lower() not in _NOT_NAMES


def glued_tail(text: str, end: int) -> bool:
    """True when letters or digits stick to the end of a number that no unit claimed ("4th", "860BOX")."""
    return end < len(text) and (text[end].isalnum() or text[end] == "_")


class Spans:
    """A set of spans answering "does start:end overlap any?" in log time (long texts stay linear)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        best = -1
        for _, e in ordered:
            best = max(best, e)
            self._max_end.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``start:end`` overlaps one of the spans."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._max_end[i] > start
