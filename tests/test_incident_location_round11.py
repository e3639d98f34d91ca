"""Where an incident happened, round 11. Sentences are the team's own, three or more per
rule, about places world-wide."""

import pytest

from incident_helpers import first_incident


def main_incident(text, published="2023-03-10"):
    return first_incident(text, published)


# Armed people "from X" (raiders, gunmen, fighters, herders): where they set out from; the
# place the sentence names where they struck is the place of the event, even when it is a
# region and the origin a town, and whichever item of a list of origins.
@pytest.mark.parametrize("text, location, country", [
    ("Militants from Kidal, Sikasso and Kayes attacked the army base in Koulikoro region.", "Koulikoro", "Mali"),
    ("Gunmen from Katsina and Kano killed seven villagers in Zamfara state.", "Zamfara", "Nigeria"),
    ("Armed men coming from Ouallam attacked a market in Tillaberi region.", "Tillaberi", "Niger"),
    ("Fighters from Raqqa and Deir ez-Zor ambushed an army patrol in Homs province.", "Homs", "Syria"),
])
def test_armed_people_from_a_town_strike_elsewhere(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country) == (location, country)


@pytest.mark.parametrize("text, location", [
    # the origin is still the place when the report names no other
    ("Bandits from Gusau stole forty cows on Sunday night.", "Gusau"),
    # a crowd from a town acts mostly at home: no stronger than any other origin
    ("Traders from Kano protested over new market levies.", "Kano"),
    ("Students from Kano marched in Abuja over unpaid grants.", "Abuja"),
])
def test_an_origin_alone_or_a_crowds_origin_stays_a_place(text, location):
    assert main_incident(text).location == location


def _km(incident, lat, lon):
    from geo.gazetteer import haversine_km
    return haversine_km(incident.latitude, incident.longitude, lat, lon)


# A report that names no place but its country: the capital, coarsely (geo_precision 3);
# the middle of a country is no place of events at all.
@pytest.mark.parametrize("text, country, lat, lon", [
    ("Police shot dead two robbery suspects on Tuesday, Kenyan police said.", "Kenya", -1.28, 36.82),
    ("Nigerian soldiers killed five kidnappers and freed twelve hostages.", "Nigeria", 9.06, 7.50),
    ("Haitian police arrested a gang leader accused of kidnapping missionaries.", "Haiti", 18.54, -72.34),
    ("Malian soldiers killed five jihadists and seized their weapons.", "Mali", 12.65, -8.00),
    # a country named by its own name as the place, as much as one only its actors' people name
    ("Police used tear gas on anti-corruption marchers in Uganda.", "Uganda", 0.32, 32.58),
    ("Students in Ghana marched against fee increases.", "Ghana", 5.56, -0.20),
    ("Nurses in Zimbabwe went on strike and marched over unpaid allowances.", "Zimbabwe", -17.83, 31.05),
])
def test_a_report_naming_only_its_country_is_placed_at_the_capital(text, country, lat, lon):
    incident = main_incident(text)
    assert incident.country == country and incident.geo_precision == 3
    assert _km(incident, lat, lon) < 25, (incident.location, incident.latitude, incident.longitude)


# The capital the report names and sets aside (a spokesman's seat, a dateline), or a region
# the report puts its events in, is no such fallback: the country, coarsely.
@pytest.mark.parametrize("text, country, capital", [
    ("Speaking to reporters in Abuja, an army spokesman said troops killed six bandits.", "Nigeria", "Abuja"),
    ("BAMAKO, Mali (AP) - Jihadists killed three soldiers in an ambush, the army said.", "Mali", "Bamako"),
    ("Gunmen killed four herders in the provincial capital of Zorbia province, Kenyan police said.", "Kenya", "Nairobi"),
    # a part of the country, all of it, or a border: not its capital
    ("Gunmen killed two herders in northern Kenya.", "Kenya", "Nairobi"),
    ("Riots broke out across Nigeria after the verdict.", "Nigeria", "Abuja"),
    ("Soldiers clashed with smugglers along the Chad border, the Nigerian army said.", "Nigeria", "Abuja"),
    ("A roadside bomb went off outside a little Kenyan town close to the Somali border.", "Kenya", "Nairobi"),
])
def test_a_capital_set_aside_or_a_region_named_is_no_fallback(text, country, capital):
    incident = main_incident(text)
    assert incident.country == country and incident.location != capital
