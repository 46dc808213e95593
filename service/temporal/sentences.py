"""Sentence spans of a text, robust to abbreviations ("U.S.", "Feb.") and headlines (a line is a sentence)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

# A sentence ends at . ! ? followed by space and a capital/quote/digit, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z0-9\"“‘(])|\n+")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|a\.m|p\.m)\.)$"
)

# A dateline opens a news story: "BASEL, Switzerland — Veltrion reported ...", and in wire copy with the date
# and the agency: "LONDON, March 7 (Reuters) - Britain's regulator fined ...". The place in capitals is no part
# of the first sentence (a parser would take it for the subject), so the sentence starts after the dash; a
# plain hyphen counts only after the date or the agency's name, where it cannot join two words.
_PLACE = r"[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][A-Za-z.'’ -]{1,40})?"
_DAY = r",\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
_AGENCY = r"\s+\([A-Z][A-Za-z&.’' ]{1,30}\)"
_DATELINE = re.compile(rf"{_PLACE}(?:{_DAY})?(?:{_AGENCY})?\s+(?:—|–|--)\s+"
                       rf"|{_PLACE}(?:{_DAY}(?:{_AGENCY})?|{_AGENCY})\s+-\s+")


# An abbreviation that often ends a sentence: a time of day ("at about 6 a.m. Temperatures were ...") or a firm's
# suffix ("Halden Co. The firm ..."). After it, a capital opens a new sentence unless it carries on the phrase: a
# day, a month or a time zone after a time ("6 a.m. Sunday", "9 p.m. GMT"), any name after a firm's suffix.
_CLOSING = re.compile(r"\b(?:a\.m|p\.m|Inc|Corp|Ltd|Co)\.$")
_CARRIES_ON = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
                         r"GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|local)\w*\b")
# words that open a sentence (articles, pronouns, conjunctions, prepositions), never a name's continuation
_OPENING = re.compile(r"(?:The|A|An|It|Its|He|She|His|Her|They|Their|We|I|This|That|These|Those|But|And|In|On|"
                      r"At|By|For|After|Before|When|While|If|As|There|Some|Many|Most|No)\b")


def _closing_abbreviation(before: str, text: str, start: int) -> bool:
    """The abbreviation ends its sentence: see _CLOSING."""
    found = _CLOSING.search(before)
    if found is None:
        return False
    if found.group().startswith(("a.", "p.")):
        return _CARRIES_ON.match(text, start) is None
    return _OPENING.match(text, start) is not None


class Sentences:
    """Sentence spans of one text, computed once and looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        for match in _SENTENCE_END.finditer(text):
            before = text[max(0, match.start() - 6):match.start()]
            if match.group().startswith("\n") or not _ABBREVIATIONS.search(before) \
                    or _closing_abbreviation(before, text, match.end()):
                starts.append(match.end())
        for start in list(starts):
            dateline = _DATELINE.match(text, start)
            if dateline is not None:
                starts.append(dateline.end())
        self.starts = sorted(set(starts))

    def index(self, offset: int) -> int:
        """Number of the sentence holding `offset`, counting from 0."""
        return bisect.bisect_right(self.starts, offset) - 1

    def span(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.starts[index], end

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for i, start in enumerate(self.starts):
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            yield start, end


