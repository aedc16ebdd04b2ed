"""Map stage: facts to an rdflib graph, following the contract in the acceptance README.

schema.org carries what it can (people, places, events, news articles, claims), the
``dipl:`` vocabulary adds what it lacks (meeting types, statements and who they were
said to), and W3C Web Annotation ties every event, statement, document and claim to the
exact words of the article it was read from. No blank nodes: every node has an IRI, so
output is stable byte for byte and graphs of many articles merge by union.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .errors import FactsError
from .iris import DEFAULT_BASE_IRI, Minter
from .model import Event, Evidence, Facts, Organization, Person, Place
from .namespaces import NAMESPACES

SCHEMA = Namespace(NAMESPACES["schema"])
DIPL = Namespace(NAMESPACES["dipl"])
OA = Namespace(NAMESPACES["oa"])
PREFIXES = {"schema": SCHEMA, "dipl": DIPL, "oa": OA, "xsd": XSD, "rdf": RDF, "rdfs": RDFS, "owl": OWL}

EVENT_CLASSES = {"meeting": DIPL.Meeting, "phone_call": DIPL.PhoneCall, "visit": DIPL.Visit,
                 "summit": DIPL.Summit, "conference": DIPL.Conference}
EVENT_LABELS = {"meeting": "Meeting", "phone_call": "Phone call", "visit": "Visit", "summit": "Summit",
                "conference": "Conference"}
EVENT_STATUS = {"scheduled": SCHEMA.EventScheduled, "happened": DIPL.EventHappened,
                "cancelled": SCHEMA.EventCancelled, "postponed": SCHEMA.EventPostponed}
DOCUMENT_CLASSES = {"plan": DIPL.Plan, "proposal": DIPL.Plan, "joint_statement": DIPL.JointStatement,
                    "declaration": DIPL.JointStatement, "communique": DIPL.JointStatement,
                    "agreement": DIPL.Agreement, "treaty": DIPL.Agreement}
PLACE_CLASSES = {"City": SCHEMA.City, "Country": SCHEMA.Country, "Place": SCHEMA.Place}
CONTEXT_CHARS = 32  # characters of oa:prefix / oa:suffix around the exact words


def date_literal(value: str) -> Literal:
    """A date at the precision the article gives it: xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def anchor_evidence(facts: Facts, text: str, source: str = "facts") -> None:
    """Give every evidence span its offsets in ``text``, or fail naming the fact.

    A hand-written facts file may quote the words alone; they are found in the article
    (the first occurrence). Spans that carry offsets must match the article exactly.
    """
    for section in ("events", "statements", "documents", "claims"):
        for item in getattr(facts, section):
            for n, span in enumerate(item.evidence):
                where = f"{section} '{item.id}' evidence[{n}]"
                if span.start is not None and span.end is not None:
                    if text[span.start:span.end] != span.text:
                        raise FactsError(f"{where}: the article has {text[span.start:span.end]!r} at "
                                         f"{span.start}..{span.end}, not {span.text!r}", source=source)
                    continue
                at = text.find(span.text)
                if at < 0:
                    raise FactsError(f"{where}: {span.text[:60]!r} is not in the article", source=source)
                span.start, span.end = at, at + len(span.text)


def article_slug(facts: Facts) -> str:
    return Path(facts.article.source).stem or "article"


