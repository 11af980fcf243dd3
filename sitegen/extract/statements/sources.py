"""Source noun phrases: find the subject before a cue (or after an inverted one) as written.

The source is read from the masked text (quotes blanked), so it can never be a
phrase inside a quotation.  A phrase is accepted only if it looks like a
subject: a pronoun, a capitalised name, a determiner phrase, or a plural
"officials"-like noun, with no verb or clause word inside.  Rejecting doubtful
phrases is what keeps quotes out of the wrong mouth.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

from .cues import CUE_PREFIX
from .lexicon import (
    ANONYMOUS_HEADS,
    CLAUSE_WORDS,
    DETERMINERS,
    DOCUMENT_HEADS,
    EXTRA_START,
    NOT_IN_NP,
    ORG_HEADS,
    PRONOUNS,
    QUANTIFIER_SOURCES,
    TITLES,
)

Tok = tuple[int, int, str]
_TOKEN = re.compile(r"\S+")
_QUOTE_CHARS = '"“”„«»'
_BREAK_END = (",", ";", ":", "—", "–", "--")
_LEAD_ADVERBS = frozenset(
    "yesterday today tonight later earlier meanwhile now then also still instead separately similarly even "
    "previously recently indeed moreover furthermore however thus hence so finally first second again".split()
)
_TIME_LEAD = re.compile(
    r"(?i)(?:on|last|this|next|early|late)$|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|weekend|month|year|morning|night|evening|afternoon)$"
)
_CAPS_STOP = frozenset("this that there here what one it its but and or if so when yet".split())
MAX_NP_WORDS = 18
_NEAR = 160
_LOOK_BACK = 360
"""Characters before a cue read for its source: a plain subject fits in ``_NEAR``, one with three long
comma groups in ``_LOOK_BACK``."""
PREPOSITIONS = frozenset(
    "of for at with from in on by over about into against under after before during through amid to".split()
)
_POSSESSIVE_S = re.compile(r"['’]s$")
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
_PASSIVE = frozenset("is was are were be been being".split())


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Whitespace tokens of ``text[start:end]`` with their offsets (a token running past either edge is cut there).

    The rules ask for the tokens of short windows of the same masked text (about 250 an article),
    so they are sliced from the tokens of the whole text, found once (:func:`_token_index`).
    """
    start = max(start, 0)
    if start >= end:
        return []
    starts, ends, toks = _token_index(text)
    out = toks[bisect_right(ends, start) : bisect_left(starts, end)]
    if out and out[0][0] < start:
        out[0] = (start, out[0][1], text[start : out[0][1]])
    if out and out[-1][1] > end:
        out[-1] = (out[-1][0], end, text[out[-1][0] : end])
    return out


@functools.lru_cache(maxsize=2)
def _token_index(text: str) -> tuple[list[int], list[int], list[Tok]]:
    """Starts, ends and tokens of all of ``text``: one extraction reads one masked text, so two are kept."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    return [t[0] for t in toks], [t[1] for t in toks], toks


def _bare(word: str) -> str:
    return word.strip(",;:.!?()[]\"“”‘’'").lower()


def _is_cap(word: str) -> bool:
    w = word.lstrip("(\"“‘'")
    return bool(w) and w[0].isupper()


def cue_prefix_start(masked: str, floor: int, cue_start: int) -> int:
    """Start of the cue once auxiliaries and adverbs before the verb are included ("has also said")."""
    toks = tokens(masked, max(floor, cue_start - 120), cue_start)
    k = len(toks)
    while k > 1 and (toks[k - 1][2].lower() in CUE_PREFIX or _is_adverb(toks[k - 1][2])):
        k -= 1
    return toks[k][0] if k < len(toks) else cue_start


def _is_adverb(word: str) -> bool:
    """A lower-case -ly word ("quickly", "angrily"), which joins the cue rather than the source."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower() and word not in _NOT_ADVERB


_NOT_ADVERB = frozenset("family ally rally belly bully daily only early italy july holy ugly".split())


