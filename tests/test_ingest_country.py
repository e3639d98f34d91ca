"""`geo ingest --country`: a corpus whose sources all cover one country names the unnamed
actors of a report that names no country after it — never places an incident. Reports are
the team's own, about invented villages the gazetteer cannot know."""

import subprocess
import sys

import pytest

from geo.incidents import CountryExtractor, extract_incidents
from geo.documents import Document
from geo.store.open import open_store

REPORTS = {
    "teachers.txt": "date 2024-05-06 Teachers march over pay\n\nStaff reporter\n\n"
                    "Hundreds of teachers marched through Mbelekato village on Monday demanding unpaid salaries.\n",
    "market.txt": "date 2024-05-06 Shopkeepers shot dead\n\nStaff reporter\n\n"
                  "Gunmen shot dead two shopkeepers at Tandaruko market overnight into Sunday.\n",
}


def ingest(tmp_path, *args):
    folder = tmp_path / "reports"
    folder.mkdir(exist_ok=True)
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "geo", "ingest", str(folder), "--store", str(store), "--no-progress", *args],
                          capture_output=True, text=True)
    return done, store


def actors_in(store):
    with open_store(store, create=False) as opened:
        layer = opened.read_layer()
    return sorted(layer["actor1"]), set(layer["location"])


@pytest.mark.parametrize("country", ["KE", "Kenya"])
def test_the_corpus_country_names_unnamed_actors(tmp_path, country):
    done, store = ingest(tmp_path, "--country", country)
    assert done.returncode == 0, done.stderr
    actors, locations = actors_in(store)
    assert actors == ["Protesters (Kenya)", "Unidentified Armed Group (Kenya)"]
    assert locations <= {"", None}  # it names the actors; it places nothing


def test_without_it_the_actors_stay_without_a_country(tmp_path):
    done, store = ingest(tmp_path)
    assert done.returncode == 0, done.stderr
    assert actors_in(store)[0] == ["Protesters", "Unidentified Armed Group"]


def test_a_country_the_text_names_wins_over_the_corpus_country():
    report = Document("x", "", "2024-05-06", "Soldiers clashed with rebels near Kindu in eastern Congo on Monday.", "x")
    incident = CountryExtractor("KE")(report)[0]
    assert "Congo" in incident.country and "Kenya" not in (incident.actor1 or "")
    assert [i.actor1 for i in extract_incidents(report)] == [i.actor1 for i in CountryExtractor("KE")(report)]


def test_an_unknown_country_is_a_clear_error(tmp_path):
    done, store = ingest(tmp_path, "--country", "Atlantis")
    assert done.returncode == 2
    assert "--country 'Atlantis' is no country" in done.stderr
    assert not store.exists()
