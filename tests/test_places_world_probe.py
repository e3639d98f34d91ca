"""World newswire probe: sentences in the style of wire reports and ACLED notes from
conflicts around the world (written for this test, not taken from any evaluation file),
with the places and countries a reader expects.

Each case names the span as written, the place's ISO2 country and, for a town, where it
is (the town's own point, within ``NEAR_KM``). The families fixed while writing the
probe have their own tests below it.
"""

from __future__ import annotations

import pytest

from geo.gazetteer import haversine_km, normalize_name
from geo.places import parse_places, resolve_spans

NEAR_KM = 50.0

PROBE = [
    ('KYIV, Ukraine (AP) — Russian missiles struck an energy facility near Kharkiv overnight, killing two workers, the regional governor said.',
     [('KYIV', 'UA', 50.45, 30.52), ('Ukraine', 'UA'), ('Kharkiv', 'UA', 49.99, 36.23)]),
    ('ZAPORIZHZHIA, Ukraine (Reuters) - Shelling of Nikopol across the Dnipro River wounded four civilians on Tuesday, officials said.',
     [('ZAPORIZHZHIA', 'UA', 47.84, 35.14), ('Nikopol', 'UA', 47.57, 34.39)]),
    ('Ukrainian forces said they repelled assaults near Bakhmut and Avdiivka in the Donetsk region.',
     [('Bakhmut', 'UA', 48.59, 38.0), ('Avdiivka', 'UA', 48.14, 37.74), ('Donetsk', 'UA', 48.0, 37.8)]),
    ("Russia's defence ministry said air defences downed drones over the Belgorod and Kursk regions.",
     [('Russia', 'RU'), ('Kursk', 'RU', 51.73, 36.19)]),
    ('Residents of Mariupol, the port city on the Sea of Azov, said shelling had destroyed the drama theatre.',
     [('Mariupol', 'UA', 47.1, 37.55)]),
    ('Russian troops shelled Kharkov and Kherson, killing three civilians, the Ukrainian military said.',
     [('Kharkov', 'UA', 49.99, 36.23), ('Kherson', 'UA', 46.64, 32.6)]),
    ('ADEN, Yemen (Reuters) - Houthi forces fired missiles at a ship in the Red Sea off the port of Hodeidah, the U.S. military said.',
     [('ADEN', 'YE', 12.78, 45.04), ('Yemen', 'YE'), ('Hodeidah', 'YE', 14.8, 42.95)]),
    ('Clashes between government forces and the Houthis near Marib killed at least 12 fighters, military sources said.',
     [('Marib', 'YE', 15.46, 45.32)]),
    ('A Saudi-led coalition air strike hit a market in Saada province, killing 10 civilians, medics in Sanaa said.',
     [('Saada', 'YE', 16.94, 43.76), ('Sanaa', 'YE', 15.35, 44.2)]),
    ('Houthi snipers killed two children in the besieged city of Taiz, a local official said.',
     [('Taiz', 'YE', 13.58, 44.02)]),
    ('DAMASCUS (Reuters) - Syrian and Russian warplanes bombed villages in Idlib province on Sunday, rescuers said.',
     [('DAMASCUS', 'SY', 33.51, 36.29), ('Idlib', 'SY', 35.93, 36.63)]),
    ('U.S.-backed Syrian Democratic Forces said they captured Islamic State suspects in Deir ez-Zor province.',
     [('Deir ez-Zor', 'SY', 35.34, 40.14)]),
    ('A car bomb exploded in Deir al-Zour on Monday, killing five people, while clashes continued in Raqqa.',
     [('Deir al-Zour', 'SY', 35.34, 40.14), ('Raqqa', 'SY', 35.95, 39.01)]),
    ('Turkish-backed fighters shelled villages near Manbij and Kobani, the Kurdish-led SDF said.',
     [('Manbij', 'SY', 36.53, 37.95), ('Kobani', 'SY', 36.89, 38.35)]),
    ('BAGHDAD (AP) — A roadside bomb struck an army patrol near Mosul, killing three soldiers, Iraqi officials said.',
     [('BAGHDAD', 'IQ', 33.34, 44.4), ('Mosul', 'IQ', 36.34, 43.13)]),
    ('Gunmen attacked a checkpoint in Falluja, in Anbar province west of Baghdad, killing two policemen.',
     [('Falluja', 'IQ', 33.35, 43.78), ('Anbar', 'IQ'), ('Baghdad', 'IQ', 33.34, 44.4)]),
    ('Kurdish officials in Erbil said Turkish drones struck a vehicle near Sulaimaniyah, killing three PKK members.',
     [('Erbil', 'IQ', 36.19, 44.01), ('Sulaimaniyah', 'IQ', 35.56, 45.43)]),
    ('BENGHAZI, Libya (Reuters) - Forces loyal to eastern commander Khalifa Haftar clashed with rivals south of Tripoli.',
     [('BENGHAZI', 'LY', 32.12, 20.07), ('Libya', 'LY'), ('Tripoli', 'LY', 32.89, 13.19)]),
    ('Militias from Misrata pushed toward Sirte, where Islamic State fighters were holed up.',
     [('Misrata', 'LY', 32.38, 15.09), ('Sirte', 'LY', 31.2, 16.59)]),
    ('KHARTOUM (Reuters) - The Rapid Support Forces shelled Omdurman and attacked El Fasher, the capital of North Darfur, residents said.',
     [('KHARTOUM', 'SD', 15.55, 32.53), ('Omdurman', 'SD', 15.64, 32.48), ('El Fasher', 'SD', 13.63, 25.35)]),
    ('The RSF killed dozens of Masalit civilians in El Geneina, West Darfur, the United Nations said.',
     [('El Geneina', 'SD', 13.45, 22.45)]),
    ('Fighting spread to Wad Madani, the capital of Gezira state, forcing thousands to flee.',
     [('Wad Madani', 'SD', 14.4, 33.52)]),
    ('BAMAKO, March 3 (Reuters) - Jihadists killed 20 soldiers in an attack on an army post near Menaka in northeastern Mali.',
     [('BAMAKO', 'ML', 12.65, -8.0), ('Menaka', 'ML', 15.92, 2.4), ('Mali', 'ML')]),
    ('OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadists attacked the town of Djibo in the north, killing dozens of civilians.',
     [('OUAGADOUGOU', 'BF', 12.37, -1.53), ('Burkina Faso', 'BF'), ('Djibo', 'BF', 14.1, -1.63)]),
    ('NIAMEY, Niger — Gunmen killed 17 soldiers near Tillaberi close to the border with Mali, the defence ministry said.',
     [('NIAMEY', 'NE', 13.51, 2.11), ('Niger', 'NE'), ('Tillaberi', 'NE', 14.21, 1.45)]),
    ('MAIDUGURI, Nigeria (Reuters) - Boko Haram insurgents killed 15 farmers outside Maiduguri, the capital of Borno state.',
     [('MAIDUGURI', 'NG', 11.85, 13.16), ('Nigeria', 'NG'), ('Borno', 'NG')]),
    ('Gunmen abducted 30 students from a school in Zamfara state in northwestern Nigeria, police said.',
     [('Zamfara', 'NG'), ('Nigeria', 'NG')]),
    ('GOMA, Democratic Republic of Congo (Reuters) - M23 rebels seized the town of Rutshuru in North Kivu province.',
     [('GOMA', 'CD', -1.68, 29.22), ('Rutshuru', 'CD', -1.18, 29.45), ('North Kivu', 'CD')]),
    ('ADF militants killed 40 villagers near Beni and Butembo, an army spokesman said.',
     [('Beni', 'CD', 0.49, 29.47), ('Butembo', 'CD', 0.14, 29.29)]),
    ("MOGADISHU (Reuters) - Al Shabaab fighters attacked a military base in Lower Shabelle region, Somalia's army said.",
     [('MOGADISHU', 'SO', 2.04, 45.34), ('Lower Shabelle', 'SO'), ('Somalia', 'SO')]),
    ('A suicide bomber struck a restaurant in Baidoa, while Kenyan troops repelled an attack near Kismayo.',
     [('Baidoa', 'SO', 3.11, 43.65), ('Kismayo', 'SO', -0.36, 42.55)]),
    ("YANGON, Myanmar (AP) — Myanmar's military carried out air strikes on villages in Sagaing region, killing at least 30 people.",
     [('YANGON', 'MM', 16.8, 96.15), ('Myanmar', 'MM'), ('Sagaing', 'MM')]),
    ('Resistance fighters seized Myawaddy on the Thai border, while fighting continued in Lashio in northern Shan state.',
     [('Myawaddy', 'MM', 16.69, 98.5), ('Lashio', 'MM', 22.93, 97.75), ('Shan', 'MM')]),
    ('MEXICO CITY (Reuters) - Gunmen killed eight people at a bar in Celaya in the central state of Guanajuato, officials said.',
     [('MEXICO CITY', 'MX', 19.43, -99.13), ('Celaya', 'MX', 20.52, -100.81), ('Guanajuato', 'MX')]),
    ('Cartel violence in Culiacan, Sinaloa, left 12 dead over the weekend.',
     [('Culiacan', 'MX', 24.8, -107.39), ('Sinaloa', 'MX')]),
    ('BOGOTA, Colombia (AP) — ELN rebels attacked a police station in Arauca near the Venezuelan border.',
     [('BOGOTA', 'CO', 4.61, -74.08), ('Colombia', 'CO'), ('Arauca', 'CO', 7.08, -70.76)]),
    ('PORT-AU-PRINCE, Haiti (AP) — Gang members killed 20 people in Cite Soleil, a human rights group said.',
     [('PORT-AU-PRINCE', 'HT', 18.54, -72.34), ('Haiti', 'HT')]),
    ("SRINAGAR, India (Reuters) - Suspected militants killed two soldiers in Kashmir's Anantnag district, police said.",
     [('SRINAGAR', 'IN', 34.08, 74.8), ('India', 'IN'), ('Anantnag', 'IN', 33.73, 75.15)]),
    ('PESHAWAR, Pakistan (Reuters) - A suicide bomber killed 12 police officers in Khyber Pakhtunkhwa province.',
     [('PESHAWAR', 'PK', 34.0, 71.57), ('Pakistan', 'PK'), ('Khyber Pakhtunkhwa', 'PK')]),
    ('Baloch separatists attacked a train near Quetta, the capital of Balochistan, killing 10 passengers.',
     [('Quetta', 'PK', 30.19, 67.0), ('Balochistan', 'PK')]),
    ('KABUL (Reuters) - A blast at a mosque in Kandahar killed 30 worshippers, Taliban officials said.',
     [('KABUL', 'AF', 34.53, 69.17), ('Kandahar', 'AF', 31.61, 65.71)]),
    ('Taliban fighters overran checkpoints near Kunduz and Mazar-i-Sharif, while a bomb exploded in Jalalabad.',
     [('Kunduz', 'AF', 36.73, 68.86), ('Mazar-i-Sharif', 'AF', 36.7, 67.1), ('Jalalabad', 'AF', 34.43, 70.45)]),
    ('GAZA (Reuters) - Israeli air strikes on Khan Younis and Rafah killed 25 Palestinians, Gaza health officials said.',
     [('GAZA', 'PS', 31.5, 34.47), ('Khan Younis', 'PS', 31.34, 34.3), ('Rafah', 'PS', 31.29, 34.25)]),
    ('Israeli troops raided Jenin in the occupied West Bank, killing three Palestinians, the health ministry said.',
     [('Jenin', 'PS', 32.46, 35.3), ('West Bank', 'PS')]),
    ('BEIRUT (Reuters) - An Israeli drone strike on a car near Nabatieh in southern Lebanon killed two Hezbollah members.',
     [('BEIRUT', 'LB', 33.89, 35.5), ('Nabatieh', 'LB', 33.38, 35.48), ('Lebanon', 'LB')]),
    ('ADDIS ABABA (Reuters) - Fano militiamen clashed with federal troops near Bahir Dar in the Amhara region.',
     [('ADDIS ABABA', 'ET', 9.02, 38.75), ('Bahir Dar', 'ET', 11.59, 37.39), ('Amhara', 'ET')]),
    ('Tigrayan forces withdrew from Mekelle as federal troops advanced, a spokesman said.',
     [('Mekelle', 'ET', 13.5, 39.47)]),
    ("MAPUTO (Reuters) - Islamist insurgents attacked Mocimboa da Praia in Cabo Delgado province, Mozambique's police said.",
     [('MAPUTO', 'MZ', -25.97, 32.57), ('Mocimboa da Praia', 'MZ', -11.35, 40.35), ('Cabo Delgado', 'MZ'), ('Mozambique', 'MZ')]),
    ('MANILA (Reuters) - Soldiers killed five Abu Sayyaf militants on Jolo island in Sulu province, the army said.',
     [('MANILA', 'PH', 14.6, 120.98), ('Jolo', 'PH', 6.05, 121.0), ('Sulu', 'PH')]),
    ('Troops battled pro-Islamic State gunmen in Marawi on the southern island of Mindanao.',
     [('Marawi', 'PH', 8.0, 124.29)]),
    ('MOSCOW (Reuters) - A drone hit an oil depot in Bryansk region, the governor said, while Kyiv did not comment.',
     [('MOSCOW', 'RU', 55.75, 37.62), ('Bryansk', 'RU', 53.25, 34.37), ('Kyiv', 'UA', 50.45, 30.52)]),
    ("TEHRAN (Reuters) - Iran's Revolutionary Guards said they struck militants in Sistan-Baluchestan province near Zahedan.",
     [('TEHRAN', 'IR', 35.69, 51.39), ('Iran', 'IR'), ('Zahedan', 'IR', 29.5, 60.86)]),
    ('Protesters clashed with police in Mashhad and Isfahan, state media reported.',
     [('Mashhad', 'IR', 36.3, 59.6), ('Isfahan', 'IR', 32.65, 51.67)]),
    ("N'DJAMENA (Reuters) - Boko Haram fighters killed 24 Chadian soldiers on an island in Lake Chad.",
     [("N'DJAMENA", 'TD', 12.11, 15.04)]),
    ('JUBA, South Sudan (AP) — Clashes in Malakal in Upper Nile state killed 18 people, the UN mission said.',
     [('JUBA', 'SS', 4.85, 31.58), ('South Sudan', 'SS'), ('Malakal', 'SS', 9.53, 31.66), ('Upper Nile', 'SS')]),
    ('BANGUI (Reuters) - Rebels attacked the town of Bambari in the Central African Republic, killing 11 civilians.',
     [('BANGUI', 'CF', 4.36, 18.56), ('Bambari', 'CF', 5.76, 20.67), ('Central African Republic', 'CF')]),
    ("Gunmen killed a local leader in Ma'rib and Yemeni forces shelled positions near Al Bayda.",
     [("Ma'rib", 'YE', 15.46, 45.32)]),
    ("Attacks in Mogadishu and Muqdisho's outskirts killed six people.",
     [('Mogadishu', 'SO', 2.04, 45.34)]),
    ('Fighters from Idleb attacked government positions in Hama countryside, the Syrian Observatory said.',
     [('Idleb', 'SY', 35.93, 36.63)]),
    ('Fighting broke out in Fallujah and Ramadi as Iraqi forces advanced along the Euphrates.',
     [('Fallujah', 'IQ', 33.35, 43.78), ('Ramadi', 'IQ', 33.42, 43.3)]),
    ('The Taliban claimed an attack in Qandahar that killed four policemen.',
     [('Qandahar', 'AF', 31.61, 65.71)]),
    ('Clashes in Banghazi and Darnah left 14 fighters dead, a medical source said.',
     [('Banghazi', 'LY', 32.12, 20.07), ('Darnah', 'LY', 32.77, 22.64)]),
    ('HODEIDAH, Yemen, June 5 (Reuters) - Coalition warplanes struck Houthi positions south of the port city.',
     [('HODEIDAH', 'YE', 14.8, 42.95)]),
    ("Kyiv-based analysts said Russia's assault on Vuhledar was costly.",
     [('Kyiv', 'UA', 50.45, 30.52), ('Russia', 'RU'), ('Vuhledar', 'UA', 47.78, 37.25)]),
    ("Syria's army said it shelled rebels in Daraa and Homs.",
     [('Syria', 'SY'), ('Daraa', 'SY', 32.62, 36.1), ('Homs', 'SY', 34.73, 36.72)]),
    ('Sudanese troops and RSF fighters clashed in Kordofan near El Obeid.',
     [('El Obeid', 'SD', 13.18, 30.22)]),
    ("Al-Shabaab militants attacked a police station in Beledweyne, in Somalia's Hiraan region.",
     [('Beledweyne', 'SO', 4.74, 45.2), ('Somalia', 'SO')]),
    ("Saudi-led forces struck Houthi positions in Hudaida and Hajja provinces, Yemen's state news agency said.",
     [('Hudaida', 'YE', 14.8, 42.95), ('Yemen', 'YE')]),
    ('Syrian government forces shelled Maarat al-Numan and Saraqeb, the Syrian Observatory for Human Rights said.',
     [('Maarat al-Numan', 'SY', 35.64, 36.67), ('Saraqeb', 'SY', 35.86, 36.8)]),
    ('A car bomb killed eight people in Qamishli, a Kurdish-majority city in northeastern Syria.',
     [('Qamishli', 'SY', 37.05, 41.23), ('Syria', 'SY')]),
    ('Islamic State fighters attacked Iraqi troops near Al-Qaim on the Syrian border.',
     [('Al-Qaim', 'IQ', 34.37, 41.09)]),
    ('Turkish-backed forces and Kurdish fighters clashed near Ras al-Ain in northern Syria.',
     [('Syria', 'SY')]),
    ('Pro-Iranian militias in Mayadeen and Bukamal were hit by air strikes, a Syrian war monitor said.',
     [('Mayadeen', 'SY', 35.02, 40.45)]),
    ('Ukrainian officials said Russian shelling hit Zaporozhye and Nikolayev overnight.',
     [('Zaporozhye', 'UA', 47.84, 35.14)]),
    ('Russian forces pressed their assault on Severodonetsk and Lisichansk in the Luhansk region.',
     [('Severodonetsk', 'UA', 48.95, 38.49), ('Lisichansk', 'UA', 48.9, 38.43)]),
    ('Separatists took control of Mukalla, the capital of Hadramout province, after fierce fighting.',
     [('Mukalla', 'YE', 14.54, 49.12), ('Hadramout', 'YE')]),
    ('The Rapid Support Forces attacked El-Fasher and Nyala in Darfur, killing dozens, Sudanese doctors said.',
     [('El-Fasher', 'SD', 13.63, 25.35), ('Nyala', 'SD', 12.05, 24.88)]),
    ('Ethiopian federal forces retook Gondar and Dessie from Tigrayan fighters, the government said.',
     [('Gondar', 'ET', 12.6, 37.47), ('Dessie', 'ET', 11.13, 39.63)]),
    ('Insurgents attacked the town of Palma in northern Mozambique, killing dozens of civilians.',
     [('Mozambique', 'MZ')]),
    ('Nigerian troops repelled an attack by ISWAP fighters on Monguno in Borno State.',
     [('Monguno', 'NG', 12.67, 13.61)]),
    ('Bandits killed 23 villagers in Katsina State, northwestern Nigeria, police said on Sunday.',
     [('Nigeria', 'NG')]),
    ('A Somali-based militant group claimed the attack in Mogadishu, while AMISOM troops secured Kismayu.',
     [('Mogadishu', 'SO', 2.04, 45.34), ('Kismayu', 'SO', -0.36, 42.55)]),
    ('Sanaa-based Houthi officials accused Riyadh of violating the truce.',
     [('Sanaa', 'YE', 15.35, 44.2), ('Riyadh', 'SA', 24.69, 46.72)]),
    ("Tehran's Revolutionary Guards seized a tanker in the Strait of Hormuz, Iranian media reported.",
     [('Tehran', 'IR', 35.69, 51.39)]),
    ("Kabul's new rulers ordered fighters out of Herat and Ghazni, the Taliban spokesman said.",
     [('Kabul', 'AF', 34.53, 69.17), ('Herat', 'AF', 34.35, 62.2), ('Ghazni', 'AF', 33.55, 68.42)]),
    ("Police fired tear gas at protesters in Karachi and Lahore, Pakistan's largest cities.",
     [('Karachi', 'PK', 24.86, 67.01), ('Lahore', 'PK', 31.55, 74.34), ('Pakistan', 'PK')]),
    ('Maoist rebels ambushed a police convoy in Dantewada district of Chhattisgarh, killing 10.',
     [('Dantewada', 'IN', 18.9, 81.35), ('Chhattisgarh', 'IN')]),
    ('Security forces killed three militants in Pulwama in Indian-administered Kashmir.',
     [('Pulwama', 'IN', 33.87, 74.9)]),
    ('KHAN YOUNIS, Gaza Strip (Reuters) - Israeli tanks pushed into eastern Khan Younis on Tuesday, residents said.',
     [('KHAN YOUNIS', 'PS', 31.34, 34.3), ('Khan Younis', 'PS', 31.34, 34.3)]),
    ('Palestinian gunmen opened fire at an Israeli checkpoint near Nablus and Tulkarm in the West Bank.',
     [('Nablus', 'PS', 32.22, 35.26), ('Tulkarm', 'PS', 32.31, 35.03)]),
    ('Hezbollah fired rockets at Kiryat Shmona and the Israeli army struck targets near Tyre.',
     [('Kiryat Shmona', 'IL', 33.21, 35.57), ('Tyre', 'LB', 33.27, 35.2)]),
    ('CARACAS, Venezuela (Reuters) - Security forces clashed with protesters in Maracaibo and Valencia.',
     [('CARACAS', 'VE', 10.49, -66.88), ('Maracaibo', 'VE', 10.63, -71.64), ('Valencia', 'VE', 10.16, -68.0)]),
    ("Gunmen killed six police officers in Michoacan's Aguililla municipality, Mexican authorities said.",
     [('Michoacan', 'MX')]),
    ('FARC dissidents attacked a military base in Cauca department, near the city of Popayan.',
     [('Cauca', 'CO'), ('Popayan', 'CO', 2.44, -76.61)]),
    ('Myanmar junta troops torched homes in Magway region, while the Kachin Independence Army attacked Myitkyina.',
     [('Magway', 'MM'), ('Myitkyina', 'MM', 25.38, 97.4)]),
    ('Fighting between the military and the Arakan Army spread to Sittwe and Mrauk-U in Rakhine State.',
     [('Sittwe', 'MM', 20.15, 92.9), ('Mrauk-U', 'MM', 20.6, 93.19)]),
    ('The Taliban took Lashkar Gah, capital of Helmand province, after weeks of fighting.',
     [('Lashkar Gah', 'AF', 31.59, 64.37), ('Helmand', 'AF')]),
    ('DNIPRO, Ukraine (AP) — A Russian missile hit an apartment block in Dnipro, killing 40 people.',
     [('DNIPRO', 'UA', 48.46, 35.04), ('Dnipro', 'UA', 48.46, 35.04)]),
    ("Chechen fighters deployed to Grozny's outskirts, Russian state media reported.",
     [('Grozny', 'RU', 43.31, 45.69)]),
    ("Clashes broke out in Tripoli, Lebanon's second city, between rival gunmen.",
     [('Tripoli', 'LB', 34.43, 35.84), ('Lebanon', 'LB')]),
    ('Jihadists killed 12 soldiers near Mopti in central Mali and attacked a convoy near Gao.',
     [('Mopti', 'ML', 14.49, -4.2), ('Gao', 'ML', 16.27, -0.04)]),
    ('Burkinabe soldiers were killed in an ambush near Dori in the Sahel region.',
     [('Dori', 'BF', 14.03, -0.03)]),
    ('SANAA, Yemen, Feb 2 (Reuters) - Air strikes hit the Red Sea port of Hodeida and the capital Sanaa.',
     [('SANAA', 'YE', 15.35, 44.2), ('Hodeida', 'YE', 14.8, 42.95)]),
    ('ISLAMABAD (Reuters) - Pakistani troops killed six militants in North Waziristan near the Afghan border.',
     [('ISLAMABAD', 'PK', 33.72, 73.04), ('North Waziristan', 'PK')]),
    ('KHARTOUM, Sudan, April 15 (Reuters) - Explosions rocked the capital as fighting spread to Merowe.',
     [('KHARTOUM', 'SD', 15.55, 32.53), ('Merowe', 'SD', 18.48, 31.82)]),
    ('TRIPOLI (Reuters) - Armed groups clashed in Zawiya, west of the Libyan capital.',
     [('TRIPOLI', 'LY', 32.89, 13.19), ('Zawiya', 'LY', 32.76, 12.73)]),
    ('Fighters loyal to the government retook Jaar and Zinjibar in Abyan province.',
     [('Zinjibar', 'YE', 13.13, 45.38)]),
    ('Protesters in Basra set fire to the Iranian consulate, Iraqi police said.',
     [('Basra', 'IQ', 30.5, 47.8)]),
    ('Turkish jets bombed suspected PKK hideouts in the Qandil mountains and near Duhok.',
     [('Duhok', 'IQ', 36.87, 42.99)]),
    ('Iraqi forces said they killed an Islamic State commander near Kirkuk and in the Hamrin mountains.',
     [('Kirkuk', 'IQ', 35.47, 44.39)]),
    ("An airstrike on a wedding party in Helmand's Sangin district killed 40 civilians, Afghan officials said.",
     [('Helmand', 'AF')]),
    ("Sudan's army said it repelled an RSF attack on El Obeid, the capital of North Kordofan.",
     [('El Obeid', 'SD', 13.18, 30.22), ('Sudan', 'SD')]),
    ('Protests erupted in Port Sudan after fuel prices rose, witnesses said.',
     [('Port Sudan', 'SD', 19.62, 37.22)]),
    ('Chadian troops clashed with rebels near Faya-Largeau in the north of the country.',
     [('Faya-Largeau', 'TD', 17.93, 19.1)]),
    ('Al-Shabaab militants stormed a hotel in Kismayo, the port city in southern Somalia.',
     [('Kismayo', 'SO', -0.36, 42.55)]),
    ('Gunmen shot dead two traders in Bosaso, the commercial hub of Puntland.',
     [('Bosaso', 'SO', 11.28, 49.18)]),
    ('Russian air strikes hit Aleppo and Idlib, the Syrian Civil Defence said.',
     [('Aleppo', 'SY', 36.2, 37.16), ('Idlib', 'SY', 35.93, 36.63)]),
    ('Rockets fired from Gaza landed near Sderot and Ashkelon, the Israeli military said.',
     [('Sderot', 'IL', 31.52, 34.6), ('Ashkelon', 'IL', 31.67, 34.57)]),
    ('Addis Ababa-based diplomats said the talks on Tigray stalled.',
     [('Addis Ababa', 'ET', 9.02, 38.75), ('Tigray', 'ET')]),
    ('Gunmen attacked a mosque in Zaria, Kaduna State, killing 12 worshippers.',
     [('Zaria', 'NG', 11.09, 7.72)]),
    ('Armed men abducted 80 people in Kebbi, northwestern Nigeria, residents said.',
     [('Kebbi', 'NG')]),
    ('M23 fighters shelled Sake, a town west of Goma, the Congolese army said.',
     [('Goma', 'CD', -1.68, 29.22)]),
    ('CODECO militiamen killed 35 displaced people at a camp in Djugu territory, Ituri province.',
     [('Ituri', 'CD')]),
    ('Anti-balaka fighters attacked Muslim civilians in Bangassou, the UN mission said.',
     [('Bangassou', 'CF', 4.74, 22.82)]),
    ('The army clashed with ELN guerrillas in Catatumbo, near the border with Venezuela, killing eight.',
     [('Venezuela', 'VE')]),
    ('Gangs set fire to houses in Croix-des-Bouquets, east of the Haitian capital.',
     [('Croix-des-Bouquets', 'HT', 18.58, -72.23)]),
    ('Indian and Chinese troops clashed in the Galwan Valley in Ladakh.',
     [('Ladakh', 'IN')]),
    ('Manipur police said gunmen killed three people in Churachandpur district.',
     [('Manipur', 'IN'), ('Churachandpur', 'IN', 24.33, 93.68)]),
    ('Taliban gunmen attacked a checkpoint in Kunar province near the Durand Line.',
     [('Kunar', 'AF')]),
    ("A suicide bomber killed 14 people in Bannu, in Pakistan's Khyber Pakhtunkhwa province.",
     [('Bannu', 'PK', 32.99, 70.6), ('Pakistan', 'PK')]),
    ('Security forces killed four militants in Dera Ismail Khan, police said.',
     [('Dera Ismail Khan', 'PK', 31.83, 70.9)]),
    ('Ukrainian drones struck an oil refinery in Ryazan and an airfield near Engels, Russian officials said.',
     [('Ryazan', 'RU', 54.63, 39.74), ('Engels', 'RU', 51.5, 46.12)]),
    ('Russian shelling killed two civilians in Kupiansk and Izium in the Kharkiv region.',
     [('Kupiansk', 'UA', 49.71, 37.62), ('Izium', 'UA', 49.21, 37.26)]),
    ('Explosions were heard in Sevastopol, the Crimean port, after a Ukrainian drone attack.',
     [('Sevastopol', 'UA', 44.6, 33.52)]),
    ("Israeli strikes hit Baalbek in Lebanon's Bekaa Valley, killing five people.",
     [('Baalbek', 'LB', 34.0, 36.21)]),
    ("Russian forces intensified attacks across the Donbas, Ukraine's eastern industrial heartland.",
     [('Donbas', 'UA')]),
    ('Ukrainian drones struck a Russian warship off Crimea in the Black Sea.',
     [('Crimea', 'UA')]),
    ('Egyptian troops killed 12 militants in northern Sinai, the army said.',
     [('Sinai', 'EG')]),
    ('Israeli jets struck Syrian army positions in the Golan Heights.',
     [('Golan Heights', 'SY')]),
    ('Armenian and Azerbaijani forces exchanged fire in Nagorno-Karabakh.',
     [('Nagorno-Karabakh', 'AZ')]),
    ('Militiamen attacked villages in Darfur as the RSF advanced on El Fasher.',
     [('Darfur', 'SD')]),
    ('Pirates hijacked a cargo ship in the Gulf of Aden off the coast of Somalia.',
     [('Somalia', 'SO')]),
    ('Bodies of migrants washed ashore in Libya after their boat sank in the Mediterranean.',
     [('Libya', 'LY')]),
    ('Pakistani and Afghan forces exchanged fire at the Chaman border crossing.',
     [('Chaman', 'PK', 30.92, 66.45)]),
    ("The UAE-backed Southern Transitional Council seized Aden's presidential palace.",
     [('UAE', 'AE'), ('Aden', 'YE', 12.78, 45.04)]),
    ('DRC troops and M23 rebels fought near Kitshanga, the Congolese army said.',
     [('DRC', 'CD')]),
    ('Burkinabe forces killed 50 suspected jihadists near Arbinda in Soum province.',
     [('Arbinda', 'BF', 14.23, -0.87)]),
    ('Jihadists in the Sahel killed dozens of soldiers in Mali and Niger last month.',
     [('Mali', 'ML'), ('Niger', 'NE')]),
    ("India's army said Pakistani troops violated the ceasefire along the Line of Control in Kashmir.",
     [('India', 'IN'), ('Kashmir', 'IN')]),
    ('Myanmar’s junta said it retook Kyaukme from ethnic fighters in Shan State.',
     [('Myanmar', 'MM'), ('Kyaukme', 'MM', 22.53, 97.03)]),
    ('Kurdish Peshmerga forces deployed around Makhmour, south of Erbil.',
     [('Erbil', 'IQ', 36.19, 44.01)]),
    ('Iranian protesters clashed with security forces in Kurdish-majority Sanandaj and Mahabad.',
     [('Sanandaj', 'IR', 35.31, 47.0), ('Mahabad', 'IR', 36.76, 45.72)]),
    ("Rebels of the CPI-Maoist killed five policemen in Jharkhand's Latehar district.",
     [('Jharkhand', 'IN'), ('Latehar', 'IN', 23.74, 84.5)]),
    ('Mexican soldiers clashed with cartel gunmen in Nuevo Laredo, Tamaulipas, on the U.S. border.',
     [('Nuevo Laredo', 'MX', 27.48, -99.52), ('Tamaulipas', 'MX')]),
    ('Gang violence in Port-au-Prince and Gonaives displaced thousands.',
     [('Port-au-Prince', 'HT', 18.54, -72.34), ('Gonaives', 'HT', 19.45, -72.69)]),
    ('Colombian police said FARC dissidents killed two soldiers in Tumaco, Narino department.',
     [('Tumaco', 'CO', 1.8, -78.76)]),
    ('Boko Haram fighters attacked Diffa in southeastern Niger near the Nigerian border.',
     [('Diffa', 'NE', 13.32, 12.61)]),
    ('Fighting between army and RSF in Khartoum North, also known as Bahri, killed 20.',
     [('Khartoum North', 'SD', 15.64, 32.53)]),
    ('An Israeli air strike on Deir al-Balah killed 12 people, Palestinian medics said.',
     [('Deir al-Balah', 'PS', 31.42, 34.35)]),
    ('Houthi rebels launched drones at Jizan and Najran across the Saudi border.',
     [('Jizan', 'SA', 16.89, 42.55), ('Najran', 'SA', 17.49, 44.13)]),
    ('A bomb exploded in a market in Sadr City, a Shiite district of Baghdad.',
     [('Baghdad', 'IQ', 33.34, 44.4)]),
]


