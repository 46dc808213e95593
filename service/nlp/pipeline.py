"""Loading the spaCy pipeline and turning its Doc into a `Parsed`.

The shipped pipeline (service/nlp/model/, trained on UD English-EWT by `make model`) is the
default; `SPACY_PIPELINE` names any other installed pipeline or a path to one. Sentence
boundaries come from the same splitter the temporal tagger uses, so a sentence is one unit for
dates and events alike; the parser respects boundaries set before it runs.
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from service.nlp.model import Parsed, Token
from service.temporal.sentences import Sentences

MODEL_DIR = Path(__file__).parent / "model" / "en_ewt_timeline"
_LOCK = threading.Lock()


def pipeline_name() -> str:
    return os.environ.get("SPACY_PIPELINE") or str(MODEL_DIR)


@lru_cache(maxsize=4)
def _load(name: str) -> Any:
    import spacy
    from spacy.language import Language

    if not Language.has_factory("news_sentences"):
        Language.component("news_sentences", func=_set_sentences)
    nlp = spacy.load(name, exclude=["senter", "ner"])
    if "news_sentences" not in nlp.pipe_names:
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        nlp.add_pipe("news_sentences", before=first) if first else nlp.add_pipe("news_sentences")
    return nlp


def pipeline(name: str | None = None) -> Any:
    """The loaded spaCy pipeline (cached per process; loading takes about a second)."""
    with _LOCK:
        return _load(name or pipeline_name())


def _set_sentences(doc: Any) -> Any:
    """The same tokens with sentence starts where the tagger's splitter puts them (a new Doc: setting
    `is_sent_start` token by token re-checks the whole document each time)."""
    from spacy.tokens import Doc

    starts = Sentences(doc.text).starts
    flags: list[bool] = []
    k = 0
    previous_end = 0
    previous_space = False
    for token in doc:
        # a token starts a sentence if a sentence start lies between it and the previous token; a run of
        # whitespace ("\n\n") stands alone, so the parser, which never saw one in training, cannot make it
        # the head of a sentence
        while k < len(starts) and starts[k] < previous_end:
            k += 1
        space = not token.text.strip()
        flags.append(token.i == 0 or space or previous_space or (k < len(starts) and starts[k] <= token.idx))
        previous_end = token.idx + len(token.text)
        previous_space = space
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               sent_starts=flags)


BLOCK_CHARS = 10_000  # a text longer than this is parsed in blocks of whole sentences


def parse(text: str, name: str | None = None) -> Parsed:
    """Parse `text` once: tokens, lemmas, tags, morphology, dependencies and sentences. A long text is parsed in
    blocks of whole sentences (no tree crosses a sentence, so nothing is lost): one spaCy Doc of a whole book
    costs more per word than the same words in pieces, and the cost should grow with the text, no faster."""
    nlp = pipeline(name)
    if len(text) <= BLOCK_CHARS:
        return from_doc(nlp(text))
    blocks = _blocks(text)
    parts = [from_doc(doc) for doc in nlp.pipe(text[a:b] for a, b in blocks)]
    return _joined(text, [a for a, _ in blocks], parts)


def _blocks(text: str) -> list[tuple[int, int]]:
    """[start, end) character spans of about BLOCK_CHARS, cut where a sentence starts."""
    spans, start = [], 0
    for cut in Sentences(text).starts:
        if cut - start >= BLOCK_CHARS:
            spans.append((start, cut))
            start = cut
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _joined(text: str, offsets: list[int], parts: list[Parsed]) -> Parsed:
    """The blocks' parses as one, token indices and character offsets moved to where each block starts."""
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    for offset, part in zip(offsets, parts, strict=True):
        base = len(tokens)
        tokens += [replace(t, i=t.i + base, start=t.start + offset, end=t.end + offset, head=t.head + base)
                   for t in part.tokens]
        sentences += [(a + base, b + base) for a, b in part.sentences]
    return Parsed(text, tokens, sentences)


def from_doc(doc: Any) -> Parsed:
    tokens = [Token(i=t.i, text=t.text, start=t.idx, end=t.idx + len(t.text), lemma=t.lemma_ or t.text,
                    pos=t.pos_, tag=t.tag_, dep=t.dep_ or "dep", head=t.head.i, morph=str(t.morph),
                    space=bool(t.whitespace_))
              for t in doc]
    # whitespace-only tokens ("\n\n") are sentences of their own, and no sentence worth reading
    sentences = [(s.start, s.end) for s in doc.sents if s.text.strip()] if len(doc) else []
    return Parsed(doc.text, tokens, sentences)
