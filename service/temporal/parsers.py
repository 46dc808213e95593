"""English parsers: each finds one family of temporal expressions and says how to resolve it.

Their words come from `languages/en.py`; which of them run, and in which order, is the English
pack's list in `languages/registry.py`.

A parser is a pattern plus an `extract` that turns a match into a Candidate, or rejects it when
the words around it show it is not temporal ("may" the verb, "a 60-meter balloon", "5 percent").
Resolution is deferred to a closure so that refiners can supply tense and anchors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal import resolve as rs
from service.temporal.languages import alternation
from service.temporal.languages import en as words
from service.temporal.languages.en import (
    MONTH_FULL_RE,
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    ORDINAL_RE,
    ORDINALS,
    SEASON_RE,
    SEASONS,
    UNIT_FACTORS,
    UNIT_RE,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAY_FULL_RE,
    WEEKDAYS,
    parse_number,
    unit_name,
)
from service.temporal.model import Candidate, Context, Resolution

Extract = Callable[[str, re.Match[str]], "Candidate | None"]


@dataclass(frozen=True)
class Parser:
    """A pattern, the words that must occur in any match of it (its triggers), and an extract.

    Triggers make the tagger fast: the text is tokenised once, and each pattern runs only in
    windows around its trigger words instead of over the whole text.
    """

    name: str
    pattern: re.Pattern[str]
    extract: Extract
    triggers: frozenset[str]
    digits: bool  # any token starting with a digit triggers it

    def find(self, text: str, windows: Iterable[tuple[int, int]] | None = None) -> Iterator[Candidate]:
        for start, end in windows if windows is not None else [(0, len(text))]:
            for match in self.pattern.finditer(text, start, end):
                candidate = self.extract(text, match)
                if candidate is not None:
                    yield candidate


_UNIT_WORDS = words.UNIT_WORDS


def parser(pattern: str, triggers: Iterable[str] = (), digits: bool = False,
           flags: int = re.IGNORECASE) -> Callable[[Extract], Parser]:
    """Turn an extract into a Parser named after it. Nothing is registered: a language pack lists the
    parsers it uses (`languages/registry.py`), so importing a module of parsers changes no global state."""
    def build(extract: Extract) -> Parser:
        words = frozenset(w.lower() for w in triggers)
        return Parser(extract.__name__, re.compile(pattern, flags), extract, words, digits)
    return build


def _candidate(match: re.Match[str], parser_name: str, resolve, kind: str = "date",
               group: int | str = 0, **info) -> Candidate:
    start, end = match.span(group)
    return Candidate(start, end, match.string[start:end], parser_name, resolve, kind, info)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _direction_word(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    if word in words.BACKWARD:
        return -1
    if word in words.FORWARD:
        return 1
    return 0


def _year(text: str) -> int:
    """A year as written: four digits, or two after an apostrophe ("'05")."""
    digits = text.lstrip("'’")
    value = int(digits)
    return value + (2000 if value < 50 else 1900) if len(digits) == 2 else value


# Words that make a bare month name a date ("in March") rather than a verb or a name.
_MONTH_CONTEXT = re.compile(r"(?:\b(?:" + words.MONTH_CONTEXT_RE + r")\s*-?\s*)$", re.IGNORECASE)

# "February was the wettest on record", "March saw prices rise": a month as the subject of a verb of record.
_MONTH_AS_SUBJECT = re.compile(r"\s+(?:" + words.MONTH_SUBJECT_VERBS_RE + r")\b")

# "their March figures", "its June meeting": a month between a determiner and a common noun.
_MONTH_AFTER_DETERMINER = re.compile(r"\b(?:" + words.DETERMINERS_RE + r")\s+$", re.IGNORECASE)

YEAR_TAIL = r"(?:\s*,?\s*(?:of\s+)?(\d{4}|['’]\d{2})(?![\d%]|\s*(?:%|percent)))?"
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
RANGE_SEP = r"\s*(?:" + words.RANGE_SEP_RE + r")\s*"


def _weekday_of(year: int, month: int, day_: int) -> int | None:
    try:
        return date(year, month, day_).weekday()
    except ValueError:
        return None


RELATIVE_YEAR = r"(?:\s+((?-i:last|next|this))\s+year)?"  # "July 6 last year": the day in the year before


def _day_or_range(year_text: str | None, month: int, first: int, last: int | None, rule: str,
                  relative_year: str | None = None, weekday: str | None = None):
    """Resolver for 'February 4', 'February 5-6', '4 Feb. 2023', 'July 6 last year'; None when the day is
    impossible. A weekday given with the day and no year ('Sunday, September 10') picks the year it falls on."""
    explicit_year = _year(year_text) if year_text else None
    offset = {"last": -1, "next": 1, "this": 0}[relative_year.lower()] if relative_year else None
    named_day = WEEKDAYS.get(weekday.lower()) if weekday else None

    def resolve(ctx: Context) -> Resolution | None:
        try:
            fitting = [year for year in (ctx.reference.year - 1, ctx.reference.year, ctx.reference.year + 1)
                       if named_day is not None and _weekday_of(year, month, first) == named_day]
            if explicit_year is not None:
                start = cal.day(date(explicit_year, month, first), f"{rule}, explicit year")
            elif offset is not None:
                start = cal.day(date(ctx.reference.year + offset, month, first),
                                f"{rule}, year {offset:+d} from reference {ctx.reference}")
            elif len(fitting) == 1:
                start = cal.day(date(fitting[0], month, first), f"{rule}, the year it falls on a {weekday}")
            else:
                start = rs.month_day(month, first, ctx)
            if start is None:
                return None
            if last is None:
                return start
            end = cal.day(date(start.earliest.year, month, last), "")
        except ValueError:
            return None
        if end.earliest <= start.earliest:
            return None
        return cal.interval(start, end, f"day range; {start.rule}")
    return resolve


@parser(r"\b(?:(" + WEEKDAY_FULL_RE + r")[^\S\n]*,?[^\S\n]+)?(?:the\s+)?(" + MONTH_RE + r")\s+" + DAY
        + r"(?:" + RANGE_SEP + DAY + r")?(?![\d:])" + YEAR_TAIL + RELATIVE_YEAR + r"\b", triggers=MONTHS)
def month_day(text: str, m: re.Match[str]) -> Candidate | None:
    """'February 4', 'Feb 4th', 'June 8 , 2010', 'February 5-6, 2023', 'Saturday, February 18', 'July 6 last
    year'."""
    month_word, first, last, year_text = m.group(2), int(m.group(3)), m.group(4), m.group(5)
    if not _capitalised(month_word) or not 1 <= first <= 31:
        return None
    last_day = int(last) if last else None
    if last_day is not None and not first < last_day <= 31:
        return None
    resolve = _day_or_range(year_text, _month(month_word), first, last_day, "month-day",
                            None if year_text else m.group(6), m.group(1))
    return _candidate(m, "month_day", resolve)


