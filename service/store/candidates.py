"""The merge-candidate look-ups of an ingest, as statements whose text never changes.

An article's probes (its periods, predicates, names, look-alike walks) travel as one JSON parameter
that the database unpacks (SQLite's json_each, PostgreSQL's jsonb_to_recordset) and joins to the
(span, predicate, earliest) and (predicate, earliest) indexes. The SQL is the same for every
article, so SQLAlchemy compiles it once per process and the database prepares it once per
connection; a statement written afresh per article, hundreds of UNION members long, cost more to
compile and to plan than to run. What a row must share with a probe to be read is unchanged:
`Near` and `LookAlike` say it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Date, Integer, bindparam, column, event, select, text
from sqlalchemy.orm import Session

from service.events.merge import Reading, mention_key
from service.store.models import SPAN_DAYS, Event, EventParticipant, Evidence, Source


@dataclass(frozen=True)
class Near:
    """A new mention's period, the predicates related to its own (None: every one asked), and what a
    stored mention of those dated in it must share with it to be worth reading: a word of a
    participant's name or an argument (`words` None: nothing, as a mention that names nobody, or is
    dated only loosely, joins on dates and kind alone); and, unless `actors` is None, no actor or an
    actor containing one of these words (two different actors never link)."""

    earliest: date
    latest: date
    words: frozenset[str] | None = None
    arguments: frozenset[str] = frozenset()
    actors: frozenset[str] | None = None
    predicates: frozenset[str] | None = None


@dataclass(frozen=True)
class LookAlike:
    """A new own-dated mention with actors, as the search for look-alikes whose dates clash sees it:
    the predicates related to its own, its period, its arguments, the words one of which an actor
    the same as one of its own contains (None: actors cannot be compared in SQL), and the window."""

    predicates: frozenset[str]
    earliest: date
    latest: date
    arguments: frozenset[str]
    actor_words: frozenset[str] | None
    low: date
    high: date


@dataclass(frozen=True)
class StoredMention:
    """A stored evidence row as the merge decision and an event's summary read it: no quote, no text.
    `reading` is None for evidence from before the parse-based layer (no predicate)."""

    id: int
    event_id: int
    source_id: int
    title: str | None
    status: str
    value: str | None
    rule: str | None
    participants: tuple[str, ...] | None
    reading: Reading | None


@dataclass(frozen=True)
class StoredEvent:
    """A candidate event as merging needs it: its columns, its evidence in id order, its names."""

    id: int
    curated: bool
    origin: str
    columns: dict[str, Any]  # the fields an event's evidence decides (see DERIVED)
    order_key: str
    evidence: tuple[StoredMention, ...]
    names: dict[str, str]  # name_key -> name


# the columns of an event that follow from its evidence (service.ingest.summarise)
DERIVED = ("title", "status", "edtf", "value", "earliest", "latest", "precision", "rule", "anchored_by",
           "source_count")

_READING_COLUMNS = (Evidence.event_id, Evidence.source_id, Evidence.predicate, Evidence.earliest, Evidence.latest,
                    Evidence.trigger_start, Evidence.title, Evidence.title_quality, Evidence.status,
                    Evidence.precision, Evidence.edtf, Evidence.anchored_by, Evidence.actors, Evidence.participants,
                    Evidence.arguments)
_LIGHT_TYPES = tuple(Evidence.__table__.c[c.key] for c in _READING_COLUMNS)
_LIGHT = ", ".join(f"ev.{c.name}" for c in _LIGHT_TYPES)  # the same columns, for queries written as text
_HASH = Source.__table__.c.content_hash


def reading_of_row(row: Any) -> Reading:
    """A light row of `_READING_COLUMNS` and its source's digest, as merging reads it."""
    return Reading(key=mention_key(row.content_hash, row.trigger_start), source=row.content_hash,
                   predicate=row.predicate or "", title=row.title or "", title_quality=row.title_quality or 0,
                   status=row.status, earliest=row.earliest, latest=row.latest, precision=row.precision,
                   edtf=row.edtf, anchored_by=row.anchored_by, actors=tuple(row.actors or ()),
                   participants=tuple(row.participants or ()), arguments=tuple(row.arguments or ()),
                   event=row.event_id)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# --- the stored mentions near an article (Repository.mention_index) -----------------------------------------------

