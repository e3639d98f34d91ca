"""The bundled sample reports (seeds/), read end to end through the document reader.

seeds/001 retells the Albu Kamal strikes in the team's own words: it must give what
issue 2 asks of the real seed. The other reports carry a hand annotation
(tests/fixtures/seeds_expected.json); the floor below guards against regressions and
is set under today's figures, which the closing notes report.
"""

import json
import math
from pathlib import Path

import pytest

from geo.documents import Document, read_documents
from geo.incidents import extract_incidents

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = {e["file"]: e for e in json.loads((ROOT / "tests/fixtures/seeds_expected.json").read_text("utf-8"))}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def seeds():
    docs = {Path(d.source).name: d for d in read_documents([ROOT / "seeds"])}
    assert all(isinstance(d, Document) for d in docs.values())
    return docs


def test_the_samples_span_countries_months_and_actors(seeds):
    assert len(seeds) >= 20
    assert set(seeds) == set(EXPECTED)
    incidents = [i for e in EXPECTED.values() for i in e["incidents"]]
    assert len({i["country"] for i in incidents}) >= 5
    assert len({i["event_date"][:7] for i in incidents}) >= 3
    assert len({a for i in incidents for a in (i["actor1"], i["actor2"]) if a}) >= 8


def test_the_retelling_gives_the_albu_kamal_strike_first(seeds):
    incidents = extract_incidents(seeds["001_albu_kamal_strikes.txt"])
    main = incidents[0]
    assert km(main.latitude, main.longitude, 34.45226, 40.91854) <= 25
    assert main.event_date == "2021-06-28"
    assert (main.event_type, main.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert main.fatalities == 7
    actors = " | ".join([main.actor1, main.actor2, *main.assoc_actors])
    assert "United States" in actors
    assert any(g in actors for g in ("Kataib Hezbollah", "Kataib Sayyid al-Shuhada", "Popular Mobilization Forces"))
    assert not {"Washington", "Baghdad"} & {i.location for i in incidents}
    february = [i for i in incidents if (i.event_date or "").startswith("2021-02")]
    assert len(february) == 1 and february[0].event_date < main.event_date


def test_main_incidents_of_the_samples_match_the_annotation(seeds):
    located = typed = counted = dated = 0
    for name, doc in seeds.items():
        gold = EXPECTED[name]["incidents"][0]
        found = extract_incidents(doc)
        if not found:
            continue
        got = found[0]
        if got.latitude is not None and gold.get("latitude") is not None:
            located += km(got.latitude, got.longitude, gold["latitude"], gold["longitude"]) <= 25
        typed += (got.event_type, got.sub_event_type) == (gold["event_type"], gold["sub_event_type"])
        counted += got.fatalities == gold["fatalities"]
        dated += (got.event_date or "").startswith(gold["event_date"])
    n = len(seeds)
    # Measured when written: location 26/28, type 19/28, fatalities 26/28, date 27/28;
    # after issue 4 (incidents): location 26/28, type 26/28, fatalities 27/28, date 27/28.
    assert located / n >= 0.85
    assert typed / n >= 0.85
    assert counted / n >= 0.9
    assert dated / n >= 0.9