def left_source(
    masked: str, floor: int, cue_start: int, lemma: str, cue_end: int | None = None
) -> tuple[int, int] | None:
    """The subject phrase ending just before ``cue_start`` (not before ``floor``), or None."""
    cue_end = cue_start if cue_end is None else cue_end
    if is_passive(masked, cue_start, cue_end):
        return None  # "the FBI was warned": the subject of a passive is not the speaker
    toks = tokens(masked, max(floor, cue_start - _NEAR), cue_start)
    if not toks:
        return None
    if toks[-1][2].endswith(",") or len(toks) <= MAX_NP_WORDS and cue_start - _NEAR > floor:
        toks = tokens(masked, max(floor, cue_start - _LOOK_BACK), cue_start)  # comma groups, or a long subject
    if toks[-1][2].endswith(",") and not _PARTY_STATE.fullmatch(toks[-1][2]):
        return _appositive_source(masked, toks)
    dashed = _dashed_source(masked, toks, lemma) if toks[-1][2] in _DASHES else None
    if dashed is not None:
        return dashed
    j = len(toks)
    while j > 0:
        word = toks[j - 1][2]
        if j < len(toks) and (word.endswith(_BREAK_END) or _closes_quote(word) or word in ("-", "—", "–")):
            break
        low = word.lower()
        if low in CLAUSE_WORDS:
            if low in ("who", "which") and j == len(toks):
                j -= 1
            break
        j -= 1
        if len(toks) - j > MAX_NP_WORDS:
            return None
    np = _strip_lead(toks[j:])
    if len(np) == 1 and np[0][2] in ("who", "which") and j > 0 and toks[j - 1][2].endswith(","):
        antecedent = left_source(masked, toks[0][0], toks[j - 1][1] - 1, "say")
        if antecedent is not None:  # "Roe, who said": the source reaches back to the name
            return antecedent[0], np[0][1]
    if len(np) > 1 and _bare(np[-1][2]) in _SUBJECT_PRONOUNS and np[-1][2].islower():
        np = np[-1:]  # "At the hall this week she said": the lead phrase is not the subject
    if np and not valid_np(np, lemma) and j > 1 and toks[j - 1][2] in ("who", "that"):
        head = left_source(masked, toks[0][0], toks[j - 1][0], "say")
        if head is not None and head[1] > toks[0][0]:  # "Dockers who saw the vote said"
            return head[0], np[-1][1]
    if np and not valid_np(np, lemma):
        np = _modified_subject(np, lemma)
    if not np:
        return None
    np = _with_first_conjunct(masked, toks, _strip_trail(np))
    return np[0][0], np[-1][1] - (1 if np[-1][2].endswith(",") else 0)


def _with_first_conjunct(masked: str, toks: list[Tok], np: list[Tok]) -> list[Tok]:
    """ "Ana Vellard and Orren Lanquist said", "Vellard and his attorneys said", "union members and leaders
    said": a subject coordinated with "and"/"or" is the whole coordination (as annotated).  The first conjunct
    must be a short run of capitalised words, or two words ending in a plural noun, opening the clause; a
    clause before "and" ("the bill passed and officials said") is never one."""
    k = next((i for i, t in enumerate(toks) if t[0] == np[0][0]), 0)
    if k < 2 or toks[k - 1][2] not in ("and", "or") or toks[k - 2][2].endswith(_BREAK_END):
        return np
    a = k - 1
    while a > 0 and k - 1 - a < _MAX_CONJUNCT and _in_conjunct(toks[a - 1][2]):
        a -= 1
    left = toks[a : k - 1]
    if not left or not _opens_clause(masked, left[0][0]):
        return np
    if all(_is_cap(t[2]) for t in left):
        ok = _is_cap(np[0][2]) or _bare(np[0][2]) in DETERMINERS
    else:
        last = _bare(left[-1][2])
        ok = (
            len(left) <= 2
            and left[-1][2].islower()
            and last.endswith("s")
            and not last.endswith(("ss", "'s", "’s"))
            and not _is_cap(np[0][2])
        )
    return left + [toks[k - 1]] + np if ok else np


_MAX_CONJUNCT = 4


def _in_conjunct(word: str) -> bool:
    """A word that may stand in a first conjunct: a name, a title, a determiner or a plain noun, not a verb,
    a preposition or a clause word."""
    low = _bare(word)
    if word.endswith(_BREAK_END) or _closes_quote(word) or low in CLAUSE_WORDS or low in PREPOSITIONS:
        return False
    if _is_cap(word):
        return low not in _CAPS_STOP and low not in EXTRA_START
    return low not in NOT_IN_NP and low not in PRONOUNS and not looks_finite(low) and low.replace("-", "").isalpha()


def _opens_clause(masked: str, start: int) -> bool:
    """True when the word at ``start`` opens a clause: the text start, or after a sentence end, other
    punctuation, a clause word or a capitalised sentence opener ("But", "In")."""
    raw = masked[max(0, start - 40) : start]
    before = raw.rstrip()
    if not before or "\n" in raw[len(before) :] or before[-1] in ".!?;:,\n—–\"“”'":
        return True
    word = before.rsplit(None, 1)[-1]
    low = _bare(word)
    return low in CLAUSE_WORDS or _is_cap(word) and (low in _CAPS_STOP or low in EXTRA_START)


_NOT_MODIFIER = frozenset("according during following regarding concerning notwithstanding something nothing".split())


def _modified_subject(np: list[Tok], lemma: str) -> list[Tok]:
    """A subject with a participle phrase after its noun ("dockers hoping to keep their jobs say", "groups
    backing the levy said") or a place adverb ("campaign workers here said"): the phrase, else []."""
    lows = [_bare(t[2]) for t in np]
    if len(np) > 1 and lows[-1] in ("here", "there") and valid_np(np[:-1], lemma):
        return np[:-1]
    for k in range(1, len(np) - 1):
        word = np[k][2]
        if not (word.islower() and word.isalpha() and len(word) > 4 and word.endswith("ing")):
            continue
        if lows[k] in _NOT_MODIFIER or lows[k - 1] in DETERMINERS or not valid_np(np[:k], lemma):
            return []
        if lows[k - 1] in PRONOUNS or len(np[:k]) == 1 and _bare(np[0][2]) in _SUBJECT_PRONOUNS:
            return []
        rest = lows[k + 1 :]
        if any(w != "to" and (w in NOT_IN_NP or w in CLAUSE_WORDS or looks_finite(w)) for w in rest):
            return []
        if any(w in PRONOUNS for w in rest) or np[-1][2].endswith(","):
            return []
        return np
    return []


