"""``sitegen serve``: build, serve ``public/`` under the site's base path, rebuild and reload on change.

watchfiles reports changes to content, templates and ``sitegen.toml``; each
change runs an (incremental) ``sitegen build`` and bumps a version number.  Pages get a
small script that long-polls ``__sitegen/wait`` and reloads when the version
moves.  The script is added while serving only: built files never contain it.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from watchfiles import watch

from sitegen.config import CONFIG_FILE, load_config

RELOAD_SCRIPT = """<script>
(function poll(v) {
  fetch("%(base)s__sitegen/wait?v=" + v).then(function (r) { return r.text(); }).then(function (n) {
    if (n !== String(v)) { location.reload(); } else { poll(v); }
  }, function () { setTimeout(function () { poll(v); }, 2000); });
})(%(version)d);
</script>"""


class Reloader:
    """The site's version number, and a way to wait until it changes."""

    def __init__(self) -> None:
        self.version = 0
        self._changed = threading.Condition()

    def bump(self) -> None:
        with self._changed:
            self.version += 1
            self._changed.notify_all()

    def wait(self, seen: int, timeout: float = 25.0) -> int:
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen, timeout)
            return self.version


class _Handler(SimpleHTTPRequestHandler):
    """Serves ``public/`` at the base path; HTML gets the reload script."""

    base: str
    reloader: Reloader

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = unquote(urlsplit(self.path).path)
        if path == self.base + "__sitegen/wait":
            return self._wait()
        if not path.startswith(self.base):
            self.send_response(HTTPStatus.FOUND)
            self.send_header("Location", self.base)
            self.end_headers()
            return None
        self.path = "/" + path[len(self.base) :]
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        if target.suffix == ".html" and target.is_file():
            return self._send_html(target.read_bytes(), HTTPStatus.OK)
        if not target.exists() and Path(self.directory, "404.html").is_file():
            return self._send_html(Path(self.directory, "404.html").read_bytes(), HTTPStatus.NOT_FOUND)
        return super().do_GET()

    def _send_html(self, html: bytes, status: HTTPStatus) -> None:
        script = RELOAD_SCRIPT % {"base": self.base, "version": self.reloader.version}
        body = html.replace(b"</body>", script.encode() + b"</body>", 1)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _wait(self) -> None:
        query = urlsplit(self.path).query
        seen = int(query.partition("v=")[2] or 0) if query.partition("v=")[2].isdigit() else 0
        body = str(self.reloader.wait(seen)).encode()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's naming)
        pass  # quiet: the build reports what matters


def make_server(public: Path, base_path: str, reloader: Reloader, host: str, port: int) -> ThreadingHTTPServer:
    handler = type("Handler", (_Handler,), {"base": base_path, "reloader": reloader})
    server = ThreadingHTTPServer((host, port), partial(handler, directory=str(public)))
    server.daemon_threads = True
    return server


def rebuild(site_dir: Path, base_url: str | None, report: Callable[[str], None]) -> bool:
    """One ``sitegen build`` in a process of its own; errors are reported and the last good site stays served.

    A build forks render workers, and this process runs the server's and the
    watcher's threads: a child forked from a process with threads can inherit
    a lock that one of them held, and wait for it for ever.  A fresh process
    has no threads of its own to fork beside, and gives its memory back when
    it ends.
    """
    command = [sys.executable, "-m", "sitegen", "build", str(site_dir), "--quiet"]
    if base_url:
        command += ["--base-url", base_url]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        report(f"sitegen: build failed, still serving the last good site:\n{done.stderr.strip()}")
        return False
    report(f"sitegen: rebuilt in {time.perf_counter() - started:.2f} s")
    return True


def watch_and_rebuild(
    site_dir: Path,
    base_url: str | None,
    reloader: Reloader,
    stop: threading.Event,
    report: Callable[[str], None],
) -> None:
    """Rebuild on every change to content, templates or config, until ``stop`` is set."""
    paths = [p for p in (site_dir / "content", site_dir / "templates", site_dir / CONFIG_FILE) if p.exists()]
    for _changes in watch(*paths, stop_event=stop, debounce=200, rust_timeout=500):
        if rebuild(site_dir, base_url, report):
            reloader.bump()


def serve(site_dir: Path, host: str = "127.0.0.1", port: int = 8000, base_url: str | None = None) -> int:
    """Build, then serve until interrupted; returns the exit code."""
    report = partial(print, file=sys.stderr)
    if not rebuild(site_dir, base_url, report):
        return 1
    base_path = load_config(site_dir, base_url).base_path
    reloader, stop = Reloader(), threading.Event()
    server = make_server(site_dir / "public", base_path, reloader, host, port)
    watcher = threading.Thread(target=watch_and_rebuild, args=(site_dir, base_url, reloader, stop, report))
    watcher.start()
    report(f"sitegen: serving http://{host}:{server.server_address[1]}{base_path} (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
        watcher.join()
    return 0
