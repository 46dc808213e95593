"""English words of the tagger: calendar names, numbers, relative and connecting words, as data.

The English parsers (`parsers.py`, `news_calendar.py`, `references.py`) and the refiners build their
patterns from these; the grammar that orders the words stays with the parsers.
Strings ending in `_RE` are regex pieces (alternations); the rest are plain words and tables.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

from service.temporal.languages import Connectors, alternation

CODE = "en"

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]):
    for _name in _names:
        WEEKDAYS[_name] = _number

# Irregular past forms: a past-tense cue for the tense detector and a verb for event triggers.
IRREGULAR_PAST = frozenset("""
met held took made gave came went saw shot won lost left began spoke sent brought fought bought thought found
kept wrote flew rose fell struck stood became got put set cut hit quit led read ran sold told said paid laid
built broke chose drove ate fled forgot froze grew hung hid knew lent lit meant rode rang sang sank slept slid
spent spun stole stuck swore swept swam taught tore threw understood woke wore wound withdrew overtook undertook
unveiled born known shown given taken seen done gone written begun chosen fallen driven grown thrown broken
spoken stolen forgotten frozen hidden ridden risen beaten eaten sworn torn worn withdrawn""".split())

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a couple of": 2, "a dozen": 12,
}
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "numerous", "multiple")

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1}

# unit -> (TIMEX3 duration letter, whether it is a time-of-day unit)
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "week": ("W", False), "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
         "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False)}
UNIT_FACTORS = {"fortnight": 2, "decade": 10, "century": 100, "quarter": 3}
UNIT_WORDS = ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight",
              "fortnights", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades", "century",
              "centuries")


def unit_name(word: str) -> str:
    """Singular unit for a unit word ('centuries' -> 'century')."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


MONTH_RE = r"(?:" + alternation(MONTHS) + r")\.?"
MONTH_FULL_RE = r"(?:" + alternation([m for m in MONTHS if len(m) > 3 or m == "may"]) + r")"
WEEKDAY_RE = r"(?:" + alternation(WEEKDAYS) + r")"
WEEKDAY_FULL_RE = r"(?:" + alternation([w for w in WEEKDAYS if w.endswith("day")]) + r")"
SEASON_RE = r"(?:" + alternation(SEASONS) + r")"
NUMBER_RE = r"(?:\d{1,3}(?:\.\d+)?|" + alternation(NUMBER_WORDS) + r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))"
UNIT_RE = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
ORDINAL_RE = r"(?:" + alternation(ORDINALS) + r")"


def parse_number(text: str) -> float | None:
    """'two' -> 2, 'twenty-one' -> 21, '3' -> 3; None for vague amounts ('several')."""
    text = " ".join(text.lower().split())
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if "-" in text:
        tens, _, ones = text.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    try:
        return float(text)
    except ValueError:
        return None


# Which way a modifier points: "last May" back, "next May" forward, "this May" the nearest.
BACKWARD = ("last", "past", "previous")
FORWARD = ("next", "coming", "following")
MODIFIER_RE = r"last|next|this|coming|past|previous"  # before a month, weekday or season

# Words that make a bare month name a date ("in March") rather than a verb or a name.
MONTH_CONTEXT_RE = (r"in|since|until|till|by|from|to|through|during|before|after|of|last|next|this|early|late|"
                    r"mid|between|and|or|each|every|around|throughout|on|for|past|coming")
# "February was the wettest on record", "March saw prices rise": a month as the subject of a verb of record.
MONTH_SUBJECT_VERBS_RE = (r"was|is|has\s+been|had\s+been|saw|sees|brought|marked|proved|became|"
                          r"ranks|ranked|ended|started|began")
# "their March figures", "its June meeting": a month between a determiner and a common noun.
DETERMINERS_RE = r"the|its|their|his|her|our|this|that"
# "may" the verb: "may be", "may not", "may well".
MAY_VERB_RE = r"be|have|not|also|well|need|want|soon"
RANGE_SEP_RE = r"-|–|—|to|through|until|and"  # "February 5-6", "5 to 6 February"

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
PART_OF_DAY_RE = r"morning|afternoon|evening|night"