# Three kinds of probe, each one index range: `runs` (a run of overlapping periods of the same predicates, one
# predicate and one span class each; `c` names the run, whose periods, with what a row must share with each,
# are the rows of `nears`); `plans` (plans dated by their publication, a year on); `long` (span class 3, read
# whole within the window). The JSON is unpacked once into CTE columns, so a row in range is tested against
# plain values (SQLite: a short JSON list of patterns; PostgreSQL: LIKE ANY of a text array), never against the
# whole document again.
_MENTION_INDEX = {
    "sqlite": f"""
WITH r AS MATERIALIZED (SELECT json_extract(value, '$.c') AS c, json_extract(value, '$.s') AS s,
  json_extract(value, '$.p') AS p, json_extract(value, '$.lo') AS lo, json_extract(value, '$.hi') AS hi
  FROM json_each(:runs)),
 n AS MATERIALIZED (SELECT json_extract(value, '$.c') AS c, json_extract(value, '$.earliest') AS earliest,
  json_extract(value, '$.latest') AS latest, json_extract(value, '$.a') AS a, json_extract(value, '$.w') AS w,
  json_extract(value, '$.g') AS g FROM json_each(:nears))
SELECT u.*, sources.content_hash FROM (
  SELECT {_LIGHT} FROM r
  JOIN evidence AS ev ON ev.span = r.s AND ev.predicate = r.p AND ev.earliest >= r.lo AND ev.earliest <= r.hi
  WHERE EXISTS (SELECT 1 FROM n WHERE n.c = r.c AND ev.earliest <= n.latest AND ev.latest >= n.earliest
   AND (n.a IS NULL OR ev.actors IS NULL OR CAST(ev.actors AS TEXT) IN ('[]', 'null')
    OR EXISTS (SELECT 1 FROM json_each(n.a) AS w WHERE lower(CAST(ev.actors AS TEXT)) LIKE w.value ESCAPE '\\'))
   AND (n.w IS NULL OR ev.participants IS NULL OR CAST(ev.participants AS TEXT) IN ('[]', 'null')
    OR EXISTS (SELECT 1 FROM json_each(n.w) AS w
     WHERE lower(CAST(ev.participants AS TEXT)) LIKE w.value ESCAPE '\\')
    OR EXISTS (SELECT 1 FROM json_each(n.g) AS g WHERE CAST(ev.arguments AS TEXT) LIKE g.value ESCAPE '\\')))
  UNION ALL
  SELECT {_LIGHT} FROM json_each(:plans) AS r
  JOIN evidence AS ev ON ev.span = json_extract(r.value, '$.s') AND ev.predicate = json_extract(r.value, '$.p')
   AND ev.earliest >= json_extract(r.value, '$.lo') AND ev.earliest <= :high
  WHERE ev.anchored_by = 'publication' AND ev.status <> 'occurred' AND ev.latest >= :low
  UNION ALL
  SELECT {_LIGHT} FROM json_each(:long) AS r
  JOIN evidence AS ev ON ev.span = {len(SPAN_DAYS)} AND ev.predicate = r.value AND ev.earliest <= :high
  WHERE ev.latest >= :low
) AS u JOIN sources ON sources.id = u.source_id""",
    # each probe a LATERAL subquery kept apart by OFFSET 0, so it is planned per probe row as one range of the
    # index; flattened into the join, the planner (which takes each JSON function for 100 rows) hashed a
    # scan of the whole table instead
    "postgresql": f"""
WITH r AS (SELECT * FROM jsonb_to_recordset(CAST(:runs AS jsonb)) AS r(c integer, s integer, p text, lo date, hi date)),
 n AS (SELECT * FROM jsonb_to_recordset(CAST(:nears AS jsonb))
  AS n(c integer, earliest date, latest date, a text[], w text[], g text[]))
SELECT u.*, sources.content_hash FROM (
  SELECT m.* FROM r CROSS JOIN LATERAL (SELECT {_LIGHT} FROM evidence AS ev
   WHERE ev.span = r.s AND ev.predicate = r.p AND ev.earliest >= r.lo AND ev.earliest <= r.hi
   AND EXISTS (SELECT 1 FROM n WHERE n.c = r.c AND ev.earliest <= n.latest AND ev.latest >= n.earliest
    AND (n.a IS NULL OR ev.actors IS NULL OR CAST(ev.actors AS TEXT) IN ('[]', 'null')
     OR lower(CAST(ev.actors AS TEXT)) LIKE ANY (n.a))
    AND (n.w IS NULL OR ev.participants IS NULL OR CAST(ev.participants AS TEXT) IN ('[]', 'null')
     OR lower(CAST(ev.participants AS TEXT)) LIKE ANY (n.w) OR CAST(ev.arguments AS TEXT) LIKE ANY (n.g)))
   OFFSET 0) AS m
  UNION ALL
  SELECT m.* FROM jsonb_to_recordset(CAST(:plans AS jsonb)) AS r(s integer, p text, lo date)
  CROSS JOIN LATERAL (SELECT {_LIGHT} FROM evidence AS ev
   WHERE ev.span = r.s AND ev.predicate = r.p AND ev.earliest >= r.lo AND ev.earliest <= :high
   AND ev.anchored_by = 'publication' AND ev.status <> 'occurred' AND ev.latest >= :low OFFSET 0) AS m
  UNION ALL
  SELECT m.* FROM jsonb_array_elements_text(CAST(:long AS jsonb)) AS r(p)
  CROSS JOIN LATERAL (SELECT {_LIGHT} FROM evidence AS ev
   WHERE ev.span = {len(SPAN_DAYS)} AND ev.predicate = r.p AND ev.earliest <= :high AND ev.latest >= :low
   OFFSET 0) AS m
) AS u JOIN sources ON sources.id = u.source_id""",
}