@parser(r"\b(?:(" + WEEKDAY_FULL_RE + r")[^\S\n]*,?[^\S\n]+)?(?:the\s+)?" + DAY + r"(?:" + RANGE_SEP + DAY
        + r")?\s+(?:of\s+)?(" + MONTH_RE + r")" + YEAR_TAIL + RELATIVE_YEAR + r"\b", triggers=MONTHS)
def day_month(text: str, m: re.Match[str]) -> Candidate | None:
    """'4 February', '4 Feb. 2023', '5 to 6 February', 'the 4th of February'."""
    first, last, month_word, year_text = int(m.group(2)), m.group(3), m.group(4), m.group(5)
    if not _capitalised(month_word) or not 1 <= first <= 31:
        return None
    if text[max(0, m.start() - 1):m.start()] in ("$", "£", "€", "#") or re.match(r"[.,]\d", text[m.start(2) - 2:m.start(2)] or "x"):
        return None
    last_day = int(last) if last else None
    if last_day is not None and not first < last_day <= 31:
        return None
    return _candidate(m, "day_month", _day_or_range(year_text, _month(month_word), first, last_day, "day-month",
                                                    None if year_text else m.group(6), m.group(1)))


@parser(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?(?![\w-])", digits=True)
def iso_date(text: str, m: re.Match[str]) -> Candidate | None:
    """'2023-02-04', '2023-02-04T10:30'."""
    try:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    hour, minute = m.group(4), m.group(5)

    def resolve(ctx: Context) -> Resolution:
        res = cal.day(d, "ISO 8601 date")
        if hour is not None and int(hour) < 24 and int(minute) < 60:
            return Resolution("TIME", f"{d}T{hour}:{minute}", f"{d}T{hour}:{minute}", d, d, "minute",
                              rule="ISO 8601 date and time")
        return res
    return _candidate(m, "iso_date", resolve)


@parser(r"(?<![\w/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|\.\d)", digits=True)
def numeric_date(text: str, m: re.Match[str]) -> Candidate | None:
    """'02/04/2023', '4.2.2023': month/day order from the caller's `day_first` setting."""
    a, b, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
    if m.group(2) == "." and len(year_text) == 2:
        return None  # "3.5.10" is a version number more often than a date
    year = _year(year_text)

    def resolve(ctx: Context) -> Resolution | None:
        day_, month_ = (a, b) if ctx.day_first else (b, a)
        try:
            return cal.day(date(year, month_, day_),
                           f"numeric date, {'day' if ctx.day_first else 'month'} first")
        except ValueError:
            return None
    return _candidate(m, "numeric_date", resolve)


@parser(r"\b(" + MONTH_RE + r")\s*,?\s+(?:of\s+)?(\d{4}|['’]\d{2})(?![\d%]|\s*(?:%|percent))\b", triggers=MONTHS)
def month_year(text: str, m: re.Match[str]) -> Candidate | None:
    """'February 2023', 'Nov. 2023', 'March of 2020'."""
    if not _capitalised(m.group(1)):
        return None
    month_, year = _month(m.group(1)), _year(m.group(2))
    return _candidate(m, "month_year", lambda ctx: cal.month(year, month_, _MONTH_AND_YEAR))


_MONTH_AND_YEAR = "month and explicit year"  # the rule of "March 2019": a month a later "two years later" may carry


@parser(r"\b(?:(" + words.MODIFIER_RE + r")\s+)?(" + MONTH_RE
        + r")(?:\s+((?-i:last|next|this))\s+year)?(?!\s*\d)\b", triggers=MONTHS)
def month_name(text: str, m: re.Match[str]) -> Candidate | None:
    """'in January', 'last November', 'February last year': a month alone needs temporal context."""
    word = m.group(2)
    if not _capitalised(word) or (len(word.rstrip(".")) <= 3 and word.lower().rstrip(".") != "may"):
        return None  # abbreviations alone ("Mar", "Jan") are too often names
    modifier, year_word = m.group(1), m.group(3)
    if modifier is None and not _MONTH_CONTEXT.search(text[max(0, m.start() - 12):m.start()]) and \
            not _MONTH_AS_SUBJECT.match(text, m.end()) and \
            not (_MONTH_AFTER_DETERMINER.search(text[max(0, m.start() - 8):m.start()]) and
                 re.match(r"\s+[a-z]{3,}", text[m.end():m.end() + 8])):
        return None
    if word.lower() == "may" and modifier is None and re.match(r"\s+(?:" + words.MAY_VERB_RE + r")\b",
                                                               text[m.end():m.end() + 8], re.IGNORECASE):
        return None
    month_ = _month(word)
    explicit = _direction_word(modifier)
    year_offset = {"last": -1, "next": 1, "this": 0}.get(year_word.lower()) if year_word else None
    return _candidate(m, "month_name", lambda ctx: rs.month_only(month_, ctx, explicit, year_offset))


@parser(r"\b(?:(" + words.MODIFIER_RE + r")\s+)?(" + WEEKDAY_FULL_RE
        + r")(s)?(?:\s+(" + words.PART_OF_DAY_RE + r"))?\b", triggers=[f"{w}s" for w in WEEKDAYS] + list(WEEKDAYS))
def weekday(text: str, m: re.Match[str]) -> Candidate | None:
    """'on Saturday', 'last Monday', 'Friday morning'; 'on Mondays' is a set."""
    if not _capitalised(m.group(2)):
        return None
    index = WEEKDAYS[m.group(2).lower()]
    explicit = _direction_word(m.group(1))
    part = m.group(4)
    if m.group(3):
        if m.group(1):
            return None
        end = m.end(3)
        return Candidate(m.start(), end, text[m.start():end], "weekday",
                         lambda ctx: Resolution("SET", f"XXXX-WXX-{index + 1}", rule="every weekday"), "set")

    def resolve(ctx: Context) -> Resolution:
        res = rs.weekday(index, ctx, explicit)
        return with_part_of_day(res, part) if part else res
    return _candidate(m, "weekday", resolve, kind="time" if part else "date")


_PART_OF_DAY = words.PARTS_OF_DAY


def with_part_of_day(res: Resolution, part: str) -> Resolution:
    code = _PART_OF_DAY[part.lower()]
    return Resolution("TIME", f"{res.value}T{code}", res.edtf, res.earliest, res.latest, "part of day",
                      rule=f"{res.rule}, {part.lower()}")


# A capitalised word right before a number names it ("Russell 2000") unless it is a calendar or function word,
# or an event, which is named by its year ("Conference 2010", "World Cup 2022").
_NAMED_BY = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:" + words.EVENT_NOUNS_RE + r")\s)[A-Z][a-z]+\s+$")
_CALENDAR_WORD = re.compile(r"\b(?:" + MONTH_RE + r"|" + WEEKDAY_FULL_RE + r"|" + SEASON_RE + r"|"
                            + words.CALENDAR_WORDS_RE + r")\s+$", re.IGNORECASE)


