"""A text as recognition walks it: tokens, runs of capitalised words, and what the text
says about a word elsewhere (written in lower case? after "in"?)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter

from geo.gazetteer import expand_leading_abbreviation
from geo.gazetteer.names import word_key
from geo.places.words import (
    COMPASS_WORDS,
    FUNCTION_WORDS,
    LIST_KINDS,
    LOCAL_AUTHORITY_WORDS,
    LOCATIVES,
    OFFICE_MODIFIERS,
    PARTICLES,
    PLACE_WORDS,
    SETTLEMENT_OF_WORDS,
    SETTLEMENTS_OF,
    TOWN_PEOPLE_WORDS,
)

# A word, an abbreviation with dots ("U.S."; "St." before a name), or a number. Apostrophes
# stay inside words ("Sana'a", "N'Djamena") but neither a possessive "'s" ("Chad's") nor an
# English contraction ("We're", "I've") does; hyphens separate words but may join a run
# ("Deir ez-Zor"). (A word's letters and its apostrophe parts are taken possessively,
# "++" and "*+": a letter given back could never match the apostrophe that alone may
# follow, and nothing follows the last part, so the token is the same, and the engine
# keeps no state to give them back: a tenth of the split's time. Python 3.11 syntax.)
TOKEN = re.compile(
    r"(?=[A-Z][.a-z])(?:(?:[A-Z]\.){2,}|(?:St|Ste|Mt|Ft)\.(?= [A-Z]))"  # the guard only saves time
    r"|[^\W\d_]++(?:['\u2019](?!(?:[sS]|re|ve|ll|[dmt])\b)[^\W\d_]+)*+|\d+"
)

# TOKEN as one group, for ``split``: tokens and the text between them as plain strings,
# their offsets summed from the lengths (no match object per token). Every token opens
# with a letter or a digit: the lookahead says so first, so that the scan passes over
# spaces and punctuation without trying each alternative there (7 % of the split).
_TOKEN_SPLIT = re.compile(f"(?=[^\\W_])({TOKEN.pattern})")
# A word that starts with a capital (Latin Extended mixes cases: checked again with
# str.isupper), as TOKEN reads it; and runs of them joined by spaces or hyphens, with
# particles between ("Deir ez-Zor", "Isle of Man").
_CAPITAL_WORD = (r"(?:[A-Z]\.){2,}|(?:St|Ste|Mt|Ft)\.(?= [A-Z])"
                 r"|[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff][^\W\d_]*"
                 r"(?:['\u2019](?!(?:[sS]|re|ve|ll|[dmt])\b)[^\W\d_]+)*")
_JOIN = "[ \\-\u2010\u2011\u2013]"
# The run's first word is _CAPITAL_WORD written so that the pattern opens with a set of
# characters, which the regex engine scans for in C (a lookbehind first made it try every
# position): the capital is matched, then the character before it checked.
_CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"
_FIRST_CAPITAL_WORD = (rf"[{_CAPITALS}](?<![^\W\d_].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?:(?<=S)te?|(?<=[MF])t)\.(?= [A-Z])"
                       r"|[^\W\d_]*(?:['\u2019](?!(?:[sS]|re|ve|ll|[dmt])\b)[^\W\d_]+)*)")
# Between hyphens any short lower-case word joins a name: French, Slavic and other
# particles the list leaves out ("Port-au-Prince", "Pont-à-Mousson", "Rostov-na-Donu").
_HYPHEN = "[\\-\u2010\u2011]"
# English words that join two names ("the Oldtown-to-Newtown road") are not particles;
# a single letter is one ("Mazar-i-Sharif").
_ENGLISH_JOINERS = "|".join(sorted(sorted(w for w in FUNCTION_WORDS - PARTICLES if len(w) > 1), key=len, reverse=True))
_HYPHENED_PARTICLE = (rf"{_HYPHEN}(?!(?:{_ENGLISH_JOINERS}){_HYPHEN})[a-z\u00e0-\u00ff]{{1,4}}"
                      rf"(?={_HYPHEN}[{_CAPITALS}])")
_RUN = re.compile(
    rf"{_FIRST_CAPITAL_WORD}"
    rf"(?:(?:{_HYPHENED_PARTICLE})*{_JOIN}(?:(?:{'|'.join(sorted(sorted(PARTICLES), key=len, reverse=True))}){_JOIN})*"
    rf"(?:{_CAPITAL_WORD}))*"
)

# The two patterns again for a text whose letters and digits are all ASCII (most news:
# its other characters are quotes and dashes): there a letter is [A-Za-z], a character
# set the regex engine tests by a bitmap where "[^\W\d_]" asks each character's
# Unicode category, and the tokens and runs found are the same (a third less time).
_ASCII_TOKEN_SPLIT = re.compile(_TOKEN_SPLIT.pattern.replace(r"(?=[^\W_])", "(?=[A-Za-z0-9])")
                                .replace(r"[^\W\d_]", "[A-Za-z]"))
_ASCII_RUN = re.compile(_RUN.pattern.replace(r"[^\W\d_]", "[A-Za-z]"))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_words(text: str) -> bool:
    """Whether every letter and digit of ``text`` is ASCII (what ``\\w`` matches is
    what ``str.isalnum`` says, and "_", which is ASCII)."""
    return text.isascii() or not any(map(str.isalnum, _NON_ASCII.findall(text)))


# What ``_RUN`` reads between two words of a run, one character each: a joining space or
# dash, and the hyphens around a short particle ("Port-au-Prince").
_JOINING = frozenset(" -\u2010\u2011\u2013")
_HYPHENS = frozenset("-\u2010\u2011")
_JOINERS = frozenset(_ENGLISH_JOINERS.split("|"))


def _joined_through(words: list[str], parts: list[str], e: int) -> int:
    """The last token of the run ``_ASCII_RUN`` reads from token e of a text whose letters
    are all ASCII (``parts``: the text split at its tokens, the text after token k at
    2k + 2): while the text after the run's last token is one joining character, the next
    capitalised word joins, after particles each followed by one joining character
    ("Isle of Man", "Deir ez-Zor") or a short small word between hyphens that is no
    English word ("Port-au-Prince", not "Kano-to-Abuja")."""
    n = len(words)
    while e + 1 < n and parts[2 * e + 2] in _JOINING:
        after = words[e + 1]
        if after[0].isupper():
            e += 1
            continue
        if parts[2 * e + 2] in _HYPHENS and len(after) <= 4 and after.isalpha() and after.islower() \
                and e + 2 < n and parts[2 * e + 4] in _HYPHENS and words[e + 2][0].isupper() \
                and after not in _JOINERS:
            e += 2
            continue
        p = e + 1
        while p + 1 < n and words[p] in PARTICLES and parts[2 * p + 2] in _JOINING:
            p += 1
        if p == e + 1 or not words[p][0].isupper():
            break
        e = p
    return e


def previous_word(text: str, at: int) -> str:
    words = text[max(0, at - 12) : at].split()
    return words[-1] if words else ""


class Text:
    """A text as parallel token columns (words, offsets), which is what recognition
    walks; objects per token would cost more than the rest of the work."""

    __slots__ = ("text", "words", "starts", "ends", "runs", "_lower_words", "_located_words", "_initial", "_keys", "surnames",
                 "person_tokens", "listed_regions")

    def __init__(self, text: str):
        ascii_words = _ascii_words(text)
        parts = (_ASCII_TOKEN_SPLIT if ascii_words else _TOKEN_SPLIT).split(text)  # [between, token, …, between]
        offsets = list(accumulate(map(len, parts), initial=0))
        self.text = text
        self.words = parts[1::2]
        self.starts = offsets[1:-1:2]
        self.ends = offsets[2::2]
        self._initial: dict[int, bool] = {}  # token -> whether it opens a sentence
        self._keys: dict[tuple[int, int], str] = {}  # (a, b) -> key of tokens [a, b), of two words or more
        # [i, j) token ranges of capitalised runs
        self.runs = self._ascii_runs(parts) if ascii_words else self._capitalised_runs(_RUN)
        self._lower_words: dict[str, bool] = {}
        self._located_words: dict[tuple, bool] = {}
        self.surnames: set[str] = set()  # words of people's names met ("Miller" of "Ann Miller said")
        self.person_tokens: set[int] = set()  # tokens inside people's names ("Austin Reed")
        # Names in a list of regions ("Kano, Kaduna and Bauchi states"): places, whatever the words.
        self.listed_regions = listed_regions(text)

    def _capitalised_runs(self, pattern: re.Pattern) -> list[tuple[int, int]]:
        """Capitalised words, with particles inside, joined by spaces or hyphens; not a
        sentence's opening function word ("In Lagos, …"). The runs are found by a regex
        (in C) and mapped to tokens."""
        starts, ends, n = self.starts, self.ends, len(self.words)
        runs = []
        for m in pattern.finditer(self.text):
            start, end = m.span()
            i = bisect_left(starts, start)
            j = bisect_left(ends, end, i)
            if i == n or j == n or starts[i] != start or ends[j] != end:
                continue  # inside a word ("d'Ivoire")
            j += 1
            i = self._run_opening(i, j)
            if i < j:
                runs.append((i, j))
        return runs

    def _run_opening(self, i: int, j: int) -> int:
        """The first word of the run of tokens [i, j): past words in small letters and a
        function word opening a sentence ("The", with the particles after it)."""
        words = self.words
        while i < j and (not words[i][:1].isupper() or (
                words[i].casefold() in FUNCTION_WORDS and self.sentence_initial(i))):
            i += 1
            while i < j and not words[i][:1].isupper():  # particles after it
                i += 1
        return i

    def _ascii_runs(self, parts: list[str]) -> list[tuple[int, int]]:
        """``_capitalised_runs`` of a text whose letters are all ASCII, read off its tokens
        and the text between them (``parts``, as split) instead of by a second regex over
        the text: ``_ASCII_RUN`` opens a run at a capital not after a letter, which is a
        token's first letter, and joins words to it as ``_joined_through`` does. (A
        capital after an apostrophe inside a word that opens with a small letter,
        "d'Ivoire", opens a run inside the word that the regex reads on its own terms:
        such a text takes the regex.) The same runs, at a fraction of the cost."""
        words, runs, last, n = self.words, [], -1, len(self.words)
        if ("'" in self.text or "\u2019" in self.text) and self._capital_inside_a_word():
            return self._capitalised_runs(_ASCII_RUN)
        # (one pass in C: the tokens whose first character is a capital)
        for k in compress(count(), map(str.isupper, map(itemgetter(0), words))):
            if k <= last:
                continue  # (joined to the run before)
            # Most capitalised words join nothing after them (the next word is in small
            # letters and no particle, after a space or punctuation) and are no function
            # word: both asked here, in line, before the calls that answer them in full
            # (what ``_joined_through`` and ``_run_opening`` would answer at once).
            last = _joined_through(words, parts, k) if parts[2 * k + 2] in _JOINING and k + 1 < n and (
                words[k + 1][0].isupper() or words[k + 1] in PARTICLES or parts[2 * k + 2] in _HYPHENS) else k
            if words[k].casefold() in FUNCTION_WORDS:  # ("The", "In": maybe a sentence's opening)
                i = self._run_opening(k, last + 1)
                if i <= last:
                    runs.append((i, last + 1))
            else:
                runs.append((k, last + 1))
        return runs

    def _capital_inside_a_word(self) -> bool:
        """Whether a capital follows an apostrophe inside a token that opens with a small
        letter ("d'Ivoire"; a token that opens with a capital, "O'Neill", is read whole by
        the run it opens)."""
        text, starts, ends, words = self.text, self.starts, self.ends, self.words
        for quote in ("'", "\u2019"):
            at = text.find(quote)
            while at >= 0:
                at += 1
                if at < len(text) and "A" <= text[at] <= "Z":
                    k = bisect_right(starts, at) - 1
                    if k >= 0 and starts[k] < at < ends[k] and not words[k][:1].isupper():
                        return True
                at = text.find(quote, at)
        return False

    def written_in_lower_case(self, word: str) -> bool:
        """Whether the text writes ``word`` (lower case) as a word somewhere ("a mobile clinic")."""
        found = self._lower_words.get(word)
        if found is None:
            found = self._lower_words[word] = any(True for _ in self._occurrences(word))
        return found

    def located(self, word: str, prepositions: frozenset = LOCATIVES) -> bool:
        """Whether the capitalised ``word`` (case-folded) follows a locative preposition
        somewhere ("in Bristol"), also as a later name of a list after one ("in Leeds,
        Bristol and Hull")."""
        found = self._located_words.get((word, prepositions))
        if found is None:
            text = self.text
            found = any(_after_one(text, at, prepositions) or _listed_after(text, at, len(word), prepositions)
                        for at in self._occurrences(word[:1].upper() + word[1:]))
            self._located_words[(word, prepositions)] = found
        return found

    def _occurrences(self, word: str):
        """Offsets where ``word`` stands as a whole word (str.find, not a regex per word)."""
        text, at = self.text, self.text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
                yield at
            at = text.find(word, end)

    def finds(self, literal: str):
        """Offsets of ``literal`` in the text, wherever it stands (str.find, no regex)."""
        text, at = self.text, self.text.find(literal)
        while at >= 0:
            yield at
            at = text.find(literal, at + 1)

    def token_at(self, offset: int) -> int | None:
        """The token that starts at ``offset``, if one does."""
        k = bisect_left(self.starts, offset)
        return k if k < len(self.starts) and self.starts[k] == offset else None

    def token_ending_at(self, offset: int) -> int | None:
        """The token that ends at ``offset``, if one does."""
        k = bisect_left(self.ends, offset)
        return k if k < len(self.ends) and self.ends[k] == offset else None

    def capitalised(self, i: int) -> bool:
        return self.words[i][:1].isupper()

    def capitalised_inside_a_sentence(self, i: int) -> bool:
        """Whether the i-th word, as written, stands elsewhere where it does not open a
        sentence (a name, not a sentence's first word): str.find, no walk of the tokens."""
        text, start = self.text, self.starts[i]
        for at in self._occurrences(self.words[i]):
            if at != start:
                before = text[max(0, at - 4) : at].rstrip(" \"'\u201c\u2018(")
                if before and before[-1] not in ".!?\n:\u2014\u2013":
                    return True
        return False

    def lower(self, i: int) -> str:
        return self.words[i].casefold()

    def sentence_initial(self, i: int) -> bool:
        known = self._initial.get(i)
        if known is None:
            start = self.starts[i]
            before = self.text[start - 4 if start > 4 else 0 : start].rstrip(" \"'\u201c\u2018(")
            # (a spaced hyphen is a wire dateline's dash: "BAMAKO (Reuters) - Gunmen …")
            known = self._initial[i] = not before or before[-1] in ".!?\n:\u2014\u2013" or before.endswith(" -")
        return known

    def qualifies_people(self, i: int) -> bool:
        """Whether token i opens a sentence and is followed, after one space, by a noun for
        people that it qualifies: a town's people's word or an agent noun in the plural
        ("Pepper growers …", "Copper traders …"; not a verb: "Oldtown ousted …")."""
        n = i + 1
        if n >= len(self.words) or not self.sentence_initial(i) or self.text[self.ends[i] : self.starts[n]] != " ":
            return False
        word = self.words[n]
        return word in TOWN_PEOPLE_WORDS or word.isalpha() and word.islower() and word.endswith(("ers", "ors"))

    def dateline(self, i: int, j: int) -> bool:
        """Whether tokens [i, j) are a dateline's place: words in capitals at the start of
        a sentence, followed by a comma and a capitalised name, a bracket or a dash
        ("KABUL, Afghanistan —", "LAGOS (AP) -", "DENVER — ")."""
        first = self.words[i]
        if len(first) < 2 or not first.isupper():  # most runs: no word in capitals
            return False
        words = self.words[i:j]
        if not all(len(w) > 1 and w.isupper() and "." not in w for w in words) or not self.sentence_initial(i):
            return False
        return bool(_DATELINE_END.match(self.text, self.ends[j - 1]))

    def hometown(self, i: int) -> bool:
        """Whether token i follows a person's age and "of" ("Ann Lee, 34, of Reading"), a
        person's name and "of" ("Ann Lee of Reading") or a legislator's party ("Sen. Ann
        Lee, D-Reading")."""
        start = self.starts[i]
        if i > 1 and self.words[i - 1] == "of" and i - 2 in self.person_tokens or self.party_before(i):
            return True
        return bool(_HOMETOWN.search(self.text, max(0, start - 16), start))

    def based_in(self, i: int) -> bool:
        """Whether the name ending at token i makes a compound with "based": "a
        Nairobi-based charity", "the Oldtown-based firm" (something is based there)."""
        return self.text.startswith(_BASED, self.ends[i])

    def party_before(self, i: int) -> bool:
        """Whether token i follows a party's letters and a hyphen after a comma or a
        bracket: "Sen. Ada Holt, R-Knoxville", "Rep. Lee Okello (DFL-Hibbing)" (a legislator's
        home town)."""
        k = i - 1
        return k > 0 and self.words[k].isupper() and len(self.words[k]) <= PARTY_LETTERS \
            and self.text[self.ends[k] : self.starts[i]] == "-" and (
                self.text[self.starts[k] - 2 : self.starts[k]] == ", " or self.text[self.starts[k] - 1 : self.starts[k]] == "(")

    def after_settlement_of(self, i: int) -> bool:
        """Whether token i follows a settlement's word and "of": "the town of Hope", "the
        port of Oldtown", "the mayor of Oldtown"."""
        return i > 1 and self.words[i - 1] == "of" and self.lower(i - 2) in SETTLEMENT_OF_WORDS

    def named_after_settlement_of(self, i: int) -> bool:
        """Whether the name at token i follows a settlement's word and "of" ("the village
        of Oldtown"), or is a later name of a list after one ("the villages of Oldtown,
        Newtown and Hilltop")."""
        words, text = self.words, self.text
        if i > 1 and words[i - 1] == "of":
            return self.lower(i - 2) in SETTLEMENTS_OF
        if i < 3 or words[i - 1] != "and" and text[self.ends[i - 1] : self.starts[i]] != ", ":
            return False  # (most names: no list's later name)
        k, conjoined = i - 1, False  # back over the list's names to its "of"
        while k > 1 and i - k <= LISTED_AFTER_OF and (words[k] == "and" or self.capitalised(k)) \
                and text[self.ends[k] : self.starts[k + 1]] in (" ", ", "):
            conjoined = conjoined or words[k] == "and"
            k -= 1
        return words[k] == "of" and self.lower(k - 1) in SETTLEMENTS_OF and (
            conjoined or bool(_LIST_GOES_ON.match(text, self.ends[i])))

    def before_local_authority(self, i: int) -> bool:
        """Whether the name ending at token i comes before its authorities' word, past
        place words: "Oldtown police", "the Oldtown City Council"."""
        if self.lower(i) in OFFICE_MODIFIERS:
            return False
        k = i + 1
        while k < len(self.words) and k < i + 3 and self.lower(k) in PLACE_WORDS:
            k += 1
        return k < len(self.words) and self.lower(k) in LOCAL_AUTHORITY_WORDS \
            and self.text[self.ends[k - 1] : self.starts[k]] == " "

    def key(self, a: int, b: int) -> str:
        """The normalised name of tokens [a, b), as ``normalize_name`` of their text."""
        if b - a == 1:  # most keys asked: one word, whose key has no space unless dotted ("U.S.")
            key = word_key(self.words[a])
            return expand_leading_abbreviation(key) if " " in key else key
        # Keys of several words are asked again of the same tokens by several rules (the
        # run's, the person finder's, the demonyms'): kept per text.
        known = self._keys.get((a, b))
        if known is None:
            known = self._keys[(a, b)] = expand_leading_abbreviation(" ".join(map(word_key, self.words[a:b])))
        return known


_BASED = ("-based", "\u2010based", "\u2011based", " based")  # ("… based" only as a compound's spelling)
PARTY_LETTERS = 3  # at most, of a party's abbreviation before a legislator's home town ("DFL-Hibbing")
# A person's age, then the home town: "Ann Lee, 34, of Reading".
_HOMETOWN = re.compile(r", (?:aged )?\d{1,3}, of $")
# What follows a dateline's place: ", Region", " (Agency)", a dash.
_DATELINE_END = re.compile(r",? ?\(|, [A-Z]| ?[\u2014\u2013]| -+ ")

# Lists of regions: "Kano, Kaduna and Bauchi states", "Marin or Sonoma counties": each
# listed name is a region of that kind.
_LISTED_NAME = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?"
_REGION_LIST = re.compile(  # ends where the search window ends: at the kind word
    rf"\b{_LISTED_NAME}(?:, {_LISTED_NAME})*,? (?:and|or) {_LISTED_NAME} (?P<kind>{'|'.join(LIST_KINDS)})\Z"
)
_LIST_ITEM = re.compile(_LISTED_NAME)
_LIST_KIND_WORD = re.compile(rf" (?:{'|'.join(LIST_KINDS)})\b")


@lru_cache(maxsize=2)  # asked by recognition and again by resolution, of the same text
def listed_regions(text: str) -> dict[int, str]:
    """Offset of each name in a list of regions -> the feature code the list gives it
    (shared between callers: read it, never change it)."""
    out = {}
    for kind_word in _LIST_KIND_WORD.finditer(text):  # the list pattern is costly: only where one may end
        m = _REGION_LIST.search(text, max(0, kind_word.start() - 200), kind_word.end())
        if m is None:
            continue
        kind = LIST_KINDS[m.group("kind")]
        for item in _LIST_ITEM.finditer(text, m.start(), m.start("kind")):
            out[item.start()] = kind
    return out


# The names of a list before one of its later names, back to the word before the first:
# "in Leeds and |", "in Leeds, York and |", "in Leeds, |" (this one only where the list
# goes on after the name: "in Leeds, Grace said" is no list).
_LIST_BEFORE = re.compile(rf"(?:^|[^\w'.-])([a-z]+) {_LISTED_NAME}(?:, {_LISTED_NAME})*(,? (?:and|or) |, )\Z")
_LIST_GOES_ON = re.compile(rf",? (?:and|or) {_LISTED_NAME}|, {_LISTED_NAME}")
LIST_WINDOW = 120  # characters before a name where its list's preposition may stand
LISTED_AFTER_OF = 12  # tokens back from a name to the "of" of its list ("the villages of A, B and C")


def _after_one(text: str, at: int, prepositions: frozenset) -> bool:
    """Whether the name at offset ``at`` follows one of ``prepositions``, also past a
    compass word that places it within the name ("in Leeds", "in East Leeds", "in
    northern Leeds": Leeds is where something is)."""
    before = previous_word(text, at)
    if before in prepositions:
        return True
    if before.casefold() not in COMPASS_WORDS:
        return False
    at -= len(before) + 1  # (the compass word's start, right before the name)
    return text[at + len(before)] == " " and previous_word(text, at) in prepositions


def _listed_after(text: str, at: int, length: int, prepositions: frozenset) -> bool:
    """Whether the name at offset ``at`` is a later name of a list of names after one of
    ``prepositions`` ("in Leeds, Bristol and Hull")."""
    if text[at - 2 : at] != ", " and text[at - 4 : at] not in ("and ", " or "):
        return False  # (most names: asked first, no regex)
    m = _LIST_BEFORE.search(text, max(0, at - LIST_WINDOW), at)
    if m is None or m.group(1) not in prepositions:
        return False
    return m.group(2) != ", " or bool(_LIST_GOES_ON.match(text, at + length))
