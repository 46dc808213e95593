"""Modifiers of amount ('nearly eight months', 'more than 14 hours', 'around 3 a.m.') join the expression.

The TimeML TIMEX3 guidelines put such modifiers inside the extent and record their meaning in `mod`.
'over' is a modifier only where it means 'more than' ('for over a decade', 'in over two hours'); after a
verb it is the preposition 'across' ('cut jobs over two years') and stays outside.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.temporal.model import Candidate, Context, Resolution

_MODS = [
    (r"just\s+under|nearly|almost|under|less\s+than|fewer\s+than|not\s+quite", "LESS_THAN"),
    (r"just\s+over|well\s+over|more\s+than|longer\s+than|upwards\s+of", "MORE_THAN"),
    (r"about|around|approximately|roughly|some|close\s+to|an\s+estimated", "APPROX"),
    (r"at\s+least|no\s+less\s+than|a\s+minimum\s+of", "EQUAL_OR_MORE"),
    (r"up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of", "EQUAL_OR_LESS"),
]
_AMOUNT_MOD = re.compile(r"\b(?:" + "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_MODS)) + r")\s+$",
                         re.IGNORECASE)
_OVER = re.compile(r"\b(?:for|in|after|than|of|took|takes|lasted|lasts|spent)\s+(over)\s+$", re.IGNORECASE)
_TIME_MOD = re.compile(r"\b(about|around|approximately|roughly)\s+$", re.IGNORECASE)
_WINDOW = 24


def amount_modifiers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Widen durations (and offsets built on one) and clock times over the modifier before them."""
    out = []
    for cand in candidates:
        found = _modifier(text, cand)
        if found is None:
            out.append(cand)
            continue
        start, mod = found
        out.append(cand.with_span(start, cand.end, text[start:cand.end], _with_mod(cand, mod)))
    return out


def _modifier(text: str, cand: Candidate) -> tuple[int, str] | None:
    window = max(0, cand.start - _WINDOW)
    if cand.kind == "time":
        match = _TIME_MOD.search(text, window, cand.start)
        return (match.start(1), "APPROX") if match else None
    if cand.kind != "duration" and cand.parser != "offset":
        return None
    match = _AMOUNT_MOD.search(text, window, cand.start)
    if match:
        mod = next(m for i, (_, m) in enumerate(_MODS) if match.group(f"m{i}"))
        return match.start(), mod
    over = _OVER.search(text, window, cand.start)
    if over or (cand.parser == "offset" and re.search(r"\bover\s+$", text[window:cand.start], re.IGNORECASE)):
        return (over.start(1) if over else text.rindex("over", window, cand.start)), "MORE_THAN"
    return None


def _with_mod(cand: Candidate, mod: str):
    def resolve(ctx: Context) -> Resolution | None:
        res = cand.resolve(ctx)
        return replace(res, mod=mod, rule=f"{res.rule}, {mod.lower().replace('_', ' ')}") if res else None
    return resolve
