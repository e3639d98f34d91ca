"""Names joined by "and" / "or": one kind of place.

A name joined to names read as admin-1 regions of one country ("Quebec and Ontario",
"Washington and Oregon", "Kano and Jigawa") is that country's admin-1 region too, where
it has one of its own name, though alone it reads as the city named after the region or
as another country's capital: a writer coordinates like with like. ``geo.places.resolve``
asks this after its first round, when the other names' readings are known, and scores
such a name as one the text types as a region ("Kano State").
"""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.places.model import Mention
from geo.places.rank_context import PlaceName

_JOINS = (" and ", " or ", ", and ", ", or ")
# The reading of the other name as a region must be this likely.
SURE_REGION = 0.5


def coordinated_regions(names: list[PlaceName], mentions: list[Mention], text: str,
                        gz: Gazetteer) -> list[PlaceName]:
    """The names joined ("X and Y") to a name whose likeliest reading is an admin-1
    region (SURE_REGION) of a country where they have an admin-1 region of their own
    name, and whose own likeliest reading is not that region. Not where that region has
    a town of its name ("Daraa and Homs"): a region named after its seat says no more
    of regions than of towns."""
    name_of: dict[int, int] = {}
    for idx, n in enumerate(names):
        for k in n.mentions:
            name_of[k] = idx
    fc, cc = gz.feature_code, gz.country_code
    out: list[PlaceName] = []
    for k in range(len(mentions) - 1):
        if text[mentions[k].end : mentions[k + 1].start] not in _JOINS:
            continue
        a, b = name_of.get(k), name_of.get(k + 1)
        if a is None or b is None or a == b:
            continue
        for this, other in ((names[a], names[b]), (names[b], names[a])):
            if this in out or this.kind != "name" or other.kind != "name":
                continue
            top = other.likeliest
            region = other.rows[top]
            if fc[region] != "ADM1" or other.probs[top] < SURE_REGION or _has_seat(other, region, gz):
                continue
            own = [r for r in this.rows if fc[r] == "ADM1" and cc[r] == cc[region] and gz.primary_key(r) == this.key]
            this_top = this.rows[this.likeliest]
            if own and this_top not in own:
                out.append(this)
    return out


def _has_seat(n: PlaceName, region: int, gz: Gazetteer) -> bool:
    """Whether a town the name may be lies inside the admin-1 region ``region`` (its
    seat, under its own name or a spelling of it: "Daraa", Dar'a)."""
    fc, cc, a1 = gz.feature_code, gz.country_code, gz.admin1_code
    return any(fc[r] in _TOWNS and cc[r] == cc[region] and a1[r] == a1[region] for r in n.rows)


_TOWNS = ("PPL", "PPLC")
