"""WordFinder compiles each of its scans when a text first needs it, and finds the same
words as the word-by-word index (``word_starts``) whichever scan reads the text."""

from geo.incidents.prefilter import WordFinder, word_starts


def _expected(text: str, keys: set[str]) -> list[tuple[int, str]]:
    return [(pos, key) for pos, key in word_starts(text)[0] if any(key.startswith(k) for k in keys)]


def test_an_ascii_text_compiles_only_the_ascii_scan_and_finds_the_keyed_words():
    keys = {"riv", "bo", "q"}
    finder = WordFinder(keys)
    text = "Boats crossed the River Quell; a bored quarryman watched the riverbank."
    words, folded = finder.words(text)
    assert words == _expected(text, keys) and folded == text.lower()
    assert finder._any is False  # the scan of other text was never needed
    assert [key for _, key in words] == ["boa", "riv", "que", "bor", "qua", "riv"]


def test_a_text_of_other_letters_gets_its_own_scan_with_the_same_words():
    keys = {"\u00e9co", "riv"}
    finder = WordFinder(keys)
    text = "\u00c9cole de la Rivi\u00e8re, pr\u00e8s de l'\u00e9cole du riverain."
    words, _ = finder.words(text)
    assert finder._any not in (False, None)
    assert words == _expected(text, keys) and len(words) == 4
