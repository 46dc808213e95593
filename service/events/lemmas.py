"""Lemmas the event layer can trust for the verbs that decide what a predicate is.

A learned lemmatizer sometimes misses an inflection ("cancelled" -> "cancelle"); the verbs of the
lexicon's classes are recognised from their regular inflections as written as well.
"""

from __future__ import annotations

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


# English irregular past forms: the lemmatizer learned from web text misses some news verbs ("shot").
IRREGULAR = {past: base for base, forms in (
    ("shoot", "shot"), ("meet", "met"), ("hold", "held"), ("take", "took taken"), ("make", "made"),
    ("give", "gave given"), ("go", "went gone"), ("win", "won"), ("lose", "lost"), ("leave", "left"),
    ("begin", "began begun"), ("speak", "spoke spoken"), ("send", "sent"), ("fight", "fought"), ("buy", "bought"),
    ("sell", "sold"), ("tell", "told"), ("say", "said"), ("fly", "flew flown"), ("rise", "rose risen"),
    ("fall", "fell fallen"), ("strike", "struck"), ("become", "became"), ("write", "wrote written"),
    ("bring", "brought"), ("build", "built"), ("catch", "caught"), ("choose", "chose chosen"),
    ("draw", "drew drawn"), ("drive", "drove driven"), ("eat", "ate eaten"), ("feel", "felt"), ("find", "found"),
    ("forbid", "forbade forbidden"), ("freeze", "froze frozen"), ("get", "got gotten"), ("grow", "grew grown"),
    ("hang", "hung"), ("hide", "hid hidden"), ("keep", "kept"), ("know", "knew known"), ("lead", "led"),
    ("lend", "lent"), ("lie", "lay lain"), ("pay", "paid"), ("ride", "rode ridden"), ("run", "ran"),
    ("see", "saw seen"), ("seek", "sought"), ("shake", "shook shaken"), ("sink", "sank sunk"), ("sit", "sat"),
    ("spend", "spent"), ("stand", "stood"), ("steal", "stole stolen"), ("swear", "swore sworn"),
    ("teach", "taught"), ("tear", "tore torn"), ("think", "thought"), ("throw", "threw thrown"),
    ("wake", "woke woken"), ("wear", "wore worn"), ("withdraw", "withdrew withdrawn"), ("break", "broke broken"),
    ("bear", "bore borne"), ("bind", "bound"), ("bite", "bit bitten"), ("blow", "blew blown"),
    ("deal", "dealt"), ("dig", "dug"), ("flee", "fled"), ("forgive", "forgave forgiven"), ("slay", "slew slain"),
    ("swim", "swam swum"), ("undertake", "undertook undertaken"), ("overtake", "overtook overtaken"),
    ("arise", "arose arisen"), ("awake", "awoke awoken"), ("light", "lit"), ("mean", "meant"), ("hear", "heard"),
    ("stick", "stuck"), ("sting", "stung"), ("strive", "strove striven"), ("swing", "swung"), ("weep", "wept"),
) for past in forms.split()}


def base_form(token: Token) -> str:
    lemma = token.lemma.lower()
    if lemma in KNOWN:
        return lemma
    text = token.text.lower()
    if text in IRREGULAR and token.pos in ("VERB", "AUX", "NOUN", "ADJ") and token.tag in ("VBD", "VBN", "NN", "JJ"):
        return IRREGULAR[text]
    if token.pos not in ("VERB", "AUX", "ADJ"):
        return lemma
    for suffix, add in _SUFFIXES:
        if text.endswith(suffix) and (candidate := text[:len(text) - len(suffix)] + add) in KNOWN:
            return candidate
    return lemma
