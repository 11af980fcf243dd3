"""Stance phrases: a head word ending in a preposition, whose object is what somebody said, thinks or backs.

* verbs: ``Roe joked about the ferry``, ``the union would vote for Lee``, ``Roe apologized for the delay``,
  with particles (``doubled down on``), as infinitives (``will have to vote for``), participles
  (``…," said Roe, referring to …``, ``a clip of Roe talking about …``) and gerunds (``by joking about``);
* adjectives after a copula: ``Roe is worried about the levy``, ``they’re wary of``, ``has become critical of``;
* nouns after a light verb or, for people, after "be": ``made no mention of``, ``has a dim view of``,
  ``is a longtime critic of``.

The cue runs from the auxiliaries before the head through the preposition ("has long been critical of"); the
content is the preposition's object, up to the next comma or clause break; the source is the subject.  A
phrase whose subject does not read as a person, a group or an organisation is left alone ("the meeting will
touch on …"), and so is one inside another statement (its content, or the description of its speaker), or
right after a speech verb ("said he would vote for …": the outer statement carries it).  Run after the cue
rules, only where no statement of the sentence already covers the head word.
"""

from __future__ import annotations

from .base import Context, Found, Span, has_words, trim_content
from .cues import CUE_PREFIX, _forms, lemma_of
from .lexicon import ANONYMOUS_HEADS, DETERMINERS, EXTRA_START, NOT_IN_NP, ORG_HEADS
from .reported import content_end, has_double_quote
from .sources import (
    PREPOSITIONS,
    Tok,
    _is_adverb,
    cue_prefix_start,
    head_word,
    left_source,
    quantity_phrase,
    sentence_subject,
    tokens,
)

VERB_PREPS: dict[str, tuple[str, ...]] = {
    "talk": ("about",),
    "speak": ("about", "of"),
    "write": ("about",),
    "joke": ("about",),
    "brag": ("about",),
    "boast": ("about",),
    "complain": ("about",),
    "worry": ("about",),
    "fret": ("about",),
    "rave": ("about",),
    "gush": ("about",),
    "rant": ("about",),
    "muse": ("about",),
    "speculate": ("about",),
    "testify": ("about",),
    "comment": ("on",),
    "touch": ("on",),
    "reflect": ("on",),
    "insist": ("on",),
    "vote": ("for", "against"),
    "campaign": ("for", "against"),
    "advocate": ("for",),
    "argue": ("for", "against"),
    "lobby": ("for", "against"),
    "apologize": ("for",),
    "apologise": ("for",),
    "refer": ("to",),
    "point": ("to",),
    "call": ("for", "on"),
    "push": ("for",),
    "press": ("for",),
    "object": ("to",),
    "agree": ("with",),
    "disagree": ("with", "on", "about"),
    "side": ("with",),
    "believe": ("in",),
    "hint": ("at",),
    "balk": ("at",),
    "scoff": ("at",),
    "warn": ("of", "about", "against"),
    "caution": ("against", "about"),
    "vouch": ("for",),
    "allude": ("to",),
    "marvel": ("at",),
    "spar": ("over", "with", "about"),
    "acquiesce": ("to",),
    "empathize": ("with",),
    "sympathize": ("with",),
    "identify": ("with",),
    "quibble": ("with", "over", "about"),
    "bicker": ("over", "about"),
    "squabble": ("over", "about"),
    "opine": ("on", "about"),
    "care": ("about",),
    "yearn": ("for",),
    "cheer": ("for",),
}
"""Verbs of speech and stance with the prepositions that open their content ("joked about the ferry")."""

