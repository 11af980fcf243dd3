"""The benchmark corpus generator: same seed, same bytes; valid front matter; quotes and figures in every article.

Benchmarks are only comparable across runs and machines if the input is identical, and only meaningful
if the input exercises what real content does (quotes, reported speech, figures, known people).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import frontmatter
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
DIRECT_QUOTE = re.compile(
    r"[\"\u201c][^\"\u201d]+[,.?][\"\u201d] (?:said|[A-Z][\w.]* (?:[A-Z]\w+ )*(?:said|asked|told)|s?he )"
    r"|said: [\"\u201c]"
)
FIGURE = re.compile(r"\d[\d,.]*(?:%| per cent| million| crore| lakh|bn|m\b)|[$€£]\d|\bRs \d")


def _load_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(root, 20, seed=7, people=40)
    return root


def test_same_seed_same_bytes(site: Path, tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path, 20, seed=7, people=40)
    assert _files(tmp_path) == _files(site)


def test_other_seed_other_corpus(site: Path, tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path, 20, seed=8, people=40)
    assert _files(tmp_path) != _files(site)


def test_writes_requested_articles_with_front_matter(site: Path) -> None:
    articles = sorted((site / "content" / "articles").glob("*.md"))
    assert len(articles) == 20
    people = {p["id"] for p in yaml.safe_load((site / "content" / "people.yaml").read_text(encoding="utf-8"))}
    topics = {t["id"] for t in yaml.safe_load((site / "content" / "topics.yaml").read_text(encoding="utf-8"))}
    for path in articles:
        post = frontmatter.load(path)
        assert {"title", "date", "source", "source_url", "author", "topics", "people", "summary"} <= set(post.keys())
        assert post["source_url"].startswith("https://")
        assert set(post["topics"]) <= topics and set(post["people"]) <= people
        assert len(post.content.split()) >= 100


def test_people_and_topics_yaml(site: Path) -> None:
    people = yaml.safe_load((site / "content" / "people.yaml").read_text(encoding="utf-8"))
    topics = yaml.safe_load((site / "content" / "topics.yaml").read_text(encoding="utf-8"))
    assert len(people) == 40 and len(topics) == 40
    assert len({p["id"] for p in people}) == 40
    aliases = [a for p in people for a in p["aliases"]]
    assert len(aliases) == len(set(aliases)), "an alias naming two people would make speakers ambiguous"
    assert all(p["name"] and p["roles"] for p in people)
    assert all(t["name"] and t["keywords"] for t in topics)


def test_articles_have_quotes_figures_and_reported_speech(site: Path) -> None:
    bodies = [frontmatter.load(p).content for p in sorted((site / "content" / "articles").glob("*.md"))]
    for body in bodies:
        assert DIRECT_QUOTE.search(body), body[:300]
        assert FIGURE.search(body), body[:300]
    text = "\n".join(bodies)
    assert "\u201c" in text and '"' in text, "both curly and straight quotes"
    assert re.search(r" said that |According to ", text)
    assert re.search(r"Rs \d[\d,]* crore", text) and re.search(r"\$\d", text) and "%" in text


def test_sitegen_extracts_statements_and_figures(site: Path) -> None:
    """The corpus is only a fair benchmark if sitegen's extractor finds work in it."""
    from sitegen.extract import extract

    for path in sorted((site / "content" / "articles").glob("*.md"))[:5]:
        post = frontmatter.load(path)
        found = extract(post.content, post["date"])
        assert len(found.statements) >= 2 and len(found.figures) >= 3, path.name


def test_mean_length_near_polnear(tmp_path: Path) -> None:
    stats = corpus.write_corpus(tmp_path, 60, seed=3, people=50)
    assert 550 <= stats.words / stats.articles <= 950


def test_refuses_a_folder_with_articles(site: Path) -> None:
    with pytest.raises(FileExistsError):
        corpus.write_corpus(site, 1)
