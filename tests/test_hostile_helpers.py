"""Helpers for the hostile-input catalogue (tests/test_hostile_*.py): write a site, build it, read the errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from sitegen.cli import main

GOOD = '---\ntitle: Council approves budget\ndate: 2025-03-01\n---\n"We will balance the books," Ann Lee said.\n'
"""A valid article, put beside the broken file so that a build has something to publish."""


@dataclass
class Outcome:
    code: int
    errors: list[str]
    """``path:line: message`` of every ``error:`` line the command printed."""
    warnings: list[str]
    stderr: str


def write_site(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (relative path → text or bytes, written exactly as given) under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8", newline="")
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Outcome:
    """``sitegen ARGV`` through ``sitegen.cli.main``, with what it printed split into errors and warnings."""
    capsys.readouterr()
    code = main(list(argv))
    err = capsys.readouterr().err
    lines = err.splitlines()
    return Outcome(
        code,
        [line.removeprefix("error: ") for line in lines if line.startswith("error: ")],
        [line.removeprefix("warning: ") for line in lines if line.startswith("warning: ")],
        err,
    )


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative POSIX path → bytes), hidden files included."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