# A capitalised word before a number names it ("Russell 2000") unless it names an event held that year.
EVENT_NOUNS_RE = (r"Conference|Cup|Games|Olympics|Expo|Summit|Championships?|Festival|"
                  r"Awards?|Elections?|Census|Budget|Tour|Open|Series|Congress|Convention|Forum|Show|Fair|"
                  r"Week|Season|Edition|Report|Review|Plan")
CALENDAR_WORDS_RE = (r"Christmas|Easter|"
                     r"Thanksgiving|Halloween|In|Since|By|From|Until|Till|Through|Before|After|During|Around|"
                     r"Of|And|Or|To|The|Early|Late|Mid|Year|Fiscal|Circa|Between|Summer|Winter|Spring|Autumn|"
                     r"Fall")
# Before a four-digit number, these make it a label, not a year ("No. 1999", "Windows 2000").
NUMBER_LABELS_RE = (r"No\.?|number|page|pp?\.|section|chapter|room|flight|route|model|version|Windows|Office|"
                    r"Highway|Interstate|\$|US\$|€|£|#")
STREETS_RE = r"Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Boulevard|Blvd|Lane|Drive|Way"
# After a four-digit number, these make it a count ("1999 passengers").
COUNTED_RE = (r"people|persons|troops|soldiers|students|users|attendees|employees|workers|units|copies|"
              r"songs|km|kilometres|kilometers|miles|meters|metres|feet|tons|tonnes|dollars|euros|votes|points|"
              r"cases|deaths|jobs|members|games|yards|GB|MB|TB|mAh|mm|cm|kg|lb|hp|Hz|MHz|GHz|px")
YEAR_CONTEXT_RE = (r"in|since|by|from|until|till|through|of|during|before|after|around|circa|c\.|"
                   r"year|the|early|late|mid|and|or|to")
YEAR_VERBS_RE = r"was|has|is|sees|marks|proves|looks|seems"
OUTSIDE_YEAR_CONTEXT_RE = r"in|since|by|from|until|before|after|around|circa|c\.|year|of"  # for years outside 1900-2099

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
SEASON_CONTEXT_RE = r"in|during|over|by|until|since|through|this|last|next"  # before "the summer"
QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
RELATIVE_UNITS_RE = r"(?:week|weekend|month|year|decade|century|day)"
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

# Words that point at the present, the past or the future without naming a time (TimeML's *_REF values).
REFERENCES = [
    (r"(?:right\s+)?now|currently|at\s+present|presently|nowadays|at\s+the\s+moment|these\s+days|"
     r"the\s+present(?:\s+day)?|to\s*date", "PRESENT_REF"),
    (r"(?:more\s+|most\s+|very\s+|only\s+|just\s+)?recently|lately|the\s+past(?!\s+(?:[\w-]+\s+)?" + UNIT_RE + r")|in\s+recent\s+(?:years|months|weeks|days|times)|formerly|previously|once\s+upon", "PAST_REF"),
    (r"the\s+(?:near\s+|distant\s+)?future|(?:in\s+the\s+)?coming\s+(?:years|months|weeks|days)|"
     r"the\s+coming\s+(?:decades|centuries)|eventually", "FUTURE_REF"),
]
REFERENCE_WORDS = ["now", "currently", "present", "presently", "nowadays", "moment", "days", "date", "recently",
                   "lately", "past", "recent", "formerly", "previously", "once", "future", "coming", "eventually"]
# "until the present": the noun follows a preposition; elsewhere "the present" is a gift or an adjective
PRESENT_NOUN_AFTER_RE = r"to|until|till|in|into|at|for|from|through|of|and"

OFFSET_DIRECTIONS_RE = r"ago|earlier|later|before|after|from\s+now|hence|prior|since|on"
DURATION_MODIFIERS_RE = r"past|last|next|coming|previous|first|final|following|recent"

SET_UNITS = {"day": "P1D", "night": "XXXX-XX-XXTNI", "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF",
             "evening": "XXXX-XX-XXTEV", "week": "P1W", "weekend": "P1W",
             "month": "P1M", "year": "P1Y", "quarter": "P3M", "hour": "PT1H", "decade": "P10Y"}
