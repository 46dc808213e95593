"""Slips of the parser that English grammar leaves one reading for, mended once before extraction.

The project's parser learned from web text; news sentences trip it in a few recurring ways. Each repair
here relabels an arc only where no other reading is grammatical, so a right parse is never changed.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from service.events.lemmas import base_form, verb_lemmas
from service.events.lexicon import DIRECTIVE, EXPECTING, POSTPONING, REPORTING, REPORTING_WHEN_BARE
from service.events.predicates import COMPLEMENT_TAKERS, PARTICLES, infinitive
from service.nlp import Parsed, Token

# Verbs of phase take a gerund as their complement ("stopped selling", "began building"), never an adverbial
ASPECTUAL = frozenset("begin start stop cease finish resume continue quit keep".split())
_ARRANGED = frozenset({"due", "set", "slated", "poised", "scheduled"})  # "X is due to V"
# Verbs whose object is the subject of their infinitive ("expects the plant to start", "asked Kyiv to hold")
_OBJECT_CONTROL = EXPECTING | DIRECTIVE | frozenset("allow permit enable force require want need".split())
# Verbs whose infinitive is their complement ("is scheduled to debate"); one put off "to give time" has a purpose
INFINITIVE_TAKERS = COMPLEMENT_TAKERS - POSTPONING


def repair(parsed: Parsed) -> Parsed:
    """The same tokens with the repairs below applied (the parse itself when nothing needs mending)."""
    original = parsed
    parsed = _prefixed_verbs(parsed)
    parsed = _root_verbless_sentences(parsed)
    parsed = _verb_taken_for_a_prenominal_modifier(parsed)
    parsed = _verbless_sentence_rebuilt(parsed)
    parsed = _modifier_with_an_auxiliary(parsed)
    parsed = _verb_with_a_preposition(parsed)
    parsed = _name_right_after_its_verb(parsed)
    parsed = _noun_phrase_ending_on_its_head(parsed)
    parsed = _adverbial_before_a_reported_clause(parsed)
    parsed = _attribution_taken_for_a_modifier(parsed)
    parsed = _relative_clause_taken_for_an_adverbial(parsed)
    parsed = _subordinate_clause_taken_for_a_modifier(parsed)
    parsed = _finite_clause_on_a_noun(parsed)
    parsed = _participle_for_subject(parsed)
    parsed = _subject_of_a_coordinated_clause(parsed)
    parsed = _noun_taken_for_a_bare_verb(parsed)
    parsed = _verb_before_infinitive(parsed)
    parsed = _one_subject_per_verb(parsed)
    parsed = _name_before_its_verb(parsed)
    parsed = _name_set_off_after_a_noun(parsed)
    parsed = _particle_before_a_preposition(parsed)
    parsed = _gerund_subject(parsed)
    parsed = _verb_coordinated_with_a_function_word(parsed)
    parsed = _noun_before_a_date(parsed)
    tokens = list(parsed.tokens)
    changed = False
    for token in parsed.tokens:
        if token.pos == "NOUN" and _particles(parsed, token) and verb_lemmas(token.text):
            _verb_with_particle(parsed, tokens, token)  # "since the U.S. [shot] down a balloon": a verb
            changed = True
            continue
        governor = parsed.head(token.i)
        if token.pos == "VERB" and token.text.isalpha() and token.text.islower() and not verb_lemmas(token.text) \
                and governor is not None:
            # "a statement to [parliament] on Thursday": a word English has no verb for is a noun, its "to" a case
            nominal = governor.pos in ("NOUN", "PROPN")
            dep = ("nmod" if nominal else "obl") if token.rel in ("acl", "advcl", "xcomp", "ccomp") else token.dep
            tokens[token.i] = replace(token, pos="NOUN", tag="NN", dep=dep, morph="", lemma=token.text)
            for mark in parsed.children(token.i, "mark"):
                if mark.text.lower() == "to":
                    tokens[mark.i] = replace(mark, pos="ADP", tag="IN", dep="case")
            _end_on_head_noun(parsed, tokens, token)
            changed = True
            continue
        if token.pos == "VERB" and token.rel in ("obj", "nsubj", "obl") and any(
                c.rel == "det" and c.text.lower() in ("a", "an", "the") for c in parsed.children(token.i)):
            # "reported [a 14 percent fall] in profit": an article goes with a noun only
            tokens[token.i] = replace(token, pos="NOUN", tag="NNS" if token.text.lower().endswith("s") else "NN",
                                      lemma=token.text.lower() if token.tag != "VBZ" else token.lemma, morph="")
            changed = True
            _end_on_head_noun(parsed, tokens, token)
            continue
        if governor is None:
            continue
        if token.rel in ("mark", "advmod") and token.text.lower() in _ARRANGED and governor.pos == "VERB" \
                and infinitive(parsed, governor):
            # "Marsh is [due] to present", "due" taken for a marker: its subject is the infinitive's
            for subject in parsed.children(token.i, "nsubj"):
                if not parsed.children(governor.i, "nsubj"):
                    tokens[subject.i] = replace(subject, head=governor.i)
                    changed = True
            continue
        if token.dep.lower() == "acl" and infinitive(parsed, token) and governor.rel == "obj" \
                and (verb := parsed.head(governor.i)) is not None and base_form(verb) in _OBJECT_CONTROL \
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
    mended = Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed
    return mended if _is_forest(mended) else original  # a repair must leave a tree, whatever the input


def _is_forest(parsed: Parsed) -> bool:
    """Every word reaches a root by its heads: no cycle."""
    done: set[int] = set()
    for token in parsed.tokens:
        path: set[int] = set()
        current = token
        while current.i not in done and current.head != current.i:
            if current.i in path:
                return False
            path.add(current.i)
            current = parsed.tokens[current.head]
        done |= path | {current.i}
    return True


_RELATIVE = frozenset("that which who whom whose".split())


def _sentence_root(parsed: Parsed, start: int, end: int) -> Token | None:
    return next((t for t in parsed.tokens[start:end] if t.head == t.i), None)


def _verbless_noun_root(parsed: Parsed, start: int, end: int) -> Token | None:
    """The sentence's root when the parser left it a noun with no subject, copula or auxiliary: no main verb."""
    root = _sentence_root(parsed, start, end)
    if root is None or root.pos not in ("NOUN", "PROPN") or parsed.children(root.i, "cop", "nsubj", "aux"):
        return None
    return root


