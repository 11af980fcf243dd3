"""Every generated HTML page passes the Nu HTML Checker (vnu-jar from npm, run with Java) with zero errors.

Skips when java or node_modules/vnu-jar is missing, except under ``CI`` where it fails.
"""

from __future__ import annotations

import json
import shutil
import subprocess

from tests.browserkit import VNU, build_sample, missing


def _vnu(files: list[str]) -> list[str]:
    java = shutil.which("java")
    if not java:
        missing("needs Java for the Nu HTML Checker (apt-get install default-jre-headless)")
    if not VNU.is_file():
        missing("needs node_modules/vnu-jar (npm ci)")
    run = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    return [f"{m.get('url', '').rsplit('/public/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages]


def test_every_page_of_the_sample_site_is_valid_html(tmp_path):
    public = build_sample(tmp_path, index=False)
    pages = sorted(str(p) for p in public.rglob("*.html"))
    assert len(pages) > 40
    assert _vnu(pages) == []
