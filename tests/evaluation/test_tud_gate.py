"""Gate: TUD-Loc-2013 (Katz & Schill 2013), web texts nobody on the team wrote, read from
../shared at test time. A check corpus: the gates print its figures, never its cases.

Thresholds sit a little under what the base gazetteer measured when the harness was
added (gold spans acc@161 85.2 %, end-to-end F1 79.8 %), so a drop fails.

The loader's own test (tags, offsets, unplaced annotations) runs on a small corpus zip
written here, in the corpus' format, with sentences of our own.
"""

import zipfile

import pytest

from geo.evaluation import evaluate_geoparser
from geo.evaluation.tud import load_tud, strip_annotations

TUD = "data/eval/tud_loc_2013.zip"


@pytest.fixture(scope="module")
def articles(shared_file):
    return load_tud(shared_file(TUD))


@pytest.mark.evaluation
def test_gold_span_resolution_acc161_at_least_0_82(articles):
    scores = evaluate_geoparser(articles, gold_spans=True)
    assert scores.gold > 3000, f"TUD-Loc looks truncated: {scores.gold} located toponyms"
    assert scores.acc161 >= 0.82, f"acc@161 {scores.acc161:.3f} < 0.82\n{scores.format()}"


@pytest.mark.evaluation
def test_end_to_end_f1_at_least_0_76(articles):
    scores = evaluate_geoparser(articles, gold_spans=False)
    assert scores.f1 >= 0.76, f"F1 {scores.f1:.3f} < 0.76\n{scores.format()}"


def test_tags_come_out_and_offsets_count_in_the_plain_text():
    text, spans = strip_annotations('<CITY role="main">Utrecht</CITY> lies south of <UNIT>Flevoland</CITY>.')
    assert text == "Utrecht lies south of Flevoland."
    assert [(text[a:b], kind) for a, b, kind in spans] == [("Utrecht", "CITY"), ("Flevoland", "UNIT")]


def test_loader_matches_points_by_offset_and_keeps_unplaced_annotations_out_of_the_gold(tmp_path):
    path = tmp_path / "corpus.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("corpus/0-all/text1.txt", "Ferries left <CITY>Harlingen</CITY> for <LANDMARK>the bay</LANDMARK> "
                                             "and <COUNTRY>Norway</COUNTRY>.")
        z.writestr("corpus/0-all/text2.txt", "<POI>Old Mill</POI> stands in <CITY>Gouda</CITY>.")
        z.writestr("corpus/0-all/coordinates.csv", "docId;idx;offset;latitude;longitude;sourceId\n"
                   "text1.txt;0;13;53.17;5.42;geonames:1\ntext1.txt;1;27;;;\n"
                   "text1.txt;2;39;62.0;10.0;geonames:3144096\n"
                   # an index that disagrees with its offset: the offset names the annotation
                   "text2.txt;0;19;52.01;4.71;geonames:2\n")
    first, second = load_tud(path)
    assert [(g.phrase, g.lat, g.geonameid) for g in first.toponyms] == [("Harlingen", 53.17, 1), ("Norway", 62.0, 3144096)]
    assert [first.text[a:b] for a, b in first.unlocated] == ["the bay"]
    assert [g.phrase for g in second.toponyms] == ["Gouda"] and len(second.unlocated) == 1
