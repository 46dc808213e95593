"""SemEval-2015 Task 4 (TimeLine) scoring, reproducing the task's official `evaluation_all.py`.

The official script converts every timeline to TimeML and scores it with the TempEval-3
temporal-awareness measure (UzZaman & Allen 2011; UzZaman et al. 2013):

    P = |Sys⁻ ∩ Ref⁺| / |Sys⁻|      R = |Ref⁻ ∩ Sys⁺| / |Ref⁻|      F1 = 2PR / (P + R)

with G⁻ the reduced graph (redundant links removed) and G⁺ the closure, micro-averaged: numerators
and denominators are summed over all timelines (system and gold paired by file name) before dividing.

Conversion of one timeline file:
- the first line (the target) is skipped; the others, ``position<TAB>date<TAB>mention...``, are put
  in natural order (digit runs compare as numbers, so 10 follows 9) and position 0 lines are dropped;
- one node per distinct date string, never compared by value: "2010" and "2010-06" are two nodes,
  "XXXX-XX-XX" is a node like any other, so undated events end up SIMULTANEOUS with each other;
- one node per event (a line), named by its set of mentions: a system event is a gold event exactly
  when their mention sets are equal;
- links, written line by line: the event SIMULTANEOUS its date, each earlier event of its position
  SIMULTANEOUS it, each event of the previous position present BEFORE it.

The TempEval-3 timegraph:
- links enter it in writing order; one contradicting those already in it is left out of the graph
  (so out of the closure) but stays in the reduced set. Two positions sharing a date string are
  such a contradiction: their events are made SIMULTANEOUS through the date before the BEFORE link
  between them comes, which is then the one left out;
- the reduced set is a minimal subset of the consistent links with the same closure;
- a link is verified when the other side's closure implies it or the other side wrote that link.

Written from knowledge of the scripts, not checked against their source or their output; these
points in particular may differ:
- the writing order above (date link first, then links to earlier events); it decides which link
  of a contradiction is left out;
- which link the reduction keeps where several are equivalent (here the first written); it changes
  numerators when the two sides disagree;
- mention sets compared as sets (the script may compare the line's mentions as written, in order);
- a system file with no gold file of its name is ignored (only gold files are iterated);
- TempEval-3 may test "the other side wrote it" as a substring of its relation text; exact links here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

BEFORE = "BEFORE"
SIMULTANEOUS = "SIMULTANEOUS"
Link = tuple[str, str, str]  # (from node, to node, BEFORE | SIMULTANEOUS)


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


def gold_lines(entries: list[dict]) -> list[Line]:
    """Gold timelines as stored in timeline_dev_trial.jsonl: each grouped event is one original line."""
    return [Line(entry["position"], entry["date"], [m["raw"] for m in event["mentions"]])
            for entry in entries for event in entry["events"]]


def natural_key(text: str) -> list[str | int]:
    """The script's natural sort: digit runs as numbers, the rest case-insensitively.

    re.split with a group alternates text and digits, so equal indices always hold equal types.
    """
    pieces = re.split(r"([0-9]+)", text)
    return [int(piece) if index % 2 else piece.lower() for index, piece in enumerate(pieces)]


def line_text(line: Line) -> str:
    return "\t".join([str(line.position), line.date, *line.mentions])


def ordered(lines: Iterable[Line]) -> list[Line]:
    """The lines that are scored, in the script's order: natural sort of the whole line, no position 0."""
    ranked = sorted(lines, key=lambda line: natural_key(line_text(line)))
    return [line for line in ranked if line.position != 0]


def event_node(line: Line) -> str:
    return "event:" + "\t".join(sorted(set(line.mentions)))


def date_node(line: Line) -> str:
    return "date:" + line.date


def timeline_links(lines: Iterable[Line]) -> list[Link]:
    """The TLINKs the conversion writes, in writing order, each once."""
    links: list[Link] = []
    previous: list[str] = []
    current: list[str] = []
    position: int | None = None
    for line in ordered(lines):
        if line.position != position:
            previous, current, position = current, [], line.position
        event = event_node(line)
        links.append((event, date_node(line), SIMULTANEOUS))
        links.extend((other, event, SIMULTANEOUS) for other in current)
        links.extend((other, event, BEFORE) for other in previous)
        current.append(event)
    return list(dict.fromkeys(links))


