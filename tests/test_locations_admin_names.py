"""ACLED's notes write a place with its admin chain in the monitor's own spellings of the
units: "Oldtown (District, Region)". Those spellings are often not GeoNames' ("Middle
Shabelle" for Middle Shebelle, "Rural Damascus" for Rif Dimashq, "Shan-North" for a half
of Shan State, "FCT" for Abuja's territory); ``geo/data/gazetteer/admin_names.toml`` ties
them to the unit, so the bracket keeps the town in its region instead of sending it to a
namesake abroad. All sentences are written for these tests.
"""

from __future__ import annotations

import importlib.util
import tomllib
import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from geo.gazetteer import load_gazetteer
from geo.incidents import extract_incidents_from_text
from geo.incidents.admin_brackets import bracket_regions

_ADMIN = ("ADM1", "ADM2")


def _key(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("-", " ").replace("'", "")


def _table() -> dict[str, dict[str, str]]:
    return tomllib.loads(resources.files("geo").joinpath("data", "gazetteer", "admin_names.toml").read_text("utf-8"))


_SPELLINGS = [(iso, spelling) for iso, names in _table().items() for spelling in names]


@pytest.mark.parametrize("iso, spelling", _SPELLINGS)
def test_each_spelling_of_the_table_names_an_admin_unit_of_its_country(iso, spelling):
    """Indexed for the unit, or (a town's name, which in text stays the town) read as the
    unit when a note's bracket closes with it."""
    gz = load_gazetteer()
    found = [p for p in gz.lookup(spelling) if p.country_code == iso and p.feature_code in _ADMIN]
    found = found or [p for p in bracket_regions(gz, spelling, (iso,)) if p.country_code == iso]
    assert found, (iso, spelling)


def test_the_conflict_countries_admin_spellings_all_resolve():
    """The list of scripts/check_admin_names.py (the common spellings of each conflict
    country's regions): every one names an admin unit of its country."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "check_admin_names.py"
    spec = importlib.util.spec_from_file_location("check_admin_names", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gz = load_gazetteer()
    missing = [(iso, n) for iso, names in module.SPELLINGS.items() for n in names
               if not any(p.country_code == iso and p.feature_code in _ADMIN for p in gz.lookup(n))
               and not any(p.country_code == iso for p in bracket_regions(gz, n, (iso,)))]
    assert not missing


def _first(text: str):
    incidents = extract_incidents_from_text(text, "2023-06-10")
    assert incidents, text
    return incidents[0]


# (note, the place's name, its admin-1 as the gazetteer writes it, country)
_NOTES = [
    # Somalia
    ("On 12 August 2022, Somali National Army forces clashed with Al Shabaab in Jowhar (Jowhar, Middle Shabelle). "
     "2 fatalities.", "Jowhar", "Middle Shebelle", "Somalia"),
    ("On 9 March 2021, an IED planted by Al Shabaab went off near Afgooye (Afgooye, Lower Shabelle), killing one soldier.",
     "Afgooye", "Lower Shebelle", "Somalia"),
    ("On 2 May 2023, Al Shabaab fighters ambushed an army convoy near Dhusamareb (Dhusamareb, Galgaduud). "
     "4 soldiers were killed.", "Dhusamareb", "Galguduud", "Somalia"),
    # Yemen
    ("On 18 October 2022, Houthi forces and Southern Transitional Council forces fought in Qatabah (Qatabah, Al Dhale'e). "
     "3 fighters were killed.", "Qatabah", "Ad Dali'", "Yemen"),
    ("On 1 April 2021, AQAP militants attacked a checkpoint in Shibam (Shibam, Hadramawt), killing a soldier.",
     "Shibam", "Hadhramaut", "Yemen"),
    ("On 5 July 2022, Houthi forces shelled Hays (Hays, Al Hudaydah), killing 2 civilians.", "Hays", "Al Hudaydah", "Yemen"),
    # Syria
    ("On 2 March 2022, an IED exploded in Douma (Duma, Rural Damascus), wounding 2 civilians.", "Douma", "Rif Dimashq", "Syria"),
    ("On 20 January 2022, ISIS militants attacked SDF positions in Tabqa (Al-Thawrah, Ar-Raqqa). 2 SDF fighters were killed.",
     "Tabqa", "Al-Raqqah", "Syria"),
    ("On 11 May 2022, unidentified gunmen shot dead a man in Jableh (Jablah, Lattakia).", "Jableh", "Latakia", "Syria"),
    # Iraq
    ("On 9 September 2022, ISIS militants attacked an Iraqi army post near Sinjar (Sinjar, Ninewa), killing 2 soldiers.",
     "Sinjar", "Nineveh", "Iraq"),
    ("On 14 February 2023, an IED struck a PMF vehicle near Samarra (Samarra, Salah al-Din). 3 PMF members were killed.",
     "Samarra", "Saladin", "Iraq"),
    ("On 5 May 2022, tribal clashes broke out in Al Zubayr (Al-Zubair, Basrah), killing one man.", "Zubayr", "Basra", "Iraq"),
    # Ukraine and Russia
    ("On 3 May 2023, Russian forces shelled Huliaipole (Polohivskyi, Zaporizhia). 2 civilians were killed.",
     "Huliaipole", "Zaporizka", "Ukraine"),
    ("On 8 June 2023, Russian artillery hit Orikhiv (Polohivskyi, Zaporizhia), killing a civilian.",
     "Orikhiv", "Zaporizka", "Ukraine"),
    ("On 10 March 2023, unidentified gunmen attacked a police post in Nalchik (Nalchik, Kabardino-Balkaria). "
     "1 police officer was killed.", "Nalchik", "Kabardino-Balkar", "Russia"),
    # Myanmar
    ("On 9 November 2023, TNLA fighters clashed with military forces in Lashio (Lashio, Shan-North).", "Lashio", "Shan", "Myanmar"),
    ("On 1 August 2022, PDF fighters attacked a police station in Taungoo (Taungoo, Bago-East), killing 2 police officers.",
     "Taungoo", "Bago", "Myanmar"),
    ("On 4 April 2023, the military junta bombed villages of Kyaukme (Kyaukme, Shan-North). 3 civilians were killed.",
     "Kyaukme", "Shan", "Myanmar"),
    # Nigeria: the capital territory by its abbreviation
    ("On 6 July 2022, gunmen stormed the prison in Kuje (Kuje, FCT), freeing inmates. 1 guard was killed.",
     "Kuje", "Abuja Federal Capital Territory", "Nigeria"),
    ("On 2 October 2021, kidnappers abducted 3 residents in Gwagwalada (Gwagwalada, FCT).",
     "Gwagwalada", "Abuja Federal Capital Territory", "Nigeria"),
    ("On 5 April 2022, police clashed with robbers in Bwari (Bwari, FCT). 2 robbers were killed.",
     "Bwari", "Abuja Federal Capital Territory", "Nigeria"),
    # Philippines: a region whose name ends in a kind word
    ("On 3 May 2022, BIFF militants clashed with Philippine army troops in Datu Piang (Maguindanao, Bangsamoro Autonomous "
     "Region in Muslim Mindanao). 2 soldiers were killed.", "Datu Piang", "Autonomous Region in Muslim Mindanao", "Philippines"),
    ("On 7 June 2022, NPA rebels ambushed soldiers in Midsayap (North Cotabato, Soccsksargen), killing one soldier.",
     "Midsayap", "Soccsksargen", "Philippines"),
    ("On 1 September 2022, unidentified gunmen shot dead a radio broadcaster in Quezon City (Metropolitan Manila, "
     "National Capital Region).", "Quezon", "National Capital Region (Metro Manila)", "Philippines"),
    # Ethiopia, Pakistan
    ("On 3 March 2021, unidentified gunmen attacked a bus near Asosa (Asosa, Benshangul/Gumuz), killing 4 passengers.",
     "Asosa", "Benishangul-Gumuz", "Ethiopia"),
    ("On 9 May 2023, party supporters rioted and clashed with police in Islamabad (Islamabad, Islamabad Capital Territory).",
     "Islamabad", "Islamabad", "Pakistan"),
    ("On 16 July 2022, TTP militants attacked a police checkpoint in Bannu (Bannu, Khyber Pakhtunkhwa), killing 2 police "
     "officers.", "Bannu", "Khyber Pakhtunkhwa", "Pakistan"),
]


@pytest.mark.parametrize("note, location, admin1, country", _NOTES)
def test_a_town_in_brackets_lies_in_the_region_the_note_spells_its_own_way(note, location, admin1, country):
    inc = _first(note)
    assert _key(location) in _key(inc.location), (note, inc.location, inc.admin1, inc.country)
    assert _key(inc.admin1) == _key(admin1), (note, inc.admin1)
    assert inc.country == country, (note, inc.country)


# A village the gazetteer holds only abroad (a name shared with a foreign town): the
# region the bracket names, coarsely, rather than the namesake abroad.
@pytest.mark.parametrize("note, admin1, country", [
    ("On 4 June 2023, Al Shabaab militants attacked an army base in Balcad (Balcad, Middle Shabelle), killing 3 soldiers.",
     "Middle Shebelle", "Somalia"),
    ("On 6 June 2023, Houthi forces shelled Bristol (Al Hudaydah), killing 2 civilians.", "Al Hudaydah", "Yemen"),
    ("On 12 January 2021, Gumuz militiamen attacked civilians in Melbourne (Benshangul/Gumuz). 8 civilians were killed.",
     "Benishangul-Gumuz", "Ethiopia"),
])
def test_a_village_known_only_abroad_falls_back_to_the_region_in_brackets(note, admin1, country):
    inc = _first(note)
    assert inc.country == country, (note, inc.location, inc.country)
    assert _key(inc.admin1) == _key(admin1), (note, inc.admin1)
    assert inc.geo_precision == 3, (note, inc.location, inc.geo_precision)


@pytest.mark.parametrize("note, district, country", [
    ("On 7 May 2023, Syrian regime forces shelled Kafr Qarnabeh (Ariha, Idleb). 1 civilian was killed.", "Ariha", "Syria"),
    ("On 2 February 2022, military forces raided Thayet Pin Kone (Pyay, Bago-West) and killed a resident.", "Pyay", "Myanmar"),
    ("On 5 August 2022, Houthi snipers shot a woman in Jabal Qarnab (Qatabah, Al Dhale'e).", "Qatabah", "Yemen"),
])
def test_a_village_the_gazetteer_lacks_falls_back_to_the_district_in_brackets(note, district, country):
    inc = _first(note)
    assert _key(district) in _key(inc.location), (note, inc.location)
    assert inc.country == country, (note, inc.country)
    assert inc.geo_precision == 2, (note, inc.location, inc.geo_precision)


@pytest.mark.parametrize("note", [
    "On 4 June 2023, ISWAP fighters attacked a base in Monguno (ISWAP).",
    "On 4 June 2023, RSF fighters looted shops (RSF) in the market.",
    "On 4 June 2023, fighters of the group (FCT) were arrested.",
])
def test_an_abbreviation_alone_in_brackets_is_no_admin_chain(note):
    incidents = extract_incidents_from_text(note, "2023-06-04")
    assert all(i.admin1 != "Abuja Federal Capital Territory" for i in incidents), note
