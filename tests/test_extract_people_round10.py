"""People and organisations: name shapes the recogniser cuts or mislabels, portfolios it takes for
bodies, and whom officials act for (invented names)."""

from __future__ import annotations

from .extracting import person, read


def names(facts: object) -> set[str]:
    return {p.name for p in facts.people}  # type: ignore[attr-defined]


def orgs(facts: object) -> set[str]:
    return {o.name for o in facts.organizations}  # type: ignore[attr-defined]


def test_a_generational_suffix_stays_in_the_name_and_the_name_without_it_is_another() -> None:
    facts = read("Talks\n\nLIMA, May 10 (AP) — Peru and Chile will share data, President Luis Campos said on Friday "
                 "after talks with Chilean President Roberto Mendez Jr.\n\nMendez arrived on Thursday.\n")
    mendez = person(facts, "Roberto Mendez Jr.")
    assert mendez.represents == "chile" and mendez.title == "President"
    assert "Roberto Mendez" in mendez.alternate_names


def test_particles_join_the_parts_of_a_name_whatever_the_recogniser_took_them_for() -> None:
    facts = read("Talks\n\nThe agreement was signed by Peru's Foreign Minister Ernesto dos Santos Freitas and "
                 "Chile's Minister of State Ana Rojas on Friday.\n")
    assert "Ernesto dos Santos Freitas" in names(facts)
    assert not {"Santos Freitas", "Ernesto"} & (names(facts) | orgs(facts))


def test_a_name_with_an_apostrophe_is_one_name() -> None:
    facts = read("Talks\n\nThe meeting was chaired by Prime Minister Lagi Naomi Ta'avao of Samoa on Friday.\n")
    assert "Lagi Naomi Ta'avao" in names(facts)


def test_an_abbreviated_given_name_is_part_of_the_name() -> None:
    facts = read("Talks\n\nPeru's Foreign Minister Luis Campos received a phone call from the Secretary of "
                 "Foreign Affairs of the Philippines, Ma. Lourdes Bautista, on Sunday.\n")
    bautista = person(facts, "Ma. Lourdes Bautista")
    assert bautista.represents == "philippines"
    assert "Ma" not in names(facts)


def test_a_surname_with_a_hyphened_particle_is_the_full_name_printed_before() -> None:
    facts = read("Talks\n\nKuwait's Foreign Minister Khalid Al-Rumaih received a call on Sunday.\n\n"
                 "Minister Al-Rumaih welcomed the steady improvement in relations.\n")
    assert names(facts) == {"Khalid Al-Rumaih"}


def test_a_name_before_a_comma_and_its_office_is_a_person() -> None:
    facts = read("Talks\n\nLeopold Tarimea, Nauru's Minister for Foreign Affairs and Trade, said the airline was "
                 "studying a new route.\n")
    tarimea = person(facts, "Leopold Tarimea")
    assert tarimea.represents == "nauru"
    assert tarimea.title == "Minister for Foreign Affairs and Trade"
    assert "Leopold Tarimea" not in orgs(facts)


def test_a_name_before_the_members_of_a_body_is_the_body() -> None:
    facts = read("Talks\n\nThe talks came days after an attack by Ansar Kalida fighters near the border.\n")
    assert "Ansar Kalida" not in names(facts)
    assert "Ansar Kalida" in orgs(facts)


def test_a_document_named_for_a_place_is_no_person() -> None:
    facts = read("Talks\n\nThe leaders adopted the Koror Declaration on ocean health on Friday.\n")
    assert "Koror Declaration" not in names(facts)
