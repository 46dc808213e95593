"""Text + reference date -> temporal expressions. Pure Python: no Flask, no database."""

from service.temporal.model import Expression, Tense
from service.temporal.tagger import annotate, parse_when

__all__ = ["Expression", "Tense", "annotate", "parse_when"]
