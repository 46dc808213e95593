"""Titles from the argument structure: who did what (to whom), in headline form.

"The minister apologised on Friday for a 2010 raid" -> "Minister apologises for 2010 raid".
Occurred events take the headline present; planned and expected ones "to" + verb; a passive
without an agent keeps its participle ("Drone shot down"). An event noun keeps its own
complements ("Summit between Joe Biden and Xi Jinping"). Date words never enter a title: the
date is shown beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from service.events.lemmas import adjective_lemmas, base_form, past_forms, simple_past, verb_lemmas
from service.events.lexicon import (
    CANCELLING,
    COMMITTING,
    EXPECTING,
    HAPPENING,
    NEGATIONS,
    NOUN_VERB,
    PHASES,
    PLANNING,
    POSTPONING,
    REFUSING,
    REPORTING,
    REPORTING_WHEN_BARE,
    REQUESTING,
)
from service.events.names import (
    ORGANISATION_WORDS,
    Coreference,
    age_description,
    chunk_around,
    names_a_body,
    same_name,
)
from service.events.predicates import (
    WH_WORDS,
    adjective_complement,
    eventive_noun,
    flattened,
    infinitive,
    misread_verb,
    open_question,
    participle_adjuncts,
    particle,
    postpones_pronoun,
    puts_off,
    reported_clause,
)
from service.events.repairs import ASPECTUAL
from service.events.repairs.common import DETERMINERS, agreement
from service.nlp import Parsed, Token
from service.temporal.lexicon import WEEKDAYS

_NP_KEEP = frozenset({"compound", "amod", "nmod", "nummod", "flat", "case", "det", "cc", "conj", "fixed", "appos"})
_TOLD_BEFORE_SENTENCES = 3  # how far back a bare definite happening looks for the one it names
_DROP_DET = DETERMINERS
_OBJECT_CASE = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me"}
_PREPOSITIONS_TITLE = frozenset("for to with against over from into on in at between about of by off onto as "
                                "through across".split())
# prepositions of setting or circumstance: a title takes their phrase only when it has no other ("brought under
# control"), never before a phrase of goal or partner ("to transfer to Parkfield under the plan")
_PERIPHERAL_PREPOSITIONS = frozenset("under near outside inside towards toward behind within around amid after "
                                     "before".split())  # ("after a two-year renovation": when, rather than what)
_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(st|nd|rd|th)")
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
MAX_WORDS = 12
_DANGLING = frozenset("to of the a an and or for with in on at by from into between".split())
# verbs whose object is a partner or a goal, not what the happening is of: "visited Paris" is no "visit of Paris"
_PARTNERED = frozenset("meet talk visit attack fight play beat win race face discuss agree join".split())
_AMOUNT_WORD = re.compile(r"[£$€]?[\d.,]+(m|bn|k|%)?|hundred|thousand|million|billion|trillion")
_LINKING = frozenset("become remain stay turn grow prove seem appear".split())  # say nothing without a complement


@dataclass(frozen=True)
class Title:
    text: str
    quality: int  # 3 subject+verb+complement, 2 subject+verb or noun with complement, 1 bare verb, 0 fragment


_TIME_SUBORDINATORS = frozenset("before after since while when until".split())


def _model_name(token: Token) -> bool:
    """A capital and a digit in one word name a model ("V9", "A320neo", "Selene-2"), whatever its tag."""
    return token.text[:1].isupper() and any(ch.isdigit() for ch in token.text)


def _due_aside_owner(parsed: Parsed, verb: Token) -> Token | None:
    """The noun right before ", due to V", an aside set off after it, however the parser hung the verb."""
    due = next((c for c in parsed.children(verb.i) if c.text.lower() == "due" and c.i < verb.i), None)
    if due is None or due.i < 2 or parsed.tokens[due.i - 1].text != "," or verb.rel not in ("acl", "advcl", "nmod"):
        return None
    noun = parsed.tokens[due.i - 2]
    if noun.pos not in ("NOUN", "PROPN") or not (noun.i == verb.head or noun.head == verb.head) \
            or eventive_noun(noun) or any(up.pos == "NOUN" and eventive_noun(up) for up in parsed.ancestors(noun.i)):
        return None  # (an event noun's aside dates the noun, whose own mention tells it: "the disposal of the
        # warehouse in Coventry, due to complete in January")
    return noun


def subject_of(parsed: Parsed, head: Token) -> Token | None:
    """The predicate's subject: its own, its governor's for an infinitive or a second verb ("met and
    signed"), the antecedent for a relative pronoun ("the visit, which was to take place")."""
    if flattened(parsed, head):
        noun = parsed.head(head.i)  # "[Harwick Council] approved plans" flattened into one noun phrase
        before = [c for c in parsed.children(noun.i) if c.i < head.i and c.pos in ("PROPN", "NOUN")
                  and c.rel in ("compound", "nmod")] if noun is not None else []
        if not before and parsed.tokens[head.i - 1].pos == "PROPN":
            return parsed.tokens[head.i - 1]  # the name right before the verb ("Harbour City sacked ...")
        return before[0] if before else None
    current = head
    for _ in range(4):
        subj = next((c for c in parsed.children(current.i) if c.dep.lower() in ("nsubj", "nsubj:pass",
                                                                                  "nsubj:outer")), None)
        if subj is None and not any(not adjective_complement(parsed, c)
                                    for c in parsed.children(current.i, "ccomp", "csubj")):
            # "It is set to open in June": no clause is extraposed, so "it" is no expletive but the film
            subj = next((c for c in parsed.children(current.i, "expl") if c.text.lower() == "it"), None)
        if subj is not None and subj.text.lower() in ("who", "which", "that"):
            relative = _relative_clause_verb(parsed, current)
            antecedent = parsed.head(relative.i) if relative is not None else None
            if antecedent is not None and subj.text.lower() == "who":
                return _animate(parsed, antecedent, subj)
            owner = next((up for up in parsed.ancestors(antecedent.i) if up.pos == "NOUN" and eventive_noun(up)),
                         None) if antecedent is not None and antecedent.rel == "nmod" else None
            if antecedent is not None and HAPPENING & {base_form(current), base_form(head)} \
                    and not eventive_noun(antecedent) and owner is not None \
                    and all(up.rel == "nmod" or up.i == owner.i for up in parsed.ancestors(antecedent.i)
                            if up.i != owner.i and owner.i < up.i < antecedent.i):
                return owner  # "an expansion of its factory that was due to start in April": only a happening starts
            if antecedent is not None and HAPPENING & {base_form(current), base_form(head)} \
                    and antecedent.text.lower().endswith("ing") and verb_lemmas(antecedent.text.lower()):
                return antecedent  # "a recording of Elgar's symphonies, which was due to begin": a verb's -ing noun
            return _nearest_antecedent(parsed, antecedent, subj) if antecedent is not None else None
        if (subj is None or subj.text.lower() in ("i", "we")) and (speaker := _speaker(parsed, current)):
            return speaker  # "Blinken said, 'I condemned ...'", "'Just met with ...'": the one who said it
        if subj is not None:
            return subj
        bare = next((c for c in parsed.children(current.i, "obl") if c.dep.lower() == "obl:unmarked"
                     and c.i < current.i and (c.pos in ("NOUN", "PROPN") or (c.pos == "ADJ" and any(
                         d.text.lower() == "the" for d in parsed.children(c.i, "det"))))), None)  # "The youngest, ..."
        if bare is not None and current.pos == "VERB" and current.rel == "root":
            return bare  # "A consultation ..., closed last Friday": a bare noun phrase before the verb is its subject
        if subj is None and (noun := _due_aside_owner(parsed, current)) is not None:
            return noun  # "the harvest, [due to start] in May,": what is due to start is the noun it is set off after
        if subj is None and current.rel == "root" and (name := _name_before(parsed, current)) is not None:
            return name
        up = parsed.head(current.i)
        if current.rel == "acl" and misread_verb(parsed, up):
            return next(c for c in parsed.children(up.i) if c.rel in ("compound", "nmod") and c.i < up.i)
        if up is not None and adjective_complement(parsed, current):
            current = up  # "X is due / set / likely to arrive": X arrives (the parser's advcl for an xcomp)
            continue
        if current.rel == "advcl" and current.tag in ("VBG", "VBN") and (up := parsed.head(current.i)) is not None \
                and up.pos == "VERB" and not parsed.children(current.i, "nsubj", "nsubj:pass") \
                and any(m.text.lower() in _TIME_SUBORDINATORS for m in parsed.children(current.i, "mark")):
            current = up  # "was postponed twice before [being held] on Friday": a clause with no subject of its own
            continue      # has its main clause's
        if (up := parsed.head(current.i)) is not None and current in participle_adjuncts(parsed, up):
            current = up  # "Kovalenko won the final, [beating] the top seed": the main clause's doer did it
            continue
        if current.rel in ("xcomp", "conj") and (up := parsed.head(current.i)) is not None:
            controller = next((c for c in parsed.children(up.i, "obj")), None) if current.rel == "xcomp" else None
            if controller is not None:
                return controller  # "asked Washington to lift": Washington would lift (object control)
            current = up
            continue
        if current.dep.lower() == "acl" and current.tag == "VBG" and (up := parsed.head(current.i)) is not None \
                and up.pos in ("NOUN", "PROPN"):
            return up  # "with construction starting next year": a present participle's doer is its noun
        if current.dep.lower() == "acl" and (up := parsed.head(current.i)) is not None:
            return None  # "a plan announced on Monday": the noun is the thing, not the doer
        up = parsed.head(current.i)
        if current.dep.lower() == "acl:relcl" and up is not None and up.pos in ("NOUN", "PROPN") \
                and current.feature("VerbForm") == "Fin" and not any(
                    c.rel in ("nsubj", "obj") or c.feature("PronType") == "Rel" for c in parsed.children(current.i)):
            # no relative clause lacks both its subject and a relative word: "Porters at the hospital last went
            # on strike", hung by the parser on the noun, is the noun's own clause
            return up
        nominal = up is not None and (up.pos in ("NOUN", "PROPN") or (up.pos == "ADJ" and any(
            c.rel == "det" or c.dep.lower() == "nmod:poss" for c in parsed.children(up.i))))  # "Its chief [executive]"
        if current.rel == "parataxis" and up is not None and up.rel == "root" and nominal \
                and up.i < current.i and current.pos == "VERB":
            return up  # "The Salt Road, a drama by X, won ...": a root noun and a verb after its apposition
        if current.rel == "parataxis" and up is not None and up.rel == "root" and up.tag in ("VBG", "VBN") \
                and (current.feature("VerbForm") == "Fin" or (current.tag in ("VBD", "VBN") and not any(
                    c.rel == "aux" for c in parsed.children(current.i)))) \
                and (held := next(iter(parsed.children(up.i, "nsubj")), None)):
            return held  # "The ATR 72, carrying 46 passengers, skidded": the finite verb is the main one
        return None
    return None


def _attribution(token: Token) -> bool:
    """ "..., a spokesperson said": the parser's parataxis for who said the sentence, no part of what it says."""
    return token.rel == "parataxis" and base_form(token) in REPORTING | REPORTING_WHEN_BARE


def _name_before(parsed: Parsed, verb: Token) -> Token | None:
    """ "Chief executive Moira Fenwick apologised" parsed with no subject: a statement has one, and a name
    right before a finite verb that has none, hung on that verb, is it."""
    if verb.i == 0 or verb.tag not in ("VBD", "VBZ", "VBP", "VBN") or parsed.children(verb.i, "aux", "expl"):
        return None
    before = parsed.tokens[verb.i - 1]
    if before.pos != "PROPN" or parsed.starts_sentence(verb.i):
        return None
    owner = parsed.tokens[before.head] if before.rel == "flat" else before
    return owner if owner.head == verb.i else None


def _speaker(parsed: Parsed, token: Token) -> Token | None:
    """The subject of the verb of saying whose quoted complement this is."""
    if not reported_clause(parsed, token):
        return None
    up = parsed.tokens[token.head]
    span = parsed.subtree(token.i)
    quoted = any(parsed.tokens[k].text in ('"', "“", "”") for k in range(max(0, span[0] - 1), span[-1] + 2)
                 if k < len(parsed.tokens))
    if not quoted:
        return None  # reported in the third person, a clause without a subject is not the speaker's own act
    return next((c for c in parsed.children(up.i, "nsubj") if c.pos in ("PROPN", "NOUN")), None)


def _nearest_antecedent(parsed: Parsed, noun: Token, pronoun: Token) -> Token:
    """English attaches a relative clause low, to the nearest noun: "time during final assembly, which is
    set to begin" is about the assembly, wherever the parser hung the clause; a happening the parser
    chose stays ("the summit between Biden and Xi, which took place")."""
    if eventive_noun(noun):
        return noun
    before = [parsed.tokens[k] for k in parsed.subtree(noun.i) if k < pronoun.i]
    heads = [t for t in before if t.pos == "NOUN" and t.rel not in ("compound", "amod")]
    verb = parsed.head(pronoun.i)
    singular, plural = agreement(parsed, verb) if verb is not None else (False, False)
    number = "Sing" if singular and not plural else "Plur" if plural and not singular else None
    agreeing = [t for t in heads if _noun_number(t) == number] if number is not None else heads
    # (the verb agrees with its antecedent: "checks on bridges of similar design, which [are] to be completed" are
    # the checks or the bridges, not the design)
    nearest = agreeing[-1] if agreeing else heads[-1] if heads else noun
    if nearest.rel == "conj" and (first := parsed.head(nearest.i)) is not None and first.pos == "NOUN" \
            and pronoun.i > 0 and parsed.tokens[pronoun.i - 1].text == "," \
            and any(c.text.lower() == "and" for c in parsed.children(nearest.i, "cc")):
        return first  # "their only shop and post office, which had been due to close": set off by a comma, the
        # clause is about the two of them, whose phrase holds the second
    return nearest


def _noun_number(noun: Token) -> str:
    return "Plur" if noun.tag == "NNS" or noun.feature("Number") == "Plur" else "Sing"


def _animate(parsed: Parsed, noun: Token, who: Token) -> Token:
    """ "who" stands for a person, never for a happening: "a complaint by a whistleblower, who gave
    evidence" hung on "complaint" means the whistleblower."""
    k = who.i - 1  # "Keith Marsh, 58, who was found": the name right before, past its age, however the parser hung it
    while k > 0 and (parsed.tokens[k].text == "," or parsed.tokens[k].pos == "NUM"):
        k -= 1
    own = chunk_around(parsed, noun.i) if noun.pos == "PROPN" else None
    if k < who.i - 1 and parsed.tokens[k].pos == "PROPN" and (own is None or not own[0] <= k <= own[1]) and (
            noun.pos == "NUM" or (noun.pos == "PROPN" and noun.i < k)):
        return parsed.tokens[k]
    chunk = own if noun.text.lower() in ORGANISATION_WORDS else None
    if chunk is not None and chunk[0] >= 2 and parsed.tokens[chunk[0] - 1].pos == "ADP" \
            and parsed.tokens[chunk[0] - 2].pos == "NOUN" and not eventive_noun(parsed.tokens[chunk[0] - 2]):
        # "inspectors from Selwood District Council, who visited": a body is no "who"; the people before it are
        return parsed.tokens[chunk[0] - 2]
    if not eventive_noun(noun):
        return noun
    inner = [parsed.tokens[k] for k in parsed.subtree(noun.i) if k < who.i and k != noun.i]
    nouns = [t for t in inner if t.pos in ("NOUN", "PROPN") and t.rel in ("nmod", "obl") and not eventive_noun(t)]
    return nouns[-1] if nouns else noun


def _that_clause(parsed: Parsed, clause: Token) -> bool:
    """A clause opened by "that" as a complement ("discovered [that ...]"), not by "so that", "such that" or "now
    that", which give a purpose or a reason."""
    marks = {m.text.lower() for m in parsed.children(clause.i, "mark")}
    return "that" in marks and not marks & {"so", "such", "now"}


def _relative_clause_verb(parsed: Parsed, token: Token) -> Token | None:
    """The verb of the relative clause the token is in ("acl" too: the parser's label when it misses
    that "who pleaded guilty" is relative)."""
    current: Token | None = token
    while current is not None and current.dep.lower() not in ("acl:relcl", "acl"):
        if current.rel not in ("xcomp", "conj"):
            return None
        current = parsed.head(current.i)
    return current


def _third_person(lemma: str) -> str:
    if lemma in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


class Titler:
    def __init__(self, parsed: Parsed, excluded: set[int], coreference: Coreference) -> None:
        self.parsed = parsed
        self.excluded = excluded  # tokens of temporal expressions
        self.coreference = coreference
        self.substitutes: dict[int, str] = {}  # "its" -> "Selene’s"
        self.doer: str | None = None  # the subject of the title being built: "its" of it is dropped
        self.relative_doer = False  # that subject is a relative "which" or "that": its clause tells of that thing
        self._telling: set[int] = set()  # definite happenings being resolved to what was told before

    def phrase(self, i: int, max_words: int = 7, depth: int = 0) -> list[int]:
        """A compact noun phrase: the noun with its modifiers and one level of complements."""
        if depth == 0 and (told := self._told_before(self.parsed.tokens[i])) is not None:
            self.substitutes[i] = told  # "the launch" -> "launch of smoked version of cheese"
            return [i]
        if depth == 0 and (named := self._named_description(self.parsed.tokens[i])) is not None:
            self.substitutes[i] = named  # "founded the company" -> "founded Tradeloft"
            return [i]
        if depth == 0 and (noun := self._elided_noun(self.parsed.tokens[i])) is not None:
            self.substitutes[i] = f"{self.parsed.tokens[i].text} {noun.text}"  # "the second [theatre] to reopen"
        keep = {i, *self._glued(i)}  # "the [34-year-old]": a hyphenated word is one word
        if self.parsed.tokens[i].pos == "PROPN" and (chunk := chunk_around(self.parsed, i)) is not None:
            keep.update(range(chunk[0], chunk[1] + 1))  # the whole name, however the parser split it
        for child in self.parsed.children(i):
            if child.i in self.excluded or (child.pos == "PUNCT" and child.text not in ("-", "’s", "'s")):
                continue
            rel = child.dep.lower()
            if depth == 0 and child.rel == "case":
                continue  # the phrase's own preposition belongs to the clause around it
            if rel.startswith("nmod:poss") and child.text.lower() == "whose":
                owner = self._whose(child)  # "Harlow, whose drug failed a trial": Harlow's drug
                if owner:
                    self.substitutes[child.i] = f"{owner}’s"
                    keep.add(child.i)
                continue
            if rel.startswith("nmod:poss") and child.pos == "PRON":
                name = self.coreference.resolve(child)
                if self.doer and child.text.lower() in ("his", "her", "their"):
                    keep.add(child.i)  # "Amadi broke his ankle": a possessive in the clause is its subject's
                    continue
                if name and self.doer and same_name(name, self.doer):
                    continue  # "Brightwell to close its plant" -> "Brightwell to close plant", as headlines do
                if self.doer and self.relative_doer and child.text.lower() == "its":
                    continue  # "Harlow & Penn, which removed the products from its shelves": a thing's relative
                    # clause tells of that thing, and "its" in it is the thing's
                if name:
                    self.substitutes[child.i] = f"{name}’s"
                    keep.add(child.i)
                continue
            if child.rel == "appos" and child.pos == "PROPN" and (depth == 0 or self._names_something(child)):
                keep.update(t for t in self.parsed.subtree(child.i) if t not in self.excluded
                            and self.parsed.tokens[t].pos in ("PROPN", "NOUN", "ADJ"))
                if (chunk := chunk_around(self.parsed, child.i)) is not None:
                    keep.update(range(chunk[0], chunk[1] + 1))  # "Homes First", "First" read as an adverb
                continue
            if rel.startswith("nmod:poss") or child.rel in ("compound", "amod", "nummod", "flat", "det", "case") \
                    or child.dep.lower() == "compound:prt":
                if child.rel == "det" and child.text.lower() in _DROP_DET:
                    continue
                keep.update(t for t in self.parsed.subtree(child.i) if t not in self.excluded
                            and not (self.parsed.tokens[t].rel == "det"
                                     and self.parsed.tokens[t].text.lower() in _DROP_DET))
            elif child.rel == "cc" and depth > 0:
                keep.add(child.i)  # "between Manchester [and] Lisbon"
            elif child.rel == "advmod" and child.i == i - 1 and self.parsed.tokens[i].pos == "NOUN" \
                    and child.text.lower().endswith("ly") and adjective_lemmas(child.text):
                keep.add(child.i)  # "fortnightly rounds", "weekly collections": the adjective the tagger read as
                # an adverb
            elif child.rel == "conj" and eventive_noun(child) and eventive_noun(self.parsed.tokens[i]):
                continue  # "the disputed election and [the arrest] of its leader": each happening has its own title
            elif ((child.rel in ("nmod", "obl") and depth < 1) or (child.rel == "conj" and depth < 2)) and child.i > i \
                    and not (child.pos == "VERB" and child.rel == "nmod"):  # (a clause the parser hung as a noun's)
                # a noun's complement, also when the parser labels it as a clause's ("walkout by pharmacists")
                keep.update(self.phrase(child.i, max_words, depth + 1))
                if child.text.lower() == "them" and (plural := self._plural_before(child)) is not None:
                    self.substitutes[child.i] = plural.text  # "the oldest of [them]": of the looms
            elif child.rel in ("nmod", "obl") and depth < 2 and child.i > i and self._names_something(child):
                # "a ban on imports [of Morvanian potash]": a name a level deeper, where it fits
                deeper = set(self.phrase(child.i, max_words, depth + 1))
                if self._word_count(sorted(keep | deeper)) <= max_words:
                    keep.update(deeper)
            elif child.rel == "nmod" and child.pos == "PROPN" and self.parsed.tokens[i].pos == "PROPN" \
                    and child.i > i:  # "Secretary of State Antony Blinken": one name
                keep.update(self.phrase(child.i, max_words, depth))
        ordered = sorted(t for t in keep if (self.parsed.tokens[t].text.strip()
                         and self.parsed.tokens[t].pos != "PUNCT") or self.parsed.tokens[t].text in ("-",)
                         or self._plural_possessive(t) or self._abbreviation_stop(t))
        ordered = self._contiguous(ordered, i)
        while self._word_count(ordered) > max_words:
            spare = self._spare_modifier(ordered, i)
            if spare:
                ordered = [k for k in ordered if k not in spare]
            elif ordered[-1] > i:
                last = self._last_complement(ordered, i)
                ordered = [k for k in ordered if k not in last]
            else:
                ordered = ordered[1:]
        while ordered and (self.parsed.tokens[ordered[-1]].pos in ("ADP", "CCONJ", "DET", "PART")
                           or (self.parsed.tokens[ordered[-1]].dep.lower() == "nmod:poss"
                               and self.parsed.tokens[ordered[-1]].pos == "PRON")
                           or (self.parsed.tokens[ordered[-1]].pos == "ADJ" and ordered[-1] != i
                               and len(ordered) > 1 and self.parsed.tokens[ordered[-2]].pos == "ADP")):
            ordered = ordered[:-1]  # nor on an owner whose thing was cut ("packs of [its]"), nor on an adjective
            # after a preposition, whose noun was lost ("a claim for [unpaid]")
        while depth == 0 and ordered and self.parsed.tokens[ordered[0]].pos in ("ADP", "CCONJ") \
                and not self._hyphenated(ordered[0]) and not self._quantifier(ordered[0]):
            # "in-depth investigation" keeps its "in", "at least three people" its "at"
            ordered = ordered[1:]  # "by distributor Northway" hung on the modifier: the phrase has no preposition
        return ordered

    def _elided_noun(self, token: Token) -> Token | None:
        """ "brought one theatre back into use and expects [the second] to reopen": an ordinal standing for its noun
        (English leaves the noun out after "the second", "the last" when the clause before named it) names the
        nearest noun before it, in its sentence or the one before, counted by a number or an ordinal."""
        if token.pos not in ("ADJ", "NUM", "NOUN") or not _ORDINAL.fullmatch(token.text.lower()) \
                or not self.parsed.children(token.i, "det") or token.rel not in ("nsubj", "obj", "nsubj:pass"):
            return None
        number = self.parsed.sentence_number(token.i)
        floor = self.parsed.sentences[max(0, number - 1)][0]
        return next((self.parsed.tokens[k] for k in range(token.i - 1, floor - 1, -1)
                     if self.parsed.tokens[k].pos == "NOUN" and any(
                         c.rel in ("nummod", "amod") and (c.text.lower() == "one" or _ORDINAL.fullmatch(c.text.lower()))
                         for c in self.parsed.children(k))), None)

    def _abbreviation_stop(self, k: int) -> bool:
        """The full stop of "No." in "the No. 3 reactor": glued to the word it shortens, and hung on it."""
        token = self.parsed.tokens[k]
        return token.text == "." and k > 0 and token.head == k - 1 and not self.parsed.tokens[k - 1].space

    def _told_before(self, noun: Token) -> str | None:
        """A bare definite happening names the one told just before (English definite anaphora): "had intended to
        launch a smoked version of the cheese, but the launch was put back" is the launch of that version; "a
        48-hour strike by pilots ... the strike" that strike. Only the nearest same word in this sentence or the
        one before is looked at, and a verb lends its object ("launch of ..."), or its named subject as the owner
        where it has none ("Aurora-2 was to launch ... the launch": "Aurora-2’s launch")."""
        tokens = self.parsed.tokens
        phase = (up := self.parsed.head(noun.i)) is not None and noun.dep.lower() == "nsubj" \
            and base_form(up) in PHASES  # "the work began in January": what begins is a happening
        lemma = noun.lemma.lower()
        verb = NOUN_VERB.get(lemma, lemma)
        # (a noun that is its verb's own name, "to start construction ... the start", tells that act)
        deverbal = lemma in NOUN_VERB or verb in verb_lemmas(noun.text.lower())
        if noun.pos != "NOUN" or noun.i in self._telling or not (eventive_noun(noun) or phase or deverbal) or not any(
                c.rel == "det" and c.text.lower() in ("the", "this", "that") for c in self.parsed.children(noun.i)):
            return None
        if any(c.rel not in ("det", "case", "punct", "cc", "conj", "acl") and c.i not in self.excluded
               for c in self.parsed.children(noun.i)):
            return None  # "the launch of the probe", "the June launch": the phrase says which itself
        number = self.parsed.sentence_number(noun.i)
        floor = self.parsed.sentences[max(0, number - _TOLD_BEFORE_SENTENCES)][0]
        self._telling.add(noun.i)
        try:
            for k in range(noun.i - 1, floor - 1, -1):
                earlier = tokens[k]
                if earlier.pos == "NOUN" and earlier.lemma.lower() == lemma and k not in self.excluded:
                    words = self.words(self.phrase(k, 6))
                    return words if len(words.split()) > 1 else None
                if earlier.pos == "VERB" and base_form(earlier) == verb and verb not in _PARTNERED:
                    obj = next(iter(self.parsed.children(k, "obj")), None)
                    if obj is not None:
                        return None if self._opaque(obj) else \
                            f"{noun.text.lower()} of {self.words(self.phrase(obj.i, 5))}"
                    doer = subject_of(self.parsed, earlier)
                    if doer is not None and doer.pos == "PROPN" and (chunk := chunk_around(self.parsed, doer.i)):
                        return f"{self.words(list(range(chunk[0], chunk[1] + 1)))}’s {noun.text.lower()}"
                    if doer is not None and doer.pos == "NOUN" and not eventive_noun(doer):
                        # "the ice rink had been due to close ... the closure": the closure of the ice rink
                        return f"{noun.text.lower()} of {self.words(self.phrase(doer.i, 5))}"
                    return None
            return None
        finally:
            self._telling.discard(noun.i)

    def _names_something(self, token: Token) -> bool:
        """A complement that is or carries a name ("of [Morvanian] potash", "the main contractor, [Brindley Build]"):
        the words that tell a reader which happening it was, kept a level deeper than other complements."""
        return token.pos == "PROPN" or any(
            c.pos == "PROPN" or (c.pos == "ADJ" and c.text[:1].isupper() and not self.parsed.starts_sentence(c.i))
            for c in self.parsed.children(token.i, "compound", "amod"))

    def _glued(self, i: int) -> list[int]:
        """The tokens written together with token i through hyphens ("34-year-old" is five tokens, one word)."""
        tokens = self.parsed.tokens
        left = i
        while left > 0 and not tokens[left - 1].space and (tokens[left - 1].text == "-" or tokens[left].text == "-"):
            left -= 1
        right = i
        while right + 1 < len(tokens) and not tokens[right].space and (
                tokens[right + 1].text == "-" or tokens[right].text == "-"):
            right += 1
        return list(range(left, right + 1)) if left < i or right > i else []

    def _plural_possessive(self, k: int) -> bool:
        """The apostrophe of a plural's possessive ("the handlers['] dinner"), whatever the tagger took it for: it
        follows a word in -s with no space and is followed by one."""
        tokens = self.parsed.tokens
        return tokens[k].text in ("'", "’") and k > 0 and not tokens[k - 1].space \
            and tokens[k - 1].text.lower().endswith("s") and tokens[k - 1].pos in ("NOUN", "PROPN") \
            and tokens[k].space

    def _quantifier(self, k: int) -> bool:
        tokens = self.parsed.tokens
        return k + 1 < len(tokens) and tokens[k].text.lower() == "at" \
            and tokens[k + 1].text.lower() in ("least", "most")

    def _hyphenated(self, k: int) -> bool:
        tokens = self.parsed.tokens
        return k + 1 < len(tokens) and not tokens[k].space and tokens[k + 1].text == "-"

    def _word_count(self, ordered: list[int]) -> int:
        """Words as a reader counts them: "fourth-quarter" is one, and so is a name ("Marlby Leisure Centre"),
        which a title keeps whole or not at all."""
        tokens = self.parsed.tokens
        kept = set(ordered)
        return sum(1 for k in ordered if tokens[k].text not in ("-", "'s", "’s") and not self._abbreviation_stop(k)
                   and not (k - 1 in kept and tokens[k - 1].text == "-" and not tokens[k - 1].space)
                   and not (k - 1 in kept and tokens[k].pos == "PROPN" and tokens[k - 1].pos == "PROPN"))

    def _spare_modifier(self, ordered: list[int], anchor: int) -> set[int]:
        """A phrase too long for a title sheds adjectives, then the modifiers of its complements ("1.2 million
        of its [Glowstat smart] heaters"), before any noun: it never ends on a modifier whose noun was cut. A
        modifier goes with what it holds ("Croatia's [10-year] government bond")."""
        kept = set(ordered)
        order = {"ADJ": 0, "ADV": 0, "NOUN": 1, "PROPN": 2}
        spare = []
        for t in (self.parsed.tokens[k] for k in ordered):
            if t.i == anchor or (t.head == anchor and t.pos not in ("ADJ", "ADV")) or t.head not in kept \
                    or t.head in self._glued(t.i) \
                    or t.pos not in order or t.rel not in ("amod", "compound", "advmod") or t.head < t.i:
                continue
            held = {k for k in self.parsed.subtree(t.i) if k in kept}
            if max(held) < t.head and (held == {t.i} or all(k in self._glued(t.i) for k in held)):
                spare.append((order[t.pos], -t.i, held))
        return min(spare, key=lambda item: item[:2])[2] if spare else set()

    def _last_complement(self, ordered: list[int], anchor: int) -> set[int]:
        """What a phrase still too long loses at its end: the whole last complement ("in a dispute [over night
        shifts]"), not its last word, which would leave its modifiers without their noun ("over night")."""
        tokens = self.parsed.tokens
        kept = set(ordered)
        top = ordered[-1]
        while (up := tokens[top].head) != top and up in kept and up != anchor and up < ordered[-1] \
                and tokens[top].rel not in ("nmod", "obl", "conj", "appos", "acl"):
            top = up
        if tokens[top].rel not in ("nmod", "obl", "conj", "appos", "acl") or top == anchor:
            return {ordered[-1]}
        phrase = {k for k in self.parsed.subtree(top) if k in kept}
        return phrase if len(phrase) < len(ordered) else {ordered[-1]}

    def _contiguous(self, ordered: list[int], anchor: int) -> list[int]:
        """Keep the run around the anchor: a phrase is one stretch of text."""
        if not ordered:
            return ordered
        position = ordered.index(anchor) if anchor in ordered else 0
        left = position
        while left > 0 and self._gap_ok(ordered[left - 1], ordered[left]):
            left -= 1
        right = position
        while right + 1 < len(ordered) and self._gap_ok(ordered[right], ordered[right + 1]):
            right += 1
        return ordered[left:right + 1]

    def _gap_ok(self, a: int, b: int) -> bool:
        """Only spaces, hyphens, articles or a date lie between: "meeting [Saturday] between [the] diplomats"."""
        tokens = self.parsed.tokens
        return all(not tokens[k].text.strip() or k in self.excluded or tokens[k].text.lower() in _DROP_DET
                   or (tokens[k].pos == "PRON" and tokens[k].dep.lower() == "nmod:poss")  # "of [its] factory"
                   or (tokens[k].pos == "PUNCT" and tokens[k].text in ("-", "’s", "'s")) or self._plural_possessive(k)
                   or (tokens[k].text == "," and self._opens_apposition(b))  # "contractor, Brindley"
                   or (tokens[k].text == "," and self._opens_set_off_complement(b))  # "game, against Bath,"
                   for k in range(a + 1, b))

    def _opens_set_off_complement(self, k: int) -> bool:
        """The word is the preposition of a noun's complement set off by commas: "the home game, [against] Bath,"."""
        token = self.parsed.tokens[k]
        owner = self.parsed.head(k)
        noun = self.parsed.head(owner.i) if owner is not None else None
        return token.rel == "case" and owner is not None and owner.rel == "nmod" and noun is not None \
            and noun.pos == "NOUN" and noun.i < k

    def _opens_apposition(self, k: int) -> bool:
        """The word begins a name in apposition: "the main contractor, [Brindley Build]"."""
        token = self.parsed.tokens[k]
        owner = token if token.rel == "appos" else self.parsed.head(k)
        if owner is None or owner.rel != "appos" or owner.pos != "PROPN":
            return False
        first = min(j for j in self.parsed.subtree(owner.i)  # "smartwatch, [the] Kestrel Pulse": past its article
                    if self.parsed.tokens[j].pos != "PUNCT")
        return first <= k and all(self.parsed.tokens[j].pos == "DET" for j in range(first, k))

    def words(self, indices: list[int]) -> str:
        out = []
        for k in indices:
            token = self.parsed.tokens[k]
            text = self.substitutes.get(k, token.text)
            if self.parsed.starts_sentence(k) and token.pos not in ("PROPN",) and not text.isupper():
                text = text[:1].lower() + text[1:]  # "Two men" inside a title is "two men"
            if text in ("’s", "'s") and (not out or k - 1 not in indices):
                continue  # "This year's results" without the date: no owner left for the "'s"
            previous = self.parsed.tokens[k - 1] if k else None
            glued = previous is not None and k - 1 in indices and not previous.space and k - 1 not in self.substitutes \
                and (previous.pos in ("SYM", "NUM") or token.pos in ("NUM", "SYM"))  # "£12m", "$160", "3.5%"
            if out and (text in ("’s", "'s", "-", "n't") or (text in ("'", "’") and self._plural_possessive(k))
                        or self._abbreviation_stop(k)
                        or out[-1].endswith("-") or glued):  # "dockers[']", the plural's possessive too
                out[-1] += text
            else:
                out.append(text)
        return " ".join(out)

    def subject(self, head: Token) -> tuple[str, bool] | None:
        """The subject phrase (a pronoun or bare description resolved to its name), and whether plural."""
        subj = subject_of(self.parsed, head)
        if subj is None or subj.i in self.excluded:
            return None  # a date is never the doer ("May scrapped ...")
        plural = subj.feature("Number") == "Plur" or any(c.rel == "conj" for c in self.parsed.children(subj.i))
        named = next((c for c in self.parsed.children(subj.i, "appos", "conj", "vocative", "dep")
                      if (c.pos == "PROPN" or (c.rel == "appos" and _model_name(c)))  # ("a mid-range model, the V9,")
                      and c.i > subj.i and (c.rel != "conj" or not self.parsed.children(c.i, "cc"))),
                     None)  # a conj with no "and"; a name set off after it, however labelled ("The youngest, ...
        # player Ellie Barnes, joined")
        if named is None and subj.pos == "NOUN" and not eventive_noun(subj):
            # "ESA's director of Earth observation, [Karin Lindqvist],": the name closing the subject is the
            # subject's, wherever the parser hung it inside; a happening is no one ("Talks between the union and
            # the operator, Kvarnholm Terminals, broke down": the operator's)
            words = [k for k in self.parsed.subtree(subj.i) if self.parsed.tokens[k].pos != "PUNCT"]
            named = next((self.parsed.tokens[k] for k in words if self.parsed.tokens[k].dep.lower() == "appos"
                          and self.parsed.tokens[k].pos == "PROPN" and self._set_off(k)
                          # (not a body's name, "the founder of the charity, Homes First,": the charity's)
                          and (self.parsed.tokens[k].head == subj.i
                               or not names_a_body(self.parsed.tokens[self.parsed.tokens[k].head]))
                          # (nor the name in a participle's phrase: "The band, [led by] Margaret Pole, started")
                          and not any(up.pos == "VERB" and up.tag in ("VBN", "VBD") and up.rel == "acl"
                                      for up in self.parsed.ancestors(k) if up.i > subj.i)
                          and max(j for j in self.parsed.subtree(k) if self.parsed.tokens[j].pos != "PUNCT")
                          == max(words)), None)
        if subj.pos in ("NOUN", "ADJ") and named is not None:  # "the junior partner, the Green Alliance,"
            return self.words(self.phrase(named.i, 6)), plural
        if subj.pos == "NOUN" and (subj.rel == "appos" or (subj.rel == "conj" and not self.parsed.children(
                subj.i, "cc"))) and (owner := self.parsed.head(subj.i)) is not None and owner.i < subj.i \
                and owner.pos in ("PROPN", "NOUN") and owner.text[:1].isupper() and not owner.text.isupper():
            # "Hillside Roasters, the Bristol coffee company that was founded in 2009": the name it describes
            return self.words(self.phrase(owner.i, 6)), plural
        if subj.pos == "PRON" or age_description(self.parsed, subj) or self._bare_noun(subj):
            name = self.coreference.resolve(subj, avoid=self._clause_names(head) if subj.pos == "PRON" else ())
            if name:
                return name, False
            description = self.coreference.describe(subj)
            if description is not None:
                return self.words(self.phrase(description.i, 5)), description.feature("Number") == "Plur"
            if subj.pos == "PRON" and subj.text.lower() not in ("we", "i", "you"):
                return None
        words = self.words(self.phrase(subj.i, 6))
        if subj.pos == "NOUN" and len(words.split()) <= 3 and (doer := self._doer_of_its_participle(subj)) is not None:
            words = f"{words} {doer}"  # "Libel trial [brought by Howard Lyle] opened": whose it is says which
        return self.coreference.full_name(words), plural  # "Halden" after "Halden Motors": the whole name

    def _bare_noun(self, noun: Token) -> bool:
        """A common noun with no modifier that says which ("the company"): a description coreference may name."""
        return noun.pos == "NOUN" and not self.parsed.children(noun.i, "amod", "compound", "nmod", "flat")

    def _clause_names(self, head: Token) -> tuple[str, ...]:
        """The names among the verb's objects and obliques: who a pronoun subject of it cannot be (English never
        lets a name be bound by a pronoun that commands it, "He testified against Jelavic")."""
        names = []
        for argument in self.parsed.children(head.i):
            if argument.rel in ("obj", "iobj", "obl") and argument.pos == "PROPN" \
                    and (chunk := chunk_around(self.parsed, argument.i)) is not None:
                names.append(self.words(list(range(chunk[0], chunk[1] + 1))))
        return tuple(names)

    def _named_description(self, noun: Token) -> str | None:
        """ "The company was founded in 2004": a bare definite description of a body ("the company", "the club"),
        outside the subject the title is told of, stands for the name the article gave it, as a headline says."""
        if noun.pos != "NOUN" or noun.dep.lower() == "nsubj" or any(c.rel != "det" for c in self.parsed.children(noun.i)
                                                            if c.pos != "PUNCT" and c.rel != "case"):
            return None
        name = self.coreference.resolve(noun)
        return name if name and not (self.doer and same_name(name, self.doer)) else None

    def _set_off(self, k: int) -> bool:
        """The phrase of token k follows a comma ("director of observation[,] Karin Lindqvist"), as an apposition
        does; a name right after its noun is the noun's own ("the track manager ProRail")."""
        first = min(j for j in self.parsed.subtree(k) if self.parsed.tokens[j].pos != "PUNCT")
        return first > 0 and self.parsed.tokens[first - 1].text == ","

    def _doer_of_its_participle(self, noun: Token) -> str | None:
        """ "a libel trial brought by property developer Howard Lyle": the participle and the name of its agent,
        when the agent is named ("brought by Howard Lyle")."""
        for participle in self.parsed.children(noun.i, "acl"):
            agent = next((c for c in self.parsed.children(participle.i, "obl:agent")), None)
            if participle.tag != "VBN" or participle.i < noun.i or agent is None:
                continue
            name = agent if agent.pos == "PROPN" else next(
                (c for c in self.parsed.children(agent.i, "appos", "flat", "compound")
                 if c.pos == "PROPN" or c.text[:1].isupper()), None)
            chunk = chunk_around(self.parsed, name.i) if name is not None else None
            if chunk is not None:
                return f"{participle.text.lower()} by {self.words(list(range(chunk[0], chunk[1] + 1)))}"
        return None

    def verb_title(self, head: Token, name: Token, status: str) -> Title:
        parsed = self.parsed
        passive = any(c.dep.lower() in ("nsubj:pass", "aux:pass") for c in parsed.children(head.i))
        # "published by the end of the year" names no doer; "criticised over late payments" none either
        agent = next((c for c in parsed.children(head.i) if c.dep.lower() == "obl:agent" and c.i not in self.excluded
                      and parsed.tokens[min(parsed.subtree(c.i))].text.lower() == "by"), None)
        subject = self.subject(head)
        # "the treaty, signed last November": a participle on a noun, also when the parser called it a relative
        # clause although it has neither subject nor relative word
        reduced = head.dep.lower() in ("acl", "acl:relcl") and head.tag in ("VBN", "VBD") \
            and parsed.head(head.i) is not None and not any(
                c.rel == "nsubj" or (c.text.lower() in ("which", "that", "who") and c.rel in ("obj", "mark"))
                for c in parsed.children(head.i))
        if reduced and agent is None:  # "the treaty, signed last November": the noun is what was signed
            passive = True
            noun = parsed.tokens[head.head]
            # "The company, founded in 2017": a bare description of a body is the body the article named
            body = self.coreference.resolve(noun) if self._bare_noun(noun) else None
            subject = (body, False) if body else (self.words(self.phrase(noun.i, 5)), False)
        elif reduced:  # "the mission, approved by member states in 2019": the states approved the mission
            subject = (self.words(self.phrase(agent.i, 6)), False)
            agent = None
        prt_index = particle(parsed, head.i)
        prt = parsed.tokens[prt_index] if prt_index is not None else None
        lemma = base_form(head)
        verb_words: list[str]
        told_actively = passive and agent is not None  # "was acquired by Northway": Northway acquired it
        if told_actively:
            subject = (self.words(self.phrase(agent.i, 6)), False)
            obj = next((c for c in parsed.children(head.i) if c.dep.lower() == "nsubj:pass"), None)
            passive = False
            if obj is not None and obj.pos == "PRON" and obj.text.lower() in _OBJECT_CASE:
                # "she was stung by jellyfish": the one it befell, named, or at least "her"
                self.substitutes[obj.i] = self.coreference.resolve(obj) or _OBJECT_CASE[obj.text.lower()]
        elif reduced and not passive:
            obj = parsed.tokens[head.head]
        else:
            # ("told [the 64 staff] at a meeting": with no direct object, the one told)
            obj = next((c for c in parsed.children(head.i, "obj")), None) or next(
                (c for c in parsed.children(head.i, "iobj")), None)
            if obj is None:  # "sentenced [former mayor Richard Hale] to six years", a name taken for a clause
                obj = next((c for c in parsed.children(head.i, "ccomp") if c.pos in ("PROPN", "NOUN")
                            and not parsed.children(c.i, "nsubj") and not parsed.children(c.i, "cop")), None)
            if obj is None and flattened(parsed, head):
                obj = parsed.tokens[head.head]  # the noun it was flattened onto is what it acted on
            if obj is None and subject is not None and (relative := next(
                    (c for c in parsed.children(head.i) if c.tag == "WDT" and c.i < head.i and c.rel != "nsubj"
                     and c.i > 0 and parsed.tokens[c.i - 1].pos == "NOUN"), None)) is not None:
                obj = parsed.tokens[relative.i - 1]  # "an upgrade [that] Kronborg approved": the upgrade was approved
        surface = head.text.lower()
        prefix = next((c for c in parsed.children(head.i, "compound") if c.tag == "AFX" and c.i == head.i - 2), None)
        if prefix is not None:  # "re-elected"
            surface = f"{prefix.text.lower()}-{surface}"
        modifier = next((c for c in parsed.children(head.i, "compound") if head.tag == "VBG" and c.i < head.i
                         and max(parsed.subtree(c.i)) == head.i - 1), None)
        if modifier is not None and prefix is None:  # "began [pre-season] testing": a gerund's nominal modifier
            surface = f"{self.words(parsed.subtree(modifier.i)).lower()} {surface}"
        if passive:
            verb_words = [surface] + ([prt.text.lower()] if prt else [])
            if status in ("planned", "expected") or (status in ("postponed", "cancelled") and any(
                    c.text.lower() == "be" for c in parsed.children(head.i, "aux"))):  # "is now to be finished"
                verb_words = ["to be", *verb_words]
        elif status in ("planned", "expected") or (status in ("postponed", "cancelled") and head.tag == "VB"):
            verb_words = ["to", surface if head.tag == "VB" else lemma] + ([prt.text.lower()] if prt else [])
        elif head.tag == "VBN" and status == "occurred" and lemma in verb_lemmas(surface) \
                and surface not in past_forms(lemma):
            # "had broken into its servers", "had ... [stolen] the names": a headline tells it in the simple past
            verb_words = [simple_past(lemma)] + ([prt.text.lower()] if prt else [])
        elif head.tag in ("VBD", "VBZ", "VBP", "VBN"):
            # the verb as written ("pleaded", "meets"): a learned lemma can be wrong, the text cannot
            verb_words = [surface] + ([prt.text.lower()] if prt else [])
        elif status == "occurred" and surface in past_forms(lemma):
            # "and [laid] off 300 workers", the past form taken for an adjective: still the past
            verb_words = [surface] + ([prt.text.lower()] if prt else [])
        elif status == "occurred" and head.tag in ("VB", "VBG"):
            # "appeared before the committee to defend ...", told as it happened: "defended", not "defend"
            verb_words = [simple_past(lemma)] + ([prt.text.lower()] if prt else [])
        else:
            plural = subject[1] if subject else False
            verb_words = [lemma if plural else _third_person(lemma)] + ([prt.text.lower()] if prt else [])
        aspect = parsed.head(head.i) if head.rel == "xcomp" else None
        if aspect is not None and base_form(aspect) in ASPECTUAL and not passive:
            # "stopped selling the heaters": the phase is what happened; "Lumora sells heaters" would say otherwise
            complement = surface if head.tag == "VBG" else f"to {head.text.lower()}"
            if status in ("planned", "expected"):
                verb_words = ["to", base_form(aspect), complement]
            elif aspect.tag in ("VBD", "VBZ", "VBP", "VBN"):
                verb_words = [aspect.text.lower(), complement]
            verb_words += [prt.text.lower()] if prt else []
        if obj is not None and lemma == "take" and obj.lemma.lower() == "part" and not passive:
            verb_words = [*verb_words, "part"]  # "took part [in the drill]": one verb, its complement what it joins
            obj = None
        if name.i != head.i and name.rel not in ("nsubj", "obl"):  # "held talks": the noun is the object
            # ("went on strike": the noun keeps its preposition, a complement)
            obj = name
        if obj is not None and obj.pos == "PRON" and obj.text.lower() in ("which", "that", "whom"):
            obj = self._antecedent(head, obj)  # "a rise, which the union rejected": the union rejected the rise
        if obj is not None and obj.text.lower() in WH_WORDS and obj.i > head.i:
            obj = None  # "will decide [which] of three sites to map": the question is what is decided
        subject_token = subject_of(parsed, head)
        if obj is not None and subject_token is not None and obj.i == subject_token.i and not told_actively:
            obj = None  # "the hearing was adjourned": already the subject
        parts = []
        quality = 1
        if subject is not None and not subject[0]:
            subject = None
        self.doer = subject[0] if subject is not None else None
        self.relative_doer = any(c.dep.lower() in ("nsubj", "nsubj:pass") and c.text.lower() in ("which", "that")
                                 for c in parsed.children(head.i))
        if subject is not None:
            parts.append(subject[0])
            quality = 2
        parts.extend(verb_words)
        after = parsed.tokens[head.i + 1] if head.i + 1 < len(parsed.tokens) else None
        if after is not None and after.text.lower() == "home" and after.head == head.i \
                and (obj is None or obj.i == after.i):
            parts.append("home")  # "to fly home", "were sent home": where to, in one word
            obj = None
        antecedent = obj is not None and obj.text.lower() == "them"
        if antecedent:
            obj = self._earlier_plural_object(obj)  # "cut water allocations ... would review [them]"
        if obj is not None and self._opaque(obj):
            obj = None  # "to debate it": better no object than one the reader cannot know
        if obj is not None and obj.i not in self.excluded:
            # a flattened verb's object starts after the verb ("approved [plans for bus lanes]")
            if flattened(parsed, head):
                words = [k for k in self.phrase(obj.i, 12) if k > head.i][:6]
                if words and (name := chunk_around(parsed, words[-1] + 1)) is not None \
                        and name[0] == words[-1] + 1:
                    words += list(range(name[0], name[1] + 1))  # "sacked manager [Tom Ellery]"
                parts.append(self.words(words))
            else:
                if (recipient := self._recipient(head, obj)) is not None:
                    parts.append(recipient)  # "fined him a month's wages": who was fined, then what
                if obj.pos == "PRON" and obj.text.lower() in ("him", "her") and obj.i not in self.substitutes \
                        and (person := self._person(obj)) is not None:
                    self.substitutes[obj.i] = person  # "the panel banned her": banned Ines Carvalho
                named = next((c for c in parsed.children(obj.i, "appos") if c.pos == "PROPN" and c.i > obj.i),
                             None) if obj.pos == "NOUN" else None
                if named is not None:
                    obj = named  # "fined the ship's owner, Elbline Shipping,": the name says who
                phrase = self.phrase(obj.i, 6)
                # the antecedent as named, without what the earlier clause said of it ("by 25 percent")
                parts.append(self.words([k for k in phrase if k <= obj.i] if antecedent else phrase))
                if (purpose := self._infinitive_of(obj) or self._purpose_of_an_amount(head, obj)) is not None:
                    parts.append(purpose)  # "approved a plan [to build 400 affordable apartments]"
            quality = 3 if subject else 1
        predicative = next((c for c in parsed.children(head.i, "xcomp") if c.pos in ("NOUN", "PROPN", "ADJ", "ADV")
                            and not parsed.children(c.i, "mark") and not open_question(parsed, c)),
                           None)  # "fell [ill]", "became [chief executive]"
        if predicative is None and head.i + 1 < len(parsed.tokens) and _ORDINAL.fullmatch(
                (after := parsed.tokens[head.i + 1]).text.lower()) and after.head == head.i:
            predicative = after  # "finished [fourth]", "came [second]": the place is what happened
        if predicative is not None and (obj is None or told_actively or predicative.i > obj.i):
            # "became chief executive", "was named minister", "named Ana Ruiz [chief executive]"
            negated = any(c.text.lower() in ("not", "n't") for c in parsed.children(predicative.i, "advmod"))
            # ("pleaded [not] guilty": the negation of the predicative is what was said)
            parts.append(("not " if negated else "") + self.words(self.phrase(predicative.i, 5)))
            quality = max(quality, 3 if subject else 1)
        question = self._question(head) if predicative is None and (
            obj is None or base_form(head) in REQUESTING) else None  # "asked scrutineers [to check ballots]"
        if question is not None:  # "the board would decide next month [whether to claw back bonuses]"
            parts.append(question)
            quality = max(quality, 3 if subject else 1)
        clausal = question is None and any(
            c.rel in ("ccomp", "xcomp", "csubj") or (c.rel == "parataxis" and c.pos in ("VERB", "AUX")
                                                     and not _attribution(c))
            or (c.rel == "advcl" and _that_clause(parsed, c))
            for c in parsed.children(head.i))
        linking = lemma in _LINKING
        if obj is None and predicative is None and (clausal or linking):
            quality = min(quality, 1)  # "Meyer discovered [that ...]", "Okafor became [...]": ends mid-thought
        complement = self._complement(head)
        purpose = next((c for c in parsed.children(head.i, "advcl") if c.tag == "VB" and c.i > head.i
                        and any(m.text.lower() == "to" for m in parsed.children(c.i, "mark"))
                        and parsed.children(c.i, "obj")), None) \
            if obj is None and predicative is None and question is None and not complement and not passive else None
        if purpose is not None and subject is not None:
            # "the board met on Wednesday [to approve the settlement]": with nothing else said of it, what it met for
            # (not a passive's: "was pushed back to give councils time" gives the putter-off's reason)
            parts.append(self._to_clause(purpose))
            quality = max(quality, 3)
        # a headline's length: a complement of where or to whom ("moved Brekke [to the justice ministry]") up to
        # 12 words, one of circumstance ("[after a run of seven defeats]") up to 10
        limit = 10 if complement and complement.split()[0] in _PERIPHERAL_PREPOSITIONS else 12
        if complement and (obj is None or len(" ".join([*parts, complement]).split()) <= limit):
            parts.append(complement)
            quality = max(quality, 3 if subject else 1)
            if complement.startswith("from ") and (goal := self._complement(head, after=complement)) \
                    and goal.split()[0] in ("to", "into") and len(" ".join([*parts, goal]).split()) <= 12:
                parts.append(goal)  # "moved its headquarters from Paris [to Lyon]": a move has both ends
        self.doer, self.relative_doer = None, False
        return Title(tidy(" ".join(p for p in parts if p)), quality)

    def _with_names_after(self, indices: list[int]) -> list[int]:
        """ "the summit between the American leaders [Joe Biden and Chinese Xi Jinping]": names right after a
        noun phrase are its apposition, however the parser hung them."""
        if not indices:
            return indices
        k = indices[-1] + 1
        out = list(indices)
        while k < len(self.parsed.tokens) and (chunk := chunk_around(self.parsed, k)) is not None and chunk[0] == k:
            if any(self.parsed.tokens[j].dep.lower().startswith("nsubj") for j in range(chunk[0], chunk[1] + 1)):
                break  # "In Saturday's final [Marwood] beat ...": a clause's subject is no apposition
            out += list(range(chunk[0], chunk[1] + 1))
            k = chunk[1] + 1
            tokens = self.parsed.tokens
            if k + 1 < len(tokens) and tokens[k].text.lower() == "and":
                step = 2 if tokens[k + 1].pos == "ADJ" and k + 2 < len(tokens) else 1
                nxt = chunk_around(self.parsed, k + step)
                if nxt is not None and nxt[0] == k + step:
                    out += list(range(k, k + step))
                    k += step
                    continue
            break
        return out if len(out) - len(indices) <= 6 else indices

    def _question(self, head: Token) -> str | None:
        """The open question a verb of deciding takes, in a few words: "whether to cut bonuses"; or what a verb
        of committing commits to: "agreed [to combine]"."""
        committing = base_form(head) in COMMITTING | REQUESTING | REFUSING
        clause = next((c for c in self.parsed.children(head.i, "xcomp", "ccomp", "advcl") if infinitive(self.parsed, c)
                       and (open_question(self.parsed, c) or committing) and (c.rel != "advcl" or committing)), None)
        gerund = clause is None and committing and (clause := next(  # "proposed [scrapping] Saturday rounds"
            (c for c in self.parsed.children(head.i, "xcomp") if c.tag == "VBG"), None)) is not None
        if clause is None:
            return self._wh_question(head)
        marks = [m.text.lower() for m in self.parsed.children(clause.i, "mark") if m.text.lower() != "to"]
        words = [clause.text.lower()] if gerund else [*marks[:1], "to", clause.text.lower()]
        prt = particle(self.parsed, clause.i)
        words += [self.parsed.tokens[prt].text.lower()] if prt is not None else []
        obj = next((c for c in self.parsed.children(clause.i, "obj")), None)
        if obj is not None and obj.text.lower() == "it" and (happening := self._happening_before(obj)) is not None:
            obj = happening  # "called a 24-hour strike ... would decide whether to extend [it]": the strike
        if obj is not None and not self._opaque(obj):
            words.append(self.words(self.phrase(obj.i, 4)))
        return " ".join(words)

    def _wh_question(self, head: Token) -> str | None:
        """ "will decide next week [which of three sites to map first]": a question opened by a wh-word after the verb,
        as written, up to the end of the clause it asks about (a few words, or none)."""
        wh = next((c for c in self.parsed.children(head.i) if c.text.lower() in WH_WORDS and c.i > head.i), None)
        clause = next((c for c in self.parsed.children(head.i, "xcomp", "ccomp") if wh is not None and c.i > wh.i),
                      None)
        if wh is None or clause is None:
            return None
        end = max(k for k in self.parsed.subtree(clause.i) if self.parsed.tokens[k].pos not in ("PUNCT", "ADV"))
        if end - wh.i >= 8 or any(k in self.excluded for k in range(wh.i, end + 1)):
            return None
        return self.words(list(range(wh.i, end + 1)))

    def _happening_before(self, pronoun: Token) -> Token | None:
        """What "it" stands for when a verb that acts on happenings takes it: the nearest event noun before it in its
        sentence that is a verb's object or subject."""
        start = self.parsed.sentence_of(pronoun.i)[0]
        return next((self.parsed.tokens[k] for k in range(pronoun.i - 1, start - 1, -1)
                     if eventive_noun(self.parsed.tokens[k], strict=True)
                     and self.parsed.tokens[k].rel in ("obj", "nsubj")), None)

    def _infinitive_of(self, noun: Token) -> str | None:
        """What a plan, bid or deal is for, when the noun takes an infinitive: "to build 400 apartments"."""
        verb = next((c for c in self.parsed.children(noun.i, "acl") if c.i > noun.i and infinitive(self.parsed, c)
                     and not self.parsed.children(c.i, "nsubj") and not any(  # ("awards, due to be held in May":
                         m.text.lower() in ("due", "set", "scheduled") for m in self.parsed.children(c.i, "mark"))
                     and not self.parsed.children(c.i, "aux:pass")), None)  # when, not what for)
        if verb is None:
            return None
        # "a decision [on whether] to prosecute": the question the noun is about keeps its words
        marks = [m.text.lower() for m in self.parsed.children(verb.i, "mark", "dep") if m.i < verb.i
                 and m.text.lower() in ("on", "about", "over", "whether")]
        return self._to_clause(verb, marks)

    def _purpose_of_an_amount(self, verb: Token, obj: Token) -> str | None:
        """ "approved 45 million dollars [to strengthen 300 school buildings]": a sum or a number says what was
        given only with what it is for, the infinitive of purpose after it."""
        counted = obj.pos == "NUM" or any(c.pos == "NUM" for c in self.parsed.children(obj.i, "nummod", "compound"))
        clause = next((c for c in self.parsed.children(verb.i, "advcl", "xcomp") if c.i > obj.i
                       and infinitive(self.parsed, c) and not self.parsed.children(c.i, "nsubj")), None)
        return self._to_clause(clause) if counted and clause is not None else None

    def _recipient(self, head: Token, obj: Token) -> str | None:
        """The first object of a verb with two ("pay [each household] 500 pounds", "fined [him] a month's wages"),
        named; a pronoun the article does not name is left out."""
        recipient = next((c for c in self.parsed.children(head.i, "iobj") if c.i < obj.i), None)
        if recipient is None or recipient.i in self.excluded or (
                recipient.text.lower() == "her" and self.parsed.tokens[recipient.i + 1].pos not in ("DET", "NUM")):
            return None  # ("shooting [her] next film": "her" may be the owner the parser took for an object)
        if recipient.pos == "PRON":  # (unnamed, it is left out)
            return self._person(recipient)
        return self.words(self.phrase(recipient.i, 4))

    def _person(self, pronoun: Token) -> str | None:
        """The name an object pronoun stands for, never the doer of its own clause ("he gave him" is someone
        else: English says "himself" for the doer)."""
        return self.coreference.resolve(pronoun, avoid=(self.doer,) if self.doer else ())

    def _to_clause(self, verb: Token, before: Sequence[str] = ()) -> str:
        """An infinitive in a few words, with its object when a reader can place it: "to build 400 apartments"."""
        obj = next((c for c in self.parsed.children(verb.i, "obj")), None)
        words = [*before, "to", verb.text.lower()]
        if (prt := particle(self.parsed, verb.i)) is not None:
            words.append(self.parsed.tokens[prt].text.lower())  # "to pick [up] speed"
        if obj is not None and not self._opaque(obj):
            words.append(self.words(self.phrase(obj.i, 4)))
        return " ".join(words)

    def _plural_before(self, pronoun: Token) -> Token | None:
        """The plural noun a partitive "of them" counts from: the nearest one before it in its sentence ("The mill's
        40 looms, the oldest of them built in 1952")."""
        start = self.parsed.sentence_of(pronoun.i)[0]
        holders = {up.i for up in self.parsed.ancestors(pronoun.i)}  # ("talks with [them]": not the talks themselves)
        return next((t for t in reversed(self.parsed.tokens[start:pronoun.i]) if t.pos == "NOUN"
                     and t.feature("Number") == "Plur" and t.i not in holders), None)

    def _earlier_plural_object(self, pronoun: Token) -> Token | None:
        """ "them" as an object stands for a plural noun the same sentence acted on before it: "cut water
        allocations by 25 percent and said it would review [them]". Only within the sentence, and only when one
        such noun is there, since beyond it a reader could not tell which."""
        start = self.parsed.sentence_of(pronoun.i)[0]
        found = [t for t in self.parsed.tokens[start:pronoun.i] if t.pos == "NOUN" and t.feature("Number") == "Plur"
                 and t.dep.lower() in ("obj", "nsubj:pass")]
        verb = self.parsed.head(pronoun.i)
        first = self.parsed.head(verb.i) if verb is not None and verb.rel == "conj" else None
        parallel = [t for t in found if first is not None and t.head == first.i and t.rel == "obj"]
        if len(found) > 1 and len(parallel) == 1:
            found = parallel  # "proposed fortnightly rounds in 2019 to cut costs, and tested [them]": the first
            # verb's object, as the coordination lines the two verbs up
        return found[0] if len(found) == 1 and not self.parsed.children(found[0].i, "conj") else None

    def _opaque(self, token: Token) -> bool:
        """An object pronoun ("debate it", "vote on them"): out of its sentence it says nothing, and what it stands
        for is seldom the last named subject, which is all the article's coreference knows."""
        return token.pos == "PRON" and token.text.lower() in ("it", "them", "this", "that", "these", "those")

    def _whose(self, pronoun: Token) -> str | None:
        """The name a relative "whose" stands for: the noun its clause hangs on, when that is a name."""
        clause = next((up for up in self.parsed.ancestors(pronoun.i) if up.dep.lower() in ("acl:relcl", "acl")), None)
        noun = self.parsed.head(clause.i) if clause is not None else None
        if noun is None:  # however the clause was hung, "whose" follows what it stands for: "Harlow Rovers, whose"
            k = pronoun.i - 1
            while k >= 0 and self.parsed.tokens[k].pos == "PUNCT":
                k -= 1
            noun = self.parsed.tokens[k] if k >= 0 else None
        chunk = chunk_around(self.parsed, noun.i) if noun is not None else None
        if noun is None or (noun.pos != "PROPN" and chunk is None):
            return None
        return self.words(list(range(chunk[0], chunk[1] + 1))) if chunk is not None else noun.text

    def _antecedent(self, head: Token, pronoun: Token) -> Token | None:
        """The noun a relative pronoun stands for; a title never says "rejected which"."""
        relative = _relative_clause_verb(self.parsed, head)
        noun = self.parsed.head(relative.i) if relative is not None else None
        if noun is None or noun.pos not in ("NOUN", "PROPN") or noun.i in self.excluded:
            return None
        return _nearest_antecedent(self.parsed, noun, pronoun)

    def _complement(self, head: Token, after: str | None = None) -> str | None:
        """One prepositional complement that is not a date: "for a 2010 raid", "to Beijing", "out of talks" (the
        next one after the complement `after`, when given)."""
        seen = after is None
        for allowed in (_PREPOSITIONS_TITLE, _PERIPHERAL_PREPOSITIONS):
            for child in self.parsed.children(head.i, "obl"):
                if child.i in self.excluded or child.dep.lower() in ("obl:agent", "obl:unmarked", "obl:tmod") \
                        or self._opaque(child):
                    continue
                cases = [c for c in self.parsed.children(child.i, "case") if c.i < child.i]
                first = self.parsed.tokens[min(self.parsed.subtree(child.i))]
                if not cases and first.rel == "case" and first.pos == "ADP":
                    cases = [first]  # "at [Le] Mans": the preposition hung on the name's first word
                if not cases or cases[-1].text.lower() not in allowed:
                    continue
                phrase = self.phrase(child.i, 5)
                if phrase:
                    preposition = " ".join(c.text.lower() for c in cases)
                    text = f"{preposition} {self.words([k for k in phrase if k not in {c.i for c in cases}])}"
                    if seen:
                        return text
                    seen = text == after
        return None

    def noun_title(self, name: Token, status: str = "occurred") -> Title:
        indices = self._with_names_after(self.phrase(name.i, 9))
        # "38 flights", "the two meetings": a number or an article adds nothing a reader can place
        governor = self.parsed.head(name.i)
        if status in ("cancelled", "postponed") and governor is not None and governor.pos == "VERB" \
                and base_form(governor) not in CANCELLING | POSTPONING:
            # "the visit had been scheduled for June but was postponed": its fate is told by the second verb
            governor = next((c for c in self.parsed.children(governor.i, "conj") if c.pos == "VERB"
                             and self._calls_or_puts_off(c)  # ("but was moved to May 11")
                             and not self.parsed.children(c.i, "nsubj", "nsubj:pass")), governor)
        if sum(1 for k in indices if self.parsed.tokens[k].pos not in ("NUM", "DET", "PUNCT")
               or re.fullmatch(r"(1[89]|20)\d\d", self.parsed.tokens[k].text)) > 1:  # "a 2010 raid" says which
            phrase = Title(tidy(self.words(indices)), 2)
            if status in ("cancelled", "postponed") and governor is not None and governor.pos == "VERB" \
                    and name.dep.lower() in ("obj", "nsubj:pass") \
                    and self._calls_or_puts_off(governor):
                # "halted a smaller study of cardoxan": told as a headline tells it, "Smaller study ... halted"
                prt = particle(self.parsed, governor.i)
                verb = governor.text.lower() if governor.tag in ("VBD", "VBN") else simple_past(base_form(governor))
                told = " ".join([verb, *([self.parsed.tokens[prt].text.lower()] if prt is not None else [])])
                return Title(tidy(f"{phrase.text} {told}"), 2)
            # "called a 24-hour strike": a phrase with no name and no complement says less than its clause
            if self.parsed.tokens[indices[-1]].i == name.i and not any(
                    self.parsed.tokens[k].pos == "PROPN" for k in indices) and governor is not None \
                    and governor.pos == "VERB" and name.dep.lower() == "obj" and subject_of(self.parsed, governor):
                clause = self._clause_title(governor, name, status)
                if clause is not None and clause.quality >= 3:
                    return clause
            if self.parsed.tokens[indices[-1]].i == name.i and len(indices) <= 3 and not any(
                    self.parsed.tokens[k].pos == "PROPN" for k in indices) and governor is not None \
                    and governor.pos == "VERB" and name.dep.lower() == "nsubj" and status == "occurred" \
                    and self.parsed.children(governor.i, "obj") and base_form(governor) not in HAPPENING:
                # "a similar outage on Sept. 2 grounded 120 flights": what it did says which one it was
                clause = self.verb_title(governor, governor, status)
                if clause.quality >= 3:
                    return clause
            return phrase
        clause = self._clause_title(governor, name, status) if governor is not None else None
        if (clause is None or clause.quality < 3) and (purpose := self._infinitive_of(name)) is not None:
            # "a decision on whether to prosecute is expected": what it is about says which one, where no
            # clause says who did what with it ("scrapped plans to sell 5,000 tickets")
            return Title(tidy(f"{self.words(indices)} {purpose}"), 2)
        if (clause is None or clause.quality < 2) and (dated := self._dated_phrase(name)) is not None:
            return Title(tidy(dated), 2)  # "the July 2022 heatwave", "last Tuesday's sale": the date says which
        return clause if clause is not None else Title(tidy(self.words(indices)), 0)

    def _dated_phrase(self, name: Token) -> str | None:
        """A lone happening noun with its date before it ("the [July 2022] heatwave", "[next year's] meeting"):
        a date that modifies the noun is part of its name, which says which one it was."""
        before = [c for c in self.parsed.children(name.i) if c.i < name.i and c.i in self.excluded
                  and c.dep.lower() in ("compound", "nmod:poss", "amod", "nummod", "nmod")]
        first = min((k for c in before for k in self.parsed.subtree(c.i)), default=name.i)
        if not before or name.dep.lower().startswith("nsubj") \
                or any(self.parsed.tokens[k].text.lower() in WEEKDAYS for k in range(first, name.i)):
            return None  # ("Sunday's final" is as a rule the final the text tells elsewhere, by its verb; a subject's
            # happening is told by its clause: "next year's final is due to be held on March 25")
        indices = [k for k in range(first, name.i + 1) if self.parsed.tokens[k].text.strip()
                   and (self.parsed.tokens[k].pos != "PUNCT" or self.parsed.tokens[k].text in ("’s", "'s", "-"))]
        return self.words(indices) if len(indices) > 1 else None

    def _calls_or_puts_off(self, verb: Token) -> bool:
        """A verb that tells an event's fate: calling it off or putting it off ("cancelled", "put back", "moved to
        May 11")."""
        return base_form(verb) in CANCELLING | POSTPONING or puts_off(self.parsed, verb) \
            or postpones_pronoun(self.parsed, verb)

    def noun_then(self, name: Token, told: str) -> Title:
        """The event noun's phrase, then what was done to it: "Vote postponed", "Return visit by mayor moved",
        "Decision on whether to prosecute expected"."""
        purpose = self._infinitive_of(name)
        return Title(tidy(" ".join([self.words(self.phrase(name.i, 6)), *([purpose] if purpose else []), told])), 2)

    def due_title(self, name: Token) -> Title:
        """ "Its report is due in the autumn": the thing, and that it is due ("Payment due")."""
        return Title(tidy(f"{self.words(self.phrase(name.i, 6))} due"), 2)

    def _clause_title(self, governor: Token, name: Token, status: str) -> Title | None:
        """ "organisers called off the concert": a noun told by the clause that governs it; a verb of expecting
        or planning is told as written ("Northline expected hearing"), the noun holds the status."""
        negated = any(c.text.lower() in NEGATIONS for c in self.parsed.children(governor.i))
        if governor.pos != "VERB" or name.dep.lower() not in ("obj", "nsubj:pass", "nsubj") or negated:
            return None  # "the concert was not cancelled" is no title for the concert
        told = "occurred" if base_form(governor) in EXPECTING | PLANNING | {"call"} \
            and governor.tag in ("VBD", "VBZ", "VBP", "VBN") else status  # "Unions called strike"
        title = self.verb_title(governor, name, told)
        if base_form(governor) in HAPPENING:  # "Summit to take place": readable, but says only that it happens
            return Title(title.text, min(title.quality, 2))
        return title


def tidy(text: str) -> str:
    """A title as shown: one space between words, no stray quote or punctuation at its ends, at most MAX_WORDS
    words, a capital first."""
    text = " ".join(text.split()).strip(" ,;:-–—\"“”'")
    for quote in ("“", "”", "\""):
        if text.count(quote) == 1:
            text = text.replace(quote, "")
    words = text.split()
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
        while len(words) > 2 and (words[-1].lower() in _DANGLING or _AMOUNT_WORD.fullmatch(words[-1].lower())):
            words.pop()  # a title cut short never ends on "to", "of" or "the", nor on a number whose noun was cut
        text = " ".join(words)
    return text[:1].upper() + text[1:] if text else text
