"""Is a noun made from a verb? "resignation" from resign, "closure" from close; "parliament" and
"coalition" from none.

A nominalisation names the happening its verb names, so an "-ion", "-ment", "-ance", "-ure",
"-al", "-y" ("delivery", "discovery") or "-sis" ("analysis") noun is an event only when the suffix was
added to a verb. The verbs come from
lemminflect's English lexicon; the stems tried undo English spelling at the joint ("decision" <-
decide, "admission" <- admit, "ratification" <- ratify, "occurrence" <- occur).
"""

from __future__ import annotations

from functools import lru_cache

NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "al", "very", "ysis")


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
    if noun.endswith("very"):
        return [noun[:-1]]  # delivery <- deliver, recovery <- recover
    if noun.endswith("ysis"):
        return [noun[:-3] + "se", noun[:-3] + "ze"]  # analysis <- analyse, paralysis <- paralyse
    return []


@lru_cache(maxsize=4096)
def from_verb(noun: str) -> bool:
    """The noun is a verb with a nominal suffix."""
    from lemminflect import getAllInflections

    return any(len(stem) > 2 and getAllInflections(stem, upos="VERB") for stem in _stems(noun.lower()))
