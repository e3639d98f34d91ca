"""Issue 3's seed check: the real seed's places through `python -m geo parse`."""

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.evaluation

SEED = "seeds/000_61ac4836c5800206.txt"
# name as written -> (country code, latitude, longitude) of the right entry
EXPECTED = {
    "Albu Kamal": ("SY", 34.45, 40.92),
    "Baghdad": ("IQ", 33.34, 44.40),
    "Washington": ("US", 38.90, -77.04),
    "Syria": ("SY", None, None),
    "Iraq": ("IQ", None, None),
    "Iran": ("IR", None, None),
    "Tehran": ("IR", 35.69, 51.42),
}
NOT_PLACES = ["Biden", "Joe Biden", "Kirby", "John Kirby", "Rami Abdel Rahman", "Kataeb Hezbollah",
              "Kataeb Sayyid al-Shuhada", "Hashed", "Hashed al-Shaabi", "SANA", "Pentagon", "AFP",
              "Syrian Observatory for Human Rights", "Observatory", "Donald Trump", "Trump", "Blinken",
              "Antony Blinken", "Reuven Rivlin", "Rivlin", "White House", "Islamic State"]


@pytest.fixture(scope="module")
def places(shared_file):
    text = shared_file(SEED).read_text("utf-8")
    out = subprocess.run([sys.executable, "-m", "geo", "parse"], capture_output=True, text=True, check=True,
                         input=json.dumps({"id": "seed", "text": text, "date": "2021-06-28"}) + "\n")
    return json.loads(out.stdout)["places"]


def test_the_seeds_places_resolve_right(places):
    by_text = {}
    for p in places:
        by_text.setdefault(p["text"], []).append(p)
    for name, (country, lat, lon) in EXPECTED.items():
        assert name in by_text, f"{name} not found"
        for p in by_text[name]:
            assert p["country_code"] == country, (name, p)
            if lat is not None:
                assert abs(p["lat"] - lat) < 0.2 and abs(p["lon"] - lon) < 0.2, (name, p)
    (euphrates,) = {p["name"] for p in places if "Euphrates" in p["text"]}
    assert "Euphrates" in euphrates


def test_no_person_or_organisation_comes_back_as_a_place(places):
    found = {p["text"] for p in places}
    assert not found & set(NOT_PLACES), found & set(NOT_PLACES)
