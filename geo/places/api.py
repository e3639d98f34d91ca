"""Find and resolve in one call (``parse_places``), or resolve spans given by the caller
(``resolve_spans``: gold spans in evaluation)."""

from __future__ import annotations

from geo.gazetteer import Gazetteer, load_gazetteer, normalize_name
from geo.places.abbreviations import short_form_row
from geo.places.demonyms import demonym_rows
from geo.places.find import find_mentions
from geo.places.model import Mention
from geo.places.resolve import resolve_mentions
from geo.places.spellings import doubtful_spellings, spelling_candidates, without_doubtful_spellings
from geo.places.words import NATURAL_FEATURE_WORDS, PLACE_WORDS, place_table, table_rows


def parse_places(text: str, gazetteer: Gazetteer | None = None, *, context_countries=()) -> list[Mention]:
    """Find and resolve the place mentions of a text.

    ``context_countries``: ISO2 codes the caller knows the document is about (e.g. from
    the actors it names), weighed like countries named in the text.
    """
    gz = gazetteer or load_gazetteer()
    return without_doubtful_spellings(resolve_mentions(text, find_mentions(text, gz), gz,
                                                       context_countries=context_countries), context_countries)


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None,
                  *, context_countries=()) -> list[Mention]:
    """Resolve given spans (``parse --gold-spans``), in their order, with each other as context.

    A span whose exact text is not in the gazetteer is retried without a leading
    article or trailing place word ("the Bronx", "Kano State"), with a county or
    township spelt out ("Kern Co."), as an abbreviation ("Kan."), a demonym
    ("Uruguayans") or another spelling of a well-known place's name ("Hodeidah"). A
    span the finder also reads as a name keeps the finder's candidates and kind.
    """
    gz = gazetteer or load_gazetteer()
    mentions = []
    found = {(m.start, m.end): m for m in find_mentions(text, gz)}  # (what the finder reads there)
    for start, end in spans:
        surface = text[start:end]
        rows, kind = _rows_for_surface(surface, gz)
        if kind != "abbreviation" and surface.strip() + "." in gz.abbreviations and (
                not rows or text.startswith(".", end)):
            # "Fresno, Calif.", "D-Ariz.": a span that leaves out an abbreviation's full
            # stop (it ends the sentence or the clause), or a text that drops it ("Bronx,
            # N.Y, police said"), is still the abbreviation.
            rows, kind = (gz.abbreviations[surface.strip() + "."],), "abbreviation"
        hint, same = "", found.get((start, end))
        if same is not None and same.rows:
            # A span the finder reads the same (its candidates, as in capitals or an
            # acronym, and the kind the words around it say): its reading, so that a
            # given span resolves as the same name found would.
            rows, kind, hint = same.rows, same.kind, same.hint
        mentions.append(Mention(start, end, surface, rows, kind=kind, hint=hint, gazetteer=gz))
    resolved = resolve_mentions(text, mentions, gz, context_countries=context_countries)
    doubtful = doubtful_spellings(resolved, context_countries) if any(m.kind == "spelling" for m in resolved) else ()
    if doubtful:
        # A name read as another spelling of a place the document is not about is a
        # place the gazetteer lacks, placed where the document is (as before the reading).
        mentions = [Mention(m.start, m.end, m.text, gazetteer=gz) if k in doubtful else
                    Mention(m.start, m.end, m.text, m.rows, kind=m.kind, hint=m.hint, gazetteer=gz)
                    for k, m in enumerate(resolved)]
        resolved = resolve_mentions(text, mentions, gz, context_countries=context_countries)
    return resolved


_MAJOR_CODES = frozenset({"PCLI", "ADM1", "PPLC"})


def _rows_for_surface(surface: str, gz: Gazetteer) -> tuple[tuple[int, ...], str]:
    stripped = surface.strip()
    short_form = short_form_row(stripped, gz)
    if short_form is not None:
        return (short_form,), "name"
    seat = _union_seats(gz).get(stripped) if stripped in _UNION_SURFACES else None
    if seat is not None:
        return (seat,), "seat"
    if stripped in gz.abbreviations:
        return (gz.abbreviations[stripped],), "abbreviation"
    if stripped in gz.postal_codes:
        return (gz.postal_codes[stripped],), "abbreviation"
    key = normalize_name(surface)
    rows = gz.rows_for_key(key)
    demonym = demonym_rows(gz).get(key)
    if demonym is not None and not any(gz.primary_key(r) == key and gz.feature_code[r] in _MAJOR_CODES for r in rows):
        # "Canadian", "Spanish": the country, not the town of Canadian, Texas, named after it.
        return (demonym,), "demonym"
    if stripped.isupper() and len(key.replace(" ", "")) <= 5:
        # "EU", "UN": an acronym names a country or nothing (not Eu, France), as in
        # find_mentions; a word of four or five capitals may be a dateline's town ("DOHA").
        countries = tuple(r for r in rows if gz.feature_code[r] == "PCLI")
        rows = countries if countries or len(key.replace(" ", "")) < 4 else rows
    if rows:
        return rows, "name"
    if demonym is None:
        demonym = _continent_adjectives(gz).get(key)
    if demonym is not None:
        return (demonym,), "demonym"
    words = key.split()
    if words and words[0] == "the":
        words = words[1:]
        rows = gz.rows_for_key(" ".join(words))
    if not rows and len(words) > 1 and words[-1] in ("co", "twp"):
        rows = gz.rows_for_key(" ".join(words[:-1] + [{"co": "county", "twp": "township"}[words[-1]]]))
    for kept, dropped in ((words[:-1], words[-1:]), (words[1:], words[:1])):
        if not rows and len(words) > 1 and dropped[0] in PLACE_WORDS:
            rows = gz.rows_for_key(" ".join(kept))
            if rows and dropped[0] in NATURAL_FEATURE_WORDS:
                # "Lake Oldham", "Oldham River": the towns called Oldham are what the
                # feature may be named after, anywhere; resolve_mentions keeps the one
                # chosen only near the places the document is about.
                return rows, "feature"
    if not rows:  # "Hodeidah": a well-known place spelt otherwise (the caller says it is a place)
        rows = spelling_candidates(gz, key)
        if rows:
            return rows, "spelling"
    return rows, "name"


_continent_tables: dict[int, tuple[Gazetteer, dict[str, int]]] = {}


def _continent_adjectives(gz: Gazetteer) -> dict[str, int]:
    """Adjective of a continent or world region (normalised; also its plural, the
    people: "Europeans") -> the row of the continent or region
    (``continent_demonyms.tsv``)."""
    cached = _continent_tables.get(id(gz))
    if cached is not None and cached[0] is gz:
        return cached[1]
    rows = {}
    for surface, row in table_rows(gz, "continent_demonyms").items():
        key = normalize_name(surface)
        rows[key] = rows[key + "s"] = row
    _continent_tables[id(gz)] = (gz, rows)
    return rows


_seat_tables: dict[int, tuple[Gazetteer, dict[str, int]]] = {}
_UNION_SURFACES = frozenset(row[0] for row in place_table("union_seats"))  # (a set lookup before the table's)


def _union_seats(gz: Gazetteer) -> dict[str, int]:
    """Surface of a union of states ("EU") -> the row of the seat of its institutions
    (``union_seats.tsv``)."""
    cached = _seat_tables.get(id(gz))
    if cached is not None and cached[0] is gz:
        return cached[1]
    rows = table_rows(gz, "union_seats")
    _seat_tables[id(gz)] = (gz, rows)
    return rows
