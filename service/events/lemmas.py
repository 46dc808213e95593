"""Lemmas the event layer can trust for the verbs that decide what a predicate is.

A learned lemmatizer sometimes misses an inflection ("cancelled" -> "cancelle", "pleaded" ->
"pleade"); a verb's lemma is checked against lemminflect's English lexicon, and the verbs of the
lexicon's classes are recognised from their regular inflections as written as well.
"""

from __future__ import annotations

from functools import lru_cache

from service.events.lexicon import (
    CANCELLING,
    DESIRE,
    EXPECTING,
    FAILING,
    HAPPENING,
    LIGHT,
    MODIFYING_PARTICIPLES,
    PLANNING,
    POSTPONING,
    REPORTING,
    STATIVE,
)
from service.nlp import Token

KNOWN = (CANCELLING | POSTPONING | PLANNING | EXPECTING | FAILING | DESIRE | REPORTING | STATIVE | LIGHT
         | HAPPENING | MODIFYING_PARTICIPLES)
_SUFFIXES = (("lled", "l"), ("led", "l"), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
             ("ing", ""), ("ing", "e"), ("es", ""), ("s", ""))


@lru_cache(maxsize=8192)
def verb_lemmas(text: str) -> tuple[str, ...]:
    """The verbs a word form can be an inflection of, from lemminflect's English lexicon ("fell": fall, fell)."""
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(text, upos="VERB").get("VERB", ()))


@lru_cache(maxsize=8192)
def noun_lemmas(text: str) -> tuple[str, ...]:
    """The nouns a word form can be, from the same lexicon ("fair": fair; "quickly": none)."""
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(text, upos="NOUN").get("NOUN", ()))


@lru_cache(maxsize=8192)
def adjective_lemmas(text: str) -> tuple[str, ...]:
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(text, upos="ADJ").get("ADJ", ()))


@lru_cache(maxsize=8192)
def irregular_past(text: str) -> str | None:
    """The verb whose irregular past form the word is ("sank": sink, "shot": shoot), else None: the
    tagger learned from web text takes some news verbs for nouns."""
    from lemminflect import getInflection

    if text.endswith("ed"):
        return None
    for lemma in verb_lemmas(text):
        if lemma != text and text in getInflection(lemma, "VBD") + getInflection(lemma, "VBN"):
            return lemma
    return None


@lru_cache(maxsize=8192)
def _inflects(lemma: str, tag: str, text: str) -> bool:
    from lemminflect import getInflection

    return tag not in ("VBD", "VBN", "VBG", "VBZ") or text in getInflection(lemma, tag)


def base_form(token: Token) -> str:
    return _base_form(token.lemma, token.text, token.pos, token.tag)


@lru_cache(maxsize=16384)
def _base_form(lemma: str, text: str, pos: str, tag: str) -> str:
    """The dictionary form, from what the token says of itself (so the answer can be kept)."""
    lemma = lemma.lower()
    if lemma in KNOWN:
        return lemma
    text = text.lower()
    if pos in ("NOUN", "ADJ") and tag in ("NN", "JJ") and (past := irregular_past(text)):
        return past
    if pos not in ("VERB", "AUX", "ADJ"):
        return lemma
    if pos != "ADJ" and (candidates := verb_lemmas(text)):
        # "pleaded" -> plead, not a learned "pleade"; "fell" (VBD) is fall's past, not the verb "fell"
        fitting = [c for c in candidates if _inflects(c, tag, text)] or list(candidates)
        return lemma if lemma in fitting else fitting[0]
    for suffix, add in _SUFFIXES:
        if text.endswith(suffix) and (candidate := text[:len(text) - len(suffix)] + add) in KNOWN:
            return candidate
    return lemma


@lru_cache(maxsize=8192)
def simple_past_only(text: str) -> bool:
    """The form can only be a simple past ("broke", "rose", "began"; not "cut", "met" or "closed", which
    are participles too): a finite past, whatever the tagger made of it."""
    from lemminflect import getInflection

    word = text.lower()
    lemmas = verb_lemmas(word)
    return bool(lemmas) and all(word in getInflection(lemma, "VBD") and word not in getInflection(lemma, "VBN")
                                and word != lemma for lemma in lemmas)


@lru_cache(maxsize=8192)
def past_forms(lemma: str) -> tuple[str, ...]:
    """The simple past forms lemminflect knows for a verb ("hold" -> "held")."""
    from lemminflect import getInflection

    return tuple(getInflection(lemma, tag="VBD"))


@lru_cache(maxsize=8192)
def participles(lemma: str) -> tuple[str, ...]:
    """The past participles lemminflect knows for a verb ("lend" -> "lent")."""
    from lemminflect import getInflection

    return tuple(getInflection(lemma, tag="VBN"))


def simple_past(lemma: str) -> str:
    """The simple past of a verb ("defend" -> "defended", "hold" -> "held")."""
    forms = past_forms(lemma)
    return forms[0] if forms else lemma + ("d" if lemma.endswith("e") else "ed")
