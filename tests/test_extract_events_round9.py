"""Event rules of the ninth round, one invented sentence each (names are invented or generic)."""

from __future__ import annotations

from diplograph.dates import resolve_date
from diplograph.model import Event, Facts

from .extracting import read


def of_type(facts: Facts, kind: str) -> list[Event]:
    return [e for e in facts.events if e.type == kind]


def test_this_weekday_in_that_weekdays_paper_is_today() -> None:
    assert resolve_date("this Thursday", "2025-09-11", future=True) == "2025-09-11"
    assert resolve_date("next Thursday", "2025-09-11") == "2025-09-18"


def test_a_day_the_recogniser_glued_to_a_span_after_a_comma() -> None:
    facts = read("Talks\n\nUtopian President Ana Lind held talks with Ruritanian Prime Minister Karl Berg in Lisbon "
                 "on Monday.\n\nLind and Berg spoke by phone on Oct. 30, two days after the flood reached the "
                 "capital.\n", published="2025-12-08")
    [call] = of_type(facts, "phone_call")
    assert call.start == "2025-10-30"


def test_later_in_the_day_is_the_days_news_not_an_earlier_occasion() -> None:
    facts = read("Talks\n\nForeign Minister Ana Lind of Utopia sat down this Thursday with her Ruritanian "
                 "counterpart, Piet Vos, in Lisbon.\n\nLind and Vos last met on 25 June in Madrid.\n\n"
                 "Later in the day, Vos paid a courtesy call on the President of Utopia, Karl Brun, at the "
                 "palace.\n", published="2025-09-11")
    meetings = {tuple(sorted(e.attendees)): e for e in of_type(facts, "meeting")}
    assert meetings[("karl-brun", "piet-vos")].start == "2025-09-11"
    assert {e.start for e in meetings.values()} == {"2025-09-11", "2025-06-25"}


def test_the_clause_describing_a_summit_dates_it_not_the_verbs_above() -> None:
    facts = read("Talks\n\nForeign Minister Ana Lind of Utopia met her Ruritanian counterpart, Piet Vos, on "
                 "Monday in Lisbon, where the two reviewed the preparations for the Summit of the Oceans, which "
                 "Utopia will host in Porto in December.\n", published="2025-09-11")
    [summit] = of_type(facts, "summit")
    assert (summit.location, summit.start, summit.status) == ("porto", "2025-12", "scheduled")
