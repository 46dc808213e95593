"""French parsers and tense cues, built from `languages/fr.py`; the French pack lists them in `languages/registry.py`.

A small grammar for news: dates ("le 5 février 2023", "du 5 au 7 mars"), months ("en mars", "mars
dernier"), weekdays ("lundi dernier"), days ("hier", "avant-hier soir"), periods ("la semaine
prochaine", "l'an dernier"), offsets ("il y a trois jours", "deux ans plus tard"), durations, seasons,
years after a preposition ("en 2023") and clock times ("à 10h30"). Resolution reuses the calendar
rules of the English grammar (`resolve.py`), so both languages read a date alike.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal import resolve as rs
from service.temporal.languages import fr
from service.temporal.model import Candidate, Context, Resolution, Tense
from service.temporal.parsers import clock_on, duration_value, parser

_MODIFIER = r"(" + fr.BACKWARD_RE + "|" + fr.FORWARD_RE + r")"
_CONTEXT = re.compile(r"(?:\b(?:" + fr.MONTH_CONTEXT_RE + r")\s*-?\s*)$", re.IGNORECASE)
_YEAR_CONTEXT = re.compile(r"(?:\b(?:" + fr.YEAR_CONTEXT_RE + r")\s*-?\s*)$", re.IGNORECASE)
_MONTH_TRIGGERS = [m.rstrip(".") for m in fr.MONTHS]
_UNIT_TRIGGERS = list(fr.UNITS)
_AGE = re.compile(r"\b" + fr.AGE_BEFORE_RE, re.IGNORECASE)


def _direction(word: str | None) -> int | None:
    """-1 for "dernier", +1 for "prochain", 0 for "ce", None when nothing points."""
    if not word:
        return None
    word = word.lower()
    if word in fr.BACKWARD:
        return -1
    if word in fr.FORWARD:
        return 1
    return 0 if word in fr.THIS else None


def _month(word: str) -> int:
    return fr.MONTHS[word.lower()]


def _day(text: str) -> int:
    return 1 if text.lower() == "1er" else int(text)


def _number(text: str) -> int | None:
    """'trois' -> 3, '12' -> 12, None for 'quelques'."""
    text = text.lower()
    if text.isdigit():
        return int(text)
    return fr.NUMBER_WORDS.get(text)


def _span(m: re.Match[str], name: str, resolve, kind: str = "date", group: int = 0, **info) -> Candidate:
    start, end = m.span(group)
    return Candidate(start, end, m.string[start:end], name, resolve, kind, info)


def _with_part(res: Resolution, part: str) -> Resolution:
    code = fr.PARTS_OF_DAY[re.sub(r"\s+", "-", part.lower())]
    return Resolution("TIME", f"{res.value}T{code}", res.edtf, res.earliest, res.latest, "part of day",
                      rule=f"{res.rule}, {part.lower()}")


def _anchor_day(ctx: Context) -> tuple[date, str]:
    if ctx.anchor is not None and ctx.anchor.earliest is not None and ctx.anchor.precision == "day":
        return ctx.anchor.earliest, f"the previous date in the text ({ctx.anchor.value})"
    return ctx.reference, f"reference {ctx.reference}"


_DAY = r"(1er|\d{1,2})"


@parser(r"\b(?:(" + fr.WEEKDAY_RE + r")\s+)?(?:le\s+)?(?<![\d.,])" + _DAY + r"(?:\s*(?:au|-|–)\s*" + _DAY + r")?\s+("
        + fr.MONTH_RE + r")(?:\s+(\d{4}))?(?!\w)", triggers=_MONTH_TRIGGERS)
def fr_day_month(text: str, m: re.Match[str]) -> Candidate | None:
    """'le 5 février 2023', '5 févr.', 'lundi 6 mars', 'du 5 au 7 mars 2023' (the days of one month)."""
    first, last = _day(m.group(2)), _day(m.group(3)) if m.group(3) else None
    month, year_text = _month(m.group(4)), m.group(5)
    if not 1 <= first <= 31 or (last is not None and not first < last <= 31):
        return None

    def resolve(ctx: Context) -> Resolution | None:
        if year_text:
            start = cal.day(date(int(year_text), month, first), "day-month (fr), explicit year")
        else:
            start = rs.month_day(month, first, ctx)
        if start is None or last is None:
            return start
        end = cal.day(date(start.earliest.year, month, last), "")
        return cal.interval(start, end, f"day range (fr); {start.rule}")
    return _span(m, "fr_day_month", resolve)


@parser(r"(?<![\w/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\w/]|\.\d)", digits=True)
def fr_numeric_date(text: str, m: re.Match[str]) -> Candidate | None:
    """'05/02/2023', '5.2.2023': French writes the day first."""
    try:
        d = date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    except ValueError:
        return None
    return _span(m, "fr_numeric_date", lambda ctx: cal.day(d, "numeric date (fr), day first"))


@parser(r"\b(" + fr.MONTH_RE + r")\s+(\d{4})(?!\w)", triggers=_MONTH_TRIGGERS)
def fr_month_year(text: str, m: re.Match[str]) -> Candidate | None:
    """'février 2023', 'en mars 2024' (the month, without 'en')."""
    month, year = _month(m.group(1)), int(m.group(2))
    return _span(m, "fr_month_year", lambda ctx: cal.month(year, month, "month and explicit year (fr)"))


@parser(r"\b(" + fr.MONTH_RE + r")(?:\s+" + _MODIFIER + r")?(?!\w)", triggers=_MONTH_TRIGGERS)
def fr_month_name(text: str, m: re.Match[str]) -> Candidate | None:
    """'en mars', 'depuis janvier', 'mars dernier', 'fin mai': a bare month needs a word that makes it a date."""
    word, modifier = m.group(1), m.group(2)
    if word[:1].isupper() and word.lower() == "mars":
        return None  # the planet
    if modifier is None and not _CONTEXT.search(text, max(0, m.start() - 16), m.start()):
        return None
    month, explicit = _month(word), _direction(modifier)
    return _span(m, "fr_month_name", lambda ctx: rs.month_only(month, ctx, explicit))


@parser(r"\b(?:(ce)\s+)?(" + fr.WEEKDAY_RE + r")(?:\s+(" + fr.PART_OF_DAY_RE + r"))?(?:\s+" + _MODIFIER + r")?(?!\w)",
        triggers=list(fr.WEEKDAYS))
def fr_weekday(text: str, m: re.Match[str]) -> Candidate | None:
    """'lundi', 'lundi dernier', 'samedi prochain', 'ce jeudi', 'mardi soir'."""
    index, part = fr.WEEKDAYS[m.group(2).lower()], m.group(3)
    explicit = _direction(m.group(4) or m.group(1))

    def resolve(ctx: Context) -> Resolution:
        res = rs.weekday(index, ctx, explicit)
        return _with_part(res, part) if part else res
    return _span(m, "fr_weekday", resolve, kind="time" if part else "date")


@parser(r"\b(?:(" + fr.DAY_WORDS_RE + r")|(ce|cette)\s+(" + fr.PART_OF_DAY_RE + r"))(?:\s+(" + fr.PART_OF_DAY_RE
        + r"))?(?!\w)", triggers=["aujourd", "hier", "demain", *fr.PARTS_OF_DAY, "midi"])
def fr_relative_day(text: str, m: re.Match[str]) -> Candidate | None:
    """'hier', 'aujourd'hui', 'demain', 'avant-hier', 'hier soir', 'ce matin', 'cette nuit'."""
    if m.group(1):
        offset, part = fr.DAY_WORDS[re.sub(r"\s+", "-", m.group(1).lower())], m.group(4)
    else:
        offset, part = 0, m.group(3)
        if m.group(4):
            return None

    def resolve(ctx: Context) -> Resolution:
        res = cal.day(ctx.reference + timedelta(days=offset), f"day {offset:+d} from reference {ctx.reference}")
        return _with_part(res, part) if part else res
    return _span(m, "fr_relative_day", resolve, kind="time" if part else "date")