@parser(r"(?<![\w$€£#.,/:])(?:(fiscal(?:\s+year)?\s+|FY\s?)|((?:the\s+)?(?:year|calendar\s+year)\s+))?"
        r"((?:1[0-9]|20)\d{2})(?:\s*(?:-|–|to)\s*(\d{4}|\d{2}))?"
        r"(?![\w%]|\.\d|,\d|-\d|\s*(?:%|percent|per\s*cent))", digits=True)
def year(text: str, m: re.Match[str]) -> Candidate | None:
    """'2023', 'in 1991', 'fiscal 2006', '2019-2021': four-digit years that are not amounts."""
    fiscal, value = m.group(1), int(m.group(3))
    before = text[max(0, m.start() - 12):m.start()]
    if before.endswith("-") and not re.search(r"\b(?:mid|early|late|pre|post)\s*-$", before, re.IGNORECASE):
        return None  # "COVID-2019", "A-2023": part of a name
    after = text[m.end():m.end() + 24]
    if re.search(r"(?:" + words.NUMBER_LABELS_RE + r")\s*$", before, re.IGNORECASE):
        return None
    if not fiscal and not m.group(2) and _NAMED_BY.search(before) and not _CALENDAR_WORD.search(before):
        return None  # "the Russell 2000", "an Airbus 1900": a number that is part of a name
    if re.match(r"\s*(?:[A-Z][a-z]+\s+)?(?:" + words.STREETS_RE + r")\b", after):
        return None
    if re.match(r"\s*(?:" + words.COUNTED_RE + r")\b", after, re.IGNORECASE):
        return None
    temporal_before = re.search(r"\b(?:" + words.YEAR_CONTEXT_RE + r")\s*-?\s*$", before, re.IGNORECASE)
    if not temporal_before and not fiscal and re.match(r"\s+[a-z]+s\b", after) and \
            not re.match(r"\s+(?:" + words.YEAR_VERBS_RE + r")\b", after):
        return None  # "carried 1999 passengers": a count of things
    if not (1900 <= value <= 2099 or fiscal or m.group(2)
            or re.search(r"\b(?:" + words.OUTSIDE_YEAR_CONTEXT_RE + r")\s+$", before, re.IGNORECASE)):
        return None
    end_text = m.group(4)
    if end_text:
        end_year = int(end_text) if len(end_text) == 4 else value // 100 * 100 + int(end_text)
        if not value < end_year <= value + 200 or fiscal:
            return None

        def resolve_range(ctx: Context) -> Resolution:
            return cal.interval(cal.year(value, ""), cal.year(end_year, ""), "year range")
        return _candidate(m, "year", resolve_range)
    if fiscal:
        return _candidate(m, "year", lambda ctx: Resolution("DATE", f"FY{value}", None, None, None, "fiscal year",
                                                            rule="fiscal year: bounds depend on the organisation"))
    start = m.start(2) if m.group(2) else m.start(3)
    return Candidate(start, m.end(3), text[start:m.end(3)], "year", lambda ctx: cal.year(value, "explicit year"))


