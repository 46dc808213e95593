"""Which predicate a temporal expression dates: the word it modifies in the tree.

"died on Sunday": Sunday is an oblique of "died". "the 1998 team": 1998 modifies "team", a thing,
so it dates no event. A date after a proper name ("met Wang Yi on Saturday") is read as
modifying the clause: names are not events, and this is the usual attachment ambiguity of a
prepositional phrase. "The meeting was on Friday": the date is the predicate, its subject the event.
"""

from __future__ import annotations

from service.events.lemmas import base_form
from service.events.lexicon import (
    CANCELLING,
    COMMITTING,
    DIRECTIVE,
    HAPPENING,
    MODIFYING_PARTICIPLES,
    PLANNING,
    POSTPONING,
)
from service.events.predicates import (
    eventive_noun,
    flattened,
    flattened_verb,
    infinitive,
    modified_event,
    set_off_owner,
)
from service.events.repairs.common import verb_above
from service.nlp import Parsed, Token
from service.temporal import Expression

_SCOPING = CANCELLING | POSTPONING | PLANNING  # "postponed the meeting on Friday": the meeting's date
_PRENOMINAL = frozenset({"nummod", "compound", "amod", "nmod:poss", "det"})
_DEADLINES = frozenset({"by", "until", "before", "within"})
_HOLDING = frozenset({"hold", "stage", "organise", "organize"})  # "first held in 1994": an occasion of its own


def expression_head(parsed: Parsed, expr: Expression) -> Token | None:
    """The token of the expression whose head lies outside it."""
    inside = [t for t in parsed.tokens_in(expr.start, expr.end) if t.text.strip()]
    indices = {t.i for t in inside}
    for token in inside:
        if token.head not in indices or token.head == token.i:
            return token
    return inside[0] if inside else None


def dated_word(parsed: Parsed, expr: Expression) -> Token | None:
    """The verb or noun the expression modifies (None when it modifies a thing, not an event)."""
    word = _dated_word(parsed, expr)
    return _late_closure(parsed, expr, word) if word is not None and word.pos == "VERB" else word


def _late_closure(parsed: Parsed, expr: Expression, word: Token) -> Token:
    """ "discussed ... since the U.S. shot down a balloon on February 4": a date right after a clause that
    lies inside the verb's own phrase closes that clause (English attaches low), whatever the parser chose."""
    head = expression_head(parsed, expr)
    if head is None or head.head != word.i or (base_form(word) in COMMITTING and word.tag == "VBD"):
        return word  # ("first proposed scrapping the rounds last May": the proposal's date, told in the past)
    first = parsed.subtree(head.i)[0]  # "on" included
    if first == 0 or parsed.tokens[first - 1].pos == "PUNCT":
        return word
    for k in range(first - 1, word.i, -1):
        inner = parsed.tokens[k]
        if inner.pos == "VERB" and inner.rel in ("advcl", "acl", "ccomp") and parsed.subtree(k)[-1] == first - 1 \
                and word.i in [a.i for a in parsed.ancestors(k)] \
                and not (inner.rel == "acl" and parsed.tokens[inner.head].pos == "PRON"):  # "everyone affected"
            return inner
    return word