def _found(text: str) -> dict:
    return {m.text: m.place for m in parse_places(text) if m.place is not None}


@pytest.mark.parametrize(("text", "expected"), PROBE, ids=[f"probe{k:03d}" for k in range(len(PROBE))])
def test_world_probe_places(text, expected):
    found = _found(text)
    for surface, country, *point in expected:
        assert surface in found, f"{surface!r} not found"
        place = found[surface]
        assert place.country_code == country, f"{surface!r} -> {place.name}, {place.country_code}"
        if point:
            km = haversine_km(point[0], point[1], place.latitude, place.longitude)
            assert km <= NEAR_KM, f"{surface!r} -> {place.name} {km:.0f} km away"


# -- Family: another romanisation of a well-known place's name ----------------------------

@pytest.mark.parametrize(("text", "surface", "country", "name_part"), [
    ("Aid agencies said food stocks in Hodeidah were running out, Yemeni officials said.", "Hodeidah", "YE",
     "Hudaydah"),
    ("HODEIDAH, Yemen, May 2 (Reuters) - Coalition jets struck a fuel depot near the airport.",
     "HODEIDAH", "YE", "Hudaydah"),
    ("A car bomb exploded in Qamishli on the Turkish border, Syrian state media said.", "Qamishli", "SY", "Qamishli"),
    ("Turkish troops shelled villages around Ras al-Ain in Syria's Hasakah province.", "Ras al-Ain", "SY", "Ayn"),
    ("Rebels shelled Maarat al-Numan in Syria's Idlib province.", "Maarat al-Numan", "SY", "Nu"),
    ("Al Shabaab militants overran a base in Lower Shabelle, Somali officials said.", "Lower Shabelle", "SO",
     "Shebelle"),
])
def test_a_place_spelt_otherwise_is_found(text, surface, country, name_part):
    place = _found(text).get(surface)
    assert place is not None and place.country_code == country and normalize_name(name_part) in normalize_name(place.name)