_DECADE_WORDS = words.DECADE_WORDS


@parser(r"\b(?:the\s+)?(?:(\d{3}0)['’]?s|['’](\d0)['’]?s|(nineteen|twenty)?\s*(" + alternation(_DECADE_WORDS) + r"))(?!\w)", triggers=list(_DECADE_WORDS), digits=True)
def decade(text: str, m: re.Match[str]) -> Candidate | None:
    """'the 1990s', 'the '90s', 'the nineties'."""
    if m.group(1):
        start_year = int(m.group(1))
    elif m.group(2):
        start_year = 1900 + int(m.group(2))
    else:
        if not m.group(0).lower().startswith("the") and not m.group(3):
            return None  # "in their forties" is an age
        century = 2000 if (m.group(3) or "").lower() == "twenty" else 1900
        start_year = century + 10 * _DECADE_WORDS[m.group(4).lower()]
    return _candidate(m, "decade", lambda ctx: cal.decade(start_year, "decade"))


@parser(r"\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(" + ORDINAL_RE + r"))\s+century\b", triggers=["century"])
def century(text: str, m: re.Match[str]) -> Candidate | None:
    """'the 19th century', 'the twenty-first century'."""
    index = int(m.group(1)) if m.group(1) else ORDINALS[m.group(2).lower()]
    if not 1 <= index <= 30:
        return None
    return _candidate(m, "century", lambda ctx: cal.century(index, "ordinal century"))


@parser(r"\b(?:(" + words.MODIFIER_RE + r")\s+|(the)\s+)?(" + SEASON_RE
        + r")(?:\s+(?:of\s+)?(\d{4}))?\b", triggers=SEASONS)
def season(text: str, m: re.Match[str]) -> Candidate | None:
    """'last summer', 'spring 2023', 'in the autumn': seasons need a modifier, a year or 'in the'."""
    modifier, the, word, year_text = m.group(1), m.group(2), m.group(3), m.group(4)
    code = SEASONS[word.lower()]
    before = text[max(0, m.start() - 10):m.start()]
    contextual = the and re.search(r"\b(?:" + words.SEASON_CONTEXT_RE + r")\s+$", before, re.I)
    if not (modifier or year_text or contextual or (word.lower() != "fall" and _MONTH_CONTEXT.search(before))):
        return None
    if year_text:
        return _candidate(m, "season", lambda ctx: cal.season(int(year_text), code, "season of explicit year"))
    explicit = _direction_word(modifier)
    return _candidate(m, "season", lambda ctx: rs.season(code, ctx, explicit))


_QUARTER_WORDS = words.QUARTER_WORDS


@parser(r"\b(?:the\s+)?(?:fiscal\s+)?(?:(" + words.QUARTER_ORDINALS_RE + r")|(" + words.QUARTER_RELATIVE_RE
        + r"))(?:\s+|-)(?:fiscal\s+|calendar\s+)?(quarter|half)(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(\d{4})|"
        r"(this|last|next)\s+year))?\b|\b(Q[1-4]|H[12])\s*(?:of\s+)?(\d{4}|['’]\d{2})?\b", triggers=words.QUARTER_TRIGGERS)
def quarter(text: str, m: re.Match[str]) -> Candidate | None:
    """'the first quarter of 2023', 'last quarter', 'Q1 2023', 'the second half of next year'."""
    if m.group(6):
        unit = "quarter" if m.group(6)[0].upper() == "Q" else "half"
        number, year_text, relative_year, relative = int(m.group(6)[1]), m.group(7), None, None
    else:
        unit = m.group(3).lower()
        number = _QUARTER_WORDS.get((m.group(1) or "").lower())
        year_text, relative_year, relative = m.group(4), m.group(5), m.group(2)
        if unit == "half" and (number is None or number > 2):
            return None
    if relative:
        if relative.lower() == "final":
            return None
        offset = _direction_word(relative) or 0
        if unit == "half":
            return None
        return _candidate(m, "quarter", lambda ctx: rs.relative_period("quarter", offset, ctx))
    if number is None:
        return None
    build = cal.quarter if unit == "quarter" else cal.half

    def resolve(ctx: Context) -> Resolution:
        if year_text:
            y = _year(year_text)
            why = "explicit year"
        else:
            y = ctx.reference.year + ({"last": -1, "next": 1}.get((relative_year or "").lower(), 0))
            why = f"year of reference {ctx.reference}"
        return build(y, number, f"{unit} {number}, {why}")
    return _candidate(m, "quarter", resolve)


_RELATIVE_UNITS = words.RELATIVE_UNITS_RE


@parser(r"\b(?:(" + words.PERIOD_SIDES_RE + r")\s+(this|last|next)|(" + words.PERIOD_MODIFIERS_RE + r")|"
        r"(?<=of\s)(the))\s+(" + _RELATIVE_UNITS + r")\b(?!\s*-)", triggers=words.RELATIVE_UNIT_TRIGGERS)
