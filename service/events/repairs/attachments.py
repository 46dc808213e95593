"""Repairs of where clauses and phrases hang: reports, relative and subordinate clauses, particles."""

from __future__ import annotations

from dataclasses import replace

from service.events.lemmas import base_form, past_forms, simple_past_only, verb_lemmas
from service.events.lexicon import HAPPENING, REPORTING, REPORTING_WHEN_BARE
from service.events.predicates import PARTICLES, eventive_noun
from service.events.repairs.common import (
    PLAIN_PREPOSITIONS,
    RELATIVE,
    SUBORDINATORS,
    agreement,
    on_a_verb,
    verb_above,
)
from service.events.repairs.words import as_noun
from service.nlp import Parsed, Token


def particle_before_a_preposition(parsed: Parsed) -> Parsed:
    """ "will be sworn [in] at a council meeting": two prepositions in a row cannot both head the phrase after
    them; the first, right after a verb, is the verb's particle ("handed [over] on Monday")."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:-1]:
        verb, after = parsed.tokens[word.i - 1], parsed.tokens[word.i + 1]
        hung = (word.rel == "case" and after.head == word.head) or (word.rel == "advmod" and word.head == verb.i)
        if not hung or word.text.lower() not in PARTICLES | {"in"} or verb.pos != "VERB" \
                or after.rel != "case" or after.text.lower() not in PLAIN_PREPOSITIONS \
                or after.text.lower() == word.text.lower():
            continue
        tokens[word.i] = replace(word, head=verb.i, dep="compound:prt", pos="ADP", tag="RP")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def verb_coordinated_with_a_function_word(parsed: Parsed) -> Parsed:
    """ "was cancelled in 2020 because of the pandemic and [returned] in 2022": a verb is coordinated with a verb,
    never with a preposition or adverb; it joins the nearest verb above the word the parser hung it on."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        word = parsed.head(verb.i)
        past_form = verb.pos == "ADJ" and verb.tag in ("JJ", "VBN") and verb_lemmas(verb.text) \
            and verb.text.lower().endswith("ed")  # "married in 2010 and [divorced] in 2018", tagged an adjective
        # (or to the noun closing the first verb's phrase: "were suspended on Thursday after a software [fault] and
        # [resumed] on Friday")
        closing_noun = word is not None and word.pos == "NOUN" and word.rel in ("obl", "obj") and verb.tag in (
            "VBD", "VBN") and verb.text.lower() in past_forms(base_form(verb)) \
            and not parsed.children(verb.i, "nsubj", "nsubj:pass") and (up := parsed.head(word.i)) is not None \
            and up.pos == "VERB" and up.tag in ("VBD", "VBN")
        if not (verb.pos == "VERB" or past_form) or verb.rel != "conj" or word is None \
                or (word.pos not in ("ADP", "SCONJ", "ADV", "PART", "NUM") and not closing_noun):
            continue
        above = next((t for t in parsed.ancestors(word.i) if t.pos == "VERB"), None)
        if above is None or above.i > verb.i:
            continue
        tokens[verb.i] = replace(verb, head=above.i, pos="VERB", tag="VBD" if past_form else verb.tag)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def adverbial_before_a_reported_clause(parsed: Parsed) -> Parsed:
    """ "Lufthansa said [on Tuesday] it would cut 2,000 jobs": with no "that", a reported clause begins at its
    subject; a phrase between the verb of saying and that subject is the saying's (its date is the report's)."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        saying = parsed.head(clause.i)
        if saying is None or clause.rel not in ("ccomp", "advcl", "parataxis") or saying.i > clause.i \
                or base_form(saying) not in REPORTING | REPORTING_WHEN_BARE or parsed.children(clause.i, "mark"):
            continue
        subject = next((c for c in parsed.children(clause.i, "nsubj") if c.i < clause.i), None)
        if subject is None:
            continue
        for child in parsed.children(clause.i):
            span = parsed.subtree(child.i)
            if child.rel in ("obl", "advmod") and saying.i < min(span) and max(span) < parsed.subtree(subject.i)[0]:
                tokens[child.i] = replace(child, head=saying.i)
                if clause.rel == "advcl":
                    tokens[clause.i] = replace(tokens[clause.i], dep="ccomp")
                changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def attribution_taken_for_a_modifier(parsed: Parsed) -> Parsed:
    """ "Exams will return next year, [the Examinations Authority confirmed] on Tuesday": a noun phrase set off by
    a comma and followed by a verb of saying with nothing said after it is the attribution of the sentence, not
    the verb's object with a participle."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        noun = parsed.head(verb.i)
        if verb.dep.lower() != "acl" or base_form(verb) not in REPORTING | REPORTING_WHEN_BARE or noun is None \
                or noun.i > verb.i or parsed.children(verb.i, "obj", "ccomp") or noun.head == noun.i:
            continue
        first = parsed.subtree(noun.i)[0]
        if first == 0 or parsed.tokens[first - 1].text != "," or parsed.tokens[noun.head].pos != "VERB":
            continue
        tokens[verb.i] = replace(verb, head=noun.head, dep="parataxis", tag="VBD")
        tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def relative_clause_taken_for_an_adverbial(parsed: Parsed) -> Parsed:
    """ "The strike, [which began on 3 March], has closed 40 schools": a clause whose subject is "which" or "who"
    right after a noun and a comma is a relative clause on that noun, not an adverbial of the main verb."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        if clause.rel not in ("advcl", "parataxis", "conj"):
            continue
        pronoun = next((c for c in parsed.children(clause.i, "nsubj")
                        if c.text.lower() in ("which", "who") and c.i < clause.i), None)
        if pronoun is None or clause.rel not in ("advcl", "parataxis", "conj") or pronoun.i < 2 \
                or parsed.tokens[pronoun.i - 1].text != ",":
            continue
        noun = parsed.tokens[pronoun.i - 2]
        if noun.pos not in ("NOUN", "PROPN") or noun.i in parsed.subtree(clause.i):
            continue
        tokens[clause.i] = replace(clause, head=noun.i, dep="acl:relcl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subordinate_clause_taken_for_a_modifier(parsed: Parsed) -> Parsed:
    """ "cut power to 9,000 homes [as it crossed Wales on Friday]": a clause opened by a subordinator ("as",
    "when", "after") with a subject of its own modifies a verb, not the noun before it."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        noun = parsed.head(clause.i)
        if clause.dep.lower() != "acl" or noun is None or noun.pos not in ("NOUN", "PROPN") or not any(
                m.text.lower() in SUBORDINATORS for m in parsed.children(clause.i, "mark")):
            continue
        subject = next((c for c in parsed.children(clause.i) if c.rel == "nsubj"), None)
        verb = verb_above(parsed, noun)
        if subject is None or verb is None:
            continue
        tokens[clause.i] = replace(clause, head=verb.i, dep="advcl")
        if subject.dep.lower() == "nsubj:pass" and parsed.children(clause.i, "obj"):
            tokens[subject.i] = replace(subject, dep="nsubj")  # "it crossed Wales": active, it has an object
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def when_clause_taken_for_a_conjunct(parsed: Parsed) -> Parsed:
    """ "confirmed the first case on February 9, [when a nurse in Kasese fell ill]": "when" opens a clause of its
    own, whose verb is no conjunct of the main one (there is no "and"); after a comma and a noun it is a relative
    clause on that noun (the date it says more of), else an adverbial clause."""
    tokens = list(parsed.tokens)
    changed = False
    for when in parsed.tokens:
        holder = parsed.head(when.i)
        if when.text.lower() != "when" or when.rel != "advmod" or holder is None or holder.pos == "VERB" \
                or holder.rel not in ("nsubj",) or (verb := parsed.head(holder.i)) is None or verb.pos != "VERB":
            continue
        tokens[when.i] = replace(when, head=verb.i)
        if verb.rel == "conj" and not parsed.children(verb.i, "cc"):
            before = parsed.tokens[when.i - 2] if when.i >= 2 and parsed.tokens[when.i - 1].text == "," else None
            if before is not None and before.pos in ("NOUN", "PROPN", "NUM") and before.i not in parsed.subtree(verb.i):
                tokens[verb.i] = replace(verb, head=before.i, dep="acl:relcl")
            else:
                tokens[verb.i] = replace(verb, dep="advcl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subordinator_taken_for_a_preposition(parsed: Parsed) -> Parsed:
    """ "plunged on Thursday [after] the carmaker warned that ...": "after" before a noun phrase and the finite verb
    that follows it with no subject is a subordinator; the noun phrase is that verb's subject, the clause an
    adverbial of the verb above."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        if noun.pos not in ("NOUN", "PROPN", "NUM"):
            continue
        marker = next((c for c in parsed.children(noun.i, "case") if c.text.lower() in SUBORDINATORS), None)
        governor = parsed.head(noun.i)
        if marker is not None and governor is not None and marker.text.lower() in _CLAUSE_OPENERS \
                and marker.i == parsed.subtree(noun.i)[0] and (inner := _clause_inside(parsed, noun)) is not None:
            # "a day [after] 19 of the party's MPs [backed] a motion", the verb read as a participle on the last
            # noun of its subject: a past form with an object closing the phrase after "after" is its clause
            clause = governor if governor.pos == "VERB" else (verb_above(parsed, governor) or governor)
            tokens[inner.i] = replace(inner, head=clause.i, dep="advcl", tag="VBD",
                                      morph="Mood=Ind|Tense=Past|VerbForm=Fin")
            tokens[noun.i] = replace(noun, head=inner.i, dep="nsubj")
            tokens[marker.i] = replace(marker, head=inner.i, dep="mark", pos="SCONJ")
            changed = True
            continue
        if noun.pos == "NUM":
            continue
        if marker is not None and marker.text.lower() in ("after", "before") and governor is not None \
                and governor.pos == "NOUN" and governor.lemma.lower() in _LONGER_TIME_UNITS \
                and governor.rel == "nsubj" \
                and (verb := parsed.head(governor.i)) is not None and verb.pos == "VERB" \
                and verb.i == parsed.subtree(noun.i)[-1] + 1 and verb.tag in ("VBD", "VBZ") \
                and [c.i for c in parsed.children(verb.i, "nsubj")] == [governor.i]:
            # "18 months [after] a storm [wrecked] the slipway", the span read as the subject: a measure of time
            # before "after" and a clause is how long after it, and the noun phrase is that clause's subject
            tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj")
            tokens[marker.i] = replace(marker, head=verb.i, dep="mark", pos="SCONJ")
            tokens[governor.i] = replace(governor, dep="obl:unmarked")
            changed = True
            continue
        if marker is not None and noun.rel == "nsubj" and governor is not None and governor.pos == "VERB" \
                and marker.i < noun.i < governor.i and not parsed.children(governor.i, "mark") \
                and [c.i for c in parsed.children(governor.i, "nsubj")] == [noun.i]:
            # "two days [after] talks ... broke down", "after" hung on the subject: a subject takes no
            # preposition, so it is its clause's subordinator
            tokens[marker.i] = replace(marker, head=governor.i, dep="mark", pos="SCONJ")
            changed = True
            continue
        if marker is None or noun.pos not in ("NOUN", "PROPN") or governor is None or governor.pos != "VERB":
            continue
        last = parsed.subtree(noun.i)[-1]
        if _name_set_off_as_the_subject(parsed, tokens, noun, marker, governor, last):
            changed = True
            continue
        verb = parsed.tokens[last + 1] if last + 1 < len(parsed.tokens) else None
        if verb is None or verb.pos != "VERB" or verb.tag not in ("VBD", "VBZ") or verb.head != governor.i \
                or (verb.tag == "VBZ" and marker.text.lower() not in _CLAUSE_OPENERS | {"when", "once"}) \
                or parsed.children(verb.i, "nsubj", "mark"):
            continue  # (a finite present too: "turned off after a last round of experiments ends on November 29")
        tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj")
        tokens[marker.i] = replace(marker, head=verb.i, dep="mark", pos="SCONJ")
        tokens[verb.i] = replace(verb, dep="advcl")
        following = next((c for c in parsed.children(governor.i, "obl") if parsed.subtree(c.i)[0] == verb.i + 1), None)
        if following is not None:
            tokens[following.i] = replace(following, head=verb.i)  # "... ends [on November 29]": the nearer verb's
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until"})


def _first_word(parsed: Parsed, i: int) -> int:
    return min(k for k in parsed.subtree(i) if parsed.tokens[k].pos != "PUNCT")


def _name_set_off_as_the_subject(parsed: Parsed, tokens: list[Token], noun: Token, marker: Token, governor: Token,
                                 last: int) -> bool:
    """ "to leave [after] the founder of the charity, Homes First, fell ill": the name set off by commas after the
    noun phrase is its apposition, though the parser made it the subject of the past verb after it; the noun phrase
    is that subject, and "after" opens the clause. Mends `tokens` and says whether it did."""
    end = len(parsed.tokens)
    if marker.text.lower() not in _CLAUSE_OPENERS | {"when"} or last + 2 >= end or parsed.tokens[last + 1].text != ",":
        return False
    # the name after the phrase (", Homes First,"), or closing it, when the parser kept it inside
    appos = next((t for t in parsed.tokens[noun.i:last + 1] if t.dep.lower() == "appos" and t.pos == "PROPN"
                  and parsed.subtree(t.i)[-1] == last and parsed.tokens[_first_word(parsed, t.i) - 1].text == ","),
                 None)
    if appos is not None:
        close, first = last + 1, _first_word(parsed, appos.i)
    else:
        close = next((k for k in range(last + 2, min(end, last + 8)) if parsed.tokens[k].text == ","), None)
        first = last + 2
    if close is None or close + 1 >= end or close == first:
        return False
    verb = parsed.tokens[close + 1]
    inside = range(first, close)
    if verb.pos != "VERB" or verb.tag != "VBD" or not all(parsed.tokens[k].text[:1].isupper() for k in inside) \
            or parsed.tokens[inside[0]].pos != "PROPN" or parsed.children(verb.i, "mark"):
        return False
    subject = next((c for c in parsed.children(verb.i, "nsubj") if c.i in inside), None)
    if any(c.i not in inside and c.rel == "nsubj" for c in parsed.children(verb.i)):
        return False
    if subject is not None:  # (else the parser left the name inside the phrase, as its apposition, already)
        name = parsed.tokens[inside[0]]
        tokens[name.i] = replace(name, head=noun.i, dep="appos")
        for k in inside[1:]:
            tokens[k] = replace(parsed.tokens[k], head=name.i, dep="flat")
        for k in (last + 1, close):
            tokens[k] = replace(parsed.tokens[k], head=name.i, dep="punct")
    elif appos is None:
        return False
    tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj")
    tokens[marker.i] = replace(marker, head=verb.i, dep="mark", pos="SCONJ")
    if verb.head != governor.i or verb.rel != "advcl":
        clause_above = governor if governor.pos == "VERB" else verb_above(parsed, governor)
        if clause_above is not None and clause_above.i != verb.i:
            tokens[verb.i] = replace(verb, head=clause_above.i, dep="advcl")
    return True


def _clause_inside(parsed: Parsed, noun: Token) -> Token | None:
    """The past form with an object that closes the phrase of `noun` (after its subject words), hung there as a
    participle: "after [19 of the party's 31 members of parliament] backed a motion"."""
    span = parsed.subtree(noun.i)
    for k in span:
        verb = parsed.tokens[k]
        if verb.pos == "VERB" and verb.dep.lower() == "acl" and verb.tag in ("VBD", "VBN") \
                and verb.text.lower() in past_forms(base_form(verb)) and parsed.children(verb.i, "obj") \
                and parsed.subtree(verb.i)[-1] == span[-1] and parsed.head(verb.i) is not None \
                and parsed.head(verb.i).i < verb.i and not parsed.children(verb.i, "nsubj", "mark", "aux"):
            return verb
    return None


def second_member_of_between(parsed: Parsed) -> Parsed:
    """ "Talks between the union [and management]", "management" joined to "talks": "between" takes two, so a
    singular noun after it followed by "and" and a noun is one coordinated complement."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        if noun.rel not in ("nmod", "obl"):
            continue
        between = any(c.text.lower() == "between" for c in parsed.children(noun.i, "case"))
        if noun.rel not in ("nmod", "obl") or not between or noun.feature("Number") == "Plur" \
                or parsed.children(noun.i, "conj"):
            continue
        last = parsed.subtree(noun.i)[-1]
        if last + 2 >= len(parsed.tokens) or parsed.tokens[last + 1].text.lower() != "and":
            continue
        second = next((c for c in parsed.children(noun.head, "conj") if c.i > last + 1
                       and min(parsed.subtree(c.i)) <= last + 2 and c.pos in ("NOUN", "PROPN")), None)
        if second is None:
            continue
        tokens[second.i] = replace(second, head=noun.i)
        tokens[last + 1] = replace(parsed.tokens[last + 1], head=second.i, dep="cc")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def clause_flattened_after_a_subordinator(parsed: Parsed) -> Parsed:
    """ "resigned on Monday, a week after [a newspaper published allegations] of bribery", read as one noun phrase
    with "published" its adjective: a past form between two noun phrases after "after" (or "before", "since") is
    the verb of the clause the word introduces, the first phrase its subject, the second its object."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        obj = parsed.head(verb.i)
        if verb.tag not in ("VBD", "VBN") or verb.rel not in ("amod", "compound") or obj is None \
                or obj.pos not in ("NOUN", "PROPN") or obj.i <= verb.i or not verb_lemmas(verb.text.lower()) \
                or not verb.text.islower():
            continue
        marker = next((c for c in parsed.children(obj.i, "case") if c.text.lower() in SUBORDINATORS
                       and c.i < verb.i), None)
        subject = next((c for c in parsed.children(obj.i) if c.i < verb.i and c.pos in ("NOUN", "PROPN")
                        and c.rel in ("compound", "nmod", "amod")), None)
        clause = verb_above(parsed, obj)
        if marker is None or subject is None or clause is None or not all(
                parsed.tokens[k].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT") or k in (marker.i, subject.i)
                for k in range(marker.i + 1, verb.i)):
            continue
        tokens[verb.i] = replace(verb, head=clause.i, dep="advcl", tag="VBD", pos="VERB",
                                 morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[marker.i] = replace(marker, head=verb.i, dep="mark", pos="SCONJ")
        tokens[subject.i] = replace(subject, head=verb.i, dep="nsubj")
        tokens[obj.i] = replace(obj, head=verb.i, dep="obj")
        for child in parsed.children(obj.i):  # the subject's own words go with it
            if child.i < subject.i and child.rel in ("det", "amod", "nummod", "compound"):
                tokens[child.i] = replace(child, head=subject.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def verb_taken_for_a_noun_after_a_subordinator(parsed: Parsed) -> Parsed:
    """ "two days after the storm [hit]", "as the wildfire [spread] towards the town": after "after", "as",
    "since" and the like, a noun phrase and then a word that is also a verb's past form is a clause, the word its
    verb and the phrase its subject (a noun right after a noun would be a compound's head: "the storm hit" is no
    such phrase when a subordinator stands before it and no determiner on the word)."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[3:]:
        lemmas = verb_lemmas(word.text.lower())
        if word.pos not in ("NOUN", "VERB") or not lemmas or not word.text.islower() \
                or word.text.lower() not in past_forms(lemmas[0]) \
                or any(c.i > word.i - 1 for c in parsed.children(word.i, "det", "case")) \
                or (word.pos == "VERB" and word.tag in ("VBD", "VBZ", "VBP")) \
                or (word.i + 1 < len(parsed.tokens) and parsed.tokens[word.i + 1].text.lower() in PARTICLES):
            continue  # ("shot down a balloon": a verb with its particle is mended with it, elsewhere)
        subject = parsed.tokens[word.i - 1]
        k = subject.i - 1
        while k >= 0 and (parsed.tokens[k].pos in ("DET", "ADJ", "NUM") or parsed.tokens[k].rel == "compound"):
            k -= 1
        marker = parsed.tokens[k] if k >= 0 else None
        if subject.pos not in ("NOUN", "PROPN") or marker is None or marker.text.lower() not in SUBORDINATORS:
            continue
        clause = verb_above(parsed, parsed.tokens[marker.head]) if marker.head != marker.i else None
        if clause is None or clause.i == word.i or clause.i > marker.i:
            continue
        tokens[word.i] = replace(word, pos="VERB", tag="VBD", head=clause.i, dep="advcl", lemma=lemmas[0],
                                 morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[subject.i] = replace(subject, head=word.i, dep="nsubj")
        tokens[marker.i] = replace(marker, head=word.i, dep="mark", pos="SCONJ")
        for t in parsed.tokens[k + 1:subject.i]:
            if t.head not in range(k + 1, subject.i):
                tokens[t.i] = replace(t, head=subject.i, dep="det" if t.pos == "DET" else t.dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def attribution_after_a_comma(parsed: Parsed) -> Parsed:
    """ "..., chief executive [Sanne de Wit] told a news conference", the name read as a conjunct of the clause
    before: a name right before a verb of saying in the past, after a comma, with no other subject, is the one who
    said it, and the clause an attribution of the sentence."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens[2:]:
        if verb.pos != "VERB" or base_form(verb) not in REPORTING | REPORTING_WHEN_BARE \
                or verb.text.lower() not in past_forms(base_form(verb)) or parsed.children(verb.i, "nsubj") \
                or parsed.tokens[verb.i - 1].pos != "PROPN":
            continue
        first = verb.i - 1
        while first > 0 and parsed.tokens[first - 1].pos == "PROPN":
            first -= 1
        start = first
        while start > 0 and parsed.tokens[start - 1].pos in ("ADJ", "NOUN") and parsed.tokens[start - 1].text.islower():
            start -= 1  # "chief executive": the name's title
        if start == 0 or parsed.tokens[start - 1].text != ",":
            continue
        name = parsed.tokens[first]
        tokens[name.i] = replace(name, head=verb.i, dep="nsubj")
        for k in range(first + 1, verb.i):
            tokens[k] = replace(parsed.tokens[k], head=name.i, dep="flat")
        for k in range(start, first):
            tokens[k] = replace(parsed.tokens[k], head=name.i, dep="compound")
        if verb.rel == "conj" or verb.head == verb.i:
            root = next((t for t in parsed.tokens[parsed.sentence_of(verb.i)[0]:start] if t.head == t.i), None)
            if root is not None and root.i != verb.i:
                tokens[verb.i] = replace(verb, head=root.i, dep="parataxis")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def participle_set_off_after_its_noun(parsed: Parsed) -> Parsed:
    """ "Its organ, [rebuilt] in 1998, is thought to ...", the participle read as a clause beside the noun: a past
    participle with no subject or auxiliary, set off by a comma right after a noun, is a reduced relative clause
    on that noun ("the organ, which was rebuilt in 1998,")."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens[2:]:
        noun = parsed.head(verb.i)
        if verb.tag != "VBN" or verb.rel != "parataxis" or noun is None or noun.pos not in ("NOUN", "PROPN") \
                or noun.i != verb.i - 2 or parsed.tokens[verb.i - 1].text != "," \
                or parsed.children(verb.i, "nsubj", "aux", "mark"):
            continue
        tokens[verb.i] = replace(verb, dep="acl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_RUNNING_OUT = HAPPENING | {"expire", "lapse"}  # what only a happening or an arrangement does


def relative_clause_by_agreement(parsed: Parsed) -> Parsed:
    """ "a dispute over planning conditions [that was settled in June]", the clause hung on the nearer noun: a
    relative pronoun that is the clause's subject takes its number from the noun it stands for, so a singular verb
    belongs to the singular noun the plural one hangs on (and a plural verb to a plural noun above a singular);
    and a clause saying that something begins, ends or takes place is about the happening, not a place in it."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        noun = parsed.head(clause.i)
        if clause.dep.lower() == "acl:relcl" and noun is not None and noun.pos == "VERB":
            # a relative clause hung on a verb: its antecedent is a noun before the relative word, the nearest
            # one (the nearest happening, when the clause says that something began, ended or ran out)
            relative = next((c for c in parsed.children(clause.i) if c.text.lower() in ("that", "which", "who")
                             and c.i < clause.i), None)
            start, _ = parsed.sentence_of(clause.i)
            before = [t for t in parsed.tokens[start:relative.i] if t.pos in ("NOUN", "PROPN")] if relative else []
            if base_form(clause) in _RUNNING_OUT:
                before = [t for t in before if eventive_noun(t)] or before
            if before and before[-1].i > noun.i:
                tokens[clause.i] = replace(clause, head=before[-1].i)
                changed = True
            continue
        if clause.dep.lower() == "acl:relcl" and noun is not None and noun.rel == "conj" \
                and base_form(clause) in _RUNNING_OUT and not eventive_noun(noun):
            # "a truce in the Cauca and Narino departments, which began": the place named by a pair is no happening
            # either; the clause goes up past the first of the pair
            while noun.rel == "conj" and (first := parsed.head(noun.i)) is not None and first.i < noun.i:
                noun = first
        if clause.dep.lower() != "acl:relcl" or noun is None or noun.pos not in ("NOUN", "PROPN") \
                or noun.rel != "nmod":
            continue
        pronoun = next((c for c in parsed.children(clause.i, "nsubj") if c.text.lower() in ("that", "which", "who")),
                       None)
        above = parsed.head(noun.i)
        if pronoun is None or above is None or above.pos != "NOUN" or above.i > noun.i:
            continue
        if base_form(clause) in _RUNNING_OUT and eventive_noun(above) and not eventive_noun(noun):
            # "a cold-weather exercise in northern Norway [that begins on March 9]": only a happening begins,
            # ends or takes place
            tokens[clause.i] = replace(clause, head=above.i)
            changed = True
            continue
        singular, plural = agreement(parsed, clause)
        noun_plural, above_plural = noun.tag in ("NNS", "NNPS"), above.tag in ("NNS", "NNPS")
        if (singular and noun_plural and not above_plural) or (plural and not noun_plural and above_plural):
            tokens[clause.i] = replace(clause, head=above.i)
            changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_RELATIVE_TIME = frozenset({"later", "earlier", "afterwards", "before"})
TIME_UNITS = frozenset("minute hour day week month year".split())  # what "N ... later" measures in
_LONGER_TIME_UNITS = TIME_UNITS | {"fortnight", "decade"}  # what "N ... after a clause" measures in


def measured_time_taken_for_the_clause(parsed: Parsed) -> Parsed:
    """ "detected the intrusion [four days later] and shut down its portal", with "later" made the head of what
    surrounds it: "N days later" measures the time of the verb before it, so it hangs on that verb, and what the
    parser hung on "later" goes back to that verb (a noun before it as its object, a verb after it as its
    conjunct, and a noun after that verb as that verb's object)."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[2:]:
        measure = parsed.tokens[word.i - 1]
        if word.text.lower() not in _RELATIVE_TIME or word.pos != "ADV" or measure.pos != "NOUN" \
                or measure.lemma.lower() not in TIME_UNITS or measure.head != word.i:
            continue
        start, _ = parsed.sentence_of(word.i)
        first = min(k for k in parsed.subtree(measure.i))
        verb = next((t for t in reversed(parsed.tokens[start:first]) if t.pos == "VERB"), None)
        if verb is None or word.head == verb.i:
            continue
        tokens[word.i] = replace(word, head=verb.i, dep="advmod")
        moved_verb = None
        for child in parsed.children(word.i):
            if child.i == measure.i:
                continue
            if child.i < first and child.pos in ("NOUN", "PROPN") and not parsed.children(verb.i, "obj"):
                tokens[child.i] = replace(child, head=verb.i, dep="obj")
            elif child.i > word.i and child.pos == "VERB":
                tokens[child.i] = replace(child, head=verb.i, dep="conj")
                moved_verb = child
            elif child.i > word.i:
                owner = moved_verb if moved_verb is not None and child.pos in ("NOUN", "PROPN") \
                    and not parsed.children(moved_verb.i, "obj") else verb
                dep = "obj" if owner is moved_verb else child.dep
                tokens[child.i] = replace(child, head=owner.i, dep=dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def phrase_after_an_apposition(parsed: Parsed) -> Parsed:
    """ "found the first fragment, a black stone weighing 312 grams, [near a gate on Saturday morning]": an
    apposition set off by a comma is closed by the next comma, so the prepositional phrases after that comma are no
    longer inside it; they go back to the verb whose object the apposed noun is. (The apposition may be labelled
    an oblique with no preposition, as if a second object: it is one all the same.)"""
    tokens = list(parsed.tokens)
    changed = False
    for appos in parsed.tokens:
        up = parsed.head(appos.i)
        if up is None or up.i > appos.i:
            continue
        if appos.rel == "appos" and up.rel in ("obj", "obl"):
            verb = parsed.head(up.i)
        elif appos.rel == "obl" and up.pos == "VERB" and not parsed.children(appos.i, "case") \
                and any(c.rel == "obj" and c.i < appos.i for c in parsed.children(up.i)):
            verb = up
        else:
            continue
        span = parsed.subtree(appos.i)
        opened = parsed.tokens[span[0]].text == "," or (span[0] > 0 and parsed.tokens[span[0] - 1].text == ",")
        if not opened or verb is None or verb.pos != "VERB":
            continue
        comma = next((k for k in span if k > appos.i and parsed.tokens[k].text == ","), None)
        if comma is None or comma + 1 > span[-1] or parsed.tokens[comma + 1].pos != "ADP":
            continue
        inside = set(k for k in span if k < comma)
        moved = [t for t in parsed.tokens[comma + 1:span[-1] + 1] if t.head in inside
                 and t.pos in ("NOUN", "PROPN", "NUM") and t.rel in ("obl", "nmod")]
        if not moved or min(parsed.subtree(moved[0].i)) not in (comma, comma + 1):
            continue
        for phrase in moved:
            tokens[phrase.i] = replace(phrase, head=verb.i, dep="obl")
        tokens[comma] = replace(parsed.tokens[comma], head=appos.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def phrase_before_a_postposed_attribution(parsed: Parsed) -> Parsed:
    """ "Opening hours will be cut by a third [from April 3], the council confirmed on Tuesday": an attribution
    after a comma begins at its subject, so a phrase before that comma hung on its verb of saying belongs to the
    reported clause, whose date it is."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        clause = parsed.head(verb.i)
        subject = next((c for c in parsed.children(verb.i, "nsubj") if c.i < verb.i), None)
        if subject is None or clause is None or clause.i == verb.i or clause.pos != "VERB" \
                or base_form(verb) not in REPORTING | REPORTING_WHEN_BARE:
            continue
        start = min(parsed.subtree(subject.i))
        if start == 0 or parsed.tokens[start - 1].text != "," or clause.i > start:
            continue
        for child in parsed.children(verb.i):
            if child.i < start - 1 and child.pos in ("NOUN", "PROPN", "NUM") and child.rel in ("obl", "nmod"):
                tokens[child.i] = replace(child, head=clause.i, dep=on_a_verb(child.dep))
                changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_OPENERS = SUBORDINATORS | {"when", "while", "because", "if", "unless", "although", "though", "whereas"}


def subordinate_clause_taken_for_parataxis(parsed: Parsed) -> Parsed:
    """ "The trial continues on Wednesday, [when] Lyle will take the stand", the when-clause read as a sentence
    set beside the first: a clause opened by a subordinator is an adverbial clause of the verb it hangs on."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        if verb.rel != "parataxis" or verb.pos not in ("VERB", "AUX"):
            continue
        first = next((parsed.tokens[k] for k in parsed.subtree(verb.i) if parsed.tokens[k].pos != "PUNCT"), None)
        if first is None or first.head != verb.i or first.text.lower() not in _OPENERS \
                or first.dep.lower() not in ("mark", "advmod"):
            continue
        tokens[verb.i] = replace(verb, dep="advcl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subject_of_a_reported_clause_taken_for_an_object(parsed: Parsed) -> Parsed:
    """ "The service said [a heatwave last month] had made the shortfall worse", the reported clause's subject read as
    the object of "said": a verb of saying followed by a noun and then a finite clause of its own with no subject
    reports that clause, and the noun is its subject (English drops "that", never the subject)."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        saying = parsed.head(clause.i)
        if clause.rel != "ccomp" or clause.pos not in ("VERB", "AUX") or saying is None \
                or base_form(saying) not in REPORTING - {"tell"} \
                or parsed.children(clause.i, "nsubj", "nsubj:pass", "mark") \
                or not any(c.tag == "MD" or c.feature("VerbForm") == "Fin" for c in [clause, *parsed.children(
                    clause.i, "aux", "aux:pass")]):
            continue
        noun = next((c for c in parsed.children(saying.i, "obj") if saying.i < c.i < clause.i
                     and c.pos in ("NOUN", "PROPN")), None)
        if noun is None or any(saying.i < k.i < noun.i for k in parsed.tokens if k.head == saying.i):
            continue  # ("told [reporters] on Friday ...": not right after the verb, not its clause's subject)
        tokens[noun.i] = replace(noun, head=clause.i, dep="nsubj:pass" if parsed.children(clause.i, "aux:pass")
                                 else "nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def aside_between_subject_and_verb(parsed: Parsed) -> Parsed:
    """ "Robert Kirkstall, [the sixth generation of his family to run the mill], told the staff ...", the phrase set
    off by commas between a subject and its verb hung on the verb as its object: what stands between a subject and
    its verb inside commas describes the subject (an apposition); the verb's arguments follow it."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        if verb.pos != "VERB" or verb.i < 2 or parsed.tokens[verb.i - 1].text != ",":
            continue
        subject = next((c for c in parsed.children(verb.i, "nsubj") if c.i < verb.i), None)
        if subject is None:
            continue
        last = max(k for k in parsed.subtree(subject.i) if parsed.tokens[k].pos != "PUNCT")
        if last + 2 >= verb.i or parsed.tokens[last + 1].text != ",":
            continue
        inside = [c for c in parsed.children(verb.i) if last + 1 < c.i < verb.i - 1]
        noun = next((c for c in inside if c.pos == "NOUN" and c.rel in ("obj", "obl", "dep")
                     and not parsed.children(c.i, "case")), None)
        if noun is None or any(c.pos in ("VERB", "AUX") and c.rel in ("nsubj", "aux") for c in inside) \
                or any(not last + 1 < k < verb.i - 1 for c in inside for k in parsed.subtree(c.i)):
            continue
        tokens[noun.i] = replace(noun, head=subject.i, dep="appos")
        for other in inside:
            if other.i != noun.i:
                tokens[other.i] = replace(other, head=noun.i, dep="acl" if other.pos == "VERB" else other.dep)
        tokens[last + 1] = replace(parsed.tokens[last + 1], head=noun.i, dep="punct")
        tokens[verb.i - 1] = replace(parsed.tokens[verb.i - 1], head=noun.i, dep="punct")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subject_taken_by_a_participle_aside(parsed: Parsed) -> Parsed:
    """ "The font, [carved] from red sandstone in about 1150, was taken from the church" ("The barbecue, normally
    [held] in August, has been moved"), the subject hung on the participle set off by commas after it: a participle
    between commas right after a noun describes the noun (a reduced relative clause), and the noun is the subject of
    the verb after the second comma when that verb has none of its own."""
    tokens = list(parsed.tokens)
    changed = False
    for participle in parsed.tokens:
        if participle.pos != "VERB" or participle.tag != "VBN" or participle.i < 2 \
                or participle.rel not in ("parataxis", "advcl", "dep"):
            continue
        # the aside opens with a comma, then the participle or its adverbs ("normally held in August")
        opening = participle.i
        while opening > 0 and parsed.tokens[opening - 1].head == participle.i \
                and parsed.tokens[opening - 1].rel == "advmod":
            opening -= 1
        if parsed.tokens[opening - 1].text != ",":
            continue
        subject = next((c for c in parsed.children(participle.i, "nsubj", "nsubj:pass") if c.i < participle.i), None)
        verb = parsed.head(participle.i)
        if subject is None and verb is not None:
            # (or hung on the verb as a bare oblique: "Free farewell tours, originally planned for 25 February, were
            # brought forward")
            subject = next((c for c in parsed.children(verb.i, "obl") if c.dep.lower() == "obl:unmarked"
                            and c.pos in ("NOUN", "PROPN") and c.i < opening), None)
        if subject is None or verb is None or verb.pos not in ("VERB", "AUX") or verb.i < participle.i \
                or parsed.children(verb.i, "nsubj", "nsubj:pass", "expl", "csubj"):
            continue
        last = max(k for k in parsed.subtree(subject.i) if k < opening and parsed.tokens[k].pos != "PUNCT")
        aside_end = max(parsed.subtree(participle.i))
        if last + 2 != opening or aside_end + 1 >= verb.i or parsed.tokens[aside_end].text != "," \
                or any(parsed.tokens[k].pos in ("VERB", "AUX") and parsed.tokens[k].rel not in ("aux", "cop")
                       for k in range(aside_end + 1, verb.i)):
            continue  # only commas, then the verb's own auxiliaries and adverbs, between the aside and the verb
        passive = bool(parsed.children(verb.i, "aux:pass"))
        tokens[subject.i] = replace(subject, head=verb.i, dep="nsubj:pass" if passive else "nsubj")
        tokens[participle.i] = replace(participle, head=subject.i, dep="acl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday year month week day""".split())


def relative_clause_hung_on_a_verb(parsed: Parsed) -> Parsed:
    """ "would replace a chairlift built in 1971 [that was shut down] by inspectors", the relative clause hung on
    the verb: "that", "who" and a "which" with no comma before it open a clause about a noun, never about a clause
    (only a "which" after a comma may take a whole clause), and English puts it after its noun: the nearest noun
    before it, past a date or a number, is what it is about."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        up = parsed.head(clause.i)
        if clause.rel not in ("acl", "advcl", "ccomp", "dep") or up is None or up.pos not in ("VERB", "AUX"):
            continue  # ("[that was shut down]" labelled a relative clause of the verb, or its complement)
        pronoun = next((c for c in parsed.children(clause.i) if c.i < clause.i and c.rel in ("nsubj", "obj")
                        and c.text.lower() in ("that", "who", "which") and c.tag in ("WDT", "WP")), None)
        if pronoun is None or pronoun.i == 0 or (pronoun.text.lower() == "which"
                                                 and parsed.tokens[pronoun.i - 1].text == ","):
            continue
        before = parsed.tokens[pronoun.i - 1]
        # the noun the words just before hang on ("a chairlift [built in 1971] that"), a date's never
        noun = next((t for t in (before, *parsed.ancestors(before.i)) if t.pos in ("NOUN", "PROPN")
                     and t.text.lower() not in _CALENDAR_WORDS), None)
        if noun is None or noun.i <= up.i or noun.i in parsed.subtree(clause.i):
            continue
        tokens[clause.i] = replace(clause, head=noun.i, dep="acl:relcl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_taken_for_the_subject_of_a_passive_relative(parsed: Parsed) -> Parsed:
    """ "a contract with the track manager [ProRail] was signed in July", read as a relative clause "(that) ProRail
    was signed" on "contract": English drops a relative word only where it is the object ("a contract ProRail
    signed"); a passive relative clause keeps its subject word ("that was signed"). So a name right after a noun,
    as such a clause's subject, ends that noun's phrase ("the manager ProRail"), and the verb is the main one of the
    noun the clause hung on."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        noun = parsed.head(verb.i)
        if verb.dep.lower() != "acl:relcl" or noun is None or noun.pos != "NOUN" or noun.i > verb.i \
                or not parsed.children(verb.i, "aux:pass"):
            continue
        name = next((c for c in parsed.children(verb.i, "nsubj:pass") if c.pos == "PROPN"), None)
        if name is None or any(c.tag in ("WDT", "WP") for c in parsed.children(verb.i)):
            continue
        first = min(parsed.subtree(name.i))
        before = parsed.tokens[first - 1] if first else None
        if before is None or before.pos != "NOUN" or before.i not in parsed.subtree(noun.i):
            continue
        tokens[verb.i] = replace(verb, head=verb.i if noun.head == noun.i else noun.head,
                                 dep="ROOT" if noun.head == noun.i else noun.dep)
        tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj:pass")
        tokens[name.i] = replace(name, head=before.i, dep="appos")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subject_of_a_second_clause_taken_for_a_conjunct(parsed: Parsed) -> Parsed:
    """ "had left since October, and two agency midwives [quit] last week", the second clause's subject read as a
    conjunct of the first verb and its verb hung beside it: after "and", a noun phrase followed straight by a verb
    with no subject of its own opens a clause, of which it is the subject."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        verb_above = parsed.head(noun.i)
        if noun.rel != "conj" or noun.pos not in ("NOUN", "PROPN") or verb_above is None \
                or verb_above.pos not in ("VERB", "NOUN") or parsed.children(noun.i, "case") \
                or not any(c.text.lower() in ("and", "but") for c in parsed.children(noun.i, "cc")):
            continue
        last = max(parsed.subtree(noun.i))
        verb = parsed.tokens[last + 1] if last + 1 < len(parsed.tokens) else None
        if verb is None or verb.pos != "VERB" \
                or verb.head not in {verb_above.i, *(up.i for up in parsed.ancestors(verb_above.i))} \
                or verb.rel not in ("parataxis", "dep", "conj", "advcl", "acl", "xcomp") \
                or (verb.tag not in ("VBD", "VBZ", "VBP", "VB") and not simple_past_only(verb.text)
                    and not (verb.tag == "VBN" and _after_comma_and(parsed, noun))) \
                or (verb.tag in ("VB", "VBP") and noun.tag != "NNS" and not simple_past_only(verb.text)) \
                or (verb.tag == "VBZ" and noun.tag == "NNS") \
                or parsed.children(verb.i, "nsubj", "nsubj:pass", "expl"):
            continue
        tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj")
        tokens[verb.i] = replace(verb, dep="conj")
        for cc in parsed.children(noun.i, "cc"):
            tokens[cc.i] = replace(cc, head=verb.i)
        changed = True
    for noun in parsed.tokens:
        verb_above = parsed.head(noun.i)
        if noun.rel != "conj" or noun.pos not in ("NOUN", "PROPN") or verb_above is None or verb_above.pos != "VERB" \
                or tokens[noun.i].dep != noun.dep or not _after_comma_and(parsed, noun):
            continue
        verb = _clause_hung_on_its_subject(parsed, noun)
        if verb is None:
            continue
        passive = any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i))
        tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj:pass" if passive else "nsubj")
        tokens[verb.i] = replace(verb, head=verb_above.i, dep="conj")
        for cc in parsed.children(noun.i, "cc"):
            tokens[cc.i] = replace(cc, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _clause_hung_on_its_subject(parsed: Parsed, noun: Token) -> Token | None:
    """ ", and a milling demonstration for schools [has been moved] to May 2", the verb hung on the noun as its
    relative clause: a finite clause with neither a subject nor a relative word is no relative clause, and right
    after the noun phrase (its auxiliaries between) it is the clause the noun is the subject of."""
    for verb in parsed.children(noun.i, "acl:relcl", "acl"):
        auxiliaries = [c for c in parsed.children(verb.i) if c.dep.lower() in ("aux", "aux:pass") and c.i < verb.i]
        finite = verb.tag in ("VBD", "VBZ", "VBP") or any(a.tag in ("VBD", "VBZ", "VBP", "MD") for a in auxiliaries)
        relative_word = any(c.feature("PronType") == "Rel" or c.text.lower() in RELATIVE
                            for c in parsed.children(verb.i))
        if verb.pos != "VERB" or verb.i < noun.i or not finite or relative_word \
                or parsed.children(verb.i, "nsubj", "nsubj:pass", "expl"):
            continue
        clause = set(parsed.subtree(verb.i))
        phrase_end = max(k for k in parsed.subtree(noun.i) if k not in clause)
        between = range(phrase_end + 1, verb.i)
        if all(k in {a.i for a in auxiliaries} or (parsed.tokens[k].head == verb.i and parsed.tokens[k].rel == "advmod")
               for k in between):
            return verb
    return None


def infinitive_hung_on_a_date(parsed: Parsed) -> Parsed:
    """ "agreed on Monday [to reopen] the crossing", the infinitive hung on the day: a day, month or year takes no
    infinitive of its own ("Monday to reopen" is no noun phrase), so it is the complement of the verb the date
    dates."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        date_word = parsed.head(clause.i)
        if clause.rel != "acl" or clause.pos != "VERB" or date_word is None or date_word.i > clause.i \
                or date_word.text.lower() not in _CALENDAR_WORDS or date_word.rel not in ("obl", "nmod") \
                or not any(m.text.lower() == "to" for m in parsed.children(clause.i, "mark")):
            continue
        verb = parsed.head(date_word.i)
        if verb is None or verb.pos != "VERB" or verb.i > date_word.i:
            continue
        tokens[clause.i] = replace(clause, head=verb.i, dep="xcomp" if not parsed.children(verb.i, "xcomp")
                                   else "advcl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def passive_auxiliary_taken_for_a_copula(parsed: Parsed) -> Parsed:
    """ "The animals were [flown] from a breeding centre", "were" labelled a copula: a copula links a subject to a
    noun or an adjective; before a verb's past participle, "be" is the passive auxiliary and the subject the
    verb's patient."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        if verb.pos != "VERB" or verb.tag != "VBN":
            continue
        copulas = [c for c in parsed.children(verb.i, "cop") if c.i < verb.i and (
            c.lemma.lower() == "be" or c.text.lower() in ("is", "are", "was", "were", "be", "been", "being"))]
        if not copulas:
            continue
        for copula in copulas:
            tokens[copula.i] = replace(copula, dep="aux:pass")
        for subject in parsed.children(verb.i, "nsubj"):
            if subject.dep.lower() == "nsubj":
                tokens[subject.i] = replace(subject, dep="nsubj:pass")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def modifier_of_a_subject_taken_for_a_conjunct(parsed: Parsed) -> Parsed:
    """ "closes on March 12, and [union] officials will meet", the noun before a subject joined to the phrase
    before "and": a noun right before the subject of the next clause, with nothing of its own, modifies it ("union
    officials"); "and" joins the clauses."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens[:-1]:
        subject = parsed.tokens[noun.i + 1]
        verb = parsed.head(subject.i)
        if noun.rel != "conj" or noun.pos != "NOUN" or subject.pos not in ("NOUN", "PROPN") \
                or subject.rel != "nsubj" or verb is None or verb.pos not in ("VERB", "AUX") or verb.i < subject.i \
                or any(c.rel not in ("cc", "punct") for c in parsed.children(noun.i)) \
                or not any(c.text.lower() in ("and", "but") for c in parsed.children(noun.i, "cc")):
            continue
        tokens[noun.i] = replace(noun, head=subject.i, dep="compound")
        for child in parsed.children(noun.i):
            tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _after_comma_and(parsed: Parsed, noun: Token) -> bool:
    """ ", and a consultation closed": a comma before "and" joins clauses more often than nouns, so a past form
    after the noun phrase is the second clause's verb."""
    cc = next((c for c in parsed.children(noun.i, "cc") if c.text.lower() == "and"), None)
    return cc is not None and cc.i > 0 and parsed.tokens[cc.i - 1].text == ","


def particle_taken_for_a_preposition(parsed: Parsed) -> Parsed:
    """ "Organisers called [off] the display", the particle tagged as one but hung on the object as its preposition:
    right after its verb, before the verb's object, a word tagged a particle belongs to the verb ("call off")."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        noun = parsed.head(word.i)
        verb = parsed.tokens[word.i - 1]
        if word.tag != "RP" or word.rel != "case" or noun is None or noun.head != verb.i or verb.pos != "VERB" \
                or noun.rel not in ("obj", "obl"):
            continue
        tokens[word.i] = replace(word, head=verb.i, dep="compound:prt")
        tokens[noun.i] = replace(noun, dep="obj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_ARRANGING_PARTICIPLES = frozenset({"set", "scheduled", "planned", "slated", "due", "booked"})


def _as_participle(part: Token, head: int) -> Token:
    """The word of arrangement as a modifier of the noun at `head` ("due" stays the adjective it is)."""
    return replace(part, head=head, dep="acl", pos="VERB", tag="JJ" if part.text == "due" else "VBN")


def arranging_aside_taken_for_the_subject(parsed: Parsed) -> Parsed:
    """ "A friendly against Denmark, [set] for April 20, has been called off", the participle set off by commas made
    the subject and the noun before it its modifier: an aside between commas describes the phrase before it,
    which is the subject."""
    tokens = list(parsed.tokens)
    changed = False
    for part in parsed.tokens[1:]:
        verb = parsed.head(part.i)
        if part.text.lower() in _ARRANGING_PARTICIPLES and part.rel == "conj" and verb is not None \
                and verb.i < part.i and parsed.tokens[part.i - 1].text == "," and not parsed.children(part.i, "cc") \
                and verb.pos in ("NOUN", "ADJ", "PROPN"):
            # ("a friendly against Dunmore, [set] for June 20,": no conjunction, no second noun: an aside on it)
            tokens[part.i] = _as_participle(part, head=part.head)
            changed = True
            continue
        if part.text.lower() not in _ARRANGING_PARTICIPLES or part.rel != "nsubj" or verb is None \
                or verb.i < part.i or parsed.tokens[part.i - 1].text != "," or verb.pos != "VERB":
            continue
        noun = next((c for c in parsed.children(part.i) if c.i < part.i - 1 and c.pos in ("NOUN", "ADJ", "PROPN")
                     and c.rel in ("amod", "nsubj", "compound", "nmod", "dep")), None)
        if noun is None or any(c.i < noun.i for c in parsed.children(part.i) if c.rel != "det") \
                or any(parsed.tokens[k].pos in ("VERB", "AUX") for k in range(noun.i + 1, part.i)):
            continue
        tokens[noun.i] = as_noun(noun, head=verb.i, dep=part.dep) if noun.pos == "ADJ" \
            else replace(noun, head=verb.i, dep=part.dep)
        tokens[part.i] = _as_participle(part, head=noun.i)
        for child in parsed.children(part.i):
            if child.i < part.i and child.i != noun.i:
                tokens[child.i] = replace(child, head=noun.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_MONTHS_AND_DAYS = _CALENDAR_WORDS - {"year", "month", "week", "day"}


def date_taken_for_the_subject_after_a_relative_clause(parsed: Parsed) -> Parsed:
    """ "A referendum that had been set for 4 [May] has been scrapped", the date closing the relative clause read as
    the subject of the main verb, which the parser then hung inside that clause: a date after a preposition is no
    subject, so it ends the relative clause, and the noun the clause is on is the subject of the verb after it."""
    tokens = list(parsed.tokens)
    for day in parsed.tokens:
        if day.text.lower() not in _MONTHS_AND_DAYS or not day.dep.lower().startswith("nsubj"):
            continue
        verb = parsed.head(day.i)
        clause = parsed.head(verb.i) if verb is not None else None
        noun = parsed.head(clause.i) if clause is not None else None
        if not day.dep.lower().startswith("nsubj") or day.text.lower() not in _MONTHS_AND_DAYS or verb is None \
                or verb.pos != "VERB" or verb.i < day.i or clause is None or clause.dep.lower() != "acl:relcl" \
                or clause.i > day.i or noun is None or noun.pos not in ("NOUN", "PROPN") or noun.rel != "root":
            continue
        number = parsed.tokens[day.i - 1] if day.i else None
        preposition = parsed.tokens[day.i - 2] if number is not None and number.pos == "NUM" and day.i > 1 else number
        if preposition is None or preposition.tag != "IN" or preposition.i <= clause.i \
                or not all(parsed.tokens[k].head in (day.i, verb.i) or k in (preposition.i,)
                           for k in range(preposition.i, day.i)):
            continue
        passive = any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i))
        tokens[day.i] = replace(day, head=clause.i, dep="obl")
        tokens[preposition.i] = replace(preposition, head=day.i, dep="case")
        if number is not None and number.i != preposition.i:
            tokens[number.i] = replace(number, head=day.i, dep="nummod")
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj:pass" if passive else "nsubj")
        for child in parsed.children(noun.i):
            if child.i > verb.i:  # the full stop and whatever follows the main verb
                tokens[child.i] = replace(child, head=verb.i)
        return Parsed(parsed.text, tokens, parsed.sentences)
    return parsed


def passive_without_be_taken_for_a_clause(parsed: Parsed) -> Parsed:
    """ "rescued two walkers [cut] off by the tide", the participle read as a clause with the noun as its subject:
    a passive with its agent ("by the tide") and no form of "be" is a reduced relative clause on the noun before it,
    and that noun is the object of the verb the clause was hung on, when that verb has none."""
    tokens = list(parsed.tokens)
    changed = False
    for participle in parsed.tokens:
        if participle.pos != "VERB" or participle.rel not in ("ccomp", "xcomp", "advcl", "parataxis") \
                or (participle.tag not in ("VBN", "VBD")
                    and participle.text.lower() not in past_forms(base_form(participle))):  # ("cut" read as VBP)
            continue
        noun = next((c for c in parsed.children(participle.i, "nsubj", "nsubj:pass") if c.i < participle.i), None)
        verb = parsed.head(participle.i)
        if noun is None or noun.pos not in ("NOUN", "PROPN") or verb is None or verb.pos != "VERB" \
                or verb.i > noun.i or parsed.children(verb.i, "obj") \
                or not any(c.dep.lower() == "obl:agent" or (  # (the agent, however labelled: "by the tide")
                    c.text.lower() not in _MONTHS_AND_DAYS and any(k.text.lower() == "by" for k in parsed.children(
                        c.i, "case"))) for c in parsed.children(participle.i, "obl")) \
                or parsed.children(participle.i, "aux", "aux:pass", "cop", "obj") \
                or max(k for k in parsed.subtree(noun.i)) + 1 != participle.i:
            continue
        tokens[noun.i] = replace(noun, head=verb.i, dep="obj")
        tokens[participle.i] = replace(participle, head=noun.i, dep="acl", tag="VBN",
                                       morph="Tense=Past|VerbForm=Part|Voice=Pass")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def clause_after_a_subordinator_taken_for_a_participle(parsed: Parsed) -> Parsed:
    """ "would reconsider only [if] gas prices [fell] by a third", the noun made the object of the verb before and the
    verb a participle on it: a subordinator before the noun opens a clause, so the noun is that clause's subject and
    the verb its finite verb, an adverbial clause of the verb before."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        noun = parsed.head(verb.i)
        if verb.pos != "VERB" or verb.dep.lower() != "acl" or noun is None or noun.i > verb.i \
                or noun.pos not in ("NOUN", "PROPN") or noun.rel not in ("obj", "obl", "nmod"):
            continue
        mark = next((m for m in parsed.children(verb.i, "mark") if m.i < noun.i
                     and m.text.lower() in SUBORDINATORS | {"if", "unless", "because", "although", "though"}), None)
        outer = parsed.head(noun.i)
        if mark is None or outer is None or outer.pos != "VERB" or parsed.children(verb.i, "nsubj", "nsubj:pass") \
                or any(parsed.tokens[k].head not in (noun.i, mark.i) and parsed.tokens[k].head != k
                       and k != noun.i for k in range(mark.i + 1, noun.i)):
            continue
        past = verb.text.lower() in past_forms(base_form(verb)) and not parsed.children(verb.i, "aux", "aux:pass")
        tokens[verb.i] = replace(verb, head=outer.i, dep="advcl", **(
            {"tag": "VBD", "morph": "Mood=Ind|Tense=Past|VerbForm=Fin"} if past else {}))
        tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def past_form_joined_to_an_infinitive(parsed: Parsed) -> Parsed:
    """ "plan to build a room next spring and [applied] for permission in August", the past form joined to the
    infinitive: what "to" governs is a bare verb, so a past form with no auxiliary joins the finite verb above it."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        infinitive_verb = parsed.head(verb.i)
        if verb.rel != "conj" or verb.pos != "VERB" or verb.tag not in ("VBD", "VBN") or infinitive_verb is None \
                or infinitive_verb.tag != "VB" or infinitive_verb.rel != "xcomp" \
                or verb.text.lower() not in past_forms(base_form(verb)) \
                or parsed.children(verb.i, "aux", "aux:pass", "nsubj", "nsubj:pass") \
                or not any(m.text.lower() == "to" for m in parsed.children(infinitive_verb.i, "mark")):
            continue
        finite = parsed.head(infinitive_verb.i)
        if finite is None or finite.tag not in ("VBD", "VBZ", "VBP"):
            continue
        tokens[verb.i] = replace(verb, head=finite.i, tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def adverbial_before_a_coordinator_taken_for_the_second_verbs(parsed: Parsed) -> Parsed:
    """ "Karra's board approved the terms [last week], and talks began in June", the date hung on the second verb:
    what stands before the "and" that opens a clause closes the clause before it, never the one the "and" opens."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        if verb.rel != "conj" or verb.pos != "VERB":
            continue
        first = parsed.head(verb.i)
        subject = next(iter(parsed.children(verb.i, "nsubj")), None)
        if first is None or first.pos != "VERB" or subject is None:
            continue
        # the "and" on the verb, or on its subject, where the parser often hangs it
        joiner = next((c for c in [*parsed.children(verb.i, "cc"), *parsed.children(subject.i, "cc")]
                       if c.i < subject.i), None)
        if joiner is None:
            continue
        for child in parsed.children(verb.i):
            if child.rel in ("obl", "advmod") and first.i < child.i and max(parsed.subtree(child.i)) < joiner.i:
                tokens[child.i] = replace(child, head=first.i)
                changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed
