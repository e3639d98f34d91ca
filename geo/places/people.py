"""Names of people and institutions: capitalised runs that contain place names without
naming a place ("Austin Reed", "Governor Ann Reyes", "Iowa State University").

A person found here marks the text (``Text.person_tokens``, ``Text.surnames``) so that
later recognition leaves the person's words alone, also where the surname stands alone.
"""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.gazetteer.names import word_key
from geo.places.name_facts import name_facts
from geo.places.text import Text
from geo.places.words import (
    FEATURE_WORDS,
    FUNCTION_WORDS,
    INSTITUTION_WORDS,
    LOCAL_INSTITUTION_WORDS,
    LOCATIVES,
    NEVER_PLACES,
    PERSON_PARTICIPLES,
    PERSON_POSSESSIONS,
    PERSON_PREDICATES,
    PLACE_WORDS,
    SPEECH_VERBS,
    STREET_WORDS,
    TITLES,
    TOWN_PEOPLE_WORDS,
    word_set,
)

MAJOR_PLACE_POPULATION = 200_000  # a town or region this large is a place even where a person shares its name
# Words ranked below this in wordfreq's list are ordinary words, not surnames.
COMMON_WORD_RANK = 5000

# Words after a given name that make no surname: "Marion Station", "Tyler Library",
# "Tyler May 2", "Austin Street".
NOT_SURNAMES = FEATURE_WORDS | STREET_WORDS | LOCAL_INSTITUTION_WORDS | NEVER_PLACES

TOWN_LOCATIVES = word_set("town_locatives")  # "in", "near": in a town, not at an institution
NAMESAKE_INSTITUTION_WORDS = word_set("namesake_institution_words")  # "Academy" of "Lee Academy"
_NAMESAKE_INSTITUTION_NAMES = frozenset(w.capitalize() for w in NAMESAKE_INSTITUTION_WORDS)  # "College"
VEHICLE_MAKES = word_set("vehicle_makes")  # "Toyota", "Dodge"
_MAKE_SPELLINGS = frozenset(w.capitalize() for w in VEHICLE_MAKES) | frozenset(w.upper() for w in VEHICLE_MAKES)
BYLINE_WORDS = word_set("byline_words")  # "posted" of "Posted by Jordan": the author, not the country
# A name joined by "and" to the writer ("Georgia and I went", "for Chad and me"): a
# companion, not a place (but "in Kenya and I stayed": after a locative, a clause ends).
# (One scan of the text for all of them: " and I ", " and I,", " and me ", " and me,",
# " and me.", " and myself"; what follows "I" or "me" is looked at, not taken, so that
# "X and I and me" finds both.)
_AND_THE_WRITER = re.compile(r" and (?:I(?=[ ,])|me(?=[ ,.])|myself)")
# A name the writer greets or thanks, between commas or after "Dear" ("Dear Georgia,",
# "Thanks, Chad, for …"): the reader, a person (a place is greeted with "Hello").
_ADDRESSING = ("Dear ", "Thanks, ", "Thank you, ")
VEHICLE_WORDS = word_set("vehicle_words")  # "Corolla", "pickup": what follows a maker's name in a vehicle's
# A model year before a maker's name: "a 1998 Toyota", "an '02 Dodge".
_MODEL_YEAR = re.compile(r"(?:\b(?:19|20)\d\d|['\u2019]\d\d) $")
# An article or possessive before a maker's name, maybe with a word or two between ("in
# a white Toyota", "his old Honda"): a vehicle, as no town takes "a" or "his". The
# words between may not be prepositions ("a town near X", "a visit to X").
_VEHICLE_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our) ((?:[a-z-]+ ){0,2})$")

_AGE = re.compile(r", (?:\d{1,3}|aged \d{1,3}),")


def find_people(t: Text, i: int, j: int, gz: Gazetteer) -> None:
    """Mark people's names in a run [i, j): "Jack Sutton", "Austin Reed", "Carla M.
    Voss": a given name, then a word that is neither a place word nor an institution's
    or a title, the two naming no place together; a given name right before such a
    name is the person's too ("Mary Alice Brooks", "Anna Maria Rossi")."""
    if j - i == 1 and not (j < len(t.words) and len(t.words[j]) == 1):
        return  # one word, no middle initial after it: no first and last name here
    if t.lower(j - 1) in STREET_WORDS:
        return  # "Martin Kimathi Road", "Old Alice Townsville Road": a street's name, no person met
    given_name = gz.memoized(_capitalised_given_name, 20_000)
    words = t.words
    if not any(map(given_name, words[i:j])):
        return  # (most runs: no given name among the words, asked in one pass)
    for k in range(i, j):
        if not given_name(words[k]):
            continue
        last = k + 1
        if last < len(t.words) and len(t.words[last]) == 1 and t.words[last].isupper() \
                and t.text[t.ends[last] : t.ends[last] + 2] == ". ":
            last += 1  # a middle initial: "Carla M. Voss"
        elif last >= j:
            break
        if last >= len(t.words) or not t.capitalised(last) or t.text[t.ends[k]] != " ":
            continue  # (not "Dallas-Houston": a given name and a surname stand apart)
        surname = t.lower(last)
        if len(t.words[last]) > 1 and t.words[last].isupper() and not words[k].isupper():
            continue  # "Denver EXPO": an acronym, no surname (but a byline: "BY CHAD KLIMT")
        if surname in PLACE_WORDS or surname in INSTITUTION_WORDS or surname in TITLES or surname in NOT_SURNAMES \
                or gz.has_key(t.key(k, last + 1)) or leads_institution(t, last, max(j, last + 1)) \
                or any(gz.has_key(t.key(a, k + 1)) for a in range(max(i, k - 3), k)):
            continue  # (nor "West Virginia Democrats": the given name ends a place's name)
        if last + 1 < j and gz.has_key(word_key(t.words[k])) \
                and gz.word_ranks.get(word_key(surname), COMMON_WORD_RANK) < COMMON_WORD_RANK:
            continue  # "Austin High School", "Jackson Memorial Hospital": a place leads a name
        if j - i > last + 1 - k and any(i + a <= k and last < i + b and b - a > last + 1 - k
                                         for a, b in gz.name_spans(tuple(words[i:j]))):
            continue  # "Dera Ismail Khan": the given name and surname inside a longer place name
        first = k - 1 if k > i and k - 1 not in t.person_tokens and given_name(words[k - 1]) \
            and t.text[t.ends[k - 1] : t.starts[k]] == " " and t.lower(k - 1) not in PLACE_WORDS else k
        t.person_tokens.update(range(first, last + 1))  # (a double given name: "Mary Alice Brooks")
        t.surnames.update((t.words[k], t.words[last]))


def _capitalised_given_name(gz: Gazetteer, word: str) -> bool:
    """A capitalised given name that is no demonym ("Austin", not "Jordanian") nor a
    function word ("The", "In": given names somewhere, an article or preposition here)."""
    return word[:1].isupper() and word_key(word) in gz.given_names and word.casefold() not in gz.demonyms \
        and word.casefold() not in FUNCTION_WORDS


def names_a_person(t: Text, i: int, j: int, gz: Gazetteer) -> bool:
    """Whether the run [i, j) is a person, whatever its words are: after a title or an
    initial ("President Maria Duarte", "spokeswoman Ruth Okafor", "R. T. Coyle"), or
    before what follows people's names ("Tomas Berg said", "Ida Lund, 34,"). The last
    word is noted, so that "Okafor" alone stays the person."""
    first = t.words[i].casefold()
    before = t.words[i - 1] if i > 0 else ""  # (asked of every run: the word read once)
    # A title right before the name ("Mrs. Pendry", "Prince Ali"; not "PORT-AU-PRINCE, Haiti")
    titled = before and before.casefold() in TITLES and t.text[t.ends[i - 1] : t.starts[i]].strip() in ("", ".") and (
        not t.sentence_initial(i) or t.text[t.ends[i - 1] : t.starts[i]] == ". ")
    initialled = len(before) == 1 and before.isupper() \
        and t.text[t.ends[i - 1] : t.starts[i]] == ". "  # "R. T. Coyle"
    if first in TITLES and i + 1 < j and t.words[i + 1] == "of":
        return False  # "the Mayor of Mosul", "Emir of Kano": an office of the place after "of", no person's name
    if first in TITLES or titled or initialled:
        of = next((k for k in range(i + 1, j - 1) if t.words[k] == "of"), None)
        if of is not None:
            # "Detective Ray Dunn of the Paris Police Department": the person ends at
            # "of"; what follows is read as names are
            t.person_tokens.update(range(i, of))
            t.surnames.add(t.words[of - 1])
            return False
        if j - i > 1 or first not in TITLES:
            t.surnames.add(t.words[j - 1])
        return True
    if 1 < j - i <= 3 and _before_a_surname(t, j) and not any(
            t.lower(k) in _NOT_GIVEN_NAMES for k in range(i, j - 1)):
        return True  # "Ada L. Lane", "Corin T. Maddox": a name and a middle initial (the surname is initialled)
    if 1 < j - i <= 3 and person_context(t, j, i) and not gz.has_key(t.key(i, j)) and not any(
            t.lower(k) in PLACE_WORDS or t.lower(k) in INSTITUTION_WORDS for k in range(i, j)):
        t.surnames.add(t.words[j - 1])  # (but not "Kano Elders Council said")
        return True
    return False


# Words before a middle initial that make the run no given name and initial alone
# ("Camp B. Police …", "Madison Circuit Judge Ann B. Lee": the judge's name is later).
_NOT_GIVEN_NAMES = PLACE_WORDS | FEATURE_WORDS | TITLES | INSTITUTION_WORDS


def _before_a_surname(t: Text, j: int) -> bool:
    """Whether the run ending before token j ends with a middle initial that a surname
    follows ("… L. Lane"): one capital letter, a full stop, and a capitalised word of
    more letters that is no article or preposition (not "Area C. The", nor "D. C.")."""
    k = j - 1
    return len(t.words[k]) == 1 and t.words[k].isupper() and j < len(t.words) \
        and t.text[t.ends[k] : t.starts[j]] == ". " and len(t.words[j]) > 1 and t.capitalised(j) \
        and t.words[j].casefold() not in FUNCTION_WORDS


def hometown_ends_run(t: Text, a: int, b: int, j: int, gz: Gazetteer) -> bool:
    """Whether the name [a, b) ends its run after a person's name and "of" ("Ann Lee of
    Reading", "Ann Lee, 34, of Reading"): where the person lives, not a word inside a
    longer name, unless it is an English word that no town of some size has as its name
    (an honour's: "the Silver Medal of Valor")."""
    if b != j or not t.hometown(a):
        return False
    key = t.key(a, b)
    return gz.word_ranks.get(key) is None or bool(name_facts(gz, key, gz.rows_for_key(key)).towns)


def person_context(t: Text, j: int, i: int | None = None) -> bool:
    """Whether what follows a name (ending before token j) makes it a person's: "…
    said", "…, 34,"; not after "in", "from" … (the name starting at token i): "Police in
    Bristol said", "the mayor of Bristol said", "the Governor of Bristol said", "Ann Lee
    of Bristol said"."""
    after = t.words[j].casefold() if j < len(t.words) else None  # (the word after, read once)
    if after in _PREDICATE_OPENINGS and _person_predicate(t, j):
        # (not "the mayor of Oldtown was arrested", "Ann Lee of Oldtown was arrested")
        return not (i is not None and i > 0 and (t.words[i - 1] == "of" or t.lower(i - 1) in LOCATIVES))
    if not (after in SPEECH_VERBS and t.text[t.ends[j - 1] : t.starts[j]] == " "
            or _AGE.match(t.text, t.ends[j - 1])):
        return False  # (most names: asked first, the place before them is seldom read)
    return not (i is not None and i > 0 and (t.lower(i - 1) in LOCATIVES or t.after_settlement_of(i)
                                             or _after_office_of(t, i) or t.hometown(i)))


def a_person_alone(t: Text, a: int, b: int) -> bool:
    """Whether the one-word name [a, b) is a person by what follows it
    (``person_context``); where that is something only a person does or undergoes, or
    an age ("Okafor, 34,", "Okafor was arrested"), the word is noted as the person's
    wherever it stands alone. Not after "said": a town speaks too ("Oldtown says no")."""
    if not person_context(t, b, a):
        return False
    if b == len(t.words) or t.lower(b) not in SPEECH_VERBS:
        t.surnames.add(t.words[a])
    return True


_BE = frozenset({"was", "is", "had", "has"})  # before a participle, "been" between or not
_PREDICATE_OPENINGS = PERSON_PREDICATES | _BE | {"s"}  # ("s" of "'s")


def _person_predicate(t: Text, j: int) -> bool:
    """Whether what starts at token j, right after a name, is something only a person
    does, undergoes or has: "… allegedly", "… was arrested", "… had been charged",
    "…'s lawyer" (a town is attacked or named, never arrested)."""
    text, words, starts, ends = t.text, t.words, t.starts, t.ends
    gap = text[ends[j - 1] : starts[j]]
    word = t.lower(j)
    if word == "s":
        return gap in ("'", "\u2019") and j + 1 < len(words) and t.lower(j + 1) in PERSON_POSSESSIONS \
            and text[ends[j] : starts[j + 1]] == " "
    if gap != " ":
        return False  # "Oldtown, was …": an appositive closes before the verb
    if word in PERSON_PREDICATES:
        return True
    k = j + 1
    if k < len(words) and words[k] == "been":
        k += 1
    return k < len(words) and t.lower(k) in PERSON_PARTICIPLES and text[ends[k - 1] : starts[k]] == " "


