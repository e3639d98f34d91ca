"""Issue 2's gate: the real seed report through the batch interface.

The project's own code was written against its own retelling (tests/test_incidents.py,
seeds/001_*); this runs the third-party original, which stays in ../shared.
"""

import json
import math
import subprocess
import sys

import pytest

pytestmark = pytest.mark.evaluation

ALBU_KAMAL = (34.45226, 40.91854)
SEED = "seeds/000_61ac4836c5800206.txt"


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def incidents(shared_file):
    text = shared_file(SEED).read_text("utf-8")
    line = json.dumps({"id": "seed", "text": text, "date": "2021-06-28"})
    out = subprocess.run([sys.executable, "-m", "geo", "extract"], input=line + "\n",
                         capture_output=True, text=True, check=True)
    (record,) = [json.loads(x) for x in out.stdout.splitlines()]
    assert record["id"] == "seed" and "error" not in record, record
    return record["incidents"]


def test_main_incident_is_the_air_strike_near_albu_kamal(incidents):
    main = incidents[0]
    assert km(main["latitude"], main["longitude"], *ALBU_KAMAL) <= 25
    assert main["event_date"] == "2021-06-28"
    assert (main["event_type"], main["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert main["fatalities"] == 7
    actors = " | ".join([main["actor1"], main["actor2"], *main["assoc_actors"]])
    assert "United States" in actors
    assert any(group in actors for group in ("Kataib Hezbollah", "Kataib Sayyid al-Shuhada", "Popular Mobilization Forces"))


def test_no_incident_at_the_datelines(incidents):
    for inc in incidents:
        assert inc["location"] not in ("Washington", "Baghdad")
        if inc["latitude"] is not None:
            assert km(inc["latitude"], inc["longitude"], 38.895, -77.036) > 100  # Washington
            assert km(inc["latitude"], inc["longitude"], 33.340, 44.400) > 25  # Baghdad


def test_february_strikes_are_a_separate_earlier_incident(incidents):
    february = [i for i in incidents if (i["event_date"] or "").startswith("2021-02")]
    assert len(february) == 1
    assert february[0]["event_date"] < incidents[0]["event_date"]
    assert february[0]["fatalities"] >= 20
