"""Loading the spaCy pipeline and turning its Doc into a `Parsed`.

The shipped pipeline (service/nlp/model/, trained on UD English-EWT by `make model`) is the
default; `SPACY_PIPELINE` names any other installed pipeline or a path to one. Sentence
boundaries come from the same splitter the temporal tagger uses, so a sentence is one unit for
dates and events alike; the parser respects boundaries set before it runs.
"""

from __future__ import annotations

import gc
import itertools
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


# Generations of mobile networks and screen resolutions: one word each in news ("5G masts", "a 4K camera"), not a
# number and a unit as the tokenizer's rules read them
_WHOLE_WORDS = (*(f"{n}G" for n in range(2, 7)), "4K", "8K")


@lru_cache(maxsize=4)
def _load(name: str) -> Any:
    import spacy
    from spacy.language import Language
    from spacy.symbols import ORTH

    if not Language.has_factory("news_sentences"):
        Language.component("news_sentences", func=_set_sentences)
    nlp = spacy.load(name, exclude=["senter", "ner"])
    for word in _WHOLE_WORDS:  # the tokenizer splits a number from a unit after it ("4" "G"): these are names
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
        nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: word}, {ORTH: "."}])  # (a capital and a full stop
        # would otherwise stay one token, as an initial does)
    if "news_sentences" not in nlp.pipe_names:
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        nlp.add_pipe("news_sentences", before=first) if first else nlp.add_pipe("news_sentences")
    # the pipeline lives as long as the process: moved out of the collector's reach, a full collection
    # during a long article no longer walks through it again and again
    gc.freeze()
    return nlp


def pipeline(name: str | None = None) -> Any:
    """The loaded spaCy pipeline (cached per process; loading takes about a second)."""
    with _LOCK:
        return _load(name or pipeline_name())


def _set_sentences(doc: Any) -> Any:
    """The same tokens with sentence starts where the tagger's splitter puts them (a new Doc: setting
    `is_sent_start` token by token re-checks the whole document each time)."""
    from spacy.tokens import Doc

    words = [t.text for t in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc],
               sent_starts=_sentence_starts(doc.text, [t.idx for t in doc], words))


def _sentence_starts(text: str, offsets: list[int], words: list[str]) -> list[bool]:
    """Which tokens start a sentence: those at or past a start of the tagger's splitter, and a run of whitespace
    ("\n\n") and the token after it, so that the parser, which never saw one in training, cannot make whitespace
    the head of a sentence."""
    starts = Sentences(text).starts
    flags: list[bool] = []
    k = 0
    previous_end = 0
    previous_space = False
    for i, (offset, word) in enumerate(zip(offsets, words, strict=True)):
        while k < len(starts) and starts[k] < previous_end:
            k += 1
        space = not word.strip()
        flags.append(i == 0 or space or previous_space or (k < len(starts) and starts[k] <= offset))
        previous_end = offset + len(word)
        previous_space = space
    return flags


def parse(text: str, name: str | None = None) -> Parsed:
    """Parse `text` once: tokens, lemmas, tags, morphology, dependencies and sentences.

    The text is tokenised once, then tagged in blocks of whole sentences (one spaCy Doc of a whole book
    costs more per word than the same words in pieces); the parser takes each sentence as a Doc of its own
    with the same token vectors, many sentences in one batch, so it steps through them side by side (one
    matrix product per step for all of them, not one per step of a single long document). No tree crosses
    a sentence either way, and the cost grows with the text, no faster. Annotations are read as arrays,
    not token by token."""
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, MORPH, POS, SPACY, TAG
    from spacy.tokens import Doc

    nlp = pipeline(name)
    made = nlp.make_doc(text)
    if not len(made):
        return Parsed(text, [], [])
    offsets, lengths, spacing = made.to_array([IDX, LENGTH, SPACY]).T.tolist()
    words = [text[a:a + n] for a, n in zip(offsets, lengths, strict=True)]
    spaces = [bool(s) for s in spacing]
    flags = _sentence_starts(text, offsets, words)
    bounds = [i for i, flag in enumerate(flags) if flag] + [len(words)]
    # whitespace-only runs ("\n\n") are sentences of their own, and no sentence worth reading
    sentences = [(a, b) for a, b in itertools.pairwise(bounds) if any(w.strip() for w in words[a:b])]
    taggers = [proc for component, proc in nlp.pipeline if component not in ("news_sentences", "parser")]
    parser = dict(nlp.pipeline).get("parser")
    strings = nlp.vocab.strings
    annotated: list[list[int]] = []  # lemma, pos, tag, morph per token
    units: list[Any] = []
    k = 0  # next sentence
    for a, b in _blocks(offsets, bounds):
        doc = Doc(nlp.vocab, words=words[a:b], spaces=spaces[a:b], sent_starts=flags[a:b])
        for proc in taggers:
            doc = proc(doc)
        annotated += doc.to_array([LEMMA, POS, TAG, MORPH]).tolist()
        while k < len(sentences) and sentences[k][0] < b:
            first, last = sentences[k]
            unit = Doc(nlp.vocab, words=words[first:last], spaces=spaces[first:last],
                       sent_starts=[True] + [False] * (last - first - 1))
            unit.tensor = doc.tensor[first - a:last - a]
            units.append(unit)
            k += 1
    heads = list(range(len(words)))
    deps = ["ROOT"] * len(words)  # whitespace is a sentence of its own, its own root
    if parser is not None:
        for first in range(0, len(units), _PARSE_BATCH):
            batch = units[first:first + _PARSE_BATCH]
            parser.set_annotations(batch, parser.predict(batch))
        for (a, _), unit in zip(sentences, units, strict=True):
            arcs = unit.to_array([HEAD, DEP])
            relative = arcs[:, 0].astype("int64").tolist()  # stored unsigned, read signed
            for i, (head, dep) in enumerate(zip(relative, arcs[:, 1].tolist(), strict=True), start=a):
                heads[i] = i + head
                deps[i] = strings[dep] or "dep"
    pos_names = _pos_names()
    tokens = [Token(i=i, text=words[i], start=offsets[i], end=offsets[i] + lengths[i],
                    lemma=strings[lemma] or words[i], pos=pos_names.get(pos, ""), tag=strings[tag], dep=deps[i],
                    head=heads[i], morph=_feats(strings[morph]), space=spaces[i])
              for i, (lemma, pos, tag, morph) in enumerate(annotated)]
    return Parsed(text, tokens, sentences)


BLOCK_CHARS = 10_000  # a text is tagged in blocks of whole sentences of about this many characters


def _blocks(offsets: list[int], bounds: list[int]) -> list[tuple[int, int]]:
    """[start, end) token ranges of about BLOCK_CHARS characters, cut where a sentence starts."""
    spans, start = [], 0
    for cut in bounds[1:-1]:
        if offsets[cut] - offsets[start] >= BLOCK_CHARS:
            spans.append((start, cut))
            start = cut
    spans.append((start, bounds[-1]))
    return spans


_PARSE_BATCH = 256  # sentences parsed side by side


@lru_cache(maxsize=1)
def _pos_names() -> dict[int, str]:
    from spacy.parts_of_speech import NAMES

    return {int(k): v for k, v in NAMES.items()}


def _feats(morph: str) -> str:
    return "" if morph == "_" else morph
