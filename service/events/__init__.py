"""A source's text and its expressions -> event mentions -> merged events. Pure: no Flask, no database."""

from service.events.extract import extract_mentions
from service.events.merge import best_title, compatible, conflicting, match, narrowest, same_event
from service.events.model import EventMention
from service.events.status import consensus_status

__all__ = [
    "EventMention",
    "best_title",
    "compatible",
    "conflicting",
    "consensus_status",
    "extract_mentions",
    "match",
    "narrowest",
    "same_event",
]
