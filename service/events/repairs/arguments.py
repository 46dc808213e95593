"""Repairs of subjects and objects: one subject per clause, names in their arguments' places."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from service.events.lemmas import base_form, past_forms
from service.events.repairs.common import (
    ADVERBIAL_PREPOSITIONS,
    CALENDAR,
    FINITE,
    NAMING,
    POSSESSIVE,
    RELATIVE,
    SUBORDINATORS,
    TIME_WORDS,
    rehang,
    verb_above,
)
from service.nlp import Parsed, Token


def subject_of_a_coordinated_clause(parsed: Parsed) -> Parsed:
    """ "the limits take effect on 1 January, and [the two countries] are to review them": a noun phrase
    coordinated with a clause is the subject of the next coordinated verb when only its auxiliaries stand
    between them (a noun and a clause are no pair); so is a noun phrase coordinated with the time phrase that
    closes a clause, when a finite verb with no subject follows it."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        if noun.rel != "conj" or noun.pos not in ("NOUN", "PROPN"):
            continue
        governor = parsed.head(noun.i)
        if governor is not None and governor.dep.lower() in ("obl:unmarked", "obl:tmod") \
                and (main := parsed.head(governor.i)) is not None and main.pos == "VERB":
            # "appealed for sightings this week, and [a team of 12 volunteers] searched the field": coordinated
            # with the time phrase that closes the first clause, the noun opens the second
            k = max(parsed.subtree(noun.i)) + 1
            verb = parsed.tokens[k] if k < len(parsed.tokens) else None
            if verb is not None and verb.pos == "VERB" and verb.tag in ("VBD", "VBZ", "VBP") and verb.head == main.i \
                    and verb.rel in ("advcl", "conj", "parataxis", "ccomp") and not parsed.children(verb.i, "nsubj"):
                tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj")
                tokens[verb.i] = replace(verb, dep="conj")
                for child in parsed.children(noun.i, "cc", "punct"):
                    if child.i < noun.i:
                        tokens[child.i] = replace(child, head=verb.i)
                changed = True
            continue
        if governor is None or governor.pos != "VERB":
            continue
        k = noun.i + 1
        while k < len(parsed.tokens) and parsed.tokens[k].rel in ("aux", "cop", "mark", "advmod") \
                and parsed.tokens[k].head != noun.i:
            k += 1
        verb = parsed.tokens[k] if k < len(parsed.tokens) else None
        if verb is None or verb.pos != "VERB" or verb.rel != "conj" or verb.head != governor.i \
                or parsed.children(verb.i, "nsubj") or (k == noun.i + 1 and verb.tag != "VBD"):
            continue
        tokens[noun.i] = replace(noun, head=verb.i, dep="nsubj")
        for child in parsed.children(noun.i, "cc"):
            tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_PER = frozenset("share year month week day night hour head person piece unit tonne litre kilo".split())


