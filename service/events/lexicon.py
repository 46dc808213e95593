"""Word classes the event layer needs on top of the parse, each a class of general English.

The tree says which word governs which; these lists say what a governing word means for the
event it governs (reports, plans, postponements, states). They hold lemmas, never article words.
"""

from __future__ import annotations

from functools import lru_cache

# Verbs of saying: their complement is the event, their own date the report's.
REPORTING = frozenset("""
say tell add note state explain insist write argue suggest assert contend
indicate mention remark reply respond stress
""".split())

# States and attitudes: no change happens (TimeML STATE / I_STATE); never an occurrence on a timeline.
STATIVE = frozenset("""
be have seem appear remain stay want wish hope need like love hate prefer know believe think consider
feel fear doubt suppose own possess contain include involve lack cost mean represent belong exist deserve
depend resemble sit stand lie rank total weigh measure matter require understand recognize recognise see
look sound hold-view expect-that worry care mind seek aim desire face
follow precede coincide reflect indicate suggest
""".replace("hold-view", "").replace("expect-that", "").split())

# Verbs that report when they have no object: "..., the authority confirmed on Tuesday"; with one they are
# events of their own ("confirmed the appointment", "announced a recall", "claimed responsibility", "declared an
# emergency", "admitted its first patients").
REPORTING_WHEN_BARE = frozenset(
    "confirm announce report reveal disclose predict estimate acknowledge recall claim declare admit".split())

# Acts of committing to a future act: with a date of their own ("agreed on Thursday to combine") the act itself
# happened then, while what they commit to is planned (TimeML's I_ACTION).
COMMITTING = frozenset("agree decide vow promise pledge threaten propose resolve vote offer".split())

# Aspirations and attempts: "wants to expand" is no event, nor is its complement; nor is what one "tries to" do
# (TimeML's I_ACTION "try" leaves its complement unasserted).
DESIRE = frozenset("want wish hope aim seek desire like love prefer dream long strive aspire try attempt".split())

# Governors that turn their complement into an arrangement (planned) or a forecast (expected).
PLANNING = frozenset("""
plan schedule set due intend prepare arrange propose agree decide vow promise pledge threaten mean
""".split())
# Nouns whose infinitive tells what is intended, not what happened ("a plan [to reduce] corporate tax in 2023")
INTENTION_NOUNS = frozenset("""
plan proposal bid decision agreement deal move promise pledge scheme offer intention commitment vote motion
proposals plans
""".split())
EXPECTING = frozenset("expect likely poise forecast predict project anticipate bound going".split())
POSTPONING = frozenset("postpone delay defer reschedule rearrange suspend push adjourn".split())
CANCELLING = frozenset("cancel scrap abandon axe drop call halt".split())  # "call" only with "off"
# Verbs whose object is a happening still to come, put off or called off ("postponed the start"); not those that
# stop one under way ("suspended work on the bridge", "halted a study"), where the stopping is what happened
PUTTING_OFF = frozenset("postpone delay defer reschedule push cancel scrap axe".split())
# What befalls an event without deciding whether it happens: "the launch is not affected" still goes ahead.
BEFALLING = frozenset("affect impact change alter disrupt threaten hit jeopardise jeopardize".split())
FAILING = frozenset("fail refuse decline neglect".split())  # "failed to reach a deal": no deal happened
# ... though the refusal or failure, dated, is an act of its own ("refused on Monday to renew its licence")
REFUSING = frozenset({"refuse", "decline", "fail"})
# Governors of a request: "asked Washington to lift sanctions" asks; the lifting has not happened.
DIRECTIVE = frozenset("ask urge call demand request press order tell persuade encourage invite implore".split())
# Of those, the ones that are acts of their own when dated ("asked scrutineers on Thursday to check"); "tell" is
# as often a report ("told reporters to expect delays")
REQUESTING = DIRECTIVE - {"tell", "call"}

# Verbs whose subject names the event ("the summit took place"): the noun is the predicate.
HAPPENING = frozenset("happen occur take begin start end conclude complete finish open close continue resume "
                      "unfold".split())
PHASES = HAPPENING - {"happen", "occur", "take", "unfold"}  # a part of the event: its title keeps the verb
# Verbs whose object names the event ("held talks", "staged a protest"): the noun carries the title.
LIGHT = frozenset("hold have make give conduct stage host launch carry take attend organise organize stand".split())
# Verbs that bring about an event named by their object ("forced the evacuation", "sparked protests"): the
# object is what happened, as with a light verb
CAUSING = frozenset("force prompt trigger spark cause provoke".split())

# Nouns that name happenings in news (TimeML: occurrences), beyond the -tion/-ment nominalisations.
EVENT_NOUNS = frozenset("""
event gala recital surgery heatwave expedition drought blizzard landslip mudslide stabbing burglary kidnapping lockout
blackout derailment collision siege demonstration boycott inquest coronation inauguration screening regatta
playoff semifinal semi-final quarter-final rematch downpour snowfall flooding comeback
meeting summit talk talks visit trip tour conference election vote referendum attack war invasion crash launch
release announcement agreement deal lawsuit suit trial ruling verdict hearing interview speech briefing
downing incident protest strike ceremony debate session settlement acquisition merger sale takeover
earthquake quake storm flood fire explosion blast shooting raid flight resignation death funeral wedding
discussion negotiation dispute accident collapse outbreak match game final race tournament championship
concert festival show premiere exhibition opening closure shutdown walkout ban bankruptcy recall rally
march parade riot coup ceasefire truce deal bid offer auction hike cut rise fall increase decline crash
arrest conviction sentencing appeal inquiry investigation probe raid visit call summit election
exam examination audit inspection review consultation survey census
surge crush stampede epidemic pandemic blaze wildfire hurricane typhoon cyclone tornado tsunami landslide avalanche
spill leak outage breach hack cyberattack bombing massacre murder killing robbery heist victory defeat debut
marathon unveiling
rain rainfall snow hail hailstorm thunderstorm gale snowstorm
dinner lunch luncheon banquet reception fete fair vigil feast exercise drill landing signing sitting
showcase expo congress symposium seminar forum contest display convention crossing test
reading performance lecture talk workshop screening win
roadworks repairs refurbishment renovation
reunion picnic barbecue procession excursion outing flypast celebration reopening rehearsal sermon crisis recession
theft cancellation ballot quiz tasting fireworks friendly walk
""".split())
NOT_EVENT_NOUNS = frozenset("""
nation station region position mention portion proportion section fraction relation population question
government department statement element environment equipment apartment document moment comment segment
percent official individual capital hospital material animal total signal journal terminal rival proposal
figure future picture culture structure nature feature measure pressure temperature signature
distance difference evidence presence science audience sentence balance province experience residence
commission protection opposition condition tradition organisation organization institution constitution
reputation generation location situation information foundation association
""".split())

