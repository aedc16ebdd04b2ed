"""Events from verbs and nouns: "met", "held talks", "a meeting with", "will travel to",
"a four-day visit", "on the sidelines of a conference", "last met at the G20 gathering".
The same event mentioned in several sentences becomes one event.

This module reads each trigger into an event (EventFinder) and is the package's entry point for
events; the questions it asks along the way live beside it: which words are triggers
(event_triggers), what day (event_dates), who and where (event_roles), the gathering an event is
part of (gatherings) and whether two mentions are one event (event_merging)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..dates import add_days, duration_days, month_of, resolve_date, resolve_range
from ..model import Event
from .attendance import companions, gathering_people, people_in
from .context import Context, Parsed
from .event_dates import (
    BARE_DAY_OF_EVENT,
    DAY_OF_EVENT,
    LATER_SAME_DAY,
    NEXT_DAY,
    ORDINAL_DAYS,
    SAME_DAY_AFTER,
    THAT_TIME_OF_DAY,
    clause_anchors,
    curtain_down,
    date_phrases,
    near_publication,
    noun_words_before,
    resolve_clause_date,
    resolve_in_clause,
    soon_after,
    stay_length,
    told_in_present,
)
from .event_merging import merge_into, same_event
from .event_roles import (
    host_places,
    place_in_phrase,
    places_under,
    remember_people,
    subject_people,
    where_place,
    with_agents,
    within_phrase,
)
from .event_triggers import (
    GATHERING_NOUNS,
    HOSTING,
    a_noun_event,
    commission_countries,
    due_in,
    holding_clauses,
    in_conjoined_clause,
    in_honour_of,
    is_future,
    joint_body,
    over_the_phone_with,
    trigger_type,
    two_sided_verb,
    withs_in_clause,
)
from .gatherings import (
    bare_sidelines,
    city_in_name,
    clause_span,
    event_name,
    gathering_after,
    gathering_of_part,
    settle_gathering_attendees,
)
from .mentions import agents, governing_verb, subjects

RECALLING = {"recall", "remember", "recollect", "evoke"}  # "recalled their meeting in X"
ENDING = {"end", "close", "conclude", "wrap", "finish"}
# Verbs whose object is a guest: "X receives Y for an official visit" (Y visits)
GUEST_VERBS = {"receive", "host", "welcome", "invite", "greet"}
MEASURES = {"hour", "day", "week", "round", "minute", "session"}  # "after two rounds of talks"
# "between the two countries", "the energy ministers of the two countries": the story's two countries
# who meet unnamed ('foreign ministers of the bloc will meet in X in May'); a body's meeting is a conference
DELEGATE_BODIES = {"council", "assembly", "conference"}
UNNAMED_DELEGATES = {"minister", "official", "envoy", "diplomat", "delegate", "delegation", "expert",
                     "secretary", *DELEGATE_BODIES}
PAIR_NOUNS = {"countries", "nations", "sides", "governments", "ministries", "states", "parties"}


@dataclass
class Reading:
    """What the words around one trigger say of its event, gathered before it is built."""
    attendees: list[str] = field(default_factory=list)
    location: list[str] = field(default_factory=list)
    start: str | None = None  # from a trip or a relative clause, when the clause gives no date
    end: str | None = None
    future: bool = False
    described: bool = False  # start is the date of a clause describing the noun ('which X will host in May')

# The entry point: the extractor runs EventFinder and settles gathering attendees; documents and
# speech read their clauses' dates and people with the same helpers.
__all__ = ["EventFinder", "date_phrases", "remember_people", "settle_gathering_attendees", "with_agents"]


# verbs of telling someone something: the one told was at the talks the verb is told in
ADDRESSING = {"tell", "assure", "reassure", "inform", "brief", "thank", "congratulate", "urge", "update"}


class EventFinder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.mentions: list[tuple[Parsed, Any, Event]] = []  # (block, trigger token, event)
        self.durations: dict[str, int] = {}  # event id -> length in days ("a four-day visit")
        # event id -> the event of the clause it hangs under ("met X before holding talks with Y")
        self.follows: dict[str, str] = {}
        self.past: set[str] = set()  # events first told in the past tense
        self.hostings: list[tuple[Parsed, Any, Event]] = []  # "X hosted Y", "Y was received by X"
        self.summit_bodies: set[str] = set()  # bodies whose meetings are summits ('the OECS Authority')
        self.summit_councils: set[str] = set()  # 'council': 'the council' after 'the X Council of Heads of State'
        self.occasions_before: set[str] = set()  # "they last met in Busan": not the day the story tells
        self.referred: set[str] = set()  # gatherings a bare 'the meeting' referred back to

    def run(self) -> None:
        for parsed in self.ctx.blocks:
            if parsed.block.kind not in ("headline", "summary", "paragraph"):
                continue
            for sentence in parsed.doc.sents:
                for token in sentence:
                    if parsed.in_quote(token.idx):
                        continue
                    kind = trigger_type(token) or self._next_session(token)
                    if kind:
                        self.event_at(parsed, token, kind)
                remember_people(self.ctx, parsed, sentence)
        for event in self.ctx.events:
            if event.super_event == event.id:
                event.super_event = None  # a mention of the gathering merged into the gathering itself
        self._settle_gatherings()
        for event in self.ctx.events:
            self._settle_from_others(event)
        for event in self.ctx.events:
            self._visit_to_the_city(event)
        self._news_in_the_dateline_city()
        by_id = {e.id: e for e in self.ctx.events}
        for event in self.ctx.events:
            before = by_id.get(self.follows.get(event.id, ""))
            if before is not None and event.type in ("meeting", "visit") and not event.location \
                    and event.start in (None, before.start):
                # "met Nowak at the ministry before holding talks with ...": the same day, the same city
                event.location, event.start, event.status = before.location, before.start, before.status
        self._date_the_lead()
        for parsed, verb, event in self.hostings:
            if event.location:
                self._hosts_represent_their_country(parsed, verb, event.location)
        for parsed, verb, event in self.hostings:
            if event.location and event.type == "meeting" and verb.pos_ == "VERB":
                self._guests_visit(parsed, verb, event)
        for event in self.ctx.events:
            self._met_during_a_visit(event)  # (a guest's visit read from the hosting: "received X in Y")
        self._news_in_the_dateline_city()  # (again, for the meetings the lead and the visits have just dated)
        for event in self.ctx.events:
            days = self.durations.get(event.id)
            if days and event.start and len(event.start) == 10 and not event.end:
                event.end = add_days(event.start, days - 1)
            if event.start and self.ctx.published and event.start > self.ctx.published:
                event.status = "scheduled"
            elif event.start and event.status is None:
                event.status = "happened"

    def _next_session(self, token: Any) -> str | None:
        """'will host the next ordinary session in X in December', after a summit read as a session of a
        body of heads of state ('the 67th Ordinary Session of the X Authority of Heads of State'): the
        next of those summits."""
        if token.lemma_.lower() != "session" or token.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None
        if not any(c.dep_ == "amod" and c.lower_ in ("next", "ordinary", "extraordinary") for c in token.children):
            return None
        told = any(e.type == "summit" and "session" in (e.name or "").lower() for e in self.ctx.events)
        return "summit" if told else None

    def _settle_gatherings(self) -> None:
        """A gathering with no place is where the story was filed from; it and the meetings on its
        sidelines lend each other their day and place."""
        by_id = {e.id: e for e in self.ctx.events}
        dateline = self.ctx.place_named(self.ctx.page.dateline_place, register=False) \
            if self.ctx.page.dateline_place else None
        for event in self.ctx.events:
            parent = by_id.get(event.super_event or "")
            if parent is not None and not parent.start and event.start:
                parent.start = event.start
            if parent is not None and not parent.location and event.location:
                parent.location = event.location  # (before the dateline: "met in Geneva, on the margins of X")
        for event in self.ctx.events:
            if event.type in ("summit", "conference") and not event.location and dateline in self.ctx.places:
                event.location = dateline  # a gathering the story was filed from
        for event in self.ctx.events:
            parent = by_id.get(event.super_event or "")
            if parent is not None and not event.location and parent.location:
                event.location = parent.location  # a meeting on the sidelines is where the summit is

    def _settle_from_others(self, event: Event) -> None:
        """What an event leaves unsaid, from the one other event of the same person it must be."""
        events = self.ctx.events
        self._met_during_a_visit(event)
        if event.type == "meeting" and not event.start and event.location:
            # "met X in Tehran on Tuesday ... In Tehran, he also held talks with Y": that day
            # (not from another time there: "will be received in Lome" is not "last visited Lome in 2024";
            # "will pay a visit to Togo on Monday ... will be received in Lome": that visit's day)
            dated = {e.start for e in events if e is not event and e.type in ("meeting", "visit") and e.start
                     and (e.location == event.location or self._within(event.location, e.location or ""))
                     and e.status == event.status and set(e.attendees) & set(event.attendees)}
            if len(dated) == 1:
                event.start = dated.pop()
        if event.type == "visit" and event.start and not event.location:
            # "arrived in the capital on Thursday for a one-day visit ... talks in Lilongwe on Thursday"
            met_in = {e.location for e in events if e.type == "meeting" and e.location and e.start
                      and event.start <= e.start <= (event.end or event.start)
                      and set(e.attendees) & set(event.attendees)}
            if len(met_in) == 1:
                event.location = met_in.pop()
        if event.type == "visit" and not event.start and event.location:
            # "on his first visit to Berlin": the day he met people there
            there = [e for e in events if e.type == "meeting" and e.location == event.location
                     and e.start and set(e.attendees) & set(event.attendees)]
            if len(there) == 1:
                event.start, event.status = there[0].start, there[0].status

    def _met_during_a_visit(self, event: Event) -> None:
        """'paid a visit to Vilnius on Tuesday ... The two leaders met on Tuesday morning'; "arrived in
        Tashkent on Monday for a two-day visit ... X received him on Tuesday": a day of the visit."""
        if event.type == "meeting" and not event.location and event.start:
            trips = [e for e in self.ctx.events if e.type == "visit" and e.location and e.start and (
                e.start == event.start or e.start <= event.start <= (e.end or e.start))
                and set(e.attendees) & set(event.attendees)]
            if len(trips) == 1:
                event.location = trips[0].location
            elif not trips and len(event.start) == 10 and all(e is not event for _p, _v, e in self.hostings):
                # "held talks in Ottawa on Thursday ... Later Thursday, X sat down with Y": where X was that day
                # (not a reception: a guest received is on a visit, settled by the hostings)
                places = {e.location for e in self.ctx.events if e is not event and e.type == "meeting" and e.location
                          and e.start == event.start and e.status == event.status
                          and e.id not in self.occasions_before and set(e.attendees) & set(event.attendees)}
                if len(places) == 1:
                    event.location = places.pop()

    def _visit_to_the_city(self, event: Event) -> None:
        """'will pay a visit to Togo on Monday ... will be received in Lome': a visit to a country is to
        the one city of it where its visitor meets people during it."""
        place = self.ctx.places.get(event.location or "")
        if event.type != "visit" or place is None or place.type != "Country" or not event.start:
            return
        cities = {e.location for e in self.ctx.events if e.type == "meeting" and e.location and e.start
                  and event.start <= e.start <= (event.end or event.start) and e.status == event.status
                  and self._within(e.location, place.id) and set(e.attendees) & set(event.attendees)}
        if len(cities) == 1:
            event.location = cities.pop()

    def _the_country(self, verb: Any) -> list[str]:
        """'arrived in the country': the country the story was filed from, in the city it was filed from."""
        ctx = self.ctx
        dateline = ctx.place_named(ctx.page.dateline_place, register=False) if ctx.page.dateline_place else None
        if dateline not in ctx.places or not any(
                p.dep_ == "prep" and p.lower_ in ("in", "to") and any(
                    o.dep_ == "pobj" and o.lower_ == "country" and [c.lower_ for c in o.children] == ["the"]
                    for o in p.children) for p in verb.children):
            return []
        return [dateline] if dateline else []

    def _news_in_the_dateline_city(self) -> None:
        """'Port Louis, 22 May - X received Y at the Ministry this morning. Y is on a working visit to
        Mauritius': a meeting of the story's days placed only in the country of the city the story was
        filed from (or not placed, during a visit there) is in that city."""
        ctx = self.ctx
        city = ctx.places.get(ctx.place_named(ctx.page.dateline_place, register=False) or "") \
            if ctx.page.dateline_place else None
        if city is None or city.type != "City" or not city.contained_in or not ctx.published:
            return
        country = city.contained_in
        for event in ctx.events:
            if event.type not in ("meeting", "visit") or event.id in self.occasions_before or not near_publication(
                    event.start, ctx.published):
                continue
            if event.location == country and event.type == "meeting":
                event.location = city.id
        for event in ctx.events:
            if event.type == "meeting" and not event.location and near_publication(event.start, ctx.published) and any(
                    e.type == "visit" and e.location in (city.id, country) and set(e.attendees) & set(event.attendees)
                    and e.start and event.start and e.start <= event.start <= (e.end or e.start) for e in ctx.events):
                event.location = city.id  # a meeting during a visit to the dateline's city or country
        received = {e.id for _p, verb, e in self.hostings if verb.lemma_.lower() in ("receive", "host")}
        for event in ctx.events:
            if event.type == "meeting" and not event.location and event.id in received \
                    and event.id not in self.occasions_before and near_publication(event.start, ctx.published):
                event.location = city.id  # "Tunis, Nov. 15 - X received Y on Thursday": at home, the news's city

    # --- one mention ------------------------------------------------------------------------
    def event_at(self, parsed: Parsed, token: Any, kind: str, *, inherited: list[str] | None = None,
                 as_noun: bool = False) -> Event | None:
        """The event one trigger word reports, merged into the same event already read."""
        verbal = (token.pos_ == "VERB" or due_in(token)) and not as_noun
        if not verbal and not a_noun_event(token):
            return None
        if not verbal and kind in ("summit", "conference"):
            # the gathering a meeting was on the sidelines of, read again as a trigger of its own: once
            told = next((e for p, t, e in self.mentions if p is parsed and t == token and e.type == kind), None)
            if told is not None and told in self.ctx.events:
                return told
        referent = None
        if not verbal and kind == "summit" and token.lower_ == "meeting":
            # "the meeting of the X Council of Heads of Government": later meetings of 'the council' are summits
            self.summit_councils.update(o.lower_ for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
        if not verbal and kind in ("meeting", "conference") and self._leaders_meeting(token):
            kind = "summit"  # "heads of government adopted X at the close of a meeting of the Authority"
            if not any(p.dep_ == "prep" and p.lower_ == "of" for p in token.children):
                # "The meeting at the hotel brought together ...": the summit just told
                referent = next((e for e in reversed(self.ctx.events) if e.type == "summit"), None)
        if not verbal and kind == "summit" and token.lower_ == "gathering" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children) and not any(
                c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "EVENT", "NORP") for c in token.children):
            # "... for the organisation's Ministerial Council. The two-day gathering opened ...": that one
            told = next((e for e in reversed(self.ctx.events) if e.type in ("summit", "conference")), None)
            if told is not None and told.type == "conference":
                kind, referent = "conference", told
        if not verbal and token.dep_ in ("appos", "npadvmod") and any(
                p is parsed and (t == token.head or t.head == token.head) for p, t, _ in self.mentions):
            return None  # "held talks with X, their last meeting before ...": the same talks, described
        if not verbal and token.dep_ == "pobj" and token.head.lower_ in ("before", "after", "ahead", "since") \
                and all(c.dep_ in ("det", "poss") for c in token.children):
            return self._refer(parsed, token, kind)  # "before the summit": a time told by the event, not it
        reading = Reading(attendees=list(inherited or []), future=is_future(token))
        if verbal:
            hosted = self._hosted_gathering(parsed, token)
            if hosted is not None:
                return hosted
            if not self._read_verb(parsed, token, kind, reading):
                return None
        elif not self._read_noun(parsed, token, kind, reading):
            return self._refer(parsed, token, kind)  # talks with unnamed officials: no one to record
        if not verbal and kind in ("summit", "conference") and not reading.location:
            reading.location.extend(city_in_name(self.ctx, token))  # "the Valletta Dialogue": in Valletta
        super_event = self._super_event(parsed, token, verbal, inherited)
        if super_event is None and not verbal and _separate(token) and not reading.location:
            super_event = self._gathering_told_last(parsed, token, kind)  # "In a separate meeting, X held talks"
        if super_event is not None and not reading.location:
            reading.location = [super_event.location] if super_event.location else []
        attendees = list(dict.fromkeys(a for a in reading.attendees if a))
        start, end, days = self._dates(parsed, token, verbal, reading, super_event)
        if not attendees and not reading.location and start is not None and not verbal and reading.future:
            # "He invited her to visit X ...; the trip was pencilled in for March": the visit told, its month
            told = self._refer(parsed, token, kind, end, days)
            if told is not None and not told.start and told.status == "scheduled":
                told.start = start
                return told
        if not attendees and not reading.location and start is None:
            return self._refer(parsed, token, kind, end, days)  # "the two-day summit, which ends on Monday"
        if kind in ("summit", "conference") and not verbal and not reading.location and start is None:
            told = self._refer(parsed, token, kind, end, days)  # "the summit was chaired by X"
            if told is not None:
                told.attendees.extend(a for a in attendees if a not in told.attendees)
                return told
        if kind == "meeting" and not attendees and not verbal and (reading.location or start):
            attendees = commission_countries(self.ctx, token)  # "the Utopian-Ruritanian commission"
            if not attendees and (joint_body(token) or any(joint_body(o) for p in token.children if p.lower_ == "of"
                                                            for o in p.children)):
                attendees = self._story_countries()  # "the first session of the Joint Commission"
        if kind == "meeting" and not attendees and reading.location and start:
            attendees = self._pair_countries(parsed, token, verbal)  # "consultations between the two countries"
        unnamed = kind == "meeting" and verbal and not attendees and reading.location and start \
            and reading.future and self._unnamed_delegates(parsed, token)
        if unnamed:
            kind = unnamed  # "IGAD foreign ministers are due to meet in X in February": no one named
        elif kind in ("meeting", "phone_call") and not attendees and (verbal or not (reading.location and start)):
            return self._refer(parsed, token, kind)
        if kind == "meeting" and verbal and self._pair_phrase(token, verbal):
            attendees = self._story_countries()  # "the energy ministers of the two countries will meet"
        merged = None
        for people, place in self._occasions(parsed, token, kind, attendees, reading.location):
            if referent is not None:
                referent.location = referent.location or place
                if not referent.start and start:
                    referent.start, referent.end = start, end
                referent.attendees.extend(a for a in people if a not in referent.attendees)
                referent.evidence.append(self.ctx.evidence(parsed, *clause_span(token, verbal)))
                self.mentions.append((parsed, token, referent))
                merged = referent
                continue
            event = Event(id="", type=kind, name=event_name(parsed, token, kind), attendees=people,
                          location=place, start=start, end=end,
                          evidence=[self.ctx.evidence(parsed, *clause_span(token, verbal))])
            published = self.ctx.published
            to_come = start is None or not published or start >= published[:len(start)]  # "later this month"
            event.status = "scheduled" if reading.future and to_come else ("happened" if start else None)
            if super_event is not None:
                event.super_event = super_event.id
                if super_event.id in self.referred:  # (those who met on its sidelines were there)
                    super_event.attendees.extend(a for a in people if a in self.ctx.people
                                                 and a not in super_event.attendees)
                if not super_event.start and event.start:
                    super_event.start = event.start
                if super_event.status == "scheduled" and event.status == "happened" and event.start:
                    # "had last met in March, on the sidelines of the X Forum": the forum was then, and is past
                    super_event.start, super_event.end, super_event.status = event.start, None, "happened"
            merged = self._record(parsed, token, event, days, verbal, reading.future)
        if verbal and kind == "visit" and merged is not None:
            self._purpose_meeting(parsed, token, merged)
        return merged

    def _leaders_meeting(self, token: Any) -> bool:
        """A 'meeting' that is a summit: one of a body ('a meeting of the X Authority') where heads of
        state or government are the subject of its clause, or a later mention of a meeting of that body
        ('the next meeting of the Authority') or of that meeting ('The meeting ... brought together')."""
        if token.lower_ != "meeting":
            return False
        body = next((o.lower_ for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if body is not None and body in self.summit_bodies:
            return True
        # "the next meeting of the council", after "the meeting of the X Council of Heads of Government"
        if any(o.lower_ in self.summit_councils and o.pos_ == "NOUN" and [c.lower_ for c in o.children][:1] == ["the"]
               for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"):
            return True
        verb = governing_verb(token)
        if body is not None and verb is not None and any(
                s.lower_ in ("heads", "leaders") and s.pos_ == "NOUN" for s in subjects(verb)):
            self.summit_bodies.add(body)
            return True
        # "The meeting at the hotel brought together ...": the summit told as a meeting just before
        return bool(self.summit_bodies) and body is None and token.dep_ in ("nsubj", "pobj") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
            c.dep_ in ("amod", "compound", "poss", "nummod") for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)

    def _purpose_meeting(self, parsed: Parsed, token: Any, trip: Event) -> None:
        """'will travel to X tomorrow to finalise the programme with Y': the trip's purpose is a
        meeting with Y, there and then."""
        ctx = self.ctx
        for clause in (c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                       and any(m.lower_ == "to" for m in c.children if m.dep_ == "aux")):
            if trigger_type(clause) is not None:
                continue  # "travel to X to meet Y": the verb tells its own event
            partners = [a for holder in [clause, *(c for c in clause.children if c.dep_ == "dobj")]
                        for a in with_agents(ctx, parsed, holder, ("with",)) if a in ctx.people]
            visitors = [a for a in subject_people(ctx, parsed, token) if a not in partners]
            if not partners or not visitors:
                continue
            meeting = Event(id="", type="meeting", attendees=visitors + partners, location=trip.location,
                            start=trip.start, end=None, status=trip.status,
                            evidence=[ctx.evidence(parsed, *clause_span(token, True))])
            self.mentions.append((parsed, clause, self.add(meeting, None, past=trip.id in self.past)))

    def _occasions(self, parsed: Parsed, token: Any, kind: str, attendees: list[str], location: list[str]
                   ) -> list[tuple[list[str], str | None]]:
        """The events one mention tells: who and where. A call is between two, so 'held phone talks
        with X and Y' is a call each; people meet in one city at a time, so 'met X in A and in B'
        is a meeting in each."""
        place = location[0] if location else None
        if kind == "phone_call":
            partners = [a for a in with_agents(self.ctx, parsed, token, ("with",)) if a in self.ctx.people]
            callers = [a for a in attendees if a not in partners]
            if len(partners) >= 2 and len(callers) == 1:
                return [([callers[0], partner], place) for partner in partners]
        holders = [token, *holding_clauses(token)] if token.pos_ != "VERB" else []
        if kind == "meeting" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                w.lower_ == "with" for w in c.conjuncts) for h in holders for c in h.children):
            # "talks with X and with Y": a meeting with each, when one person held them
            partners = [a for h in holders for a in with_agents(self.ctx, parsed, h, ("with",)) if a in self.ctx.people]
            hosts = [a for a in attendees if a not in partners]
            if len(partners) >= 2 and len(hosts) == 1:
                return [([hosts[0], partner], place) for partner in partners]
        if kind == "meeting" and token.pos_ == "VERB":
            cities = list(dict.fromkeys(places_under(parsed, token, ("in",))))
            if len(cities) > 1 and all(self.ctx.places[c].type == "City" for c in cities):
                return [(list(attendees), city) for city in cities]
        return [(attendees, place)]

    def _pair_countries(self, parsed: Parsed, token: Any, verbal: bool) -> list[str]:
        """'consultations between the two countries', 'the energy ministers of the two countries will
        meet': the two countries the story is about, when it is about two."""
        return self._story_countries() if self._pair_phrase(token, verbal) else []

    def _unnamed_delegates(self, parsed: Parsed, verb: Any) -> str | None:
        """'ministers responsible for security will meet in X next month': a meeting of people the story
        does not name; a conference when they are of a named organisation ('OECS ministers of
        agriculture', 'the OIC Council of Foreign Ministers'). None when the subject names someone."""
        delegates = named_body = False
        for subject in subjects(verb):
            kinds = {parsed.entities.get(t.i, ("", ""))[0] for t in subject.subtree}
            if "person" in kinds or subject.pos_ == "PRON":
                return None
            # ('OECS ministers': a name the parse leaves untagged; 'IGAD ministers' split in two subjects)
            named_body = named_body or "organization" in kinds or any(
                t is not subject and (t.pos_ == "PROPN" or (t.is_upper and len(t) > 1)) and t.i not in parsed.entities
                for t in subject.subtree)
            if subject.lemma_.lower() in UNNAMED_DELEGATES:
                delegates = True
                named_body = named_body or subject.lemma_.lower() in DELEGATE_BODIES
            elif "organization" not in kinds:
                return None
        if not delegates:
            return None
        return "conference" if named_body else "meeting"

    @staticmethod
    def _pair_phrase(token: Any, verbal: bool) -> bool:
        """The words name those who meet as 'of' or 'between the two countries'."""
        phrases = subjects(token) if verbal else [token]
        if verbal and any(joint_body(s) for s in phrases):
            return True  # "a joint defence commission is to meet in X in July"
        # ("officials from both countries will meet in X next month")
        return any(t.lower_ in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in t.children)
                   and t.dep_ == "pobj" and t.head.lower_ in ("between", "of", "among", "from")
                   for phrase in phrases for t in phrase.subtree)

    def _story_countries(self) -> list[str]:
        """The two countries a story is about: those its people act for, else (with) those it names most."""
        ctx = self.ctx
        acting = list(dict.fromkeys(p.represents for p in ctx.people.values() if p.represents))
        if len(acting) == 2:
            return acting
        counts: dict[str, int] = {}
        for parsed in ctx.blocks:
            if parsed.block.kind not in ("headline", "summary", "paragraph"):
                continue
            for i, (kind, ident) in parsed.entities.items():
                place = ctx.places.get(ident) if kind == "place" else None
                if place is not None and place.type == "Country" and parsed.entities.get(i - 1) != (kind, ident):
                    counts[ident] = counts.get(ident, 0) + 1
        ranked = sorted(counts.items(), key=lambda c: -c[1])
        if len(acting) == 1:  # the one country its people act for, and the other it names most
            ranked = [c for c in ranked if c[0] != acting[0]]
            return [acting[0], ranked[0][0]] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else []
        if not acting and len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][1] > ranked[2][1]):
            return [ranked[0][0], ranked[1][0]]
        return []

    def _gathering_told_last(self, parsed: Parsed, token: Any, kind: str) -> Event | None:
        """'On the sidelines of the summit, X held talks with Y. In a separate meeting, Z met W': the
        gathering of the meeting just told, when this one has no day of its own."""
        if resolve_in_clause(self.ctx, parsed, token, False) is not None:
            return None
        by_id = {e.id: e for e in self.ctx.events}
        last = next((e for _p, _t, e in reversed(self.mentions) if e.type == kind), None)
        return by_id.get(last.super_event or "") if last is not None else None

    def _hosted_gathering(self, parsed: Parsed, token: Any) -> Event | None:
        """'X will host Y in Berlin on Friday for a summit of ...': the summit is the event."""
        ctx = self.ctx
        if token.lemma_.lower() != "host":
            return None
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "at")):
            for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in GATHERING_NOUNS):
                hosts = subject_people(ctx, parsed, token)
                guests = [a for o in token.children if o.dep_ == "dobj"
                          for a in agents(ctx, parsed, o, people_only=True)]
                found = self.event_at(parsed, noun, "summit" if noun.lower_ in ("summit", "gathering")
                                      else "conference", inherited=hosts + guests, as_noun=True)
                if found is not None:
                    found.location = found.location or next(iter(places_under(parsed, token, ("in", "at"))), None)
                    found.start = found.start or resolve_in_clause(ctx, parsed, token, is_future(token))
                    return found
        return None

    def _read_verb(self, parsed: Parsed, token: Any, kind: str, reading: Reading) -> bool:
        """Who and where from a verb ('X met Y in Z', 'will travel to Z'); False when a visit has no place."""
        ctx = self.ctx
        attendees, location = reading.attendees, reading.location
        if kind != "summit":  # ("the leaders met": not the people of the last event told)
            attendees.extend(subject_people(ctx, parsed, token))
            attendees.extend(companions(ctx, parsed, token))  # "X, accompanied by Y, will travel to Z"
        # "X was received by Y": the one who receives is there too ("by the President of the Council, Y")
        attendees.extend(a for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                         for n in [o, *(x for x in o.children if x.dep_ == "appos")] for a in people_in(ctx, parsed, n))
        if token.dep_ == "conj" and trigger_type(token.head) == "visit" \
                and any(c.dep_ == "auxpass" for c in token.children) \
                and any(c.dep_ == "agent" for c in token.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            # "X arrived on Monday and was received by Y": the guest is the subject of the verb before
            attendees.extend(subject_people(ctx, parsed, token.head))
        if token.dep_ in ("xcomp", "advcl"):  # "will travel to Paris on Thursday to meet Tovarek"
            trip = next((e for p, t, e in self.mentions if p is parsed and t == token.head and e.type == "visit"),
                        None)
            if trip is not None:
                location.extend([trip.location] if trip.location else [])
                reading.start = trip.start
        for child in token.children:
            if child.dep_ == "dobj":
                if kind == "visit":
                    entity = parsed.entities.get(child.i)
                    if entity and entity[0] == "place":
                        location.append(entity[1])
                    else:
                        location.extend(place_in_phrase(parsed, child))
                else:
                    attendees.extend(people_in(ctx, parsed, child))
        calling = ("on",) if token.lemma_.lower() == "call" else ()  # "will call on Prime Minister X"
        attendees.extend(a for a in with_agents(ctx, parsed, token, ("with", "between", "by", "among", *calling))
                         if a in ctx.people)
        if kind == "meeting" and len(set(attendees)) == 1:
            attendees.extend(self._partners_before(parsed, token, attendees[0]))
        location.extend(places_under(parsed, token, ("to", "in", "at") if kind == "visit" else ("in", "at"), depth=2))
        location.extend(where_place(parsed, token))
        if kind == "visit" and not location:
            location.extend(self._the_country(token))  # "arrived in the country on Wednesday"
        if kind == "visit" and not location:
            return False
        # "with X" of a verb in the same sentence: "visited Oslo, signing a statement with Nowak".
        if kind == "visit":
            for other in token.subtree:
                # (not in a clause of its own: "will arrive in X and will co-chair a meeting with Y")
                if other != token and other.dep_ != "prep" and not in_conjoined_clause(other, token) and not (
                        other.dep_ == "dobj" and other.head == token and trigger_type(other) == "meeting"):
                    attendees.extend(a for a in with_agents(ctx, parsed, other, ("with",)) if a in ctx.people)
        return True

    def _partners_before(self, parsed: Parsed, token: Any, person: str) -> list[str]:
        """'X held a call with Y and agreed to meet': who 'meet' is with, from the event of the
        clause it is conjoined to."""
        node = token.head if token.dep_ == "xcomp" else token
        if node.dep_ != "conj":
            return []
        before = node.head
        for p, t, event in self.mentions:
            if p is parsed and (t == before or t.head == before) and person in event.attendees:
                return [a for a in event.attendees if a != person]
        return []

    def _read_noun(self, parsed: Parsed, token: Any, kind: str, reading: Reading) -> bool:
        """Who, where and when from a noun and the verb it hangs under ('held talks with X',
        'a telephone call from X', 'during her visit to Y'); False for talks with no one named."""
        # "a telephone call from X": the caller is the other party of a call
        calling = ("from",) if kind == "phone_call" else ("on",) if token.lower_ in ("call", "calls") else ()
        partners = with_agents(self.ctx, parsed, token, ("with", "between", "by", "among", *calling))
        if over_the_phone_with(token):  # "discussed X over the phone with Y": 'with' hung anywhere in the clause
            partners.extend(a for w in withs_in_clause(governing_verb(token)) for a in with_agents(
                self.ctx, parsed, w.head, ("with",)) if a not in partners)
            sides = two_sided_verb(governing_verb(token)) if not partners else None
            if sides is not None:  # "X and his counterpart Y discussed trade over the phone"
                partners.extend(a for a in subject_people(self.ctx, parsed, sides) if a not in partners)
                partners.extend(a for a in _named_counterparts(parsed, sides) if a not in partners)
        if kind == "meeting":  # "the talks he held with X": 'with' hung on the clause that describes them
            partners.extend(a for c in holding_clauses(token) for a in with_agents(self.ctx, parsed, c, ("with",))
                            if a not in partners and a in self.ctx.people)
        if kind == "meeting":  # "the first meeting of the Joint Commission with X": 'with' hung on the body
            partners.extend(a for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                            for a in with_agents(self.ctx, parsed, o, ("with",)) if a not in partners)
        if kind == "meeting":  # "the session of the X-Y commission on trade, which he co-chaired with Z"
            partners.extend(a for w in _deep_withs(token) for a in with_agents(self.ctx, parsed, w.head, ("with",))
                            if a not in partners and a in self.ctx.people)
        if kind not in ("summit", "conference") and not partners and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
            return False  # (a summit "with the trade deal dominating the agenda" is still held)
        verb = governing_verb(token)
        owners = self._noun_people(parsed, token, kind, verb, partners, reading.attendees)
        if verb is not None:
            self._noun_verb(parsed, token, kind, verb, owners, calling, reading)
        self._noun_places(parsed, token, kind, verb, reading)
        self._noun_clause(parsed, token, reading)
        if kind in ("summit", "conference"):  # "the summit, chaired by X", "accompany X to the summit"
            reading.attendees.extend(gathering_people(self.ctx, parsed, token, verb))
        if verb is not None and token.dep_ == "dobj" and token.head == verb and verb.lemma_.lower() == "host":
            reading.location.extend(host_places(parsed, verb))  # "Bahrain will host next year's summit"
        if kind == "visit" and reading.location:
            self._visitors_from_abroad(parsed, token, reading.attendees, reading.location[0])
        return True

    def _noun_people(self, parsed: Parsed, token: Any, kind: str, verb: Any, partners: list[str],
                     attendees: list[str]) -> list[str]:
        """Those the noun names as its party or owner ('talks with X', 'her visit', 'their meeting');
        returns the owners."""
        ctx = self.ctx
        attendees.extend(a for a in partners if a in ctx.people)
        owners = [a for c in token.children if c.dep_ == "poss" for a in agents(ctx, parsed, c, people_only=True)]
        if kind == "visit" and not owners:  # "the visit of Mr. X to Baghdad on 14 March"
            owners = [a for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for a in agents(ctx, parsed, o, people_only=True)]
        if kind == "visit" and not owners:  # "the visit to X on Saturday of a delegation led by Y": Y's
            owners = _delegation_leaders(ctx, parsed, token)
        if kind == "visit" and not owners:  # "the visit that X will pay to Paris": X's, told by the clause
            owners = [a for c in _paying_clauses(token) for a in subject_people(ctx, parsed, c)]
        if verb is not None and any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            owners.extend(subject_people(ctx, parsed, verb))  # "the leaders recalled their meeting in X"
        if verb is not None and kind == "visit" and token.dep_ == "dobj":  # "prepare a visit to X by Y"
            owners.extend(a for a in with_agents(ctx, parsed, verb, ("by",)) if a in ctx.people)
        if kind in ("meeting", "phone_call") and not owners:  # "the talks he held on that day with X"
            owners = [a for c in holding_clauses(token) for a in subject_people(ctx, parsed, c)]
        attendees.extend(owners)
        among = any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in token.children)
        if partners and not among and not any(a in ctx.people and a not in partners for a in attendees):
            # "said ..., during a meeting with his counterpart": the one who met is the subject above.
            for ancestor in token.ancestors:
                if ancestor.pos_ in ("VERB", "AUX"):
                    subject_ids = subject_people(ctx, parsed, ancestor)
                    if subject_ids:
                        attendees.extend(subject_ids)
                        break
        return owners

    def _noun_verb(self, parsed: Parsed, token: Any, kind: str, verb: Any, owners: list[str],
                   calling: tuple[str, ...], reading: Reading) -> None:
        """Who and where from the verb a noun hangs under ('X held talks with Y in Z', 'the summit
        was chaired by X', 'the summit opened in Malabo')."""
        ctx = self.ctx
        attendees, location = reading.attendees, reading.location
        anchor = _measured(token)  # "signed ... after several hours of talks": where 'hours' stands
        if kind == "visit" and anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and anchor.head.head == verb \
                and verb.lemma_.lower() in GUEST_VERBS:
            # "X receives Y for an official visit": the visit is the guest's, not the host's
            attendees.extend(a for o in verb.children if o.dep_ in ("dobj", "nsubjpass")
                             for a in people_in(ctx, parsed, o))
            return
        # "held talks ..., during her first visit to Mexico": the visit is hers, not the subject's
        if not (owners and kind == "visit") and (
                (anchor.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.lemma_.lower() in HOSTING)
                or (anchor.head.dep_ == "prep" and anchor.head.head == verb)):
            attendees.extend(subject_people(ctx, parsed, verb))
            # "discussed aid with Ana Berg in a phone call on Monday"
            # (not for a visit the talks are held during: "will hold talks with his host on the first
            # day of the visit": the one talked with is not a visitor)
            talks = kind == "visit" and any(trigger_type(t) == "meeting"
                                            for t in [verb, *(c for c in verb.children if c.dep_ == "dobj")])
            for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")] if not talks else []:
                attendees.extend(a for a in with_agents(ctx, parsed, holder, ("with", *calling)) if a in ctx.people)
            if anchor.head.dep_ == "prep" and anchor.head.lower_ in ("in", "during", "over") and (
                    kind == "phone_call" or (kind == "meeting" and verb.lemma_.lower() in ADDRESSING)):
                # "X assured Y in a phone call", "X told Y during the talks": the one addressed took part
                attendees.extend(a for o in verb.children if o.dep_ == "dobj"
                                 for a in people_in(ctx, parsed, o) if a in ctx.people)
            if verb.lemma_.lower() == "host":
                for obj in (c for c in verb.children if c.dep_ == "dobj" and c != token):
                    attendees.extend(people_in(ctx, parsed, obj))
                if kind == "meeting" and not attendees:  # "Oman hosted indirect talks between ... negotiators"
                    attendees.extend(a for s in subjects(verb) for a in agents(ctx, parsed, s)
                                     if a in ctx.places and ctx.places[a].type == "Country")
            if kind == "visit":
                location.extend(places_under(parsed, verb, ("to", "in")))
            elif token.dep_ == "dobj":  # "held talks with X at the ministry in Mexico City"
                location.extend(places_under(parsed, verb, ("in", "at"), depth=3))
            elif kind in ("summit", "conference") and token.head.lower_ == "for":
                location.extend(places_under(parsed, verb, ("in", "at")))  # "gathered in X for a summit"
            elif kind == "meeting" and anchor.head.lower_ in ("after", "following", "during"):
                location.extend(places_under(parsed, verb, ("in", "at"), depth=3))  # "signed ... in X after talks"
        honoured = in_honour_of(token) if kind == "meeting" and verb is not None else None
        if honoured is not None:  # "will offer a state dinner in honour of X": the host and the guest dine
            attendees.extend(a for a in subject_people(ctx, parsed, verb) if a not in attendees)
            attendees.extend(a for a in people_in(ctx, parsed, honoured) if a in ctx.people and a not in attendees)
        if anchor.dep_ == "nsubjpass" and anchor.head == verb and verb.lemma_.lower() in HOSTING:
            # "the summit was chaired by X", "the talks were hosted by Y"
            attendees.extend(a for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                             for a in people_in(ctx, parsed, o))
        if anchor.dep_ == "dobj" and anchor.head == verb and verb.lemma_.lower() in RECALLING:
            # "recalled their meeting in September in New York": the parse hangs the place on the verb
            location.extend(places_under(parsed, verb, ("in", "at")))
        if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head == verb:
            # "the summit opened in Malabo", "the summit will be held in Astana" ("the first round of
            # consultations will be held in X": the measure stands where the event would)
            location.extend(places_under(parsed, verb, ("in", "at")))

    def _noun_places(self, parsed: Parsed, token: Any, kind: str, verb: Any, reading: Reading) -> None:
        """Where the noun's own words put it ('talks in X', 'the Oslo meeting', 'a summit opened in
        Malabo'), and the trip it is part of ('visited Berlin for talks with ...')."""
        location = reading.location
        for clause in (c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            location.extend(places_under(parsed, clause, ("in", "at")))  # "a summit opened in Malabo"
        location.extend(places_under(parsed, token, ("to", "in", "at") if kind == "visit" else ("in", "at"), depth=2))
        if kind == "meeting" and not location:
            location.extend(self._place_after_the_names(parsed, token))
        if verb is not None and (token.dep_ == "dobj" or token.head.head == verb):
            location.extend(where_place(parsed, verb))  # "flew to X, where he held talks with Y"
        # "visited Berlin for talks with ...": the talks are where and when the visit is.
        later = token.dep_ == "pobj" and (token.head.lower_ == "before" or (
            token.head.lower_ == "of" and token.head.head.lower_ == "ahead"))
        if verb is not None and not later:  # ("will visit X on Sunday before the summit": not the trip's)
            # "visited Tokyo ... and held talks with ...": a conjoined verb shares the trip
            # ("will travel to X on 15 May to take part in the meeting": the trip's purpose is there then)
            trip_verbs = [verb, verb.head] if verb.dep_ in ("conj", "xcomp", "advcl") else [verb]
            # (the trip may be a verb's object: "paid a visit to Vilnius and held talks")
            host_event = next((e for p, t, e in self.mentions if p is parsed and e.type == "visit" and (
                t in trip_verbs or (t.dep_ == "dobj" and t.head in trip_verbs))), None)
            if host_event is not None:
                if host_event.location:
                    location.append(host_event.location)
                reading.start = host_event.start
        if kind in ("meeting", "visit", "phone_call"):
            for child in (c for c in token.children if c.dep_ in ("compound", "amod", "nmod")):
                entity = parsed.entities.get(child.i)
                if entity and entity[0] == "place":
                    location.append(entity[1])  # "the Oslo meeting", "Nairobi talks"

    def _place_after_the_names(self, parsed: Parsed, token: Any) -> list[str]:
        """'talks between X and her counterpart Y in Kampala yesterday': a city the parse hangs under
        the last name of those the talks are with is where the talks are."""
        found: list[str] = []
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "between")):
            for node in prep.subtree:
                # ("an audience with the country's president, General X, at the Y Palace in Z": on the
                # partner's title, and through the venue)
                if node.dep_ == "prep" and node.lower_ in ("in", "at") and node.i > node.head.i and (
                        node.head.ent_type_ == "PERSON" or (node.head.head == prep and node.head.dep_ == "pobj")):
                    found.extend(p for p in places_under(parsed, node.head, ("in", "at"), depth=2)
                                 if (place := self.ctx.places.get(p)) is not None and place.type == "City")
        return found[:1]

    def _noun_clause(self, parsed: Parsed, token: Any, reading: Reading) -> None:
        """A clause that describes the noun: "the Quad Foreign Ministers' Meeting, which Japan will
        host in Tokyo in July", "the ministerial meeting to be held in Gyeongju on Oct. 28-29"."""
        ctx = self.ctx
        clauses = [c for c in token.subtree if (c.dep_ == "relcl" or (c.dep_ == "acl" and c.pos_ == "VERB"))
                   and within_phrase(c, token)]
        for clause in clauses[:1]:
            reading.location.extend(places_under(parsed, clause, ("in", "at")))
            if clause in _paying_clauses(token):  # "the visit that X will pay to Paris"
                reading.location.extend(places_under(parsed, clause, ("to",)))
            if clause.lemma_.lower() == "host":  # "COP30, which Brazil will host": in Brazil, if nowhere else
                reading.location.extend(host_places(parsed, clause))
            relative = resolve_in_clause(ctx, parsed, clause, is_future(clause))
            span = next((r for ent in date_phrases(parsed, clause) if (r := resolve_range(
                ent.text, ctx.published, future=is_future(clause) or told_in_present(clause)))), None)
            if span is not None and clause.lemma_.lower() not in ENDING:
                reading.start, reading.end = reading.start or span[0], span[1]
            elif clause.lemma_.lower() in ENDING:
                reading.end = relative  # "a summit, which ends on Friday"
            else:
                reading.start = reading.start or relative
            # ("a summit of the Weimar Triangle, a format created in 1991": that date is the format's)
            reading.described = reading.described or ((clause.dep_ == "relcl" or clause.head == token) and (
                bool(span) or any(resolve_date(ent.text, ctx.published) for ent in date_phrases(parsed, clause))))
            reading.future = reading.future or is_future(clause)

    def _visitors_from_abroad(self, parsed: Parsed, token: Any, attendees: list[str], place: str) -> None:
        """No one visits their own country: 'X of Mexico held talks with Y, during her visit to
        Mexico' is Y's visit, when Y is the one other person the sentence names."""
        ctx = self.ctx
        where = ctx.places.get(place)
        country = place if where is not None and where.type == "Country" else (where.contained_in if where else None)
        home = [a for a in attendees if a in ctx.people and ctx.people[a].represents == country]
        if not country or not home:
            return
        abroad = [a for a in attendees if a not in home]
        if not any(a in ctx.people for a in abroad):
            others = {e[1] for t in token.sent if (e := parsed.entities.get(t.i)) and e[0] == "person"
                      and ctx.people[e[1]].represents not in (None, country)}
            if len(others) != 1:
                return
            abroad.extend(others)
        attendees[:] = abroad

    def _super_event(self, parsed: Parsed, token: Any, verbal: bool, inherited: list[str] | None) -> Event | None:
        """'on the sidelines of a conference in X', 'at the G20 gathering in Y': the gathering."""
        holders = self._super_event_nouns(token)
        verb_above = governing_verb(token) if not verbal else None
        if not holders and inherited is None and verb_above is not None and verb_above in (token.head, token.head.head):
            holders = self._super_event_nouns(verb_above)  # "On the sidelines of the summit, X held talks"
            # (also when the verb is not the root: "X held a meeting ... on the margins of Y, Z said")
        if not holders and inherited is None:
            holders = _gathering_where(token if verbal else verb_above)
        super_event = None
        if not holders and any(bare_sidelines(n) for n in (token, verb_above) if n is not None):
            # "Also on the sidelines, X held talks with Y": of the gathering told last as having sidelines
            by_id = {e.id: e for e in self.ctx.events}
            told = next((by_id[e.super_event] for e in reversed(self.ctx.events) if e.super_event in by_id), None)
            return told or next((e for e in reversed(self.ctx.events) if e.type in ("summit", "conference")), None)
        for holder in holders:
            told = self._gathering_named_before(holder)
            if told is not None:
                super_event = told  # "The meeting of the SCO council opened ... On the sidelines of the meeting"
                continue
            super_kind = "summit" if holder.lower_ in ("summit", "gathering") else "conference"
            if holder.lower_ in ("meeting", "session", "assembly"):
                super_kind = "conference"
            if trigger_type(holder) in ("summit", "conference"):
                super_kind = trigger_type(holder) or super_kind  # "the APEC Leaders' Meeting": a summit
            super_event = self.event_at(parsed, holder, super_kind, inherited=[], as_noun=True)
        return super_event

    def _gathering_named_before(self, holder: Any) -> Event | None:
        """'The meeting of the X Council opened ... On the sidelines of the meeting': a bare 'the meeting'
        (or 'the session') is the gathering last told by that word, not a new conference. (A bare 'the
        summit' finds its summit by its type.)"""
        if holder.lower_ not in ("meeting", "session") or [c.lower_ for c in holder.children] != ["the"]:
            return None
        told = next((e for e in reversed(self.ctx.events) if e.type in ("summit", "conference")), None)
        if told is not None and told.status != "scheduled" and any(
                holder.lower_ in ev.text.lower().split() for ev in told.evidence):
            self.referred.add(told.id)
        return told

    def _dates(self, parsed: Parsed, token: Any, verbal: bool, reading: Reading, super_event: Event | None
               ) -> tuple[str | None, str | None, int | None]:
        """Start, end and length in days of the event a trigger reports."""
        ctx, future = self.ctx, reading.future
        start = resolve_in_clause(ctx, parsed, token, future) or reading.start
        day_after = _day_after_conjoined(ctx, parsed, token if verbal else governing_verb(token), future)
        if day_after is not None:  # "arrived on Monday evening and was received by X the following morning"
            start = day_after
        if reading.described and reading.start:
            # "reviewed on Monday the preparations for the summit, which X will host in May": the
            # clause that describes the summit dates it, not the verbs above it
            start = next((d for ent in date_phrases(parsed, token)
                          if (d := resolve_clause_date(ent.text, ctx.published, future, False))), reading.start)
        # "is paying a state visit to China from April 14 to 17": the range may hang on the verb
        span = next((r for anchor in clause_anchors(token)[:2] for ent in date_phrases(parsed, anchor)
                     if (r := resolve_range(ent.text, ctx.published, future=future))), None)
        if span is not None:
            start = span[0]
        if start is None and soon_after(token):
            start = month_of(self._previous_date())
        if start is None and THAT_TIME_OF_DAY.search(token.doc[token.sent.start:token.i].text.lower()):
            start = self._day_told_before(parsed, token)  # "On Wednesday, X signed Y. That evening, ..."
        if start is None and (LATER_SAME_DAY.search(token.doc[token.sent.start:token.i].text.lower()) or (
                verbal and SAME_DAY_AFTER.search(token.doc[token.i + 1:token.sent.end].text.lower()))):
            here = self.ctx.evidence(parsed, token.idx, token.idx + len(token.text)).start
            start = self._previous_date(news=True, before=here)  # "Later in the day, X received Y"
        anchor = token if verbal else governing_verb(token)
        if start is None and anchor is not None and not reading.future and (any(
                c.dep_ == "advmod" and c.lower_ == "later" and not list(c.children) for c in anchor.children)
                or _earlier_that_day(anchor)):
            # "X, who arrived on Monday ..., later called on Y", "Earlier, X held a working lunch with Y":
            # the day of the news told before the sentence
            first = token.sent[0]
            start = self._previous_date(news=True, before=self.ctx.evidence(
                parsed, first.idx, first.idx + len(first.text)).start)
        if start is None and anchor is not None:
            start = _day_of_arrival_before(ctx, parsed, anchor)  # "X, who flew in on Tuesday, went straight into talks"
        if start is None:
            start = self._day_of_event(parsed, token, verbal)  # "On the final day of the visit, X will meet Y"
        if start is None and NEXT_DAY.search(token.sent.text.lower()):
            start = self._day_after_last_told(parsed, token)  # "The following day, X will be received by Y"
        if start is None and super_event is not None:
            start = super_event.start
        days = duration_days(noun_words_before(token).text) if not verbal else stay_length(token)
        closing = governing_verb(token)
        at_close = token.head.lower_ == "of" and token.head.head.lemma_.lower() in ("close", "end", "conclusion")
        if days and start and len(start) == 10 and (at_close or (closing is not None and (closing.lemma_.lower() in (
                "wrap", "close", "end", "conclude", "finish") or curtain_down(closing)))):
            # "as they wrapped up a two-day summit on Thursday", "adopted X on Tuesday at the close of a
            # two-day meeting"
            start = add_days(start, 1 - days)
        end = None
        if days and start and len(start) == 10:
            end = add_days(start, days - 1)
        if span is not None:
            end = span[1]
        if reading.end and (not start or reading.end >= start):
            end = reading.end
        return start, end, days

    def _record(self, parsed: Parsed, token: Any, event: Event, days: int | None, verbal: bool,
                future: bool) -> Event:
        """Merge a mention into the events read (or add it), and remember where it was read."""
        if not verbal and _separate(token):
            event.id = "separate"  # marked: never the same as an event already read
        earlier = verbal and any(c.dep_ == "advmod" and c.lower_ == "last" for c in token.children)
        if earlier:
            event.id = "separate"  # "since they last met in Busan": an earlier occasion, not this one
        # "hosted X", "held talks": told as done (a noun only as the object of a past verb of holding)
        told_as_past = token if verbal else _verb_telling_noun(token)
        merged = self.add(event, days, past=told_as_past is not None and told_as_past.tag_ == "VBD" and not future)
        if earlier:
            self.occasions_before.update(e for e in (merged.id, merged.super_event) if e)
        above = self._clause_event_above(parsed, token)
        if above is not None and above is not merged:
            self.follows.setdefault(merged.id, above.id)
        self.mentions.append((parsed, token, merged))
        if (verbal and token.lemma_.lower() in ("host", "receive", "welcome", "call")) or (
                not verbal and merged.type == "meeting" and token.lower_ in ("call", "calls")):
            self.hostings.append((parsed, token, merged))  # settled once the event's place is known
        return merged

    def _hosts_represent_their_country(self, parsed: Parsed, verb: Any, location: str) -> None:
        """'X hosted Y in London', 'Y was received by X in Cairo': the host acts for the country
        the meeting is in, when the article says nothing else about X's country."""
        ctx = self.ctx
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if verb.lower_ in ("call", "calls") or verb.lemma_.lower() == "call":
            # "paid a courtesy call on President X", "will call on X": X is the one called on
            hosts = [a for a in with_agents(ctx, parsed, verb, ("on",)) if a in ctx.people]
        elif passive:
            hosts = [a for c in verb.children if c.dep_ == "agent" for o in c.children
                     for a in agents(ctx, parsed, o, people_only=True)]
        else:
            hosts = subject_people(ctx, parsed, verb)
        place = ctx.places.get(location)
        country = place.id if place is not None and place.type == "Country" else (
            place.contained_in if place is not None else None)
        for host in hosts:
            if country and not ctx.people[host].represents:
                ctx.people[host].represents = country

    def _guests_visit(self, parsed: Parsed, verb: Any, meeting: Event) -> None:
        """'X received Y in Reykjavik today': a guest from abroad received in a place is visiting it
        (unless a visit of theirs there is told already)."""
        ctx = self.ctx
        guests = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                  for a in agents(ctx, parsed, c, people_only=True)]
        place = ctx.places.get(meeting.location or "")
        country = place.id if place is not None and place.type == "Country" else (
            place.contained_in if place is not None else None)
        hosts = [a for a in meeting.attendees if a not in guests]
        if country is None or not hosts or any(ctx.people[h].represents not in (None, country) for h in hosts):
            return
        for guest in guests:
            if ctx.people[guest].represents == country or any(
                    e.type == "visit" and guest in e.attendees and (not e.start or not meeting.start or (
                        e.start <= meeting.start <= (e.end or e.start)) or e.start == meeting.start)
                    for e in ctx.events):
                continue
            visit = Event(id="", type="visit", attendees=[guest], location=meeting.location, start=meeting.start,
                          end=None, status=meeting.status, evidence=list(meeting.evidence))
            self.add(visit, None, past=meeting.id in self.past)

    def _clause_event_above(self, parsed: Parsed, token: Any) -> Event | None:
        """The event of a verb above the clause of ``token`` ('met X before holding talks with Y'),
        not across reported speech."""
        node = token
        for _ in range(6):
            if node.head.i == node.i or node.dep_ in ("ccomp", "parataxis", "relcl", "conj"):
                return None
            node = node.head
            found = next((e for p, t, e in self.mentions if p is parsed and t == node), None)
            if found is not None:
                return found
        return None

    def _super_event_nouns(self, token: Any) -> list[Any]:
        found: list[Any] = []
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in ("at", "on", "during", "in"):
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ in ("sidelines", "margins", "sideline", "margin"):
                    for prep in obj.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            found.extend(o for o in prep.children if o.dep_ == "pobj"
                                         and (o.lower_ in GATHERING_NOUNS | {"summit", "talks"}
                                              or trigger_type(o) in ("summit", "conference")))
                            # ("the sidelines of the Valletta Dialogue": a gathering by its name)
                            if not found:
                                found.extend(gathering_after(prep))
                            if not found:
                                found.extend(gathering_of_part(prep))
                elif obj.lower_ in GATHERING_NOUNS - {"meeting"}:
                    found.append(obj)
                else:  # "at the Group of 20 gathering": the parse hangs the noun under the name
                    found.extend(t for t in obj.subtree if t != obj and t.lower_ in GATHERING_NOUNS - {"meeting"}
                                 and t.head.head == obj)
        return found

    def _date_the_lead(self) -> None:
        """A story's lead dates its news ('The ministers agreed on Saturday ... Talvik hosted his
        counterparts in Tokyo'): an event told as done in the first two paragraphs, with no date of
        its own, is of the day the first sentence gives."""
        # (a date line the reader kept as a paragraph, 'Thursday, July 3rd 2025 - 09:14 UTC', tells no news)
        paragraphs = [p for p in self.ctx.blocks if p.block.kind == "paragraph"
                      and any(t.pos_ in ("VERB", "AUX") for t in p.doc)][:2]
        if not paragraphs:
            return
        first = next(iter(paragraphs[0].doc.sents))
        day = next((d for ent in date_phrases(paragraphs[0], first.root)
                    if (d := resolve_date(ent.text, self.ctx.published)) and len(d) == 10), None)
        if day is None or first.root.tag_ != "VBD":
            return
        first_told: dict[str, Parsed] = {}
        for parsed, _token, event in self.mentions:
            first_told.setdefault(event.id, parsed)
        for event in self.ctx.events:
            if not event.start and event.id in self.past and event.type in ("meeting", "visit", "phone_call") \
                    and any(first_told.get(event.id) is p for p in paragraphs):
                event.start = day

    def _within(self, city: str, country: str) -> bool:
        """A city of that country."""
        place, home = self.ctx.places.get(city), self.ctx.places.get(country)
        return place is not None and home is not None and home.type == "Country" and place.contained_in == country

    def _day_of_event(self, parsed: Parsed, token: Any, verbal: bool) -> str | None:
        """'On the final day of the visit, X will travel to Y': that day of the event of that kind the
        clause's subject takes part in (not another's visit told last)."""
        sent = token.sent
        found = DAY_OF_EVENT.search(sent.text) or BARE_DAY_OF_EVENT.search(sent.text)
        if found is None:
            return None
        begin, end = sent.start_char + found.start(), sent.start_char + found.end()
        if begin <= token.idx < end:
            return None  # the event the phrase names is not dated by it
        bare = found.re is BARE_DAY_OF_EVENT
        kind = None if bare else trigger_type(
            next((t for t in sent if t.idx >= sent.start_char + found.start(2)), token))
        verb = token if verbal else governing_verb(token)
        people = set(subject_people(self.ctx, parsed, verb)) if verb is not None else set()
        told = [e for e in self.ctx.events if e.start and len(e.start) == 10 and (
            e.type == kind if not bare else  # ('On the third day': of the stay told last, of some days)
            e.type in ("visit", "summit", "conference") and (e.end or self.durations.get(e.id, 1) > 1))]
        told = [e for e in told if people & set(e.attendees)] or ([] if people else told)
        if not told:
            return None
        event, which = told[-1], found.group(1).lower()
        if which in ("final", "last", "closing"):
            return event.end or (add_days(event.start, self.durations[event.id] - 1)
                                 if event.start and event.id in self.durations else None)
        return add_days(event.start, ORDINAL_DAYS.get(which, 0)) if event.start else None

    def _day_after_last_told(self, parsed: Parsed, token: Any) -> str | None:
        """The day after the last day told before this sentence."""
        here = {e.id for p, t, e in self.mentions if p is parsed and t.sent == token.sent}
        for _p, _t, event in reversed(self.mentions):
            if event.id not in here and event.start:
                return add_days(event.start, 1) if len(event.start) == 10 else None
        return None

    def _day_told_before(self, parsed: Parsed, token: Any) -> str | None:
        """The day a sentence just before names ('On Wednesday, X and Y signed an agreement. That evening,
        ...'), when no event is told between them (then that event's day is the one, read elsewhere)."""
        sentences = [(p, (s.start, s.end), s) for p in self.ctx.blocks
                     if p.block.kind in ("headline", "summary", "paragraph") for s in p.doc.sents]
        here = next((i for i, (p, span, _) in enumerate(sentences)
                     if p is parsed and span == (token.sent.start, token.sent.end)), None)
        for p, span, sentence in reversed(sentences[max(0, (here or 0) - 3):here or 0]):
            if any(q is p and (t.sent.start, t.sent.end) == span for q, t, _ in self.mentions):
                return None
            for ent in reversed([e for e in sentence.ents if e.label_ == "DATE" and not p.in_quote(e.start_char)]):
                day = resolve_date(ent.text, self.ctx.published)
                if day and len(day) == 10:
                    return day
        return None

    def _previous_date(self, news: bool = False, before: int | None = None) -> str | None:
        """The day told last ('soon after'); of the ``news``, for 'Later in the day, ...': not that of an
        earlier occasion told in passing ('they last met on 25 June in X'). With ``before`` (a source
        offset), the event told nearest before it, not the one read last: a lead's talks are read
        after an arrival told 'yesterday' further down, and 'In the afternoon' follows the talks."""
        events = self.ctx.events
        if before is not None:
            mentioned: dict[str, list[int]] = {}
            for parsed, token, event in self.mentions:  # "the session": told again, evidence comes later
                at = self.ctx.evidence(parsed, token.idx, token.idx + len(token.text)).start
                if at is not None:
                    mentioned.setdefault(event.id, []).append(at)

            def told(event: Event) -> int:
                places = [e.start for e in event.evidence if e.start is not None] + mentioned.get(event.id, [])
                return max((at for at in places if at < before), default=-1)
            events = sorted((e for e in events if told(e) >= 0), key=told)
        for event in reversed(events):
            if event.start and not (news and event.id in self.occasions_before):
                return event.start
        return None

    def _refer(self, parsed: Parsed, token: Any, kind: str, end: str | None = None, days: int | None = None
               ) -> Event | None:
        """'the meeting': a definite mention of an event already read; adds its words as evidence,
        and its length or last day when the event has none yet."""
        if not any(c.lower_ in ("the", "this", "that") for c in token.children):
            return None
        told = [e for e in reversed(self.ctx.events) if e.type == kind]
        # "they had last met in X ... after the talks": the talks are the story's, not the earlier occasion
        for event in sorted(told, key=lambda e: e.id in self.occasions_before)[:1]:
            if event.type == kind:
                self.mentions.append((parsed, token, event))
                if days and days > 1 and event.id not in self.durations:
                    self.durations[event.id] = days
                elif end and event.start and not event.end and end > event.start and not days:
                    event.end = end
                return event
        return None

    # --- merging ------------------------------------------------------------------------------
    def add(self, event: Event, days: int | None, past: bool = False) -> Event:
        separate = event.id == "separate"
        for other in [] if separate else self.ctx.events:
            # "hosted X" (told in the past, undated) is not "is expected to hold talks with X next month"
            if (past and other.status == "scheduled") or (other.id in self.past and event.status == "scheduled"):
                continue
            if same_event(other, event, self._within):
                if other.location and event.location and self._within(event.location, other.location):
                    other.location = event.location  # "Kuwait hosts summit" ... "summit in Kuwait City"
                merge_into(other, event, days)
                if days:
                    self.durations[other.id] = days
                return other
        event.id = f"e{len(self.ctx.events) + 1}"
        if past:
            self.past.add(event.id)
        if days:
            self.durations[event.id] = days
        self.ctx.events.append(event)
        return event


