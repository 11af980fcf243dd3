"""A name and a colon: "ROE: We will win." in a transcript, "… doubts it, said pollster Jo Roe: “…”".

Two shapes without a speech verb, the colon standing in for one:

* a speaker label opening a paragraph (one to three capitalised words, or a name in
  capitals), the rest of the paragraph being what was said;
* a name phrase ending a clause just before ": " and a quotation ("… does not surprise
  pollster Jo Roe: “…”"), the quotation being what was said.

Labels that name no speaker ("Update:", "Note:") are left alone.
"""

from __future__ import annotations

import re

from .base import Context, Found, trim_content
from .cues import lemma_of
from .lexicon import DETERMINERS, TITLES
from .sources import PREPOSITIONS, tokens, valid_np

NOT_SPEAKERS = frozenset(
    "update note correction clarification editor editors photo photos video watch related source sources read "
    "disclosure q a question answer caption credit image listen more also see warning exclusive breaking "
    "live transcript summary background name notice latest contributing contributors byline reporting "
    "additional revealed look boom".split()
)
_MAX_LABEL_WORDS = 3
_ROLE_WORDS = TITLES - PREPOSITIONS - DETERMINERS - {"and"}


_PARTY_STATE = re.compile(r"\([A-Z][\w.]{0,3}-[A-Z][\w.]{0,14}\)")


def speaker_label(ctx: Context, para_start: int, para_end: int) -> Found | None:
    """ "ROE: We will win." — a paragraph opening with a speaker's name and a colon."""
    colon = ctx.masked.find(":", para_start, min(para_end, para_start + 60))
    if colon == -1 or ctx.masked[colon + 1 : colon + 2] != " " and ctx.quote_starting(colon + 1) is None:
        return None  # "Roe: We will win." or, without the space, 'Roe:"We will win."'; not "10:30"
    label = tokens(ctx.masked, para_start, colon)
    if len(label) > 1 and _PARTY_STATE.fullmatch(label[-1][2]):  # "Rep. Ana Ruiz (R-Ore.):"
        label = label[:-1]
    if not 1 <= len(label) <= _MAX_LABEL_WORDS or not _is_name(label):
        return None
    content = trim_content(ctx.text, colon + 1, para_end)
    if content is None or sum(any(c.isalpha() for c in t[2]) for t in tokens(ctx.masked, *content)) < 3:
        return None  # "Roe: 1,769" is a tally, not a statement
    if is_roll(ctx.masked, content):
        return None  # "Ohio: Ana Roe, Ivo Brandt, Jo Lee, …" lists who took part
    return Found((para_start, colon), (colon, colon + 1), [content], "say", (para_start, colon + 1), "label")


def colon_quote(ctx: Context, sentence_start: int, colon: int) -> Found | None:
    """ "… surprise pollster Jo Roe: “…”" — the name before a colon that opens a quotation."""
    i = colon + 1
    while i < len(ctx.text) and i < colon + 4 and ctx.text[i] in " \t\u00a0":
        i += 1
    q = ctx.quote_starting(i)
    if q is None:
        return None
    toks = tokens(ctx.masked, max(sentence_start, colon - 120), colon)
    j = len(toks)
    while j > 0 and len(toks) - j < _MAX_LABEL_WORDS and toks[j - 1][2][:1].isupper() and _is_word(toks[j - 1][2]):
        if lemma_of(toks[j - 1][2]) is not None:  # "Said Ruiz:" — the verb is not part of the name
            break
        j -= 1
    if j == len(toks) or not valid_np(toks[j:], "say") or toks[-1][2].lower() in NOT_SPEAKERS:
        return None
    k = j
    while k > 0 and j - k < 3 and toks[k - 1][2].lower() in _ROLE_WORDS:
        k -= 1
    if k > 0 and toks[k - 1][2].lower() in PREPOSITIONS:  # "a message for Iowa:" names no speaker
        return None
    src = (toks[k][0], toks[-1][1])
    return Found(src, (colon, colon + 1), [(q.start, q.end)], "say", (src[0], colon + 1), "colon-quote")


def is_roll(masked: str, span: tuple[int, int]) -> bool:
    """True for a list of names ("Ana Roe, Ivo Brandt, Jo Lee and Tom Ode"): three commas or more, and
    nearly every word capitalised; a list says who, not what."""
    words = masked[span[0] : span[1]].split()
    capitalised = sum(w[:1].isupper() for w in words)
    return masked.count(",", *span) >= 3 and capitalised * 5 >= len(words) * 4


def _is_name(label: list[tuple[int, int, str]]) -> bool:
    words = [t[2] for t in label]
    if any(w.lower().strip(".") in NOT_SPEAKERS for w in words) or not all(w[:1].isupper() for w in words):
        return False
    return words[0].lower() not in DETERMINERS and valid_np(label, "say") and all(_is_word(w) for w in words)


def _is_word(word: str) -> bool:
    return word.replace(".", "").replace("-", "").replace("'", "").isalpha()
