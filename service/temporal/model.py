"""Value objects shared by the temporal tagger's parsers, refiners and callers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any


class Tense(StrEnum):
    """Grammatical time of the clause around an expression, used to pick a year or a weekday."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


@dataclass(frozen=True)
class Resolution:
    """A normalised meaning: TIMEX3 value, EDTF and the day bounds it covers.

    `precision` names the unit the text committed to; bounds never claim more than it.
    """

    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value
    edtf: str | None = None
    earliest: date | None = None
    latest: date | None = None
    precision: str | None = None
    mod: str | None = None
    rule: str = ""
    parts: tuple[Resolution, ...] = ()  # a range's two ends, for the TimeML view


@dataclass(frozen=True)
class Context:
    """What a candidate is resolved against."""

    reference: date
    tense: Tense = Tense.PRESENT
    anchor: Resolution | None = None  # last dated expression before this one, for "three days later"
    day_first: bool = False  # how to read "02/04/2023"
    nearby_day: date | None = None  # day of a dated expression in this sentence or the one before
    recent: Resolution | None = None  # the last dated expression of any grain, for "that year", "a year earlier"
    # dated expressions of this sentence and the two before it, in text order: what "the following day" and
    # "that month" may refer back to (an anaphor's antecedent is near; an older date is background)
    discourse: tuple[Resolution, ...] = ()


Resolver = Callable[[Context], "Resolution | None"]


@dataclass(frozen=True)
class Candidate:
    """A span a parser believes is temporal, with a deferred resolver.

    Resolution is deferred because the year of "February 20" or the day of "Saturday"
    depends on the sentence's tense and the reference date, which refiners supply.
    """

    start: int
    end: int
    text: str
    parser: str
    resolve: Resolver = field(compare=False, repr=False)
    kind: str = "date"  # date, time, duration, set, ref: lets refiners combine by kind
    info: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def with_span(self, start: int, end: int, text: str, resolve: Resolver | None = None) -> Candidate:
        return replace(self, start=start, end=end, text=text, resolve=resolve or self.resolve)


_YEAR_IN_TEXT = re.compile(r"(?<!\d)\d{4}(?!\d)|['’]\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b")  # "5/5/23" too


@dataclass(frozen=True)
class Expression:
    """One temporal expression found in a text: the tagger's public output."""

    start: int
    end: int
    text: str
    type: str
    value: str
    edtf: str | None
    earliest: date | None
    latest: date | None
    precision: str | None
    mod: str | None
    rule: str
    parts: tuple[Expression, ...] = ()  # a range's two ends, each with its own span and value
    parser: str = ""  # which parser found it ("weekday", "iso_date"): `rule` says the same for people
    tense: str | None = None  # the clause's tense it was resolved with ("past", "present", "future")

    @property
    def names_year(self) -> bool:
        """The text itself gives the year ("5 May 2023", "2023-05-05", "May '23"): nothing was inferred."""
        return bool(_YEAR_IN_TEXT.search(self.text))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for internal in ("parts", "parser", "tense"):
            del data[internal]  # the product's view is one interval; timeml_view() swaps a range for its parts
        for key in ("earliest", "latest"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data
