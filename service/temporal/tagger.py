"""The tagger: parsers find candidates, refiners improve them, then each is resolved in context."""

from __future__ import annotations

import re
from datetime import date, datetime

from service.temporal.languages import LanguagePack
from service.temporal.languages.registry import ENGLISH, pack_for
from service.temporal.model import Candidate, Context, Expression, Resolution, Tense
from service.temporal.sentences import Sentences
from service.temporal.tense import tense_at

MAX_TEXT_LENGTH = 5_000_000


def annotate(text: str, reference: date, language: str = "en", *, day_first: bool = False) -> list[Expression]:
    """Every temporal expression in `text`, resolved against `reference` (the publication date).

    A language with a pack (`languages/registry.py`) uses its grammar; other languages go through
    dateparser, which knows their month names and relative words but finds fewer expressions.
    """
    if isinstance(reference, datetime):
        reference = reference.date()
    if not text:
        return []
    if len(text) > MAX_TEXT_LENGTH:
        raise ValueError(f"text longer than {MAX_TEXT_LENGTH} characters")
    pack = pack_for(language)
    if pack is None:
        from service.temporal.foreign import annotate_foreign
        return annotate_foreign(text, reference, language)
    candidates = find_candidates(text, pack)
    for refine in pack.refiners:
        candidates = refine(text, candidates)
    return list(_resolve_in_order(text, candidates, reference, day_first, pack))


_TOKEN = re.compile(r"\w+")
_WINDOW = 48  # characters around a trigger word: longer than any prefix or suffix a pattern allows


def find_candidates(text: str, pack: LanguagePack = ENGLISH) -> list[Candidate]:
    """All the pack's parsers' raw candidates, in text order: each parser runs only around its trigger words."""
    parsers = pack.parsers
    hits: dict[int, list[int]] = {i: [] for i in range(len(parsers))}
    by_word, digit_parsers = pack.by_word, pack.digit_parsers
    for token in _TOKEN.finditer(text):
        word = token.group()
        for index in by_word.get(word.lower(), ()) if not word[0].isdigit() else digit_parsers:
            hits[index].append(token.start())
    found: dict[tuple[int, int, str], Candidate] = {}
    for index, positions in hits.items():
        if positions:
            for cand in parsers[index].find(text, _windows(text, positions)):
                found.setdefault((cand.start, cand.end, cand.parser), cand)
    return sorted(found.values(), key=lambda c: (c.start, -c.end))


