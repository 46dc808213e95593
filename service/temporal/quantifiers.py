"""Modifiers of amount ('nearly eight months', 'more than 14 hours', 'around 3 a.m.') join the expression.

The TimeML TIMEX3 guidelines put such modifiers inside the extent and record their meaning in `mod`.
'over' is a modifier only where it means 'more than' ('for over a decade', 'in over two hours'); after a
verb it is the preposition 'across' ('cut jobs over two years') and stays outside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from service.temporal.languages import Connectors
from service.temporal.model import Candidate, Context, Resolution

_WINDOW = 24


@dataclass(frozen=True)
class AmountPatterns:
    """A language's modifiers of amount, compiled once for its pack."""

    mods: tuple[tuple[str, str], ...]
    amount: re.Pattern[str]
    over: re.Pattern[str]
    bare_over: re.Pattern[str]
    over_word: str
    time: re.Pattern[str]

    @classmethod
    def of(cls, words: Connectors) -> AmountPatterns:
        mods = words.amount_mods
        return cls(
            mods,
            re.compile(r"\b(?:" + "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(mods)) + r")\s+$",
                       re.IGNORECASE),
            re.compile(r"\b(?:" + words.over_re + r")\s+(" + words.over_word + r")\s+$", re.IGNORECASE),
            re.compile(r"\b" + words.over_word + r"\s+$", re.IGNORECASE),
            words.over_word,
            re.compile(r"\b(" + words.time_approx_re + r")\s+$", re.IGNORECASE),
        )


def amount_modifiers(text: str, candidates: list[Candidate], *, patterns: AmountPatterns) -> list[Candidate]:
    """Widen durations (and offsets built on one) and clock times over the modifier before them."""
    out = []
    for cand in candidates:
        found = _modifier(text, cand, patterns)
        if found is None:
            out.append(cand)
            continue
        start, mod = found
        out.append(cand.with_span(start, cand.end, text[start:cand.end], _with_mod(cand, mod)))
    return out


def _modifier(text: str, cand: Candidate, patterns: AmountPatterns) -> tuple[int, str] | None:
    window = max(0, cand.start - _WINDOW)
    if cand.kind == "time":
        match = patterns.time.search(text, window, cand.start)
        return (match.start(1), "APPROX") if match else None
    if cand.kind != "duration" and cand.parser != "offset":
        return None
    match = patterns.amount.search(text, window, cand.start)
    if match:
        mod = next(m for i, (_, m) in enumerate(patterns.mods) if match.group(f"m{i}"))
        return match.start(), mod
    over = patterns.over.search(text, window, cand.start)
    if over or (cand.parser == "offset" and patterns.bare_over.search(text[window:cand.start])):
        return (over.start(1) if over else text.rindex(patterns.over_word, window, cand.start)), "MORE_THAN"
    return None


def _with_mod(cand: Candidate, mod: str):
    def resolve(ctx: Context) -> Resolution | None:
        res = cand.resolve(ctx)
        return replace(res, mod=mod, rule=f"{res.rule}, {mod.lower().replace('_', ' ')}") if res else None
    return resolve
