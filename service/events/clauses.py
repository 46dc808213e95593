"""Clauses: the part of a sentence a date belongs to, so "the flight earlier this month caused a stir
and postponed the visit" dates the flight, not the postponement."""

from __future__ import annotations

import itertools
import re

from service.events.lexicon import IRREGULAR_PAST, MODALS

_HARD_BREAK = re.compile(r"\s*(?:;|:\s|\s[—–]\s|\(|\))\s*|,\s+(?=(?:which|who|whom|whose|while|but|although|though|"
                         r"whereas|as\s+well\s+as|is|are|was|were|has|have|had|will|would)\b)", re.IGNORECASE)
_AND_VERB = re.compile(r"\s+(?:and|but)\s+(?=(\w+)\b)", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\s+(?=(?:since|after|before|because|until|when|whereas|although|though)\s+"
                          r"(?:the|a|an|he|she|it|they|we|[A-Z]))")


def _starts_clause(word: str) -> bool:
    word = word.lower()
    return word in IRREGULAR_PAST or word in MODALS or (word.endswith("ed") and len(word) > 4)


def clause_bounds(sentence: str) -> list[tuple[int, int]]:
    """Clause spans of a sentence (offsets into it)."""
    cuts = {0, len(sentence)}
    for match in _HARD_BREAK.finditer(sentence):
        cuts.update((match.start(), match.end()))
    for match in _AND_VERB.finditer(sentence):
        if _starts_clause(match.group(1)):
            cuts.update((match.start(), match.end()))
    for match in _SUBORDINATE.finditer(sentence):
        cuts.add(match.end())
    points = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(points) if sentence[a:b].strip()]


def clause_of(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding [start, end) of the sentence."""
    for a, b in clause_bounds(sentence):
        if a <= start < b:
            return a, max(b, end)
    return 0, len(sentence)
