"""Matching names as written to people.yaml entries, never guessing between two people."""

from sitegen.extract.names import name_candidates
from sitegen.model import Article, Person, Role, Statement
from sitegen.people import PeopleIndex, normalise_name

PEOPLE = [
    Person("raja-ram-singh", "Raja Ram Singh", aliases=["Singh"], roles=[Role("MP", start="2024-06-04")]),
    Person("s-jaishankar", "S. Jaishankar", aliases=["Jaishankar"]),
    Person("ann-lee", "Ann Lee", aliases=["Lee"]),
    Person("bo-lee", "Bo Lee", aliases=["Lee"]),
]


def article(body: str, people: list[str] | None = None) -> Article:
    return Article("a", "content/articles/a.md", "A", "2025-02-06", body, "", [], people=people or [])


def test_titles_and_honorifics_are_ignored():
    assert normalise_name("Mr. Raja  Ram Singh") == "raja ram singh"
    assert normalise_name("Shri Singh") == "singh"


def test_lookup_by_name_alias_and_title():
    index = PeopleIndex(PEOPLE)
    assert index.lookup("Mr. Jaishankar", []) == "s-jaishankar"
    assert index.lookup("Raja Ram Singh", []) == "raja-ram-singh"


def test_a_shared_alias_is_settled_by_the_article_or_left_unresolved():
    index = PeopleIndex(PEOPLE)
    assert index.lookup("Lee", ["bo-lee"]) == "bo-lee"
    assert index.lookup("Lee", []) is None
    warnings: list = []
    st = Statement("direct", "Lee", None, None, [])
    assert index.resolve_speaker(st, article("x"), [], warnings) is None
    assert "matches several people" in str(warnings[0])


def test_unknown_speakers_get_an_unlisted_person():
    index = PeopleIndex(PEOPLE)
    st = Statement("direct", "Mira Castellan", None, None, [])
    assert index.resolve_speaker(st, article("x"), [], []) == "mira-castellan"
    assert index.people["mira-castellan"].listed is False


def test_anonymous_sources_are_never_promoted_to_a_person():
    st = Statement("indirect", None, None, None, [], speaker_type="anonymous")
    assert PeopleIndex(PEOPLE).resolve_speaker(st, article("x"), [], []) is None


def test_people_named_in_the_text_are_mentions():
    body = "Raja Ram Singh wrote to External Affairs Minister S. Jaishankar about it."
    names = name_candidates(body)
    assert PeopleIndex(PEOPLE).mentioned_in(article(body), names) == ["raja-ram-singh", "s-jaishankar"]


def test_role_at_a_date():
    index = PeopleIndex(PEOPLE)
    assert index.role_at("raja-ram-singh", "2025-02-04") == "MP"
    assert index.role_at("raja-ram-singh", "2020-01-01") is None


def test_a_role_with_an_organisation_before_the_name_finds_the_person_the_article_is_about():
    index = PeopleIndex([*PEOPLE, Person("orren-lanquist", "Orren Lanquist", aliases=["Lanquist"])])
    assert index.lookup("Kestrel Energy Orren Lanquist", ["orren-lanquist"]) == "orren-lanquist"
    assert index.lookup("Transport Orren Lanquist", ["orren-lanquist"]) == "orren-lanquist"
    assert index.lookup("Kestrel Energy Orren Lanquist", []) is None  # not listed for this article: no guess
    assert index.lookup("Jo Ann Lee", []) is None
