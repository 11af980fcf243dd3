"""Content after its cue: reported speech, beliefs, and quotes introduced by the speaker.

``X said (that) …``, ``X told reporters …``, ``X urged the government to …``,
``X believes …``, ``X said: "…"``, plus ``according to X, …`` (either side),
and ``…, adding that …`` (the participle borrows the source of the statement
before it in the sentence).  The content runs to the end of the sentence, or
to the next participle cue, and includes a quote that runs on past it.
"""

from __future__ import annotations

import re

from .after_cue import After, read_after
from .base import Context, Found, Span, has_words, is_quote_span, trim_content
from .cues import (
    EVIDENCE_LEMMAS,
    INTENT_LEMMAS,
    KNOW_LEMMAS,
    NEEDS_TO,
    OBJECT_LEMMAS,
    QUOTED_LEMMAS,
    STANCE_LEMMAS,
    TOPIC_LEMMAS,
)
from .lexicon import (
    ANONYMOUS_HEADS,
    CLAIM_NOUNS,
    CLAUSE_WORDS,
    DOCUMENT_HEADS,
    EXTRA_START,
    POSITION_NOUNS,
    POSSESSIVES,
    PRONOUNS,
)
from .lexicon import NOT_IN_NP as NOT_IN_NP_SOURCE
from .objects import bare_clause, is_agent, takes_object
from .sources import Tok, head_word, left_source, looks_finite, sentence_subject, tokens

_CUT = re.compile(
    r",\s+(?:adding|saying|noting|explaining|arguing|insisting|warning|claiming|according\s+to|"
    r"he\s+said|she\s+said|they\s+said)\b"
)
_NEEDS_THAT = (
    frozenset(
        "post tweet charge continue add reveal disclose remark joke "
        "figure feel confirm state inform remind threaten maintain pledge".split()
    )
    | KNOW_LEMMAS
)
"""Verbs whose object is often not speech ("wrote a book"): content only after that, a quote or a colon."""
_WRITTEN_CLAUSE = frozenset(
    "is was are were has have had will would could should can may might must isn't wasn't won't didn't".split()
)
"""Verbs that show a clause after "wrote" (without "that"): its object is then what was written."""
_ONE_WORD_OBJECTS = STANCE_LEMMAS | TOPIC_LEMMAS | frozenset("support oppose back favor favour prefer".split())
"""Verbs whose object is a position even when it is one word: "endorsed Ruiz", "eagerly supported Quint"."""
VERBAL_ATTACKS = frozenset(["attack", "decry", "deride", "applaud", "welcome"])
"""Of the verbs that need a quotation, those whose plain object is a position too when a person or group acts
("Ruiz attacked Ode for the levy", "the union welcomed the ruling")."""
_COMMITMENTS = frozenset(["pledge", "vow", "promise", "threaten"])
"""Verbs whose "to"-infinitive is what was committed to ("pledged to cut the levy"), though their plain object
often is not speech ("pledged $5 million")."""
_NO_FORWARD = frozenset(["go on", "shoot back", "fire back", "respond", "reply", "counter", "quip", "retort"])
_BY = (["by"], ["after"], ["before"], ["while"], ["when"])
_WH = frozenset("whether if why how what who when where".split())


def forward(ctx: Context, src: Span, cue: Span, end: int, lemma: str, after: After, para_end: int) -> Found | None:
    """ "X said that …": content after the cue (and its addressee and adverbials)."""
    if after.kind == "end" or lemma in _NO_FORWARD and after.kind == "clause":
        return None
    first = ctx.masked[after.pos : after.pos + 12].split()
    first_word = first[0].lower() if first else ""
    if (
        after.kind == "clause"
        and lemma in _NEEDS_THAT
        and not _object_allowed(ctx.masked, src, after, lemma, end)
        and not _quoted_promise(ctx, lemma, after, first_word, end)
    ):
        return None
    media = MEDIUM_NOUNS if lemma == "release" else frozenset()  # "released a statement": the words come later
    if (lemma in OBJECT_LEMMAS or lemma == "compare") and not takes_object(ctx.masked, src, after.pos, media):
        return None
    if (
        lemma == "write"
        and after.kind == "clause"
        and not _WRITTEN_CLAUSE & set(ctx.masked[after.pos : after.pos + 80].split()[1:8])
    ):
        return None  # "wrote the plan was a mistake" is a statement, "wrote a book" is not
    if (
        lemma in EVIDENCE_LEMMAS
        and after.kind != "that"
        and not _is_document(ctx.masked, src)
        and not _is_thing(ctx.masked, src, lemma, first_word)
    ):
        return None
    stop = content_end(ctx, after.pos, end)
    if lemma in KNOW_LEMMAS and not _knowledge(ctx.masked, src, after):
        return None
    if (
        lemma == "offer"
        and not _SPOKEN_OFFERS & {w.strip(",.;:").lower() for w in _words(ctx, after)}
        and not (first_word == "to" and is_agent(ctx.masked, src))  # "offered to pay for the repairs"
    ):
        return None
    if lemma in _AS_LEMMAS and (
        " as " not in " ".join(ctx.masked[after.pos : after.pos + 80].split()[:10])
        and not (lemma == "see" and _sees(ctx.masked, src, after))
        or has_double_quote(ctx.text, after.pos, end)
    ):
        return None
    if lemma in INTENT_LEMMAS:
        intent_end = _intent_end(ctx, src, after, stop, first_word, lemma)
        if intent_end is None:
            return None
        stop = intent_end
    if (
        lemma in QUOTED_LEMMAS
        and not any(c in ctx.text[after.pos : stop] for c in "\"“”«»'")
        and not (lemma in VERBAL_ATTACKS and takes_object(ctx.masked, src, after.pos))
    ):
        return None
    if after.kind == "colon" and not ctx.masked[after.pos : stop].strip():
        span = _next_paragraph_quote(ctx, para_end)
    else:
        span = trim_content(ctx.text, after.pos, stop)
    quoted = span is not None and is_quote_span(ctx.text, span)
    if span is None or not has_words(ctx.masked, span, 1 if lemma in _ONE_WORD_OBJECTS or quoted else 2):
        return None  # 'Roe said, "Probably."': one quoted word is an answer, one bare word is no content
    if _reported_tail(ctx.masked, span):
        return None  # "Roe said the pier was "unsafe," the Gazette reported": the paper's statement, Roe's inside
    if lemma == "call" and _object_relative(ctx.masked, src) and has_double_quote(ctx.text, span[0], span[1]):
        return None  # "… Lee, whom he called "a fraud," …": a label inside someone's sentence, told by its writer
    rule = "relative" if _is_relative(ctx.masked, src) else "forward"
    return Found(src, cue, [span], lemma, (src[0], max(cue[1], after.extras_end)), rule, after.addressee)


