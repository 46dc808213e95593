"""Word classes and look-ups the repairs share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from service.events.lexicon import COMMITTING, DIRECTIVE, EXPECTING, POSTPONING
from service.events.predicates import COMPLEMENT_TAKERS
from service.nlp import Parsed, Token

# Verbs of phase take a gerund as their complement ("stopped selling", "began building"), never an adverbial
ASPECTUAL = frozenset("begin start stop cease finish resume continue quit keep pause halt suspend".split())
ARRANGED = frozenset({"due", "set", "slated", "poised", "scheduled"})  # "X is due to V"
# Verbs whose object is the subject of their infinitive ("expects the plant to start", "asked Kyiv to hold")
OBJECT_CONTROL = EXPECTING | DIRECTIVE | frozenset("allow permit enable force require want need".split())
# Verbs whose infinitive is their complement ("is scheduled to debate"); one put off "to give time" has a purpose
INFINITIVE_TAKERS = (COMPLEMENT_TAKERS - POSTPONING) | COMMITTING  # "voted to ban": a commitment's content


RELATIVE = frozenset("that which who whom whose".split())
DETERMINERS = frozenset("a an the this that these those".split())  # articles and demonstratives


_SINGULAR_WORDS = frozenset("was is has".split())
_PLURAL_WORDS = frozenset("were are have".split())


def agreement(parsed: Parsed, verb: Token) -> tuple[bool, bool]:
    """Whether the verb's clause shows a singular or a plural subject (English verbs agree with it): its first word
    in a finite form, an auxiliary, a copula or the verb ("is"/"are", "was"/"were", an -s form)."""
    finite = next((c for c in [*parsed.children(verb.i, "aux"), *parsed.children(verb.i, "cop"), verb]
                   if c.tag in ("VBZ", "VBP", "VBD")), None)
    if finite is None:
        return False, False
    word = finite.text.lower()
    return finite.tag == "VBZ" or word in _SINGULAR_WORDS, word in _PLURAL_WORDS or finite.tag == "VBP"


def sentence_root(parsed: Parsed, start: int, end: int) -> Token | None:
    return next((t for t in parsed.tokens[start:end] if t.head == t.i), None)


def verbless_noun_roots(parsed: Parsed) -> Iterator[Token]:
    """The roots of the sentences the parser left without a main verb (see below)."""
    for start, end in parsed.sentences:
        root = verbless_noun_root(parsed, start, end)
        if root is not None:
            yield root


def verbless_noun_root(parsed: Parsed, start: int, end: int) -> Token | None:
    """The sentence's root when the parser left it a noun with no subject, copula or auxiliary: no main verb."""
    root = sentence_root(parsed, start, end)
    if root is None or root.pos not in ("NOUN", "PROPN") or parsed.children(root.i, "cop", "nsubj", "aux"):
        return None
    return root


NOMINAL = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})


NAMING = frozenset("elect name appoint make crown declare vote choose call".split())


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def rehang(parsed: Parsed, tokens: list[Token], word: Token, head: int, keep: int | None = None,
           after: int = -1) -> None:
    """The word's dependents (but `keep`, and those up to token `after`) hung on `head`: what a misread word held
    goes to the word that takes its place."""
    for child in parsed.children(word.i):
        if child.i != keep and child.i > after:
            tokens[child.i] = replace(child, head=head)


def subordinate(parsed: Parsed, token: Token) -> bool:
    """In a clause opened by a subordinator ("after", "since", "that"), at any depth."""
    return any(parsed.children(t.i, "mark") for t in [token, *parsed.ancestors(token.i)])


SUBORDINATORS = frozenset("since after before until when as while because once".split())


POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
ADVERBIAL_PREPOSITIONS = frozenset("after before during since until despite following amid".split())


TIME_WORDS = frozenset("day week weekend month year quarter morning afternoon evening night season".split())


CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow""".split())


PLAIN_PREPOSITIONS = frozenset("at on by for with during before after amid in".split())


def verb_above(parsed: Parsed, token: Token) -> Token | None:
    """The nearest verb among the token and what it hangs on: the clause a misplaced phrase belongs to."""
    return next((up for up in [token, *parsed.ancestors(token.i)] if up.pos == "VERB"), None)


def on_a_verb(dep: str) -> str:
    """The relation a noun's modifier takes when it moves onto a verb: "nmod" becomes "obl", subtypes kept
    ("nmod:unmarked" -> "obl:unmarked"); a participle clause ("acl") becomes an adverbial one ("advcl")."""
    return "advcl" if dep == "acl" else dep.replace("nmod", "obl", 1)
