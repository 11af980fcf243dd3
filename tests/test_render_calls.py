"""Calls and printing in templates: a plain function is called as it is, one marked for Jinja still gets what it
asks for, and printed values are escaped to exactly the characters MarkupSafe makes of them."""

from __future__ import annotations

import jinja2
import markupsafe
import pytest
from markupsafe import Markup

from sitegen.render import PlainCallContext, escape_text, template_environment
from tests.test_pages import tiny_site


class Greeter:
    def greet(self, name: str) -> str:
        return f"hello {name}"

    @jinja2.pass_context
    def page_name(self, context: jinja2.runtime.Context) -> str:
        return context["page"]


class HtmlObject:
    def __html__(self) -> str:
        return "<em>its own</em>"


@pytest.fixture
def env() -> jinja2.Environment:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.context_class = PlainCallContext
    env.globals.update(
        shout=lambda text: text.upper(),
        here=jinja2.pass_context(lambda context: context["page"]),
        env_name=jinja2.pass_environment(lambda environment: type(environment).__name__),
        greeter=Greeter(),
        first=lambda items: next(iter(items)),
    )
    return env


def test_plain_functions_builtins_and_methods_are_called_with_the_template_arguments(env):
    source = "{{ shout('a<b') }} {{ '{:,}'.format(1234) }} {{ d.get('k') }} {{ greeter.greet('x') }}"
    assert env.from_string(source).render(d={"k": "v"}) == "A&lt;B 1,234 v hello x"


def test_a_callable_that_asks_for_the_context_or_environment_gets_it(env):
    source = "{{ here() }} {{ greeter.page_name() }} {{ env_name() }}"
    assert env.from_string(source).render(page="p") == "p p Environment"


def test_a_call_inside_a_loop_sees_what_the_loop_set_when_it_asks_for_the_context(env):
    env.globals["item"] = jinja2.pass_context(lambda context: context["x"])
    assert env.from_string("{% for c in 'ab' %}{% set x = c * 2 %}{{ item() }}{% endfor %}").render() == "aabb"


def test_a_stop_iteration_from_a_plain_function_is_undefined_as_jinja_makes_it(env):
    with pytest.raises(jinja2.UndefinedError, match="StopIteration"):
        env.from_string("{{ first([]) }}").render()


@pytest.mark.parametrize(
    "value",
    ["plain", "<a href=\"x\">'&'</a>", "", 1234, -1.5, None, Markup("<b>safe</b>"), Markup("&lt;"), HtmlObject()],
)
def test_text_is_escaped_to_exactly_what_markupsafe_makes_of_it(value):
    assert escape_text(value) == str(markupsafe.escape(value))


def test_a_site_template_renders_the_same_bytes_as_with_jinjas_own_escaping(tmp_path):
    source = (
        '{% macro row(x) %}<td title="{{ x }}">{{ x }}</td>{% endmacro %}'
        "{% set who %}<b>{{ name }}</b>{% endset %}"
        "{{ row(name) }} {{ who }} {{ n }} {{ safe }} {{ name | upper }} {{ '{:,}'.format(n) }}"
        "{% autoescape false %}{{ name }}{% endautoescape %}"
    )
    values = {"name": '<O\'Brien & "Co">', "n": 12345, "safe": Markup("<i>ok</i>")}
    ours = template_environment(tmp_path, tiny_site()).from_string(source).render(values)
    jinjas = jinja2.Environment(autoescape=True).from_string(source).render(values)
    assert ours == jinjas
    assert "&lt;O&#39;Brien &amp; &#34;Co&#34;&gt;" in ours and "<i>ok</i>" in ours


def test_an_undefined_value_still_fails_the_page(tmp_path):
    with pytest.raises(jinja2.UndefinedError, match="missing"):
        template_environment(tmp_path, tiny_site()).from_string("{{ missing }}").render()
