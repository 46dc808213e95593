"""Figures, not happenings: statistics and forecasts of quantities.

An amount produced, earned or reached over a period, a figure that moved over a year or more, and a figure
or amount told ahead are no timeline entries: TimeML would read them as states of the period they cover,
and every gold split's conventions list them as non-events. What is done with an amount, and a figure that
moved on a given day, stay events ("fined 2.3 million pounds", "shares fell 4 percent on Tuesday").
"""

from __future__ import annotations

from datetime import date
from itertools import chain, islice

from service.events.lemmas import base_form
from service.events.lexicon import BEFALLING
from service.events.predicates import eventive_noun
from service.nlp import Parsed, Token

_CHANGING = frozenset("fall rise grow drop increase decrease decline climb slip shrink expand jump".split())
_BY_A_FACTOR = frozenset("halve double triple treble quadruple".split())  # a change that is its own amount


def quantity_forecast(parsed: Parsed, head: Token, earliest: date | None, reference: date,
                      latest: date | None = None) -> bool:
    """A figure said to move by some amount, looking ahead: a forecast of a quantity, no happening (what figures
    did is reported as an event: "shares fell 4 percent on Tuesday")."""
    ahead = earliest is None or earliest >= date(reference.year, 1, 1)
    if earliest is not None and earliest == latest:
        return False  # "will rise by 10 pence to 1.75 pounds on April 6": a change fixed to a day is an act
    if base_form(head) in _FORECASTING and head.tag != "VBD" and ahead and any(
            _amount(parsed, c) for c in parsed.children(head.i, "obj")):
        return True  # "the operator expects 9,000 journeys a day by the end of next year": a figure foreseen
    told_ahead = any(c.lemma.lower() in ("will", "would", "expect", "forecast", "predict", "project", "see")
                     for c in islice(chain(parsed.children(head.i, "aux"), parsed.ancestors(head.i)), 4))
    if base_form(head) in _AMOUNTING and ahead and told_ahead and any(
            _amount(parsed, c) for c in parsed.children(head.i, "obj")):
        return True  # "will affect about 40 flights", "will cost about 30 million pounds", "will employ 22 people"
    return base_form(head) in _CHANGING and _moved_by_an_amount(parsed, head) and ahead and told_ahead


_FORECASTING = frozenset("expect forecast predict project anticipate".split())
# verbs whose amount, told ahead, is a forecast of a quantity
_AMOUNTING = BEFALLING | frozenset({"cost", "employ", "create", "save", "generate", "attract", "draw"})


# verbs whose object, when it is an amount, is a tally over a period: what was produced, earned, lost, drawn
# or reached ("mined 118,000 tonnes of copper", "gathered 2,400 signatures", "lost a tenth of its volume")
_TALLYING = frozenset("""produce generate earn lose gather collect attract draw reach top pass exceed surpass burn sell
screen post record export import harvest handle carry welcome help serve""".split())
_FRACTIONS = frozenset("half third quarter fifth tenth percent per".split())
# Amounts made or shipped, told as done ("shipped 14 million phones last year", "built 184,000 homes in the year")
_MADE = frozenset("ship build deliver make manufacture".split())
# Verbs whose counted subject is a tally of who did it ("120,000 people attended"), no happening of its own
_COUNTED_DOERS = frozenset("attend visit sign use watch".split())


