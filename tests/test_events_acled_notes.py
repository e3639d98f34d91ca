"""Reports in the style of ACLED's own notes (issue 13, round 2): the coder's short
sentence, the place chain in brackets, remarks such as "Fatalities unknown" or
"[size=no report]", and actors often written in ACLED's own names. Sentences are our
own, written from general knowledge of conflicts the tune files never show."""

import pytest

from geo.incidents import extract_incidents_from_text


def main(text: str):
    return extract_incidents_from_text(text, "2023-06-01")[0]


# -- Actors written in ACLED's own names are those actors, each with its own country:
#    "Military Forces of Russia" in a note placed in Ukraine is Russia's army, not Ukraine's.
@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 14 June 2023, Military Forces of Ukraine clashed with Military Forces of Russia near Robotyne "
     "(Polohivskyi, Zaporizhzhia). Fatalities unknown, coded as 0.",
     "Military Forces of Ukraine", "Military Forces of Russia"),
    ("On 2 May 2021, Military Forces of Azerbaijan (2003-) and Military Forces of Armenia (2018-) exchanged fire "
     "near Sotk (Vardenis, Gegharkunik). 1 fatality.",
     "Military Forces of Azerbaijan", "Military Forces of Armenia"),
    ("On 9 October 2022, Police Forces of the Democratic Republic of Congo clashed with Military Forces of Rwanda "
     "near Kibumba (Nyiragongo, North Kivu). No fatalities.",
     "Police Forces of the Democratic Republic of Congo", "Military Forces of Rwanda"),
])
def test_forces_named_acleds_way_keep_their_country(text, actor1, actor2):
    inc = main(text)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


# -- Territory taken in fighting: the state whose country it is (with its allies)
#    regains it; a foreign state's forces, like a non-state group, overtake it.
@pytest.mark.parametrize("text, sub", [
    ("On 25 May 2022, Russian forces took control of the town of Lyman (Kramatorskyi, Donetsk) after fighting "
     "with Ukrainian forces. Fatalities unknown.", "Non-state actor overtakes territory"),
    ("On 28 November 2020, Eritrean troops took control of the town of Axum (Central, Tigray) after fighting "
     "with TPLF forces.", "Non-state actor overtakes territory"),
    ("On 20 August 2022, Ukrainian forces regained control of the village of Vysokopillia (Beryslavskyi, Kherson) "
     "from Russian forces.", "Government regains territory"),
    ("On 8 August 2021, Rwandan and Mozambican forces recaptured Mocimboa da Praia (Mocimboa da Praia, "
     "Cabo Delgado) from insurgents.", "Government regains territory"),
])
def test_territory_taken_by_whom(text, sub):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Battles", sub)


# -- Forces or armed groups who burn or loot and hurt nobody destroy property (ACLED's
#    strategic development), they neither riot nor attack anyone.
@pytest.mark.parametrize("text", [
    "On 30 June 2023, RSF forces looted the market of Nyala (Nyala, South Darfur) and burned shops. No fatalities reported.",
    "On 12 January 2023, the Myanmar military torched houses in a village of Kani township (Kani, Sagaing). Property destruction.",
    "On 8 March 2022, CODECO militiamen looted houses in Djugu (Djugu, Ituri). No casualties.",
])
def test_armed_men_destroying_property(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Looting/property destruction")


def test_soldiers_who_burn_people_alive_attack_them():
    inc = main("On 2 March 2023, soldiers burned alive three villagers in a village of Yinmarbin (Yinmarbin, Sagaing).")
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")


# -- A party's or an armed group's supporters who kill demonstrators are a mob on a
#    demonstration (ACLED: mob violence, rioters against protesters); without deaths
#    the demonstration is one with intervention.
@pytest.mark.parametrize("text, n", [
    ("On 14 October 2021, Hezbollah supporters attacked protesters in Tayouneh (Beirut, Beirut). 7 fatalities.", 7),
    ("Sadrist supporters attacked protesters in Nasiriyah, killing three.", 3),
    ("On 5 June 2022, supporters of the ruling party attacked protesters in Harare (Harare, Harare). "
     "2 fatalities.", 2),
])
def test_supporters_killing_demonstrators_are_a_mob(text, n):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Riots", "Mob violence")
    assert inc.actor1.startswith("Rioters") and inc.actor2.startswith("Protesters")
    assert inc.fatalities == n


def test_supporters_who_only_break_up_a_protest_intervene():
    inc = main("Hezbollah supporters attacked protesters in Beirut on Saturday.")
    assert (inc.event_type, inc.sub_event_type) == ("Protests", "Protest with intervention")