FREQUENCY_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
                     "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y", "hourly": "PT1H", "biannual": "P6M",
                     "biennial": "P2Y", "fortnightly": "P2W"}

# TIMEX3 writes a time's zone as an offset from UTC after it: Z for GMT/UTC, -05 for EST
ZONES = {"gmt": "Z", "utc": "Z", "z": "Z", "est": "-05", "edt": "-04", "cst": "-06", "cdt": "-05", "mst": "-07",
         "mdt": "-06", "pst": "-08", "pdt": "-07", "cet": "+01", "cest": "+02", "bst": "+01"}
CLOCK_PREPOSITIONS_RE = r"at|by|until|till|from|before|after|around|about|since|to|of|approximately"
CLOCK_WORDS = {"noon": 12, "midday": 12, "midnight": 0}


def _fixed_holiday(month: int, day_: int) -> Callable[[int], date]:
    return lambda y: date(y, month, day_)


def _thanksgiving(y: int) -> date:
    first = date(y, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# Feasts by name: each maps a year to its day.
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": _fixed_holiday(12, 24), "christmas day": _fixed_holiday(12, 25), "christmas": _fixed_holiday(12, 25),
    "new year's eve": _fixed_holiday(12, 31), "new year's day": _fixed_holiday(1, 1),
    "new year 's day": _fixed_holiday(1, 1), "halloween": _fixed_holiday(10, 31),
    "valentine's day": _fixed_holiday(2, 14), "independence day": _fixed_holiday(7, 4),
    "thanksgiving": _thanksgiving, "easter": easter, "easter sunday": easter,
    "black friday": lambda y: _thanksgiving(y) + timedelta(days=1),
    "cyber monday": lambda y: _thanksgiving(y) + timedelta(days=4),
    "good friday": lambda y: easter(y) - timedelta(days=2), "easter monday": lambda y: easter(y) + timedelta(days=1),
    "boxing day": _fixed_holiday(12, 26),
    "labor day": lambda y: date(y, 9, 1) + timedelta(days=(7 - date(y, 9, 1).weekday()) % 7),
    "memorial day": lambda y: date(y, 5, 31) - timedelta(days=date(y, 5, 31).weekday()),
}
HOLIDAY_TRIGGERS = ["christmas", "new", "halloween", "valentine", "independence", "thanksgiving", "easter", "black",
                    "cyber", "good", "boxing", "labor", "memorial"]

QUARTER_ORDINALS_RE = r"first|1st|second|2nd|third|3rd|fourth|4th"
QUARTER_RELATIVE_RE = r"last|previous|past|next|this|current|coming|final"
QUARTER_TRIGGERS = ["quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"]
# "last week", "earlier this month": the period a modifier picks, and the half of it a side word picks.
PERIOD_SIDES_RE = r"earlier|later"
PERIOD_MODIFIERS_RE = r"last|next|this|coming|previous|current|following"
PERIOD_OFFSETS = {"last": -1, "next": 1, "coming": 1, "this": 0}
RELATIVE_UNIT_TRIGGERS = ["week", "weekend", "month", "year", "decade", "century", "day"]
DAY_WORDS_RE = "|".join(DAY_WORDS)
RELATIVE_DAY_TRIGGERS = [*DAY_WORDS, "morning", "afternoon", "evening", "night", "day"]
# "every week", "twice a month"
EVERY_RE = r"every|each"
TIMES_RE = r"once|twice|thrice|\w+\s+times"
PER_RE = r"a|an|per|every|each"
RECURRENCE_TRIGGERS = ["every", "each", "once", "twice", "thrice", "times", *FREQUENCY_ADVERBS]
CLOCK_WORDS_RE = "|".join(CLOCK_WORDS)