@parser(r"\b(?:(cette|ce|cet)\s+(" + fr.PERIOD_RE + r")(?:-ci|-là)?|(?:(?:la|le|l['’])\s*)?(" + fr.PERIOD_RE + r")\s+"
        + _MODIFIER + r")(?!\w)", triggers=list(fr.PERIODS))
def fr_relative_period(text: str, m: re.Match[str]) -> Candidate | None:
    """'la semaine dernière', 'le mois prochain', 'cette année', "l'an dernier", 'ce trimestre'."""
    unit = fr.PERIODS[(m.group(2) or m.group(3)).lower()]
    offset = _direction(m.group(1) or m.group(4)) or 0
    return _span(m, "fr_relative_period", lambda ctx: rs.relative_period(unit, offset, ctx))


@parser(r"\b(?:(" + fr.AGO_RE + r"|" + fr.IN_RE + r")\s+(" + fr.NUMBER_RE + r"|quelques)\s+(" + fr.UNIT_RE + r")|("
        + fr.NUMBER_RE + r")\s+(" + fr.UNIT_RE + r")\s+(" + fr.LATER_RE + r"|" + fr.EARLIER_RE + r"))(?!\w)",
        triggers=_UNIT_TRIGGERS)
def fr_offset(text: str, m: re.Match[str]) -> Candidate | None:
    """'il y a trois jours', 'dans deux semaines' (from the reference); 'deux ans plus tard' (from the last date)."""
    if m.group(1):
        lead, amount_text, unit = m.group(1).lower(), m.group(2), fr.UNITS[m.group(3).lower()]
        sign, anchored = (1 if lead == "dans" else -1), False
    else:
        amount_text, unit, word = m.group(4), fr.UNITS[m.group(5).lower()], m.group(6).lower()
        sign, anchored = (1 if re.fullmatch(fr.LATER_RE, word) else -1), True
    amount = _number(amount_text)

    def resolve(ctx: Context) -> Resolution | None:
        if amount is None:
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Resolution("DATE", value, None, None, None, "open", rule=f"vague offset (fr) '{m.group(0)}'")
        base, why = _anchor_day(ctx) if anchored else (ctx.reference, f"reference {ctx.reference}")
        return rs.shifted(unit, sign * amount, base, f"{amount} {unit}(s) {'before' if sign < 0 else 'after'} {why}")
    return _span(m, "fr_offset", resolve)


