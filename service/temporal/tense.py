"""Sentence bounds and the tense of the clause around an expression.

The tense decides which way an underspecified date points: "met on Saturday" looks back from the
reference date, "will travel on Monday" looks forward. The nearest verbal cue wins, because a
sentence can hold both ("said on Monday it will ...").
"""

from __future__ import annotations

import re

from service.temporal.languages.en import IRREGULAR_PAST, MONTH_FULL_RE, WEEKDAY_RE
from service.temporal.model import Tense

_FUTURE = re.compile(
    r"\b(?:(?:will|shall|won't|'ll)(?:\s+not)?(?:\s+(?:be|have)(?:\s+been)?\s+\w+)?|going\s+to|"
    r"(?:is|are)\s+(?:due|set|scheduled|expected|slated|planned|poised|to(?=\s+[a-z]))"
    r"|(?:plans?|planning|intends?|aims?|hopes?|expects?)\s+to|to\s+be\s+(?:held|released|broadcast|published|launched)"
    r"|upcoming|forthcoming|next|scheduled|tomorrow)\b",
    re.IGNORECASE,
)
# The new date of something put off lies after the decision to put it off, which is at or before the telling:
# "have been put back to the week of January 17", "postponed until March 3" look ahead, whatever the tense.
_PUT_OFF_TO = re.compile(
    r"\b(?:(?:put|pushed|set|moved)\s+back|postponed|delayed|deferred|adjourned|rescheduled)\s+(?:to|until|till|for)"
    r"(?=\s+(?:the\s+week\s+of\s+|the\s+)?(?:" + MONTH_FULL_RE + r"|" + WEEKDAY_RE + r"|\d{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH_FULL_RE + r"))", re.IGNORECASE)
# A modal before a verb looks ahead of the telling ("could reopen in September", "said it would pay in
# December"); with "have" it looks back ("could have reopened"). "could not" is as often past inability.
_MODAL = re.compile(r"\b(?:[Ww]ould|[Cc]ould|[Mm]ight|[Ss]hould|[Mm]ust|may)(?:n['’]t|\s+not)?\s+(?!have\b|not\b)"
                    r"(?:be\s+)?[a-z]+")
_NOT_MODAL = re.compile(r"[Cc]ould(?:n['’]t|\s+not)")
# Past cues are looked up word by word (one pass, set lookups), not by one large alternation: this is
# the tagger's most frequent test. "the last day" is the final one, not a past cue; a participle after a
# determiner or a preposition is an adjective ("guaranteed delivery"), not a past verb.
_WORD = re.compile(r"[A-Za-z]+")
_PAST_WORDS = frozenset({"was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "earlier",
                         "previously"}) | (IRREGULAR_PAST - {"read", "set", "put", "cut", "hit", "quit", "left", "lit"})
_NOT_PARTICIPLES = frozenset({"need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "united", "based",
                              "led"})
_ADJECTIVE_MAKERS = frozenset({"the", "a", "an", "for", "its", "of", "with"})
# A participle after "be" or "being" is passive and non-finite ("will also be presented", "expected to be
# discharged"): the tense is the auxiliary's before it, not the participle's.
_NON_FINITE_BE = frozenset({"be", "being"})
# A state that lasts "until Friday" ends at the coming Friday: a past one would say "until last Friday".
_WEEKDAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
# "planned for June 5", "was supposed to take place on": the date was set before the telling, and may
# lie on either side of it, so these cues point nowhere and the nearest occurrence wins.
_SCHEDULE = re.compile(r"(?<!\bis\s)(?<!\bare\s)\b(?:planned|scheduled|set|due|slated|supposed|expected|booked|"
                       r"pencil(?:l)?ed\s+in)\s+(?:for|on|to\s+(?:\w+\s+){1,2}?(?:on|in|for))\b", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en)\b", re.IGNORECASE)


Cue = tuple[int, int, Tense]
# A cue beyond a comma, semicolon, dash or a coordinating "and"/"but" belongs to another clause ("was admitted on
# Wednesday and is expected to be discharged"): it counts as this much farther.
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s|\b(?:and|but)\b")
_CLAUSE_PENALTY = 40


def tense_cues(text: str, sentence: tuple[int, int]) -> list[Cue]:
    """Every verbal cue of a sentence, found once and shared by all expressions in it."""
    s_start, s_end = sentence
    future = [(m.start(), m.end(), Tense.FUTURE) for m in _FUTURE.finditer(text, s_start, s_end)]
    future += [(m.start(), m.end(), Tense.FUTURE) for m in _MODAL.finditer(text, s_start, s_end)
               if not _NOT_MODAL.match(m.group())]
    future += [(m.start(), m.end(), Tense.FUTURE) for m in _PUT_OFF_TO.finditer(text, s_start, s_end)]
    past = []
    previous_lower, previous_span = "", (0, 0)
    for match in _WORD.finditer(text, s_start, s_end):
        word = match.group()
        lower = word.lower()
        if lower in _PAST_WORDS:
            if not (lower == "last" and previous_lower == "the"):
                past.append((match.start(), match.end()))
        elif len(lower) >= 5 and lower.endswith("ed") and lower not in _NOT_PARTICIPLES and \
                previous_lower not in _ADJECTIVE_MAKERS and previous_lower not in _NON_FINITE_BE:
            past.append((match.start(), match.end()))
        elif word in _WEEKDAY_NAMES and previous_lower in ("until", "till") \
                and not _PAST_PERFECT.search(text, s_start, match.start()):
            # "closed until Thursday": the coming one; but "had been in doubt until Thursday" ends a state told
            # before a past time, so that Thursday is past too
            future.append((*previous_span, Tense.FUTURE))
        previous_lower, previous_span = lower, match.span()
    past += [m.span() for m in _PRESENT_PERFECT.finditer(text, s_start, s_end)]
    cues = list(future) + [(m.start(), m.end(), Tense.PRESENT) for m in _SCHEDULE.finditer(text, s_start, s_end)]
    for start, end in past:
        if not any(a <= start < b for a, b, _ in future):  # "will be held" is future
            cues.append((start, end, Tense.PAST))
    return cues


def tense_at(text: str, start: int, end: int, sentence: tuple[int, int], cues: list[Cue] | None = None) -> Tense:
    """Tense of the clause holding text[start:end]: the nearest future or past cue in its sentence."""
    best: tuple[float, Tense] | None = None
    for cue_start, cue_end, tense in cues if cues is not None else tense_cues(text, sentence):
        if start <= cue_start < end:
            continue  # the expression's own words ("last", "next") are not the clause's tense
        between = (cue_end, start) if cue_end <= start else (end, cue_start)
        distance = between[1] - between[0]
        # cues before the expression govern it more often than cues after it
        weight = distance if cue_end <= start else distance * 1.5
        if _CLAUSE_BREAK.search(text, *between):
            weight += _CLAUSE_PENALTY  # a verb of another clause ("The bill, introduced in May, would ...")
        if best is None or weight < best[0]:
            best = (weight, tense)
    return best[1] if best else Tense.PRESENT
