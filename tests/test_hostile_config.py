# ruff: noqa: E501  (catalogue rows read best one case per line)
"""A broken sitegen.toml is one clear error with its line, never a crash or a dangerous link prefix."""

from __future__ import annotations

import pytest

from tests.test_hostile_helpers import GOOD, run, write_site

CFG = "sitegen.toml"

CONFIG_CASES = [
    ("not TOML", "title = \n", f"{CFG}:1: not valid TOML: "),
    ("unclosed string", 'title = "x\n', f"{CFG}:1: not valid TOML: "),
    (
        "key twice",
        'title = "a"\ntitle = "b"\n',
        f"{CFG}:2: not valid TOML: ",
    ),
    (
        "unknown key",
        "titel = 'x'\n",
        f"{CFG}:1: unknown setting 'titel'; known settings: allow_html, base_url, description, language, timezone, title (no [tables])",
    ),
    (
        "a table",
        "[site]\ntitle = 'x'\n",
        f"{CFG}: unknown setting 'site'; known settings: allow_html, base_url, description, language, timezone, title (no [tables])",
    ),
    ("bool in quotes", "allow_html = 'yes'\n", f"{CFG}:1: 'allow_html' must be true or false, without quotes"),
    ("number for text", "title = 5\n", f"{CFG}:1: 'title' must be text in quotes, e.g. title = \"...\""),
    (
        "list for text",
        "\n\nlanguage = ['en']\n",
        f"{CFG}:3: 'language' must be text in quotes, e.g. language = \"...\"",
    ),
    ("latin-1", "title = 'Caf\xe9'\n".encode("latin-1"), f"{CFG}: not UTF-8 text; save it as UTF-8"),
    (
        "javascript base_url",
        "base_url = 'javascript:alert(1)//'\n",
        f"{CFG}:1: base_url 'javascript:alert(1)//' is not an http(s) URL or a path; write e.g. https://me.github.io/repo/ or /repo/",
    ),
    (
        "protocol-relative base_url",
        "base_url = '//evil.example/'\n",
        f"{CFG}:1: base_url '//evil.example/' is not an http(s) URL or a path; write e.g. https://me.github.io/repo/ or /repo/",
    ),
    (
        "base_url with a quote",
        "base_url = '/x\"onmouseover=alert(1)//'\n",
        f"{CFG}:1: base_url '/x\"onmouseover=alert(1)//' is not an http(s) URL or a path; write e.g. https://me.github.io/repo/ or /repo/",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CONFIG_CASES, ids=[c[0] for c in CONFIG_CASES])
def test_a_broken_config_stops_the_build_with_its_line(tmp_path, capsys, name, text, expected):
    site = write_site(tmp_path / "site", {CFG: text, "content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.code == 1 and len(outcome.errors) == 1
    if expected.endswith("not valid TOML: "):  # the parser's own words vary between Python versions
        assert outcome.errors[0].startswith(expected) and "(at line" in outcome.errors[0]
    else:
        assert outcome.errors == [expected]
    assert not (site / "public").exists()


def test_a_folder_named_sitegen_toml_is_an_error(tmp_path, capsys):
    site = write_site(tmp_path / "site", {f"{CFG}/x": "", "content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (1, [f"{CFG}: cannot be read (is a directory); it must be a TOML file"])


def test_a_javascript_base_url_on_the_command_line_is_an_error(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q", "--base-url", "javascript:alert(1)")
    assert outcome.code == 1
    assert outcome.errors == [
        "--base-url: base_url 'javascript:alert(1)' is not an http(s) URL or a path; write e.g. https://me.github.io/repo/ or /repo/"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\ufefftitle = 'With BOM'\n",
        "# only a comment\n",
        "base_url = 'https://me.github.io/repo/'\n",
        "base_url = '/repo/'\n",
    ],
)
def test_valid_configs_build(tmp_path, capsys, text):
    site = write_site(tmp_path / "site", {CFG: text, "content/articles/good.md": GOOD})
    assert run(capsys, "build", str(site), "-q").code == 0


def test_config_text_is_escaped_in_every_page(tmp_path, capsys):
    site = write_site(
        tmp_path / "site",
        {
            CFG: "title = '</title><script>window.__pwned=1</script>'\ndescription = '\"><img src=x onerror=alert(1)>'\nlanguage = 'en\" onload=\"alert(1)'\n",
            "content/articles/good.md": GOOD,
        },
    )
    assert run(capsys, "build", str(site), "-q").code == 0
    html = (site / "public/index.html").read_text()
    assert "<script>window.__pwned" not in html and "<img src=x" not in html and '" onload="' not in html
    assert "&lt;/title&gt;&lt;script&gt;" in html
