"""No pathological slow-down: every regular expression in sitegen/ stays linear on hostile input.

Every pattern is collected — compiled ones from module globals (and lists,
tuples, dicts of them), literal ones passed straight to ``re.match`` & co. —
and run with ``finditer`` (the worst case: a match attempt at every offset)
on adversarial strings: long runs of each character the pattern mentions,
runs of character pairs, and near-misses.  For each, the time at 8n must stay
under 30x the time at n (linear is 8x, quadratic 64x) or under 50 ms
outright.  Patterns run in a forked child with a time limit, so an
exponential pattern is reported instead of hanging the suite.
"""

from __future__ import annotations

import ast
import importlib
import multiprocessing
import re
import time
from pathlib import Path

import pytest

from sitegen.extract import extract

ROOT = Path(__file__).resolve().parent.parent / "sitegen"
FUNCS = {"compile", "match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
N = 1_000
GROWTH = 8
MAX_RATIO = 30
FLOOR = 0.05
HANG = 90.0  # a hang, not a slow machine: linear but large alternations take seconds under load


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT.parent).with_suffix("").parts).removesuffix(".__init__")


def _walk(value, found, depth=0):
    if isinstance(value, re.Pattern):
        found.append(value)
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _walk(item, found, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            _walk(item, found, depth + 1)


def patterns_of(path: Path) -> list[re.Pattern[str]]:
    """Compiled patterns the module holds, plus string literals handed to ``re.*`` inside functions."""
    found: list[re.Pattern[str]] = []
    module = importlib.import_module(module_name(path))
    for value in vars(module).values():
        _walk(value, found)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in FUNCS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            flags = 0
            for kw in node.keywords:
                if kw.arg == "flags":
                    try:
                        flags = eval(ast.unparse(kw.value), {"re": re})  # noqa: S307 - flags like re.I | re.X
                    except Exception:  # noqa: BLE001 - flags from a variable: use none
                        flags = 0
            found.append(re.compile(node.args[0].value, flags))
    unique = {(p.pattern, p.flags): p for p in found if isinstance(p.pattern, str)}
    return list(unique.values())


FILES = sorted(p for p in ROOT.rglob("*.py") if "re." in p.read_text(encoding="utf-8"))


def attacks(pattern: re.Pattern[str]) -> list[str]:
    """Adversarial strings of length about N: runs of single characters and pairs, and near-misses."""
    literal = [c for c in dict.fromkeys(re.sub(r"\\[a-zA-Z]", "", pattern.pattern)) if c.isprintable()]
    chars = list(dict.fromkeys([*" a1.,\"'“”-$%A\n", *literal]))[:24]
    strings = [c * N for c in chars]
    for pair in ("1,", "1.", "a ", "1 ", "A.", "a-", "1-", '" ', "Aa", "1a", "a,", ". ", "1/", "A "):
        strings.append(pair * (N // 2))
        strings.append(pair * (N // 2) + "!")
    strings += ["Mr. " * (N // 4), "one " * (N // 4), "said " * (N // 5), "“" * (N // 2) + "”" * (N // 2)]
    return strings


def _timed(pattern: re.Pattern[str], text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        for _match in pattern.finditer(text):
            pass
        pattern.search(text)
        best = min(best, time.process_time() - started)
    return best


def check_pattern(pattern: re.Pattern[str]) -> str | None:
    """None when linear, else a description of the worst input."""
    for text in attacks(pattern):
        small = _timed(pattern, text)
        if small < FLOOR / MAX_RATIO:  # too fast to be a problem even if quadratic
            continue
        big_text = text * GROWTH if not text.endswith("!") else text[:-1] * GROWTH + "!"
        big = _timed(pattern, big_text)
        if big > FLOOR and (big > MAX_RATIO * small or big > 2.0):
            timing = f"{small * 1000:.1f} ms at n={len(text)}, {big * 1000:.1f} ms at {GROWTH}n"
            return f"{pattern.pattern[:80]!r} on {text[:12]!r}...: {timing}"
    return None


def _worker(conn, path: str) -> None:
    for index, pattern in enumerate(patterns_of(Path(path))):
        conn.send(("start", index, pattern.pattern[:80]))
        conn.send(("done", index, check_pattern(pattern)))
    conn.send(("end", None, None))


def scan(path: Path) -> tuple[int, list[str]]:
    """Run every pattern of ``path`` in a forked child; a pattern that runs past HANG seconds is reported."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    proc = context.Process(target=_worker, args=(child, str(path)))
    proc.start()
    problems, count, current = [], 0, ""
    try:
        while True:
            if not parent.poll(HANG):
                problems.append(f"{current!r}: still running after {HANG:.0f} s (exponential?)")
                break
            kind, _index, value = parent.recv()
            if kind == "start":
                current, count = value, count + 1
            elif kind == "done" and value:
                problems.append(value)
            elif kind == "end":
                break
    finally:
        proc.kill()
        proc.join()
    return count, problems


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
@pytest.mark.parametrize(
    "path",
    FILES,
    ids=[module_name(p) for p in FILES],
)
def test_every_pattern_is_linear_on_hostile_input(path):
    count, problems = scan(path)
    assert not problems, "\n".join(problems)
    print(f"{module_name(path)}: {count} patterns linear")


def test_the_scan_finds_patterns_and_would_catch_a_quadratic_one():
    modules = {module_name(p) for p in FILES}
    assert {"sitegen.read", "sitegen.slugs", "sitegen.extract.dates"} <= modules
    assert check_pattern(re.compile(r"\d+x")) is not None, "a classic quadratic near-miss must be flagged"
    assert check_pattern(re.compile(r"\d+")) is None


def adversarial_article(size: int) -> str:
    """Quote and number patterns that make extractors backtrack: runs of quotes of every style, digit groups,
    near-miss money and ranges, speech verbs without quotes, titles without names, and thousands of real
    attributions in one paragraph (pronouns and quote continuations once looked back over all of them)."""
    pieces = [
        '"' * 2000, "“" * 1000 + "”" * 1000, "‘«„" * 700, '"We will ' * 250, "1" * 2000, "1," * 1000, "1." * 1000,
        "$1,000" * 300, "12 % " * 400, "1/2 " * 500, "said " * 400, "Mr. " * 500, "Ann Lee said " * 150,
        '"a," said "b," said ' * 100, "one two three four million " * 70, "- 3 to 4 to 5 " * 140, "(" * 1800,
        "1-2-3-" * 300, '"We paid," Ann Lee said. He said that it was fine. ' * 60,
    ]  # fmt: skip
    out: list[str] = []
    total = 0
    for i in range(size):
        piece = pieces[i % len(pieces)]
        out.append(piece + ("\n\n" if i % 3 == 2 else " "))
        total += len(out[-1])
        if total >= size:
            break
    return "".join(out)[:size]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_10_mb_adversarial_article_extracts_within_a_minute():
    context = multiprocessing.get_context("fork")
    proc = context.Process(target=extract, args=(adversarial_article(10_000_000),))
    proc.start()
    proc.join(60)
    finished = not proc.is_alive()
    proc.kill()
    proc.join()
    assert finished and proc.exitcode == 0


def test_a_250_kb_adversarial_article_extracts_in_seconds():
    body = adversarial_article(250_000)
    started = time.process_time()
    found = extract(body)
    elapsed = time.process_time() - started
    assert elapsed < 30, f"{elapsed:.1f} s"
    assert found.statements, "the article holds real attributions"
    for span in [c for st in found.statements[:1000] for c in st.content] + found.figures[:1000]:
        assert body[span.start : span.end] == span.text
