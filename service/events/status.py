"""Event status from the tree: decided on the predicate that carries it.

A postponing or cancelling verb scopes over its object ("postponed the visit": the visit is
postponed, the postponing happened); "planned", "scheduled", "upcoming" modify the noun they sit
on; auxiliaries and governing verbs ("will", "is expected to", "plans to") give the future
statuses. A negated predicate did not happen and is no timeline entry.
"""

from __future__ import annotations

from datetime import date

from service.events.lemmas import base_form, past_forms, simple_past_only
from service.events.lexicon import (
    BEFALLING,
    CANCELLING,
    COMMITTING,
    DESIRE,
    DIRECTIVE,
    EXPECTING,
    FAILING,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    INTENTION_NOUNS,
    NEGATIONS,
    PLANNING,
    POSTPONING,
    REPORTING,
    REPORTING_WHEN_BARE,
    SPECULATIVE_AUX,
)
from service.events.predicates import (
    adjective_complement,
    eventive_noun,
    misread_verb,
    particle,
    postpones,
    postpones_pronoun,
    puts_off,
    reported_clause,
    set_off_participle,
)
from service.events.quantities import period_change, quantity_forecast, tally
from service.events.repairs.common import ARRANGED  # "is due to", mis-parsed as a marker
from service.nlp import Parsed, Token

STATUSES = ("occurred", "planned", "expected", "postponed", "cancelled")
_CAUTION = ["cancelled", "postponed", "planned", "expected", "occurred"]
_PLANNED_MODIFIERS = frozenset("planned scheduled upcoming proposed forthcoming intended slated set listed due".split())
_POSTPONED_MODIFIERS = frozenset("postponed delayed deferred rescheduled suspended adjourned".split())
_CANCELLED_MODIFIERS = frozenset("cancelled canceled scrapped abandoned aborted".split())
_NOT_HAPPENED = "not"  # a marker status for negated, desired or failed predicates


def _governing(parsed: Parsed, token: Token) -> list[Token]:
    """The token, then the verbs and adjectives whose complement it is ("plans to [hold]")."""
    chain = [token]
    current = token
    renaming = token.rel == "appos" or (token.rel == "conj" and not parsed.children(token.i, "cc") and any(
        t.text == "," for t in parsed.tokens[max(0, min(parsed.subtree(token.i)) - 1):min(parsed.subtree(token.i))]))
    if renaming and token.pos == "NOUN" and (named := parsed.head(token.i)) is not None \
            and named.pos == "NOUN" and named.rel in ("obj", "nsubj"):
        # "the company's last planned trip, [a six-week visit to Brazil], was called off": an apposition (or a
        # phrase after a comma with no conjunction, which the parser may call a conjunct) is the noun it renames,
        # and shares its fate
        chain.append(named)
        current = named
    while current.rel == "xcomp" or (current.rel in ("obj", "nsubj") and (current.pos in ("NOUN", "ADJ") or (
            current.pos == "PROPN" and eventive_noun(current)))) \
            or adjective_complement(parsed, current) or (current.rel == "acl"
                                                          and misread_verb(parsed, parsed.head(current.i))):
        up = parsed.head(current.i)
        if up is None or up.i == current.i:
            break
        chain.append(up)
        current = up
        if current.rel not in ("xcomp",):
            break
    return chain


def _wished(parsed: Parsed, token: Token) -> bool:
    """In a clause that is the content of a wish ("hopes [the government will defer ...]")."""
    current = token
    if token.rel == "acl" and token.tag == "VBN" and (noun := parsed.head(token.i)) is not None \
            and noun.rel == "obj" and (verb := parsed.head(noun.i)) is not None and base_form(verb) in DESIRE:
        return True  # "wants [the charges delayed until 2024]": the object and its participle are what is wished
    while (up := parsed.head(current.i)) is not None:
        if current.rel == "ccomp":
            return base_form(up) in DESIRE
        if current.rel not in ("obj", "nsubj", "xcomp", "conj", "compound", "amod", "nmod", "obl"):
            return False
        current = up
    return False


def _set_off(parsed: Parsed, noun: Token) -> set[str]:
    participle = set_off_participle(parsed, noun)
    return {participle.text.lower()} if participle is not None else set()


_AUXILIARY_RELS = frozenset({"aux", "mark", "advmod", "cop"})
_SUPERSEDED = frozenset({"originally", "initially", "first", "previously"})


