"""``sitegen new`` and the GitHub Pages workflow it ships."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen.build import build
from sitegen.cli import main
from sitegen.new import SCAFFOLD
from tests.conftest import REPO


def actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("actionlint is missing in CI: it comes with the test extras (pip install -e '.[test]')")
        pytest.skip("actionlint is not installed (pip install -e '.[test]')")
    return found


def test_new_creates_a_site_that_builds(tmp_path: Path, capsys):
    site = tmp_path / "newsroom"
    assert main(["new", str(site)]) == 0
    assert (site / ".github/workflows/pages.yml").is_file()
    assert (site / ".gitignore").read_text().startswith("/public/")
    result = build(site)
    assert result.site is not None and [a.slug for a in result.site.articles] == ["first-article"]
    assert (site / "public/people/ada-quill/index.html").is_file()


def test_new_never_overwrites(tmp_path: Path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["new", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err


@pytest.mark.parametrize("workflow", [SCAFFOLD / "pages.yml", REPO / ".github/workflows/pages.yml"])
def test_pages_workflow_passes_actionlint(workflow: Path):
    run = subprocess.run([actionlint(), str(workflow)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_repository_workflow_is_the_scaffold_installing_from_the_checkout():
    ours = (REPO / ".github/workflows/pages.yml").read_text().splitlines()
    scaffold = (SCAFFOLD / "pages.yml").read_text().splitlines()
    different = [(a, b) for a, b in zip(ours, scaffold, strict=True) if a != b]
    assert len(ours) == len(scaffold)
    assert [b.strip() for _, b in different][1:] == ['run: python -m pip install "${SITEGEN_PACKAGE:-sitegen}"']


def test_workflow_uses_the_pages_actions_and_the_cache():
    text = (SCAFFOLD / "pages.yml").read_text()
    for action in (
        "actions/configure-pages",
        "actions/cache",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert f"uses: {action}@" in text
    assert "steps.pages.outputs.base_url" in text and "path: .sitegen-cache" in text
