"""French words of the tagger: months, weekdays, relative words, units and connectors, as data.

Read by the French parsers in `service/temporal/french.py`. Unaccented spellings ("fevrier",
"derniere") are listed too: wires and feeds often drop accents.
"""

from __future__ import annotations

from service.temporal.languages import Connectors, alternation

CODE = "fr"

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [("janvier", "janv."), ("février", "fevrier", "févr."), ("mars",), ("avril", "avr."), ("mai",), ("juin",),
     ("juillet", "juil."), ("août", "aout"), ("septembre", "sept."), ("octobre", "oct."), ("novembre", "nov."),
     ("décembre", "decembre", "déc.")], start=1):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}

# "hier", "avant-hier": days counted from the reference
DAY_WORDS = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2,
             "apres-demain": 2}
PARTS_OF_DAY = {"matin": "MO", "après-midi": "AF", "apres-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"}

# a modifier after the noun: "lundi dernier", "la semaine prochaine", "l'été passé"
BACKWARD = ("dernier", "dernière", "derniere", "passé", "passée", "passe", "passee", "précédent", "précédente")
FORWARD = ("prochain", "prochaine", "suivant", "suivante")
THIS = ("ce", "cet", "cette")

SEASONS = {"printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI"}

NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
                "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100}

# unit word -> the unit the resolver knows
UNITS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
         "ans": "year", "année": "year", "années": "year", "annee": "year", "annees": "year", "trimestre": "quarter",
         "trimestres": "quarter", "décennie": "decade", "décennies": "decade", "siècle": "century",
         "siècles": "century", "heure": "hour", "heures": "hour", "minute": "minute", "minutes": "minute"}
# "la semaine dernière", "cette année", "l'an prochain": the period units that take a modifier
PERIODS = {"semaine": "week", "mois": "month", "année": "year", "annee": "year", "an": "year",
           "trimestre": "quarter", "décennie": "decade", "siècle": "century"}


MONTH_RE = r"(?:" + alternation(MONTHS) + r")"
WEEKDAY_RE = r"(?:" + alternation(WEEKDAYS) + r")"
SEASON_RE = r"(?:" + alternation(SEASONS) + r")"
NUMBER_RE = r"(?:\d{1,3}|" + alternation(NUMBER_WORDS) + r")"
UNIT_RE = r"(?:" + alternation(UNITS) + r")"
PERIOD_RE = r"(?:" + alternation(PERIODS) + r")"
BACKWARD_RE = alternation(BACKWARD)
FORWARD_RE = alternation(FORWARD)
DAY_WORDS_RE = alternation(DAY_WORDS).replace("-", r"[\s-]")
PART_OF_DAY_RE = alternation(PARTS_OF_DAY).replace("-", r"[\s-]")

# before a bare month or year, these make it a date: "en mars", "depuis 2019", "jusqu'en mai", "fin mars"
MONTH_CONTEXT_RE = r"en|depuis|dès|des|jusqu['’]en|d['’]ici|avant|après|apres|entre|de|d['’]|début|debut|fin|mi|vers|et|ou|à|a"
YEAR_CONTEXT_RE = MONTH_CONTEXT_RE + r"|l['’]an|année|annee|l['’]année|en\s+l['’]an|au\s+printemps|à\s+l['’]automne"

AGE_BEFORE_RE = r"(?:à|a|âgée?s?\s+de|agée?s?\s+de)\s+$"  # "à 64 ans", "âgé de 40 ans": an age, not a duration

# "il y a trois jours", "dans deux semaines", "trois jours plus tard", "deux ans auparavant"
AGO_RE = r"il\s+y\s+a"
IN_RE = r"dans"
LATER_RE = r"plus\s+tard|après|apres"
EARLIER_RE = r"plus\s+tôt|plus\s+tot|auparavant|avant"

# "actuellement" is the present, "récemment" the past, "à l'avenir" the future (TimeML's *_REF values)
REFERENCES = [(r"actuellement|à\s+présent|a\s+present|de\s+nos\s+jours|en\s+ce\s+moment", "PRESENT_REF"),
              (r"récemment|recemment|dernièrement|dernierement", "PAST_REF"),
              (r"à\s+l['’]avenir|a\s+l['’]avenir|prochainement", "FUTURE_REF")]
REFERENCE_TRIGGERS = ["actuellement", "présent", "present", "jours", "moment", "récemment", "recemment",
                      "dernièrement", "dernierement", "avenir", "prochainement"]

# tense cues: the passé composé and the imperfect look back, the future and "aller + infinitive" forward
PAST_AUXILIARIES_RE = r"a|ont|avait|avaient|est|sont|était|étaient|eut|eurent|fut|furent"
PARTICIPLE_RE = r"\w+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|int|ait)"
PAST_WORDS_RE = r"hier|dernier|dernière|derniere|il\s+y\s+a|auparavant"
FUTURE_RE = (r"(?:va|vont|allait|allaient)\s+\w+(?:er|ir|re)|\w{2,}(?:era|eront|ira|iront|ront)|sera|seront|aura|"
             r"auront|fera|feront|devra|devront|pourra|pourront|demain|prochain|prochaine|prévu|prévue|doit|doivent|"
             r"pourrait|pourraient|devrait|devraient|serait|seraient")  # the conditional of news looks ahead

CONNECTORS = Connectors(
    range_gap_re=r"-|–|—|au|à|a|jusqu['’]au|jusqu['’]à|et",
    range_opener_re=r"du|de|d['’]|depuis|entre",
    range_and="et",
    range_open_end=("jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à"),
    time_before_date_re=r"le|,",
    date_before_time_re=r"à|a|vers",
    period_part_re=r"(?:\b()(mi)\s*-\s*|\b(?:(?:le|la|au|à\s+la)\s+)?(début|debut|milieu|fin)\s+(?:de\s+l['’]|de\s+|d['’]|du\s+)?)$",
    part_mods={"début": "START", "debut": "START", "mi": "MID", "milieu": "MID", "fin": "END"},
    approx_re=r"vers|environ|aux\s+alentours\s+de",
    amount_mods=((r"près\s+de|presque|moins\s+de", "LESS_THAN"), (r"plus\s+de", "MORE_THAN"),
                 (r"environ|quelque", "APPROX"), (r"au\s+moins", "EQUAL_OR_MORE"), (r"jusqu['’]à|au\s+plus", "EQUAL_OR_LESS")),
    over_re=r"(?!x)x",  # French has no "over" that means "more than"
    over_word="au-delà",
    time_approx_re=r"vers|environ",
    year_parsers=frozenset({"fr_year"}),
    approx_parsers=frozenset({"fr_year", "fr_month_year"}),
    article_parsers=frozenset(),
    clock_parsers=frozenset({"fr_clock_time"}),
)

FILLER_RE = r"le|la|l['’]|en|au|à|a|depuis|dès|de|du|d['’]|pour"  # parse_when: "en mars" is one date
