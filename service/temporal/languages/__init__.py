"""Language packs: the words of a language as data, and the parsers and refiners built from them.

To add a language: write `languages/<code>.py` with its word lists, a module of parsers built from
them (as `service/temporal/french.py` is), and one `LanguagePack` line in `languages/registry.py`.
A language without a pack goes through dateparser (`service/temporal/foreign.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.temporal.model import Candidate, Tense
    from service.temporal.parsers import Parser


def alternation(words: list[str] | set[str] | dict[str, object] | tuple[str, ...]) -> str:
    """A regex alternation of words, longest first so 'sept' wins over 'sep'; spaces match any spacing."""
    return "|".join(sorted((w.replace(".", r"\.").replace(" ", r"\s+") for w in words), key=len, reverse=True))


Refiner = Callable[[str, "list[Candidate]"], "list[Candidate]"]
TenseCues = Callable[[str, tuple[int, int]], "list[tuple[int, int, Tense]]"]  # text, sentence span -> cues


@dataclass(frozen=True)
class Connectors:
    """A language's words that the refiners join, widen and qualify expressions with.

    Fields ending in `_re` are regex alternations; the rest are plain words. Parser ids name the
    parsers whose readings a refiner treats specially (a bare year, a decade).
    """

    range_gap_re: str  # between the two ends of a range: "to", "-", "until"
    range_opener_re: str  # before its first end: "from", "between"
    range_and: str  # joins two dates only after an opener ("between March and May", not "in March and May")
    range_open_end: tuple[str, ...]  # without an opener, "until" ends a state: no range
    time_before_date_re: str  # "3 p.m. on February 4"
    date_before_time_re: str  # "Saturday at 10 a.m."
    period_part_re: str  # "early", "the end of": groups (article)(prefix)(noun); the date follows
    part_mods: dict[str, str]  # part word -> TIMEX3 mod (START, MID, END)
    approx_re: str  # "around 2010"
    amount_mods: tuple[tuple[str, str], ...]  # ("nearly|almost", "LESS_THAN"): before a duration
    over_re: str  # "over" meaning "more than" after these words ("for over a decade")
    over_word: str  # the word "over" itself
    time_approx_re: str  # "around 3 a.m."
    year_parsers: frozenset[str]  # bare years: "2019-2021" is one reading already
    approx_parsers: frozenset[str]  # readings "around" widens
    article_parsers: frozenset[str]  # readings that keep their article ("the early 2000s")
    clock_parsers: frozenset[str]  # clock times a date before or after joins ("Saturday at 10 a.m.")
    week_of_re: str = ""  # "the week of": before a day, the week that holds it ("" : none)


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """One language's grammar: its code, its words, its parsers and refiners in order, its tense cues.

    Parser order is part of the output (ties between equal spans keep the first parser's reading),
    so a pack lists its parsers explicitly rather than collecting them as modules are imported.
    """

    code: str
    words: ModuleType
    parsers: tuple[Parser, ...]
    refiners: tuple[Refiner, ...]
    tense_cues: TenseCues  # the verbal cues that point an underspecified date back or forward
    filler_re: str  # words a lone date may carry before it in `parse_when` ("on Saturday", "en mars")
    filler: re.Pattern[str] = field(init=False, repr=False)
    by_word: dict[str, tuple[int, ...]] = field(init=False, repr=False)  # trigger word -> parser indexes
    digit_parsers: tuple[int, ...] = field(init=False, repr=False)  # parsers any digit token triggers

    def __post_init__(self) -> None:
        table: dict[str, list[int]] = {}
        for index, p in enumerate(self.parsers):
            for word in p.triggers:
                table.setdefault(word, []).append(index)
        object.__setattr__(self, "by_word", {word: tuple(indexes) for word, indexes in table.items()})
        object.__setattr__(self, "digit_parsers", tuple(i for i, p in enumerate(self.parsers) if p.digits))
        object.__setattr__(self, "filler", re.compile(r"^\W*(?:" + self.filler_re + r")?\s*$", re.IGNORECASE))

    @property
    def parser_ids(self) -> tuple[str, ...]:
        """The stable ids its parsers write into `Expression.parser` (and the head of `rule`)."""
        return tuple(p.name for p in self.parsers)