def _words(parsed: Parsed, token: Token) -> set[str]:
    """The auxiliaries, markers and negation of a predicate: "will", "would", "not", "due" (with the "to" the
    parser fixed to a marker: "are [due to] vote")."""
    words = set()
    for c in parsed.children(token.i):
        if c.rel in _AUXILIARY_RELS or (c.rel == "case" and c.text.lower() == "due"):  # (", due to start in May,")
            words.add(c.text.lower())
            words.update(f.text.lower() for f in parsed.children(c.i, "fixed"))
    return words


_ARRANGING = PLANNING | EXPECTING | frozenset({"originally", "first"})


def _later_than_planned(parsed: Parsed, predicate: Token) -> bool:
    """ "will admit its first patients on March 9, two weeks later than planned": a happening set later than it
    was planned or expected has been put off. The phrase follows the date it corrects ("in 2020, a year later
    than originally planned"), so it goes with the predicate of the words before it, wherever the parser hung it."""
    start, end = parsed.sentence_of(predicate.i)
    words = parsed.tokens[start:end]
    for k, later in enumerate(words[:-2]):
        if later.text.lower() != "later" or words[k + 1].text.lower() != "than" or not any(
                base_form(w) in _ARRANGING for w in words[k + 2:k + 4]):
            continue
        j = k - 1  # back over the measure ("nearly a year", "two weeks") and the comma
        while j >= 0 and (words[j].pos in ("NUM", "DET", "PUNCT") or words[j].lemma.lower() in _MEASURES
                          or words[j].text.lower() in _ROUGHLY):
            j -= 1
        if j < 0:
            continue
        before = words[j]
        owner = next((t for t in [before, *parsed.ancestors(before.i)] if t.i == predicate.i or t.pos == "VERB"),
                     None)
        if owner is not None and owner.i == predicate.i:
            return True
        path = [predicate, *parsed.ancestors(predicate.i)]
        below = next((path[n - 1] for n, up in enumerate(path) if n and owner is not None and up.i == owner.i), None)
        if owner is not None and base_form(owner) in REPORTING | REPORTING_WHEN_BARE \
                and below is not None and below.rel in ("ccomp", "parataxis", "advcl") \
                and not any(base_form(t) in _ARRANGING for t in words[:k] if t.i > predicate.i and t.pos == "VERB"):
            return True  # "is due to reopen on February 27, its trustees said, nearly a year later than first
            # planned": the attribution in between is an aside
    return False


_MEASURES = frozenset("day days week weeks month months year years hour hours minute minutes".split())
_ROUGHLY = frozenset("nearly almost about around some roughly over more than".split())


def _lemma(token: Token, parsed: Parsed) -> str:
    prt = particle(parsed, token.i)
    return f"{base_form(token)} {parsed.tokens[prt].text.lower()}" if prt is not None else base_form(token)


