"""What a careful reader knows of a report's country when it names no place the gazetteer
holds: the people whose militia acts, a head of state or party leader it names, a
national party. And a people's militia named ACLED's way ("Koro Ethnic Militia
(Ruritania)") whether the people is the subject, follows an armed noun or is named by
the gunmen's group. Sentences are our own."""

import pytest

from geo.gazetteer import load_gazetteer
from geo.incidents import extract_incidents_from_text
from geo.incidents.identity_militias import _peoples_acting, homeland_named


def main(text: str):
    return extract_incidents_from_text(text, "2021-06-07")[0]


# A people named in the report gives its unnamed actors the people's country.
@pytest.mark.parametrize("text, actor1", [
    ("Police arrested nine men after a night of fighting between Gedeo and Nyangatom herders over a well.",
     "Police Forces of Ethiopia"),
    ("Unknown gunmen shot dead a Mundari chief and his two sons at a cattle camp on Sunday.",
     "Unidentified Armed Group (South Sudan)"),
    ("Youths from the Tiv community barricaded the highway and set two lorries on fire after a farmer was killed.",
     "Rioters (Nigeria)"),
])
def test_a_people_named_gives_the_country_of_unnamed_actors(text, actor1):
    assert main(text).actor1 == actor1


# A leader named in the report gives the country the same way.
@pytest.mark.parametrize("text, actor1", [
    ("Hundreds of traders marched to demand that President Chakwera scrap the new market levy.", "Protesters (Malawi)"),
    ("Rioters looted shops after Mnangagwa was declared the winner of the vote.", "Rioters (Zimbabwe)"),
    ("Police fired tear gas at supporters of Kyagulanyi gathered outside the tallying centre.", "Protesters (Uganda)"),
])
def test_a_leader_named_gives_the_country_of_unnamed_actors(text, actor1):
    assert main(text).actor1.startswith(actor1)


def test_homeland_is_the_first_named_and_nothing_when_none_is_named():
    assert homeland_named("Ouattara's rivals said the Sukuma vote was split.") == "CI"
    assert homeland_named("The Gedeo elders met Tshisekedi.") == "ET"
    assert homeland_named("A crowd blocked the bridge for an hour.") == ""


# A people acting is its ethnic militia, named after its homeland; its victims, and a
# place named after it, are not.
@pytest.mark.parametrize("text, actor1", [
    ("Armed Eggon bandits killed a trader and drove off forty goats on the road to the market.",
     "Eggon Ethnic Militia (Nigeria)"),
    ("Members of the Irigwe community attacked neighbouring homes overnight and burned ten of them.",
     "Irigwe Ethnic Militia (Nigeria)"),
    ("Gunmen from a Nyangatom militia killed two herders at a water point.", "Nyangatom Ethnic Militia (Ethiopia)"),
])
def test_a_people_that_acts_is_its_ethnic_militia(text, actor1):
    assert main(text).actor1 == actor1


def test_a_peoples_militia_carries_its_homeland_wherever_it_raids():
    inc = main("Mundari raiders crossed the border and killed three herders in Uganda on Sunday.")
    assert inc.actor1 == "Mundari Ethnic Militia (South Sudan)"


@pytest.mark.parametrize("text", [
    "Raiders burned Dagomba homes and stole cattle at dawn.",
    "Bandits shot a teacher in West Gbaya on Monday.",
    "Gunmen killed a herder near Lake Sukuma.",
])
def test_victims_and_places_named_after_a_people_are_not_its_militia(text):
    assert _peoples_acting(text, load_gazetteer()) == []


# National parties of the actor dictionary give their country too.
@pytest.mark.parametrize("text, actor_country", [
    ("Supporters of the Prosperity Party clashed with rivals outside a polling station, injuring five.", "Ethiopia"),
    ("Members of the Union Progressiste and the Bloc Republicain exchanged blows at a rally; two were hurt.", "Benin"),
    ("Youths of the New Patriotic Party stormed a district office and smashed its windows.", "Ghana"),
])
def test_national_parties_give_their_country(text, actor_country):
    inc = main(text)
    assert inc.actor1.endswith(f"({actor_country})") or actor_country in (inc.actor2 or "")


# A town abroad in a report that names no country but a people or leader of one is the
# namesake at home (the gazetteer's larger Kazo lies in Japan, a smaller one in Uganda).
@pytest.mark.parametrize("text", [
    "Supporters of Besigye clashed with police in Kazo, leaving two injured.",
    "Traders in Kazo shut their stalls and marched against the levy announced by Museveni.",
    "Two Acholi herders were hacked to death by attackers near Kazo.",
])
def test_a_homeland_named_chooses_the_namesake_at_home(text):
    inc = main(text)
    assert inc.country == "Uganda" and inc.location == "Kazo"
    assert inc.actor1.endswith("(Uganda)") or inc.actor1.startswith("Police Forces of Uganda")


def test_without_a_homeland_named_the_larger_namesake_stays():
    assert main("Traders in Kazo shut their stalls and marched against the new levy.").country == "Japan"


def test_each_homeland_name_belongs_to_one_country():
    import tomllib
    from collections import Counter
    from importlib.resources import files

    data = tomllib.loads((files("geo") / "data" / "lexicons" / "homelands.toml").read_text("utf-8"))
    for table in ("home", "leaders"):
        counts = Counter(name for names in data[table].values() for name in names)
        assert [n for n, k in counts.items() if k > 1] == []
        assert all(len(iso) == 2 and iso.isupper() for iso in data[table])
