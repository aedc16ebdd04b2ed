"""Addressees: to whom words were said. The object of 'told', 'assured', 'briefed'; 'his
counterpart' or 'his host' resolved to the person who holds that part at the event; a head of
state or government named by office."""

from __future__ import annotations

from typing import Any

from ..iris import slug
from ..reference import gazetteer
from .context import Parsed
from .mentions import agents, title_fits
from .occasion import OccasionAndDate
from .speakers import HEAD_OF, NOBODY, TITLE_HEADS, SpeakerResolution, _office_words


class AddresseeResolution(SpeakerResolution, OccasionAndDate):
    """Resolving the one words were said to; a host or counterpart is found among the people of
    the events told so far, so this needs both the speakers and the occasions of the page."""

    def addressee(self, parsed: Parsed, token: Any, speaker: str) -> list[str]:
        """Who was told: never the teller. 'received X and told him that ...': 'him' is the last
        other person named in the sentence, else before it; 'informed the Minister': the last other
        person with that title."""
        ctx = self.ctx
        if token.lower_ == "whom" and token.head.dep_ == "relcl" and token.head.head.i < token.i:
            # '..., Y, whom he told that ...': Y (the person named right before, however the clause hangs)
            before = token.i - 1
            while before > token.sent.start and parsed.doc[before].is_punct:
                before -= 1
            a_person = parsed.entities.get(before, ("", ""))[0] == "person"
            token = parsed.doc[before] if a_person else token.head.head
        if token.lower_ in ("him", "her"):
            gender = "m" if token.lower_ == "him" else "f"
            named = [ident for t in token.sent if t.i < token.i for kind, ident in [parsed.entities.get(t.i, ("", ""))]
                     if kind == "person" and ident != speaker]
            others = [p for p in ctx.recent_people if p != speaker]
            referent = ctx.last_person(gender, before=[*others, *named])
            return [referent] if referent else []
        if token.tag_ == "NNS" and token.i not in parsed.entities and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children) and not any(
                c.dep_ == "nummod" or c.lower_ == "both" for c in token.children):
            return []  # ('told the heads of state': a gathering, no one person; not 'the two ministers')
        national = self.national_title(token)
        if national == NOBODY:
            return []
        if national is not None and national != speaker:
            return [national]  # 'told the Algerian minister': that country's minister, not the last one named
        if token.lower_ in ("host", "guest", "visitor") and (any(c.dep_ == "poss" for c in token.children) or (
                token.lower_ == "visitor" and any(c.lower_ == "the" for c in token.children))):
            return self.host(parsed, speaker, guest=token.lower_ != "host")
        if token.lower_ == "head" and any(c.lower_ == "the" for c in token.children):
            office = next((o.lower_ for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj" and o.lower_ in HEAD_OF), None)
            if office is not None:
                # 'informed the head of state that ...': the other head of state named last
                return [p for p in reversed(ctx.recent_people) if p != speaker and any(
                    w in (ctx.people[p].title or "").lower() for w in HEAD_OF[office])][:1]
        # ('his Senegalese counterpart': the one of that country who holds the speaker's office, before
        # the last of that country named)
        found = self.counterpart_by_office(token, speaker) if token.lower_ == "counterpart" else []
        found = found or [a for a in agents(ctx, parsed, token) if a != speaker]
        found = [self.styled_person(a) for a in found]
        if not found and token.lower_ in TITLE_HEADS and any(c.lower_ == "the" for c in token.children):
            found = [p for p in reversed(ctx.recent_people) if p != speaker
                     and token.lower_ in (ctx.people[p].title or "").lower()
                     and title_fits(ctx.people[p].title or "", token)][:1]
        return found

    def styled_person(self, ident: str) -> str:
        """'told Mrs Okafor': a style and a known person's surname the recogniser took for an
        organisation are that person."""
        org = self.ctx.organizations.get(ident)
        if org is None:
            return ident
        words = org.name.split(None, 1)
        if len(words) != 2 or words[0] not in gazetteer().ranks:
            return ident
        return self.ctx.person_id(words[1]) or ident

    def host(self, parsed: Parsed, speaker: str, guest: bool = False) -> list[str]:
        """'assured his host that ...', 'told his guest that ...': the one other person, named
        already, at the speaker's meeting told so far; else the speaker's counterpart (the one other
        person named so far who holds the speaker's office for another country); else, of a visit,
        the one there of the country visited (for a guest, the one visiting)."""
        ctx = self.ctx
        events = list(reversed(self.events_so_far(parsed)))
        meetings = [others for event in events if speaker in event.attendees and event.type != "visit"
                    for others in [[a for a in event.attendees if a != speaker and a in ctx.people]]
                    if len(others) == 1]
        # (not one named only further down, whom the event was merged with: 'was received by X')
        named_all = [others for others in meetings if others[0] in ctx.recent_people]
        own = ctx.people.get(speaker)
        here = [a for e in self.events_so_far(parsed, recent=0) if speaker in e.attendees and e.type != "visit"
                for a in e.attendees if a != speaker]
        if len(named_all) > 1 and own is not None and own.title and named_all[0][0] not in here:
            # (a visitor who met several: his host is the one of his own office, the counterpart, more
            # than the one he called on after, unless that call is told in the words' own paragraph)
            office = _office_words(own.title)
            peer = next((others for others in named_all if _office_words(ctx.people[others[0]].title or "") == office
                         and ctx.people[others[0]].represents != own.represents), None)
            if peer is not None:
                return peer
        if named_all:
            return named_all[0]
        if own is not None and own.title:
            office = _office_words(own.title)
            same = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if p != speaker and ctx.people[p].title
                    and _office_words(ctx.people[p].title or "") == office
                    and (ctx.people[p].represents != own.represents or own.represents is None)]
            if len(same) == 1:
                return same
        if guest:
            for event in events:
                visitors = [a for a in event.attendees if a != speaker and a in ctx.people]
                if event.type == "visit" and speaker not in event.attendees and visitors:
                    return visitors[:1]
        if meetings:
            return meetings[0]
        for event in events:
            place = ctx.places.get(event.location or "")
            country = place.contained_in if place is not None and place.type != "Country" else event.location
            if speaker in event.attendees and event.type == "visit" and country:
                found = [p for p in reversed(ctx.recent_people) if p != speaker
                         and ctx.people[p].represents == country and ctx.people[p].title]
                return found[:1]
        return []

    def counterpart_by_office(self, token: Any, speaker: str) -> list[str]:
        """'Haroyan informed his Georgian counterpart': of that country's people, the one whose
        office is the speaker's, however printed ('Foreign Minister', 'Minister of Foreign Affairs')."""
        ctx = self.ctx
        countries = [ctx.country_of_text(c.text) for c in token.children if c.dep_ in ("amod", "compound")]
        country = next((slug(c.name) for c in countries if c is not None), None)
        own = ctx.people.get(speaker)
        if country is None or own is None or not own.title:
            return []
        office = _office_words(own.title)
        found = [p.id for p in ctx.people.values() if p.represents == country and p.id != speaker
                 and p.title and _office_words(p.title) == office]
        if not found and not any(p.represents == country and p.title for p in ctx.people.values()):
            # (no official of that country known: the one of the same office whose country the
            # story leaves untold)
            found = [p.id for p in ctx.people.values() if p.represents is None and p.id != speaker
                     and p.title and _office_words(p.title) == office]
        return found if len(found) == 1 else []