def _dated_word(parsed: Parsed, expr: Expression) -> Token | None:
    head = expression_head(parsed, expr)
    if head is None:
        return None
    first = parsed.tokens_in(expr.start, expr.end)[0]
    if first.i > 0 and parsed.tokens[first.i - 1].text.lower() == "since" and not (
            (verb := verb_above(parsed, head)) is not None
            and any(a.lemma.lower() == "have" for a in parsed.children(verb.i, "aux"))):
        # "drew the biggest crowd since 2008": the start of a span the comparison runs over, not when anything
        # happened (told in a perfect, "had lost market share since January", it is when the loss began)
        return None
    subject = next((c for c in parsed.children(head.i, "nsubj")), None)
    if head.head == head.i or subject is not None:
        return subject  # "The meeting was on Friday" (or a bare dateline: nothing)
    governor = parsed.tokens[head.head]
    if governor.dep.lower() == "acl" and governor.tag == "VBN" and (owner := parsed.head(governor.i)) is not None \
            and owner.pos == "PRON" and (verb := verb_above(parsed, owner)) is not None:
        governor = verb  # "email everyone affected by Friday": "those affected" names people; the date is the verb's
    if governor.rel == "advcl" and base_form(governor) in PLANNING and not parsed.children(governor.i, "nsubj") \
            and any(m.text.lower() == "as" for m in parsed.children(governor.i, "mark")):
        governor = parsed.tokens[governor.head]  # "would go ahead as planned on Saturday": the going ahead's date
    if governor.rel == "xcomp" and infinitive(parsed, governor) and (order := parsed.head(governor.i)) is not None \
            and base_form(order) in DIRECTIVE and order.tag == "VBN" and any(
                a.text.lower() in ("was", "were") for a in parsed.children(order.i, "aux:pass")) \
            and not any(c.text.lower() in _DEADLINES for c in parsed.children(head.i, "case")):
        # "residents were ordered to leave their homes on Sunday": what the past passive tells is the order, and it
        # is the entry (what was ordered may never happen); a deadline ("to leave by Friday") stays the leaving's
        governor = order
    if governor.pos == "ADJ" and governor.rel in ("advcl", "advmod") and not parsed.children(governor.i, "cop") \
            and (verb := parsed.head(governor.i)) is not None and verb.pos == "VERB":
        governor = verb  # "will receive their grades [as normal] on Thursday": an adverbial adjective is no event
    while governor.pos == "ADV" and governor.rel in ("advmod", "obj", "obl", "xcomp") and governor.head != governor.i:
        governor = parsed.tokens[governor.head]  # "on 9 August, three weeks later": an adverb is no event
    after_name = False
    if governor.pos == "PROPN" and eventive_noun(governor) and head.rel in ("nmod", "obl") \
            and head.dep.lower() not in _PRENOMINAL and head.i > governor.i and governor.rel == "nsubj":
        # "the Seasalter Oyster Parade, due on July 8, has been cancelled": a named occasion's own date, where it
        # is the subject ("won the Grass Court Championships on Saturday" is the winning's date)
        return governor
    while governor.pos in ("PROPN", "PRON", "NUM", "SYM") or governor.rel == "flat":  # "€2m in 2021"
        if head.dep.lower() in _PRENOMINAL and not after_name:
            return None  # "the 2023 Munich conference": a name's date, not a predicate's (the date itself before the
            # name; "to Swiss lender Valmont last year" climbs through the words of a name after it)
        up = parsed.head(governor.i)
        if up is None:
            break
        after_name = after_name or governor.pos == "PROPN"
        head, governor = governor, up
    if after_name and governor.pos == "NOUN" and (verb := _verb_of_object_phrase(parsed, governor)) is not None:
        return verb  # "published the results of the trial in The Lancet on Wednesday": the clause's date
    # (but "first held in 1994", "last staged in 2019": another occasion of it, the participle's own date)
    founding = any(c.text.lower() in ("first", "last") for c in parsed.children(governor.i, "advmod")) \
        and base_form(governor) in _HOLDING
    if governor.dep.lower() in ("acl", "acl:relcl") and base_form(governor) in MODIFYING_PARTICIPLES \
            and not founding:
        noun = modified_event(parsed, governor)
        if noun is not None:
            return noun  # "a conference held on Saturday", "talks scheduled for June": the noun's date
    if governor.dep.lower() == "acl" and base_form(governor) in HAPPENING and (noun := parsed.head(governor.i)) \
            is not None and eventive_noun(noun):
        return noun  # "the strike by train drivers, due to begin on Monday,": the strike's date
    if base_form(governor) in MODIFYING_PARTICIPLES and not founding \
            and (noun := set_off_owner(parsed, governor)) is not None:
        return noun  # "a second walkout, planned for 14 January," however parsed
    if governor.pos in ("NOUN", "PROPN") and head.rel in ("nmod", "obl") and (
            participle := _open_participle(parsed, governor, head)) is not None:
        return participle  # "a cub born at the park on October 2 was shown ...": the birth's date
    outer = governor  # "opened an investigation into the deal in March": up the chain of event nouns
    while outer.dep.lower() == "nmod" and eventive_noun(outer) and (up := parsed.head(outer.i)) is not None \
            and up.pos == "NOUN" and eventive_noun(up) and up.i < outer.i:
        outer = up
    if governor.pos == "NOUN" and eventive_noun(governor) and head.rel in ("nmod", "obl") \
            and head.dep.lower() not in _PRENOMINAL and (verb := _occasion_of_an_object(parsed, governor)) is not None:
        return verb
    if governor.pos == "NOUN" and eventive_noun(governor) and head.rel in ("nmod", "obl") \
            and _complement(parsed, outer) and head.dep.lower() not in _PRENOMINAL:
        verb = parsed.head(outer.i)
        if verb is not None and verb.pos == "VERB" and base_form(verb) not in _SCOPING:
            return verb  # "accepted the resignation on Thursday", "walked out of talks on Tuesday": the clause's date
    if governor.pos == "NOUN" and parsed.children(governor.i, "cop") and not eventive_noun(governor):
        return None  # "has been in storage since October": a state's own date, not the clause's event's
    if governor.pos == "NOUN" and head.dep.lower() not in _PRENOMINAL and head.rel in ("nmod", "obl") \
            and not eventive_noun(governor):
        # "criticised the handling of the harbour on Wednesday": a date after a thing modifies the clause
        for up in parsed.ancestors(governor.i):
            # (an adjective standing for a noun, "destroyed [most] of the roof", is passed like one)
            if up.pos == "VERB" or (up.pos == "ADJ" and up.rel not in ("obl", "nmod", "obj", "nsubj")) \
                    or eventive_noun(up):
                return _clause_of_object(parsed, up)
            if up.pos not in ("NOUN", "PROPN", "ADP", "ADJ", "NUM"):
                break  # (an ordinal or number inside the phrase, "to 19th in the world rankings", is passed)
        verb = next((c for c in parsed.children(governor.i) if flattened(parsed, c) and c.i < head.i), None)
        if verb is not None:
            return verb  # "[Council] approved [plans ...] on Monday": the verb flattened into the noun phrase
    if governor.head == governor.i and governor.pos in ("NOUN", "PROPN", "PRON", "NUM"):
        # a verbless parse of "X sacked Y on Sunday.": the date is the lost verb's
        return flattened_verb(parsed, governor.i) or governor
    if governor.pos == "ADJ" and not parsed.children(governor.i, "cop") and (
            (governor.rel == "amod" and governor.head < governor.i) or governor.rel == "obj"):
        # "found the climbers alive on Tuesday": an adjective after its noun says how the verb left it
        verb = verb_above(parsed, governor)
        if verb is not None:
            return verb
    if governor.rel == "xcomp" and governor.pos in ("NOUN", "PROPN", "ADJ") and not parsed.children(governor.i, "cop") \
            and (verb := parsed.head(governor.i)) is not None and verb.pos == "VERB":
        return verb  # "named Ana Ruiz chief executive on Monday": the naming's date, not the office's
    if governor.pos == "ADJ":
        verbs = [c for c in parsed.children(governor.i, "xcomp", "advcl") if infinitive(parsed, c)]
        # (the nearer of two joined ones: "is due to open on September 18 and to close ... on November 1")
        verbs += [c for v in verbs for c in parsed.children(v.i, "conj") if c.pos == "VERB" and c.i < head.i]
        verbs += [c for c in parsed.children(governor.i, "conj") if c.pos == "VERB" and c.i < head.i and verbs
                  and infinitive(parsed, c)]
        before = [v for v in verbs if v.i < head.i]
        verb = max(before, key=lambda v: v.i) if before else (verbs[0] if verbs else None)
        if verb is not None:
            return verb  # "is due to arrive ... next week": the arrival's date, not the adjective's
    return governor


