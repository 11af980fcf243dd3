"""Render stage: pages to HTML bytes through Jinja templates.

Templates autoescape everything and fail on undefined variables.  A site can
override any default template by putting a file of the same name in its own
``templates/`` folder.  Every link goes through ``url()``, so a site served
from a sub-path (GitHub project pages) links correctly.
"""

from __future__ import annotations

import json
import re
import traceback
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from markupsafe import Markup, escape

from sitegen.errors import ContentError, display_path
from sitegen.jsonld import JsonLd
from sitegen.layout import default_templates, template_folders
from sitegen.link import Site
from sitegen.pages import Page
from sitegen.read import check_site_file


def template_environment(site_dir: Path, site: Site) -> jinja2.Environment:
    """Jinja environment with the site's overrides first, then the defaults."""
    env = BuildEnvironment(
        loader=jinja2.FileSystemLoader(template_folders(site_dir)),
        # HTML and XML (feeds, sitemap) are escaped; the JSON/CSV/robots templates only print filter output.
        autoescape=jinja2.select_autoescape(disabled_extensions=("json", "csv", "txt"), default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # A build renders with the templates as they were when it began: no stat of each template per page.
        auto_reload=False,
    )
    base, origin = site.config.base_path, site.config.origin  # each a parse of base_url: made once, used per link

    def absolute_url(path: str = "") -> str:
        return origin + base + path.lstrip("/")

    def iri(path: str = "") -> str:
        """An absolute IRI for Atom ids: the URL when base_url has a host, else a ``tag:``-free URN."""
        return absolute_url(path) if origin else "urn:sitegen:" + base + path.lstrip("/")

    env.globals.update(
        site=site,
        config=site.config,
        url=lambda path="": base + path.lstrip("/"),
        absolute_url=absolute_url,
        iri=iri,
        ld=JsonLd(site, absolute_url),
    )
    env.filters["json_script"] = json_script
    env.filters["longdate"] = longdate
    env.filters["month"] = month_name
    env.filters["xml"] = xml_text
    return env


_PLAIN_CALLABLES = (types.BuiltinFunctionType, types.MethodWrapperType)


class PlainCallContext(jinja2.runtime.Context):
    """A template context that calls a plain function without first asking it what to pass.

    Jinja checks every call from a template (``url()``, ``site.article()``,
    ``tracks.get``, ``"{:,}".format``) for ``pass_context`` and its kin, and a
    callable without the mark pays for two failed attribute lookups: several
    calls per row of a table, most of the cost of calling.  A builtin cannot
    carry the mark, and a Python function or method carries it in its
    function's ``__dict__``; any other callable takes Jinja's own path.
    """

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        __traceback_hide__ = True  # noqa: F841 (Jinja leaves the frame out of template tracebacks)
        kind = type(__obj)
        if (
            kind in _PLAIN_CALLABLES
            or (kind is types.FunctionType and "jinja_pass_arg" not in __obj.__dict__)
            or (kind is types.MethodType and "jinja_pass_arg" not in __obj.__func__.__dict__)
        ):
            kwargs.pop("_loop_vars", None)
            kwargs.pop("_block_vars", None)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:
                return __self.environment.undefined(
                    "value was undefined because a callable raised a StopIteration exception"
                )
        return super().call(__obj, *args, **kwargs)


try:  # MarkupSafe 3: the escaping itself, without the Markup that escape() makes around it
    from markupsafe import _escape_inner
except ImportError:  # MarkupSafe 2, whose escape() is C through and through

    def _escape_inner(s: str, /) -> str:
        return str(escape(s))


def escape_text(value: Any) -> str:
    """``markupsafe.escape`` as the text that goes into a page: the same characters, without a ``Markup`` made for it.

    What a ``{{ ... }}`` prints is only joined into its page (or into the
    ``Markup`` of a macro or a ``{% set %}`` block), so the ``Markup`` that
    ``escape`` wraps around each value (made in Python in MarkupSafe 3) is
    made and dropped again, several times a row of every table: rendering
    the pages took 40% less time without it.
    """
    if type(value) is str:
        return _escape_inner(value)
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    return _escape_inner(str(value))


class EscapeTextGenerator(CodeGenerator):
    """Template code that prints an autoescaped value through :func:`escape_text` instead of ``escape``.

    ``_output_child_pre`` is Jinja's own hook for the code before a printed
    value; should a Jinja release stop calling it, templates print through
    ``escape`` again: the same bytes, only slower.
    """

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is None:
            self.write("environment.escape_text(")
        else:
            super()._output_child_pre(node, frame, finalize)


class BuildEnvironment(jinja2.Environment):
    """Jinja with the two shortcuts above: plain calls and escaping straight to text."""

    context_class = PlainCallContext
    code_generator_class = EscapeTextGenerator
    escape_text = staticmethod(escape_text)


def render_page(env: jinja2.Environment, page: Page) -> bytes:
    """One page as UTF-8 bytes; an error raised by template code names the template file and line."""
    if page.body is not None:
        return page.body(**page.context)
    try:
        html = env.get_template(page.template).render(page=page, **page.context)
    except jinja2.TemplateSyntaxError as exc:
        raise ContentError(
            f"templates/{exc.name or page.template}", exc.lineno, exc.message or "syntax error"
        ) from None
    except Exception as exc:
        where = template_frame(exc, env)
        if where is None:
            raise
        message = exc.message if isinstance(exc, jinja2.TemplateError) else str(exc)
        raise ContentError(*where, f"template error: {message}") from None
    return html.encode("utf-8")


def template_frame(exc: BaseException, env: jinja2.Environment) -> tuple[str, int] | None:
    """``("templates/<name>", line)`` of the innermost template code in the traceback, if any.

    Jinja rewrites tracebacks so that template frames carry the template's file
    and line: the innermost one is the template that failed (an overridden
    ``base.html``, a macro file), not necessarily the page's own template.
    """
    assert isinstance(env.loader, jinja2.FileSystemLoader)
    folders = [Path(f) for f in env.loader.searchpath]
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        path = Path(frame.filename)
        for folder in folders:
            if path.is_relative_to(folder) and frame.lineno:
                found = ("templates/" + path.relative_to(folder).as_posix(), frame.lineno)
    return found


def json_script(value: Any) -> Markup:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` are escaped so text cannot close the tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_MONTHS = "January February March April May June July August September October November December".split()


def longdate(iso: str) -> str:
    """``2025-02-04`` → ``4 February 2025`` (no locale lookups, so output never depends on the machine)."""
    year, month, day = iso.split("-")
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"


def month_name(yyyy_mm: str) -> str:
    """``2025-02`` → ``February 2025``."""
    year, month = yyyy_mm.split("-")[:2]
    return f"{_MONTHS[int(month) - 1]} {year}"


_NOT_XML = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff\\ud800-\\udfff]")


def xml_text(value: Any) -> str:
    """Text with the characters XML 1.0 forbids removed (a feed with one of them does not parse)."""
    return _NOT_XML.sub("", str(value))


def render_site(
    site_dir: Path, site: Site, pages: list[Page], skip: Callable[[Page], bool] | None = None
) -> dict[str, bytes]:
    """Every output file of the site: pages, static assets, and the ``.nojekyll`` marker for GitHub Pages.

    Pages for which ``skip`` says true are left out (the incremental build
    carries them over from the current output unchanged).
    """
    env = template_environment(site_dir, site)
    files = {page.output_path: render_page(env, page) for page in pages if not (skip and skip(page))}
    return files | site_assets(site_dir)


def site_assets(site_dir: Path) -> dict[str, bytes]:
    """The files every build publishes besides pages: static assets and the ``.nojekyll`` marker for GitHub Pages."""
    files = static_files(default_templates() / "static") | static_files(site_dir / "templates" / "static", site_dir)
    files[".nojekyll"] = b""
    return files


def static_files(folder: Path, site_dir: Path | None = None) -> dict[str, bytes]:
    """The files under ``folder`` as ``assets/...``.

    For a site's own folder (``site_dir`` given) a symbolic link is followed only
    to a file inside the site: a link to ``/etc/passwd`` must not be published.
    """
    files: dict[str, bytes] = {}
    if not folder.is_dir():
        return files
    for path in sorted(folder.rglob("*")):
        if path.is_dir():
            continue
        if site_dir is not None:
            check_site_file(path, site_dir, display_path(path, site_dir))
        files["assets/" + path.relative_to(folder).as_posix()] = path.read_bytes()
    return files
