"""Loading the spaCy pipeline and turning its Doc into a `Parsed`.

The shipped pipeline (service/nlp/model/, trained on UD English-EWT by `make model`) is the
default; `SPACY_PIPELINE` names any other installed pipeline or a path to one. Sentence
boundaries come from the same splitter the temporal tagger uses, so a sentence is one unit for
dates and events alike; the parser respects boundaries set before it runs.
"""

from __future__ import annotations

import os
import threading
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
    starts = set(Sentences(doc.text).starts)
    for token in doc:
        if token.i == 0:
            token.is_sent_start = True
            continue
        # a token starts a sentence if a sentence starts between it and the previous token
        previous_end = doc[token.i - 1].idx + len(doc[token.i - 1].text)
        token.is_sent_start = any(previous_end <= s <= token.idx for s in _near(starts, previous_end, token.idx))
    return doc


def _near(starts: set[int], low: int, high: int) -> list[int]:
    return [s for s in range(low, high + 1) if s in starts]


def parse(text: str, name: str | None = None) -> Parsed:
    """Parse `text` once: tokens, lemmas, tags, morphology, dependencies and sentences."""
    doc = pipeline(name)(text)
    return from_doc(doc)


def from_doc(doc: Any) -> Parsed:
    tokens = [Token(i=t.i, text=t.text, start=t.idx, end=t.idx + len(t.text), lemma=t.lemma_ or t.text,
                    pos=t.pos_, tag=t.tag_, dep=t.dep_ or "dep", head=t.head.i, morph=str(t.morph),
                    space=bool(t.whitespace_))
              for t in doc]
    sentences = [(s.start, s.end) for s in doc.sents] if len(doc) else []
    # whitespace-only tokens ("\n\n") carry no analysis worth reading
    return Parsed(doc.text, tokens, sentences)
