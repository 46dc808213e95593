"""Merge precision and recall over mention pairs, on generated reports of many same-day happenings.

    python -m benchmarks.merge_generated [--reports 60] [--seed 7]

Each happening is (actor, action, topic, day): twenty actors, ten actions, thirteen topics, few
days, so many different happenings share a day. Each report tells three or four happenings, in
varied word order, each sentence ending "officials said"; several reports tell the same happening.
After ingesting every report, a pair of mentions is a true merge when both tell one happening;
precision and recall are over pairs of mentions (those the pipeline found).
"""

from __future__ import annotations

import argparse
import random
import tempfile
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path

ACTORS = ["Voltra Motors", "Minister Elena Ruiz", "the Baltic Trade Council", "Governor Tom Achebe",
          "Helmfield Council", "Mayor Ines Koval", "Northbank Rail", "Senator Paul Dreyer", "Aurum Energy",
          "the Coastal Ports Authority", "Judge Mara Lind", "Kestrel Airlines", "Chancellor Otto Brandt",
          "the Riverside Union", "Marlow University", "Commissioner Ada Stein", "Pinecrest Bank",
          "President Luis Arana", "the Delta Water Board", "Orion Telecom"]
ACTIONS = [("met", "union leaders over {t}"), ("signed", "a deal on {t}"), ("postponed", "a vote on {t}"),
           ("announced", "a plan for {t}"), ("launched", "an inquiry into {t}"), ("approved", "funding for {t}"),
           ("rejected", "a proposal on {t}"), ("opened", "talks on {t}"), ("criticised", "the handling of {t}"),
           ("suspended", "work on {t}")]
TOPICS = ["night trains", "the harbour", "solar farms", "school meals", "river dredging", "bus fares",
          "the new bridge", "hospital parking", "broadband in villages", "flood barriers", "airport noise",
          "steel imports", "water prices"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@dataclass(frozen=True)
class Happening:
    actor: str
    action: int
    topic: int
    day: int  # index into WEEKDAYS, all in the week before publication

    def sentence(self, rng: random.Random) -> str:
        verb, obj = ACTIONS[self.action]
        obj = obj.format(t=TOPICS[self.topic])
        actor, weekday = self.actor, WEEKDAYS[self.day]
        if rng.random() < 0.5:
            text = f"{actor[:1].upper()}{actor[1:]} {verb} {obj} on {weekday}, officials said."
        else:
            text = f"On {weekday}, {actor} {verb} {obj}, officials said."
        return text


def generate(reports: int, seed: int) -> tuple[date, list[tuple[str, list[Happening]]]]:
    rng = random.Random(seed)
    published = date(2024, 6, 15)  # a Saturday: the weekdays are the days just before
    pool = [Happening(rng.choice(ACTORS), rng.randrange(len(ACTIONS)), rng.randrange(len(TOPICS)),
                      rng.randrange(len(WEEKDAYS))) for _ in range(reports)]
    out = []
    for _ in range(reports):
        told = rng.sample(pool, rng.choice([3, 4]))
        text = " ".join(h.sentence(rng) for h in told)
        out.append((text, told))
    return published, out


def measure(reports: int = 60, seed: int = 7) -> dict[str, float]:
    from service.ingest import Article, ingest
    from service.store import EventFilter, Store, migrate

    published, generated = generate(reports, seed)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'merge.db'}"
        migrate(url)
        store = Store(url)
        truth: dict[tuple[int, int], Happening] = {}
        for n, (text, told) in enumerate(generated):
            result = ingest(store, Article(title=f"Report {n + 1}", text=text, published=published))
            offset = 0
            for happening in told:
                sentence = happening_span(text, offset)
                truth[(result.source.id, sentence[0])] = happening
                offset = sentence[1]
        with store.transaction() as repo:
            events, _ = repo.page_events(EventFilter(include_anchored=True))
            placed = [(event.id, truth.get((item.source_id, _sentence_start(item.source.text, item.quote_start))))
                      for event in events for item in event.evidence]
        store.dispose()
    placed = [(event, h) for event, h in placed if h is not None]
    same_event = same_happening = both = 0
    for (ea, ha), (eb, hb) in combinations(placed, 2):
        same_event += ea == eb
        same_happening += ha == hb
        both += ea == eb and ha == hb
    return {"mentions": len(placed), "happenings": len({h for _, h in placed}),
            "precision": both / same_event if same_event else 1.0,
            "recall": both / same_happening if same_happening else 1.0,
            "largest": max((sum(1 for e, _ in placed if e == event) for event, _ in placed), default=0)}


def happening_span(text: str, offset: int) -> tuple[int, int]:
    end = text.find("officials said.", offset) + len("officials said.")
    return offset if offset == 0 else offset + 1, end


def _sentence_start(text: str, position: int) -> int:
    start = text.rfind("officials said.", 0, position)
    return 0 if start < 0 else start + len("officials said.") + 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    figures = measure(args.reports, args.seed)
    print(f"  {args.reports} generated reports, {figures['mentions']} mentions of {figures['happenings']} "
          f"happenings: merge precision {figures['precision']:.3f}, recall {figures['recall']:.3f} over mention "
          f"pairs; largest event {figures['largest']} mentions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
