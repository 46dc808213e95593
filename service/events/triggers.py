"""The event word a date attaches to: the nearest verb (or event noun) of the date's clause.

No parser is at hand, so candidates come from word forms (past tense, modal + verb, known news verbs
and event nouns) and the nearest one wins, verbs before nouns, words before the date before words
after it, and reporting verbs ("said") only when nothing else is near.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.events.lexicon import (
    AUXILIARIES,
    ED_ADJECTIVES,
    EVENT_NOUNS,
    IRREGULAR_PAST,
    MODALS,
    NEWS_VERBS,
    PARTICLES,
    PHRASAL,
    REPORTING,
)
from service.events.text import STOPWORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_RELATIVE = re.compile(r"\b(?:that|which|who)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int  # offsets into the text given to `find_trigger`
    end: int
    kind: str  # verb or noun


def _kind(words: list[re.Match[str]], i: int) -> str | None:
    word = words[i].group()
    lower = word.lower().replace("’", "'")
    previous = words[i - 1].group().lower() if i else ""
    if lower in AUXILIARIES or lower in MODALS:
        return None
    if lower in IRREGULAR_PAST:
        return "verb"
    if lower.endswith("ed") and len(lower) > 4 and lower not in ED_ADJECTIVES and (word.islower() or i == 0):
        return "verb"
    if previous in MODALS and word.islower() and lower not in EVENT_NOUNS and lower not in STOPWORDS:
        return "verb"
    stem = lower[:-2] if lower.endswith("es") and lower[:-2] in NEWS_VERBS else lower.removesuffix("s")
    if stem in NEWS_VERBS and word.islower():
        return "verb"
    if lower in EVENT_NOUNS and word.islower():
        return "noun"
    following = words[i + 1].group().lower() if i + 1 < len(words) else ""
    if lower.endswith("ing") and previous in ("the", "a", "an") and len(lower) > 5 \
            and (following in ("of", "in", "at", "on", "by", "near", "over") or
                 (i + 1 < len(words) and "," in words[i].string[words[i].end():words[i + 1].start()])):
        return "noun"  # "the downing of the balloon", not "the drifting tanker"
    return None


def find_trigger(text: str, start: int, end: int, exclude: tuple[int, int]) -> Trigger | None:
    """The trigger in text[start:end] for a date at `exclude` (whose own words are skipped).

    An introductory phrase with its own event ("Following the downing of the balloon on February 4,
    China voiced ...") keeps its date: a trigger before the date in the date's comma-delimited
    segment wins over anything after that comma.
    """
    segment_end = text.find(",", exclude[1], end)
    if segment_end > 0:
        segment_start = max(start, text.rfind(",", start, exclude[0]) + 1)
        local = _best(text, segment_start, segment_end, exclude)
        if local is not None and local.end <= exclude[0]:
            return local
    return _best(text, start, end, exclude)


def _best(text: str, start: int, end: int, exclude: tuple[int, int]) -> Trigger | None:
    words = [w for w in _WORD.finditer(text, start, end) if not (exclude[0] <= w.start() < exclude[1])]
    best: tuple[float, Trigger] | None = None
    date_at_start = not text[start:exclude[0]].strip(" ,")
    for i, match in enumerate(words):
        kind = _kind(words, i)
        if kind is None:
            continue
        t_start, t_end = match.span()
        if kind == "verb" and match.group().lower() in PHRASAL and i + 1 < len(words) \
                and words[i + 1].group().lower() in PARTICLES and words[i + 1].start() - t_end <= 1:
            t_end = words[i + 1].end()
        before = t_end <= exclude[0]
        distance = exclude[0] - t_end if before else t_start - exclude[1]
        weight = distance * (1.0 if kind == "verb" else 1.4) * (1.0 if before or date_at_start else 1.6)
        if match.group().lower() in REPORTING:
            weight = weight * 3 + 40
        if not before and _RELATIVE.search(text, exclude[1], t_start):
            weight *= 10  # "a meeting on Saturday that addressed ...": the relative clause describes the meeting
        if best is None or weight < best[0]:
            best = (weight, Trigger(text[t_start:t_end], t_start, t_end, kind))
    return best[1] if best else None
