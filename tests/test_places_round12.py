"""Place recognition, round 12. Every sentence is written for these tests; each rule is
shown on three sentences or more that fail without it, and its exclusions on sentences
that pass with and without it.
"""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.country_code if m.place else None) for m in parse_places(text)}


# --- A name listed beside towns is a town, also where it is a given name ---

@pytest.mark.parametrize("text, name", [
    ("Power cuts hit Peterborough, Oshawa and Lindsay overnight.", "Lindsay"),
    ("Flights linking Toledo, Akron and Dayton resumed on Monday.", "Dayton"),
    ("Storms battered Natchitoches, Ruston and Monroe on Sunday.", "Monroe"),
    ("Tornado warnings covered Topeka or Paola until noon.", "Paola"),
    ("Cyclone warnings covered Townsville, Bowen and Mackay through the night.", "Bowen"),
    ("Bus routes linking Wrexham and Chester were cut by snow.", "Chester"),
    ("Natchitoches and Monroe, both hit by hail, asked for help.", "Monroe"),
    # opening a sentence, where a given name passes only as a place the text puts something in
    ("Monroe, Ruston and Natchitoches declared a curfew.", "Monroe"),
    ("Lindsay and Peterborough shut their schools.", "Lindsay"),
    ("Dayton, Akron and Toledo opened shelters.", "Dayton"),
])
def test_a_given_name_listed_beside_towns_is_a_town(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, name", [
    ("The coach picked Jackson and Monroe for the final.", "Monroe"),
    ("Reporters asked Dayton, Lindsay and Kent about the deal.", "Lindsay"),
    ("Mary Monroe and Tom Dayton, both of Toledo, were hurt.", "Dayton"),
    ("Ann Okafor and Lindsay Kent travelled to Lagos.", "Lindsay"),
])
def test_people_listed_together_stay_people(text, name):
    assert name not in found(text)


# --- A name followed by what only a person does, undergoes or has is a person's ---

@pytest.mark.parametrize("text, name", [
    ("Police in Kano said Preston was arrested at a checkpoint on Sunday.", "Preston"),
    ("Witnesses in Juba said Mackay allegedly paid the gunmen.", "Mackay"),
    ("Mackay's lawyer told the court in Kampala that the case was weak.", "Mackay"),
    ("A court in Kangundo heard that Preston was jailed in 2019. Preston later fled to Dubai.", "Preston"),
    ("Mackay, 41, was seized in Uvira. Soldiers took Mackay to a camp.", "Mackay"),
])
def test_a_name_that_is_arrested_or_has_a_lawyer_is_a_person(text, name):
    assert name not in found(text)


@pytest.mark.parametrize("text, name", [
    ("The mayor of Preston was arrested in a bribery case.", "Preston"),
    ("Two traders from Preston were arrested in Lagos.", "Preston"),
    ("Aid reached Preston on Monday, and Preston's mayor thanked the donors.", "Preston"),
    ("Syria was accused of shelling the town.", "Syria"),
])
def test_a_place_whose_people_are_arrested_stays_a_place(text, name):
    assert name in found(text)


# --- A person's home town after "of" stays a place, whatever follows it ---

@pytest.mark.parametrize("text, name", [
    ("Amir H. Qureshi of Lagos spoke at the rally.", "Lagos"),  # after an initial
    ("Fatima K. Yusuf of Gusau, 41, was among the injured.", "Gusau"),
    ("Mrs. Qureshi of Multan said the well was dry.", "Multan"),  # after a title, before "said"
    ("Sergeant Musa Bello of Kano told reporters the road was closed.", "Kano"),
    ("Detective Ray Dunn of Katsina said the suspect fled.", "Katsina"),
])
def test_a_home_town_after_a_persons_name_is_a_place(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, name", [
    ("Okafor said the road to the camp was closed.", "Okafor"),
    ("Amir H. Qureshi spoke at the rally in Lagos.", "Qureshi"),
])
def test_the_person_before_the_home_town_stays_a_person(text, name):
    assert name not in found(text)


# --- Church, court, ward and school titles lead a person's name ---

@pytest.mark.parametrize("text, name", [
    ("Nurse Ama Owusu of Tamale said the clinic was full.", "Tamale"),
    ("The clinic was full, said Nurse Ama Owusu of Tamale.", "Tamale"),
    ("The case was adjourned by Magistrate Tendai Sibanda of Harare.", "Harare"),
    ("Archbishop Carlisle Lwanga of Kampala led the prayers.", "Kampala"),
])
def test_a_title_leads_a_persons_name_before_the_home_town(text, name):
    places = found(text)
    assert name in places and len(places) == 1  # the person's words are no place
