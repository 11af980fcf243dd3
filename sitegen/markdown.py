"""Markdown to HTML with markdown-it-py, giving every top-level block a stable anchor.

Anchors come from the block's own text, not its position, so a link to a
paragraph survives edits elsewhere in the article.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from itertools import accumulate

from markdown_it import MarkdownIt

from sitegen.model import Block


def markdown_parser(allow_html: bool) -> MarkdownIt:
    """CommonMark plus tables; raw HTML is escaped unless the site allows it."""
    return MarkdownIt("commonmark", {"html": allow_html}).enable("table")


def render_markdown(body: str, md: MarkdownIt) -> tuple[str, list[Block]]:
    """HTML of ``body`` and its top-level blocks, each with an ``id`` attribute in the HTML."""
    tokens = md.parse(body)
    line_starts = _line_starts(body)
    blocks: list[Block] = []
    seen: dict[str, int] = {}
    for token in tokens:
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        start = line_starts[min(token.map[0], len(line_starts) - 1)]
        end = line_starts[min(token.map[1], len(line_starts) - 1)]
        block_id = _anchor(body[start:end], token.tag or token.type, seen)
        token.attrSet("id", block_id)
        blocks.append(Block(block_id, start, end))
    return md.renderer.render(tokens, md.options, {}), blocks


def _anchor(text: str, tag: str, seen: dict[str, int]) -> str:
    """``p-1a2b3c4d`` from the block's text; a repeated block gets ``-2``, ``-3``…"""
    prefix = "h" if tag.startswith("h") and tag[1:].isdigit() else "p"
    digest = hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:8]
    anchor = f"{prefix}-{digest}"
    seen[anchor] = seen.get(anchor, 0) + 1
    return anchor if seen[anchor] == 1 else f"{anchor}-{seen[anchor]}"


def line_of(body: str, offset: int, first_line: int = 1) -> int:
    """File line of a body offset, for messages about a statement or figure."""
    return first_line + bisect_right(_line_starts(body), offset) - 1


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _line_starts(body: str) -> list[int]:
    """Offsets where each line starts, counting lines the way markdown-it does (``\\n``, ``\\r\\n``, ``\\r``).

    ``str.splitlines`` also breaks at form feeds, U+2028 and other separators that
    markdown-it keeps inside a line; counting those would shift every block after them.
    """
    return [0, *accumulate(len(m.group()) for m in _LINE.finditer(body))]
