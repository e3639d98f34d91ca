"""Finding place mentions, made cheaper without changing what is found (issue 11): the
short forms that open with a small letter are looked for only in a text that holds one,
the writer's companions are found in one scan of the text, and a run's words are asked
against word sets in one pass. These tests guard behaviour that must not change: each
holds on the code before the change as after it (the sentences are written for them).
"""

import pytest

from geo.gazetteer import load_gazetteer
from geo.places import abbreviations, people
from geo.places.find import find_mentions
from geo.places.text import Text

_JOINTS = (" and I ", " and I,", " and me ", " and me,", " and me.", " and myself")


def _companions_by_each_joint(text: str) -> set[int]:
    """What ``_mark_companions`` marks, found joint by joint with str.find (the way it
    was written before one scan found them all)."""
    t = Text(text)
    for joint in _JOINTS:
        at = text.find(joint)
        while at >= 0:
            k = t.token_ending_at(at)
            if k is not None:
                people._mark_companion(t, k)
            at = text.find(joint, at + 1)
    for at in t.finds("me and "):
        if at == 0 or not text[at - 1].isalpha():
            k = t.token_at(at + 7)
            if k is not None:
                people._mark_companion(t, k)
    return t.person_tokens


@pytest.mark.parametrize("text", [
    "Lyon and I and Nice and me went to the coast.",  # two joints that share a space
    "We met Oslo and me, then Porto and myself.",
    "She drove Perth and I, then Montevideo and me.",
    "Later Madrid and Iran signed the accord in Rome.",  # "and I" of a longer word: no joint
    "In Lima and I stayed on for a week.",  # after a locative: no companion
    "Friends took me and Vienna to the station.",
])
def test_companions_found_in_one_scan_are_those_of_each_joint(text):
    t = Text(text)
    people._mark_companions(t)
    assert t.person_tokens == _companions_by_each_joint(text)


def test_two_companions_sharing_a_space_are_both_marked():
    t = Text("Lyon and I and Nice and me went to the coast.")
    people._mark_companions(t)
    assert {t.words[k] for k in t.person_tokens} == {"Lyon", "Nice"}


@pytest.mark.parametrize("text", [
    "Aid groups across sub-Saharan Africa warned of a poor harvest.",
    "Flights from Heathrow Airport to the UAE resumed on Monday.",
    "Officials in Britain and the DRC met in Geneva; the U.K. said little.",
    "Prices rose in most states, the survey of sub-Saharan economies said.",
])
def test_short_forms_are_those_of_the_pattern_of_every_short_form(text):
    gz = load_gazetteer()
    (every_form, _no_small, _small), _rows = abbreviations._short_form_table(gz)
    expected = [(m.start(), m.end(), m.group()) for m in abbreviations._short_form_pattern(every_form).finditer(text)
                if not ("." in m.group() and abbreviations._AFTER_NUMBER.search(text, max(0, m.start() - 3), m.start()))
                and not (text[m.start() - 1 : m.start()] == " "
                         and abbreviations._ends_an_organisation_name(text, m.start(), m.group(), gz))]
    found = [(m.start, m.end, m.text) for m in abbreviations.short_form_mentions(text, gz)]
    assert found == expected


def test_a_short_form_that_opens_with_a_small_letter_is_still_found():
    gz = load_gazetteer()
    found = [m.text for m in abbreviations.short_form_mentions("Rains failed across sub-Saharan Africa.", gz)]
    assert found == ["sub-Saharan Africa"]


def test_a_one_word_dotted_name_is_still_a_name():
    """``name_spans`` spells out a one-word key only where it has a space (a dotted
    word's): the answer for a dotted word and a plain one is unchanged."""
    gz = load_gazetteer()
    assert gz.name_spans(("U.S.",)) == ((0, 1),)
    assert gz.name_spans(("Paris",)) == ((0, 1),)


@pytest.mark.parametrize("text, place", [
    ("Mayor Ana Silva said Lisbon would reopen the bridge.", "Lisbon"),  # a title opens the text
    ("Director Tom Reyes of the Madrid office said little.", "Madrid"),
    ("Ana Silva was arrested in Lisbon on Friday.", "Lisbon"),
])
def test_people_beside_places_are_still_people(text, place):
    """The words before and after a run, read once (``names_a_person``,
    ``person_context``): the person's words stay no place, the place is found."""
    assert [m.text for m in find_mentions(text)] == [place]
