"""Slips of the parser that English grammar leaves one reading for, mended once before extraction.

The project's parser learned from web text; news sentences trip it in a few recurring ways. Each repair
here relabels an arc only where no other reading is grammatical, so a right parse is never changed.
"""

from __future__ import annotations

from dataclasses import replace

from service.events.lemmas import base_form, verb_lemmas
from service.events.lexicon import POSTPONING
from service.events.predicates import COMPLEMENT_TAKERS, infinitive
from service.nlp import Parsed, Token

# Verbs of phase take a gerund as their complement ("stopped selling", "began building"), never an adverbial
ASPECTUAL = frozenset("begin start stop cease finish resume continue quit keep".split())
_ARRANGED = frozenset({"due", "set", "slated", "poised", "scheduled"})  # "X is due to V"
# Verbs whose infinitive is their complement ("is scheduled to debate"); one put off "to give time" has a purpose
INFINITIVE_TAKERS = COMPLEMENT_TAKERS - POSTPONING


def repair(parsed: Parsed) -> Parsed:
    """The same tokens with the repairs below applied (the parse itself when nothing needs mending)."""
    tokens = list(parsed.tokens)
    changed = False
    for token in parsed.tokens:
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
        governor = parsed.head(token.i)
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


def _end_on_head_noun(parsed: Parsed, tokens: list[Token], token: Token) -> None:
    """ "broke [the 200 metres freestyle world record]", "freestyle" taken for a verb with "record" its object:
    a noun phrase ends on its head noun, and the word before is one of its modifiers."""
    head_noun = next((c for c in parsed.children(token.i, "obj") if c.pos == "NOUN" and c.i > token.i
                      and all(parsed.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "NUM")
                              for k in range(token.i + 1, c.i))), None)
    if head_noun is not None:
        tokens[head_noun.i] = replace(head_noun, head=tokens[token.i].head, dep=tokens[token.i].dep)
        tokens[token.i] = replace(tokens[token.i], head=head_noun.i, dep="compound")
