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
from dataclasses import dataclass

from .cues import lemma_of
from .lexicon import ANONYMOUS_HEADS, DETERMINERS, DOCUMENT_HEADS, HONORIFICS, ORG_HEADS, TITLES
from .sources import head_word

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
    "it he she they we i yesterday today meanwhile however also then there here what why how according".split()
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
    """(role words, name words): the name is the longest tail of the run that is not a title word."""
    i = len(words)
    while i > 0 and words[i - 1].lower().rstrip(",") not in TITLES:
        i -= 1
    return words[:i], words[i:]


def _is_org(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in _ORG_WORDS for w in words)


def _clean_run(words: list[str], at_sentence_start: bool) -> list[str]:
    while words and (
        words[0].lower() == "the"
        or at_sentence_start
        and (words[0].lower() in _SENTENCE_WORDS or lemma_of(words[0]) is not None)
    ):
        words = words[1:]  # "The …", and at a sentence start "Yesterday …", "Said Ruiz: …"
    while words and words[-1].lower() in ("of", "for", "de", "van", "von", "la", "le"):
        words = words[:-1]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1].rstrip(".")) if not re.fullmatch(r"[A-Z]\.", words[-1]) else words[-1]
    return words


class NameIndex:
    """Person names mentioned outside quotes, with surnames, honorific genders and roles."""

    def __init__(self, masked: str) -> None:
        self.mentions: list[Mention] = []
        self.gender: dict[str, str] = {}
        for m in _NAME_RUN.finditer(masked):
            start = m.start()
            j = start - 1
            while j >= 0 and masked[j] in " \t\"“'‘(":
                j -= 1
            words = _clean_run(m.group().split(), j < 0 or masked[j] in ".!?\n:")
            self._add(words, start, masked)

    def _add(self, words: list[str], start: int, masked: str) -> None:
        if not words or _is_org(words):
            return
        role, name = split_role(words)
        gender = next((HONORIFICS[w.lower()] for w in role if w.lower() in HONORIFICS), None)
        if not name:
            return
        surname = name[-1]
        if gender:
            self.gender.setdefault(surname, gender)
        if len(name) >= 2 or role:
            full = " ".join(name)
            self.mentions.append(Mention(start, full, surname, gender, " ".join(role) or None))

    def full_name(self, surname: str, pos: int) -> str | None:
        """The full name a bare surname refers to: the latest such name introduced before ``pos``."""
        best = None
        for mention in self.mentions:
            if mention.surname == surname and len(mention.name.split()) >= 2:
                if mention.start <= pos or best is None:
                    best = mention.name
                if mention.start > pos:
                    break
        return best

    def gender_of(self, name: str | None) -> str | None:
        return self.gender.get(name.split()[-1]) if name else None


def resolve_phrase(phrase: str, pos: int, names: NameIndex) -> Who:
    """Speaker for a source phrase that is not a pronoun: a name, an organisation or an unnamed source."""
    phrase = _RELATIVE_CLAUSE.sub("", _PARENTHESIS.sub("", phrase))
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
    for m in _NAME_RUN.finditer(phrase):
        run = _clean_run(m.group().split(), False)
        role, name = split_role(run)
        if not name:
            continue
        if _is_org(run):
            org = org or " ".join(run)
            if _is_org(name):
                continue
        role_text = " ".join(w for w in role if w.lower() not in HONORIFICS) or None
        if len(name) == 1:
            return Who(names.full_name(name[0], pos) or name[0], "person", role_text)
        return Who(" ".join(name), "person", role_text)
    return Who(org, "organisation") if org else Who(None, "anonymous")


def _head_is_capitalised(words: list[str], head: str) -> bool:
    return any(w.lower().strip(",;:.()'’") == head and w[:1].isupper() for w in words)


def _org_name(words: list[str]) -> str | None:
    """ "Clinton's campaign" names its organisation; "the ministry" does not."""
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not any(w[:1].isupper() for w in words):
        return None
    return " ".join(words)
