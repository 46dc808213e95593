"""Slips of the parser that English grammar leaves one reading for, mended once before extraction.

The project's parser learned from web text; news sentences trip it in a few recurring ways. Each repair
here relabels an arc only where no other reading is grammatical, so a right parse is never changed.
The repairs are grouped by what they mend: main verbs, arguments, attachments, single words.
"""

from __future__ import annotations

from collections.abc import Callable

from service.events.repairs import arguments, attachments, main_verbs, words
from service.events.repairs.common import ASPECTUAL, INFINITIVE_TAKERS
from service.nlp import Parsed

__all__ = ["ASPECTUAL", "INFINITIVE_TAKERS", "repair"]


# The repairs in the order they run: a later one may rely on what an earlier one mended.
REPAIRS: tuple[Callable[[Parsed], Parsed], ...] = (
    words.number_sign_torn_apart,
    words.name_word_with_two_tags,
    words.name_read_as_a_common_noun,
    words.lowercase_word_taken_for_a_name,
    words.age_taken_for_an_adjective,
    words.adjective_heading_a_phrase,
    words.noun_taken_for_a_predicative_adjective,
    words.noun_taken_for_a_preposition,
    words.counted_noun_taken_for_a_verb,
    words.determined_word_taken_for_a_verb,
    words.ing_word_before_its_noun_taken_for_a_verb,
    words.s_form_with_its_subject_taken_for_a_compound,
    words.gerund_after_a_verb_of_phase_taken_for_a_noun,
    words.due_read_as_a_preposition,
    words.adjective_after_a_linking_verb_taken_for_an_adverb,
    words.name_word_taken_for_a_verb,
    words.name_taken_for_a_number,
    words.hyphenated_word_torn_apart,
    words.plural_subject_taken_for_a_verb,
    main_verbs.prefixed_verbs,
    words.adjective_in_ing_taken_for_a_verb,
    words.ing_form_after_a_possessive,
    words.finite_form_taken_for_a_complement,
    words.noun_taken_for_a_bare_infinitive,
    words.modifier_taken_for_a_bare_verb,
    words.gerund_subject_after_a_subordinator,
    words.noun_after_a_preposition,
    words.common_noun_opening_a_sentence,
    words.noun_closing_the_subject,
    words.ing_form_with_an_agent,
    words.participle_taken_for_a_noun_after_be,
    words.passive_participle_taken_for_an_adjective,
    words.noun_with_an_object,
    words.past_form_with_subject_and_object_taken_for_a_modifier,
    main_verbs.root_verbless_sentences,
    main_verbs.copular_predicate_hung_on_its_subject,
    main_verbs.main_verb_hung_in_a_relative_clause,
    main_verbs.finite_verb_without_a_subject_in_a_verbless_sentence,
    main_verbs.verb_taken_for_a_prenominal_modifier,
    main_verbs.past_form_read_as_a_noun_after_a_name,
    main_verbs.verbless_sentence_rebuilt,
    main_verbs.present_verb_after_an_adverb,
    main_verbs.verb_after_a_date_after_its_subject,
    main_verbs.adjective_without_a_copula,
    main_verbs.modifier_with_an_auxiliary,
    main_verbs.verb_with_its_subject_taken_for_a_modifier,
    main_verbs.base_verb_after_a_modal,
    main_verbs.verb_after_due_to,
    main_verbs.verb_with_a_preposition,
    arguments.name_right_after_its_verb,
    arguments.close_apposition_taken_for_an_argument,
    arguments.name_split_at_the_subject,
    arguments.noun_phrase_ending_on_its_head,
    attachments.adverbial_before_a_reported_clause,
    attachments.adverbial_before_a_coordinator_taken_for_the_second_verbs,
    attachments.subject_of_a_reported_clause_taken_for_an_object,
    attachments.attribution_taken_for_a_modifier,
    attachments.attribution_after_a_comma,
    attachments.phrase_before_a_postposed_attribution,
    attachments.relative_clause_taken_for_an_adverbial,
    attachments.participle_set_off_after_its_noun,
    attachments.relative_clause_by_agreement,
    attachments.measured_time_taken_for_the_clause,
    attachments.phrase_after_an_apposition,
    attachments.aside_between_subject_and_verb,
    attachments.subject_taken_by_a_participle_aside,
    attachments.relative_clause_hung_on_a_verb,
    attachments.name_taken_for_the_subject_of_a_passive_relative,
    attachments.subject_of_a_second_clause_taken_for_a_conjunct,
    attachments.modifier_of_a_subject_taken_for_a_conjunct,
    attachments.infinitive_hung_on_a_date,
    attachments.passive_auxiliary_taken_for_a_copula,
    attachments.arranging_aside_taken_for_the_subject,
    attachments.subordinate_clause_taken_for_a_modifier,
    attachments.when_clause_taken_for_a_conjunct,
    attachments.subordinator_taken_for_a_preposition,
    attachments.clause_flattened_after_a_subordinator,
    attachments.verb_taken_for_a_noun_after_a_subordinator,
    main_verbs.finite_clause_on_a_noun,
    main_verbs.main_verb_after_an_aside,
    main_verbs.relative_clause_taken_for_its_clause,
    arguments.noun_hung_as_an_apposition_of_a_verb,
    main_verbs.arranged_verb_taken_for_a_modifier,
    main_verbs.participle_aside_taken_for_the_root,
    main_verbs.participle_aside_after_its_subject,
    main_verbs.participle_aside_taken_for_an_adverbial,
    main_verbs.main_verb_inside_the_subject,
    main_verbs.passive_inside_the_subject,
    main_verbs.participle_with_an_agent_taken_for_the_root,
    main_verbs.participle_taken_for_the_root_before_a_finite_passive,
    main_verbs.past_form_taken_for_a_gerunds_modifier,
    main_verbs.participle_for_subject,
    main_verbs.main_verb_taken_for_a_modifier_before_a_subordinate,
    arguments.noun_taken_for_an_auxiliary,
    arguments.subject_taken_for_its_participle,
    arguments.subject_of_a_coordinated_clause,
    main_verbs.noun_taken_for_a_bare_verb,
    main_verbs.verb_before_infinitive,
    main_verbs.verb_taken_for_a_noun_root,  # after it: "plans to V" has its own repair
    arguments.subject_inside_its_apposition,
    arguments.name_set_off_before_its_description,
    arguments.subject_after_a_fronted_phrase,
    arguments.article_taken_for_a_subject,
    main_verbs.first_clause_verb_taken_for_a_modifier,
    arguments.one_subject_per_verb,
    arguments.subject_before_its_reflexive,
    arguments.agent_of_a_passive,
    arguments.agent_without_by,
    attachments.subordinate_clause_taken_for_parataxis,
    arguments.subject_taken_for_an_adverbial,
    arguments.subject_before_its_subordinator,
    arguments.compound_of_a_verb,
    arguments.adjective_hung_on_a_verb,
    arguments.compound_with_a_preposition,
    arguments.name_before_its_verb,
    arguments.name_set_off_after_a_noun,
    arguments.phrase_joined_without_a_conjunction,
    attachments.particle_taken_for_a_preposition,
    attachments.particle_before_a_preposition,
    attachments.second_member_of_between,
    arguments.gerund_subject,
    attachments.verb_coordinated_with_a_function_word,
    arguments.noun_before_a_date,
    attachments.date_taken_for_the_subject_after_a_relative_clause,
    attachments.passive_without_be_taken_for_a_clause,
    attachments.clause_after_a_subordinator_taken_for_a_participle,
    attachments.past_form_joined_to_an_infinitive,
    words.name_taken_for_an_adjective,
    words.word_repairs,
    words.plural_noun_taken_for_an_auxiliary,
    words.adjective_joined_to_a_finite_verb,
    words.verb_after_an_infinitive_marker_taken_for_a_modifier,
    words.past_tense_taken_for_a_participle,
    words.past_tense_by_agreement,
    words.guilty_after_pleaded,
)


def repair(parsed: Parsed) -> Parsed:
    """The same tokens with the repairs above applied (the parse itself when nothing needs mending). A step that
    would leave a cycle, whatever the input, is skipped alone: the others still apply."""
    for step in REPAIRS:
        mended = step(parsed)
        if mended is not parsed and _is_forest(mended, parsed):
            parsed = mended
    return parsed


def _is_forest(mended: Parsed, before: Parsed | None = None) -> bool:
    """Every word reaches a root by its heads: no cycle. When `before` was a forest, a cycle would pass through
    a word whose head changed; climbing from each of those is enough."""
    tokens = mended.tokens
    for token, old in zip(tokens, before.tokens if before is not None else [None] * len(tokens), strict=True):
        if old is not None and token.head == old.head:
            continue
        seen = {token.i}
        current = token
        while current.head != current.i:
            if current.head in seen:
                return False
            seen.add(current.head)
            current = tokens[current.head]
    return True
