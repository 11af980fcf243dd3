"""When, how and to whom a statement was made, read from its attribution clause.

``said in the letter dated February 4`` → date 2025-02-04, medium "letter";
``questioned in his letter to Mr. Jaishankar`` → medium "letter", addressee
"Mr. Jaishankar"; ``told reporters on Tuesday`` → addressee "reporters", date of
that Tuesday; ``in a post on X`` → medium "post on X".  Dates are resolved with
``resolve_date`` against the article date (never the build day), and only on
the short date expressions found here, as dateparser is slow.  A later "his
letter" / "the letter" inherits the date of the dated letter before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..dates import find_dates, resolve_date

_MEDIA = (
    r"(?:post\s+on\s+(?:X|Twitter|Facebook|Instagram|LinkedIn|Threads|Truth\s+Social)|letter|open\s+letter|"
    r"statement|written\s+statement|joint\s+statement|press\s+release|press\s+conference|news\s+conference|"
    r"interview|phone\s+interview|television\s+interview|radio\s+interview|TV\s+interview|speech|address|tweet|"
    r"post|email|e-mail|memo|op-ed|blog\s+post|video|podcast|editorial|column|essay|report|affidavit|petition|"
    r"Facebook\s+post|Instagram\s+post|message|note|briefing|rally|debate|hearing|testimony|filing|book)"
)
_MEDIUM = re.compile(
    rf"\b(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|their|its|this|that|our)\s+(?:(?:new|recent|"
    rf"brief|short|lengthy|separate|televised|exclusive|emotional|fiery)\s+)?(?P<medium>{_MEDIA})\b"
    rf"(?:\s+dated\s+(?P<dated>[^,;.]{{1,30}}?)(?=\s*(?:[,;.]|$|\s+to\s)))?"
    rf"(?:\s+(?:to|with|addressed\s+to)\s+(?P<to>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof)\.?\s+)?"
    rf"(?:[A-Z][\w'’.-]{{0,30}}\s?){{1,5}}))?"
)
_ON_PLATFORM = re.compile(r"\bon\s+(?P<medium>X|Twitter|Facebook|Instagram|LinkedIn|Truth\s+Social)\b")


@dataclass(slots=True)
class When:
    """What the attribution clause says about the statement's date, medium and addressee."""

    date: str | None = None
    medium: str | None = None
    addressee: str | None = None
    definite_medium: bool = False


def read_clause(clause: str, article_date: date | None) -> When:
    """Date, medium and addressee stated in an attribution clause such as "said in the letter dated Feb. 4"."""
    out = When()
    m = _MEDIUM.search(clause)
    if m:
        out.medium = re.sub(r"\s+", " ", m.group("medium"))
        out.definite_medium = m.group(0).split()[1].lower() in ("the", "his", "her", "their", "its", "that", "this")
        if m.group("to"):
            out.addressee = m.group("to").strip()
        if m.group("dated"):
            out.date = resolve_date(m.group("dated"), article_date)
    else:
        p = _ON_PLATFORM.search(clause)
        if p:
            out.medium = "post on " + p.group("medium")
    if out.date is None:
        for _s, _e, expr in find_dates(clause)[:2]:
            if re.fullmatch(r"\d{4}s?", expr):
                continue  # a bare year names no day
            resolved = resolve_date(expr, article_date)
            if resolved:
                out.date = resolved
                break
    return out


def inherit_dates(whens: list[When]) -> None:
    """ "in his letter" after "in the letter dated February 4": the later statement gets the letter's date."""
    dated: dict[str, str] = {}
    for w in whens:
        if w.medium and w.date:
            dated.setdefault(w.medium, w.date)
        elif w.medium and w.date is None and w.definite_medium and w.medium in dated:
            w.date = dated[w.medium]