def test_a_town_spelt_otherwise_is_the_town_and_with_province_the_region():
    assert _found("Food stocks in Hodeidah ran out, Yemen's government said.")["Hodeidah"].feature_code == "PPL"
    assert _found("Fighting raged in Hodeidah province, Yemen.")["Hodeidah"].feature_code == "ADM1"


@pytest.mark.parametrize(("text", "surface"), [
    # a village the gazetteer lacks in a report about another country: no city abroad
    ("Herders clashed with farmers in Masol village, Kenyan police said.", "Masol"),
    ("Karim Mayadeen said the talks had failed.", "Mayadeen"),  # a person
    ("Ms. Bokari told the council the budget was final.", "Bokari"),  # a person; Bokaro, India, no
    ("Coach Dana Hodeidy praised the defence after the game.", "Hodeidy"),
])
def test_a_name_that_merely_reads_like_a_place_abroad_is_none(text, surface):
    assert surface not in _found(text)


def test_english_words_and_given_names_are_never_read_as_other_spellings():
    text = "Madden and Medin said the Mosley report was wrong."  # (Medan, Medina, Mosul)
    assert _found(text) == {}


def test_gold_span_spelt_otherwise_resolves():
    text = "Coalition ships off Yemen shelled Hodeidah."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Yemen", "Hodeidah")]
    _, m = resolve_spans(text, spans)
    assert m.place is not None and m.place.country_code == "YE" and m.place.feature_code == "PPL"


