"""The code versions that key the caches: each covers exactly the code its cached data comes from."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from sitegen.rules import PACKAGE, PARSE_MODULES, PARSE_VERSION, parse_version


def _sitegen_imports(path: Path) -> set[str]:
    """The top-level sitegen modules ``path`` imports, however it names them (absolute or relative)."""
    package = path.relative_to(PACKAGE.parent).parent.parts  # ("sitegen", "extract", ...)
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("sitegen.")}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            parts = (*base, *(node.module or "").split(".")) if node.module else base
            if parts[:1] == ("sitegen",):
                found |= {parts[1]} if len(parts) > 1 else {alias.name for alias in node.names}
    return found


def _closure(start: str) -> set[str]:
    """``start`` and every sitegen module it imports, directly or not; the rules count as one module."""
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        folder = PACKAGE / name
        files = sorted(folder.glob("**/*.py")) if folder.is_dir() else [PACKAGE / f"{name}.py"]
        for file in files:
            todo += sorted(_sitegen_imports(file) - seen)
    return seen


def test_parse_modules_are_everything_parsing_an_article_imports():
    assert _closure("parse") - {"extract"} == set(PARSE_MODULES)


def test_the_parse_version_is_the_package_s():
    assert parse_version(PACKAGE) == PARSE_VERSION


def _copy_package(tmp_path: Path) -> Path:
    copy = tmp_path / "sitegen"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_a_change_to_reading_extracting_or_ids_changes_the_parse_version(tmp_path: Path):
    copy = _copy_package(tmp_path)
    for changed in ["markdown.py", "link.py", "extract/dates.py"]:
        path = copy / changed
        original = path.read_bytes()
        path.write_bytes(original + b"\n# changed\n")
        assert parse_version(copy) != PARSE_VERSION, changed
        path.write_bytes(original)
    assert parse_version(copy) == PARSE_VERSION


def test_a_change_to_the_page_code_leaves_cached_articles_valid(tmp_path: Path):
    copy = _copy_package(tmp_path)
    (copy / "pages.py").write_text("# changed\n", encoding="utf-8")
    assert parse_version(copy) == PARSE_VERSION
