"""Build the project's own timex gold (JSONL, format A of ../shared/benchmarks) from marked-up articles.

The articles are written by hand with inline marks, `[[text|TYPE|value]]` or `[[text|TYPE|value|MOD]]`,
so annotation sits beside the words it is about and offsets are computed, never typed. Documents start
with `# doc: <id>` and `# dct: YYYY-MM-DD`; the first text line is the headline.

    python tests/gold/timex/build.py        # rewrites own_dev.jsonl and own_unseen.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
SPLITS = ("own_dev", "own_unseen")
_MARK = re.compile(r"\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^|\]]+)(?:\|([A-Z_]+))?\]\]")


def parse(source: str, split: str) -> list[dict]:
    docs = []
    for block in re.split(r"^# doc: ", source, flags=re.MULTILINE)[1:]:
        header, _, body = block.partition("\n")
        dct_line, _, body = body.partition("\n")
        dct = dct_line.removeprefix("# dct: ").strip()
        text, timexes = _unmark(body.strip("\n"))
        docs.append({"doc_id": header.strip(), "dct": dct, "dct_value": dct, "text": text, "timexes": timexes,
                     "corpus": f"timeline-service-{split}", "annotation_source": "written and annotated by hand",
                     "annotated_until": len(text)})
    return docs


def _unmark(marked: str) -> tuple[str, list[dict]]:
    text, timexes, cursor = [], [], 0
    length = 0
    for number, match in enumerate(_MARK.finditer(marked), 1):
        plain = marked[cursor:match.start()]
        text.append(plain)
        length += len(plain)
        words, kind, value, mod = match.groups()
        timex = {"start": length, "end": length + len(words), "text": words, "type": kind, "value": value,
                 "tid": f"t{number}"}
        if mod:
            timex["mod"] = mod
        timexes.append(timex)
        text.append(words)
        length += len(words)
        cursor = match.end()
    text.append(marked[cursor:])
    plain_text = "".join(text)
    if "[[" in plain_text or "]]" in plain_text:
        raise ValueError(f"malformed mark near: {plain_text[plain_text.find('[['):][:60]!r}")
    return plain_text, timexes


def build(split: str) -> str:
    docs = parse((HERE / f"{split}.txt").read_text(encoding="utf-8"), split)
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> int:
    for split in SPLITS:
        (HERE / f"{split}.jsonl").write_text(build(split), encoding="utf-8")
        docs = parse((HERE / f"{split}.txt").read_text(encoding="utf-8"), split)
        print(f"{split}: {len(docs)} documents, {sum(len(d['timexes']) for d in docs)} timexes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
