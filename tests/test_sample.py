"""The bundled sample read ahead (geo.ingest.sample): what the first start commits
instead of waiting for the gazetteer index must be what an ingest of the seeds gives."""

import shutil
from pathlib import Path

import pandas as pd

from geo.ingest import ingest
from geo.ingest.sample import load_sample, sample_for, seeds_digest
from geo.store.formats import read_documents_table, read_layer
from geo.store.open import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS, SAMPLE = ROOT / "seeds", ROOT / "data" / "sample"
COMPARED = ["event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
            "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "doc_id",
            "merge_key"]


def test_the_sample_is_what_an_ingest_of_the_seeds_gives_today(tmp_path):
    assert sample_for(SEEDS, SAMPLE) is not None, (
        "data/sample was not made from seeds/ as they are: run python scripts/build_sample.py")
    ingest([SEEDS], tmp_path / "store")
    with open_store(str(tmp_path / "store"), create=False) as store:
        fresh = store.read_layer(apply_corrections=False)
        documents = store.read_documents()
    sample = read_layer(SAMPLE / "seeds.parquet")
    message = "the extractor reads the seeds differently now: run python scripts/build_sample.py"
    pd.testing.assert_frame_equal(
        sample[COMPARED].sort_values("event_id").reset_index(drop=True),
        fresh[COMPARED].sort_values("event_id").reset_index(drop=True), obj=message)
    assert sorted(read_documents_table(SAMPLE / "seeds.parquet")["doc_id"]) == sorted(documents["doc_id"]), message


def test_changed_seeds_have_no_sample(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    assert sample_for(seeds, SAMPLE) is not None
    first = sorted(seeds.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert sample_for(seeds, SAMPLE) is None
    (seeds / "new.txt").write_text("A report of our own.\n", encoding="utf-8")
    first.unlink()
    assert sample_for(seeds, SAMPLE) is None


def test_the_digest_covers_names_and_contents(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    before = seeds_digest(tmp_path)
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    renamed = seeds_digest(tmp_path)
    (tmp_path / "b.txt").write_text("two", encoding="utf-8")
    assert len({before, renamed, seeds_digest(tmp_path)}) == 3


def test_loading_the_sample_commits_it_once(tmp_path):
    sample = read_layer(SAMPLE / "seeds.parquet")
    with open_store(str(tmp_path / "store")) as store:
        first = load_sample(SEEDS, SAMPLE, store)
        again = load_sample(SEEDS, SAMPLE, store)
        assert first.incidents == len(sample) and len(first.added_documents) == store.info()["documents"]
        assert again.incidents == 0 and len(again.skipped_documents) == len(first.added_documents)
        assert store.count() == sample["merge_key"].eq("").sum()  # one incident per event
    assert load_sample(tmp_path, SAMPLE, None) is None  # another folder: no sample, nothing touched


def test_the_dashboards_first_start_shows_the_sample_without_extracting(tmp_path, monkeypatch):
    import geo.incidents
    from streamlit.testing.v1 import AppTest

    def no_extraction(*args, **kwargs):
        raise AssertionError("the first start extracted instead of reading the sample")

    monkeypatch.setattr(geo.incidents, "extract_incidents", no_extraction, raising=False)
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("GEO_SEEDS", str(SEEDS))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("sample reports" in i.value for i in at.info)
    with open_store(str(tmp_path / "store"), create=False) as store:
        shown = {m.label: m.value for m in at.metric}["Incidents"]
        assert shown == f"{store.count():,}" and store.count() > 0


def test_the_sample_names_each_report_by_its_path_in_the_checkout():
    # A path of the machine that built the sample would be shown to every user as the source.
    sources = set(read_layer(SAMPLE / "seeds.parquet")["source"]) | set(
        read_documents_table(SAMPLE / "seeds.parquet")["source"])
    assert sources and all(s.startswith("seeds/") and (ROOT / s).is_file() for s in sources), sorted(sources)[:3]
