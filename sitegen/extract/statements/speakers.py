"""Who a source is: the canonical name a phrase as written resolves to within the article.

Names are collected from the text outside quotes (a name only mentioned inside
a quotation is not a candidate antecedent).  A surname or an honorific form
("Mr. Singh") resolves to the full name introduced earlier; a title before a
name becomes its role ("External Affairs Minister S. Jaishankar").  Pronouns
resolve to the most recent *salient* person — a previous speaker or a
sentence subject — of compatible gender, not to the last name seen.  Unnamed
sources stay anonymous: they are never promoted to a named person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from .cues import lemma_of
from .lexicon import ANONYMOUS_HEADS, DETERMINERS, DOCUMENT_HEADS, HONORIFICS, ORG_HEADS, TITLES
from .sources import ABBREVIATED, head_word, is_premodifier

_NAME_RUN = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w'’.-]{0,30}|[A-Z]\.)(?:[ \t]{1,2}(?:[A-Z][\w'’.-]{0,30}|[A-Z]\.|de|van|von|bin|al|da|"
    r"di|del|la|le|of|for)){0,8}"
)
_PARENTHESIS = re.compile(r"(?<!\s)\s*\([^()]{0,40}\)")
"""A party and state after a name, "Sen. Jo Roe (D-Ohio)", is not part of it (tried from the first space of a run only,
so linear on long runs of spaces)."""
_RELATIVE_CLAUSE = re.compile(r"(?<!\s)\s+(?:who|that|which)\s.*$", re.DOTALL)
"""A relative clause names others ("the memo that angered Ana Ruiz"); the speaker is the head before it."""
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SENTENCE_WORDS = frozenset(
    "the a an in on at but and or so if when while after before as his her their its this that these those "
    "it he she they we i yesterday today meanwhile however also then there here what why how according "
    "neither either both not only".split()
)
_COMMON_PLURALS = ANONYMOUS_HEADS | ORG_HEADS | DOCUMENT_HEADS | frozenset("investigators prosecutors police".split())
_ORG_WORDS = ORG_HEADS | frozenset("department ministry state white".split())


@dataclass(frozen=True, slots=True)
class Who:
    """A resolved source: canonical speaker (None if unknown), its type and the role given in the text."""

    speaker: str | None
    kind: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    name: str
    surname: str
    gender: str | None
    role: str | None


def split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """(role words, name words) of a capitalised run: the person's name is at its end, after the title
    words ("External Affairs Minister S. Jaishankar"), after a role's complement ("Minister of Transport
    Habel Wensagard"), after an organisation ("Kestrel Energy Orren Lanquist", "Kestrel Energy's Orren
    Lanquist").  The role words are returned whole; :func:`role_text` says which of them name a role."""
    i = len(words)
    while i > 0 and words[i - 1].lower().rstrip(",") not in TITLES:
        i -= 1
    if i == len(words):
        i = _titled_surname(words)
    i = max(i, _after_organisation(words, i))
    if i and words[i - 1].lower() in _ROLE_LINKS:
        j = i - 2 if i > 1 and words[i - 1].lower() == "the" and words[i - 2].lower() in _ROLE_LINKS else i - 1
        head = words[j - 1].lower() if j > 0 else ""
        if head in _NO_PERSON_BEFORE_LINK or _is_group(head):  # "Half of Ohio Democrats", "Attorneys for Roe"
            return words, []
        if _names_a_role([head]):  # "Minister of Transport Jo Roe", "Leader of the …", "University of …"
            org_only = head not in TITLES and len(words) - i < 3  # "Bureau of Labor Statistics" names no one
            i = len(words) if org_only else len(words) - _name_tail(words[i:])
        elif j > 0 and words[j - 1][:1].isupper():  # "Jo Roe of Ohio": the name is before the link
            return split_role(words[:j])
    return words[:i], words[i:]


def _titled_surname(words: list[str]) -> int:
    """Where the name starts in a run ending in a title word that is a surname after an honorific ("Rep.
    Peter T. King", "Mr. King"); else the run's length (no name: "Ohio Governor", "State Department
    Spokesman")."""
    for h in range(len(words) - 2, -1, -1):
        low = words[h].lower()
        if low in HONORIFICS or low in _NAME_TITLES or low.endswith(".") and low in TITLES:
            between = words[h + 1 : -1]
            if all(w[:1].isupper() and w.lower() not in TITLES for w in between):
                return h + 1
            break
    return len(words)


_NAME_TITLES = frozenset("representative senator governor mayor judge".split())
"""Titles that stand right before a person's name ("Representative Peter T. King")."""
_ROLE_LINKS = frozenset("of for the and at".split())
_NO_PERSON_BEFORE_LINK = frozenset("half most many some all none majority majorities minority few".split())
"""A role ending in a link ("Minister of", "Leader of the") has a complement, a place or an organisation."""
_ORG_NAME_ENDS = frozenset(
    "energy rail railways airlines airways shipping telecom steel motors group holdings partners capital "
    "industries systems technologies labs media pharmaceuticals foods oil gas petroleum power mining insurance "
    "trust ventures enterprises logistics networks communications electric utilities chemicals airport port "
    "authority college school hospital chamber".split()
)
"""Words that end a company's or an institution's name ("Kestrel Energy", "Veldra Rail"), besides ORG_HEADS."""


_ORG_NAME_WORDS = _ORG_WORDS | _ORG_NAME_ENDS


def _after_organisation(words: list[str], start: int) -> int:
    """Where a person's name starts after an organisation run into it: after a possessive ("Kestrel Energy's
    Orren Lanquist") or a capitalised organisation word ending a name ("Kestrel Energy Orren Lanquist"), not
    opening one ("Port Salden" is a place); else ``start``."""
    for k in range(len(words) - 2, start - 1, -1):
        word = words[k]
        if _POSSESSIVE.search(word) and len(word) > 2 or k > start and word.lower() in _ORG_NAME_WORDS:
            return k + 1
    return start


def _names_a_role(words: list[str]) -> bool:
    """ "Minister", "University" before a link: a title or an organisation, not a name ("Jo Roe of Ohio")."""
    return any(w.lower() in _ORG_NAME_WORDS or w.lower() in TITLES and w.lower() not in _ROLE_LINKS for w in words)


def _name_tail(words: list[str]) -> int:
    """How many words at the end of ``words`` (a role's complement and then a name) are the name: a first
    name and a surname, with any particle or initial between them ("Pieter van Halsen", "Ana J. Ruiz"); the
    complement keeps at least one word ("Mayor of Dunwick Quilvaley")."""
    n = min(2, len(words) - 1)
    while n < len(words) - 1 and (words[-n][:1].islower() or re.fullmatch(r"[A-Z]\.", words[-n])):
        n += 1
    return n


def follows_role_link(text: str, start: int) -> bool:
    """True when the run at ``start`` is the complement of a role broken off before it by a lowercase link:
    "Leader of the Opposition Sasel Ashlan", "Professor at Fenbury Ana Ruiz"."""
    words = text[max(0, start - 40) : start].split()[-3:]
    if words and words[-1] == "the":
        words = words[:-1]
    if len(words) < 2 or words[-1] not in _LINK_WORDS:
        return False
    low = words[-2].lower().rstrip(",")
    return words[-2][:1].isupper() and (low in TITLES or low in _ORG_NAME_WORDS) and low not in _ROLE_LINKS


_LINK_WORDS = frozenset("of for at from in".split())


def role_text(role: list[str]) -> str | None:
    """The role as the article gives it, without honorifics; an organisation alone is no role."""
    kept = [w for w in role if w.lower() not in HONORIFICS]
    if not any(w.lower().rstrip(",") in TITLES and w.lower() not in _ROLE_LINKS for w in kept):
        return None
    return " ".join(kept) or None


def _is_org(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in _ORG_WORDS for w in words)


def _clean_run(words: list[str], at_sentence_start: bool) -> list[str]:
    return _trim_run(words, at_sentence_start)[1]


def sentence_parts(run: str) -> list[tuple[int, str]]:
    """(offset, text) of the parts of a capitalised run split where a sentence ends inside it: "Take the
    Harbour Board. Varnak says …" gives "Harbour Board." and "Varnak" (a title, an initial or "Jr." does not
    end one; initials do only before a sentence opener, "in the U.S. But Roe …")."""
    if ". " not in run and ".\t" not in run:
        return [(0, run)]
    parts: list[tuple[int, str]] = []
    begin = 0
    words = list(re.finditer(r"\S+", run))
    for k, w in enumerate(words[:-1]):
        word = w.group()
        if not word.endswith(".") or word.lower() in TITLES:
            continue
        initials = ABBREVIATED.fullmatch(word) or _INITIALS.fullmatch(word)
        if initials and words[k + 1].group().lower() not in _SENTENCE_WORDS:
            continue
        parts.append((begin, run[begin : w.end()]))
        begin = words[k + 1].start()
    parts.append((begin, run[begin:]))
    return parts


_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def _trim_run(words: list[str], at_sentence_start: bool) -> tuple[int, list[str]]:
    """(words dropped at the front, the run without them): no article, no date, no sentence opener, no
    trailing link, no possessive on the last word."""
    dropped = len(words)
    while words and (
        words[0].lower() in _NEVER_FIRST
        or at_sentence_start
        and (words[0].lower() in _SENTENCE_WORDS or lemma_of(words[0]) is not None)
    ):
        words = words[1:]  # "The …", and at a sentence start "Yesterday …", "Said Ruiz: …"
    words = words[_date_words(words) :]
    while len(words) > 1 and _is_group(words[0]) and words[1][:1].isupper():
        words = words[1:]  # "Republicans Jo Roe and Ann Lee"
    dropped -= len(words)
    while words and words[-1].lower() in _TRAILING_LINKS:
        words = words[:-1]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1].rstrip(".")) if not re.fullmatch(r"[A-Z]\.", words[-1]) else words[-1]
    return dropped, words


_TRAILING_LINKS = frozenset("of for de van von la le al da di del du dos der den bin".split())
"""Link words ending a run belong to what follows it ("Ruiz de", "Ana Ruiz al"), not to a name."""


def _is_group(word: str) -> bool:
    """ "Republicans", "Attorneys": a capitalised plural group noun before a name is not part of it."""
    low = word.lower()
    return low.endswith("s") and (low in _COMMON_PLURALS or low[:-1] in TITLES)


_NEVER_FIRST = frozenset("the with from about against to into without between among".split())
"""Words that never open a name, even capitalised in a title-case headline ("Clash With Jo Roe")."""
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DATE_LEADS = frozenset("last next this early late mid on in since by until during from".split())
_DATE_FIRST = _MONTHS | _WEEKDAYS | _DATE_LEADS


def _date_words(words: list[str]) -> int:
    """How many words open the run with a date, which is never a person: "Last March", "On Tuesday",
    "In January Ana Ruiz", "Tuesday".  A month before a name may be a first name ("May Ruiz"), so a month
    counts only after a lead word or alone."""
    if not words or words[0].lower().rstrip(",.") not in _DATE_FIRST:
        return 0
    lows = [w.lower().rstrip(",.") for w in words[:2]]
    if lows[0] in _WEEKDAYS or lows[0] in _MONTHS and len(words) == 1:
        return 1
    if len(lows) == 2 and lows[0] in _DATE_LEADS and (lows[1] in _MONTHS or lows[1] in _WEEKDAYS):
        return 2
    return 0


_MAX_WORD_CHECKS = 64
_MAX_OCCURRENCES = 64


def _occurs(text: str, word: str, where: Callable[[int], bool]) -> bool:
    """True when ``word`` occurs in ``text`` as a whole word at an offset ``where`` accepts (the first
    ``_MAX_OCCURRENCES`` occurrences are tried)."""
    i = text.find(word)
    for _ in range(_MAX_OCCURRENCES):
        if i < 0:
            return False
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) and where(i):
            return True
        i = text.find(word, end)
    return False


def _opens_sentence_at(masked: str, i: int) -> bool:
    before = masked[max(0, i - 6) : i].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?\n:—–-"


_SUFFIXES = frozenset("jr sr ii iii iv".split())
"""Name suffixes: the surname of "Jo Roe Jr." is Roe."""


def _names_after_org(role: list[str]) -> bool:
    """ "Kestrel Energy's Orren Lanquist", "White House Counsel Jo Roe", "University of Fenbury Jo Roe" name a
    person after an organisation; "The Washington Post Fact Checker" does not."""
    return bool(role) and (
        _POSSESSIVE.search(role[-1]) is not None
        or role_text(role) is not None
        or any(w.lower() in ("of", "for") for w in role)
    )


def _title_case_text(words: list[str]) -> bool:
    """ "Final Column Explains Why She Sees …": a headline in title case, not a name, holds a capitalised
    pronoun or clause word."""
    return any(w.lower() in _FUNCTION_WORDS for w in words[1:])


_FUNCTION_WORDS = frozenset("he she they we it i is are was were has have why what how that this when".split())


class NameIndex:
    """Person names mentioned outside quotes, with surnames, honorific genders and roles."""

    def __init__(self, masked: str) -> None:
        self.mentions: list[Mention] = []
        self.masked = masked
        self._word_checks: dict[str, bool] = {}
        self._full_names: dict[str, tuple[list[int], list[str]]] = {}
        self.gender: dict[str, str] = {}
        for m in _NAME_RUN.finditer(masked):
            run = m.group()
            if " " not in run and "\t" not in run:
                continue  # a single word is neither a full name nor a titled one
            j = m.start() - 1
            while j >= 0 and masked[j] in " \t\"“'‘(":
                j -= 1
            for k, (offset, part) in enumerate(sentence_parts(run)):
                start = m.start() + offset
                dropped, words = _trim_run(part.split(), k > 0 or j < 0 or masked[j] in ".!?\n:")
                if len(words) > 1:
                    self._add(words, start, masked, not dropped)

    def _add(self, words: list[str], start: int, masked: str, whole: bool) -> None:
        role, name = split_role(words)
        if not role and whole and follows_role_link(masked, start):  # "Leader of the Opposition Sasel Ashlan"
            role, name = words[: len(words) - _name_tail(words)], words[len(words) - _name_tail(words) :]
        if not name or _is_org(name) or _title_case_text(words) or _is_org(words) and not _names_after_org(role):
            return
        if len(name) > 2 and not role and _opens_sentence_at(masked, start) and self.used_in_lower_case(name[0]):
            # "Comedian Tamsin Rae Vellard" opening a sentence
            role, name = role + name[:1], name[1:]
        gender = next((HONORIFICS[w.lower()] for w in role if w.lower() in HONORIFICS), None)
        if not name:
            return
        surname = name[-2] if len(name) > 2 and name[-1].lower().rstrip(".") in _SUFFIXES else name[-1]
        if gender:
            self.gender.setdefault(surname, gender)
        if len(name) >= 2 or role:
            full = " ".join(name)
            self.mentions.append(Mention(start, full, surname, gender, " ".join(role) or None))
            if len(name) >= 2:
                starts, names = self._full_names.setdefault(surname, ([], []))
                starts.append(start)
                names.append(full)

    def used_in_lower_case(self, word: str) -> bool:
        """True when the article also writes ``word`` in lower case ("organizers", "having") and capitalises it
        only where a sentence starts: a common word, not a name ("King", "Rice" appear mid-sentence too).
        Each word is looked up once, at most ``_MAX_WORD_CHECKS`` per article, so this stays linear."""
        known = self._word_checks.get(word)
        if known is not None:
            return known
        if len(self._word_checks) >= _MAX_WORD_CHECKS or word.islower():
            return False
        found = _occurs(self.masked, word.lower(), lambda i: True) and not _occurs(
            self.masked, word, lambda i: not _opens_sentence_at(self.masked, i)
        )
        self._word_checks[word] = found
        return found

    def full_name(self, surname: str, pos: int) -> str | None:
        """The full name a bare surname refers to: the latest such name introduced before ``pos`` (else the
        first one after it).  Looked up by surname and bisection: an article can hold thousands of names."""
        found = self._full_names.get(surname)
        if not found:
            return None
        starts, names = found
        k = bisect_right(starts, pos)
        return names[k - 1] if k else names[0]

    def gender_of(self, name: str | None) -> str | None:
        return self.gender.get(name.split()[-1]) if name else None


def resolve_phrase(phrase: str, pos: int, names: NameIndex) -> Who:
    """Speaker for a source phrase that is not a pronoun: a name, an organisation or an unnamed source."""
    phrase = _RELATIVE_CLAUSE.sub("", _PARENTHESIS.sub("", phrase.rstrip().rstrip(",")))
    if "," in phrase:  # "Hala Agha, a resident who ...": the name is before the comma
        name_part, appos = phrase.split(",", 1)
        who = resolve_phrase(name_part, pos, names)
        if who.speaker is None:  # "the assailant, Jo Roe": the name is the apposition
            named = resolve_phrase(appos, pos, names)
            if named.kind == "person" and named.speaker:
                return Who(named.speaker, "person", name_part.strip())
        appos_role = appos.strip() if who.role is None and len(appos.split()) <= 8 else who.role
        return Who(who.speaker, who.kind, appos_role)
    words = phrase.split()
    first_low = words[0].lower() if words else ""
    if len(words) == 1 and first_low in _COMMON_PLURALS:  # "Investigators found …" opening a sentence
        return Who(None, "organisation" if first_low in ORG_HEADS else "anonymous")
    head = head_word(words)
    if head in ANONYMOUS_HEADS and head.endswith("s"):  # "Senate Democrats", "Voters in Leeds"
        return Who(None, "anonymous")
    if head and not _head_is_capitalised(words, head):
        if head in ORG_HEADS:
            return Who(_org_name(words), "organisation")
        if first_low == "the" and head.rstrip("s") in TITLES and head not in ANONYMOUS_HEADS:
            return Who(None, "description")
        return Who(None, "anonymous")
    if first_low in DETERMINERS - {"the"}:
        return Who(None, "anonymous")
    org = None
    role_start = None
    runs = [
        (m.start() + offset, part, k > 0)
        for m in _NAME_RUN.finditer(phrase)
        for k, (offset, part) in enumerate(sentence_parts(m.group()))
    ]
    for r, (at, text, after_stop) in enumerate(runs):
        dropped, run = _trim_run(text.split(), after_stop)
        role, name = split_role(run)
        if not role and follows_role_link(phrase, at) and not dropped:  # "Leader of the Opposition Jo Roe"
            role, name = run[: len(run) - _name_tail(run)], run[len(run) - _name_tail(run) :]
        if _is_org(run):
            org = org or " ".join(run)
            if _is_org(name):
                continue
        if not name and len(run) == 1 and names.full_name(run[0], pos):  # "King said", after "Rep. Jo King"
            return Who(names.full_name(run[0], pos), "person", None)
        premodifier = r + 1 < len(runs) and _premodifies(phrase[at + len(text) : runs[r + 1][0]])
        if not name or premodifier:  # "Professor of Economics at …", "Fenbury delegate Jo Roe"
            if role_start is None and (premodifier or role_text(role)):
                role_start = at + _word_start(text, dropped)
            continue
        moved = None
        if len(name) > 2 and names.used_in_lower_case(name[0]):  # "Comedian Tamsin Vellard"
            moved, role, name = name[0], role + name[:1], name[1:]
        found = role_text(role) or moved
        if role_start is not None:
            found = phrase[role_start : at + _word_start(text, dropped + len(role))].strip()
        if len(name) == 1:
            full = names.full_name(name[0], pos)
            if full is None and found is None and names.used_in_lower_case(name[0]):
                return Who(None, "anonymous")  # "Organizers say", "Having …": a word, not a name
            return Who(full or name[0], "person", found)
        return Who(" ".join(name), "person", found)
    return Who(org, "organisation") if org else Who(None, "anonymous")


def _premodifies(gap: str) -> bool:
    """ "Fenbury delegate", "Presidential candidate", "Ruiz's spokesman": one to three lowercase role words
    between two capitalised runs make the first a modifier of the name that follows."""
    words = gap.split()
    return 0 < len(words) <= 3 and all(w.islower() and is_premodifier(w) for w in words)


def _word_start(run: str, k: int) -> int:
    """Offset of the ``k``-th word of ``run`` (its length when there are fewer)."""
    for i, m in enumerate(re.finditer(r"\S+", run)):
        if i == k:
            return m.start()
    return len(run)


def _head_is_capitalised(words: list[str], head: str) -> bool:
    return any(w.lower().strip(",;:.()'’") == head and w[:1].isupper() for w in words)


def _org_name(words: list[str]) -> str | None:
    """ "Clinton's campaign" names its organisation; "the ministry" does not."""
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not any(w[:1].isupper() for w in words):
        return None
    return " ".join(words)
