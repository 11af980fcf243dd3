"""Shared helpers of the statement rule specs: what the extractor found, by cue or as plain triples."""

from __future__ import annotations

from sitegen.extract.statements import extract_statements
from sitegen.model import Statement

Triple = tuple[str | None, str, list[str]]
"""A statement as (source text, cue text, content texts): what a spec compares."""


def triples(text: str) -> list[Triple]:
    return [
        (s.source.text if s.source else None, s.cue.text if s.cue else "", [c.text for c in s.content])
        for s in extract_statements(text)
    ]


def after_intro(body: str) -> list[Triple]:
    """The statements of ``body`` as a later paragraph, so the first-line headline rule stays out of it."""
    return triples("Intro line\n\n" + body)


def only_after_intro(body: str) -> Triple:
    found = after_intro(body)
    assert len(found) == 1, found
    return found[0]


def at_cue(text: str, cue: str) -> list[Statement]:
    """The statements whose cue text is ``cue``."""
    return [s for s in extract_statements(text) if s.cue is not None and s.cue.text == cue]


def one_at_cue(text: str, cue: str) -> Statement:
    found = at_cue(text, cue)
    assert len(found) == 1, triples(text)
    return found[0]