_PARTY_STATE = re.compile(r"\([A-Z][\w.]{0,3}-[A-Z][\w.]{0,14}\),")
"""A party and state set off after a name, "Gov. Jo Roe (R-OH), said": the comma closes the name, no group."""


def is_passive(masked: str, cue_start: int, cue_end: int) -> bool:
    """True when the cue with its auxiliaries is passive ("was warned", "has been asked")."""
    return any(t[2].lower() in _PASSIVE for t in tokens(masked, cue_start, cue_end))


def _closes_quote(word: str) -> bool:
    """A token that ends a (masked) quotation: a double mark, or a single one after masked text ("xx,’")."""
    if word[-1] in _QUOTE_CHARS or word.endswith("''"):
        return True
    return word[-1] in "’'" and len(word) > 1 and not word[:-1].strip("x,.!?;:")


def _strip_lead(np: list[Tok]) -> list[Tok]:
    """Drop sentence adverbs and bare time phrases before the subject ("Yesterday he said")."""
    i = 0
    while i < len(np) - 1:
        low = _bare(np[i][2])
        if low in _LEAD_ADVERBS or (
            _TIME_LEAD.match(low) and i + 1 < len(np) - 1 and _TIME_LEAD.match(_bare(np[i + 1][2]))
        ):
            i += 2 if _TIME_LEAD.match(low) and low in ("on", "last", "this", "next", "early", "late") else 1
            continue
        break
    return np[i:]


def _strip_trail(np: list[Tok]) -> list[Tok]:
    """Drop a time or an occasion between the subject and its verb ("Roe on Monday said", "the board earlier
    this week said", "a poll in June found", "leaders now say", "Roe in a radio interview said"): the
    annotation's source is the subject alone.  Only a phrase already accepted as a subject is trimmed, so
    which statements are found does not change."""
    lows = [_bare(t[2]) for t in np]
    if len(np) > 1 and lows[-1] == "now":
        return np[:-1]
    for k in (4, 3, 2):
        if len(np) > k and _time_or_occasion(lows[-k:]):
            return np[:-k]
    return np


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_TIME_NOUNS = frozenset("week month year weekend night morning afternoon evening day today tonight yesterday".split())
_TIME_LINKS = frozenset("this that last in the".split())
_OCCASIONS = frozenset(
    "interview statement post speech letter filing memo tweet video op-ed email appearance briefing call "
    "conference time".split()
)
_POSSESSORS = frozenset("a an the his her their its".split())


def _time_or_occasion(words: list[str]) -> bool:
    """ "on Monday", "on March 4", "last week", "earlier this month", "later in the day", "in June", "in 2015",
    "at the time", "in a radio interview": lowercase words as tokens, without punctuation."""
    first, last = words[0], words[-1]
    if first in ("in", "at", "during") and words[1] in _POSSESSORS:
        return last in _OCCASIONS
    if not (last in _WEEKDAYS or last in _MONTHS or last in _TIME_NOUNS or last.isdigit() and len(last) <= 4):
        return False
    if first == "on":
        return len(words) <= 3 and (words[1] in _WEEKDAYS or words[1] in _MONTHS)
    if first == "in":
        return len(words) == 2 and (last in _MONTHS or last.isdigit() and len(last) == 4)
    if first in ("last", "this", "next", "earlier", "later", "late", "early"):
        return all(w in _TIME_LINKS for w in words[1:-1]) and not last.isdigit()
    return False


def _appositive_source(masked: str, toks: list[Tok]) -> tuple[int, int] | None:
    """A subject set off by up to three comma groups before its verb.

    "Hala Agha, a resident who organised it, said", "Ann Lee, who runs a shop in Leeds, said",
    "the assailant, Jo Roe, said", "Ann Lee, 69, said": the groups belong to the source.
    "Ann Lee, in a statement, said", "Ann Lee, noting the cost, said": an adverbial group right
    before the verb does not.  A named base ends the search; a descriptive one ("the assailant")
    lets it go on to a name further left.
    """
    k = len(toks)
    src_end = toks[-1][1] - 1
    best = None
    for n in range(_MAX_GROUPS):
        p = k - 2
        while p >= 0 and not toks[p][2].endswith(",") and k - 1 - p <= MAX_GROUP_WORDS:
            p -= 1
        kind = _group_kind(toks[p + 1 : k]) if p >= 0 and k - 1 - p <= MAX_GROUP_WORDS else None
        if kind is None or kind == "adverbial" and n:
            break
        if kind == "adverbial":
            src_end = toks[p][1] - 1
        base = left_source(masked, toks[0][0], toks[p][1] - 1, "say")
        if base is not None and not _PLACE_ABBREVIATION.fullmatch(masked[base[0] : base[1]]):
            best = (base[0], src_end)
            if _is_cap(masked[base[0] : base[1]]):
                break
        k = p + 1
    if best is None or not any(_is_cap(t[2]) for t in tokens(masked, *best)):
        return None
    return with_closing_comma(masked, best)