def tree_status(parsed: Parsed, head: Token, name: Token) -> str | None:
    """The status the grammar states, or None when it states none (then dates decide)."""
    if _wished(parsed, head) or _wished(parsed, name):
        return _NOT_HAPPENED  # "hopes the government will defer payments": a wish, nothing arranged or done
    for token in {head.i: head, name.i: name}.values():
        if token.i == name.i != head.i and base_form(head) == "resume":
            continue  # "collections, suspended in January, will resume on March 22": the halt came before
        # (a participle on the word, "the cancelled match"; not a clause with its own subject, "an alert in
        # January, when 40 sessions were cancelled", which tells of another happening)
        participles = [c for c in parsed.children(token.i, "amod", "acl")
                       if not parsed.children(c.i, "nsubj", "nsubj:pass", "aux", "aux:pass")]
        if (aside := set_off_participle(parsed, token)) is not None:
            participles.append(aside)
        modifiers = {c.text.lower() for c in participles}
        called_off = any(_lemma(c, parsed) == "call off" for c in participles)  # ("the display, called off ...,")
        if modifiers & _CANCELLED_MODIFIERS or called_off:
            return "cancelled"
        if modifiers & _POSTPONED_MODIFIERS:
            return "postponed"
    if _later_than_planned(parsed, head) or (name.i != head.i and _later_than_planned(parsed, name)):
        # "the race started on Wednesday, two days later than planned": told in the past, it happened, late
        told_past = (head.tag == "VBD" or (head.tag == "VBN" and head.text.lower() in past_forms(base_form(head)))) \
            and not parsed.children(head.i, "aux", "aux:pass")  # (a past form read as a participle is the past)
        return "occurred" if told_past else "postponed"
    # the noun's own place in the sentence tells its status, unless a relative clause on it does: "a trial that
    # started in March will continue" started, whatever "will continue" says
    # (also one hung on a noun inside its phrase, when it tells a past fact: "construction of the stadium, which
    # began in 2020,")
    # (but a relative clause telling the plan, "an expansion that had been due to start in April", leaves the
    # noun's fate to decide)
    relative = head.dep.lower() == "acl:relcl" and (head.head == name.i or (
        head.tag == "VBD" and not parsed.children(head.i, "aux") and any(
            up.i == name.i for up in parsed.ancestors(head.i)))) and "due" not in _words(parsed, head)
    chain = _governing(parsed, name) if name.i != head.i and not relative else []
    chain += [t for t in _governing(parsed, head) if t.i not in {c.i for c in chain}]
    unaffected: set[int] = set()  # "was not postponed", "is not affected": the event goes ahead as it was
    for token in chain:
        lemma = _lemma(token, parsed) or "-"
        governs = token.i != head.i or name.i != head.i  # the verb scopes over the event, not itself
        if token.i not in (head.i, name.i) and governs and _words(parsed, token) & NEGATIONS and (
                lemma.split()[0] in CANCELLING | POSTPONING | BEFALLING or lemma == "call off"):
            unaffected.add(token.i)
            continue
        if name.dep.lower() == "nsubj" and name.head == token.i != name.i:
            continue  # "donations usually drop in summer": what a verb's active subject does is not done to it
        if (token.i not in (head.i, name.i) or token.pos == "VERB") and governs:
            if lemma == "call off" or (lemma.split()[0] in CANCELLING and lemma != "call"):
                return "cancelled"
            if lemma.split()[0] in POSTPONING or postpones(parsed, token) or (token.i == head.i and name.i != head.i
                                                                              and postpones_pronoun(parsed, token)):
                return "planned" if lemma == "bring forward" else "postponed"
    for token in chain[1:]:  # "scheduled for June but was postponed": the later verb decides
        for later in parsed.children(token.i, "conj"):
            if not parsed.children(later.i, "nsubj") and not _words(parsed, later) & NEGATIONS:
                if base_form(later) in CANCELLING:
                    return "cancelled"
                if base_form(later) in POSTPONING or puts_off(parsed, later):
                    return "postponed"  # (also "had been scheduled for November 3 but was put back")
    words = set()
    for token in chain:
        if token.i not in unaffected:
            words |= _words(parsed, token)
    if any(c.text.lower() in ("nearly", "almost") and c.i == head.i - 1 for c in parsed.children(head.i, "advmod")):
        return _NOT_HAPPENED  # "the band nearly folded": what nearly happened did not (TimeML: counterfactual)
    if words & NEGATIONS or _nobody(parsed, head) or _habitual(parsed, head) \
            or (name.dep.lower() == "nsubj" and (verb := parsed.head(name.i)) is not None and _habitual(parsed, verb)):
        return _NOT_HAPPENED
    # ("could replace its roof and [restore] the ceiling": joined verbs with no auxiliary of their own share it)
    shared = parsed.head(head.i) if head.rel == "conj" and not parsed.children(head.i, "aux", "nsubj") else None
    if head.pos == "VERB" and any(c.rel == "aux" and c.text.lower() in SPECULATIVE_AUX and c.tag == "MD"
                                  for c in [*parsed.children(head.i), *(parsed.children(shared.i, "aux")
                                                                        if shared is not None else [])]):
        # "the dispute could spread", "it may need to delay the launch": what might happen is neither done nor
        # arranged (TimeML's modality of possibility), so no timeline entry; a plan says "will" or "is to"
        return _NOT_HAPPENED
    governors = [base_form(t) for t in chain[1:]]
    if name.dep.lower() in ("obj", "nsubj:pass") and chain[1:] and _lemma(chain[1], parsed) == "call" \
            and parsed.head(name.i) is not None and parsed.head(name.i).i == chain[1].i:
        # "called a strike for 14 October", "the election was called": the caller sets it, no request
        return "planned"
    if any(g in FAILING or g in DESIRE or g in DIRECTIVE for g in governors):
        return _NOT_HAPPENED
    if (obliged := _obligation(parsed, chain)) is not None:
        return obliged
    if "suppose" in governors or ("would" in words and "have" in words):
        return "postponed"  # "was supposed to take place", "would have been": it did not go ahead
    # (not a plan told as superseded: "The vote, originally scheduled for September, will now take place in July")
    modifiers = {c.text.lower() for c in parsed.children(name.i, "amod", "acl") if not any(
        a.text.lower() in _SUPERSEDED for a in parsed.children(c.i, "advmod"))} | _set_off(parsed, name)
    if name.rel == "obj" and governors and governors[0] in _SETTLING:
        governors = governors[1:]  # "agreed a deal on Monday": the deal was struck, not planned
    if modifiers & _PLANNED_MODIFIERS or any(g in PLANNING | COMMITTING for g in governors) or (words & ARRANGED
                                                                                     and "to" in words):
        return "planned"
    if any(_be_to(parsed, t) for t in chain):
        return "planned"  # "the portal is to reopen on Monday", "talks are to be held": an arrangement
    if any(g in EXPECTING for g in governors) or words & FUTURE_AUX or {"going", "to"} <= words:
        return "expected"
    if (words & HYPOTHETICAL_AUX and "could" not in words) or "if" in words:
        return "expected"
    finite_past = (head.feature("Tense") == "Past" and head.feature("VerbForm") == "Fin") or (
        simple_past_only(head.text) and not parsed.children(head.i, "aux"))
    if finite_past or perfect(parsed, head) or head.feature("Aspect") == "Perf":
        return "occurred"  # a bare participle ("results published in August") asserts no time of its own
    return None


