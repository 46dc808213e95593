"""Undated mentions: "the downing of the spy balloon", "the incident", "the summit" in a sentence with
no date of its own. They support an event dated elsewhere when the match is clear, and stay unlinked
otherwise: a wrong link would put a quote under the wrong date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from service.events.extract import dating
from service.events.lexicon import ED_ADJECTIVES, EVENT_NOUNS, IRREGULAR_PAST
from service.events.merge import Candidate, event_lemmas, event_names, event_words, lemma
from service.events.participants import participants, split_possessives
from service.events.text import STOPWORDS, content_words, tidy
from service.temporal import Expression
from service.temporal.sentences import Sentences

_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+((?:[\w’'-]+\s+){0,3}?)(" +
                       "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b")
_COMPLEMENT = frozenset("of between by with over against involving".split())
_STOP = frozenset("""is are was were be been has have had will would could can should must may might did does do
and but or that which who while as when after before since because""".split())
GENERIC = frozenset({"incident", "event", "affair"})  # nouns that name any event: matched by their other words


@dataclass(frozen=True)
class UndatedMention:
    title: str
    quote: str
    quote_start: int
    quote_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    participants: tuple[str, ...]
    words: frozenset[str]  # the phrase's own content words, without the trigger


def extract_undated(text: str, expressions: Iterable[Expression]) -> list[UndatedMention]:
    """Definite event phrases in sentences that no expression dates."""
    sentences = Sentences(text)
    dated = {sentences.span(e.start) for e in dating(expressions)}
    found = []
    for s_start, s_end in sentences:
        if (s_start, s_end) in dated:
            continue
        position = s_start
        while (mention := definite_phrase(text, position, s_end, (s_start, s_end))) is not None:
            found.append(mention)
            position = mention.trigger_end
    return found


def definite_phrase(text: str, start: int, end: int, sentence: tuple[int, int]) -> UndatedMention | None:
    """The first definite event phrase in text[start:end] ("the downing of the spy balloon")."""
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end]
    lead = len(sentence_text) - len(sentence_text.lstrip())
    quote = sentence_text.strip()
    for match in _DEFINITE.finditer(text, start, end):
        if any(_verbal(w) for w in match.group(1).split()):
            continue  # "that the US during the discussion": not one noun phrase
        noun_start, noun_end = match.span(2)
        phrase = _phrase(text, match.start(1) if match.group(1) else noun_start, noun_end, s_end)
        own = content_words(phrase) - content_words(match.group(2))
        return UndatedMention(
            title=tidy(phrase), quote=quote, quote_start=s_start + lead, quote_end=s_start + lead + len(quote),
            trigger=match.group(2), trigger_start=noun_start, trigger_end=noun_end,
            participants=tuple(participants(split_possessives(phrase))), words=frozenset(own))
    return None


def _verb_like(word: str) -> bool:
    lower = word.lower().strip(",.;:\"“”")
    return lower in _STOP or lower in IRREGULAR_PAST or (lower.endswith("ed") and lower not in ED_ADJECTIVES)


def _verbal(word: str) -> bool:
    """Not a modifier inside a noun phrase: a function word or a verb."""
    return word.lower().strip(",.;:\"“”") in STOPWORDS or _verb_like(word)


def _phrase(text: str, start: int, noun_end: int, limit: int) -> str:
    """Modifiers, the event noun, and an 'of'/'between' complement: 'downing of the spy balloon'."""
    words = text[noun_end:limit].split()
    tail: list[str] = []
    if words and words[0].lower() in _COMPLEMENT:
        for word in words[:6]:
            bare = word.lower().strip(",.;:\"“”")
            if tail and _verb_like(bare):
                break
            tail.append(word.rstrip(",.;:"))
            if word.endswith((",", ".", ";", ":")):
                break
    return " ".join([text[start:noun_end], *tail])


def link(mention: UndatedMention, same_source: Sequence[Candidate], nearby: Sequence[Candidate]) -> Candidate | None:
    """The one event the mention clearly refers to, or None.

    In its own source, "the summit" refers to the source's only summit (unless its own words say
    otherwise). Elsewhere, the phrase
    must share the event's kind (trigger lemma) and at least one more word or participant, and no
    other event may fit as well; of equal fits, one the same source already reports wins.
    """
    kind = lemma(mention.trigger)
    generic = mention.trigger.lower() in GENERIC
    own = [e for e in same_source if kind in event_lemmas(e)]
    if len(own) == 1 and (not mention.words or mention.words & event_words(own[0])):
        return own[0]  # the source's only event of this kind
    scored: list[tuple[tuple[int, int], Candidate]] = []
    seen: set[int] = set()
    names = {n.casefold() for n in mention.participants}
    own_ids = {e.id for e in same_source}
    for event in [*same_source, *nearby]:
        if event.id in seen or not (generic or kind in event_lemmas(event)):
            continue
        seen.add(event.id)
        support = len(mention.words & event_words(event)) + len(names & event_names(event))
        if support:
            scored.append(((support, event.id in own_ids), event))
    if not scored:
        return None
    scored.sort(key=lambda pair: pair[0], reverse=True)
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two events fit as well: not a clear match
    return scored[0][1]
