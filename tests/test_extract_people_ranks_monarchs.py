"""A given name that is also a rank word, and a monarch printed with no country."""

from diplograph.extract import extract

from .extracting import person, read


def _people(text: str) -> dict[str, object]:
    facts = extract(text, source="invented.txt", published="2025-05-01")
    return {p.name: p for p in facts.people}


def test_gen_before_a_lone_surname_is_a_given_name() -> None:
    people = _people("Ruritanian Defence Minister Gen Arakawa held talks with Deputy Minister Ivo Koré "
                     "in the capital on Tuesday.")
    assert "Gen Arakawa" in people


def test_king_without_country_is_of_the_one_monarchy_named() -> None:
    people = _people("Prime Minister Ana Berg of France met a delegation from Morocco in Paris on Friday. "
                     "King Hassan IX sent a message to the delegation.")
    king = next(p for name, p in people.items() if "Hassan" in name)
    assert king.represents and "morocco" in king.represents


def test_king_is_left_without_country_when_two_monarchies_are_named() -> None:
    people = _people("Prime Minister Ana Berg of France met delegations from Morocco and Jordan in Paris on "
                     "Friday. King Hassan IX sent a message to the delegations.")
    king = next(p for name, p in people.items() if "Hassan" in name)
    assert king.represents is None


def test_a_rank_before_a_known_surname_is_that_person_not_a_given_name() -> None:
    facts = read("Talks\n\nArmy chief Gen Ade Koroma met Defence Minister Ana Berg in Freetown on Monday.\n\n"
                 "Gen Koroma said the talks were useful.\n")
    assert sorted(p.name for p in facts.people) == ["Ade Koroma", "Ana Berg"]
    assert [s.speaker for s in facts.statements] == [person(facts, "Ade Koroma").id]
