"""Headlines: "Singh: India must stand by its people", "Trump Says Mexico Will Pay".

A headline is the first paragraph when it is a single short line without a
final full stop (PolNeAR texts and many feeds put it there).  Two shapes are
read: a name, a colon and the claim; a title-case name followed by a speech
verb.  Anything else in a headline is left alone.
"""

from __future__ import annotations

import re

from .base import Context, Found, trim_content
from .cues import find_cues, lemma_of
from .sources import tokens, valid_np

_MAX_HEADLINE = 200


def headline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the headline line, or None when the text does not open with one."""
    nl = text.find("\n")
    end = nl if nl != -1 else len(text)
    line = text[:end].rstrip()
    if not line or len(line) > _MAX_HEADLINE or line.endswith(".") or "\n" not in text[end : end + 3]:
        return None
    start = len(text[:end]) - len(text[:end].lstrip())
    return start, len(line)


def headline_statements(ctx: Context, span: tuple[int, int]) -> list[Found]:
    """The attribution a headline makes, if it has one of the two shapes above."""
    s, e = span
    colon = ctx.masked.find(": ", s, e)
    if colon != -1:
        np = tokens(ctx.masked, s, colon)
        if 1 <= len(np) <= 4 and all(t[2][:1].isupper() for t in np) and valid_np(np, "say"):
            content = trim_content(ctx.text, colon + 1, e)
            if content:
                return [Found((s, colon), (colon, colon + 1), [content], "say", (s, colon + 1), "headline")]
        return []
    for m_start, m_end, form in find_cues(ctx.masked, s, e):
        if not form[:1].isupper() or lemma_of(form) in (None, "according to"):
            continue
        np = tokens(ctx.masked, s, m_start)
        if not 1 <= len(np) <= 4 or not valid_np(np, "say") or not re.match(r"[A-Z]", np[0][2]):
            return []
        content = trim_content(ctx.text, m_end, e)
        if content and len(tokens(ctx.masked, *content)) >= 2:
            return [
                Found(
                    (s, np[-1][1]),
                    (m_start, m_end),
                    [content],
                    lemma_of(form) or "say",
                    (s, m_end),
                    "headline",
                )
            ]
        return []
    return []
