"""Participants: proper-noun chunks in a predicate's arguments, and in-article coreference.

A chunk is a run of proper nouns (with "of"/"&"/"-" between two of them: "Secretary of State Antony
Blinken"). Two names match when the words of one are all in the other ("Blinken" and "Antony
Blinken", "Wang" and "Wang Yi"), after dropping titles, so "United States" never matches
"United Nations".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from service.events.predicates import eventive_noun
from service.nlp import Parsed, Token
from service.temporal.lexicon import MONTHS, WEEKDAYS

_JOINERS = frozenset({"of", "&", "-", "de", "van", "von", "al", "bin", "la", "le", "du"})
TITLES = frozenset("""
mr mrs ms dr prof sir dame president vice prime minister secretary foreign state chancellor senator governor
mayor general gen. sen. rep. representative spokesperson spokesman spokeswoman chief executive ceo chairman
chairwoman chair director judge justice king queen prince princess pope coach captain officer commissioner
leader prime deputy acting detective inspector sergeant constable superintendent commander colonel lieutenant
admiral ambassador bishop archbishop councillor professor lord lady
""".split())
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday".split())


def name_chunks(parsed: Parsed, start: int, end: int) -> list[tuple[int, int]]:
    """[first, last] token ranges of proper-noun runs between tokens start and end."""
    key = ("name_chunks", start, end)
    if key not in parsed.memo:
        parsed.memo[key] = _name_chunks(parsed, start, end)
    return list(parsed.memo[key])


def _name_chunks(parsed: Parsed, start: int, end: int) -> list[tuple[int, int]]:
    chunks: list[tuple[int, int]] = []
    quoted = _quoted_titles(parsed, start, end)
    i = start
    while i < end:
        if i in quoted:
            chunks.append((i, quoted[i]))
            i = quoted[i] + 1
        elif _is_name(parsed.tokens[i], parsed.starts_sentence(i)):
            j = i
            while j + 1 < end and (_is_name(parsed.tokens[j + 1]) or _continues_name(parsed.tokens[j + 1])
                                   or _model_number(parsed, j + 1, j) or (
                    parsed.tokens[j + 1].text.lower() in _JOINERS and j + 2 < end
                    and _is_name(parsed.tokens[j + 2]))):
                j += 1
            first = i
            floor = chunks[-1][1] + 1 if chunks else start
            while first > floor and parsed.tokens[first - 1].text[:1].isupper() \
                    and parsed.tokens[first - 1].text.lower().strip(".") in TITLES:
                first -= 1  # "[Prime] Minister Elena Voss" with "Prime" tagged an adjective
            opener = parsed.tokens[first - 1] if first > floor else None
            if opener is not None and parsed.starts_sentence(opener.i) and opener.tag in ("NN", "NNP", "JJ") \
                    and opener.text[:1].isupper() and opener.text.lower() not in _NOT_NAMES:
                first -= 1  # "[Nordlink] Telecom will cut ...": every sentence starts with a capital, the name decides
            if _hyphened_name_part(parsed, first, j):
                j += 2  # "Lin Wei-chen": the lower-case half of a hyphenated given name is the name's
            if not _hyphened_modifier(parsed, j):
                chunks.append((first, j))
            i = j + 1
        else:
            i += 1
    return chunks


def _hyphened_name_part(parsed: Parsed, first: int, last: int) -> bool:
    """ "Lin Wei-chen", "Moon Jae-in": a lower-case word joined by a hyphen to a name and hung on a word of it, as
    part of it, continues the name (in "London-based", "Paris-born" the name hangs on the word after the hyphen)."""
    return _hyphened_modifier(parsed, last) and first <= parsed.tokens[last + 2].head <= last \
        and parsed.tokens[last].head != last + 2


def _hyphened_modifier(parsed: Parsed, last: int) -> bool:
    """ "the [Utrecht]-based company", "a [London]-listed firm": a name joined by a hyphen to a lower-case word
    makes a modifier of a noun, and names no one in the sentence ("Rolls-Royce" stays a name), unless that word is
    part of the name (above)."""
    if last + 2 >= len(parsed.tokens):
        return False
    hyphen, after = parsed.tokens[last + 1], parsed.tokens[last + 2]
    return hyphen.text == "-" and not parsed.tokens[last].space and not hyphen.space and after.text[:1].islower()


_QUOTES = frozenset({'"', "“", "”", "``", "''"})
_TITLE_JOINERS = frozenset("of the a an and in on at to for with from".split())


def _quoted_titles(parsed: Parsed, start: int, end: int) -> dict[int, int]:
    """Quoted runs of capitalised words are titles of works ("The Salt Road", "A Bridge Too Far"), one name
    whatever the tagger made of each word: first token -> last token."""
    found: dict[int, int] = {}
    i = start
    while i < end:
        if parsed.tokens[i].text in _QUOTES:
            close = next((k for k in range(i + 1, min(end, i + 10)) if parsed.tokens[k].text in _QUOTES), None)
            words = parsed.tokens[i + 1:close] if close is not None else []
            if words and words[0].text[:1].isupper() and all(
                    w.text[:1].isupper() or w.text[:1].isdigit() or w.text.lower() in _TITLE_JOINERS for w in words):
                found[i + 1] = close - 1
                i = close
        i += 1
    return found


def _is_name(token: Token, sentence_start: bool = False) -> bool:
    """A proper noun; or a capitalised noun inside a sentence, which English capitalises only as a name
    ("Selene-2" tagged a common noun)."""
    if _camel(token.text) and token.pos in ("PROPN", "NOUN", "ADJ", "X"):
        return True  # "iPhone", "eBay": a capital inside the word marks a brand
    if not token.text[:1].isupper() or token.text.lower().strip(".") in _NOT_NAMES:
        return False
    return token.pos == "PROPN" or (token.pos == "NOUN" and not sentence_start and not token.text.isupper()
                                    and token.text.lower() not in TITLES)


def _camel(text: str) -> bool:
    return len(text) > 2 and text[:1].islower() and text[1:2].isupper() and text[2:3].islower()


def _model_number(parsed: Parsed, i: int, chunk_end: int) -> bool:
    """A number right after a name and hung on it is part of it: "iPhone 4", "Boeing 737"."""
    token = parsed.tokens[i]
    return token.pos == "NUM" and token.text.isdigit() and token.head == chunk_end and i == chunk_end + 1


_NEVER_NAMES = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "PUNCT", "NUM", "SYM"})


def _continues_name(token: Token) -> bool:
    """A capitalised word right after a name, whatever its tag: "Mark Tully" with "Tully" tagged an
    adverb. Inside a sentence English capitalises names, not adverbs."""
    return (token.text[:1].isupper() and token.text[1:2].islower() and token.pos not in _NEVER_NAMES
            and token.text.lower() not in _NOT_NAMES)


def chunk_text(parsed: Parsed, chunk: tuple[int, int]) -> str:
    text = parsed.text[parsed.tokens[chunk[0]].start:parsed.tokens[chunk[1]].end]
    for suffix in ("’s", "'s", "’", "'"):
        text = text.removesuffix(suffix)
    return text


@lru_cache(maxsize=8192)
def core_words(name: str) -> frozenset[str]:
    words = {w.strip(".,’'").casefold() for w in name.replace("-", " ").split()}
    words -= {"of", "the", "&", "and"}
    core = words - TITLES
    return frozenset(core or words)


def same_name(a: str, b: str) -> bool:
    wa, wb = core_words(a), core_words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def overlap(a: Iterable[str], b: Iterable[str]) -> bool:
    """Some participant of one is a participant of the other."""
    b = list(b)
    return any(same_name(x, y) for x in a for y in b)


def canonical(names: Iterable[str]) -> list[str]:
    """One entry per person or body: the longest spelling of names that match."""
    kept: list[str] = []
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        if not any(same_name(name, k) for k in kept):
            kept.append(name)
    return kept


class Coreference:
    """The last named subjects of an article, to resolve "he", "she", "it", "the company"."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self._subjects: list[tuple[int, str, bool]] = []  # (token index, name, looks like a person)
        self._avoided: tuple[str, ...] = ()  # names a pronoun being resolved cannot stand for (see resolve)
        self._titled: set[int] = set()  # subjects with a title ("Mr", "Minister"): persons for sure
        self._descriptions: list[tuple[int, str]] = []  # "the company": a thing "it" may stand for
        self._plurals: list[int] = []  # plural common-noun subjects
        self._no_bodies: set[str] = set()  # names the article described as things that are no body
        chunks = name_chunks(parsed, 0, len(parsed.tokens))
        self._single_names = {parsed.tokens[a].text for a, b in chunks if a == b}
        self._bodies = [(a, chunk_text(parsed, (a, b))) for a, b in chunks  # names that end as a firm's do
                        if parsed.tokens[b].text.lower().strip(".") in ORGANISATION_WORDS]
        # "Torvane Shipping ... Torvane blamed ...": a body's name shortened to its first word is still that body
        self._shortened = {name.split()[0]: name for _, name in reversed(self._bodies)}
        # "the regulator Ofcom", "the union Unite": a name told to be a kind of body that is no firm
        self._not_firms = {chunk_text(parsed, (a, b)) for a, b in chunks if a > 0
                           and _body_noun(parsed.tokens[a - 1].lemma.lower())
                           and parsed.tokens[a - 1].lemma.lower() not in COMMERCIAL
                           and not parsed.tokens[a - 1].lemma.lower().endswith("maker")}
        self._firms = [(a, name) for a, name in self._bodies if not _public_body(name)]  # what "the company" can be
        # "CD Ribeira, the Portuguese club, ... the club": a name the article described as a kind of body is what a
        # later bare "the <kind>" stands for (a description, once given, is used again for the same referent)
        self._described: list[tuple[int, str, str]] = []  # (token index, kind, name)
        # "Mrs Justice Helen Carrow ... He said": a title that tells a sex rules out the pronouns of the other
        self._sex: dict[str, str] = {}
        for a, b in chunks:
            name = chunk_text(parsed, (a, b))
            words = {t.text.lower().strip(".") for t in parsed.tokens[max(0, a - 1):b + 1]}
            sex = "f" if words & _FEMALE_TITLES else "m" if words & _MALE_TITLES else None
            if sex is not None:
                self._sex[name] = sex
                self._sex[parsed.tokens[b].text] = sex
            kinds = [parsed.tokens[a - 1]] if a > 0 and parsed.tokens[a - 1].pos == "NOUN" \
                and parsed.tokens[a - 1].head in range(a, b + 1) else []  # "the club Ribeira"
            kinds += [c for k in range(a, b + 1) for c in parsed.children(k, "appos") if c.pos == "NOUN"]
            if (up := parsed.head(b)) is not None and up.pos == "NOUN" and parsed.tokens[b].rel == "appos":
                kinds.append(up)  # "the Portuguese club, CD Ribeira,"
            self._described += [(a, kind.lemma.lower(), name) for kind in kinds if _body_noun(kind.lemma.lower())]
        self._firm_starts = [a for a, _ in self._firms]
        for token in parsed.tokens:
            if token.i + 2 < len(parsed.tokens) and parsed.tokens[token.i + 1].text == "-" \
                    and token.head == token.i + 2 and not parsed.tokens[token.i + 1].space and not token.space:
                continue  # "the [Edinburgh]-based chain": a word of a hyphenated modifier is nobody's name
            if token.rel == "nsubj" and token.text.lower() == "who" and (clause := parsed.head(token.i)) is not None \
                    and clause.dep.lower() == "acl:relcl" and (named := parsed.head(clause.i)) is not None \
                    and named.pos == "PROPN" and not parsed.children(named.i, "det") \
                    and (chunk := chunk_around(parsed, named.i)) is not None:  # ("the 22-year-old Ukrainian, who")
                # "opened by Mia Dunn, who will compete ... She flies": "who" makes its name a subject, a person's
                self._subjects.append((token.i, chunk_text(parsed, chunk), True))
                self._titled.add(token.i)
                continue
            if token.dep.lower() == "obl:agent" and token.pos == "PROPN" and parsed.children(token.head, "aux:pass") \
                    and (chunk := chunk_around(parsed, token.i)) is not None:
                # "The park was opened by Mia Dunn": the agent of a passive clause is the one who did it, as a subject
                # is (not that of a participle set off after another subject: "Bramble, owned by Sarah Illingworth")
                self._subjects.append((token.i, chunk_text(parsed, chunk), _person_like(parsed, chunk)))
                continue
            chunk = chunk_around(parsed, token.i) if token.rel == "nsubj" else None
            if chunk is not None and (token.pos == "PROPN" or chunk[0] < token.i):  # "Harlow Biscuits" tagged a noun
                name = chunk_text(parsed, chunk)
                self._subjects.append((token.i, name, _person_like(parsed, chunk)))
                if _titled(parsed, chunk):
                    self._titled.add(token.i)
            elif token.rel == "nsubj" and token.pos == "NOUN" and (appositive := next(
                    (c for c in parsed.children(token.i, "appos") if c.pos == "PROPN"), None)) is not None \
                    and (chunk := chunk_around(parsed, appositive.i)) is not None:
                # "Portugal's finance minister, Rui Falcao, cut ...": the subject is named by its apposition
                role = token.lemma.lower() in TITLES
                self._subjects.append((token.i, chunk_text(parsed, chunk), role or _person_like(parsed, chunk)))
                if not role and not _body_noun(token.lemma.lower()):
                    self._no_bodies.add(chunk_text(parsed, chunk))  # "A container ship, the Nordic Star,": no firm
                if role:
                    self._titled.add(token.i)
            elif token.rel == "nsubj" and token.pos == "NOUN" and token.feature("Number") != "Plur":
                # "Europe's Selene-2 lunar lander has been delayed": the thing is named by its compound;
                # "the Leeds closure" is a happening at a place, no thing named Leeds
                named = [c for c in parsed.children(token.i, "compound") if _is_name(c)
                         and not eventive_noun(token)]
                chunk = chunk_around(parsed, named[-1].i) if named else None
                if chunk is not None:
                    self._subjects.append((token.i, chunk_text(parsed, chunk), False))
                self._descriptions.append((token.i, token.text.lower()))
            elif token.rel == "nsubj" and token.pos == "NOUN":
                self._plurals.append(token.i)  # "the two leaders": what a later "they" may stand for
            if token.rel == "nsubj" and (owner := next((c for c in parsed.children(token.i, "nmod:poss")
                                                        if c.pos == "NOUN" and _body_noun(c.lemma.lower())), None)):
                # "The firm's shares have fallen since it issued a warning": "it" may be the subject's owner
                self._descriptions.append((owner.i, owner.text.lower()))
        self._descriptions.sort()
        self._subjects = [(i, name, (is_person or self._called_by_last_word(name))
                           and not self._called_by_first_word(name)) for i, name, is_person in self._subjects]
        # "Chief executive Lena Marsh ... Marsh said": a lone surname of a person named before is that person
        surnames = {name.split()[-1] for i, name, is_person in self._subjects
                    if len(name.split()) > 1 and (is_person or i in self._titled)}
        surnames |= {parsed.tokens[b].text for a, b in chunks if b > a and _person_like(parsed, (a, b))
                     and (_titled(parsed, (a, b)) or parsed.tokens[a].text.lower() not in ORGANISATION_WORDS)}
        for i, name, _ in self._subjects:
            if len(name.split()) == 1 and name in surnames:
                self._titled.add(i)  # a person for sure, as a titled name is
        self._subjects = [(i, name, is_person or i in self._titled) for i, name, is_person in self._subjects]
        # "Rafael Ortiz ... Ortiz": the whole name, as first given, for the surname alone
        self._full_people: dict[str, str] = {}
        for a, b in chunks:
            if b > a and _person_like(parsed, (a, b)) and parsed.tokens[b].text in surnames:
                self._full_people.setdefault(parsed.tokens[b].text, chunk_text(parsed, (a, b)))
        self._subject_starts = [i for i, _, _ in self._subjects]
        self._description_starts = [i for i, _ in self._descriptions]

    def _called_by_first_word(self, name: str) -> bool:
        """English shortens a body's name to its first word ("Brightwell" for Brightwell Foods) and a
        person's to the surname ("Okafor" for Maria Okafor): a name the article shortens to its first
        word alone, and never to its last, is not a person's."""
        words = [w for w in name.split() if w.lower().strip(".") not in TITLES]
        if len(words) < 2:
            return False
        return words[0] in self._single_names and words[-1] not in self._single_names

    def _called_by_last_word(self, name: str) -> bool:
        """The converse: a name of three words or more ("Farmer Tom Ashworth") that the article shortens to its
        last word alone ("Ashworth wants ..."), and never to its first, is a person's."""
        words = [w for w in name.split() if w.lower().strip(".") not in TITLES]
        return len(words) > 2 and words[-1] in self._single_names and words[0] not in self._single_names

    def _reporter(self, token: Token) -> str | None:
        """ "Brightwell Foods said it would close ...": an "it" or "they" subject of a reported clause stands
        for the one who reports it; "it" says that one is no person, unless a title says otherwise. "Voda said
        she intended to ...": "he" or "she" is the speaker, when the speaker is no body."""
        lower = token.text.lower()
        if token.rel != "nsubj" or lower not in ("it", "they", "he", "she"):
            return None
        clause = self.parsed.head(token.i)
        if clause is None or clause.rel != "ccomp" or (verb := self.parsed.head(clause.i)) is None:
            return None
        subject = next((c for c in self.parsed.children(verb.i, "nsubj")), None)
        if subject is None or (lower == "it" and token.i < subject.i):
            return None  # ("It was brought under control at 6 a.m., the fire service said": "it" looks back)
        if subject.text.lower() in ("who", "which", "that") and verb.dep.lower() == "acl:relcl" \
                and (antecedent := self.parsed.head(verb.i)) is not None and antecedent.pos == "PROPN" \
                and (chunk := chunk_around(self.parsed, antecedent.i)) is not None:
            # "succeeding Bernard Ashdown, who told the board that he would step down": the relative's antecedent
            return self.full_name(chunk_text(self.parsed, chunk))
        for i, name, _ in self._subjects:
            if i == subject.i:
                if lower in ("he", "she"):
                    return None if name.split()[-1].lower().strip(".") in ORGANISATION_WORDS else name
                return None if i in self._titled else name
        if lower in ("it", "they") and subject.pos == "NOUN":
            return self.resolve(subject)  # "the company said it would ...": whatever the company stands for
        return None

    def _body_before(self, i: int) -> str | None:
        """The last name before token i that ends as a firm's does (a public body's is no firm's)."""
        k = bisect.bisect_left(self._firm_starts, i)
        return self._firms[k - 1][1] if k else None

    def full_name(self, name: str) -> str:
        """A name as first given, for the word it is shortened to later: a body's first ("Halden" -> Halden
        Motors), a person's surname ("Ortiz" -> Rafael Ortiz)."""
        return self._shortened.get(name) or self._full_people.get(name) or name

    def _other_name_before(self, name: str, token: Token) -> bool:
        """Another name told earlier in the description's sentence, which "the club" may as well stand for ("missed
        Ribeira's tour, and the club fined him"): too close a rival to pass over."""
        start, end = self.parsed.sentence_of(token.i)
        return any(chunk[1] < token.i and not same_name(chunk_text(self.parsed, chunk), name)
                   for chunk in name_chunks(self.parsed, start, end))

    def _same_clause(self, subject: int, token: Token) -> bool:
        """The name is the subject of the clause the description is in: "RiverWatch criticised the firm" never
        means RiverWatch criticised itself."""
        verb = self.parsed.head(subject)
        for up in self.parsed.ancestors(token.i):  # up to the subject's verb, through no clause of its own
            if verb is not None and up.i == verb.i:
                return True
            if up.rel in ("ccomp", "advcl", "xcomp"):
                return False
        return False

    def describe(self, token: Token) -> Token | None:
        """For an unresolved "it": the thing last named as a subject in the same sentence ("the company
        said that it would ..."); for "they", the last plural subject in this sentence or the one before
        ("The two leaders last met in March, when they signed a pact"): a description, not a name."""
        lower = token.text.lower()
        if lower in ("they", "their"):
            number = self.parsed.sentence_number(token.i)
            floor = self.parsed.sentences[max(0, number - 1)][0]
            earlier = self._plurals[bisect.bisect_left(self._plurals, floor):bisect.bisect_left(self._plurals, token.i)]
            return self.parsed.tokens[earlier[-1]] if earlier else None
        if lower not in ("it", "its"):
            return None
        start = self.parsed.sentence_of(token.i)[0]
        position = bisect.bisect_left(self._description_starts, token.i)
        if position and self._descriptions[position - 1][0] >= start:
            return self.parsed.tokens[self._descriptions[position - 1][0]]
        # the sentence before: a body last described there, with no named subject after it ("the agency
        # brought the work forward. It fined ...")
        number = self.parsed.sentence_number(start)
        floor = self.parsed.sentences[number - 1][0] if number else start
        if position and self._descriptions[position - 1][0] >= floor:
            noun = self.parsed.tokens[self._descriptions[position - 1][0]]
            # the main clause's subject before one of a subordinate clause ("The championship ... was cancelled
            # after its sponsor withdrew. It returned ...")
            main = next((self.parsed.tokens[i] for i, _ in self._descriptions[:position]
                         if floor <= i < start and self.parsed.tokens[self.parsed.tokens[i].head].head
                         == self.parsed.tokens[i].head), None)
            if main is not None and main.i != noun.i and (eventive_noun(main) or _body_noun(main.lemma.lower())) \
                    and not (eventive_noun(noun) or _body_noun(noun.lemma.lower())):
                noun = main
            named_after = bisect.bisect_left(self._subject_starts, token.i) - bisect.bisect_right(
                self._subject_starts, noun.i)
            # (or a happening: "The championship ... was cancelled in 2016. It returned last year")
            main_subject = noun.rel == "nsubj" and (verb := self.parsed.head(noun.i)) is not None \
                and verb.head == verb.i and noun.lemma.lower() not in TITLES
            if main_subject and token.dep.lower() == "nsubj:pass" and not (_body_noun(noun.lemma.lower())
                                                                          or eventive_noun(noun)):
                done_to = next((c for c in self.parsed.children(verb.i, "obj") if c.pos == "NOUN"
                                and c.feature("Number") != "Plur"), None)
                if done_to is not None:
                    return done_to  # "The museum values the picture at 1.2 million euros. It was lent out in 2009":
                    # what is done to, in a passive, is the thing the sentence before acted on
            if (_body_noun(noun.lemma.lower()) or eventive_noun(noun) or main_subject) and named_after == 0:
                # (or any thing the sentence before was about, its main subject: "The font arrives on Friday. It
                # will be installed in the church": the centre of a text carries over to the next sentence's "it")
                return noun
        return None

    def _last_pair(self, before: int) -> str | None:
        """ "Tom and Catrin Pritchard ... the couple": the last two names joined by "and" (a shared surname
        written once), within the three sentences before."""
        parsed = self.parsed
        k = parsed.sentence_number(before)
        floor = parsed.sentences[max(0, k - 3)][0]
        for first, last in reversed(name_chunks(parsed, floor, before)):
            joined = first >= 2 and parsed.tokens[first - 1].text == "and" \
                and (earlier := chunk_around(parsed, first - 2)) is not None and earlier[1] == first - 2
            if joined and _person_like(parsed, (first, last)):
                return parsed.text[parsed.tokens[earlier[0]].start:parsed.tokens[last].end]
        return None

    def resolve(self, token: Token, window_sentences: int = 3, avoid: tuple[str, ...] = ()) -> str | None:
        """The name a pronoun or a bare definite description stands for, if one is near; never one of `avoid`, the
        names of the pronoun's own clause ("He testified against Jelavic": he is not Jelavic)."""
        if avoid:
            found = self.resolve(token, window_sentences)
            if found is None or not any(same_name(found, other) for other in avoid):
                return found
            self._avoided = avoid
            try:
                found = self.resolve(token, window_sentences)
            finally:
                self._avoided = ()
            # (a description resolved by its kind, "the company", may still name one of them: then none)
            return None if found is not None and any(same_name(found, other) for other in avoid) else found
        lower = token.text.lower()
        if token.pos == "NOUN" and token.lemma.lower() in _PAIRS and any(
                c.rel == "det" and c.text.lower() == "the" for c in self.parsed.children(token.i)):
            return self._last_pair(token.i)
        person = lower in ("he", "she", "him", "her", "his") or age_description(self.parsed, token)
        definite = token.pos == "NOUN" and _body_noun(token.lemma.lower()) and any(
            c.rel == "det" and c.text.lower() in ("the", "this", "that") for c in self.parsed.children(token.i))
        thing = lower in ("it", "its", "they", "their", "them") or definite
        if not (person or thing):
            return None
        if (reporter := self._reporter(token)) is not None and not self._avoided:
            return reporter
        sentence_start = self.parsed.sentence_of(token.i)[0]
        k = self.parsed.sentence_number(sentence_start) + 1  # sentences up to and including this one
        # a pronoun reaches a few sentences back; "the company" names its kind, and so reaches further
        floor = self.parsed.sentences[k - window_sentences][0] if k >= window_sentences and not definite else 0
        position = bisect.bisect_left(self._subject_starts, token.i)
        if definite:  # "the council": Harwick Borough Council, wherever it was named
            kind = token.lemma.lower()
            named = next((self._subjects[k][1] for k in range(position - 1, -1, -1)
                          if kind in core_words(self._subjects[k][1]) and len(core_words(self._subjects[k][1])) > 1),
                         None)
            if named:
                return named
            described = next((name for i, what, name in reversed(self._described) if i < token.i and what == kind),
                             None)
            if described and not self._other_name_before(described, token):
                return described
            if kind not in COMMERCIAL and not kind.endswith("maker"):
                return None  # "the government" after "NordRail suspended ...": a body the article never named
            # "Halden Motors ... the company": a name that ends as a firm's does, before any guess
            body = self._body_before(token.i)
            if body is not None:
                return body
        reachable = self._subjects[bisect.bisect_left(self._subject_starts, floor):position]
        if lower in ("they", "their", "them") and (plural := self.describe(token)) is not None \
                and plural.i > max((i for i, _, _ in reachable), default=-1):
            return None  # "Unions called a strike and said they would ...": the nearer plural subject, unnamed
        if lower in ("it", "its"):
            # "The company said ... It last restricted ...": the nearer subject is a body's description, and it
            # stands for the name the description does
            described = self._description_starts[bisect.bisect_left(self._description_starts, floor):
                                                 bisect.bisect_left(self._description_starts, token.i)]
            nearest = max((i for i, _, _ in reachable), default=-1)
            if described and described[-1] > nearest:
                noun = self.parsed.tokens[described[-1]]
                if _body_noun(noun.lemma.lower()) and noun.i != token.i:
                    # "the agency brought the work forward ... It fined the owner": the nearer body, named or
                    # not; never a name further back
                    return self.resolve(noun)
        nearest = reachable[-1] if reachable else None
        if lower in ("it", "its") and nearest is not None and nearest[0] >= sentence_start and not self._avoided \
                and nearest[0] not in self._titled and nearest[1].split()[-1].lower() not in _PERSON_ENDINGS \
                and (lower == "its" or self.parsed.head(token.i) != self.parsed.head(nearest[0])):
            # "Pennine Water unveiled plans ..., and it is due to publish ...": the subject of its own sentence,
            # untitled, before any name further back (two capitalised words are no proof of a person)
            return self.full_name(nearest[1])
        sex = "m" if lower in ("he", "him", "his") else "f" if lower in ("she", "her", "hers") else None
        for i, name, is_person in reversed(reachable):
            if (person and not is_person) or any(same_name(name, other) for other in self._avoided):
                continue
            if sex is not None and self._sex.get(name, sex) != sex:
                continue  # "he" is not "Mrs Carrow"
            if definite and token.lemma.lower() in COMMERCIAL and (_public_body(name) or name in self._not_firms):
                continue  # "the company" after "applied to the Environment Agency": an agency is no company
            if definite and (self._same_clause(i, token) or name in self._no_bodies):
                continue  # "RiverWatch criticised the firm": another body than the clause's subject
            if thing and is_person and (token.pos == "NOUN" or lower in ("it", "its")):
                continue  # "it", "the company" stand for a thing or a body, never a person
            return self.full_name(name)
        if lower in ("it", "its"):
            # "Brenmoor Water ... It restricted ...": "it" never stands for a person, so a name guessed to be one
            # (two capitalised words) but never titled was a body's
            guess = next((name for i, name, _ in reversed(reachable) if i not in self._titled
                          and not self._same_clause(i, token)), None)
            if guess is not None:
                return self.full_name(guess)
        if definite and token.lemma.lower() in COMMERCIAL:
            # "the company" and only names guessed to be persons: the guess was wrong, untitled
            guess = next((name for i, name, _ in reversed(reachable) if i not in self._titled
                          and not self._same_clause(i, token) and name not in self._not_firms | self._no_bodies
                          and not _public_body(name)), None)
            # or a firm named outside a subject ("Shares in Norvik Energy jumped ... the company agreed")
            return guess or self._body_before(token.i)
        return None


