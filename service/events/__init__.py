"""A parsed article and its expressions -> event mentions -> merged events. Pure: no Flask, no database."""

from service.events.extract import extract_mentions
from service.events.lexicon import related, related_words
from service.events.merge import (
    Reading,
    best_title,
    cluster,
    mention_key,
    mention_windows,
    narrowest,
    near,
    same_happening,
    summary,
)
from service.events.model import EventMention, When
from service.events.names import canonical as canonical_names
from service.events.status import consensus_status

__all__ = [
    "EventMention",
    "Reading",
    "When",
    "best_title",
    "canonical_names",
    "cluster",
    "consensus_status",
    "extract_mentions",
    "mention_key",
    "mention_windows",
    "narrowest",
    "near",
    "related",
    "related_words",
    "same_happening",
    "summary",
]
