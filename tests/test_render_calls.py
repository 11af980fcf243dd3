"""Calls from templates: a plain function is called as it is, and one marked for Jinja still gets what it asks for."""

from __future__ import annotations

import jinja2
import pytest

from sitegen.render import PlainCallContext


class Greeter:
    def greet(self, name: str) -> str:
        return f"hello {name}"

    @jinja2.pass_context
    def page_name(self, context: jinja2.runtime.Context) -> str:
        return context["page"]


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