def _near_condition(run: int, near: Near) -> dict[str, Any]:
    """One period's conditions as the statement reads them; a key left out means "no condition" (LIKE
    patterns escaped with a backslash, PostgreSQL's default and the ESCAPE given on SQLite)."""
    found: dict[str, Any] = {"c": run, "earliest": near.earliest.isoformat(), "latest": near.latest.isoformat()}
    if near.actors is not None:
        found["a"] = [_like(word) for word in sorted(near.actors)]
    if near.words is not None:
        found["w"] = [_like(word) for word in sorted(near.words)]
        found["g"] = [_like(json.dumps(a, ensure_ascii=False)) for a in sorted(near.arguments)]
    return found


def mention_index_params(predicates: set[str], periods: Sequence[Near], loose: tuple[date, date]) -> dict[str, Any]:
    """The probes of `mention_index` as parameters. Periods of the same predicates that overlap are one
    run, read as one range of the index per span class, so each row is read once."""
    low, high = loose
    everything = sorted(predicates)
    clusters: dict[tuple[str, ...], list[tuple[date, date, list[Near]]]] = {}
    for near in sorted(periods, key=lambda n: n.earliest):  # stable: ties keep the caller's order
        runs = clusters.setdefault(tuple(sorted(near.predicates if near.predicates is not None else everything)), [])
        if runs and near.earliest <= runs[-1][1]:
            first, last, members = runs[-1]
            runs[-1] = (first, max(last, near.latest), [*members, near])
        else:
            runs.append((near.earliest, near.latest, [near]))
    probes, nears = [], []
    every_run = [(names, *run) for names, runs in clusters.items() for run in runs]
    for run, (names, first, last, members) in enumerate(every_run):
        nears += [_near_condition(run, near) for near in members]
        probes += [{"c": run, "s": span, "p": predicate, "lo": (first - timedelta(days=days)).isoformat(),
                    "hi": last.isoformat()} for predicate in names for span, days in enumerate(SPAN_DAYS)]
    plans = [{"s": span, "p": predicate, "lo": (low - timedelta(days=days)).isoformat()}
             for predicate in everything for span, days in enumerate(SPAN_DAYS)]
    return {"runs": json.dumps(probes), "nears": json.dumps(nears), "plans": json.dumps(plans),
            "long": json.dumps(everything), "low": low, "high": high}


def mention_index(session: Session, predicates: set[str], periods: Sequence[Near],
                  loose: tuple[date, date]) -> list[Reading]:
    """See Repository.mention_index."""
    if not predicates:
        return []
    stmt = _statement(session, "mention_index", _MENTION_INDEX)
    found: dict[str, Reading] = {}
    for row in session.execute(stmt, mention_index_params(predicates, periods, loose)).all():
        reading = reading_of_row(row)
        found.setdefault(reading.key, reading)
    return list(found.values())


# --- look-alikes whose dates clash (Repository.look_alikes) ---------------------------------------------------------

# One walk per (probe, predicate, side): the `rows` nearest matches before the probe's start (latest first),
# and from its start on (earliest first). A walk reads only the stored mentions of the predicate that share an
# argument with the probe, from the (predicate, argument, earliest) index of evidence_arguments, and tests
# them on the columns copied there; the mentions themselves are read for the `rows` kept. The walks are
# unpacked once into CTE columns, so each row visited is tested against plain values.
_LOOK = """t.predicate = p.p AND {argument} AND {range}
   AND NOT ((t.earliest <= p.e AND t.latest >= p.l) OR (t.earliest >= p.e AND t.latest <= p.l))
   AND (p.a IS NULL OR {actors})"""
