"""Incidents of one document: sentences -> places -> event sentences grouped by time ->
for each incident its type, date, location, actors and fatalities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.incidents.actor_sides import territory_taker
from geo.incidents.actors import choose_actors, country_code_of
from geo.incidents.aliases import share_alias_hits
from geo.incidents.context import Context, report_context
from geo.incidents.events import VIOLENCE, classify_sentences
from geo.incidents.fatalities import count_fatalities
from geo.incidents.fatality_phrases import died_at_demonstration
from geo.incidents.locations import (choose_location, listed_places, named_elsewhere, other_countries_struck, set_location,
                                     unnamed_capital)
from geo.incidents.location_raiders import struck_country
from geo.incidents.mentions import assign_mentions, drop_actor_names, refine_mentions
from geo.incidents.model import Incident, Sentence
from geo.incidents.pattern_gate import set_document
from geo.incidents.segment import Draft, group_sentences, undated_context
from geo.incidents.sentences import split_sentences
from geo.places import parse_places
from geo.taxonomy import PROTESTS, RIOTS, STRATEGIC


def extract_incidents(document, country: str | None = None) -> list[Incident]:
    """Incidents of a ``geo.documents.Document`` (or anything with .text and .date);
    ``country`` as for ``extract_incidents_from_text``."""
    incidents = extract_incidents_from_text(document.text, getattr(document, "date", None), country=country)
    for inc in incidents:
        inc.doc_id = getattr(document, "id", "") or inc.doc_id
        inc.source = getattr(document, "source", "") or inc.source
        inc.title = getattr(document, "title", "") or inc.title
    return incidents


@dataclass(frozen=True)
class CountryExtractor:
    """``extract_incidents`` for a corpus whose sources all cover one country (a code or a
    name): what ``geo ingest --country`` hands the ingest, in this process or pickled to
    its workers."""

    country: str

    def __call__(self, document) -> list[Incident]:
        return extract_incidents(document, country=self.country)


def extract_incidents_from_text(text: str, published: str | date | None = None,
                                gazetteer: Gazetteer | None = None, country: str | None = None) -> list[Incident]:
    """Incidents in ``text``, the main one first. ``country``: the country the report's
    source covers (a code or a name), known to the caller: unnamed actors of an incident
    whose text names no country are named after it ("Protesters (Ruritania)"); it never
    places an incident."""
    gz = gazetteer or load_gazetteer()
    set_document(text)  # (the rules' texts, its parts, are answered from one multi-pattern scan of it)
    source_country = country_code_of(country, gz)
    pub = _as_date(published)
    sentences = split_sentences(text)
    share_alias_hits(text, [(s.start, s.end) for s in sentences])  # one scan of the text for its sentences too
    # Which sentences report what reads the text alone: a report with no event needs no
    # places (nor anything read from them).
    drafts, main = group_sentences(sentences, pub)
    kinds = [classify_sentences([s.text for s in d.sentences]) for d in drafts]
    if not any(kinds):
        return []
    # The source's country, last: a namesake there is preferred when the text names no country.
    tail = (source_country,) if source_country else ()
    context = report_context(text, gz)
    mentions = parse_places(text, gz, context_countries=context.all + tail)
    mentions = drop_actor_names(mentions, text)
    context = report_context(text, gz, mentions)
    refine_mentions(mentions, text, gz, context.all + tail)
    context = report_context(text, gz, mentions)
    assign_mentions(sentences, mentions)

    # The main incident first: an incident that names no place of its own is in the main
    # incident's country ("The rallies come after …" in a report on Mali that quotes France
    # more often than it names Mali), not in the country the report names most.
    built: dict[int, list[Incident]] = {}
    home = ""
    for i in sorted(range(len(drafts)), key=lambda i: drafts[i] is not main):
        if kinds[i] is not None:
            built[i] = _incidents_from_draft(drafts[i], kinds[i], sentences, drafts, text, pub, gz, context,
                                             main=drafts[i] is main, source_country=source_country, home=home)
            if drafts[i] is main and built[i] and built[i][0].country:
                home = country_code_of(built[i][0].country, gz) or ""
    return [inc for i in sorted(built) for inc in built[i]]


def actor_country(context: Context, sentences: list[Sentence]) -> str:
    """The country to name unnamed actors after ("Protesters (Ruritania)") when the
    incident has no place and no actor names a country outright: a demonym ("Ruritanian
    nurses"), a major place the report names, else the country of any place it names.
    Weaker than a location, so used for the actors' names only, never to place the
    incident."""
    if context.weak:
        return context.weak[0]
    if context.places:
        return context.places[0]
    for s in sentences:
        for m in s.mentions:
            if m.place is not None:
                return m.place.country_code
    return ""


def _fallback_country(context: Context, sentences: list[Sentence], text: str) -> str:
    """Where an incident that names no place happened: the first country the report names
    strongly, not one named only as where people came from or went or as a border ("near
    the border with X"), nor one named only by its troops when another is named (ACLED
    places an event where it happened, and armies fight abroad); then the country of a
    major place the report names (a dateline's capital). A weakly named country (a group
    that fights across borders, a state firing from afar) places nothing."""
    elsewhere = named_elsewhere(sentences, text) if context.strong else frozenset()
    for found in ([c for c in context.strong if c not in context.forces and c not in elsewhere],
                  [c for c in context.strong if c not in elsewhere], list(context.places), list(context.strong)):
        if found:
            return found[0]
    return ""


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _incidents_from_draft(d: Draft, kind: tuple[str, str], all_sentences: list[Sentence], drafts: list[Draft],
                          text: str, pub: date | None, gz: Gazetteer, context: Context, main: bool,
                          source_country: str = "", home: str = "") -> list[Incident]:
    etype, sub = kind  # classify_sentences of the draft's sentences
    if d.anchor is not None:
        event_date, precision = d.anchor.day.isoformat(), d.anchor.precision
    elif pub is not None:
        event_date, precision = pub.isoformat(), 2  # no time expression: the week of the report
    else:
        event_date, precision = None, 3

    taken = {id(s) for other in drafts for s in other.sentences}  # by identity: no field-by-field comparisons
    spare = [s for s in all_sentences if id(s) not in taken]
    location, loc_precision, surface = choose_location(d.sentences, spare if main else [], text, gz, context)
    country_code = location.country_code if location else (home or struck_country(
        _fallback_country(context, all_sentences, text), context.strong, all_sentences, text, gz))
    undated = undated_context(d, all_sentences) if main else []
    actor1, actor2, assoc = choose_actors(d.sentences, undated, gz,
                                          country_code or source_country or actor_country(context, d.sentences), etype, sub,
                                          event_date)
    sub = territory_taker(sub, actor1, assoc, gz, country_code)
    fatalities = count_fatalities([s.text for s in d.sentences], causes_excluded=etype in (PROTESTS, RIOTS))
    if etype == STRATEGIC and sub != "Looting/property destruction" and not VIOLENCE.search(" ".join(s.text for s in d.sentences)):
        fatalities = 0
    if (etype, sub) == (PROTESTS, "Peaceful protest") and not died_at_demonstration([s.text for s in d.sentences]):
        fatalities = 0  # deaths a demonstration is about are not its own (ACLED's codebook); one during it is

    incident = Incident(
        event_date=event_date,
        event_type=etype,
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        assoc_actors=assoc,
        geo_precision=loc_precision,
        time_precision=precision,
        fatalities=fatalities,
        evidence=" ".join(s.text for s in d.sentences)[:2000],
    )
    set_location(incident, location, gz, surface)
    if location is None and country_code:
        # No place named: the capital of the country the report's actors belong to, coarsely
        # (not one the report names and set aside); a national decision (a state of
        # emergency, a ceasefire) at the seat of government, as ACLED codes it.
        capital = gz.capital(country_code) if etype == STRATEGIC and sub in ("Agreement", "Other") \
            else unnamed_capital(country_code, all_sentences, gz)
        set_location(incident, capital or gz.country(country_code), gz)
        incident.geo_precision = 3
    out = [incident]
    if etype in (PROTESTS, RIOTS) and location is not None:
        # "protests in Oldtown, Newtown and Midtown": ACLED codes one event per place.
        for place, surface_name in listed_places(d.sentences[0], text, location, gz):
            sibling = Incident(**{**incident.to_dict(), "fatalities": 0, "assoc_actors": list(assoc)})
            set_location(sibling, place, gz, surface_name)
            sibling.geo_precision = 1
            out.append(sibling)
    # "two sites in one country and one in another": the same strikes in another country,
    # whose site is not named, are an incident of their own there, at country precision.
    # The main incident reads the report's undated sentences too (a sentence saying where
    # the sites were need not repeat a verb of violence).
    for iso in other_countries_struck(d.sentences + undated, location.country_code if location else "", gz):
        sibling = Incident(**{**incident.to_dict(), "fatalities": 0, "assoc_actors": list(assoc)})
        set_location(sibling, gz.country(iso), gz)
        sibling.geo_precision = 3
        sibling.evidence = " ".join(s.text for s in d.sentences if any(
            m.place is not None and m.place.country_code == iso for m in s.mentions))[:2000]
        out.append(sibling)
    return out
