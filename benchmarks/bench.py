"""Build one synthetic corpus with sitegen, Hugo and Pelican and compare time, CPU, memory and pages.

Why three tools: sitegen's performance targets are stated against the two generators people would
otherwise use (cold 10k build at least 3x faster than Pelican and within 3x of Hugo, cached full
rebuild within 1.5x of Hugo, one-article edit under 1 s, no-change rebuild under 0.5 s, peak memory
under 1 GiB at 10k), so the benchmark runs all three on the same Markdown in the same process and
prints the ratios next to the raw numbers.

For every size N (default 1000 and 10000) the script writes the corpus once with
``benchmarks/corpus.py`` into a temporary folder, converts it for Hugo and Pelican (not timed: a
tiny layouts folder with a ``topics`` taxonomy for Hugo, a tiny theme with article, tag and index
templates and ``Tags:`` from the topics for Pelican), and then times four scenarios per tool:

* ``cold``: empty output folder and no cache.
* ``cached``: output folder deleted, cache kept (a full rebuild that may reuse per-article work).
* ``edit-one``: one article gets a new paragraph, then a build into the existing output.
* ``no-change``: the same build again with nothing changed.

Hugo keeps no content cache between runs, so its three rebuilds are full builds; Pelican runs with
``LOAD_CONTENT_CACHE``/``CACHE_CONTENT`` on, its own incremental mechanism.  sitegen's flags are
read from ``sitegen build --help``: without ``--clean`` (no cache) its rebuilds are noted as full
builds, and a failed build is reported rather than crashing the run.

Measured per build: wall time (``time.perf_counter``), CPU time (user+sys of the process and every
child it reaped, from ``os.wait4``), max RSS of the largest single process (``wait4``), the peak of
the summed PSS of the whole process tree (sampled from ``/proc`` every 0.2 s: sitegen forks
workers, whose memory a single-process RSS would miss), and the number of ``.html`` files written.

Install the other tools first (a missing one is reported as "not installed"):

    apt-get update && apt-get install -y hugo
    python3 -m venv /tmp/bench-venv && /tmp/bench-venv/bin/pip install pelican markdown

Run (from the repository root, with the project venv so sitegen and the corpus's dependencies are there):

    .venv/bin/python benchmarks/bench.py [--sizes 1000,10000,30000] [--tools sitegen,hugo,pelican]
        [--scenarios cold,cached,edit-one,no-change] [--seed 1] [--json FILE] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field
from pathlib import Path

import frontmatter

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

SCENARIOS = ("cold", "cached", "edit-one", "no-change")
DEFAULT_PELICAN = Path("/tmp/bench-venv/bin/pelican")
SAMPLE_SECONDS = 0.2  # one sample costs ~3-9 ms of Python: at 0.2 s the sampler takes <5% of a core
MIB = 1024 * 1024

# --- measuring one build -----------------------------------------------------------------------------


@dataclass
class Measurement:
    wall: float
    cpu: float
    max_rss_mib: float
    tree_pss_mib: float
    returncode: int
    stderr_tail: str


def _children_map() -> dict[int, list[int]]:
    """Parent pid -> child pids for every process, from /proc/*/stat (works without CONFIG_PROC_CHILDREN)."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _memory_kib(pid: int) -> int:
    """PSS if the kernel reports it (shared pages of forked workers are counted once), else RSS."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1])
        except (OSError, ValueError):
            continue
    return 0


def tree_memory_kib(root: int) -> int:
    tree, total, todo = _children_map(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _memory_kib(pid)
        todo.extend(tree.get(pid, []))
    return total


class TreeSampler(threading.Thread):
    """Samples the summed memory of a process tree until stopped; keeps the peak."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root, self.peak_kib = root, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(SAMPLE_SECONDS):
            self.peak_kib = max(self.peak_kib, tree_memory_kib(self.root))

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def measure(cmd: list[str], cwd: Path, timeout: float) -> Measurement:
    """Run ``cmd`` once; ``os.wait4`` gives that child's own CPU and max RSS, not the whole script's."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=True)  # fmt: skip
        sampler = TreeSampler(proc.pid)
        sampler.start()
        killer = threading.Timer(timeout, os.killpg, (proc.pid, signal.SIGKILL))
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        killer.cancel()
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read().decode("utf-8", "replace")[-2000:]
    return Measurement(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, sampler.peak_kib / 1024,
                       proc.returncode, tail)  # fmt: skip


def count_pages(out: Path) -> int:
    return sum(1 for _ in out.rglob("*.html")) if out.is_dir() else 0


def remove(*paths: Path) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def append_paragraph(path: Path, n: int) -> None:
    """The one-article edit: a new quoted paragraph, so the article's statements change too."""
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f'\n"We will publish the revised figures next week," a spokesperson said in update {n}.\n')


# --- the tools ---------------------------------------------------------------------------------------


class Tool(ABC):
    """One generator: where it is, how to convert the corpus for it, and what each scenario resets."""

    name: str

    def __init__(self, work: Path) -> None:
        self.work = work
        self.out = work / f"{self.name}-out"
        self.edits = 0

    @abstractmethod
    def executable(self) -> str | None: ...

    @abstractmethod
    def prepare(self, site: Path) -> None:
        """Convert the corpus for this tool (not timed)."""

    @abstractmethod
    def command(self, scenario: str) -> list[str]: ...

    @abstractmethod
    def caches(self) -> list[Path]: ...

    @abstractmethod
    def edit_target(self) -> Path: ...

    def note(self, scenario: str) -> str:
        return ""

    def stages(self, stderr: str) -> str:
        """Where the time went, when the tool reports it (sitegen's ``stages:`` line)."""
        return ""

    def cwd(self) -> Path:
        return self.work

    def version(self) -> str:
        exe = self.executable()
        if exe is None:
            return "not installed"
        done = subprocess.run([exe, *self.version_args()], capture_output=True, text=True, check=False)
        return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr) else "?"

    def version_args(self) -> list[str]:
        return ["--version"]

    def reset(self, scenario: str) -> None:
        """Put the tool's inputs and outputs in the state the scenario starts from."""
        if scenario == "cold":
            remove(self.out, *self.caches())
        elif scenario == "cached":
            remove(self.out)
        elif scenario == "edit-one":
            self.edits += 1
            append_paragraph(self.edit_target(), self.edits)


def _middle(folder: Path) -> Path:
    files = sorted(folder.glob("*.md"))
    return files[len(files) // 2]


class Sitegen(Tool):
    name = "sitegen"

    def executable(self) -> str | None:
        local = REPO / ".venv" / "bin" / "sitegen"
        return str(local) if local.exists() else shutil.which("sitegen")

    def prepare(self, site: Path) -> None:
        self.site = site
        exe = self.executable()
        done = subprocess.run([exe, "build", "--help"], capture_output=True, text=True, check=False) if exe else None
        self.help = done.stdout if done else ""

    def has_cache(self) -> bool:
        return "--clean" in self.help

    def command(self, scenario: str) -> list[str]:
        # Not --quiet: the summary's "stages:" line says where the time went (no progress bar off a terminal).
        return [str(self.executable()), "build", str(self.site), "--out", str(self.out)]

    def stages(self, stderr: str) -> str:
        lines = [line for line in stderr.splitlines() if line.startswith("sitegen: stages: ")]
        return lines[-1].removeprefix("sitegen: ") if lines else ""

    def caches(self) -> list[Path]:
        return [self.site / ".sitegen-cache"]

    def edit_target(self) -> Path:
        return _middle(self.site / "content" / "articles")

    def note(self, scenario: str) -> str:
        return "" if scenario == "cold" or self.has_cache() else "no --clean/cache: full build"


HUGO_CONFIG = """\
baseURL = "/"
title = "Benchmark News"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404", "section"]
[taxonomies]
  topic = "topics"
"""
HUGO_LAYOUTS = {
    "_default/baseof.html": """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{{ .Title }} | {{ .Site.Title }}</title></head><body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> · <a href="{{ "/topics/" | relURL }}">Topics</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2 January 2006" }} · {{ .Params.author }} ·
<a href="{{ .Params.source_url }}">{{ .Params.source }}</a></p>
<p>{{ range .GetTerms "topics" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
{{ .Content }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Params.summary }}</li>{{ end }}
</ul>{{ end }}
""",
    "_default/terms.html": """{{ define "main" }}<h1>Topics</h1><ul>{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range first 50 .Site.RegularPages.ByDate.Reverse }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Params.summary }}</li>{{ end }}
</ul>{{ end }}
""",
}


class Hugo(Tool):
    name = "hugo"

    def executable(self) -> str | None:
        return shutil.which("hugo")

    def version_args(self) -> list[str]:
        return ["version"]

    def prepare(self, site: Path) -> None:
        """Same Markdown files, byte for byte: Hugo reads the YAML front matter and ``topics`` as a taxonomy."""
        self.src = self.work / "hugo"
        (self.src / "content").mkdir(parents=True)
        shutil.copytree(site / "content" / "articles", self.src / "content" / "articles")
        (self.src / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
        _write_files(self.src / "layouts", HUGO_LAYOUTS)

    def command(self, scenario: str) -> list[str]:
        cache = self.caches()[0]
        return [str(self.executable()), "--source", str(self.src), "--destination", str(self.out),
                "--cacheDir", str(cache), "--quiet"]  # fmt: skip

    def caches(self) -> list[Path]:
        return [self.work / "hugo-cache", self.src / "resources"]

    def edit_target(self) -> Path:
        return _middle(self.src / "content" / "articles")

    def note(self, scenario: str) -> str:
        return "" if scenario == "cold" else "no content cache: full build"


PELICAN_CONFIG = """\
SITENAME = "Benchmark News"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
THEME = {theme!r}
CACHE_PATH = {cache!r}
LOAD_CONTENT_CACHE = True
CACHE_CONTENT = True
DELETE_OUTPUT_DIRECTORY = False
DEFAULT_PAGINATION = False
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DIRECT_TEMPLATES = ["index", "tags"]
AUTHOR_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
ARTICLE_URL = "articles/{{slug}}/"
ARTICLE_SAVE_AS = "articles/{{slug}}/index.html"
TAG_URL = "topics/{{slug}}/"
TAG_SAVE_AS = "topics/{{slug}}/index.html"
TAGS_SAVE_AS = "topics/index.html"
"""
PELICAN_TEMPLATES = {
    "base.html": """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{% block title %}{{ SITENAME }}{% endblock %}</title></head><body>
<header><a href="{{ SITEURL }}/">{{ SITENAME }}</a> · <a href="{{ SITEURL }}/topics/">Topics</a></header>
<main>{% block content %}{% endblock %}</main></body></html>
""",
    "article.html": """{% extends "base.html" %}
{% block title %}{{ article.title|striptags }} | {{ SITENAME }}{% endblock %}
{% block content %}<article><h1>{{ article.title }}</h1>
<p>{{ article.date.strftime('%d %B %Y') }} · {{ article.author }} ·
<a href="{{ article.source_url }}">{{ article.source }}</a></p>
<p>{% for tag in article.tags %}<a href="{{ SITEURL }}/{{ tag.url }}">{{ tag }}</a> {% endfor %}</p>
{{ article.content }}</article>{% endblock %}
""",
    "tag.html": """{% extends "base.html" %}{% block content %}<h1>{{ tag }}</h1><ul>{% for article in articles %}
<li><a href="{{ SITEURL }}/{{ article.url }}">{{ article.title }}</a> {{ article.date.strftime('%Y-%m-%d') }}
{{ article.summary }}</li>{% endfor %}</ul>{% endblock %}
""",
    "tags.html": """{% extends "base.html" %}{% block content %}<h1>Topics</h1><ul>{% for tag, articles in tags|sort %}
<li><a href="{{ SITEURL }}/{{ tag.url }}">{{ tag }}</a> ({{ articles|count }})</li>{% endfor %}</ul>{% endblock %}
""",
    "index.html": """{% extends "base.html" %}{% block content %}<h1>{{ SITENAME }}</h1>
<ul>{% for article in articles[:50] %}
<li><a href="{{ SITEURL }}/{{ article.url }}">{{ article.title }}</a> {{ article.date.strftime('%Y-%m-%d') }}
{{ article.summary }}</li>{% endfor %}</ul>{% endblock %}
""",
}


class Pelican(Tool):
    name = "pelican"

    def __init__(self, work: Path, exe: Path = DEFAULT_PELICAN) -> None:
        super().__init__(work)
        self.exe = exe

    def executable(self) -> str | None:
        return str(self.exe) if self.exe.exists() else shutil.which("pelican")

    def prepare(self, site: Path) -> None:
        """Pelican's Markdown reader wants ``Key: value`` metadata, so the YAML front matter is rewritten."""
        self.src = self.work / "pelican"
        content = self.src / "content"
        content.mkdir(parents=True)
        for path in sorted((site / "content" / "articles").glob("*.md")):
            (content / path.name).write_text(pelican_markdown(path), encoding="utf-8")
        theme = self.work / "pelican-theme"
        _write_files(theme / "templates", PELICAN_TEMPLATES)
        (theme / "static").mkdir()
        config = PELICAN_CONFIG.format(theme=str(theme), cache=str(self.caches()[0]))
        (self.src / "pelicanconf.py").write_text(config, encoding="utf-8")

    def command(self, scenario: str) -> list[str]:
        return [str(self.executable()), "content", "-s", "pelicanconf.py", "-o", str(self.out), "-q"]

    def caches(self) -> list[Path]:
        return [self.work / "pelican-cache"]

    def cwd(self) -> Path:
        return self.src

    def edit_target(self) -> Path:
        return _middle(self.src / "content")


def pelican_markdown(path: Path) -> str:
    post = frontmatter.load(path)
    meta = {
        "Title": post["title"],
        "Date": post["date"].isoformat(),
        "Author": post["author"],
        "Tags": ", ".join(post["topics"]),
        "Slug": path.stem,
        "Summary": post["summary"],
        "Source": post["source"],
        "Source_url": post["source_url"],
    }
    return "".join(f"{key}: {value}\n" for key, value in meta.items()) + "\n" + post.content + "\n"


def _write_files(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


TOOLS: dict[str, type[Tool]] = {"sitegen": Sitegen, "hugo": Hugo, "pelican": Pelican}

# --- running and reporting ---------------------------------------------------------------------------


@dataclass
class Result:
    size: int
    tool: str
    scenario: str
    status: str
    wall: float | None = None
    cpu: float | None = None
    max_rss_mib: float | None = None
    tree_pss_mib: float | None = None
    pages: int | None = None
    note: str = ""


@dataclass
class Options:
    sizes: list[int]
    tools: list[str]
    scenarios: list[str]
    seed: int
    timeout: float
    keep: Path | None
    pelican: Path
    versions: dict[str, str] = field(default_factory=dict)


def run_tool(tool: Tool, size: int, site: Path, opts: Options) -> list[Result]:
    """All scenarios of one tool on one corpus; a tool that fails stops there, the others go on."""
    if tool.executable() is None:
        return [Result(size, tool.name, "all", "not installed")]
    tool.prepare(site)
    results = []
    for scenario in opts.scenarios:
        tool.reset(scenario)
        print(f"  {tool.name} {scenario} ...", file=sys.stderr, flush=True)
        m = measure(tool.command(scenario), tool.cwd(), opts.timeout)
        status = "ok" if m.returncode == 0 else f"failed (exit {m.returncode})"
        note = "; ".join(filter(None, [tool.note(scenario), tool.stages(m.stderr_tail)]))
        result = Result(size, tool.name, scenario, status, m.wall, m.cpu, m.max_rss_mib, m.tree_pss_mib,
                        count_pages(tool.out), note)  # fmt: skip
        results.append(result)
        print(f"    {status}: {m.wall:.2f} s wall, {m.cpu:.2f} s CPU, {max(m.max_rss_mib, m.tree_pss_mib):.0f} MiB, "
              f"{result.pages} pages", file=sys.stderr, flush=True)  # fmt: skip
        if m.returncode != 0:
            print(f"  {tool.name} {scenario} failed:\n{m.stderr_tail}", file=sys.stderr)
            break
    return results


def run_size(size: int, opts: Options) -> list[Result]:
    work = Path(tempfile.mkdtemp(prefix=f"sitegen-bench-{size}-"))
    try:
        site = work / "site"
        started = time.perf_counter()
        stats = write_corpus(site, size, opts.seed)
        print(f"N={size}: corpus of {stats.words:,} words written in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)  # fmt: skip
        results = []
        for name in opts.tools:
            tool = Pelican(work, opts.pelican) if name == "pelican" else TOOLS[name](work)
            results += run_tool(tool, size, site, opts)
        return results
    finally:
        if opts.keep:
            shutil.copytree(work, opts.keep / work.name, dirs_exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def _num(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def table(results: list[Result]) -> str:
    rows = [
        "| N | tool | scenario | wall s | CPU s | max RSS MiB | tree PSS MiB | pages | status |",
        "|---:|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        status = r.status + (f"; {r.note}" if r.note else "")
        rows.append(f"| {r.size} | {r.tool} | {r.scenario} | {_num(r.wall)} | {_num(r.cpu)} | {_num(r.max_rss_mib, 0)} "
                    f"| {_num(r.tree_pss_mib, 0)} | {'' if r.pages is None else r.pages} | {status} |")  # fmt: skip
    return "\n".join(rows)


def _wall(results: list[Result], size: int, tool: str, scenario: str) -> float | None:
    for r in results:
        if (r.size, r.tool, r.scenario, r.status) == (size, tool, scenario, "ok"):
            return r.wall
    return None


def _peak(results: list[Result], size: int, tool: str) -> float | None:
    peaks = [max(r.max_rss_mib or 0, r.tree_pss_mib or 0) for r in results if (r.size, r.tool) == (size, tool)]
    return max(peaks) if peaks else None


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def ratios(results: list[Result], size: int, scenarios: list[str]) -> str:
    """Per scenario: how many times Hugo's wall time sitegen takes, and how many times sitegen's Pelican takes."""
    rows = [f"| N={size}: scenario | sitegen / Hugo | Pelican / sitegen |", "|---|---:|---:|"]
    for scenario in scenarios:
        ours = _wall(results, size, "sitegen", scenario)
        vs_hugo = _ratio(ours, _wall(results, size, "hugo", scenario))
        vs_pelican = _ratio(_wall(results, size, "pelican", scenario), ours)
        rows.append(f"| {scenario} | {_num(vs_hugo)} | {_num(vs_pelican)} |")
    return "\n".join(rows)


def targets(results: list[Result], size: int) -> str:
    """The project's performance targets, each with the measured value; blank where a tool did not run."""
    cold = _wall(results, size, "sitegen", "cold")
    hugo = _wall(results, size, "hugo", "cold")
    checks = [
        ("sitegen cold / Hugo cold (target ≤ 3)", _ratio(cold, hugo), lambda v: v <= 3),
        ("Pelican cold / sitegen cold (target ≥ 3)", _ratio(_wall(results, size, "pelican", "cold"), cold),
         lambda v: v >= 3),
        ("sitegen cached / Hugo cold (target ≤ 1.5)", _ratio(_wall(results, size, "sitegen", "cached"), hugo),
         lambda v: v <= 1.5),
        ("sitegen edit-one, s (target < 1)", _wall(results, size, "sitegen", "edit-one"), lambda v: v < 1),
        ("sitegen no-change, s (target < 0.5)", _wall(results, size, "sitegen", "no-change"), lambda v: v < 0.5),
        ("sitegen peak memory, MiB (target < 1024)", _peak(results, size, "sitegen"), lambda v: v < 1024),
    ]  # fmt: skip
    rows = [f"| N={size}: measure | value | met |", "|---|---:|---|"]
    for label, value, ok in checks:
        verdict = "" if value is None else ("yes" if ok(value) else "no")
        rows.append(f"| {label} | {_num(value)} | {verdict} |")
    return "\n".join(rows)


def parse_args(argv: list[str] | None) -> tuple[Options, Path | None]:
    p = argparse.ArgumentParser(description="Compare sitegen with Hugo and Pelican on one synthetic corpus.")
    p.add_argument("--sizes", default="1000,10000", help="article counts, comma-separated (default 1000,10000)")
    p.add_argument("--tools", default="sitegen,hugo,pelican", help="tools to run (default all three)")
    p.add_argument("--scenarios", default=",".join(SCENARIOS), help=f"scenarios (default {','.join(SCENARIOS)})")
    p.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    p.add_argument("--timeout", type=float, default=3600, help="seconds before one build is killed (default 3600)")
    p.add_argument("--pelican", type=Path, default=DEFAULT_PELICAN, help=f"pelican executable ({DEFAULT_PELICAN})")
    p.add_argument("--keep", type=Path, help="copy the work folders (corpus, outputs) here before cleaning up")
    p.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    a = p.parse_args(argv)
    tools, scenarios = a.tools.split(","), a.scenarios.split(",")
    for value, known in ((tools, TOOLS), (scenarios, SCENARIOS)):
        unknown = [v for v in value if v not in known]
        if unknown:
            p.error(f"unknown {', '.join(unknown)}; choose from {', '.join(known)}")
    sizes = [int(s) for s in a.sizes.split(",")]
    return Options(sizes, tools, scenarios, a.seed, a.timeout, a.keep, a.pelican), a.json


def tool_versions(opts: Options) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        tools = [Pelican(Path(tmp), opts.pelican) if n == "pelican" else TOOLS[n](Path(tmp)) for n in opts.tools]
        return {tool.name: tool.version() for tool in tools}


def main(argv: list[str] | None = None) -> int:
    opts, json_path = parse_args(argv)
    opts.versions = tool_versions(opts)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    results: list[Result] = []
    for size in opts.sizes:
        results += run_size(size, opts)
    print(f"Machine: {machine}; corpus seed {opts.seed}")
    print("Versions: " + "; ".join(f"{k}: {v}" for k, v in opts.versions.items()) + "\n")
    print(table(results))
    for size in opts.sizes:
        print("\n" + ratios(results, size, opts.scenarios))
        print("\n" + targets(results, size))
    if json_path:
        rows = [asdict(r) for r in results]
        doc = {"machine": machine, "seed": opts.seed, "versions": opts.versions, "results": rows}
        json_path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r.status in ("ok", "not installed") for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