def without_stray_marks(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "(She said …", "[Reuters] -Nate Roe wrote", "Senate filings) show", "the board - said": an opening
    bracket or dash before the source and an unmatched closing bracket or dash after it are not part of it
    ("Jo Roe — a pilot — said" keeps the dash that closes its description, as a comma group keeps its comma)."""
    start, end = span
    while start < end and text[start] in "([-—–" and not _closed_inside(text, start, end):
        start += 1
    while end > start and text[end - 1] in "-—–)]" and not _opened_inside(text, start, end):
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if start < end else span


def _closed_inside(text: str, start: int, end: int) -> bool:
    """ "(D-Ohio) Jo Roe": an opening bracket closed inside the source stays."""
    return text[start] in "([" and (")" if text[start] == "(" else "]") in text[start:end]


def _opened_inside(text: str, start: int, end: int) -> bool:
    """ "Jo Roe (D-Ohio)", "Jo Roe — a pilot —": a closing mark whose opening one is inside the source stays."""
    mark = text[end - 1]
    if mark in "-—–":
        return f" {mark} " in text[start : end - 1]
    return ("(" if mark == ")" else "[") in text[start : end - 1]


def with_closing_comma(masked: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "Ann Lee, a former adviser to the mayor, said": a source with an apposition or a relative clause
    set off by commas includes the comma that closes it (as the annotation has it), and so does one after an
    inverted cue ("…, said Ann Lee, a pollster, citing …"); a bare name before an adverbial group ("Ann Lee,
    in a statement, said") has no group to close, so no comma."""
    start, end = span
    if end < len(masked) and masked[end] == "," and "," in masked[start:end]:
        return start, end + 1
    return span


def _dashed_source(masked: str, toks: list[Tok], lemma: str) -> tuple[int, int] | None:
    """A subject with a description set off by dashes: "Jo Roe — who ran the port for a decade — said".

    The description belongs to the source, as a comma group does; the subject is what precedes it.
    """
    opening = next((i for i in range(len(toks) - 2, -1, -1) if toks[i][2] in _DASHES), None)
    if opening is None or opening == 0 or len(toks) - 2 - opening > MAX_GROUP_WORDS:
        return None
    group = toks[opening + 1 : -1]
    if _group_kind(group) not in ("relative", "apposition"):
        return None
    base = left_source(masked, toks[0][0], toks[opening][0], lemma)
    if base is None or not _is_cap(masked[base[0] : base[1]]):
        return None
    return base[0], toks[-1][1]


_DASHES = frozenset("- — –".split())
_MAX_GROUPS = 4
MAX_GROUP_WORDS = 24
"""Words in a comma group; more than 16 only for a description with a relative clause."""
_RELATIVE_INSIDE = frozenset("who that which whose".split())
_RELATIVE = frozenset("who whose whom which".split())
_ADVERBIAL = frozenset(
    "in at on during asked pressed speaking responding when after before while like for meanwhile however "
    "too though also in".split()
)
_PLACE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,3}")
_IN_APPOSITION = NOT_IN_NP - {"and", "or", "former", "then", "only", "just", "also", "even", "very", "such"}


def _group_kind(group: list[Tok]) -> str | None:
    """What a comma-set group between a subject and its verb is: relative, adverbial, apposition, or None."""
    if not group or any(c in t[2] for t in group for c in _QUOTE_CHARS):
        return None
    words = [_bare(t[2]) for t in group]
    if words[0] in _RELATIVE:
        return "relative"
    if words[0] in _ADVERBIAL or words[0].endswith("ing") and len(words) > 1 and _opens_object(words[1]):
        return "adverbial"
    if "to" in words[2:] and not _starts_like_verb(group[0][2]):
        # "a close adviser to the senator", "counsel for one of the groups to sue": "to" links a noun
        words = [w for w in words if w != "to"]
    rel = next((i for i, w in enumerate(words) if i > 1 and w in _RELATIVE_INSIDE), None)
    if rel is not None:  # "a consultant who had tried to …", "president of a union which …": the clause is the noun's
        words = words[:rel]
    elif len(words) > MAX_GROUP_WORDS:
        return None
    if any(w in _IN_APPOSITION for w in words) or group[-1][2].endswith(("'s,", "’s,")):
        return None
    return "apposition"


def _starts_like_verb(word: str) -> bool:
    """ "uses big data to …": a group opening with a verb is a clause of its own, not a description."""
    low = _bare(word)
    if not word.islower() or low in DETERMINERS or low in ANONYMOUS_HEADS or low in TITLES:
        return False
    return looks_finite(low) or low.endswith("s") and not low.endswith(("ss", "'s", "’s"))


