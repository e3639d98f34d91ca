"""Finding and resolving place names in running text."""

from geo.places import find_mentions, parse_places, resolve_spans


def names(text):
    return [(m.text, m.place.country_code if m.place else None) for m in parse_places(text)]


def test_towns_countries_and_capitals_resolve_in_context():
    text = "Militants attacked a checkpoint near Albu Kamal in eastern Syria, officials in Damascus said."
    found = dict(names(text))
    assert found["Albu Kamal"] == "SY"
    assert found["Syria"] == "SY"
    assert found["Damascus"] == "SY"


def test_people_titles_months_and_acronyms_are_not_places():
    text = ("US President Joe Biden met spokesman John Kirby on Monday in May. "
            "Syria's SANA news agency said Kirby was right.")
    found = [t for t, _ in names(text)]
    for not_a_place in ("Joe Biden", "Biden", "John Kirby", "Kirby", "Monday", "May", "SANA"):
        assert not_a_place not in found
    assert "Syria" in found


def test_organisations_named_after_places_are_not_places():
    text = "The Syrian Observatory for Human Rights said Kataeb Hezbollah fighters died."
    assert [t for t, _ in names(text)] == []


def test_demonyms_used_as_places():
    found = names("Strikes hit the Syrian-Iraqi border.")
    assert ("Syrian", "SY") in found and ("Iraqi", "IQ") in found


def test_a_qualifying_region_picks_the_right_namesake():
    assert dict(names("Clashes in Paris, Texas."))["Paris"] == "US"
    assert dict(names("Clashes in Paris, France."))["Paris"] == "FR"


def test_frequent_words_at_the_start_of_a_sentence_are_not_towns():
    assert names("Police said the Mobile phones were seized.") == []


def test_mentions_keep_offsets_score_and_alternatives():
    text = "Fighting in Homs."
    (m,) = parse_places(text)
    assert text[m.start:m.end] == "Homs"
    assert 0.0 <= m.score <= 1.0
    assert m.to_json()["feature_code"] in ("PPL", "PPLC", "ADM1")


def test_gold_spans_are_resolved_in_order_and_unknown_names_fall_back_coarsely():
    text = "From Qwxzzy to Kidal, Mali."
    out = resolve_spans(text, [(5, 11), (15, 20)])
    assert [m.text for m in out] == ["Qwxzzy", "Kidal"]
    assert out[1].place.country_code == "ML"
    # A name the gazetteer lacks (a street, a camp) is placed at the document's main
    # place, with a score that says how coarse that is.
    assert out[0].place == out[1].place and out[0].score < 0.1


def test_a_span_with_nothing_to_go_on_stays_unresolved():
    (m,) = resolve_spans("Qwxzzy.", [(0, 6)])
    assert m.place is None and m.to_json()["lat"] is None


def test_find_mentions_alone_does_not_rank():
    (m,) = find_mentions("Rockets hit Homs.")
    assert m.place is None and len(m.candidates) >= 1
