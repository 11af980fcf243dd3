# ruff: noqa: E501  (catalogue rows read best one case per line)
"""Hostile and broken content: every bad input gives one clear ``path:line: message`` and exit code 1.

Each row is (name, files, expected error). Beside the broken file sits a valid
article, so the tests also show that one bad file stops the whole build by
default (nothing is written) and that ``--keep-going`` publishes the rest.
"""

from __future__ import annotations

import pytest

from sitegen.read import MAX_ARTICLE_BYTES
from tests.test_hostile_helpers import GOOD, run, tree, write_site

A = "content/articles/x.md"
PEOPLE = "content/people.yaml"
TOPICS = "content/topics.yaml"


def fm(*lines: str, body: str = "Text.\n") -> str:
    """An article whose front matter holds ``lines``."""
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n" + body


T, D = "title: T", "date: 2025-01-01"
URL_RULE = "must start with http:// or https:// and hold no spaces"

ARTICLE_CASES = [
    # --- YAML that does not parse, or parses into the wrong shape
    ("yaml unclosed list", fm(T, D, "topics: [a, b"), f"{A}:5: not valid YAML: did not find expected ',' or ']'"),
    ("yaml tab indent", fm(T, "\tdate: 2025-01-01"), f"{A}:3: not valid YAML: found a tab character that violates indentation"),
    ("yaml python tag runs nothing", fm("title: !!python/object/apply:os.system ['echo pwned']", D),
     f"{A}:2: not valid YAML: could not determine a constructor for the tag "
     "'tag:yaml.org,2002:python/object/apply:os.system'"),
    ("yaml alias bomb", fm("a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", T, D),
     f"{A}:3: YAML aliases (*name) are not supported here; write the value out"),
    ("yaml repeated key", fm(T, "title: U", D), f"{A}:3: 'title' is given twice (first on line 2); keep one"),
    ("front matter is a list", fm("- a", "- b"), f"{A}:1: front matter must be a mapping of `key: value` lines"),
    ("front matter is a sentence", fm("just some text"), f"{A}:1: front matter must be a mapping of `key: value` lines"),
    ("front matter never closed", "---\ntitle: T\ndate: 2025-01-01\nText.\n",
     f"{A}:1: front matter is never closed; end it with a line holding only '---' before the text"),
    ("no front matter", "Just text.\n",
     f"{A}:1: no front matter; start the file with a '---' block holding title and date"),
    ("empty file", "", f"{A}:1: no front matter; start the file with a '---' block holding title and date"),
    ("empty front matter", "---\n---\nText.\n",
     f"{A}:1: front matter: 'title' is missing; add `title: ...` to the front matter"),
    ("unknown key", fm("titel: T", D),
     f"{A}:2: front matter: unknown key 'titel'; known keys: author, date, draft, people, slug, source, "
     "source_url, statements, summary, title, topics"),
    # --- title
    ("title missing", fm(D), f"{A}:1: front matter: 'title' is missing; add `title: ...` to the front matter"),
    ("title empty", fm("title: ''", D), f"{A}:2: front matter: 'title' is missing; add `title: ...` to the front matter"),
    ("title is a list", fm("title: [a, b]", D), f"{A}:2: front matter: 'title' must be text, not a list"),
    ("title is a mapping", fm("title: {a: b}", D), f"{A}:2: front matter: 'title' must be text, not a mapping"),
    ("title is true", fm("title: true", D), f"{A}:2: front matter: 'title' must be text, not true/false"),
    # --- dates: missing, impossible, ambiguous, relative
    ("date missing", fm(T), f"{A}:1: front matter: 'date' is missing; add `date: YYYY-MM-DD` to the front matter"),
    ("date 30 February", fm(T, "date: 2025-02-30"),
     f"{A}:3: not valid YAML: '2025-02-30' is not a real date (day is out of range for month); write it as YYYY-MM-DD"),
    ("date month 13", fm(T, "date: 2025-13-01"),
     f"{A}:3: not valid YAML: '2025-13-01' is not a real date (month must be in 1..12); write it as YYYY-MM-DD"),
    ("date year 0", fm(T, "date: 0000-01-01"),
     f"{A}:3: not valid YAML: '0000-01-01' is not a real date (year 0 is out of range); write it as YYYY-MM-DD"),
    ("date 30 February quoted", fm(T, "date: '2025-02-30'"),
     f"{A}:3: front matter: 'date' is not a date: \"2025-02-30\"; write it as YYYY-MM-DD"),
    ("date 31/02", fm(T, "date: 31/02/2025"), f"{A}:3: front matter: 'date' is not a date: \"31/02/2025\"; write it as YYYY-MM-DD"),
    ("date ambiguous", fm(T, "date: 03/04/2025"),
     f"{A}:3: front matter: 'date' is ambiguous (day and month could be swapped); write it as YYYY-MM-DD: \"03/04/2025\""),
    ("date relative", fm(T, "date: tomorrow"), f"{A}:3: front matter: 'date' is not a date: \"tomorrow\"; write it as YYYY-MM-DD"),
    ("date misspelt month", fm(T, "date: Febuary 4 2025"),
     f"{A}:3: front matter: 'date' is not a date: \"Febuary 4 2025\"; write it as YYYY-MM-DD"),
    ("date year only", fm(T, "date: 2025"), f"{A}:3: front matter: 'date' is not a date: \"2025\"; write it as YYYY-MM-DD"),
    # --- lists of ids and flags
    ("topics is a mapping", fm(T, D, "topics: {a: 1}"),
     f"{A}:4: front matter: 'topics' must be a list of ids, e.g. [topic-one, topic-two]"),
    ("topics are numbers", fm(T, D, "topics: [1, 2]"),
     f"{A}:4: front matter: 'topics' must be a list of ids, e.g. [topic-one, topic-two]"),
    ("people is a number", fm(T, D, "people: 5"),
     f"{A}:4: front matter: 'people' must be a list of ids, e.g. [person-one, person-two]"),
    ("draft is text", fm(T, D, "draft: 'yes'"), f"{A}:4: front matter: 'draft' must be true or false"),
    # --- source and its URL: only http(s), never javascript: or data:
    ("source is a list", fm(T, D, "source: [a, b]"), f"{A}:4: front matter: 'source' must be text, not a list"),
    ("source unknown key", fm(T, D, "source: {nam: Paper}"),
     f"{A}:4: front matter: unknown key 'nam' under 'source'; known keys: name, url"),
    ("source name is a list", fm(T, D, "source: {name: [a]}"), f"{A}:4: front matter: 'source.name' must be text, not a list"),
    ("source url is a number", fm(T, D, "source: {name: P, url: 5}"), f"{A}:4: front matter: source URL {URL_RULE}, not 5"),
    ("source url javascript", fm(T, D, "source: {name: P, url: 'javascript:alert(1)'}"),
     f"{A}:4: front matter: source URL {URL_RULE}, not 'javascript:alert(1)'"),
    ("source url JavaScript mixed case", fm(T, D, "source_url: 'JaVaScRiPt:alert(1)'"),
     f"{A}:4: front matter: source URL {URL_RULE}, not 'JaVaScRiPt:alert(1)'"),
    ("source url data", fm(T, D, "source_url: 'data:text/html,<script>alert(1)</script>'"),
     f"{A}:4: front matter: source URL {URL_RULE}, not 'data:text/html,<script>alert(1)</script>'"),
    ("source url space then javascript", fm(T, D, "source_url: ' javascript:alert(1)'"),
     f"{A}:4: front matter: source URL {URL_RULE}, not ' javascript:alert(1)'"),
    ("source url with a space", fm(T, D, "source_url: 'https://a.example/x y'"),
     f"{A}:4: front matter: source URL {URL_RULE}, not 'https://a.example/x y'"),
    ("source url with a newline", fm(T, D, 'source_url: "https://a.example/\\njavascript:x"'),
     f"{A}:4: front matter: source URL {URL_RULE}, not 'https://a.example/\\njavascript:x'"),
    # --- encodings
    ("latin-1 file", "---\ntitle: Café\ndate: 2025-01-01\n---\n".encode("latin-1"),
     f"{A}:2: not UTF-8 text; save the file as UTF-8"),
    ("utf-16 file", fm(T, D).encode("utf-16"), f"{A}:1: not UTF-8 text; save the file as UTF-8"),
    ("latin-1 in the body names the body line", (fm(T, D) + "caf\xe9\n").encode("latin-1"),
     f"{A}:6: not UTF-8 text; save the file as UTF-8"),
]  # fmt: skip