def _root_verbless_sentences(parsed: Parsed) -> Parsed:
    """ "The club [completed] the signing on Wednesday", "the airline SkyWays [said] that ..." parsed as a noun
    modified by a participle or a relative clause: a sentence of running text has a main verb. A bare past form
    after its subject is that verb when it cannot be a modifier: a participle with no auxiliary and no relative
    word, or a relative clause with no relative word whose object is there (such a clause needs a gap: "the
    spacecraft [the agency built]")."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = _verbless_noun_root(parsed, start, end)
        if root is None:
            continue
        # on the root, or on a noun of its complement ("the trial of three executives [opened] in Frankfurt")
        holders = [root, *(c for c in parsed.children(root.i, "nmod") if c.i > root.i)]
        verb = next((c for holder in holders for c in parsed.children(holder.i, "acl") if c.i > holder.i
                     and c.tag in ("VBD", "VBN") and verb_lemmas(c.text)), None)
        if verb is None or any(c.rel in ("aux", "mark", "cop") or c.text.lower() in _RELATIVE
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
        if any(k not in inside for k in range(root.i + 1, verb.i)) and not subjects:
            continue  # something between them is not part of the subject
        subject = subjects[0] if subjects else root
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", tag="VBD", morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        if subjects:  # "the airline SkyWays": the noun before the name is its modifier
            tokens[root.i] = replace(root, head=subject.i, dep="compound")
        else:
            tokens[root.i] = replace(root, head=verb.i, dep="nsubj")
        for child in parsed.children(root.i):
            if child.i == verb.i:
                continue
            if child.i > verb.i or (subjects and child.rel not in ("det", "amod", "compound", "nmod", "nummod")):
                tokens[child.i] = replace(child, head=verb.i)
            elif subjects and child.i < root.i:
                tokens[child.i] = replace(child, head=subject.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _verb_taken_for_a_prenominal_modifier(parsed: Parsed) -> Parsed:
    """ "The council [raised] parking fees in March", parsed as a noun phrase with "raised" its adjective and
    "the council" hung on it: a modifier before a noun never has a noun phrase of its own before it, and a
    sentence has a main verb. The past form is the verb, the phrase before it its subject, the noun its object."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = _verbless_noun_root(parsed, start, end)
        if root is None:
            continue
        verb = next((c for c in parsed.children(root.i, "amod") if c.i < root.i and c.tag in ("VBD", "VBN")
                     and verb_lemmas(c.text)), None)
        subject = next((c for c in parsed.children(verb.i) if c.i < verb.i and c.pos in ("NOUN", "PROPN")
                        and c.dep.lower() in ("obl:unmarked", "nsubj", "obl:npmod")
                        and (c.pos == "PROPN" or parsed.children(c.i, "det", "nmod:poss"))), None) \
            if verb is not None else None
        if subject is None:
            continue
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT", tag="VBD", pos="VERB",
                                 morph="Mood=Ind|Tense=Past|VerbForm=Fin")
        tokens[subject.i] = replace(subject, dep="nsubj")
        tokens[root.i] = replace(root, head=verb.i, dep="obj")
        for child in parsed.children(root.i):
            if child.i > root.i and (child.rel in ("obl", "advcl", "parataxis", "punct", "advmod")
                                     or (child.rel == "conj" and child.pos == "VERB")):
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_NOMINAL = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})