ADJ_PREPS: dict[str, tuple[str, ...]] = {
    "worried": ("about",),
    "concerned": ("about", "with"),
    "anxious": ("about",),
    "nervous": ("about",),
    "upbeat": ("about",),
    "excited": ("about",),
    "enthusiastic": ("about",),
    "clear": ("about",),
    "vocal": ("about",),
    "candid": ("about",),
    "unsure": ("about",),
    "angry": ("about", "at", "with"),
    "upset": ("about", "with"),
    "optimistic": ("about",),
    "pessimistic": ("about",),
    "skeptical": ("about", "of"),
    "sceptical": ("about", "of"),
    "critical": ("of",),
    "supportive": ("of",),
    "wary": ("of",),
    "proud": ("of",),
    "fond": ("of",),
    "enamored": ("of",),
    "tired": ("of",),
    "sick": ("of",),
    "weary": ("of",),
    "scornful": ("of",),
    "dismissive": ("of",),
    "suspicious": ("of",),
    "confident": ("in", "about"),
    "comfortable": ("with",),
    "satisfied": ("with",),
    "unhappy": ("with", "about"),
    "frustrated": ("with", "by"),
    "opposed": ("to",),
    "open": ("to",),
    "hopeful": ("about",),
    "thrilled": ("with", "about", "by"),
    "pleased": ("with", "by"),
    "delighted": ("with", "by"),
    "disappointed": ("in", "with", "by"),
    "impressed": ("by", "with"),
    "troubled": ("by",),
    "bothered": ("by",),
    "alarmed": ("by", "at"),
    "dismayed": ("by", "at"),
    "encouraged": ("by",),
    "heartened": ("by",),
    "offended": ("by",),
    "outraged": ("by", "at", "over"),
    "surprised": ("by", "at"),
    "furious": ("about", "at", "with", "over"),
    "ambivalent": ("about",),
    "lukewarm": ("about", "on"),
    "mum": ("on", "about"),
    "silent": ("on", "about"),
    "noncommittal": ("on", "about"),
    "outspoken": ("on", "about"),
    "adamant": ("about",),
    "divided": ("on", "over"),
    "split": ("on", "over"),
    "unified": ("on", "behind"),
    "united": ("on", "behind"),
    "sympathetic": ("to",),
    "hostile": ("to",),
    "receptive": ("to",),
    "cool": ("to",),
    "happy": ("about", "with"),
    "grateful": ("for", "to"),
    "sorry": ("for", "about"),
    "cautious": ("about",),
    "bullish": ("on", "about"),
    "hungry": ("for",),
    "aligned": ("with",),
    "devoted": ("to",),
    "intent": ("on",),
    "bent": ("on",),
    "sure": ("about",),
    "shy": ("about",),
    "upfront": ("about",),
    "public": ("about",),
    "appreciative": ("of",),
    "uncomfortable": ("with", "about"),
    "horrified": ("by", "at"),
    "angered": ("by",),
    "aware": ("of",),
}
"""Adjectives of a stance after a form of "be" ("is wary of the deal", "were angry about the vote")."""


def _verb_forms(lemma: str) -> list[str]:
    """The inflections of ``lemma``, with the doubled final consonant of short verbs ("bragged", "fretting")."""
    forms = _forms(lemma)
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return forms


