"""An article that kills its worker every time ends failed with a reason after MAX_ATTEMPTS starts,
instead of being redelivered forever; the CLI says in one line that the queue is down."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

from service import jobs
from service.ingest import Article
from service.jobs import MAX_ATTEMPTS, POISON, Timing, run_batch
from service.store import Store, content_hash
from tests.outside import free_port

POISON_TEXT = "The harbour board met on Monday. POISON"
ARTICLES = [Article(title="fine", text="The council approved the budget on Monday.", published=None),
            Article(title="poison", text=POISON_TEXT, published=None),
            Article(title="also fine", text="The mayor resigned on Friday.", published=None)]


def _dies_on_poison(database_url: str, job_id: str) -> None:
    """A worker whose process dies (os._exit, no clean-up) when it reaches the poison article."""
    real = jobs.ingest

    def ingest(store, article, *args, **kwargs):
        if "POISON" in article.text:
            os._exit(9)
        return real(store, article, *args, **kwargs)

    jobs.ingest = ingest
    store = Store(database_url)
    run_batch(store, job_id)


def test_an_article_that_kills_its_worker_every_time_ends_failed(database_url):
    store = Store(database_url)
    with store.transaction(writes=True, keys=()) as repo:
        repo.add_job("poison-job", "ingest", [jobs.article_payload(a) for a in ARTICLES], Timing.from_config().lease)
    fork = multiprocessing.get_context("fork")
    for _ in range(MAX_ATTEMPTS):  # each delivery dies on the poison article, as a redelivered task would
        worker = fork.Process(target=_dies_on_poison, args=(database_url, "poison-job"))
        worker.start()
        worker.join(120)
        assert worker.exitcode == 9
    run_batch(store, "poison-job")  # the next delivery, with an ingest that would even succeed
    with store.transaction() as repo:
        job = repo.get_job("poison-job")
        results = {r.index: r for r in job.results}
        assert job.status == "done" and job.done == 3 and job.failed == 1
        assert results[1].error == POISON and results[1].source_id is None
        assert results[0].source_id and results[2].source_id and not results[0].error
        assert repo.source_by_hash(content_hash(POISON_TEXT)) is None
    store.dispose()


def test_a_redelivered_article_within_its_attempts_is_ingested(database_url):
    store = Store(database_url)
    with store.transaction(writes=True, keys=()) as repo:
        repo.add_job("once", "ingest", [jobs.article_payload(a) for a in ARTICLES], Timing.from_config().lease)
    worker = multiprocessing.get_context("fork").Process(target=_dies_on_poison, args=(database_url, "once"))
    worker.start()
    worker.join(120)
    run_batch(store, "once")  # one crash is not poison: the article is tried again and stored
    with store.transaction() as repo:
        job = repo.get_job("once")
        assert job.status == "done" and job.failed == 0 and all(r.source_id for r in job.results)
    store.dispose()


def test_cli_says_in_one_line_that_the_queue_is_down(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    files = []
    for n, text in enumerate(("The council met on Monday.", "The mayor resigned on Friday.")):
        files.append(tmp_path / f"{n}.txt")
        files[-1].write_text(text, encoding="utf-8")
    env = {**os.environ, "CELERY_BROKER_URL": f"redis://127.0.0.1:{free_port()}/0"}
    timeline = [sys.executable, "-m", "service.cli", "--database", url]
    subprocess.run([*timeline, "init-db"], env=env, check=True, capture_output=True)
    done = subprocess.run([*timeline, "ingest", *map(str, files)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr and "does not answer" in done.stderr and "nothing was queued" in done.stderr