@parser(r"\b(" + fr.NUMBER_RE + r")\s+(" + fr.UNIT_RE + r")(?!\w)", triggers=_UNIT_TRIGGERS)
def fr_duration(text: str, m: re.Match[str]) -> Candidate | None:
    """'trois ans', 'pendant deux semaines', '48 heures': an amount of a unit."""
    amount, unit = _number(m.group(1)), fr.UNITS[m.group(2).lower()]
    if amount is None:
        return None
    if unit == "year" and _AGE.search(text, max(0, m.start() - 12), m.start()) and \
            not re.match(r"\s+(?:de|d['’])", text[m.end():m.end() + 4], re.IGNORECASE):
        return None  # "à 64 ans" is an age; "condamné à deux ans de prison" a duration
    value = duration_value(amount, unit)
    return _span(m, "fr_duration", lambda ctx: Resolution("DURATION", value, rule=f"duration of {m.group(0)!r}"),
                 kind="duration")


@parser(r"(?<![\w$€£#.,/:])((?:1[89]|20)\d{2})(?![\w%]|[.,]\d|\s*(?:%|€|euros?\b|dollars?\b))", digits=True)
def fr_year(text: str, m: re.Match[str]) -> Candidate | None:
    """'en 2023', 'depuis 2019', 'de 2019 à 2021': a year after a word that makes it one."""
    if not _YEAR_CONTEXT.search(text, max(0, m.start() - 16), m.start()):
        return None
    year = int(m.group(1))
    return _span(m, "fr_year", lambda ctx: cal.year(year, "explicit year (fr)"))