def _windows(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """Merged character windows around trigger positions, widened to whitespace so no word is cut."""
    merged: list[tuple[int, int]] = []
    for position in positions:
        start, end = max(0, position - _WINDOW), min(len(text), position + _WINDOW)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    widened = []
    for start, end in merged:
        while end < len(text) and not text[end].isspace():
            end += 1
        widened.append((start, end))
    return widened


def _resolve_in_order(text: str, candidates: list[Candidate], reference: date, day_first: bool,
                      pack: LanguagePack = ENGLISH):
    """Resolve left to right, so that 'three days later' can lean on the last full date before it."""
    sentences = Sentences(text)
    anchor: Resolution | None = None
    recent: Resolution | None = None
    dated: list[tuple[int, Resolution]] = []  # (sentence number, reading) of each dated expression so far
    cues: dict[tuple[int, int], list] = {}
    for cand in candidates:
        sentence = sentences.span(cand.start)
        if sentence not in cues:
            cues[sentence] = pack.tense_cues(text, sentence)
        tense = tense_at(text, cand.start, cand.end, sentence, cues[sentence])
        nearby = _nearby_day(anchor, tense, reference)
        ctx = Context(reference, tense, anchor, day_first, nearby, recent,
                      _discourse(dated, sentences.index(cand.start)))
        res = _resolve(cand, ctx)
        fallback = cand.info.get("fallback")
        if res is None and fallback is not None:
            cand, res = fallback, _resolve(fallback, ctx)  # no antecedent: the reading the span had without one
        if res is None:
            continue
        # (the day of a report, "X said on Monday", is when it was told, not a time the story goes on at: a clock
        # time or "that afternoon" after it belongs to the events told before)
        reported = bool(_REPORT_TIME.search(text, max(0, cand.start - 40), cand.start))
        if res.precision in ("day", "part of day") and res.type in ("DATE", "TIME") and not res.value.endswith("_REF") \
                and not reported:
            anchor = res  # ("will now take place a week later": "now" names no day to count from; "on Friday
            # morning" names that day)
        if res.type in ("DATE", "TIME") and res.earliest is not None and res.precision in _GRAINS:
            recent = res
            if not res.value.endswith("_REF") and not reported:
                dated.append((sentences.index(cand.start), res))
        yield _expression(cand, res, tense.name.lower())


def _resolve(cand: Candidate, ctx: Context) -> Resolution | None:
    try:
        return cand.resolve(ctx)
    except (ValueError, OverflowError):
        return None  # a date outside the calendar ("February 30", year 10000) is no date


# (only the plain verbs of saying: "the recall was announced on 10 October" is a happening the story goes on from)
_REPORT_TIME = re.compile(r"\b(?:said|told|added)\s+(?:\w+\s+){0,2}?on\s+$", re.IGNORECASE)
_DISCOURSE_SENTENCES = 2  # an anaphor looks back over its own sentence and this many before it


def _discourse(dated: list[tuple[int, Resolution]], sentence: int) -> tuple[Resolution, ...]:
    """The dated readings an anaphor in sentence number `sentence` may refer back to, in text order."""
    start = len(dated)
    while start > 0 and dated[start - 1][0] >= sentence - _DISCOURSE_SENTENCES:
        start -= 1
    return tuple(res for _, res in dated[start:])


_GRAINS = frozenset({"day", "part of day", "minute", "week", "weekend", "month", "season", "quarter", "half", "year"})
_NEARBY_DAYS = 7  # a report's clock times fall within a week of its date: older dates are background


def _nearby_day(anchor: Resolution | None, tense: Tense, reference: date) -> date | None:
    """The day a bare clock time is on: the last day the report named, if it lies within a week of the
    reference and on the side the clause's tense points to ("The race started at 7 a.m." after "on Sunday")."""
    if anchor is None or anchor.earliest is None or abs((anchor.earliest - reference).days) > _NEARBY_DAYS:
        return None
    if (tense == Tense.PAST and anchor.earliest > reference) or (tense == Tense.FUTURE and anchor.earliest < reference):
        return None
    return anchor.earliest


def _expression(cand: Candidate, res: Resolution, tense: str | None = None) -> Expression:
    parts: tuple[Expression, ...] = ()
    if res.parts and len(res.parts) == len(cand.info.get("parts", ())):
        parts = tuple(_expression(c, r, tense) for c, r in zip(cand.info["parts"], res.parts, strict=True))
    return Expression(cand.start, cand.end, cand.text, res.type, res.value, res.edtf, res.earliest, res.latest,
                      res.precision, res.mod, f"{cand.parser}: {res.rule}" if res.rule else cand.parser, parts,
                      cand.parser, tense)


def parse_when(when: str, reference: date, language: str = "en", *, day_first: bool = False) -> Expression | None:
    """One free-text date ("last November", "on Saturday") or None when it is not one.

    The whole phrase must be the expression, give or take a leading preposition; otherwise
    dateparser gets a try, with its period read as the precision.
    """
    when = when.strip()
    found = annotate(when, reference, language, day_first=day_first) if when else []
    dated = [e for e in found if e.type in ("DATE", "TIME")]
    filler = (pack_for(language) or ENGLISH).filler  # no pack: dateparser's phrase, read as before
    if len(dated) == 1:
        expr = dated[0]
        if filler.match(when[:expr.start]) and not when[expr.end:].strip(" .,;"):
            return expr
    from service.temporal.foreign import parse_with_dateparser
    return parse_with_dateparser(when, reference, language)
