"""The model's own behaviour: finding the paragraph that holds a body offset."""

from __future__ import annotations

from sitegen.markdown import markdown_parser, render_markdown
from sitegen.model import Article, Block

BODY = "# Title\n\nFirst paragraph.\n\n- a list\n- of items\n\n\n```\ncode\n```\nLast line"


def article_with(blocks: list[Block]) -> Article:
    return Article("a", "content/articles/a.md", "A", "2025-01-01", BODY, "", blocks)


def test_the_block_finder_answers_as_block_at_for_every_offset():
    _, blocks = render_markdown(BODY, markdown_parser(False))
    art = article_with(blocks)
    find = art.block_finder()
    assert [find(i) for i in range(-2, len(BODY) + 3)] == [art.block_at(i) for i in range(-2, len(BODY) + 3)]
    assert find(len("# Title\n\nFirst")) == blocks[1]
    assert find(len("# Title\n")) is None  # the blank line between two blocks


def test_the_block_finder_answers_as_block_at_for_blocks_out_of_order_or_overlapping():
    unusual = [
        [Block("b", 10, 20), Block("a", 0, 10)],
        [Block("a", 0, 15), Block("b", 10, 20)],
        [Block("a", 0, 10), Block("x", 15, 12), Block("b", 12, 20)],
        [Block("e", 5, 5), Block("a", 5, 9), Block("z", 9, 9)],
    ]
    for blocks in unusual:
        art = article_with(blocks)
        find = art.block_finder()
        assert [find(i) for i in range(-1, 25)] == [art.block_at(i) for i in range(-1, 25)]
