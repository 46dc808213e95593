"""Merge candidates: the stored events a new article could join or conflict with, not every event of
the same verb within a year (the cost must follow the article, not the database)."""

from __future__ import annotations

from datetime import date

from service.ingest import Article, analyse, fetch_candidates, ingest
from service.store import Store

OTHERS = [("Mayor Tom Achebe of Graz", "the harbour", "May 9, 2021"),
          ("Minister Ada Stein of Porto", "night trains", "July 14, 2021"),
          ("Mayor Nora Berg of Cork", "bus fares", "September 2, 2021"),
          ("Minister Omar Sato of Turku", "the museum", "January 20, 2021")]


def _article(title: str, who: str, what: str, when: str, published: date) -> Article:
    return Article(title=title, text=f"{who} approved {what} on {when}, officials said.", published=published)


def test_candidates_are_the_events_an_article_can_join_not_the_whole_year(database_url):
    store = Store(database_url)
    first = ingest(store, _article("Lyon", "Mayor Ines Koval of Lyon", "the budget", "March 3, 2021",
                                   date(2021, 3, 5)))
    for n, (who, what, when) in enumerate(OTHERS):
        ingest(store, _article(f"Other {n}", who, what, when, date(2021, 10, 1)))
    again = _article("Lyon again", "Mayor Ines Koval of Lyon", "the city budget", "March 3, 2021", date(2021, 3, 6))
    _, _, mentions = analyse(again)
    with store.transaction() as repo:
        candidates = fetch_candidates(repo, mentions, "digest")
    assert {e.id for e in candidates} == {e.id for e in first.events}  # not the four other approvals
    joined = ingest(store, again)
    assert [e.id for e in joined.events] == [e.id for e in first.events]
    assert joined.created and joined.events[0].source_count == 2
    store.dispose()


def test_look_alikes_months_apart_are_candidates_others_are_not(database_url):
    """A conflict needs the same actor and a shared argument on dates that cannot agree: such a stored
    event is fetched however far apart within the window, the same act by somebody else is not."""
    store = Store(database_url)
    same = ingest(store, _article("Lyon", "Mayor Ines Koval of Lyon", "the budget", "March 3, 2021",
                                  date(2021, 3, 5)))
    ingest(store, _article("Graz", "Mayor Tom Achebe of Graz", "the budget", "July 3, 2021", date(2021, 7, 5)))
    later = _article("Lyon later", "Mayor Ines Koval of Lyon", "the budget", "August 9, 2021", date(2021, 8, 10))
    _, _, mentions = analyse(later)
    with store.transaction() as repo:
        candidates = fetch_candidates(repo, mentions, "digest")
    assert {e.id for e in candidates} == {e.id for e in same.events}
    flagged = ingest(store, later)
    with store.transaction() as repo:
        assert [c.id for c in repo.get_event(flagged.events[0].id).conflicts] == [same.events[0].id]
    store.dispose()


def test_a_recurring_look_alike_is_flagged_against_its_nearest_occurrences_only(database_url):
    """The same mayor approving the budget every month: a new approval is flagged against the two nearest
    before and after it (where a wrong date would have come from), not every one in the year, so what
    an article writes and reads does not grow with the occurrences stored."""
    store = Store(database_url)
    months = [1, 2, 3, 4, 5, 6, 10, 11, 12]
    stored = {}
    for month in months:
        done = ingest(store, _article(f"Lyon {month}", "Mayor Ines Koval of Lyon", "the budget",
                                      f"{date(2021, month, 3):%B} 3, 2021", date(2021, month, 5)))
        stored[month] = done.events[0].id
    later = ingest(store, _article("Lyon August", "Mayor Ines Koval of Lyon", "the budget", "August 9, 2021",
                                   date(2021, 8, 10)))
    with store.transaction() as repo:
        flagged = [c.id for c in repo.get_event(later.events[0].id).conflicts]
        assert flagged == sorted([stored[5], stored[6], stored[10], stored[11]])
        assert all(len(repo.get_event(i).conflicts) <= 5 for i in stored.values())
    store.dispose()


def test_a_mention_dated_by_its_year_is_a_candidate_for_a_day_in_it(database_url):
    """A stored mention whose period is a whole year starts months before a new day inside it: it is
    read from its own range of the index (span class 2), and the day joins it."""
    store = Store(database_url)
    year = ingest(store, Article(title="Year", text="Mayor Ines Koval of Lyon approved the budget in 2021, "
                                 "officials said.", published=date(2022, 1, 10)))
    day = _article("Day", "Mayor Ines Koval of Lyon", "the budget", "November 3, 2021", date(2021, 11, 5))
    _, _, mentions = analyse(day)
    with store.transaction() as repo:
        assert {e.id for e in fetch_candidates(repo, mentions, "digest")} == {e.id for e in year.events}
        assert [item.span for item in repo.get_event(year.events[0].id).evidence] == [2]
    store.dispose()
