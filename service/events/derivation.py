"""Is a noun made from a verb? "resignation" from resign, "closure" from close; "parliament" and
"coalition" from none.

A nominalisation names the happening its verb names, so an "-ion", "-ment", "-ance", "-ure" or
"-al" noun is an event only when the suffix was added to a verb. A singular "-ing" noun ("the
signing", "its second reading", "an evening screening") is the verb's act, unless English has made
it a thing, a substance or a sum ("the building", "the funding": `THINGS_IN_ING`). The verbs come from
lemminflect's English lexicon; the stems tried undo English spelling at the joint ("decision" <-
decide, "admission" <- admit, "ratification" <- ratify, "occurrence" <- occur).
"""

from __future__ import annotations

from functools import lru_cache

NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "al")


def _stems(noun: str) -> list[str]:
    if noun.endswith("ification"):
        return [noun[:-9] + "ify"]
    if noun.endswith("ation"):
        return [noun[:-5], noun[:-5] + "e", noun[:-3] + "e"]
    if noun.endswith("ition"):
        return [noun[:-5], noun[:-5] + "e", noun[:-3] + "e"]
    if noun.endswith("tion"):
        return [noun[:-3], noun[:-3] + "e"]
    if noun.endswith("ission"):
        return [noun[:-5] + "t", noun[:-3]]
    if noun.endswith("sion"):
        return [noun[:-3], noun[:-3] + "e", noun[:-4] + "de", noun[:-4] + "d"]
    if noun.endswith("ment"):
        return [noun[:-4]]
    if noun.endswith(("ance", "ence")):
        stem = noun[:-4]
        stems = [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stems.append(stem[:-1])  # occurrence <- occur
        return stems
    if noun.endswith("ure"):
        return [noun[:-3], noun[:-3] + "e"]
    if noun.endswith("al"):
        return [noun[:-2], noun[:-2] + "e"]
    return []


# -ing nouns that name a thing, a substance or a sum rather than the act of their verb
THINGS_IN_ING = frozenset("""
building housing funding spending clothing ceiling evening morning setting earning saving feeling meaning
painting drawing recording holding belonging offering wording lending borrowing shipping marketing banking
mining engineering accounting training pricing financing timing rating ranking standing heading listing
filling stuffing dressing topping wiring plumbing lighting seating parking flooring packaging casing coating
""".split())


@lru_cache(maxsize=4096)
def act_of_verb(noun: str) -> bool:
    """ "signing", "screening", "reading": an -ing noun made from a verb, not a thing English made of one."""
    noun = noun.lower()
    if not noun.endswith("ing") or len(noun) < 6 or noun in THINGS_IN_ING:
        return False
    from lemminflect import getAllInflections

    stem = noun[:-3]
    stems = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return any(len(s) > 2 and getAllInflections(s, upos="VERB") for s in stems)


@lru_cache(maxsize=4096)
def from_verb(noun: str) -> bool:
    """The noun is a verb with a nominal suffix."""
    from lemminflect import getAllInflections

    return any(len(stem) > 2 and getAllInflections(stem, upos="VERB") for stem in _stems(noun.lower()))
