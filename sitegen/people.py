"""Who is who: matching names as written in articles to ``people.yaml`` entries.

Names are matched on their full form and aliases, without titles or
honorifics.  A name two people share is settled by who the article is about;
if that does not settle it, the speaker is left unresolved and reported, never
guessed.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict

from sitegen.errors import ContentError
from sitegen.model import Article, Person, Statement
from sitegen.slugs import slugify

_TITLES = frozenset(
    "mr mrs ms miss dr prof sir shri smt sri sen senator rep gov governor president pm minister "
    "gen mp judge justice rev".split()
)


@functools.lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """``"Mr. Raja  Ram Singh"`` → ``"raja ram singh"``: lower case, no titles, no dots."""
    words = [w.strip(".,’'").lower() for w in name.replace("’s", "").split()]
    while len(words) > 1 and words[0].rstrip(".") in _TITLES:
        words.pop(0)
    return " ".join(w for w in words if w)


class PeopleIndex:
    """Looks people up by name or alias; grows unlisted people for speakers not in people.yaml."""

    def __init__(self, people: list[Person]) -> None:
        self.people: dict[str, Person] = {p.id: p for p in people}
        self._by_name: defaultdict[str, set[str]] = defaultdict(set)
        for person in people:
            for name in (person.name, *person.aliases):
                self._by_name[normalise_name(name)].add(person.id)

    def lookup(self, name: str | None, context: list[str]) -> str | None:
        """The person id for ``name``; ``context`` (ids the article is about) settles shared names."""
        if not name:
            return None
        ids = self._by_name.get(normalise_name(name))
        if ids is None:
            return self._named_after_a_prefix(name, context)
        if len(ids) > 1:
            ids = ids & set(context)
        return next(iter(ids)) if len(ids) == 1 else None

    def _named_after_a_prefix(self, name: str, context: list[str]) -> str | None:
        """A person the article is about whose full name ends the speaker's words.

        A role with an organisation reads as one run of capitals ("Chief Executive
        of Kestrel Energy Orren Lanquist" gives "Kestrel Energy Orren Lanquist");
        only the people listed in the article's front matter are tried, so a
        longer name elsewhere ("Jo Ann Lee") is not taken for someone else.
        """
        words = normalise_name(name).split()
        for start in range(1, len(words) - 1):
            ids = self._by_name.get(" ".join(words[start:]), set()) & set(context)
            if ids:
                return next(iter(ids)) if len(ids) == 1 else None
        return None

    def is_ambiguous(self, name: str, context: list[str]) -> bool:
        ids = self._by_name.get(normalise_name(name), set())
        return len(ids) > 1 and len(ids & set(context)) != 1

    def resolve_speaker(
        self, st: Statement, article: Article, context: list[str], warnings: list[ContentError]
    ) -> str | None:
        """Person id of a statement's speaker; an unknown named person gets an unlisted entry."""
        if st.speaker_type != "person" or not st.speaker:
            return None
        found = self.lookup(st.speaker, context)
        if found:
            return found
        if self.is_ambiguous(st.speaker, context):
            warnings.append(
                ContentError(
                    article.path,
                    None,
                    f"speaker {st.speaker!r} matches several people in people.yaml; "
                    "list the right one under 'people:' in the front matter",
                )
            )
            return None
        return self._add_unlisted(st.speaker)

    def _add_unlisted(self, name: str) -> str:
        """A page id for a speaker not in people.yaml, never shared with a different person.

        Names that slugify to the same id (``"李明"`` and ``"王芳"`` both have no
        ASCII letters; ``"Ann Lee"`` vs a listed ``ann-lee``) get a suffix, so two
        speakers' statements are never merged on one page.
        """
        key = normalise_name(name)
        digest = hashlib.sha1(key.encode()).hexdigest()[:6]
        base = slugify(name)
        base = f"person-{digest}" if base == "untitled" else base
        person_id = base
        for candidate in (base, f"{base}-unlisted", f"{base}-{digest}"):
            person_id = candidate
            known = self.people.get(candidate)
            if known is None or (not known.listed and normalise_name(known.name) == key):
                break
        self.people.setdefault(person_id, Person(id=person_id, name=name, listed=False))
        self._by_name[normalise_name(name)].add(person_id)
        return person_id

    def mentioned_in(self, article: Article, names: list[str]) -> list[str]:
        """Listed people the article names: its front matter ``people`` first, then ``names`` found in it."""
        found = dict.fromkeys(p for p in article.people if p in self.people)
        for name in names:
            person = self.lookup(name, article.people)
            if person:
                found.setdefault(person)
        return list(found)

    def role_at(self, person_id: str, day: str) -> str | None:
        """The role the person held on ``day``, from people.yaml."""
        roles = [r for r in self.people[person_id].roles if r.held_on(day)]
        return roles[0].title if roles else None
