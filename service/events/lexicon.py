"""Words that signal events: verbs by form, event nouns, reporting verbs, particles."""

from __future__ import annotations

from service.temporal.lexicon import IRREGULAR_PAST  # noqa: F401  (shared with the tense detector)

# -ed words that are mostly adjectives in news prose
ED_ADJECTIVES = frozenset("""
alleged united based related concerned interested supposed so-called armed advanced detailed limited
experienced skilled talented red bed need speed seed feed shed hundred led indeed suspected reported
expected unexpected scheduled planned proposed""".split())

NEWS_VERBS = frozenset("""
announce unveil launch release introduce meet visit sign sue win lose buy sell open close cut raise report reveal
resign die kill attack arrive leave hold warn approve ban agree elect vote fire plan postpone cancel delay file
settle acquire merge begin end start confirm deny travel host accuse criticize criticise condemn urge call
shoot invade strike protest expand""".split())

EVENT_NOUNS = frozenset("""
meeting meetings summit talks visit trip conference election elections vote attack war invasion crash launch
release announcement agreement deal lawsuit suit trial ruling verdict keynote event interview statement speech
tweet briefing downing incident protest protests strike ceremony debate hearing session partnership settlement
acquisition merger sale earthquake storm flood fire explosion shooting incursion flight resignation death
discussion discussions negotiations dispute accident collapse outbreak""".split())

LIGHT_VERBS = frozenset("took take takes happened happens occurred occurs began begins ended ends".split())
RELATIVE_PRONOUNS = frozenset("which who that".split())

REPORTING = frozenset("said says say told tells stated states added noted according reported announced".split())

AUXILIARIES = frozenset("""
is are was were be been being am has have had do does did will would shall should can could may might must
not n't never also""".split())

MODALS = frozenset("will would shall should can could may might must 'll to".split())

PARTICLES = frozenset("down up off out over back away".split())
PHRASAL = frozenset("shot shoot shoots step stepped steps set call called put take took turn turned break broke "
                    "carry carried hand handed pull pulled back backed sign signed close closed shut".split())

# past forms -> base, so "met" and "meeting" name the same kind of event
LEMMAS = {"met": "meet", "meeting": "meet", "meetings": "meet", "held": "hold", "shot": "shoot", "took": "take",
          "made": "make", "gave": "give", "came": "come", "went": "go", "won": "win", "lost": "lose",
          "left": "leave", "began": "begin", "spoke": "speak", "sent": "send", "fought": "fight", "bought": "buy",
          "sold": "sell", "told": "tell", "said": "say", "flew": "fly", "flight": "fly", "rose": "rise",
          "fell": "fall", "struck": "strike", "became": "become", "wrote": "write", "talks": "talk",
          "visited": "visit", "visits": "visit", "downing": "shoot down", "downed": "shoot down",
          "shooting": "shoot", "launched": "launch", "launching": "launch", "announced": "announce",
          "announcement": "announce", "released": "release", "introduced": "introduce", "introduction": "introduce",
          "attacked": "attack", "invaded": "invade", "invasion": "invade", "resigned": "resign",
          "resignation": "resign", "died": "die", "death": "die", "elected": "elect", "election": "elect",
          "signed": "sign", "agreed": "agree", "agreement": "agree", "discussed": "discuss", "discussion": "discuss",
          "discussions": "discuss", "interviewed": "interview", "trips": "trip", "summits": "summit"}