_LOOK_SQLITE = _LOOK.format(
    argument="t.argument IN (SELECT g.value FROM json_each(p.g) AS g)", range="{range}",
    actors="EXISTS (SELECT 1 FROM json_each(p.a) AS w WHERE t.actors LIKE w.value ESCAPE '\\')")
_LOOK_PG = _LOOK.format(argument="t.argument = ANY (p.g)", range="{range}", actors="t.actors LIKE ANY (p.a)")
_BEFORE, _AFTER = ("t.earliest < p.e AND t.earliest >= p.lo", "DESC"), ("t.earliest >= p.e AND t.earliest <= p.hi", "")
_NEAREST = """SELECT t.evidence_id FROM evidence_arguments AS t WHERE {look}
  GROUP BY t.evidence_id ORDER BY max(t.earliest) {way}, t.evidence_id {way} LIMIT :rows"""
_SQLITE_SIDE = """SELECT p.i AS probe, {light}, sources.content_hash
 FROM p JOIN evidence AS ev ON ev.id IN (""" + _NEAREST + """)
 JOIN sources ON sources.id = ev.source_id"""
_PG_SIDE = """SELECT p.i AS probe, {light}, sources.content_hash
 FROM p CROSS JOIN LATERAL (""" + _NEAREST + """) AS w
 JOIN evidence AS ev ON ev.id = w.evidence_id
 JOIN sources ON sources.id = ev.source_id"""
_LOOK_ALIKES = {
    "sqlite": """WITH p AS MATERIALIZED (SELECT json_extract(value, '$.i') AS i, json_extract(value, '$.p') AS p,
  json_extract(value, '$.e') AS e, json_extract(value, '$.l') AS l, json_extract(value, '$.lo') AS lo,
  json_extract(value, '$.hi') AS hi, json_extract(value, '$.g') AS g, json_extract(value, '$.a') AS a
  FROM json_each(:walks))
""" + "\nUNION ALL\n".join(_SQLITE_SIDE.format(light=_LIGHT, look=_LOOK_SQLITE.format(range=where), way=way)
                          for where, way in (_BEFORE, _AFTER)),
    "postgresql": """WITH p AS (SELECT * FROM jsonb_to_recordset(CAST(:walks AS jsonb))
  AS p(i integer, p text, e date, l date, lo date, hi date, g text[], a text[]))
""" + "\nUNION ALL\n".join(_PG_SIDE.format(light=_LIGHT, look=_LOOK_PG.format(range=where), way=way)
                          for where, way in (_BEFORE, _AFTER)),
}

# the rows of evidence_arguments for stored mentions a walk may reach: dated by an expression of their own,
# with a verb; one per distinct argument (cut to the column's width, as look_alike_params cuts the probe's)
_INDEX_ARGUMENTS = """INSERT INTO evidence_arguments (evidence_id, argument, predicate, earliest, latest, actors)
SELECT DISTINCT ev.id, {value}, ev.predicate, ev.earliest, ev.latest, lower(CAST(ev.actors AS TEXT))
FROM evidence AS ev {elements} ev.id IN :ids AND ev.anchored_by IS NULL AND ev.earliest IS NOT NULL
 AND ev.predicate IS NOT NULL AND a.value IS NOT NULL"""
_INDEX_ARGUMENTS_SQL = {
    "sqlite": _INDEX_ARGUMENTS.format(value="substr(a.value, 1, 200)", elements=(
        "CROSS JOIN json_each(ev.arguments) AS a WHERE json_type(ev.arguments) = 'array' AND")),
    "postgresql": _INDEX_ARGUMENTS.format(value="left(a.value, 200)", elements=(
        "CROSS JOIN LATERAL json_array_elements_text(CASE WHEN json_typeof(ev.arguments) = 'array' "
        "THEN ev.arguments ELSE CAST('[]' AS json) END) AS a(value) WHERE")),
}


def index_arguments(connection: Connection, ids: Sequence[int]) -> None:
    """Copy the arguments of the stored mentions `ids` into evidence_arguments, in one statement, the
    actors lower-cased by the database itself, as the walk's patterns expect."""
    if ids:
        stmt = _INDEX_STATEMENTS.get(connection.dialect.name)
        if stmt is None:
            stmt = _INDEX_STATEMENTS[connection.dialect.name] = text(
                _INDEX_ARGUMENTS_SQL[connection.dialect.name]).bindparams(bindparam("ids", expanding=True))
        connection.execute(stmt, {"ids": list(ids)})


_INDEX_STATEMENTS: dict[str, Any] = {}