_PROMISES = frozenset(["pledge", "promise", "vow", "threaten"])


def _quoted_promise(ctx: Context, lemma: str, after: After, first_word: str, end: int) -> bool:
    """'Roe pledged to be "the best mayor this town has had"': a promise to do something, in the speaker's
    own quoted words, is a statement (without a quotation, "pledged to" is left to the intent rules)."""
    if lemma not in _PROMISES or first_word != "to":
        return False
    line_end = ctx.text.find("\n", after.pos, end)
    return has_double_quote(ctx.text, after.pos, end if line_end == -1 else line_end)


def _object_allowed(masked: str, src: Span, after: After, lemma: str, end: int) -> bool:
    """Whether a verb that mostly needs "that" ("post", "feel", "know", "pledge") may take the object after it:
    a wh-clause; a clause opening with a pronoun after a verb of knowing ("knew he was wrong"); the infinitive
    of a commitment by someone who can commit ("pledged to cut the levy", not "the storm threatened to …"); a
    bare clause after a verb of knowing, feeling or revealing ("felt the offer was too low")."""
    first = masked[after.pos : after.pos + 12].split()
    first_word = first[0].lower() if first else ""
    if first_word in _WH or lemma in KNOW_LEMMAS and first_word in _CLAUSE_SUBJECTS:
        return True
    if lemma == "know" and first and first[0][:1].isupper() and first[0].isalpha() and is_agent(masked, src):
        return not has_double_quote(masked, after.pos, end)  # "knew Ode well": whom somebody knows
    if lemma in _COMMITMENTS and first_word == "to" or lemma in _PUBLISHING:
        return is_agent(masked, src)
    return lemma in _BARE_CLAUSE_LEMMAS and bare_clause(masked, after.pos, end)


_PUBLISHING = frozenset("tweet reveal confirm disclose".split())
"""Verbs that make their object public ("tweeted his support", "confirmed the closure"): an object is content
when the subject can speak."""
_BARE_CLAUSE_LEMMAS = KNOW_LEMMAS | frozenset("feel confirm reveal disclose".split())
"""Verbs that take a clause without "that" as their content ("knows the vote will be close")."""


def _sees(masked: str, src: Span, after: After) -> bool:
    """ "Brokers see a fair chance of …", "union leaders saw a chance", "see no need": what a person
    or group sees, when it is a chance, a need, a reason (an indefinite object), is their view even without
    "as"."""
    first = masked[after.pos : after.pos + 12].split(None, 1)
    if not first or first[0].lower() not in _VIEW_STARTS:
        return False  # "saw the levy rise", "saw him there": an event or a person seen, no view
    if _is_relative(masked, src):
        return False  # "voters who saw the pier vote said …": the clause ends at the main verb, not found here
    return is_agent(masked, src) and masked[src[0] : src[1]].lower() not in ("you", "i")


_VIEW_STARTS = frozenset("a an no little some any about more less much few several".split())
"""How a view seen opens ("see a chance", "see no need", "see little reason"), unlike a thing or event seen."""


def _object_relative(masked: str, src: Span) -> bool:
    """True for a pronoun source right after "what", "which" or "whom" ("what he called", "whom she called")."""
    if masked[src[0] : src[1]].lower() not in _PRONOUN_SUBJECTS:
        return False
    before = masked[max(0, src[0] - 8) : src[0]].split()
    return bool(before) and before[-1].lower() in ("what", "which", "whom")


_REPORT_VERBS = frozenset(["reported", "reports"])
_CLOSERS = (",", "”", '"', "''")


def _reported_tail(masked: str, span: Span) -> bool:
    """True when the content closes with its own attribution to a reporter: "…, the Gazette reported (in 2010)",
    "…," according to a copy of the letter" (the quote rules and "according to" give that statement)."""
    seg = masked[max(span[0], span[1] - 160) : span[1]]
    acc = seg.rfind(" according to ")
    if acc > 0 and seg[:acc].endswith(_CLOSERS) and "," not in seg[acc:]:
        return True
    words = seg.split()[-10:]
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        if words[k] in _REPORT_VERBS:
            j = k - 1
            while j >= 0 and k - j <= 5 and not words[j].endswith(_CLOSERS):
                j -= 1
            if j < 0 or j >= k - 1 or not words[j].endswith(_CLOSERS):
                return False
            return words[j + 1][:1].isupper() or words[j + 1] == "the"
    return False


