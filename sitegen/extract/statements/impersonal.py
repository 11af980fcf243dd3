"""Attributions without a source: "the vote is expected to pass".

The expectation is nobody's in particular, so the statement has no source; its
content is the clause around the cue (subject and complement).  Only the passive
"is expected to" is read: "seemed"/"appears" look alike but as often report the
subject's own attitude ("Ruiz seemed to concede"), which would need a source.
"""

from __future__ import annotations

from .base import Context, Found, Span, trim_content
from .lexicon import CLAUSE_WORDS
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
