"""What place parsing keeps across documents (per-name facts, run word counts,
context-free candidate scores on ``Gazetteer.memoized``; the name index's memos) must
never change an answer: a text parsed by a gazetteer that has seen other texts reads as
it does on a fresh one."""

from geo.gazetteer.cache import load_base_gazetteer
from geo.places import parse_places, resolve_spans

# Our own sentences: repeated names in different company, capitalised runs that are
# people, institutions, headlines and places, qualifiers and lists of regions.
TEXTS = [
    "Gunmen attacked a market in Maiduguri, Borno, on Sunday; police in Kano said two suspects were held.",
    "President Maria Duarte flew from Lisbon to Luanda before talks in Kinshasa with Congolese officials.",
    "Flooding cut roads between Homs and Hama, and the Homs Governorate asked Damascus for help.",
    "Austin Reed, 41, of Tulsa told the Tulsa World that the Oklahoma State University team would travel.",
    "Senior Envoy Visits Georgia After Talks In Tbilisi.",
    "Kentucky State Police said the crash near Lexington, Ky., closed Interstate 75 for hours.",
    "Farmers in Kano, Kaduna and Bauchi states reported clashes; Kaduna police confirmed three deaths.",
    "Washington said troops would stay in Georgia, while Atlanta officials met in Savannah, Georgia.",
    "The Malian-Nigerien border stayed closed after Chadian troops moved north of N'Djamena.",
    "KABUL, Afghanistan — Rockets struck near the airport in Kabul and in Jalalabad on Friday.",
    "Jack Sutton met Sutton residents in London, Ontario, and later flew to London.",
    "Protesters marched from Cairo Street to the Nile in Khartoum; Sudanese police fired tear gas.",
]


def answers(gz, texts):
    return [[m.to_json() for m in parse_places(text, gz)] for text in texts]


def test_a_gazetteer_that_has_parsed_other_texts_answers_as_a_fresh_one():
    fresh = [answers(load_base_gazetteer(), [text])[0] for text in TEXTS]  # a new gazetteer for each text
    warm = load_base_gazetteer()
    answers(warm, TEXTS[::-1])  # every memo filled, in another order and company
    assert answers(warm, TEXTS) == fresh
    assert warm._memos  # the per-name memos were used (a test that could not fail otherwise)


def test_given_spans_resolve_alike_on_a_fresh_and_a_warm_gazetteer():
    text = TEXTS[7]
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Washington", "Georgia", "Atlanta", "Savannah")]
    fresh = [m.to_json() for m in resolve_spans(text, spans, load_base_gazetteer())]
    warm = load_base_gazetteer()
    answers(warm, TEXTS)
    assert [m.to_json() for m in resolve_spans(text, spans, warm)] == fresh