def relative_period(text: str, m: re.Match[str]) -> Candidate | None:
    """'last week', 'this month', 'next year', 'earlier this month', 'the start of the year'."""
    unit = m.group(5).lower()
    word = (m.group(2) or m.group(3) or "this").lower()
    if word == "the" or word == "current":
        word = "this"
    if unit == "day" and word != "following":
        return None  # "this day" / "next day" read better as anchored expressions
    if word in ("following", "previous") or (unit == "day"):
        step = 1 if word == "following" else -1
        return _anchored(m, unit, step)
    offset = words.PERIOD_OFFSETS[word]
    side = (m.group(1) or "").lower()

    def resolve(ctx: Context) -> Resolution | None:
        if unit == "weekend":
            saturday = ctx.reference + timedelta(days=(5 - ctx.reference.weekday()) % 7 + 7 * offset)
            if offset == 0 or ctx.reference.weekday() >= 5:
                saturday = ctx.reference + timedelta(days=5 - ctx.reference.weekday() + 7 * offset)
            sunday = saturday + timedelta(days=1)
            iso_year, iso_week, _ = saturday.isocalendar()
            return Resolution("DATE", f"{iso_year}-W{iso_week:02d}-WE", f"{saturday}/{sunday}", saturday, sunday,
                              "weekend", rule=f"weekend {offset:+d} from reference {ctx.reference}")
        res = rs.relative_period(unit, offset, ctx)
        if res is None or not side:
            return res
        if offset != 0:  # "later last week": the reference lies outside the period, so cut it in half
            return cal.half_of(res, side, f"{res.rule}, its {'first' if side == 'earlier' else 'second'} half")
        # "earlier this month": the same period, bounded by the reference on one side
        ref = ctx.reference
        if side == "earlier":
            return Resolution(res.type, res.value, res.edtf, res.earliest, min(res.latest, ref), res.precision,
                              None, f"{res.rule}, before the reference")
        return Resolution(res.type, res.value, res.edtf, max(res.earliest, ref), res.latest, res.precision,
                          None, f"{res.rule}, after the reference")
    return _candidate(m, "relative_period", resolve)


@parser(r"\b(?:(?:(earlier|later)\s+)?(that|the\s+same)\s+year|(" + MONTH_RE + r")\s+(?:of\s+)?(that|the\s+same)"
        r"\s+year)\b", triggers=["year"])
def that_year(text: str, m: re.Match[str]) -> Candidate | None:
    """'that year', 'later that year', 'the same year', 'March of that year': the year of the last date the text
    gave (TIMEX3 anchors an anaphoric expression to the time it refers back to, not to the document's date)."""
    month_word, side = m.group(3), (m.group(1) or "").lower()

    def resolve(ctx: Context) -> Resolution | None:
        if ctx.recent is None or ctx.recent.earliest is None:
            return None
        year = ctx.recent.earliest.year
        why = f"the year of the previous date in the text ({ctx.recent.value})"
        if month_word is not None:
            return cal.month(year, _month(month_word), f"month of {why}")
        res = cal.year(year, why)
        return cal.half_of(res, side, f"{why}, its {'first' if side == 'earlier' else 'second'} half") if side \
            else res
    return _candidate(m, "that_year", resolve)


def _anchored(m: re.Match[str], unit: str, step: int) -> Candidate:
    """'previous week', 'following month': from the nearest date that can carry the unit ('the previous year'
    after 'in 2017' is 2016), else as before from the last full date in the text, else the reference."""
    def resolve(ctx: Context) -> Resolution | None:
        found = rs.antecedent(ctx, rs.GRAINS[unit]) if unit in rs.GRAINS else None
        if found is not None and found.earliest is not None:
            base, why = found.earliest, f"the previous date in the text ({found.value})"
        else:
            base, why = _anchor_day(ctx)
        return rs.shifted(unit, step, base, f"{unit} {step:+d} from {why}")
    return _candidate(m, "relative_period", resolve)


def _has_anchor_day(ctx: Context) -> bool:
    return ctx.anchor is not None and ctx.anchor.earliest is not None and ctx.anchor.precision == "day"


def _anchor_day(ctx: Context) -> tuple[date, str]:
    if _has_anchor_day(ctx):
        return ctx.anchor.earliest, f"the previous date in the text ({ctx.anchor.value})"
    return ctx.reference, f"reference {ctx.reference}"


_DAY_WORDS = words.DAY_WORDS


@parser(r"\b(?:(?:earlier|later)\s+(?=today|tonight))?(?:(the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))|"
        r"(" + words.DAY_WORDS_RE + r")|"
        r"(this|last)\s+(" + words.PART_OF_DAY_RE + r"))(?:\s+(" + words.PART_OF_DAY_RE + r"))?(?:'s|\s+'s)?\b", triggers=words.RELATIVE_DAY_TRIGGERS)
