"""Plain-text helpers shared by the extraction rules: paragraphs, sentences, patterns gated on a first character."""

from __future__ import annotations

import re


def gated(first: str, pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead for ``first``, a class of the characters every match starts with.

    Without a fixed first character, ``re`` runs the whole pattern at every offset of the text it searches;
    with the look-ahead it turns most offsets away at once, so a search is several times faster.  The
    matches are the same, as long as ``first`` holds every character a match can start with.
    """
    return re.compile(f"(?={first})(?:{pattern})")


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A sentence ends at . ! or ? (optionally followed by closing quotes/brackets)
# and whitespace, unless the word before the stop is a known abbreviation.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr shri smt no vs etc inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m".split()
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``text`` (blank-line separated, trimmed)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text[start:end]``, never crossing a paragraph break."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text[start:end]):
        ps, pe = ps + start, pe + start
        s = ps
        for m in _SENTENCE_END.finditer(text, ps, pe):
            if _is_abbreviation(text, ps, m.start()):
                continue
            out.append((s, m.end()))
            s = m.end()
        if text[s:pe].strip():
            out.append(_trim(text, s, pe))
    return [_trim(text, s, e) for s, e in out]


def _is_abbreviation(text: str, floor: int, stop: int) -> bool:
    """True when the full stop at ``stop`` closes an abbreviation or an initial ("S.")."""
    if text[stop] != ".":
        return False
    word_start = stop
    while word_start > floor and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:stop].lstrip("(\"'“‘").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