def _verbless_sentence_rebuilt(parsed: Parsed) -> Parsed:
    """ "Northfield United [sacked] manager Dave Ross on Wednesday after ...", parsed with no verb at all: a
    sentence with no finite verb, made of a noun phrase, a past form and a noun phrase, is subject, verb and
    object; what hung on the phrases beyond them (dates, "after ...") goes to the verb."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = _verbless_noun_root(parsed, start, end)
        words = parsed.tokens[start:end]
        if root is None or any(t.tag in _FINITE for t in words):
            continue
        verb = next((t for t in words if t.tag in ("VBD", "VBN") and verb_lemmas(t.text) and t.i > start), None)
        if verb is None or verb.i + 1 >= end:
            continue
        first = start  # past a fronted phrase and its comma: "On Monday, the prime minister met ..."
        comma = next((t.i for t in words if t.text == "," and t.i < verb.i), None)
        if words[0].pos == "ADP" and comma is not None:
            first = comma + 1
        before = parsed.tokens[first:verb.i]
        if not before or not all(t.pos in _NOMINAL or t.text in ("-", "'s", "’s") for t in before) \
                or not any(t.pos in ("NOUN", "PROPN") for t in before):
            continue
        k = verb.i + 1
        while k < end and (parsed.tokens[k].pos in _NOMINAL or parsed.tokens[k].text == "-"):
            k += 1
        after = parsed.tokens[verb.i + 1:k]
        if not any(t.pos in ("NOUN", "PROPN") for t in after):
            continue
        subject = [t for t in before if t.pos in ("NOUN", "PROPN")][0 if before[-1].pos == "PROPN" else -1]
        names = [t for t in after if t.pos == "PROPN"]
        obj = names[0] if names and after[-1].pos == "PROPN" else [t for t in after if t.pos in ("NOUN", "PROPN")][-1]
        spans = {t.i: subject.i for t in before} | {t.i: obj.i for t in after}
        for t in words:
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
            elif t.head in spans or t.head == verb.i or t.head == t.i:
                tokens[t.i] = replace(t, head=verb.i, dep="obl" if parsed.children(t.i, "case") else t.dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_NAMING = frozenset("elect name appoint make crown declare vote choose call".split())


def _modifier_with_an_auxiliary(parsed: Parsed) -> Parsed:
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
        tokens[noun.i] = replace(noun, head=verb.i, dep="xcomp" if passive and base_form(verb) in _NAMING else "obj")
        for child in parsed.children(noun.i):
            if child.i > noun.i and child.rel in ("nmod", "obl", "conj", "advcl", "punct", "parataxis", "acl"):
                coordinated = child.pos == "VERB" and parsed.children(child.i, "cc")  # "and re-elected in 2023"
                dep = "conj" if coordinated else "obl" if child.rel == "nmod" else child.dep
                tokens[child.i] = replace(child, head=verb.i, dep=dep)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite_clause_on_a_noun(parsed: Parsed) -> Parsed:
    """ "The tournament, originally scheduled for April, [was postponed] to September" parsed as a clause
    modifying the noun: a clause with a finite auxiliary whose subject is the noun needs a relative word to
    modify it ("the tournament that was postponed"); without one it is the main clause, and a participle the
    parser made its subject is the noun's modifier."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        root = _verbless_noun_root(parsed, start, end)
        if root is None:
            continue
        verb = next((c for c in parsed.children(root.i, "acl") if c.i > root.i and c.pos == "VERB"
                     and any(a.tag in _FINITE for a in parsed.children(c.i, "aux"))), None)
        if verb is None or any(c.rel in ("mark", "cop") or c.text.lower() in _RELATIVE
                               for c in parsed.children(verb.i)):
            continue
        subjects = [c for c in parsed.children(verb.i, "nsubj")]
        if any(c.pos != "VERB" or not root.i < c.i < verb.i for c in subjects):
            continue  # a real subject of its own: some other reading
        passive = any(c.dep.lower() == "aux:pass" for c in parsed.children(verb.i))
        tokens[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        tokens[root.i] = replace(root, head=verb.i, dep="nsubj:pass" if passive else "nsubj")
        for participle in subjects:
            tokens[participle.i] = replace(participle, head=root.i, dep="acl")
        for child in parsed.children(root.i):
            if child.i > verb.i:
                tokens[child.i] = replace(child, head=verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _participle_for_subject(parsed: Parsed) -> Parsed:
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


def _subject_of_a_coordinated_clause(parsed: Parsed) -> Parsed:
    """ "the limits take effect on 1 January, and [the two countries] are to review them": a noun phrase
    coordinated with a clause is the subject of the next coordinated verb when only its auxiliaries stand
    between them (a noun and a clause are no pair)."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        if noun.rel != "conj" or noun.pos not in ("NOUN", "PROPN"):
            continue
        governor = parsed.head(noun.i)
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


def _prefixed_verbs(parsed: Parsed) -> Parsed:
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


def _noun_taken_for_a_bare_verb(parsed: Parsed) -> Parsed:
    """ "after [pay] talks with managers broke down": a bare verb right after a subordinator would need a subject
    it does not have, so the word is a noun modifying the next noun, that noun the subject of the finite verb
    that follows without one."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        marks = [m for m in parsed.children(word.i, "mark") if m.text.lower() in _SUBORDINATORS and m.i == word.i - 1]
        if word.tag != "VB" or not marks or parsed.children(word.i, "nsubj", "aux"):
            continue
        noun = next((c for c in parsed.children(word.i, "obj") if c.i == word.i + 1 and c.pos == "NOUN"), None)
        end = parsed.sentence_of(word.i)[1]
        # its subject slot is free, or holds a phrase with a preposition, which no subject has ("with managers")
        verb = next((t for t in parsed.tokens[word.i + 2:end] if t.tag in ("VBD", "VBZ", "VBP")
                     and all(parsed.children(s.i, "case") and word.i < s.i < t.i for s in parsed.children(t.i, "nsubj"))
                     and t.head not in range(word.i, t.i)), None)
        if noun is None or verb is None:
            continue
        for phrase in parsed.children(verb.i, "nsubj"):
            tokens[phrase.i] = replace(phrase, dep="nmod", head=noun.i)
        tokens[word.i] = replace(word, pos="NOUN", tag="NN", dep="compound", head=noun.i, lemma=word.text.lower(),
                                 morph="")
        tokens[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        tokens[verb.i] = replace(verb, dep=word.dep, head=word.head)
        tokens[marks[0].i] = replace(marks[0], head=verb.i)
        for child in parsed.children(word.i):
            if child.i not in (noun.i, marks[0].i):
                tokens[child.i] = replace(tokens[child.i], head=noun.i if child.i < verb.i else verb.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _subordinate(parsed: Parsed, token: Token) -> bool:
    """In a clause opened by a subordinator ("after", "since", "that"), at any depth."""
    return any(parsed.children(t.i, "mark") for t in [token, *parsed.ancestors(token.i)])


def _verb_before_infinitive(parsed: Parsed) -> Parsed:
    """ "The council [plans] to close the school in July", "plans" taken for a noun with a purpose: when the
    sentence has no main verb (its root is no finite verb, or one with a subordinator: "after numbers fell"),
    a plural-looking word with a verb reading between a name or noun and "to" + a bare verb is that verb
    (third person present), the infinitive its complement and the noun before it its subject."""
    tokens = list(parsed.tokens)
    changed = False
    for start, end in parsed.sentences:
        sentence = parsed.tokens[start:end]
        root = _sentence_root(parsed, start, end)
        if root is None or (root.tag in _FINITE and not parsed.children(root.i, "mark")):
            continue
        # no finite verb but in subordinate clauses ("after pupil numbers fell"), the parser's root among them
        if any(t.tag in _FINITE and not _subordinate(parsed, t) for t in sentence if t.i != root.i):
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


def _end_on_head_noun(parsed: Parsed, tokens: list[Token], token: Token) -> None:
    """ "broke [the 200 metres freestyle world record]", "freestyle" taken for a verb with "record" its object:
    a noun phrase ends on its head noun, and the word before is one of its modifiers."""
    head_noun = next((c for c in parsed.children(token.i, "obj") if c.pos == "NOUN" and c.i > token.i
                      and all(parsed.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "NUM")
                              for k in range(token.i + 1, c.i))), None)
    if head_noun is not None:
        tokens[head_noun.i] = replace(head_noun, head=tokens[token.i].head, dep=tokens[token.i].dep)
        tokens[token.i] = replace(tokens[token.i], head=head_noun.i, dep="compound")


_SUBORDINATORS = frozenset("since after before until when as while because once".split())


def _verb_with_particle(parsed: Parsed, tokens: list[Token], token: Token) -> None:
    """Only a verb takes a particle ("shot down", "called off"): the word is the verb of a clause, the name
    before it its subject, "since"/"after" its subordinator, the noun phrase after the particle its object."""
    tense = "VBD" if verb_lemmas(token.text) and token.text.lower().endswith(("ed", "t")) else "VB"
    dep = token.dep
    for child in parsed.children(token.i):
        if child.rel == "compound" and child.pos in ("PROPN", "NOUN") and child.i < token.i:
            tokens[child.i] = replace(child, dep="nsubj")
        elif child.rel == "case" and child.text.lower() in _SUBORDINATORS:
            tokens[child.i] = replace(child, pos="SCONJ", tag="IN", dep="mark")
            dep = "advcl"
    tokens[token.i] = replace(token, pos="VERB", tag=tense, dep=dep, lemma=verb_lemmas(token.text)[0],
                              morph="VerbForm=Fin|Tense=Past" if tense == "VBD" else "")
    particle = max(_particles(parsed, token))
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


def _particles(parsed: Parsed, token: Token) -> list[int]:
    """The verb particles of a word: its compound:prt children, or, after "since"/"after" on a word with a verb
    reading, the particle word right after it that the parser made a preposition ("since the U.S. shot [down]")."""
    found = [c.i for c in parsed.children(token.i) if c.dep.lower() == "compound:prt"]
    after = parsed.tokens[token.i + 1] if token.i + 1 < len(parsed.tokens) else None
    subordinated = any(c.rel == "case" and c.text.lower() in _SUBORDINATORS for c in parsed.children(token.i))
    if not found and subordinated and after is not None and after.text.lower() in PARTICLES and after.rel == "case":
        found = [after.i]
    return found


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_ADVERBIAL_PREPOSITIONS = frozenset("after before during since until despite following amid".split())


def _one_subject_per_verb(parsed: Parsed) -> Parsed:
    """A clause has one subject (two joined by "and" are one coordinated phrase): two subject arcs on one verb
    are one noun phrase the parser split. "A memorial service [for Kertész]": a phrase with a preposition is
    the first noun's modifier; "[Germany's] Kiel Canal": a possessive modifies the noun after it; "Ethiopian
    runner [Tesfaye Bekele]": a common noun right before a name describes the name, which heads the phrase."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        subjects = [c for c in parsed.children(verb.i) if c.rel == "nsubj"]
        for first, second in pairwise(subjects):
            one, two = parsed.subtree(first.i), parsed.subtree(second.i)
            if max(one) + 1 != min(two):
                continue  # not one stretch of words
            opening = parsed.tokens[min(two)]
            if opening.pos == "ADP" and (first.pos == "PRON" or opening.text.lower() in _ADVERBIAL_PREPOSITIONS):
                # "which [after the price cut] will be reduced": a pronoun takes no modifier, and a phrase of time
                # or concession before the verb is the verb's
                tokens[second.i] = replace(second, head=verb.i, dep="obl")
            elif opening.pos == "ADP" and opening.text.lower() not in _POSSESSIVE:
                # hung on the nearest noun before it: "a ban on imports [of Peruvian copper]"
                noun = next(parsed.tokens[k] for k in sorted(one, reverse=True)
                            if parsed.tokens[k].pos in ("NOUN", "PROPN") or k == first.i)
                tokens[second.i] = replace(second, head=noun.i, dep="nmod")
            elif any(c.text.lower() in _POSSESSIVE for c in parsed.children(first.i, "case")):
                tokens[first.i] = replace(first, head=second.i, dep="nmod:poss")
            elif first.pos == "NOUN" and (second.pos == "PROPN" or any(
                    c.pos == "PROPN" for c in parsed.children(second.i, "flat"))):  # "minister [Lars] Eikrem"
                tokens[first.i] = replace(first, head=second.i, dep="compound")
            else:
                continue
            changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_TIME_WORDS = frozenset("day week weekend month year quarter morning afternoon evening night season".split())


def _noun_before_a_date(parsed: Parsed) -> Parsed:
    """ "carried out a final [check] last week", parsed as a compound of "week": English puts a compound noun
    after the adjectives of its head, never before them, so a noun before "last week" is a phrase of its own,
    the verb's object when it has none."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens:
        head = parsed.head(noun.i)
        if noun.rel != "compound" or noun.pos != "NOUN" or head is None or head.lemma.lower() not in _TIME_WORDS \
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


_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow""".split())


def _name_before_its_verb(parsed: Parsed) -> Parsed:
    """ "..., but [Lendvai] rejected his offer": a name is no bare adverbial; right before a finite verb that has
    no subject, it is that subject (days and months, "Officials Monday announced", stay adverbials)."""
    tokens = list(parsed.tokens)
    changed = False
    for name in parsed.tokens:
        described = name.pos == "NOUN" and parsed.children(name.i, "det", "nmod:poss")  # "[The couple] married"
        if name.dep.lower() != "obl:unmarked" or not (name.pos == "PROPN" or described) \
                or parsed.subtree(name.i)[-1] + 1 != name.head:
            continue
        verb = parsed.tokens[name.head]
        past = verb.tag == "VBN" and verb.head == verb.i and not parsed.children(verb.i, "aux", "aux:pass")
        if name.text.lower() in _CALENDAR or not (verb.tag in ("VBD", "VBZ", "VBP") or past) \
                or parsed.children(verb.i, "nsubj", "expl"):
            continue
        tokens[name.i] = replace(name, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _name_set_off_after_a_noun(parsed: Parsed) -> Parsed:
    """ "the collapse of the main contractor, [Harrow Construct], in 2019": a name between commas right after a
    noun, with no verb of its own, is that noun's apposition, wherever the parser hung it."""
    tokens = list(parsed.tokens)
    changed = False
    for name in parsed.tokens:
        if name.pos != "PROPN" or name.rel not in ("dep", "appos", "parataxis", "vocative") \
                or parsed.children(name.i, "nsubj", "cop", "aux", "obj"):
            continue
        span = parsed.subtree(name.i)
        first, last = min(span), max(span)
        start, end = parsed.sentence_of(name.i)
        if first < start + 2 or parsed.tokens[first - 1].text != "," \
                or (last + 1 < end and parsed.tokens[last + 1].text not in (",", ".", ";")):
            continue
        noun = parsed.tokens[first - 2]
        if noun.pos != "NOUN" or noun.i == name.head:
            continue
        tokens[name.i] = replace(name, head=noun.i, dep="appos")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


_PLAIN_PREPOSITIONS = frozenset("at on by for with during before after amid in".split())


def _particle_before_a_preposition(parsed: Parsed) -> Parsed:
    """ "will be sworn [in] at a council meeting": two prepositions in a row cannot both head the phrase after
    them; the first, right after a verb, is the verb's particle ("handed [over] on Monday")."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens[1:-1]:
        verb, after = parsed.tokens[word.i - 1], parsed.tokens[word.i + 1]
        hung = (word.rel == "case" and after.head == word.head) or (word.rel == "advmod" and word.head == verb.i)
        if not hung or word.text.lower() not in PARTICLES | {"in"} or verb.pos != "VERB" \
                or after.rel != "case" or after.text.lower() not in _PLAIN_PREPOSITIONS \
                or after.text.lower() == word.text.lower():
            continue
        tokens[word.i] = replace(word, head=verb.i, dep="compound:prt", pos="ADP", tag="RP")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _gerund_subject(parsed: Parsed) -> Parsed:
    """ "[Counting] in the election will continue into next week": a gerund phrase that opens the sentence with
    no comma after it, before a finite verb with no subject, is that verb's subject, not an adverbial clause."""
    tokens = list(parsed.tokens)
    changed = False
    for start, _ in parsed.sentences:
        gerund = parsed.tokens[start]
        verb = parsed.head(start)
        if gerund.tag != "VBG" or gerund.rel != "advcl" or verb is None or verb.i < start \
                or parsed.children(start, "mark", "nsubj") or parsed.children(verb.i, "nsubj", "expl", "csubj"):
            continue
        last = parsed.subtree(start)[-1]
        between = parsed.tokens[last + 1:verb.i]
        finite = verb.tag in ("VBD", "VBZ", "VBP") or any(c.rel == "aux" for c in parsed.children(verb.i))
        if not finite or any(t.pos == "PUNCT" for t in between) or not all(t.head == verb.i for t in between):
            continue
        tokens[start] = replace(gerund, dep="nsubj")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _verb_coordinated_with_a_function_word(parsed: Parsed) -> Parsed:
    """ "was cancelled in 2020 because of the pandemic and [returned] in 2022": a verb is coordinated with a verb,
    never with a preposition or adverb; it joins the nearest verb above the word the parser hung it on."""
    tokens = list(parsed.tokens)
    changed = False
    for verb in parsed.tokens:
        word = parsed.head(verb.i)
        past_form = verb.pos == "ADJ" and verb.tag in ("JJ", "VBN") and verb_lemmas(verb.text) \
            and verb.text.lower().endswith("ed")  # "married in 2010 and [divorced] in 2018", tagged an adjective
        if not (verb.pos == "VERB" or past_form) or verb.rel != "conj" or word is None \
                or word.pos not in ("ADP", "SCONJ", "ADV", "PART", "NUM"):
            continue
        above = next((t for t in parsed.ancestors(word.i) if t.pos == "VERB"), None)
        if above is None or above.i > verb.i:
            continue
        tokens[verb.i] = replace(verb, head=above.i, pos="VERB", tag="VBD" if past_form else verb.tag)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _verb_with_a_preposition(parsed: Parsed) -> Parsed:
    """ "returned [to] [work] on Monday": the parser made "to" a preposition, and a preposition heads a noun
    phrase, never an infinitive; the word is a noun, and the clauses and dates it held go to the verb above."""
    tokens = list(parsed.tokens)
    changed = False
    for word in parsed.tokens:
        governor = parsed.head(word.i)
        cases = [c for c in parsed.children(word.i, "case") if c.pos == "ADP" and c.i == word.i - 1]
        if word.pos != "VERB" or word.tag != "VB" or not cases or governor is None or governor.pos != "VERB" \
                or parsed.children(word.i, "obj", "nsubj", "aux", "mark"):
            continue
        tokens[word.i] = replace(word, pos="NOUN", tag="NN", lemma=word.text.lower(), morph="",
                                 dep="obl" if word.rel in ("obl", "advcl", "xcomp") else word.dep)
        for child in parsed.children(word.i):
            if child.i > word.i and child.rel in ("advcl", "obl", "conj", "parataxis"):
                tokens[child.i] = replace(child, head=governor.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _name_right_after_its_verb(parsed: Parsed) -> Parsed:
    """ "Regulators fined [Brightline Rail] £4 million": a name with no preposition right after a verb that has no
    object is that object (a bare name is no adverbial; days and months are)."""
    tokens = list(parsed.tokens)
    changed = False
    for name in parsed.tokens:
        verb = parsed.head(name.i)
        score = verb if verb is not None and verb.pos == "NUM" and verb.rel == "obj" else None
        if score is not None:  # "beat [Arsenal] 3-1": the score taken for the object, the team for its modifier
            verb = parsed.head(score.i)
        if name.pos not in ("PROPN", "ADJ") or not name.text[:1].isupper() or verb is None or verb.pos != "VERB" \
                or name.rel not in ("obl", "nmod") or name.text.lower() in _CALENDAR \
                or parsed.children(name.i, "case") \
                or parsed.subtree(name.i)[0] != verb.i + 1 or (parsed.children(verb.i, "obj") and score is None) \
                or any(c.dep.lower() in ("nsubj:pass", "aux:pass") for c in parsed.children(verb.i)):
            continue
        tokens[name.i] = replace(name, dep="obj", head=verb.i, pos="PROPN")
        if score is not None:
            tokens[score.i] = replace(score, dep="obl:unmarked")
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _noun_phrase_ending_on_its_head(parsed: Parsed) -> Parsed:
    """ "will open a new maternity [ward] in January", "ward" taken for a clause: a noun right after the noun
    that holds its place, with nothing of a clause about it, is the head of that noun phrase."""
    tokens = list(parsed.tokens)
    changed = False
    for noun in parsed.tokens[1:]:
        before = parsed.tokens[noun.i - 1]
        if noun.pos != "NOUN" or noun.rel not in ("advcl", "ccomp", "xcomp", "dep", "parataxis") \
                or before.pos != "NOUN" or before.rel not in ("obj", "nsubj", "obl") or before.head != noun.head \
                or parsed.children(noun.i, "nsubj", "cop", "aux", "mark", "case", "det") \
                or any(c.i > before.i for c in parsed.children(before.i)):
            continue
        tokens[noun.i] = replace(noun, dep=before.dep)
        tokens[before.i] = replace(before, head=noun.i, dep="compound")
        for child in parsed.children(before.i):
            if child.rel in ("det", "amod", "nummod", "nmod:poss"):
                tokens[child.i] = replace(child, head=noun.i)
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed


def _adverbial_before_a_reported_clause(parsed: Parsed) -> Parsed:
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


def _attribution_taken_for_a_modifier(parsed: Parsed) -> Parsed:
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


def _relative_clause_taken_for_an_adverbial(parsed: Parsed) -> Parsed:
    """ "The strike, [which began on 3 March], has closed 40 schools": a clause whose subject is "which" or "who"
    right after a noun and a comma is a relative clause on that noun, not an adverbial of the main verb."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        pronoun = next((c for c in parsed.children(clause.i, "nsubj", "nsubj:pass")
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


def _subordinate_clause_taken_for_a_modifier(parsed: Parsed) -> Parsed:
    """ "cut power to 9,000 homes [as it crossed Wales on Friday]": a clause opened by a subordinator ("as",
    "when", "after") with a subject of its own modifies a verb, not the noun before it."""
    tokens = list(parsed.tokens)
    changed = False
    for clause in parsed.tokens:
        noun = parsed.head(clause.i)
        if clause.dep.lower() != "acl" or noun is None or noun.pos not in ("NOUN", "PROPN") or not any(
                m.text.lower() in _SUBORDINATORS for m in parsed.children(clause.i, "mark")):
            continue
        subject = next((c for c in parsed.children(clause.i) if c.rel == "nsubj"), None)
        verb = next((up for up in parsed.ancestors(noun.i) if up.pos == "VERB"), None)
        if subject is None or verb is None:
            continue
        tokens[clause.i] = replace(clause, head=verb.i, dep="advcl")
        if subject.dep.lower() == "nsubj:pass" and parsed.children(clause.i, "obj"):
            tokens[subject.i] = replace(subject, dep="nsubj")  # "it crossed Wales": active, it has an object
        changed = True
    return Parsed(parsed.text, tokens, parsed.sentences) if changed else parsed
