"""A parsed text as plain values: what the event layer reads, whatever produced the tree."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the text with its Universal Dependencies analysis.

    `dep` keeps UD subtypes ("obl:unmarked", "nmod:poss"); `rel` is the base relation.
    """

    i: int
    text: str
    start: int  # character offsets into the text
    end: int
    lemma: str
    pos: str  # UPOS
    tag: str  # XPOS (Penn)
    dep: str
    head: int  # index of the head; the root points to itself
    morph: str = ""  # UD features, "Tense=Past|VerbForm=Fin"
    space: bool = True  # followed by whitespace
    rel: str = field(init=False, repr=False, compare=False)  # the base relation, read often enough to keep

    def __post_init__(self) -> None:
        object.__setattr__(self, "rel", self.dep.split(":", 1)[0].lower())

    def feature(self, name: str) -> str | None:
        for item in self.morph.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


@dataclass
class Parsed:
    """Tokens with their heads, the sentences as token ranges, and the children index."""

    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]  # [start, end) token indices
    _children: list[list[int]] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _by_rel: list[dict[str, list[Token]] | None] | None = field(default=None, repr=False)  # dependents by relation
    # what readers derive from the tree and ask for again and again (name chunks of a sentence): the tree never
    # changes once built (a repair builds a new Parsed), so the answers hold
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts = [t.start for t in self.tokens]
        self._sentence_starts = [s for s, _ in self.sentences]
        self._children = [[] for _ in self.tokens]
        for token in self.tokens:
            if token.head != token.i:
                self._children[token.head].append(token.i)

    def __len__(self) -> int:
        return len(self.tokens)

    def children(self, i: int, *rels: str) -> list[Token]:
        """Dependents of token i, optionally only those with one of the relations `rels`: a base relation ("nsubj",
        its subtypes too) or a subtype ("nmod:poss", that one only). A fresh list: the caller may keep or change it."""
        tokens = self.tokens
        if not rels:
            return [tokens[k] for k in self._children[i]]
        if len(rels) == 1 and ":" not in rels[0]:  # the common case, answered from an index of dependents by relation
            if self._by_rel is None:
                self._by_rel = [None] * len(tokens)
            by_rel = self._by_rel[i]
            if by_rel is None:  # built per word on first use: a repair's parse lives briefly, a word's index is cheap
                by_rel = self._by_rel[i] = {}
                for k in self._children[i]:
                    by_rel.setdefault(tokens[k].rel, []).append(tokens[k])
            return list(by_rel.get(rels[0], ()))
        return [tokens[k] for k in self._children[i] if tokens[k].rel in rels or tokens[k].dep in rels]

    def head(self, i: int) -> Token | None:
        token = self.tokens[i]
        return None if token.head == i else self.tokens[token.head]

    def ancestors(self, i: int) -> Iterator[Token]:
        seen = {i}
        while (up := self.head(i)) is not None and up.i not in seen:
            seen.add(up.i)
            yield up
            i = up.i

    def subtree(self, i: int) -> list[int]:
        """Token indices of i's subtree, in text order."""
        stack, found = [i], []
        while stack:
            j = stack.pop()
            found.append(j)
            stack.extend(self._children[j])
        return sorted(found)

    def sentence_number(self, i: int) -> int:
        """Index in `sentences` of the sentence token i is in (or would precede)."""
        return bisect.bisect_right(self._sentence_starts, i) - 1

    def sentence_of(self, i: int) -> tuple[int, int]:
        k = self.sentence_number(i)
        if 0 <= k < len(self.sentences) and self.sentences[k][0] <= i < self.sentences[k][1]:
            return self.sentences[k]
        return 0, len(self.tokens)

    def starts_sentence(self, i: int) -> bool:
        k = self.sentence_number(i)
        return 0 <= k < len(self.sentences) and self.sentences[k][0] == i

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the character span [start, end)."""
        k = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = []
        while k < len(self.tokens) and self.tokens[k].start < end:
            if self.tokens[k].end > start:
                found.append(self.tokens[k])
            k += 1
        return found

    def span_text(self, indices: list[int]) -> str:
        """The text from the first to the last of `indices`, as written."""
        if not indices:
            return ""
        return self.text[self.tokens[min(indices)].start:self.tokens[max(indices)].end]