def _open_participle(parsed: Parsed, noun: Token, head: Token) -> Token | None:
    """A participle after the noun whose phrase runs right up to the date: the date closes the participle's
    phrase (late closure), not the noun's, as in "the cub born at the park on October 2"."""
    first = parsed.subtree(head.i)[0]
    for participle in parsed.children(noun.i, "acl"):
        if participle.tag in ("VBN", "VBG") and participle.i < first and parsed.subtree(participle.i)[-1] == first - 1:
            return participle
    return None


def _verb_of_object_phrase(parsed: Parsed, noun: Token) -> Token | None:
    """The verb whose object (or oblique) phrase the noun is in, through the nouns of that phrase; None for a
    subject's phrase ("the talks with Wang Yi on Saturday focused on ..." keep their date)."""
    current = noun
    while (up := parsed.head(current.i)) is not None and up.i != current.i:
        if current.rel not in ("nmod", "obj", "obl"):
            return None
        if up.pos == "VERB":
            return up if current.rel in ("obj", "obl") and base_form(up) not in _SCOPING else None
        if up.pos not in ("NOUN", "PROPN"):
            return None
        current = up
    return None


def _clause_of_object(parsed: Parsed, token: Token) -> Token:
    """An event noun reached by climbing from a postnominal date, when it is a verb's object ("approved the
    merger of two airlines on Tuesday"), yields to the verb, as the attachment of the date usually goes."""
    if token.pos == "NOUN" and _complement(parsed, token):
        verb = parsed.head(token.i)
        if verb is not None and verb.pos == "VERB" and base_form(verb) not in _SCOPING:
            return verb
    return token


# "walked out of talks"; "approved the cuts [at] a budget meeting on February 23" (what is done at a dated
# occasion is done then, and the occasion is its setting); not "after", "during"
_COMPLEMENT_CASES = frozenset({"of", "from", "into", "to", "at", "for"})


def _complement(parsed: Parsed, noun: Token) -> bool:
    """The noun is what the verb acts on (its object, or "out of"/"into" it), not the time or occasion of
    it ("after the downing", "during the meeting"), which keeps its own date."""
    if noun.rel == "obj":
        return True
    cases = {c.text.lower() for c in parsed.children(noun.i, "case")}  # "out of": either word
    return noun.rel == "obl" and bool(cases & _COMPLEMENT_CASES) and not cases & {"after", "before", "during"}


def _occasion_of_an_object(parsed: Parsed, noun: Token) -> Token | None:
    """ "approved the reductions [at a budget meeting] on February 23": an at-phrase hung on the object is the
    verb's occasion (an object takes no such setting of its own); the verb, when it is one."""
    owner = parsed.head(noun.i)
    if noun.rel != "nmod" or owner is None or owner.rel != "obj" \
            or "at" not in {c.text.lower() for c in parsed.children(noun.i, "case")}:
        return None
    verb = parsed.head(owner.i)
    return verb if verb is not None and verb.pos == "VERB" and base_form(verb) not in _SCOPING else None

