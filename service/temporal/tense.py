"""Sentence bounds and the tense of the clause around an expression.

The tense decides which way an underspecified date points: "met on Saturday" looks back from the
reference date, "will travel on Monday" looks forward. The nearest verbal cue wins, because a
sentence can hold both ("said on Monday it will ...").
"""

from __future__ import annotations

import re

from service.temporal.lexicon import IRREGULAR_PAST
from service.temporal.model import Tense

_FUTURE = re.compile(
    r"\b(?:(?:will|shall|won't|'ll)(?:\s+not)?(?:\s+(?:be|have)(?:\s+been)?\s+\w+)?|going\s+to|"
    r"(?:is|are)\s+(?:due|set|scheduled|expected|slated|planned|poised)"
    r"|(?:plans?|planning|intends?|aims?|hopes?|expects?)\s+to|to\s+be\s+(?:held|released|broadcast|published|launched)"
    r"|upcoming|forthcoming|next|scheduled|tomorrow)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|yesterday|earlier|previously|"
    r"(?!(?:need|speed|seed|feed|bed|red|shed|hundred|united|based|led)\b)[a-z]{3,}ed)\b"
    r"|\b(?:" + "|".join(sorted(IRREGULAR_PAST - {"read", "set", "put", "cut", "hit", "quit", "left", "lit"}))
    + r")\b",
    re.IGNORECASE,
)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en)\b", re.IGNORECASE)


def tense_at(text: str, start: int, end: int, sentence: tuple[int, int]) -> Tense:
    """Tense of the clause holding text[start:end]: the nearest future or past cue in its sentence."""
    s_start, s_end = sentence
    best: tuple[float, Tense] | None = None
    future_spans: list[tuple[int, int]] = []
    for pattern, tense in ((_FUTURE, Tense.FUTURE), (_PAST, Tense.PAST), (_PRESENT_PERFECT, Tense.PAST)):
        for match in pattern.finditer(text, s_start, s_end):
            if start <= match.start() < end:
                continue  # the expression's own words ("last", "next") are not the clause's tense
            if tense is Tense.FUTURE:
                future_spans.append(match.span())
            elif any(a <= match.start() < b for a, b in future_spans):
                continue  # "will be held": the participle belongs to the future form
            distance = start - match.end() if match.end() <= start else match.start() - end
            # cues before the expression govern it more often than cues after it
            weight = distance if match.end() <= start else distance * 1.5
            if best is None or weight < best[0]:
                best = (weight, tense)
    return best[1] if best else Tense.PRESENT
