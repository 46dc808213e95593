"""Repairs that give a sentence back the main verb the parser lost or hung on a noun."""

from __future__ import annotations

from dataclasses import replace

from service.events.lemmas import base_form, irregular_past, noun_lemmas, past_forms, verb_lemmas
from service.events.lexicon import REPORTING
from service.events.repairs.common import (
    ARRANGED,
    CALENDAR,
    FINITE,
    NAMING,
    NOMINAL,
    RELATIVE,
    SUBORDINATORS,
    TIME_WORDS,
    on_a_verb,
    rehang,
    sentence_root,
    subordinate,
    verbless_noun_roots,
)
from service.nlp import Parsed, Token


def _verb_over(parsed: Parsed, tokens: list[Token], root: Token, verb: Token, dep: str = "nsubj") -> None:
    """The verb made the sentence's root and the noun root its subject; what hung on the noun after the verb
    goes to the verb."""
    tokens[verb.i] = replace(tokens[verb.i], head=verb.i, dep="ROOT")
    tokens[root.i] = replace(tokens[root.i], head=verb.i, dep=dep)
    _later_to(parsed, tokens, root, verb)


def _later_to(parsed: Parsed, tokens: list[Token], owner: Token, head: Token) -> None:
    """What hung on `owner` after `head` goes to `head` (the stop, a date, a clause that follows the verb)."""
    for child in parsed.children(owner.i):
        if child.i > head.i:
            tokens[child.i] = replace(child, head=head.i)