NOUN_PREPS: dict[str, tuple[str, ...]] = {
    **{n: ("of",) for n in "supporter supporters critic critics opponent opponents proponent proponents".split()},
    **{n: ("of",) for n in "defender defenders champion champions fan fans backer backers skeptic skeptics".split()},
    "advocate": ("for", "of"),
    "advocates": ("for", "of"),
    "view": ("of", "on", "about"),
    "views": ("of", "on", "about"),
    "opinion": ("of", "on", "about"),
    "opinions": ("of", "on", "about"),
    "impression": ("of",),
    "mention": ("of",),
    "secret": ("of",),
    "swipe": ("at",),
    "swipes": ("at",),
    "fun": ("of", "at"),
    "praise": ("for", "on"),
    "comment": ("on", "about"),
    "comments": ("on", "about"),
    "note": ("about", "on"),
    "doubts": ("about",),
    "reservations": ("about",),
}
"""Nouns of a stance taken by the subject of a light verb ("has a dim view of", "made no mention of", "took a
swipe at") or of "be" ("is a longtime critic of", "is no fan of"), with the prepositions that open it."""
OPEN_NOUNS: dict[str, tuple[str, ...]] = {
    "questions": ("about",),
    "concerns": ("about",),
    "doubts": ("about",),
    "accusations": ("of",),
    "allegations": ("of",),
}
"""Nouns that report what somebody said or thinks even when nobody is named ("amid questions about the
levy", "allegations of fraud"): half of them are annotated so, most of those without a source."""
_POSSESSIVES = frozenset("his her their its our my your whose".split())
_LIGHT_VERBS = frozenset(
    "has have had having make makes made making take takes took taking poke pokes poked poking offer offers "
    "offered offering sounded sounds struck strikes voiced expressed avoid avoids avoided avoiding heap heaps heaped "
    "heaping lavish lavishes lavished lavishing".split()
)
_AGENT_NOUNS = frozenset(
    "supporter supporters critic critics opponent opponents proponent proponents defender defenders champion "
    "champions fan fans backer backers skeptic skeptics advocate advocates".split()
)
_NOUN_LEAD = frozenset("a an the no his her their its our my some any little great among".split())
_MAX_MODIFIERS = 3


_VERB_FORMS: dict[str, tuple[str, ...]] = {f: preps for lemma, preps in VERB_PREPS.items() for f in _verb_forms(lemma)}
_VERB_FORMS.update({"spoke": ("about", "of"), "spoken": ("about", "of"), "written": ("about",)})
"""Irregular forms the regular inflection misses."""
_NOUN_FORMS = frozenset(
    "call calls point points push pushes press focus focuses campaign campaigns vote votes comment comments advocate "
    "advocates talk talks object objects side sides rant rants lobby lobbies worry worries warns reflects "
    "speculates".split()
)
"""Forms that are as often nouns ("his focus on", "a campaign for"): a verb only after an auxiliary or a pronoun."""
_PRONOUNS = frozenset("he she they we i you who".split())
_AFTER_HEAD = frozenset("of for at with from in on by who which that".split())
_BE = frozenset(
    "is are was were be been being am remain remains remained 's ’s 're ’re 'm ’m "
    "isn't isn’t aren't aren’t wasn't wasn’t weren't weren’t".split()
)
_COPULAS = _BE | frozenset(
    "become becomes became grown grew growing getting seem seems seemed appear appears appeared".split()
)
"""Verbs before a stance adjective ("has become wary of", "seemed upbeat about")."""
_CONTRACTED = ("'s", "’s", "'re", "’re", "'m", "’m")
_ADJ_ADVERBS = frozenset("not also very so quite still more less most increasingly deeply highly n't never too".split())
PARTICLE_VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    "open": ("up", ("about",)),
    "double": ("down", ("on",)),
    "fire": ("back", ("at",)),
    "hit": ("back", ("at",)),
    "shoot": ("back", ("at",)),
    "hold": ("forth", ("on", "about")),
    "zero": ("in", ("on",)),
    "weigh": ("in", ("on",)),
    "come": ("out", ("against",)),
}
"""Verbs that take a stance only with their particle ("opened up about", "doubled down on", "fired back at")."""
_PARTICLE_FORMS = {
    f: particle_preps
    for lemma, particle_preps in PARTICLE_VERBS.items()
    for f in _verb_forms(lemma) + {"hold": ["held"], "shoot": ["shot"], "come": ["came"], "hit": ["hit"]}.get(lemma, [])
}
_IN_FAVOR = frozenset(["favor", "favour", "support"])
_BETWEEN = frozenset("out up again publicly openly repeatedly frequently often briefly extensively directly".split())
"""Words allowed between the head and its preposition ("spoke out about", "wrote extensively about")."""
_STOPS = (",", ";", ":", "(", " — ", " – ", " -- ")
_CLAUSE_BREAKS = (
    " because ",
    " but ",
    " while ",
    " although ",
    " though ",
    " since ",
    " saying ",
    " and said ",
    " and says ",
    " and added ",
)
MAX_PHRASES = 4
_HEADS = (
    frozenset(_VERB_FORMS)
    | frozenset(ADJ_PREPS)
    | frozenset(NOUN_PREPS)
    | frozenset(_PARTICLE_FORMS)
    | frozenset(OPEN_NOUNS)
)
_AFTER_HEADS = (
    frozenset(p for table in (VERB_PREPS, ADJ_PREPS, NOUN_PREPS) for preps in table.values() for p in preps)
    | frozenset(particle for particle, _ in PARTICLE_VERBS.values())
    | _BETWEEN
    | {"in"}
)
"""Words that may follow a head word: its prepositions, particles and the adverbs allowed in between."""