def _after_office_of(t: Text, i: int) -> bool:
    """Whether token i follows a capitalised office and "of": "the Governor of Herat
    said" (the governor speaks; Herat is his province)."""
    return i > 1 and t.words[i - 1] == "of" and t.capitalised(i - 2) and t.lower(i - 2) in TITLES


def leads_institution(t: Text, b: int, j: int) -> bool:
    """Whether the words [b, j) after a place make an institution or an office of it
    ("State University", "Supreme Court", "County Clerk", "Governor Ann Reyes")."""
    for k in range(b, j):
        word = t.lower(k)
        if word in INSTITUTION_WORDS or word in TITLES:
            return True
        if word not in PLACE_WORDS:
            return False
    return False


def local_institution_after(t: Text, b: int) -> bool:
    """Whether the words from token b, past place words, name an institution that stands
    in the place before it ("… District Hospital", "… Primary School")."""
    while b < len(t.words) and t.capitalised(b) and t.lower(b) in PLACE_WORDS:
        b += 1
    return b < len(t.words) and t.lower(b) in LOCAL_INSTITUTION_WORDS


def mark_vehicles_firms_and_authors(t: Text, runs: list[tuple[int, int]], gz: Gazetteer) -> None:
    """Mark the names that stand for vehicles or firms, authors' names in bylines, the
    writer's companions and the people the writer addresses as no places
    (``_mark_vehicles``, ``_mark_firms``, ``_mark_authors``, ``_mark_companions``,
    ``_mark_addressees``)."""
    _mark_vehicles(t, runs)
    _mark_firms(t, gz)
    _mark_authors(t)
    _mark_companions(t)
    _mark_addressees(t)


def _mark_addressees(t: Text) -> None:
    """A name the writer addresses (``_ADDRESSING``, the name then a comma: "Dear
    Georgia,", "Thanks, Chad,") is a person's. (str.find: most texts hold none.)"""
    text = t.text
    if "Dear " not in text and "Thank" not in text:
        return
    for opening in _ADDRESSING:
        for at in t.finds(opening):
            if at == 0 or not text[at - 1].isalpha():
                k = t.token_at(at + len(opening))
                if k is not None and t.capitalised(k) and text.startswith(",", t.ends[k]):
                    t.person_tokens.add(k)


def _mark_companions(t: Text) -> None:
    """A name joined by "and" to the writer's "I" or "me" (``_AND_THE_WRITER``; "me and
    X") is a person's, unless a locative or "of" comes before it ("in Kenya and I
    stayed on"). (str.find: most texts, news among them, hold none.)"""
    text = t.text
    if " and I" not in text and " and me" not in text and "me and " not in text:
        return
    for joint in _AND_THE_WRITER.finditer(text):
        k = t.token_ending_at(joint.start())  # the word that ends where the joint begins
        if k is not None:
            _mark_companion(t, k)
    for at in t.finds("me and "):
        if at == 0 or not text[at - 1].isalpha():
            k = t.token_at(at + 7)
            if k is not None:
                _mark_companion(t, k)


def _mark_companion(t: Text, k: int) -> None:
    if t.capitalised(k) and not (k > 0 and (t.lower(k - 1) in LOCATIVES or t.lower(k - 1) == "of")):
        t.person_tokens.add(k)


def _mark_authors(t: Text) -> None:
    """The capitalised words right after a byline's "Posted by", "Photo by",
    "Reporting by" (``BYLINE_WORDS``), and after "and" or "&" between them, name the
    authors ("Posted by Jordan", "Photos by Victoria and Chad"): people, not places.
    (str.find over " by ": a text has a few at most.)"""
    words = t.words
    for at in t.finds(" by "):
        k = t.token_at(at + 4)
        if k is not None and k > 1 and t.lower(k - 2) in BYLINE_WORDS:
            while k < len(words) and t.capitalised(k):
                t.person_tokens.add(k)
                if k + 2 < len(words) and words[k + 1] in ("and", "&") and t.capitalised(k + 2):
                    k += 2
                elif k + 1 < len(words) and t.starts[k + 1] == t.ends[k] + 1:
                    k += 1
                else:
                    break


def _mark_firms(t: Text, gz: Gazetteer) -> None:
    """Names joined by "&" name a firm ("Hale & Porter", "Reed & Stowe LLP"), and the
    firm's first name alone is the firm again ("Hale's lawyers said"); not where a
    side is a major place ("Trinidad & Tobago", "Minneapolis & St. Paul")."""
    text = t.text
    if " & " not in text:
        return
    runs = t.runs  # all of them: a partner's name need not be any place's
    for n, (i, j) in enumerate(runs):
        if text[t.ends[j - 1] : t.ends[j - 1] + 3] != " & " or n + 1 == len(runs):
            continue
        a, b = runs[n + 1]
        if t.starts[a] != t.ends[j - 1] + 3:
            continue
        sides = ((i, j), (a, b))
        if any(_names_a_major_place(gz, t.key(x, y)) or not _partner_name(t, x, y, gz) for x, y in sides):
            continue
        for x, y in sides:
            t.person_tokens.update(range(x, y))
        t.surnames.add(t.words[i] if j - i == 1 else t.text[t.starts[i] : t.ends[j - 1]])


def _partner_name(t: Text, i: int, j: int, gz: Gazetteer) -> bool:
    """Whether the run [i, j) reads as partners' names, as firms take them: no ordinary
    word among them ("Ohio Parks & Recreation", "Denver Water & Power" are no
    partners)."""
    return all(gz.word_ranks.get(word_key(t.words[k]), COMMON_WORD_RANK) >= COMMON_WORD_RANK for k in range(i, j))


def a_surname_naming_a_place(gz: Gazetteer, rows: tuple[int, ...], key: str) -> bool:
    """Whether a person's surname met alone ("Sutton", once "Jack Sutton" was met) names
    a place all the same: the main name of a country, a capital, or a region or town of
    200,000 people ("Jordan", "Georgia", "Houston"; not a small province's, "Flores")."""
    return any(gz.primary_key(r) == key and (gz.feature_code[r] in ("PCLI", "PPLC") or (
        gz.feature_code[r] in ("ADM1", "PPL") and gz.population[r] >= MAJOR_PLACE_POPULATION)) for r in rows)


def _names_a_major_place(gz: Gazetteer, key: str) -> bool:
    """A country, admin-1 region or capital, or a city of 200,000, goes by this main name."""
    return any(gz.primary_key(r) == key and (gz.feature_code[r] in ("PCLI", "ADM1", "PPLC")
                                             or gz.population[r] >= MAJOR_PLACE_POPULATION) for r in gz.rows_for_key(key))


def _mark_vehicles(t: Text, runs: list[tuple[int, int]]) -> None:
    """Mark makers' names that stand for vehicles ("a 1998 Toyota", "a Honda Civic",
    "the Dodge van") as no place, and, once the text has used a maker's name so,
    its other mentions too ("the Toyota was towed away"); but not before a place word
    ("Dodge City", "Lincoln County")."""
    words = t.words
    makes = [i for i, _j in runs if words[i] in _MAKE_SPELLINGS]
    if not makes:
        return
    vehicles = set()
    for i in makes:
        nxt = i + 1
        if _MODEL_YEAR.search(t.text, max(0, t.starts[i] - 6), t.starts[i]) or (
                nxt < len(t.words) and t.lower(nxt) in VEHICLE_WORDS and t.text[t.ends[i] : t.starts[nxt]] == " "):
            vehicles.add(t.lower(i))
        elif _after_determiner(t.text, t.starts[i]):
            # "in a white Toyota": this one is no town; but an article says less than a
            # model year, and "a Lincoln letter" leaves "moved to Lincoln" the town
            t.person_tokens.add(i)
    for i in makes:
        if t.lower(i) in vehicles and not (i + 1 < len(t.words) and t.lower(i + 1) in PLACE_WORDS):
            t.person_tokens.add(i)
            if i + 1 < len(t.words) and t.capitalised(i + 1) and t.lower(i + 1) in VEHICLE_WORDS:
                t.person_tokens.add(i + 1)  # "Chevrolet Malibu": the model, no town either


def _after_determiner(text: str, start: int) -> bool:
    """Whether an article or possessive comes before ``start``, with no preposition
    between ("a stolen Toyota", not "a town near Toyota")."""
    found = _VEHICLE_DETERMINER.search(text, max(0, start - 32), start)
    return found is not None and not any(w in LOCATIVES or w in FUNCTION_WORDS for w in found.group(1).split())