def _opens_object(word: str) -> bool:
    return word in DETERMINERS or word in PREPOSITIONS or word == "that"


def valid_np(np: list[Tok], lemma: str) -> bool:
    """True when the tokens read as a subject noun phrase (see the module docstring)."""
    words = [t[2] for t in np]
    if len(words) > MAX_NP_WORDS or _has_quote_mark(" ".join(words)):
        return False
    lows = [_bare(w) for w in words]
    if len(words) == 1:
        low = lows[0]
        if low == "it":
            return lemma in _IT_SAYS
        if low in PRONOUNS or low in QUANTIFIER_SOURCES or low.endswith("%") and _QUANTITY.fullmatch(low):
            return True
        if _is_cap(words[0]):
            return (
                low not in _CAPS_STOP
                and low not in NOT_IN_NP
                and low not in DETERMINERS
                and words[0][:1].isalpha()
                and not words[0].endswith(("'s", "’s"))
            )
        return (
            low in ANONYMOUS_HEADS
            or low in ORG_HEADS
            and (low.endswith("s") or low == "police")
            or words[0].islower()
            and _is_agent_plural(low)
            or lemma in ("show", "find")
            and low in DOCUMENT_HEADS
            or quantity_phrase(lows)
        )
    if quantity_phrase(lows) or _postmodified(np, lows, lemma):
        return True
    for i, low in enumerate(lows):
        if low == "and" and 0 < i < len(words) - 1 and _is_cap(words[i - 1]) and _is_cap(words[i + 1]):
            continue
        if i + 1 < len(words) and _is_cap(words[i]) and _is_cap(words[i + 1]) and low.isalpha():
            continue  # a first name that is also a word: "Will Doyle", "May Ruiz"
        if low in NOT_IN_NP or low in PRONOUNS and low != "it" or words[i].endswith((";", ":")):
            return False
        if i < len(words) - 1 and words[i].endswith(",") and not _is_cap(words[i + 1]):
            return False
    if lows[-1] in DETERMINERS or lows[-1] in PREPOSITIONS or words[-1].endswith(("'s", "’s", "s'", "s’")):
        return False
    if lows[0] in DETERMINERS or _is_cap(words[0]) and lows[0] not in _CAPS_STOP or _premodified_name(words):
        return True
    if _QUANTITY.fullmatch(lows[0]):  # "40 percent of dockers", "half of them"
        return True
    head = head_word(words)
    return len(words) <= _MAX_GROUP_NP and (head in ANONYMOUS_HEADS or head in ORG_HEADS or _is_agent_plural(head))


def _has_quote_mark(phrase: str) -> bool:
    """True when a double quotation mark (or '') is in ``phrase``, tested once on the whole phrase, not per word."""
    return any(ch in phrase for ch in _QUOTE_CHARS) or "''" in phrase


def _postmodified(np: list[Tok], lows: list[str], lemma: str) -> bool:
    """ "an aide to the mayor", "a source close to him", "people familiar with the talks": a person word
    with "to"/"with" after it (after "close", "familiar" … when there is one) is a source; "to" and a
    pronoun object would otherwise mark a clause."""
    k = next((i for i in range(1, len(lows) - 1) if lows[i] in ("to", "with")), None)
    if k is None or len(lows) - k - 1 > _MAX_POSTMODIFIER:
        return False
    head_end = k - 1 if lows[k - 1] in _NEAR_WORDS else k
    if head_end == 0 or lows[head_end - 1] not in ANONYMOUS_HEADS and lows[head_end - 1] not in _RELATIONAL:
        return False
    tail = lows[k + 1 :]
    if any(w in NOT_IN_NP or w in PRONOUNS and w not in _OBJECT_PRONOUNS for w in tail):
        return False
    return valid_np(np[:head_end], lemma)


_NEAR_WORDS = frozenset("close closer near familiar loyal allied".split())
_RELATIONAL = frozenset(
    "spokesman spokeswoman spokesperson counsel assistant assistants confidant confidants lawyer lawyers attorney "
    "attorneys consultant consultants envoy ambassador deputy deputies strategist strategists".split()
)
"""Person words that name someone by whom they serve ("a spokeswoman for"-style heads that take "to")."""
_OBJECT_PRONOUNS = frozenset("him her them us".split())
_MAX_POSTMODIFIER = 5
_MAX_GROUP_NP = 8
_IT_SAYS = frozenset(
    "say report announce state write add note warn claim read recommend conclude continue explain argue show find "
    "suggest accuse describe estimate predict".split()
)
"""Verbs whose subject "it" is a document or an organisation speaking ("it read", "it recommended")."""
_AGENT_PLURAL = re.compile(r"(?:ist|er|or|ant|ent|ian|ive|ee)s$")


def _is_agent_plural(word: str) -> bool:
    """ "specialists", "organizers", "residents": plural nouns for groups of people."""
    return bool(_AGENT_PLURAL.search(word))