# news_calendar.py: "over the weekend", "in afternoon trading", "since '94"
WEEKEND_PREPOSITIONS_RE = r"over|at|by|during|until|till|through|on|across|for"
TRADING_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "overnight": "NI"}
TRADING_NOUNS_RE = r"trading|trade|deals|dealings|session|business"
SHORT_YEAR_CONTEXT_RE = r"since|in|of|from|by|until|till|before|after|during|around"

# references.py: "the recent sell-off", "the present slowdown", "before long", "in the long run"
REFERENCE_DETERMINERS_RE = r"the|a|an|its|their|his|her|our|this|these|those|most|more|very|fairly|relatively"
NOT_A_NOUN_AFTER_RE = (r"was|is|are|were|has|had|will|would|can|could|may|might|and|or|of|to|from|"
                       r"for|in|on|at|that|which|who")  # after "the present": a noun or a verb follows, not the adjective

# refiners.py and quantifiers.py: ranges, dates with times, "early 2023", "around 2010", "nearly eight months"
CONNECTORS = Connectors(
    range_gap_re=r"-|–|—|to|through|thru|until|till|and",
    range_opener_re=r"from|between",
    range_and="and",
    range_open_end=("until", "till"),
    time_before_date_re=r"on",
    date_before_time_re=r"at",
    week_of_re=r"\b(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+$",
    period_part_re=(r"(?:(?:\b(the)\s+)?\b(early|mid|late)\s*-?\s*|\b(?:the\s+)?(start|beginning|middle|end|close|turn)\s+of\s+"
                    r"(?:the\s+)?)$"),
    part_mods={"early": "START", "start": "START", "beginning": "START", "mid": "MID", "middle": "MID",
               "late": "END", "end": "END", "close": "END", "turn": "END"},
    approx_re=r"around|about|approximately|circa|c\.|roughly|some",
    amount_mods=(
        (r"just\s+under|nearly|almost|under|less\s+than|fewer\s+than|not\s+quite", "LESS_THAN"),
        (r"just\s+over|well\s+over|more\s+than|longer\s+than|upwards\s+of", "MORE_THAN"),
        (r"about|around|approximately|roughly|some|close\s+to|an\s+estimated", "APPROX"),
        (r"at\s+least|no\s+less\s+than|a\s+minimum\s+of", "EQUAL_OR_MORE"),
        (r"up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of", "EQUAL_OR_LESS"),
    ),
    over_re=r"for|in|after|than|of|took|takes|lasted|lasts|spent",
    over_word="over",
    time_approx_re=r"about|around|approximately|roughly",
    year_parsers=frozenset({"year"}),
    approx_parsers=frozenset({"year", "decade", "month_year", "century"}),
    article_parsers=frozenset({"decade", "century"}),
    clock_parsers=frozenset({"clock_time"}),
)

FILLER_RE = r"on|in|at|during|since|by|from|of|the"  # parse_when: "on Saturday" is one date

# anaphora.py: "the following day", "the day before", "later that month", "the following Monday"
ANAPHORIC_STEPS = {"following": 1, "next": 1, "previous": -1, "before": -1, "after": 1}
ANAPHORIC_UNITS_RE = r"day|week|month|year"
ANAPHORIC_SAME_RE = r"that(?:\s+same)?|the\s+(?:very\s+)?same"
# "over the following year", "within the next day": a stretch of time (the duration parser's reading), not a date
ANAPHORIC_SPAN_BEFORE_RE = r"over|for|within|throughout|across"
APPROXIMATE_AFTER_RE = r"or\s+(?:so|two|three)"  # "in the next day or two": a stretch ahead, not a date
# "the day before" ends its clause ("The day before, talks had collapsed"); "the day before the vote" leans on an event
CLAUSE_END_RE = r"[,.;:!?)\"”’—–]|$|(?:and|but|when|while|as|so)\b"
# "that day traders", "that week after week", "the same day as", "the same month last year": no anaphor
NOT_ANAPHORIC_AFTER_RE = (r"care|trader|traders|trading|trip|trips|shift|shifts|job|jobs|labourer|labourers|"
                          r"laborer|laborers|one|after|by|to|out|as|last|next|this|of")
ANAPHORA_TRIGGERS = ["following", "next", "previous", "before", "after", "that", "same"]