def chunk_around(parsed: Parsed, i: int) -> tuple[int, int] | None:
    start, end = parsed.sentence_of(i)
    for chunk in name_chunks(parsed, start, end):
        if chunk[0] <= i <= chunk[1]:
            return chunk
    return None


_PAIRS = frozenset({"couple", "pair", "duo"})  # "the couple": two people named together

# What "the company", "the council" can stand for: a definite description whose noun names a kind of
# body; "the production" or "the closure" names no one.
BODY_NOUNS = frozenset("""
company firm group business carrier airline lender bank insurer retailer supermarket chain maker manufacturer
producer operator developer publisher brand startup conglomerate government administration council authority
ministry department agency regulator court tribunal committee commission board club team party union
organisation organization charity institute university college school hospital trust fund league federation
association alliance coalition airport port city town county state country newspaper broadcaster network
""".split())

# Firms are named once and then called "the company" for the rest of an article; "the government"
# or "the court" is as often a body the article never names: it stands only for a name that says
# what it is ("the council": Harwick Borough Council).
COMMERCIAL = frozenset("""
company firm group business carrier airline lender bank insurer retailer supermarket chain maker manufacturer
producer operator developer publisher brand startup conglomerate
""".split())

ORGANISATION_WORDS = frozenset("""
corp corporation inc ltd plc llc co company group bank council board ministry department agency authority
university college party union league club airlines airways motors energy rail police court commission
committee office trust fund association federation institute service services foundation foods holdings
systems technologies pharmaceuticals partners capital media labs industries logistics shipping telecom networks
financial insurance resources mining oil gas power utilities brands retail stores
""".split())


