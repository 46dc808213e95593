"""Load figures: GET /timelines/all over 10,000 events under gunicorn, beside the same bytes served
as a static file by the same server, measured by a load generator on loopback.

The ratio (ours / static) is the figure: it says what the framework, database and serialisation
cost, whatever the machine. wrk is used when installed (apt-get install wrk), else a small
keep-alive load generator in Python threads.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

from service.store import Source, Store, content_hash, migrate

EVENTS = 10_000
DURATION_S = 8
CONNECTIONS = 32
WORKERS = 4


def synthetic_corpus(url: str, events: int = EVENTS) -> None:
    """Events spread over thirty years, each with one evidence row from one of 500 sources."""
    store = Store(url)
    with store.transaction(writes=True) as repo:
        sources = []
        for i in range(500):
            text = f"Synthetic article {i}: the council of Town{i} met and voted on the budget."
            source = Source(title=f"Synthetic {i}", text=text, published=date(2000, 1, 1) + timedelta(days=20 * i),
                            content_hash=content_hash(text), language="en")
            repo.session.add(source)
            sources.append(source)
        repo.session.flush()
        for i in range(events):
            day = date(1995, 1, 1) + timedelta(days=i)
            event = repo.add_event(title=f"Council {i % 97} voted on measure {i}", status="occurred",
                                   origin="extracted", edtf=day.isoformat(), value=day.isoformat(), earliest=day,
                                   latest=day, precision="day", rule="synthetic")
            repo.add_evidence(event, sources[i % len(sources)], title=event.title, quote=sources[i % 500].text,
                              quote_start=0, quote_end=20, status="occurred", expression="on Monday",
                              earliest=day, latest=day, precision="day", edtf=day.isoformat(), reference=day)
    store.dispose()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(app: str, env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--workers", str(WORKERS), "--bind",
                                f"127.0.0.1:{port}", "--log-level", "warning", app],
                               env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, port
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def _wrk(url: str) -> dict[str, float]:
    done = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION_S}s", "--latency", url],
                          capture_output=True, text=True, check=True)
    out = done.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def percentile(p: str) -> float:
        value, unit = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", out, re.MULTILINE).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50_ms": percentile("50"), "p99_ms": percentile("99"),
            "errors": int(errors.group(1)) if errors else 0, "tool": "wrk"}


def _python_load(url: str) -> dict[str, float]:
    host, port_path = url.removeprefix("http://").split(":", 1)
    port, path = port_path.split("/", 1)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + DURATION_S

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        mine = []
        while time.perf_counter() < stop:
            started = time.perf_counter()
            conn.request("GET", "/" + path)
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                with lock:
                    errors += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / elapsed, "p50_ms": cuts[49], "p99_ms": cuts[98], "errors": errors,
            "tool": "python threads"}


def measure(url: str) -> dict[str, float]:
    return _wrk(url) if shutil.which("wrk") else _python_load(url)


def main() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{Path(tmp) / 'load.db'}"
        migrate(db_url)
        started = time.perf_counter()
        synthetic_corpus(db_url)
        print(f"Load: {EVENTS:,} synthetic events in {time.perf_counter() - started:.1f}s "
              f"({db_url.split(':')[0]}), gunicorn with {WORKERS} workers, {CONNECTIONS} connections, "
              f"{DURATION_S}s each, loopback")
        app, port = _serve("service.wsgi:app", {"DATABASE_URL": db_url})
        try:
            url = f"http://127.0.0.1:{port}/timelines/all"
            with urllib.request.urlopen(url, timeout=60) as response:
                body = response.read()
            static = Path(tmp) / "timeline.json"
            static.write_bytes(body)
            ours = measure(url)
        finally:
            app.terminate()
            app.wait()
        baseline, static_port = _serve("benchmarks.static_app:app", {"STATIC_BODY": str(static)})
        try:
            plain = measure(f"http://127.0.0.1:{static_port}/timeline.json")
        finally:
            baseline.terminate()
            baseline.wait()
    print(f"  GET /timelines/all (first page, {len(body):,} bytes)")
    print(f"  ours                         : {ours['rps']:8.1f} req/s  p50 {ours['p50_ms']:6.1f} ms"
          f"  p99 {ours['p99_ms']:6.1f} ms  errors {ours['errors']}  [{ours['tool']}]")
    print(f"  same bytes, static           : {plain['rps']:8.1f} req/s  p50 {plain['p50_ms']:6.1f} ms"
          f"  p99 {plain['p99_ms']:6.1f} ms  errors {plain['errors']}")
    print(f"  ratio ours/static: {ours['rps'] / plain['rps']:.3f} of the throughput, "
          f"{ours['p99_ms'] / max(plain['p99_ms'], 0.001):.1f}x the p99 latency")
    rates = ingest_throughput()
    print(f"Ingest throughput: {rates['inline']:,.0f} articles/minute inline", end="")
    if "celery_2_workers" in rates:
        print(f", {rates['celery_2_workers']:,.0f} articles/minute with 2 Celery workers (Redis)")
    else:
        print(" (Redis not answering: Celery figure skipped)")
    return {"ours": ours, "static": plain, "ingest": rates}



def synthetic_articles(count: int) -> list:
    """News-like articles with dated events, distinct texts, for ingest throughput."""
    from service.ingest import Article

    towns = ["Bergen", "Lyon", "Porto", "Graz", "Turku", "Ghent", "Split", "Cork"]
    out = []
    for i in range(count):
        day = date(2021, 1, 1) + timedelta(days=i)
        town = towns[i % len(towns)]
        text = (f"The council of {town} approved plan {i} on {day:%B} {day.day}, {day.year}. Officials said on "
                f"Monday that work would begin next month and end in early {day.year + 1}. The mayor, who "
                f"visited the site last week, called the vote historic. Critics will meet on Friday.")
        out.append(Article(title=f"{town} plan {i}", text=text, published=day + timedelta(days=3)))
    return out


def ingest_throughput(count: int = 120) -> dict[str, float]:
    """Articles per minute through `ingest`, inline, then with 2 Celery worker processes on Redis."""
    from service.ingest import ingest
    from service.jobs import submit_batch

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'inline.db'}"
        migrate(url)
        store = Store(url)
        started = time.perf_counter()
        for article in synthetic_articles(count):
            ingest(store, article)
        figures["inline"] = count / (time.perf_counter() - started) * 60
        store.dispose()
        broker = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/14")
        try:
            with socket.create_connection(("127.0.0.1", 6379), timeout=1):
                pass
        except OSError:
            return figures
        url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{Path(tmp) / 'celery.db'}"
        migrate(url)
        workers = subprocess.Popen([sys.executable, "-m", "celery", "-A", "service.tasks", "worker", "--concurrency",
                                    "2", "--loglevel", "WARNING", "-Q", "timeline"],
                                   env={**os.environ, "CELERY_BROKER_URL": broker}, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            time.sleep(4)  # let the workers connect
            store = Store(url)
            started = time.perf_counter()
            job = submit_batch(store, synthetic_articles(count), broker)
            deadline = time.time() + 600
            while time.time() < deadline:
                with store.transaction() as repo:
                    current = repo.get_job(job.id)
                    if current.done >= current.total:
                        break
                time.sleep(0.2)
            figures["celery_2_workers"] = count / (time.perf_counter() - started) * 60
            store.dispose()
        finally:
            workers.terminate()
            workers.wait(timeout=30)
    return figures


if __name__ == "__main__":
    main()