YAML_FILE_CASES = [
    ("people: broken YAML", PEOPLE, "- id: a\n  name: [A\n", f"{PEOPLE}:3: not valid YAML: did not find expected ',' or ']'"),
    ("people: not a list", PEOPLE, "a: b\n", f"{PEOPLE}:1: must be a list of entries, each starting with '- id: ...'"),
    ("people: entry is text", PEOPLE, "- Ann Lee\n", f"{PEOPLE}:1: each entry must be a mapping with at least 'id' and 'name'"),
    ("people: missing id", PEOPLE, "- name: A\n", f"{PEOPLE}:1: 'id' is missing; add `id: ...` to this entry"),
    ("people: missing name", PEOPLE, "- id: a\n", f"{PEOPLE}:1: 'name' is missing; add `name: ...` to this entry"),
    ("people: duplicate id", PEOPLE, "- id: a\n  name: A\n- id: a\n  name: B\n", f"{PEOPLE}:3: duplicate id 'a', first used on line 1"),
    ("people: repeated key", PEOPLE, "- id: a\n  name: A\n  name: B\n", f"{PEOPLE}:3: 'name' is given twice (first on line 2); keep one"),
    ("people: unknown key", PEOPLE, "- id: a\n  name: A\n  alias: [x]\n",
     f"{PEOPLE}:3: unknown key 'alias'; known keys: aliases, description, id, links, name, roles"),
    ("people: aliases is a mapping", PEOPLE, "- id: a\n  name: A\n  aliases: {x: 1}\n", f"{PEOPLE}:3: 'aliases' must be a list of text"),
    ("people: javascript link", PEOPLE, "- id: a\n  name: A\n  links: ['javascript:alert(1)']\n",
     f"{PEOPLE}:3: a link {URL_RULE}, not 'javascript:alert(1)'"),
    ("people: data link", PEOPLE, "- id: a\n  name: A\n  links: ['data:text/html;base64,PHNjcmlwdD4=']\n",
     f"{PEOPLE}:3: a link {URL_RULE}, not 'data:text/html;base64,PHNjcmlwdD4='"),
    ("people: role date not a date", PEOPLE, "- id: a\n  name: A\n  roles: [{title: Mayor, from: nope}]\n",
     f"{PEOPLE}:3: role 'from' is not a date: \"nope\"; write it as YYYY-MM-DD"),
    ("people: impossible role date", PEOPLE, "- id: a\n  name: A\n  roles: [{title: Mayor, to: 2025-02-29}]\n",
     f"{PEOPLE}:3: not valid YAML: '2025-02-29' is not a real date (day is out of range for month); write it as YYYY-MM-DD"),
    ("people: role is a number", PEOPLE, "- id: a\n  name: A\n  roles: [5]\n",
     f"{PEOPLE}:3: each role is text or a mapping with 'title' and optional 'from'/'to' dates"),
    ("topics: duplicate id", TOPICS, "- id: a\n  name: A\n- id: a\n  name: B\n", f"{TOPICS}:3: duplicate id 'a', first used on line 1"),
    ("topics: missing name", TOPICS, "- id: a\n", f"{TOPICS}:1: 'name' is missing; add `name: ...` to this entry"),
    ("topics: keywords is a mapping", TOPICS, "- id: a\n  name: A\n  keywords: {a: 1}\n", f"{TOPICS}:3: 'keywords' must be a list of text"),
    ("topics: unknown key", TOPICS, "- id: a\n  name: A\n  keyword: [x]\n",
     f"{TOPICS}:3: unknown key 'keyword'; known keys: description, id, keywords, name"),
    ("topics: latin-1", TOPICS, "- id: a\n  name: Caf\xe9\n".encode("latin-1"), f"{TOPICS}:2: not UTF-8 text; save the file as UTF-8"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "expected"), ARTICLE_CASES, ids=[c[0] for c in ARTICLE_CASES])
def test_a_broken_article_stops_the_build_with_file_line_and_fix(tmp_path, capsys, name, text, expected):
    site = write_site(tmp_path / "site", {A: text, "content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.errors == [expected]
    assert outcome.code == 1
    assert "nothing was written" in outcome.stderr
    assert not (site / "public").exists()


@pytest.mark.parametrize(("name", "path", "text", "expected"), YAML_FILE_CASES, ids=[c[0] for c in YAML_FILE_CASES])
def test_a_broken_people_or_topics_file_stops_the_build(tmp_path, capsys, name, path, text, expected):
    site = write_site(tmp_path / "site", {path: text, "content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (1, [expected])
    assert not (site / "public").exists()


def test_check_reports_the_same_errors_and_writes_nothing(tmp_path, capsys):
    site = write_site(tmp_path / "site", {A: fm(T, "date: 2025-02-30"), "content/articles/good.md": GOOD})
    outcome = run(capsys, "check", str(site))
    assert outcome.code == 1
    assert outcome.errors == [
        f"{A}:3: not valid YAML: '2025-02-30' is not a real date (day is out of range for month); write it as YYYY-MM-DD"
    ]
    assert sorted(p.name for p in site.iterdir()) == ["content"]


# --- duplicate slugs: two files would write the same page


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"content/articles/a.md": GOOD, "content/articles/b.md": fm(T, D, "slug: a")},
            "content/articles/b.md:1: slug 'a' is already used by content/articles/a.md; "
            "give one of them its own `slug:` in the front matter",
        ),
        (
            {"content/articles/A b.md": GOOD, "content/articles/a-b.md": GOOD},
            "content/articles/a-b.md:1: slug 'a-b' is already used by content/articles/A b.md; "
            "give one of them its own `slug:` in the front matter",
        ),
        (
            {"content/articles/新闻.md": GOOD, "content/articles/消息.md": GOOD},
            "content/articles/消息.md:1: slug 'untitled' is already used by content/articles/新闻.md; "
            "give one of them its own `slug:` in the front matter",
        ),
    ],
    ids=["slug given twice", "file names differing in case and spaces", "non-Latin file names"],
)
def test_duplicate_slugs_are_an_error_naming_both_files(tmp_path, capsys, files, expected):
    outcome = run(capsys, "build", str(write_site(tmp_path / "site", files)), "-q")
    assert (outcome.code, outcome.errors) == (1, [expected])


