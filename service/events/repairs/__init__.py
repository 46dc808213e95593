"""Slips of the parser that English grammar leaves one reading for, mended once before extraction.

The project's parser learned from web text; news sentences trip it in a few recurring ways. Each repair
here relabels an arc only where no other reading is grammatical, so a right parse is never changed.
The repairs are grouped by what they mend: main verbs, arguments, attachments, single words.
"""

from __future__ import annotations

from service.events.repairs import arguments, attachments, main_verbs, words
from service.events.repairs.common import ASPECTUAL, INFINITIVE_TAKERS
from service.nlp import Parsed

__all__ = ["ASPECTUAL", "INFINITIVE_TAKERS", "repair"]


def repair(parsed: Parsed) -> Parsed:
    """The same tokens with the repairs below applied (the parse itself when nothing needs mending)."""
    original = parsed
    parsed = words.name_word_with_two_tags(parsed)
    parsed = words.noun_taken_for_a_preposition(parsed)
    parsed = main_verbs.prefixed_verbs(parsed)
    parsed = words.adjective_in_ing_taken_for_a_verb(parsed)
    parsed = words.finite_form_taken_for_a_complement(parsed)
    parsed = words.noun_taken_for_a_bare_infinitive(parsed)
    parsed = words.modifier_taken_for_a_bare_verb(parsed)
    parsed = words.noun_taken_for_a_verb_after_a_subordinator(parsed)
    parsed = words.noun_after_a_preposition(parsed)
    parsed = words.common_noun_opening_a_sentence(parsed)
    parsed = words.noun_with_an_object(parsed)
    parsed = main_verbs.root_verbless_sentences(parsed)
    parsed = main_verbs.verb_taken_for_a_prenominal_modifier(parsed)
    parsed = main_verbs.verbless_sentence_rebuilt(parsed)
    parsed = main_verbs.adjective_without_a_copula(parsed)
    parsed = main_verbs.modifier_with_an_auxiliary(parsed)
    parsed = main_verbs.verb_with_a_preposition(parsed)
    parsed = arguments.name_right_after_its_verb(parsed)
    parsed = arguments.noun_phrase_ending_on_its_head(parsed)
    parsed = attachments.adverbial_before_a_reported_clause(parsed)
    parsed = attachments.attribution_taken_for_a_modifier(parsed)
    parsed = attachments.relative_clause_taken_for_an_adverbial(parsed)
    parsed = attachments.subordinate_clause_taken_for_a_modifier(parsed)
    parsed = attachments.when_clause_taken_for_a_conjunct(parsed)
    parsed = attachments.subordinator_taken_for_a_preposition(parsed)
    parsed = main_verbs.finite_clause_on_a_noun(parsed)
    parsed = main_verbs.main_verb_after_an_aside(parsed)
    parsed = main_verbs.arranged_verb_taken_for_a_modifier(parsed)
    parsed = main_verbs.participle_aside_taken_for_the_root(parsed)
    parsed = main_verbs.participle_for_subject(parsed)
    parsed = arguments.subject_of_a_coordinated_clause(parsed)
    parsed = main_verbs.noun_taken_for_a_bare_verb(parsed)
    parsed = main_verbs.verb_before_infinitive(parsed)
    parsed = main_verbs.verb_taken_for_a_noun_root(parsed)  # after it: "plans to V" has its own repair
    parsed = arguments.subject_inside_its_apposition(parsed)
    parsed = arguments.name_set_off_before_its_description(parsed)
    parsed = arguments.one_subject_per_verb(parsed)
    parsed = arguments.subject_taken_for_an_adverbial(parsed)
    parsed = arguments.subject_before_its_subordinator(parsed)
    parsed = arguments.compound_of_a_verb(parsed)
    parsed = arguments.adjective_hung_on_a_verb(parsed)
    parsed = arguments.compound_with_a_preposition(parsed)
    parsed = arguments.name_before_its_verb(parsed)
    parsed = arguments.name_set_off_after_a_noun(parsed)
    parsed = arguments.phrase_joined_without_a_conjunction(parsed)
    parsed = attachments.particle_before_a_preposition(parsed)
    parsed = attachments.second_member_of_between(parsed)
    parsed = arguments.gerund_subject(parsed)
    parsed = attachments.verb_coordinated_with_a_function_word(parsed)
    parsed = arguments.noun_before_a_date(parsed)
    parsed = words.name_taken_for_an_adjective(parsed)
    parsed = words.word_repairs(parsed)
    parsed = words.past_tense_taken_for_a_participle(parsed)
    parsed = words.past_tense_by_agreement(parsed)
    return parsed if _is_forest(parsed) else original  # a repair must leave a tree, whatever the input


def _is_forest(parsed: Parsed) -> bool:
    """Every word reaches a root by its heads: no cycle."""
    done: set[int] = set()
    for token in parsed.tokens:
        path: set[int] = set()
        current = token
        while current.i not in done and current.head != current.i:
            if current.i in path:
                return False
            path.add(current.i)
            current = parsed.tokens[current.head]
        done |= path | {current.i}
    return True
