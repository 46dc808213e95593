"""Per-article ingest cost against the number of stored events: 1k, 10k, 50k.

    python -m benchmarks.ingest_scale [--levels 1000 10000 50000] [--probes 12]

Each level is a fresh database seeded directly through the repository's session in bulk (events of
the same predicates, towns and years the probe articles speak of, one evidence row each, ten per
source of ~3 KB), so candidates really come up; then the same probe articles go through the real
`ingest` (tagger, parse, extraction, candidate fetch, clustering, write) and the median seconds per
article is the figure. The ratio last/first says whether cost is flat in the database (aim <= 1.5).
The process's CPU time per article is given beside it: on cores shared with other work it moves less
than the wall clock (on SQLite it is all the work; on PostgreSQL the server's share is left out).
BENCH_DATABASE_URL (PostgreSQL) is emptied and reused for every level instead of SQLite files.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import insert, text

from service.store import Event, EventParticipant, Evidence, Source, Store, content_hash, migrate
from service.store.candidates import index_arguments
from service.store.models import name_key
from service.store.ordering import order_key

if TYPE_CHECKING:
    from service.ingest import Article

LEVELS = (1_000, 10_000, 50_000)
PROBES = 12
SEED = 11
TOWNS = ["Bergen", "Lyon", "Porto", "Graz", "Turku", "Ghent", "Split", "Cork", "Aarhus", "Brno", "Kaunas", "Trieste",
         "Malmo", "Leiden", "Bilbao", "Tartu", "Varna", "Ostrava", "Tampere", "Galway"]
FIRST = ["Ines", "Elena", "Tom", "Paul", "Mara", "Otto", "Ada", "Luis", "Nora", "Jonas", "Rita", "Omar", "Lena",
         "Marek", "Sofia", "Kai"]
LAST = ["Koval", "Ruiz", "Achebe", "Dreyer", "Lind", "Brandt", "Stein", "Arana", "Novak", "Berg", "Costa", "Haas",
        "Moreau", "Sato", "Varga", "Quinn"]
PEOPLE = [f"{role} {first} {last}" for role in ("Mayor", "Minister") for first in FIRST for last in LAST]
TOPICS = ["the budget", "night trains", "the harbour", "solar farms", "school meals", "river dredging", "bus fares",
          "the new bridge", "hospital parking", "flood barriers", "airport noise", "steel imports", "water prices",
          "the museum", "cycle lanes", "the stadium", "rent caps", "wind parks", "the tram line", "fishing quotas",
          "the ferry", "street lights", "the library", "tax rebates", "the canal", "youth centres", "the ring road",
          "grain silos", "the opera", "bike sharing"]
# (lemma, past form): the verbs the probe articles use and the seeded evidence is keyed on
ACTIONS = [("approve", "approved"), ("sign", "signed"), ("postpone", "postponed"), ("announce", "announced"),
           ("launch", "launched"), ("reject", "rejected"), ("suspend", "suspended"), ("close", "closed"),
           ("visit", "visited"), ("cancel", "cancelled"), ("criticise", "criticised"), ("delay", "delayed")]
FILLER = ("Residents who attended the session asked about costs and timing, and several councillors said the "
          "figures would be published before the summer. ")
FIRST_DAY, YEARS = date(2016, 1, 1), 10


def probe_articles(count: int = PROBES, seed: int = SEED) -> list:
    """Distinct news-like articles of about 2 KB, ten dated sentences each, published in 2021."""
    from service.ingest import Article

    rng = random.Random(seed)
    out = []
    for n in range(count):
        published = date(2021, 1, 10) + timedelta(days=29 * n)
        sentences = []
        for k in range(10):
            _, past = rng.choice(ACTIONS)
            town, person, topic = rng.choice(TOWNS), rng.choice(PEOPLE), rng.choice(TOPICS)
            day = published - timedelta(days=rng.randrange(1, 60))
            sentences.append(f"{person} of {town} {past} {topic} on {day:%B} {day.day}, {day.year}, "
                             "officials said.")
            sentences.append(FILLER if k % 2 else f"The council of {town} will meet again next month on {topic}.")
        out.append(Article(title=f"Probe {n}", text=" ".join(sentences), published=published))
    return out


def topic_arguments() -> dict[str, tuple[str, ...]]:
    """What extraction makes of each topic as an argument, so seeded rows look like extracted ones."""
    from service.ingest import Article, analyse

    found = {}
    for topic in TOPICS:
        text = f"Mayor Ines Koval of Lyon approved {topic} on March 3, 2021."
        mentions = analyse(Article(title="", text=text, published=date(2021, 3, 5)))[2]
        found[topic] = mentions[0].arguments if mentions else ()
    return found


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def seed(store: Store, events: int, seed: int = SEED, meetings: int = 7) -> None:
    """`events` extracted events, one evidence row each, ten to a source, in bulk inserts; one in
    `meetings` (0: none) a town council's monthly meeting, which recur as real ones do."""
    rng = random.Random(seed)
    arguments = topic_arguments()
    filler = "The regional assembly heard several reports on transport, housing and water prices. " * 35
    sources, rows, evidence, names = [], [], [], []
    for s in range((events + 9) // 10):
        body = f"Seeded article {s}. {filler}"
        sources.append({"id": s + 1, "title": f"Seeded {s}", "text": body, "content_hash": content_hash(body),
                        "published": FIRST_DAY + timedelta(days=s % (365 * YEARS)), "language": "en",
                        "published_estimated": False})
    seen: set[tuple] = set()  # one event per happening, as merging would have left a real database
    for i in range(events):
        while True:
            lemma, past = rng.choice(ACTIONS)
            town, person, topic = rng.choice(TOWNS), rng.choice(PEOPLE), rng.choice(TOPICS)
            day = FIRST_DAY + timedelta(days=rng.randrange(365 * YEARS))
            meeting = meetings and i % meetings == 0
            happening = (town, topic, day.year, day.month) if meeting else (person, lemma, topic, day)
            if happening not in seen:
                seen.add(happening)
                break
        actor, argument = f"{person} of {town}", list(arguments[topic])
        title = f"{person} {past} {topic}"
        dates = {"edtf": day.isoformat(), "value": day.isoformat(), "earliest": day, "latest": day,
                 "precision": "day", "rule": "seeded"}
        if meeting:  # the council meetings the probes also tell, a month at a time
            lemma, past, actor = "meet", "met", town
            title, last = f"The council of {town} meets on {topic}", _month_end(day)
            argument = ["council", *arguments[topic]]
            dates = {"edtf": f"{day:%Y-%m}", "value": f"{day:%Y-%m}", "earliest": day.replace(day=1),
                     "latest": last, "precision": "month", "rule": "seeded"}
        rows.append({"id": i + 1, "title": title, "status": "occurred", "origin": "extracted", "curated": False,
                     "source_count": 1, "order_key": order_key(day, day, "day", title), **dates})
        quote = f"{title} on {day:%B} {day.day}, {day.year}."
        start = (i % 10) * 200
        evidence.append({"event_id": i + 1, "source_id": i // 10 + 1, "quote": quote, "quote_start": start,
                         "quote_end": start + len(quote), "title": title, "trigger": past,
                         "trigger_start": start + len(person) + len(town) + 5, "trigger_end": start + 80,
                         "participants": [actor], "actors": [actor], "arguments": argument,
                         "status": "occurred", "expression": f"{day:%B} {day.day}, {day.year}",
                         "reference": day, "reference_estimated": False, "linked": False, "predicate": lemma,
                         "title_quality": 2, **dates})
        names.append({"event_id": i + 1, "name_key": name_key(actor), "name": actor})
    with store.transaction(writes=True) as repo:
        for table, batch in ((Source, sources), (Event, rows), (Evidence, evidence), (EventParticipant, names)):
            for start in range(0, len(batch), 5000):
                repo.session.execute(insert(table), batch[start:start + 5000])
        for start in range(0, events, 5000):
            index_arguments(repo.session.connection(), range(start + 1, min(events, start + 5000) + 1))
        if store.engine.dialect.name == "postgresql":  # later inserts take ids past the seeded ones
            for table in ("sources", "events", "evidence"):
                repo.session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                          f"(SELECT max(id) FROM {table}))"))
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))