def stance_phrases(ctx: Context, start: int, end: int, found: list[Found]) -> list[Found]:
    """The stance phrases of the sentence ``masked[start:end]`` not covered by ``found`` (see the module doc)."""
    out: list[Found] = []
    words = ctx.masked[start:end].lower().split()
    if _HEADS.isdisjoint(words) or not any(
        w in _HEADS and n in _AFTER_HEADS for w, n in zip(words, words[1:], strict=False)
    ):
        return out  # most sentences have no head word before a preposition: skip the token scan
    toks = tokens(ctx.masked, start, end)
    for i, tok in enumerate(toks):
        if len(out) >= MAX_PHRASES:
            break
        low = tok[2].lower()
        if low not in _HEADS:
            continue
        preps = ADJ_PREPS.get(low, ()) + _VERB_FORMS.get(low, ()) + NOUN_PREPS.get(low, ()) + OPEN_NOUNS.get(low, ())
        prep = _preposition(toks, i, preps)
        if prep is None and low in _PARTICLE_FORMS:
            prep = _particle_preposition(toks, i, *_PARTICLE_FORMS[low])
        if prep is None or _covered(found + out, tok[0]) and not _side_remark(found, toks, i):
            continue
        if low in OPEN_NOUNS:
            f = _open_noun(ctx, toks, i, prep, end)
            if f is not None:
                out.append(f)
            continue
        if low in NOUN_PREPS:
            head = _noun_head(ctx, start, toks, i)
            if head is None or _reported(ctx.masked, start, head[0]):
                continue
            span = _object(ctx, prep[1], end)
            if span is not None:
                out.append(Found(head[0], (head[1], prep[1]), [span], "stance", (head[0][0], prep[1]), "stance"))
            continue
        head = _adjective_head(ctx, start, toks, i) if low in ADJ_PREPS else None
        verb = low in _VERB_FORMS or low in _PARTICLE_FORMS
        if head is None and verb:
            head = _verb_head(ctx, start, toks, i)
        if head is not None and _reported(ctx.masked, start, head[0]):
            continue
        if head is None and verb:
            head = _nonfinite_head(ctx, start, toks, i, found + out)
        if head is None:
            continue
        src, cue_start = head
        span = _object(ctx, prep[1], end)
        if span is None:
            continue
        cue = (cue_start, prep[1])
        out.append(Found(src, cue, [span], "stance", (src[0], cue[1]), "stance"))
    return out


def _open_noun(ctx: Context, toks: list[Tok], i: int, prep: Tok, end: int) -> Found | None:
    """ "amid new questions about the levy": a statement without a source, the noun and preposition its cue.
    A possessed noun ("Roe's doubts about") is a position of the possessor, read by another rule."""
    before = toks[i - 1][2].lower() if i else ""
    if before in _POSSESSIVES or before.endswith(("'s", "’s", "s'", "s’")):
        return None
    span = _object(ctx, prep[1], end)
    if span is None:
        return None
    return Found(None, (toks[i][0], prep[1]), [span], "stance", (toks[i][0], prep[1]), "open-noun")


def _preposition(toks: list[Tok], i: int, preps: tuple[str, ...]) -> Tok | None:
    """The preposition right after the head (or after one adverb like "out"), when it is one of ``preps``."""
    for k in (i + 1, i + 2):
        if k >= len(toks) or toks[k - 1][2].endswith((",", ";", ":")):
            return None
        word = toks[k][2]
        if word in preps:
            return toks[k]
        if word == "in" and "for" in preps and k + 2 < len(toks) and toks[k + 2][2] == "of":
            return toks[k + 2] if toks[k + 1][2] in _IN_FAVOR else None  # "voted in favor of" is "voted for"
        if word.lower() not in _BETWEEN:
            return None
    return None


def _particle_preposition(toks: list[Tok], i: int, particle: str, preps: tuple[str, ...]) -> Tok | None:
    """The preposition after the verb's own particle ("doubled down on"), when it is one of ``preps``."""
    if i + 2 >= len(toks) or toks[i + 1][2].lower() != particle or toks[i][2].endswith(","):
        return None
    return toks[i + 2] if toks[i + 2][2] in preps else None


def _covered(found: list[Found], pos: int) -> bool:
    """True when a statement already has ``pos`` in its attribution clause or content: "…," said Roe, who
    voted for the levy' describes the speaker rather than reporting a second statement."""
    return any(_in_clause(f, pos) or any(s <= pos < e for s, e in f.content) for f in found)


def _side_remark(found: list[Found], toks: list[Tok], i: int) -> bool:
    """'"…," said Roe, referring to the levy': a participle of reference set off after a statement's source is
    a second statement by that source, though it sits in the first one's attribution clause."""
    word = toks[i][2]
    if word not in _REFERRING or not i or not toks[i - 1][2].endswith(","):
        return False
    return any(f.source is not None and f.source[1] <= toks[i][0] < f.clause[1] for f in found) and not any(
        s <= toks[i][0] < e for f in found for s, e in f.content
    )


_REFERRING = frozenset("referring alluding pointing".split())


def _in_clause(f: Found, pos: int) -> bool:
    """True when ``pos`` is in the attribution clause of ``f``, except inside a source before its cue: a source
    that reaches back over a whole clause ("Roe made no mention of Lee, who quit") leaves that clause's
    stance alone, while a speaker described after the cue ('…," said Roe, who voted for …') does not."""
    if not f.clause[0] <= pos < f.clause[1]:
        return False
    return f.source is None or f.source[1] > f.cue[0] or not f.source[0] <= pos < f.source[1]


def _verb_head(ctx: Context, start: int, toks: list[Tok], i: int) -> tuple[Span, int] | None:
    """A finite verb after its subject ("Roe has joked about"): the source and where the cue starts."""
    word = toks[i][2]
    k = i
    while k and _is_adverb(toks[k - 1][2]):
        k -= 1
    before = toks[k - 1][2].lower() if k else ""
    if word.endswith("ing") and word.islower() and k and _contracted_subject(toks[k - 1]) is not None:
        return _contracted_subject(toks[k - 1])
    if not word.islower() or word.endswith("ing") and before not in _BE:
        return None  # participles and gerunds have no subject of their own
    if before == "to" or before in _BE and word.endswith(("ed", "en")):
        return None  # infinitives ("plans to vote for") and passives ("was talked about")
    cue_start = cue_prefix_start(ctx.masked, start, toks[k - 1][0] if before in _BE else toks[i][0])
    src = left_source(ctx.masked, start, cue_start, "say")
    if src is None or not _agent(ctx.masked, src):
        return None
    if word in _NOUN_FORMS and cue_start == toks[i][0] and not _agrees(ctx.masked, src, word):
        return None  # "her new focus on", "the campaign for": a noun unless its subject agrees with it as a verb
    return src, cue_start


def _agrees(masked: str, src: Span, form: str) -> bool:
    """True when a noun-like form reads as the subject's verb: any form after a personal pronoun, a bare form
    after a plural group ("most dockers worry about"), an -s form after a name ("Roe talks about")."""
    words = masked[src[0] : src[1]].split()
    last = words[-1].strip(",").lower()
    if len(words) == 1 and last in _PRONOUNS:
        return True
    plural = (
        last.endswith("s")
        and not last.endswith(("'s", "’s", "ss"))
        and (last in ANONYMOUS_HEADS or last.endswith(_AGENT_ENDINGS))
    )
    if not form.endswith("s"):
        return plural
    return not plural and words[-1][:1].isupper() and len(words) <= 3


def _nonfinite_head(ctx: Context, start: int, toks: list[Tok], i: int, found: list[Found]) -> tuple[Span, int] | None:
    """A participle or infinitive, whose source is somebody else's:

    * ", referring to …" after a statement: that statement's source;
    * "urged them to vote for …": the object pronoun before "to";
    * "Roe wants to talk about …", "Roe will have to vote for …": the subject of the verb before "to"."""
    word, cue_start = toks[i][2], toks[i][0]
    before = toks[i - 1][2] if i else ""
    if word.endswith("ing") and before.endswith((",", "—")):
        sources = [f.source for f in found if f.source is not None and f.cue[1] <= cue_start]
        if not sources:
            return None
        speaker = sources[-1]
        if speaker[0] < cue_start < speaker[1]:  # the source ran on over the participle: "Roe, referring to …"
            cut = ctx.masked.find(",", speaker[0], cue_start)
            speaker = (speaker[0], cut) if cut > speaker[0] else speaker
        return speaker, cue_start
    if word.endswith("ing") and word.islower() and before.lower() in _ASPECT_VERBS:
        verb_start = cue_prefix_start(ctx.masked, start, toks[i - 1][0])
        src = left_source(ctx.masked, start, verb_start, "say")
        return (src, verb_start) if src is not None and _agent(ctx.masked, src) else None
    if word.endswith("ing") and word.islower() and before.lower() in _GERUND_PREPOSITIONS:
        return _gerund_subject(ctx, start, toks, i)
    if word.endswith("ing") and word.islower():
        return _reduced_relative(ctx, start, toks, i)
    if before.lower() != "to" or i < 2:
        return None
    pronoun = toks[i - 2][2].lower()
    if pronoun in _OBJECT_PRONOUNS:
        return (toks[i - 2][0], toks[i - 2][1]), cue_start
    if pronoun not in _CATENATIVES:
        return None
    verb_start = cue_prefix_start(ctx.masked, start, toks[i - 2][0])
    src = left_source(ctx.masked, start, verb_start, "say")
    return (src, verb_start) if src is not None and _agent(ctx.masked, src) else None


def _gerund_subject(ctx: Context, start: int, toks: list[Tok], i: int) -> tuple[Span, int] | None:
    """ "Roe won by talking about …", "After talking about …, Roe left": the subject of the clause the gerund
    phrase belongs to (after the phrase's comma when it opens the sentence)."""
    if i == 1:
        comma = next((t for t in toks[i + 1 :] if t[2].endswith(",")), None)
        src = sentence_subject(ctx.masked, comma[1], toks[-1][1]) if comma is not None else None
    else:
        src = sentence_subject(ctx.masked, start, toks[i - 1][0])
        src = src if src is not None and src[1] < toks[i - 1][0] else None
    return (src, toks[i][0]) if src is not None and _agent(ctx.masked, src) else None


_ASPECT_VERBS = frozenset(
    "began begin begins begun start starts started keep keeps kept continue continues continued stop stops "
    "stopped".split()
)
"""Verbs of beginning and going on whose subject does the -ing after them ("Roe began calling for …")."""
_GERUND_PREPOSITIONS = frozenset("by after before while when without".split())