def _measured(token: Any) -> Any:
    """'several hours of talks', 'two rounds of talks': the measure stands where the event would."""
    if token.head.lower_ == "of" and token.head.head.lemma_.lower() in MEASURES:
        return token.head.head
    return token


def _verb_telling_noun(token: Any) -> Any | None:
    """The verb whose tense tells a noun's event: one of holding it ('held talks'), or one it is the
    time of ('After talks at the palace, the two presidents witnessed ...')."""
    anchor = _measured(token)
    if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in HOSTING:
        return anchor.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("after", "following", "during") \
            and anchor.head.head.pos_ == "VERB":
        return anchor.head.head
    return None


def _separate(token: Any) -> bool:
    """'a separate meeting', 'another meeting': not the event told before."""
    if in_honour_of(token) is not None:
        return True  # "will offer a dinner in honour of X": a meal of its own, not the talks of that day
    return any(c.dep_ in ("amod", "det") and c.lower_ in ("separate", "another") for c in token.children)


def _gathering_where(verb: Any) -> list[Any]:
    """'attended the Leaders Meeting in Nuku'alofa, where she held talks with X': the gathering of the
    clause a 'where' clause hangs on is the one the talks were held at."""
    if verb is None or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return []
    clause = verb.head if verb.head.pos_ in ("VERB", "AUX") else governing_verb(verb.head)
    if clause is None or clause.i == verb.i:
        return []
    found = [t for t in clause.subtree if t.i < verb.i and t.pos_ in ("NOUN", "PROPN")
             and (t.lower_ in GATHERING_NOUNS - {"meeting"} or trigger_type(t) in ("summit", "conference"))]
    return found[-1:]