def _empty_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def seed_level(url: str, events: int, meetings: int = 7) -> tuple[Store, float]:
    """A migrated database at `url` seeded with `events`, and the seconds seeding took."""
    migrate(url)
    store = Store(url)
    started = time.perf_counter()
    seed(store, events, meetings=meetings)
    return store, time.perf_counter() - started


def ingest_timed(store: Store, article: Article) -> tuple[float, float]:
    """Wall and CPU seconds of one ingest."""
    from service.ingest import ingest

    started, used = time.perf_counter(), time.process_time()
    ingest(store, article)
    return time.perf_counter() - started, time.process_time() - used


def summarise(events: int, seeded: float, timed: list[tuple[float, float]]) -> dict[str, float]:
    """Median and mean seconds per article, and the median CPU seconds of this process."""
    times = [wall for wall, _ in timed]
    return {"events": events, "median_s": statistics.median(times), "mean_s": statistics.mean(times),
            "cpu_s": statistics.median(cpu for _, cpu in timed), "seed_s": seeded}


def measure_level(url: str, events: int, articles: list, meetings: int = 7) -> dict[str, float]:
    """Seed `events`, then ingest every probe (see summarise)."""
    store, seeded = seed_level(url, events, meetings)
    timed = [ingest_timed(store, article) for article in articles]
    store.dispose()
    return summarise(events, seeded, timed)