@parser(r"\b(?:(au|en|cet|cette|ce|l['’]|le)\s*)?(" + fr.SEASON_RE + r")(?:\s+(?:" + _MODIFIER
        + r"|(?:de\s+|d['’])?(\d{4})))?(?!\w)", triggers=[*fr.SEASONS, "printemps"])
def fr_season(text: str, m: re.Match[str]) -> Candidate | None:
    """"l'été dernier", 'au printemps 2023', 'cet hiver', 'en automne': 'a été' is a verb, not summer."""
    lead, word, modifier, year_text = m.group(1), m.group(2), m.group(3), m.group(4)
    if not (lead or modifier or year_text):
        return None
    code = fr.SEASONS[word.lower()]
    start = m.start(2) if lead and lead.lower() in ("au", "en") else m.start()
    explicit = _direction(modifier or lead)

    def resolve(ctx: Context) -> Resolution:
        if year_text:
            return cal.season(int(year_text), code, "season of explicit year (fr)")
        return rs.season(code, ctx, explicit)
    return Candidate(start, m.end(), text[start:m.end()], "fr_season", resolve)


@parser(r"(?<![\w:.])(\d{1,2})\s?h(?:\s?(\d{2}))?(?!\w)", digits=True)
def fr_clock_time(text: str, m: re.Match[str]) -> Candidate | None:
    """'10h30', '15 h', 'à 9h': on the day of a date beside or just before it, else on the reference day."""
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    clock = {"hour": hour, "minute": minute, "second": None, "zone": ""}

    def resolve(ctx: Context) -> Resolution:
        if ctx.nearby_day is not None:
            return clock_on(ctx.nearby_day, clock, f"clock time on the day of the date just before ({ctx.nearby_day})")
        return clock_on(ctx.reference, clock, f"clock time on reference day {ctx.reference}")
    return _span(m, "fr_clock_time", resolve, kind="time", **clock)


_REFS = fr.REFERENCES


@parser(r"\b(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_REFS)) + r")(?!\w)",
        triggers=fr.REFERENCE_TRIGGERS)
def fr_reference_word(text: str, m: re.Match[str]) -> Candidate | None:
    """'actuellement' (PRESENT_REF), 'récemment' (PAST_REF), "à l'avenir" (FUTURE_REF)."""
    value = next(ref for i, (_, ref) in enumerate(_REFS) if m.group(f"r{i}"))

    def resolve(ctx: Context) -> Resolution:
        ref = ctx.reference
        if value == "PRESENT_REF":
            return Resolution("DATE", value, ref.isoformat(), ref, ref, "day", rule=f"the present: reference {ref}")
        if value == "PAST_REF":
            return Resolution("DATE", value, f"../{ref}", None, ref, "open", rule=f"the past: before reference {ref}")
        return Resolution("DATE", value, f"{ref}/..", ref, None, "open", rule=f"the future: after reference {ref}")
    return _span(m, "fr_reference_word", resolve, kind="ref")


_PAST = re.compile(r"\b(?:(?:" + fr.PAST_AUXILIARIES_RE + r")\s+(?:(?:pas|plus|jamais|déjà|bien|encore|notamment)\s+)?"
                   + fr.PARTICIPLE_RE + r"|" + fr.PAST_WORDS_RE + r")\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:" + fr.FUTURE_RE + r")\b", re.IGNORECASE)


def tense_cues(text: str, sentence: tuple[int, int]) -> list[tuple[int, int, Tense]]:
    """French verbal cues of a sentence: the passé composé and the imperfect look back ('a démissionné'),
    the future and 'aller' + infinitive forward ('se tiendra', 'va signer'); a past cue inside a future one
    ('est prévu') is dropped, as in English."""
    start, end = sentence
    cues = [(m.start(), m.end(), Tense.FUTURE) for m in _FUTURE.finditer(text, start, end)]
    future = list(cues)
    for m in _PAST.finditer(text, start, end):
        if not any(a <= m.start() < b for a, b, _ in future):
            cues.append((m.start(), m.end(), Tense.PAST))
    return cues
