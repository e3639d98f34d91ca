"""Which admin-unit spellings of conflict reports the gazetteer does not resolve to an
admin unit (admin-1 or admin-2) of the right country.

The list is written from general knowledge of each country's administrative units in
their common English or transliterated spellings (the ones conflict monitors and wire
reports use). Run from the repository root: ``python scripts/check_admin_names.py``
(``--all`` prints the resolved names too)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's geo

# ISO2 -> spellings of admin-1 units (and a few main admin-2 ones)
SPELLINGS = {
    "SO": ["Banadir", "Middle Shabelle", "Lower Shabelle", "Lower Juba", "Middle Juba", "Gedo", "Bay", "Bakool",
           "Hiraan", "Galgaduud", "Mudug", "Nugaal", "Bari", "Sanaag", "Sool", "Togdheer", "Woqooyi Galbeed", "Awdal"],
    "YE": ["Al Hudaydah", "Taizz", "Marib", "Al Bayda", "Sanaa", "Amanat al Asimah", "Aden", "Lahij", "Abyan",
           "Shabwah", "Hadramawt", "Al Mahrah", "Al Jawf", "Saada", "Hajjah", "Ibb", "Dhamar", "Al Dhale'e",
           "Raymah", "Amran", "Al Mahwit", "Socotra"],
    "SY": ["Deir ez-Zor", "Ar-Raqqa", "Idleb", "Rural Damascus", "Damascus", "Aleppo", "Hama", "Homs", "Lattakia",
           "Tartous", "Al-Hasakeh", "Dar'a", "As-Sweida", "Quneitra"],
    "IQ": ["Ninewa", "Salah al-Din", "Anbar", "Kirkuk", "Diyala", "Baghdad", "Babil", "Basrah", "Erbil", "Duhok",
           "Sulaymaniyah", "Wasit", "Maysan", "Dhi Qar", "Muthanna", "Qadissiya", "Najaf", "Kerbala"],
    "UA": ["Donetsk", "Zaporizhia", "Kharkiv", "Luhansk", "Kherson", "Mykolaiv", "Dnipropetrovsk", "Sumy",
           "Chernihiv", "Kyiv", "Odesa", "Lviv", "Poltava", "Kirovohrad", "Vinnytsia", "Khmelnytskyi", "Zhytomyr",
           "Rivne", "Volyn", "Ternopil", "Ivano-Frankivsk", "Zakarpattia", "Chernivtsi", "Cherkasy", "Crimea"],
    "RU": ["Belgorod", "Kursk", "Bryansk", "Rostov", "Krasnodar", "Voronezh", "Moscow Oblast", "Dagestan",
           "Chechnya", "Kabardino-Balkaria", "Ingushetia"],
    "SD": ["North Darfur", "South Darfur", "West Darfur", "Central Darfur", "East Darfur", "Khartoum", "Al Jazirah",
           "North Kordofan", "South Kordofan", "West Kordofan", "Blue Nile", "White Nile", "Sennar", "Kassala",
           "Gedaref", "Red Sea", "River Nile", "Northern"],
    "MM": ["Sagaing", "Magway", "Rakhine", "Shan-North", "Shan-South", "Shan-East", "Kachin", "Kayah", "Kayin", "Chin",
           "Mon", "Tanintharyi", "Bago-East", "Bago-West", "Mandalay", "Ayeyarwady", "Yangon", "Nay Pyi Taw"],
    "CD": ["Nord-Kivu", "Sud-Kivu", "Ituri", "Tanganyika", "Maniema", "Kasai", "Kasai-Central", "Kinshasa",
           "Haut-Katanga", "Haut-Uele", "Bas-Uele", "Tshopo", "Mai-Ndombe", "Kongo-Central"],
    "BF": ["Sahel", "Centre-Nord", "Est", "Boucle du Mouhoun", "Nord", "Centre-Est", "Centre-Ouest", "Cascades",
           "Hauts-Bassins", "Sud-Ouest", "Centre", "Plateau-Central", "Centre-Sud"],
    "ML": ["Mopti", "Segou", "Tombouctou", "Gao", "Kidal", "Menaka", "Kayes", "Koulikoro", "Sikasso", "Bamako"],
    "NE": ["Tillaberi", "Diffa", "Tahoua", "Maradi", "Zinder", "Agadez", "Dosso", "Niamey"],
    "NG": ["Borno", "Zamfara", "FCT", "Yobe", "Adamawa", "Kaduna", "Katsina", "Sokoto", "Niger", "Plateau", "Benue",
           "Kogi", "Rivers", "Delta", "Bayelsa", "Imo", "Anambra", "Lagos", "Kebbi", "Nasarawa", "Taraba", "Ebonyi"],
    "ET": ["Amhara", "Oromia", "Tigray", "Afar", "Somali", "Benshangul/Gumuz", "Gambela", "SNNP", "Sidama",
           "Addis Ababa", "Dire Dawa"],
    "MZ": ["Cabo Delgado", "Niassa", "Nampula", "Sofala", "Manica", "Zambezia", "Tete", "Maputo"],
    "PK": ["Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Islamabad Capital Territory",
           "Gilgit-Baltistan", "Azad Kashmir"],
    "AF": ["Helmand", "Kandahar", "Nangarhar", "Kunar", "Kabul", "Balkh", "Herat", "Kunduz", "Badakhshan", "Ghazni",
           "Paktia", "Paktika", "Khost", "Zabul", "Uruzgan", "Farah", "Faryab", "Jowzjan", "Takhar", "Baghlan",
           "Panjshir", "Logar", "Wardak", "Laghman", "Nuristan"],
    "IN": ["Manipur", "Jammu and Kashmir", "Chhattisgarh", "Jharkhand", "Odisha", "Uttar Pradesh", "West Bengal",
           "Assam", "Punjab", "Maharashtra", "Tamil Nadu", "Telangana", "Nagaland", "Bihar", "Delhi"],
    "MX": ["Michoacan", "Guerrero", "Jalisco", "Guanajuato", "Zacatecas", "Tamaulipas", "Sinaloa", "Sonora",
           "Chihuahua", "Baja California", "Veracruz", "Oaxaca", "Chiapas", "Morelos", "Mexico", "Nuevo Leon",
           "Ciudad de Mexico", "Quintana Roo"],
    "CO": ["Cauca", "Antioquia", "Narino", "Choco", "Norte de Santander", "Arauca", "Valle del Cauca", "Bolivar",
           "Cordoba", "Meta", "Guaviare", "Caqueta", "Putumayo", "Bogota D.C."],
    "HT": ["Ouest", "Artibonite", "Centre", "Nord", "Nord-Est", "Nord-Ouest", "Sud", "Sud-Est", "Grand'Anse",
           "Nippes"],
    "PH": ["Maguindanao", "Lanao del Sur", "Sulu", "Basilan", "Cotabato", "North Cotabato", "Sultan Kudarat",
           "Negros Oriental", "Samar", "Northern Samar", "Davao de Oro", "Bukidnon", "Zamboanga del Norte",
           "Metropolitan Manila", "Abra"],
    "CM": ["Far North", "North-West", "South-West", "Adamaoua"],
    "TD": ["Lac", "Ouaddai"],
    "CF": ["Ouham", "Ouham-Pende", "Haute-Kotto", "Vakaga", "Mbomou", "Haut-Mbomou", "Nana-Mambere"],
    "SS": ["Jonglei", "Unity", "Upper Nile", "Warrap", "Lakes", "Central Equatoria", "Western Equatoria",
           "Eastern Equatoria", "Western Bahr el Ghazal", "Northern Bahr el Ghazal"],
    "LB": ["Nabatieh", "South", "Beirut", "Bekaa", "Baalbek-Hermel", "Mount Lebanon", "North", "Akkar"],
    # (Gaza's and the West Bank's governorates are named after their towns: a bracket's
    # district item finds the town, so only the two admin-1 units and their other names here)
    "PS": ["Gaza Strip", "West Bank", "North Gaza", "Deir El Balah", "Rafah", "Jenin",
           "Nablus", "Tulkarm", "Hebron"],
    "LY": ["Tripoli", "Misrata", "Benghazi", "Sirte"],
}


def main(argv: list[str]) -> int:
    from geo.gazetteer import load_gazetteer
    from geo.incidents.admin_brackets import bracket_regions

    gz = load_gazetteer()
    show_all = "--all" in argv
    misses = 0
    total = 0
    for iso, names in SPELLINGS.items():
        for name in names:
            total += 1
            found = [p for p in gz.lookup(name) if p.country_code == iso and (p.is_admin1 or p.is_admin2)]
            # as a note's bracket reads it (a region written as its main town is spelled, too)
            found = found or [p for p in bracket_regions(gz, name, (iso,)) if p.country_code == iso]
            if not found:
                misses += 1
                print(f"MISS {iso} {name}")
            elif show_all:
                print(f"ok   {iso} {name} -> {found[0].name} ({found[0].feature_code})")
    print(f"{misses} of {total} spellings not resolved to an admin unit of their country")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
