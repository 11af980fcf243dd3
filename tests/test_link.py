"""Linking: statements placed on people, paragraphs and topics, merged across articles, and editable."""

from __future__ import annotations

from datetime import date

from sitegen import link as link_module
from sitegen.config import SiteConfig
from sitegen.extract import extract
from sitegen.link import SHORT, ShortIds, article_ids, link, statement_id
from sitegen.markdown import markdown_parser, render_markdown
from sitegen.model import Article, Extraction, Person, Role, Span, Statement, Topic

PEOPLE = [
    Person("ann-lee", "Ann Lee", aliases=["Lee"], roles=[Role("Mayor", start="2024-01-01")]),
    Person("bo-quill", "Bo Quill", aliases=["Quill"]),
]
TOPICS = [Topic("budget", "Budget")]
QUOTE = '"We will balance the books,"'


def article(slug: str, day: str, body: str, edits: dict | None = None) -> Article:
    html, blocks = render_markdown(body, markdown_parser(False))
    return Article(slug, f"content/articles/{slug}.md", slug.title(), day, body, html, blocks,
                   topics=["budget"], edits=edits or {}, digest=slug)  # fmt: skip


def quote_by(body: str, speaker: str) -> Statement:
    start = body.index(QUOTE)
    return Statement("direct", speaker, None, None, [Span(start, start + len(QUOTE), QUOTE)])


def site_of(*articles: Article, speaker: str = "Ann Lee"):
    extractions = {a.slug: Extraction([quote_by(a.body, speaker)]) for a in articles}
    return link(SiteConfig(), list(articles), extractions, PEOPLE, TOPICS)


BODY = "Intro paragraph.\n\n" + QUOTE + " Ann Lee said.\n"


def test_statement_gets_person_paragraph_topic_and_role_at_its_date():
    (st,) = site_of(article("a", "2025-02-01", BODY)).statements
    assert st.person == "ann-lee"
    assert st.block == site_of(article("a", "2025-02-01", BODY)).articles[0].blocks[1].id
    assert st.topics == ["budget"] and st.role == "Mayor" and st.date == "2025-02-01"


def test_the_role_from_people_yaml_wins_over_the_articles_wording():
    """Editors curate roles by date; an article's apposition ("Councillor Ann Lee") is only a fallback."""
    body = "Intro paragraph.\n\n" + QUOTE + " Councillor Ann Lee said.\n"
    quote = quote_by(body, "Ann Lee")
    quote.role = "Councillor"
    site = link(SiteConfig(), [article("a", "2025-02-01", body)], {"a": Extraction([quote])}, PEOPLE, TOPICS)
    assert site.statements[0].role == "Mayor"
    unlisted = link(SiteConfig(), [article("b", "2023-02-01", body)], {"b": Extraction([quote])}, PEOPLE, TOPICS)
    assert unlisted.statements[0].role == "Councillor"  # no role in people.yaml on that date


def test_the_same_quote_in_two_articles_is_one_statement_with_its_earliest_date():
    site = site_of(article("later", "2025-03-01", BODY), article("first", "2025-02-01", "Other.\n\n" + BODY))
    (st,) = site.statements
    assert st.date == "2025-02-01"
    assert [a.article for a in st.appearances] == ["first", "later"]


def test_a_statement_in_two_articles_has_both_their_topics_and_leaves_each_articles_own_alone():
    later, first = article("later", "2025-03-01", BODY), article("first", "2025-02-01", "Other.\n\n" + BODY)
    later.topics = ["housing"]
    site = site_of(later, first)
    assert site.statements[0].topics == ["budget", "housing"]
    assert (first.topics, later.topics) == (["budget"], ["housing"])


def test_a_statement_in_three_articles_has_the_sorted_union_of_their_topics():
    one, two, three = (article(s, f"2025-0{i}-01", f"Para {s}.\n\n" + BODY) for i, s in enumerate("abc", 1))
    one.topics, two.topics, three.topics = ["zoning", "budget"], ["housing", "zoning"], ["arts"]
    (st,) = site_of(one, two, three).statements
    assert st.topics == ["arts", "budget", "housing", "zoning"]
    assert one.topics == ["zoning", "budget"]


def test_statement_ids_come_from_speaker_and_words_not_position():
    one = site_of(article("a", "2025-02-01", BODY)).statements[0].id
    moved = site_of(article("a", "2025-02-01", "A new first paragraph.\n\n" + BODY)).statements[0].id
    assert one == moved == statement_id("ann-lee", quote_by(BODY, "x"))


