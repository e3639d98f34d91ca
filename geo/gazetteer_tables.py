"""Small tables written by this project (not copied from any third-party data set).

The packaged GeoNames-derived sources cover countries, regions and towns well but miss a
few things news text leans on:

- the abbreviations US and Canadian newspapers use for states and provinces ("Kan.",
  "W.Va.", "Ont.") and the postal codes of "Springfield, IL";
- English short forms of some countries ("Britain") and demonyms the country table lacks
  ("Saudi", "Emirati");
- rivers, seas, mountain ranges and named regions ("the Euphrates", "the West Bank",
  "Darfur"): GeoNames has them, but no installed package ships those feature classes.

Coordinates of the features are representative points written by hand (a central reach
of a river, the middle of a sea or region), good to tens of kilometres: enough to put
a report on the right part of the map, and scored as coarse places.
"""

from __future__ import annotations

# AP-style abbreviations of US states (and a few common variants) -> postal code.
US_STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO",
    "Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY",
    "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Oreg.": "OR", "Pa.": "PA",
    "Penn.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI",
    "Wisc.": "WI", "Wyo.": "WY", "D.C.": "DC",
}

# Two-letter postal codes, read as states only in "Town, ST" (see geo.places).
US_POSTAL_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)

# Abbreviations of Canadian provinces (Canadian Press style) -> ISO 3166-2 suffix.
CA_PROVINCE_ABBREVIATIONS = {
    "Ont.": "ON", "Que.": "QC", "B.C.": "BC", "Alta.": "AB", "Man.": "MB", "Sask.": "SK",
    "N.S.": "NS", "N.B.": "NB", "Nfld.": "NL", "P.E.I.": "PE",
}

# English names of countries that none of the packaged sources lists. "Congo" alone
# is, in news, the Democratic Republic (the larger country wins a shared name).
COUNTRY_ALIASES = {
    "America": "US", "Holland": "NL", "Congo": "CD", "Palestinian territories": "PS",
    "Palestinian Territories": "PS", "occupied Palestinian territories": "PS",
}

# Demonyms and adjectives missing from pycountryinfo's table (it has "Saudi Arabian").
EXTRA_DEMONYMS = {
    "Saudi": "SA", "Briton": "GB", "Scottish": "GB", "Welsh": "GB",
}

