"""Article -> event mentions, read off the dependency tree.

Each predicate (verb or event noun) that is dated by an expression attached to it, or that has a
named participant, is a mention. One without a date of its own borrows one and says how
(`When.anchored_by`): from the clause it is coordinated with or subordinate to ("syntax"), from a
dated mention of the same happening in the article ("discourse"), else from the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from service.events.dating import dated_word, expression_head
from service.events.lemmas import base_form, verb_lemmas
from service.events.lexicon import (
    CANCELLING,
    COMMITTING,
    EXPECTING,
    FUTURE_AUX,
    HAPPENING,
    NEW_DATE_CASES,
    PHASES,
    PLANNING,
    POSTPONING,
    REFUSING,
    REPORTING,
    REPORTING_WHEN_BARE,
    REQUESTING,
    kinds,
    related,
    same_kind,
)
from service.events.model import EventMention, When
from service.events.names import Coreference, age_description, canonical, chunk_text, name_chunks, overlap
from service.events.orientation import orient, shift_years
from service.events.predicates import (
    CLAUSAL,
    Predicate,
    adjective_complement,
    eventive_noun,
    happening_again,
    infinitive,
    participle_adjuncts,
    particle,
    postpones,
    postpones_pronoun,
    predicates,
    puts_off,
    set_off_participle,
)
from service.events.repairs import ASPECTUAL, repair
from service.events.repairs.common import verb_above
from service.events.status import headline, intended, perfect, scheduled_present, status_of
from service.events.titles import Titler, subject_of
from service.nlp import Parsed, Token
from service.temporal import Expression, annotate

# Expressions that date an event: a calendar period, not a vague reference ("recently") or a span of time.
DATING_PRECISIONS = frozenset({"minute", "part of day", "day", "weekend", "week", "range", "part", "month", "season",
                               "quarter", "half", "year"})
LANGUAGES = frozenset({"en"})  # languages whose event layer exists; others are stored, dated, not extracted
_SYNTAX_LINKS = frozenset({"conj", "advcl", "xcomp"})
_OTHER_TIME = frozenset({"until", "till", "before", "once", "unless", "if"})  # not "after": mostly the same day


def dating(expressions: Iterable[Expression], parsed: Parsed | None = None) -> list[Expression]:
    """Expressions that name a period: not "now" or "recently" (PRESENT_REF, PAST_REF), not a span of time, not a
    weekday that only says which kind of thing a noun is ("scrapping [Saturday] rounds": any Saturday's)."""
    return [e for e in expressions if e.type in ("DATE", "TIME") and e.precision in DATING_PRECISIONS
            and not e.value.endswith("_REF") and not (parsed is not None and _habitual_weekday(parsed, e))]


def _habitual_weekday(parsed: Parsed, expr: Expression) -> bool:
    words = parsed.tokens_in(expr.start, expr.end)
    if len(words) != 1 or words[0].text.lower() not in _WEEKDAY_NAMES or words[0].i + 1 >= len(parsed.tokens):
        return False
    after = parsed.tokens[words[0].i + 1]  # "Saturday rounds", "Sunday papers": a plural noun right after it
    return after.pos == "NOUN" and after.tag == "NNS" and words[0].rel in ("compound", "obj", "nsubj", "nmod")


def extract_mentions(text: str, reference: date, language: str = "en", expressions: list[Expression] | None = None,
                     parsed: Parsed | None = None, reports: bool = False) -> list[EventMention]:
    """The event mentions of one source, in text order. `reports=True` adds verbs of saying ("said"),
    which TimeML counts as events and a timeline does not (the SemEval adapter uses it)."""
    if language not in LANGUAGES:
        return []
    if expressions is None:
        expressions = annotate(text, reference, language)
    if parsed is None:
        from service.nlp import parse

        parsed = parse(text)
    return _Extractor(repair(parsed), expressions, reference, reports).run()


def _own_adjunct(when: When, how: str) -> When:
    """ "was injured when his car crashed on Sunday", "apologised at a news conference on Tuesday": the date sits in
    the clause's own adjunct of time, so it is the event's own date, shown with the words that give it."""
    return replace(when, rule=f"{how}: {when.rule}", anchored_by=None)


class _Extractor:
    def __init__(self, parsed: Parsed, expressions: list[Expression], reference: date, reports: bool = False) -> None:
        self.parsed = parsed
        self.reports = reports
        self.reference = reference
        self.excluded: set[int] = set()
        self.durations = [e for e in expressions if e.type == "DURATION"]
        self.told_plans: set[int] = set()  # nouns that name a plan whose fate another mention carries
        self.movers: set[int] = set()  # verbs that moved a planned happening whose mention carries the new date
        self.year_moves: list[tuple[int, str, int]] = []  # (start, tagger's value, years moved) of dates oriented
        for expr in expressions:
            if not _names_a_thing(parsed, expr):
                self.excluded.update(t.i for t in parsed.tokens_in(expr.start, expr.end))
        self.all_dates: dict[int, list[Expression]] = {}  # every expression dating each word
        self.said_of_a_date: set[int] = set()  # when-clauses on a date ("until June, when he joined")
        self.dates_in_text = dating(expressions, parsed)  # the dates, wherever the parser hung them
        for expr in self.dates_in_text:
            word = dated_word(parsed, expr)
            for clause in _when_clauses(parsed, expr):  # "in March, when they signed a pact": March too
                # (also after "until": "coached the side until June, when he joined the staff")
                self.all_dates.setdefault(clause.i, []).append(expr)
                self.said_of_a_date.add(clause.i)
            if word is not None and _end_point_only(parsed, expr, word):
                continue
            if word is not None:
                self.all_dates.setdefault(word.i, []).append(expr)
            # "won on Saturday, beating the top seed": the adjunct then too (but "said on Monday, citing closer
            # ties": what a report adds is part of the report)
            for adjunct in participle_adjuncts(parsed, word) if word is not None \
                    and base_form(word) not in REPORTING | REPORTING_WHEN_BARE else ():
                if base_form(adjunct) not in _GIVING_REASONS:  # ("delayed it, [blaming] weak demand": a reason given)
                    self.all_dates.setdefault(adjunct.i, []).append(expr)
        for word, found in list(self.all_dates.items()):
            verb = parsed.tokens[word]
            if verb.pos != "VERB" or len(found) < 2:
                continue
            for expr in list(found):
                # "closed 35 stores in 2023 and sold its online business last November": a verb takes one date;
                # a second one after a coordinated verb with none is that verb's (late closure)
                at = parsed.tokens_in(expr.start, expr.end)[0].i
                later = [c for c in parsed.children(word, "conj") if c.pos == "VERB" and word < c.i < at
                         and c.i not in self.all_dates]
                if later and len(found) > 1:
                    found.remove(expr)
                    self.all_dates[later[-1].i] = [expr]
        for word, found in list(self.all_dates.items()):
            governor = parsed.head(word)
            if governor is not None and governor.tag == "VBD" and base_form(governor) in COMMITTING | REFUSING \
                    and infinitive(parsed, parsed.tokens[word]) and governor.i not in self.all_dates \
                    and all(e.latest is not None and e.latest < reference for e in found):
                # "offered to settle last summer": what is committed to lies ahead of the commitment, so a
                # past date after the infinitive is the offer's (late closure put it on the infinitive)
                self.all_dates[governor.i] = self.all_dates.pop(word)
        for word, found in list(self.all_dates.items()):
            noun, up = parsed.tokens[word], parsed.head(word)
            if noun.pos == "NOUN" and up is not None and up.pos == "VERB" and up.i not in self.all_dates and any(
                    c.text.lower() == "during" for c in parsed.children(noun.i, "case")):
                # "cracks found during an inspection last month": what happened during a dated occasion, then
                self.all_dates[up.i] = list(found)
            elif noun.pos == "NOUN" and eventive_noun(noun) and (verb := _occasion_of(parsed, noun)) is not None \
                    and verb.i not in self.all_dates:
                # "chose Ruth Okafor as its candidate at a meeting on Wednesday night", "was chosen in a public vote
                # in May": what is done at or in a dated occasion is done then, wherever the parser hung it
                self.all_dates[verb.i] = list(found)
        for word, found in list(self.all_dates.items()):
            for clause in _at_the_time(parsed, parsed.tokens[word]):
                # "scored twice on Sunday as Rovers won 3-0": a when-, as- or while-clause with no date of its own
                # happened at the time of the clause it hangs on
                if clause.i not in self.all_dates:
                    self.all_dates[clause.i] = list(found)
        # the narrowest one dates it (the first on ties)
        self.dates = {i: min(found, key=_width) for i, found in self.all_dates.items()}
        self._chunks: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence -> its names
        self.coreference = Coreference(parsed)
        self.titler = Titler(parsed, self.excluded, self.coreference)
        self.dated_heads: dict[int, EventMention] = {}
        self.mentioned: set[int] = set()  # heads of predicates kept as mentions so far
        self.last_by_key: dict[str, tuple[int, tuple[str, ...]]] = {}  # predicate -> (token, participants)

    def run(self) -> list[EventMention]:
        dated: list[EventMention] = []
        pending: list[tuple[Predicate, str, list[str], int]] = []
        heads: dict[int, EventMention] = {}
        for start, end in self.parsed.sentences:
            for predicate in [*predicates(self.parsed, start, end, self.reports), *self._commitments(start, end)]:
                mention = self._mention(predicate)
                if mention is None:
                    continue
                if mention.dated:
                    self.mentioned.add(predicate.head)
                    dated.append(mention)
                    heads[predicate.head] = mention
                else:
                    pending.append((predicate, mention.status, list(mention.participants), mention.title_quality))
        for item in self._redated(pending, dated):
            pending.remove(item)
            mention = self._mention(item[0])
            if mention is not None and mention.dated:
                self.mentioned.add(item[0].head)
                dated.append(mention)
                heads[item[0].head] = mention
        self.dated_heads = {**heads, **{self.parsed.tokens_in(m.trigger_start, m.trigger_end)[0].i: m
                                        for m in dated}}
        # the dated mentions by kind of happening, in text order: a pending one looks only at its own kind's
        self.dated_by_kind: dict[str, list[tuple[int, EventMention]]] = {}
        for k, mention in enumerate(dated):
            for kind in kinds(mention.predicate):
                self.dated_by_kind.setdefault(kind, []).append((k, mention))
        anchored = []
        for item in pending:
            mention = self._anchor(*item, heads, dated)
            if mention is not None:
                anchored.append(mention)
                self.mentioned.add(item[0].head)
        kept = [m for m in [*dated, *anchored]
                if (trigger := self.parsed.tokens_in(m.trigger_start, m.trigger_end)[0]).i not in self.told_plans
                and not self._fate_of_a_told_plan(trigger) and trigger.i not in self.movers]
        kept = self._put_off_to_a_date_told_elsewhere(self._without_superseded(kept))
        return sorted(_dedupe(kept), key=lambda m: (m.trigger_start, m.title))

    def _put_off_to_a_date_told_elsewhere(self, mentions: list[EventMention]) -> list[EventMention]:
        """ "Tellaris will switch off its 3G network on Monday ... The shutdown had been scheduled for November 3 but
        was put back": a happening put off with no new date in its own sentence, and the same happening told within
        a few sentences at a later date still to come, are one event: put off to that date. The later mention
        carries it, postponed; the plan that no longer holds is no entry."""
        parsed = self.parsed
        dropped: set[int] = set()
        changed: dict[int, EventMention] = {}
        for k, moved in enumerate(mentions):
            token = parsed.tokens_in(moved.trigger_start, moved.trigger_end)[0]
            start = moved.when.start
            if moved.status != "postponed" or moved.when.anchored_by is not None or moved.when.latest is None \
                    or token.pos != "NOUN" or start is None \
                    or _word_before(parsed.text, start) not in ("for", "on", "in"):
                continue  # (a date "for" which it had been set: the old one; "until"/"to" would be the new one)
            number = parsed.sentence_number(token.i)
            for j, later in enumerate(mentions):
                other = parsed.tokens_in(later.trigger_start, later.trigger_end)[0]
                if j == k or later.status not in ("planned", "expected") or later.when.anchored_by is not None \
                        or later.when.earliest is None or later.when.earliest <= moved.when.latest \
                        or later.when.earliest < self.reference or abs(parsed.sentence_number(other.i) - number) > 4 \
                        or not (related(moved.predicate, later.predicate) or same_kind(moved.predicate,
                                                                                      later.predicate)) \
                        or (moved.participants and later.participants
                            and not set(moved.participants) & set(later.participants)):
                    continue
                changed[j] = replace(later, status="postponed")
                dropped.add(k)
                break
        return [changed.get(j, m) for j, m in enumerate(mentions) if j not in dropped]

    def _commitments(self, start: int, end: int) -> list[Predicate]:
        """ "agreed on Thursday to combine", "voted last week to strike": a dated act of committing, told in the
        past, is an event of its own beside the planned act it commits to; so is a dated request to someone
        ("asked scrutineers on Thursday to check the ballots"), whatever becomes of what was asked, and a dated
        refusal ("the authority refused on Monday to renew its licence"), though what was refused never happens."""
        found = []
        for token in self.parsed.tokens[start:end]:
            lemma = base_form(token)
            if token.pos == "VERB" and (lemma in COMMITTING | REFUSING or (lemma in REQUESTING and self.parsed.children(
                    token.i, "obj"))) and token.i in self.dates \
                    and (token.tag == "VBD" or (token.tag == "VBN" and (perfect(self.parsed, token) or (
                        self.parsed.children(token.i, "nsubj") and not self.parsed.children(token.i, "aux"))))) \
                    and any(infinitive(self.parsed, c) or c.tag == "VBG"  # "proposed scrapping Saturday rounds"
                            for c in self.parsed.children(token.i, "xcomp")) \
                    and not (lemma in REFUSING and any(base_form(c) in REPORTING | {"comment", "speak", "elaborate"}
                                                       for c in self.parsed.children(token.i, "xcomp"))):
                # (but "declined to comment" tells no news: a refusal to speak is the reporting around it)
                found.append(Predicate(token.i, token.i, "verb"))
        return found

    def _without_superseded(self, mentions: list[EventMention]) -> list[EventMention]:
        """ "Ministers had intended to launch it in January, but the launch was pushed back to April": a plan
        told in the past perfect beside the postponement or cancellation of the same happening is the plan that
        no longer holds; the postponed mention tells the event, at its new date."""
        parsed = self.parsed
        moved = [(parsed.sentence_number(parsed.tokens_in(m.trigger_start, m.trigger_end)[0].i), m.predicate)
                 for m in mentions if m.status in ("postponed", "cancelled")]
        moved_things = {parsed.tokens_in(m.trigger_start, m.trigger_end)[0].i for m in mentions
                        if m.status in ("postponed", "cancelled")}
        kept = []
        for mention in mentions:
            token = parsed.tokens_in(mention.trigger_start, mention.trigger_end)[0]
            number = parsed.sentence_number(token.i)
            # (the same happening named by the same word anywhere in the article: "The premiere had been scheduled
            # for Saturday", told two paragraphs after the premiere was put back)
            planner = parsed.head(token.i) if token.pos == "NOUN" else None  # ("the premiere had been scheduled")
            told_plan = _past_perfect_plan(parsed, token) or (
                planner is not None and base_form(planner) in PLANNING and _perfect_in_the_past(parsed, planner))
            if mention.status in ("planned", "expected") and told_plan and (any(
                    (abs(number - n) <= 1 and related(key, mention.predicate)) or key == mention.predicate
                    for n, key in moved)
                    or ((doer := subject_of(parsed, token)) is not None and doer.i in moved_things)):
                continue  # (also "a recording ..., which had been due to begin in April, has been postponed")
            if token.rel == "acl" and base_form(token) in PLANNING and token.head in moved_things:
                continue  # "a night that had been set for February 4 [will now take place on February 11]"
            kept.append(mention)
        return kept

    def _redated(self, pending: list[tuple[Predicate, str, list[str], int]], dated: list[EventMention]
                 ) -> list[tuple[Predicate, str, list[str], int]]:
        """A date the parser hung on a noun that names no entry ("a statement on enforcement on Monday"), or on a
        modifier ("a claim for unpaid [overtime] on Tuesday", the noun read as an adverb), modifies the clause above
        it, as in the usual attachment ambiguity of a prepositional phrase: it goes to the nearest predicate that
        governs the noun and has no date of its own."""
        parsed = self.parsed
        taken = {i for m in dated for i in (parsed.tokens_in(m.trigger_start, m.trigger_end)[0].i,)}
        by_token: dict[int, tuple[Predicate, str, list[str], int]] = {}
        for item in pending:
            by_token.setdefault(item[0].head, item)
            by_token.setdefault(item[0].name, item)
        found = []
        for word, expr in list(self.dates.items()):
            token = parsed.tokens[word]
            date_head = expression_head(parsed, expr)
            # (a noun the tagger read as a modifier: "unpaid overtime" as an adjective heading an adverb)
            modifier = (token.pos == "ADV" and token.rel in ("advmod", "nmod", "obl")) \
                or (token.pos == "ADJ" and token.rel == "nmod")
            if (token.pos != "NOUN" and not modifier) or word in taken or word in self.mentioned or date_head is None \
                    or date_head.rel not in ("nmod", "obl"):
                continue  # "a 2021 complaint": a year before the noun is its name's, and stays there
            for up in parsed.ancestors(word):
                item = by_token.get(up.i)
                if item is not None and item not in found and up.i not in self.dates:
                    self.dates[item[0].head] = expr
                    found.append(item)
                    break
                if up.i in self.dates or up.rel in CLAUSAL or up.pos not in ("NOUN", "PROPN", "ADP"):
                    break  # the first predicate above, within the clause; never one with a date of its own
        return found

    def _mention(self, predicate: Predicate, when: When | None = None,
                 status: str | None = None) -> EventMention | None:
        parsed = self.parsed
        head, name = parsed.tokens[predicate.head], parsed.tokens[predicate.name]
        if head.i in self.excluded or name.i in self.excluded:
            return None
        moved_to = self._new_date(name) or (self._new_date(name, head) if head.i != name.i and head.pos == "VERB"
                                            and postpones_pronoun(parsed, head) else None)
        mover = self._second_verb_that_moves(name) if moved_to is None and predicate.kind == "noun" else None
        if mover is not None:  # "had been planned for January 9 but has been moved to January 20"
            moved_to = self._new_date(name, mover)
            if moved_to is not None:
                self.movers.add(mover.i)  # the moving is told by the happening moved, no entry of its own
        begun = parsed.head(head.i) if head.rel == "xcomp" else None  # "[began] harvesting barley on Monday"
        set_for = self._set_for(head, name) if predicate.kind == "noun" else None
        expr = moved_to or set_for or self.dates.get(head.i) \
            or self.dates.get(name.i) \
            or (self.dates.get(begun.i) if begun is not None and base_form(begun) in ASPECTUAL else None) \
            or self._decision_date(name) \
            or (self._relative_date(name) if predicate.kind == "noun" and (governor := parsed.head(name.i)) is not None
                and (base_form(governor) in CANCELLING | POSTPONING or postpones(parsed, governor)) else None)
        if not self.reports and expr is not None and predicate.kind == "verb" and perfect(parsed, head) \
                and _word_before(parsed.text, expr.start) == "since":
            return None  # "has run the market since 1956": the date begins a state that still holds, nothing
            # happened at it, so no timeline entry; TimeML's view (`reports`) anchors the state at its start, as the
            # SemEval-2015 timelines do ("has been fighting cancer since 2004" at 2004)
        if when is None and expr is not None:
            when = When.of(expr)
            if years := self._antecedent_moved(expr):
                # "tore a muscle on December 20 ... stepped in two days later": counted from a date this layer
                # moved a year, the anaphor moves with it
                when = shift_years(when, years, "as the date it counts from was")
        if status is None and expr is not None and when is not None and when.latest is not None \
                and when.latest < self.reference and scheduled_present(parsed, head):
            # "comes into force on Monday": the present of a timetable speaks of the coming Monday, whatever
            # way the tagger turned an open date
            when = orient(when, expr, "planned", self.reference)
        if status is None:
            status = status_of(parsed, head, name, when.earliest if when else None, when.latest if when else None,
                               self.reference)
        if status is None:
            return None
        if status == "occurred" and expr is not None and when is not None and predicate.kind == "verb" \
                and head.i != name.i and base_form(head) in _ARRANGING and _present_perfect(parsed, head) \
                and expr.text.lower().removeprefix("on ") in _WEEKDAY_NAMES:
            # "have organised a march on Saturday": a present perfect takes no past day of its own (English says
            # "organised it on Saturday"), so the day is the march's, still to come, as arranged
            status, arranged = "planned", True
            when = orient(when, expr, status, self.reference)
        else:
            arranged = False
        if moved_to is not None and mover is not None and status in ("planned", "expected", "occurred"):
            status = "postponed"
        if predicate.kind == "verb" and status == "occurred" and expr is not None and postpones_pronoun(parsed, head) \
                and any(c.text.lower() == "it" for c in parsed.children(head.i, "nsubj", "nsubj:pass")) \
                and self.dates.get(head.i) is expr:
            status = "postponed"  # "[the concert was called off]. It has been moved to November 23": put off
        if status in ("occurred", "expected") and predicate.kind == "verb" and expr is not None \
                and base_form(head) in POSTPONING and not any(c.lemma.lower() in FUTURE_AUX
                                                              for c in parsed.children(head.i, "aux")) \
                and _word_before(parsed.text, expr.start) in ("until", "till", "to"):
            status = "postponed"  # "adjourned the case until March 3": the new date is the case's, put off
        reset = (status == "cancelled" and expr is not None and _set_again(parsed, expr)) or (
            predicate.kind == "noun" and head.i != name.i and expr is not None
            and happening_again(parsed, head) is name)  # "... called off, and it will now take place on October 4"
        if reset:
            status = "postponed"  # "was called off on Wednesday night ... and will now take place on March 21"
        if status == "planned" and predicate.kind == "noun" and head.i != name.i and base_form(head) in _PROPOSING \
                and expr is not None and when is not None and when.latest is not None and when.latest < self.reference \
                and head.tag in ("VBD", "VBN") and not any(c.dep.lower() == "aux" for c in parsed.children(head.i)) \
                and parsed.text[max(0, expr.start - 4):expr.start].strip().lower() in ("in", ""):
            status = "occurred"  # "the line was first proposed in 2011": the proposal is what happened then (a
            # plan "for" a date is the event's own date)
        if status == "cancelled" and predicate.kind == "noun" and name.lemma.lower() in _DROPPED_PLANS \
                and (scrapper := parsed.head(name.i)) is not None and scrapper.tag in ("VBD", "VBN") \
                and expr is not None and not set(parsed.subtree(name.i)) & {t.i for t in parsed.tokens_in(
                    expr.start, expr.end)} and not parsed.children(name.i, "acl:relcl") \
                and not any(a.lemma.lower() in FUTURE_AUX for a in parsed.children(scrapper.i, "aux")):
            # "scrapped plans to sell 12,000 tickets on Tuesday", "scrapped a similar reform in 2014": a plan has
            # no day of its own to be called off at; dropping it is what happened, then
            status = "occurred"
        if status in ("planned", "expected") and (fate := self._plan_fate(head)) is not None:
            status = fate  # "had planned to launch it in April but has put those plans on hold"
        if status in ("planned", "expected") and when is not None and when.earliest is not None \
                and (first := self._plan_now_changed(head)) is not None and first.latest is not None \
                and when.earliest > _nearest_reading(first, when.earliest):
            status = "postponed"  # "had been due to reopen in May but will now reopen in October"
        if status in ("planned", "expected") and when is not None and when.earliest is not None \
                and (plan := self._superseded_plan(head, name)) is not None and plan.latest is not None \
                and when.earliest > _nearest_reading(plan, when.earliest):
            status = "postponed"  # "the festival, originally planned for June, will now take place in September"
        if status == "postponed" and moved_to is None and expr is not None and predicate.kind == "noun" \
                and (halter := parsed.head(name.i)) is not None and base_form(halter) in _HALTING \
                and self.dates.get(halter.i) is expr and _told_in_the_past(parsed, head, name):
            # "ticket sales were suspended on Thursday": a halt of what was under way, dated when it happened
            # (a scheduled event put off keeps "postponed": "a strike due to begin on Friday was suspended")
            status, halted = "occurred", halter
        else:
            halted = None
        if expr is not None and when is not None and when.anchored_by is None:
            # a new date ("adjourned until September") lies ahead of the decision, however it is told
            # (a bare weekday within the coming week may be the past one: "had been due to start on Thursday, but")
            bare_weekday = expr.text.lower() in _WEEKDAY_NAMES and when.earliest is not None \
                and when.earliest - timedelta(days=7) < self.reference
            planner = parsed.head(name.i) if predicate.kind == "noun" else None  # ("the vote had been scheduled")
            superseded = planner is not None and base_form(planner) in PLANNING \
                and _perfect_in_the_past(parsed, planner)
            if status == "planned" and when.latest is not None and (when.latest < self.reference or bare_weekday) \
                    and ((_past_perfect_plan(parsed, head) and _contrasted(parsed, head)) or superseded):
                return None  # "was due to start observing in 2017, but a crack ... forced engineers to": a plan
                # whose day has passed, overturned by what the sentence goes on to say, is no entry; so is one told
                # in the past perfect of arranging ("The premiere had been scheduled for Saturday."), no longer held
            past = moved_to is None and _told_in_the_past(parsed, head, name)
            # ("a walk set for Sunday has been called off": what is called off had been set for a day to come, after
            # the calling off: "a concert planned for Friday was called off on Thursday")
            before = parsed.text[max(0, expr.start - 20):expr.start].lower().split()
            planned_for = status == "cancelled" and before[-1:] == ["for"] and before[-2:-1] \
                and before[-2] in _PLANNED_WORDS
            called = self.dates.get(governor.i) if planned_for and (governor := parsed.head(name.i)) is not None \
                else None
            told = called.earliest if called is not None and called is not expr and called.earliest else self.reference
            when = orient(when, expr, "planned" if planned_for else status, told, past)
            if when.earliest is not None and expr.earliest is not None and when.earliest.year != expr.earliest.year:
                self.year_moves.append((expr.start, expr.value, when.earliest.year - expr.earliest.year))

        phase = predicate.kind == "noun" and head.i != name.i and base_form(head) in PHASES
        if predicate.kind == "noun" and head.text.lower() == "due" and head.pos == "ADJ":
            # "its report is due in the autumn": the thing, and that it is due
            title = self.titler.due_title(name)
        elif predicate.kind == "noun" and head.i != name.i and head.rel == "conj" and any(
                c.text.lower() == "it" for c in parsed.children(head.i, "nsubj")):
            # "the vote was set for Monday, but it was postponed": the noun, and what was done to it
            prt = particle(parsed, head.i)
            verb = head.text.lower() + (f" {parsed.tokens[prt].text.lower()}" if prt is not None else "")
            title = self.titler.noun_then(name, verb)
        elif predicate.kind == "noun" and not phase:
            title = self.titler.noun_title(name, status)
            told_fate = status in ("postponed", "cancelled") and head.text.lower() not in _FATE_WORDS \
                and any(w in title.text.lower().split() for w in _FATE_WORDS)
            if head.i != name.i and not eventive_noun(name) and title.quality >= 2 and not told_fate \
                    and head.text.lower() not in title.text.lower().split():
                # (but "Issue of second set put back" already says what became of it: no "planned" after it)
                # "a new stadium is planned for 2026": the thing is no event, its planning tells what will happen;
                # "a Premier League night will take place on ...": that it happens, told by its clause
                title = replace(self.titler.verb_title(head, name, status), quality=2) \
                    if base_form(head) in HAPPENING else replace(title, text=f"{title.text} {head.text.lower()}")
        else:  # "the consultation closed", "talks will resume": the verb says which part of it happened
            # (the arranging itself is told as done: "Supporters organised march")
            title = self.titler.verb_title(head, name, "occurred" if arranged else status)
        if title.quality < 2 and name.i != head.i:  # "[...] had a rare meeting": the noun names it on its own
            title = max(title, self.titler.noun_title(name, status), key=lambda t: t.quality)
        if title.quality < 2 and intended(parsed, head) and title.text.lower().startswith("to "):
            # "a plan to reduce corporate tax": no doer named, the intention tells whose it is
            title = replace(title, text=f"{parsed.tokens[head.head].text.capitalize()} {title.text[0].lower()}"
                                        f"{title.text[1:]}", quality=2)
        if reset and predicate.kind == "noun":  # called off, then set again: put off, as the title should say
            title = self.titler.noun_then(name, "postponed")
        if halted is not None:  # "Ticket sales for final suspended"
            title = self.titler.noun_then(name, halted.text.lower())
        if (title.quality < 2 or len(title.text.split()) < 2) and predicate.kind == "noun" and head.i != name.i \
                and head.pos == "VERB" and name.rel == "nsubj" and name.i < head.i:
            # "The agreement is due to take effect": a lone noun says which, its verb what befalls it
            title = max(title, self.titler.verb_title(head, name, status), key=lambda t: t.quality)
        if title.quality < 2 or len(title.text.split()) < 2:
            return None  # a lone noun, or a verb without its subject, is no title a reader understands
        if (up := parsed.head(head.i)) is not None and head in participle_adjuncts(parsed, up):
            # "erupted on Saturday, [sending] an ash column": the main clause tells the event, the adjunct
            # elaborates it; merged with it, any other mention's title wins
            title = replace(title, quality=1)
        shown = head if phase else name  # "construction began": the beginning is what is dated
        # the word that carries it: the verb of an event noun ("[held] talks"), or the verb of phase whose
        # complement it is ("[stopped] selling heaters")
        aspect = parsed.head(head.i) if head.rel == "xcomp" else None
        support = head if head.i != shown.i else (
            aspect if aspect is not None and base_form(aspect) in ASPECTUAL else None)
        if support is None and base_form(head) in ASPECTUAL:  # "to [start] cutting rates": what is started
            support = next((c for c in parsed.children(head.i, "xcomp") if c.pos == "VERB"), None)
            following = parsed.tokens[head.i + 1] if head.i + 1 < len(parsed.tokens) else None
            if support is None and following is not None and following.text.endswith("ing") \
                    and verb_lemmas(following.text):
                support = following  # the gerund right after it, however the parser read it
        scope = parsed.head(shown.i) if predicate.kind == "noun" and shown.dep.lower() in ("obj", "nsubj:pass") \
            else None
        if support is None and scope is not None and scope.pos == "VERB" and (
                base_form(scope) in _DECIDING or postpones(parsed, scope)):
            support = scope  # "the race was [cancelled]", "[called] an election": the verb that decides its fate
        start, end = parsed.sentence_of(head.i)
        quote_start, quote_end = _trimmed(parsed, start, end)
        return EventMention(
            title=title.text, status=status, quote=parsed.text[quote_start:quote_end], quote_start=quote_start,
            quote_end=quote_end,
            when=when or When(None, None, None, None, None, "", anchored_by="none"),
            predicate=predicate.key(parsed), trigger=shown.text, trigger_start=shown.start, trigger_end=shown.end,
            participants=self._named(predicate, head, name), actors=tuple(self._actors(head)),
            arguments=tuple(self._arguments(head, name)),
            # a headline is the editors' own title for the event it reports: it wins over ours
            title_quality=title.quality + (1 if title.quality == 3 and headline(parsed, head) else 0),
            support_start=support.start if support is not None else None,
            support_end=support.end if support is not None else None)

    def _set_for(self, head: Token, name: Token) -> Expression | None:
        """What is called off through another word is dated at the day it was set for, not the day of calling it
        off: "had planned a protest on June 26 [and] called it off on Monday"."""
        if head.i == name.i or base_form(head) not in CANCELLING:
            return None
        planner = self.parsed.head(name.i)
        return self.dates.get(name.i) or (self.dates.get(planner.i) if planner is not None and planner.i != head.i
                                          and base_form(planner) in PLANNING else None)

    def _decision_date(self, name: Token) -> Expression | None:
        """Something scheduled is dated by its schedule ("scheduled for 3 June"); something called off or put
        off with no date of its own or a new one by the decision ("talks had been postponed in January" is,
        for a reader, what happened in January)."""
        governor = self.parsed.head(name.i)
        if governor is None or name.rel not in ("obj", "nsubj") or name.pos != "NOUN":
            return None
        # "the visit had been scheduled for 3 June": the planned day is the visit's
        return self.dates.get(governor.i) if base_form(governor) in POSTPONING | CANCELLING | PLANNING | EXPECTING \
            else None  # "expected a hearing in October": the hearing's month

    def _plan_fate(self, head: Token) -> str | None:
        """What became of a plan, told by a second clause on the plan itself: "Welbeck had been due to open a
        centre in August, but the project was scrapped"; "had planned to launch it but has put those plans on
        hold". The second verb cancels or puts off the plan named by a noun of plans or a pronoun."""
        parsed = self.parsed
        plan = parsed.head(head.i) if head.rel in ("xcomp", "advcl") else None
        if any(m.text.lower() in PLANNING for m in parsed.children(head.i, "mark", "advmod")):
            plan = head  # "had been [due] to open", "due" hung on the verb by the parser
        if plan is None and head.rel == "obj" and (governor := parsed.head(head.i)) is not None \
                and base_form(governor) in PLANNING:
            plan = governor  # "had threatened [a strike] on June 20, but they called it off"
        if plan is None or (plan.i != head.i and base_form(plan) not in PLANNING):
            return None
        conjuncts = [c for c in parsed.children(plan.i, "conj") if c.pos == "VERB" and c.i > head.i]
        conjuncts += [c for c in parsed.children(head.i, "conj") if c.pos == "VERB" and c.i > head.i]
        for verb in conjuncts:
            lemma = base_form(verb)
            cancels = lemma in CANCELLING and (lemma != "call" or particle(parsed, verb.i) is not None)
            if not cancels and not postpones(parsed, verb):
                continue
            thing = next((c for c in parsed.children(verb.i, "obj", "nsubj") if c.lemma.lower() in _PLAN_NOUNS
                          or c.pos == "PRON"), None)
            if thing is not None:
                self.told_plans.add(thing.i)  # "the project" names the plan: no entry of its own
                return "cancelled" if cancels else "postponed"
        return None

    def _second_verb_that_moves(self, noun: Token) -> Token | None:
        """The verb of putting off that shares the plan's subject: "a ceremony had been planned for January 9 but
        [has been moved] to January 20" (a coordinated verb with no subject of its own, moved to a time)."""
        plan = self.parsed.head(noun.i)
        if plan is None or noun.dep.lower() not in ("nsubj:pass", "nsubj", "obj") or base_form(plan) not in PLANNING:
            return None
        return next((c for c in self.parsed.children(plan.i, "conj") if c.pos == "VERB" and c.i > noun.i
                     and not self.parsed.children(c.i, "nsubj", "nsubj:pass")
                     and (postpones_pronoun(self.parsed, c) or puts_off(self.parsed, c))),
                    None)

    def _antecedent_moved(self, expr: Expression) -> int:
        """The years this layer moved the date an anaphoric or offset expression was counted from ("the previous
        date in the text (2015-12-20)"), when that date is the last such one before it; else 0."""
        found = _ANTECEDENT.search(expr.rule)
        if found is None:
            return 0
        earlier = [(start, value, years) for start, value, years in self.year_moves if start < expr.start]
        return earlier[-1][2] if earlier and earlier[-1][1] == found.group(1) else 0

    def _fate_of_a_told_plan(self, verb: Token) -> bool:
        """ "but they called [it] off on Thursday": the verb that calls off or puts off a plan whose own mention
        carries that fate (see _plan_fate) is no entry of its own."""
        return verb.pos == "VERB" and any(c.i in self.told_plans for c in self.parsed.children(verb.i, "obj", "nsubj"))

    def _relative_date(self, noun: Token) -> Expression | None:
        """ "A poultry show, which was due to take place on December 4, has been cancelled": a relative clause on an
        event noun put off or called off that says when it was to happen dates the noun itself."""
        parsed = self.parsed
        for clause in parsed.children(noun.i):
            if clause.pos != "VERB" or clause.rel not in ("acl", "advcl") or clause.i < noun.i or not any(
                    c.text.lower() in ("which", "that") and c.rel == "nsubj" for c in parsed.children(clause.i)):
                continue
            if base_form(clause) in HAPPENING | PLANNING and clause.i in self.dates:  # "which had been set for Friday"
                return self.dates[clause.i]
        return None

    def _plan_now_changed(self, head: Token) -> Expression | None:
        """The date of the plan a second clause of the same verb replaces: "had been due to reopen in May [but will
        now reopen] in October" (the first told as a plan in the past, the second joined to it by "but")."""
        parsed = self.parsed
        first = parsed.head(head.i)
        if head.rel != "conj" or first is None or base_form(first) != base_form(head) \
                or not any(c.text.lower() == "but" for c in parsed.children(head.i, "cc")) \
                or not _past_perfect_plan(parsed, first):
            return None
        return self.dates.get(first.i)

    def _superseded_plan(self, head: Token, name: Token) -> Expression | None:
        """The date of a plan the sentence says no longer holds: a participle of planning marked as the original
        one ("originally planned for June", "first scheduled for March 15") on the event or its clause."""
        parsed = self.parsed
        candidates = [*parsed.children(head.i, "advcl"), *parsed.children(name.i, "acl")]
        if (aside := set_off_participle(parsed, name)) is not None:
            candidates.append(aside)
        subject = subject_of(parsed, head) if head.pos == "VERB" else None
        if subject is not None and subject.i != name.i:
            # "Schools, which had been due to reopen on Wednesday, will now reopen on Friday": the plan for the same
            # happening, told in a relative clause on the subject
            candidates += [c for k in parsed.subtree(subject.i) if (c := parsed.tokens[k]).rel == "acl"
                           and c.i < head.i and base_form(c) == base_form(head) and any(
                               m.text.lower() in _PLAN_MARKERS for m in parsed.children(c.i, "mark", "advmod"))]
        for participle in candidates:
            # "originally planned for June"; "a night that had been set for February 4": the past perfect of a
            # relative clause places the plan before a later change, as "originally" does
            same = base_form(participle) == base_form(head) and participle.i != head.i
            if (base_form(participle) not in PLANNING and not same) or not (any(
                    a.text.lower() in _ORIGINALLY for a in parsed.children(participle.i, "advmod"))
                    or (participle.rel == "acl" and _perfect_in_the_past(parsed, participle))):
                continue
            for found in self.all_dates.values():  # the date on the participle, whatever word it was given to
                for expr in found:
                    date_head = expression_head(parsed, expr)
                    if date_head is not None and date_head.head == participle.i:
                        if same:
                            self.told_plans.add(participle.i)  # the plan that no longer holds: no entry of its own
                        return expr
        return None

    def _new_date(self, name: Token, mover: Token | None = None) -> Expression | None:
        """The date something postponed was moved to: "the hearing ... was adjourned until September" (or by
        `mover`, a verb that moves it through "it": "..., but it has been moved to September")."""
        governor = mover or self.parsed.head(name.i)
        if governor is None or (mover is None and (name.rel not in ("obj", "nsubj")
                                                   or not postpones(self.parsed, governor))):
            return None
        # "postponed the launch, planned for March, until the third quarter": "until" is the new date wherever
        # the parser hung it; "for" only on the postponing verb itself ("rescheduled for May")
        candidates = [(expr, NEW_DATE_CASES) for expr in self.all_dates.get(governor.i, [])]
        candidates += [(expr, _UNTIL) for expr in self.all_dates.get(name.i, [])]
        # "postponed its listing, which had been planned for May 29, [until the autumn]": hung on the plan's
        # relative clause, "until" still names the new date (a plan is for a date, not until one)
        candidates += [(expr, _UNTIL) for clause in self.parsed.children(name.i, "acl")
                       for expr in self.all_dates.get(clause.i, [])]
        # "moved [to August 19], organisers said", "postponed last week [until June]": the date right after the
        # verb, or after its own date, wherever the parser hung it
        candidates += [(expr, NEW_DATE_CASES) for expr in self.dates_in_text
                       if 0 < expr.start - governor.end <= 24
                       and self.parsed.text[governor.end:expr.start].split()[-1:] in (["to"], ["until"], ["till"])
                       and all(t.i in self.excluded or t.pos in ("ADP", "ADV", "PART", "SCONJ", "PUNCT")
                               for t in self.parsed.tokens_in(governor.end, expr.start))]
        for expr, cases in candidates:
            head = expression_head(self.parsed, expr)
            case = next((c for c in self.parsed.children(head.i, "case")), None) if head is not None else None
            before = self.parsed.text[max(0, expr.start - 8):expr.start].split()
            word = case.text.lower() if case is not None else (before[-1].lower() if before else "")
            if word in cases:
                return expr
            if expr.parts and len(expr.parts) == 2 and self.parsed.text[expr.parts[0].end:expr.parts[1].start].strip() \
                    in ("to", "until", "till"):
                # "postponed from last weekend to September 16": no period, but the old date and the new one
                return expr.parts[1]
        return None

    def _actors(self, head: Token) -> list[str]:
        parsed = self.parsed
        subject = next((c for c in parsed.children(head.i) if c.dep.lower() in ("nsubj", "obl:agent")), None)
        if subject is None:
            subject = subject_of(parsed, head)
        if subject is None:
            return []
        bare = subject.pos == "PRON" or not parsed.children(subject.i, "amod", "compound", "nmod", "flat")
        if subject.pos in ("PRON", "NOUN") and bare:  # "the company", "it"; not "the central bank"
            resolved = self.coreference.resolve(subject)
            if resolved:
                return [resolved]
        tokens = self._argument_tokens(subject.i)
        return canonical(chunk_text(parsed, c) for c in self._sentence_chunks(subject.i)
                         if any(k in tokens for k in range(c[0], c[1] + 1)))

    def _arguments(self, head: Token, name: Token) -> list[str]:
        """Lemmas of the head nouns it was done to, by or about: objects, passive subjects, subjects, and
        complements with "of", "between", "with", "over", "about", "against", "into", "for" ("talks
        between the diplomats", "handling of the harbour"); not places or times ("in", "on", "at")."""
        parsed = self.parsed
        found: set[str] = set()
        roots = [c for c in parsed.children(head.i) if c.dep.lower() in ("obj", "nsubj:pass", "iobj", "nsubj")
                 or (c.rel in ("obl", "nmod") and self._about(c))]
        if name.i != head.i or name.pos == "NOUN":
            roots += [c for c in parsed.children(name.i) if c.rel in ("nmod", "obl") and self._about(c)]
        for root in roots:
            for k in self._argument_tokens(root.i):
                token = parsed.tokens[k]
                # heads, not their modifiers: "a 60-meter balloon" and "the spy balloon" are one balloon
                core = k == root.i or token.rel == "conj" or (token.rel == "nmod" and self._about(token))
                if token.pos == "NOUN" and k not in self.excluded and k != name.i and core:
                    found.add(token.lemma.lower())
        return sorted(found)

    def _about(self, token: Token) -> bool:
        case = next((c for c in self.parsed.children(token.i, "case")), None)
        return case is not None and case.text.lower() in _ABOUT

    def _named(self, predicate: Predicate, head: Token, name: Token) -> tuple[str, ...]:
        """The participants; "this visit", "the meeting" without names take those of the last mention of
        the same happening a few sentences before (in-article event coreference)."""
        names = tuple(self._participants(head, name))
        key = predicate.key(self.parsed)
        if not names and name.pos == "NOUN" and any(
                c.rel == "det" and c.text.lower() in ("this", "that", "the", "these", "those")
                for c in self.parsed.children(name.i)):
            earlier = self.last_by_key.get(key)
            apart = abs(self.parsed.sentence_number(name.i) - self.parsed.sentence_number(earlier[0])) \
                if earlier is not None else None
            if apart is not None and apart <= 3:
                names = earlier[1]
        if names:
            self.last_by_key[key] = (name.i, names)
        return names

    def _participants(self, head: Token, name: Token) -> list[str]:
        """Names among the predicate's arguments (not inside its clausal complements), pronouns resolved."""
        parsed = self.parsed
        indices: set[int] = set()
        roots = [c for c in parsed.children(head.i) if c.rel not in CLAUSAL and c.rel != "punct"]
        subject = subject_of(parsed, head)
        if subject is not None and subject not in roots:
            roots.append(subject)
        if name.i != head.i:
            roots += [name, *[c for c in parsed.children(name.i) if c.rel not in CLAUSAL]]
        names: list[str] = []
        for root in roots:
            if root.pos == "PRON" or (root.pos == "NOUN" and root.rel == "nsubj") or age_description(parsed, root):
                resolved = self.coreference.resolve(root)
                if resolved:
                    names.append(resolved)
                    if age_description(parsed, root):
                        continue  # "the 22-year-old Ukrainian" is the person named, not a name of its own
            indices.update(self._argument_tokens(root.i))
        if headline(parsed, head):  # a headline is one telegraphic predication: all its names take part
            start, end = parsed.sentence_of(head.i)
            indices.update(range(start, end))
        if not indices:
            return canonical(names)
        for chunk in self._sentence_chunks(head.i):
            if any(k in indices and k not in self.excluded for k in range(chunk[0], chunk[1] + 1)):
                names.append(chunk_text(parsed, chunk))
        return canonical(names)[:8]

    def _sentence_chunks(self, i: int) -> list[tuple[int, int]]:
        """The names of token i's sentence, found over the whole sentence (a name the parser split between
        two arguments is still one name), once per sentence."""
        span = self.parsed.sentence_of(i)
        if span not in self._chunks:
            self._chunks[span] = name_chunks(self.parsed, *span)
        return self._chunks[span]

    def _argument_tokens(self, i: int) -> list[int]:
        """The subtree of an argument without clauses hanging in it."""
        found, stack = [], [i]
        while stack:
            j = stack.pop()
            found.append(j)
            stack.extend(c.i for c in self.parsed.children(j) if c.rel not in CLAUSAL or (c.rel == "conj"
                         and self.parsed.tokens[j].pos in ("PROPN", "NOUN")))
        return found

    def _argument_of_a_mention(self, noun: Token) -> bool:
        governor = self.parsed.head(noun.i)
        return governor is not None and noun.dep.lower() in ("obj", "nsubj:pass") and governor.i in self.mentioned

    def _during(self, head: Token) -> EventMention | None:
        """A dated event the predicate happened during: "during a conference held on Saturday, X met Y"."""
        for child in self.parsed.children(head.i, "obl"):
            cases = {c.text.lower() for c in self.parsed.children(child.i, "case")}
            if cases & _SIMULTANEOUS and child.i in self.dated_heads:
                return self.dated_heads[child.i]
        return None

    def _offset(self, head: Token, heads: dict[int, EventMention], status: str) -> When | None:
        """ "found them on Sunday, [three days after] they set out": a clause placed a measured time before or after
        a dated one is dated by that arithmetic (TimeML: a duration anchored to an event)."""
        parsed = self.parsed
        mark = next((m for m in parsed.children(head.i, "mark") if m.text.lower() in ("after", "before")), None)
        governor = parsed.head(head.i)
        if governor is not None and governor.i not in heads and base_form(governor) in ASPECTUAL:
            # "began [making] cheese in 2016, two years after ...": the phase's happening carries the date
            governor = next((c for c in parsed.children(governor.i, "xcomp") if c.i in heads), governor)
        flip = 1
        if mark is None or governor is None or governor.i not in heads:
            # the other way round: "staged a protest [two days after] the board voted on July 20": the dated clause
            # is the subordinate one, and this one lies the gap after (or before) it
            clause = next((c for c in parsed.children(head.i, "advcl") if c.i in heads and any(
                m.text.lower() in ("after", "before") for m in parsed.children(c.i, "mark"))), None)
            if clause is None:
                return None
            mark = next(m for m in parsed.children(clause.i, "mark") if m.text.lower() in ("after", "before"))
            governor, flip = clause, -1
        source = heads[governor.i]
        gap = next((e for e in self.durations if 0 <= mark.start - e.end <= 1), None)
        found = re.fullmatch(r"P(\d+)([DWMY])", gap.value or "") if gap is not None else None
        if found is None or source.status != status or source.when.earliest is None:
            return None
        amount, unit = int(found.group(1)), found.group(2)
        coarse = {"Y": ("month", "year"), "M": ("month",)}.get(unit, ())
        if source.when.earliest != source.when.latest and source.when.precision not in coarse:
            # from a day, or in whole months or years from a month or a year ("in 2011, a year after": 2010);
            # "in March, two weeks after" says too little to count from
            return None
        sign = (-1 if mark.text.lower() == "after" else 1) * flip
        day = source.when.earliest
        if unit in "DW":
            day = day + timedelta(days=sign * amount * (7 if unit == "W" else 1))
            value, precision, first, last = day.isoformat(), "day", day, day
        elif unit == "M":
            month = day.year * 12 + day.month - 1 + sign * amount
            first = date(month // 12, month % 12 + 1, 1)
            last = date(month // 12 + (month % 12 == 11), (month + 1) % 12 + 1, 1) - timedelta(days=1)
            value, precision = first.isoformat()[:7], "month"
        else:
            first, last = date(day.year + sign * amount, 1, 1), date(day.year + sign * amount, 12, 31)
            value, precision = str(first.year), "year"
        words = parsed.text[gap.start:mark.end]
        how = f"{words}: {gap.value} {'before' if sign < 0 else 'after'} '{source.trigger}' ({source.when.value})"
        return When(value, value, first, last, precision, how, expression=words, start=gap.start, end=mark.end)

    def _shared_trailing_date(self, head: Token, heads: dict[int, EventMention], status: str) -> When | None:
        """ "The panel rejected that explanation and banned her in March": two past verbs of one subject joined by
        "and", the date closing the second, and none on the first: the date closes the joined phrase, both verbs'."""
        parsed = self.parsed
        if head.pos != "VERB" or head.tag != "VBD" or status != "occurred" or parsed.children(head.i, "aux"):
            return None
        for verb in parsed.children(head.i, "conj"):
            if verb.pos != "VERB" or verb.tag != "VBD" or verb.i not in heads or heads[verb.i].status != status \
                    or parsed.children(verb.i, "nsubj", "nsubj:pass", "aux") \
                    or not any(c.text.lower() == "and" for c in parsed.children(verb.i, "cc")):
                continue
            when = heads[verb.i].when
            if when.anchored_by is not None or when.start is None or when.start < verb.end \
                    or when.end is None or not parsed.tokens_in(when.start, when.end) \
                    or parsed.sentence_of(head.i) != parsed.sentence_of(parsed.tokens_in(when.start, when.end)[0].i):
                continue
            return _own_adjunct(when, f"the date closing '{head.text} ... and {verb.text}', shared by both verbs")
        return None

    def _anchor(self, predicate: Predicate, status: str, participants: list[str], quality: int,
                heads: dict[int, EventMention], dated: list[EventMention]) -> EventMention | None:
        """A date for a predicate without one: syntax, then discourse, then the publication date."""
        parsed = self.parsed
        head = parsed.tokens[predicate.head]
        offset = self._offset(head, heads, status)
        if offset is not None:
            return self._mention(predicate, offset, status)
        shared = self._shared_trailing_date(head, heads, status)
        if shared is not None:
            return self._mention(predicate, shared, status)
        governor = head
        # (a clause of another time, "until inspectors finish", "before the vote", takes no date from its governor)
        while governor.rel in _SYNTAX_LINKS and not _reported(parsed, governor) and not (
                governor.rel == "advcl"
                and any(m.text.lower() in _OTHER_TIME for m in parsed.children(governor.i, "mark"))):
            up = parsed.head(governor.i)
            if up is None:
                break
            if up.i in heads and heads[up.i].status == status:
                source = heads[up.i]
                when = source.when.anchored(
                    "syntax", f"the date of '{source.trigger}', the clause it is {governor.rel}-joined to")
                return self._mention(predicate, when, status)
            governor = up
        # "was injured when his engine rolled over on Sunday"; "killed three people and left 40,000 homes without
        # power as it swept across England on Friday": a closing when-clause says when both verbs happened
        sharing = [c for c in parsed.children(head.i, "conj") if c.pos == "VERB" and not parsed.children(c.i, "nsubj")]
        for clause in [*parsed.children(head.i, "advcl"), *(a for c in sharing for a in parsed.children(c.i, "advcl")
                                                             if a.i > c.i)]:
            marks = {m.text.lower() for m in parsed.children(clause.i, "mark", "advmod")}
            if marks & _AT_THE_TIME and clause.i in heads and heads[clause.i].status == status \
                    and clause.i not in self.said_of_a_date:  # (which tells of its date, not of the verb's time)
                source = heads[clause.i]
                return self._mention(predicate, _own_adjunct(source.when, f"the date of '{source.trigger}', the "
                                                                         "clause that says when"), status)
        during = self._during(head)
        if during is not None:
            return self._mention(predicate, _own_adjunct(during.when, f"the date of '{during.title}', during which "
                                                                      "it happened"), status)
        key = predicate.key(parsed)
        noun = predicate.kind == "noun" or parsed.tokens[predicate.name].pos == "NOUN"
        if noun and self._argument_of_a_mention(parsed.tokens[predicate.name]):
            return None  # "won the county race": the race is what the winning is about, told by that mention
        if noun and not participants:
            floating = self._mention(predicate, _reference(self.reference, status, _present(parsed, head)), status)
            return floating if floating is not None and floating.arguments else None
        if not participants:
            return None
        same_kind = sorted({k: other for kind in kinds(key) for k, other in self.dated_by_kind.get(kind, ())}.items())
        for _, other in same_kind:  # the related ones ("met", "talks"), in text order
            if overlap(participants, other.participants) and other.status == status:
                when = other.when.anchored("discourse", f"the date of '{other.title}', told earlier or later "
                                                        "in the same article")
                return self._mention(predicate, when, status)
        if noun:
            # "the downing of the spy balloon": it names an event without dating it (it may be years old),
            # so it joins the dated event it names, if one is found, and is never shown on its own
            return self._mention(predicate, _reference(self.reference, status, _present(parsed, head)), status)
        if status == "occurred" and head.pos == "VERB" and head.feature("Tense") == "Pres" \
                and head.feature("Aspect") is None and not headline(parsed, head):
            return None  # a present state or habit ("Beijing criticizes ..."), not a happening
        if status == "occurred" and _background(parsed, head):
            return None
        when = When(self.reference.isoformat(), self.reference.isoformat(), self.reference, self.reference, "day",
                    "no date of its own: placed at the publication date", anchored_by="publication")
        return self._mention(predicate, when, status)


_DECIDING = CANCELLING | POSTPONING | PLANNING | {"call"}
_ANTECEDENT = re.compile(r"the previous date in the text \(([^)]+)\)")  # the tagger's words for an anaphor's anchor
_PROPOSING = frozenset({"propose", "plan"})  # acts of planning a thing, dated by "in" when they were done
_PLANNED_WORDS = frozenset("scheduled due planned set slated expected intended meant supposed".split())
_SIMULTANEOUS = frozenset({"during", "at", "amid", "throughout", "in"})  # "scored twice in the final"
_UNTIL = frozenset({"until", "till"})
_PLAN_NOUNS = frozenset("plan plans project scheme idea proposal".split())
_DROPPED_PLANS = _PLAN_NOUNS | {"bid", "intention", "reform"}  # what is dropped has no day to be called off at
_ARRANGING = frozenset("organise organize arrange call schedule".split())  # light verbs that set a happening up


def _occasion_of(parsed: Parsed, noun: Token) -> Token | None:
    """The verb that an event noun after "at" or "in" is the occasion of: "at a meeting" wherever the parser hung it
    in the clause (through nouns of things), "in a public vote" only as the verb's own oblique ("a place in the
    2025 final" is no occasion of the offering)."""
    cases = {c.text.lower() for c in parsed.children(noun.i, "case")}
    if "at" in cases:
        return _verb_through_things(parsed, noun)
    up = parsed.head(noun.i)
    return up if "in" in cases and noun.rel == "obl" and up is not None and up.pos == "VERB" else None


def _verb_through_things(parsed: Parsed, noun: Token) -> Token | None:
    """The verb a noun's phrase hangs on, through nouns that name things, not happenings (None past a happening)."""
    for up in parsed.ancestors(noun.i):
        if up.pos == "VERB":
            return up
        if up.pos not in ("NOUN", "PROPN") or eventive_noun(up):
            return None
    return None


def _present_perfect(parsed: Parsed, head: Token) -> bool:
    """ "have organised", "has called": "have" in the present among the verb's auxiliaries."""
    return any(c.lemma.lower() == "have" and c.tag in ("VBZ", "VBP") for c in parsed.children(head.i, "aux"))


_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PLAN_MARKERS = frozenset({"due", "set", "scheduled", "planned", "slated"})  # "had been [due] to reopen"
_ORIGINALLY = frozenset("originally initially first previously".split())
_AT_THE_TIME = frozenset({"when", "as", "while"})  # a clause that says when the main one happened
_ABOUT = frozenset({"of", "between", "with", "over", "about", "against", "into", "for", "among"})


def _word_before(text: str, start: int) -> str:
    """The word right before a date's first character, lower-cased ("since" of "since 1956"), or ""."""
    words = text[max(0, start - 12):start].split()
    return words[-1].lower() if words else ""


def _nearest_reading(plan: Expression, new: date) -> date:
    """The last day of a superseded plan's date, in the year that puts it nearest the new date when the text gave
    no year ("originally scheduled for September ... now in July": this year's September, brought forward)."""
    last = plan.latest
    assert last is not None
    if re.search(r"\b(1[89]|20)\d\d\b", plan.text) or plan.earliest is None:
        return last
    shifts = []
    for years in (-1, 0, 1):
        try:
            first = plan.earliest.replace(year=plan.earliest.year + years)
            shifts.append((first, last.replace(year=last.year + years)))
        except ValueError:  # 29 February
            continue
    return min(shifts, key=lambda span: abs((span[0] - new).days))[1]


def _reference(reference: date, status: str, present: bool) -> When:
    """The period an event named without a date can lie in: the year before the article for a past event,
    the weeks before it when the clause speaks of the present ("the meeting ... comes as"), the year
    after it for a planned or expected one. It joins the dated event it names there; it is never
    shown alone."""
    if status != "occurred":
        low, high = reference, reference + timedelta(days=366)
    else:
        low, high = reference - (timedelta(days=30) if present else timedelta(days=366)), reference
    return When(None, f"{low.isoformat()}/{high.isoformat()}", low, high, None,
                "names an event without dating it: joins the dated event it names, never shown alone",
                anchored_by="reference")


_EARLIER = frozenset({"previously", "formerly", "once", "earlier"})


def _background(parsed: Parsed, head: Token) -> bool:
    """Told as background, so not news of the day: a relative clause ("Reiner, who drafted the reform"),
    the past perfect ("cuts he had opposed": before the past it is told against), "previously"."""
    if head.dep.lower() == "acl:relcl":
        return True
    if _perfect_in_the_past(parsed, head):
        return True
    return any(c.text.lower() in _EARLIER for c in parsed.children(head.i, "advmod"))


def _present(parsed: Parsed, token: Token) -> bool:
    """The clause around a noun speaks of the present: its nearest verb is in the present tense."""
    for up in parsed.ancestors(token.i):
        if up.pos in ("VERB", "AUX"):
            tenses = {up.feature("Tense"), *[c.feature("Tense") for c in parsed.children(up.i, "aux", "cop")]}
            return "Pres" in tenses and "Past" not in tenses
    return False


_PERIOD_OF_ACCOUNTS = re.compile(r"(?:first|second|third|fourth)[- ]quarter|(?:first|second)[- ]half|full[- ]year",
                                 re.IGNORECASE)


def _names_a_thing(parsed: Parsed, expr: Expression) -> bool:
    """A year or a length before a noun is part of its name ("a 2010 raid", "the 1998 team", "a one-day
    walkout"), as is the period of accounts before results or profit ("third-quarter results"): titles keep it."""
    head = expression_head(parsed, expr)
    if head is None:
        return False
    if _habitual_weekday(parsed, expr):
        return True  # "Saturday rounds"
    if expr.type == "SET" and head.rel in ("amod", "advmod", "compound") and (noun := parsed.head(head.i)) is not None \
            and noun.pos == "NOUN" and noun.i > head.i:
        return True  # "fortnightly rounds", "a weekly market": how often, as part of the thing's name
    if _PERIOD_OF_ACCOUNTS.fullmatch(expr.text) and (noun := parsed.head(head.i)) is not None \
            and noun.pos == "NOUN" and noun.i > head.i:
        return True
    return (expr.text.isdigit() or (expr.value or "").startswith("P")) \
        and head.dep.lower() in ("nummod", "compound", "amod")


# words a title uses to tell that a happening was put off or called off
_FATE_WORDS = frozenset("postponed delayed deferred moved rescheduled cancelled scrapped axed dropped abandoned "
                        "back off".split())
_HALTING = frozenset({"suspend", "halt", "pause", "interrupt", "adjourn"})  # verbs that stop what is under way
# verbs of saying why, whose participle after a dated act gives the reason for it, not a second happening
_GIVING_REASONS = REPORTING | frozenset({"cite", "blame", "claim", "argue", "warn"})


def _told_in_the_past(parsed: Parsed, head: Token, name: Token) -> bool:
    """The plan itself is told in the past: "was scheduled for", "had been planned", "was supposed to".
    Only the predicate's own auxiliaries and the verbs whose complement it is count: a report's past
    ("said the plant would close in June") says nothing of when the closure falls."""
    chain = [head, name]
    governor = parsed.head(name.i)
    if name.pos == "NOUN" and name.rel in ("obj", "nsubj") and governor is not None \
            and not (base_form(governor) in EXPECTING and governor.tag == "VBD"):
        # "talks had been postponed": the verb that acts on the event noun; "expected a hearing in October"
        # looks ahead from the time of the report, as a report's past does
        chain.append(governor)
    current = head
    while current.rel == "xcomp" and (up := parsed.head(current.i)) is not None:
        chain.append(up)
        current = up
    for token in chain:
        for child in [token, *parsed.children(token.i, "aux", "cop")]:
            if child.i not in (head.i, name.i) and child.feature("Tense") == "Past" \
                    and child.feature("VerbForm") == "Fin" and child.text.lower() not in ("would", "could", "might"):
                return True
    return False


def _set_again(parsed: Parsed, expr: Expression) -> bool:
    """The date is that of a second clause saying the happening is now set for it: what was called off and will now
    take place later was put off."""
    word = dated_word(parsed, expr)
    if word is None or word.pos != "VERB":
        return False
    now = any(c.text.lower() == "now" for c in parsed.children(word.i, "advmod"))
    will = any(c.text.lower() in ("will", "'ll") for c in parsed.children(word.i, "aux"))
    # (or the main clause itself: "the display, called off on Thursday, will now take place next Saturday")
    return (word.rel == "conj" and (now or will)) or (now and will)


def _past_perfect_plan(parsed: Parsed, token: Token) -> bool:
    """ "had intended to launch", "had been scheduled to lift off", "was scheduled to launch in June": a plan told
    in the past (beside a postponement of the same happening, the plan that no longer holds)."""
    current: Token | None = token
    while current is not None:
        markers = [m for m in parsed.children(current.i, "mark") if m.text.lower() in _PLANNED_WORDS]
        if markers and any(c.lemma.lower() == "be" and c.feature("Tense") == "Past" for c in [
                *parsed.children(current.i, "aux"), *(c for m in markers for c in parsed.children(m.i, "cop"))]):
            return True  # "was [due to] start", the marker (and its copula) hung on the verb
        if _perfect_in_the_past(parsed, current):
            # ("had been [due to] reopen": the arrangement's marker on the verb itself)
            return current.i != token.i or any(m.text.lower() == "due" for m in parsed.children(current.i, "mark"))
        if current.i != token.i and current.text.lower() in _PLANNED_WORDS and any(
                c.lemma.lower() == "be" and c.feature("Tense") == "Past" for c in parsed.children(current.i)
                if c.rel in ("aux", "cop")):
            return True
        if current.rel != "xcomp" and not adjective_complement(parsed, current):
            return False
        current = parsed.head(current.i)
    return False


def _end_point_only(parsed: Parsed, expr: Expression, word: Token) -> bool:
    """ "will test the camera until March", "led the firm until 2019": "until" gives where a span ends, not when
    its event happened (TimeML's ENDED_BY), so it dates nothing; but a new date for something put off ("adjourned
    until May 3", "delayed the closure until July") is that event's date."""
    first = parsed.tokens_in(expr.start, expr.end)[0]
    if first.i == 0 or parsed.tokens[first.i - 1].text.lower() not in _UNTIL:
        return False
    governors = [word, *parsed.ancestors(word.i)][:3]
    return not any(postpones(parsed, g) or postpones_pronoun(parsed, g) or base_form(g) in POSTPONING
                   for g in governors)


def _contrasted(parsed: Parsed, token: Token) -> bool:
    """A later clause of the sentence, joined by "but", goes against it."""
    start, end = parsed.sentence_of(token.i)
    return any(t.text.lower() == "but" and t.i > token.i for t in parsed.tokens[start:end])


def _perfect_in_the_past(parsed: Parsed, verb: Token) -> bool:
    """Told in the past perfect: "had" among the auxiliaries ("had been set for", "had opposed")."""
    return any(c.lemma.lower() == "have" and c.feature("Tense") == "Past" for c in parsed.children(verb.i, "aux"))


def _reported(parsed: Parsed, token: Token) -> bool:
    up = parsed.head(token.i)
    return up is not None and base_form(up) in REPORTING | REPORTING_WHEN_BARE


def _when_clauses(parsed: Parsed, expr: Expression) -> list[Token]:
    """Relative clauses introduced by "when" on the expression itself: they happened at that time (also one the
    parser hung elsewhere that opens right after the expression: "since 2017, [when] the virus spread")."""
    head = expression_head(parsed, expr)
    if head is None:
        return []
    found = [c for c in parsed.children(head.i) if c.dep.lower() == "acl:relcl" and c.pos == "VERB"
             and any(m.text.lower() == "when" for m in parsed.children(c.i, "advmod", "mark"))]
    last = parsed.tokens_in(expr.start, expr.end)[-1].i
    k = last + 1 + (1 if last + 1 < len(parsed.tokens) and parsed.tokens[last + 1].text == "," else 0)
    opener = parsed.tokens[k] if k < len(parsed.tokens) else None
    if opener is not None and opener.text.lower() == "when" and opener.rel in ("advmod", "mark"):
        # the clause's verb, however far up the parser hung "when" ("when the horse's jockey, X, broke ...")
        clause = verb_above(parsed, parsed.tokens[opener.head]) or parsed.tokens[opener.head]
        if clause.pos == "VERB" and clause.i > k and clause not in found and parsed.sentence_of(clause.i) == \
                parsed.sentence_of(head.i):
            found.append(clause)
    return found


def _at_the_time(parsed: Parsed, verb: Token) -> list[Token]:
    """The clauses after a verb that say what happened at its time: "as Rovers won", "when the roof fell in"."""
    if verb.pos != "VERB":
        return []
    return [c for c in parsed.children(verb.i, "advcl") if c.i > verb.i and c.pos == "VERB"
            and any(m.text.lower() in _AT_THE_TIME for m in parsed.children(c.i, "mark", "advmod") if m.i < c.i)]


def _width(expr: Expression) -> tuple[int, int, int]:
    """How long a period an expression names (unbounded last); a clock time whose day is only the reference day's
    ("between midnight and 5 a.m. from April 7") comes after any date the text gives."""
    if expr.earliest is None or expr.latest is None:
        return (1, 0, 0)
    defaulted = expr.parser == "clock_time" and "on reference day" in expr.rule
    return (0, int(defaulted), (expr.latest - expr.earliest).days)


def _trimmed(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
    tokens = [t for t in parsed.tokens[start:end] if t.text.strip()]
    if not tokens:
        return parsed.tokens[start].start, parsed.tokens[start].start
    return tokens[0].start, tokens[-1].end


def _dedupe(mentions: list[EventMention]) -> list[EventMention]:
    """One mention per event word: a verb and its own noun reading are one claim."""
    seen: dict[tuple[int, int], EventMention] = {}
    for mention in mentions:
        key = (mention.trigger_start, mention.trigger_end)
        kept = seen.get(key)
        if kept is None or (mention.dated, mention.title_quality) > (kept.dated, kept.title_quality):
            seen[key] = mention
    return list(seen.values())
