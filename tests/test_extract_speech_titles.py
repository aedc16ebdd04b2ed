"""Who 'the Minister', 'the head of state' and 'the President of the Republic' are: on a ministry's
own page its own minister, even right after the guest spoke; an office named by what it heads is
the one who just spoke when their title heads it; a title printed in full is its one holder."""

from __future__ import annotations

from tests.extracting import read

OWN_PAGE = ("REPUBLIC OF FINLAND\nMINISTRY FOR EUROPE AND FOREIGN AFFAIRS\n\n"
            "Press Releases\n\n"
            "Minister Virtanen holds talks with Estonia's Minister Tamm\n\n"
            "Helsinki, 6 May 2024 – Minister for Europe and Foreign Affairs Anna Virtanen today held talks in "
            "Helsinki with the Minister of Foreign Affairs of Estonia, Kadri Tamm.\n\n"
            "Minister Tamm, for her part, assured Virtanen that Tallinn would support the new ferry link.\n\n"
            "\"Our two capitals are closer than ever, and the ferry will prove it,\" she told her host.\n\n"
            "The Minister underlined that regional energy links are decisive for both countries.\n")


def test_the_minister_on_a_ministrys_own_page_is_its_own_minister_not_the_guest_who_spoke_last() -> None:
    facts = read(OWN_PAGE)
    words = next(s for s in facts.statements if "energy links" in s.text)
    assert words.speaker == "anna-virtanen"


STATE_VISIT = ("Presidents meet\n\n"
               "The President of the Republic, Pedro Alvarado, this morning welcomed the President of Ruritania, "
               "Maria Kovacs, at the palace.\n\n"
               "President Kovacs, who landed on Monday evening for a three-day state visit, is the first head of "
               "state of her country to visit in two decades.\n\n"
               "At a joint press conference, the President of the Republic underlined the weight that his "
               "government gives to Europe.\n\n"
               "\"Ruritania is a partner we trust, in trade and in science,\" President Alvarado said.\n\n"
               "The head of state added that both governments had asked their negotiators to finish the treaty "
               "this year.\n\n"
               "President Kovacs recalled that the two countries signed a trade agreement in 2006.\n\n"
               "\"Two decades later, our partnership must grow. Our scientists already work together,\" she said.\n")


def test_a_title_printed_in_full_is_its_one_holder_not_the_last_named_with_its_head_word() -> None:
    facts = read(STATE_VISIT)
    words = next(s for s in facts.statements if "weight" in s.text)
    assert words.speaker == "pedro-alvarado"
    quote = next(s for s in facts.statements if "partnership must grow" in s.text)
    assert quote.speaker == "maria-kovacs"


def test_the_head_of_state_added_is_the_president_who_just_spoke() -> None:
    facts = read(STATE_VISIT)
    words = next(s for s in facts.statements if "negotiators" in s.text)
    assert words.speaker == "pedro-alvarado"