ABBREVIATED = re.compile(r"(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|Hon|Capt|Adm|Amb)\.")
"""Initials and titles whose full stop does not end the phrase after an inverted cue."""


_AGED = re.compile(r"\d{1,3}-(?:year|month)-old")
"""An age before a name: "17-year-old Jo Roe"."""


def is_premodifier(low: str) -> bool:
    """A lowercase word that may stand before a name ("former", "chief executive", "activist"), not a verb."""
    return (
        (low.replace("-", "").isalpha() or _AGED.fullmatch(low) is not None)
        and low not in NOT_IN_NP
        and low not in PREPOSITIONS
        and low not in CLAUSE_WORDS
        and low not in DETERMINERS
        and low not in ("like", "including")
        and not low.endswith(("ed", "ing"))
    )


def _premodified_name(words: list[str]) -> bool:
    """ "chief executive Ana Ruiz", "activist Ana Ruiz", "super PAC spokeswoman Ana Ruiz", "former secretary of
    state Ana Ruiz": up to three lowercase role words (and name links), before or among capitalised ones,
    ending with a capitalised word."""
    if _is_cap(words[0]) or not _is_cap(words[-1]):
        return False
    lower = 0
    for i, word in enumerate(words):
        if _is_cap(word):
            continue
        low = _bare(word)
        lower += 1
        if lower > _MAX_LOWER_BEFORE_NAME + 1:
            return False
        if low in NAME_LINKS and i > 0:
            continue
        if not is_premodifier(low) and low not in _ED_PREMODIFIERS and not _ORDINAL.fullmatch(low):
            return False
    return True


