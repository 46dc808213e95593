"""Which languages have a grammar of their own, and which parsers and refiners each one runs.

The lists are explicit: adding a parser means adding it here, in the place its ties should fall.
"""

from __future__ import annotations

from service.temporal import anaphora, french, news_calendar, parsers, references
from service.temporal.languages import LanguagePack, en, fr
from service.temporal.refiners import refiners_for
from service.temporal.tense import tense_cues

ENGLISH = LanguagePack(
    "en", en,
    parsers=(parsers.month_day, parsers.day_month, parsers.iso_date, parsers.numeric_date, parsers.month_year,
             parsers.month_name, parsers.weekday, parsers.year, parsers.decade, parsers.century, parsers.season,
             parsers.quarter, parsers.relative_period, parsers.that_year, anaphora.anaphoric_period,
             anaphora.anaphoric_same, anaphora.anaphoric_weekday, parsers.relative_day,
             parsers.reference_word, parsers.offset, parsers.duration, parsers.recurrence, parsers.clock_time,
             parsers.holiday, news_calendar.the_weekend, news_calendar.trading_session,
             news_calendar.abbreviated_year, references.reference_adjective, references.future_phrase),
    refiners=refiners_for(en.CONNECTORS),
    tense_cues=tense_cues,
    filler_re=en.FILLER_RE,
)

FRENCH = LanguagePack(
    "fr", fr,
    parsers=(french.fr_day_month, french.fr_numeric_date, parsers.iso_date, french.fr_month_year,
             french.fr_month_name, french.fr_weekday, french.fr_year, french.fr_season, french.fr_relative_period,
             french.fr_relative_day, french.fr_reference_word, french.fr_offset, french.fr_duration,
             french.fr_clock_time),
    refiners=refiners_for(fr.CONNECTORS),
    tense_cues=french.tense_cues,
    filler_re=fr.FILLER_RE,
)

PACKS: dict[str, LanguagePack] = {pack.code: pack for pack in (ENGLISH, FRENCH)}


def pack_for(language: str) -> LanguagePack | None:
    """The pack for a language tag ('en', 'en-GB', 'FR'), or None when the language has none."""
    return PACKS.get(language.split("-")[0].lower())
