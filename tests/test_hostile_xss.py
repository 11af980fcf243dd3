"""Nothing injected: script, event handlers, dangerous URLs and template syntax in every field stay inert text.

The payloads go through the whole build (read → extract → link → render →
write).  This module checks the HTML; tests/test_hostile_browser.py opens
every page in headless Chromium and checks that nothing ran.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitegen.cli import main
from tests.test_hostile_helpers import write_site

SCRIPT = "<script>window.__pwned=1;alert(1)</script>"
IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
SVG = "<svg/onload=window.__pwned=1>"
CLOSE_JSON = "</script><script>window.__pwned=1</script>"
ATTR = '" onmouseover="window.__pwned=1" x="'
TEMPLATE = "{{ 'PWN' ~ 'ED' }} {% raw %}{{ 7*7 }}{% endraw %} {{ config.__class__ }}"
URL_ATTR = '"onmouseover="window.__pwned=1"x="'
"""An attribute breakout for URLs, which may not hold spaces."""
PAYLOADS = [SCRIPT, IMG, SVG, CLOSE_JSON, ATTR, TEMPLATE]
ALL = " ".join(PAYLOADS)


def yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hostile_site(root: Path) -> Path:
    """Payloads in the title, summary, author, source, topics, people (names, aliases, roles, description), the
    config, quotations, figures and Markdown links, images, raw HTML and autolinks."""
    body = f"""\
"{SCRIPT} we will win {IMG}," Mayor Ann Lee said on Friday.

"{CLOSE_JSON} and {TEMPLATE}," said {SVG} Evil.

Ann Lee said the council spent $1,200 {SCRIPT} on 40 {IMG} projects.

[click me](javascript:window.__pwned=1) [data](data:text/html,{SCRIPT}) [vb](vbscript:msgbox(1))
![img](javascript:window.__pwned=1) <javascript:window.__pwned=1> [ok](https://example.org/{ATTR})

{SCRIPT}

<div onclick="window.__pwned=1">{IMG}</div>

| head {SCRIPT} |
| --- |
| {IMG} |

`{SCRIPT}` and {TEMPLATE}
"""
    front = f"""\
---
title: {yaml_str("Title " + ALL)}
date: 2025-03-01
summary: {yaml_str("Summary " + ALL)}
author: {yaml_str("Author " + ALL)}
source: {{name: {yaml_str("Source " + ALL)}, url: {yaml_str("https://example.org/a?b=" + URL_ATTR + SCRIPT)}}}
topics: [budget]
people: [ann-lee]
---
"""
    people = f"""\
- id: ann-lee
  name: Ann Lee
  aliases: [Mayor Ann Lee]
  roles: [{yaml_str("Mayor " + ALL)}]
  description: {yaml_str("Description " + ALL)}
  links: [{yaml_str("https://example.org/p?" + URL_ATTR + SCRIPT)}]
"""
    topics = f"- id: budget\n  name: {yaml_str('Budget ' + ALL)}\n  description: {yaml_str('About ' + ALL)}\n"
    config = f"title = {yaml_str('Site ' + ALL)}\ndescription = {yaml_str('Desc ' + ALL)}\nallow_html = false\n"
    return write_site(
        root,
        {
            "content/articles/x.md": front + body,
            "content/people.yaml": people,
            "content/topics.yaml": topics,
            "sitegen.toml": config,
        },
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    site = hostile_site(tmp_path_factory.mktemp("xss") / "site")
    assert main(["build", str(site), "-q"]) == 0
    return site / "public"


def pages(public: Path) -> dict[str, str]:
    return {p.relative_to(public).as_posix(): p.read_text(encoding="utf-8") for p in sorted(public.rglob("*.html"))}


def test_the_payloads_reach_the_pages_as_text(built):
    html = pages(built)
    article = html["articles/x/index.html"]
    assert "Title &lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=" in article
    assert "{{ &#39;PWN&#39; ~ &#39;ED&#39; }}" in article, "template syntax in content is shown as written"


class Elements(HTMLParser):
    """Every element and attribute as a browser's tokenizer sees them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.found.append((tag, attrs))


def test_no_page_holds_an_unescaped_payload(built):
    for name, html in pages(built).items():
        for tag, attrs in Elements(html).found:
            assert tag not in ("img", "svg", "iframe", "object", "embed") or not any(
                "pwned" in (v or "") for _, v in attrs
            ), f"{name}: <{tag}> from a payload"
            assert not any(attr.startswith("on") for attr, _ in attrs), f"{name}: <{tag} {attrs}> has an event handler"
            if tag == "script" and not (name == "search/index.html" and ("src", "/assets/search.js") in attrs):
                # the only script that runs is the site's own search loader, on the search page
                assert ("type", "application/ld+json") in attrs or ("type", "application/json") in attrs, name
        assert "<script>window.__pwned" not in html.lower(), name


def test_no_link_or_source_uses_a_script_url(built):
    for name, html in pages(built).items():
        for tag, attrs in Elements(html).found:
            for attr, value in attrs:
                if attr in ("href", "src", "action", "formaction", "xlink:href") and value:
                    scheme = re.sub(r"[\s\x00-\x1f]", "", value).lower()
                    assert not scheme.startswith(("javascript:", "vbscript:", "data:")), (
                        f"{name}: <{tag} {attr}={value}>"
                    )


def test_template_code_in_content_is_never_run(built):
    for name, html in pages(built).items():
        assert "PWNED" not in html, name
        assert "SiteConfig" not in html and "<class " not in html, name


def test_json_in_script_elements_cannot_close_the_element(built):
    """JSON-LD or a search index embedded in a page: the only </script> is the element's own end."""
    for name, html in pages(built).items():
        for script in re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S | re.I):
            assert "<script" not in script.lower() and "<!--" not in script, name
    for path in built.rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert "</script" not in text.lower() or "\\u003c/script" in text, path.name


def test_raw_html_passes_only_when_the_site_allows_it(tmp_path):
    site = write_site(
        tmp_path / "site",
        {
            "content/articles/x.md": "---\ntitle: T\ndate: 2025-01-01\n---\n<b>bold</b> <i>it</i>\n",
            "sitegen.toml": "allow_html = true\n",
        },
    )
    assert main(["build", str(site), "-q"]) == 0
    assert "<b>bold</b>" in (site / "public/articles/x/index.html").read_text()
    (site / "sitegen.toml").write_text("allow_html = false\n")
    assert main(["build", str(site), "-q"]) == 0
    assert "&lt;b&gt;bold&lt;/b&gt;" in (site / "public/articles/x/index.html").read_text()