# Verbs that make a visit one's own: "the visit that X will pay to Y", "the visit X made to Y"
PAYING = {"pay", "make", "undertake", "conduct"}


def _paying_clauses(token: Any) -> list[Any]:
    """'the official visit that X will pay to Paris': a relative clause whose object is the visit."""
    return [c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in PAYING
            and not any(o.dep_ == "dobj" and o.lower_ not in ("that", "which") for o in c.children)]


def _earlier_that_day(verb: Any) -> bool:
    """'Earlier, X held a working lunch with Y': a bare 'earlier' opening a sentence told in the simple
    past, which news uses for the same day (not 'had earlier visited', an occasion before)."""
    return verb.tag_ == "VBD" and verb.dep_ == "ROOT" and any(
        c.dep_ == "advmod" and c.lower_ == "earlier" and not list(c.children) and c.i == verb.sent.start
        for c in verb.children) and not any(c.dep_ == "aux" for c in verb.children)


def _deep_withs(noun: Any) -> list[Any]:
    """'the first session of the X-Y commission on trade, which he co-chaired with Z', '... on trade with Z':
    a 'with' the parse hung deep in a meeting's own 'of' phrase, on its words or on a clause of holding
    it, not on another verb's clause nor beside a word that names a different event."""
    found = []
    for t in noun.subtree:
        if t.dep_ != "prep" or t.lower_ != "with" or t.head == noun:
            continue
        node, ok, crossed_of = t.head, True, False
        while node != noun and ok:
            if node.pos_ in ("VERB", "AUX"):
                ok = node.dep_ == "relcl" and node.lemma_.lower() in HOSTING
            elif trigger_type(node) is not None:
                ok = False
            crossed_of = crossed_of or (node.dep_ == "prep" and node.lower_ == "of" and node.head == noun)
            node = node.head
        if ok and crossed_of:
            found.append(t)
    return found


