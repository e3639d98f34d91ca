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