def _intent_end(ctx: Context, src: Span, after: After, stop: int, first_word: str, lemma: str) -> int | None:
    """Where a want, plan or position ends ("Roe, who backs Lee, said …" → "Lee"), or None when it is not one.

    The object must follow the verb at once ("what Roe wants, …" has it before); a relative clause ends at
    its comma; an object with a quotation is left to the quote rules; "plans"/"intends" need "to"."""
    if after.kind not in ("clause", "that") or first_word in _WH or lemma in NEEDS_TO and first_word != "to":
        return None
    if _is_relative(ctx.masked, src):
        comma = ctx.masked.find(",", after.pos, stop)
        stop = comma if comma != -1 else stop
    if has_double_quote(ctx.text, after.pos, stop):
        return None
    return stop


_AS_LEMMAS = frozenset(["see", "view", "regard"])


def attitude(ctx: Context, floor: int, adj: Span, end: int) -> Found | None:
    """ "Roe is confident that …", "the union was critical of the levy", "she is eager to run": a stance
    adjective after a form of "be"; the source is the subject before "be", the content what follows
    ("that …", "to …", or the object of "about"/"of"/"over")."""
    before = tokens(ctx.masked, max(floor, adj[0] - 40), adj[0])
    k = len(before)
    while k and (before[k - 1][2].lower() in _ADJ_ADVERBS or before[k - 1][2].lower().endswith("ly")):
        k -= 1
    if not k or before[k - 1][2].lower() not in _BE:
        return None
    be = before[k - 1]
    nxt = ctx.masked[adj[1] : adj[1] + 20].split(None, 1)
    if not nxt or nxt[0] not in ("that", "to", "about", "of", "over"):
        return None
    word = be[2].lower()
    if word in _CONTRACTED:  # "they’re hopeful": the pronoun is the source
        cut = 2 if word.endswith(("'s", "’s")) else 3  # "he’s" and "they’re"
        src: Span | None = (be[0], be[0] + len(be[2]) - cut)
        cue_start = be[0] + len(be[2]) - cut
    else:
        while k > 1 and before[k - 2][2].lower() in _HAVE:  # "have been critical of"
            k -= 1
        cue_start = before[k - 1][0]
        src = left_source(ctx.masked, floor, cue_start, "say")
    if src is None:
        return None
    pos = adj[1] + ctx.masked[adj[1] :].find(nxt[0])
    if nxt[0] in ("about", "of", "over"):
        pos += len(nxt[0])
    span = trim_content(ctx.text, pos, content_end(ctx, pos, end))
    if span is None or not has_words(ctx.masked, span, 1) or has_double_quote(ctx.text, span[0], span[1]):
        return None
    return Found(src, (cue_start, adj[1]), [span], "attitude", (src[0], adj[1]), "attitude")


_CONTRACTED = frozenset("they're they’re we're we’re i'm i’m he's he’s she's she’s".split())
_BE = frozenset("is are was were be been am remain remains remained seemed seems appeared".split()) | _CONTRACTED
_HAVE = frozenset("have has had will would may might could should must also still not".split())
_ADJ_ADVERBS = frozenset("not also very so quite still more less increasingly deeply highly n't never".split())


_CLAUSE_SUBJECTS = frozenset("he she they we i there his their our".split())
"""Words that open a clause after "knew" without "that" ("knew he was wrong", "know their votes count")."""


_SPOKEN_OFFERS = frozenset(
    "support praise thoughts defense defence condolences criticism apology assurances assurance endorsement "
    "explanation view views opinion prediction warning advice glimpse insight words remarks comments details "
    "reassurance rebuttal response assessment critique prayers congratulations sympathy slogan description "
    "descriptions evaluation rhetoric message vision argument arguments answer answers reason reasons theory "
    "proposal proposals idea ideas suggestion suggestions recommendation recommendations approach approaches "
    "account tribute thanks apologies excuse excuses olive case".split()
)
"""What can be offered in words ("offered his support", "offered a glimpse of …"), unlike "offered a job"."""


def _words(ctx: Context, after: After) -> list[str]:
    """The first four words of the content."""
    return ctx.masked[after.pos : after.pos + 60].split()[:4]


def _knowledge(masked: str, src: Span, after: After) -> bool:
    """ "Roe knew that the pier was closed": not the filler "you know", nor a demonstrative ("learned that the
    hard way", "recognize that and …")."""
    if masked[src[0] : src[1]].lower() == "you":
        return False
    if after.kind != "that":
        return True
    nxt = masked[after.pos + 4 : after.pos + 24].split(None, 1)
    return bool(nxt) and nxt[0][0].isalnum() and nxt[0].lower() not in _NOT_AFTER_THAT


_NOT_AFTER_THAT = frozenset("and or is was but".split())


def _is_relative(masked: str, src: Span) -> bool:
    """True for a source ending in a relative pronoun ("Roe, who"): its clause sits inside another one."""
    return masked[src[0] : src[1]].lower().rsplit(None, 1)[-1] in ("who", "which", "that")