def _obligation(parsed: Parsed, chain: list[Token]) -> str | None:
    """ "had to move the session": a past obligation was met, so what it bound happened (English "had to" entails
    the act); "has to decide by Friday" binds an act still to come. With a modal of its own ("will have to",
    "would have to") the modal decides."""
    verb = next((t for t in chain if t.rel == "xcomp" and any(
        m.text.lower() == "to" for m in parsed.children(t.i, "mark"))), None)
    have = parsed.head(verb.i) if verb is not None else None
    if have is None or have.pos != "VERB" or base_form(have) != "have" or parsed.children(have.i, "aux"):
        return None
    return "occurred" if have.tag == "VBD" else "expected" if have.tag in ("VBZ", "VBP") else None


# Verbs whose object is what was settled ("agreed a deal", "decided the case"), unlike those whose object is
# what is to come ("planned a strike", "promised a referendum")
_SETTLING = frozenset("agree decide resolve settle".split())
_AIMS = frozenset("aim goal hope ambition idea intention wish dream target objective".split())


def _be_to(parsed: Parsed, token: Token) -> bool:
    """The infinitive of arrangement: a form of "be", then "to" right before the verb or its auxiliaries."""
    kids = parsed.children(token.i)
    if any(c.rel.startswith("nsubj") and c.lemma.lower() in _AIMS for c in kids):
        return False  # "the aim is to finish by Friday": a wish, not an arrangement
    to = next((c for c in kids if c.text.lower() == "to" and c.rel == "mark" and c.i < token.i), None)
    return to is not None and any(c.lemma.lower() == "be" and c.rel in ("aux", "cop") and c.i < to.i for c in kids) \
        and all(parsed.tokens[k].rel == "aux" for k in range(to.i + 1, token.i))  # "are to [be] held"


_HABITUAL = frozenset("normally usually typically generally often always regularly traditionally".split())


def _habitual(parsed: Parsed, head: Token) -> bool:
    """ "which normally draws hundreds of walkers on New Year's Day": the present with an adverb of habit tells what
    happens as a rule, no happening (TimeML: a generic statement)."""
    if head.pos != "VERB" or head.tag not in ("VBZ", "VBP"):
        return False
    if any(c.text.lower() in _HABITUAL for c in parsed.children(head.i, "advmod")):
        return True
    # "donations usually drop in summer, [when] regular donors go on holiday": a present when-clause of a habit is
    # part of the rule it states
    # (also hung on the time it tells of: "falls in August, when ...")
    governor = parsed.head(head.i)
    if governor is not None and governor.pos in ("NOUN", "PROPN") and head.rel == "acl":
        governor = parsed.head(governor.i)
    return head.rel in ("advcl", "acl") and governor is not None and governor.i != head.i and any(
        c.text.lower() in ("when", "whenever") for c in parsed.children(head.i, "advmod", "mark")) \
        and _habitual(parsed, governor)


