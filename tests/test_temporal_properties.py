"""The tagger on any input: never raises, deterministic, spans inside the text, no blow-up."""

from __future__ import annotations

import itertools
import time
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from service.temporal import annotate, parse_when

WORDS = ["on", "Saturday", "February", "4", "5-6", "last", "November", "2023", "the", "1990s", "early", "mid-",
         "March", "may", "two", "weeks", "ago", "from", "to", "between", "and", "at", "10:30", "a.m.", ",", ".",
         "every", "week", "Q1", "summer", "yesterday", "later", "-", "/", "02/04/2023", "2023-02-04", "'s"]

texts = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
references = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(texts, references)
@example("It rained later last week.", date(2023, 2, 19))  # was earliest 2023-02-19 after latest 2023-02-12
@example("It will rain earlier next week.", date(2023, 2, 19))
def test_never_raises_and_spans_lie_inside_the_text(text, reference):
    found = annotate(text, reference)
    for expr in found:
        assert 0 <= expr.start < expr.end <= len(text)
        assert text[expr.start:expr.end] == expr.text
        if expr.earliest and expr.latest:
            assert expr.earliest <= expr.latest
    assert [(e.start, e.end) for e in found] == sorted((e.start, e.end) for e in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found)), "expressions never overlap"


@settings(max_examples=100, deadline=None)
@given(texts, references)
def test_deterministic(text, reference):
    assert annotate(text, reference) == annotate(text, reference)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=100), references)
def test_parse_when_never_raises(when, reference):
    expr = parse_when(when, reference)
    assert expr is None or expr.type in ("DATE", "TIME")


def test_pathological_input_does_not_blow_up():
    """Long runs that tempt backtracking finish in time proportional to their length."""
    for chunk in ("1" * 5000, "-" * 5000, "February " * 1000, "2023-" * 1000, "5-6 " * 1000, "the " * 2000,
                  "every " * 1000, "mid-" * 1000, "10:30 " * 1000, "last last last " * 500):
        started = time.perf_counter()
        annotate(chunk, date(2023, 2, 19))
        assert time.perf_counter() - started < 5, chunk[:20]
