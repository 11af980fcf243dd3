"""Nothing lost: a failed or killed build leaves the previous public/ byte for byte; the cache is disposable."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitegen.cli import main
from sitegen.write import exchange
from tests.test_hostile_helpers import run, tree, write_site

REPO = Path(__file__).resolve().parent.parent


def article(i: int, extra: str = "") -> str:
    paragraphs = "\n\n".join(
        f'"We will build {i * 10 + k} homes by {2026 + k}," Mayor Person{i % 17} Lee said on Friday. '
        f"The council spent ${i + k},000 on {k + 3} projects, 4{k}% more than last year.{extra}"
        for k in range(6)
    )
    return (
        f"---\ntitle: Story {i}\ndate: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}\ntopics: [t{i % 5}]\n---\n{paragraphs}\n"
    )


@pytest.fixture(scope="module")
def big_site(tmp_path_factory) -> Path:
    """A site whose build takes a second or two: 300 articles, ~40 people, 5 topics."""
    site = tmp_path_factory.mktemp("atomic") / "site"
    write_site(site, {f"content/articles/a{i:03}.md": article(i) for i in range(300)})
    assert main(["build", str(site), "-q"]) == 0
    return site


def _start_build(site: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "sitegen", "build", str(site), "-q", "--clean", "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )


def _kill_when(proc: subprocess.Popen[bytes], ready, delay: float, timeout: float = 60) -> bool:
    """SIGKILL ``proc`` ``delay`` seconds after ``ready()`` turns true; False if it finished first."""
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None:
            return False
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the build never reached the moment to kill it")
        time.sleep(0.001)
    time.sleep(delay)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


@pytest.mark.parametrize(
    ("moment", "delay"),
    [("while parsing", 0.3), ("staging just created", 0.0), ("staging + 20 ms", 0.02), ("staging + 80 ms", 0.08)],
)
def test_a_build_killed_half_way_leaves_public_as_it_was(big_site, moment, delay):
    staging = big_site / ".public.staging"
    before = tree(big_site / "public")
    for i in (0, 1, 2):  # every build must rewrite pages, or there is nothing to interrupt
        (big_site / f"content/articles/a{i:03}.md").write_text(article(i, extra=f" Edit {moment}."))
    started = time.monotonic()
    proc = _start_build(big_site)
    ready = (lambda: time.monotonic() - started > delay) if moment == "while parsing" else staging.exists
    killed = _kill_when(proc, ready, 0.0 if moment == "while parsing" else delay)
    if not killed:
        assert proc.returncode == 0, proc.stderr.read() if proc.stderr else b""
        pytest.skip(f"the build finished before the kill ({moment}); public/ was replaced by a whole build")
    assert (big_site / "public").is_dir(), "public/ must exist after a kill at any moment"
    after_kill = tree(big_site / "public")
    # the next build recovers: leftovers are cleaned and the new content is published
    assert main(["build", str(big_site), "-q"]) == 0
    assert not staging.exists()
    # public/ was the previous build, or — when the kill came after the swap — the whole new one
    assert after_kill == before or after_kill == tree(big_site / "public")
    assert f"Edit {moment}." in (big_site / "public/articles/a000/index.html").read_text()
    for i in (0, 1, 2):  # restore for the next moment
        (big_site / f"content/articles/a{i:03}.md").write_text(article(i))
    assert main(["build", str(big_site), "-q"]) == 0
    assert tree(big_site / "public") == before


def test_a_build_that_fails_leaves_public_as_it_was(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/a.md": article(1)})
    assert run(capsys, "build", str(site), "-q").code == 0
    before = tree(site / "public")
    write_site(site, {"content/articles/b.md": "---\ntitle: B\n---\n", "content/articles/a.md": article(1, " New.")})
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.code == 1
    assert tree(site / "public") == before


def test_a_template_that_fails_mid_render_leaves_public_as_it_was(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/a.md": article(1)})
    assert run(capsys, "build", str(site), "-q").code == 0
    before = tree(site / "public")
    write_site(site, {"templates/topic.html": "{{ undefined_name }}"})
    assert run(capsys, "build", str(site), "-q").code == 1
    assert tree(site / "public") == before
    assert not (tmp_path / "site/.public.staging").exists()


# --- the cache can be deleted or damaged at any time without changing the output


DAMAGE = [
    "corrupt every file",
    "delete the cache",
    "a folder where an entry was",
    "a file where the cache was",
]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_or_missing_cache_never_changes_the_output(tmp_path, capsys, damage):
    site = write_site(tmp_path / "site", {f"content/articles/a{i:02}.md": article(i) for i in range(12)})
    assert run(capsys, "build", str(site), "-q").code == 0
    cache = site / ".sitegen-cache"
    if not cache.is_dir():
        pytest.skip("no cache folder after a build (.sitegen-cache/ not implemented yet)")
    (site / "content/articles/a00.md").write_text(article(0, " Changed."))  # so the build cannot stop early
    assert run(capsys, "build", str(site), "-q", "--out", str(tmp_path / "reference"), "--clean").code == 0
    expected = tree(tmp_path / "reference")
    entries = sorted(p for p in cache.rglob("*") if p.is_file())  # article entries, marks, last build
    if damage == "corrupt every file":
        junk = [None, b"\x00\xff{not json", b'{"article": {"slug": "evil"}, "extraction": 5}', b""]
        for n, path in enumerate(entries):  # truncated, binary junk, wrong shape, empty, missing
            data = path.read_bytes()
            if n % 5 == 4:
                path.unlink()
            else:
                path.write_bytes(junk[n % 5] if n % 5 else data[: len(data) // 2])
    elif damage == "delete the cache":
        shutil.rmtree(cache)
    elif damage == "a folder where an entry was":
        for path in entries:
            path.unlink()
            path.mkdir()
    else:
        shutil.rmtree(cache)
        cache.write_text("not a folder")
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (0, [])
    assert tree(site / "public") == expected


def test_the_swap_is_one_step_so_public_never_goes_missing(tmp_path):
    new, public = tmp_path / ".public.staging", tmp_path / "public"
    write_site(new, {"index.html": "new"})
    write_site(public, {"index.html": "old"})
    if not exchange(new, public):
        pytest.skip("this system has no atomic exchange (renameat2); sitegen falls back to two renames")
    assert (public / "index.html").read_text() == "new"
    assert (new / "index.html").read_text() == "old"


def test_the_previous_build_is_kept_as_the_spare_for_the_next_one(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/a.md": article(1)})
    assert run(capsys, "build", str(site), "-q").code == 0
    first = tree(site / "public")
    write_site(site, {"content/articles/a.md": article(1, " New.")})
    assert run(capsys, "build", str(site), "-q").code == 0
    assert tree(site / ".public.spare") == first
    assert not (site / ".public.staging").exists()
