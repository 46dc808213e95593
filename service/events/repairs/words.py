"""Repairs of single words: a verb the tagger took for a noun, a noun it took for a verb."""

from __future__ import annotations

from dataclasses import replace

from service.events.lemmas import (
    adjective_lemmas,
    base_form,
    irregular_past,
    noun_lemmas,
    participles,
    past_forms,
    verb_lemmas,
)
from service.events.lexicon import ADJECTIVAL_ING, EVENT_NOUNS
from service.events.predicates import PARTICLES, infinitive
from service.events.repairs.common import (
    ARRANGED,
    ASPECTUAL,
    DETERMINERS,
    INFINITIVE_TAKERS,
    OBJECT_CONTROL,
    SUBORDINATORS,
    on_a_verb,
    rehang,
    verb_above,
)
from service.nlp import Parsed, Token


def as_noun(word: Token, **arcs: object) -> Token:
    """The word read as the singular common noun it also is (its arcs changed as given)."""
    return replace(word, pos="NOUN", tag="NN", lemma=word.text.lower(), morph="", **arcs)


def end_on_head_noun(parsed: Parsed, tokens: list[Token], token: Token) -> None:
    """ "broke [the 200 metres freestyle world record]", "freestyle" taken for a verb with "record" its object:
    a noun phrase ends on its head noun, and the word before is one of its modifiers."""
    head_noun = next((c for c in parsed.children(token.i, "obj") if c.pos in ("NOUN", "PROPN") and c.i > token.i
                      and all(parsed.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "NUM")
                              for k in range(token.i + 1, c.i))), None)
    if head_noun is not None:
        tokens[head_noun.i] = replace(head_noun, head=tokens[token.i].head, dep=tokens[token.i].dep)
        tokens[token.i] = replace(tokens[token.i], head=head_noun.i, dep="compound")


def verb_with_particle(parsed: Parsed, tokens: list[Token], token: Token) -> None:
    """Only a verb takes a particle ("shot down", "called off"): the word is the verb of a clause, the name
    before it its subject, "since"/"after" its subordinator, the noun phrase after the particle its object."""
    tense = "VBD" if verb_lemmas(token.text) and token.text.lower().endswith(("ed", "t")) else "VB"
    dep = token.dep
    for child in parsed.children(token.i):
        if child.rel == "compound" and child.pos in ("PROPN", "NOUN") and child.i < token.i:
            tokens[child.i] = replace(child, dep="nsubj")
        elif child.rel == "case" and child.text.lower() in SUBORDINATORS:
            tokens[child.i] = replace(child, pos="SCONJ", tag="IN", dep="mark")
            dep = "advcl"
    tokens[token.i] = replace(token, pos="VERB", tag=tense, dep=dep, lemma=verb_lemmas(token.text)[0],
                              morph="VerbForm=Fin|Tense=Past" if tense == "VBD" else "")
    particle = max(particles(parsed, token))
    tokens[particle] = replace(tokens[particle], head=token.i, dep="compound:prt")
    end = parsed.sentence_of(token.i)[1]
    if particle + 1 >= end or parsed.children(token.i, "obj"):
        return
    # the head of the noun phrase that begins right after the particle: its subtree starts there
    for k in range(particle + 1, min(end, particle + 8)):
        candidate = parsed.tokens[k]
        span = parsed.subtree(k)
        if candidate.pos in ("NOUN", "PROPN") and span[0] in (particle, particle + 1) \
                and not (particle + 1 <= candidate.head <= k):
            tokens[k] = replace(tokens[k], head=token.i, dep="obj")
            return


def particles(parsed: Parsed, token: Token) -> list[int]:
    """The verb particles of a word: its compound:prt children, or, after "since"/"after" on a word with a verb
    reading, the particle word right after it that the parser made a preposition ("since the U.S. shot [down]")."""
    found = [c.i for c in parsed.children(token.i) if c.dep.lower() == "compound:prt"]
    after = parsed.tokens[token.i + 1] if token.i + 1 < len(parsed.tokens) else None
    subordinated = any(c.rel == "case" and c.text.lower() in SUBORDINATORS for c in parsed.children(token.i))
    if not found and subordinated and after is not None and after.text.lower() in PARTICLES and after.rel == "case":
        found = [after.i]
    return found