def _reduced_relative(ctx: Context, start: int, toks: list[Tok], i: int) -> tuple[Span, int] | None:
    """ "a clip of Roe talking about …", "with Roe calling for …", "the dockers calling for …": an -ing
    phrase right after a noun phrase whose head is a name or a group; that phrase is the source."""
    if not i or not toks[i - 1][2][-1:].isalpha():
        return None
    last = toks[i - 1][2]
    if last.lower() in EXTRA_START or last.lower() in CUE_PREFIX:
        return None  # "Also zeroing in on", "In reflecting on": not a name
    if last[:1].isupper() and last.lower() not in DETERMINERS:
        j = i - 1
        while j > 0 and i - j < 4 and toks[j - 1][2][:1].isupper() and toks[j - 1][2][-1:].isalpha():
            j -= 1
        return (toks[j][0], toks[i - 1][1]), toks[i][0]
    head = last.lower()
    if not (head in ANONYMOUS_HEADS or head in ORG_HEADS or head.endswith(_AGENT_ENDINGS)):
        return None
    src = left_source(ctx.masked, start, toks[i][0], "say")
    return (src, toks[i][0]) if src is not None and src[1] == toks[i - 1][1] and _agent(ctx.masked, src) else None


_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")
_OBJECT_PRONOUNS = frozenset("him her them us me".split())
_CATENATIVES = frozenset(
    "want wants wanted going have has had need needs needed plan plans planned intend intends intended expect "
    "expects expected try tries tried continue continues continued decided refuse refused refuses hope hopes "
    "hoped able likely".split()
)
"""Verbs whose subject is also the subject of the infinitive after them ("Roe wants to talk about …")."""


def _noun_head(ctx: Context, start: int, toks: list[Tok], i: int) -> tuple[Span, int] | None:
    """A stance noun after a light verb or, for people ("critic", "fan"), after "be": "Roe has a dim view of",
    "Roe made no mention of", "Roe is a longtime critic of".  Between the verb and the noun only a determiner
    and a few modifiers; the source is the verb's subject and the cue starts at the verb (auxiliaries included)."""
    k = i
    while k and i - k < _MAX_MODIFIERS and _modifier(toks[k - 1][2]):
        k -= 1
    if not k:
        return None
    verb = toks[k - 1][2].lower()
    agent = toks[i][2].lower() in _AGENT_NOUNS
    if not (verb in _LIGHT_VERBS and not agent or verb in _BE and agent):
        return None
    cue_start = cue_prefix_start(ctx.masked, start, toks[k - 1][0])
    src = left_source(ctx.masked, start, cue_start, "say")
    return None if src is None or not _agent(ctx.masked, src) else (src, cue_start)


def _modifier(word: str) -> bool:
    """A determiner or a plain lower-case modifier between a light verb and its noun ("a very dim", "no")."""
    low = word.lower()
    if low in _NOUN_LEAD:
        return True
    plain = word.isalpha() and word.islower() and not low.endswith("ed")
    return plain and low not in _BE and low not in _LIGHT_VERBS and low not in NOT_IN_NP and low not in PREPOSITIONS


def _adjective_head(ctx: Context, start: int, toks: list[Tok], i: int) -> tuple[Span, int] | None:
    """An adjective after a form of "be" ("Roe was openly critical of"): the subject before "be" and the cue
    start (auxiliaries included)."""
    k = i
    while k and (toks[k - 1][2].lower() in _ADJ_ADVERBS or toks[k - 1][2].lower().endswith("ly")):
        k -= 1
    if k > 2 and toks[k - 1][2] == "and" and toks[k - 2][2].lower() in ADJ_PREPS:
        k -= 2  # "were surprised and dismayed at"
    if k and _contracted_subject(toks[k - 1]) is not None:
        return _contracted_subject(toks[k - 1])
    if k and (toks[k - 1][2].endswith(",") or toks[k - 1][2] in ("--", "—")):
        return _set_off_adjective(ctx, start, toks, k)
    if not k or toks[k - 1][2].lower() not in _COPULAS:
        return None
    cue_start = cue_prefix_start(ctx.masked, start, toks[k - 1][0])
    j = next((n for n in range(k - 1, 0, -1) if toks[n][0] == cue_start), 0)
    if j and _contracted_subject(toks[j - 1]) is not None:  # "she’s become wary of"
        return _contracted_subject(toks[j - 1])
    src = left_source(ctx.masked, start, cue_start, "say")
    return None if src is None or not _agent(ctx.masked, src) else (src, cue_start)