# --- one bad file by default, all of them with --keep-going


def test_keep_going_publishes_the_valid_articles_and_lists_every_error_in_path_order(tmp_path, capsys):
    site = write_site(
        tmp_path / "site",
        {
            "content/articles/a.md": fm(D),
            "content/articles/b.md": GOOD,
            "content/articles/c.md": fm(T, "date: 2025-13-01"),
            "content/articles/d.md": b"---\ntitle: caf\xe9\n",
        },
    )
    outcome = run(capsys, "build", str(site), "-q", "--keep-going")
    assert outcome.code == 1
    assert outcome.errors == [
        "content/articles/a.md:1: front matter: 'title' is missing; add `title: ...` to the front matter",
        "content/articles/c.md:3: not valid YAML: '2025-13-01' is not a real date (month must be in 1..12); "
        "write it as YYYY-MM-DD",
        "content/articles/d.md:2: not UTF-8 text; save the file as UTF-8",
    ]
    assert "3 error(s); those files were left out" in outcome.stderr
    assert (site / "public/articles/b/index.html").is_file()
    assert not any((site / "public/articles" / name).exists() for name in "acd")


def test_by_default_a_bad_file_leaves_the_previous_site_untouched(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    assert run(capsys, "build", str(site), "-q").code == 0
    before = tree(site / "public")
    write_site(site, {"content/articles/bad.md": fm(T)})
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.code == 1
    assert tree(site / "public") == before


def test_keep_going_with_a_broken_people_file_still_builds_the_articles(tmp_path, capsys):
    site = write_site(tmp_path / "site", {PEOPLE: "- id: a\n", "content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q", "--keep-going")
    assert outcome.errors == [f"{PEOPLE}:1: 'name' is missing; add `name: ...` to this entry"]
    assert outcome.code == 1
    assert (site / "public/articles/good/index.html").is_file()


def test_many_broken_articles_parsed_in_parallel_are_all_reported(tmp_path, capsys):
    """Errors cross process boundaries when enough articles are parsed in parallel workers."""
    files = {f"content/articles/a{i:03}.md": fm(D) for i in range(70)}
    outcome = run(capsys, "build", str(write_site(tmp_path / "site", files)), "-q", "--jobs", "2", "--keep-going")
    assert outcome.code == 1
    assert len(outcome.errors) == 70
    assert outcome.errors[0] == (
        "content/articles/a000.md:1: front matter: 'title' is missing; add `title: ...` to the front matter"
    )


# --- inputs that are strange but valid: they build, and nothing is lost


def _article_html(site, slug="x") -> str:
    return (site / f"public/articles/{slug}/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("byte order mark", "\ufeff" + fm("title: Budget day", D, body="Text.\n")),
        ("windows line endings", fm("title: Budget day", D, body="Text.\n").replace("\n", "\r\n")),
        ("old mac line endings", fm("title: Budget day", D, body="Text.\n").replace("\n", "\r")),
        ("NUL byte in the body", fm("title: Budget day", D, body="Te\0xt.\n")),
        ("form feed and line separators", fm("title: Budget day", D, body="A\x0cB\u2028C\u2029D\x85E\n\nText.\n")),
        ("date with time", fm("title: Budget day", "date: 2025-01-01 10:30:00")),
        ("date written out", fm("title: Budget day", "date: 1 January 2025")),
    ],
)
def test_odd_but_valid_files_build(tmp_path, capsys, name, data):
    site = write_site(tmp_path / "site", {A: data})
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (0, [])
    html = _article_html(site)
    assert "Budget day" in html and "2025-01-01" in html
    assert "\0" not in html


def test_anchors_stay_on_their_paragraph_after_a_line_separator():
    from sitegen.markdown import markdown_parser, render_markdown

    body = "First\u2028line.\n\nSecond \x0c paragraph.\n\nThird.\n"
    _, blocks = render_markdown(body, markdown_parser(False))
    assert [body[b.start : b.end] for b in blocks] == ["First\u2028line.\n", "Second \x0c paragraph.\n", "Third.\n"]


def test_an_article_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path, capsys):
    big = fm(T, D) + "x" * MAX_ARTICLE_BYTES
    site = write_site(tmp_path / "site", {A: big, "content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.errors == [f"{A}: is 20.0 MB; the limit is 20 MB per article: split it"]
    assert outcome.code == 1


def test_a_large_article_under_the_limit_is_read(tmp_path):
    """5 MB of text reads in well under the time a build allows; its body is kept whole (nothing lost)."""
    from sitegen.markdown import markdown_parser
    from sitegen.read import read_article

    paragraph = "The council met on Friday and 1,200 people came. " * 20 + "\n\n"
    body = paragraph * (5_000_000 // len(paragraph))
    site = write_site(tmp_path / "site", {A: fm(T, D, body=body)})
    article = read_article(site / A, site, markdown_parser(False))
    assert article.body == body
    assert len(article.blocks) == body.count("\n\n")


# --- quotation marks: unbalanced, nested, every common style


@pytest.mark.parametrize(
    "body",
    [
        '"We will win, Ann Lee said on Friday.\n',
        'We will win," Ann Lee said on Friday.\n',
        '"""""""""" Ann Lee said.\n\n""\n',
        "“Unclosed ‘nested « deeper „ deepest\n\nAnn Lee said.\n",
        "Ann Lee said: \"They told us 'no' and we said “never” and «jamais»,\" on Friday.\n",
        "”Backwards“ Ann Lee said. ’Also‘ she said. » Inverted « she said.\n",
        '"' * 5000 + "\n",
    ],
    ids=[
        "unclosed",
        "unopened",
        "runs of quotes",
        "all unclosed and nested",
        "nested styles",
        "reversed",
        "5000 quotes",
    ],
)
def test_unbalanced_and_nested_quotes_build_and_spans_stay_exact(tmp_path, capsys, body):
    site = write_site(tmp_path / "site", {A: fm(T, D, body=body)})
    assert run(capsys, "build", str(site), "-q").code == 0
    from sitegen.extract import extract

    found = extract(body)
    for st in found.statements:
        for span in [st.source, st.cue, *st.content]:
            if span:
                assert body[span.start : span.end] == span.text
    for figure in found.figures:
        assert body[figure.start : figure.end] == figure.text


STYLES = [
    ("straight double", '"', '"'),
    ("curly double", "“", "”"),
    ("guillemets", "«", "»"),
    ("German low-high", "„", "“"),
    ("curly single", "‘", "’"),
    ("straight single", "'", "'"),
    ("French spaced guillemets", "« ", " »"),
]


@pytest.mark.parametrize(("style", "open_", "close"), STYLES)
def test_a_quotation_in_every_common_style_is_a_direct_statement(style, open_, close):
    from sitegen.extract import extract

    body = f"{open_}We will balance the books,{close} Mayor Ann Lee said on Friday.\n"
    (statement,) = extract(body).statements
    assert (statement.kind, statement.speaker) == ("direct", "Ann Lee")
    assert "We will balance the books" in statement.content[0].text


# --- people: shared aliases, unknown ids


SHARED_ALIAS = """\
- id: ann-lee
  name: Ann Lee
  aliases: [Lee]
- id: bob-lee
  name: Bob Lee
  aliases: [Lee]
"""


def test_an_alias_shared_by_two_people_is_left_unresolved_and_reported(tmp_path, capsys):
    site = write_site(
        tmp_path / "site", {PEOPLE: SHARED_ALIAS, A: fm(T, D, body='"We will win," Lee said on Friday.\n')}
    )
    outcome = run(capsys, "build", str(site), "-v")
    assert outcome.code == 0
    assert (
        f"{A}: speaker 'Lee' matches several people in people.yaml; list the right one under 'people:' in the front matter"
        in outcome.warnings
    )
    for person in ("ann-lee", "bob-lee"):
        page = site / f"public/people/{person}/index.html"
        assert not page.exists() or "We will win" not in page.read_text()


def test_the_articles_people_list_settles_a_shared_alias(tmp_path, capsys):
    site = write_site(
        tmp_path / "site",
        {PEOPLE: SHARED_ALIAS, A: fm(T, D, "people: [bob-lee]", body='"We will win," Lee said on Friday.\n')},
    )
    outcome = run(capsys, "build", str(site), "-v")
    assert outcome.code == 0 and not any("matches several" in w for w in outcome.warnings)
    assert "We will win" in (site / "public/people/bob-lee/index.html").read_text()


def test_an_unknown_topic_is_a_warning_and_still_gets_a_page(tmp_path, capsys):
    site = write_site(tmp_path / "site", {A: fm(T, D, "topics: [no-such-topic]")})
    outcome = run(capsys, "build", str(site), "-v")
    assert outcome.code == 0
    assert f"{A}: topic 'no-such-topic' is not in content/topics.yaml; add it there" in outcome.warnings
    assert (site / "public/topics/no-such-topic/index.html").is_file()


def test_a_body_of_too_many_numbers_is_read_for_figures_up_to_a_line_the_warning_names(tmp_path, capsys):
    """Reading figures costs tens of microseconds each: a data dump would stall the build, so it stops and says so."""
    from sitegen.extract import MAX_DIGIT_GROUPS

    prose = "The council spent $4 million on 12 bridges.\n\n"
    rows = "".join(f"Row {n} holds {n} items.\n" for n in range(MAX_DIGIT_GROUPS))
    site = write_site(tmp_path / "site", {A: fm(T, D, body=prose + rows)})
    outcome = run(capsys, "build", str(site), "-v")
    cut_row = 4 + 2 + MAX_DIGIT_GROUPS // 2  # front matter, prose, then two digit groups a row
    assert outcome.code == 0
    assert f"{A}:{cut_row}: figures: too many numbers; figures from this line on were not read" in " ".join(
        outcome.warnings
    )
    figures = (site / "public/data/figures.csv").read_text(encoding="utf-8").splitlines()
    values = {line.split(",")[7] for line in figures[1:]}
    last_read = MAX_DIGIT_GROUPS // 2 - 2  # the row before the cut
    assert {"4000000", str(last_read)} <= values and str(last_read + 1) not in values


def test_an_unknown_person_id_in_front_matter_is_a_warning(tmp_path, capsys):
    site = write_site(tmp_path / "site", {A: fm(T, D, "people: [no-such-person]")})
    outcome = run(capsys, "build", str(site), "-v")
    assert outcome.code == 0
    assert any("no-such-person" in w and w.startswith(A) for w in outcome.warnings)


def test_speakers_whose_names_have_no_latin_letters_keep_separate_pages(tmp_path, capsys):
    body = '"We will win," 李明 said on Friday.\n\n"We will lose," 王芳 said on Friday.\n'
    site = write_site(tmp_path / "site", {A: fm(T, D, body=body)})
    assert run(capsys, "build", str(site), "-q").code == 0
    from sitegen.model import Person
    from sitegen.people import PeopleIndex

    index = PeopleIndex([Person(id="ann-lee", name="Ann Lee")])
    ids = [index._add_unlisted(name) for name in ("李明", "王芳", "李明", "Ann Lee", "Ann  Lee!")]
    assert len({ids[0], ids[1], ids[3]}) == 3
    assert ids[0] == ids[2]
    assert ids[3] == "ann-lee-unlisted"
    assert ids[4] not in ("ann-lee", ids[3])
