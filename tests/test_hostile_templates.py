"""A broken template override is an error naming the template file (and line, for syntax errors)."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.test_hostile_helpers import GOOD, run, tree, write_site

PERSON_HEAD = "{% extends 'base.html' %}\n{% block main %}\n"


def built_site(tmp_path, capsys, files=None):
    """A site with one article quoting Ann Lee (so it has a person page), built once."""
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD, **(files or {})})
    assert run(capsys, "build", str(site), "-q").code == 0
    return site


@pytest.mark.parametrize(
    ("name", "template", "text", "expected"),
    [
        ("syntax error", "person.html", PERSON_HEAD + "<h1>{{ person.name }}</h1>\n{% if %}\n{% endblock %}\n",
         "templates/person.html:4: Expected an expression, got 'end of statement block'"),
        ("unclosed block", "person.html", PERSON_HEAD + "{% for x in statements %}\n{% endblock %}\n",
         "templates/person.html:4: Encountered unknown tag 'endblock'. You probably made a nesting mistake. Jinja is "
         "expecting this tag, but currently looking for 'endfor' or 'else'. The innermost block that needs to be "
         "closed is 'for'."),
        ("syntax error in a macro file", "_macros.html", "{% macro statement_item( %}\n",
         "templates/_macros.html:1: expected token 'name', got '%'"),
        ("undefined variable", "person.html", PERSON_HEAD + "{{ no_such_variable }}\n{% endblock %}\n",
         "templates/person.html:3: template error: 'no_such_variable' is undefined"),
        ("undefined attribute", "person.html", PERSON_HEAD + "{{ person.no_such_field.x }}\n{% endblock %}\n",
         "templates/person.html:3: template error: 'sitegen.model.Person object' has no attribute 'no_such_field'"),
    ],
)  # fmt: skip
def test_a_broken_override_names_the_template_and_keeps_the_old_site(tmp_path, capsys, name, template, text, expected):
    site = built_site(tmp_path, capsys)
    before = tree(site / "public")
    write_site(site, {f"templates/{template}": text})
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (1, [expected])
    assert tree(site / "public") == before


def test_a_template_error_in_parallel_render_workers_is_reported_the_same_way(tmp_path, capsys):
    files = {f"content/articles/a{i:03}.md": GOOD.replace("budget", f"budget {i}") for i in range(70)}
    files["templates/article.html"] = "{% extends 'base.html' %}\n{% block main %}{{ nope }}{% endblock %}\n"
    site = write_site(tmp_path / "site", files)
    outcome = run(capsys, "build", str(site), "-q", "--jobs", "2")
    assert (outcome.code, outcome.errors) == (1, ["templates/article.html:2: template error: 'nope' is undefined"])


def test_an_undefined_variable_in_an_overridden_base_names_that_file(tmp_path, capsys):
    site = write_site(
        tmp_path / "site",
        {"content/articles/good.md": GOOD, "templates/base.html": "<html>\n<body>\n{{ nope }}\n</body>\n</html>\n"},
    )
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.code == 1
    assert outcome.errors[0].startswith("templates/base.html:3: ")


def test_a_runtime_error_in_a_template_names_the_template_and_line(tmp_path, capsys):
    site = built_site(tmp_path, capsys)
    write_site(site, {"templates/person.html": PERSON_HEAD + "{{ 1 / 0 }}\n{% endblock %}\n"})
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (1, ["templates/person.html:3: template error: division by zero"])


def test_calling_a_string_in_a_template_names_the_template_and_line(tmp_path, capsys):
    site = built_site(tmp_path, capsys)
    write_site(
        site,
        {"templates/person.html": PERSON_HEAD + "<h1>{{ person.name }}</h1>\n{{ person.name() }}\n{% endblock %}\n"},
    )
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (
        1,
        ["templates/person.html:4: template error: 'str' object is not callable"],
    )


def test_an_error_in_a_macro_names_the_macro_file(tmp_path, capsys):
    """Every other macro stays as it was, so whichever page renders first, the error is the one in this macro."""
    site = built_site(tmp_path, capsys)
    macros = (REPO / "templates" / "_macros.html").read_text(encoding="utf-8")
    start = macros.index("{% macro article_list(articles) %}")
    end = macros.index("{% endmacro %}", start)
    broken = macros[:start] + "{% macro article_list(articles) %}\n{{ articles.nope }}\n" + macros[end:]
    write_site(site, {"templates/_macros.html": broken})
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.code == 1
    line = macros.count("\n", 0, start) + 2
    assert outcome.errors[0].startswith(f"templates/_macros.html:{line}: template error: ")
