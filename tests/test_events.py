"""Event mentions, status, titles, merging and ordering, on texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from service.events import extract_mentions
from service.events.clauses import clause_of
from service.events.document_date import estimate_publication
from service.events.participants import participants
from service.events.status import consensus_status, status_of
from service.temporal.sentences import Sentences

REF = date(2021, 6, 14)  # a Monday


def mention_for(text: str, expression_text: str, reference: date = REF):
    found = [m for m in extract_mentions(text, reference) if m.expression.text == expression_text]
    assert len(found) == 1, [(m.expression.text, m.title) for m in extract_mentions(text, reference)]
    return found[0]


def test_sentences_survive_abbreviations_quotes_and_headlines():
    text = ("Storm closes ports\nThe U.S. Coast Guard said on Feb. 3 that Mr. Alvarez left. "
            "\"We are safe,\" he said. Boats returned on Sunday.")
    spans = [text[a:b].strip() for a, b in Sentences(text)]
    assert spans == ["Storm closes ports", "The U.S. Coast Guard said on Feb. 3 that Mr. Alvarez left.",
                     "\"We are safe,\" he said.", "Boats returned on Sunday."]


def test_trigger_is_the_predicate_the_date_attaches_to():
    text = "Rescuers said the navy sank the drifting tanker on May 30 after a fire."
    mention = mention_for(text, "May 30")
    assert mention.trigger == "sank"
    assert text[mention.trigger_start:mention.trigger_end] == "sank"
    assert mention.title.startswith("Navy sank the drifting tanker")


def test_phrasal_verbs_keep_their_particle():
    mention = mention_for("The army shot down a drone on Friday near the border.", "Friday")
    assert mention.trigger == "shot down"
    assert mention.title == "Army shot down a drone"


def test_an_introductory_phrase_keeps_its_own_date():
    text = "Following the collapse of the bridge on June 2, the mayor resigned."
    assert mention_for(text, "June 2").trigger == "collapse"


def test_a_clause_split_keeps_the_date_with_its_own_verb():
    text = "The storm early this month flooded the valley and delayed the harvest festival."
    sentence = text
    start = text.index("early this month")
    a, b = clause_of(sentence, start, start + len("early this month"))
    assert "delayed" not in sentence[a:b]


@pytest.mark.parametrize("clause, status", [
    ("the ministers met in Oslo on Tuesday", "occurred"),
    ("the visit, which was supposed to take place on June 3", "postponed"),
    ("the summit was postponed until next year", "postponed"),
    ("organisers called off the concert scheduled for Friday", "cancelled"),
    ("she abruptly abandoned a planned trip to Lagos", "postponed"),
    ("the minister is expected to visit Kyiv on Thursday", "expected"),
    ("the league plans to hold the final on May 2", "planned"),
    ("the president will travel to Paris on Monday", "planned"),
])
def test_status_from_clause_cues(clause, status):
    assert status_of(clause) == status


def test_a_postponed_visit_never_reads_as_occurred():
    text = "The trade mission, which was supposed to take place on June 8-9, would have been the first in years."
    mention = mention_for(text, "June 8-9")
    assert mention.status == "postponed"
    assert mention.expression.edtf == "2021-06-08/2021-06-09"


def test_consensus_status_prefers_majority_then_caution():
    assert consensus_status(["occurred", "occurred", "planned"]) == "occurred"
    assert consensus_status(["occurred", "postponed"]) == "postponed"


def test_participants_are_named_spans_without_function_words():
    names = participants("During the talks in Geneva, Foreign Minister Ana Lopes met the U.N. envoy.")
    assert names == ["Geneva", "Foreign Minister Ana Lopes", "U.N."]


def test_a_relative_clause_title_names_its_antecedent():
    text = "Minister Ana Lopes, who visited Lagos and Accra this week, is expected in Nairobi."
    assert mention_for(text, "this week").title.startswith("Minister Ana Lopes visited Lagos and Accra")


def test_an_event_noun_with_a_light_verb_titles_the_noun():
    text = "Delegates recalled the summit between the two prime ministers, which took place last October in Oslo."
    mention = mention_for(text, "last October")
    assert mention.trigger == "summit"
    assert mention.title.startswith("Summit between the two prime ministers")


def test_publication_date_is_estimated_from_explicit_dates_and_weekdays():
    estimate = estimate_publication("Markets fell on 8 March 2021. On Thursday traders sold again.", date(2030, 1, 1))
    assert estimate.date == date(2021, 3, 11)
    assert "latest explicit date" in estimate.basis
    assert estimate_publication("No dates at all.", date(2030, 1, 1)).date == date(2030, 1, 1)


def test_undated_definite_mentions_are_found_where_no_date_is():
    from service.events.undated import extract_undated
    from service.temporal import annotate

    text = ("The army shot down a drone on Friday. Officials said the downing of the drone angered Moscow. "
            "Critics called the decision hasty.")
    found = extract_undated(text, annotate(text, REF))
    assert [(u.trigger, u.title) for u in found] == [("downing", "Downing of the drone")]
    assert text[found[0].trigger_start:found[0].trigger_end] == "downing"
