"""TempEval-3 Task A scoring: strict and relaxed extent P/R/F1, value and type F1.

Value (type) F1 is the share of relaxed matches with the right value (type) times relaxed F1,
as in the TempEval-3 evaluation. Matching is one-to-one: each gold timex pairs with at most one
system timex, the one overlapping it most.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Scores) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _f1(hits: int, system: int, gold: int) -> tuple[float, float, float]:
        precision = hits / system if system else 0.0
        recall = hits / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def summary(self) -> dict[str, float]:
        sp, sr, sf = self._f1(self.strict, self.system, self.gold)
        rp, rr, rf = self._f1(self.relaxed, self.system, self.gold)
        value_accuracy = self.value / self.relaxed if self.relaxed else 0.0
        type_accuracy = self.type / self.relaxed if self.relaxed else 0.0
        return {"strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
                "value_accuracy": value_accuracy, "value_f1": value_accuracy * rf,
                "type_accuracy": type_accuracy, "type_f1": type_accuracy * rf,
                "gold": self.gold, "system": self.system}


def score_document(gold: Iterable[Timex], system: Iterable[Timex]) -> Scores:
    gold, system = list(gold), list(system)
    scores = Scores(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for i, s in enumerate(system):
            if i in used:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            continue
        used.add(best)
        s = system[best]
        scores.relaxed += 1
        scores.strict += (s.start, s.end) == (g.start, g.end)
        scores.value += s.value == g.value
        scores.type += s.type == g.type
    return scores


def score_corpus(gold: Mapping[str, list[Timex]], system: Mapping[str, list[Timex]]) -> Scores:
    total = Scores()
    for doc_id, gold_timexes in gold.items():
        total.add(score_document(gold_timexes, system.get(doc_id, [])))
    return total