def root_verbless_sentences(parsed: Parsed) -> Parsed:
    """ "The club [completed] the signing on Wednesday", "the airline SkyWays [said] that ..." parsed as a noun
    modified by a participle or a relative clause: a sentence of running text has a main verb. A bare past form
    after its subject is that verb when it cannot be a modifier: a participle with no auxiliary and no relative
    word, or a relative clause with no relative word whose object is there (such a clause needs a gap: "the
    spacecraft [the agency built]")."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        # on the root, or on a noun of its complement ("the trial of three executives [opened] in Frankfurt")
        holders = [root, *(c for c in parsed.children(root.i, "nmod") if c.i > root.i)]
        verb = next((c for holder in holders for c in parsed.children(holder.i, "acl") if c.i > holder.i
                     and c.tag in ("VBD", "VBN") and verb_lemmas(c.text) and not _set_off(parsed, c)), None)
        if verb is None or any(c.rel in ("aux", "mark", "cop") or c.text.lower() in RELATIVE
                               for c in parsed.children(verb.i)):
            continue
        subjects = [c for c in parsed.children(verb.i, "nsubj") if root.i < c.i < verb.i]
        if verb.dep.lower() == "acl":
            if subjects or not (parsed.children(verb.i, "obj", "obl", "xcomp", "ccomp") or verb.tag == "VBD"):
                continue
        elif verb.dep.lower() != "acl:relcl" or len(subjects) != 1 or not parsed.children(verb.i, "obj", "ccomp") \
                or any(parsed.tokens[k].pos not in ("NOUN", "PROPN") for k in range(root.i, subjects[0].i)):
            continue
        inside = set(parsed.subtree(root.i)) - set(parsed.subtree(verb.i))
        # "Oakmere Homes [first] proposed", "A sinkhole [about 12 metres wide] opened up"
        inside |= {k for c in parsed.children(verb.i, "advmod") if c.i < verb.i for k in parsed.subtree(c.i)}
        if any(k not in inside for k in range(root.i + 1, verb.i)) and not subjects:
            continue  # something between them is not part of the subject
        subject = subjects[0] if subjects else root
        for measure in parsed.children(verb.i, "advmod"):  # "[about 12 metres wide]": a measure of the subject
            if measure.i < verb.i and parsed.children(measure.i) and measure.text.lower() not in ("first", "also"):
                tokens[measure.i] = replace(measure, head=subject.i, dep="amod")
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        if subjects:  # "the airline SkyWays": the noun before the name is its modifier
            tokens[root.i] = replace(root, head=subject.i, dep="compound")
        else:
            tokens[root.i] = replace(root, head=verb.i, dep="nsubj")
        for child in parsed.children(root.i):
            if child.i == verb.i:
                continue
            if child.i > verb.i or (subjects and child.rel not in ("det", "amod", "compound", "nmod", "nummod")):
                tokens[child.i] = replace(child, head=verb.i, dep=on_a_verb(child.dep))
            elif subjects and child.i < root.i:
                tokens[child.i] = replace(child, head=subject.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _set_off(parsed: Parsed, participle: Token) -> bool:
    """Between commas ("The ceasefire, [agreed in March], collapsed"): a modifier aside, not the main verb."""
    span = [k for k in parsed.subtree(participle.i) if parsed.tokens[k].pos != "PUNCT"]
    first, last = min(span), max(span)
    # the comma opens right after its noun, not after an apposition the commas enclose ("The union, Sindicato
    # Los Cóndores, called a strike")
    return first > 1 and parsed.tokens[first - 1].text == "," and first - 2 == participle.head \
        and last + 1 < len(parsed.tokens) and parsed.tokens[last + 1].text == ","


def verb_taken_for_a_prenominal_modifier(parsed: Parsed) -> Parsed:
    """ "The council [raised] parking fees in March", parsed as a noun phrase with "raised" its adjective and
    "the council" hung on it: a modifier before a noun never has a noun phrase of its own before it, and a
    sentence has a main verb. The past form is the verb, the phrase before it its subject, the noun its object.
    So too in a noun phrase coordinated with a clause ("killed three soldiers, and the FRP [denied] responsibility"):
    a noun and a clause are no pair, the past form is the second clause's verb."""
    tokens = list(parsed.tokens)
    changed = False
    joined = [t for t in parsed.tokens if t.rel == "conj" and t.pos == "NOUN" and parsed.tokens[t.head].pos == "VERB"
              and parsed.tokens[t.head].i < t.i]
    for root in [*verbless_noun_roots(parsed), *joined]:
        verb = next((c for c in parsed.children(root.i, "amod") if c.i < root.i and c.tag in ("VBD", "VBN")
                     and verb_lemmas(c.text)), None)
        subject = next((c for c in parsed.children(verb.i) if c.i < verb.i and c.pos in ("NOUN", "PROPN")
                        and (c.dep.lower() in ("obl:unmarked", "nsubj", "obl:npmod")
                             or (c.rel == "compound" and root.rel == "conj"))
                        and (c.pos == "PROPN" or parsed.children(c.i, "det", "nmod:poss"))), None) \
            if verb is not None else None
        if subject is None:
            continue
        main = root.rel != "conj"
        tokens[verb.i] = replace(verb, head=verb.i if main else root.head, dep="ROOT" if main else "conj", tag="VBD",
                                 pos="VERB", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[subject.i] = replace(subject, dep="nsubj")
        tokens[root.i] = replace(root, head=verb.i, dep="obj")
        for child in parsed.children(root.i, "cc", "punct"):
            if child.i < subject.i:
                tokens[child.i] = replace(child, head=verb.i)  # ", and" joins the clauses
        for child in parsed.children(root.i):
            if child.i > root.i and (child.rel in ("obl", "advcl", "parataxis", "punct", "advmod")
                                     or (child.rel == "conj" and child.pos == "VERB")):
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_SUBORDINATE = frozenset({"acl", "advcl", "ccomp", "csubj"})  # a clause's finite verb that is not the main one


def _main_clause_finite(parsed: Parsed, token: Token) -> bool:
    """A finite form that makes a main clause: not in a subordinate or relative clause ("after a dispute that
    [has] divided the town": the auxiliary is its relative clause's)."""
    # (a past form flattened into a noun phrase is the verb the rebuild looks for, not another one)
    return token.tag in FINITE and _clause(parsed, token).rel not in _SUBORDINATE | {"amod", "compound"}


def _clause(parsed: Parsed, token: Token) -> Token:
    return parsed.tokens[token.head] if token.rel in ("aux", "cop") else token


def _time_phrase(parsed: Parsed, k: int) -> bool:
    """Token k opens a bare phrase of time: "last week", "this month", "Tuesday"."""
    token = parsed.tokens[k]
    following = parsed.tokens[k + 1] if k + 1 < len(parsed.tokens) else None
    return token.text.lower() in CALENDAR or (token.text.lower() in ("last", "next", "this") and following is not None
                                              and following.lemma.lower() in TIME_WORDS | CALENDAR)


def verbless_sentence_rebuilt(parsed: Parsed) -> Parsed:
    """ "Northfield United [sacked] manager Dave Ross on Wednesday after ...", parsed with no verb at all: a
    sentence with no finite verb, made of a noun phrase, a past form and a noun phrase, is subject, verb and
    object; what hung on the phrases beyond them (dates, "after ...") goes to the verb."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        words = parsed.tokens[start:end]
        # no verb: a noun, or an adjective with no copula ("The quake, [the strongest] in the region since 1994,")
        if root is None or root.pos not in ("NOUN", "PROPN", "ADJ") or parsed.children(root.i, "cop", "aux") \
                or (root.pos != "ADJ" and parsed.children(root.i, "nsubj")) \
                or any(_main_clause_finite(parsed, t) and _clause(parsed, t).rel != "conj" for t in words):
            continue
        # a past form, also one tagged an adjective ("Karen Doyle, 58, [pleaded] guilty in March")
        # (or an irregular past read as a noun or an adjective: "Burglars [stole] copper pipes")
        verb = next((t for t in words if t.i > start and verb_lemmas(t.text) and (t.tag in ("VBD", "VBN") or (
            t.tag == "JJ" and t.text.islower() and t.text.endswith("ed")) or (
            t.tag in ("NN", "JJ") and t.text.islower() and irregular_past(t.text) is not None
            and parsed.tokens[t.i - 1].pos in ("NOUN", "PROPN")) or (  # never a name's "United"
            # "The council [last] cut library hours": after a noun and "last", a past form is the verb
            t.tag in ("NN", "JJ") and t.text.islower() and t.i > start + 1
            and parsed.tokens[t.i - 1].text.lower() in ("last", "first") and parsed.tokens[t.i - 2].pos == "NOUN"
            and any(t.text in past_forms(lemma) for lemma in verb_lemmas(t.text))))), None)
        if verb is None or verb.i + 1 >= end or any(  # "..., which closed in 2022": a subordinate clause's
                _main_clause_finite(parsed, t) and _clause(parsed, t).i < verb.i for t in words):
            continue  # but a second verb after it ("met X last week and is due to ...") is its conjunct
        first = start  # past a fronted phrase and its comma: "On Monday, the prime minister met ..."
        comma = next((t.i for t in words if t.text == "," and t.i < verb.i), None)
        if words[0].pos == "ADP" and comma is not None:
            first = comma + 1
        before = parsed.tokens[first:verb.i]
        aside: list[Token] = []  # a phrase between commas after the subject: "The quake, the strongest ...,"
        if parsed.tokens[verb.i - 1].text == "," and (opening := next((t.i for t in before if t.text == ","), None)):
            aside = parsed.tokens[opening + 1:verb.i - 1]
            before = parsed.tokens[first:opening]
            if any(t.pos in ("VERB", "AUX") for t in aside) or not aside:
                continue
        # the subject: a noun phrase, also one with prepositional modifiers when it heads the sentence ("A strike by
        # air traffic controllers in France [forced] airlines to cancel flights")
        modified = before and before[0].pos != "ADP" and root in before and all(
            t.pos in NOMINAL or t.pos == "ADP" or t.text in ("-", "'s", "’s") for t in before) \
            and all(parsed.tokens[t.head] in before or t.i == root.i for t in before)
        if not before or not (modified or all(t.pos in NOMINAL or t.text in ("-", "'s", "’s") for t in before)) \
                or not any(t.pos in ("NOUN", "PROPN") for t in before):
            continue
        k = verb.i + 1
        while k < end and (parsed.tokens[k].pos in NOMINAL or parsed.tokens[k].text == "-") \
                and not _time_phrase(parsed, k):  # "met Klaus Reiter [last week]": the verb's, not the object's
            k += 1
        after = parsed.tokens[verb.i + 1:k]
        if not any(t.pos in ("NOUN", "PROPN") for t in after):
            continue
        subject = root if modified and any(t.pos == "ADP" for t in before) else \
            [t for t in before if t.pos in ("NOUN", "PROPN")][0 if before[-1].pos == "PROPN" else -1]
        names = [t for t in after if t.pos == "PROPN"]
        obj = names[0] if names and after[-1].pos == "PROPN" else [t for t in after if t.pos in ("NOUN", "PROPN")][-1]
        spans = {t.i: subject.i for t in before} | {t.i: obj.i for t in after}
        inside = {t.i for t in aside}
        top = next((t for t in aside if t.head not in inside or t.head == t.i), aside[0] if aside else None)
        for t in aside:  # the aside is the subject's apposition, its own arcs kept
            if top is not None and t.i == top.i:
                tokens[t.i] = replace(t, head=subject.i, dep="appos")
            elif top is not None and (t.head not in inside or t.head == t.i):
                tokens[t.i] = replace(t, head=top.i)
        for t in words:
            if t.i in inside:
                continue
            if t.i == verb.i:
                tokens[t.i] = replace(t, head=t.i, dep="ROOT", tag="VBD", pos="VERB",
                                      morph="Mood=Ind|Tense=Past|VerbForm=Fin")
            elif t.i in (subject.i, obj.i):
                tokens[t.i] = replace(t, head=verb.i, dep="nsubj" if t.i == subject.i else "obj")
            elif t.i in spans:
                if t.head not in spans or spans[t.head] != spans[t.i]:  # keep arcs inside the phrase
                    dep = "det" if t.pos == "DET" else "amod" if t.pos == "ADJ" else "nummod" if t.pos == "NUM" \
                        else "flat" if t.pos == "PROPN" and t.i > spans[t.i] else "compound"
                    tokens[t.i] = replace(t, head=spans[t.i], dep=dep)
            elif t.head in spans and spans[t.head] == obj.i and t.rel == "nmod" and t.i > obj.i:
                continue  # "hundreds [of buildings]": the object's own complement
            elif t.head in spans or t.head in inside or t.head == verb.i or t.head == t.i:
                dep = "obl" if parsed.children(t.i, "case") else "xcomp" if t.rel == "acl" and any(
                    m.text.lower() == "to" for m in parsed.children(t.i, "mark")) else t.dep  # "forced airlines [to
                tokens[t.i] = replace(t, head=verb.i, dep=dep)  # cancel]": the verb's complement
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def modifier_with_an_auxiliary(parsed: Parsed) -> Parsed:
    """ "The 62-year-old [was elected] mayor in 2019": a modifier of a noun takes no auxiliary, so a participle
    with one is the clause's verb, and the noun after it its complement ("elected mayor") or object."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        noun = parsed.head(verb.i)
        if verb.pos != "VERB" or verb.rel != "amod" or noun is None or noun.i < verb.i \
                or not parsed.children(verb.i, "aux") or any(t.rel == "amod" for t in parsed.children(noun.i)
                                                             if verb.i < t.i < noun.i):
            continue
        passive = any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i))
        head, dep = (verb.i, "ROOT") if noun.head == noun.i else (noun.head, noun.dep)
        tokens[verb.i] = replace(verb, head=head, dep=dep)
        tokens[noun.i] = replace(noun, head=verb.i, dep="xcomp" if passive and base_form(verb) in NAMING else "obj")
        for child in parsed.children(noun.i):
            if child.i > noun.i and child.rel in ("nmod", "obl", "conj", "advcl", "punct", "parataxis", "acl"):
                coordinated = child.pos == "VERB" and parsed.children(child.i, "cc")  # "and re-elected in 2023"
                dep = "conj" if coordinated else "obl" if child.rel == "nmod" else child.dep
                tokens[child.i] = replace(child, head=verb.i, dep=dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def finite_clause_on_a_noun(parsed: Parsed) -> Parsed:
    """ "The tournament, originally scheduled for April, [was postponed] to September" parsed as a clause
    modifying the noun: a clause with a finite auxiliary whose subject is the noun needs a relative word to
    modify it ("the tournament that was postponed"); without one it is the main clause, and a participle the
    parser made its subject is the noun's modifier."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        verb = next((c for c in parsed.children(root.i, "acl") if c.i > root.i and c.pos == "VERB"
                     and any(a.tag in FINITE for a in parsed.children(c.i, "aux"))), None)
        if verb is None or any(c.rel in ("mark", "cop") or c.text.lower() in RELATIVE
                               for c in parsed.children(verb.i)):
            continue
        subjects = [c for c in parsed.children(verb.i, "nsubj")]
        if any(c.pos != "VERB" or not root.i < c.i < verb.i for c in subjects):
            continue  # a real subject of its own: some other reading
        passive = any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i))
        _verb_over(parsed, tokens, root, verb, "nsubj:pass" if passive else "nsubj")
        for participle in subjects:
            tokens[participle.i] = replace(participle, head=root.i, dep="acl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def participle_for_subject(parsed: Parsed) -> Parsed:
    """ "A protest by tractor drivers, [set] for Saturday, was called off": the parser made the participle the
    subject and the noun its subject. A subject is a noun phrase, never a bare participle: the noun is the
    subject of the verb, the participle its modifier."""
    tokens = list(parsed.tokens)
    changed = False
    for token in parsed.tokens:
        governor = parsed.head(token.i)
        if governor is None or token.rel != "nsubj" or token.pos not in ("VERB", "ADJ") or not verb_lemmas(token.text) \
                or token.tag not in ("VBN", "JJ") or parsed.children(token.i, "aux", "cop"):
            continue
        noun = next((c for c in parsed.children(token.i, "nsubj") if c.pos in ("NOUN", "PROPN") and c.i < token.i),
                    None)
        if noun is None:
            continue
        tokens[noun.i] = replace(noun, head=governor.i, dep=token.dep)
        tokens[token.i] = replace(token, head=noun.i, dep="acl", pos="VERB", tag="VBN")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def prefixed_verbs(parsed: Parsed) -> Parsed:
    """ "was [re-elected]", split by the tokenizer into "re", "-", "elected" and parsed as three words: one verb,
    the prefix and the hyphen its dependents, the verb in the place the three held in the sentence."""
    from service.events.predicates import VERB_PREFIXES

    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens[2:]:
        prefix, hyphen = parsed.tokens[verb.i - 2], parsed.tokens[verb.i - 1]
        if hyphen.text != "-" or hyphen.space or prefix.space or prefix.text.lower() not in VERB_PREFIXES \
                or not verb_lemmas(verb.text):
            continue
        trio = {prefix.i, hyphen.i, verb.i}
        # the verb keeps its own place unless the parser hung it inside the trio; never under its own words
        top = verb if verb.head not in trio or verb.head == verb.i else next(
            (t for t in (prefix, hyphen) if t.head not in trio or t.head == t.i), verb)
        head, dep = (verb.i, "ROOT") if top.head == top.i else (top.head, top.dep)
        if head != verb.i and head in parsed.subtree(verb.i):
            continue
        tokens[verb.i] = replace(verb, head=head, dep=dep, pos="VERB")
        tokens[prefix.i] = replace(prefix, head=verb.i, dep="compound", pos="X", tag="AFX")
        tokens[hyphen.i] = replace(hyphen, head=verb.i, dep="punct", pos="PUNCT", tag="HYPH")
        for other in (prefix, hyphen):
            for child in parsed.children(other.i):
                if child.i not in trio:
                    tokens[child.i] = replace(tokens[child.i], head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def noun_taken_for_a_bare_verb(parsed: Parsed) -> Parsed:
    """ "after [pay] talks with managers broke down": a bare verb right after a subordinator would need a subject
    it does not have, so the word is a noun modifying the next noun, that noun the subject of the finite verb
    that follows without one."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.tag != "VB":
            continue
        marks = [m for m in parsed.children(word.i, "mark") if m.text.lower() in SUBORDINATORS and m.i == word.i - 1]
        if word.tag != "VB" or not marks or parsed.children(word.i, "nsubj", "aux"):
            continue
        noun = next((c for c in parsed.children(word.i, "obj") if c.i == word.i + 1 and c.pos == "NOUN"), None)
        end = parsed.sentence_of(word.i)[1]
        # its subject slot is free, or holds a phrase with a preposition, which no subject has ("with managers"); the
        # verb hangs outside the word's phrase, or on the word itself ("after pay talks [collapsed]" as its
        # complement); a past form tagged a participle with no auxiliary is the past
        verb = next((t for t in parsed.tokens[word.i + 2:end] if (t.tag in ("VBD", "VBZ", "VBP") or (
            t.tag == "VBN" and t.pos == "VERB" and not parsed.children(t.i, "aux")
            and t.text.lower() in past_forms(base_form(t))))
                     and all(parsed.children(s.i, "case") and word.i < s.i < t.i for s in parsed.children(t.i, "nsubj"))
                     and (t.head not in range(word.i, t.i) or t.head == word.i)), None)
        if noun is None or verb is None:
            continue
        for phrase in parsed.children(verb.i, "nsubj"):
            tokens[phrase.i] = replace(phrase, dep="nmod", head=noun.i)
        tokens[word.i] = replace(word, pos="NOUN", tag="NN", dep="compound", head=noun.i, lemma=word.text.lower(),
                                 morph="")
        tokens[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        tokens[verb.i] = replace(verb, dep=word.dep, head=word.head, **(
            {"tag": "VBD", "morph": "Mood=Ind|Tense=Past|VerbForm=Fin"} if verb.tag == "VBN" else {}))
        tokens[marks[0].i] = replace(marks[0], head=verb.i)
        for child in parsed.children(word.i):
            if child.i not in (noun.i, marks[0].i, verb.i):
                tokens[child.i] = replace(tokens[child.i], head=noun.i if child.i < verb.i else verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def verb_before_infinitive(parsed: Parsed) -> Parsed:
    """ "The council [plans] to close the school in July", "plans" taken for a noun with a purpose: when the
    sentence has no main verb (its root is no finite verb, or one with a subordinator: "after numbers fell"),
    a plural-looking word with a verb reading between a name or noun and "to" + a bare verb is that verb
    (third person present), the infinitive its complement and the noun before it its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        sentence = parsed.tokens[start:end]
        root = sentence_root(parsed, start, end)
        if root is None or (root.tag in FINITE and not parsed.children(root.i, "mark")):
            continue
        # no finite verb but in subordinate clauses ("after pupil numbers fell"), the parser's root among them
        if any(t.tag in FINITE and not subordinate(parsed, t) for t in sentence if t.i != root.i):
            continue
        verb = next((t for t in sentence if t.tag == "NNS" and start < t.i < end - 2 and t.text.islower()
                     and parsed.tokens[t.i + 1].text.lower() == "to" and parsed.tokens[t.i + 2].tag == "VB"
                     and (parsed.tokens[t.i - 1].pos in ("NOUN", "PROPN") or parsed.tokens[t.i - 1].text.istitle())
                     and verb_lemmas(t.text)), None)
        if verb is None:
            continue
        complement, subject = parsed.tokens[verb.i + 2], parsed.tokens[verb.i - 1]
        fixed = {verb.i, verb.i + 1, complement.i, subject.i}
        tokens[verb.i] = replace(verb, pos="VERB", tag="VBZ", dep="ROOT", head=verb.i,
                                 lemma=verb_lemmas(verb.text)[0], morph="Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
        tokens[complement.i] = replace(complement, dep="xcomp", head=verb.i)
        tokens[verb.i + 1] = replace(parsed.tokens[verb.i + 1], pos="PART", tag="TO", dep="mark", head=complement.i)
        tokens[subject.i] = replace(subject, dep="nsubj", head=verb.i)
        for t in sentence:  # the subject's words: "[Sheffield City] Council", "[Leeds] United"
            if t.i < subject.i and t.i not in fixed and (t.head in (verb.i, root.i) or t.i == root.i):
                tokens[t.i] = replace(t, head=subject.i, dep="compound" if t.pos in ("NOUN", "PROPN") else t.dep)
        if root.i > complement.i:  # the old root lies in the complement
            if root.pos in ("VERB", "AUX"):  # "after pupil numbers fell": a clause of the verb
                tokens[root.i] = replace(root, head=verb.i, dep="advcl")
                first = min([c.i for c in parsed.children(root.i, "mark")] + [root.i])
                for child in parsed.children(root.i):
                    if complement.i < child.i < first:
                        tokens[child.i] = replace(child, head=complement.i, dep="obl")
            else:
                tokens[root.i] = replace(root, head=complement.i, dep="obl")
            # "close Hollins Brook Primary [School]": a name the parser split is the infinitive's object
            head_noun = next((k for k in range(complement.i + 1, min(end, complement.i + 8))
                              if tokens[k].head == complement.i and tokens[k].pos in ("NOUN", "PROPN")
                              and tokens[k].rel == "obl"), None)
            obj = next((c for c in parsed.children(complement.i, "obj") if c.i < (head_noun or 0)), None)
            if head_noun is not None and obj is not None and all(
                    parsed.tokens[k].pos in ("PROPN", "NOUN", "ADJ") for k in range(obj.i, head_noun)):
                tokens[obj.i] = replace(tokens[obj.i], head=head_noun, dep="compound")
                tokens[head_noun] = replace(tokens[head_noun], dep="obj")
                for child in parsed.children(head_noun, "nmod"):
                    if child.i > head_noun and parsed.children(child.i, "case"):
                        tokens[child.i] = replace(tokens[child.i], head=complement.i, dep="obl")
        elif root.i != verb.i:
            for child in parsed.children(root.i):
                if child.i > verb.i and child.i not in fixed:
                    tokens[child.i] = replace(tokens[child.i], head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def verb_with_a_preposition(parsed: Parsed) -> Parsed:
    """ "returned [to] [work] on Monday": the parser made "to" a preposition, and a preposition heads a noun
    phrase, never an infinitive; the word is a noun, and the clauses and dates it held go to the verb above."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        if word.pos != "VERB" or word.tag != "VB":
            continue
        governor = parsed.head(word.i)
        cases = [c for c in parsed.children(word.i, "case") if c.pos == "ADP" and c.i == word.i - 1]
        if not cases or governor is None or governor.pos != "VERB" \
                or parsed.children(word.i, "obj", "nsubj", "aux", "mark"):
            continue
        tokens[word.i] = replace(word, pos="NOUN", tag="NN", lemma=word.text.lower(), morph="",
                                 dep="obl" if word.rel in ("obl", "advcl", "xcomp") else word.dep)
        for child in parsed.children(word.i):
            if child.i > word.i and child.rel in ("advcl", "obl", "conj", "parataxis"):
                tokens[child.i] = replace(child, head=governor.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def adjective_without_a_copula(parsed: Parsed) -> Parsed:
    """ "Nominations [close] on 31 January": an adjective predicates only with a copula, so a sentence's root
    adjective with a subject and none is the verb the word also is."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        subject = next(iter(parsed.children(root.i, "nsubj")), None) if root is not None else None
        if root is None or root.pos != "ADJ" or subject is None or subject.i > root.i or subject.pos not in (
                "NOUN", "PROPN") or parsed.children(root.i, "cop", "aux") or not verb_lemmas(root.text.lower()):
            continue
        plural = subject.feature("Number") == "Plur" or subject.tag == "NNS"
        tokens[root.i] = replace(root, pos="VERB", tag="VBP" if plural else "VBZ",
                                 morph="Mood=Ind|Tense=Pres|VerbForm=Fin")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def verb_taken_for_a_noun_root(parsed: Parsed) -> Parsed:
    """ "A consultation on the plans [closes] on 15 March", "The festival [returns] to Hyde Park in July", "Sales
    [rose] on Monday": a sentence with no verb whose root is a word with a verb reading and a subject before it (a
    noun phrase of its own, not a modifier of the word) is that verb, in the tense its form has."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        words = parsed.tokens[start:end]
        if root is None or root.pos != "NOUN" or not root.text.islower() or not verb_lemmas(root.text) \
                or parsed.children(root.i, "nmod:poss", "cop", "aux") \
                or any(_main_clause_finite(parsed, t) and not (_clause(parsed, t).rel in ("conj", "parataxis")
                                                               and _clause(parsed, t).i > root.i) for t in words):
            continue  # ("..., and the bank will publish": a second clause after it has verbs of its own)
        articles = [c for c in parsed.children(root.i, "det")]
        subject = next((c for c in parsed.children(root.i) if c.i < root.i and c.pos in ("NOUN", "PROPN") and (
            c.rel == "nsubj" or (c.rel == "compound" and (parsed.children(c.i, "det", "nmod:poss") or any(
                a.i < c.i for a in articles))))), None)
        if subject is None or any(a.i > subject.i for a in articles):
            continue  # "the [returns]": an article of its own makes the word a noun
        lemma = verb_lemmas(root.text)[0]
        past = root.text.lower() in past_forms(lemma)
        tokens[root.i] = replace(root, pos="VERB", tag="VBD" if past else "VBZ" if root.text.endswith("s") else "VBP",
                                 lemma=lemma, morph=f"Mood=Ind|Tense={'Past' if past else 'Pres'}|VerbForm=Fin")
        tokens[subject.i] = replace(subject, dep="nsubj")
        for article in articles:
            tokens[article.i] = replace(article, head=subject.i)
        for child in parsed.children(root.i, "nmod"):
            if child.i > root.i and parsed.children(child.i, "case"):
                tokens[child.i] = replace(child, dep="obl")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def main_verb_after_an_aside(parsed: Parsed) -> Parsed:
    """ "Tanaka, who holds four titles, [withdrew] from Wimbledon", "Copper Lantern, a 33-1 outsider ridden by
    Niamh Costello, [won] the Grand National", the main verb hung inside the aside: a noun, then a stretch set off
    by commas (a relative clause, an apposition, a participle), then a finite verb with no subject of its own;
    that verb is the main one, the noun its subject, and the aside hangs on the noun. What the parser hung after
    the verb on the aside or the noun ("..., her agent said") goes to the verb."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        _, end = parsed.sentence_of(root.i)
        last = root.i  # the name's last word: "Gareth [Pryce], who founded ..."
        while last + 1 < end and parsed.tokens[last + 1].head == root.i and parsed.tokens[last + 1].rel == "flat":
            last += 1
        if last + 2 >= end or parsed.tokens[last + 1].text != ",":
            continue
        close = next((k for k in range(last + 2, end - 1) if parsed.tokens[k].text == ","), None)
        if close is None or close == last + 2:
            continue  # only the aside's closing comma counts
        after = parsed.tokens[close + 1]
        complements: list[Token] = []
        if after.pos in ("ADJ", "NOUN", "ADV") and after.text.islower() and (lemmas := verb_lemmas(after.text)) \
                and after.text in past_forms(lemmas[0]) and not after.text.endswith("ing"):
            # "Marcher, which serves ..., [pleaded] guilty": a past form read as an adjective, where a verb must be
            after = replace(after, pos="VERB", tag="VBN", lemma=lemmas[0])
        elif after.tag == "NNS" and after.text.islower() and (lemmas := verb_lemmas(after.text)) \
                and parsed.tokens[last + 2].text.lower() in ("who", "which") \
                and not any(c.i < after.i for c in parsed.children(after.i) if c.rel in ("det", "amod", "nummod")):
            # "A public consultation, which opened on Wednesday, [closes] on February 20": after a relative clause
            # the main verb is due; an -s form read as a plural noun with nothing before it is that verb
            after = replace(after, pos="VERB", tag="VBZ", lemma=lemmas[0],
                            morph="Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
            complements = [c for c in parsed.children(after.i, "acl")  # "plans [to remove]": the verb's complement
                           if any(m.text.lower() == "to" for m in parsed.children(c.i, "mark"))]
        verb = parsed.tokens[after.head] if after.rel == "aux" and after.tag in FINITE else after
        # a past form tagged a participle is the past too, with no auxiliary or agent ("[finished] fourth")
        past = verb.tag == "VBN" and verb.text.lower() in past_forms(base_form(verb)) \
            and not parsed.children(verb.i, "aux", "obl:agent")
        # (a subject inside the aside is the parser's slip: "Merrow Bay Shellfish, the largest [grower], laid off")
        if verb.pos != "VERB" or not (verb.tag in FINITE or verb.i != after.i or past) or verb.i <= close \
                or any(c.i not in range(last + 2, close) for c in parsed.children(verb.i, "nsubj")) \
                or parsed.children(verb.i, "cc") or any(  # ("is [due to] close": an arrangement's words)
                    m.text.lower() not in ARRANGED | {"to"} for m in parsed.children(verb.i, "mark")):
            continue
        if past:
            tokens[verb.i] = replace(verb, tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
            verb = tokens[verb.i]
        aside = range(last + 2, close)
        relative = parsed.tokens[aside[0]].text.lower() in ("who", "which")
        passive = any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i))
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        tokens[root.i] = replace(root, head=verb.i, dep="nsubj:pass" if passive else "nsubj")
        for complement in complements:
            tokens[complement.i] = replace(complement, dep="xcomp")
        for k in aside:
            token = parsed.tokens[k]
            if token.head in aside and token.head != k:
                continue
            if token.pos == "VERB" and (noun := next((c for c in parsed.children(k, "nsubj") if c.i in aside
                                                      and c.pos == "NOUN" and not relative), None)) is not None:
                # "a 33-1 outsider ridden by ...": the noun is the apposition, the participle its modifier
                tokens[noun.i] = replace(noun, head=root.i, dep="appos")
                tokens[k] = replace(token, head=noun.i, dep="acl")
            elif token.pos == "VERB":
                tokens[k] = replace(token, head=root.i, dep="acl:relcl" if relative else "acl")
            else:
                tokens[k] = replace(token, head=root.i, dep="appos" if token.pos in ("NOUN", "PROPN") else token.dep)
        for token in parsed.tokens[verb.i + 1:end]:
            if token.head < verb.i and token.head != token.i and token.head >= root.i:
                nearest = next((parsed.tokens[k] for k in range(token.i - 1, verb.i, -1)
                                if parsed.tokens[k].pos in ("NOUN", "PROPN")), None)
                # (a relative clause goes to a noun, the nearest before it, never to the verb)
                tokens[token.i] = replace(token, head=nearest.i) if token.dep.lower() == "acl:relcl" \
                    and nearest is not None else replace(token, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def arranged_verb_taken_for_a_modifier(parsed: Parsed) -> Parsed:
    """ "A new primary school on the site is due to open in September", parsed as the noun with "(is due) to
    open" its modifier: an adjective with a copula is a predicate, never a marker. It is the sentence's root,
    the noun its subject and the infinitive its complement (as in "Marsh is due to present")."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        verb = next((c for c in parsed.children(root.i, "acl") if c.i > root.i and c.pos == "VERB"), None)
        due = next((m for m in parsed.children(verb.i, "mark", "advmod") if m.text.lower() in ARRANGED
                    and parsed.children(m.i, "cop")), None) if verb is not None else None
        if verb is None or due is None or parsed.children(verb.i, "nsubj"):
            continue
        tokens[due.i] = replace(due, head=due.i, dep="ROOT", pos="ADJ", tag="JJ")
        tokens[root.i] = replace(root, head=due.i, dep="nsubj")
        tokens[verb.i] = replace(verb, head=due.i, dep="xcomp")
        for to in [*parsed.children(due.i, "fixed", "mark"), *parsed.children(verb.i, "mark")]:
            if to.text.lower() == "to":
                tokens[to.i] = replace(to, head=verb.i, dep="mark", pos="PART", tag="TO")
        _later_to(parsed, tokens, root, due)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def participle_aside_taken_for_the_root(parsed: Parsed) -> Parsed:
    """ "Under the deal, [signed] in Geneva last week, both sides will withdraw troops": a participle set off by
    commas right after a noun, with no auxiliary or subject, modifies that noun; the clause after it, with a
    subject and a finite verb of its own, is the main one."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        if root is None or root.tag != "VBN" or parsed.children(root.i, "aux", "aux:pass", "nsubj", "nsubj:pass"):
            continue
        noun = next((c for c in parsed.children(root.i) if c.pos in ("NOUN", "PROPN") and c.i < root.i
                     and root.i >= 2 and parsed.tokens[root.i - 1].text == ","
                     and max(parsed.subtree(c.i)) == root.i - 2), None)
        verb = next((c for c in parsed.children(root.i) if c.i > root.i and c.pos == "VERB"
                     and parsed.tokens[min(parsed.subtree(c.i)) - 1].text == ","
                     and parsed.children(c.i, "nsubj", "nsubj:pass")
                     and (c.tag in FINITE or any(a.tag in FINITE for a in parsed.children(c.i, "aux")))), None)
        if noun is None or verb is None:
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        tokens[root.i] = replace(root, head=noun.i, dep="acl")
        tokens[noun.i] = replace(noun, head=verb.i)
        _later_to(parsed, tokens, root, verb)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def main_verb_inside_the_subject(parsed: Parsed) -> Parsed:
    """ "An order requiring all poultry to be kept indoors [comes] into force on Monday", the main verb hung inside
    the subject's modifier with "indoors" its subject: an adverb is no subject, and a finite verb with no real
    subject after a sentence's noun root is the main verb, the noun its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        _, end = parsed.sentence_of(root.i)
        verb = next((t for t in parsed.tokens[root.i + 1:end] if t.pos == "VERB" and t.tag in ("VBZ", "VBD", "VBP")
                     and t.rel in ("ccomp", "advcl", "parataxis", "acl") and t.dep.lower() != "acl:relcl"), None)
        if verb is None or parsed.children(verb.i, "mark") or any(
                c.text.lower() in RELATIVE for c in parsed.children(verb.i)):
            continue
        subjects = parsed.children(verb.i, "nsubj")
        if any(c.pos in ("NOUN", "PROPN", "PRON") for c in subjects) or not all(
                up.i == root.i or up.i > root.i for up in parsed.ancestors(verb.i)):
            continue
        _verb_over(parsed, tokens, root, verb)
        for subject in subjects:  # "kept [indoors]": the adverb is its old verb's
            tokens[subject.i] = replace(subject, head=verb.head, dep="advmod")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def passive_inside_the_subject(parsed: Parsed) -> Parsed:
    """ "A decision on whether to close the bridge [is expected] next month", read with "the bridge" the passive's
    subject and the passive a clause of "close": a transitive infinitive left without its object, then a noun and a
    finite passive, in a sentence with no main verb. The noun is the infinitive's object, and the passive the main
    verb, with the sentence's noun root its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        _, end = parsed.sentence_of(root.i)
        for verb in parsed.tokens[root.i + 1:end]:
            if verb.tag != "VBN" or verb.rel not in ("ccomp", "advcl", "acl", "parataxis") \
                    or verb.dep.lower() == "acl:relcl" or not any(
                    a.tag in FINITE and a.dep.lower() == "aux:pass" for a in parsed.children(verb.i)):
                continue
            subject = next((c for c in parsed.children(verb.i, "nsubj:pass") if c.pos in ("NOUN", "PROPN")), None)
            governor = parsed.head(verb.i)
            if subject is None or governor is None or governor.pos != "VERB" or governor.i > subject.i \
                    or not any(m.text.lower() == "to" for m in parsed.children(governor.i, "mark")) \
                    or parsed.children(governor.i, "obj") or not all(
                    up.i >= root.i for up in parsed.ancestors(verb.i)):
                continue
            _verb_over(parsed, tokens, root, verb, dep="nsubj:pass")
            tokens[subject.i] = replace(tokens[subject.i], head=governor.i, dep="obj")
            changed = True
            break
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def past_form_taken_for_a_gerunds_modifier(parsed: Parsed) -> Parsed:
    """ "The company first [proposed] scrapping Saturday rounds last May", read as a gerund root with "proposed" its
    adjective: an -ing form with a subject and no auxiliary makes no clause; the past form before it is the verb,
    and the gerund its complement."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        if root is None or root.tag != "VBG" or parsed.children(root.i, "aux"):
            continue
        subject = next((c for c in parsed.children(root.i, "nsubj") if c.i < root.i), None)
        verb = next((c for c in parsed.children(root.i, "amod", "compound") if c.i == root.i - 1
                     and c.tag in ("VBD", "VBN") and c.text.lower() in past_forms(base_form(c))), None)
        if subject is None or verb is None:
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", pos="VERB", tag="VBD",
                                 morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[root.i] = replace(root, head=verb.i, dep="xcomp")
        for child in parsed.children(root.i):
            if child.i < verb.i or child.rel == "punct" or child.dep.lower() == "obl:unmarked":
                tokens[child.i] = replace(child, head=verb.i)  # its subject, adverbs before it, the date, the stop
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_SPECULATIVE_OR_FUTURE = frozenset("will would shall should could might may must can".split())
_BETWEEN_MODAL_AND_VERB = frozenset("not n't also now still never soon only then already".split())


def base_verb_after_a_modal(parsed: Parsed) -> Parsed:
    """ "said it would [double] grants for new beekeepers", "double" read as a modifier of the noun: a modal
    auxiliary is followed by its verb in the base form (past "not", "also" and the like), so a word there that is
    a verb's base form is that verb, the clause's head, and the noun after it its object."""
    tokens = list(parsed.tokens)
    changed = False
    for modal in parsed.tokens:
        if modal.tag != "MD" or modal.text.lower() not in _SPECULATIVE_OR_FUTURE or modal.text == "May":
            continue
        _, end = parsed.sentence_of(modal.i)
        k = modal.i + 1
        while k < end and parsed.tokens[k].text.lower() in _BETWEEN_MODAL_AND_VERB:
            k += 1
        word = parsed.tokens[k] if k < end else None
        if word is None or word.pos in ("VERB", "AUX") or word.pos not in ("NOUN", "ADJ", "ADV", "PROPN") \
                or not word.text.islower() or word.text not in verb_lemmas(word.text):
            continue
        clause = modal if modal.rel != "aux" else parsed.tokens[modal.head]
        if clause.i == word.i or clause.pos not in ("NOUN", "PROPN", "AUX") or (
                clause.pos != "AUX" and (clause.i < word.i or parsed.children(clause.i, "cop"))):
            continue
        head, dep = (word.i, "ROOT") if clause.head == clause.i else (clause.head, clause.dep)
        tokens[word.i] = replace(word, pos="VERB", tag="VB", lemma=word.text, morph="VerbForm=Inf", head=head,
                                 dep=dep)
        for child in parsed.children(clause.i):
            if child.i != word.i and (child.i < word.i or child.rel not in ("det", "amod", "compound", "nummod",
                                                                             "nmod")):
                tokens[child.i] = replace(tokens[child.i], head=word.i)
        if clause.i == modal.i:
            tokens[modal.i] = replace(tokens[modal.i], head=word.i, dep="aux")
        else:  # the noun the parser made the clause's head is the verb's object
            tokens[clause.i] = replace(tokens[clause.i], head=word.i, dep="obj")
        for child in parsed.children(word.i):  # what the parser hung on the word as a modifier stays with the noun
            if child.i > word.i and tokens[child.i].head == word.i and child.rel in ("compound", "amod"):
                tokens[child.i] = replace(tokens[child.i], head=clause.i if clause.i != modal.i else word.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def verb_after_due_to(parsed: Parsed) -> Parsed:
    """ "The exercise is due to [end] on March 26", read as "due to" (because of) before a noun: a noun with a
    subject or a copula after "due to" is no cause but the verb of "be due to", an arrangement (kept as the marker
    the parser makes of it when it reads the verb right: "are [due to] vote")."""
    tokens = list(parsed.tokens)
    changed = False
    for due in parsed.tokens[:-2]:
        verb = parsed.head(due.i)
        if due.text.lower() == "due" and due.rel in ("aux", "mark") and verb is not None and verb.pos == "VERB" \
                and verb.i > due.i and (subject := next(iter(parsed.children(due.i, "nsubj")), None)) is not None:
            # "Next year's final is [due] to be held ...": the subject and copula hung on "due", the marker of the
            # arrangement, belong to the verb it marks
            passive = any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i))
            tokens[subject.i] = replace(subject, head=verb.i, dep="nsubj:pass" if passive else "nsubj")
            for child in parsed.children(due.i, "cop"):
                tokens[child.i] = replace(child, head=verb.i, dep="aux")
            tokens[due.i] = replace(due, dep="mark")
            changed = True
            continue
        to, word = parsed.tokens[due.i + 1], parsed.tokens[due.i + 2]
        if due.text.lower() == "due" and to.text.lower() == "to" and to.head == due.i and word.head == due.i \
                and word.pos == "VERB" and word.tag == "VB" and word.rel in ("csubj", "dep", "obl"):
            # "an inquiry is due [to] [open] on January 9", read as the preposition "due to" with the verb hung
            # as a clause: a bare verb after it is the infinitive of the arrangement, "due"'s complement
            tokens[to.i] = replace(to, pos="PART", tag="TO", head=word.i, dep="mark")
            tokens[word.i] = replace(word, dep="xcomp")
            changed = True
            continue
        if due.text.lower() != "due" or to.text.lower() != "to" or due.head != word.i \
                or to.head not in (due.i, word.i) or word.pos not in ("NOUN", "PROPN", "VERB") \
                or not word.text.islower() \
                or word.text not in verb_lemmas(word.text) or not parsed.children(word.i, "nsubj", "cop"):
            continue
        tokens[due.i] = replace(due, dep="mark")
        if to.head == word.i:  # ("had been due [to] close", "to" read as the verb's adverb)
            tokens[to.i] = replace(to, pos="PART", tag="TO", dep="mark")
        tokens[word.i] = replace(word, pos="VERB", tag="VB", lemma=word.text, morph="VerbForm=Inf")
        for child in parsed.children(word.i, "cop"):
            tokens[child.i] = replace(child, dep="aux")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_ADVERBS_OF_TIME_BEFORE_A_VERB = frozenset("next last first now also still often usually rarely never already".split())


def present_verb_after_an_adverb(parsed: Parsed) -> Parsed:
    """ "The board next [meets] on December 14", read as a noun phrase "the board['s] next meets": in a sentence
    with no verb, a word after its subject and an adverb of time that is a verb's -s form is that verb (a plural
    noun takes no adverb before it), the noun before it its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        if root is None or root.pos not in ("NOUN", "PROPN") or parsed.children(root.i, "cop", "aux"):
            continue
        word = next((t for t in parsed.tokens[root.i + 2:end] if t.tag == "NNS" and t.i == root.i + 2
                     and parsed.tokens[t.i - 1].text.lower() in _ADVERBS_OF_TIME_BEFORE_A_VERB), None)
        if word is None or any(t.pos in ("VERB", "AUX") and t.i < word.i for t in parsed.tokens[start:end]):
            continue
        lemma = next((v for v in verb_lemmas(word.text.lower()) if word.text.lower() in (f"{v}s", f"{v}es")), None)
        if lemma is None:
            continue
        adverb = parsed.tokens[word.i - 1]
        tokens[word.i] = replace(word, pos="VERB", tag="VBZ", lemma=lemma, head=word.i, dep="ROOT",
                                 morph="Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
        tokens[root.i] = replace(root, head=word.i, dep="nsubj")
        tokens[adverb.i] = replace(adverb, pos="ADV", tag="RB", head=word.i, dep="advmod")
        for child in [*parsed.children(root.i), *parsed.children(word.i)]:
            if child.i > word.i:  # what follows is the verb's: "on December 14", ", and the bank will ..."
                tokens[child.i] = replace(child, head=word.i, dep=on_a_verb(child.dep))
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_NOUN_PHRASE_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"})


def verb_after_a_date_after_its_subject(parsed: Parsed) -> Parsed:
    """ "Harbour Foods on Tuesday [recalled] 20,000 jars", the verb read as a modifier of the date: news puts the
    date between the subject and its verb ("X on Monday announced"), and a past form right after such a date,
    with a noun phrase opening the sentence before it, is the main verb, the noun phrase its subject and the
    date its adjunct."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens[3:]:
        # (the verb may be the root already, with the date taken for its subject: "..., on [Friday] pledged")
        date_subject = any(c.text.lower() in CALENDAR | TIME_WORDS for c in parsed.children(verb.i, "nsubj"))
        if verb.pos != "VERB" or verb.tag not in ("VBD", "VBN") or (verb.head == verb.i and not date_subject) \
                or verb.text.lower() not in past_forms(base_form(verb)) \
                or parsed.children(verb.i, "aux", "mark") or (parsed.children(verb.i, "nsubj") and not date_subject):
            continue
        start, _ = parsed.sentence_of(verb.i)
        k = verb.i - 1
        while k > start and (parsed.tokens[k].text.lower() in CALENDAR | TIME_WORDS | {"last", "this"}
                             or parsed.tokens[k].pos == "NUM"):
            k -= 1
        if k == verb.i - 1 or not any(parsed.tokens[j].text.lower() in CALENDAR | TIME_WORDS
                                      for j in range(k + 1, verb.i)):
            continue
        dated = range(k + 1, verb.i)
        if parsed.tokens[k].text.lower() == "on" and parsed.tokens[k].pos == "ADP":
            k -= 1  # ("Heavy rain in July kept ...": "in" a month more often names the noun's time)
        elif parsed.tokens[k].pos == "ADP":
            continue
        if k > start and parsed.tokens[k].text == ",":  # "The fund, which also sponsors a prize, on Friday pledged"
            opening = next((j for j in range(k - 1, start, -1) if parsed.tokens[j].text == ","), None)
            if opening is None:
                continue
            k = opening - 1
        # the subject opens the sentence, or a clause after a subordinator ("after publisher Halcyon Games on
        # Tuesday scrapped plans")
        opener = next((j for j in range(k, start - 1, -1) if parsed.tokens[j].text.lower() in SUBORDINATORS), None)
        first = opener + 1 if opener is not None else start
        phrase = range(first, k + 1)
        if k < first or parsed.tokens[k].pos not in ("PROPN", "NOUN") \
                or any(parsed.tokens[j].pos not in _NOUN_PHRASE_POS and parsed.tokens[j].text != "-" for j in phrase):
            continue
        heads = [j for j in phrase if (parsed.tokens[j].head not in phrase or parsed.tokens[j].head == j)
                 and parsed.tokens[j].pos != "PUNCT"]
        date = [j for j in dated if parsed.tokens[j].head not in dated or parsed.tokens[j].head == j]
        if len(heads) != 1 or len(date) != 1:
            continue
        subject, when = parsed.tokens[heads[0]], parsed.tokens[date[0]]
        root = sentence_root(parsed, start, parsed.sentence_of(verb.i)[1])
        has_object = bool(parsed.children(verb.i, "obj"))
        for j in [*phrase, *dated]:  # what the parser hung after the verb on the subject or the date is the verb's
            for child in parsed.children(j):
                if child.i > verb.i:
                    as_object = child.pos in ("NOUN", "PROPN") and not has_object
                    has_object = has_object or as_object
                    tokens[child.i] = replace(child, head=verb.i, dep="obj" if as_object else on_a_verb(child.dep))
        if dated.start > first and parsed.tokens[dated.start - 1].text.lower() == "on":
            tokens[dated.start - 1] = replace(parsed.tokens[dated.start - 1], head=when.i, dep="case")
        if opener is not None:  # a subordinate clause: its verb hangs on the main one, marked by the subordinator
            if root is None or root.i >= opener or root.pos != "VERB":
                continue
            tokens[verb.i] = replace(verb, head=root.i, dep="advcl", tag="VBD",
                                     morph="Mood=Ind|Tense=Past|VerbForm=Fin")
            tokens[opener] = replace(parsed.tokens[opener], head=verb.i, dep="mark", pos="SCONJ")
            tokens[subject.i] = replace(tokens[subject.i], head=verb.i, dep="nsubj")
            tokens[when.i] = replace(tokens[when.i], head=verb.i, dep="obl")
            changed = True
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[subject.i] = replace(tokens[subject.i], head=verb.i, dep="nsubj")
        tokens[when.i] = replace(tokens[when.i], head=verb.i, dep="obl")
        if root is not None and root.i not in (verb.i, subject.i, when.i):
            tokens[root.i] = replace(tokens[root.i], head=verb.i, dep="obj" if root.i > verb.i and root.pos in (
                "NOUN", "PROPN") else "dep")
            for child in parsed.children(root.i):
                if child.i > verb.i and child.rel in ("advcl", "punct", "parataxis", "conj", "cc", "obl"):
                    tokens[child.i] = replace(tokens[child.i], head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def participle_aside_after_its_subject(parsed: Parsed) -> Parsed:
    """ "Copper Lantern, [trained] in County Kildare by Martin Grealish, [finished] fourth", the aside read as the
    main clause: English puts no comma between a subject and its verb, so a past form with no auxiliary right after
    "subject ," opens an aside (a reduced relative, "which was trained ..."); the past form after the aside's
    closing comma, with no subject of its own, is the main verb."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        if root is None or root.pos != "VERB" or root.tag not in ("VBD", "VBN") or root.i < start + 2 \
                or parsed.tokens[root.i - 1].text != "," or parsed.children(root.i, "aux", "obj", "mark"):
            continue
        subject = next((c for c in parsed.children(root.i, "nsubj") if c.pos in ("PROPN", "NOUN")
                        and max(k for k in parsed.subtree(c.i) if parsed.tokens[k].pos != "PUNCT") == root.i - 2),
                       None)
        verb = next((c for c in parsed.children(root.i) if c.i > root.i and c.pos == "VERB"
                     and c.tag in ("VBD", "VBN") and c.text.lower() in past_forms(base_form(c))
                     and parsed.tokens[c.i - 1].text == "," and not parsed.children(c.i, "nsubj", "aux", "mark")
                     and c.rel in ("acl", "conj", "advcl", "parataxis", "ccomp")), None)
        if subject is None or verb is None:
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[subject.i] = replace(subject, head=verb.i, dep="nsubj")
        tokens[root.i] = replace(root, head=subject.i, dep="acl", tag="VBN", morph="Tense=Past|VerbForm=Part")
        for child in parsed.children(root.i):
            if child.i > verb.i:  # "... and was pulled up at Cheltenham": the main verb's
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def participle_with_an_agent_taken_for_the_root(parsed: Parsed) -> Parsed:
    """ "A libel trial [brought] by property developer Howard Lyle against the Courier [opened] at the High Court":
    a past form followed straight by its agent ("by ...") is a passive participle modifying the noun before it,
    so when a later past form with no subject follows, that one is the main verb and the noun its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        if root is None or root.pos != "VERB" or root.tag not in ("VBD", "VBN") or root.i + 1 >= end \
                or parsed.tokens[root.i + 1].text.lower() != "by" or parsed.children(root.i, "aux", "aux:pass") \
                or root.text.lower() not in past_forms(base_form(root)):
            continue
        subject = next((c for c in parsed.children(root.i, "nsubj") if c.i < root.i and c.pos == "NOUN"), None)
        agent = parsed.tokens[parsed.tokens[root.i + 1].head]
        verb = next((t for t in parsed.tokens[agent.i + 1:end] if t.pos == "VERB" and t.tag in ("VBD", "VBN")
                     and t.rel in ("acl", "conj", "advcl") and not parsed.children(t.i, "nsubj", "nsubj:pass", "mark")
                     and t.text.lower() in past_forms(base_form(t))), None)
        if subject is None or agent.head != root.i or verb is None or any(
                k != verb.i and parsed.tokens[k].pos == "VERB" and parsed.tokens[k].tag in FINITE
                for k in range(root.i + 1, verb.i)):
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[subject.i] = replace(subject, head=verb.i, dep="nsubj")
        tokens[root.i] = replace(root, head=subject.i, dep="acl", tag="VBN", morph="Tense=Past|VerbForm=Part")
        tokens[agent.i] = replace(agent, dep="obl:agent")
        for child in parsed.children(root.i):
            if child.rel == "obj" and child.i > agent.i and child.pos == "PROPN":
                tokens[child.i] = replace(child, head=agent.i, dep="appos")  # "developer [Howard Lyle]"
                for phrase in parsed.children(child.i, "nmod"):  # "[against the Courier]": the bringing's
                    if phrase.i > child.i:
                        tokens[phrase.i] = replace(phrase, head=root.i, dep="obl")
            elif child.i > verb.i:
                tokens[child.i] = replace(child, head=verb.i)  # the stop
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def main_verb_taken_for_a_modifier_before_a_subordinate(parsed: Parsed) -> Parsed:
    """ "The plant [opened] in March 2012, two months after Acme bought the site", the past form hung on the subject
    as a participle and the subordinate clause made the root with two subjects: a clause opened by "after" or
    "because" is never the main one, and a verb has one subject. The earlier verb is the main one, with the first
    subject; the later clause hangs on it."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        if root is None or root.pos != "VERB":
            continue
        mark = next((m for m in parsed.children(root.i, "mark") if m.text.lower() in SUBORDINATORS), None)
        subjects = parsed.children(root.i, "nsubj")
        early = next((s for s in subjects if mark is not None and s.i < mark.i), None)
        if mark is None or early is None or not any(s.i > mark.i for s in subjects):
            continue
        verb = next((c for c in parsed.children(early.i, "acl") if c.i < mark.i and c.tag in ("VBD", "VBN")
                     and c.text.lower() in past_forms(base_form(c)) and not parsed.children(c.i, "aux", "aux:pass")
                     and not parsed.children(c.i, "nsubj", "nsubj:pass")), None)
        if verb is None:
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[early.i] = replace(early, head=verb.i, dep="nsubj")
        tokens[root.i] = replace(root, head=verb.i, dep="advcl")
        for child in parsed.children(root.i):
            if child.i < early.i or (child.pos == "PUNCT" and child.i == end - 1):
                tokens[child.i] = replace(child, head=verb.i)  # what opens or closes the sentence is the main verb's
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def main_verb_hung_in_a_relative_clause(parsed: Parsed) -> Parsed:
    """ "The colliery that gave the band its name [closed] in 1989", the main verb hung inside the relative clause
    on the subject, with the sentence left a noun: a relative clause with its own subject and object leaves no place
    for a bare past form after its object, so that form is the sentence's verb, and the noun its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        clause = next((c for c in parsed.children(root.i, "acl:relcl") if c.i > root.i and any(
            w.text.lower() in ("that", "which", "who") and w.rel == "nsubj" for w in parsed.children(c.i))), None)
        if clause is None or not parsed.children(clause.i, "obj"):
            continue
        object_end = max(k for o in parsed.children(clause.i, "obj") for k in parsed.subtree(o.i))
        verb = next((c for c in parsed.children(clause.i) if c.i == object_end + 1 and c.pos == "VERB"
                     and c.rel in ("xcomp", "advcl", "parataxis", "ccomp", "conj")
                     and (c.tag == "VBD" or (c.tag == "VBN" and c.text.lower() in past_forms(base_form(c))))
                     and not parsed.children(c.i, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark")), None)
        if verb is None:
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[root.i] = replace(root, head=verb.i, dep="nsubj")
        for child in parsed.children(root.i):
            if child.i > verb.i:  # the full stop and a clause joined after the verb
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def past_form_read_as_a_noun_after_a_name(parsed: Parsed) -> Parsed:
    """ "Chief executive Alan Threlfall [briefed] staff on Wednesday, two days after the board approved ...", the
    past form tagged a noun that modifies the object: a word the lexicon knows only as a verb, in -ed, right after a
    name, is the clause's verb; the name is its subject, the noun after it its object, and a clause the parser made
    the main one because of it ("after the board approved") its subordinate."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:]:
        name, noun = parsed.tokens[word.i - 1], parsed.head(word.i)
        if word.pos != "NOUN" or not word.text.islower() or not word.text.endswith("ed") or noun is None \
                or noun.i <= word.i or noun.pos != "NOUN" or word.rel not in ("compound", "amod") \
                or name.pos != "PROPN" or name.head != noun.i or noun_lemmas(word.text) \
                or not verb_lemmas(word.text) or noun.rel != "nsubj":
            continue
        clause = parsed.head(noun.i)
        if clause is None or clause.pos != "VERB" or not any(
                m.text.lower() in ("after", "before", "when", "as", "until", "since")
                for m in parsed.children(clause.i, "mark")) or len(parsed.children(clause.i, "nsubj")) < 2:
            continue  # (only where the other clause shows it is a subordinate one with a subject of its own)
        root = clause.head == clause.i
        tokens[word.i] = replace(word, pos="VERB", tag="VBD", lemma=verb_lemmas(word.text)[0],
                                 morph="Mood=Ind|Tense=Past|VerbForm=Fin",
                                 head=word.i if root else clause.head, dep="ROOT" if root else clause.dep)
        tokens[clause.i] = replace(clause, head=word.i, dep="advcl")
        tokens[noun.i] = replace(noun, head=word.i, dep="obj")
        tokens[name.i] = replace(name, head=word.i, dep="nsubj")
        for child in parsed.children(noun.i):
            if child.i < name.i:  # the rest of the name and its title go with it
                tokens[child.i] = replace(child, head=name.i, dep="compound")
            elif child.i > noun.i and child.text == ",":
                tokens[child.i] = replace(child, head=clause.i)
        for child in parsed.children(clause.i):
            if child.i < word.i:
                tokens[child.i] = replace(child, head=word.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def participle_aside_taken_for_an_adverbial(parsed: Parsed) -> Parsed:
    """ "The print edition, last [published] in 2011, will not return", the aside hung on the main verb as an
    adverbial clause: a participle with no auxiliary or subject, set off by commas right after the main verb's
    subject, is a reduced relative clause on that subject ("which was last published in 2011")."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        main = parsed.head(verb.i)
        if verb.tag != "VBN" or verb.pos != "VERB" or verb.rel != "advcl" or main is None or main.i < verb.i \
                or parsed.children(verb.i, "aux", "aux:pass", "nsubj", "nsubj:pass", "mark"):
            continue
        first = min(k for k in parsed.subtree(verb.i) if parsed.tokens[k].pos != "PUNCT")
        subject = next((c for c in parsed.children(main.i) if c.rel == "nsubj" and c.i < first
                        and max(k for k in parsed.subtree(c.i) if parsed.tokens[k].pos != "PUNCT") == first - 2),
                       None)
        if subject is None or parsed.tokens[first - 1].text != "," or subject.pos not in ("NOUN", "PROPN"):
            continue
        tokens[verb.i] = replace(verb, head=subject.i, dep="acl")
        if subject.dep.lower() == "nsubj:outer":
            tokens[subject.i] = replace(subject, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def relative_clause_taken_for_its_clause(parsed: Parsed) -> Parsed:
    """ "found that Harbour & Vine Ltd, which [runs] four restaurants, [dismissed] Nadia Corrigan", the relative
    clause made the clause's verb, with the name and "which" both its subjects: a relative pronoun set off by a comma
    after a noun opens a clause on that noun, and the past form after its closing comma, with no subject of its own,
    is the verb the noun is the subject of."""
    tokens = list(parsed.tokens)
    changed = False
    for relative in parsed.tokens:
        if relative.rel != "nsubj" or relative.text.lower() not in ("which", "who") or relative.head == relative.i:
            continue
        verb = parsed.tokens[relative.head]
        subjects = parsed.children(verb.i, "nsubj")
        subject = next((s for s in subjects if s.pos in ("NOUN", "PROPN") and s.i < relative.i), None)
        if subject is None or parsed.tokens[relative.i - 1].text != "," or verb.i < relative.i:
            continue
        later = [c for c in parsed.children(verb.i) if c.i > verb.i and c.pos == "VERB" and c.tag in ("VBD", "VBN")
                 and c.text.lower() in past_forms(base_form(c)) and parsed.tokens[c.i - 1].text == ","
                 and not parsed.children(c.i, "nsubj", "nsubj:pass", "aux", "mark")]
        if not later:
            continue
        main = later[0]
        tokens[main.i] = replace(main, head=verb.head if verb.head != verb.i else main.i,
                                 dep=verb.dep if verb.head != verb.i else "ROOT", tag="VBD",
                                 morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[verb.i] = replace(verb, head=subject.i, dep="acl:relcl")
        tokens[subject.i] = replace(subject, head=main.i, dep="nsubj")
        for child in parsed.children(verb.i):
            if child.rel == "mark" and child.i < subject.i:
                tokens[child.i] = replace(child, head=main.i)  # "that" opens the whole clause
            elif child.i > main.i or (child.text == "," and child.i == main.i - 1):
                tokens[child.i] = replace(child, head=main.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def copular_predicate_hung_on_its_subject(parsed: Parsed) -> Parsed:
    """ "Norbury's next home match, against Brenton City, is on October 6", parsed with the noun as the root and the
    date, copula and all, as its modifier: a copula makes its word the predicate, and the noun before it, with no
    verb of its own, is that predicate's subject."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        predicate = next((c for c in parsed.children(root.i) if c.i > root.i and c.pos in ("NOUN", "PROPN", "NUM")
                          and any(k.rel == "cop" for k in parsed.children(c.i)) and not parsed.children(c.i, "nsubj")),
                         None)  # (a verb with a copula is another slip, mended elsewhere)
        if predicate is None:
            continue
        tokens[predicate.i] = replace(predicate, head=predicate.i, dep="ROOT")
        tokens[root.i] = replace(root, head=predicate.i, dep="nsubj")
        rehang(parsed, tokens, root, predicate.i, after=predicate.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_CLAUSE_JOINERS = frozenset({"but", "and", "yet"})


def first_clause_verb_taken_for_a_modifier(parsed: Parsed) -> Parsed:
    """ "The railway line to Swansea [reopened] on Tuesday, but the main road will stay closed", the first clause's
    verb read as a participle on its subject and the subject given to the second clause's verb: a verb has one
    subject, and a noun phrase after a comma and "but" opens a clause of its own. The participle with its own
    complements, not set off by commas, is the first clause's verb, and the second clause is joined to it."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        if verb.pos != "VERB":
            continue
        subjects = parsed.children(verb.i, "nsubj")
        if len(subjects) != 2:
            continue
        first, second = subjects
        joiner = next(iter(parsed.children(second.i, "cc")), None)
        opening = min(parsed.subtree(second.i))
        if joiner is None or joiner.text.lower() not in _CLAUSE_JOINERS or opening == 0 \
                or parsed.tokens[opening].text != "," or not first.i < opening < verb.i:
            continue
        participle = next((t for t in parsed.tokens[first.i + 1:opening] if t.dep.lower() == "acl"
                           and t.tag in ("VBD", "VBN") and verb_lemmas(t.text) and not _set_off(parsed, t)
                           and parsed.tokens[t.i - 1].text != "," and t.i in parsed.subtree(first.i)
                           and parsed.children(t.i, "obl", "obj")
                           and not any(c.rel in ("aux", "mark", "cop") or c.text.lower() in RELATIVE
                                       for c in parsed.children(t.i))), None)
        if participle is None:
            continue
        root = verb.head == verb.i
        tokens[participle.i] = replace(participle, head=participle.i if root else verb.head,
                                       dep="ROOT" if root else verb.dep, tag="VBD",
                                       morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[first.i] = replace(first, head=participle.i, dep="nsubj")
        tokens[verb.i] = replace(verb, head=participle.i, dep="conj")
        for word in (joiner, parsed.tokens[opening]):  # ", but" goes with the clause it opens
            tokens[word.i] = replace(tokens[word.i], head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def finite_verb_without_a_subject_in_a_verbless_sentence(parsed: Parsed) -> Parsed:
    """ "Results for 38,000 students who sat exams with the board [will be published] on Monday", the sentence left a
    noun and its verb hung as an adverbial clause inside the relative clause: a clause with a finite auxiliary
    ("will", "was", "has") has a subject and, when subordinate, a subordinator; with neither, it is the main clause,
    and the noun the sentence opens with is its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        start, end = parsed.sentence_of(root.i)
        if root.i != start and not all(parsed.tokens[k].rel in ("det", "amod", "compound", "nummod", "punct")
                                       for k in range(start, root.i)):
            continue  # the noun opens the sentence
        verb = next((t for t in parsed.tokens[root.i + 1:end] if t.pos == "VERB"
                     and t.rel in ("advcl", "xcomp", "ccomp", "acl") and t.dep.lower() != "acl:relcl"
                     and any(a.tag in FINITE for a in parsed.children(t.i, "aux"))
                     and not parsed.children(t.i, "nsubj", "nsubj:pass", "mark", "expl")
                     and any(up.i == root.i for up in parsed.ancestors(t.i))), None)
        if verb is None:
            continue
        passive = bool(parsed.children(verb.i, "aux:pass"))
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        tokens[root.i] = replace(root, head=verb.i, dep="nsubj:pass" if passive else "nsubj")
        for child in parsed.children(root.i):
            if child.i > verb.i:  # the full stop, and a clause after the verb
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def verb_with_its_subject_taken_for_a_modifier(parsed: Parsed) -> Parsed:
    """ "Wanjiru will [brief] parliament's trade committee next Tuesday", the verb hung on the noun after it as a
    modifier and the noun made the sentence: a word with a subject and an auxiliary of its own is a verb, and the
    noun phrase after it, with what followed the noun, its object and its clause."""
    tokens = list(parsed.tokens)
    changed = False
    for root in verbless_noun_roots(parsed):
        verb = next((c for c in parsed.children(root.i) if c.i < root.i and c.pos == "VERB"
                     and c.dep.lower() in ("nmod:poss", "compound", "amod", "nmod")
                     and parsed.children(c.i, "nsubj") and any(a.tag in FINITE for a in parsed.children(c.i, "aux"))),
                    None)
        if verb is None:
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        tokens[root.i] = replace(root, head=verb.i, dep="obj")
        for child in parsed.children(verb.i, "obj"):
            if child.i < root.i:  # "brief [parliament]'s committee": the owner the parser took for the object
                tokens[child.i] = replace(child, head=root.i, dep="nmod:poss")
        for child in parsed.children(root.i):
            if child.i > root.i and child.rel in ("obl", "advcl", "parataxis", "punct", "advmod"):
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def participle_taken_for_the_root_before_a_finite_passive(parsed: Parsed) -> Parsed:
    """ "The trial of a man [accused] of murdering a landlord [was adjourned] on Tuesday", the participle made the
    sentence's verb and the finite one hung under it: a participle with no auxiliary cannot carry a sentence that
    has a finite verb with no subordinator after it. The finite verb is the main one, the participle modifies the
    noun before it, and a noun the parser gave the finite verb as its subject, inside the participle's phrase, is
    the object of the verb before it."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = sentence_root(parsed, start, end)
        subject = next(iter(parsed.children(root.i, "nsubj")), None) if root is not None else None
        if root is None or root.pos != "VERB" or root.tag != "VBN" or subject is None or subject.i > root.i \
                or parsed.children(root.i, "aux", "aux:pass", "cop") or root.i - 1 <= subject.i \
                or parsed.tokens[root.i - 1].pos not in ("NOUN", "PROPN"):
            continue
        if base_form(root) in REPORTING:
            continue  # ("Marc Gagnon [said] organisers would decide": a past tense told as a participle)
        verb = next((t for t in parsed.tokens[root.i + 1:end] if t.pos == "VERB" and t.head == root.i
                     and t.rel in ("advcl", "conj", "parataxis")
                     and any(a.tag in FINITE for a in parsed.children(t.i, "aux", "aux:pass"))
                     and not parsed.children(t.i, "mark", "cc")), None)
        if verb is None:
            continue
        passive = bool(parsed.children(verb.i, "aux:pass"))
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        tokens[subject.i] = replace(subject, head=verb.i, dep="nsubj:pass" if passive else "nsubj")
        tokens[root.i] = replace(root, head=root.i - 1, dep="acl")
        for other in parsed.children(verb.i, "nsubj", "nsubj:pass"):
            doer = next((t for t in reversed(parsed.tokens[root.i:other.i]) if t.pos == "VERB"
                         and not parsed.children(t.i, "obj")), None)
            if doer is not None:
                tokens[other.i] = replace(other, head=doer.i, dep="obj")
        for child in parsed.children(root.i):
            if child.i > verb.i:
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed
