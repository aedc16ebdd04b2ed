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


def test_a_plural_countrys_possessive_apostrophe_gives_the_country() -> None:
    facts = read("Talks\n\nAn advance team will meet Joel Kabua, the Solomon Islands' Foreign Minister, in Honiara "
                 "tomorrow.\n")
    kabua = person(facts, "Joel Kabua")
    assert kabua.title == "Foreign Minister" and kabua.represents == "solomon-islands"


def test_a_commonwealth_style_between_office_and_name_is_neither() -> None:
    facts = read("Talks\n\nThe minister paid a courtesy call on the Prime Minister of Mauritius, Dr the Hon. "
                 "Raj Doorgah, GCSK, FRCP, at the New Treasury Building.\n")
    doorgah = person(facts, "Raj Doorgah")
    assert doorgah.title == "Prime Minister" and doorgah.represents == "mauritius"
    assert not {"GCSK", "FRCP"} & orgs(facts)  # letters of an order or degree after a name


def test_a_bare_office_is_spelled_out_by_the_full_one_printed_later() -> None:
    facts = read("Minister Halilovic holds call with Rwandan counterpart\n\nThe Minister of Foreign Affairs of "
                 "Bosnia and Herzegovina, Edin Halilovic, spoke by phone today with the Minister of Foreign Affairs "
                 "and International Cooperation of the Republic of Rwanda, Jean Mugisha.\n")
    assert person(facts, "Edin Halilovic").title == "Minister of Foreign Affairs"
    assert person(facts, "Jean Mugisha").represents == "rwanda"
    assert not any("Cooperation" in o for o in orgs(facts))  # the portfolio's rest is no body


def test_the_rest_of_a_portfolio_is_no_organisation() -> None:
    facts = read("Talks\n\nThe Minister of Foreign Affairs, Regional Integration and International Trade, Hon. "
                 "Ravi Doorgah, received the Minister of External Relations, Paul Essomba, on Friday.\n")
    assert not {"Regional Integration and International Trade", "External Relations"} & orgs(facts)
    assert person(facts, "Paul Essomba").title == "Minister of External Relations"


def test_a_speaker_is_an_office() -> None:
    facts = read("Talks\n\nOn Thursday, the president will pay a courtesy call on the Speaker of the Fono, "
                 "Tuala Iosefo, before flying home.\n")
    assert person(facts, "Tuala Iosefo").title == "Speaker"


def test_an_office_by_its_initials_and_a_documents_last_words_are_no_organisations() -> None:
    facts = read("Talks\n\nForeign Minister Ivan Petrov informed the DPM/FM that Minsk was ready to help. The two "
                 "signed a Memorandum of Understanding on Cooperation in Higher Education and Scientific "
                 "Research.\n")
    assert not {"DPM", "Scientific Research"} & orgs(facts)


def test_a_council_is_named_with_those_it_gathers() -> None:
    facts = read("Talks\n\nThe two ministers last met on the sidelines of the meeting of the SCO Council of "
                 "Foreign Ministers in July.\n")
    assert "SCO Council" not in orgs(facts)


def test_a_delegation_led_by_a_minister_of_a_two_part_portfolio_is_of_the_delegations_country() -> None:
    facts = read("Ministry of Foreign Affairs of Bosnia and Herzegovina\n\nTalks\n\nSarajevo, 9 July 2025 - The "
                 "Minister of Foreign Affairs of Bosnia and Herzegovina, Edin Halilovic, spoke by phone with the "
                 "Minister of Foreign Affairs of Rwanda, Jean Mugisha.\n\nMinister Mugisha said that a Rwandan "
                 "delegation led by the Minister of National Unity and Civic Engagement, Claude Habimana, would "
                 "attend the commemoration.\n\nMinister Halilovic conveyed an invitation from the Member of the "
                 "Presidency of Bosnia and Herzegovina, Zoran Kovac, to President Eric Nsengi to visit Bosnia and "
                 "Herzegovina.\n")
    assert person(facts, "Claude Habimana").represents == "rwanda"
    kovac = person(facts, "Zoran Kovac")
    assert kovac.title == "Member of the Presidency" and kovac.represents == "bosnia-and-herzegovina"
    assert person(facts, "Eric Nsengi").represents == "rwanda"  # the guest of a home official


def test_a_country_after_of_the_and_a_military_ruler_give_the_country() -> None:
    facts = read("Talks\n\nThe summit brought together President Andre Kolingba of the Central African Republic "
                 "and Niger's military ruler General Moussa Djibo.\n")
    assert person(facts, "Andre Kolingba").represents == "central-african-republic"
    assert person(facts, "Moussa Djibo").represents == "niger"


def test_one_standing_in_for_a_country_and_the_one_on_whose_behalf_act_for_it() -> None:
    facts = read("Talks\n\nCameroon was represented by the Prime Minister, Head of Government, Chief Dr Samuel "
                 "Ekane, on behalf of the Head of State, President Jean Mbida.\n")
    ekane = person(facts, "Samuel Ekane")
    assert ekane.title == "Prime Minister" and ekane.represents == "cameroon"
    assert person(facts, "Jean Mbida").represents == "cameroon"


def test_an_office_of_a_body_keeps_the_body_in_its_title() -> None:
    facts = read("Talks\n\nThe President of the ECCAS Commission, Mario Verissimo, told the summit that roadblocks "
                 "cost traders dearly.\n")
    assert person(facts, "Mario Verissimo").title == "President of the ECCAS Commission"


def test_the_usual_adjective_and_initials_of_a_country_give_the_country() -> None:
    facts = read("Talks\n\nThe Comorian Minister of Foreign Affairs, Said Bacar, will meet the FSM Secretary of "
                 "Foreign Affairs, Peter Nena, in Apia tomorrow.\n")
    assert person(facts, "Said Bacar").represents == "comoros"
    assert person(facts, "Peter Nena").represents == "federated-states-of-micronesia"
    assert "FSM" not in orgs(facts)
