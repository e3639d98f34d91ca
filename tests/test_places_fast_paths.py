"""The one-word shortcuts of recognition answer what the general path answers: a run of
one word looked up once (``name_spans``), the key of one token without a join
(``Text.key``)."""

import pytest

from geo.gazetteer import Gazetteer, normalize_name
from geo.places.text import Text


def _gazetteer(names: list[str]) -> Gazetteer:
    gz = Gazetteer()
    for k, name in enumerate(names):
        gz.add([name], geonameid=9_000_000 + k, name=name, latitude=1.0 + k, longitude=2.0, country_code="ZZ",
               feature_code="PPL", population=1000, admin1_code="01", admin2_code="")
    return gz


@pytest.mark.parametrize("text", ["Quillmoor", "U.S.", "St. Ambrose", "Şarkîy", "Sana'a", "Tal\u2019afar", "Ste. Odile"])
def test_the_key_of_one_token_is_the_normalised_name_of_its_text(text):
    t = Text(f"They met in {text} on Friday.")
    for i, word in enumerate(t.words):
        assert t.key(i, i + 1) == normalize_name(word)
    # and a key of several tokens is still their names joined
    last = len(t.words) - 1
    assert t.key(last - 1, last + 1) == normalize_name(" ".join(t.words[last - 1 : last + 1]))


def test_a_run_of_one_word_names_a_place_only_when_capitalised_and_indexed():
    gz = _gazetteer(["Quillmoor", "Q.R.S.", "Saint Odo"])
    assert gz.name_spans(("Quillmoor",)) == ((0, 1),)
    assert gz.name_spans(("quillmoor",)) == ()  # a name ends on a capitalised word
    assert gz.name_spans(("Brackenfell",)) == ()
    assert gz.name_spans(("Q.R.S.",)) == ((0, 1),)  # a dotted token's key has spaces: "q r s"
    # the same words inside longer runs, through the general path
    assert gz.name_spans(("Quillmoor", "Road")) == ((0, 1),)
    assert gz.name_spans(("St.", "Odo", "Quillmoor")) == ((0, 2), (2, 3))
    assert gz.name_spans(("St.",)) == ()  # "st" alone is no abbreviation of "saint"


def test_the_facts_of_a_name_are_those_of_its_rows_one_by_one():
    from geo.places.name_facts import TOWN_OF_SOME_SIZE, _is_major, _name_facts, _speaks_for_a_state

    gz = Gazetteer()
    kinds = [("PPL", 0), ("PPL", 12_000), ("PPLC", 150_000), ("PPL", 250_000), ("ADM1", 0), ("STM", 0),
             ("PCLI", 5_000_000), ("PPLC", 50_000), ("ADM2", 30_000), ("PPL", 9_999)]
    for k, (code, people) in enumerate(kinds):
        # every other row has the name as an alternate only
        name = "Harrowgate" if k % 2 == 0 else f"Harrowgate {k}"
        gz.add(["Harrowgate", name], geonameid=7_000_000 + k, name=name, latitude=float(k), longitude=0.0,
               country_code="ZZ", feature_code=code, population=people, admin1_code="01", admin2_code="")
    key = "harrowgate"
    rows = gz.rows_for_key(key)
    assert len(rows) == len(kinds)
    facts = _name_facts(gz, key)
    named = [r for r in rows if gz.primary_key(r) == key]
    assert facts.rows == tuple(rows)
    assert facts.major == tuple(r for r in rows if _is_major(gz, r))
    assert facts.major_by_name == tuple(r for r in facts.major if r in named)
    assert facts.named_or_major == (bool(facts.major) or bool(named))
    assert facts.sized == any(gz.population[r] >= TOWN_OF_SOME_SIZE for r in rows)
    assert facts.sized_or_not_town is True
    assert facts.speaks_for_a_state == any(_speaks_for_a_state(gz, r) for r in rows)
    assert facts.towns == tuple(gz.population[r] for r in named if gz.feature_code[r] in ("PPL", "PPLC")
                                and gz.population[r] >= TOWN_OF_SOME_SIZE)
    assert facts.towns == (150_000,)  # the city of 250,000 has the name only as an alternate
