"""Reading content: front matter, people and topics, with errors naming file and line."""

from __future__ import annotations

import pytest

from sitegen.errors import ContentError
from sitegen.markdown import markdown_parser
from sitegen.read import read_article, read_content, read_people, read_topics, split_front_matter

MD = markdown_parser(allow_html=False)


def article_error(make_site, text: str) -> str:
    site = make_site({"content/articles/x.md": text})
    with pytest.raises(ContentError) as info:
        read_article(site / "content/articles/x.md", site, MD)
    return str(info.value)


def test_front_matter_fields_are_read(make_site):
    site = make_site(
        {
            "content/articles/letter.md": """\
            ---
            title: A letter
            date: 5 Feb 2025
            source: {name: The Paper, url: "https://paper.example/a"}
            author: Ann
            topics: [Migration, foreign-policy]
            people: [ann-lee]
            summary: Short.
            ---
            Body text.
            """
        }
    )
    article = read_article(site / "content/articles/letter.md", site, MD)
    assert article.slug == "letter"
    assert article.date == "2025-02-05"
    assert (article.source_name, article.source_url) == ("The Paper", "https://paper.example/a")
    assert article.topics == ["migration", "foreign-policy"]
    assert article.body == "Body text.\n"
    assert article.body_line == 10


def test_body_offsets_are_exact_after_front_matter():
    meta, body, line = split_front_matter("---\ntitle: x\n---\nHello\n")
    assert meta.strip() == "title: x"
    assert body == "Hello\n"
    assert line == 4


def test_misspelt_date_names_file_and_line(make_site):
    message = article_error(make_site, "---\ntitle: T\ndate: Febuary 4\n---\nx\n")
    assert (
        message == "content/articles/x.md:3: front matter: 'date' is not a date: \"Febuary 4\"; write it as YYYY-MM-DD"
    )


def test_ambiguous_numeric_date_is_refused(make_site):
    assert "ambiguous" in article_error(make_site, "---\ntitle: T\ndate: 04/02/2025\n---\nx\n")


def test_relative_date_is_refused_because_builds_must_not_depend_on_the_day(make_site):
    assert "is not a date" in article_error(make_site, "---\ntitle: T\ndate: tomorrow\n---\nx\n")


def test_missing_title(make_site):
    assert article_error(make_site, "---\ndate: 2025-01-01\n---\nx\n").startswith(
        "content/articles/x.md:1: front matter: 'title' is missing"
    )


def test_broken_yaml_points_at_the_line(make_site):
    message = article_error(make_site, "---\ntitle: T\ndate: 2025-01-01\ntopics: [a, b\n---\nx\n")
    assert message.startswith("content/articles/x.md:") and "not valid YAML" in message


def test_no_front_matter(make_site):
    assert "no front matter" in article_error(make_site, "Just text\n")


def test_unknown_key_is_an_error(make_site):
    assert "unknown key 'titel'" in article_error(make_site, "---\ntitel: T\ndate: 2025-01-01\n---\nx\n")


def test_javascript_source_url_is_refused(make_site):
    message = article_error(
        make_site, "---\ntitle: T\ndate: 2025-01-01\nsource: {name: X, url: 'javascript:alert(1)'}\n---\nx\n"
    )
    assert "must start with http:// or https://" in message


def test_slug_that_escapes_is_refused(make_site):
    assert "is a path" in article_error(make_site, "---\ntitle: T\ndate: 2025-01-01\nslug: ../../etc\n---\nx\n")


def test_non_utf8_file_names_the_line(make_site):
    site = make_site({})
    path = site / "content/articles/x.md"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"---\ntitle: T\ndate: 2025-01-01\n---\ncaf\xe9\n")
    with pytest.raises(ContentError, match=r"x.md:5: not UTF-8"):
        read_article(path, site, MD)


def test_people_and_topics_files(make_site):
    site = make_site(
        {
            "content/people.yaml": """\
            - id: ann-lee
              name: Ann Lee
              aliases: [Mayor Lee]
              roles:
                - Mayor of Rivertown
                - {title: Councillor, from: 2019-01-01, to: 2022-12-31}
            """,
            "content/topics.yaml": "- id: budget\n  name: Budget\n  keywords: [money]\n",
        }
    )
    (ann,) = read_people(site / "content/people.yaml", site)
    assert ann.aliases == ["Mayor Lee"]
    assert [r.title for r in ann.roles] == ["Mayor of Rivertown", "Councillor"]
    assert ann.roles[1].held_on("2020-05-01") and not ann.roles[1].held_on("2023-01-01")
    assert read_topics(site / "content/topics.yaml", site)[0].keywords == ["money"]


def test_duplicate_person_id_names_both_lines(make_site):
    site = make_site({"content/people.yaml": "- id: a\n  name: A\n- id: a\n  name: B\n"})
    with pytest.raises(ContentError, match=r"people.yaml:3: duplicate id 'a', first used on line 1"):
        read_people(site / "content/people.yaml", site)


def test_read_content_collects_every_error_and_skips_drafts(make_site):
    site = make_site(
        {
            "content/articles/a.md": "---\ntitle: A\ndate: nope\n---\n",
            "content/articles/b.md": "---\ndate: 2025-01-01\n---\n",
            "content/articles/c.md": "---\ntitle: C\ndate: 2025-01-01\ndraft: true\n---\n",
            "content/articles/d.md": "---\ntitle: D\ndate: 2025-01-01\n---\n",
        }
    )
    content = read_content(site, MD)
    assert [e.path for e in content.errors] == ["content/articles/a.md", "content/articles/b.md"]
    assert [a.slug for a in content.articles] == ["d"]


def test_duplicate_slugs_are_an_error(make_site):
    site = make_site(
        {
            "content/articles/a.md": "---\ntitle: A\ndate: 2025-01-01\nslug: same\n---\n",
            "content/articles/b.md": "---\ntitle: B\ndate: 2025-01-01\nslug: same\n---\n",
        }
    )
    (error,) = read_content(site, MD).errors
    assert "slug 'same' is already used by content/articles/a.md" in str(error)