# Heads of the names of public bodies: never what "the company" or "the firm" stands for.
PUBLIC_BODIES = frozenset("""
agency authority council ministry department court tribunal commission committee government administration
police parliament assembly senate congress university college school hospital inspectorate office service
""".split())


_PERSON_ENDINGS = frozenset({"jr", "sr", "ii", "iii"})


def _public_body(name: str) -> bool:
    """A body's name ends on what it is ("Harwick Borough Council"), or says it before "of" ("Court of Appeal",
    "Ministry of Defence")."""
    head = name.split(" of ")[0] if " of " in name else name
    return bool(head.split()) and head.split()[-1].lower().strip(".") in PUBLIC_BODIES


def age_description(parsed: Parsed, token: Token) -> bool:
    """ "The 22-year-old Ukrainian", "the 34-year-old": news refers back to a person by age; only a person (or an
    animal) is described so, and the definite article says one already named."""
    split = token.text.lower() == "old" and token.i >= 5 and parsed.tokens[token.i - 5].text.lower() in ("the", "this")
    if not split and not any(c.rel == "det" and c.text.lower() in ("the", "this") for c in parsed.children(token.i)):
        return False  # ("[The] 26 - year - old": the article hung on a word of the split age)
    for word in [token, *parsed.children(token.i, "amod")]:
        if re.fullmatch(r"\d+-years?-old", word.text.lower()) or (
                word.text.lower() == "old" and word.i >= 2 and parsed.tokens[word.i - 2].text.lower() in ("year",
                                                                                                        "years")):
            return True
    return False