def _set_off_adjective(ctx: Context, start: int, toks: list[Tok], k: int) -> tuple[Span, int] | None:
    """ "the dockers, worried about the levy, …", "a tired Roe -- angry at …": an adjective phrase
    set off after a noun phrase holds that phrase's stance (or, after a clause, its subject's)."""
    at = toks[k - 1][1] - 1 if toks[k - 1][2].endswith(",") else toks[k - 1][0]
    src = left_source(ctx.masked, start, at, "say")
    if src is None or not _agent(ctx.masked, src):
        src = sentence_subject(ctx.masked, start, at)
    return (src, toks[k][0]) if src is not None and src[1] <= at and _agent(ctx.masked, src) else None


def _contracted_subject(tok: Tok) -> tuple[Span, int] | None:
    """ "They’re wary of", "he’s talking about": a pronoun with "be" attached is the source, "’re" opens the cue."""
    word = tok[2]
    cut = next((len(c) for c in _CONTRACTED if word.lower().endswith(c)), 0)
    if not cut or word[:-cut].lower() not in _PRONOUNS:
        return None
    return (tok[0], tok[1] - cut), tok[1] - cut


def _reported(masked: str, start: int, src: Span) -> bool:
    """True when the phrase is what a speech verb before it reports ("said he would vote for …", "say they
    agree with …"): that outer statement carries it, even where no rule found it."""
    before = tokens(masked, max(start, src[0] - 40), src[0])
    k = len(before)
    while k and before[k - 1][2].lower() in _TIME_WORDS:
        k -= 1
    return bool(k) and (before[k - 1][2].lower() == "that" or lemma_of(before[k - 1][2]) is not None)


_TIME_WORDS = frozenset("today yesterday tonight monday tuesday wednesday thursday friday saturday sunday".split())


def _agent(masked: str, src: Span) -> bool:
    """True when the source reads as somebody: a personal pronoun, a name, a group or an organisation, or a
    share of people ("60 percent"); "the discussion will focus on" is no statement."""
    words = masked[src[0] : src[1]].split()
    lows = [w.strip(",.;:()").lower() for w in words]
    if len(words) == 1 and lows[0] in _PRONOUNS:
        return True
    head = head_word(words)
    if head in ANONYMOUS_HEADS or head in ORG_HEADS or quantity_phrase(lows) or "percent" in lows:
        return True
    k = next((n for n, w in enumerate(lows) if n and w in _AFTER_HEAD), len(words))
    named = any(w[:1].isupper() and low not in DETERMINERS for w, low in zip(words[:k], lows, strict=False))
    return named or head.endswith(_AGENT_ENDINGS)


def _object(ctx: Context, pos: int, end: int) -> Span | None:
    """The preposition's object: up to the next comma, dash or clause break, without a quotation."""
    stop = content_end(ctx, pos, end)
    seg = ctx.masked[pos:stop]
    for mark in _STOPS + _CLAUSE_BREAKS:
        at = seg.find(mark)
        if at > 0:
            seg = seg[:at]
    span = trim_content(ctx.text, pos, pos + len(seg))
    if span is None or not has_words(ctx.masked, span, 1) or has_double_quote(ctx.text, span[0] - 1, span[1] + 1):
        return None
    return span
