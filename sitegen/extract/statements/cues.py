"""The speech-verb lexicon: which words introduce what somebody said or thinks.

Three groups, because they allow different constructions:

* ``SAY`` verbs report speech and may follow a quote (``"…," she said``) or be
  inverted (``said Ms. Lee``);
* ``THINK`` verbs report beliefs and positions (``he believes that …``); they
  follow their content only when a comma sets it off (``…, Singh argues.``);
* ``ACT`` verbs take what was said as an object (``urged the government to …``,
  ``called for …``) and only ever come before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _forms(lemma: str) -> list[str]:
    """Regular inflections of ``lemma``: say → says, said … (irregulars are listed by hand)."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


_IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "writing"],
    "think": ["think", "thinks", "thought", "thinking"],
    "feel": ["feel", "feels", "felt", "feeling"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "tweet": ["tweet", "tweets", "tweeted", "tweeting"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "rip": ["rip", "rips", "ripped", "ripping"],
    "testify": ["testify", "testifies", "testified", "testifying"],
    "predict": ["predict", "predicts", "predicted", "predicting"],
    "know": ["know", "knows", "knew", "knowing"],
    "understand": ["understand", "understands", "understood"],
    "learn": ["learn", "learns", "learned", "learnt"],
    "realise": ["realise", "realises", "realised"],
    "realize": ["realize", "realizes", "realized"],
    "recognize": ["recognize", "recognizes", "recognized"],
    "recognise": ["recognise", "recognises", "recognised"],
    "seek": ["seek", "seeks", "sought", "seeking"],
    "prefer": ["prefer", "prefers", "preferred", "preferring"],
    "plan": ["plan", "plans", "planned", "planning"],
    "slam": ["slam", "slams", "slammed", "slamming"],
    "dub": ["dub", "dubs", "dubbed", "dubbing"],
    "signal": ["signal", "signals", "signaled", "signaling", "signalled", "signalling"],
    "label": ["label", "labels", "labeled", "labeling", "labelled", "labelling"],
    "find": ["find", "finds", "found", "finding"],
    "forecast": ["forecast", "forecasts", "forecasting"],
    "point out": ["point out", "points out", "pointed out", "pointing out"],
    "call for": ["call for", "calls for", "called for", "calling for"],
    "call on": ["call on", "calls on", "called on", "calling on"],
    "go on": ["went on", "goes on", "went on to say"],
    "shoot back": ["shot back"],
    "fire back": ["fired back"],
    "according to": ["according to"],
}

SAY_LEMMAS = (
    "say tell add write ask note explain argue claim state allege insist warn declare announce acknowledge "
    "concede contend maintain assert reply respond counter continue recall remark observe testify tweet post "
    "quip joke complain charge predict promise vow pledge deny confirm emphasize emphasise stress suggest report "
    "conclude mention shout yell boast lament caution reiterate speculate retort muse wonder "
    "question reveal disclose indicate assure inform threaten plead admit recount estimate"
).split() + ["point out", "go on", "shoot back", "fire back"]
THINK_LEMMAS = "believe think argue feel fear hope expect doubt suspect figure reckon worry agree".split()
SEEM_FORMS = {
    "seem": "seem",
    "seems": "seem",
    "seemed": "seem",
    "appear": "appear",
    "appears": "appear",
    "appeared": "appear",
}
"""Impressions with no source ("Ruiz seemed rattled"); bare "appear" only after a plural subject and before
"to" ("the donors appear to have ties"; "to appear on" is an infinitive, see ``impersonal.seeming``)."""
_PERCEIVED = {f: "perceive" for f in "seen viewed regarded perceived considered deemed known".split()}
_PERCEIVED["reportedly"] = "reportedly"
"""Passive perceptions and hearsay with no source (see ``impersonal.perceived`` and ``impersonal.reportedly``)."""
ACT_LEMMAS = ["urge", "call for", "call on", "seek", "demand", "propose", "recommend", "encourage", "order"]
AS_FORMS = {
    "see": "see",
    "sees": "see",
    "saw": "see",
    "view": "view",
    "views": "view",
    "viewed": "view",
    "regards": "regard",
    "regarded": "regard",
}
"""Seeing somebody or something as something ("Roe sees the levy as a tax"): content after, with "as" in it."""
ATTITUDES = frozenset(
    "eager willing reluctant determined unwilling confident convinced concerned worried hopeful optimistic "
    "skeptical sceptical aware adamant critical wary pessimistic certain".split()
)
"""Adjectives of a stance after "be" ("Roe is confident that …", "critical of the plan"): see
``reported.attitude``."""
KNOW_LEMMAS = frozenset(
    "know learn realize realise recognize recognise understand assume signal hint imply sense".split()
)
"""Knowledge and signals ("Roe knew that …", "the mayor signalled that …"): content only after "that" or a
wh-word (see ``reported._NEEDS_THAT``)."""
TOPIC_FORMS = {
    f: lemma
    for lemma, forms in {
        "talk about": "talk about|talks about|talked about|talking about",
        "speak about": "speak about|speaks about|spoke about|speaking about",
        "speak out": "speak out against|speaks out against|spoke out against|speaking out against",
        "vote for": "voted for|voting for",
        "vote against": "voted against|voting against",
        "push for": "push for|pushes for|pushed for|pushing for",
        "press for": "pressed for|pressing for",
        "point to": "points to|pointed to|pointing to",
        "refer to": "refers to|referred to|referring to",
        "focus on": "focused on|focusing on|focuses on",
        "express": "expressed|expressing",
        "voice": "voiced|voicing",
        "echo": "echoed|echoing",
        "discuss": "discussed|discussing|discusses",
        "advocate": "advocated|advocating",
        "make clear": "made clear|made it clear|makes clear|makes it clear|making clear|making it clear",
        "make the case": "made the case|makes the case|making the case",
        "take issue with": "took issue with|takes issue with|taking issue with",
        "lash out at": "lashed out at|lashes out at|lashing out at",
        "rail against": "railed against|rails against|railing against",
        "weigh in on": "weighed in on|weighs in on|weighing in on",
        "come out against": "came out against|comes out against|coming out against",
        "come out for": "came out in favor of|came out in support of|came out for",
        "side with": "sided with|sides with|siding with",
        "go after": "went after|goes after",
        "take aim at": "took aim at|takes aim at|taking aim at",
        "speak highly of": "spoke highly of|speaks highly of",
        "cast doubt on": "cast doubt on|casts doubt on|casting doubt on",
        "raise questions": "raised questions about|raises questions about|raising questions about",
        "raise concerns": "raised concerns about|raises concerns about|raising concerns about",
        "offer": "offered|offering",
    }.items()
    for f in forms.split("|")
}
TOPIC_LEMMAS = frozenset(TOPIC_FORMS.values())
"""What somebody talked about, voted for or voiced ("spoke about the levy", "voiced concern"): content after."""
INTENT_LEMMAS = frozenset("want plan intend support oppose back favor favour decide prefer".split())
"""Wants, plans and positions ("Roe wants a recount", "she opposes the levy"): content after the verb."""
_INTENT_DROP = frozenset("plan support back favor favour wanting".split())
"""Forms that are mostly nouns or modifiers ("his plan", "the back", "support for", "opposing views")."""
STANCE_LEMMAS = frozenset(
    "endorse criticize criticise defend praise reject dismiss blame tout highlight cite accuse describe question "
    "condemn denounce blast slam mock hail decline refuse knock eviscerate chide rip decry challenge invoke "
    "lambaste berate scold fault rebuke assail excoriate castigate commend laud".split()
    + "embrace champion trash insult congratulate dispute contradict disavow repudiate demonize bemoan".split()
    + "disparage denigrate compare liken".split()
)
"""Verbs whose object is the position taken ("endorsed Ruiz", "declined to comment"): content after them,
even one word; their bare and -s forms are mostly nouns or infinitives ("to endorse") and are left out."""

_NOT_PRESENT = {
    "continue",
    "post",
    "report",
    "question",
    "charge",
    "counter",
    "state",
    "note",
    "figure",
    "hope",
    "fear",
    "doubt",
    "worry",
    "suspect",
    "call for",
    "call on",
    "point out",
    "stress",
    "answer",
    "promise",
    "pledge",
    "vow",
    "joke",
    "ask",
    "add",
    "expect",
    "wonder",
    "threaten",
    "tweet",
    "claim",
    "attack",
    "remark",
    "order",
    "estimate",
    "email",
    "retweet",
    "comment",
    "reason",
    "tease",
    "reference",
    "credit",
    "nickname",
    "vent",
    "mouth",
    *STANCE_LEMMAS,
}
"""Lemmas whose bare and -s forms are too often nouns ("a post", "the report", "hopes") to count as cues."""


_THIRD_PERSON = frozenset(["add", "note", "ask", "vow", "report", "point out", "call for", "call on"])
"""Of those, the -s form is a verb often enough to keep ("she adds", "he notes that")."""


def _lexicon(lemmas: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in lemmas:
        for form in _forms(lemma):
            if lemma in _NOT_PRESENT and (form == lemma or form == _forms(lemma)[1] and lemma not in _THIRD_PERSON):
                continue
            out[form] = lemma
    return out


QUOTED_LEMMAS = frozenset(
    "call label brand dub deride attack decry applaud thank welcome respond shout chant scream read quote".split()
    + ["go on"]
    + "proclaim bemoan retweet email confide grouse exhort interject ponder gush scoff marvel sneer".split()
    + "credit portray reference herald liken characterize characterise brag taunt tease nickname comment reason".split()
    + "vent utter mouth".split()
)
"""Verbs that report speech only when a quotation follows ("called the plan 'a disaster'")."""

QUOTED = _lexicon(QUOTED_LEMMAS)
SAY = _lexicon(SAY_LEMMAS)
SAY["according to"] = "according to"
SAY.update(dict.fromkeys(["went on to say", "goes on to say", "go on to say", "going on to say"], "say"))
"""Going on to say is saying: "Roe went on to say the port is "badly run"" takes a clause like "said" (bare
"went on" needs a quotation, see ``QUOTED_LEMMAS``)."""
THINK = _lexicon(THINK_LEMMAS)
STANCE = _lexicon(STANCE_LEMMAS)
EVIDENCE_LEMMAS = frozenset(["show", "find"])
"""What polls, studies and records show or find: a statement only when a document or data is the subject,
or the content opens with "that" ("police found a car" is not one)."""
EVIDENCE = {f: lemma for f, lemma in _lexicon(EVIDENCE_LEMMAS).items() if f not in ("find", "finding")}
INTENT = {f: lemma for f, lemma in _lexicon(INTENT_LEMMAS).items() if f not in _INTENT_DROP}
INTENT.update({"would like": "want", "would love": "want", "would prefer": "prefer"})
"""A want put politely ("would like to run", "would like the council to act")."""
NEEDS_TO = frozenset(["plan", "intend", "decide"])
"""Intentions read only before "to" ("plans to run"; "the tax plans" is a noun)."""
KNOW = {f: lemma for f, lemma in _lexicon(KNOW_LEMMAS).items() if f not in ("sense", "senses", "signal", "signals")}
OBJECT_LEMMAS = frozenset("sign name identify list request nominate release consider".split())
"""Acts whose object is what somebody took a position on or made public ("signed the pledge", "named Ruiz as
chief", "released its audit"): content after them, only after a subject that can act (see
``objects.is_agent``); their bare and -s forms are mostly nouns ("a sign", "the list") and are left out."""
OBJECT = {f: lemma for lemma in OBJECT_LEMMAS for f in _forms(lemma)[2:] if f not in _PERCEIVED}
OBJECT.update({"consider": "consider", "considers": "consider", "deems": "consider"})
"""Judgements ("voters consider Ruiz honest", "is considering a recount"): "considered" and "deemed" are read as
passive perceptions first (see ``impersonal.perceived``), as acts only after a subject."""
ACT = {**_lexicon(ACT_LEMMAS), **STANCE, **INTENT, **KNOW, **TOPIC_FORMS, **OBJECT}
NOUN_LIKE = {
    f: lemma
    for lemma in "hope fear claim worry doubt suspect expect promise pledge threaten wonder".split()
    for f in _forms(lemma)[:2]
}
NOUN_LIKE.update({"support": "support", "plan": "plan", "favor": "favor", "see": "see", "view": "view", "call": "call"})
NOUN_LIKE.update(
    {_forms(lemma)[i]: lemma for lemma in STANCE_LEMMAS if lemma not in ("decline", "refuse") for i in (0, 1)}
)
"""Verb forms that are as often nouns ("Roe hopes …" / "his hopes"): cues only right after a subject and before
a clause (see ``verb_after_subject``)."""
_SPECIAL = {**{a: "attitude" for a in ATTITUDES}, **AS_FORMS, **_PERCEIVED, **NOUN_LIKE, **SEEM_FORMS}
ALL = {f: lemma for f, lemma in {**_SPECIAL, **EVIDENCE, **QUOTED, **ACT, **THINK, **SAY}.items()}
"""Every cue form; bare "call", mostly a noun ("a wake-up call", "his call for …"), is one of ``NOUN_LIKE``: a
verb only right after a plural subject ("others call it a tax")."""

_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")
_SINGLE = {f: lemma for f, lemma in ALL.items() if " " not in f}
_MULTI: dict[str, list[str]] = {}
for _form in sorted((f for f in ALL if " " in f), key=len, reverse=True):
    _MULTI.setdefault(_form.split()[0], []).append(_form)


_MULTI_RE = {
    f: re.compile(r"\s+".join(re.escape(w) for w in f.split()[1:]), re.IGNORECASE)
    for forms in _MULTI.values()
    for f in forms
}


def find_cues(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Cue words in ``text[start:end]`` as (start, end, form as written), any case.

    A word scan with dictionary look-ups: one big alternation regex is several times
    slower.  Multi-word cues ("according to", "called for") are tried first at their
    first word.
    """
    out = []
    for m in _WORD.finditer(text, start, end):
        low = m.group().lower()
        multi = _MULTI.get(low)
        if multi:
            for form in multi:
                seg = text[m.end() : m.end() + 32]
                rest = _MULTI_RE[form].match(seg.lstrip())
                gap = len(seg) - len(seg.lstrip())
                if rest and 0 < gap <= 2 and m.end() + gap + rest.end() <= end:
                    stop = m.end() + gap + rest.end()
                    if stop >= len(text) or not (text[stop].isalnum()):
                        out.append((m.start(), stop, text[m.start() : stop]))
                        break
            else:
                if low in _SINGLE:
                    out.append((m.start(), m.end(), m.group()))
        elif low in _SINGLE:
            out.append((m.start(), m.end(), m.group()))
    return out


CUE_PREFIX = frozenset(
    "also has have had will would could might may did does do is was are were been later previously recently "
    "repeatedly publicly privately once then further again already never often first reportedly earlier "
    "long since frequently quickly simply flatly falsely initially subsequently openly not n't just even still "
    "bluntly angrily plainly specifically separately".split()
)
"""Auxiliaries and adverbs that sit between a source and its verb ("has also said"); they join the cue."""

INVERTIBLE = frozenset(
    "say add write ask note explain argue claim state insist warn declare announce "
    "acknowledge concede contend reply respond counter continue recall remark observe quip "
    "joke complain predict suggest conclude report wonder tweet".split()
    + "agree boast admit confirm caution lament vow promise muse plead quip exhort gush marvel scoff".split()
)
"""SAY verbs that may come before their source after a quote: '"…," said Ms. Lee.'

"tell" is not one: after "told" comes the addressee ('Roe, 71, told a radio host')."""


_NOT_OBJECT_START = frozenset(
    "of for about in on over from among with within and or but are is were was have has had will would can could "
    "may might must should remain remains grew grow rose rise fell fall dimmed faded".split()
)
_HEAD_ENDS = frozenset("of for at with from in on by".split())
_PLURAL_SUBJECT = frozenset(
    "they we i you many most some few others both all voters percent majority plurality half third".split()
)
"""Heads that take a plural verb ("they hope", "19 percent of dockers support", "a majority of them favor")."""


def verb_after_subject(form: str, subject: str, next_word: str) -> bool:
    """True when a noun-like form ("hopes", "claim") is a verb here: the subject agrees with it (bare forms need
    a plural subject) and what follows is not a noun phrase's continuation ("hopes of", "claims are")."""
    low = form.lower()
    if low not in NOUN_LIKE:
        return True
    if next_word.lower().strip(",.;:") in _NOT_OBJECT_START or not next_word[:1].isalnum():
        return False
    words = subject.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    last = words[cut - 1] if words else ""  # the head noun: "supporters of the law hope"
    plural = last in _PLURAL_SUBJECT or last.endswith("s") and not last.endswith(("'s", "’s", "ss"))
    return plural if low == _forms(NOUN_LIKE[low])[0] else not plural or last in ("he", "she", "it")


def lemma_of(form: str) -> str | None:
    """The lemma of a cue form ("Said" → "say"), or None when it is not a cue.

    Only a form with white space in it ("according  to") needs its spacing normalised; most are one word.
    """
    low = form.lower()
    return ALL.get(low if low.isalpha() else re.sub(r"\s+", " ", low))


def is_participle(form: str) -> bool:
    """True for -ing cues ("saying", "adding"): they have no subject of their own."""
    return form.lower().endswith("ing")