class _Mapper:
    def __init__(self, facts: Facts, text: str | None, base_iri: str) -> None:
        self.facts = facts
        self.text = text
        self.mint = Minter(base_iri, article_slug(facts))
        self.graph = Graph()
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace)
        self.items = facts.by_id()
        self.iri: dict[str, URIRef] = {}

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | str | None) -> None:
        if o is None or o == "":
            return
        self.graph.add((s, p, o if isinstance(o, URIRef | Literal) else Literal(o)))

    # --- entities ------------------------------------------------------------------------
    def entities(self) -> None:
        places = {p.id: p for p in self.facts.places}

        def place_iri(place: Place) -> URIRef:
            if place.type == "Country":
                return URIRef(self.mint.country(place.name))
            if place.type == "City":
                country = places.get(place.contained_in or "")
                return URIRef(self.mint.city(place.name, country.name if country else None))
            return URIRef(self.mint.place(place.name))

        for place in self.facts.places:
            self.iri[place.id] = place_iri(place)
        for person in self.facts.people:
            self.iri[person.id] = URIRef(self.mint.person(person.name))
        for org in self.facts.organizations:
            self.iri[org.id] = URIRef(self.mint.organization(org.name))

        for place in self.facts.places:
            node = self.iri[place.id]
            self.add(node, RDF.type, PLACE_CLASSES[place.type])
            self.add(node, SCHEMA.name, place.name)
            for alt in place.alternate_names:
                self.add(node, SCHEMA.alternateName, alt)
            if place.contained_in:
                self.add(node, SCHEMA.containedInPlace, self.iri[place.contained_in])
            self.add(node, SCHEMA.identifier, place.code)
        for person in self.facts.people:
            node = self.iri[person.id]
            self.add(node, RDF.type, SCHEMA.Person)
            self.add(node, SCHEMA.name, person.name)
            for alt in person.alternate_names:
                self.add(node, SCHEMA.alternateName, alt)
            for title in (person.title, *person.other_titles):
                self.add(node, SCHEMA.jobTitle, title)
            if person.represents:
                self.add(node, DIPL.represents, self.iri[person.represents])
        for org in self.facts.organizations:
            node = self.iri[org.id]
            self.add(node, RDF.type, SCHEMA[org.type])
            self.add(node, SCHEMA.name, org.name)
            for alt in org.alternate_names:
                self.add(node, SCHEMA.alternateName, alt)
            if org.country:
                self.add(node, DIPL.governmentOf, self.iri[org.country])

    # --- the article -------------------------------------------------------------------------
    def article(self) -> URIRef:
        meta = self.facts.article
        node = URIRef(self.mint.article)
        self.add(node, RDF.type, SCHEMA.NewsArticle)
        self.add(node, SCHEMA.headline, meta.headline)
        for point in meta.summary:
            self.add(node, SCHEMA.abstract, point)
        if meta.published:
            self.add(node, SCHEMA.datePublished, date_literal(meta.published))
        if meta.publisher:
            self.add(node, SCHEMA.publisher, self.iri[meta.publisher])
        if meta.url:
            self.add(node, SCHEMA.url, URIRef(meta.url))
        if meta.reading_time:
            self.add(node, SCHEMA.timeRequired, Literal(meta.reading_time, datatype=XSD.duration))
        for name in meta.byline:
            self.add(node, SCHEMA.author, URIRef(self.mint.person(name)))
            self.add(URIRef(self.mint.person(name)), RDF.type, SCHEMA.Person)
            self.add(URIRef(self.mint.person(name)), SCHEMA.name, name)
        for n, media in enumerate(meta.media, start=1):
            item = URIRef(self.mint.local("media", str(n)))
            self.add(node, SCHEMA.associatedMedia, item)
            self.add(item, RDF.type, SCHEMA.ImageObject if media.kind == "image" else SCHEMA.VideoObject)
            self.add(item, SCHEMA.caption, media.caption)
            self.add(item, SCHEMA.creditText, media.credit)
            self.add(item, SCHEMA.name, media.title)
            if media.duration:
                self.add(item, SCHEMA.duration, Literal(media.duration, datatype=XSD.duration))
        entities: list[Person | Place | Organization] = [*self.facts.people, *self.facts.places,
                                                          *self.facts.organizations]
        for ident in sorted(e.id for e in entities):
            self.add(node, SCHEMA.mentions, self.iri[ident])
        return node

    # --- events, statements, documents, claims ----------------------------------------------------
    def events(self) -> None:
        for event in self.facts.events:
            if event.start and (event.location or event.attendees):
                key = [f"location {self.iri[event.location]}" if event.location else "",
                       *(f"attendee {self.iri[a]}" for a in event.attendees)]
                if event.is_meal():
                    key.append("occasion meal")  # the state dinner is not the day's talks of the same two
                self.iri[event.id] = URIRef(self.mint.event(event.type, event.start, key))
            else:
                self.iri[event.id] = URIRef(self.mint.local("event", event.id))
        described: set[URIRef] = set()
        for event in self.facts.events:
            node = self.iri[event.id]
            if node in described:
                # Same kind, day, place and people as an event told before: the same event by the
                # rule that makes IRIs shared. Its words are more evidence of it; its other values
                # (a second name or status) would contradict the first, so the first telling stands.
                self.evidence(event.id, node, event.evidence)
                continue
            described.add(node)
            self.add(node, RDF.type, EVENT_CLASSES[event.type])
            self.add(node, SCHEMA.name, event.name or self.event_name(event.id))
            for who in event.attendees:
                self.add(node, SCHEMA.attendee, self.iri[who])
            if event.location:
                self.add(node, SCHEMA.location, self.iri[event.location])
            if event.start:
                self.add(node, SCHEMA.startDate, date_literal(event.start))
            if event.end:
                self.add(node, SCHEMA.endDate, date_literal(event.end))
            if event.status:
                self.add(node, SCHEMA.eventStatus, EVENT_STATUS[event.status])
            # Two mentions the article tells apart can share an IRI (same kind, day and place: one
            # gathering for every article that reports it); then one cannot hold the other.
            if event.super_event and self.iri[event.super_event] != node:
                self.add(node, SCHEMA.superEvent, self.iri[event.super_event])
                self.add(self.iri[event.super_event], SCHEMA.subEvent, node)
            self.evidence(event.id, node, event.evidence)

    def event_name(self, event_id: str) -> str:
        """A readable label for an event the article does not name: 'Meeting: A, B (Place, date)'."""
        event = self.items[event_id]
        assert isinstance(event, Event)
        who = ", ".join(sorted(self.items[a].name for a in event.attendees))  # the same label in every article
        where = ", ".join(x for x in (self.items[event.location].name if event.location else "",
                                      event.start or "") if x)
        return EVENT_LABELS[event.type] + (f": {who}" if who else "") + (f" ({where})" if where else "")

    def statements(self) -> None:
        for st in self.facts.statements:
            node = URIRef(self.mint.local("statement", st.id))
            self.iri[st.id] = node
            self.add(node, RDF.type, DIPL.Statement)
            if st.direct:
                self.add(node, RDF.type, SCHEMA.Quotation)
            self.add(node, SCHEMA.text, st.text)
            self.add(node, SCHEMA.creator, self.iri[st.speaker])
            for who in st.addressees:
                self.add(node, DIPL.addressee, self.iri[who])
            if st.date:
                self.add(node, SCHEMA.dateCreated, date_literal(st.date))
            if st.made_at:
                self.add(node, DIPL.madeAt, self.iri[st.made_at])
            self.add(node, DIPL.sourceDescription, st.source)

    def documents(self) -> None:
        for doc in self.facts.documents:
            node = URIRef(self.mint.local("document", doc.id))
            self.iri[doc.id] = node
            self.add(node, RDF.type, DIPL.DiplomaticDocument)
            if doc.type in DOCUMENT_CLASSES:
                self.add(node, RDF.type, DOCUMENT_CLASSES[doc.type])
            self.add(node, SCHEMA.name, doc.name)
            for who in doc.authors:
                self.add(node, SCHEMA.author, self.iri[who])
            if doc.date:
                self.add(node, SCHEMA.datePublished, date_literal(doc.date))
            self.evidence(doc.id, node, doc.evidence)

    def statement_links(self) -> None:
        """Evidence and sources of statements, once documents have IRIs to point at."""
        for st in self.facts.statements:
            node = self.iri[st.id]
            if st.according_to:
                self.add(node, DIPL.accordingTo, self.iri[st.according_to])
            self.evidence(st.id, node, st.evidence)

    def claims(self, article: URIRef) -> None:
        publisher = self.iri.get(self.facts.article.publisher or "")
        for claim in self.facts.claims:
            node = URIRef(self.mint.local("claim", claim.id))
            self.add(node, RDF.type, SCHEMA.Claim)
            self.add(node, SCHEMA.text, claim.text)
            self.add(node, SCHEMA.appearance, article)
            if publisher is not None:
                self.add(node, SCHEMA.author, publisher)
            self.evidence(claim.id, node, claim.evidence)

    def evidence(self, ident: str, body: URIRef, spans: list[Evidence]) -> None:
        article = URIRef(self.mint.article)
        for n, span in enumerate(spans, start=1):
            annotation = URIRef(self.mint.local("annotation", f"{ident}-{n}"))
            target = URIRef(f"{annotation}/target")
            quote, position = URIRef(f"{annotation}/quote"), URIRef(f"{annotation}/position")
            self.add(annotation, RDF.type, OA.Annotation)
            self.add(annotation, OA.motivatedBy, OA.identifying)
            self.add(annotation, OA.hasBody, body)
            self.add(annotation, OA.hasTarget, target)
            self.add(target, RDF.type, OA.SpecificResource)
            self.add(target, OA.hasSource, article)
            self.add(target, OA.hasSelector, quote)
            self.add(quote, RDF.type, OA.TextQuoteSelector)
            self.add(quote, OA.exact, Literal(span.text))
            if span.start is None or span.end is None:
                continue
            if self.text is not None:
                self.add(quote, OA.prefix, self.text[max(0, span.start - CONTEXT_CHARS):span.start])
                self.add(quote, OA.suffix, self.text[span.end:span.end + CONTEXT_CHARS])
            self.add(target, OA.hasSelector, position)
            self.add(position, RDF.type, OA.TextPositionSelector)
            self.add(position, OA.start, Literal(span.start, datatype=XSD.integer))
            self.add(position, OA.end, Literal(span.end, datatype=XSD.integer))


def facts_to_graph(facts: Facts, text: str | None = None, *, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """The RDF graph of one article's facts.

    ``text`` is the article as read; when given, evidence without offsets is located in
    it and quote selectors get their prefix and suffix.
    """
    if text is not None:
        anchor_evidence(facts, text, source=facts.article.source)
    mapper = _Mapper(facts, text, base_iri)
    mapper.entities()
    mapper.events()
    mapper.statements()
    mapper.documents()
    mapper.statement_links()
    article = mapper.article()
    mapper.claims(article)
    return mapper.graph


def article_iri(facts: Facts, base_iri: str = DEFAULT_BASE_IRI) -> str:
    return Minter(base_iri, article_slug(facts)).article
