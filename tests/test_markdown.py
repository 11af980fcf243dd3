"""Markdown rendering: CommonMark plus tables, raw HTML escaped, a stable anchor on every block."""

from sitegen.markdown import line_of, markdown_parser, render_markdown

SAFE = markdown_parser(allow_html=False)


def test_every_top_level_block_gets_an_id_and_its_body_range():
    body = "# Title\n\nFirst paragraph.\n\nSecond paragraph.\n"
    html, blocks = render_markdown(body, SAFE)
    assert [b.id[:2] for b in blocks] == ["h-", "p-", "p-"]
    assert body[blocks[1].start : blocks[1].end].strip() == "First paragraph."
    for block in blocks:
        assert f'id="{block.id}"' in html


def test_anchors_come_from_text_so_they_survive_edits_elsewhere():
    _, before = render_markdown("Alpha.\n\nBeta.\n", SAFE)
    _, after = render_markdown("A new opening paragraph.\n\nAlpha.\n\nBeta.\n", SAFE)
    assert [b.id for b in before] == [b.id for b in after][1:]


def test_repeated_paragraphs_get_distinct_anchors():
    _, blocks = render_markdown("Same.\n\nSame.\n", SAFE)
    assert blocks[0].id != blocks[1].id


def test_raw_html_is_escaped_unless_allowed():
    body = "<script>alert(1)</script>\n\nText <b>bold</b>\n"
    safe_html, _ = render_markdown(body, SAFE)
    assert "<script>" not in safe_html and "&lt;script&gt;" in safe_html
    open_html, _ = render_markdown(body, markdown_parser(allow_html=True))
    assert "<b>bold</b>" in open_html


def test_javascript_links_are_not_rendered_as_links():
    html, _ = render_markdown("[click](javascript:alert(1))\n", SAFE)
    assert 'href="javascript:' not in html


def test_tables_are_enabled():
    html, _ = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n", SAFE)
    assert "<table" in html and "<td>1</td>" in html


def test_line_of_maps_body_offsets_to_file_lines():
    body = "one\ntwo\nthree\n"
    assert line_of(body, body.index("three"), first_line=5) == 7
