"""What a careful reader knows of a report's country when it names no place the gazetteer
holds: the people whose militia acts, a head of state or party leader it names, a
national party. And a people's militia named ACLED's way ("Koro Ethnic Militia
(Ruritania)") whether the people is the subject, follows an armed noun or is named by
the gunmen's group. Sentences are our own."""

import pytest

from geo.gazetteer import load_gazetteer
from geo.incidents import extract_incidents_from_text
from geo.incidents.actors import _peoples_acting, homeland_named


def main(text: str):
    return extract_incidents_from_text(text, "2021-06-07")[0]


# A people named in the report gives its unnamed actors the people's country.
@pytest.mark.parametrize("text, actor1", [
    ("Police arrested nine men after a night of fighting between Samburu and Turkana herders over a borehole.",
     "Police Forces of Kenya"),
    ("Unknown gunmen shot dead a Dinka chief and his two sons at a cattle camp on Sunday.",
     "Unidentified Armed Group (South Sudan)"),
    ("Youths from the Tiv community barricaded the highway and set two lorries on fire after a farmer was killed.",
     "Rioters (Nigeria)"),
])
def test_a_people_named_gives_the_country_of_unnamed_actors(text, actor1):
    assert main(text).actor1 == actor1


# A leader named in the report gives the country the same way.
@pytest.mark.parametrize("text, actor1", [
    ("Hundreds of traders marched to demand that President Museveni scrap the new market levy.", "Protesters (Uganda)"),
    ("Rioters looted shops after Mnangagwa was declared the winner of the vote.", "Rioters (Zimbabwe)"),
    ("Police fired tear gas at supporters of Raila Odinga gathered outside the tallying centre.", "Protesters (Kenya)"),
])
def test_a_leader_named_gives_the_country_of_unnamed_actors(text, actor1):
    assert main(text).actor1.startswith(actor1)


def test_homeland_is_the_first_named_and_nothing_when_none_is_named():
    assert homeland_named("Ouattara's rivals said the Kikuyu vote was split.") == "CI"
    assert homeland_named("The Dinka elders met Kenyatta.") == "SS"
    assert homeland_named("A crowd blocked the bridge for an hour.") == ""


# A people acting is its ethnic militia, named after its homeland; its victims, and a
# place named after it, are not.
@pytest.mark.parametrize("text, actor1", [
    ("Armed Pokot bandits killed a trader and drove off forty goats on the road to the market.",
     "Pokot Ethnic Militia (Kenya)"),
    ("Members of the Kikuyu community attacked neighbouring homes overnight and burned ten of them.",
     "Kikuyu Ethnic Militia (Kenya)"),
    ("Gunmen from a Samburu militia killed two herders at a water point.", "Samburu Ethnic Militia (Kenya)"),
])
def test_a_people_that_acts_is_its_ethnic_militia(text, actor1):
    assert main(text).actor1 == actor1


def test_a_peoples_militia_carries_its_homeland_wherever_it_raids():
    inc = main("Toposa raiders crossed the border and killed three herders in Kenya on Sunday.")
    assert inc.actor1 == "Toposa Ethnic Militia (South Sudan)"


@pytest.mark.parametrize("text", [
    "Raiders burned Luo homes and stole cattle at dawn.",
    "Bandits shot a teacher in West Pokot on Monday.",
    "Gunmen killed a herder near Lake Turkana.",
])
def test_victims_and_places_named_after_a_people_are_not_its_militia(text):
    assert _peoples_acting(text, load_gazetteer()) == []


# National parties of the actor dictionary give their country too.
@pytest.mark.parametrize("text, actor_country", [
    ("Supporters of the Jubilee Party clashed with rivals outside a polling station, injuring five.", "Kenya"),
    ("Members of the Union Progressiste and the FCBE exchanged blows at a rally; two were hurt.", "Benin"),
    ("Youths of the New Patriotic Party stormed a district office and smashed its windows.", "Ghana"),
])
def test_national_parties_give_their_country(text, actor_country):
    assert main(text).actor1.endswith(f"({actor_country})") or actor_country in (main(text).actor2 or "")


# A town abroad in a report that names no country but a people or leader of one is the
# namesake at home (here the gazetteer's larger Maua lies in Brazil, a smaller one in Kenya).
@pytest.mark.parametrize("text", [
    "Supporters of Kibaki and Odinga clashed in Maua, leaving two injured.",
    "Kalenjin warriors torched a dozen houses outside Maua at dawn.",
    "Traders in Maua shut their stalls and marched to protest the levy announced by Ruto.",
])
def test_a_homeland_named_chooses_the_namesake_at_home(text):
    inc = main(text)
    assert inc.country == "Kenya" and inc.location == "Maua"
    assert inc.actor1.endswith("(Kenya)")


def test_each_homeland_name_belongs_to_one_country():
    import tomllib
    from collections import Counter
    from importlib.resources import files

    data = tomllib.loads((files("geo") / "data" / "lexicons" / "homelands.toml").read_text("utf-8"))
    for table in ("home", "leaders"):
        counts = Counter(name for names in data[table].values() for name in names)
        assert [n for n, k in counts.items() if k > 1] == []
        assert all(len(iso) == 2 and iso.isupper() for iso in data[table])
