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
