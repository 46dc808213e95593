"""Words of a sentence: content words for matching, and a short readable title."""

from __future__ import annotations

import re

_STOPWORDS = frozenset("""
a an the and or but of to in on at for with by from as is are was were be been being has have had do does did
that this these those it its it's he she they them his her their we our you your i me my not no than then there
here which who whom whose what when where why how also further previously additionally after before during since
until while over under about into onto between among said says say told according would could should will shall
may might must can one two first last next new such some any all both each more most other very just only even
still s mr ms mrs
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def stem(word: str) -> str:
    """A crude stem ('meetings' -> 'meet'), enough to match the same word across sources."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 2)


_LEADING = re.compile(r"^(?:(?:In addition|Additionally|Previously|However|Meanwhile|Moreover|Furthermore|Also|"
                      r"Following|Since|During|After|Before|While|On the other hand)\b[^,]*,\s*)+", re.I)


def headline(sentence: str, expression_start: int, expression_end: int, max_words: int = 14) -> str:
    """A short title from the sentence: the date phrase and leading connectives removed, cut at a clause."""
    before, after = sentence[:expression_start], sentence[expression_end:]
    before = re.sub(r"\b(?:on|in|at|during|since|by|of|from|until|the|this|last)\s*$", "", before, flags=re.I)
    text = re.sub(r"\s+", " ", f"{before.rstrip()} {after.lstrip()}").strip(" ,;:-\"“”")
    text = _LEADING.sub("", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    words = text.split()
    if len(words) > max_words:
        cut = max_words
        for i, w in enumerate(words[:max_words]):
            if i >= 6 and w.endswith((",", ";", ":")):
                cut = i + 1
                break
        words = words[:cut]
    title = " ".join(words).rstrip(",;:. ")
    return title[:1].upper() + title[1:] if title else sentence.strip()[:120]
