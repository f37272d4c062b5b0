"""Load test of `newsbrief serve` on loopback: requests per second and latency (p50, p95) for
the story page and for the ad hoc brief endpoint, with 20 concurrent clients.

It builds a store from the bundled example, starts the real server (`newsbrief serve`) on
127.0.0.1 in a subprocess, sends a bounded number of requests (and stops early at a time
limit), and stops the server. Any non-2xx answer or transport error counts as an error, and
the exit status is 1 when there is one.

    .venv/bin/python benchmarks/load_test.py    # the README's table: 20 clients, 2,000 page and 40 brief requests
"""
from __future__ import annotations

import argparse
import logging
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request would drown the report

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "putin-erdogan-ankara"
HOST = "127.0.0.1"  # loopback only: this never targets another machine
sys.path.insert(0, str(Path(__file__).parent))  # the scripts' shared module, also when a test loads this file by its path
from arguments import at_least  # noqa: E402


def build_store(path: Path) -> str:
    from newsbrief.read import read_cluster
    from newsbrief.store import Store
    from newsbrief.stories import refresh_briefs, update_stories

    with Store(path) as store:
        store.add_articles(read_cluster([EXAMPLE]).articles)
        update_stories(store)
        refresh_briefs(store)
        (story,) = store.stories()
    return story.story_id


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with status {server.returncode}")
        try:
            if httpx.get(f"{base}/api/status", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start in time")


def run_load(name: str, base: str, clients: int, requests: int, time_limit: float, send) -> dict:
    """`requests` calls of send(http_client) spread over `clients` threads; stops at the time limit."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    remaining = [requests]
    deadline = time.monotonic() + time_limit

    def client() -> None:
        with httpx.Client(base_url=base, timeout=600) as http:
            while time.monotonic() < deadline:
                with lock:
                    if remaining[0] == 0:
                        return
                    remaining[0] -= 1
                start = time.perf_counter()
                try:
                    response = send(http)
                    problem = None if response.is_success else f"HTTP {response.status_code}"
                except httpx.HTTPError as exc:
                    problem = f"{type(exc).__name__}: {exc}"
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors.append(problem)

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    result = {
        "name": name, "clients": clients, "requests": len(latencies), "errors": len(errors), "seconds": wall,
        "rps": len(latencies) / wall, "p50_ms": 1000 * statistics.median(ordered),
        "p95_ms": 1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
    }
    print(f"{name:<22} {result['requests']:>5} requests, {result['errors']} errors, {wall:6.1f} s: "
          f"{result['rps']:8.1f} req/s, p50 {result['p50_ms']:8.1f} ms, p95 {result['p95_ms']:8.1f} ms"
          + (f" (first error: {errors[0]})" if errors else ""), flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=at_least(1), default=20, help="concurrent clients (default 20)")
    parser.add_argument("--page-requests", type=at_least(1), default=2000,
                        help="story page requests in all (default 2000)")
    parser.add_argument("--brief-requests", type=at_least(1), default=40,
                        help="POST /api/brief requests in all (default 40)")
    parser.add_argument("--time-limit", type=at_least(1, float), default=240,
                        help="seconds per phase at most; a phase stops early there (default 240)")
    options = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.iterdir())]
    with tempfile.TemporaryDirectory(prefix="newsbrief-load-") as folder:
        db = Path(folder) / "load.db"
        story_id = build_store(db)
        port = free_port()
        base = f"http://{HOST}:{port}"
        server = subprocess.Popen([str(Path(sys.executable).parent / "newsbrief"), "serve", "--db", str(db),
                                   "--host", HOST, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_until_up(base, server)
            brief_body = {"articles": [{"text": t} for t in texts]}
            # Warm up: first page render and first brief (model load) are not what is measured.
            httpx.get(f"{base}/stories/{story_id}", timeout=60).raise_for_status()
            httpx.post(f"{base}/api/brief", json=brief_body, timeout=120).raise_for_status()
            print(f"server: newsbrief serve on {base}, story {story_id} (2 articles), {options.clients} clients")
            results = [
                run_load("story page", base, options.clients, options.page_requests, options.time_limit,
                         lambda http: http.get(f"/stories/{story_id}")),
                run_load("ad hoc brief (2 art.)", base, options.clients, options.brief_requests, options.time_limit,
                         lambda http: http.post("/api/brief", json=brief_body)),
            ]
        finally:
            server.terminate()
            server.wait(30)
    return 1 if any(r["errors"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
