"""Article -> event mentions: one per dated clause, with its trigger, title, participants and status."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from service.events.clauses import clause_of
from service.events.lexicon import ED_ADJECTIVES, EVENT_NOUNS, LIGHT_VERBS, RELATIVE_PRONOUNS
from service.events.model import EventMention
from service.events.participants import participants, split_possessives
from service.events.status import status_of
from service.events.text import content_words, headline, noun_phrase, tidy
from service.events.triggers import Trigger, find_trigger
from service.temporal import Expression, annotate
from service.temporal.sentences import Sentences

# Expressions that date an event: a calendar period, not a vague reference ("recently") or a span of time.
DATING_PRECISIONS = frozenset({"minute", "part of day", "day", "weekend", "week", "range", "part", "month", "season",
                               "quarter", "half", "year"})


def dating(expressions: Iterable[Expression]) -> list[Expression]:
    return [e for e in expressions if e.type in ("DATE", "TIME") and e.precision in DATING_PRECISIONS]


def extract_mentions(text: str, reference: date, language: str = "en",
                     expressions: list[Expression] | None = None) -> list[EventMention]:
    """The event mentions of one source, each dated by one expression of its sentence."""
    if expressions is None:
        expressions = annotate(text, reference, language)
    sentences = Sentences(text)
    mentions: list[EventMention] = []
    for expr in dating(expressions):
        mention = _mention(text, sentences.span(expr.start), expr)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _mention(text: str, sentence_span: tuple[int, int], expr: Expression) -> EventMention | None:
    s_start, s_end = sentence_span
    sentence = text[s_start:s_end]
    lead = len(sentence) - len(sentence.lstrip())
    quote = sentence.strip()
    q_start = s_start + lead
    rest = (text[q_start:expr.start] + text[expr.end:q_start + len(quote)]).strip(" ,.;:-()\n")
    if len(content_words(rest)) < 2:
        return None  # a dateline or a bare date: nothing happens in it
    c_start, c_end = clause_of(quote, expr.start - q_start, expr.end - q_start)
    clause = (q_start + c_start, q_start + c_end)
    trigger = find_trigger(text, *clause, exclude=(expr.start, expr.end))
    if trigger is None:  # the clause is only the date phrase: look at the whole sentence
        clause = (q_start, q_start + len(quote))
        trigger = find_trigger(text, *clause, exclude=(expr.start, expr.end))
    title = ""
    if trigger is not None and (trigger.text.lower() in LIGHT_VERBS or _relative(text, clause)):
        # "the summit ..., which took place last November": the event is the noun the clause hangs on
        noun = _antecedent_event(text, q_start, clause[0])
        if noun is not None:
            title = noun_phrase(text, noun[0], clause[0])
            trigger = Trigger(text[noun[0]:noun[1]], noun[0], noun[1], "noun")
    if not title and trigger is not None:
        title = headline(text, clause, (trigger.start, trigger.end), (expr.start, expr.end))
        if _relative(text, clause):  # "Wang Yi, who has visited France": name the antecedent
            verb_phrase = _drop_relative(title)
            antecedent = _antecedent_words(text, q_start, clause[0])
            title = tidy(f"{antecedent} {verb_phrase[:1].lower()}{verb_phrase[1:]}")
    if trigger is not None and trigger.kind == "noun" and len(title.split()) <= 3:
        title = _fuller_mention(text, q_start, trigger.text) or title
    clause_text = text[clause[0]:clause[1]]
    return EventMention(
        title=title or tidy(rest),
        status=status_of(clause_text),
        quote=quote,
        quote_start=q_start,
        quote_end=q_start + len(quote),
        expression=expr,
        trigger=trigger.text if trigger else None,
        trigger_start=trigger.start if trigger else None,
        trigger_end=trigger.end if trigger else None,
        participants=tuple(participants(split_possessives(clause_text))),
        words=content_words(text[clause[0]:expr.start] + " " + text[expr.end:clause[1]]),
    )


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _relative(text: str, clause: tuple[int, int]) -> bool:
    first = _WORD.search(text, clause[0], clause[1])
    return first is not None and first.group().lower() in RELATIVE_PRONOUNS


def _antecedent_event(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last event noun before `end` in the sentence: what a relative clause is about."""
    found = None
    for match in _WORD.finditer(text, start, end):
        if match.group().lower() in EVENT_NOUNS:
            found = match.span()
    return found


def _antecedent_words(text: str, start: int, end: int, max_words: int = 5) -> str:
    """The words just before a relative clause's comma, back to a boundary: its antecedent."""
    words = text[start:end].rstrip(" ,").split()
    kept: list[str] = []
    for word in reversed(words):
        if word.endswith((",", ";", ":")) or word.lower() in ("of", "in", "on", "at", "with", "by", "for", "to") \
                or len(kept) == max_words:
            break
        kept.insert(0, word)
    return " ".join(kept)


def _drop_relative(title: str) -> str:
    first, _, rest = title.partition(" ")
    return rest if first.lower() in RELATIVE_PRONOUNS else title


def _fuller_mention(text: str, before: int, noun: str, window: int = 600) -> str | None:
    """"This scheduled visit" names an event an earlier sentence describes ("Blinken's planned visit to
    Beijing"): reuse that fuller phrase for the title."""
    lower = noun.lower()
    region_start = max(0, before - window)
    best = None
    for match in re.finditer(rf"\b{re.escape(lower)}\b", text[region_start:before], re.IGNORECASE):
        at = region_start + match.start()
        words_before = text[max(region_start, at - 60):at].split()
        lead = []
        for word in reversed(words_before):
            modifier = word[:1].isupper() or word.endswith(("’s", "'s")) or word.lower() in ED_ADJECTIVES
            if not modifier or word.endswith((",", ".", ";", ":")):
                break
            lead.insert(0, word)
            if len(lead) == 3:
                break
        tail = noun_phrase(text, at, min(len(text), at + 120), max_words=6)
        phrase = tidy(" ".join([*lead, tail[:1].lower() + tail[1:]]))
        if len(phrase.split()) > 3:
            best = phrase
    return best