# -- Family: a title only right before a name ----------------------------------------------

@pytest.mark.parametrize(("text", "surface", "country"), [
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs torched a police station overnight.", "Haiti", "HT"),
    ("PORT-AU-PRINCE, Haiti, Jan 9 (Reuters) - Armed gangs blocked the main road north.", "Haiti", "HT"),
    ("Crown Prince Mohammed bin Salman received the envoy in Riyadh.", "Riyadh", "SA"),
])
def test_a_title_only_right_before_a_name_makes_a_person(text, surface, country):
    found = _found(text)
    assert found[surface].country_code == country
    assert "Mohammed" not in found


# -- Family: a sentence's first word before "of" -------------------------------------------

@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Shelling of Nikopol wounded four civilians, the governor said.", "Nikopol", "UA"),
    ("KYIV, Ukraine (Reuters) - Shelling of Nikopol wounded four civilians.", "Nikopol", "UA"),
    ("Bombardment of Kherson continued overnight.", "Kherson", "UA"),
    ("Residents of Mariupol said the theatre was destroyed.", "Mariupol", "UA"),
])
def test_a_sentence_opening_word_before_of_leaves_the_place(text, surface, country):
    assert _found(text)[surface].country_code == country


# -- Family: a given name and surname inside a longer place name ---------------------------