def _amount(parsed: Parsed, noun: Token) -> bool:
    """The noun phrase counts or measures: a number on it ("2,400 signatures", "£40 million"), a number itself,
    or a fraction or share of something ("a tenth of its volume", "94 percent of phones"); not a number of a
    definite set, which picks out who ("reached three of the seven miners")."""
    if parsed.children(noun.i, "nmod:poss") or any(d.text.lower() in ("the", "these", "those")
                                                    for d in parsed.children(noun.i, "det")):
        return False  # "its two hotels in Dublin", "the 40 looms": a set the text picks out, not a count
    if noun.pos == "NUM":
        return not any(d.lemma.lower() == "the" for c in parsed.children(noun.i, "nmod")
                       for d in parsed.children(c.i, "det"))
    if noun.lemma.lower() in _FRACTIONS:  # of something, or counted ("94 percent"), or one ("by a third", "half")
        return bool(parsed.children(noun.i, "nummod")) or noun.lemma.lower() == "half" or any(
            d.text.lower() in ("a", "an", "one") for d in parsed.children(noun.i, "det", "nummod")) or any(
            k.text.lower() == "of" for c in parsed.children(noun.i, "nmod") for k in parsed.children(c.i, "case"))
    return any(c.pos == "NUM" for c in parsed.children(noun.i, "nummod", "compound"))


def tally(parsed: Parsed, head: Token) -> bool:
    """An amount produced, earned, lost or reached: a statistic of a quantity, no happening (TimeML would
    take it for a state of the period it covers; every split's conventions list "generated 6 percent" and
    signature counts as non-events). What is done with an amount is an event: "fined 2.3 million pounds",
    "approved 45 million dollars", "cut 600 jobs"."""
    lemma = base_form(head)
    if lemma in _COUNTED_DOERS and head.tag in ("VBD", "VBN") \
            and any(_amount(parsed, c) for c in parsed.children(head.i) if c.rel == "nsubj"
                    or c.dep.lower() == "obl:agent") \
            and not any(eventive_noun(c) for c in parsed.children(head.i, "obj")):
        # "about 120,000 people attended", "a petition signed by 12,000 people": a count of who did it (but "300
        # parents attended a meeting on Saturday" tells the meeting, which the verb dates)
        return True
    if lemma not in _TALLYING | _MADE or (lemma in _MADE | {"sell"} and head.tag not in ("VBD", "VBN")):
        return False  # ("will sell two tankers in August", "plans to build 240 homes": what is to come is an act)
    # ("lost about a fifth": "about" read as a preposition leaves the amount an oblique)
    rough = [c for c in parsed.children(head.i, "obl")
             if any(k.text.lower() in ("about", "around") for k in parsed.children(c.i, "case"))]
    # ("more than 40 sinkholes have been recorded": the amount, told in the passive, is its subject)
    return any(_amount(parsed, c) for c in [*parsed.children(head.i, "obj", "nsubj:pass"), *rough])


def period_change(parsed: Parsed, head: Token, earliest: date | None, latest: date | None) -> bool:
    """A figure that moved by an amount over a year or more ("grew 4.9 percent in 2021", "fell by 18 percent
    between 2012 and 2016") is a statistic of the period; one that moved on a day or in a month is a market move,
    an event ("shares fell 4 percent on Tuesday")."""
    return base_form(head) in _CHANGING | _BY_A_FACTOR and earliest is not None and latest is not None \
        and (latest - earliest).days >= 364 and _moved_by_an_amount(parsed, head)


def _moved_by_an_amount(parsed: Parsed, head: Token) -> bool:
    if base_form(head) in _BY_A_FACTOR:
        return True  # "letter volumes halved", "trade has more than doubled"
    after = [t.text.lower() for t in parsed.tokens[head.i + 1:head.i + 4]]
    if after[:1] == ["by"] and len(after) == 3 and after[1] in ("a", "one") and after[2] in _FRACTIONS:
        return True  # "fell by a third last year", whatever the parser made of "a third last year"
    # ("fell by a third", "rose to 350,000 dollars": a share or a figure it moved by, to or from)
    return any(c.text.lower() in ("percent", "%", "per") or any(k.text.lower() in ("percent", "%")
                                                                for k in parsed.children(c.i))
               or (c.rel == "obl" and _amount(parsed, c) and any(
                   k.text.lower() in ("by", "to", "from") for k in parsed.children(c.i, "case")))
               for c in parsed.children(head.i) if c.rel in ("obj", "obl", "advmod", "nummod"))