def without_institution_short_names(t: Text, runs: list[tuple[int, int]], mentions: list, gz: Gazetteer) -> list:
    """``mentions`` less the single words that stand alone for an institution often named
    after a person or a word (``NAMESAKE_INSTITUTION_WORDS``), whose name the text gave
    with that word leading it, where recognition found no place ("Warren College" …
    "students at Warren", "Lee Academy" … "the lunchroom at Lee"): no town of that name
    elsewhere. Where the institution's word was read as its town ("Maseno University":
    universities are named after their towns too) nothing changes, and a major place's
    own name, or a word the text puts something in or leads other names with, stays."""
    words = t.words
    led = {i for i, j in runs if j - i > 1 and words[i + 1] in _NAMESAKE_INSTITUTION_NAMES
           and t.text[t.ends[i] : t.starts[i + 1]] == " "}
    if not led:
        return mentions
    starts = {m.start for m in mentions}
    short_names = {words[i] for i in led if t.starts[i] not in starts}
    # (a word that also leads other names is a town's: "Amherst College" beside "the
    # Amherst Common", "the Amherst Area Astronomy Association")
    short_names -= {words[i] for i, j in runs if j - i > 1 and t.lower(i + 1) not in NAMESAKE_INSTITUTION_WORDS}
    if not short_names:
        return mentions
    return [m for m in mentions if not (m.kind == "name" and m.text in short_names
                                        and _only_the_institution(t, gz, m.rows, m.text))]


def _only_the_institution(t: Text, gz: Gazetteer, rows: tuple[int, ...], word: str) -> bool:
    """Whether a word that leads an institution's name is nothing else: no major place
    has it as its own name (``a_surname_naming_a_place``) and the text never puts
    anything in or near it, nor anyone from it ("a flat in Amherst": the town, beside
    Amherst College)."""
    key = word_key(word)
    return not a_surname_naming_a_place(gz, rows, key) and not t.located(key, TOWN_LOCATIVES)


def without_famous_surnames(t: Text, mentions: list, gz: Gazetteer) -> list:
    """``mentions`` less the bare surnames of people the text has named in full that are
    also a major city's or region's name ("Denzel Washington … Washington said", "Abraham
    Lincoln … Lincoln visited"), where the text never puts anything in or near that
    place: the person again. A country's name stays ("Jordan"): it speaks for a state."""
    if not t.surnames:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "name" and m.text in t.surnames:
            key = word_key(m.text)
            if a_surname_naming_a_place(gz, m.rows, key) and not t.located(key, TOWN_LOCATIVES) \
                    and not any(gz.feature_code[r] == "PCLI" and gz.primary_key(r) == key for r in m.rows) \
                    and _ends_a_persons_name(t, m.text) and not _named_as_a_place(t, m.text):
                continue
        out.append(m)
    return out


def _ends_a_persons_name(t: Text, word: str) -> bool:
    """Whether the word stands somewhere as the last word of a person's name ("Denzel
    Washington"; not the given name of "Alexandria Reyes")."""
    people = t.person_tokens
    return any(t.words[i] == word and i - 1 in people for i in people)


def names_its_people(t: Text, i: int, rank: int | None) -> bool:
    """Whether the word at token i (of frequency rank ``rank``) names a town's people
    right after it, in lower case: "an Oldtown man", "Oldtown residents", "a Florence
    native". Not a frequent word that opens a sentence ("Young men …", "Local voters
    …": an adjective there)."""
    n = i + 1
    return n < len(t.words) and t.words[n] in TOWN_PEOPLE_WORDS and t.text[t.ends[i] : t.starts[n]] == " " \
        and not (rank is not None and rank < COMMON_WORD_RANK and t.sentence_initial(i))


def _named_as_a_place(t: Text, word: str) -> bool:
    """Whether the text somewhere names the word's people or authorities by it ("Paris
    police", "a Columbus woman", "the Columbus council"), calls it a town ("the city of
    Paris") or says something is based there."""
    return any(t.words[i] == word and (t.before_local_authority(i) or t.hometown(i) or t.after_settlement_of(i)
                                       or t.based_in(i)) for i in range(len(t.words)))


def without_other_people_senses(t: Text, runs: list[tuple[int, int]], mentions: list, gz: Gazetteer) -> list:
    """``mentions`` less the names that stand for a person or an institution met in
    full elsewhere in the text (``without_famous_surnames``,
    ``without_institution_short_names``)."""
    return without_institution_short_names(t, runs, without_famous_surnames(t, mentions, gz), gz)