@event.listens_for(Evidence, "after_insert")
def _index_added(_mapper: Any, connection: Connection, target: Evidence) -> None:
    """Evidence added through the ORM (Repository.add_evidence) is indexed as bulk inserts are."""
    index_arguments(connection, [target.id])


def look_alike_params(probes: Sequence[LookAlike], rows: int) -> dict[str, Any]:
    """One walk per probe with arguments and per predicate of it (each walked both ways)."""
    walks = []
    for index, probe in enumerate(probes):
        if not probe.arguments:
            continue
        base: dict[str, Any] = {"i": index, "e": probe.earliest.isoformat(), "l": probe.latest.isoformat(),
                                "lo": probe.low.isoformat(), "hi": probe.high.isoformat(),
                                "g": sorted({argument[:200] for argument in probe.arguments})}
        if probe.actor_words is not None:
            base["a"] = [_like(word) for word in sorted(probe.actor_words)]
        walks += [{**base, "p": predicate} for predicate in sorted(probe.predicates)]
    return {"walks": json.dumps(walks), "rows": rows}


def look_alikes(session: Session, probes: Sequence[LookAlike], rows: int) -> list[list[Reading]]:
    """See Repository.look_alikes."""
    found: list[list[Reading]] = [[] for _ in probes]
    if not any(probe.arguments for probe in probes):
        return found
    stmt = _statement(session, "look_alikes", _LOOK_ALIKES)
    for row in session.execute(stmt, look_alike_params(probes, rows)).all():
        found[row.probe].append(reading_of_row(row))
    return found


# --- the candidate events themselves (Repository.candidate_events) -------------------------------------------------

_EVENT_COLUMNS = (Event.id, Event.curated, Event.origin, Event.order_key,
                  *(Event.__table__.c[name] for name in DERIVED))
_MENTION_COLUMNS = (Evidence.id, Evidence.value, Evidence.rule, *_READING_COLUMNS, _HASH)


def candidate_events(session: Session, ids: set[int]) -> list[StoredEvent]:
    """Extracted events among `ids`, in id order, with their evidence (light rows, in id order) and names;
    their rows locked (PostgreSQL), so a writer holding other blocking keys that reaches the same event
    waits, and the evidence is read after the wait. Three statements, whatever the number of events."""
    if not ids:
        return []
    events = session.execute(select(*_EVENT_COLUMNS).where(Event.id.in_(sorted(ids)), Event.origin == "extracted")
                             .order_by(Event.id).with_for_update(of=Event.__table__)).all()
    if not events:
        return []
    kept = [row.id for row in events]
    evidence: dict[int, list[StoredMention]] = {}
    for row in session.execute(select(*_MENTION_COLUMNS).join(Source, Source.id == Evidence.source_id)
                               .where(Evidence.event_id.in_(kept)).order_by(Evidence.id)).all():
        evidence.setdefault(row.event_id, []).append(StoredMention(
            id=row.id, event_id=row.event_id, source_id=row.source_id, title=row.title, status=row.status,
            value=row.value, rule=row.rule,
            participants=None if row.participants is None else tuple(row.participants),
            reading=None if row.predicate is None else reading_of_row(row)))
    names: dict[int, dict[str, str]] = {}
    for row in session.execute(select(EventParticipant.event_id, EventParticipant.name_key, EventParticipant.name)
                               .where(EventParticipant.event_id.in_(kept))
                               .order_by(EventParticipant.event_id, EventParticipant.name_key)).all():
        names.setdefault(row.event_id, {})[row.name_key] = row.name
    return [StoredEvent(id=row.id, curated=row.curated, origin=row.origin,
                        columns={name: getattr(row, name) for name in DERIVED}, order_key=row.order_key,
                        evidence=tuple(evidence.get(row.id, ())), names=names.get(row.id, {})) for row in events]


def _statement(session: Session, name: str, texts: dict[str, str]) -> Any:
    """The dialect's text of a look-up with its parameter and result types, built once per process and
    dialect: the same object every time, so SQLAlchemy's compiled cache holds it."""
    dialect = session.get_bind().dialect.name
    stmt = _STATEMENTS.get((name, dialect))
    if stmt is None:
        columns = [*([column("probe", Integer)] if name == "look_alikes" else []), *_LIGHT_TYPES, _HASH]
        dates = [bindparam(n, type_=Date) for n in ("low", "high") if f":{n}" in texts[dialect]]
        stmt = _STATEMENTS[(name, dialect)] = text(texts[dialect]).bindparams(*dates).columns(*columns)
    return stmt


_STATEMENTS: dict[tuple[str, str], Any] = {}
