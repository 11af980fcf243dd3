"""What a figure counts: the noun phrase right after a plain number, or after "per cent of".

"18,000 immigrants labelled as “illegal” sets …" → "immigrants labelled as illegal";
"104 illegal Indian immigrants — the first batch" → "illegal Indian immigrants".
The phrase stops at punctuation, at function words and verbs, and at five words;
a participle is kept only in the "labelled as X" pattern, which names the group.
"""

from __future__ import annotations

import re

from .base import Cand

_words = str.split
_WORD = re.compile(r"[ \t]{1,3}[“\"‘']?(?P<w>[A-Za-z][A-Za-z'’-]{0,40})[”\"’']?")
_OF = re.compile(r"\s{1,2}of(?:\s{1,2}(?:the|their|its|his|her|our|all|these|those))?(?=\s)", re.IGNORECASE)
_NAMING = frozenset(
    _words(
        "labelled labeled described classified branded listed deemed termed identified designated known "
        "called marked tagged categorised categorized considered regarded registered"
    )
)
_STOP = frozenset(
    _words(
        """a an the and or but nor of to in on at for from by with as into onto over under about after before
    between among against during without within through per than then that which who whom whose where
    when while this these those it its their his her our your my they he she we you i me them us
    is are was were be been being am has have had do does did will would can could should may might
    must shall said says say told tells according also only just more less most least each every
    other another some any all both either neither no not so such very too last next ago year years
    percent cent per here there now today yesterday tomorrow if because since until till though
    although whether including included across around up down out off away back times worldwide
    nationwide overall annually apiece respectively combined altogether abroad"""
    )
)
_MAX_WORDS = 5
_MORE = re.compile(r"[ \t]{1,3}(?i:more|fewer|other|additional|extra|further)(?=[ \t])")
_AS_WHAT = re.compile(r"[ \t]{1,3}as[ \t]{1,3}[“\"‘']?(?P<x>[A-Za-z][A-Za-z-]{0,40})")


def counted_noun(text: str, cand: Cand) -> str | None:
    """The counted noun phrase after ``cand`` (plain numbers and "12% of voters"), or None."""
    pos = cand.end
    if cand.kind == "percent":
        of = _OF.match(text, pos)
        if of is None:
            return None
        pos = of.end()
    elif cand.kind != "number":
        return None
    extra = _MORE.match(text, pos)  # "1,200 more people": the noun is still "people"
    if extra is not None:
        pos = extra.end()
    words: list[str] = []
    while len(words) < _MAX_WORDS:
        m = _WORD.match(text, pos)
        if m is None:
            break
        w = m.group("w")
        if words and w.lower() in _NAMING:
            return _naming_phrase(text, m, words)
        if w.lower() in _STOP or (words and (_is_verb_like(w) or _is_plural(words[-1]))):
            break  # a plural noun heads the phrase: "illegal Indian immigrants | landed"
        words.append(w.strip("'’"))
        pos = m.end()
        if m.group().rstrip()[-1:] in "”\"’'":
            break
    return " ".join(words) or None


def _naming_phrase(text: str, m: re.Match[str], words: list[str]) -> str:
    """ "immigrants labelled as “illegal”": keep the participle, "as" and one (quoted) word."""
    rest = _AS_WHAT.match(text, m.end())
    if rest is None:
        return " ".join(words)
    return " ".join([*words, m.group("w"), "as", rest.group("x")])


_PLURALS = frozenset(_words("people children men women police staff cattle personnel crore lakh folk livestock clergy"))


def _is_plural(word: str) -> bool:
    """A plural noun ends the counted phrase: the next word is a verb or a modifier."""
    low = word.lower()
    return low in _PLURALS or (len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _is_verb_like(word: str) -> bool:
    """Past participles and adverbs end a noun phrase ("cars stored", "people quickly")."""
    low = word.lower()
    return low in _NAMING or low.endswith(("ed", "ly")) and len(low) > 4