def _conditional(parsed: Parsed, head: Token) -> bool:
    """ "A win on Sunday would take him into the top 50": "would" in a main clause that no one is reported to
    have said is the conditional, what would follow if something happened (TimeML's modality of possibility);
    in a report ("said it would close the plant in May") it is the future seen from the report, unless its own
    if-clause makes it a condition there too."""
    if not any(c.text.lower() in ("would", "'d") and c.tag == "MD" for c in parsed.children(head.i, "aux")):
        return False
    if any(m.text.lower() == "if" for c in parsed.children(head.i, "advcl") for m in parsed.children(c.i, "mark")):
        return True  # "said it would run a daily train from 2025 if demand was strong": reported, still a condition
    top = head
    while top.rel == "conj" and (up := parsed.head(top.i)) is not None:
        top = up
    start, end = parsed.sentence_of(head.i)
    if top.head != top.i or any(base_form(t) in REPORTING | REPORTING_WHEN_BARE | _BELIEVING
                                for t in parsed.tokens[start:end] if t.pos == "VERB"):
        return False
    # what it depends on is said: an if- or unless-clause, or a subject that is an event not yet had ("[a win]
    # on Sunday would", "[victory] would"); otherwise "would" may go on reporting what the sentence before said
    condition = any(m.text.lower() in ("if", "unless") for t in parsed.tokens[start:end] for m in
                    parsed.children(t.i, "mark") if t.rel == "advcl")
    subject = next((c for c in parsed.children(top.i, "nsubj")), None)
    hypothetical = subject is not None and eventive_noun(subject) and not any(
        d.text.lower() in ("the", "this", "that", "its", "their", "his", "her")
        for d in parsed.children(subject.i, "det", "nmod:poss"))
    return condition or hypothetical


_BELIEVING = frozenset("think believe expect hope fear warn predict estimate forecast argue".split())


def _nobody(parsed: Parsed, head: Token) -> bool:
    """ "No seeds were lost", "nobody was hurt": a subject that names none says it did not happen."""
    for subject in parsed.children(head.i, "nsubj"):
        if subject.text.lower() in ("nobody", "nothing", "none", "no-one") or any(
                c.text.lower() == "no" for c in parsed.children(subject.i, "det")):
            return True
    return False


def perfect(parsed: Parsed, head: Token) -> bool:
    """Told in a perfect tense: a form of "have" among the auxiliaries."""
    return any(c.lemma.lower() == "have" for c in parsed.children(head.i, "aux"))


def _inherited(parsed: Parsed, token: Token) -> str | None:
    """A non-finite clause takes its time from the clause it hangs on ("would begin on 16 May, with
    results published in August": the publication is expected too)."""
    for up in parsed.ancestors(token.i):
        if up.pos in ("VERB", "AUX", "ADJ") and up.rel not in ("amod",):
            stated = tree_status(parsed, up, up)
            if stated in ("expected", "planned"):
                return stated
            if up.feature("VerbForm") == "Fin" or stated is not None:
                return None
    return None


def intended(parsed: Parsed, head: Token) -> bool:
    """An infinitive on a noun of intention: "a plan [to reduce] corporate tax", "the decision [to close] it"."""
    noun = parsed.head(head.i)
    return head.dep.lower() == "acl" and noun is not None and noun.pos == "NOUN" \
        and noun.lemma.lower() in INTENTION_NOUNS and any(
            m.text.lower() == "to" for m in parsed.children(head.i, "mark")) and not parsed.children(head.i, "nsubj")


def headline(parsed: Parsed, token: Token) -> bool:
    """A line without final punctuation at the top of the article: headlines use the present for the past."""
    start, end = parsed.sentence_of(token.i)
    last = next((t for t in reversed(parsed.tokens[start:end]) if t.text.strip()), None)
    return start == parsed.sentences[0][0] and last is not None and last.text not in (".", "!", "?", "”", "\"")


