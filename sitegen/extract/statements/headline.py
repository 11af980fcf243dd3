"""Headlines: "Singh: India must stand by its people", "Trump Says Mexico Will Pay".

A headline is the first paragraph when it is a single short line (PolNeAR
texts and many feeds put it there; some end it with a full stop).  When it has
neither shape it is read as an ordinary paragraph.  Two shapes are
read: a name, a colon and the claim; a title-case name followed by a speech
verb.  Anything else in a headline is left alone.
"""

from __future__ import annotations

import re

from .base import Context, Found, has_words, trim_content
from .colon import NOT_SPEAKERS, is_roll
from .cues import find_cues, lemma_of
from .sources import cue_prefix_start, tokens, valid_np

_MAX_HEADLINE = 200


def headline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the headline line, or None when the text does not open with one."""
    nl = text.find("\n")
    end = nl if nl != -1 else len(text)
    line = text[:end].rstrip()
    if not line or len(line) > _MAX_HEADLINE or "\n" not in text[end : end + 3]:
        return None
    start = len(text[:end]) - len(text[:end].lstrip())
    return start, len(line)


def headline_statements(ctx: Context, span: tuple[int, int]) -> list[Found]:
    """The attribution a headline makes, if it has one of the two shapes above."""
    s, e = span
    colon = ctx.masked.find(": ", s, e)
    if colon != -1:
        np = _colon_source(tokens(ctx.masked, s, colon))
        if np and np[0][2][:1].isupper() and valid_np(np, "say"):
            content = trim_content(ctx.text, colon + 1, e)
            if content and not is_roll(ctx.masked, content):
                src = (np[0][0], np[-1][1])
                return [Found(src, (colon, colon + 1), [content], "say", (src[0], colon + 1), "headline")]
        return []
    for m_start, m_end, form in find_cues(ctx.masked, s, e):
        if not form[:1].isupper() or lemma_of(form) in (None, "according to"):
            continue  # a lower-case verb: the line may be an article's lead paragraph, not a headline
        lemma = lemma_of(form) or "say"
        trailing = _trailing(ctx, s, (m_start, m_end), e, lemma)
        if trailing:
            return [trailing]
        cue_start = cue_prefix_start(ctx.masked, s, m_start)  # "Just Announced", "Will Soon Reveal"
        np = tokens(ctx.masked, s, cue_start)
        if not 1 <= len(np) <= 4 or not valid_np(np, "say") or not re.match(r"[A-Z]", np[0][2]):
            return []
        content = trim_content(ctx.text, m_end, e)
        if content and has_words(ctx.masked, content, 2):
            return [Found((s, np[-1][1]), (cue_start, m_end), [content], lemma, (s, m_end), "headline")]
        return []
    return []


def _trailing(ctx: Context, s: int, cue: tuple[int, int], e: int, lemma: str) -> Found | None:
    """The claim first and the speaker last: "Sanders will back Clinton, former rival says." """
    comma = ctx.masked.rfind(", ", s, cue[0])
    rest = ctx.masked[cue[1] : e].strip(" .;!")
    if comma == -1 or len(rest.split()) > 2:
        return None  # the verb must end the headline, give or take its addressee ("… Tells Democratic Convention")
    np = tokens(ctx.masked, comma + 1, cue[0])
    content = trim_content(ctx.text, s, comma)
    if not 1 <= len(np) <= 4 or not valid_np(np, lemma) or not content or not has_words(ctx.masked, content, 3):
        return None
    return Found((np[0][0], np[-1][1]), cue, [content], lemma, (np[0][0], e), "headline")


def _colon_source(np: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The speaker before a headline colon: after a "EXCLUSIVE –" tag, before "to X"/"at X"/"on X"."""
    for i, t in enumerate(np):
        if t[2] in ("–", "—", "-", "|"):
            np = np[i + 1 :]
            break
    for i, t in enumerate(np):
        if i and t[2] in ("to", "at", "on"):
            np = np[:i]
            break
    if not 1 <= len(np) <= _MAX_SOURCE_WORDS or np[-1][2].lower() in NOT_SPEAKERS:
        return []  # "The Latest: …", "Update: …" name no speaker
    return np


_MAX_SOURCE_WORDS = 4
