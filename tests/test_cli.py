"""The command line: build, check and extract, with exit codes a pipeline can rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sitegen.cli import main


def test_build_writes_public(sample_site: Path, capsys):
    assert main(["build", str(sample_site), "--base-url", "https://x.example/repo/"]) == 0
    assert (sample_site / "public/index.html").exists()
    assert 'href="/repo/people/' in (sample_site / "public/index.html").read_text()


def test_check_reports_a_broken_article_with_file_and_line_and_writes_nothing(sample_site: Path, capsys):
    (sample_site / "content/articles/x.md").write_text("---\ntitle: X\ndate: Febuary 4\n---\nbody\n")
    assert main(["check", str(sample_site)]) == 1
    err = capsys.readouterr().err
    assert "content/articles/x.md:3: front matter: 'date' is not a date" in err
    assert sorted(p.name for p in sample_site.iterdir()) == ["content", "sitegen.toml"]


def test_check_passes_on_the_sample_site(sample_site: Path, capsys):
    assert main(["check", str(sample_site)]) == 0
    assert "articles" in capsys.readouterr().err


def test_extract_prints_the_documented_json_schema(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text('"We will win," Jane Roe said on Monday. The club has 1,200 members.\n')
    out = subprocess.run(
        [sys.executable, "-m", "sitegen", "extract", str(article), "--date", "2025-03-05", "--format", "json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result = json.loads(out.stdout)
    assert set(result) >= {"statements", "figures"}
    body = article.read_text()
    for statement in result["statements"]:
        assert statement["kind"] in ("direct", "indirect", "mixed")
        for span in [statement["source"], statement["cue"], *statement["content"]]:
            if span:
                assert body[span["start"] : span["end"]] == span["text"]
    for figure in result["figures"]:
        assert body[figure["start"] : figure["end"]] == figure["text"]


def test_extract_reads_standard_input():
    out = subprocess.run(
        [sys.executable, "-m", "sitegen", "extract", "-"],
        input="Nothing here.",
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and json.loads(out.stdout)["statements"] == []


def test_help_lists_the_commands():
    out = subprocess.run([sys.executable, "-m", "sitegen", "--help"], capture_output=True, text=True)
    assert all(cmd in out.stdout for cmd in ("build", "check", "extract"))


def test_build_stops_on_the_first_class_of_error_by_default(sample_site: Path, capsys):
    (sample_site / "content/articles/x.md").write_text("---\ntitle: X\n---\nbody\n")
    assert main(["build", str(sample_site)]) == 1
    assert not (sample_site / "public").exists()
    assert "nothing was written" in capsys.readouterr().err


def test_keep_going_builds_the_rest_and_reports_every_error(sample_site: Path, capsys):
    (sample_site / "content/articles/x.md").write_text("---\ntitle: X\n---\nbody\n")
    (sample_site / "content/articles/y.md").write_text("---\ndate: 2025-01-01\n---\nbody\n")
    assert main(["build", str(sample_site), "--keep-going"]) == 1
    err = capsys.readouterr().err
    assert "x.md:1" in err and "y.md:1" in err and "2 error(s); those files were left out" in err
    assert (sample_site / "public/articles/indian-migrants-usa-letter/index.html").exists()
    assert not (sample_site / "public/articles/x").exists()


def test_a_build_with_nothing_changed_stops_before_loading_the_pipeline(sample_site: Path):
    """The no-change check is most of a no-change build's time only if it does not import extraction and Jinja."""
    probe = (
        "import sys; from sitegen.cli import main; code = main(['build', sys.argv[1]]); "
        "print(code, sorted(m for m in ('sitegen.extract', 'sitegen.build', 'jinja2') if m in sys.modules))"
    )
    first = subprocess.run([sys.executable, "-c", probe, str(sample_site)], capture_output=True, text=True)
    again = subprocess.run([sys.executable, "-c", probe, str(sample_site)], capture_output=True, text=True)
    assert first.stdout.strip() == "0 ['jinja2', 'sitegen.build', 'sitegen.extract']"
    assert again.stdout.strip() == "0 []" and "nothing changed since the last build" in again.stderr
