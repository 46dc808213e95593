"""The NLP backbone on UD English-EWT test: UPOS, XPOS, lemma, UAS, LAS, sentence boundaries, words/s.

    python -m benchmarks.nlp_model [--pipeline PATH_OR_NAME] [--limit N]

Tags, lemmas and trees are scored on gold tokens and gold sentences by the CoNLL 2018 shared task's
definitions: every word counts (punctuation included), LAS compares the universal part of the
relation (subtypes such as `obl:unmarked` are ignored), lemma is an exact match. Sentence
boundaries: F1 of predicted sentence starts over the test documents (ten gold sentences each), for
the trained parser alone and for the splitter the service puts before it (the temporal tagger's,
made for edited news, which web text without punctuation defeats). Speed: words per second on one
core (one thread), the whole pipeline as the service runs it, best of three.
"""

from __future__ import annotations

import argparse
import gzip
import os
import time
from dataclasses import dataclass
from pathlib import Path

TEST = Path(__file__).resolve().parent.parent / "service" / "nlp" / "training" / "data" / "en_ewt-ud-test.conllu.gz"


@dataclass
class Counts:
    words: int = 0
    upos: int = 0
    xpos: int = 0
    lemma: int = 0
    uas: int = 0
    las: int = 0
    starts_gold: int = 0
    starts_pred: int = 0
    starts_both: int = 0

    def line(self) -> str:
        def pct(n: int) -> str:
            return f"{100 * n / self.words:.1f}" if self.words else "n/a"
        p = self.starts_both / self.starts_pred if self.starts_pred else 0.0
        r = self.starts_both / self.starts_gold if self.starts_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"UPOS {pct(self.upos)}  XPOS {pct(self.xpos)}  lemma {pct(self.lemma)}  UAS {pct(self.uas)}  "
                f"LAS {pct(self.las)}  (gold tokens and sentences, {self.words:,} words); sentence boundaries "
                f"F1 {100 * f:.1f} (parser alone)")

    def boundaries(self) -> float:
        p = self.starts_both / self.starts_pred if self.starts_pred else 0.0
        r = self.starts_both / self.starts_gold if self.starts_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_docs(limit: int | None = None) -> list:
    from spacy.training.converters import conllu_to_docs

    text = gzip.decompress(TEST.read_bytes()).decode("utf-8")
    docs = list(conllu_to_docs(text, n_sents=10, no_print=True))
    return docs[:limit] if limit else docs


def evaluate(pipeline: str | None = None, limit: int | None = None) -> tuple[Counts, Counts]:
    """(scores with gold sentences, sentence boundaries of the parser alone and of the news splitter)."""
    from spacy.tokens import Doc

    from service.nlp.pipeline import pipeline as load

    nlp = load(pipeline)
    trained = [(name, proc) for name, proc in nlp.pipeline if name != "news_sentences"]
    splitter = dict(nlp.pipeline).get("news_sentences")
    counts, splitting = Counts(), Counts()
    for gold in gold_docs(limit):
        words, spaces = [t.text for t in gold], [bool(t.whitespace_) for t in gold]
        doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[bool(t.is_sent_start) for t in gold])
        alone = Doc(nlp.vocab, words=words, spaces=spaces)
        for _, proc in trained:
            doc, alone = proc(doc), proc(alone)
        split = splitter(Doc(nlp.vocab, words=words, spaces=spaces)) if splitter else alone
        for g, p, a, n in zip(gold, doc, alone, split, strict=True):
            counts.words += 1
            counts.upos += g.pos_ == p.pos_
            counts.xpos += g.tag_ == p.tag_
            counts.lemma += g.lemma_ == p.lemma_
            same_head = g.head.i == p.head.i
            counts.uas += same_head
            counts.las += same_head and g.dep_.split(":")[0].lower() == p.dep_.split(":")[0].lower()
            alone_head = g.head.i == a.head.i
            splitting.uas += alone_head
            splitting.las += alone_head and g.dep_.split(":")[0].lower() == a.dep_.split(":")[0].lower()
            splitting.words += 1
            if g.i:
                counts.starts_gold += bool(g.is_sent_start)
                counts.starts_pred += bool(a.is_sent_start)
                counts.starts_both += bool(g.is_sent_start and a.is_sent_start)
                splitting.starts_gold += bool(g.is_sent_start)
                splitting.starts_pred += bool(n.is_sent_start)
                splitting.starts_both += bool(g.is_sent_start and n.is_sent_start)
    return counts, splitting


def words_per_second(pipeline: str | None = None, repeats: int = 3) -> tuple[float, int]:
    from service.nlp.pipeline import pipeline as load

    nlp = load(pipeline)
    texts = [doc.text for doc in gold_docs()]
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        best = min(best, time.perf_counter() - start)
    return words / best, words


def model_size(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", default=None, help="an installed spaCy pipeline or a path (default: shipped)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N test documents")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from service.nlp.pipeline import pipeline_name

    name = args.pipeline or pipeline_name()
    print(f"  pipeline: {name}")
    counts, splitting = evaluate(args.pipeline, args.limit)
    print("  " + counts.line())
    print(f"  without gold sentences (the parser splits): UAS {100 * splitting.uas / splitting.words:.1f}  "
          f"LAS {100 * splitting.las / splitting.words:.1f}; sentence boundaries F1 "
          f"{100 * splitting.boundaries():.1f} with the news splitter the service puts first")
    rate, words = words_per_second(args.pipeline)
    size = f"{model_size(Path(name)):.1f} MB" if Path(name).exists() else "n/a"
    print(f"  speed: {rate:,.0f} words/s on one core ({words:,} words, best of 3); model size {size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
