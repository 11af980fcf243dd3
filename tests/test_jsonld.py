"""schema.org JSON-LD: NewsArticle, Person, Quotation (direct quotes), Claim (reported statements and figures),
each with author/creator and the article; embedded so that no text can close the ``<script>``."""

from __future__ import annotations

import json
import re

from sitegen.link import Appearance
from tests.test_pages import rendered, tiny_site

_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html: str) -> list[dict]:
    return [json.loads(block) for block in _LD.findall(html)]


def _nodes(data: dict) -> list[dict]:
    return data.get("@graph", [data])


def test_article_page_has_news_article_quotations_and_claims(tmp_path):
    site = tiny_site()
    html = rendered(site, tmp_path)["articles/flood/index.html"]
    (data,) = json_ld(html)
    assert data["@context"] == "https://schema.org"
    nodes = _nodes(data)
    news = nodes[0]
    assert news["@type"] == "NewsArticle" and news["datePublished"] == "2025-03-10"
    assert news["isBasedOn"] == "https://example.org/news/flood"
    assert news["publisher"] == {"@type": "Organization", "name": "Example News"}
    assert {"@type": "Person", "name": "Ann Lee", "url": "https://example.org/repo/people/ann-lee/"} in news["mentions"]
    types = [n["@type"] for n in nodes[1:]]
    assert types.count("Quotation") == 1 and types.count("Claim") == 3  # a quote, reported + mixed, a figure
    assert news["@id"] == news["url"] == "https://example.org/repo/articles/flood/"
    quote = next(n for n in nodes if n["@type"] == "Quotation")
    assert quote["creator"]["name"] == "Ann Lee"
    assert quote["isBasedOn"] == {"@id": news["@id"]}, "the article node, by reference"
    for claim in (n for n in nodes if n["@type"] == "Claim"):
        assert claim["appearance"] == {"@id": news["@id"]} and claim["author"]["@type"] == "Person"
    assert "ClaimReview" not in html


def test_person_page_and_each_statement_under_its_permalink(tmp_path):
    site = tiny_site()
    files = rendered(site, tmp_path)
    (person,) = json_ld(files["people/ann-lee/index.html"])
    assert person["@type"] == "Person" and person["jobTitle"] == ["Mayor"]
    assert person["sameAs"] == ["https://example.org/lee"]
    for st in site.statements:
        (data,) = json_ld(files[f"articles/{st.article}/index.html"])
        node = next(n for n in _nodes(data) if n.get("@id") == f"https://example.org/repo/{st.permalink}")
        assert node["@type"] == ("Quotation" if st.statement.kind == "direct" else "Claim")
        assert node["url"] == node["@id"]
        if st.person:
            assert (node.get("creator") or node.get("author"))["name"] == site.people[st.person].name


def test_json_ld_cannot_break_out_of_its_script(tmp_path):
    site = tiny_site()
    site.articles[0].title = "</script><script>window.__pwned=1</script><!-- \u2028"
    site.articles[0].summary = "</SCRIPT >&amp;"
    html = rendered(site, tmp_path)["articles/flood/index.html"]
    blocks = _LD.findall(html)
    assert len(blocks) == 1 and "<" not in blocks[0] and ">" not in blocks[0]
    assert json.loads(blocks[0])["@graph"][0]["headline"] == site.articles[0].title


def test_article_page_credits_only_itself_for_a_statement_many_articles_report(tmp_path):
    """A line reported by hundreds of articles must not copy all of them into each article page."""
    site = tiny_site()
    quote = next(s for s in site.statements if s.article == "flood" and s.statement.kind == "direct")
    quote.appearances.append(Appearance("budget", None, "2025-02-01"))
    files = rendered(site, tmp_path)
    (data,) = json_ld(files["articles/flood/index.html"])
    node = next(n for n in _nodes(data) if n.get("@id", "").endswith(f"#{quote.id}"))
    assert node["isBasedOn"] == {"@id": "https://example.org/repo/articles/flood/"}
    (other,) = json_ld(files["articles/budget/index.html"])
    node = next(n for n in _nodes(other) if n.get("@id", "").endswith(f"#{quote.id}"))
    assert node["isBasedOn"] == {"@id": "https://example.org/repo/articles/budget/"}