def relative_day(text: str, m: re.Match[str]) -> Candidate | None:
    """'today', 'yesterday', 'tomorrow', 'this morning', 'last night', 'yesterday afternoon', 'earlier today'."""
    if m.group(1):
        offset = -2 if "yesterday" in m.group(1).lower() else 2
        part = None
    elif m.group(2):
        word = m.group(2).lower()
        offset = _DAY_WORDS[word]
        part = "tonight" if word == "tonight" else m.group(5)
    else:
        offset = -1 if m.group(3).lower() == "last" else 0
        part = m.group(4)
    end = m.end(5) if m.group(5) else (m.end(4) if m.group(4) else m.end(1) if m.group(1) else m.end(2))

    def resolve(ctx: Context) -> Resolution:
        res = cal.day(ctx.reference + timedelta(days=offset), f"day {offset:+d} from reference {ctx.reference}")
        return with_part_of_day(res, part) if part else res
    return Candidate(m.start(), end, text[m.start():end], "relative_day", resolve, "time" if part else "date")


_REFS = words.REFERENCES
_REF_WORDS = words.REFERENCE_WORDS


@parser(r"\b(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_REFS)) + r")\b", triggers=_REF_WORDS)
def reference_word(text: str, m: re.Match[str]) -> Candidate | None:
    """'now', 'currently' (PRESENT_REF), 'recently' (PAST_REF), 'the future' (FUTURE_REF)."""
    value = next((ref for i, (_, ref) in enumerate(_REFS) if m.group(f"r{i}")), None)
    if value is None or text[m.start() - 1:m.start()] == "-" or text[m.end():m.end() + 1] == "-":
        return None  # "buy-now-pay-later" names a product, not the present
    if m.group(0).lower().replace(" ", "") == "thepresent" and not re.search(
            r"\b(?:" + words.PRESENT_NOUN_AFTER_RE + r")\s+$", text[max(0, m.start() - 8):m.start()], re.I):
        return None  # the noun "the present" follows a preposition ("until the present"); else a gift or an adjective
    if value == "PAST_REF" and m.group(0).lower() in ("previously", "formerly", "once upon"):
        return None  # adverbs of sequence, not references to a time

    def resolve(ctx: Context) -> Resolution:
        ref = ctx.reference
        if value == "PRESENT_REF":
            return Resolution("DATE", value, ref.isoformat(), ref, ref, "day", rule=f"the present: reference {ref}")
        if value == "PAST_REF":
            return Resolution("DATE", value, f"../{ref}", None, ref, "open", rule=f"the past: before reference {ref}")
        return Resolution("DATE", value, f"{ref}/..", ref, None, "open", rule=f"the future: after reference {ref}")
    return _candidate(m, "reference_word", resolve, kind="ref")


_AMOUNT = r"(?:" + NUMBER_RE + r"|" + alternation(VAGUE_NUMBERS) + r")"


@parser(r"\b(" + _AMOUNT + r")[\s-]+(" + UNIT_RE + r")\s+(" + words.OFFSET_DIRECTIONS_RE + r")\b",
        triggers=_UNIT_WORDS)
def offset(text: str, m: re.Match[str]) -> Candidate | None:
    """'two weeks ago', 'three days later', 'a year earlier'; 'five years after X' is a duration."""
    amount_text, unit, direction = m.group(1), unit_name(m.group(2)), m.group(3).lower()
    amount = parse_number(amount_text)
    if direction in ("earlier", "later") and re.match(r"\s+than\b", text[m.end():m.end() + 6], re.I):
        return _duration_candidate(text, m.start(), m.end(2), amount, unit)  # "a year later than planned"
    clause_end = not text[m.end():m.end() + 3].strip()  # "three days before." leans on the previous date
    if direction in ("prior", "since", "on") or (direction in ("before", "after") and not clause_end):
        return _duration_candidate(text, m.start(), m.end(2), amount, unit)
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    anchored = direction in ("earlier", "later", "before", "after")

    def resolve(ctx: Context) -> Resolution | None:
        if amount is None or amount != int(amount):
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Resolution("DATE", value, None, None, None, "open", rule=f"vague offset '{amount_text} {unit}'")
        base, why = _anchor_day(ctx) if anchored else (ctx.reference, f"reference {ctx.reference}")
        steps = sign * int(amount)
        rule = f"{int(amount)} {unit}(s) {'before' if sign < 0 else 'after'}"
        if anchored and unit in ("month", "quarter", "year") and ctx.recent is not None \
                and ctx.recent.earliest is not None and ctx.recent is not ctx.anchor:
            # "profit rose in the third quarter of 2023 ... a year earlier": the last date given, of any grain
            base, why = ctx.recent.earliest, f"the previous date in the text ({ctx.recent.value})"
            if unit == "year" and ctx.recent.rule == _MONTH_AND_YEAR:
                # "opened in March 2019 and closed two years later": the month carries over (2021-03); a month
                # without its year is often a period's end ("the three months to December ... a year earlier")
                return cal.month(base.year + steps, base.month, f"{rule} {why}, its month carried")
        if anchored and unit in ("minute", "hour"):
            return _minutes_on(ctx, steps * (60 if unit == "hour" else 1), rule)
        if anchored and unit in ("week", "fortnight") and _has_anchor_day(ctx):
            # TIMEX3: "a week later" after a day is a day, seven days on, not the week around it
            days = 7 * steps * (2 if unit == "fortnight" else 1)
            return cal.day(base + timedelta(days=days), f"{rule} {why}, to the day")
        return rs.shifted(unit, steps, base, f"{rule} {why}")
    return _candidate(m, "offset", resolve)


