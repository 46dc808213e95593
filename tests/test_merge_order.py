"""Merging decided over the whole candidate set: any arrival order gives the same timeline, and
distinct happenings that share a day stay apart."""

from __future__ import annotations

import itertools
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from service import ingest as ingest_module
from service.ingest import Article, analyse, ingest
from service.seeds import read_manifest
from service.store import EventFilter, Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOLD = Path(__file__).resolve().parent / "gold" / "events" / "dev"


@pytest.fixture(scope="module")
def analysed():
    """Each article analysed once (the pipeline is pure); every permutation reuses the result."""
    cache: dict[str, tuple] = {}

    def cached(article: Article, today: date | None = None, reports: bool = False):
        if article.text not in cache:
            cache[article.text] = analyse(article, today, reports)
        return cache[article.text]
    return cached


def timeline_after(order: list[Article], template: Path, tmp: Path, analysed, monkeypatch) -> set:
    path = tmp / "order.db"
    shutil.copy(template, path)
    store = Store(f"sqlite:///{path}")
    monkeypatch.setattr(ingest_module, "analyse", analysed)
    for article in order:
        ingest(store, article)
    with store.transaction() as repo:
        events, _ = repo.page_events(EventFilter(include_anchored=True))
        result = {(e.title, e.status, e.edtf, tuple(sorted({i.source.title for i in e.evidence})),
                   tuple(sorted((i.source.title, i.quote_start, i.trigger_start) for i in e.evidence)))
                  for e in events}
    store.dispose()
    path.unlink()
    return result


def test_every_order_of_the_seeds_gives_the_same_timeline(sqlite_template, tmp_path, analysed, monkeypatch):
    articles = read_manifest(SEEDS / "manifest.json")
    expected = timeline_after(articles, sqlite_template, tmp_path, analysed, monkeypatch)
    assert len(expected) > 5
    for order in itertools.permutations(articles):
        assert timeline_after(list(order), sqlite_template, tmp_path, analysed, monkeypatch) == expected, \
            [a.title for a in order]


def test_every_order_of_related_articles_of_our_own_gives_the_same_timeline(sqlite_template, tmp_path, analysed,
                                                                            monkeypatch):
    texts = [
        ("a", "2023-05-12", "Chancellor Maria Vogt met Prime Minister Ian Doyle in Dublin on Tuesday. "
                            "Vogt signed a trade pact with Doyle on Wednesday."),
        ("b", "2023-05-13", "Maria Vogt and Ian Doyle met on Tuesday in Dublin, officials said. "
                            "The two leaders signed a trade pact on Wednesday."),
        ("c", "2023-05-14", "Ian Doyle hosted Maria Vogt in Dublin on 9 May. Doyle will visit Berlin in June."),
        ("d", "2023-05-15", "Vogt met Doyle on 9 May, and Doyle is due to travel to Berlin in June."),
    ]
    articles = [Article(title=t, text=x, published=date.fromisoformat(p)) for t, p, x in texts]
    expected = timeline_after(articles, sqlite_template, tmp_path, analysed, monkeypatch)
    assert any(len(sources) >= 2 for _, _, _, sources, _ in expected)
    for order in itertools.permutations(articles):
        assert timeline_after(list(order), sqlite_template, tmp_path, analysed, monkeypatch) == expected


def test_distinct_happenings_on_one_day_stay_apart():
    from benchmarks.merge_generated import measure

    figures = measure(reports=24, seed=3)
    assert figures["precision"] >= 0.95, figures
    # 0.90 measured at stop 21; a noun taking the event from its verb ("suspended [work] on X") loses the actor the
    # reports agree on, and this falls (0.82 on the 60-report benchmark when "work" was briefly an event noun)
    assert figures["recall"] >= 0.85, figures


def test_gold_articles_ingested_together_keep_their_own_events(sqlite_template, tmp_path, analysed, monkeypatch):
    """Unrelated stories never merge, whatever their dates."""
    articles = []
    for path in sorted(GOLD.glob("*.json"))[:6]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(title=path.stem, text=doc["text"], published=date.fromisoformat(doc["published"])))
    result = timeline_after(articles, sqlite_template, tmp_path, analysed, monkeypatch)
    assert all(len(sources) == 1 for _, _, _, sources, _ in result)


def test_a_word_in_two_groups_is_compared_with_both():
    """'strike' is an attack and a walkout: the clustering compares it with either, as the relation does."""
    from service.events import Reading, cluster, related

    day = date(2024, 5, 2)

    def reading(source: str, predicate: str) -> Reading:
        return Reading(key=f"{source}:000000001", source=source, predicate=predicate, title=predicate,
                       title_quality=3, status="occurred", earliest=day, latest=day, precision="day",
                       actors=("Dockers Union",), participants=("Dockers Union",))

    assert related("strike", "walkout") and related("strike", "raid")
    assert len(cluster([reading("a", "strike"), reading("b", "walkout")])) == 1
    assert len(cluster([reading("a", "strike"), reading("b", "raid")])) == 1
    assert len(cluster([reading("a", "walkout"), reading("b", "raid")])) == 2