def right_source(masked: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Subject after an inverted cue ('said Ms. Lee, a spokeswoman'): (start, end, end of its phrase).

    Lowercase words may stand before or between the capitalised words of a name when a
    capitalised word follows them ("said Republican strategist Jo Roe", "said former
    secretary of state Ana Ruiz", "said Pierre de Vos")."""
    toks = tokens(masked, start, min(end, start + _RIGHT_SOURCE_CHARS))
    np: list[Tok] = []
    for i, t in enumerate(toks):
        low = _bare(t[2])
        if not np and low in PRONOUNS - {"who", "it", "you"}:
            np.append(t)
            break
        if (
            _is_cap(t[2])
            or low in DETERMINERS
            or (
                np
                and (_bare(np[0][2]) in DETERMINERS or _POSSESSIVE_S.search(np[0][2]) is not None)
                and _POSSESSIVE_S.sub("", low).replace("-", "").isalnum()
                and low not in NOT_IN_NP
                and low not in CLAUSE_WORDS
                and low not in ("in", "on", "at")
            )
            or len(np) < 3
            and all(not _is_cap(w[2]) for w in np)
            and is_premodifier(low)
            or (not np or _bare(np[0][2]) not in DETERMINERS)
            and _leads_to_name(toks, i, np)
            or np
            and _is_cap(np[-1][2])
            and low in _MEDIA_HEADS
        ):
            np.append(t)
            if t[2].endswith((",", ".", ";", ":")) and not ABBREVIATED.fullmatch(t[2]):
                break
            if len(np) > (_MAX_ROLE_WORDS if _opens_with_role(np) else 8):
                cut = _cut_long_description(np)
                if cut is None:
                    return None
                np = cut
                break
            continue
        break
    np = _whole_of_phrase(np, toks)
    if not np or not valid_np(np, "say"):
        return None
    last = np[-1]
    stop = last[1] - (1 if last[2][-1] in ",.;:" and not re.fullmatch(r"[A-Z]\.|Jr\.|Sr\.", last[2]) else 0)
    return np[0][0], stop, last[1]


def _whole_of_phrase(np: list[Tok], toks: list[Tok]) -> list[Tok]:
    """ "said Jo Roe of Ohio" keeps its place (as annotated), but "said Jo Roe of the New York delegation"
    breaks off inside one: the source is then the name before "of"."""
    if not np or len(np) >= len(toks) or np[-1][2].endswith((",", ".", ";", ":")):
        return np
    nxt = _bare(toks[len(np)][2])
    if not (nxt.isalpha() and toks[len(np)][2][:1].islower()):
        return np
    for k in range(len(np) - 1, 0, -1):
        if np[k][2] == "of" and _is_cap(np[k - 1][2]) and _bare(np[k - 1][2]) not in TITLES:
            return np[:k]
    return np


_MAX_ROLE_WORDS = 12


def _opens_with_role(np: list[Tok]) -> bool:
    """ "Professor of Economics at the University of Fenbury Jo Roe": a capitalised role with its complement
    and a name reads up to ``_MAX_ROLE_WORDS`` words."""
    return _is_cap(np[0][2]) and _bare(np[0][2]) in TITLES and _bare(np[0][2]) not in DETERMINERS


_MEDIA_HEADS = frozenset("magazine newspaper radio television network website blog daily weekly".split())
"""A lowercase noun after a capitalised name that ends an outlet's name: "wrote Time magazine"."""
_RIGHT_SOURCE_CHARS = 300
"""An inverted source is read from at most this many characters (it has at most nine words)."""


def _cut_long_description(np: list[Tok]) -> list[Tok] | None:
    """ "a German user from Hanover going by the handle …": a long determiner phrase ends before its first
    preposition or participle after the head; None when it has neither."""
    for i in range(2, len(np)):
        low = _bare(np[i][2])
        if low in PREPOSITIONS or low.endswith("ing") and low.isalpha():
            return np[:i]
    return None


NAME_LINKS = frozenset("of de van von der den bin al da di del della la le du dos".split())
"""Lowercase words inside a name or a title ("Pierre de Vos", "secretary of state Ana Ruiz")."""
_MAX_LOWER_BEFORE_NAME = 4
_ED_PREMODIFIERS = frozenset(
    "retired embattled disgraced acclaimed renowned indicted jailed exiled unnamed undecided".split()
)
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
"""Participles that often stand before a name as a description ("retired Gen. Ana Ruiz"); other -ed words
before a name are verbs ("the memo that angered Ana Ruiz")."""


def _leads_to_name(toks: list[Tok], i: int, np: list[Tok]) -> bool:
    """True when ``toks[i]`` opens (or continues) a run of up to three lowercase role words or name links
    that ends at a capitalised word: "strategist" in "Republican strategist Jo Roe".  A link ("of", "de")
    must follow a word of the phrase, and "of" only a role word ("secretary of state", not "Roe of Ohio")."""
    for j in range(i, min(len(toks), i + _MAX_LOWER_BEFORE_NAME + 1)):
        word = toks[j][2]
        if _is_cap(word):
            return j > i
        low = _bare(word)
        if word.endswith((",", ".", ";", ":")) or not low.replace("-", "").isalnum():
            return False
        prev = toks[j - 1][2] if j > i else (np[-1][2] if np else "")
        if low in NAME_LINKS:
            if not prev or low == "of" and j + 1 < len(toks) and _names_a_person(toks[j + 1][2]):
                return False  # "said Quint of Mr. Varga": "of" a person is what was said about him
        elif _links_a_role_complement(low, prev, np):
            continue
        elif not is_premodifier(low) and low not in _ED_PREMODIFIERS and not _ORDINAL.fullmatch(low):
            return False
    return False


_COMPLEMENT_LINKS = frozenset("of at for".split())


def _role_or_institution(word: str, np: list[Tok]) -> bool:
    """ "Minister of", and inside a role's complement "University of", "Chamber of" ("President of the
    Corport Chamber of Commerce Jo Roe"), but not a name ("Jo Roe of Ohio", "Senator Jo Roe of Ohio")."""
    if _bare(word) in TITLES:
        return True
    return bool(np) and _opens_with_role(np) and any(_bare(t[2]) in _COMPLEMENT_LINKS for t in np)


def _names_a_person(word: str) -> bool:
    """ "Mr.", "Sen.", "President": a word that opens a person's name, so "of" before it is "about"."""
    low = word.lower()
    return low in _PERSON_TITLES or low.endswith(".") and low in TITLES


_PERSON_TITLES = frozenset("mr mrs ms dr president senator governor representative mayor".split())


def _links_a_role_complement(low: str, prev: str, np: list[Tok]) -> bool:
    """ "Leader of the Opposition Jo Roe", "Professor of Economics at the University of Fenbury Jo Roe": an
    article after a link, or "at"/"for" after a role's capitalised complement, goes on to the name."""
    if low == "the":
        return prev in _COMPLEMENT_LINKS
    return low in ("at", "for") and _is_cap(prev) and any(_bare(t[2]) in TITLES for t in np)


def head_word(words: list[str]) -> str:
    """The head noun of a phrase: the word before its first preposition, else its last word."""
    lows = [_bare(w) for w in words]
    for i, low in enumerate(lows):
        if low in _AFTER_HEAD and i > 0:
            return lows[i - 1]
    return lows[-1] if lows else ""


_AFTER_HEAD = frozenset("of for at with from in on by out conducted released published taken".split())
"""Words that follow the head of a phrase ("a poll by the college", "a survey out Monday", "the poll taken …")."""


def sentence_subject(masked: str, start: int, limit: int) -> tuple[int, int] | None:
    """The subject opening a sentence ("She declared …", "His chief aide doubled down …"), or None.

    Introductory phrases set off by a comma ("On Thursday, after the vote, …") are skipped;
    the subject is a pronoun, or the words before the first verb-looking word (an
    auxiliary, an -ed or common irregular past, an -ly adverb) when they read as a noun phrase.
    """
    toks = _skip_lead_phrases(_strip_lead(tokens(masked, start, min(limit, start + 600))))
    if len(toks) < 2:
        return None
    if _bare(toks[0][2]) in _SUBJECT_PRONOUNS:
        return toks[0][0], toks[0][1]
    n = 0
    while n < len(toks) and n < MAX_NP_WORDS and not looks_finite(toks[n][2]):
        if toks[n][2].endswith(_BREAK_END):
            return _set_off_subject(masked, toks, n)
        n += 1
    if n == 0 or n >= len(toks) or not valid_np(toks[:n], "say"):
        return None
    np = _strip_trail(toks[:n])  # "Roe on Thursday ratcheted up …"
    return np[0][0], np[-1][1]


_SET_OFF_WORDS = 40


def _set_off_subject(masked: str, toks: list[Tok], n: int) -> tuple[int, int] | None:
    """A sentence subject followed by comma groups ("Ann Vos, a former chairman, became …", "Dockers, angry at
    the board, walked out …"): the first verb after a comma, when the phrase before it reads as a subject
    from the sentence's start."""
    for k in range(n + 1, min(len(toks), _SET_OFF_WORDS)):
        if looks_finite(toks[k][2]) and toks[k - 1][2].endswith(","):
            if toks[k][2] in CLAUSE_WORDS or _is_adverb(toks[k][2]):
                return None
            src = left_source(masked, toks[0][0], toks[k][0], "say")
            return src if src is not None and src[0] == toks[0][0] else None
    return None


def coordinated_subject(masked: str, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """ "Roe waited an hour and said …": a cue after "and"/"but" shares the sentence's subject."""
    if not _COORDINATED.search(masked, max(sentence_start, cue_start - 6), cue_start):
        return None
    return sentence_subject(masked, sentence_start, cue_start)


_COORDINATED = re.compile(r"(?:^|[\s,])(?:and|but)\s+$")
_QUANTITY = re.compile(r"\d[\d,.]*%?|half|nearly|almost|about|roughly|just|only")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_QUANTITY_LEAD = frozenset("only nearly almost about roughly just some over around fully barely".split())
_COMPARATIVE = frozenset("more fewer less".split())
_FRACTION = re.compile(
    r"(?:a|one|two|three|four)[- ](?:third|quarter|fourth|fifth)s?"
    r"|(?:two|three|four)-(?:thirds|quarters|fourths|fifths)"
)


def quantity_phrase(lows: list[str]) -> bool:
    """ "one in five", "only 24 percent", "more than six in 10 voters", "two-thirds of Republicans", "a majority of
    voters": a share of people, which speaks for them in polls.  What follows the share is a plain noun phrase."""
    i = 0
    if i < len(lows) and lows[i] in _QUANTITY_LEAD:
        i += 1
    if i + 1 < len(lows) and lows[i] in _COMPARATIVE and lows[i + 1] == "than" or lows[i : i + 2] == ["at", "least"]:
        i += 2
    qualified = i > 0
    if i >= len(lows):
        return False
    core = lows[i]
    if _FRACTION.fullmatch(" ".join(lows[i : i + 2])):
        i += 2
    elif _FRACTION.fullmatch(core) or core in ("half", "majorities"):
        i += 1
    elif core in ("a", "the") and i + 1 < len(lows) and lows[i + 1] in ("majority", "plurality", "third", "quarter"):
        i += 2
    elif core[:1].isdigit() or core in _NUMBER_WORDS:
        i += 1
        if i + 1 < len(lows) and lows[i] == "in" and (lows[i + 1][:1].isdigit() or lows[i + 1] in _NUMBER_WORDS):
            i += 2
        elif i < len(lows) and lows[i] in ("percent", "per"):
            i += 2 if lows[i] == "per" else 1
        elif not core.endswith("%") and not (qualified and core[:1].isdigit() and i == len(lows)):
            return False  # "at least 2,000 said": a qualified number alone is a count of people
    else:
        return False
    if i >= len(lows):
        return True
    rest = lows[i:]
    if rest[0] in ("of", "among") and len(rest) > 1:
        rest = rest[1:]
    return len(rest) <= _MAX_GROUP_NP and not any(w in NOT_IN_NP or w in CLAUSE_WORDS or w in PRONOUNS for w in rest)


def _skip_lead_phrases(toks: list[Tok]) -> list[Tok]:
    """Drop up to two comma-ended phrases opening with a preposition or time word ("In Ohio, …")."""
    for _ in range(2):
        if not toks or _bare(toks[0][2]) not in EXTRA_START and _bare(toks[0][2]) not in PREPOSITIONS:
            break
        comma = next((i for i, t in enumerate(toks[:16]) if t[2].endswith(",")), None)
        if comma is None:
            break
        toks = toks[comma + 1 :]
    return toks


def looks_finite(word: str) -> bool:
    """A lowercase word that is probably the verb after a subject."""
    if not word.islower() or not word.isalpha():
        return False
    return (
        word in NOT_IN_NP
        or word in CUE_PREFIX
        or word in IRREGULAR_PAST
        or len(word) > 4
        and word.endswith("ed")
        or _is_adverb(word)
    )


IRREGULAR_PAST = frozenset(
    "put brought began came saw found held kept left met ran sent set spent stood won took made went gave got "
    "led paid felt knew thought told said wrote sought became fell hit cut let read spoke broke chose drew "
    "drove ate forgot heard hid lost meant rose sat shook sold struck swore taught threw understood".split()
)
