"""The French pack: values resolved against a reference date, and the explicit registry of parsers."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from service.temporal import annotate, parse_when
from service.temporal.languages.registry import ENGLISH, FRENCH, PACKS, pack_for
from service.temporal.parsers import Parser

REF = date(2024, 2, 16)  # a Friday, ISO week 7


def _one(text: str, reference: date = REF):
    found = [e for e in annotate(text, reference, "fr") if e.type != "DURATION"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Le sommet a eu lieu le 5 février 2023 à Munich.", "le 5 février 2023", "2023-02-05"),
    ("Le 1er janvier 2024, la loi est entrée en vigueur.", "Le 1er janvier 2024", "2024-01-01"),
    ("Il est né le 3 mai 1990.", "le 3 mai 1990", "1990-05-03"),
    ("Le contrat a été signé le 05/02/2023.", "05/02/2023", "2023-02-05"),
    ("Les élections auront lieu en mars 2025.", "mars 2025", "2025-03"),
    ("Le rapport paraîtra en 2026.", "2026", "2026"),
])
def test_explicit_dates(text, span, value):
    expr = _one(text)
    assert (expr.text, expr.value) == (span, value)


def test_relative_days_count_from_the_reference():
    assert _one("Il est arrivé hier.").value == (REF - timedelta(days=1)).isoformat()
    assert _one("Il part demain.").value == (REF + timedelta(days=1)).isoformat()
    assert _one("Aujourd'hui, la bourse a baissé.").value == REF.isoformat()
    assert _one("Le vote a eu lieu avant-hier.").value == (REF - timedelta(days=2)).isoformat()
    assert _one("Il a parlé hier soir.").value == "2024-02-15TEV"


@pytest.mark.parametrize(("text", "value"), [
    ("La réunion aura lieu la semaine prochaine.", "2024-W08"),
    ("Les prix ont baissé la semaine dernière.", "2024-W06"),
    ("Cette semaine, le parlement vote.", "2024-W07"),
    ("Le mois prochain, la loi change.", "2024-03"),
    ("L'an dernier, les ventes ont doublé.", "2023"),
    ("L'année prochaine sera difficile.", "2025"),
])
def test_relative_periods(text, value):
    assert _one(text).value == value


def test_offsets_from_the_reference_and_from_the_last_date():
    assert _one("Il a démissionné il y a trois jours.").value == "2024-02-13"
    assert _one("Le verdict sera rendu dans deux semaines.").value == "2024-W09"
    found = annotate("Le traité a été signé le 3 mai 2010. Deux jours plus tard, il a été ratifié.", REF, "fr")
    assert [e.value for e in found] == ["2010-05-03", "2010-05-05"]


def test_months_need_a_word_that_makes_them_dates():
    expr = _one("Les élections auront lieu en mars.")
    assert (expr.text, expr.value, expr.precision) == ("mars", "2024-03", "month")
    assert _one("Le chantier a commencé en janvier.").value == "2024-01"
    assert _one("Les résultats de mai dernier étaient bons.").value == "2023-05"
    assert annotate("La sonde a photographié la surface de Mars.", REF, "fr") == []


def test_weekdays_follow_their_modifier_and_the_tense():
    assert _one("Le ministre a démissionné lundi dernier.").value == "2024-02-12"
    assert _one("Le ministre a démissionné lundi.").value == "2024-02-12"
    assert _one("Le ministre parlera lundi.").value == "2024-02-19"
    assert _one("La conférence se tiendra samedi prochain.").value == "2024-02-17"


def test_a_month_day_without_year_takes_the_year_the_tense_points_to():
    assert _one("Il a été jugé le 20 décembre.").value == "2023-12-20"
    assert _one("Il sera jugé le 20 décembre.").value == "2024-12-20"


def test_ranges_seasons_parts_and_clock_times():
    expr = _one("Le festival se tiendra du 5 au 7 mars 2024.")
    assert (expr.value, expr.earliest, expr.latest) == ("2024-03-05", date(2024, 3, 5), date(2024, 3, 7))
    expr = _one("De 2019 à 2021, la dette a doublé.")
    assert (expr.text, expr.earliest, expr.latest) == ("2019 à 2021", date(2019, 1, 1), date(2021, 12, 31))
    assert _one("L'usine a fermé l'été dernier.").value == "2023-SU"
    assert _one("Elle rouvrira au printemps 2025.").value == "2025-SP"
    assert annotate("Le pont a été construit en acier.", REF, "fr") == []  # "été" the participle is no summer
    expr = _one("Les travaux reprendront fin mars.")
    assert (expr.text, expr.value, expr.mod) == ("fin mars", "2024-03", "END")
    assert _one("La séance commence lundi à 10h30.").value == "2024-02-19T10:30"


def test_durations():
    found = annotate("Le projet a duré trois ans.", REF, "fr")
    assert [(e.text, e.type, e.value) for e in found] == [("trois ans", "DURATION", "P3Y")]
    assert annotate("L'âge légal passera à 64 ans. Il est âgé de 40 ans.", REF, "fr") == []  # ages
    assert _one_duration("Il a été condamné à deux ans de prison.") == "P2Y"


def _one_duration(text: str) -> str:
    found = annotate(text, REF, "fr")
    assert [e.type for e in found] == ["DURATION"], found
    return found[0].value


def test_the_conditional_looks_ahead():
    assert _one("Le mouvement pourrait reprendre à l'automne.").value == "2024-FA"


def test_french_parsers_have_ids_of_their_own():
    found = annotate("Il est arrivé hier, le 5 février 2023, il y a deux jours.", REF, "fr")
    assert [e.parser for e in found] == ["fr_relative_day", "fr_day_month", "fr_offset"]
    assert all(e.rule.startswith(e.parser + ": ") for e in found)
    assert all(name.startswith("fr_") or name == "iso_date" for name in FRENCH.parser_ids)


def test_parse_when_in_french():
    assert parse_when("hier", REF, "fr").value == "2024-02-15"
    assert parse_when("en mars", REF, "fr").value == "2024-03"
    assert parse_when("le 5 février 2023", REF, "fr").value == "2023-02-05"


def test_the_registry_is_explicit():
    assert set(PACKS) == {"en", "fr"}
    assert pack_for("fr-CA") is FRENCH and pack_for("EN") is ENGLISH and pack_for("de") is None
    assert ENGLISH.parser_ids == (
        "month_day", "day_month", "iso_date", "numeric_date", "month_year", "month_name", "weekday", "year", "decade",
        "century", "season", "quarter", "relative_period", "that_year", "anaphoric_period", "anaphoric_same",
        "anaphoric_weekday", "relative_day", "reference_word", "offset",
        "duration", "recurrence", "clock_time", "holiday", "the_weekend", "trading_session", "abbreviated_year",
        "reference_adjective", "future_phrase")
    # modules of parsers hold parsers, never a list of them that importing would fill: the packs are the lists
    for name in ("parsers", "news_calendar", "references", "french", "anaphora"):
        module = importlib.import_module(f"service.temporal.{name}")
        for value in vars(module).values():
            if isinstance(value, list | tuple | dict | set):
                assert not any(isinstance(item, Parser) for item in value), name


def test_the_language_packs_load_no_web_or_database_stack():
    probe = ("import json, sys; import service.temporal.languages.registry; "
             "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True)
    assert not set(json.loads(done.stdout)) & {"flask", "werkzeug", "sqlalchemy"}
