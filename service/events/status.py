"""Event status from the cues of the clause: a postponed visit must never read as one that happened."""

from __future__ import annotations

import re

_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("cancelled", re.compile(r"\b(?:cancel(?:l?ed|s|ling)?|call(?:ed)? off|scrapp(?:ed|ing)|scrap)\b", re.I)),
    ("postponed", re.compile(r"\b(?:postpon\w*|delay(?:ed|s)?|put off|abandon\w*|reschedul\w*|was supposed to|"
                             r"were supposed to|would have (?:been|taken)|had been (?:scheduled|planned))\b", re.I)),
    ("planned", re.compile(r"\b(?:plan(?:s|ned|ning)? to|scheduled|is set to|are set to|is due to|are due to|"
                           r"to be held|upcoming|will (?:host|hold|travel|visit|meet|take place))\b", re.I)),
    ("expected", re.compile(r"\b(?:expected|will|is likely|are likely|is poised|going to|to be broadcast)\b", re.I)),
]


def status_of(clause: str) -> str:
    """The first status whose cue appears in the clause, in order of how much it overrides the others."""
    for status, cue in _CUES:
        if cue.search(clause):
            return status
    return "occurred"


_CAUTION = ["cancelled", "postponed", "planned", "expected", "occurred"]


def consensus_status(statuses: list[str]) -> str:
    """The status most sources state; on a tie the more cautious one (a postponement beats a plan)."""
    if not statuses:
        return "occurred"
    return min(set(statuses), key=lambda s: (-statuses.count(s), _CAUTION.index(s) if s in _CAUTION else 99))
