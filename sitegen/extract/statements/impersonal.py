"""Attributions without a source: "the vote is expected to pass", "Ruiz seemed rattled".

The expectation or impression is nobody's in particular (the writer's), so the
statement has no source; its content is the clause around the cue.  For the
passive "is expected to" that is one span from the subject on; for "seems",
"appears" it is two fragments, the subject and the complement, the verb left out.
"""

from __future__ import annotations

from .base import Context, Found, Span, trim_content
from .lexicon import CLAUSE_WORDS, DETERMINERS
from .reported import content_end
from .sources import tokens

_BE = frozenset("is are was were be been being".split())
_MAX_SUBJECT_WORDS = 12


def impersonal(ctx: Context, floor: int, cue: Span, verb_end: int, end: int, lemma: str) -> Found | None:
    """The sourceless statement at ``cue`` (auxiliaries included), or None when the shape does not fit."""
    nxt = ctx.masked[verb_end : verb_end + 4].split()
    then_to = bool(nxt) and nxt[0] == "to"
    if lemma != "expect" or not then_to or not any(t[2].lower() in _BE for t in tokens(ctx.masked, *cue)):
        return None
    start = _clause_start(ctx.masked, floor, cue[0])
    if start is None:
        return None
    span = trim_content(ctx.text, start, content_end(ctx, verb_end, end))
    if span is None:
        return None
    return Found(None, cue, [span], lemma, cue, "impersonal")


SEEM_LEMMAS = frozenset(["seem", "appear"])
_NOT_COMPLEMENT = frozenset(
    "on at in with before for from by during after as alongside onstage there here and or but , . ; :".split()
)
"""Words after "appeared" that make it a showing-up ("appeared on television"), not an impression."""


def seeming(ctx: Context, floor: int, cue: Span, verb_end: int, end: int) -> Found | None:
    """ "Ruiz seemed rattled by the attack", "the plan appears to have stalled": the writer's impression,
    with no source; content is the subject and the complement ("it seems that …": the complement only)."""
    nxt = ctx.masked[verb_end : verb_end + 40].split(None, 1)
    if not nxt or nxt[0].lower().strip(",.;:") in _NOT_COMPLEMENT or not nxt[0][0].isalpha() or nxt[0][0].isupper():
        return None
    start = _clause_start(ctx.masked, floor, cue[0])
    rest = trim_content(ctx.text, verb_end, content_end(ctx, verb_end, end))
    if start is None or rest is None or any(c in ctx.text[start : rest[1]] for c in '"“”«»'):
        return None
    subject = trim_content(ctx.text, start, cue[0])
    if subject is None or ctx.masked[subject[0] : subject[1]].lower() in ("it", "there"):
        return Found(None, cue, [rest], "seem", cue, "seeming")
    if ctx.masked[subject[0] : subject[1]].split()[-1].lower() in DETERMINERS:
        return None
    return Found(None, cue, [subject, rest], "seem", cue, "seeming")


def _clause_start(masked: str, floor: int, pos: int) -> int | None:
    """Start of the subject before ``pos``: after the last comma or clause word, at most a dozen words back."""
    toks = tokens(masked, max(floor, pos - 200), pos)
    if not toks:
        return None
    j = len(toks)
    while j > 0 and len(toks) - j < _MAX_SUBJECT_WORDS:
        word = toks[j - 1][2]
        if word.lower() in CLAUSE_WORDS and j < len(toks) or word.endswith((",", ";", ":")):
            break
        j -= 1
    if j == len(toks) or len(toks) - j >= _MAX_SUBJECT_WORDS and j > 0 and toks[0][0] > floor:
        return None
    return toks[j][0]
