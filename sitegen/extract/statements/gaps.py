"""Positions whose object comes before the source: "a toll she once defended", "the plan that the union
criticized", "(which the mayor defended)".

A position or act verb with nothing after it but adverbials and punctuation has
its object in front, as the noun a relative clause hangs on.  The content is
the relative pronoun when there is one ("that", "which": annotators mark it),
else the noun phrase right before the source.
"""

from __future__ import annotations

from .after_cue import read_after
from .base import Context, Found, Span
from .cues import INTENT_LEMMAS, OBJECT_LEMMAS, STANCE_LEMMAS
from .lexicon import DETERMINERS, PRONOUNS
from .objects import is_agent
from .sources import PREPOSITIONS, cue_prefix_start, left_source, looks_finite, tokens

GAP_LEMMAS = (STANCE_LEMMAS | INTENT_LEMMAS | OBJECT_LEMMAS) - frozenset(
    "want plan intend decide decline refuse consider question release".split()
)
_RELATIVES = frozenset(["that", "which", "whom"])
_MAX_SOURCE = 6
_MAX_NOUN_PHRASE = 5
_CLOSERS = ("-", "—", "–", ")", "for ", "over ")
_INDEFINITES = frozenset("something anything everything nothing".split())


def object_gap(ctx: Context, floor: int, cue: Span, end: int, lemma: str) -> Found | None:
    """The statement of a position verb whose object stands before its source, or None."""
    if lemma not in GAP_LEMMAS or not ctx.masked[cue[0] : cue[1]].islower():
        return None
    rest = ctx.masked[cue[1] : cue[1] + 6].lstrip()
    if not rest.startswith(_CLOSERS) and read_after(ctx.masked, cue[1], end, lemma).kind not in ("end", "comma"):
        return None  # "for"/"over" open a reason: "the plan that the union criticized for its cost"
    start = cue_prefix_start(ctx.masked, floor, cue[0])
    src = left_source(ctx.masked, floor, start, lemma, cue[0])
    if src is None or src[1] > start:
        return None
    words = tokens(ctx.masked, *src)
    split = next((i for i in range(len(words) - 1, 0, -1) if words[i][2].lower() in DETERMINERS), None)
    if (
        split is not None
        and words[0][2].lower() in DETERMINERS
        and all(w[2].isalpha() and w[2].lower() not in PREPOSITIONS for w in words[:split])
    ):  # "a lease the union has opposed"
        content: Span | None = (words[0][0], words[split - 1][1])
        src = (words[split][0], src[1])
        words = words[split:]
    else:
        content = None
    if len(words) > _MAX_SOURCE or words[-1][2].lower() in ("who", "which", "that"):
        return None
    before = tokens(ctx.masked, max(floor, src[0] - 80), src[0])
    if content is None and before and before[-1][2].lower().lstrip("(") in _RELATIVES:
        last = before[-1]
        content = (last[1] - len(last[2].lstrip("(")), last[1])
    elif content is None and before:
        content = _noun_phrase(before)
    if content is None or not is_agent(ctx.masked, src):
        return None
    return Found(src, (start, cue[1]), [content], lemma, (src[0], cue[1]), "object-gap")


def _noun_phrase(before: list[tuple[int, int, str]]) -> Span | None:
    """The noun phrase ending right before the source ("a toll", "the new harbour levy"), or None."""
    head = before[-1][2]
    if not head.isalpha() or head.lower() in PRONOUNS or looks_finite(head) or head.lower() in DETERMINERS:
        return None
    k = len(before) - 1
    while k > 0 and len(before) - k < _MAX_NOUN_PHRASE:
        word = before[k - 1][2]
        low = word.lower()
        if not word.replace("-", "").replace("'", "").replace("’", "").isalnum() or low in PREPOSITIONS:
            break
        if looks_finite(word) or low in PRONOUNS:
            break
        k -= 1
        if low in DETERMINERS:
            break
    if before[k][2].lower() not in DETERMINERS and head.lower() not in _INDEFINITES:
        return None  # "voters she courted" is as often a subject: only "a toll", "the levy" …
    return before[k][0], before[-1][1]
