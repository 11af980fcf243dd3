"""Property: any Markdown and front matter goes through read → extract → link → render → write, and the only
failure is a ContentError naming a file (never a crash, never output outside public/)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitegen.build import build
from sitegen.errors import BuildError, ContentError

PIECES = [
    '"', "“", "”", "‘", "’", "«", "»", "„", "'", "said", " said ", "Mr. ", "Ann Lee", ", ", ".", "\n", "\n\n",
    "# ", "- ", "> ", "```", "`", "*", "_", "[", "](", ")", "<", ">", "&", "<script>", "{{", "}}", "{%", "%}",
    "1", "1,200", "$", "%", "million", " to ", "-", "/", "|", "---", "\r", "\t", "\x00", "\u2028", "é", "李",
    "on Friday", "2025", "according to", "told reporters", "http://x.example",
]  # fmt: skip
markdown = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=20), st.dates().map(str), st.sampled_from(PIECES)
)
value = st.one_of(scalar, st.lists(scalar, max_size=3), st.dictionaries(st.text(max_size=5), scalar, max_size=3))
keys = st.sampled_from(
    ["title", "date", "source", "source_url", "author", "topics", "people", "summary", "slug", "draft"]
)
front = st.one_of(
    st.dictionaries(keys, value, max_size=8).map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    st.builds(
        lambda title, day, extra: yaml.safe_dump({"title": title, "date": day, **extra}, allow_unicode=True),
        st.text(min_size=1, max_size=30),
        st.dates(),
        st.dictionaries(keys, value, max_size=3),
    ),
    markdown,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=front, body=markdown, people=st.one_of(st.just(""), markdown))
def test_any_article_builds_or_fails_with_a_content_error(front, body, people):
    root = Path(tempfile.mkdtemp())
    try:
        site = root / "site"
        (site / "content/articles").mkdir(parents=True)
        (site / "content/articles/a.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
        (site / "content/people.yaml").write_text(people, encoding="utf-8")
        try:
            result = build(site, jobs=1)
        except (BuildError, ContentError) as exc:
            errors = exc.errors if isinstance(exc, BuildError) else [exc]
            assert errors and all(e.path.startswith("content/") or e.path.startswith("templates/") for e in errors)
        else:
            assert (site / "public/index.html").is_file()
            assert result.errors == []
        assert {p.name for p in root.iterdir()} == {"site"}
    finally:
        shutil.rmtree(root)
