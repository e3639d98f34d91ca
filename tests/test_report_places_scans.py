"""Countries struck besides the main incident's: a sentence is scanned for counted
targets only where it names another country (most name none)."""

from geo.gazetteer import load_gazetteer
from geo.incidents import report_places
from geo.incidents.model import Sentence
from geo.incidents.report_places import other_countries_struck
from geo.places import Mention


class _Recorded:
    def __init__(self, pattern):
        self.pattern, self.asked = pattern, []

    def search(self, text):
        self.asked.append(text)
        return self.pattern.search(text)


def _sentence(text, names):
    gz = load_gazetteer()
    mentions = [Mention(start=text.index(name), end=text.index(name) + len(name), text=name, place=gz.country(iso))
                for name, iso in names]
    return Sentence(0, len(text), text, mentions)


def test_a_sentence_naming_no_other_country_is_not_scanned(monkeypatch):
    recorded = _Recorded(report_places._COUNTED_TARGETS)
    monkeypatch.setattr(report_places, "_COUNTED_TARGETS", recorded)
    home = _sentence("Jets struck two depots in Portugal on Monday.", [("Portugal", "PT")])
    assert other_countries_struck([home], "PT", load_gazetteer()) == []
    assert other_countries_struck([home], "", load_gazetteer()) == []
    assert recorded.asked == []


def test_targets_counted_in_another_country_are_still_found():
    """Guards behaviour that must not change (passes before the change too)."""
    s = _sentence("Jets struck two depots in Portugal and one in Spain.", [("Portugal", "PT"), ("Spain", "ES")])
    gz = load_gazetteer()
    assert other_countries_struck([s], "PT", gz) == ["ES"]
    assert other_countries_struck([s], "", gz) == []
