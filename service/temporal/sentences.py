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


class Sentences:
    """Sentence spans of one text, computed once and looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        for match in _SENTENCE_END.finditer(text):
            before = text[max(0, match.start() - 6):match.start()]
            if match.group().startswith("\n") or not _ABBREVIATIONS.search(before):
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