def test_editors_can_suppress_a_statement_by_id():
    sid = site_of(article("a", "2025-02-01", BODY)).statements[0].id
    site = site_of(article("a", "2025-02-01", BODY, {"statements": {"suppress": [sid]}}))
    assert site.statements == []


def test_editors_can_correct_the_speaker():
    sid = site_of(article("a", "2025-02-01", BODY)).statements[0].id
    site = site_of(article("a", "2025-02-01", BODY, {"statements": {"correct": {sid: {"speaker": "bo-quill"}}}}))
    assert [(s.id, s.person) for s in site.statements] == [(sid, "bo-quill")]


def test_editors_can_add_a_statement_the_extractor_missed():
    body = BODY + "\nQuill argued that taxes must fall.\n"
    edits = {"statements": {"add": [{"quote": "taxes must fall", "speaker": "Bo Quill", "date": "2025-01-30"}]}}
    site = site_of(article("a", "2025-02-01", body, edits))
    added = [s for s in site.statements if s.person == "bo-quill"]
    assert [(s.text, s.statement.kind, s.date) for s in added] == [("taxes must fall", "indirect", "2025-01-30")]


def test_bad_edits_are_reported_not_ignored():
    edits = {"statements": {"suppress": ["s-nope"], "add": [{"quote": "not in the text", "speaker": "Ann Lee"}]}}
    warnings = [str(w) for w in site_of(article("a", "2025-02-01", BODY, edits)).warnings]
    assert any("no statement 's-nope'" in w for w in warnings)
    assert any("not found in the article text" in w for w in warnings)


def test_unknown_topics_still_get_a_page_and_a_warning():
    a = article("a", "2025-02-01", BODY)
    a.topics = ["taxes"]
    site = site_of(a)
    assert "taxes" in site.topics and "not in content/topics.yaml" in str(site.warnings[0])


def test_figure_ids_survive_edits_elsewhere_in_the_article_and_tell_repeats_apart():
    def ids(body: str) -> list[str]:
        art = article("costs", "2025-01-01", body)
        return [f.id for f in link(SiteConfig(), [art], {"costs": extract(body)}, PEOPLE, TOPICS).figures]

    first = ids("Costs rose by $5 and then by $5 again.\n\nMore.\n")
    moved = ids("A new opening paragraph.\n\nCosts rose by $5 and then by $5 again.\n\nMore.\n")
    assert len(set(first)) == 2 and first == moved


def test_ids_cached_with_the_extraction_link_the_same_site_as_ids_computed_in_link():
    body = "Costs rose by $5.\n\n" + QUOTE + " Ann Lee said.\n\nAgain $5 and 7%.\n"
    arts = [article("a", "2025-02-01", body), article("b", "2025-03-01", "Other.\n\n" + body)]
    extractions = {a.slug: extract(a.body) for a in arts}
    cached = {a.slug: article_ids(a, extractions[a.slug]) for a in arts}
    with_ids = link(SiteConfig(), arts, extractions, PEOPLE, TOPICS, cached)
    without = link(SiteConfig(), arts, extractions, PEOPLE, TOPICS)
    assert with_ids.statements and len(with_ids.figures) == 6
    assert (with_ids.statements, with_ids.figures) == (without.statements, without.figures)


def test_a_shown_id_is_claimed_by_the_first_item_and_a_later_one_sharing_it_gets_a_longer_one():
    short = ShortIds()
    first, second = "s-abcdef0123" + "1" * 30, "s-abcdef0123" + "2" * 30
    assert short(first) == first[:SHORT]
    assert short(second) == second[: SHORT + 6]
    assert short(first) == first[:SHORT] and short(second) == second[: SHORT + 6]  # stable within the build


def test_statements_and_figures_whose_short_ids_collide_stay_apart(monkeypatch):
    """With one hex digit per id, 40 quotes and their figures must collide; none may merge with another or
    share its anchor (ten digits collide among the half-million figures of a 10,000-article site)."""
    monkeypatch.setattr(link_module, "SHORT", 3)
    quotes = [f'"We will spend {n} million on roads number {n}," Ann Lee said.' for n in range(40)]
    body = "\n\n".join(quotes) + "\n"
    a = article("roads", "2025-02-01", body)
    extraction = extract(body, date(2025, 2, 1))
    site = link(SiteConfig(), [a], {"roads": extraction}, PEOPLE, TOPICS)
    assert len(site.statements) == len({st.statement.content[0].text for st in site.statements}) == 40
    assert len({st.id for st in site.statements}) == 40
    assert len(site.figures) >= 40 and len({f.id for f in site.figures}) == len(site.figures)
