"""Load figures: GET /timeline over 10,000 events under gunicorn, over varied URLs (date windows,
entities, text, cursor pages), with the per-worker read cache on and off, beside the same bytes
served as static files by the same server, measured by a load generator on loopback.

The ratios (ours / static) are the figures: with the cache off they say what the framework, the
database and serialisation cost; with it on, what a reader gets once a worker has answered that URL
before (a single repeated URL would measure the cache alone). The load generator is a keep-alive
client in Python threads, which every server shares, so the static figure is a ceiling of this
client rather than of the server.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from service.store import Source, Store, content_hash, migrate

EVENTS = 10_000
DURATION_S = 8
WARMUP_S = 8  # unmeasured load first, so each worker's read cache holds what readers ask for
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
                              earliest=day, latest=day, precision="day", edtf=day.isoformat(), reference=day,
                              participants=[f"Mayor Person{i % 200}"])
            repo.set_participants(event, [f"Mayor Person{i % 200}"])
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


def static_app(environ, start_response):
    """The baseline: each URL's bytes, as ours answered them, read from memory (STATIC_DIR/index.json)."""
    uri = environ.get("PATH_INFO", "") + ("?" + environ["QUERY_STRING"] if environ.get("QUERY_STRING") else "")
    body = _STATIC.get(uri)
    if body is None:
        start_response("404 Not Found", [("Content-Length", "0")])
        return [b""]
    start_response("200 OK", [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


def _load_static() -> dict[str, bytes]:
    folder = os.environ.get("STATIC_DIR")
    if not folder:
        return {}
    index = json.loads((Path(folder) / "index.json").read_text(encoding="utf-8"))
    return {uri: (Path(folder) / name).read_bytes() for uri, name in index.items()}


_STATIC = _load_static()


def varied_urls(port: int) -> list[str]:
    """What readers ask for: date windows, entities, text, statuses, and cursor pages followed from the
    first page. Every URL is fetched once here, which also checks it answers 200."""
    urls = [f"/timeline?from={year}&to={year}&limit=50" for year in range(1995, 2023)]
    urls += [f"/timeline?entity=Person{k}&limit=50" for k in range(0, 200, 10)]
    urls += [f"/timeline?q={urllib.parse.quote(f'measure {k}1')}&limit=20" for k in range(10)]
    urls += ["/timeline?precision=day&limit=100", "/timeline?status=occurred&limit=100", "/timeline?limit=200"]
    page = "/timeline?limit=50"
    for _ in range(20):
        urls.append(page)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{page}", timeout=60) as response:
            following = json.loads(response.read()).get("next")
        if not following:
            break
        page = following if following.startswith("/") else "/" + following.split("/", 3)[-1]
    return urls


def _snapshot(port: int, urls: list[str], folder: Path) -> int:
    """Save each URL's body for the static baseline; returns the mean body size."""
    index, sizes = {}, []
    for number, uri in enumerate(urls):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{uri}", timeout=60) as response:
            body = response.read()
        name = f"{number:03d}-{hashlib.sha256(uri.encode()).hexdigest()[:8]}.json"
        (folder / name).write_bytes(body)
        index[uri] = name
        sizes.append(len(body))
    (folder / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return int(statistics.mean(sizes))


def measure(port: int, urls: list[str], seconds: float = DURATION_S) -> dict[str, float]:
    """Keep-alive GETs from CONNECTIONS threads for `seconds`, each thread walking the URL list from
    its own offset, so the URLs are asked for evenly and in no worker-friendly order."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, bad, n = [], 0, offset
        while time.perf_counter() < stop:
            started = time.perf_counter()
            conn.request("GET", urls[n % len(urls)])
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            bad += response.status != 200
            n += 7  # a stride prime to most list lengths: neighbours do not ask for the same URL
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=worker, args=(k * 13,)) for k in range(CONNECTIONS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / elapsed, "p50_ms": cuts[49], "p99_ms": cuts[98], "errors": errors}


def _line(label: str, figures: dict[str, float]) -> str:
    return (f"  {label:<29}: {figures['rps']:8.1f} req/s  p50 {figures['p50_ms']:6.1f} ms"
            f"  p99 {figures['p99_ms']:6.1f} ms  errors {figures['errors']}")


def main() -> dict:
    figures = reads()
    # varied articles: consecutive-day ones share merge keys, so they measure serialised merging, not scale-out
    rates = ingest_throughput(articles=varied_articles, label=VARIED)
    print_ingest(rates)
    return {**figures, "ingest": rates}


READ_ROUNDS = 3  # measured windows of each server, interleaved, so a busy moment of the machine hits all three


def reads() -> dict[str, dict[str, float]]:
    """GET /timeline with the read cache on and off, and the same bytes served statically, the three servers up at
    once and measured in turn for READ_ROUNDS rounds; prints the medians and the ratios, round by round too."""
    with tempfile.TemporaryDirectory() as tmp:
        db_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{Path(tmp) / 'load.db'}"
        _empty(db_url)  # (whatever an earlier run left there)
        started = time.perf_counter()
        synthetic_corpus(db_url)
        print(f"Load: {EVENTS:,} synthetic events in {time.perf_counter() - started:.1f}s "
              f"({db_url.split(':')[0]}), gunicorn with {WORKERS} workers, {CONNECTIONS} connections "
              f"(Python threads), {READ_ROUNDS} rounds of {DURATION_S}s windows per server, interleaved, after "
              f"{WARMUP_S}s of warm-up each, loopback")
        servers: dict[str, tuple[subprocess.Popen, int]] = {}
        rounds: dict[str, list[dict[str, float]]] = {}
        try:
            servers["read cache on"] = _serve("service.wsgi:app", {"DATABASE_URL": db_url})
            urls = varied_urls(servers["read cache on"][1])
            size = _snapshot(servers["read cache on"][1], urls, Path(tmp))
            servers["read cache off"] = _serve("service.wsgi:app", {"DATABASE_URL": db_url, "READ_CACHE_BYTES": "0"})
            servers["static"] = _serve("benchmarks.load:static_app", {"STATIC_DIR": tmp})
            for _, port in servers.values():
                measure(port, urls, WARMUP_S)  # unmeasured: the workers have answered most URLs before
            for _ in range(READ_ROUNDS):
                for label, (_, port) in servers.items():
                    rounds.setdefault(label, []).append(measure(port, urls))
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait()
    figures = {label: _median_round(runs) for label, runs in rounds.items()}
    print(f"  GET /timeline over {len(urls)} URLs (date windows, entities, text, 20 cursor pages; "
          f"{size:,} bytes on average); medians of the rounds")
    for label in ("read cache on", "read cache off"):
        print(_line(f"ours, {label}", figures[label]))
    print(_line("same bytes, static", figures["static"]))
    for label in ("read cache on", "read cache off"):
        ours, plain = figures[label], figures["static"]
        by_round = ", ".join(f"{a['rps'] / b['rps']:.3f}" for a, b in zip(rounds[label], rounds["static"], strict=True))
        print(f"  ratio ours/static, {label}: {ours['rps'] / plain['rps']:.3f} of the throughput (rounds {by_round}), "
              f"{ours['p99_ms'] / max(plain['p99_ms'], 0.001):.1f}x the p99 latency")
    return figures


def _median_round(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median of each figure over the rounds (errors summed)."""
    return {"rps": statistics.median(r["rps"] for r in runs), "p50_ms": statistics.median(r["p50_ms"] for r in runs),
            "p99_ms": statistics.median(r["p99_ms"] for r in runs), "errors": sum(r["errors"] for r in runs)}


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


def varied_articles(count: int) -> list:
    """Articles on different people, verbs and months (benchmarks.ingest_scale's probes): what
    per-key merge locks let run side by side, unlike `synthetic_articles`, whose consecutive days and
    shared verbs put every merge on the same keys."""
    from benchmarks.ingest_scale import probe_articles

    return probe_articles(count)


# Redis database 13 by default: the test suite's is 14 (tests/outside.py), so a benchmark and a test run at the
# same time never share a queue (the tests flush theirs)
BROKER_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
VARIED = "varied, ~1.9 KB: different people, verbs and months"
REPEATS = 3  # runs of each worker count, interleaved (1, 2, 1, 2, ...) so drift in the machine's load hits both


def ingest_throughput(count: int = 120, articles: Callable[[int], list] | None = None,
                      repeats: int = REPEATS, label: str = "consecutive days, shared verbs") -> dict[str, Any]:
    """Articles per minute through `ingest`: inline on SQLite, then through 1 and 2 Celery worker
    processes on Redis (BENCH_REDIS_URL), `repeats` runs of each, on BENCH_DATABASE_URL (PostgreSQL, emptied for each
    run) or else SQLite. Each Celery run also says where the machine's CPU went (`CpuShare`)."""
    from service.ingest import ingest

    articles = articles or synthetic_articles
    figures: dict[str, Any] = {"articles": count, "label": label}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'inline.db'}"
        migrate(url)
        store = Store(url)
        started = time.perf_counter()
        for article in articles(count):
            ingest(store, article)
        figures["inline"] = count / (time.perf_counter() - started) * 60
        store.dispose()
        broker = BROKER_URL
        where = urllib.parse.urlparse(broker)
        try:
            with socket.create_connection((where.hostname or "127.0.0.1", where.port or 6379), timeout=1):
                pass
        except OSError:
            return figures
        batch = articles(count)
        for run in range(repeats):
            for workers in (1, 2):
                url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{Path(tmp) / f'celery-{workers}-{run}.db'}"
                rate, share = celery_rate(url, broker, workers, batch)
                figures.setdefault(f"celery_{workers}_workers", []).append(rate)
                figures.setdefault(f"cpu_{workers}_workers", []).append(share)
                print(f"  run {run + 1}/{repeats}, {workers} worker{'s' if workers > 1 else ''}: {rate:,.0f} "
                      f"articles/minute; {share}", flush=True)
    return figures


def _empty(url: str) -> None:
    """A fresh schema: PostgreSQL's public schema dropped and migrated again (SQLite files start fresh)."""
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine, text

        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    migrate(url)


def _processes() -> dict[int, tuple[int, float, str]]:
    """pid -> (parent pid, CPU seconds used so far, command name) of every process visible in /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        name, fields = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
        found[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick, name)
    return found


def _tree(root: int, processes: dict[int, tuple[int, float, str]]) -> set[int]:
    """`root` and its descendants (a Celery worker's pool processes are its children)."""
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, (parent, _, _) in processes.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def _queued(pids: set[int]) -> float:
    """Seconds the threads of `pids` have spent ready to run but waiting for a core (schedstat)."""
    waited = 0
    for pid in pids:
        for task in Path(f"/proc/{pid}/task").glob("*/schedstat"):
            try:
                waited += int(task.read_text().split()[1])
            except (OSError, IndexError, ValueError):
                continue
    return waited / 1e9


def _cpu_snapshot(worker_pid: int) -> tuple[dict[int, tuple[int, float, str]], float, float]:
    processes = _processes()
    return processes, _busy(), _queued(_tree(worker_pid, processes))


def _busy() -> float:
    """CPU seconds all cores have spent busy (not idle, not waiting for I/O) since boot."""
    ticks = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


@dataclass
class CpuShare:
    """Where the machine's CPU went during one run, in CPU seconds: what says whether two workers could
    have had two cores. `unseen` is busy time of no process visible here (other containers, exited ones);
    `queued`, the time the workers were ready to run but waited for a core (the rest of their time
    off a core is waiting on locks, the database or the queue)."""

    elapsed: float
    count: int
    queued: float = 0.0
    workers: float = 0.0
    driver: float = 0.0
    postgresql: float = 0.0
    redis: float = 0.0
    others: float = 0.0
    unseen: float = 0.0

    @classmethod
    def between(cls, before: tuple[dict, float, float], after: tuple[dict, float, float], worker_pid: int,
                elapsed: float, count: int) -> CpuShare:
        (first, busy_first, queued_first), (last, busy_last, queued_last) = before, after
        share = cls(elapsed, count, queued=queued_last - queued_first)
        tree = _tree(worker_pid, last)
        for pid, (_, used, name) in last.items():
            known = first.get(pid)
            spent = used - (known[1] if known and known[2] == name else 0.0)
            group = ("workers" if pid in tree else "driver" if pid == os.getpid() else
                     "postgresql" if name.startswith("postgres") else "redis" if name.startswith("redis") else "others")
            setattr(share, group, getattr(share, group) + spent)
        share.unseen = max(0.0, busy_last - busy_first - share.workers - share.driver - share.postgresql
                           - share.redis - share.others)
        return share

    def cores(self, seconds: float) -> float:
        return seconds / self.elapsed if self.elapsed else 0.0

    def __str__(self) -> str:
        return (f"worker CPU {self.workers / self.count * 1000:.0f} ms/article, waiting for a core "
                f"{self.queued / self.count * 1000:.0f} ms/article; "
                f"cores used: workers {self.cores(self.workers):.2f}, driver {self.cores(self.driver):.2f}, "
                f"PostgreSQL {self.cores(self.postgresql):.2f}, Redis {self.cores(self.redis):.2f}, "
                f"other processes {self.cores(self.others + self.unseen):.2f} (of {os.cpu_count()})")


def _wait_ready(broker: str, process: subprocess.Popen, seconds: float = 120) -> None:
    """Until the worker answers a ping: it loads the parser before its pool starts (service.tasks), so a
    worker that answers is warm, and no run times a model load."""
    from service.tasks import celery_app

    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Celery worker exited with {process.returncode}")
        if celery_app(broker).control.ping(timeout=1.0):
            return
    raise RuntimeError(f"the Celery worker did not answer within {seconds:.0f} s")


def celery_rate(url: str, broker: str, workers: int, articles: list) -> tuple[float, CpuShare]:
    """Articles per minute of one batch through `workers` Celery worker processes, from submit to done,
    and where the CPU went meanwhile."""
    from service.jobs import submit_batch

    _empty(url)
    process = subprocess.Popen([sys.executable, "-m", "celery", "-A", "service.tasks", "worker", "--concurrency",
                                str(workers), "--loglevel", "WARNING", "-Q", "timeline", "--without-gossip",
                                "--without-mingle"],
                               env={**os.environ, "CELERY_BROKER_URL": broker}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        _wait_ready(broker, process)
        store = Store(url)
        before = _cpu_snapshot(process.pid)
        started = time.perf_counter()
        job = submit_batch(store, articles, broker)
        deadline = time.time() + 900
        while time.time() < deadline:
            with store.transaction() as repo:
                current = repo.get_job(job.id)
                if current.done >= current.total:
                    break
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        share = CpuShare.between(before, _cpu_snapshot(process.pid), process.pid, elapsed, len(articles))
        store.dispose()
        return len(articles) / elapsed * 60, share
    finally:
        process.terminate()
        process.wait(timeout=30)


def _spread(rates: list[float]) -> str:
    return f"median {statistics.median(rates):,.0f} (runs {', '.join(f'{r:,.0f}' for r in rates)})"


def print_ingest(figures: dict[str, Any]) -> None:
    backend = "PostgreSQL" if os.environ.get("BENCH_DATABASE_URL", "").startswith("postgresql") else "SQLite"
    print(f"Ingest throughput: {figures['inline']:,.0f} articles/minute inline (SQLite, one process)")
    if "celery_1_workers" not in figures:
        print("  (Redis not answering: Celery figures skipped)")
        return
    one, two = figures["celery_1_workers"], figures["celery_2_workers"]
    print(f"  Celery on Redis, database {backend}, {figures['articles']} articles ({figures['label']}), "
          f"{len(one)} runs each, articles/minute:")
    print(f"    1 worker:  {_spread(one)}")
    print(f"    2 workers: {_spread(two)}")
    ratios = [b / a for a, b in zip(one, two, strict=True)]
    print(f"    2 workers / 1 worker: {statistics.median(two) / statistics.median(one):.2f}x of the medians "
          f"(run by run {', '.join(f'{r:.2f}' for r in ratios)}; aim >= 1.5)")
    # a worker not on a core is either queued for one (the machine's other load) or waiting on a lock,
    # the database or the queue; with the queueing taken out, what each worker did in the time it could run
    unqueued = {workers: statistics.median(rate / (workers - s.queued / s.elapsed) for rate, s in
                                           zip(figures[f"celery_{workers}_workers"], figures[f"cpu_{workers}_workers"],
                                               strict=True)) for workers in (1, 2)}
    print(f"    per worker, time queued for a core taken out (median): 1 worker {unqueued[1]:,.0f} articles/minute, "
          f"2 workers {unqueued[2]:,.0f} each; with a core free for each worker, 2 / 1 would be "
          f"{2 * unqueued[2] / unqueued[1]:.2f}x (a projection from these runs, not a measurement)")
    for workers in (1, 2):
        shares = figures[f"cpu_{workers}_workers"]
        print(f"    {workers} worker{'s' if workers > 1 else ' '}: cores the workers got, median "
              f"{statistics.median(s.cores(s.workers) for s in shares):.2f}; other processes used "
              f"{statistics.median(s.cores(s.others + s.unseen) for s in shares):.2f}; driver, PostgreSQL and "
              f"Redis {statistics.median(s.cores(s.driver + s.postgresql + s.redis) for s in shares):.2f}; "
              f"per article, worker CPU {statistics.median(s.workers / s.count for s in shares) * 1000:.0f} ms and "
              f"waiting for a core {statistics.median(s.queued / s.count for s in shares) * 1000:.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ingest", action="store_true", help="ingest throughput only, consecutive-day articles")
    parser.add_argument("--ingest-varied", action="store_true", help="ingest throughput only, varied articles")
    parser.add_argument("--reads", action="store_true", help="serving GET /timeline only (cache on, off, static)")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    options = parser.parse_args()
    if options.ingest:
        print_ingest(ingest_throughput(options.articles, repeats=options.repeats))
    elif options.reads:
        reads()
    elif options.ingest_varied:
        print_ingest(ingest_throughput(options.articles, varied_articles, options.repeats, VARIED))
    else:
        main()