_FEMALE_TITLES = frozenset("mrs ms miss lady dame madam baroness duchess queen princess sister".split())
_MALE_TITLES = frozenset("mr sir lord baron duke king prince brother".split())


def _body_noun(lemma: str) -> bool:
    """A noun for a kind of body: "the council", "the carmaker" (makers of anything are firms)."""
    return lemma in BODY_NOUNS or (lemma.endswith("maker") and len(lemma) > 5)


def _titled(parsed: Parsed, chunk: tuple[int, int]) -> bool:
    words = [t.text.lower().strip(".") for t in parsed.tokens[chunk[0]:chunk[1] + 1]]
    before = parsed.tokens[chunk[0] - 1].text.lower().strip(".") if chunk[0] else ""
    return any(w in TITLES for w in words) or before in TITLES


_AGENT_NOUN = re.compile(r"(?:man|woman|person|er|or|ist|ian|swain)$")  # English suffixes of nouns for doers


def names_a_body(noun: Token) -> bool:
    """A common noun for a kind of body ("the charity", "the firm"): a name set off after it is the body's."""
    return noun.pos == "NOUN" and _body_noun(noun.lemma.lower())


def _person_like(parsed: Parsed, chunk: tuple[int, int]) -> bool:
    """A title or two capitalised words, not ending in an organisation word: "Antony Blinken", "Mr. Miller",
    not "Acme Corp" (a guess, used to pick what "he" or "it" stands for)."""
    words = [t.text for t in parsed.tokens[chunk[0]:chunk[1] + 1]]
    if words[-1].lower().strip(".") in ORGANISATION_WORDS or parsed.tokens[chunk[1]].tag == "NNPS":
        return False  # a person's name is singular: "Oakmere Homes" is a firm's
    before = parsed.tokens[chunk[0] - 1].text.lower().strip(".") if chunk[0] else ""
    if before == "the" or (before in ('"', "“") and chunk[0] > 1 and parsed.tokens[chunk[0] - 2].text.lower() == "the"):
        return False  # "the Salt Road": English gives no article to a person's name
    # ("Coxswain Tamsin Rowe", "Conductor Sheila Morton": an agent noun before two names is a role, as a title is)
    role = len(words) == 3 and bool(_AGENT_NOUN.search(words[0].lower()))
    return any(w.lower().strip(".") in TITLES for w in words) or before in TITLES or len(words) == 2 or role
