"""Resolution speed (issue 11): the shortcuts of the hot paths give the answers the plain
code gives. Each test guards behaviour that must not change (they pass on the code
before the shortcuts too)."""

import dataclasses
import math

import pytest

from geo.gazetteer import Gazetteer
from geo.gazetteer.model import Place
from geo.places.rank_context import DOCUMENT_COUNTRY, NEIGHBOUR_SHARE, PlaceName, rescore, softmax


def _gazetteer() -> Gazetteer:
    gz = Gazetteer()
    rows = (("Porto", "PT", "17", "PPL", 230_000, 41.15, -8.61),
            ("Porto", "BR", "22", "PPL", 5_000, -9.9, -38.0),
            ("Lisbon", "PT", "14", "PPLC", 500_000, 38.72, -9.14),
            ("Valencia", "ES", "60", "PPL", 790_000, 39.47, -0.38))
    for name, cc, a1, fc, population, lat, lon in rows:
        gz.add([name], geonameid=None, name=name, latitude=lat, longitude=lon, country_code=cc,
               feature_code=fc, population=population, admin1_code=a1, admin2_code="")
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    gz.neighbours = {"PT": ["ES"], "ES": ["PT"], "BR": []}
    return gz


def test_a_rows_place_is_the_one_its_fields_make():
    gz = _gazetteer()
    made = gz.place(1)
    plain = Place(index=1, geonameid=None, name="Porto", latitude=-9.9, longitude=-38.0, country_code="BR",
                  feature_code="PPL", population=5_000, admin1_code="22", admin2_code="", layer="base")
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert list(vars(made).items()) == list(vars(plain).items())  # (the fields in their order)
    assert gz.place(1) is made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "Oporto"


def test_a_candidates_country_support_counts_the_other_names_and_their_neighbours():
    gz = _gazetteer()
    porto = PlaceName("porto", (0, 1), [0], "name", base=[1.0, 0.5], where=[gz.facts(0)[2], gz.facts(1)[2]])
    lisbon = PlaceName("lisbon", (2,), [1], "name", base=[2.0], where=[gz.facts(2)[2]])
    valencia = PlaceName("valencia", (3,), [2], "name", base=[2.0], where=[gz.facts(3)[2]])
    names = [porto, lisbon, valencia]
    for n in names:
        n.scores = list(n.base)
        n.probs = softmax(n.scores)
    p_pt, p_br = porto.probs
    rescore(names, gz, {})
    # The others put 1.0 in Portugal and 1.0 in Spain, its neighbour; none in Brazil. (In
    # the order the sums are made: the document's totals, less the name's own mass.)
    others = sum([p_pt + 1.0, p_br, 1.0]) - sum([p_pt, p_br])
    share = ((p_pt + 1.0) - p_pt + NEIGHBOUR_SHARE * (1.0 - 0.0)) / others
    portugal = 1.0 + DOCUMENT_COUNTRY * share
    brazil = 0.5 + DOCUMENT_COUNTRY * ((p_br - p_br) / others)
    assert porto.scores[0] == portugal and porto.scores[1] == brazil
    assert porto.probs == softmax([portugal, brazil]) and math.isclose(sum(porto.probs), 1.0)
    assert lisbon.probs == [1.0] and valencia.probs == [1.0]  # (nothing to choose)