def measure(levels: tuple[int, ...] = LEVELS, probes: int = PROBES, meetings: int = 7) -> list[dict[str, float]]:
    """Every level's figures. On SQLite every level is seeded first and the probes then go round the
    levels in turn (probe 1 at each level, then probe 2, ...), so load from other work on shared
    cores falls on every level alike; PostgreSQL's one database is emptied and seeded level by level."""
    from service.ingest import analyse

    articles = probe_articles(probes)
    analyse(articles[0])  # the spaCy pipeline loads before any timing
    url = os.environ.get("BENCH_DATABASE_URL")
    if url:
        results = []
        for events in levels:
            _empty_postgres(url)
            results.append(measure_level(url, events, articles, meetings))
        return results
    with tempfile.TemporaryDirectory() as tmp:
        stores = [seed_level(f"sqlite:///{Path(tmp) / f'scale-{events}.db'}", events, meetings) for events in levels]
        timed: list[list[tuple[float, float]]] = [[] for _ in levels]
        for article in articles:
            for (store, _), found in zip(stores, timed, strict=True):
                found.append(ingest_timed(store, article))
        for store, _ in stores:
            store.dispose()
    return [summarise(events, seeded, found) for events, (_, seeded), found in zip(levels, stores, timed, strict=True)]


def report(results: list[dict[str, float]], probes: int) -> None:
    backend = "PostgreSQL" if os.environ.get("BENCH_DATABASE_URL") else "SQLite"
    print(f"  {probes} probe articles (~{len(probe_articles(probes)[0].text):,} chars, 10 dated sentences) through the "
          f"full ingest on {backend}, after seeding N events of the same verbs, towns and years:")
    for row in results:
        print(f"  {row['events']:>7,} events: {row['median_s'] * 1000:7.1f} ms/article median, "
              f"{row['mean_s'] * 1000:7.1f} mean, {row['cpu_s'] * 1000:7.1f} CPU median  "
              f"(seeded in {row['seed_s']:.1f} s)")
    ratio = results[-1]["median_s"] / results[0]["median_s"]
    cpu = results[-1]["cpu_s"] / results[0]["cpu_s"]
    print(f"  ratio {results[-1]['events']:,} / {results[0]['events']:,} events: {ratio:.2f}x per article "
          f"(median; aim <= 1.5); CPU {cpu:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", type=int, nargs="+", default=list(LEVELS))
    parser.add_argument("--probes", type=int, default=PROBES)
    parser.add_argument("--meetings", type=int, default=7, help="one seeded event in N a recurring council "
                        "meeting (0: none)")
    args = parser.parse_args(argv)
    report(measure(tuple(args.levels), args.probes, args.meetings), args.probes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