@dataclass
class Ordering:
    """A consistent set of links: SIMULTANEOUS classes (union-find) and BEFORE edges between class roots."""

    parent: dict[str, str] = field(default_factory=dict)
    later: dict[str, set[str]] = field(default_factory=dict)

    def root(self, node: str) -> str:
        while (up := self.parent.get(node, node)) != node:
            self.parent[node] = self.parent.get(up, up)  # path halving
            node = up
        return node

    def successors(self, root: str) -> set[str]:
        return {self.root(node) for node in self.later.get(root, ())}

    def precedes(self, start: str, goal: str) -> bool:
        """Whether class `goal` is reachable from class `start` by BEFORE edges."""
        seen: set[str] = set()
        frontier = [start]
        while frontier:
            for node in self.successors(frontier.pop()):
                if node == goal:
                    return True
                if node not in seen:
                    seen.add(node)
                    frontier.append(node)
        return False

    def implies(self, link: Link) -> bool:
        a, b, relation = link
        if a not in self.parent or b not in self.parent:
            return False
        ra, rb = self.root(a), self.root(b)
        return ra == rb if relation == SIMULTANEOUS else ra != rb and self.precedes(ra, rb)

    def contradicts(self, link: Link) -> bool:
        a, b, relation = link
        ra, rb = self.root(a), self.root(b)
        if relation == SIMULTANEOUS:
            return ra != rb and (self.precedes(ra, rb) or self.precedes(rb, ra))
        return ra == rb or self.precedes(rb, ra)

    def add(self, link: Link) -> None:
        """Add a link that does not contradict: merging two classes keeps both classes' BEFORE edges."""
        a, b, relation = link
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self.root(a), self.root(b)
        if relation == BEFORE:
            self.later.setdefault(ra, set()).add(rb)
        elif ra != rb:
            self.parent[rb] = ra
            self.later.setdefault(ra, set()).update(self.later.pop(rb, set()))


def covering(ordering: Ordering, first: str, then: str) -> bool:
    """Whether the class edge first→then is in the transitive reduction (no longer path implies it)."""
    return not any(ordering.precedes(middle, then) for middle in ordering.successors(first) if middle != then)


def reduce(links: list[Link], ordering: Ordering) -> list[Link]:
    """A minimal subset of the consistent `links` with their closure, keeping the first written link where
    several are equivalent: a spanning forest of each SIMULTANEOUS class (equality only comes from
    SIMULTANEOUS links) and one link per edge of the transitive reduction between classes."""
    joined = Ordering()
    pairs: set[tuple[str, str]] = set()
    kept: list[Link] = []
    for link in links:
        a, b, relation = link
        if relation == SIMULTANEOUS:
            if joined.root(a) != joined.root(b):
                joined.add(link)
                kept.append(link)
            continue
        pair = (ordering.root(a), ordering.root(b))
        if pair not in pairs and covering(ordering, *pair):
            pairs.add(pair)
            kept.append(link)
    return kept


@dataclass
class TimeGraph:
    written: set[Link]  # every link the timeline's TimeML has, consistent or not
    ordering: Ordering  # the consistent ones: the closure
    reduced: list[Link]  # G⁻: the minimal consistent subset plus the contradicting links


def time_graph(lines: Iterable[Line]) -> TimeGraph:
    links = timeline_links(lines)
    ordering = Ordering()
    consistent: list[Link] = []
    contradicting: list[Link] = []
    for link in links:
        if ordering.contradicts(link):
            contradicting.append(link)
        else:
            ordering.add(link)
            consistent.append(link)
    return TimeGraph(set(links), ordering, reduce(consistent, ordering) + contradicting)


def verified(link: Link, other: TimeGraph) -> bool:
    """TempEval-3 counts a link written by the other side even where its closure cannot derive it."""
    return link in other.written or other.ordering.implies(link)


@dataclass
class Awareness:
    """Micro-averaged temporal awareness: counts summed over timelines, divided only in `summary`."""

    precision_hits: int = 0
    precision_total: int = 0
    recall_hits: int = 0
    recall_total: int = 0

    def add(self, gold: list[Line], system: list[Line]) -> None:
        gold_graph, system_graph = time_graph(gold), time_graph(system)
        self.precision_hits += sum(verified(link, gold_graph) for link in system_graph.reduced)
        self.precision_total += len(system_graph.reduced)
        self.recall_hits += sum(verified(link, system_graph) for link in gold_graph.reduced)
        self.recall_total += len(gold_graph.reduced)

    def summary(self) -> dict[str, float]:
        p = self.precision_hits / self.precision_total if self.precision_total else 0.0
        r = self.recall_hits / self.recall_total if self.recall_total else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_directories(gold_dir: Path, system_dir: Path) -> Awareness:
    """As the official script is run: each gold file against the system file of the same name (or none)."""
    total = Awareness()
    for gold_file in sorted(path for path in gold_dir.iterdir() if path.is_file()):
        system_file = system_dir / gold_file.name
        system_text = system_file.read_text(encoding="utf-8") if system_file.is_file() else ""
        total.add(parse_timeline(gold_file.read_text(encoding="utf-8")), parse_timeline(system_text))
    return total


def main(argv: list[str] | None = None) -> dict[str, float]:
    """python -m benchmarks.timeline_scorer GOLD_DIR SYSTEM_DIR, to compare with the official script."""
    gold_dir, system_dir = (Path(arg) for arg in (sys.argv[1:] if argv is None else argv))
    figures = score_directories(gold_dir, system_dir).summary()
    print(" ".join(f"{name} {value * 100:.2f}" for name, value in figures.items()))
    return figures


if __name__ == "__main__":
    main()
