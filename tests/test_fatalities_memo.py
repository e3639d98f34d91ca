"""The fatality count keeps its answers for the next ask about the same sentences (the
event type's choice and the incident's count read a report's sentences in turn)."""

from geo.incidents import fatalities
from geo.incidents.fatalities import count_fatalities, fatality_statements


def test_the_same_sentences_are_read_once():
    sentences = ["Gunmen shot dead four traders at a market in Lisbon on Monday.",
                 "Police said two of the attackers were later arrested."]
    assert count_fatalities(sentences) == 4
    before = fatalities._fatality_claims.cache_info()
    assert count_fatalities(list(sentences)) == 4  # a new list of the same sentences
    after = fatalities._fatality_claims.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)  # answered without reading a sentence again


def test_a_sentence_read_for_one_count_is_not_read_again_for_another():
    first = "Soldiers killed seven fighters near Tripoli."
    count_fatalities([first, "The army said the operation was over."])
    misses = fatalities._fatality_claims.cache_info().misses
    assert count_fatalities([first]) == 7
    assert fatalities._fatality_claims.cache_info().misses == misses


def test_kept_answers_are_the_answers():
    """Guards behaviour that must not change: a kept answer is the one a fresh reading
    gives, whichever of the two flags asked first, and a caller cannot alter it."""
    sentence = "After the killing of a student, crowds rioted in Naples and three people were killed."
    plain, excluded = count_fatalities([sentence]), count_fatalities([sentence], causes_excluded=True)
    for memo in (fatalities._fatality_claims, getattr(fatalities, "_count_fatalities", None)):
        getattr(memo, "cache_clear", lambda: None)()  # (the code before the memo has none)
    assert count_fatalities([sentence], causes_excluded=True) == excluded
    assert count_fatalities([sentence]) == plain
    statements = fatality_statements(sentence)
    statements.append((99, "ghosts"))
    assert (99, "ghosts") not in fatality_statements(sentence)
