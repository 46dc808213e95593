"""Past, present and future references that are not single adverbs (those are in parsers.reference_word).

TimeML marks words that point at the past, present or future without naming a time as DATE with the
values PAST_REF, PRESENT_REF and FUTURE_REF: the adjectives 'recent' and 'present' before a noun,
'before long', and 'the long run' and its kin after 'in'.
"""

from __future__ import annotations

import re

from service.temporal.languages import en as words
from service.temporal.model import Candidate, Context, Resolution
from service.temporal.parsers import parser

# words after "the present" that make it a noun ("the present was wrapped") or a verb, not the adjective
_NOT_A_NOUN_AFTER = re.compile(r"\s+(?:" + words.NOT_A_NOUN_AFTER_RE + r")\b", re.IGNORECASE)


def _ref(value: str, rule: str):
    def resolve(ctx: Context) -> Resolution:
        ref = ctx.reference
        if value == "PRESENT_REF":
            return Resolution("DATE", value, ref.isoformat(), ref, ref, "day", rule=rule)
        if value == "PAST_REF":
            return Resolution("DATE", value, f"../{ref}", None, ref, "open", rule=rule)
        return Resolution("DATE", value, f"{ref}/..", ref, None, "open", rule=rule)
    return resolve


@parser(r"\b(?:" + words.REFERENCE_DETERMINERS_RE + r")\s+"
        r"(recent|present)(?=\s+[a-z][\w-]*)", triggers=["recent", "present"])
def reference_adjective(text: str, m: re.Match[str]) -> Candidate | None:
    """'the recent sell-off' (PAST_REF), 'the present slowdown' (PRESENT_REF): the adjective alone."""
    word = m.group(1).lower()
    if word == "present" and _NOT_A_NOUN_AFTER.match(text, m.end()):
        return None  # "the present was wrapped", "the present of a watch"
    value = "PAST_REF" if word == "recent" else "PRESENT_REF"
    start, end = m.span(1)
    return Candidate(start, end, text[start:end], "reference_adjective", _ref(value, f"adjective '{word}'"), "ref")


@parser(r"\b(before\s+long)\b(?!\s+(?:ago|enough))|(?<=\bin\s)(the\s+(?:long|longer|longest|short|shorter|near|"
        r"medium)(?:-|\s+)(?:run|term))\b(?!\s*-)", triggers=["long", "run", "term"])
def future_phrase(text: str, m: re.Match[str]) -> Candidate | None:
    """'before long', 'in the longer run', 'in the near term': the future, unnamed."""
    group = 1 if m.group(1) else 2
    return Candidate(m.start(group), m.end(group), m.group(group), "future_phrase",
                     _ref("FUTURE_REF", f"'{m.group(group).lower()}' points to the future"), "ref")