def _delegation_leaders(ctx: Context, parsed: Parsed, noun: Any) -> list[str]:
    """'the visit to X on Saturday of a delegation led by the Minister of Defence, Y': the one who leads
    the delegation a visit is of, its 'of' hung on the visit or on the date told after it."""
    found: list[str] = []
    for t in noun.doc[noun.i + 1:noun.sent.end]:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in ("lead", "head"):
            break
        if t.dep_ != "prep" or t.lower_ != "of" or not (
                t.head == noun or (t.head.ent_type_ == "DATE" and noun.i < t.head.i < t.i)):
            continue
        for group in (o for o in t.children if o.dep_ == "pobj" and o.lemma_.lower() in ("delegation", "mission")):
            found.extend(a for lead in group.children if lead.dep_ == "acl" and lead.lemma_.lower() in ("lead", "head")
                         for by in lead.children if by.dep_ == "agent"
                         for o in by.children if o.dep_ == "pobj" for a in people_in(ctx, parsed, o))
        break
    return found


def _named_counterparts(parsed: Parsed, verb: Any) -> list[str]:
    """'X and his Utopian counterpart Y discussed ...': the person named under a conjoined subject
    ('counterpart') however the parse hung the name on it."""
    found = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for conj in (c for c in subject.children if c.dep_ == "conj"):
            for t in conj.subtree:
                entity = parsed.entities.get(t.i)
                if entity and entity[0] == "person" and entity[1] not in found:
                    found.append(entity[1])
    return found


