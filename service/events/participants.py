"""Participants: the people, organisations, places and products a clause names (capitalised spans)."""

from __future__ import annotations

import re

from service.temporal.lexicon import MONTHS, WEEKDAYS

_NAME = re.compile(r"[A-Z][\w.&-]*(?:\s+(?:(?:of|de|du|von|van|al|bin|for|the)\s+)?[A-Z][\w.&-]*)*")
_NOT_NAMES = frozenset("""
the a an in on at he she it they we i you his her its their our this that these those but and or if so as
during after before since while following according however previously additionally despite meanwhile also
there here when where what who why how mr mrs ms dr secretary president minister official officials
senior just many some several most other new former first last such both each every
""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def participants(text: str, limit: int = 8) -> list[str]:
    """Names in order of appearance, without leading function words or possessive endings."""
    found: list[str] = []
    for match in _NAME.finditer(text):
        name_text = match.group()
        if name_text.endswith(".") and not re.search(r"\.\w", name_text):
            name_text = name_text[:-1]  # a full stop, not an abbreviation like "U.S."
        words = name_text.split()
        while words and words[0].lower().strip(".") in _NOT_NAMES:
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        if name not in found:
            found.append(name)
        if len(found) == limit:
            break
    return found


def split_possessives(text: str) -> str:
    """"China’s Wang Yi" names two participants: cut at the possessive."""
    return re.sub(r"(?<=\w)[’']s\b", " ,", text)
