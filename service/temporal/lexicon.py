"""English words for calendar units: kept as a name for older importers (the events layer).

The words live in `service/temporal/languages/en.py`, one module per language.
"""

from __future__ import annotations

from service.temporal.languages import alternation
from service.temporal.languages.en import (
    IRREGULAR_PAST,
    MONTH_FULL_RE,
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    NUMBER_WORDS,
    ORDINAL_RE,
    ORDINALS,
    SEASON_RE,
    SEASONS,
    UNIT_FACTORS,
    UNIT_RE,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAY_FULL_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    parse_number,
    unit_name,
)

__all__ = ["IRREGULAR_PAST", "MONTHS", "MONTH_FULL_RE", "MONTH_RE", "NUMBER_RE", "NUMBER_WORDS", "ORDINALS",
           "ORDINAL_RE", "SEASONS", "SEASON_RE", "UNITS", "UNIT_FACTORS", "UNIT_RE", "VAGUE_NUMBERS", "WEEKDAYS",
           "WEEKDAY_FULL_RE", "WEEKDAY_RE", "alternation", "parse_number", "unit_name"]
