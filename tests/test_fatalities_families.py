"""Fatalities: the rule families of this round (issue 13), three or more of the team's own
sentences each, with near misses. ACLED counts every death of the event, the lowest
credible figure, and none of another event's or a period's dead."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text, causes_excluded=False):
    return count_fatalities([s.text for s in split_sentences(text)], causes_excluded=causes_excluded)


# -- Companions killed with the victim: "along with", "together with"
@pytest.mark.parametrize("text, expected", [
    ("A district governor was shot dead in Kunduz along with his two guards.", 3),
    ("Gunmen killed a village elder in Tillaberi together with his son.", 2),
    ("An Iraqi colonel died in the blast near Tikrit along with three of his men.", 4),
    ("An ELN commander died in the raid along with 3 of his deputies and 2 bodyguards.", 6),
])
def test_companions_killed_with_the_victim(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The local chief along with his guards attacked and killed a herder near Gao.", 1),  # the killers, not the dead
    ("A soldier was killed along with his weapons being seized.", 1),  # no people
])
def test_near_miss_companions_who_did_not_die(text, expected):
    assert fatalities(text) == expected


# -- A killing named as a noun, with the verb that reports it
@pytest.mark.parametrize("text, expected", [
    ("Islamic State claimed responsibility for the killing of 9 Iraqi soldiers near Kirkuk.", 9),
    ("The interior ministry announced the deaths of four policemen in an ambush in Tamaulipas.", 4),
    ("Shelling of the village led to the death of two farmers, local officials said.", 2),
])
def test_a_killing_named_as_a_noun(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text", [
    "Gunmen burned houses in Kauru in revenge for the killing of two herders.",
    "Students marched in Kumasi to protest against the killing of three classmates.",
])
def test_near_miss_a_killing_recalled_from_another_event(text):
    assert fatalities(text) == 0


# -- People set on fire (mob killings)
@pytest.mark.parametrize("text, expected", [
    ("A crowd in Cap-Haitien set three suspected kidnappers on fire.", 3),
    ("Villagers near Butembo set a suspected witch alight.", 1),
    ("Two suspected gang members were set ablaze by residents of Petion-Ville.", 2),
])
def test_people_set_on_fire(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text", [
    "Militants set two army posts on fire near Mora.",
    "Rioters set a police van ablaze in Sialkot.",
    "Four cars were damaged and 12 others were set ablaze.",
])
def test_near_miss_things_set_on_fire(text):
    assert fatalities(text) == 0


# -- Totals over a period and another event's dead
@pytest.mark.parametrize("text, expected", [
    ("Since March, more than 200 people have been killed in the fighting in Ouham. On Friday, "
     "rebels burned a market in Bossangoa.", 0),
    ("Bandits wounded four travellers near Gusau. Last month, 18 people were killed on the same road.", 0),
    ("Over the past three weeks, 40 civilians died in shelling around Kupiansk.", 0),
])
def test_a_period_total_is_not_the_event_figure(text, expected):
    assert fatalities(text) == expected


def test_near_miss_the_event_itself_beside_a_period_total():
    text = ("Militants killed six soldiers at a checkpoint near Kidal on Sunday. Since January, "
            "more than 90 soldiers have been killed in the region.")
    assert fatalities(text) == 6


# -- The wounded, abducted or missing of a list are not dead
@pytest.mark.parametrize("text, expected", [
    ("12 passengers abducted and 3 killed in an ambush near Kaduna.", 3),
    ("Eight militiamen captured and one soldier killed in clashes near Malakal.", 1),
    ("The raid left 25 civilians wounded and two killed, the mayor said.", 2),
])
def test_wounded_or_taken_counts_beside_the_dead(text, expected):
    assert fatalities(text) == expected


def test_near_miss_the_taken_who_were_later_found_dead():
    assert fatalities("Three of those abducted were later found dead near Zinder.") == 3


# -- One victim named twice ("the headman, a retired teacher")
@pytest.mark.parametrize("text, expected", [
    ("Gunmen in Katsina killed the village head, a retired teacher, on Monday.", 1),
    ("Militants kidnapped two engineers in Turbat after killing their guard, a Levies soldier.", 1),
    ("ADF fighters killed his brother, a motorcycle taxi driver, near Oicha.", 1),
])
def test_one_victim_named_twice(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_list_of_victims_is_added_up():
    assert fatalities("Gunmen killed the driver, a soldier and a child near Gao.") == 3


# -- An aside between the subject and its verb; an age is not a count
@pytest.mark.parametrize("text, expected", [
    ("A baker, not involved in the protest, was shot dead in Khartoum.", 1),
    ("Four policemen, on duty at a checkpoint, were killed by a car bomb in Mogadishu.", 4),
    ("A 16 year old shepherd was killed by a landmine near Daraa.", 1),
    ("On 3 June 2023, a 42-year-old nurse was shot dead in Cucuta.", 1),
])
def test_asides_and_ages_before_the_verb(text, expected):
    assert fatalities(text) == expected


def test_near_miss_an_age_that_is_the_victim():
    assert fatalities("Soldiers shot and killed a 19-year-old who was fleeing a checkpoint in Nablus.") == 1


# -- Further dead in a later sentence: "N other"
@pytest.mark.parametrize("text, expected", [
    ("A journalist was killed by a stray bullet in Omdurman. Another civilian was also killed.", 2),
    ("Three soldiers died in the ambush near Sofara. 2 other soldiers were killed later that day.", 5),
    ("A policeman was shot dead in Rosarno. Two more bodies were found nearby on Tuesday.", 3),
])
def test_further_dead_in_a_later_sentence(text, expected):
    assert fatalities(text) == expected


def test_near_miss_other_deaths_only_feared():
    assert fatalities("Two policemen were killed in the riot. Three other deaths are feared but not yet confirmed.") == 2


# -- A killer's own death, told; a side's own losses
@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber killed himself and 5 worshippers at a mosque in Peshawar.", 6),
    ("A soldier shot dead two comrades at a base near Herat and then killed himself.", 3),
    ("The army said it killed 30 militants near Djibo and lost six soldiers.", 36),
    ("Rebels attacked the base at dawn; the garrison lost three of its men.", 3),
])
def test_attackers_and_a_sides_own_dead(text, expected):
    assert fatalities(text) == expected


def test_near_miss_lost_things_are_not_dead():
    assert fatalities("Government forces lost two armoured vehicles near Hama.") == 0


# -- A counted whole followed by who they were
@pytest.mark.parametrize("text, expected", [
    ("5 people, a nurse, a taxi driver and a student, were killed in the crossfire in Goma.", 5),
    ("3 persons, a vendor and a teacher among them, were killed.", 3),
    ("Two people, a woman and her son, were killed by a shell in Kherson.", 2),
])
def test_a_whole_and_who_they_were(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_list_of_different_victims():
    assert fatalities("2 soldiers, a policeman and a child were killed in the blast in Quetta.") == 4


# -- A demonstration's dead: those it is about are not its own
@pytest.mark.parametrize("text", [
    "Relatives of two farmers killed by soldiers staged a protest in Tamale.",
    "Residents blocked a road in Jos, demanding the arrest of men who killed a trader.",
    "Family members rallied outside the hospital in Lahore, claiming that a patient died through neglect.",
])
def test_deaths_a_demonstration_is_about(text):
    assert fatalities(text, causes_excluded=True) == 0


def test_near_miss_a_demonstrator_killed_at_the_demonstration():
    assert fatalities("Police fired on the protest in Mandalay, killing two demonstrators.", causes_excluded=True) == 2


def test_near_miss_the_accused_lynched_by_a_crowd():
    assert fatalities("Two old women whom neighbours accused of sorcery are beaten to death by a crowd.", causes_excluded=True) == 2


# -- Headline objects with a name in them
@pytest.mark.parametrize("text, expected", [
    ("Drone strike kills senior Hezbollah commander in south Lebanon", 1),
    ("Troops kill top ISWAP commander near Lake Chad", 1),
    ("Gunmen kill former Haitian senator in Port-au-Prince", 1),
])
def test_headline_object_with_a_name_in_it(text, expected):
    assert fatalities(text) == expected


# -- A death toll told far from its figure
@pytest.mark.parametrize("text, expected", [
    ("The death toll from Friday's bombing of a mosque in the northern Afghan city of Kunduz has risen to 46.", 46),
    ("The death toll in the attack on a market by Russian missiles in the eastern town of Kostiantynivka rose to 17.", 17),
    ("The death toll of the Sunday attack on the village of Yelwata by armed herders now stands at 12, officials said.", 12),
])
def test_a_death_toll_far_from_its_figure(text, expected):
    assert fatalities(text) == expected


# -- Subjects told with quotation marks, relatives, names and descriptions
@pytest.mark.parametrize("text, expected", [
    ('A parish priest is "hacked to death" by unknown attackers in Ituri.', 1),
    ('Five "bandits" are lynched by villagers in Zamfara.', 5),
    ('A radical preacher known as "Abu Bakr" is shot dead by gunmen in Mosul.', 1),
])
def test_quotation_marks_around_a_few_words(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_quoted_slogan_is_no_death():
    assert fatalities('Protesters chanted "death to the army" in Tehran.') == 0


@pytest.mark.parametrize("text, expected", [
    ("Troops shot a fuel smuggler, who died of his wounds two days later in Tripoli.", 1),
    ("Soldiers beat a shepherd, who died on the way to the clinic near Mopti.", 1),
    ("Rebels wounded two porters, who died the next morning in Bunia.", 2),
])
def test_the_person_a_who_died_clause_is_about(text, expected):
    assert fatalities(text) == expected


def test_near_miss_who_was_only_taken_to_hospital():
    assert fatalities("Soldiers wounded a boy, who was taken to hospital.") == 0


@pytest.mark.parametrize("text, expected", [
    ("Omar Haidari, a lawyer working for the anti-corruption office, was found killed near Bagram.", 1),
    ("Eight soldiers from the 5th Brigade, on patrol along the Kidal road, died when their truck hit a mine.", 8),
    ("A schoolteacher and council candidate was shot dead near the bazaar in Herat.", 1),
])
def test_names_asides_and_two_descriptions_of_one_person(text, expected):
    assert fatalities(text) == expected


def test_near_miss_two_people_joined_by_and():
    assert fatalities("A soldier and a civilian were killed in Gao.") == 2


# -- A death recalled by an adjective ("the slain leader") is not told
@pytest.mark.parametrize("text, expected", [
    ("Supporters of the slain leader blocked roads in Gulu.", 0),
    ("Guards at the wake of a murdered trader in Lira were attacked by a crowd. Four of the guards were killed.", 4),
    ("Mourners carried the body of an assassinated judge through Culiacan.", 0),
])
def test_a_death_recalled_by_an_adjective(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_killing_verb_after_its_subject():
    assert fatalities("A gunman killed four worshippers in a church in Owo.") == 4


# -- The figure revised later in the report; the whole before "among which"
@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot and killed four worshippers in Kaduna. Two days later officials raised the death toll to six.", 6),
    ("One soldier died in the ambush near Tessit. The death toll later rose to three.", 3),
    ("Seven villagers, among which three women, died in the raid on Djugu.", 7),
])
def test_a_revised_toll_and_the_whole_before_among_which(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_lower_toll_later_keeps_the_conservative_figure():
    assert fatalities("Eight miners were killed in the raid near Kamituga. The toll was later put at six.") == 6


# -- Kin killed with the victim; a killer who took his own life
@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead a shepherd together with his brother and nephew near Sinjar.", 3),
    ("A sentry opened fire on his platoon leader in Kabul, killing him, before turning the gun on himself.", 2),
    ("A gunman killed four worshippers in a church in Texas and then shot himself.", 5),
])
def test_kin_killed_with_the_victim_and_a_killer_who_died(text, expected):
    assert fatalities(text) == expected


def test_near_miss_with_his_weapon():
    assert fatalities("Gunmen killed a farmer with his own machete in Kaduna.") == 1


# -- Two sources in one sentence; "another" who died later
@pytest.mark.parametrize("text, expected", [
    ("The army reported 15 soldiers killed; JNIM claimed 64 killed.", 15),
    ("Officials said 3 villagers died; residents put the toll at 11.", 3),
    ("1 policeman died on the spot, and another succumbed to his wounds in hospital.", 2),
])
def test_two_sources_and_another_who_died(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_semicolon_between_two_parts_of_one_report():
    assert fatalities("Troops killed 15 assailants; two soldiers also died.") == 17


# -- The other side's dead told in a later sentence
@pytest.mark.parametrize("text, expected", [
    ("Al-Shabab fighters stormed a base near Jowhar, killing 10 soldiers. The army said 30 militants were killed in the counterattack.", 40),
    ("Bandits killed four policemen at a checkpoint in Zamfara. Eleven bandits died in the gunfight.", 15),
    ("Two gendarmes were killed in the ambush near Fada. Six assailants were also killed.", 8),
])
def test_the_other_sides_dead_in_a_later_sentence(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Five people were killed in the attack on Bunia. Three soldiers and two civilians died.", 5),  # the five told again
    ("Ten soldiers were killed in the ambush near Gao. Two officers were among the dead.", 10),  # the same side
])
def test_near_miss_the_same_dead_told_again(text, expected):
    assert fatalities(text) == expected
