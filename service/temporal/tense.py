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
# "planned for June 5", "was supposed to take place on": the date was set before the telling, and may
# lie on either side of it, so these cues point nowhere and the nearest occurrence wins.
_SCHEDULE = re.compile(r"(?<!\bis\s)(?<!\bare\s)\b(?:planned|scheduled|set|due|slated|supposed|expected|"
                       r"pencil(?:l)?ed\s+in)\s+(?:for|on|to\s+(?:\w+\s+){1,2}?(?:on|in|for))\b", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en)\b", re.IGNORECASE)


Cue = tuple[int, int, Tense]


def tense_cues(text: str, sentence: tuple[int, int]) -> list[Cue]:
    """Every verbal cue of a sentence, found once and shared by all expressions in it."""
    s_start, s_end = sentence
    future = [(m.start(), m.end(), Tense.FUTURE) for m in _FUTURE.finditer(text, s_start, s_end)]
    cues = list(future) + [(m.start(), m.end(), Tense.PRESENT) for m in _SCHEDULE.finditer(text, s_start, s_end)]
    for pattern in (_PAST, _PRESENT_PERFECT):
        for match in pattern.finditer(text, s_start, s_end):
            if not any(a <= match.start() < b for a, b, _ in future):  # "will be held" is future
                cues.append((match.start(), match.end(), Tense.PAST))
    return cues


def tense_at(text: str, start: int, end: int, sentence: tuple[int, int], cues: list[Cue] | None = None) -> Tense:
    """Tense of the clause holding text[start:end]: the nearest future or past cue in its sentence."""
    best: tuple[float, Tense] | None = None
    for cue_start, cue_end, tense in cues if cues is not None else tense_cues(text, sentence):
        if start <= cue_start < end:
            continue  # the expression's own words ("last", "next") are not the clause's tense
        distance = start - cue_end if cue_end <= start else cue_start - end
        # cues before the expression govern it more often than cues after it
        weight = distance if cue_end <= start else distance * 1.5
        if best is None or weight < best[0]:
            best = (weight, tense)
    return best[1] if best else Tense.PRESENT
