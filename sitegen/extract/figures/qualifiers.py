"""Words around a figure that qualify it: approximations ("nearly") and changes ("up 12%").

They stay outside the figure's span (the span is the number as cited) and go into
``qualifier`` and ``change``.
"""

from __future__ import annotations

import re

from .base import Cand, tail_word

_QUALIFIER = re.compile(
    r"(?i:(?<![A-Za-z])(?P<q>nearly|about|around|roughly|approximately|approx\.|almost|some|over|"
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|as\s+many\s+as|"
    r"as\s+much\s+as|as\s+few\s+as|as\s+little\s+as|close\s+to|just\s+over|just\s+under|"
    r"upwards\s+of|in\s+excess\s+of|an\s+estimated|estimated|under|below|above|only|just|"
    r"barely|exactly|precisely|nearer|well\s+over|over\s+a|some\s+\w+\s+to)\s{1,2})\Z"
)
_UP = "up|rose|rise|risen|rising|rises|increased|increase|increases|climbed|climb|grew|grown|grow|gained|gain|jumped|jump|surged|surge|soared|added|higher"  # noqa: E501
_DOWN = "down|fell|fall|fallen|falling|falls|decreased|decrease|declined|decline|dropped|drop|slipped|slid|shrank|lost|plunged|plunge|tumbled|cut|lower|reduced"  # noqa: E501
_CHANGE_BEFORE = re.compile(
    rf"(?i:(?<![A-Za-z])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+by)?(?:\s+(?:an?|some|about|nearly|"
    rf"almost|around|roughly|more\s+than|over))?(?:\s+of)?\s{{1,2}})\Z"
)
_CHANGE_AFTER = re.compile(
    r"(?i:\s{1,2}(?:(?P<up>increase|rise|jump|gain|growth|hike|surge)|"
    r"(?P<down>drop|fall|decline|decrease|cut|reduction|slump|loss))\b)"
)


_QUALIFIER_LAST = frozenset(
    "nearly about around roughly approximately approx almost some over than least most to as under of estimated "
    "below above only just barely exactly precisely nearer a".split()
)
"""The last word of every ``_QUALIFIER`` phrase: the search runs only after one of them."""
_CHANGE_LAST = frozenset(
    [*_UP.split("|"), *_DOWN.split("|"), *"by a an some about nearly almost around roughly than over of".split()]
)
"""The last word of every ``_CHANGE_BEFORE`` phrase."""


def qualify(text: str, cand: Cand) -> None:
    """Fill ``qualifier`` and ``change`` from the words just before (or after) the figure."""
    window = max(0, cand.start - 40)
    tail = tail_word(text, cand.start)
    q = _QUALIFIER.search(text, window, cand.start) if tail is None or tail in _QUALIFIER_LAST else None
    before = cand.start
    if q is not None:
        cand.qualifier = re.sub(r"\s+", " ", q.group("q").lower())
        before = q.start()
    c = None
    if before != cand.start:
        tail_before = tail_word(text, before)
        if tail_before is None or tail_before in _CHANGE_LAST:
            c = _CHANGE_BEFORE.search(text, max(0, before - 40), before)
    if c is None and (tail is None or tail in _CHANGE_LAST):
        c = _CHANGE_BEFORE.search(text, window, cand.start)
    if c is None:
        c = _CHANGE_AFTER.match(text, cand.end)
    if c is not None:
        cand.change = "up" if c.group("up") else "down"
