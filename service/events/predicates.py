"""Predicates that name events: verbs and eventive nouns, with their arguments from the tree.

A verb is an event unless it is a state or attitude, a verb of saying (its complement is the
event), or a governor whose complement carries the event ("plans to hold", "failed to reach").
A light verb with an event noun object ("held talks") and a happening verb with an event noun
subject ("the summit took place") make one predicate whose name is the noun.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.events.derivation import NOMINAL_SUFFIXES, from_verb
from service.events.lemmas import base_form, verb_lemmas
from service.events.lexicon import (
    ADJECTIVAL_ING,
    CANCELLING,
    CAUSING,
    DESIRE,
    DIRECTIVE,
    EVENT_NOUNS,
    EXPECTING,
    FAILING,
    HAPPENING,
    LIGHT,
    MODIFYING_PARTICIPLES,
    NOT_EVENT_NOUNS,
    NOUN_VERB,
    PLANNING,
    POSTPONING,
    PUTTING_OFF,
    REPORTING,
    REPORTING_WHEN_BARE,
    REQUESTING,
    STATIVE,
)
from service.nlp import Parsed, Token
from service.temporal.lexicon import MONTHS, WEEKDAYS

CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "acl", "parataxis", "conj", "csubj", "list"})
ARGUMENTS = frozenset({"nsubj", "obj", "iobj", "obl", "nmod", "expl", "compound"})
# governors whose xcomp is the event: the governor itself is not one
COMPLEMENT_TAKERS = PLANNING | EXPECTING | DESIRE | FAILING | POSTPONING | DIRECTIVE | frozenset(
    "try attempt begin start continue manage suppose seem appear tend need have ought able".split())


@dataclass(frozen=True)
class Predicate:
    head: int  # the token dates, status and arguments hang on (a verb, or the noun itself)
    name: int  # the token that names the event (the noun of "held talks", else the head)
    kind: str  # "verb" or "noun"
    particle: int | None = None  # "shot *down*", "called *off*"

    def key(self, parsed: Parsed) -> str:
        """What happened, as a lemma: "meet", "shoot down"; nominalisations as their verb."""
        token = parsed.tokens[self.name]
        lemma = base_form(token) if token.pos != "NOUN" or self.kind != "noun" else token.lemma.lower()
        if self.kind == "noun" or token.pos == "NOUN":
            verb = NOUN_VERB.get(lemma, lemma)
            prt = particle(parsed, self.name)  # "the shooting down of the balloon"
            return f"{verb} {parsed.tokens[prt].text.lower()}" if prt is not None else verb
        if self.particle is not None:
            return f"{lemma} {parsed.tokens[self.particle].text.lower()}"
        return lemma


def eventive_noun(token: Token, strict: bool = False) -> bool:
    """A noun naming a happening: a news event noun, or (not strict) a nominalisation."""
    nominal_adjective = token.pos == "ADJ" and token.rel in ("obj", "nsubj", "obl")  # "hold the final"
    if token.pos == "PROPN":
        # "the European Cadet Championships", "the Seasalter Oyster Parade": a name headed by a word for an
        # occasion names one (TimeML's events include "the Olympics")
        return token.text.lower() in EVENT_NAME_HEADS and token.rel not in ("compound", "flat")
    if token.pos != "NOUN" and not nominal_adjective:
        return False
    lemma = token.lemma.lower()
    if nominal_adjective:
        return lemma in EVENT_NOUNS
    if lemma in EVENT_NOUNS or token.text.lower() in EVENT_NOUNS:
        return True
    return (not strict and lemma.endswith(NOMINAL_SUFFIXES) and len(lemma) > 6 and lemma not in NOT_EVENT_NOUNS
            and from_verb(lemma))


# The last words of names of occasions ("the Go Open", "the Commonwealth Games")
EVENT_NAME_HEADS = frozenset("""games olympics paralympics championships championship open cup festival parade marathon
summit conference congress expo fair show awards regatta rally grand tournament derby""".split())

# Nouns of speaking that are events when made or given ("make a statement", "give a speech"), though a
# "statement" alone is as often a document
SPEECH_NOUNS = frozenset("statement speech address testimony presentation".split())

PARTICLES = frozenset("down up off out over back away forward ahead".split())


def particle(parsed: Parsed, i: int) -> int | None:
    """The verb particle: "shot *down*", "called *off*" (also when parsed as an adverb right after the verb)."""
    for child in parsed.children(i):
        if child.dep.lower() == "compound:prt" or (child.i == i + 1 and child.rel == "advmod"
                                                   and child.text.lower() in PARTICLES):
            return child.i
    return None


def verbal(parsed: Parsed, token: Token) -> bool:
    """Tagged a verb, or built like one: a word with a direct object or a verb particle is a verb whatever
    its tag ("the U.S. *shot* down a balloon" tagged as a noun)."""
    if token.pos == "VERB":
        return True
    return token.pos in ("NOUN", "ADJ", "PROPN") and any(
        c.dep.lower() in ("compound:prt", "obj") for c in parsed.children(token.i))


def flattened(parsed: Parsed, token: Token) -> bool:
    """A past verb parsed as a noun's modifier: "[Harwick Council] approved [plans]" read as one noun phrase.
    A finite form is never attributive; and a full sentence whose root is a noun has lost its verb, so the
    participle before that noun is it."""
    if token.pos != "VERB" or token.rel not in ("amod", "compound") or token.tag not in ("VBD", "VBN"):
        return False
    if token.tag == "VBD":
        return True
    noun = parsed.head(token.i)
    start, end = parsed.sentence_of(token.i)
    last = next((t for t in reversed(parsed.tokens[start:end]) if t.text.strip()), None)
    if noun is None or noun.pos not in ("NOUN", "PROPN") or token.i < start + 1 or noun.i < token.i \
            or last is None or last.text not in (".", "!", "?"):
        return False
    if noun.head == noun.i:
        return any(c.pos in ("PROPN", "NOUN") and c.i < token.i for c in parsed.children(noun.i))
    # "Harbour City sacked manager Tom Ellery on Sunday." parsed with a name as its root: no verb left
    root = next((t for t in parsed.tokens[start:end] if t.head == t.i and t.text.strip()), None)
    return root is not None and root.pos in ("NOUN", "PROPN") and parsed.tokens[token.i - 1].pos == "PROPN"


def infinitive(parsed: Parsed, token: Token) -> bool:
    """A verb with its "to": "(is due) to arrive", "(plans) to publish"."""
    return token.pos == "VERB" and any(m.text.lower() == "to" for m in parsed.children(token.i, "mark"))


# Adjectives that raise their infinitive's subject ("it is due to release" = it will release), unlike those
# that take a clause as subject ("it is important to act")
RAISING_ADJECTIVES = frozenset("due set slated poised likely unlikely certain sure bound expected scheduled".split())


def adjective_complement(parsed: Parsed, token: Token) -> bool:
    """ "is due / set / likely to arrive": the infinitive the parser hung on the adjective as an advcl
    (or, after "it", as a clausal subject)."""
    up = parsed.head(token.i)
    if up is None or up.pos != "ADJ" or not infinitive(parsed, token):
        return False
    return token.rel == "advcl" or (token.rel == "csubj" and up.lemma.lower() in RAISING_ADJECTIVES)


def reported_clause(parsed: Parsed, token: Token) -> bool:
    """The clause is the complement of a verb of saying ("said [the council faced ...]")."""
    up = parsed.head(token.i)
    return token.rel in ("ccomp", "parataxis") and up is not None and base_form(up) in REPORTING | REPORTING_WHEN_BARE


def participle_adjuncts(parsed: Parsed, verb: Token) -> list[Token]:
    """The present participles set off after an active verb ("won the final on Saturday, [beating] the top
    seed"): a free adjunct with no subject of its own, whose doer is the main clause's subject and which tells
    the same occasion."""
    if verb.pos != "VERB" or any(c.dep.lower() in ("nsubj:pass", "aux:pass") for c in parsed.children(verb.i)):
        return []
    return [c for c in parsed.children(verb.i, "advcl") if c.i > verb.i and c.tag == "VBG" and c.pos == "VERB"
            and parsed.tokens[c.i - 1].text == "," and not parsed.children(c.i, "mark", "nsubj", "aux")]


def set_off_participle(parsed: Parsed, noun: Token) -> Token | None:
    """The participle set off by a comma right after a noun ("a walkout, planned for 14 January,"), which
    modifies it however the parser hung it."""
    inside = set(parsed.subtree(noun.i))
    comma = noun.i + 1  # the comma that ends the noun's phrase ("a launch of the satellite from Kourou, planned")
    while comma < len(parsed.tokens) and comma in inside and parsed.tokens[comma].text != ",":
        comma += 1
    after = comma + 1
    if after < len(parsed.tokens) and parsed.tokens[comma].text == "," and _participle(parsed.tokens[after]):
        return parsed.tokens[after]
    return None


def _participle(token: Token) -> bool:
    """A past participle, also one the tagger took for an adjective ("set for next week")."""
    return token.tag == "VBN" or (token.tag == "JJ" and token.text.lower() in ("set", "scheduled", "planned"))


def set_off_owner(parsed: Parsed, participle: Token) -> Token | None:
    """The event noun whose phrase a comma-set-off participle follows, however far back its head lies."""
    start = parsed.sentence_of(participle.i)[0]
    for k in range(participle.i - 2, start - 1, -1):
        noun = parsed.tokens[k]
        if noun.pos == "NOUN" and eventive_noun(noun) and set_off_participle(parsed, noun) is participle:
            return noun
    return None


def misread_verb(parsed: Parsed, token: Token | None) -> bool:
    """ "The ministry plans to publish ...": a verb that governs an infinitive, tagged a plural noun after
    the noun that is its subject ("ministry plans" read as one noun phrase)."""
    if token is None or token.pos != "NOUN" or token.tag != "NNS" or not token.text.endswith("s"):
        return False
    if token.text[:-1].lower() not in COMPLEMENT_TAKERS and token.lemma.lower() not in COMPLEMENT_TAKERS:
        return False
    governs = any(infinitive(parsed, c) for c in parsed.children(token.i, "acl", "xcomp"))
    return governs and any(c.rel in ("compound", "nmod") and c.i < token.i and c.pos in ("NOUN", "PROPN")
                              for c in parsed.children(token.i))


def flattened_verb(parsed: Parsed, i: int) -> Token | None:
    """The verb a verbless reading of token i's sentence flattened, if it has one."""
    start, end = parsed.sentence_of(i)
    return next((t for t in parsed.tokens[start:end] if flattened(parsed, t)), None)


def modified_event(parsed: Parsed, participle: Token) -> Token | None:
    """The event noun a modifying participle belongs to: its head, or the event noun above it when the
    parser hung it on a noun inside ("a strike by air traffic controllers, planned for this weekend"), or any
    noun planned for a time whose calling off or putting off is told ("a puppy class planned for Sunday has been
    called off")."""
    owner = parsed.head(participle.i)
    if owner is not None and _set_for_a_time(parsed, owner) and (fate := parsed.head(owner.i)) is not None \
            and _event_object(parsed, fate.i) is owner:
        return owner
    for up in parsed.ancestors(participle.i):
        if eventive_noun(up):
            return up
        if up.pos not in ("NOUN", "PROPN"):
            return None
    return None


# Prefixes that make a verb of a verb ("re-elected", "co-founded"), unlike the first part of a compound modifier
VERB_PREFIXES = frozenset("re co pre un de over under out mis counter cross".split())


def compound_modifier(parsed: Parsed, token: Token) -> bool:
    """The second part of a hyphenated word ("holiday-let", "state-owned"): "word-verb" written solid is a
    compound modifier in English, unless the first part is a prefix of verbs."""
    if token.i < 2:
        return False
    hyphen, first = parsed.tokens[token.i - 1], parsed.tokens[token.i - 2]
    return hyphen.text == "-" and not hyphen.space and not first.space and first.text.isalpha() \
        and first.text.lower() not in VERB_PREFIXES


WH_WORDS = frozenset("which what who whom where when how whether".split())  # words that open a question


def open_question(parsed: Parsed, clause: Token) -> bool:
    """ "whether to cut bonuses", "if it will appeal", "which of three sites to map": a clause that asks, so nothing
    in it is yet arranged (a wh-word before it, whatever the parser hung it on, opens the question)."""
    if any(m.text.lower() in ("whether", "if") for m in parsed.children(clause.i, "mark")):
        return True
    governor = parsed.head(clause.i)
    return governor is not None and governor.i < clause.i and any(
        c.text.lower() in WH_WORDS and governor.i < c.i < clause.i
        for c in [*parsed.children(clause.i), *parsed.children(governor.i)])


def is_event_verb(parsed: Parsed, token: Token, reports: bool = False) -> bool:
    """`reports`: verbs of saying count too (TimeML's REPORTING events); a timeline leaves them out."""
    if not verbal(parsed, token) or (token.pos == "VERB" and token.rel in ("amod", "compound")
                                     and not flattened(parsed, token)):
        return False
    if any(ch.isdigit() for ch in token.text) or not token.text[:1].isalpha() or token.text.lower() in _NEVER_VERBS:
        return False  # "7x0", "3D": a code or a number is no verb, whatever the tagger says; nor is "worth"
    if token.text.lower() == "compared" and not parsed.children(token.i, "aux", "aux:pass", "nsubj"):
        return False  # "38 tonnes, compared with 11 in 2025": a preposition in all but name
    if token.dep.lower() == "acl" and token.tag == "VBN" and (owner := parsed.head(token.i)) is not None \
            and owner.pos == "PRON":
        return False  # "everyone affected", "those injured": a description of people, no happening of its own
    following = parsed.tokens[token.i + 1] if token.i + 1 < len(parsed.tokens) else None
    if token.text.lower() in ADJECTIVAL_ING and following is not None and following.pos in ("NOUN", "PROPN"):
        return False  # "in neighbouring Congo", "the ruling party": an adjective before its noun
    if not token.space and following is not None and following.text == "-":
        return False  # "check-in staff": the first part of a hyphenated word is no verb
    if compound_modifier(parsed, token):
        return False  # "holiday-let owners", "the connected-home market": a hyphenated modifier, no happening
    lemma = base_form(token)
    # "appeared before a committee to defend ...": with a place, "appear" is an act, its infinitive a purpose
    appearance = lemma == "appear" and any(c.rel == "obl" for c in parsed.children(token.i))
    # "will stand trial in October": with an event noun as its object "stand" is no state
    standing = lemma == "stand" and any(eventive_noun(c) for c in parsed.children(token.i, "obj"))
    # "had its premiere on December 12", "had talks on Monday": with a happening as its object "have" holds it
    having = lemma == "have" and any(eventive_noun(c, strict=True) for c in parsed.children(token.i, "obj"))
    # "plans to add 200 films to its platform", "wrote a novel": with a thing moved or made, no verb of saying
    acting = lemma in ("add", "write") and any(  # what was added or written: "letters [written] by soldiers"
        c.pos in ("NOUN", "PROPN") and c.lemma.lower() not in _SAYINGS
        for c in parsed.children(token.i, "obj") or ([parsed.tokens[token.head]] if token.dep.lower() == "acl"
                                                     else []) or parsed.children(token.i, "nsubj:pass"))
    # "told the 64 staff at a meeting on Monday": telling someone, with nothing told in the sentence, is an act
    informing = lemma == "tell" and bool(parsed.children(token.i, "obj", "iobj")) and not any(
        c.rel in ("ccomp", "xcomp", "parataxis", "advcl") for c in parsed.children(token.i)) \
        and token.rel not in ("parataxis", "ccomp") and not any(
            t.text in ('"', "“", "”", "'") for t in parsed.tokens[slice(*parsed.sentence_of(token.i))])
    if (lemma in REPORTING and not reports and not acting and not informing) \
            or (lemma in STATIVE and not appearance and not standing and not having):
        return False
    if lemma in _FORCING and any(infinitive(parsed, c) for c in parsed.children(token.i, "xcomp")) \
            and any(c.dep.lower() in ("aux:pass", "nsubj:pass") for c in parsed.children(token.i)):
        return False  # "had been forced to abandon an attempt": what was done is the abandoning, told by that verb
    # what it was done to: an object, a passive subject ("the result was declared"), the noun a participle
    # modifies ("the decision, announced on Friday")
    modified = parsed.head(token.i) if token.dep.lower() == "acl" and token.tag == "VBN" else None
    done_to = parsed.children(token.i, "obj") or (any(c.dep.lower() == "aux:pass" for c in parsed.children(token.i))
                                                  and (undergoer := _passive_subject(parsed, token)) is not None
                                                  and undergoer.pos in ("NOUN", "PROPN", "NUM", "PRON")) \
        or (modified is not None and modified.pos == "NOUN")
    governor = parsed.head(token.i)
    arranged = infinitive(parsed, token) and governor is not None and (  # "the inquiry is due to report by May"
        base_form(governor) in PLANNING | EXPECTING or any(
            m.text.lower() in PLANNING for m in parsed.children(token.i, "mark", "advmod")))
    if lemma in REPORTING_WHEN_BARE and not reports and not done_to and not arranged \
            and not any(c.pos == "NUM" for c in parsed.children(token.i, "obl")):
        # "..., the ministry confirmed on Tuesday", "she recalled that ...": a report of what the sentence says;
        # with a thing done to ("recalled [about 1.2 million] heaters"), an act of its own
        return False
    if token.dep.lower() in ("acl", "acl:relcl") and lemma in MODIFYING_PARTICIPLES \
            and modified_event(parsed, token) is not None:
        return False  # "the hearing listed for 29 July": a modifier of the event noun
    has_xcomp = any(c.rel == "xcomp" and not open_question(parsed, c) for c in parsed.children(token.i))
    if has_xcomp and lemma in COMPLEMENT_TAKERS - REQUESTING and not appearance:
        # "decided to close": the closing is the event; "will decide whether to close": the deciding. An order or a
        # request is an act of its own, whatever comes of it ("were ordered to leave their homes on Sunday")
        return False
    # the postponed, cancelled, scheduled or expected thing is the event, not the postponing
    return not ((lemma in CANCELLING | PLANNING | EXPECTING or postpones(parsed, token))
                and _event_object(parsed, token.i) is not None)


_SAYINGS = frozenset("word note statement comment remark caveat warning line".split())  # "added a note of caution"
_NEVER_VERBS = frozenset({"worth", "per", "via", "amid", "aged"})  # ("people aged 55 to 74": an age, no ageing)
_RESCHEDULING = frozenset({"move", "push", "bring", "shift", "extend"})  # "the consultation was extended until"
# ("until the end of the month")
_TIME_NOUNS = frozenset("date day week month year weekend spring summer autumn fall winter morning afternoon evening "
                        "night end start beginning middle quarter half season".split())


def _passive_subject(parsed: Parsed, token: Token) -> Token | None:
    """What a passive verb was done to: its own subject, or that of the verb whose complement it is ("the result
    is expected to be declared")."""
    current = token
    for _ in range(3):
        subject = next((c for c in parsed.children(current.i) if c.dep.lower() in ("nsubj:pass", "nsubj")), None)
        if subject is not None or current.rel != "xcomp" or (up := parsed.head(current.i)) is None:
            return subject
        current = up
    return None


def postpones(parsed: Parsed, token: Token) -> bool:
    """A verb that puts an event off: "postponed the visit", and "moved", "pushed back", "brought forward"
    when what moves is an event and where it moves to is a time ("the meeting was moved to 22 May"),
    not a place ("production would move to Wrexham")."""
    lemma = base_form(token)
    if lemma in POSTPONING:
        return True
    if lemma == "put" and any(c.lemma.lower() == "hold" and any(k.text.lower() == "on" for k in parsed.children(
            c.i, "case")) for c in parsed.children(token.i, "obl")):
        return True  # "has put those plans on hold"
    put_back = lemma == "put" and (prt := particle(parsed, token.i)) is not None \
        and parsed.tokens[prt].text.lower() == "back"  # "the work was put back to 2016", as "pushed back"
    thing = _event_object(parsed, token.i) if lemma in _RESCHEDULING or put_back else None
    if thing is None:
        return False
    after = token.i + 1 + (1 if particle(parsed, token.i) == token.i + 1 else 0)
    # its phrases, and the one right after it wherever the parser hung it ("moved [to August 19], organisers said")
    adjacent = [t for t in parsed.tokens[after:after + 4] if t.rel in ("obl", "nmod")
                and min(parsed.subtree(t.i)) == after and t.head != token.i]
    # ("put back the launch, planned for September 1, [until next spring]": "until" hung on the plan's clause still
    # tells where the launch went, a plan being for a date, not until one)
    untils = [c for k in parsed.subtree(thing.i) if parsed.tokens[k].rel == "acl" for c in parsed.children(k, "obl")
              if any(m.text.lower() in ("until", "till") for m in parsed.children(c.i, "case"))]
    for child in [*parsed.children(token.i, "obl"), *adjacent, *untils]:
        # the preposition on the phrase, or on its first word ("to [August] 19", the parser's head the number)
        first = parsed.tokens[min(parsed.subtree(child.i))]
        cases = {c.text.lower() for c in parsed.children(child.i, "case")} | {first.text.lower()}
        if cases & {"to", "until", "till"} and (child.pos == "NUM" or child.lemma.lower() in _TIME_NOUNS
                                                or child.text.lower() in MONTHS or child.text.lower() in WEEKDAYS):
            return True
    return False


def _event_object(parsed: Parsed, i: int) -> Token | None:
    """The event noun a verb acts on: its object or passive subject (shared with the verb it is
    coordinated to: "the visit had been scheduled for June but was postponed")."""
    token = parsed.tokens[i]
    if token.rel == "conj" and not parsed.children(i, "nsubj", "obj") and (up := parsed.head(i)) is not None:
        # (a verb with an object of its own acts on that: "renewed an appeal and will hold a meeting")
        shared = _event_object(parsed, up.i)
        if shared is not None:
            return shared
    # what is put off or called off is a happening, named by a verb's noun if not by an event noun ("the start
    # has been postponed")
    lemma = base_form(token)
    back = particle(parsed, i)
    pushed_back = lemma != "push" or (back is not None and parsed.tokens[back].text.lower() == "back")
    called_off = lemma == "call" and back is not None and parsed.tokens[back].text.lower() == "off"
    deferring = (lemma in PUTTING_OFF and pushed_back) or called_off or puts_off(parsed, token)
    # (what is called off or put off is a happening, whatever its noun, when it was planned for a time)
    fated = deferring or (lemma in CANCELLING and lemma != "call")
    # "the ceilidh has been moved to Saturday": what is moved to a time is a happening, whatever its noun
    timed = lemma not in POSTPONING and postpones_pronoun(parsed, token)
    for child in parsed.children(i, "obj", "nsubj"):
        if child.dep.lower() == "nsubj" and not child.dep.lower().endswith("pass"):
            continue
        if eventive_noun(child) or (deferring and _verbal_noun(child)) or (fated and _set_for_a_time(parsed, child)) \
                or (timed and child.pos == "NOUN"):
            return child
    for child in parsed.children(i):
        if child.dep.lower() == "nsubj:pass" and (eventive_noun(child) or (deferring and _verbal_noun(child))
                                                  or (fated and _set_for_a_time(parsed, child))
                                                  or (timed and child.pos == "NOUN")):
            return child
    return None


def _set_for_a_time(parsed: Parsed, noun: Token) -> bool:
    """ "A puppy class [planned for Sunday]": what is planned for a time is a happening, whatever its noun."""
    return noun.pos == "NOUN" and any(
        c.dep.lower() == "acl" and c.tag == "VBN" and base_form(c) in PLANNING
        and any(k.text.lower() in ("for", "on") for o in parsed.children(c.i, "obl")
                for k in parsed.children(o.i, "case"))
        for c in parsed.children(noun.i))


def _verbal_noun(token: Token) -> bool:
    """A noun that is also a verb ("the start", "the vote"), not a participle the tagger took for a noun."""
    return token.pos == "NOUN" and bool(verb_lemmas(token.text.lower())) and not token.text.lower().endswith("ed")


def _event_subject(parsed: Parsed, token: Token) -> Token | None:
    """The event noun that is the subject, directly or through a relative pronoun or an infinitive."""
    from service.events.titles import subject_of

    subject = subject_of(parsed, token)
    if subject is None:
        return None
    if eventive_noun(subject):
        return subject
    if token.dep.lower() == "acl:relcl":  # "the summit between Biden and Xi, which took place": the event noun
        for up in parsed.ancestors(subject.i):
            if eventive_noun(up):
                return up
            if up.pos not in ("NOUN", "PROPN"):
                break
        relative = next((c for c in parsed.children(token.i, "nsubj") if c.text.lower() == "which"), None)
        if relative is not None and subject.pos == "PROPN" and subject.text.lower() not in _PLACES_AND_BODIES:
            # "which" never stands for a person: the clause hangs on an earlier noun, the nearest event noun
            start = parsed.sentence_of(token.i)[0]
            for k in range(relative.i - 1, max(start, relative.i - 25) - 1, -1):
                if eventive_noun(parsed.tokens[k]):
                    return parsed.tokens[k]
    return None


def _place_taker(parsed: Parsed, token: Token) -> Token | None:
    """What "takes place" is an event whatever its noun ("a Premier League night will take place on ..."): the
    phrase selects a happening as its subject, so a common noun there names one."""
    from service.events.titles import subject_of

    subject = subject_of(parsed, token)
    return subject if subject is not None and subject.pos == "NOUN" else None


_FORCING = frozenset("force compel oblige".split())  # verbs of making someone do something

# the last words of names of things "which" can stand for ("the Aquatics Centre, which opened in 2014")
_PLACES_AND_BODIES = frozenset("""centre center stadium arena hall museum gallery library park theatre theater hospital
airport station bridge tower building school college university church cathedral palace castle club company group
council agency bank fund trust""".split())


def predicates(parsed: Parsed, start: int, end: int, reports: bool = False) -> list[Predicate]:
    """Event predicates among tokens [start, end) (one sentence)."""
    found: list[Predicate] = []
    named: set[int] = set()
    for token in parsed.tokens[start:end]:
        if not is_event_verb(parsed, token, reports):
            continue
        lemma = base_form(token)
        obj = _event_object(parsed, token.i)
        subj = _event_subject(parsed, token)
        place = next((c for c in parsed.children(token.i, "obj") if c.lemma.lower() in ("place", "effect")), None)
        if lemma == "take" and place is not None:
            lemma, obj = "happen", None  # "take place", "take effect"
            if subj is None and place.lemma.lower() == "place":
                subj = _place_taker(parsed, token)
        if lemma == "take" and any(c.lemma.lower() == "part" for c in parsed.children(token.i, "obj")) \
                and (joined := next((c for c in parsed.children(token.i, "obl") if eventive_noun(c) and any(
                    k.text.lower() == "in" for k in parsed.children(c.i, "case"))), None)) is not None:
            found.append(Predicate(token.i, joined.i, "verb"))  # "took part in the drill": the drill, joined
            named.add(joined.i)
            continue
        if lemma in LIGHT and obj is None:  # "will make a statement to parliament": a speech act, made
            obj = next((c for c in parsed.children(token.i, "obj") if c.lemma.lower() in SPEECH_NOUNS), None)
        if lemma in LIGHT and obj is None and token.dep.lower() == "acl" and token.tag == "VBN" \
                and (owner := parsed.head(token.i)) is not None and eventive_noun(owner):
            obj = owner  # "germination tests [carried out] last week": what was carried out is the noun
        # "a memorial service is planned for Sunday", "results are expected in October": what is planned or
        # awaited happens
        awaited = lemma in PLANNING or (lemma in EXPECTING and not parsed.children(token.i, "xcomp", "ccomp"))
        # (but "the previous mark was set [by a 66-year-old] in 2022": with its doer named, the act is done)
        planned_thing = next((c for c in parsed.children(token.i) if c.dep.lower() == "nsubj:pass"
                              and c.pos == "NOUN"), None) if awaited and obj is None and not any(
            c.dep.lower() == "obl:agent" for c in parsed.children(token.i)) else None
        if lemma in ("go", "take", "embark") and obj is None:  # "went on strike", "take it on a tour": the noun
            obj = next((c for c in parsed.children(token.i, "obl") if eventive_noun(c, strict=True) and any(
                k.text.lower() == "on" for k in parsed.children(c.i, "case"))), None)
            if obj is not None:
                found.append(Predicate(token.i, obj.i, "verb"))
                named.add(obj.i)
                continue
        if lemma in LIGHT | CAUSING and obj is not None:
            found.append(Predicate(token.i, obj.i, "verb"))
            named.add(obj.i)
        elif lemma == "happen" and (moved := happening_again(parsed, token)) is not None:
            # "the final was called off at dawn, and it will now take place on October 4": put off to that day
            found.append(Predicate(token.i, moved.i, "noun"))
        elif (moved := _put_off_by_it(parsed, token)) is not None:
            # "a return visit had been planned for May, but [it] has been moved to September": the visit is moved
            found.append(Predicate(token.i, moved.i, "noun"))
        elif planned_thing is not None:  # "a memorial service is planned for Sunday": what is planned happens
            found.append(Predicate(token.i, planned_thing.i, "noun"))
            named.add(planned_thing.i)
        elif ((lemma in HAPPENING and lemma != "take") or (lemma == "go" and any(  # "the parade would go ahead"
                c.text.lower() == "ahead" for c in parsed.children(token.i, "advmod", "compound")))) \
                and subj is not None and obj is None:  # ("take" happens only as "take place", above)
            found.append(Predicate(token.i, subj.i, "noun"))
            named.add(subj.i)
        else:
            found.append(Predicate(token.i, token.i, "verb", particle(parsed, token.i)))
    for token in parsed.tokens[start:end]:
        if token.text.lower() == "due" and token.pos == "ADJ" and parsed.children(token.i, "cop") \
                and not parsed.children(token.i, "xcomp", "advcl") and (thing := next(iter(
                    parsed.children(token.i, "nsubj")), None)) is not None and thing.pos == "NOUN" \
                and thing.i not in named:
            found.append(Predicate(token.i, thing.i, "noun"))  # "its report is due in the autumn": it comes then
            named.add(thing.i)
    for token in parsed.tokens[start:end]:
        governor = parsed.head(token.i)
        deferred = governor is not None and token.pos == "NOUN" and token.dep.lower() in ("obj", "nsubj:pass") \
            and _event_object(parsed, governor.i) is token  # "the start was postponed"
        if token.i in named or not (eventive_noun(token) or deferred):
            continue
        if governor is not None and (base_form(governor) in CANCELLING | PLANNING | EXPECTING
                                     or postpones(parsed, governor)) and token.rel in ("obj", "nsubj") \
                and not (token.dep.lower() == "nsubj" and base_form(governor) in CANCELLING):
            # (not "donations drop": the active subject of a verb of dropping is not what is dropped)
            found.append(Predicate(token.i, token.i, "noun"))
            continue
        if token.rel != "compound":
            found.append(Predicate(token.i, token.i, "noun"))
    return found


def _put_off_by_it(parsed: Parsed, token: Token) -> Token | None:
    """The event noun a postponing or cancelling verb acts on through "it", when "it" stands for the event noun
    subject of the clause the verb is coordinated with: "the visit had been planned for May, but it has been
    moved to September"."""
    if not (base_form(token) in CANCELLING or postpones_pronoun(parsed, token)):
        return None
    if base_form(token) in CANCELLING and (done := _called_off_it(parsed, token)) is not None:
        return done
    pronoun = next((c for c in parsed.children(token.i) if c.rel == "nsubj" and c.text.lower() == "it"), None)
    first = parsed.head(token.i)
    if pronoun is None or token.rel != "conj" or first is None:
        return None
    thing = next((c for c in parsed.children(first.i) if c.rel == "nsubj" and c.pos == "NOUN"), None)
    return thing if thing is not None and eventive_noun(thing) else None


def happening_again(parsed: Parsed, token: Token) -> Token | None:
    """ "The final was called off at dawn, and it will now take place on October 4": "it" that will "now" take place
    is the happening just called off or put off (the nearest such event noun in the sentence or the one before),
    set again for a new day."""
    if not any(c.text.lower() == "it" for c in parsed.children(token.i, "nsubj", "nsubj:pass")) \
            or not any(c.text.lower() == "now" for c in parsed.children(token.i, "advmod")):
        return None
    floor = parsed.sentences[max(0, parsed.sentence_number(token.i) - 1)][0]
    for k in range(token.i - 1, floor - 1, -1):
        candidate = parsed.tokens[k]
        fate = parsed.head(k)
        if candidate.dep.lower() in ("nsubj:pass", "obj") and fate is not None and fate.i != k \
                and _event_object(parsed, fate.i) is candidate and (
                    base_form(fate) in CANCELLING | POSTPONING or puts_off(parsed, fate)):
            return candidate
    return None


def _called_off_it(parsed: Parsed, token: Token) -> Token | None:
    """ "A group that had planned a protest on June 26 called it off": what is called off is a happening, so
    "it" stands for the nearest event noun before it in the sentence, the object of a plan."""
    pronoun = next((c for c in parsed.children(token.i, "obj") if c.text.lower() == "it"), None)
    if pronoun is None:
        return None
    start = parsed.sentence_of(token.i)[0]
    for k in range(token.i - 1, start - 1, -1):
        candidate = parsed.tokens[k]
        if candidate.rel == "obj" and eventive_noun(candidate, strict=True) \
                and (planner := parsed.head(k)) is not None and base_form(planner) in PLANNING:
            return candidate
    return None


def puts_off(parsed: Parsed, verb: Token) -> bool:
    """ "was put back", "put off": the phrasal verbs of putting off, which "put" alone is not."""
    prt = particle(parsed, verb.i)
    return base_form(verb) == "put" and prt is not None and parsed.tokens[prt].text.lower() in ("back", "off")


def postpones_pronoun(parsed: Parsed, token: Token) -> bool:
    """A verb of putting off whose object is a pronoun, moved to a time ("it has been moved to September")."""
    if base_form(token) in POSTPONING:
        return True
    if base_form(token) not in _RESCHEDULING:
        return False
    return any(c.lemma.lower() in _TIME_NOUNS or c.text.lower() in MONTHS or c.text.lower() in WEEKDAYS
               or c.pos == "NUM" for c in parsed.children(token.i, "obl")
               if {k.text.lower() for k in parsed.children(c.i, "case")} & {"to", "until", "till"})
