"""`make model`: train the project's English pipeline on UD English-EWT and install it in the repository.

    python -m service.nlp.train [--work build/ewt] [--output service/nlp/model/en_ewt_timeline]

Reproducible: the treebank ships with the repository (service/nlp/training/data), the config fixes
the seed and every setting, and the run is the same on any machine with the same spaCy.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
CONFIG = HERE / "training" / "ewt.cfg"
DATA = HERE / "training" / "data"
OUTPUT = HERE / "model" / "en_ewt_timeline"
SENTENCES_PER_DOC = 10  # documents of several sentences, so the parser learns where sentences end

MODEL_README = """# en_ewt_timeline

The event-timeline service's English pipeline (spaCy {spacy}): tok2vec (CNN), tagger (XPOS),
morphologizer (UPOS and features), trainable lemmatizer and dependency parser, trained by
`make model` (service/nlp/train.py, config service/nlp/training/ewt.cfg, seed fixed).

Training data: Universal Dependencies English Web Treebank (UD_English-EWT v2.15/2.16), train
split; model selection on its dev split. Annotations (c) 2013-2021 The Board of Trustees of The
Leland Stanford Junior University, licensed CC BY-SA 4.0; see LICENSE-UD-EWT.txt. This model is
a derived work of those annotations and is distributed under the same licence (CC BY-SA 4.0).

Accuracy on EWT test (gold tokens) and speed: `make bench` prints them.
"""


def convert(conllu_gz: Path, output: Path) -> Path:
    """CoNLL-U -> spaCy's binary corpus, grouping sentences into documents."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    text = gzip.decompress(conllu_gz.read_bytes()).decode("utf-8")
    docs = list(conllu_to_docs(text, n_sents=SENTENCES_PER_DOC, no_print=True))
    path = output / (conllu_gz.name.removesuffix(".conllu.gz") + ".spacy")
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("build/ewt"), help="scratch directory")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where the trained pipeline goes")
    args = parser.parse_args(argv)
    import spacy
    from spacy.cli.train import train

    args.work.mkdir(parents=True, exist_ok=True)
    corpus = {split: convert(DATA / f"en_ewt-ud-{split}.conllu.gz", args.work) for split in ("train", "dev")}
    trained = args.work / "out"
    train(CONFIG, trained, overrides={"paths.train": str(corpus["train"]), "paths.dev": str(corpus["dev"])})
    install(trained / "model-best", args.output, spacy.__version__)
    print(f"installed {args.output}")
    return 0


def install(model: Path, output: Path, spacy_version: str) -> None:
    """Copy the chosen checkpoint with its name, licence and attribution."""
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(model, output)
    meta_path = output / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(name="ewt_timeline", version="1.0.0", license="CC BY-SA 4.0",
                description="Tagger, morphologizer, lemmatizer and parser trained on UD English-EWT for the "
                            "event-timeline service",
                sources=[{"name": "Universal Dependencies English Web Treebank", "license": "CC BY-SA 4.0",
                          "url": "https://github.com/UniversalDependencies/UD_English-EWT"}])
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    shutil.copy(DATA / "LICENSE-UD-EWT.txt", output / "LICENSE-UD-EWT.txt")
    (output / "README.md").write_text(MODEL_README.format(spacy=spacy_version))


if __name__ == "__main__":
    sys.exit(main())