# Named features: (name, other names, latitude, longitude, ISO2 or "" when the feature
# spans several countries, GeoNames-style feature code). Regions that are also admin-1
# regions (the West Bank, Crimea, Transnistria) come from the packaged sources instead.
FEATURES = [
    # rivers
    ("Euphrates", ("Euphrates River", "River Euphrates", "Furat"), 35.0, 40.5, "", "STM"),
    ("Tigris", ("Tigris River", "River Tigris"), 34.6, 43.7, "IQ", "STM"),
    ("Nile", ("Nile River", "River Nile"), 26.0, 32.3, "", "STM"),
    ("Jordan River", ("River Jordan",), 32.3, 35.57, "", "STM"),
    ("Litani", ("Litani River",), 33.35, 35.4, "LB", "STM"),
    ("Orontes", ("Orontes River", "Asi River"), 35.2, 36.6, "SY", "STM"),
    ("Khabur", ("Khabur River",), 36.2, 40.6, "SY", "STM"),
    ("Niger River", ("River Niger",), 14.5, -4.2, "", "STM"),
    ("Benue River", (), 7.8, 8.5, "NG", "STM"),
    ("Congo River", ("River Congo",), -0.05, 18.26, "", "STM"),
    ("Shabelle", ("Shabelle River", "Shebelle", "Shabeelle"), 3.5, 45.4, "SO", "STM"),
    ("Juba River", ("Jubba River",), 1.0, 42.5, "SO", "STM"),
    ("Zambezi River", (), -16.5, 28.8, "", "STM"),
    ("Limpopo River", (), -22.3, 30.0, "", "STM"),
    ("Indus", ("Indus River",), 27.7, 68.9, "PK", "STM"),
    ("Ganges", ("Ganges River", "Ganga"), 25.3, 83.0, "IN", "STM"),
    ("Brahmaputra", ("Brahmaputra River",), 26.2, 91.7, "", "STM"),
    ("Kabul River", (), 34.4, 70.5, "AF", "STM"),
    ("Helmand River", (), 31.0, 64.2, "AF", "STM"),
    ("Amu Darya", ("Oxus",), 37.2, 67.0, "", "STM"),
    ("Dnieper", ("Dnieper River", "Dnipro River"), 47.5, 34.5, "UA", "STM"),
    ("Volga", ("Volga River",), 48.7, 44.5, "RU", "STM"),
    ("Danube", ("Danube River", "River Danube"), 44.8, 20.5, "", "STM"),
    ("Rhine", ("Rhine River", "River Rhine"), 50.9, 6.96, "", "STM"),
    ("Thames", ("River Thames", "Thames River"), 51.5, -0.12, "GB", "STM"),
    ("Mississippi River", (), 35.1, -90.1, "US", "STM"),
    ("Missouri River", (), 39.1, -94.6, "US", "STM"),
    ("Ohio River", (), 38.25, -85.76, "US", "STM"),
    ("Colorado River", (), 36.1, -112.1, "US", "STM"),
    ("Rio Grande", ("Rio Grande River",), 29.5, -101.0, "", "STM"),
    ("Hudson River", (), 41.7, -73.95, "US", "STM"),
    ("Potomac River", ("Potomac",), 38.9, -77.05, "US", "STM"),
    ("Amazon River", ("Amazon",), -3.1, -60.0, "BR", "STM"),
    ("Mekong", ("Mekong River",), 17.97, 102.6, "", "STM"),
    ("Yangtze", ("Yangtze River",), 30.6, 114.3, "CN", "STM"),
    ("Yellow River", (), 34.8, 113.7, "CN", "STM"),
    ("Irrawaddy", ("Irrawaddy River", "Ayeyarwady River"), 21.97, 96.08, "MM", "STM"),
    # lakes, seas, gulfs, straits, canals
    ("Lake Chad", (), 13.3, 14.1, "", "LK"),
    ("Lake Victoria", (), -1.0, 33.0, "", "LK"),
    ("Lake Tanganyika", (), -6.0, 29.5, "", "LK"),
    ("Lake Kivu", (), -2.0, 29.2, "", "LK"),
    ("Lake Malawi", ("Lake Nyasa",), -12.0, 34.5, "", "LK"),
    ("Lake Nasser", (), 22.8, 32.2, "EG", "LK"),
    ("Lake Michigan", (), 44.0, -87.0, "US", "LK"),
    ("Lake Erie", (), 42.2, -81.2, "", "LK"),
    ("Lake Ontario", (), 43.7, -77.9, "", "LK"),
    ("Lake Huron", (), 44.8, -82.4, "", "LK"),
    ("Lake Superior", (), 47.7, -87.5, "", "LK"),
    ("Great Salt Lake", (), 41.1, -112.5, "US", "LK"),
    ("Sea of Galilee", ("Lake Tiberias",), 32.82, 35.59, "IL", "LK"),
    ("Dead Sea", (), 31.5, 35.5, "", "LK"),
    ("Red Sea", (), 20.0, 38.0, "", "SEA"),
    ("Mediterranean", ("Mediterranean Sea",), 35.0, 18.0, "", "SEA"),
    ("Black Sea", (), 43.0, 34.0, "", "SEA"),
    ("Caspian Sea", (), 42.0, 50.5, "", "LK"),
    ("Sea of Azov", (), 46.0, 36.5, "", "SEA"),
    ("Aegean Sea", ("Aegean",), 39.0, 25.0, "", "SEA"),
    ("Adriatic Sea", ("Adriatic",), 43.0, 15.0, "", "SEA"),
    ("Baltic Sea", (), 58.0, 20.0, "", "SEA"),
    ("North Sea", (), 56.0, 3.0, "", "SEA"),
    ("Arabian Sea", (), 15.0, 65.0, "", "SEA"),
    ("South China Sea", (), 12.0, 113.0, "", "SEA"),
    ("East China Sea", (), 29.0, 125.0, "", "SEA"),
    ("Caribbean Sea", ("Caribbean",), 15.0, -75.0, "", "SEA"),
    ("Persian Gulf", ("Arabian Gulf",), 27.0, 51.0, "", "GULF"),
    ("Gulf of Aden", (), 12.5, 48.0, "", "GULF"),
    ("Gulf of Oman", (), 24.5, 58.5, "", "GULF"),
    ("Gulf of Guinea", (), 2.0, 4.0, "", "GULF"),
    ("Gulf of Mexico", (), 25.0, -90.0, "", "GULF"),
    ("Gulf of Aqaba", (), 28.75, 34.75, "", "GULF"),
    ("Strait of Hormuz", (), 26.57, 56.25, "", "STRT"),
    ("Bab el-Mandeb", ("Bab al-Mandab",), 12.6, 43.3, "", "STRT"),
    ("Suez Canal", (), 30.6, 32.3, "EG", "CNL"),
    ("Panama Canal", (), 9.1, -79.7, "PA", "CNL"),
    ("English Channel", (), 50.2, -1.0, "", "CHN"),
    ("Puget Sound", (), 47.6, -122.4, "US", "SD"),
    ("Atlantic Ocean", ("Atlantic",), 10.0, -30.0, "", "OCN"),
    ("Pacific Ocean", ("Pacific",), 0.0, -160.0, "", "OCN"),
    ("Indian Ocean", (), -10.0, 75.0, "", "OCN"),
    ("Arctic Ocean", ("Arctic",), 85.0, 0.0, "", "OCN"),
    # mountains
    ("Himalayas", ("Himalaya",), 28.6, 84.0, "", "MTS"),
    ("Hindu Kush", (), 35.5, 70.5, "", "MTS"),
    ("Alps", (), 46.5, 10.0, "", "MTS"),
    ("Andes", (), -15.0, -70.0, "", "MTS"),
    ("Rocky Mountains", ("Rockies",), 42.0, -108.0, "", "MTS"),
    ("Appalachian Mountains", ("Appalachians",), 37.0, -81.0, "US", "MTS"),
    ("Atlas Mountains", (), 31.5, -5.0, "", "MTS"),
    ("Ural Mountains", ("Urals",), 60.0, 60.0, "RU", "MTS"),
    ("Zagros Mountains", ("Zagros",), 33.5, 47.0, "", "MTS"),
    ("Caucasus", ("Caucasus Mountains", "Caucasus region"), 42.5, 44.5, "", "MTS"),
    ("Tora Bora", (), 34.1, 70.2, "AF", "MTS"),
    ("Nuba Mountains", (), 11.0, 30.0, "SD", "MTS"),
    ("Jebel Marra", (), 13.0, 24.3, "SD", "MTS"),
    ("Sinjar Mountains", ("Mount Sinjar",), 36.4, 41.85, "IQ", "MTS"),
    ("Qandil Mountains", ("Qandil",), 36.4, 45.1, "IQ", "MTS"),
    # regions, areas and peninsulas
    ("Golan Heights", ("Golan",), 33.0, 35.75, "SY", "RGN"),
    ("Sinai", ("Sinai Peninsula",), 29.5, 33.8, "EG", "PEN"),
    ("Darfur", (), 13.5, 24.0, "SD", "RGN"),
    ("Kordofan", (), 12.5, 29.5, "SD", "RGN"),
    ("Donbas", ("Donbass",), 48.0, 38.0, "UA", "RGN"),
    ("Kurdistan", ("Iraqi Kurdistan", "Kurdistan Region"), 36.2, 44.0, "IQ", "RGN"),
    ("Kashmir", (), 34.0, 75.0, "", "RGN"),
    ("Waziristan", (), 32.6, 69.8, "PK", "RGN"),
    ("South Ossetia", ("Tskhinvali Region",), 42.33, 44.0, "GE", "RGN"),
    ("Nagorno-Karabakh", ("Karabakh",), 39.8, 46.75, "AZ", "RGN"),
    ("Ogaden", (), 7.0, 44.5, "ET", "RGN"),
    ("Sahel", (), 15.0, 0.0, "", "RGN"),
    ("Sahara", ("Sahara Desert",), 23.0, 13.0, "", "DSRT"),
    ("Horn of Africa", (), 8.0, 46.0, "", "RGN"),
    ("Middle East", ("Mideast",), 29.0, 42.0, "", "RGN"),
    ("Levant", (), 33.5, 36.0, "", "RGN"),
    ("Maghreb", (), 31.0, 3.0, "", "RGN"),
    ("Balkans", (), 43.0, 21.0, "", "RGN"),
    ("Central Asia", (), 43.0, 65.0, "", "RGN"),
    ("Southeast Asia", (), 10.0, 105.0, "", "RGN"),
    ("West Africa", (), 12.0, -2.0, "", "RGN"),
    ("East Africa", (), 0.0, 36.0, "", "RGN"),
    ("North Africa", (), 26.0, 15.0, "", "RGN"),
    ("Central America", (), 13.0, -86.0, "", "RGN"),
    ("Latin America", (), -10.0, -60.0, "", "RGN"),
    ("Scandinavia", (), 62.0, 15.0, "", "RGN"),
    ("Arabian Peninsula", (), 23.0, 46.0, "", "PEN"),
    ("Korean Peninsula", (), 38.0, 127.5, "", "PEN"),
]
