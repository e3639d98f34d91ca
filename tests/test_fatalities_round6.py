"""Fatalities, round 6 (issue 13): rule families found in the tune files' misses, each
with three or more sentences of our own about other places, and near misses that keep
the old reading. ACLED's rule: the lowest reported figure for the event, every death of
the event, 0 when none is reported; "several", "many" or plural dead without a figure:
10; "dozens": 12."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text, causes_excluded=False):
    return count_fatalities([s.text for s in split_sentences(text)], causes_excluded=causes_excluded)


# -- A vague figure that counts time or animals is no count of dead people: "several days
# later the trader died" tells one death, "several goats of the herd died" none.
@pytest.mark.parametrize("text, expected", [
    ("Several days later the wounded trader died in a hospital in Kano.", 1),
    ("In Gao, herdsmen closed the main road in anger: a lorry had run over several goats of their herd.", 0),
    ("Dozens of the goats were killed by the raiders near Kidal.", 0),
    ("Gunmen stole cattle in Zamfara; dozens of the flock were killed.", 0),
])
def test_vague_figure_of_time_or_animals(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Several villagers died when gunmen raided a market in Zamfara.", 10),
    ("Dozens of fighters were killed in clashes near Marib.", 12),
])
def test_near_miss_vague_people_still_counted(text, expected):
    assert fatalities(text) == expected


# -- A lynching whose victim the report says lived: "lynched" is said of mob beatings;
# "police rescued him before he died" or "no fatalities were reported" decides.
@pytest.mark.parametrize("text", [
    "A thief was lynched by traders in Onitsha. Police rescued him before he died.",
    "A suspected kidnapper was lynched by a crowd in Kasai. No fatalities were reported.",
    "In Tshikapa soldiers pulled a suspected pickpocket away from a crowd that had lynched him; he survived.",
    "Villagers lynched a man accused of sorcery in Ituri. He survived and was taken to hospital in Bunia.",
])
def test_lynched_victim_who_lived(text):
    assert fatalities(text) == 0


@pytest.mark.parametrize("text, expected", [
    ("A thief was lynched by traders in Onitsha.", 1),
    # a plain death stands against the survival of another
    ("A mob beat a suspected thief to death in Kaduna. His accomplice survived.", 1),
])
def test_near_miss_lynching_without_survival(text, expected):
    assert fatalities(text) == expected


# -- The body whose finding a crowd reacted to is not the crowd's own dead (demonstrations
# and riots: ACLED codes the death that provoked them elsewhere).
@pytest.mark.parametrize("text", [
    "Residents rioted in Goma after the body of a missing teenager was found in a ditch.",
    "Youths burned tyres in Port-au-Prince after three bodies were discovered near a market.",
    "Market women protested in Kumasi after the body of a trader was recovered from a river.",
    "Angry youths stoned police in Lubumbashi after the bodies of two miners were found near the pit.",
])
def test_body_found_as_cause_of_a_demonstration(text):
    assert fatalities(text, causes_excluded=True) == 0


def test_near_miss_bodies_found_after_a_raid_still_counted():
    assert fatalities("Soldiers raided the camp near Beni and the bodies of four rebels were found.") == 4


# -- An earlier event told at the sentence's opening: "A few days earlier, …", "Three
# weeks before, …", "… in the previous month".
@pytest.mark.parametrize("text", [
    "A few days earlier, a landslide killed nine miners in Kachin.",
    "Three weeks before, gunmen had killed two nurses in Bunia.",
    "Parents protested in Lahore, saying four pupils had died at the school in the previous month.",
])
def test_earlier_event_opening(text):
    assert fatalities(text) == 0


def test_near_miss_later_the_same_day_still_counted():
    assert fatalities("A few hours later, gunmen killed two nurses in Bunia.") == 2


# -- An age in words ("her three-year-old daughter") is no count of people.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a teacher and her three-year-old daughter in Tillaberi.", 2),
    ("Bandits shot dead a farmer and his two-year-old son near Katsina.", 2),
    ("Militants beheaded a farmer and his twelve-year-old nephew in Cabo Delgado.", 2),
    ("A gunman shot dead a nurse and her four-year-old son in Sinaloa.", 2),
])
def test_age_in_words(text, expected):
    assert fatalities(text) == expected


# -- The crime the mob punished: "a man who had earlier knifed his wife to death".
@pytest.mark.parametrize("text", [
    "In Lagos a crowd thrashed a trader who had earlier knifed his wife to death.",
    "Students in Kisangani stoned a soldier who had earlier shot dead a classmate.",
    "Villagers in Bauchi seized a herder who had previously shot dead a farmer.",
])
def test_deed_the_mob_punished(text):
    assert fatalities(text) == 0


# -- "An unknown number of people died": an unknown number (10), not one person.
@pytest.mark.parametrize("text", [
    "Gunmen raided a village in Zamfara; an unknown number of people lost their lives.",
    "An unknown number of people died when the militia torched a village in Ituri.",
    "Air strikes on Idlib left an unknown number of people dead, rescuers said.",
])
def test_unknown_number_of_people(text):
    assert fatalities(text) == 10


# -- "a village elder, a respected teacher": the second phrase says who the first is, one
# person (a list of victims ends with "and").
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a village elder, a respected retired teacher, near Maiduguri.", 1),
    ("Armed men killed a councillor, a former headmaster, in Bauchi.", 1),
    ("Militants shot dead a tax collector, an employee of the district council, in Mogadishu.", 1),
])
def test_appositive_after_an_indefinite_victim(text, expected):
    assert fatalities(text) == expected


def test_near_miss_list_of_victims_still_added():
    assert fatalities("Gunmen killed a soldier, a policeman and a child in Gao.") == 3


# -- The side a counted phrase names, past its adjectives ("two Colombian soldiers"): the
# other side's dead told in another sentence are added (ACLED counts every death).
@pytest.mark.parametrize("text, expected", [
    ("Two Colombian soldiers were killed in Cauca. Eight guerrillas were killed in the fighting.", 10),
    ("Two Nigerian soldiers were killed in the clash in Borno. The army said 12 insurgents died.", 14),
    ("Three Malian gendarmes died in the ambush near Mopti. Five jihadists were killed by the troops.", 8),
])
def test_side_named_past_adjectives(text, expected):
    assert fatalities(text) == expected


# -- Counted members of a whole: "a group of five soldiers", "one fighter from each side".
@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb killed a group of five soldiers near Gao.", 5),
    ("Gunmen ambushed and killed a party of four hunters in Zamfara.", 4),
    ("One person from each side was killed in the clash in Tigray.", 2),
    ("One fighter from each faction died in the gunfight in Tripoli.", 2),
])
def test_members_of_a_whole(text, expected):
    assert fatalities(text) == expected


# -- Bodies carried away or pulled out, and the bodies of each person listed.
@pytest.mark.parametrize("text, expected", [
    ("Witnesses saw four bodies taken away from the scene in Cite Soleil.", 4),
    ("Two bodies were pulled out of the river in Kasai after the attack.", 2),
    ("The bodies of a trade unionist and another youth were found in a ditch in Cali.", 2),
    ("The bodies of a nurse and her husband were discovered in a field near Bunia.", 2),
])
def test_bodies_removed_or_listed(text, expected):
    assert fatalities(text) == expected


# -- A victim named by a title or age before a name, and "killing and robbing him".
@pytest.mark.parametrize("text, expected", [
    ("Gunmen in Peshawar shot dead an MP and two of her guards.", 3),
    ("Villagers burnt 30-year-old Ahmed Musa to death in Kano for stealing.", 1),
    ("A mob stoned 25-year-old Idris Bako to death in Bauchi.", 1),
    ("Gunmen raided the home of an Italian priest in Kinshasa, killing and robbing him.", 1),
    ("Bandits stopped a trader near Katsina, robbing and killing him.", 1),
])
def test_victim_named_by_title_or_age(text, expected):
    assert fatalities(text) == expected


# -- A death toll told after a long phrase naming the attack, its place and its time.
@pytest.mark.parametrize("text, expected", [
    ("The death toll in Sunday's attack by gunmen on a market in the town of Mubi in the north of Adamawa state"
     " in northeastern Nigeria has risen to 14.", 14),
    ("The death toll from the car bomb that struck a crowded bus station in the centre of the city of Mogadishu"
     " on Saturday evening during the rush hour rose to 23.", 23),
    ("The death toll of the attack by armed men on a gold mine near the village of Tiakane in the"
     " northern Burkinabe province of Soum last Thursday reached 31.", 31),
])
def test_death_toll_after_a_long_phrase(text, expected):
    assert fatalities(text) == expected


# -- Bodies collected or assumed to be someone's.
@pytest.mark.parametrize("text, expected", [
    ("Twelve bodies collected in the streets of Bangui after the fighting.", 12),
    ("Four bodies assumed to be militiamen were recovered after the attacks near Beni.", 4),
])
def test_bodies_collected(text, expected):
    assert fatalities(text) == expected



# -- A killing named as a charge is told elsewhere: "on charges of killing", "charged with".
@pytest.mark.parametrize("text", [
    "Three men appeared in court in Kano on charges of killing a police officer.",
    "Two brothers were charged with killing a herder in Plateau.",
    "A court in Gao found a soldier guilty of killing two fishermen.",
])
def test_killing_named_as_a_charge(text):
    assert fatalities(text) == 0


# -- An age after a name ("Yusuf Adan, 52,") is no count of people.
@pytest.mark.parametrize("text", [
    "Gunmen killed Yusuf Adan, 52, outside his shop in Mogadishu.",
    "Soldiers shot dead Maria Lopez, 19, at a checkpoint in Sinaloa.",
    "A sniper killed Ahmad Karimi (34) near the bridge in Kunduz.",
])
def test_age_after_a_name(text):
    assert fatalities(text) == 1


# -- People hit or things burned, counted before the dead in a list: "13 were shot, one of
# whom died", "12 burned, 3 killed".
@pytest.mark.parametrize("text, expected", [
    ("13 were shot, one of whom was killed, in Lagos.", 1),
    ("Five protesters were shot, two of whom died, in Khartoum.", 2),
    ("At least 40 houses razed, at least 12 burned, 3 killed in the raid near Jos.", 3),
])
def test_hit_or_burned_before_the_dead(text, expected):
    assert fatalities(text) == expected


# -- A later plain count of fatalities is the report's own sum for the event ("… In all,
# five fatalities."); another source's count, or a share of a larger total, is not.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two guards at a bank in Jos. A cashier was found dead in the vault. 4 fatalities in total.", 4),
    ("Police fired on the crowd in Khartoum, killing a student and a trader. 3 fatalities in all.", 3),
    ("Troops opened fire on marchers in Mandalay and a monk died. Overall 6 deaths.", 6),
])
def test_later_plain_total(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Twelve villagers were shot dead in Zamfara. Other sources claim 15 deaths.", 12),
    ("Four traders were killed in Gao. Conflicting reports hold 9 deaths.", 4),
    ("Two miners died in the clash in Kasai. 5 remaining fatalities were counted in nearby towns.", 2),
])
def test_near_miss_other_source_or_share_of_a_total(text, expected):
    assert fatalities(text) == expected


# -- A death by mishap or illness is no fatality of violence: drowning, a fall, a jump, a
# heart attack, or a death an accident "led to".
@pytest.mark.parametrize("text", [
    "A village chief in Kasai died due to drowning while crossing the Lulua.",
    "Fleeing the police in Lahore, a party activist died after he fell from a rooftop.",
    "In Dhaka a student died when he jumped from a third-floor window to get away from a raid.",
    "In Kano protesters closed a road over a bus crash that led to the death of six people.",
    "Residents attacked the driver after a crash that caused the deaths of two children in Enugu.",
])
def test_death_by_mishap_or_illness(text):
    assert fatalities(text) == 0


@pytest.mark.parametrize("text, expected", [
    ("A soldier was killed when gunmen attacked the checkpoint in Gao.", 1),
    ("Two men were killed as the militants fired on the market in Kidal.", 2),
    ("A trader died of his wounds after the attack in Jos.", 1),
])
def test_near_miss_deaths_of_violence_with_when_or_after(text, expected):
    assert fatalities(text) == expected


# -- "… leaves 4 dead": the dead follow "leaves"/"left", not the noun of the place or
# the attack before it.
@pytest.mark.parametrize("text, expected", [
    ("A quarrel at a trader market in Aden leaves 2 dead.", 2),
    ("Fighting at a farmer settlement near Jos left 6 dead.", 6),
    ("A raid on a herder village near Gao left seven people dead.", 7),
    ("Fighting at a soldier checkpoint near Kidal leaves 3 dead.", 3),
])
def test_dead_after_leaves(text, expected):
    assert fatalities(text) == expected


# -- Office-holders named by their role ("a district commissioner", "her logistics
# coordinator"), and a role then the name of the one it describes.
@pytest.mark.parametrize("text, expected", [
    ("Bandits killed Zamfara water board manager, Sani Lawal, near Gusau.", 1),
    ("Gunmen in Lagos killed the director of a charity and her logistics coordinator.", 2),
    ("Gunmen killed Kano state finance commissioner, Musa Bello, for unknown reasons.", 1),
])
def test_office_holders_by_role(text, expected):
    assert fatalities(text) == expected


def test_near_miss_names_listed_after_a_count_still_counted():
    assert fatalities("Militants killed two soldiers, Ahmed Ali and Omar Musa, in Gao.") == 2


# -- "corpse" read as "body": a corpse found, recovered or dumped is a death told.
@pytest.mark.parametrize("text, expected", [
    ("The corpse of a trader was found in a ditch near Jos.", 1),
    ("Two corpses were recovered from the river in Kasai.", 2),
    ("Villagers discovered the corpses of three herders near Gao.", 3),
])
def test_corpses_found(text, expected):
    assert fatalities(text) == expected


# -- A figure "from both sides" already holds every side's dead: one side's figure told
# in another sentence is among them, not added.
@pytest.mark.parametrize("text, expected", [
    ("Clashes west of Marib killed at least 16 fighters from both sides. Eight troops and eight rebels died.", 16),
    ("Clashes near Sirte killed 20 fighters on both sides. The army said eight of its troops died. The rebels lost twelve fighters.", 20),
    ("Clashes in Idlib killed 25 fighters on both sides. Eleven Syrian soldiers were among the dead.", 25),
])
def test_figure_from_both_sides(text, expected):
    assert fatalities(text) == expected
