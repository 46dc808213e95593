"""English words for calendar units, as regex alternations and lookup tables."""

from __future__ import annotations

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


def unit_name(word: str) -> str:
    """Singular unit for a unit word ('centuries' -> 'century')."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def alternation(words: list[str] | set[str] | dict[str, object]) -> str:
    """A regex alternation, longest first so 'sept' wins over 'sep'."""
    return "|".join(sorted((w.replace(".", r"\.").replace(" ", r"\s+") for w in words), key=len, reverse=True))


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
