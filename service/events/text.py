"""Words of a sentence: content words for matching, and a short readable title."""

from __future__ import annotations

import re

STOPWORDS = frozenset("""
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
    """Stems of the meaningful words; hyphenated compounds count whole and by part ("Biden-Xi")."""
    words = set()
    for word in _WORD.findall(text):
        for part in (word, *word.split("-")) if "-" in word else (word,):
            if part.lower() not in STOPWORDS and len(part) > 2:
                words.add(stem(part))
    return frozenset(words)


_BOUNDARY_BEFORE = frozenset("""
on in at during after before since while when that which who whom whose because although though following
despite amid according as if than to for with by from of into about over under between against and but or
said says say told tells stated states added adds noted reported
""".split()) - {"of", "and"}
_BOUNDARY_AFTER = frozenset("""
that which who whom whose while when because although though after before since following during as if than
amid according despite
""".split())
_REPORTING = frozenset("said says told stated announced reported added noted warned claimed".split())
_TRAILING = frozenset("on in at of the a an to for with by from and or during about as than over into".split())
_DATE_PREPOSITION = re.compile(r"\b(?:on|in|at|during|since|by|of|from|until|the|this|last|early|late|mid|between|"
                               r"through|around|about)\s*-?\s*$", re.IGNORECASE)
_WORD = re.compile(r"\S+")


def headline(text: str, clause: tuple[int, int], trigger: tuple[int, int], expression: tuple[int, int],
             max_words: int = 14) -> str:
    """A title from the clause: subject words before the trigger, the trigger, a few words of object.

    Stops at clause boundaries (commas, 'which', 'while'); the date phrase itself is cut out, since
    the timeline shows the date beside the title.
    """
    c_start, c_end = clause
    words = [m for m in _WORD.finditer(text, c_start, c_end)]
    if not words:
        return ""
    t_index = next((i for i, w in enumerate(words) if w.end() > trigger[0]), 0)
    first = t_index
    while first > 0 and t_index - first < 7:
        word = words[first - 1]
        if expression[0] <= word.start() < expression[1]:
            if text[expression[1]:expression[1] + 1] == ",":
                break  # "a tense period at the start of last year, linked to": the date closes a phrase
            first -= 1  # step over the date phrase and its preposition ("on Friday expressed")
            while first > 0 and words[first - 1].group().lower() in _BOUNDARY_BEFORE:
                first -= 1
            continue
        bare = word.group().strip("\"“”‘’()")
        if word.group().rstrip("\"“”‘’)").endswith((",", ";", ":")) or word.group().endswith(("”", '"')) \
                or bare.lower() in _BOUNDARY_BEFORE:
            break
        first -= 1
    last = next((i for i, w in enumerate(words) if w.end() >= trigger[1]), t_index)
    reporting = text[trigger[0]:trigger[1]].lower() in _REPORTING
    while last + 1 < len(words) and last - t_index < 8:
        if words[last].group().endswith((",", ";", ":", ".", "‘", "“")) or words[last + 1].group()[:1] in "‘“\"":
            break
        following = words[last + 1]
        nxt = following.group().lower().strip("\"“”‘’(")
        if expression[0] <= following.start() < expression[1]:
            if reporting and last + 2 < len(words):
                last += 1  # "said Thursday that ...": a reporting verb's date sits inside what was said
                continue
            break
        right_after = last == t_index or expression[0] <= words[last].start() < expression[1]
        if nxt in _BOUNDARY_AFTER and not (reporting and nxt == "that" and right_after):
            break
        last += 1
    span_start, span_end = words[first].start(), words[last].end()
    piece = text[span_start:span_end]
    if span_start < expression[1] and expression[0] < span_end:
        head = _DATE_PREPOSITION.sub("", text[span_start:max(span_start, expression[0])])
        piece = head + " " + text[min(max(expression[1], span_start), span_end):span_end]
    return tidy(piece, max_words)


def noun_phrase(text: str, start: int, end: int, max_words: int = 10) -> str:
    """The phrase from an event noun to the next break: "summit between Joe Biden and Xi Jinping"."""
    words = []
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if words and word.lower().strip("\"“”‘’(") in _BOUNDARY_AFTER:
            break
        words.append(word)
        if word.endswith((",", ";", ":", ".")) or len(words) == max_words:
            break
    return tidy(" ".join(words), max_words)


def tidy(piece: str, max_words: int = 14) -> str:
    """Whitespace, stray punctuation, unmatched quotes and a leading article removed; first letter capital."""
    piece = re.sub(r"\s+", " ", piece).strip(" ,;:.-—–")
    piece = re.sub(r"\s+([,.;:])", r"\1", piece)
    for opening, closing in (("“", "”"), ("(", ")")):
        if piece.count(opening) != piece.count(closing):
            piece = piece.replace(opening, "").replace(closing, "")
    if piece.count('"') % 2:
        piece = piece.replace('"', "")
    piece = re.sub(r"^(?:the|a|an|this|that)\s+", "", piece, flags=re.IGNORECASE)
    words = piece.split()[:max_words]
    while words and words[-1].lower().strip(",;:") in _TRAILING:
        words.pop()
    piece = " ".join(words).rstrip(",;: ‘“")
    return piece[:1].upper() + piece[1:]