def one_subject_per_verb(parsed: Parsed) -> Parsed:
    """A clause has one subject (two joined by "and" are one coordinated phrase): two subject arcs on one verb
    are one noun phrase the parser split. "A memorial service [for Kertész]": a phrase with a preposition is
    the first noun's modifier; "[Germany's] Kiel Canal": a possessive modifies the noun after it; "Ethiopian
    runner [Tesfaye Bekele]": a common noun right before a name describes the name, which heads the phrase; a
    noun right after an infinitive with no object is that object."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        dependents = parsed.children(verb.i)
        if len(dependents) < 2:
            continue
        subjects = [c for c in dependents if c.rel == "nsubj"]
        objects = [c for c in dependents if c.rel == "obj"]
        for first, second in pairwise(objects):
            if first.text.lower() in CALENDAR and second.pos == "NOUN" and second.i == first.i + 1:
                # "scrapping [Saturday] rounds": a day before a noun says which rounds; one object
                tokens[first.i] = replace(first, head=second.i, dep="compound")
                changed = True
                continue
            # "beating top [seed] Mireille Tanaka": a bare singular noun is no object on its own (it needs a
            # determiner); right before a name it is the name's title (but "named the cub Kirana": a naming verb
            # takes an object and its name)
            if first.pos == "NOUN" and first.tag == "NN" and second.pos == "PROPN" \
                    and max(parsed.subtree(first.i)) + 1 == second.i \
                    and not parsed.children(first.i, "det", "nmod:poss", "nummod") and base_form(verb) not in NAMING:
                tokens[first.i] = replace(first, head=second.i, dep="compound")
                changed = True
            elif first.pos in ("NOUN", "PROPN", "PRON") and second.pos in ("NOUN", "PROPN") and first.i > verb.i \
                    and max(parsed.subtree(first.i)) + 1 == min(parsed.subtree(second.i)) \
                    and base_form(verb) not in NAMING and not parsed.children(second.i, "case") \
                    and not parsed.children(first.i, "nummod") and second.lemma.lower() not in _PER:
                # (not an amount, "rose 2.4 percent", nor a rate after it, "18 pence a share")
                # "sent [coalition partners] a draft budget": of two objects, the first is who receives the second
                tokens[first.i] = replace(first, dep="iobj")
                changed = True
        numbered: dict[int, int] = {}  # a noun's subject index -> the number after it
        for first, second in pairwise(subjects):
            if first.pos == "NOUN" and second.pos == "NUM" and max(parsed.subtree(first.i)) + 1 == second.i \
                    and not parsed.children(second.i):
                # "Former world number [two] Katya Voronina": a bare number right after a noun numbers it
                tokens[second.i] = replace(second, head=first.i, dep="nummod")
                numbered[first.i] = second.i
                changed = True
        subjects = [c for c in subjects if c.i not in numbered.values()]
        for first, second in pairwise(subjects):
            one, two = parsed.subtree(first.i), parsed.subtree(second.i)
            if second.pos == "VERB" and second.tag == "VBN" and min(two) == second.i and max(one) + 1 == second.i \
                    and first.pos in ("NOUN", "PROPN"):
                # "A strike by drivers [planned for June 14] was called off": a participle is no subject; right
                # after the subject's phrase it modifies the subject
                tokens[second.i] = replace(second, head=first.i, dep="acl")
                changed = True
                continue
            if first.text.lower() == "that" and one == [first.i] and min(two) == first.i + 1:
                # "and [that] ministers would decide": before the clause's own subject, "that" introduces the clause
                tokens[first.i] = replace(first, dep="mark", pos="SCONJ", tag="IN")
                changed = True
                continue
            if max(one) + 1 != min(two) and numbered.get(first.i, -2) + 1 != min(two):
                continue  # not one stretch of words
            opening, closing = parsed.tokens[min(two)], parsed.tokens[max(one)]
            relative = closing.dep.lower() == "acl:relcl" and any(
                c.text.lower() in ("that", "which", "who") and c.rel == "nsubj" for c in parsed.children(closing.i))
            infinitive = closing.tag == "VB" and any(m.text.lower() == "to" for m in parsed.children(closing.i, "mark"))
            if closing.pos == "VERB" and not parsed.children(closing.i, "obj") and second.pos == "NOUN" \
                    and (relative or infinitive):
                # ("Buses that use [the bridge] will be diverted": so too after a relative clause's verb)
                # "a decision on whether to close [the bridge] is expected": a noun phrase right after an
                # infinitive that has no object is its object
                tokens[second.i] = replace(second, head=closing.i, dep="obj")
            elif opening.pos == "ADP" and (first.pos == "PRON" or opening.text.lower() in ADVERBIAL_PREPOSITIONS):
                # "which [after the price cut] will be reduced": a pronoun takes no modifier, and a phrase of time
                # or concession before the verb is the verb's
                tokens[second.i] = replace(second, head=verb.i, dep="obl")
            elif opening.pos == "ADP" and opening.text.lower() not in POSSESSIVE:
                # hung on the nearest noun before it: "a ban on imports [of Peruvian copper]"
                noun = next(parsed.tokens[k] for k in sorted(one, reverse=True)
                            if parsed.tokens[k].pos in ("NOUN", "PROPN") or k == first.i)
                tokens[second.i] = replace(second, head=noun.i, dep="nmod")
            elif opening.text == "," and (parsed.tokens[max(two)].text == "," or (
                    max(two) + 1 < len(parsed.tokens) and parsed.tokens[max(two) + 1].text == ",")):
                # "The referendum, [the first since 2016], will be held": a phrase set off by commas after the
                # subject is its apposition
                tokens[second.i] = replace(second, head=first.i, dep="appos")
            elif any(c.text.lower() in POSSESSIVE for c in parsed.children(first.i, "case")):
                tokens[first.i] = replace(first, head=second.i, dep="nmod:poss")
            elif first.pos == "NOUN" and (second.pos == "PROPN" or any(
                    c.pos == "PROPN" for c in parsed.children(second.i, "flat"))):  # "minister [Lars] Eikrem"
                tokens[first.i] = replace(first, head=second.i, dep="compound")
            else:
                continue
            changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def noun_before_a_date(parsed: Parsed) -> Parsed:
    """ "carried out a final [check] last week", parsed as a compound of "week": English puts a compound noun
    after the adjectives of its head, never before them, so a noun before "last week" is a phrase of its own,
    the verb's object when it has none."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        head = parsed.head(noun.i)
        if noun.rel != "compound" or noun.pos != "NOUN" or head is None or head.lemma.lower() not in TIME_WORDS \
                or not any(noun.i < c.i < head.i for c in parsed.children(head.i, "amod", "det")):
            continue
        verb = parsed.head(head.i)
        if verb is None or verb.pos != "VERB" or parsed.children(verb.i, "obj") or head.rel not in ("obl", "obj"):
            continue
        tokens[noun.i] = replace(noun, head=verb.i, dep="obj")
        if head.rel == "obj":
            tokens[head.i] = replace(head, dep="obl:unmarked")
        for child in parsed.children(head.i):
            if child.i < noun.i and child.rel in ("det", "amod", "nummod"):
                tokens[child.i] = replace(child, head=noun.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_before_its_verb(parsed: Parsed) -> Parsed:
    """ "..., but [Lendvai] rejected his offer": a name is no bare adverbial; right before a finite verb that has
    no subject, it is that subject (days and months, "Officials Monday announced", stay adverbials)."""
    tokens = list(parsed.tokens)
    changed = False
    for name in parsed.tokens:
        described = name.pos == "NOUN" and parsed.children(name.i, "det", "nmod:poss")  # "[The couple] married"
        bare = name.dep.lower() == "obl" and not parsed.children(name.i, "case")  # "Organiser Denise Pryor, 58,"
        if (name.dep.lower() not in ("obl:unmarked", "advmod", "dep") and not bare) \
                or not (name.pos == "PROPN" or described) or name.head <= name.i:
            continue
        verb = parsed.tokens[name.head]
        # right before the verb, or its auxiliaries and commas ("Unite, which represents staff, [has] threatened"),
        # or a participle set off by commas ("Ortiz, [signed from Porto in January], has scored")
        end = max(k for k in parsed.subtree(name.i) if parsed.tokens[k].pos != "PUNCT")
        aside = next((c for c in parsed.children(verb.i, "advcl", "acl") if c.tag == "VBN"
                      and parsed.tokens[end + 1].text == ","
                      and min(k for k in parsed.subtree(c.i) if parsed.tokens[k].pos != "PUNCT") == end + 2), None)
        inside = set(parsed.subtree(aside.i)) if aside is not None else set()
        gap = parsed.tokens[end + 1:name.head]
        if not all(t.i in inside or (t.head in (verb.i, name.i) and t.rel in ("aux", "punct", "advmod")) for t in gap):
            continue
        perfect = verb.tag == "VBN" and any(c.lemma.lower() == "have" for c in parsed.children(verb.i, "aux"))
        past = verb.tag == "VBN" and verb.head == verb.i and not parsed.children(verb.i, "aux", "aux:pass")
        if name.text.lower() in CALENDAR or not (verb.tag in ("VBD", "VBZ", "VBP") or past or perfect) \
                or parsed.children(verb.i, "nsubj", "expl"):
            continue
        tokens[name.i] = replace(name, dep="nsubj")
        if aside is not None:
            tokens[aside.i] = replace(aside, head=name.i, dep="acl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def phrase_joined_without_a_conjunction(parsed: Parsed) -> Parsed:
    """ "lost contact with its first satellite, Aurora-1, [on Thursday morning]": a phrase with a preposition is
    no conjunct of a bare noun, least of all with no "and" or "or"; it is the clause's adverbial."""
    tokens = list(parsed.tokens)
    changed = False
    for phrase in parsed.tokens:
        noun = parsed.head(phrase.i)
        if phrase.rel != "conj" or parsed.children(phrase.i, "cc") or noun is None or noun.pos not in ("NOUN", "PROPN"):
            continue
        own = {c.text.lower() for c in parsed.children(phrase.i, "case")}
        if not own or own == {c.text.lower() for c in parsed.children(noun.i, "case")}:
            continue  # "in Leeds, in York": alike phrases may be a list
        verb = verb_above(parsed, noun)
        if verb is None:
            continue
        tokens[phrase.i] = replace(phrase, head=verb.i, dep="obl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_set_off_after_a_noun(parsed: Parsed) -> Parsed:
    """ "the collapse of the main contractor, [Harrow Construct], in 2019": a name between commas right after a
    noun, with no verb of its own, is that noun's apposition, wherever the parser hung it."""
    tokens = list(parsed.tokens)
    changed = False
    for name in parsed.tokens:
        # "its first smartwatch, [the Kestrel Pulse], at an event": a conjunct needs an "and" or "or"
        unjoined = name.rel == "conj" and not parsed.children(name.i, "cc")
        if name.pos != "PROPN" or (name.rel not in ("dep", "appos", "parataxis", "vocative") and not unjoined) \
                or parsed.children(name.i, "nsubj", "cop", "aux", "obj"):
            continue
        span = [k for k in parsed.subtree(name.i) if parsed.tokens[k].pos != "PUNCT"]  # the comma may hang on it
        first, last = min(span), max(span)
        start, end = parsed.sentence_of(name.i)
        if first < start + 2 or parsed.tokens[first - 1].text != "," \
                or (last + 1 < end and parsed.tokens[last + 1].text not in (",", ".", ";")):
            continue
        noun = parsed.tokens[first - 2]
        if noun.pos != "NOUN" or (noun.i == name.head and not unjoined):
            continue
        tokens[name.i] = replace(name, head=noun.i, dep="appos")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def gerund_subject(parsed: Parsed) -> Parsed:
    """ "[Counting] in the election will continue into next week": a gerund phrase that opens the sentence with
    no comma after it, before a finite verb with no subject, is that verb's subject, not an adverbial clause."""
    tokens = list(parsed.tokens)
    changed = False
    for start, _ in parsed.sentences:
        gerund = parsed.tokens[start]
        verb = parsed.head(start)
        # ("[Skateboarding] made its Olympic debut": a lone gerund read as a bare noun phrase of time)
        if gerund.tag != "VBG" or gerund.dep.lower() not in ("advcl", "obl:unmarked") or verb is None \
                or verb.i < start or parsed.children(start, "mark", "nsubj") \
                or parsed.children(verb.i, "nsubj", "expl", "csubj"):
            continue
        last = parsed.subtree(start)[-1]
        between = parsed.tokens[last + 1:verb.i]
        finite = verb.tag in ("VBD", "VBZ", "VBP") or any(c.rel == "aux" for c in parsed.children(verb.i))
        if not finite or any(t.pos == "PUNCT" for t in between) or not all(t.head == verb.i for t in between):
            continue
        tokens[start] = replace(gerund, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_right_after_its_verb(parsed: Parsed) -> Parsed:
    """ "Regulators fined [Brightline Rail] £4 million": a name with no preposition right after a verb that has no
    object is that object (a bare name is no adverbial; days and months are; nor, with no verb of its own, a
    clause: "moved [Trade Minister Olav Brekke] to justice", read as parataxis)."""
    tokens = list(parsed.tokens)
    changed = False
    for name in parsed.tokens:
        verb = parsed.head(name.i)
        score = verb if verb is not None and verb.pos == "NUM" and verb.rel == "obj" else None
        if score is not None:  # "beat [Arsenal] 3-1": the score taken for the object, the team for its modifier
            verb = parsed.head(score.i)
        if name.pos not in ("PROPN", "ADJ") or not name.text[:1].isupper() or verb is None or verb.pos != "VERB" \
                or name.rel not in ("obl", "nmod", "parataxis") or name.text.lower() in CALENDAR \
                or parsed.children(name.i, "nsubj", "cop", "aux") \
                or parsed.children(name.i, "case") \
                or parsed.subtree(name.i)[0] != verb.i + 1 or (parsed.children(verb.i, "obj") and score is None) \
                or any(c.dep.lower() in ("nsubj:pass", "aux:pass") for c in parsed.children(verb.i)):
            continue
        tokens[name.i] = replace(name, dep="obj", head=verb.i, pos="PROPN")
        if score is not None:
            tokens[score.i] = replace(score, dep="obl:unmarked")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_DEICTIC_DAYS = frozenset("today tomorrow yesterday tonight".split())


def noun_phrase_ending_on_its_head(parsed: Parsed) -> Parsed:
    """ "will open a new maternity [ward] in January", "ward" taken for a clause: a noun right after the noun
    that holds its place, with nothing of a clause about it, is the head of that noun phrase (also after a name
    used as a modifier: "made its [Olympic] debut", the debut read as an adverb)."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens[1:]:
        before = parsed.tokens[noun.i - 1]
        if noun.pos == "NOUN" and noun.rel == "obj" and before.pos == "NOUN" and before.rel == "obl" \
                and parsed.children(before.i, "case") and parsed.children(before.i, "det") \
                and not parsed.children(noun.i, "det", "case", "nmod:poss", "nummod", "amod") \
                and before.text.lower() not in CALENDAR and before.lemma.lower() not in TIME_WORDS \
                and not any(c.i > before.i for c in parsed.children(before.i)):
            # "rise to 19th in the world [rankings]": a bare noun right after a prepositional phrase's noun is
            # that phrase's head, not an object left behind
            tokens[noun.i] = replace(noun, head=before.head, dep=before.dep)
            tokens[before.i] = replace(before, head=noun.i, dep="compound")
            for child in parsed.children(before.i):
                if child.rel in ("det", "amod", "nummod", "nmod", "case"):
                    tokens[child.i] = replace(child, head=noun.i)
            changed = True
            continue
        adverbial = noun.rel == "advmod" and noun.lemma.lower() not in TIME_WORDS | _DEICTIC_DAYS \
            and noun.text.lower() not in CALENDAR  # "made his first-class [debut]" read as an adverb
        if noun.pos != "NOUN" or (noun.rel not in ("advcl", "ccomp", "xcomp", "dep", "parataxis") and not adverbial) \
                or not (before.pos == "NOUN" or (before.pos == "PROPN" and adverbial)) \
                or before.rel not in ("obj", "nsubj", "obl") \
                or (before.head != noun.head and not adverbial) \
                or parsed.children(noun.i, "nsubj", "cop", "aux", "mark", "case", "det") \
                or any(c.i > before.i for c in parsed.children(before.i)):
            continue
        tokens[noun.i] = replace(noun, dep=before.dep, head=before.head)
        tokens[before.i] = replace(before, head=noun.i, dep="compound")
        for child in parsed.children(before.i):
            if child.rel in ("det", "amod", "nummod") or child.dep.lower() == "nmod:poss":
                tokens[child.i] = replace(child, head=noun.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def compound_of_a_verb(parsed: Parsed) -> Parsed:
    """ "[Halden] last cut its forecast in November": only nouns have compounds; a noun before a verb that has
    no subject is its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        verb = parsed.head(noun.i)
        if noun.rel != "compound" or noun.pos not in ("NOUN", "PROPN") or verb is None or verb.pos != "VERB" \
                or verb.i < noun.i or verb.tag not in ("VBD", "VBN", "VBZ", "VBP") \
                or parsed.children(verb.i, "nsubj", "expl") or any(
                    c.pos in ("NOUN", "PROPN") for c in parsed.children(verb.i, "compound") if c.i > noun.i):
            continue
        tokens[noun.i] = replace(noun, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def compound_with_a_preposition(parsed: Parsed) -> Parsed:
    """ "pleaded guilty [in March] to fraud", "March" taken for a compound of "fraud": a compound takes no
    preposition; a phrase with one before a noun is the clause's adverbial."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        head = parsed.head(noun.i)
        if noun.rel != "compound" or head is None or head.i < noun.i or not any(
                c.pos == "ADP" and c.i < noun.i for c in parsed.children(noun.i, "case")):
            continue
        if not parsed.children(head.i, "case"):
            continue  # "of [Peruvian] copper": the preposition is the whole phrase's, only hung on its first word
        verb = verb_above(parsed, head)
        if verb is None:
            continue
        tokens[noun.i] = replace(noun, head=verb.i, dep="obl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def adjective_hung_on_a_verb(parsed: Parsed) -> Parsed:
    """ "The [34-year-old] retired in 2022", "old" hung on the verb as its adjective: only nouns take adjectives; the
    phrase before a verb that has no subject is that subject. But after a relative word ("the Brack Brook, which
    [last] burst its banks") the relative word is the subject, and the adjective modifies the verb (most
    recently)."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        verb = parsed.head(word.i)
        if word.rel != "amod" or word.pos != "ADJ" or verb is None or verb.pos != "VERB" or verb.i < word.i \
                or verb.tag not in ("VBD", "VBN", "VBZ", "VBP") \
                or parsed.children(verb.i, "nsubj", "nsubj:pass", "expl"):
            continue
        relative = next((c for c in parsed.children(verb.i) if c.text.lower() in RELATIVE and c.i < word.i), None)
        if relative is not None:
            tokens[relative.i] = replace(relative, dep="nsubj", pos="PRON")
            tokens[word.i] = replace(word, dep="advmod", pos="ADV", tag="RB")
        else:
            tokens[word.i] = replace(word, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subject_taken_for_an_adverbial(parsed: Parsed) -> Parsed:
    """ "..., and [councillors] deferred a decision earlier this month", the noun read as a bare adverbial: a
    bare noun phrase of time or measure can modify a verb ("last week"), one naming who or what cannot; right
    before a finite verb with no subject, it is the subject."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        verb = parsed.head(noun.i)
        past = verb is not None and verb.tag == "VBN" and not parsed.children(verb.i, "aux") \
            and verb.text.lower() in past_forms(base_form(verb))  # "after a cyberattack [shut] down the systems"
        if noun.dep.lower() not in ("obl:unmarked", "obl:npmod") or noun.pos != "NOUN" or verb is None \
                or verb.pos != "VERB" or (verb.tag not in FINITE and not past) \
                or max(parsed.subtree(noun.i)) + 1 != verb.i \
                or noun.lemma.lower() in TIME_WORDS or noun.text.lower() in CALENDAR \
                or parsed.children(noun.i, "case") \
                or parsed.children(verb.i, "nsubj", "expl", "csubj") \
                or any(c.pos == "NUM" for c in parsed.children(noun.i)):  # "40 days", "5 percent": a measure
            continue
        tokens[noun.i] = replace(noun, dep="nsubj")
        if past:
            tokens[verb.i] = replace(verb, tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subject_before_its_subordinator(parsed: Parsed) -> Parsed:
    """ "Rescuers found [the missing hikers] alive on Sunday, three days after they set out", the noun phrase
    read as the later clause's subject: a clause's subject follows its subordinator, never precedes it. The
    phrase is the object of the verb above, which has none, and the clause an adverbial one."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        if verb.pos != "VERB" or verb.head == verb.i:
            continue
        mark = next((m for m in parsed.children(verb.i, "mark") if m.text.lower() in SUBORDINATORS), None)
        governor = parsed.head(verb.i)
        if mark is None or governor is None or governor.pos != "VERB" or governor.i > verb.i \
                or parsed.children(governor.i, "obj"):
            continue
        early = next((c for c in parsed.children(verb.i, "nsubj") if c.i < mark.i and c.i > governor.i
                      and c.pos in ("NOUN", "PROPN")), None)
        if early is None:
            continue
        tokens[early.i] = replace(early, head=governor.i, dep="obj")
        if verb.rel in ("ccomp", "parataxis"):
            tokens[verb.i] = replace(verb, dep="advcl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subject_inside_its_apposition(parsed: Parsed) -> Parsed:
    """ "The referendum, [the first since 2016], will be held", the apposition made the subject and the noun its
    subject: a phrase set off by commas right after a noun describes that noun; the noun is the verb's subject."""
    tokens = list(parsed.tokens)
    changed = False
    for aside in parsed.tokens:
        if aside.rel != "nsubj":
            continue
        verb = parsed.head(aside.i)
        noun = next((c for c in parsed.children(aside.i, "nsubj") if c.i < aside.i and c.pos in ("NOUN", "PROPN")),
                    None)
        if aside.rel != "nsubj" or verb is None or verb.pos != "VERB" or noun is None \
                or parsed.children(aside.i, "cop"):
            continue
        span = [k for k in parsed.subtree(aside.i) if k not in parsed.subtree(noun.i)]
        before, after = min(span), max(span)
        if parsed.tokens[before].text != "," or not (parsed.tokens[after].text == "," or (
                after + 1 < len(parsed.tokens) and parsed.tokens[after + 1].text == ",")):
            continue
        tokens[noun.i] = replace(noun, head=verb.i, dep=aside.dep)
        tokens[aside.i] = replace(aside, head=noun.i, dep="appos")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_set_off_before_its_description(parsed: Parsed) -> Parsed:
    """ "[Welbeck Pharmacy], Britain's fourth-largest chemist chain, will close ...", the name read as a compound of
    the description: a compound sits right against its noun, never across a comma; the name heads the phrase and
    the description set off after it is its apposition."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        if noun.pos != "NOUN" or (noun.head == noun.i and noun.rel != "root"):
            continue
        name = next((c for c in parsed.children(noun.i, "compound") if c.pos == "PROPN" and c.i < noun.i), None)
        if name is None:
            continue
        chunk_end = max(k for k in parsed.subtree(name.i))
        if chunk_end + 1 >= noun.i or parsed.tokens[chunk_end + 1].text != ",":
            continue
        tokens[name.i] = replace(name, head=noun.head if noun.head != noun.i else name.i,
                                 dep=noun.dep if noun.head != noun.i else "ROOT")
        tokens[noun.i] = replace(noun, head=name.i, dep="appos")
        for child in parsed.children(noun.i):
            if child.i > noun.i and child.rel not in ("nmod", "acl", "amod", "punct"):
                tokens[child.i] = replace(child, head=name.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def subject_after_a_fronted_phrase(parsed: Parsed) -> Parsed:
    """ "In March 2019, [Ofwat], the industry regulator, fined it 4 million pounds", the name read as part of the
    fronted phrase: after a fronted phrase and its comma, a name (with an apposition set off by commas) right before
    a verb that has no subject is that subject."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        verb = next((t for t in parsed.tokens[start:end] if t.head == t.i and t.pos == "VERB"), None)
        if verb is None or parsed.children(verb.i, "nsubj", "expl") or verb.i - start < 4 \
                or parsed.tokens[start].pos != "ADP":
            continue
        k = verb.i - 1
        aside_end = None
        if parsed.tokens[k].text == ",":  # "..., the industry regulator, fined"
            aside_end = k
            k -= 1
            while k > start and parsed.tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") \
                    and parsed.tokens[k].text != ",":
                k -= 1
            if parsed.tokens[k].text != ",":
                continue
            k -= 1
        last = k
        while k > start and parsed.tokens[k].pos == "PROPN":
            k -= 1
        if k != last and aside_end is None and _name_closing_a_fronted_phrase(parsed, start, k, last, verb):
            # "In Saturday's final [Marwood] beat the champion": no comma, but the name hung as the fronted
            # phrase's head after a common word of it; that word heads the phrase, the name is the subject
            name, word = parsed.tokens[k + 1], parsed.tokens[k]
            tokens[word.i] = replace(word, head=verb.i, dep="obl")
            for child in parsed.children(name.i):
                if child.i < word.i:
                    tokens[child.i] = replace(child, head=word.i)
            tokens[name.i] = replace(name, head=verb.i, dep="nsubj")
            for j in range(k + 2, last + 1):
                tokens[j] = replace(parsed.tokens[j], head=name.i, dep="flat")
            changed = True
            continue
        if k == last or parsed.tokens[k].text != ",":
            continue
        name = parsed.tokens[k + 1]
        tokens[name.i] = replace(name, head=verb.i, dep="nsubj")
        for j in range(k + 2, last + 1):
            tokens[j] = replace(parsed.tokens[j], head=name.i, dep="flat")
        if aside_end is not None:
            aside = [t for t in parsed.tokens[last + 2:aside_end] if t.pos in ("NOUN", "PROPN")]
            if aside:
                head = aside[-1]
                tokens[head.i] = replace(head, head=name.i, dep="appos")
                for t in parsed.tokens[last + 2:aside_end]:
                    if t.i != head.i and parsed.tokens[t.head].i not in range(last + 2, aside_end):
                        tokens[t.i] = replace(t, head=head.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _name_closing_a_fronted_phrase(parsed: Parsed, start: int, before: int, last: int, verb: Token) -> bool:
    """The name (tokens before+1..last) heads the sentence's opening prepositional phrase, right after a common word
    of that phrase, and the verb follows it at once."""
    name, word = parsed.tokens[before + 1], parsed.tokens[before]
    return last + 1 == verb.i and name.head == verb.i and name.rel == "obl" and word.head == name.i \
        and word.pos in ("NOUN", "ADJ") and word.rel in ("amod", "compound") \
        and parsed.tokens[start].head == name.i and parsed.tokens[start].rel == "case"


def noun_taken_for_an_auxiliary(parsed: Parsed) -> Parsed:
    """ "..., and a sales [ban] took effect in September", the noun hung on the verb as an auxiliary: auxiliaries
    are verbs (be, have, do, the modals); a noun before a verb with no subject of its own is that subject. So is one
    whose phrase the parser cut, taking the word right before it as the subject: "the July 2022 [heatwave] had
    caused", where the year modifies the noun."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        verb = parsed.head(word.i)
        if word.rel != "aux" or word.pos not in ("NOUN", "PROPN") or verb is None or verb.i < word.i:
            continue
        subjects = parsed.children(verb.i, "nsubj")
        cut = [s for s in subjects if s.i < word.i and all(k in parsed.subtree(s.i) for k in range(s.i, word.i))]
        if subjects and (not cut or word.tag not in ("NN", "NNS")):
            continue
        # (a rebuilt phrase takes the passive subject's label; a lone noun keeps plain "nsubj", as it always had)
        passive = bool(cut) and any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i))
        tokens[word.i] = replace(word, dep="nsubj:pass" if passive else "nsubj")
        for subject in cut:
            tokens[subject.i] = replace(subject, head=word.i, dep="compound")
            for child in parsed.children(subject.i, "det"):
                tokens[child.i] = replace(child, head=word.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_SETTING_PARTICIPLES = frozenset("set scheduled planned slated due expected booked timed billed listed".split())


def subject_taken_for_its_participle(parsed: Parsed) -> Parsed:
    """ "A hearing in a separate case, [set] for October 5, has been moved to November 16", the participle made the
    subject and the noun its modifier: a participle of scheduling set off by a comma after a noun says when that
    noun was planned (a reduced relative clause); the noun is the subject."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[2:]:
        verb = parsed.head(word.i)
        if word.rel != "nsubj" or word.text.lower() not in _SETTING_PARTICIPLES or verb is None or verb.pos != "VERB" \
                or parsed.tokens[word.i - 1].text != ",":
            continue
        noun = next((c for c in parsed.children(word.i) if c.pos in ("NOUN", "PROPN") and c.i < word.i
                     and max(k for k in parsed.subtree(c.i) if parsed.tokens[k].pos != "PUNCT") == word.i - 2), None)
        if noun is None:
            continue
        tokens[noun.i] = replace(noun, head=verb.i, dep=word.dep)
        tokens[word.i] = replace(word, pos="VERB", tag="VBN", head=noun.i, dep="acl", morph="Tense=Past|VerbForm=Part")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself".split())


def subject_before_its_reflexive(parsed: Parsed) -> Parsed:
    """ "when Lyle [himself] will take the stand": a reflexive right after a noun, read as the subject, is that
    noun's emphasis; the noun is the subject (a verb's subject comes before it, and a reflexive cannot be one)."""
    tokens = list(parsed.tokens)
    changed = False
    for pronoun in parsed.tokens[1:]:
        noun = parsed.tokens[pronoun.i - 1]
        if pronoun.text.lower() not in _REFLEXIVES or pronoun.rel != "nsubj" or noun.pos not in ("NOUN", "PROPN") \
                or noun.rel == "nsubj" or parsed.head(noun.i) is None or noun.head != pronoun.head:
            continue
        tokens[noun.i] = replace(noun, dep="nsubj")
        tokens[pronoun.i] = replace(pronoun, head=noun.i, dep="appos")
        for child in parsed.children(noun.i):
            if child.i < noun.i and child.rel not in ("det", "compound", "amod", "flat", "nmod:poss") \
                    and child.pos not in ("PROPN",):
                tokens[child.i] = replace(child, head=noun.head)  # "when", a comma: the clause's
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def agent_of_a_passive(parsed: Parsed) -> Parsed:
    """ "The motion was tabled last Thursday [by backbencher Niamh Cole]", the by-phrase left without its relation:
    a phrase opened by "by" on a passive verb, with a person or body at its head, is the verb's agent."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        if verb.pos != "VERB" or not any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i)) \
                or any(c.dep.lower() == "obl:agent" for c in parsed.children(verb.i)):
            continue
        for phrase in parsed.children(verb.i):
            span = parsed.subtree(phrase.i)
            first = parsed.tokens[span[0]]
            if phrase.pos != "PROPN" or phrase.rel not in ("dep", "obl", "nmod", "conj") or first.text.lower() != "by" \
                    or parsed.children(phrase.i, "cc") \
                    or phrase.i < verb.i or not all(parsed.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "DET", "ADP")
                                                    for k in span[:span.index(phrase.i)]):
                continue
            tokens[phrase.i] = replace(phrase, dep="obl:agent")
            tokens[first.i] = replace(first, head=phrase.i, dep="case")
            changed = True
            break
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_split_at_the_subject(parsed: Parsed) -> Parsed:
    """ "A memorial service for Arnold [Pike] is planned for Sunday", the name's last word read as the verb's subject
    and the rest of the sentence as a phrase hung on its first word: a name is one phrase, so the noun phrase that
    holds it is the subject, and the verb the sentence's root."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        before = parsed.tokens[word.i - 1]
        verb = parsed.head(word.i)
        if word.pos != "PROPN" or word.rel != "nsubj" or before.pos != "PROPN" or not before.space \
                or before.head == word.i or verb is None or verb.i < word.i \
                or any(c.i < word.i for c in parsed.children(word.i)):
            continue
        top = before
        while top.rel in ("nmod", "compound", "flat") and (up := parsed.head(top.i)) is not None and up.i < top.i:
            top = up
        if top.head != top.i or top.pos not in ("NOUN", "PROPN") or verb.head != before.i:
            continue  # only a sentence whose root is the phrase and whose verb hangs on the name
        tokens[word.i] = replace(word, head=before.i, dep="flat")
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        tokens[top.i] = replace(top, head=verb.i, dep=word.dep)
        for child in parsed.children(top.i, "punct"):
            if child.i > verb.i:
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def noun_hung_as_an_apposition_of_a_verb(parsed: Parsed) -> Parsed:
    """ "halted [production] at one of its plants": an apposition names a noun again, so a noun the parser hung as
    the apposition of a verb right before it, with no comma between, is the verb's object."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        if noun.rel != "appos" or noun.pos != "NOUN" or noun.head != noun.i - 1:
            continue
        verb = parsed.tokens[noun.head]
        if verb.pos != "VERB" or verb.tag not in FINITE | {"VB", "VBN", "VBG"} or parsed.children(verb.i, "obj"):
            continue
        tokens[noun.i] = replace(noun, dep="obj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def close_apposition_taken_for_an_argument(parsed: Parsed) -> Parsed:
    """ "bought by the private equity firm [Redgum Partners]", "fined online marketplace [Tradeloft] 1.1 billion
    euros": a name right after a common noun, with no preposition or comma between, names that noun (a close
    apposition, "the union Unite"); the parser made it an argument of its own, or even a determiner."""
    tokens = list(parsed.tokens)
    changed = False
    for name in parsed.tokens[1:]:
        noun = parsed.tokens[name.i - 1]
        if name.pos != "PROPN" or noun.pos != "NOUN" or noun.tag == "NNS" or name.text.lower() in CALENDAR \
                or parsed.children(name.i, "case") or name.rel not in ("obl", "obj", "dep", "det", "iobj") \
                or noun.head == name.i:
            continue
        # (a noun the parser left as a second root: "sacked [manager] Gary Whitlock on Sunday")
        stray_root = noun.rel == "root" and name.rel in ("obj", "obl", "iobj") \
            and parsed.tokens[name.head].pos == "VERB" and name.head < noun.i
        if not stray_root and (noun.rel not in ("obj", "obl", "nsubj", "iobj")
                               or (name.rel != "det" and name.head != noun.head)):
            continue
        if parsed.children(noun.i, "det", "nmod:poss"):
            tokens[name.i] = replace(name, head=noun.i, dep="appos")  # "the firm Redgum Partners"
        else:  # "top seed Mireille Tanaka": a bare title or role before a name is a modifier of it
            tokens[name.i] = replace(name, head=noun.head, dep=noun.dep) if not stray_root else name
            tokens[noun.i] = replace(noun, head=name.i, dep="compound")
            rehang(parsed, tokens, noun, name.i, after=name.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_ARTICLES = frozenset({"the", "a", "an"})


def article_taken_for_a_subject(parsed: Parsed) -> Parsed:
    """ "until [the] scholar Fiona Rennie republished it", the article made a second subject of the verb: an article
    only opens a noun phrase, so it is the determiner of the subject that follows it."""
    tokens = list(parsed.tokens)
    changed = False
    for article in parsed.tokens:
        if article.text.lower() not in _ARTICLES or article.rel != "nsubj" or article.pos != "DET":
            continue
        subject = next((c for c in parsed.children(article.head, "nsubj") if c.i > article.i), None)
        if subject is None or any(parsed.tokens[k].pos not in ("NOUN", "PROPN", "ADJ", "NUM")
                                  for k in range(article.i + 1, subject.i)):
            continue
        tokens[article.i] = replace(article, head=subject.i, dep="det")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def agent_without_by(parsed: Parsed) -> Parsed:
    """ "called off its June 16 race", the object labelled the agent of a passive: an agent is introduced by "by",
    so a noun phrase with no preposition after an active verb is its object."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        if noun.dep != "obl:agent":
            continue
        verb = parsed.head(noun.i)
        if verb is None or verb.i > noun.i or parsed.children(noun.i, "case") \
                or parsed.children(verb.i, "obj", "aux:pass"):
            continue
        tokens[noun.i] = replace(noun, dep="obj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed
