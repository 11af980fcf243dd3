"""Quotation scanning: where the quoted stretches of an article are.

Quotes are found once, left to right, in linear time, before any attribution
rule runs.  Every style in common use is read: curly “ ” and ‘ ’, guillemets
« », low „, straight ", and the doubled '' (or ``) some outlets print.  A quote
left open at a paragraph end continues into the next paragraph when that one
opens with a quotation mark (the convention for quotes running over several
paragraphs); otherwise it ends at the paragraph end, so one unbalanced mark
never swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import gated, paragraphs

_OPENERS = "“„«"
_CLOSERS = "”»"
_SYMMETRIC = '"'
_DOUBLED = ("''", "``")
_ALL_MARKS = _OPENERS + _CLOSERS + _SYMMETRIC + "'`"
_BEFORE_OPEN = " \t\n([{—–-/:;"
_OPENING = gated(
    "[“„«`\"”»']",
    r"[“„](?=\S)|«(?= ?\S)|``(?=\S)|(?:(?<=[ \t\n(\[{—–\-/:;\u200e\u200f\u202a-\u202e\ufeff])|^)(?:[\"”»]|'')(?=\S| …)",
)
"""A mark that opens a quote: a directional opener, or any other one (a misused ” too) after a space, a bracket or
an invisible direction mark, always before a non-space (« may have one space after it: « Oui », and a quote may
open on an ellipsis: ” … and so on")."""
_CLOSING = gated("[”»'“„«\"`]", r"[”»]|''|(?<=\S)(?:[“„«\"]|``)|(?<=['’] )(?:[“„«\"]|``)|(?<=[,.?!] )\"(?=\s)")
"""A mark that closes an open quote: a directional closer or '' always, any other mark after a non-space
(or after the space some writers leave behind a nested single quote: ,' "), or a straight mark after a stop and
a space when a space follows it too ('… doing this, " Roe said')."""
_NON_SPACE = re.compile(r"\S")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch ``text[start:end]``, marks included; ``closed`` is False when no closing mark was found."""

    start: int
    end: int
    closed: bool = True


def _mark_at(text: str, i: int) -> str | None:
    """The quotation mark starting at ``i`` ("''" counts as one mark), or None."""
    pair = text[i : i + 2]
    if pair in _DOUBLED:
        return pair
    ch = text[i]
    return ch if ch in _OPENERS or ch in _CLOSERS or ch == _SYMMETRIC else None


def find_quotes(text: str) -> list[Quote]:
    """Double-quoted stretches of ``text`` in order, spanning paragraphs when the quote is reopened."""
    out: list[Quote] = []
    paras = paragraphs(text)
    open_at: int | None = None
    for k, (ps, pe) in enumerate(paras):
        i = ps
        if open_at is not None:  # continuation paragraph: skip its reopening mark
            mark = _mark_at(text, ps)
            i = ps + len(mark) if mark else ps
        while True:
            if open_at is None:
                found = _OPENING.search(text, i, pe)
                if found is None:
                    break
                open_at, i = found.start(), found.end()
                continue
            found = _CLOSING.search(text, i, pe)
            if found is None:
                break
            i = found.end()
            if found.group() == "''" and text[i : i + 1] == "'":  # three marks: a nested quote closes with it
                i += 1
            out.append(Quote(open_at, i))
            open_at = None
        if open_at is not None:
            nxt = paras[k + 1][0] if k + 1 < len(paras) else None
            if nxt is None or _mark_at(text, nxt) is None:
                out.append(Quote(open_at, pe, closed=False))
                open_at = None
    out.extend(_single_quotes(text, paras, out))
    out.sort(key=lambda q: q.start)
    return out


def _single_quotes(text: str, paras: list[tuple[int, int]], doubles: list[Quote]) -> list[Quote]:
    """‘…’ and '…' quotes, read only in paragraphs without double quotes (elsewhere they are nested)."""
    found: list[Quote] = []
    di = 0
    for ps, pe in paras:
        while di < len(doubles) and doubles[di].end <= ps:
            di += 1
        if di < len(doubles) and doubles[di].start < pe:
            continue
        for opener, closer in _SINGLE_PAIRS:
            found.extend(_single_in(text, ps, pe, opener, closer))
    return found


_SINGLE_PAIRS = (("‘", "’"), ("'", "'"))


def _single_in(text: str, ps: int, pe: int, opener: str, closer: str) -> list[Quote]:
    """Single quotes of one style in a paragraph: the opener at a word start, a space inside.

    An apostrophe is never an opener (a letter comes before it in "don't") and never a
    closer when a letter follows it, so contractions stay outside quotes."""
    found = []
    i = text.find(opener, ps, pe)
    while i != -1:
        if (i == ps or text[i - 1] in _BEFORE_OPEN) and i + 1 < pe and text[i + 1].isalnum():
            j = _single_close(text, i + 1, pe, closer)
            if j is not None and " " in text[i:j]:
                found.append(Quote(i, j + 1))
                i = text.find(opener, j + 1, pe)
                continue
        i = text.find(opener, i + 1, pe)
    return found


def _single_close(text: str, start: int, end: int, closer: str) -> int | None:
    """Index of the mark closing a single quote opened before ``start``: after a non-space, before no letter."""
    j = text.find(closer, start, end)
    while j != -1:
        if not text[j - 1].isspace() and (j + 1 >= end or not text[j + 1].isalpha()):
            return j
        j = text.find(closer, j + 1, end)
    return None


def mask(text: str, quotes: list[Quote]) -> str:
    """``text`` with every non-space character inside quotes replaced by ``x``.

    Offsets are kept, so sentence splitting and the attribution rules can run on
    the masked text without ever looking inside a quotation.  A final ``.``, ``?``
    or ``!`` is kept, so that a quote closing a sentence still ends it.
    """
    pieces = []
    done = 0
    for q in quotes:
        inner_start = q.start + len(_mark_at(text, q.start) or " ")
        inner_end = q.end - (_closing_length(text, q.end) if q.closed else 0)
        if q.closed and inner_end > inner_start and text[inner_end - 1] in ".!?":
            inner_end -= 1  # a quote ending a sentence still ends it: '"Why now?" Mills asked.'
        if inner_end <= inner_start or inner_start < done:
            continue
        pieces += [text[done:inner_start], _NON_SPACE.sub("x", text[inner_start:inner_end])]
        done = inner_end
    pieces.append(text[done:])
    return "".join(pieces)


def _closing_length(text: str, end: int) -> int:
    """Length of the mark that closes a quote at ``end``: 2 for a doubled mark, else 1 (’ and ' too)."""
    if text[end - 2 : end] in _DOUBLED:
        return 2
    return 1 if text[end - 1] in _ALL_MARKS + "’" else 0


def quote_at(quotes: list[Quote], start: int) -> Quote | None:
    """The quote opening exactly at ``start``, if any."""
    for q in quotes:
        if q.start == start:
            return q
        if q.start > start:
            return None
    return None