def scheduled_present(parsed: Parsed, head: Token) -> bool:
    """The simple present with a date speaks of what is scheduled ("the window opens in January"); only
    headlines use it for the past."""
    return head.tag in ("VBZ", "VBP") and head.feature("VerbForm") == "Fin" and not headline(parsed, head) \
        and not any(c.rel == "aux" for c in parsed.children(head.i))


def status_of(parsed: Parsed, head: Token, name: Token, earliest: date | None, latest: date | None,
              reference: date) -> str | None:
    """The predicate's status; None when it did not and will not happen (negated, wished, failed)."""
    stated = tree_status(parsed, head, name)
    # "a drive, launched last week, will be extended": a reduced relative with its own date keeps it;
    # "with results published in August" is part of the clause it hangs on
    noun = parsed.head(head.i)
    own_time = head.dep.lower() == "acl" and earliest is not None and noun is not None and not any(
        c.text.lower() == "with" for c in [*parsed.children(noun.i, "case"), *parsed.children(head.i, "mark")]) \
        and not any(c.rel == "nsubj" for c in parsed.children(head.i))
    done_by = head.dep.lower() == "acl" and head.tag == "VBN" and parsed.children(head.i, "obl:agent")
    if stated is None and head.feature("VerbForm") != "Fin" and not own_time and not done_by:
        # (but "the film, directed by Sofia Marten, will open": a participle with its doer tells a deed done)
        stated = _inherited(parsed, head)
        if stated in ("expected", "planned") and latest is not None and latest < reference:
            stated = None  # "will open in March after premiering at Berlin last month": its own date is past
    if stated in (None, "expected") and any(base_form(c) in PLANNING and any(
            m.text.lower() == "as" for m in parsed.children(c.i, "mark", "case"))
            for c in parsed.children(head.i, "advcl")):
        stated = "planned"  # "the parade would go ahead as planned": an arrangement kept
    if stated is None and intended(parsed, head):
        stated = "planned"  # "welcomed a plan to reduce corporate tax in 2023": what a plan holds is arranged
    if stated in (None, "expected") and earliest is not None and earliest >= reference and name.rel == "nsubj" \
            and (when := parsed.head(name.i)) is not None and when.pos in ("NUM", "PROPN", "NOUN") \
            and any(c.rel == "cop" and c.tag in ("VBZ", "VBP") for c in parsed.children(when.i)):
        stated = "planned"  # "the next home match is on October 6": the present of a timetable, a fixture
    if stated == _NOT_HAPPENED:
        return None
    if (stated in ("expected", None) or base_form(head) in EXPECTING) \
            and quantity_forecast(parsed, head, earliest, reference, latest):
        return None  # "expect global esports revenue to fall 8 percent this year": a forecast of a figure
    if head.rel == "advcl" and any(m.text.lower() in ("if", "unless") for m in parsed.children(head.i, "mark")):
        return None  # "would reconsider only if gas prices fell by a third": the condition, no happening told
    if stated in ("expected", None) and (_conditional(parsed, head) or (
            head.rel == "nsubj" and (up := parsed.head(head.i)) is not None and _conditional(parsed, up))):
        # "a win on Sunday would take him into the top 50": what would follow, not what will; nor the win it
        # depends on
        return None
    if period_change(parsed, head, earliest, latest):
        return None  # "visits fell by 18 percent between 2012 and 2016": a statistic of a period
    if tally(parsed, head):
        return None  # "the mine produced 118,000 tonnes of copper last year": a statistic of a quantity
    if stated == "occurred" and earliest is not None and earliest > reference and reported_clause(parsed, head) \
            and not perfect(parsed, head):
        # "said the council faced a gap next year": the report's past, shifted back; a past perfect ("told
        # reporters the economy had contracted in the fourth quarter") is a past before the report, never ahead
        return "expected"
    if stated is not None:
        return stated
    if earliest is not None and scheduled_present(parsed, head) and (latest or earliest) >= reference:
        return "planned"  # "the championship begins on 3 October": the present of a timetable, an arrangement
    if earliest is not None and (earliest > reference or scheduled_present(parsed, head)):
        return "expected"  # dated ahead
    return "occurred"


def consensus_status(statuses: list[str]) -> str:
    """The status most sources state; on a tie the more cautious one (a postponement beats a plan)."""
    if not statuses:
        return "occurred"
    return min(set(statuses), key=lambda s: (-statuses.count(s), _CAUTION.index(s) if s in _CAUTION else 99))
