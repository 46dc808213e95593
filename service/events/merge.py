"""Which mentions tell of one happening: a clustering decided over the whole candidate set.

Two mentions are linked when they name related predicates, their dates can describe one period,
and their participants agree: the same actor or a shared participant or argument, and never two
different actors. Events are the connected groups of links. The relation looks only at the two
mentions, so the groups do not depend on the order in which sources arrived.

Inside one article, two mentions that share two participants on compatible dates are one
encounter told in several sentences ("Blinken met Wang ...", "Blinken warned Wang ...").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from service.events.lexicon import kinds, related
from service.events.model import EventMention
from service.events.names import core_words, overlap, same_name
from service.events.status import consensus_status

PUBLICATION_WINDOW = timedelta(days=30)  # an undated past event in news: within weeks before publication
REFERENCE_WINDOW = timedelta(days=366)  # an event named without a date: within the year before


@dataclass(frozen=True)
class Reading:
    """One mention as merging sees it, whether just extracted or already stored."""

    key: str  # stable across databases and orders: source digest + offset of the event word
    source: str  # the source's content digest
    predicate: str
    title: str
    title_quality: int
    status: str
    earliest: date | None
    latest: date | None
    precision: str | None
    edtf: str | None = None
    anchored_by: str | None = None
    actors: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    arguments: tuple[str, ...] = ()
    event: int | None = None  # the stored event it belongs to now, if any

    @classmethod
    def of(cls, mention: EventMention, source: str) -> Reading:
        """A just-extracted mention of the source with this content digest."""
        w = mention.when
        return cls(key=mention_key(source, mention.trigger_start), source=source, predicate=mention.predicate,
                   title=mention.title, title_quality=mention.title_quality, status=mention.status,
                   earliest=w.earliest, latest=w.latest, precision=w.precision, edtf=w.edtf,
                   anchored_by=w.anchored_by, actors=mention.actors, participants=mention.participants,
                   arguments=mention.arguments)

    @property
    def dated(self) -> bool:
        return self.anchored_by is None


def mention_key(source: str, trigger_start: int | None) -> str:
    """A mention's identity, the same in every database and order: its source's digest and the offset of
    its event word."""
    return f"{source}:{(trigger_start or 0):09d}"


def _span(r: Reading) -> tuple[date, date] | None:
    """The period a reading can describe; an event placed at the publication date could be weeks earlier."""
    if r.earliest is None or r.latest is None:
        return None
    if r.anchored_by == "publication":
        if r.status == "occurred":
            return r.earliest - PUBLICATION_WINDOW, r.latest
        return r.earliest, r.latest + timedelta(days=365)
    return r.earliest, r.latest  # own dates; a reference's bounds are already the period it may lie in


def dates_agree(a: Reading, b: Reading) -> bool:
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return False
    if a.dated and b.dated:  # one reading's bounds inside the other's: "February 2023" and "18 February 2023"
        return (sa[0] <= sb[0] and sb[1] <= sa[1]) or (sb[0] <= sa[0] and sa[1] <= sb[1])
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def _shared_names(a: Iterable[str], b: Iterable[str]) -> int:
    b = list(b)
    return sum(1 for x in set(a) if any(same_name(x, y) for y in b))


def same_happening(a: Reading, b: Reading) -> bool:
    if not dates_agree(a, b):
        return False
    if a.source == b.source and a.anchored_by not in LOOSE and b.anchored_by not in LOOSE \
            and _shared_names(a.participants, b.participants) >= 2:
        return True  # one encounter told in several sentences of one article
    if not related(a.predicate, b.predicate):
        return False
    if a.actors and b.actors and not overlap(a.actors, b.actors):
        return False  # different people did it
    others_a = [p for p in a.participants if not overlap([p], a.actors)]
    others_b = [p for p in b.participants if not overlap([p], b.actors)]
    if not arguments_agree(a.arguments, b.arguments):
        return False  # done to, or about, different things
    shared_arguments = bool(set(a.arguments) & set(b.arguments))
    if others_a and others_b and not overlap(others_a, others_b) and not shared_arguments:
        return False  # done to different people
    return overlap(a.participants, b.participants) or shared_arguments


def arguments_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """What it was done to: one description inside the other, or mostly the same words."""
    sa, sb = set(a), set(b)
    if not sa or not sb or sa <= sb or sb <= sa:
        return True
    return len(sa & sb) / len(sa | sb) >= 0.5


LOOSE = frozenset({"publication", "reference"})  # dates that only bound the event: they join, never bridge


def mention_windows(readings: Sequence[Reading]) -> dict[str, list[tuple[date, date]]]:
    """For each kind of predicate, the periods the new readings could describe."""
    windows: dict[str, list[tuple[date, date]]] = {}
    for r in readings:
        span = _span(r)
        for kind in kinds(r.predicate) if span is not None else ():
            windows.setdefault(kind, []).append(span)
    return windows


def near(windows: dict[str, list[tuple[date, date]]], predicate: str, earliest: date | None,
         latest: date | None) -> bool:
    """A stored mention whose dates meet one of the windows of its kind (with the loosest span a
    stored reading may have, a year back, so nothing mergeable is missed)."""
    if earliest is None or latest is None:
        return False
    low = earliest - PUBLICATION_WINDOW
    return any(a <= latest + timedelta(days=365) and low <= b
               for kind in kinds(predicate) for a, b in windows.get(kind, []))


def _candidate_pairs(readings: Sequence[Reading]) -> set[tuple[int, int]]:
    """Pairs that could be one happening: same kind of predicate, or one article's readings sharing two
    names. Comparing only these keeps clustering near-linear in the number of readings."""
    buckets: dict[tuple[str, ...], list[int]] = {}
    for i, r in enumerate(readings):
        for kind in kinds(r.predicate):  # blocking by every kind the relation could link it through
            buckets.setdefault(("kind", kind), []).append(i)
        names = sorted({min(core_words(n)) for n in r.participants if core_words(n)})
        for x in range(len(names)):
            for y in range(x + 1, len(names)):
                buckets.setdefault(("names", r.source, names[x], names[y]), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def _components(readings: Sequence[Reading]) -> list[list[Reading]]:
    parent = list(range(len(readings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(_candidate_pairs(readings)):
        if find(i) != find(j) and same_happening(readings[i], readings[j]):
            parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[Reading]] = {}
    for i, reading in enumerate(readings):
        groups.setdefault(find(i), []).append(reading)
    return list(groups.values())


def _loose(r: Reading) -> bool:
    """A reading that cannot tell one happening from another of its kind: its date only bounds the
    event, or it names nobody ("a tense meeting between the two countries' diplomats")."""
    return r.anchored_by in LOOSE or not r.participants


def joins(loose: Reading, firm: Reading) -> bool:
    """A loose reading fits an event: same kind, dates that agree, nothing that contradicts; and when it
    names someone, or its date says little, someone or something in common (the full relation)."""
    if loose.participants or loose.anchored_by in LOOSE:
        return same_happening(loose, firm)
    return (dates_agree(loose, firm) and related(loose.predicate, firm.predicate)
            and arguments_agree(loose.arguments, firm.arguments)
            and not (loose.actors and firm.actors and not overlap(loose.actors, firm.actors)))


def same_encounter(loose: Reading, firm: Reading) -> bool:
    """In one article, an undated report of the same two parties on the day of publication is the day's
    dated event ("Blinken meets his Chinese counterpart Wang Yi" over "Blinken on Friday expressed ...")."""
    return (loose.source == firm.source and loose.anchored_by == "publication" and firm.earliest is not None
            and firm.latest is not None and loose.earliest is not None
            and firm.earliest <= loose.earliest <= firm.latest
            and _shared_names(loose.participants, firm.participants) >= 2)


def cluster(readings: Sequence[Reading]) -> list[list[Reading]]:
    """Events as groups of readings, each sorted by key, groups by their first key.

    Readings dated by their own words (or their clause's) that name someone form connected groups. A
    loose reading (its date only bounds the event, or it names nobody) then joins the one group it
    fits; fitting several, it stays out: it must never bridge two happenings into one.
    """
    ordered = sorted(readings, key=lambda r: r.key)
    firm = [r for r in ordered if not _loose(r)]
    groups = _components(firm)
    leftovers = []
    group_of_kind: dict[str, list[int]] = {}
    for index, group in enumerate(groups):
        for kind in {k for m in group for k in kinds(m.predicate)}:
            group_of_kind.setdefault(kind, []).append(index)
    same_source: dict[str, set[int]] = {}
    for index, group in enumerate(groups):
        for m in group:
            same_source.setdefault(m.source, set()).add(index)
    for reading in (r for r in ordered if _loose(r)):
        # first its own article (decided by the article alone), then events of its kind
        own = [groups[i] for i in sorted(same_source.get(reading.source, set()))
               if any(not _loose(m) and same_encounter(reading, m) for m in groups[i])]
        near = [groups[i] for i in sorted({i for k in kinds(reading.predicate) for i in group_of_kind.get(k, [])})]
        matches = own or [g for g in near if any(not _loose(m) and joins(reading, m) for m in g)]
        if len(matches) == 1:
            matches[0].append(reading)
        else:
            leftovers.append(reading)
    groups += _components(leftovers)
    return sorted((sorted(g, key=lambda r: r.key) for g in groups), key=lambda g: g[0].key)


def narrowest(readings: Iterable[Reading]) -> Reading | None:
    """The most precise reading: the tightest bounds, then the earliest, then the EDTF text."""
    dated = [r for r in readings if r.earliest is not None and r.latest is not None]
    if not dated:
        return None
    return min(dated, key=lambda r: ((r.latest - r.earliest).days, r.earliest, r.edtf or ""))


def best_title(readings: Iterable[Reading]) -> str | None:
    """The best-formed title: who did what to whom, of headline length, from a dated mention;
    ties go to the kind of happening most mentions name, then to the text itself (never arrival)."""
    readings = [r for r in readings if r.title]
    if not readings:
        return None
    votes: dict[str, int] = {}
    for r in readings:
        votes[r.predicate] = votes.get(r.predicate, 0) + 1

    def score(r: Reading) -> tuple[int, int, int, int, str]:
        words = len(r.title.split())
        fits = 0 if 3 <= words <= 10 else 1
        return (-r.title_quality, fits, 0 if r.dated else 1, -votes[r.predicate], r.title)
    return min(readings, key=score).title


def summary(readings: Sequence[Reading]) -> dict[str, object]:
    """An event's fields from its mentions: date from the narrowest own date (else the anchors),
    status from what most dated sources say, title from the best-formed mention."""
    dated = ([r for r in readings if r.dated] or [r for r in readings if r.anchored_by != "reference"]
             or list(readings))
    best = narrowest(dated)
    return {
        "title": best_title(readings),
        "status": consensus_status([r.status for r in dated]),
        "date": best,
        "anchored_by": None if any(r.dated for r in readings) else (best.anchored_by if best else None),
    }


def conflicts(group: Sequence[Reading], others: Sequence[Reading]) -> bool:
    """Two groups that look like one happening (same kind, same actors) but whose dates cannot agree."""
    for a in group:
        for b in others:
            if a.dated and b.dated and related(a.predicate, b.predicate) and a.actors and b.actors \
                    and overlap(a.actors, b.actors) and not dates_agree(a, b) \
                    and (set(a.arguments) & set(b.arguments)):
                return True
    return False