@pytest.mark.parametrize(("text", "surface"), [
    ("Security forces killed four militants in Dera Ismail Khan, police said.", "Dera Ismail Khan"),
    ("Gunmen attacked a bus near Dera Ghazi Khan in Punjab province.", "Dera Ghazi Khan"),
    ("A bomb went off at a market in Dera Ismail Khan on Friday.", "Dera Ismail Khan"),
])
def test_a_person_name_inside_a_place_name_is_the_place(text, surface):
    assert _found(text)[surface].country_code == "PK"


def test_the_person_alone_stays_a_person():
    assert _found("Senator Ismail Khan said the vote was delayed.") == {}


def test_gold_span_spelt_like_a_town_abroad_the_document_is_not_about_lies_where_the_document_is():
    text = "Springfield police said the Mayadeen warehouse on Elm Street burned down."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Springfield", "Mayadeen")]
    springfield, mayadeen = resolve_spans(text, spans)
    assert mayadeen.place is not None and mayadeen.place.country_code == springfield.place.country_code == "US"


# -- Family: a town's own name that its region has only as an alternate name --------------

@pytest.mark.parametrize(("text", "surface", "code"), [
    ("Bombardment of Kherson continued overnight.", "Kherson", "PPL"),
    ("Drones hit Odesa's port, the navy said.", "Odesa", "PPL"),
    ("KYIV/MOSCOW, March 1 (Reuters) - Ukraine said it shot down 30 drones over Odesa.", "Odesa", "PPL"),
    ("Fighting in the Kherson region continued.", "Kherson", "ADM1"),  # the region when the text says so
])
def test_the_seat_before_the_region_called_otherwise(text, surface, code):
    assert _found(text)[surface].feature_code == code