def has_double_quote(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a double quotation mark (or the doubled apostrophe some papers use)."""
    seg = text[max(0, start) : end]
    return any(c in seg for c in '"“”«»') or "''" in seg


def asked_lead(ctx: Context, sentence_start: int, cue: Span, end: int) -> Found | None:
    """ "Asked whether …, Roe said": the question opening a sentence, put by nobody named.

    The cue is "Asked" at the sentence start, or after "When"/"After being"; the content
    runs to the first comma, and the answer that follows is a statement of its own."""
    lead = ctx.masked[sentence_start : cue[0]].split()
    if [w.lower() for w in lead] not in ([], ["when"], ["after", "being"], ["if"]) or not (
        lead or ctx.masked[cue[0]] == "A"
    ):
        return None  # lowercase "asked" opening a sentence follows a quote: '"Why?" asked Roe.
    comma = ctx.masked.find(",", cue[1], end)
    if comma == -1:
        return None
    asker, start = _by_agent(ctx.masked, cue[1], comma)
    span = trim_content(ctx.text, start, comma)
    if span is None or not has_words(ctx.masked, span, 2):
        return None
    return Found(asker, cue, [span], "ask", (cue[0], cue[1]), "asked-lead")


def asked_passive(ctx: Context, cue: Span, end: int) -> Found | None:
    """ "Roe was asked about the levy": a question put by nobody named; the rest of the clause is its content."""
    stop = content_end(ctx, cue[1], end)
    asker, start = _by_agent(ctx.masked, cue[1], stop)
    span = trim_content(ctx.text, start, stop)
    if span is None or not has_words(ctx.masked, span, 2):
        return None
    return Found(asker, cue, [span], "ask", cue, "asked-passive")


def _by_agent(masked: str, start: int, end: int) -> tuple[Span | None, int]:
    """ "asked by Ana Ruiz whether …": the asker named after "by", and where the question starts."""
    toks = tokens(masked, start, min(end, start + 200))
    if not toks or toks[0][2] != "by":
        return None, start
    np: list[Tok] = []
    for t in toks[1:]:
        if t[2].lower().strip(",") in _QUESTION_STARTS:
            break
        np.append(t)
        if t[2].endswith(","):
            break
    if not np or len(np) > 12:
        return None, start
    last = np[-1]
    return (np[0][0], last[1] - last[2].endswith(",")), last[1]


_QUESTION_STARTS = frozenset("whether if why how what who when where about to for".split())


def document_lead(ctx: Context, sentence_start: int, end: int) -> Found | None:
    """ "In the latest poll, Ruiz leads by four points": what a poll, survey or report opening the
    sentence says (read only when no verb in the sentence claims an attribution)."""
    toks = tokens(ctx.masked, sentence_start, min(end, sentence_start + 200))
    if len(toks) < 4 or toks[0][2] != "In":
        return None
    comma = next((i for i, t in enumerate(toks[:12]) if t[2].endswith(",")), None)
    if comma is None or comma < 1:
        return None
    src = (toks[1][0], toks[comma][1] - 1)
    if not _is_document(ctx.masked, src):
        return None
    span = trim_content(ctx.text, toks[comma][1], content_end(ctx, toks[comma][1], end))
    if span is None or not has_words(ctx.masked, span, 3):
        return None
    cue = (toks[0][0], toks[0][1])
    return Found(src, cue, [span], "according to", (cue[0], toks[comma][1]), "document-lead")


_POLL_WORDS = frozenset(["poll", "survey"])
_POLL_DETERMINERS = frozenset("a an the this that its their".split())
_POLL_AFTER = frozenset("released conducted taken published this last from of".split())


def document_tail(ctx: Context, sentence_start: int, end: int) -> Found | None:
    """ "Ruiz led by four points in a Gazette poll released Monday.": what one poll or survey closing the
    sentence says, the clause before "in" (read only when no verb in the sentence claims an attribution;
    plural "in the polls" is mostly an idiom, "leading in the polls")."""
    toks = tokens(ctx.masked, sentence_start, min(end, sentence_start + 400))
    if len(toks) < 6 or toks[0][2][:1] in "\"“'‘":
        return None
    for i in range(len(toks) - 2, max(2, len(toks) - 13), -1):
        if toks[i][2] != "in" or toks[i + 1][2].lower() not in _POLL_DETERMINERS:
            continue
        words = [t[2].rstrip(",.;").lower() for t in toks[i + 1 :]]
        k = next((j for j, w in enumerate(words) if w in _POLL_WORDS), None)
        if k is None or k > 6 or any(w.endswith(",") for w in [t[2] for t in toks[i + 1 : i + 1 + k]]):
            return None
        rest = words[k + 1 :]
        if rest and (rest[0] not in _POLL_AFTER or len(rest) > 4):
            return None
        span = trim_content(ctx.text, toks[0][0], toks[i - 1][1])
        if span is None or not has_words(ctx.masked, span, 3):
            return None
        src_end = toks[-1][1] - (1 if toks[-1][2][-1] in ",.;" else 0)
        cue = (toks[i][0], toks[i][1])
        return Found((toks[i + 1][0], src_end), cue, [span], "according to", cue, "document-tail")
    return None


def _is_thing(masked: str, src: Span, lemma: str, first_word: str) -> bool:
    """ "fundraising documents show …", "none of the videos showed …": what a thing (a lowercase head noun that
    names no person) shows is a statement too; "Roe showed up" and "he showed restraint" are not."""
    words = [t[2] for t in tokens(masked, *src)]
    head = head_word(words)
    if lemma != "show" or not head or not head.isalpha() or first_word in ("up", "off", "signs", "no"):
        return False
    word = next((w for w in words if w.strip(",.").lower() == head), "")
    return word[:1].islower() and head not in PRONOUNS and head not in ANONYMOUS_HEADS and not _AGENT.search(head)


_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent)s?$")


def _is_document(masked: str, src: Span) -> bool:
    """True for "the poll", "a new survey of voters", "State Department records"."""
    return head_word([t[2] for t in tokens(masked, *src)]) in DOCUMENT_HEADS


def content_end(ctx: Context, start: int, end: int) -> int:
    """Where forward content stops: at ", adding …", or the end of a quote running past the sentence."""
    m = _CUT.search(ctx.masked, start, end)
    stop = m.start() if m else end
    q = ctx.quote_containing(max(start, stop - 1))
    if q is not None and q.end > stop and not m:
        stop = q.end
    return stop


def _next_paragraph_quote(ctx: Context, para_end: int) -> Span | None:
    """'She said:' closing a paragraph introduces the quote that opens the next one."""
    i = para_end
    while i < len(ctx.text) and ctx.text[i].isspace():
        i += 1
    q = ctx.quote_starting(i)
    return (q.start, q.end) if q else None


def participle(
    ctx: Context, sentence_start: int, cue: Span, end: int, lemma: str, previous: Found | None
) -> Found | None:
    """ ", adding that …": a second statement by the source of the one before it in the sentence."""
    before = ctx.masked[max(0, cue[0] - 12) : cue[0]].rstrip()
    if ctx.text[max(0, cue[0] - 12) : cue[0]].rstrip().endswith((',"', ",”", ",''")):
        before = before[:-1] + ","  # '… of "harbour values," saying …': the comma sits inside the quote
    medium = False
    upon = before.rsplit(None, 1)[-1:] == ["upon"] and lemma == "say"  # "… drew jeers upon saying, "…""
    if before[-1:] not in (",", "—") and before.rsplit(None, 1)[-1:] not in _BY and not upon:
        medium = _after_medium(ctx.masked, max(sentence_start, cue[0] - 60), cue[0])
        if not medium:
            return None  # ", saying …" and "by saying …", not "the saying goes"
    source: Span | None
    apposed: Span | None = None
    if previous is not None and previous.source is not None:
        source = previous.source
    else:
        source = sentence_subject(ctx.masked, sentence_start, cue[0])
        if source is None and not medium and before[-1:] == ",":
            apposed = _apposed_subject(ctx.masked, sentence_start, cue[0])
            source = apposed or _main_subject(ctx.masked, sentence_start, cue[0])
            # found this way, the content must hold a quotation, unless a person or group says or cites it
            medium = source is not None and not (
                apposed is None and lemma in _SPEECH_PARTICIPLES and is_agent(ctx.masked, source)
            )
        if source is None:
            return None
    after = read_after(ctx.masked, cue[1], end, lemma)
    if after.kind == "end":
        return None
    stop = content_end(ctx, after.pos, end)
    if apposed is not None:  # "Roe, citing "…", said …": the phrase ends before the subject's verb
        verb_at = _before_main_verb(ctx.masked, after.pos, stop)
        if verb_at is None:
            return None
        stop = verb_at
    span = trim_content(ctx.text, after.pos, stop)
    if span is None or not has_words(ctx.masked, span, 2):
        return None
    if (lemma in QUOTED_LEMMAS or medium) and not any(c in ctx.text[span[0] : span[1]] for c in "\"“”«»'"):
        return None
    if _reported_tail(ctx.masked, span):
        return None
    return Found(source, cue, [span], lemma, (cue[0], max(cue[1], after.extras_end)), "participle", after.addressee)


_SPEECH_PARTICIPLES = frozenset("say cite argue note suggest add warn insist claim explain".split())
"""Participles that report words at the end of any clause of their subject ("…, citing the attack")."""
_WITH_LEMMAS = frozenset("say believe think expect want support oppose favor favour".split())
_COUNT_WORDS = frozenset("percent per cent majority minority third half quarter most many some few".split())


def with_participle(ctx: Context, sentence_start: int, cue: Span, end: int, lemma: str) -> Found | None:
    """ "…, with 40 percent of voters saying the levy is fair": a count after "with" is the source of the
    participle that follows it (no comma between)."""
    if lemma not in _WITH_LEMMAS:
        return None
    toks = tokens(ctx.masked, max(sentence_start, cue[0] - 80), cue[0])
    k = next((i for i in range(len(toks) - 1, max(-1, len(toks) - 8), -1) if toks[i][2].lower() == "with"), None)
    if k is None or k == len(toks) - 1 or any(t[2][-1] in ",;:" for t in toks[k:]):
        return None
    words = [t[2].lower() for t in toks[k + 1 :]]
    if not (words[0][:1].isdigit() or words[0] in _COUNT_WORDS or words[0] in ("a", "the")) or not any(
        w in _COUNT_WORDS or w[:1].isdigit() and w.endswith("%") for w in words
    ):
        return None
    return _with_content(ctx, (toks[k + 1][0], toks[-1][1]), cue, end, lemma)


def with_speaker_participle(ctx: Context, sentence_start: int, cue: Span, end: int, lemma: str) -> Found | None:
    """ "…, with the mayor and two councillors suggesting that the levy fail": a person or group after ", with"
    (no comma between) is the source of the speech participle that follows it."""
    if lemma not in _SPEECH_PARTICIPLES and lemma not in _WITH_LEMMAS:
        return None
    toks = tokens(ctx.masked, max(sentence_start, cue[0] - 120), cue[0])
    k = next((i for i in range(len(toks) - 1, max(-1, len(toks) - 14), -1) if toks[i][2].lower() == "with"), None)
    if k is None or k == len(toks) - 1 or any(t[2][-1] in ",;:" or t[2][:1] in "\"“'‘" for t in toks[k:]):
        return None
    if not k or not toks[k - 1][2].endswith((",", "—", "–")):
        return None  # "came in with his brother saying little": company, not a clause of its own
    src = (toks[k + 1][0], toks[-1][1])
    if any(looks_finite(t[2]) and t[2] not in ("even", "also") for t in toks[k + 1 :]) or not is_agent(ctx.masked, src):
        return None
    return _with_content(ctx, src, cue, end, lemma)


def _with_content(ctx: Context, src: Span, cue: Span, end: int, lemma: str) -> Found | None:
    """The clause after the participle of "with X saying …" as X's statement; None when nothing follows it."""
    after = read_after(ctx.masked, cue[1], end, lemma)
    if after.kind in ("end", "comma", "colon"):
        return None
    span = trim_content(ctx.text, after.pos, content_end(ctx, after.pos, end))
    if span is None or not has_words(ctx.masked, span, 2):
        return None
    return Found(src, cue, [span], lemma, (cue[0], max(cue[1], after.extras_end)), "with-participle")


_BACKING = frozenset(["supporting", "backing", "opposing"])
_BACKING_STOP = frozenset(
    "who which that whose is was are were has have had will would and but or to in on at as".split()
)


def backing_relative(ctx: Context, sentence_start: int, cue: Span, end: int) -> Found | None:
    """ "super PACs supporting Ms. Ode", "those backing the levy": a plural noun phrase right before the
    participle (no comma) is who takes the position; the content is the noun phrase after it."""
    if ctx.masked[cue[0] : cue[1]] not in _BACKING:
        return None
    before = tokens(ctx.masked, max(sentence_start, cue[0] - 60), cue[0])
    if not before:
        return None
    last = before[-1][2]
    if last != "those" and not (last.endswith("s") and last.isalpha() and last.islower() and len(last) > 3):
        return None
    i = len(before) - 1
    while i > 0 and len(before) - i < 4:
        w = before[i - 1][2]
        if last == "those" or w[-1] in ",;:" or w.lower() in NOT_IN_NP_SOURCE or w.lower() in _BACKING_STOP:
            break
        if w == "of" or w.lower() == "with" or looks_finite(w):
            break
        i -= 1
        if w.lower() in ("the", "a", "an", "those", "these", "many", "some"):
            break
    after = tokens(ctx.masked, cue[1], min(end, cue[1] + 100))
    n = 0
    while (
        n < len(after) and n < 8 and after[n][2].lower() not in _BACKING_STOP and not (n and looks_finite(after[n][2]))
    ):
        n += 1
        if after[n - 1][2][-1] in ",.;:!?)":
            break
    if n == 0:
        return None
    span = trim_content(ctx.text, after[0][0], after[n - 1][1])
    if span is None:
        return None
    lemma = {"supporting": "support", "backing": "back", "opposing": "oppose"}[ctx.masked[cue[0] : cue[1]]]
    return Found((before[i][0], before[-1][1]), cue, [span], lemma, cue, "backing-relative")


_CONJUNCTIONS = frozenset("and but so yet then".split())
_SUBORDINATORS = frozenset("although though while when after before as because since if once until".split())


def _main_subject(masked: str, start: int, cue_start: int) -> Span | None:
    """The subject of the main clause before ", saying …" when the sentence does not open with it: the phrase
    before the first verb, after an opening conjunction and subordinate clause ("And although he won, he
    sounded a note of doubt, saying …"; "Ada Quint, head of the institute, tied the figures to wages, saying …")."""
    toks = tokens(masked, start, cue_start)[:40]
    i = 0
    while i < len(toks) and toks[i][2].lower() in _CONJUNCTIONS:
        i += 1
    if i < len(toks) and toks[i][2].lower() in _SUBORDINATORS:
        i = next((k + 1 for k in range(i, len(toks)) if toks[k][2].endswith(",")), len(toks))
    if i < len(toks) and toks[i][2].lower() in _PRONOUN_SUBJECTS:
        return toks[i][0], toks[i][1]
    named = _named_before_apposition(toks, i)
    if named is not None:
        return named
    for k in range(i + 1, len(toks)):
        if looks_finite(toks[k][2]):
            return left_source(masked, toks[i][0], toks[k][0], "say", toks[k][1])
    return None


_PRONOUN_SUBJECTS = frozenset("he she it they we i".split())


def _named_before_apposition(toks: list[Tok], i: int) -> Span | None:
    """ "Ada Quint, head of the institute, tied …": a capitalised name, a comma group, then a lowercase verb."""
    j = next((k for k in range(i, min(len(toks), i + 4)) if toks[k][2].endswith(",")), None)
    if j is None or not all(t[2][:1].isupper() for t in toks[i : j + 1]):
        return None
    k = next((m for m in range(j + 1, min(len(toks), j + 12)) if toks[m][2].endswith(",")), None)
    if k is None or k + 1 >= len(toks) or not toks[k + 1][2].isalpha() or not toks[k + 1][2].islower():
        return None
    return toks[i][0], toks[j][1] - 1


def _apposed_subject(masked: str, start: int, cue_start: int) -> Span | None:
    """ "Roe, citing …" / "The union, warning that …": a short noun phrase opening the sentence, set off by the
    comma before the participle, is its subject."""
    toks = tokens(masked, start, cue_start)
    if not 1 <= len(toks) <= 6 or not toks[0][2][:1].isupper() or not toks[-1][2].endswith(","):
        return None
    if any(not (t[2][-1:].isalnum() or t[2][:1].isupper()) or looks_finite(t[2]) for t in toks[:-1]):
        return None
    if len(toks[-1][2]) < 2:
        return None
    if toks[0][2].lower() in EXTRA_START or toks[0][2].lower() in CLAUSE_WORDS:
        return None
    return (toks[0][0], toks[-1][1] - 1)


def _before_main_verb(masked: str, start: int, stop: int) -> int | None:
    """The end of a participle phrase set between a subject and its verb: the comma or closing quote mark before
    the first verb-looking word ("…, citing "the levy," said …" ends after the quote)."""
    toks = tokens(masked, start, stop)
    for k in range(1, len(toks)):
        if looks_finite(toks[k][2]) and toks[k - 1][2].endswith((",", "”", '"', "''")):
            return toks[k - 1][1]
    return None


MEDIUM_NOUNS = frozenset(
    "statement statements message messages letter letters ad ads advertisement advertisements sign signs banner "
    "banners placard placards poster posters tweet tweets memo memos post posts video videos email emails note notes "
    "release op-ed column editorial petition t-shirt t-shirts shirt shirts".split()
)
"""Things that carry words: a participle right after one ("a statement calling on …", "a sign saying …") gives
the words of the subject that issued or held it."""


def _after_medium(masked: str, start: int, cue_start: int) -> bool:
    """True when one of the last few words before the cue is a medium noun and only plain words follow it:
    "issued a statement Thursday night condemning …", "posted a message on Twitter reading …"."""
    words = masked[start:cue_start].split()[-4:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if not w.replace("-", "").isalpha():
            return False
        if w in MEDIUM_NOUNS:
            return True
    return False


def according_to(ctx: Context, floor: int, cue: Span, end: int) -> Found | None:
    """ "According to X, …", "…, according to X." and "…, according to X, …" (content on both sides)."""
    np = _attributed_phrase(tokens(ctx.masked, cue[1], min(end, cue[1] + 400)))
    if np is None:
        return None
    last = np[-1]
    src = (np[0][0], last[1] - (1 if last[2][-1] in ",.;:" else 0))
    before = trim_content(ctx.text, floor, cue[0])
    if before is not None and not has_words(ctx.masked, before, 2):
        before = None  # "But, according to the poll, …": a conjunction says nothing
    rest = trim_content(ctx.text, last[1], content_end(ctx, last[1], end)) if last[2].endswith((",", ":")) else None
    if rest is not None and not has_words(ctx.masked, rest, 3):
        rest = None
    if before is not None and rest is not None and not _has_verb(ctx.masked[rest[0] : rest[1]]):
        src, rest = (src[0], rest[1]), None  # "according to the union, one of three in the talks": apposition
    if before is None or ctx.masked[floor : cue[0]].strip().endswith(("“", '"')):
        content, clause = [rest], (cue[0], last[1])
    else:
        content, clause = [before, rest] if rest else [before], (cue[0], last[1] if rest else end)
    if content[0] is None:
        return None
    return Found(src, cue, [c for c in content if c], "according to", clause, "according-to")


def _attributed_phrase(toks: list[Tok]) -> list[Tok] | None:
    """The phrase after "according to": up to a comma or the sentence end, with no verb of its own
    before any relative clause ("a new poll that shows …" is the poll)."""
    np: list[Tok] = []
    for i, t in enumerate(toks[:_MAX_ACCORDING_WORDS]):
        if t[2].lower() in ("that", "which", "who") and np and not _time_noun(toks, i + 1):
            break  # "a poll that shows …" ends the phrase; "the officer on duty that night" does not
        np.append(t)
        if t[2][-1] in ",.;:" and not _INITIAL.fullmatch(t[2]):
            break
    words = [w.rstrip(",.;:").lower() for _, _, w in np]
    if not np or any(w in _VERBS for w in words):
        return None
    if any(c in w for w in words for c in '"“”«»'):
        return None
    return np


def _has_verb(text: str) -> bool:
    """True when the words have a finite verb ("two ferries were cancelled"), so they are a clause, not an
    apposition ("one of three unions there")."""
    return any(w in _VERBS or len(w) > 4 and w.endswith("ed") for w in text.lower().split())


def _time_noun(toks: list[Tok], i: int) -> bool:
    return i < len(toks) and toks[i][2].lower().rstrip(",.;:") in _TIME_NOUNS


_TIME_NOUNS = frozenset("night day morning evening afternoon week month year time weekend season".split())
_MAX_ACCORDING_WORDS = 16
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Sen\.|Rep\.|Gov\.|Inc\.|Co\.|Corp\.")
_VERBS = frozenset(
    "is was are were be been has have had do does did will would can could should may might must said says told".split()
)


def noun_clauses(ctx: Context, start: int, end: int, found: list[Found]) -> list[Found]:
    """ "his claim that the pier is safe", "fears that the ferry will stop": the "that"-clause of a claim noun,
    attributed to the possessor before the noun ("his", "the mayor's"), else to the sentence's subject when a
    verb stands between them, else to nobody.  Only where no statement of the sentence covers the noun."""
    out: list[Found] = []
    masked = ctx.masked
    at = masked.find(" that ", start, end)
    while at != -1 and len(out) < 4:
        that = at + 1
        at = masked.find(" that ", that + 4, end)
        toks = tokens(masked, max(start, that - 60), that)
        if not toks or toks[-1][2].lower() not in CLAIM_NOUNS:
            continue
        nxt = masked[that + 5 : that + 30].split(None, 1)
        if not nxt or not nxt[0][0].isalnum() or nxt[0].lower() in _NOT_CLAUSE_START:
            continue  # "the claim that was made": a relative clause
        noun = toks[-1]
        if any(f.content[0][0] <= noun[0] < f.content[-1][1] or f.cue[0] <= noun[0] < f.cue[1] for f in found):
            continue
        stop = content_end(ctx, that, end)
        semi = masked.find(";", that, stop)
        span = trim_content(ctx.text, that, semi if semi != -1 else stop)
        if span is None or not has_words(masked, span, 3):
            continue
        first = noun[0] == start or len(toks) == 1 and toks[0][0] - start < 3
        src = _possessor(toks, len(toks) - 1) or (None if first else _subject_before(masked, start, toks, noun))
        if src is None and has_double_quote(ctx.text, span[0] - 1, span[1] + 1):
            continue  # a quoted claim with no holder is left alone: "the suggestion that he "lied"" quotes someone
        out.append(Found(src, (noun[0], noun[1]), [span], "claim", (noun[0], noun[1]), "noun-that"))
    return out


_NOT_CLAUSE_START = frozenset(
    "is was are were has have had will would can could should may might must does did do be been "
    "seems seemed appears appeared remains made makes came comes".split()
)


def _subject_before(masked: str, start: int, toks: list[Tok], noun: Tok) -> Span | None:
    """ "Roe expressed concern that …": the sentence's subject holds the noun's claim when a verb comes between
    them (a noun opening the sentence, "The fear that …", has no holder)."""
    if len(toks) >= 2 and toks[-2][2].lower() in ("the", "a", "an") and toks[-2][0] - start < 3:
        return None
    return sentence_subject(masked, start, noun[0])


def _possessor(toks: list[Tok], i: int) -> Span | None:
    """The possessor of the noun at ``toks[i]``: "his", or "Ana Ruiz's" (capitalised words before the 's)."""
    prev = toks[i - 1][2] if i else ""
    if prev.lower() in POSSESSIVES:
        return (toks[i - 1][0], toks[i - 1][1])
    if prev.endswith(("'s", "’s")) and prev[:1].isupper():
        j = i - 1
        while (
            j > 0
            and toks[j - 1][2][:1].isupper()
            and not toks[j - 1][2].endswith((",", ".", ";", ":"))
            and toks[j - 1][2].lower() not in EXTRA_START
            and i - j < 5
        ):
            j -= 1
        return (toks[j][0], toks[i - 1][1])
    return None


def possessed_positions(ctx: Context, start: int, end: int, found: list[Found]) -> list[Found]:
    """ "his criticism of the levy", "Ruiz's support for the plan": a position noun with a possessor before it
    (who holds the position) and its object after the preposition (what the position is about), up to the
    next comma.  Only where no statement of the sentence covers the noun."""
    out: list[Found] = []
    masked = ctx.masked
    for pos in _possessive_ends(masked, start, end):
        if len(out) >= 4:
            break
        head = masked[pos : pos + 40].split(None, 2)[:2]
        if not any(w.lower() in POSITION_NOUNS for w in head):
            continue
        after = tokens(masked, pos, min(end, pos + 60))
        if len(after) < 3:
            continue
        j = 0
        if after[0][2].lower() not in POSITION_NOUNS and after[0][2].islower():
            j = 1  # one modifier: "his harsh criticism of"
        noun = after[j][2].lower()
        if noun not in POSITION_NOUNS or j + 1 >= len(after) or after[j + 1][2] not in POSITION_NOUNS[noun]:
            continue
        cue = (after[j][0], after[j][1])
        if any(f.cue[0] <= cue[0] < f.cue[1] or f.content[0][0] <= cue[0] < f.content[-1][1] for f in found):
            continue
        prep = after[j + 1]
        obj = prep[0] if prep[2] == "to" and noun in _TO_INFINITIVE else prep[1]
        stop = content_end(ctx, obj, end)
        comma = masked.find(",", obj, stop)
        span = trim_content(ctx.text, obj, comma if comma != -1 else stop)
        if span is None or has_double_quote(ctx.text, span[0] - 1, span[1] + 1):
            continue
        before = tokens(masked, max(start, pos - 80), pos)
        src = _possessor(before, len(before)) if before else None
        if src is None:
            continue
        if masked[src[0] : src[1]].lower() in POSSESSIVES and src[0] > start:
            subject = sentence_subject(masked, start, src[0])  # "Cruz stepped up his attacks on …": Cruz
            src = subject if subject is not None and subject[1] <= src[0] else src
        out.append(Found(src, cue, [span], "position", cue, "position"))
    return out


_TO_INFINITIVE = frozenset("proposal plan plans promise pledge vow".split())
_POSSESSIVE_MARKS = (" his ", " her ", " their ", " its ", "'s ", "’s ")
_OPENING_POSSESSIVES = ("His ", "Her ", "Their ", "Its ")


def _possessive_ends(masked: str, start: int, end: int) -> list[int]:
    """Offsets just after each possessive word of the sentence ("his ", "Ruiz's "), in order (str.find scans)."""
    out = [start + len(w) for w in _OPENING_POSSESSIVES if masked.startswith(w, start)]
    for mark in _POSSESSIVE_MARKS:
        at = masked.find(mark, start, end)
        while at != -1 and len(out) < 40:
            out.append(at + len(mark))
            at = masked.find(mark, at + len(mark) - 1, end)
    return sorted(out)