def _minutes_on(ctx: Context, minutes: int, rule: str) -> Resolution | None:
    """ "eight minutes later", "two hours later" after a date of the text: the clock moved on from its time
    (TIMEX3 gives the time), or, after a day with no time, that day while fewer than twelve hours pass."""
    last = ctx.recent if ctx.recent is not None and ctx.recent.precision in ("minute", "part of day") else ctx.anchor
    if last is None or last.earliest is None or last.precision not in rs.DAY_GRAINS:
        return None
    why = f"the previous date in the text ({last.value})"
    clock = re.search(r"T(\d\d):(\d\d)", last.value or "")
    if clock is not None:
        total = int(clock.group(1)) * 60 + int(clock.group(2)) + minutes
        day = last.earliest + timedelta(days=total // (24 * 60))
        return clock_on(day, {"hour": total % (24 * 60) // 60, "minute": total % 60},
                        f"{rule} {why}, on the clock")
    if abs(minutes) < 12 * 60:
        return cal.day(last.earliest, f"{rule} {why}, the same day")
    return None


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration for an amount of a unit named in English ("day", "decade"): P3D, P20Y, PT2H."""
    letter, is_time = UNITS[unit]
    if amount is None:
        count = "X"
    else:
        amount *= UNIT_FACTORS.get(unit, 1)
        count = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    if unit in ("decade", "century"):
        letter = "Y"
    if unit == "quarter":
        letter = "M"
    return f"PT{count}{letter}" if is_time else f"P{count}{letter}"


def _duration_candidate(text: str, start: int, end: int, amount: float | None, unit: str) -> Candidate:
    value = duration_value(amount, unit)
    return Candidate(start, end, text[start:end], "duration",
                     lambda ctx: Resolution("DURATION", value, rule=f"duration of {text[start:end]!r}"), "duration")


@parser(r"\b(?:(?:the|a|an)\s+)?(?:(" + words.DURATION_MODIFIERS_RE + r")\s+)?(?:("
        + _AMOUNT + r")[\s-]+)?(" + UNIT_RE + r")(?:[\s-]+(long|old))?\b", triggers=_UNIT_WORDS)
def duration(text: str, m: re.Match[str]) -> Candidate | None:
    """'five years', 'a two-week trip', 'the past three years', 'the next six months', 'decades-long'."""
    modifier, amount_text, unit_word, suffix = m.group(1), m.group(2), m.group(3), m.group(4)
    if suffix and suffix.lower() == "old":
        return None  # an age ("a 40-year-old pilot", "a centuries-old barn") is no temporal expression
    unit = unit_name(unit_word)
    plural = unit_word.lower().endswith("s") or unit_word.lower() == "centuries"
    lead = m.group(0).split()[0].lower()
    if amount_text is None:
        after_verb = plural and re.search(r"\b(?:for|in|over|take|took|takes)\s+$", text[max(0, m.start() - 8):m.start()], re.I)
        if modifier is None and lead not in ("a", "an") and not (plural and suffix) and not after_verb:
            return None  # a bare unit word ("the year", "days") is not a duration by itself
        if modifier and not plural and (lead != "the" or modifier.lower() in ("last", "previous")):
            return None  # "(the) last year", "next month" are dates, found by relative_period
        if modifier is None and lead in ("a", "an") and unit == "second":
            return None
        amount = None if plural else 1.0
    else:
        if unit_word.lower() == "second" and not amount_text[0].isdigit():
            return None  # "a second term"
        amount = parse_number(amount_text)
    if unit == "day" and not plural and modifier is None and lead not in ("a", "an") and amount_text is None:
        return None
    after = text[m.end():m.end() + 12]
    if re.match(r"\s*(?:ago|earlier|later|from now|hence)\b", after, re.I) and \
            not re.match(r"\s*(?:earlier|later)\s+than\b", after, re.I):
        return None  # the offset parser owns these
    start = m.start()
    adjectival = (amount_text is not None and text[m.end(2):m.start(3)] == "-") or bool(suffix)
    if adjectival and modifier is None and lead in ("a", "an", "the"):
        start = m.start(2) if amount_text else m.start(3)  # "a 30-year lease": the article belongs to "lease"
    return _duration_candidate(text, start, m.end(), amount, unit)


_SET_UNITS = words.SET_UNITS
_ADVERBS = words.FREQUENCY_ADVERBS


@parser(r"\b(?:(?:" + words.EVERY_RE + r")\s+(other\s+)?(" + alternation(_SET_UNITS) + r"|" + WEEKDAY_FULL_RE + r"|" + SEASON_RE + r"|" + MONTH_FULL_RE + r"|(" + NUMBER_RE
        + r")\s+(" + UNIT_RE + r"))|(" + alternation(_ADVERBS) + r")|(" + words.TIMES_RE + r")\s+(?:" + words.PER_RE + r")\s+("
        + alternation(_SET_UNITS) + r"))\b", triggers=words.RECURRENCE_TRIGGERS)
def recurrence(text: str, m: re.Match[str]) -> Candidate | None:
    """'every week', 'each Monday', 'annually', 'annual', 'twice a month'."""
    if m.group(5):
        value = _ADVERBS[m.group(5).lower()]
        rule = f"recurring '{m.group(5).lower()}'"
    elif m.group(6):
        value = _SET_UNITS[m.group(7).lower()]
        rule = f"frequency '{m.group(0).lower()}'"
    elif m.group(3):
        amount = parse_number(m.group(3))
        value = duration_value(amount, unit_name(m.group(4)))
        rule = "every N units"
    else:
        word = m.group(2).lower()
        if word in WEEKDAYS:
            value = f"XXXX-WXX-{WEEKDAYS[word] + 1}"
        elif word in SEASONS:
            value = f"XXXX-{SEASONS[word]}"
        elif word in MONTHS:
            value = f"XXXX-{MONTHS[word]:02d}"
        else:
            value = _SET_UNITS[word]
            if m.group(1) and value.startswith("P"):
                value = value.replace("1", "2", 1)
        rule = f"every {word}"
    return _candidate(m, "recurrence", lambda ctx: Resolution("SET", value, rule=rule), kind="set")


ZONES = words.ZONES
_CLOCK_PREPOSITION = re.compile(r"\b(?:" + words.CLOCK_PREPOSITIONS_RE + r")\s+$", re.I)


@parser(r"(?<![\w:.])(?:(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?|(\d{1,2})\s*([ap])\.?\s?m\b\.?|"
        r"(" + words.CLOCK_WORDS_RE + r")|(\d{1,2})\.(\d{2})\s*([ap])\.?\s?m\b\.?)"
        r"(?:\s*(GMT|UTC|[ECMP][SD]T|CES?T|BST|local\s+time)\b)?",
        triggers=list(words.CLOCK_WORDS), digits=True)
def clock_time(text: str, m: re.Match[str]) -> Candidate | None:
    """'10:30 a.m.', '3 p.m.', 'noon', '09:15 GMT', and the British '5.40 a.m.' (a full stop between hour and
    minute, always with a.m. or p.m.: without it "5.40" is a decimal); resolved on the day of a date beside or just
    before it.

    'finished in 2:41:09' (hours, minutes and seconds, no preposition of time before it) is a duration.
    """
    zone_word = m.group(11)
    zone = ZONES.get(zone_word.lower(), "") if zone_word else ""
    second = int(m.group(3)) if m.group(3) else None
    if m.group(1):
        hour, minute, meridian = int(m.group(1)), int(m.group(2)), m.group(4)
        introduced = _CLOCK_PREPOSITION.search(text, max(0, m.start() - 16), m.start())
        if second is not None and meridian is None and not introduced and not zone_word:
            return _clock_duration(text, m, hour, minute, second)
        if meridian is None and not introduced and not zone_word:
            return None  # "2:1" scores, "3:16" verses
    elif m.group(5):
        hour, minute, meridian = int(m.group(5)), 0, m.group(6)
    elif m.group(8):
        hour, minute, meridian = int(m.group(8)), int(m.group(9)), m.group(10)
    else:
        word = m.group(7).lower()
        hour, minute, meridian = words.CLOCK_WORDS[word], 0, None
    if meridian:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridian.lower() == "p" else 0)
    if hour > 23 or minute > 59 or (second or 0) > 59:
        return None
    end = m.end()
    while end > m.start() and text[end - 1].isspace():
        end -= 1
    clock = {"hour": hour, "minute": minute, "second": second, "zone": zone}

    def resolve(ctx: Context) -> Resolution:
        if ctx.nearby_day is not None:
            return clock_on(ctx.nearby_day, clock, f"clock time on the day of the date just before ({ctx.nearby_day})")
        return clock_on(ctx.reference, clock, f"clock time on reference day {ctx.reference}")
    return Candidate(m.start(), end, text[m.start():end], "clock_time", resolve, "time", clock)


def _clock_duration(text: str, m: re.Match[str], hours: int, minutes: int, seconds: int) -> Candidate | None:
    if minutes > 59 or seconds > 59:
        return None
    value = "PT" + "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n) if \
        hours or minutes or seconds else "PT0S"
    start, end = m.start(), m.end(3)
    return Candidate(start, end, text[start:end], "clock_duration",
                     lambda ctx: Resolution("DURATION", value, rule="hours:minutes:seconds of an elapsed time"),
                     "duration")


def clock_value(clock: dict) -> str:
    """'T09:15Z', 'T10:15:30': the time part of a TIMEX3 value."""
    seconds = f":{clock['second']:02d}" if clock.get("second") is not None else ""
    return f"T{clock['hour']:02d}:{clock['minute']:02d}{seconds}{clock.get('zone', '')}"


def clock_on(d: date, clock: dict, rule: str) -> Resolution:
    value = f"{d.isoformat()}{clock_value(clock)}"
    return Resolution("TIME", value, value, d, d, "minute", rule=rule)


_HOLIDAYS = words.HOLIDAYS


@parser(r"\b(" + alternation(_HOLIDAYS).replace("'", "['’]") + r")(?:\s+(\d{4}))?\b", triggers=words.HOLIDAY_TRIGGERS)
def holiday(text: str, m: re.Match[str]) -> Candidate | None:
    """'Christmas', 'Thanksgiving 2022', 'Easter': fixed and movable feasts by the reference year."""
    name = re.sub(r"\s+", " ", m.group(1).lower().replace("’", "'"))
    if not _capitalised(m.group(1)):
        return None
    when = _HOLIDAYS[name]
    year_text = m.group(2)

    def resolve(ctx: Context) -> Resolution:
        if year_text:
            return cal.day(when(int(year_text)), f"holiday {name}, explicit year")
        ref = ctx.reference
        options = [when(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        direction = {"past": -1, "future": 1}.get(ctx.tense.value, 0)
        chosen = rs.pick(options, ref, direction)
        return cal.day(chosen, f"holiday {name}, {ctx.tense.value} tense, relative to reference {ref}")
    return _candidate(m, "holiday", resolve)