def word_repairs(parsed: Parsed) -> Parsed:
    """Words the tagger misread, one at a time."""
    tokens = list(parsed.tokens)
    changed = False
    for token in parsed.tokens:
        if token.pos == "NOUN" and particles(parsed, token) and verb_lemmas(token.text):
            verb_with_particle(parsed, tokens, token)  # "since the U.S. [shot] down a balloon": a verb
            changed = True
            continue
        governor = parsed.head(token.i)
        capitalised = token.text[:1].isupper() and token.text[1:].islower() and not parsed.starts_sentence(token.i)
        if token.pos == "VERB" and token.text.isalpha() and (token.text.islower() or capitalised) \
                and not verb_lemmas(token.text.lower()) and governor is not None:
            # (capitalised inside a sentence, "to [Swiss] lender Valmont", a word with no verb is a name's)
            # "a statement to [parliament] on Thursday": a word English has no verb for is a noun, its "to" a case
            nominal = governor.pos in ("NOUN", "PROPN")
            dep = ("nmod" if nominal else "obl") if token.rel in ("acl", "advcl", "xcomp", "ccomp") else token.dep
            tokens[token.i] = replace(token, pos="PROPN" if capitalised else "NOUN", tag="NNP" if capitalised else "NN",
                                      dep=dep, morph="", lemma=token.text)
            for mark in parsed.children(token.i, "mark"):
                if mark.text.lower() == "to":
                    tokens[mark.i] = replace(mark, pos="ADP", tag="IN", dep="case")
            end_on_head_noun(parsed, tokens, token)
            changed = True
            continue
        if token.pos == "VERB" and token.rel in ("obj", "nsubj", "obl") and any(
                c.rel == "det" and c.text.lower() in ("a", "an", "the") for c in parsed.children(token.i)):
            # "reported [a 14 percent fall] in profit": an article goes with a noun only
            tokens[token.i] = replace(token, pos="NOUN", tag="NNS" if token.text.lower().endswith("s") else "NN",
                                      lemma=token.text.lower() if token.tag != "VBZ" else token.lemma, morph="")
            changed = True
            end_on_head_noun(parsed, tokens, token)
            continue
        if governor is None:
            continue
        to = next((c for c in parsed.children(token.i, "fixed") if c.text.lower() == "to"), None)
        if token.rel in ("mark", "advmod") and token.text.lower() in ARRANGED and governor.pos == "VERB" \
                and (infinitive(parsed, governor) or to is not None):
            # "Marsh is [due] to present", "due" taken for a marker: its subject is the infinitive's (and so is
            # its "to", when the parser made "due to" one word)
            if to is not None:
                tokens[to.i] = replace(to, head=governor.i, dep="mark", pos="PART", tag="TO")
                changed = True
            for subject in parsed.children(token.i, "nsubj"):
                if not parsed.children(governor.i, "nsubj"):
                    tokens[subject.i] = replace(subject, head=governor.i)
                    changed = True
            continue
        if token.dep.lower() == "acl" and infinitive(parsed, token) and governor.rel == "obj" \
                and (verb := parsed.head(governor.i)) is not None and base_form(verb) in OBJECT_CONTROL \
                and not parsed.children(token.i, "nsubj"):
            # "expects [the plant] [to start production]": the infinitive is the verb's complement, its
            # object the infinitive's subject, not a noun with a purpose
            tokens[token.i] = replace(token, head=verb.i, dep="xcomp")
            changed = True
            continue
        if token.rel == "advcl" and token.tag == "VBG" and governor.pos == "VERB" \
                and base_form(governor) in ASPECTUAL and token.i > governor.i \
                and not parsed.children(token.i, "mark") and not parsed.children(token.i, "nsubj"):
            # "Brightwell began [selling heaters]": a bare gerund after a verb of phase is its complement
            tokens[token.i] = replace(token, dep="xcomp")
            changed = True
        elif token.rel == "advcl" and infinitive(parsed, token) and base_form(governor) in INFINITIVE_TAKERS \
                and not parsed.children(token.i, "nsubj"):
            # "the Senate is scheduled [to debate it]": a verb that takes an infinitive complement has one here,
            # not a clause of purpose
            tokens[token.i] = replace(token, dep="xcomp")
            changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def adjective_in_ing_taken_for_a_verb(parsed: Parsed) -> Parsed:
    """ "killed 2,000 people in [neighbouring] Congo in 2019": an -ing form English uses as an adjective, right
    before its noun, is that noun's modifier; the noun takes its place, the date goes to the clause. So is any
    -ing form before a bare singular noun and a name ("[Managing] director Alison Crewe apologised"): a singular
    count noun needs a determiner to be an object, so the noun is the title of the name after it, which heads
    the phrase and takes the -ing form's place (subject, object or adverbial)."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[:-1]:
        noun = parsed.tokens[word.i + 1]
        governor = parsed.head(word.i)
        after = parsed.tokens[noun.i + 1] if noun.i + 1 < len(parsed.tokens) else None
        titled = after is not None and after.pos == "PROPN" and after.head in (word.i, noun.i) \
            and word.tag == "VBG" and noun.tag == "NN" and not parsed.children(noun.i, "det", "nmod:poss") \
            and (word.i == 0 or parsed.tokens[word.i - 1].pos not in ("AUX", "DET"))
        if (word.text.lower() not in ADJECTIVAL_ING and not titled) or word.pos != "VERB" or noun.head != word.i \
                or noun.pos not in ("NOUN", "PROPN") or governor is None:
            continue
        verb = verb_above(parsed, governor)
        nominal_governor = governor.pos in ("NOUN", "PROPN", "NUM")
        role = "nsubj" if word.rel in ("nsubj", "csubj") else "obj" if word.rel == "obj" \
            else "nmod" if nominal_governor else "obl"
        head = noun
        if titled and after is not None:
            head = after
            tokens[after.i] = replace(after, head=governor.i, dep=role)
            tokens[noun.i] = replace(noun, head=after.i, dep="compound")
        else:
            tokens[noun.i] = replace(noun, head=governor.i, dep=role)
        tokens[word.i] = replace(word, head=noun.i, dep="amod", pos="ADJ", tag="JJ")
        for child in parsed.children(word.i):
            if child.i in (noun.i, head.i):
                continue
            if titled and child.pos == "PROPN" and child.i > head.i and child.rel in ("obj", "flat", "appos"):
                tokens[child.i] = replace(child, head=head.i, dep="flat")  # the rest of the name
                continue
            if child.rel in ("mark", "case") and child.i < word.i:
                tokens[child.i] = replace(child, head=noun.i, dep="case", pos="ADP")
            elif verb is not None:
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_AFTER_PREPOSITIONS = frozenset("over about against of into without with for".split())


def noun_after_a_preposition(parsed: Parsed) -> Parsed:
    """ "threatened to strike over [pay] in November": English puts no bare verb after a preposition, so a base
    form right after one is a noun, the preposition its case."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        before = parsed.tokens[word.i - 1]
        if word.tag != "VB" or before.text.lower() not in _AFTER_PREPOSITIONS or word.head == word.i \
                or parsed.children(word.i, "aux", "mark") or parsed.children(word.i, "obj"):
            continue
        governor = parsed.tokens[word.head]
        tokens[word.i] = replace(word, pos="NOUN", tag="NN", lemma=word.text.lower(), morph="",
                                 dep="obl" if governor.pos == "VERB" else "nmod")
        tokens[before.i] = replace(before, head=word.i, dep="case", pos="ADP", tag="IN")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def common_noun_opening_a_sentence(parsed: Parsed) -> Parsed:
    """ "[Talks] with the airline are scheduled for Thursday": a capital at a sentence's start is no name; a word
    there that names a happening, not followed by another capitalised word, is the common noun."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        word = parsed.tokens[start]
        after = parsed.tokens[start + 1] if start + 1 < end else None
        lower = word.text.lower()
        if word.pos != "PROPN" or (after is not None and after.text[:1].isupper()) \
                or not (lower in EVENT_NOUNS or lower.rstrip("s") in EVENT_NOUNS):
            continue
        tokens[start] = replace(word, pos="NOUN", tag="NNS" if lower.endswith("s") else "NN", lemma=lower)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def noun_with_an_object(parsed: Parsed) -> Parsed:
    """ "Valencia [visit] Real Madrid next Sunday", "visit" taken for a noun: a noun takes no object; a word with
    one that is also a verb is the verb, the noun before it its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos != "NOUN":
            continue
        objects = [c for c in parsed.children(word.i, "obj") if c.i > word.i]
        if not objects or not verb_lemmas(word.text.lower()) or word.text.lower().endswith("ed"):
            continue
        subject = next((c for c in parsed.children(word.i, "compound", "nsubj") if c.i < word.i
                        and c.pos in ("NOUN", "PROPN")), None)
        lemma = verb_lemmas(word.text.lower())[0]
        past = word.text.lower() in past_forms(lemma)  # "jets [shot] down a balloon"
        tense = "VBD" if past else "VBZ" if word.text.lower().endswith("s") else "VBP"  # "Valencia visit"
        tokens[word.i] = replace(word, pos="VERB", tag=tense, lemma=lemma,
                                 morph=f"Mood=Ind|Tense={'Past' if past else 'Pres'}|VerbForm=Fin")
        if subject is not None:
            tokens[subject.i] = replace(subject, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_taken_for_an_adjective(parsed: Parsed) -> Parsed:
    """ "[Lumen+] plans to add 200 films", the name tagged an adjective: an adjective is no subject or object on
    its own; a capitalised one with no determiner, heading the phrase, is a name."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos != "ADJ" or word.rel not in ("nsubj", "obj") or not word.text[:1].isupper() \
                or parsed.children(word.i, "det", "amod", "advmod") or word.text.lower() in _ADJECTIVE_SUBJECTS:
            continue
        tokens[word.i] = replace(word, pos="PROPN", tag="NNP", lemma=word.text)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_ADJECTIVE_SUBJECTS = frozenset("many most few several some others both all each either neither more less".split())


def finite_form_taken_for_a_complement(parsed: Parsed) -> Parsed:
    """ "the club would install [covers] on two courts", "covers" read as a verb complement: a complement clause
    without a subject is non-finite, and an -s form is finite; with no subject or auxiliary of its own, after a
    verb with no object, the word is the plural noun and that object (and a plain present form that English also has
    as a noun, the singular noun: "surveyors found [rot] in the beams")."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        governor = parsed.head(word.i)
        if word.tag not in ("VBZ", "VBP") or word.rel != "xcomp" or governor is None or governor.pos != "VERB" \
                or word.i != governor.i + 1 or parsed.children(word.i, "nsubj", "aux", "mark", "obj") \
                or parsed.children(governor.i, "obj") \
                or (word.tag == "VBZ" and not word.text.lower().endswith("s")) \
                or (word.tag == "VBP" and not noun_lemmas(word.text.lower())):
            continue
        if word.tag == "VBZ":
            tokens[word.i] = replace(word, pos="NOUN", tag="NNS", dep="obj", morph="Number=Plur",
                                     lemma=word.text.lower()[:-1])
        else:  # "found [rot] in the beams": a present form without "s" is the singular noun
            tokens[word.i] = replace(word, pos="NOUN", tag="NN", dep="obj", morph="Number=Sing",
                                     lemma=word.text.lower())
        for child in parsed.children(word.i):
            if child.rel in ("obl", "advmod", "advcl"):
                tokens[child.i] = replace(child, head=governor.i)  # "on two courts by June": the verb's
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


# Verbs that take an object and a bare infinitive ("made them [wait]", "saw the roof [collapse]")
_BARE_INFINITIVE_TAKERS = frozenset("make let help see hear watch have bid feel notice".split())


def noun_taken_for_a_bare_infinitive(parsed: Parsed) -> Parsed:
    """ "will publish the formal decision [notice] this week", "notice" read as a bare infinitive after the
    object: only verbs of causing and perceiving take an object and a bare infinitive; after any other verb the
    word right after the object noun is that noun phrase's head, and the object."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        governor = parsed.head(word.i)
        before = parsed.tokens[word.i - 1]
        if word.tag != "VB" or word.rel != "xcomp" or governor is None or governor.pos != "VERB" \
                or base_form(governor) in _BARE_INFINITIVE_TAKERS or before.rel != "obj" or before.head != governor.i \
                or before.pos != "NOUN" or parsed.children(word.i, "mark", "aux", "nsubj", "obj") \
                or not base_form(word).isalpha():
            continue
        tokens[word.i] = as_noun(word, dep="obj")
        tokens[before.i] = replace(before, head=word.i, dep="compound")
        for child in parsed.children(before.i, "det", "amod", "nmod:poss", "nummod"):
            tokens[child.i] = replace(child, head=word.i)
        for child in parsed.children(word.i):
            tokens[child.i] = replace(child, head=governor.i)  # "this week": the verb's, not the noun's
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_word_with_two_tags(parsed: Parsed) -> Parsed:
    """ "Developer [Oakmere] Homes": the tagger says a proper noun, the morphologizer an adjective or noun. When
    the two disagree, a capitalised word inside the sentence next to a name is part of that name."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.tag in ("NN", "NNS") and word.pos == "ADJ" and word.rel in ("nsubj", "obj", "obl") \
                and word.text.isalpha():
            # "Avian [influenza] was confirmed": a common noun by one tagger, an adjective by the other, heading an
            # argument, is the noun (an adjective heads no argument)
            tokens[word.i] = replace(word, pos="NOUN")
            changed = True
            continue
        if word.tag not in ("NNP", "NNPS") or word.pos not in ("ADJ", "NOUN") or not word.text[:1].isupper():
            continue
        start, end = parsed.sentence_of(word.i)
        beside = [parsed.tokens[k] for k in (word.i - 1, word.i + 1) if start <= k < end]
        if word.i == start and not any(t.pos == "PROPN" and t.i > word.i for t in beside):
            continue  # a capital at the sentence's start says nothing
        if any(t.pos == "PROPN" for t in beside):
            tokens[word.i] = replace(word, pos="PROPN")
            changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def past_tense_by_agreement(parsed: Parsed) -> Parsed:
    """ "Northfield [beat] Castleton 3-1 on Saturday", "beat" tagged a base form: after a singular subject the
    present takes -s, so a bare form with no auxiliary or "to" there is the past that looks like it (beat, cut,
    set, hit, put, shut, quit, spread ...)."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos != "VERB" or word.tag not in ("VB", "VBP") or parsed.children(word.i, "aux", "mark") \
                or word.text.lower() not in past_forms(base_form(word)):
            continue
        subject = next((c for c in parsed.children(word.i) if c.dep.lower() == "nsubj"), None)
        singular = subject is not None and subject.i < word.i and (
            subject.tag in ("NN", "NNP") or subject.text.lower() in ("he", "she", "it"))
        if not singular or any(c.rel == "conj" for c in parsed.children(subject.i)):
            continue  # "Police and firefighters cut ...": plural, present or past alike
        tokens[word.i] = replace(word, tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def past_tense_taken_for_a_participle(parsed: Parsed) -> Parsed:
    """ "The company [raised] prices in January and will increase them", "raised" tagged a participle: a
    participle makes a clause only with an auxiliary; the main verb of a clause with an active subject and none
    is the simple past (the "will" of the next verb is that verb's alone)."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.tag != "VBN" or word.pos != "VERB" or word.head != word.i \
                or not any(c.dep.lower() == "nsubj" for c in parsed.children(word.i)) \
                or parsed.children(word.i, "aux", "cop") or word.text.lower() not in past_forms(base_form(word)):
            continue
        tokens[word.i] = replace(word, tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def gerund_subject_after_a_subordinator(parsed: Parsed) -> Parsed:
    """ "collapsed on Sunday after [fighting] broke out", the -ing word read as the clause's verb with the finite
    verb its complement: "after", "before", "since" take a clause, and an -ing form right after one, followed by a
    finite verb with no subject, is that clause's noun subject."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[:-1]:
        if word.tag != "VBG":
            continue
        marks = parsed.children(word.i, "mark")
        verb = parsed.tokens[word.i + 1]
        if not marks or not all(m.text.lower() in SUBORDINATORS for m in marks) \
                or verb.head != word.i or verb.pos != "VERB" or verb.tag not in ("VBD", "VBN") \
                or parsed.children(verb.i, "nsubj", "aux") or parsed.children(word.i, "obj", "nsubj"):
            continue
        tokens[verb.i] = replace(verb, head=word.head, dep=word.dep, tag="VBD",
                                 morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[word.i] = as_noun(word, head=verb.i, dep="nsubj")
        rehang(parsed, tokens, word, verb.i, keep=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def modifier_taken_for_a_bare_verb(parsed: Parsed) -> Parsed:
    """ "agreed to buy [rival] Solara", "rival" read as a bare verb with Solara its object: only verbs of
    causing, perceiving and helping take a bare verb after them; right after any other verb with no object, the
    word modifies the noun after it, which is the verb's object (a gerund is no bare verb: "began [screening]
    patients")."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:-1]:
        governor, after = parsed.tokens[word.i - 1], parsed.tokens[word.i + 1]
        if word.pos != "VERB" or word.tag == "VBG" or word.rel != "xcomp" or word.head != governor.i \
                or governor.pos != "VERB" or base_form(governor) in _BARE_INFINITIVE_TAKERS | {"go", "come"} \
                or parsed.children(word.i, "mark", "aux", "nsubj") or parsed.children(governor.i, "obj") \
                or after.head != word.i or after.rel != "obj" or after.pos not in ("PROPN", "NOUN"):
            continue
        tokens[after.i] = replace(after, head=governor.i, dep="obj")
        tokens[word.i] = as_noun(word, head=after.i, dep="compound")
        rehang(parsed, tokens, word, governor.i, keep=after.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def verb_after_an_infinitive_marker_taken_for_a_modifier(parsed: Parsed) -> Parsed:
    """ "and is to [brief] parliament next week", the verb read as an adjective of the noun after it: after "to"
    tagged the infinitive marker comes a verb, and the noun it seemed to modify is its object."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:-1]:
        to, noun = parsed.tokens[word.i - 1], parsed.head(word.i)
        if word.rel != "amod" or noun is None or noun.i <= word.i or to.tag != "TO" or to.rel != "mark" \
                or to.head != noun.i or word.text.lower() not in verb_lemmas(word.text.lower()):
            continue  # (the word is a verb's base form: "brief", "open")
        tokens[word.i] = replace(word, pos="VERB", tag="VB", lemma=word.text.lower(), morph="VerbForm=Inf",
                                 head=word.i if noun.head == noun.i else noun.head,
                                 dep="ROOT" if noun.head == noun.i else noun.dep)
        tokens[noun.i] = replace(noun, head=word.i, dep="obj")
        for child in parsed.children(noun.i):
            if child.i < word.i:  # "and", "is", "to": the verb's
                tokens[child.i] = replace(child, head=word.i, dep="aux" if child.rel == "cop" else child.dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


# English prepositions are a closed class: a word tagged one that is none of these is a tagger slip
_PREPOSITIONS = frozenset("""
aboard about above across after against along alongside amid amidst among amongst around as at atop before behind
below beneath beside besides between beyond but by circa despite down during except excluding following for from
in including inside into less like minus near nearer next notwithstanding of off on onto opposite out outside over
past pending per plus pro re regarding round save since than through throughout till to toward towards under
underneath unlike until unto up upon versus via vs vs. with within without worth because so if whether while
though although once unless whereas albeit lest nor ago away back than that
""".split())
_POSSESSIVES = frozenset("her his its their our my your".split())


def noun_taken_for_a_preposition(parsed: Parsed) -> Parsed:
    """ "Talvik made her [debut] with the orchestra", "debut" tagged a preposition: prepositions are a closed class,
    and a word outside it is a noun; after a possessive pronoun it is the noun the pronoun determines, and the
    verb's object when the pronoun was taken for it."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        if word.pos != "ADP" or word.rel == "case" or not word.text.isalpha() or not word.text.islower() \
                or word.text.lower() in _PREPOSITIONS:
            continue
        tokens[word.i] = as_noun(word)
        before = parsed.tokens[word.i - 1]
        verb = parsed.head(before.i)
        if before.text.lower() in _POSSESSIVES and before.rel in ("obj", "iobj") and verb is not None \
                and word.head == verb.i:
            tokens[word.i] = replace(tokens[word.i], dep="obj")
            tokens[before.i] = replace(before, head=word.i, dep="nmod:poss", tag="PRP$")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def name_word_taken_for_a_verb(parsed: Parsed) -> Parsed:
    """ "the coaching staff of Leinster [Lightning]", a capitalised word inside the sentence read as a verb right
    after a name: verbs are not capitalised there; it is the name's last word."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        before = parsed.tokens[word.i - 1]
        if word.pos != "VERB" or not word.text[:1].isupper() or not word.text[1:].islower() \
                or before.pos != "PROPN" or parsed.starts_sentence(word.i) or parsed.children(word.i, "nsubj", "aux") \
                or any(up.i == word.i for up in parsed.ancestors(before.i)):
            continue  # (a name hung on the word takes no word of its own name as head)
        tokens[word.i] = replace(word, pos="PROPN", tag="NNP", head=before.i, dep="flat", lemma=word.text, morph="")
        for child in parsed.children(word.i):
            tokens[child.i] = replace(child, head=verb_above(parsed, before).i if verb_above(parsed, before)
                                      else before.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def hyphenated_word_torn_apart(parsed: Parsed) -> Parsed:
    """ "came through the other [semi-final] earlier on Friday", the parts of a hyphenated word hung on different
    heads ("semi" the verb's complement, "final" a second predicate): a word written without spaces is one phrase,
    headed by its last part, which takes the first part's place; adverbials the parser hung on the last part go to
    the head of the phrase."""
    tokens = list(parsed.tokens)
    changed = False
    for dash in parsed.tokens[1:-1]:
        first, last = parsed.tokens[dash.i - 1], parsed.tokens[dash.i + 1]
        if dash.text != "-" or first.space or dash.space or not first.text.isalpha() or not last.text.isalpha() \
                or first.head in (last.i, dash.i) or last.head in (first.i, dash.i) \
                or first.pos not in ("NOUN", "ADJ", "PROPN") or first.rel not in ("obl", "obj", "nsubj", "nmod"):
            continue
        governor = parsed.head(first.i)
        if governor is None or last.head != governor.i or any(up.i == last.i for up in parsed.ancestors(first.i)):
            continue  # only the two parts hung side by side on one head
        tokens[last.i] = replace(last, head=governor.i, dep=first.dep, pos="NOUN" if first.pos != "PROPN" else "PROPN",
                                 tag="NN" if first.pos != "PROPN" else "NNP")
        tokens[first.i] = replace(first, head=last.i, dep="compound")
        tokens[dash.i] = replace(dash, head=last.i, dep="punct")
        for child in parsed.children(first.i):
            tokens[child.i] = replace(child, head=last.i)
        for child in parsed.children(last.i):
            if child.i > last.i and child.rel in ("advmod", "obl", "advcl"):
                tokens[child.i] = replace(child, head=governor.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion trillion dozen""".split())


def name_taken_for_a_number(parsed: Parsed) -> Parsed:
    """ "[McRae], who won the title in 2012, came through ...", an unknown capitalised word read as a number: a number
    is written in digits or is a number word; a capitalised word of letters is a name. Hung on a later verb that
    has no subject, it is that verb's subject."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos != "NUM" or not word.text.isalpha() or not word.text[:1].isupper() \
                or word.text.lower() in _NUMBER_WORDS or len(word.text) < 2:
            continue
        verb = parsed.head(word.i)
        subject = verb is not None and verb.i > word.i and verb.pos == "VERB" and word.rel in ("advmod", "obl", "dep") \
            and not parsed.children(verb.i, "nsubj", "nsubj:pass", "expl")
        tokens[word.i] = replace(word, pos="PROPN", tag="NNP", lemma=word.text, morph="Number=Sing",
                                 dep="nsubj" if subject else word.dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def plural_subject_taken_for_a_verb(parsed: Parsed) -> Parsed:
    """ "[Thieves] stole lead from the church roof", the first word read as a verb (or as a noun heading a sentence
    with no verb): a statement does not open on a finite -s form, which agrees with a subject before it; followed
    by a past form, the word is a plural noun, that verb's subject."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        word = parsed.tokens[start]
        if word.tag not in ("VBZ", "NNS") or word.head != word.i or start + 2 >= end or not word.text.endswith("s") \
                or (word.tag == "NNS" and any(t.pos in ("VERB", "AUX") for t in parsed.tokens[start:end])):
            continue  # (or read as a plural noun heading a sentence with no verb at all)
        verb = parsed.tokens[start + 1]
        if not verb.text.islower() or not verb_lemmas(verb.text) or not (
                irregular_past(verb.text) is not None or verb.text.endswith("ed")):
            continue
        tokens[verb.i] = replace(verb, pos="VERB", tag="VBD", head=verb.i, dep="ROOT", lemma=base_form(replace(
            verb, pos="VERB", tag="VBD")), morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[word.i] = replace(word, pos="NOUN", tag="NNS", head=verb.i, dep="nsubj", morph="Number=Plur",
                                 lemma=word.text.lower())
        for child in parsed.children(word.i):
            if child.i != verb.i:  # what hung on the noun as its modifier is the verb's oblique
                tokens[child.i] = replace(child, head=verb.i, dep=on_a_verb(child.dep))
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_AUXILIARIES = frozenset("be have do get will would shall should can could may might must ought".split())


def plural_noun_taken_for_an_auxiliary(parsed: Parsed) -> Parsed:
    """ "when lava [flows] destroyed more than 200 houses", the plural noun read as the verb's auxiliary: only "be",
    "have", "do", "get" and the modals are auxiliaries in English; an -s word in that place that is also a noun is the
    verb's subject, and a noun right before it, read as a bare oblique, its modifier ("lava flows")."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        verb = parsed.head(word.i)
        if word.rel != "aux" or word.tag != "VBZ" or verb is None or verb.i != word.i + 1 \
                or base_form(word) in _AUXILIARIES or word.lemma.lower() in _AUXILIARIES \
                or not word.text.endswith("s") or not noun_lemmas(word.text.lower()) \
                or parsed.children(verb.i, "nsubj", "nsubj:pass"):
            continue
        tokens[word.i] = replace(word, pos="NOUN", tag="NNS", dep="nsubj", morph="Number=Plur",
                                 lemma=word.text.lower()[:-1])
        before = parsed.tokens[word.i - 1] if word.i else None
        if before is not None and before.pos == "NOUN" and before.head == verb.i and before.rel in ("obl", "obj"):
            tokens[before.i] = replace(before, head=word.i, dep="compound")
        if verb.tag == "VBN" and not any(c.rel == "aux" and c.i != word.i for c in parsed.children(verb.i)):
            tokens[verb.i] = replace(verb, tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")  # no auxiliary left
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def ing_form_after_a_possessive(parsed: Parsed) -> Parsed:
    """ "The club's [opening] home game ... has been pushed back", the -ing word read as a verb taking the noun as
    its object: after a possessive and right before a noun phrase it modifies that noun (a possessive before a
    verbal -ing would take "of": "the club's opening of the stand"), and the noun takes its place in the clause."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        before = parsed.tokens[word.i - 1]
        if word.tag != "VBG" or word.pos != "VERB" or before.tag not in ("POS", "PRP$"):
            continue
        governor = parsed.head(word.i)
        noun = next((c for c in parsed.children(word.i, "obj") if c.i > word.i and c.pos == "NOUN"), None)
        if governor is None or governor.i == word.i or noun is None \
                or any(parsed.tokens[k].head != noun.i or parsed.tokens[k].rel not in ("compound", "amod")
                       for k in range(word.i + 1, noun.i)):
            continue
        role = word.dep
        if word.i < governor.i and governor.pos == "VERB" and not parsed.children(governor.i, "nsubj", "nsubj:pass"):
            passive = any(c.dep.lower() == "aux:pass" for c in parsed.children(governor.i))
            role = "nsubj:pass" if passive else "nsubj"  # what comes before the verb, with none other, is its subject
        tokens[noun.i] = replace(noun, head=governor.i, dep=role)
        tokens[word.i] = replace(word, head=noun.i, dep="amod", pos="ADJ", tag="JJ")
        for child in parsed.children(word.i):
            if child.i != noun.i:
                tokens[child.i] = replace(child, head=noun.i, dep="nmod" if child.rel in ("obl", "obj") else child.dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def adjective_joined_to_a_finite_verb(parsed: Parsed) -> Parsed:
    """ "Nominations open on Monday and [close] on July 22", the second verb read as an adjective: "and" joins like
    with like, and a word English also has as a verb, joined to a finite verb and taking a complement of its own
    with no copula, is that verb's fellow, in the same form."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        first = parsed.head(word.i)
        if word.pos != "ADJ" or word.rel != "conj" or first is None or first.pos != "VERB" \
                or first.tag not in ("VBP", "VBZ", "VBD") or parsed.children(word.i, "cop") \
                or not parsed.children(word.i, "obl", "obj") or not verb_lemmas(word.text.lower()):
            continue
        from lemminflect import getInflection

        text = word.text.lower()
        lemma = next((lemma for lemma in verb_lemmas(text) if text in (getInflection(lemma, first.tag) or ())), None)
        if lemma is None:
            continue
        tokens[word.i] = replace(word, pos="VERB", tag=first.tag, lemma=lemma, morph=first.morph)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def noun_closing_the_subject(parsed: Parsed) -> Parsed:
    """ "The Interhaus home goods [fair] opened on Tuesday", the last noun read as an adjective hung on the verb:
    an adjective between a subject and its verb modifies neither (English puts it before its noun), so a word
    there that is also a noun is the head of the subject's phrase, and the noun before it its modifier."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens[2:]:
        word, before = parsed.tokens[verb.i - 1], parsed.tokens[verb.i - 2]
        if verb.pos != "VERB" or word.pos != "ADJ" or word.rel != "advmod" or word.head not in (verb.i, before.i) \
                or before.pos not in ("NOUN", "PROPN") or before.rel != "nsubj" or before.head not in (verb.i, word.i) \
                or any(c.i != before.i for c in parsed.children(word.i)) or not word.text.islower() \
                or not noun_lemmas(word.text) or word.text in _ADVERBS_BEFORE_A_VERB:
            continue
        tokens[word.i] = as_noun(word, head=verb.i, dep="nsubj")
        tokens[before.i] = replace(before, head=word.i, dep="compound")
        for child in parsed.children(before.i):
            if child.i < before.i:  # "The", "Interhaus": the whole phrase's
                tokens[child.i] = replace(child, head=word.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


# adjective forms English also uses as adverbs right before a verb ("the two leaders [last] met", "[first] proposed")
_ADVERBS_BEFORE_A_VERB = frozenset("last first next right best most least even fast still once further long".split())


def name_read_as_a_common_noun(parsed: Parsed) -> Parsed:
    """ "[Gillanders] raced the car until he crashed it", the surname read as a plural noun at the start of a
    sentence: a word the article writes as a name elsewhere, inside a sentence, is that name here too (one sense
    per discourse); and a capitalised word inside a sentence that the lexicon knows as no noun, verb or adjective
    is a name, singular unless a plural noun ends it."""
    names = {t.text for t in parsed.tokens if t.pos == "PROPN" and not parsed.starts_sentence(t.i)
             and t.text[:1].isupper() and not t.text.isupper()}
    # ("Housing Minister Alison [Dray]" with the surname tagged a common noun: a capitalised word after a first
    # name, inside a sentence, is the rest of that name)
    names |= {t.text for t in parsed.tokens[1:] if t.pos == "NOUN" and not parsed.starts_sentence(t.i)
              and t.text[:1].isupper() and t.text[1:].islower() and parsed.tokens[t.i - 1].pos == "PROPN"
              and parsed.tokens[t.i - 1].text[:1].isupper() and parsed.tokens[t.i - 1].head == t.i}
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.tag == "NNPS" and word.text.isalpha() and not noun_lemmas(word.text.lower()):
            # "Hamish [Gillanders]" tagged a plural name: only a plural noun ("Oakmere Homes") makes a name plural
            tokens[word.i] = replace(word, tag="NNP", morph="Number=Sing")
            changed = True
            continue
        if word.pos != "NOUN" or not word.text[:1].isupper() or word.text.isupper() or not word.text.isalpha():
            continue
        lower = word.text.lower()
        unknown = not parsed.starts_sentence(word.i) and not noun_lemmas(lower) and not verb_lemmas(lower) \
            and not adjective_lemmas(lower)
        if word.text in names or unknown:
            tokens[word.i] = replace(word, pos="PROPN", tag="NNP", lemma=word.text, morph="Number=Sing")
            changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def guilty_after_pleaded(parsed: Parsed) -> Parsed:
    """ "pleaded [guilty] in May to three offences": "plead guilty / not guilty" is the verb with its predicative
    adjective, whatever the parser made of the word."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        before = parsed.tokens[word.i - 1]
        verb = parsed.tokens[word.i - 2] if before.text.lower() == "not" and word.i >= 2 else before
        if word.text.lower() != "guilty" or verb.pos != "VERB" or base_form(verb) != "plead" \
                or (word.head == verb.i and word.rel == "xcomp" and (before.i == verb.i or before.head == word.i)):
            continue
        tokens[word.i] = replace(word, pos="ADJ", tag="JJ", lemma="guilty", morph="Degree=Pos", head=verb.i,
                                 dep="xcomp")
        rehang(parsed, tokens, word, verb.i, keep=verb.i)
        if before.i != verb.i:  # "pleaded [not] guilty": a plea was made; "not" says which
            tokens[before.i] = replace(tokens[before.i], head=word.i, dep="advmod")
        if any(up.i == word.i for up in parsed.ancestors(verb.i)):  # hung below the word: it takes its place
            tokens[verb.i] = replace(tokens[verb.i], head=verb.i if word.head == word.i else word.head,
                                     dep="ROOT" if word.head == word.i else word.dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def counted_noun_taken_for_a_verb(parsed: Parsed) -> Parsed:
    """ "examining two further [spills] into the River Arrow", the -s form read as a verb: a number counts things,
    so a word a cardinal number modifies is a plural noun, and what the parser made its subject a modifier."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos != "VERB" or word.tag != "VBZ" or parsed.children(word.i, "aux") \
                or not any(c.pos == "NUM" and c.i < word.i for c in parsed.children(word.i, "nummod")) \
                or not noun_lemmas(word.text.lower()):
            continue
        tokens[word.i] = replace(word, pos="NOUN", tag="NNS", morph="Number=Plur",
                                 lemma=noun_lemmas(word.text.lower())[0])
        for child in parsed.children(word.i):
            if child.rel == "nsubj" and child.i < word.i and child.pos in ("ADJ", "ADV"):
                tokens[child.i] = replace(child, pos="ADJ", dep="amod")  # "further"
            elif child.rel in ("obl",):
                tokens[child.i] = replace(child, dep="nmod")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def age_taken_for_an_adjective(parsed: Parsed) -> Parsed:
    """ "[The 26-year-old], who scored 14 tries, passed a medical": with an article and a comma after it, "N-year-old"
    is a noun (the person of that age), so its phrase with the aside can be a subject."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[4:]:
        if word.text.lower() != "old" or word.pos != "ADJ" or parsed.tokens[word.i - 1].text != "-" \
                or parsed.tokens[word.i - 2].text.lower() not in ("year", "years") \
                or parsed.tokens[word.i - 3].text != "-" or parsed.tokens[word.i - 4].pos != "NUM":
            continue
        after = parsed.tokens[word.i + 1] if word.i + 1 < len(parsed.tokens) else None
        article = word.i >= 5 and parsed.tokens[word.i - 5].text.lower() in ("the", "a", "an")
        if not article or after is None or after.text != ",":
            continue  # only before an aside; "the 26-year-old wing": an adjective before its noun
        tokens[word.i] = replace(word, pos="NOUN", tag="NN", lemma="old", morph="Number=Sing")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def adjective_heading_a_phrase(parsed: Parsed) -> Parsed:
    """ "will meet McRae in [Sunday's final]", "[a friendly] against Denmark": an adjective with a preposition, a
    possessor or "a" of its own, heading an argument, is used as a noun (English drops the noun after "the final",
    "a friendly")."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos == "ADJ" and word.text.isalpha() and noun_lemmas(word.text) and parsed.children(word.i, "det") \
                and any(c.pos == "ADJ" and c.i < word.i for c in parsed.children(word.i, "amod")):
            tokens[word.i] = as_noun(word)  # "[The chief executive], Alan Whitcombe, apologised": an adjective takes
            changed = True  # no adjective of its own, a noun does
            continue
        if word.pos != "ADJ" or word.rel not in ("obl", "nmod", "obj", "nsubj") or not word.text.isalpha():
            continue
        article = any(c.text.lower() in ("a", "an") for c in parsed.children(word.i, "det"))  # "[A friendly] ..."
        if not (parsed.children(word.i, "case", "nmod:poss") or article) or noun_lemmas(word.text) == () \
                or any(c.pos in ("NOUN", "PROPN") and c.i > word.i and not parsed.children(c.i, "case")
                       for c in parsed.children(word.i)):
            continue
        tokens[word.i] = as_noun(word)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def lowercase_word_taken_for_a_name(parsed: Parsed) -> Parsed:
    """ "forced to [abandon] an earlier attempt" tagged a proper noun: English writes names with a capital, so a
    lower-case word is a common word; after "to" with an object of its own, it is the infinitive."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        if word.pos != "PROPN" or not word.text.isalpha() or not word.text.islower() \
                or word.text in _NAME_PARTICLES or not (noun_lemmas(word.text) or verb_lemmas(word.text)):
            continue  # ("Sanne [de] Wit": a particle inside a name stays lower-case)
        before = parsed.tokens[word.i - 1]
        if before.text.lower() == "to" and word.text in verb_lemmas(word.text) and parsed.children(word.i, "obj"):
            tokens[word.i] = replace(word, pos="VERB", tag="VB", lemma=word.text, morph="VerbForm=Inf")
            tokens[before.i] = replace(before, pos="PART", tag="TO", head=word.i, dep="mark")
        else:
            tokens[word.i] = replace(word, pos="NOUN", tag="NN", lemma=word.text)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_NAME_PARTICLES = frozenset("de da di du del della van von der den ter le la les bin ibn al el y".split())


def ing_form_with_an_agent(parsed: Parsed) -> Parsed:
    """ "A poetry [reading] by local authors ... has been moved": an -ing participle is active and takes no
    agent, so an -ing form right after a noun with a by-phrase as its agent (and no object) is a noun, the head of
    the phrase ("a reading by local authors"), and the noun before it its modifier."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        before = parsed.tokens[word.i - 1]
        if word.tag != "VBG" or word.dep.lower() != "acl" or word.head != before.i or before.pos != "NOUN" \
                or not parsed.children(word.i, "obl:agent") or parsed.children(word.i, "obj") \
                or not noun_lemmas(word.text):
            continue
        tokens[word.i] = as_noun(word, head=before.head, dep=before.dep)
        tokens[before.i] = replace(before, head=word.i, dep="compound")
        for child in parsed.children(before.i):
            if child.i != word.i:  # "A", and what follows the phrase's head
                tokens[child.i] = replace(child, head=word.i)
        for child in parsed.children(word.i, "obl:agent"):
            tokens[child.i] = replace(child, dep="nmod")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_BE = frozenset("was were is are be been being".split())


def _be(parsed: Parsed, word: Token) -> Token | None:
    """The form of "be" the parser made the word's copula (its lemma, or its form where the lemma is missing)."""
    return next((c for c in parsed.children(word.i, "cop") if c.lemma.lower() == "be" or c.text.lower() in _BE), None)


def participle_taken_for_a_noun_after_be(parsed: Parsed) -> Parsed:
    """ "It was last [lent] out in 2009": a word after a form of "be" that is only ever a verb's past participle
    (no noun reads so), with no determiner, is the passive of that verb, and "be" its auxiliary."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos != "NOUN" or not word.text.islower():
            continue
        copula = _be(parsed, word)
        if copula is None or noun_lemmas(word.text) or parsed.children(word.i, "det", "nmod:poss", "nummod") or any(
                c.text.lower() not in ("last", "first", "recently", "also") for c in parsed.children(word.i, "amod")):
            continue
        lemma = next((lemma for lemma in verb_lemmas(word.text) if word.text in participles(lemma)), None)
        if lemma is None:
            continue
        tokens[word.i] = replace(word, pos="VERB", tag="VBN", lemma=lemma, morph="Tense=Past|VerbForm=Part|Voice=Pass")
        tokens[copula.i] = replace(copula, dep="aux:pass")
        for child in parsed.children(word.i):
            if child.rel == "nsubj":
                tokens[child.i] = replace(child, dep="nsubj:pass")
            elif child.rel == "amod":
                tokens[child.i] = replace(child, dep="advmod", pos="ADV", tag="RB")
            elif child.rel == "nmod":
                tokens[child.i] = replace(child, dep=on_a_verb(child.dep))
            elif child.rel == "advmod" and child.text.lower() in PARTICLES:
                tokens[child.i] = replace(child, dep="compound:prt", pos="ADP", tag="RP")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed



def determined_word_taken_for_a_verb(parsed: Parsed) -> Parsed:
    """ "The complainants rejected that [offer] in January", the word read as a verb: a determiner never goes with a
    verb, so a finite or bare verb after its own determiner is the noun it also is, the object of the verb
    before it when it was read as that verb's clause. Only its own modifiers may stand between ("The first
    passenger [train] to Keswick")."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        if not ((word.pos == "VERB" and word.tag in ("VB", "VBP", "VBZ")) or word.pos == "ADV") \
                or (article := _own_determiner(parsed, word)) is None or article.text.lower() not in DETERMINERS \
                or not noun_lemmas(word.text.lower()):
            continue  # ("[A gust] toppled a lighting tower", "gust" read as an adverb)
        governor = parsed.head(word.i)
        dep = word.dep
        if word.pos == "ADV" and governor is not None and governor.i > word.i and governor.pos == "VERB" \
                and not parsed.children(governor.i, "nsubj", "nsubj:pass"):
            dep = "nsubj"  # before its verb, with none other, the subject
        if governor is not None and governor.i < word.i and governor.pos == "VERB" \
                and word.rel in ("ccomp", "xcomp", "dep") and not parsed.children(governor.i, "obj"):
            dep = "obj"
        plural = word.tag == "VBZ" or (word.pos == "ADV" and word.text.endswith("s"))
        tokens[word.i] = replace(word, pos="NOUN", tag="NNS" if plural else "NN", dep=dep,
                                 lemma=noun_lemmas(word.text.lower())[0], morph="Number=Plur" if plural else "")
        for child in parsed.children(word.i):
            if child.rel in ("obl", "obj") and child.i > word.i:
                tokens[child.i] = replace(child, dep="nmod")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _own_determiner(parsed: Parsed, word: Token) -> Token | None:
    """The determiner hung on the word, with nothing between them but the word's adjectives and noun modifiers
    (and what those hold)."""
    article = next(iter(parsed.children(word.i, "det")), None)
    if article is None or article.i > word.i:
        return None
    between = {k for c in parsed.children(word.i, "amod", "compound", "nummod") if article.i < c.i < word.i
               for k in parsed.subtree(c.i)}
    return article if all(k in between for k in range(article.i + 1, word.i)) else None


def s_form_with_its_subject_taken_for_a_compound(parsed: Parsed) -> Parsed:
    """ "and the test [ends] on Saturday", tagged a plural noun yet read as a verb, with "the test" hung on it as a
    compound: a determiner opens the phrase before it, so that phrase is the subject and the -s form its present
    verb (a verb never takes a compound; a noun phrase never holds two determiners)."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[2:]:
        if word.pos != "VERB" or word.tag != "NNS" or not word.text.endswith("s") or not verb_lemmas(word.text):
            continue
        noun = parsed.tokens[word.i - 1]
        if noun.rel != "compound" or noun.head != word.i or noun.pos not in ("NOUN", "PROPN") \
                or not any(c.rel == "det" for c in parsed.children(noun.i)) \
                or any(c.rel == "det" for c in parsed.children(word.i)):
            continue
        tokens[word.i] = replace(word, tag="VBZ", lemma=verb_lemmas(word.text)[0],
                                 morph="Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
        tokens[noun.i] = replace(noun, dep="nsubj")
        for child in parsed.children(word.i, "nmod"):
            if child.i > word.i:
                tokens[child.i] = replace(child, dep="obl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def number_sign_torn_apart(parsed: Parsed) -> Parsed:
    """ "restarted the [No. 3] reactor", the tokenizer's full stop after "No" read as the end of a phrase: "No."
    before a number is the number sign, so it and the number modify the noun after them, which takes the place
    in the clause the parser gave "No"."""
    tokens = list(parsed.tokens)
    changed = False
    for sign in parsed.tokens[:-3]:
        stop, number, noun = parsed.tokens[sign.i + 1], parsed.tokens[sign.i + 2], parsed.tokens[sign.i + 3]
        if sign.text not in ("No", "Nos") or stop.text != "." or sign.space or number.pos != "NUM" \
                or number.head != noun.i or noun.pos != "NOUN":
            continue
        if noun.head == sign.i:  # the parser made "No" the phrase's head: the noun takes its place
            root = sign.head == sign.i
            tokens[noun.i] = replace(noun, head=noun.i if root else sign.head, dep="ROOT" if root else sign.dep)
        owner = parsed.tokens[sign.i - 2] if sign.i >= 2 else None
        if owner is not None and parsed.tokens[sign.i - 1].text in ("'s", "’s") and owner.rel == "nsubj" \
                and tokens[noun.i].rel == "nsubj" and tokens[noun.i].head == owner.head:
            # "Hamaura's No. 4 reactor ... is scheduled": one subject, whose owner the possessive names
            tokens[owner.i] = replace(owner, head=noun.i, dep="nmod:poss")
            tokens[sign.i - 1] = replace(parsed.tokens[sign.i - 1], head=owner.i, dep="case", pos="PART", tag="POS")
        tokens[sign.i] = replace(sign, head=noun.i, dep="compound", pos="NOUN", tag="NN")
        tokens[stop.i] = replace(stop, head=sign.i, dep="punct")
        for child in parsed.children(sign.i):
            if child.i not in (stop.i, noun.i):  # ("Hamaura's No. 4 reactor": the owner is the reactor's)
                tokens[child.i] = replace(child, head=noun.i, dep="nmod:poss" if child.rel == "nsubj" else child.dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def gerund_after_a_verb_of_phase_taken_for_a_noun(parsed: Parsed) -> Parsed:
    """ "Teams began pre-season [testing] on Monday", the -ing word tagged a noun: what a verb of phase takes as its
    complement is a gerund ("began testing", "stopped selling"), a verb with its own modifiers."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        governor = parsed.head(word.i)
        if word.pos != "NOUN" or not word.text.endswith("ing") or word.rel != "xcomp" or governor is None \
                or base_form(governor) not in ASPECTUAL or parsed.children(word.i, "det", "nmod:poss") \
                or not verb_lemmas(word.text):
            continue
        tokens[word.i] = replace(word, pos="VERB", tag="VBG", lemma=verb_lemmas(word.text)[0], morph="VerbForm=Ger")
        for child in parsed.children(word.i, "nmod"):
            if child.i > word.i:
                tokens[child.i] = replace(child, dep="obl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_LINKING = frozenset({"fall", "become", "turn", "go", "grow", "get"})  # "fell ill", "went bankrupt", "turned sour"


def adjective_after_a_linking_verb_taken_for_an_adverb(parsed: Parsed) -> Parsed:
    """ "the founder fell [ill] last month", the adjective read as an adverb: right after a verb of becoming, an
    adjective (no -ly adverb) is its complement, what the subject became."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        verb = parsed.tokens[word.i - 1]
        if word.pos not in ("ADV", "ADJ") or word.rel != "advmod" or word.head != verb.i or verb.pos != "VERB" \
                or base_form(verb) not in _LINKING or word.text.lower().endswith("ly") \
                or not adjective_lemmas(word.text.lower()) or parsed.children(verb.i, "xcomp", "obj") \
                or word.text.lower() in PARTICLES | {"ahead", "away", "back", "home", "abroad"}:
            continue
        tokens[word.i] = replace(word, pos="ADJ", tag="JJ", dep="xcomp")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def past_form_with_subject_and_object_taken_for_a_modifier(parsed: Parsed) -> Parsed:
    """ "Merrow Bay Shellfish, the largest grower in the area, [laid] off 14 seasonal staff", the past form tagged an
    adverb or adjective yet given a subject and an object: only a verb takes both."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos not in ("ADV", "ADJ") or not word.text.islower() or not (lemmas := verb_lemmas(word.text)) \
                or word.text not in past_forms(lemmas[0]) \
                or not any(c.i < word.i for c in parsed.children(word.i, "nsubj")) \
                or not any(c.i > word.i for c in parsed.children(word.i, "obj")):
            continue
        tokens[word.i] = replace(word, pos="VERB", tag="VBD", lemma=lemmas[0], morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


# Verbs of feeling, whose participles after "be" tell a state ("was delighted", "were disappointed")
_FEELING = frozenset("""
delight please disappoint shock surprise worry concern thrill excite upset relieve satisfy encourage impress interest
amaze stun devastate sadden frustrate anger annoy bore confuse embarrass frighten scare terrify trouble overwhelm
""".split())


def passive_participle_taken_for_an_adjective(parsed: Parsed) -> Parsed:
    """ "Its last coping stones were [laid] last weekend", the participle read as an adjective after "were": a past
    form the lexicon knows as no adjective, after a form of "be", is a passive verb."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos != "ADJ":
            continue
        copula = _be(parsed, word)
        if copula is None or not word.text.islower() or adjective_lemmas(word.text) \
                or not (lemmas := verb_lemmas(word.text)) or word.text not in participles(lemmas[0]) \
                or lemmas[0] in _FEELING:
            continue  # ("was delighted for her": a feeling, the state an adjective tells)
        tokens[word.i] = replace(word, pos="VERB", tag="VBN", lemma=lemmas[0],
                                 morph="Tense=Past|VerbForm=Part|Voice=Pass")
        tokens[copula.i] = replace(copula, dep="aux:pass")
        for subject in parsed.children(word.i, "nsubj"):
            tokens[subject.i] = replace(subject, dep="nsubj:pass")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def due_read_as_a_preposition(parsed: Parsed) -> Parsed:
    """ "The next regular election is [due] in March 2027", read as a compound preposition "due in" before the date:
    "due" with a subject and a copula of its own is the predicate adjective, and the date its oblique; so too before
    a bare verb ("is due to report")."""
    tokens = list(parsed.tokens)
    changed = False
    for due in parsed.tokens[:-1]:
        after, date_word = parsed.tokens[due.i + 1], parsed.head(due.i)
        if due.text.lower() == "due" and due.rel == "case" and after.text.lower() == "to" and date_word is not None \
                and date_word.pos == "VERB" and date_word.tag == "VB" and date_word.i == due.i + 2 \
                and parsed.children(due.i, "cop") and parsed.children(due.i, "nsubj"):
            # "a review, which is [due to] report by November", read as the preposition of "due to the weather": a
            # bare verb after it makes "due" the predicate and the verb its infinitive
            root = date_word.head == date_word.i
            tokens[due.i] = replace(due, head=due.i if root else date_word.head,
                                    dep="ROOT" if root else date_word.dep, pos="ADJ", tag="JJ")
            tokens[date_word.i] = replace(date_word, head=due.i, dep="xcomp")
            tokens[after.i] = replace(after, head=date_word.i, dep="mark", pos="PART", tag="TO")
            changed = True
            continue
        if due.text.lower() != "due" or due.rel != "case" or date_word is None or date_word.i < due.i \
                or after.text.lower() not in ("in", "on", "by", "at", "for") \
                or date_word.pos not in ("NOUN", "PROPN", "NUM") \
                or not parsed.children(due.i, "cop") or not parsed.children(due.i, "nsubj"):
            continue
        tokens[due.i] = replace(due, head=date_word.head if date_word.head != date_word.i else due.i,
                                dep=date_word.dep if date_word.head != date_word.i else "ROOT", pos="ADJ", tag="JJ")
        tokens[date_word.i] = replace(date_word, head=due.i, dep="obl")
        if after.rel == "fixed" and after.head == due.i:
            tokens[after.i] = replace(after, head=date_word.i, dep="case")
        for child in parsed.children(date_word.i):
            if child.i != due.i and child.rel in ("punct",) and child.i > date_word.i:
                tokens[child.i] = replace(child, head=due.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def ing_word_before_its_noun_taken_for_a_verb(parsed: Parsed) -> Parsed:
    """ "will visit [the Waikato screening centre] on Friday", the -ing word read as a verb with the noun after it
    as its object: a determiner before it belongs to a noun phrase, so the -ing word is that noun's modifier, and
    the phrase takes its place in the clause (with what the parser hung on the -ing word after the noun)."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[:-1]:
        noun = parsed.tokens[word.i + 1]
        if word.pos != "VERB" or word.tag != "VBG" or noun.pos != "NOUN" or noun.head != word.i or noun.rel != "obj" \
                or parsed.children(noun.i, "det", "nmod:poss") or (governor := parsed.head(word.i)) is None:
            continue
        before = [c for c in parsed.children(word.i) if c.i < word.i]
        article = next((d for c in before for d in [c, *parsed.children(c.i, "det")] if d.rel == "det"
                        and d.text.lower() in DETERMINERS), None)
        if article is None or any(c.rel not in ("det", "compound", "amod") for c in before):
            continue
        dep = "obj" if word.rel in ("advcl", "xcomp", "ccomp", "dep") and governor.pos == "VERB" \
            and not parsed.children(governor.i, "obj") else word.dep
        tokens[noun.i] = replace(noun, head=governor.i, dep=dep)
        tokens[word.i] = replace(word, head=noun.i, dep="compound", pos="NOUN", tag="NN")
        tokens[article.i] = replace(tokens[article.i], head=noun.i)
        for child in parsed.children(word.i):
            if child.i > noun.i and child.rel in ("obl", "advmod", "advcl", "punct") and governor.pos == "VERB":
                tokens[child.i] = replace(child, head=governor.i)  # "on Friday": the visit's
            elif child.i > noun.i:
                tokens[child.i] = replace(child, head=noun.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def noun_taken_for_a_predicative_adjective(parsed: Parsed) -> Parsed:
    """ "builders found [serious damp] in the walls", the noun read as an adjective the verb's object is left to be:
    with no object for it to describe and an adjective of its own before it, the word is the object, a noun."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        verb = parsed.head(word.i)
        if word.pos != "ADJ" or word.rel != "xcomp" or verb is None or verb.pos != "VERB" or verb.i > word.i \
                or parsed.children(verb.i, "obj", "cop") or parsed.children(word.i, "cop", "mark") \
                or not noun_lemmas(word.text.lower()) or not any(
                    c.pos == "ADJ" and c.i < word.i and c.rel in ("amod", "advmod") for c in parsed.children(word.i)):
            continue
        tokens[word.i] = as_noun(word, dep="obj")
        for child in parsed.children(word.i):
            if child.pos == "ADJ" and child.i < word.i:
                tokens[child.i] = replace(child, dep="amod")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed
