"""SemEval-2015 Task 4 scoring: temporal awareness over each timeline's BEFORE/SIMULTANEOUS graph.

A timeline becomes a graph: every event mention is a node, every anchored date too. A mention is
SIMULTANEOUS with its date and with the mentions of its own position; every mention of a position
is BEFORE every mention of the next position. Position 0 (events that could not be ordered) is left
out. With C the closure and R the reduced graph of a timeline,
    precision = |R(system) ∩ C(gold)| / |R(system)|,   recall = |R(gold) ∩ C(system)| / |R(gold)|,
summed over all timelines before dividing (micro-average). The reduced graph keeps a chain through
each SIMULTANEOUS class and one edge (between the classes' smallest members) per edge of the
transitive reduction of the BEFORE order between classes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

Relation = tuple[str, str, str]  # (BEFORE|SIMULTANEOUS, a, b); SIMULTANEOUS with a < b


@dataclass
class Line:
    position: int
    date: str
    mentions: list[str]


def parse_timeline(text: str) -> list[Line]:
    """The task's file format: first line the target, then position<TAB>date<TAB>mention[<TAB>...]."""
    lines = []
    for raw in text.splitlines()[1:]:
        parts = [p for p in raw.strip().split("\t") if p]
        if len(parts) >= 3 and parts[0].lstrip("-").isdigit():
            lines.append(Line(int(parts[0]), parts[1], parts[2:]))
    return lines


def normalise_date(value: str) -> str | None:
    """'2008-XX-XX' and '2008' are one anchor; a date with no year anchors nothing."""
    value = re.sub(r"(-X+)+$", "", value.strip())
    return None if not value or value.startswith("X") else value


@dataclass
class Graph:
    nodes: set[str] = field(default_factory=set)
    parent: dict[str, str] = field(default_factory=dict)
    before: set[tuple[str, str]] = field(default_factory=set)

    def find(self, node: str) -> str:
        self.nodes.add(node)
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def same(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def classes(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for node in self.nodes:
            groups.setdefault(self.find(node), []).append(node)
        return {root: sorted(members) for root, members in groups.items()}

    def class_order(self) -> dict[str, set[str]]:
        """For each class, the classes strictly after it (transitively)."""
        edges: dict[str, set[str]] = {}
        for a, b in self.before:
            ra, rb = self.find(a), self.find(b)
            if ra != rb:
                edges.setdefault(ra, set()).add(rb)
        # a plain search from every class: memoised depth-first search would depend on visiting order
        # where an undated event between two same-dated positions makes a cycle
        reach: dict[str, set[str]] = {}
        for root in self.classes():
            seen: set[str] = set()
            frontier = list(edges.get(root, ()))
            while frontier:
                node = frontier.pop()
                if node not in seen:
                    seen.add(node)
                    frontier.extend(edges.get(node, ()))
            seen.discard(root)
            reach[root] = seen
        return reach


def build_graph(lines: Iterable[Line]) -> Graph:
    graph = Graph()
    by_position: dict[int, list[str]] = {}
    for line in lines:
        if line.position <= 0:
            continue
        mentions = by_position.setdefault(line.position, [])
        for mention in line.mentions:
            graph.find(mention)
            mentions.append(mention)
            anchor = normalise_date(line.date)
            if anchor:
                graph.same(mention, f"t:{anchor}")
    positions = sorted(by_position)
    for position in positions:
        first = by_position[position][0]
        for mention in by_position[position][1:]:
            graph.same(first, mention)
    for earlier, later in itertools.pairwise(positions):
        for a in by_position[earlier]:
            for b in by_position[later]:
                graph.before.add((a, b))
    return graph


def closure(graph: Graph) -> set[Relation]:
    classes = graph.classes()
    relations: set[Relation] = set()
    for members in classes.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                relations.add(("SIMULTANEOUS", a, b))
    for root, later in graph.class_order().items():
        for other in later:
            for a in classes[root]:
                for b in classes[other]:
                    relations.add(("BEFORE", a, b))
    return relations


def reduced(graph: Graph) -> set[Relation]:
    classes = graph.classes()
    relations: set[Relation] = set()
    for members in classes.values():
        relations.update(("SIMULTANEOUS", a, b) for a, b in itertools.pairwise(members))
    order = graph.class_order()
    for root, later in order.items():
        for other in later:
            if not any(other in order.get(middle, ()) for middle in later if middle != other):
                relations.add(("BEFORE", classes[root][0], classes[other][0]))
    return relations


@dataclass
class Awareness:
    precision_hits: int = 0
    precision_total: int = 0
    recall_hits: int = 0
    recall_total: int = 0

    def add(self, gold: list[Line], system: list[Line]) -> None:
        gold_graph, system_graph = build_graph(gold), build_graph(system)
        system_reduced, gold_reduced = reduced(system_graph), reduced(gold_graph)
        self.precision_hits += len(system_reduced & closure(gold_graph))
        self.precision_total += len(system_reduced)
        self.recall_hits += len(gold_reduced & closure(system_graph))
        self.recall_total += len(gold_reduced)

    def summary(self) -> dict[str, float]:
        p = self.precision_hits / self.precision_total if self.precision_total else 0.0
        r = self.recall_hits / self.recall_total if self.recall_total else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def gold_lines(entries: list[dict]) -> list[Line]:
    """Gold timelines as stored in timeline_dev_trial.jsonl: each grouped event is one original line."""
    return [Line(entry["position"], entry["date"], [m["raw"] for m in event["mentions"]])
            for entry in entries for event in entry["events"]]
