"""What the domain refuses, in its own words: the API turns each kind into a problem+json status
(service/api/framework.py), the CLI into a one-line message, so neither restates the rules."""

from __future__ import annotations


class Refused(Exception):
    """A request the domain will not carry out; `message` says why to the person who asked."""

    def __init__(self, message: str, field: str | None = None, messages: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field  # the request member at fault, if one is
        self.messages = messages or [message]


class Invalid(Refused):
    """Well-formed but unusable: a date that resolves to nothing, ids that do not exist (422)."""


class Conflicting(Refused):
    """Clashes with what is stored: a slug taken, the virtual `all` timeline changed (409)."""