# Related predicates: one happening told with different words ("met", "talks", "meeting").
RELATED = [
    frozenset({"meet", "meeting", "talk", "talks", "discussion", "discuss", "hold talks", "summit", "negotiation"}),
    frozenset({"shoot down", "down", "downing", "shoot"}),
    frozenset({"visit", "trip", "travel", "tour"}),
    frozenset({"die", "death", "kill", "killing"}),
    frozenset({"resign", "resignation", "quit", "step down"}),
    frozenset({"arrest", "detain", "detention"}),
    frozenset({"acquire", "acquisition", "buy", "purchase", "takeover", "take over"}),
    frozenset({"merge", "merger"}),
    frozenset({"elect", "election", "vote"}),
    frozenset({"attack", "strike", "raid", "bomb", "bombing"}),
    frozenset({"apologise", "apologize", "apology"}),
    frozenset({"launch", "unveil", "release", "introduce", "introduction", "announcement", "announce"}),
    frozenset({"sign", "agreement", "agree", "deal"}),
    frozenset({"postpone", "postponement", "delay"}),
    frozenset({"cancel", "cancellation", "call off"}),
    frozenset({"approve", "approval"}),
    frozenset({"strike", "walkout"}),
]


# Words for closing or opening a service or a place, one happening told either way ("switch off its network" ...
# "the shutdown"); kept apart from RELATED, which merging across sources reads
_SAME_KIND = [
    frozenset({"close", "closure", "shut", "shut down", "shutdown", "switch off", "turn off", "switch-off"}),
    frozenset({"open", "opening", "reopen", "reopening", "launch", "switch on", "turn on"}),
]


def same_kind(a: str, b: str) -> bool:
    """Two words for one happening of closing or opening ("switch off", "shutdown")."""
    return any(a in group and b in group for group in _SAME_KIND)


@lru_cache(maxsize=4096)
def kinds(predicate: str) -> frozenset[str]:
    """The groups of related words a predicate belongs to (a word may be in two: "strike"), or itself."""
    found = frozenset(f"group:{i}" for i, group in enumerate(RELATED) if predicate in group)
    return found or frozenset({predicate})


def related(a: str, b: str) -> bool:
    """The same predicate, or two words for one kind of happening ("met", "talks")."""
    return a == b or bool(kinds(a) & kinds(b))


def related_words(predicate: str) -> set[str]:
    """The predicate and every word of its groups: what a stored mention must name to merge with it."""
    found = {predicate}
    for group in RELATED:
        if predicate in group:
            found |= group
    return found


# Nominalisations -> the verb they name, so "the meeting" and "met" share a key.
NOUN_VERB = {"meeting": "meet", "talks": "talk", "downing": "shoot down", "death": "die", "resignation": "resign",
             "acquisition": "acquire", "merger": "merge", "election": "elect", "apology": "apologise",
             "approval": "approve", "arrest": "arrest", "announcement": "announce", "agreement": "agree",
             "visit": "visit", "trip": "visit", "attack": "attack", "launch": "launch", "release": "release",
             "cancellation": "cancel", "postponement": "postpone", "discussion": "discuss", "sale": "sell",
             "closure": "close", "opening": "open", "departure": "depart", "arrival": "arrive",
             "shooting": "shoot", "killing": "kill", "bombing": "bomb", "signing": "sign", "launching": "launch"}

# Pronouns and descriptions that refer back to a named participant.
PERSON_PRONOUNS = frozenset("he she him her his".split())
THING_PRONOUNS = frozenset("it its they them their".split())
NEGATIONS = frozenset("not n't never no".split())
FUTURE_AUX = frozenset("will shall 'll wo".split())
HYPOTHETICAL_AUX = frozenset("would could might may should must can".split())
SPECULATIVE_AUX = frozenset("could might may".split())  # possibility: what may happen, not what is arranged

# Participles that only modify an event noun ("a meeting set for 15 May", "the hearing listed for
# 29 July"): the date is the noun's, and the participle is no event of its own.
MODIFYING_PARTICIPLES = frozenset(
    "hold stage schedule plan set slate organise organize call convene list threaten expect book".split())
# Forms in -ing that English uses as adjectives before a noun ("in neighbouring Congo", "the ruling party"):
# there they name no happening, whatever the tagger says
ADJECTIVAL_ING = frozenset("""
neighbouring neighboring surrounding ruling leading outgoing incoming ongoing remaining existing following
opposing competing governing reigning defending upcoming forthcoming rising falling growing
""".split())
# Prepositions that give the new date of something moved: "adjourned until September", "moved to 22 May".
NEW_DATE_CASES = frozenset({"until", "till", "to", "for"})