FOLLOWING_PART_OF_DAY = re.compile(r"(?:the|on the) (?:following|next) (?:day|morning|afternoon|evening)")


def _day_after_conjoined(ctx: Context, parsed: Parsed, verb: Any, future: bool) -> str | None:
    """'X arrived on Monday evening and was received by Y the following morning': a verb conjoined to
    one that tells a day, itself told 'the following morning', is on the day after that day."""
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    own = [c for c in verb.children if c.dep_ in ("npadvmod", "prep")
           and FOLLOWING_PART_OF_DAY.fullmatch(" ".join(t.lower_ for t in c.subtree if t.i <= c.i or c.dep_ == "prep"))]
    if not own:
        return None
    before = resolve_in_clause(ctx, parsed, verb.head, future)
    return add_days(before, 1) if before is not None and len(before) == 10 else None


ARRIVING = {"arrive", "fly", "land", "reach", "touch"}


def _day_of_arrival_before(ctx: Context, parsed: Parsed, verb: Any) -> str | None:
    """'Minister Anna Berg, who flew into Oslo on Tuesday, went straight into talks with X': an
    event told as following the arrival at once takes the arrival's day."""
    # (the parse may hang 'straight' on the preposition: "went [straight into] talks")
    if not any(c.dep_ == "advmod" and c.lower_ in ("straight", "immediately", "directly")
               for c in (*verb.children, *(p for x in verb.children if x.dep_ == "prep" for p in x.children))):
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for clause in (c for c in subject.children if c.dep_ == "relcl" and c.lemma_.lower() in ARRIVING):
            day = resolve_in_clause(ctx, parsed, clause, is_future(clause))
            if day is not None:
                return day
    return None
