"""Fatalities, round 7 (issue 13): rule families checked with sentences of our own about
places world-wide (three or more each, failing without the rule), and near misses that
keep the old reading. ACLED's rule: the lowest reported figure for the event, every death
of the event (the perpetrators' too), 0 when none is reported."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text, causes_excluded=False):
    return count_fatalities([s.text for s in split_sentences(text)], causes_excluded=causes_excluded)


# -- A part of a whole ("two of whom", "of which three"): the dead among people first told
# as hit or hurt are the event's dead; a part of people told dead already is not one more.
@pytest.mark.parametrize("text, expected", [
    ("Fighting broke out in Khartoum. 4 men died during the fighting, one of whom only passed away two days later.", 4),
    ("Six soldiers were killed in the ambush near Gao, two of whom died later in hospital.", 6),
    ("Gunmen killed three villagers in Zamfara, one of them a local imam.", 3),
    ("Riot police opened fire in Lahore; a later count said 6 were shot, of which four died.", 4),
    ("Soldiers fired on a crowd in Mandalay: 8 were hit, two of whom died.", 2),
])
def test_part_of_a_whole(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the part of the wounded, added to the dead told before
    ("Gunmen killed two guards in Kano and wounded five passers-by, one of whom later died.", 3),
    ("Police fired on protesters in Karachi; five were shot, two of whom died.", 2),
    ("1 shopkeeper in Chittagong was struck by a bullet and killed.", 1),
])
def test_near_miss_part_of_the_hurt(text, expected):
    assert fatalities(text) == expected


# -- The victims after a killing verb listed with commas, kin or aides closed by "and":
# "killed the governor, his driver, and a guard" tells three dead, not one.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed the district governor, his driver, and a bodyguard in Kunduz.", 3),
    ("Militants shot dead the mayor, his secretary and his driver near Uruapan.", 3),
    ("Bandits killed the village head, his wife and two sons in Katsina.", 4),
    ("Gunmen killed the pastor, the church secretary and a choir member in Kaduna.", 3),
    ("Gunmen killed Ali Musa, the district chairman, and his driver near Maiduguri.", 2),
    ("Rebels killed a soldier, his comrade and a civilian near Beni.", 3),
])
def test_victims_listed_with_kin_or_aides(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name and the role that says who he was: one person
    ("Soldiers killed Abu Salim, their commander, in an ambush near Idlib.", 1),
])
def test_near_miss_one_person_described(text, expected):
    assert fatalities(text) == expected


# -- Bodies counted with several words between the figure and "bodies" ("two badly burned
# bodies", "five decomposing male bodies").
@pytest.mark.parametrize("text, expected", [
    ("Two badly burned bodies were pulled from the rubble in Gaza.", 2),
    ("Rescuers found three charred unidentified bodies in a burnt-out bus near Kaduna.", 3),
    ("Five decomposing male bodies were discovered in a shallow grave outside Acapulco.", 5),
])
def test_bodies_with_several_modifiers(text, expected):
    assert fatalities(text) == expected


# -- A passive killing whose first deed is the attack itself ("was attacked and killed",
# "was robbed and murdered"): the subject, a pronoun too, is the dead.
@pytest.mark.parametrize("text, expected", [
    ("He was robbed and then killed by traders in Lagos.", 1),
    ("She was robbed and murdered on her way home in Tegucigalpa.", 1),
    ("He was ambushed and shot dead on the road to Kidal.", 1),
])
def test_attacked_and_killed(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The convoy was attacked and three soldiers were killed near Mopti.", 3),
    ("A vendor was ambushed and killed on his way to Ikeja.", 1),
    # attacked without a death: none
    ("He was assaulted by traders in Lagos but escaped.", 0),
])
def test_near_miss_attacked(text, expected):
    assert fatalities(text) == expected


# -- "The accused", "the deceased": an adjective standing for one person, the victim of
# the killing verb before it.
@pytest.mark.parametrize("text, expected", [
    ("Police shot dead the accused during a raid in Karachi.", 1),
    ("Soldiers gunned down the accused while he ran off in Mosul.", 1),
    ("A mob lynched the accused outside the court in Kumasi.", 1),
])
def test_the_accused_as_victim(text, expected):
    assert fatalities(text) == expected


def test_near_miss_the_accused_as_killer():
    assert fatalities("The accused killed two guards and escaped from the prison in Kano.") == 2


# -- The bodies of people described by what befell them before ("abducted by gunmen",
# "who went missing", "two kidnapped students"): the counted phrase names the dead.
@pytest.mark.parametrize("text, expected", [
    ("The bodies of three men abducted last week by gunmen were found near Beni.", 3),
    ("The bodies of two herders who went missing on Friday were recovered in Plateau State.", 2),
    ("Navy divers recovered the bodies of four fishermen kidnapped by pirates in the Niger Delta.", 4),
    ("The bodies of two kidnapped students were found in Kaduna.", 2),
])
def test_bodies_of_people_described(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bodies of a mechanic and a nurse were found dumped near Tijuana.", 2),
    ("Two herders went missing in Plateau State on Friday.", 0),
    ("Gunmen abducted four fishermen in the Niger Delta.", 0),
])
def test_near_miss_bodies_plain_or_none(text, expected):
    assert fatalities(text) == expected


# -- One more dead told by rank ("a third victim died", "the body of a fourth hostage"):
# the rank is how many have died by then, those told before among them.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two people in Zamfara. Later, a third victim died in hospital.", 3),
    ("Three soldiers died in the blast near Gao. A fourth soldier succumbed on Tuesday.", 4),
    ("Four miners died when militiamen raided a pit near Bunia. A fifth miner was found dead the next morning.", 5),
    ("Two protesters were shot dead in Khartoum on Sunday. On Monday a third protester died in hospital.", 3),
    ("Militants beheaded two hostages in Cabo Delgado. The body of a third hostage was found later.", 3),
])
def test_one_more_dead_by_rank(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two cyclists died in Kano. A third cyclist was wounded.", 2),
    ("It was the third attack on the village this month; two farmers were killed.", 2),
    ("Gunmen killed a village chief and his two sons in Ituri. A third son survived.", 3),
    ("Five villagers died in Beni. A second victim was identified as a teacher.", 5),
    ("A constable died in the ambush in Peshawar; a second constable died later in hospital.", 2),
])
def test_near_miss_rank_within_the_count(text, expected):
    assert fatalities(text) == expected


# -- "The deaths of" with a figure, after any verb that tells the event ("ended with",
# "brought about", "saw"): the event's own dead, unless a protest, an inquiry or a
# revenge before them makes them a cause or another event.
@pytest.mark.parametrize("text, expected", [
    ("A raid by the army in Sambisa forest ended with the deaths of nine insurgents.", 9),
    ("An operation by troops in Tillaberi brought about the deaths of four bandits.", 4),
    ("The clash in Ituri saw the deaths of 12 militiamen and two soldiers.", 14),
    ("A sweep against a militia near Kapedo yielded rifles as well as the deaths of six gunmen.", 6),
])
def test_deaths_of_named_as_a_noun(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Students protested the deaths of two classmates in Khartoum.", 0),
    ("Herders attacked the village in revenge for the deaths of three of their kin.", 0),
    ("An inquiry into the deaths of five protesters in Lagos opened on Monday.", 0),
    ("Workers marched against the deaths of three miners in the collapse.", 0),
    ("The army announced the deaths of six soldiers in an ambush near Mopti.", 6),
])
def test_near_miss_deaths_recalled(text, expected):
    assert fatalities(text) == expected


# -- One person who "lost his life" / "lost her life" (the singular of "lost their lives").
@pytest.mark.parametrize("text, expected", [
    ("A customs officer lost his life in a shootout with smugglers near Malanville.", 1),
    ("A young herder lost his life when raiders attacked his camp in Darfur.", 1),
    ("A nurse lost her life in the shelling of the hospital in Kharkiv.", 1),
])
def test_lost_his_life(text, expected):
    assert fatalities(text) == expected


# -- The dead told as lives taken: "claimed 14 lives", "cost at least 9 lives", "took 23 lives".
@pytest.mark.parametrize("text, expected", [
    ("The attack claimed 14 lives in the village of Solhan.", 14),
    ("The clashes between the clans cost at least 9 lives in Galkayo.", 9),
    ("The car bomb in Baghdad took 23 lives.", 23),
])
def test_lives_taken(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two people lost their lives when robbers attacked a bus near Dassa.", 2),
    ("The attack claimed the lives of 11 civilians and 2 soldiers.", 13),
    ("Militants claimed the attack on the base near Menaka.", 0),
])
def test_near_miss_lives(text, expected):
    assert fatalities(text) == expected


# -- Others who died in the event, told after its killing verb: "as well as the three
# attackers", "and two more in the afternoon".
@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked a beach resort in Grand-Bassam; 19 people were killed, as well as the three attackers.", 22),
    ("Militants killed four soldiers as well as two civilians in the raid near Mopti.", 6),
    ("Clashes between two clans in Galkayo killed 6 people on Monday and 4 more on Tuesday.", 10),
    ("Raiders killed three herders in the morning and two more in the afternoon near Kapoeta.", 5),
])
def test_more_dead_after_the_verb(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 6 people in Galkayo and 4 others were wounded.", 6),
    ("Bandits killed two soldiers in Zamfara and 3 others were abducted.", 2),
    ("Soldiers as well as police killed 5 rebels near Beni.", 5),
    ("Gunmen killed two farmers, as well as wounding three herders, near Jos.", 2),
    ("The attackers killed 4 people, wounded 10 and 5 more are missing.", 4),
    ("A driver died of gunshots in Moyale and two other passengers injured.", 1),
    ("A trader was lynched in Meru after he and two accomplices broke into a shop.", 1),
    ("Five herders died and four others were reported missing after the clash near Moyale.", 5),
])
def test_near_miss_others_not_dead(text, expected):
    assert fatalities(text) == expected


# -- The dead listed as "the dead" ("The dead included 4 soldiers and 3 civilians",
# "Among the dead were two children"), read when the sentence counts no other dead.
@pytest.mark.parametrize("text, expected", [
    ("The dead included 4 soldiers and 3 civilians.", 7),
    ("Among the dead were two children.", 2),
    ("The dead were identified as a teacher and a nurse.", 2),
    ("Among the dead was a local imam.", 1),
])
def test_the_dead_listed(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Five shoppers died in Maiduguri; the dead included two children.", 5),
    ("Ten villagers died in the raid. Among the dead were two children.", 10),
])
def test_near_miss_the_dead_among_a_count(text, expected):
    assert fatalities(text) == expected


# -- "Their bodies were found" after a sentence that counted people taken or missing: the
# bodies are theirs, the count too.
@pytest.mark.parametrize("text, expected", [
    ("Two teachers were abducted in Sinaloa. Their bodies were found near a highway days later.", 2),
    ("Gunmen kidnapped three aid workers near Kidal. Their bodies were found on Friday.", 3),
    ("Four fishermen went missing off the coast of Kribi. Their bodies were recovered by the navy.", 4),
])
def test_their_bodies_after_people_taken(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two farmers in Benue. Their bodies were taken to the mortuary.", 2),
    ("Gunmen abducted two traders in Kaduna. Their families paid a ransom.", 0),
    ("Gunmen kidnapped 12 students in Kaduna and released 4 of them. Their bodies were found later.", 0),
])
def test_near_miss_their_bodies(text, expected):
    assert fatalities(text) == expected


# -- A later source's breakdown of the same dead ("two soldiers and a civilian" after "three
# soldiers"): no fewer dead, so the first figure is not lowered for one of its nouns.
@pytest.mark.parametrize("text, expected", [
    ("Militants attacked a checkpoint near Gao. Three soldiers were killed. A military source said two soldiers and a civilian died.", 3),
    ("Gunmen raided a village in Zamfara. Five villagers were killed. Police said four villagers and a vigilante died.", 5),
    ("Bandits ambushed a convoy near Kaduna, killing six travellers. The state said five travellers and a driver were killed.", 6),
])
def test_later_breakdown_of_the_same_dead(text, expected):
    assert fatalities(text) == expected


def test_near_miss_later_lower_figure():
    # a lower figure for the same victims: the conservative one
    assert fatalities("Militants attacked a checkpoint near Gao. Three soldiers were killed. A military source said two soldiers died.") == 2


# -- Large figures: a thousands separator is no list comma ("1,200 rebels" is not "1" and
# "200 rebels"), and hundreds in words ("two hundred", "one hundred and twenty").
@pytest.mark.parametrize("text, expected", [
    ("The army killed 1,200 rebels in the offensive.", 1200),
    ("1,200 civilians died in the offensive.", 1200),
    ("The offensive left 1,500 people dead.", 1500),
    ("Airstrikes killed 2,000 civilians, the UN said.", 2000),
])
def test_thousands_separator(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two hundred villagers were massacred near Kidal.", 200),
    ("One hundred and twenty people died in the massacre.", 120),
    ("Over a hundred people died in the fighting in Juba.", 100),
    ("Militants killed a hundred and five villagers.", 105),
    ("Troops killed three hundred insurgents in Sambisa.", 300),
])
def test_hundreds_in_words(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two soldiers and a hundred cattle.", 2),
    ("Gunmen killed 3 villagers, 2 herders and a trader near Jos.", 6),
])
def test_near_miss_numbers(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("word, value", [
    ("two hundred", 200), ("one hundred and twenty", 120), ("a hundred", 100), ("three hundred twenty-five", 325),
    ("twenty-one", 21), ("half a dozen", 6), ("1,200", 1200),
])
def test_number_words(word, value):
    from geo.incidents.numbers import to_int
    assert to_int(word) == value


# -- A passive killing followed by a distance or a time ("were killed 200 metres from the
# base", "was killed 3 days after the raid"): the figure after the verb is no object.
@pytest.mark.parametrize("text, expected", [
    ("Two soldiers and a shepherd were killed 200 metres from the base in Mopti.", 3),
    ("Two soldiers were killed 2 km from the checkpoint near Tillaberi.", 2),
    ("A trader was killed 3 days after the raid on the market in Kano.", 1),
])
def test_passive_then_distance_or_time(text, expected):
    assert fatalities(text) == expected


def test_near_miss_active_then_distance():
    assert fatalities("Gunmen killed 3 people 5 km from Gao.") == 3


# -- Victims named: an age between commas after the name is no count ("Mohamed Abdi
# Hassan, 45, a businessman, was killed"), a title's full stop ends no phrase ("Dr. Amina
# Bello"), and two people named and joined by "and" are two dead.
@pytest.mark.parametrize("text, expected", [
    ("Mohamed Abdi Hassan, 45, a businessman, was killed by gunmen in Mogadishu.", 1),
    ("Gunmen killed Dr. Amina Bello in her clinic in Kano.", 1),
    ("Soldiers shot dead Capt. Idris Bakari and two guards near Mopti.", 3),
    ("Juan Perez and Maria Lopez, both activists, were murdered in Guerrero.", 2),
    ("Ahmed Ali and Hassan Nur were shot dead in Mogadishu.", 2),
])
def test_victims_named(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Col. Ahmed Yusuf was killed in an ambush near Baidoa.", 1),
    ("Gunmen shot dead Alhaji Musa Danjuma, a local chief, in Katsina.", 1),
    ("Riot police shot dead Ahmed, a 17-year-old student, in Khartoum.", 1),
])
def test_near_miss_one_person_named(text, expected):
    assert fatalities(text) == expected


# -- "Both" as the subject of a death at the opening of a clause ("…; both were later found
# dead"): two dead, not an adverb between the subject and its verb.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen abducted a pastor and his wife in Kaduna; both were later found dead.", 2),
    ("Two journalists were kidnapped in Sinaloa. Both were found dead a week later.", 2),
    ("A trucker and his mate were shot by bandits; both died on the way to hospital.", 2),
    ("Both were killed by a roadside bomb near Kandahar.", 2),
])
def test_both_as_subject(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were both killed in the blast near Gao.", 2),
    ("Two herders were killed; both were from Kano.", 2),
])
def test_near_miss_both_as_adverb(text, expected):
    assert fatalities(text) == expected


# -- "All of them" after a group counted earlier in the sentence: the group's figure, not
# an unknown number (10).
@pytest.mark.parametrize("text, expected", [
    ("Troops ambushed a group of six militants near Gao, killing all of them.", 6),
    ("Gunmen abducted five farmers in Zamfara and killed all of the hostages.", 5),
    ("Rebels captured four soldiers near Beni and executed all of them.", 4),
    ("Kidnappers seized seven travellers near Abuja and murdered all of the captives.", 7),
])
def test_all_of_a_group_counted_before(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police cornered three robbers in Lagos, killing all three.", 3),
    # no group counted before: an unknown number, as ACLED codes plural dead
    ("Militants attacked the post and killed all of them.", 10),
])
def test_near_miss_all(text, expected):
    assert fatalities(text) == expected


# -- People told taken, then dead in the next sentence ("the kidnapped farmers were found
# dead", "their bodies were found"): their figure, on top of any dead told with the abduction.
@pytest.mark.parametrize("text, expected", [
    ("Raiders stormed a checkpoint near Kapedo, killing an officer and seizing two guards. "
     "The seized guards were executed on Monday.", 3),
    ("Gunmen killed a guard and kidnapped two engineers in Delta State. Their bodies were found a week later.", 3),
    ("Bandits abducted three farmers in Zamfara. The kidnapped farmers were found dead two days later.", 3),
    ("Militants seized four truck drivers near Kidal. The abducted drivers were executed on Sunday.", 4),
])
def test_taken_then_found_dead(text, expected):
    assert fatalities(text) == expected


# -- A killing verb whose object is "no one" / "nobody": no dead.
@pytest.mark.parametrize("text", [
    "The police killed no one, the spokesman said.",
    "The soldiers killed nobody during the raid in Gao.",
    "The airstrike killed nobody, the army claimed.",
    "Rebels killed no one in the raid on Beni, the UN said.",
])
def test_killed_no_one(text):
    assert fatalities(text) == 0


def test_near_miss_one_and_no_one_else():
    assert fatalities("The police killed one robber and no one else in Lagos.") == 1


# -- Others killed "as well" in a later sentence: the report itself says they are more dead
# (as "were also killed").
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed three soldiers near Mopti. Two civilians were killed as well.", 5),
    ("Militants killed a chief in Kidal. His two sons died as well.", 3),
    ("Bandits killed four villagers in Zamfara. Two bandits were killed as well.", 6),
])
def test_killed_as_well(text, expected):
    assert fatalities(text) == expected


def test_near_miss_wounded_as_well():
    assert fatalities("Gunmen killed three soldiers near Mopti. Two civilians were wounded as well.") == 3


# -- Dead among the hurt told before ("three of the injured died the next day"): more dead,
# whatever their figure.
@pytest.mark.parametrize("text, expected", [
    ("Two soldiers died and 11 were hurt in the battle near Kismayo. Three of the injured died in hospital on Friday.", 5),
    ("A bomb killed four people at a market in Maiduguri. Five of the wounded later died in hospital.", 9),
    ("Militants killed 6 villagers near Beni. Two of the injured succumbed on Monday.", 8),
    ("Police killed 3 protesters in Khartoum. One of the wounded died later.", 4),
])
def test_dead_among_the_hurt(text, expected):
    assert fatalities(text) == expected


def test_near_miss_one_of_the_dead():
    assert fatalities("Police killed 3 protesters in Khartoum. Among those who died, one was a student.") == 3


# -- A list after "including" that goes on past its own verbs ("including 2 farmers who were
# shot dead and 1 trader who was hacked to death"): its later members are part of the whole.
@pytest.mark.parametrize("text, expected", [
    ("3 people were killed in Jos, including 2 farmers who were shot dead and 1 trader who was hacked to death.", 3),
    ("Gunmen killed 3 villagers, including a chief who was beheaded and his son who was shot dead.", 3),
    ("Six people died in Beni, among them two nurses who got shot dead and one pupil who was stabbed to death.", 6),
])
def test_subset_list_goes_on(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 4 villagers, including a tailor who was shot dead in her shop.", 4),
    ("Seven people, including three policemen who were shot dead at a checkpoint, died in the assault on Tillaberi.", 7),
])
def test_near_miss_subset_one_member(text, expected):
    assert fatalities(text) == expected


def test_near_miss_bodies_not_counted_across_other_words():
    # the words between a figure and "body" are its modifiers, not a place or another thing
    assert fatalities("Police found a rifle near the body shop on the highway to Kano.") == 0


# -- "lost N of their own": a side's own dead with the noun left out; "of their own homes"
# (property) is no one dead.
@pytest.mark.parametrize("text, expected", [
    ("The militia lost six of their own in the ambush near Kidal.", 6),
    ("Jihadists stormed a checkpoint near Menaka and lost three of their own, the army said.", 3),
    ("The battalion lost two of its own when a roadside bomb hit a convoy near Mosul.", 2),
    ("Villagers lost two of their own homes when gunmen set fire to the market in Kidal.", 0),
])
def test_lost_of_their_own(text, expected):
    assert fatalities(text) == expected
