"""Fatalities, round 8 (issue 13): rule families checked with sentences of our own about
places world-wide (three or more each, failing without the rule), and near misses that
keep the old reading. ACLED's rule: the lowest reported figure for the event, every death
of the event (the perpetrators' too), 0 when none is reported."""

from datetime import date

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.segment import group_sentences
from geo.incidents.sentences import split_sentences


def fatalities(text, causes_excluded=False):
    return count_fatalities([s.text for s in split_sentences(text)], causes_excluded=causes_excluded)


# -- Killing words: "decapitated" and "butchered" tell deaths as "beheaded" and
# "slaughtered" do; a series of deeds before the killing ("shot, hacked and beheaded")
# still has its subject counted.
@pytest.mark.parametrize("text, expected", [
    ("Two aid workers were decapitated by militants in Cabo Delgado.", 2),
    ("Militants decapitated three farmers near Palma on Sunday.", 3),
    ("Three traders were butchered by armed men near Beni.", 3),
    ("Gunmen butchered five villagers in an overnight raid near Bunia.", 5),
    ("Four village guards were shot, slashed and decapitated near Gao overnight.", 4),
    ("Three traders were robbed, slashed and killed on the road to Kidal.", 3),
])
def test_killing_words_and_series_of_deeds(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two butchers were arrested at the cattle market in Kano.", 0),  # the trade, no killing
    ("Three butchers were shot dead at the market in Maiduguri.", 3),
    ("Ten civilians were hurt, and a soldier was killed in Homs.", 1),
])
def test_near_miss_killing_words(text, expected):
    assert fatalities(text) == expected


# -- People set on fire, told in the present of headlines or with a participle: "sets
# alight four cattle thieves", "setting ablaze two suspected kidnappers".
@pytest.mark.parametrize("text, expected", [
    ("Near Jos, a militia storms a market and sets alight four cattle thieves.", 4),
    ("A mob in Goma sets ablaze two suspected child kidnappers.", 2),
    ("Vigilantes in Michoacan seized a market, setting alight three suspected extortionists.", 3),
])
def test_people_set_on_fire_present_and_participle(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A mob sets ablaze the house of a suspected witch in Kisangani.", 0),
    ("Youths stormed the station in Lagos, setting ablaze three police vehicles.", 0),
])
def test_near_miss_property_set_on_fire(text, expected):
    assert fatalities(text) == expected


# -- A victim who died of the event's wounds on a later day: the date of that death does
# not start another incident, and the death is the event's own (ACLED counts it with the
# event that caused it). A lower-case "may" hedges; the month "5 May" does not.
def main_incident_fatalities(text, published=date(2024, 5, 3)):
    drafts, main = group_sentences(split_sentences(text), published)
    return count_fatalities([s.text for s in main.sentences]) if main else None


@pytest.mark.parametrize("text, expected", [
    ("On 3 May 2024, gunmen raided a village near Maiduguri (Borno). 5 villagers died, "
     "one of them a herder who succumbed in hospital on 6 May.", 5),
    ("On 3 May 2024, soldiers beat a street vendor in Mandalay. The vendor succumbed to the beating on 9 May.", 1),
    ("On 3 May 2024, a mob stormed a police post in Karachi and assaulted a constable. "
     "The constable died of his wounds in hospital on 10 May.", 1),
    ("On 3 May 2024, protesters clashed with police in Lahore. 2 people were killed. "
     "2 other people died of their wounds in hospital on 5 May.", 4),
])
def test_death_from_wounds_on_a_later_day(text, expected):
    assert main_incident_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers died when rebels ambushed a patrol near Gao on 2 May. One other soldier died of his wounds on 4 May.", 3),
    ("Militants killed 3 villagers in Kajuru on 1 May. 2 more villagers succumbed to their wounds on 6 May.", 5),
    ("Gunmen killed 2 guards at a mine near Kidal on 1 May. 1 more guard died of his wounds on 3 May.", 3),
    ("Two soldiers died when rebels ambushed a patrol near Gao. One other soldier may have died of his wounds.", 2),
])
def test_month_may_is_no_hedge(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plain "died on" a later day is another event's: the main incident keeps its own
    ("On 3 May 2024, militants attacked an army post near Djibo. 3 soldiers were killed. "
     "A herder died on 9 May when a mine exploded near Arbinda.", 3),
    ("On 3 May 2024, gunmen attacked a bus near Zamfara, killing 2 passengers. "
     "Police said the attack may have killed 4 more people.", 2),
])
def test_near_miss_later_day(text, expected):
    assert main_incident_fatalities(text) == expected


# -- "… and both were shot dead": "both" after "and" is the subject, two dead (not the
# phrase before "and", read as an unnumbered plural); a list opening with one person
# named by role ("the driver and his aide were killed") counts each member.
@pytest.mark.parametrize("text, expected", [
    ("The attackers were chased by residents of Diffa and both were shot dead.", 2),
    ("The kidnappers were cornered by villagers in Katsina and both were lynched.", 2),
    ("The soldiers were ambushed on the road to Kidal and both killed.", 2),
    ("The driver and his aide were killed when gunmen fired on their car in Kunduz.", 2),
    ("The chief and his wife died when raiders torched their hut near Jos.", 2),
    ("The commander and his deputy were shot dead by rivals in Tierra Caliente.", 2),
])
def test_both_and_a_role_in_a_list(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The gunmen fled and the driver was killed on the road to Gusau.", 1),
    ("The police and a soldier were killed when rebels struck Jamrud.", 1),
    ("The herders were attacked near Kidal; both were later found dead.", 2),
])
def test_near_miss_both_and_lists(text, expected):
    assert fatalities(text) == expected


# -- The other side's dead told after the wounded who died later: the wounded are a part
# of the first side's dead, not a figure for people in general that might hold them.
@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were killed and 11 injured in fighting with rebels near Pibor. "
     "Three of the injured died on the following morning. Three rebels were killed during the day.", 8),
    ("Four policemen died when militants ambushed them near Kismayo. One of the wounded later died. "
     "Police said 6 militants were killed.", 11),
    ("Five soldiers died when jihadists overran a post near Menaka. Two of the injured later succumbed. "
     "The army said it killed 12 jihadists in the pursuit.", 19),
])
def test_other_side_after_the_wounded_who_died(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the other side's claim of the same dead: the lowest figure stands
    ("Four policemen died when militants ambushed them near Kismayo. One of the wounded later died. "
     "The militants claimed 20 soldiers were killed.", 5),
    # a figure for people in general may hold the dead told already: not added
    ("Four policemen died when militants ambushed them near Kismayo. One of the wounded later died. "
     "Police said 3 people were killed.", 5),
])
def test_near_miss_other_side_after_the_wounded(text, expected):
    assert fatalities(text) == expected


# -- The toll told risen on a later day is the event's revised toll, not another event;
# a victim told hurt before the noun ("a wounded passenger", "two injured protesters",
# "three abducted farmers") and dead since is counted, on top of the first dead when the
# report says the wounded died later.
@pytest.mark.parametrize("text, expected", [
    ("A car bomb exploded at a market in Mogadishu on 2 May, killing 7. The death toll rose to 12 on 4 May.", 12),
    ("A suicide attack hit a mosque in Peshawar on 1 May, killing 20. On 3 May, the death toll climbed to 31.", 31),
    ("An air strike hit a village near Idlib on 1 May, killing 5. By 2 May the death toll had risen to 8.", 8),
    ("Gunmen attacked a bus near Gusau on 2 May, killing 2. A wounded passenger later died in hospital.", 3),
    ("Police fired on protesters in Lahore, killing 2. Two injured protesters later died.", 4),
])
def test_toll_risen_on_a_later_day_and_the_wounded_who_died(text, expected):
    assert main_incident_fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three abducted farmers were found dead near Kaduna.", 3),
    ("Two wounded soldiers died on the way to hospital in Mopti.", 2),
    ("Two injured miners died before reaching the clinic in Butembo.", 2),
    ("Soldiers found the bodies of two kidnapped traders near Lake Chad.", 2),
])
def test_hurt_or_taken_before_the_noun(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rebels shelled a market in Goma; 9 soldiers injured and 3 killed.", 3),
    ("Gunmen attacked a bus near Gusau on 2 May, killing 2 passengers. Two passengers died in hospital.", 2),
    ("Police fired on protesters in Lahore, killing 2 people. The injured protesters were taken to hospital.", 2),
])
def test_near_miss_hurt_words(text, expected):
    assert fatalities(text) == expected


# -- A period's total told with a singular period ("over the past year", "in the last
# month") is background, as the plural ("in the past months") already is.
@pytest.mark.parametrize("text, expected", [
    ("Residents say raids have left 30 dead around the town over the past year. On Monday, gunmen torched houses in Bokkos.", 0),
    ("Fighting in the last month left some 12 herders dead, residents of Pibor said.", 0),
    ("Gang violence has killed 80 people in Cite Soleil over the past month. Police patrolled the district on Friday.", 0),
    ("Bandits killed 25 villagers in the district over the past year, officials in Gusau said.", 0),
])
def test_singular_period_total(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 4 villagers in Bokkos on Monday, the worst attack in the area this year.", 4),
    ("Soldiers killed 6 militants near Palma, the army said last month's figures were lower.", 6),
])
def test_near_miss_singular_period(text, expected):
    assert fatalities(text) == expected


# -- A later sentence giving the event's total ("in total", "a total of", "in all") above
# the first figure is the report's own sum, the first dead among them.
@pytest.mark.parametrize("text, expected", [
    ("Militants attacked a checkpoint near Kidal, killing four soldiers. Nine died in total, five of them assailants.", 9),
    ("Gunmen killed 3 villagers in Zamfara. A total of 7 people died in the raids on the two hamlets.", 7),
    ("Soldiers killed 2 rebels near Beni. In all, 6 rebels and 1 soldier died in the fighting.", 7),
])
def test_later_total(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 3 villagers in Zamfara. A total of 40 people may have died.", 3),  # hedged
    ("Gunmen killed 3 villagers in Zamfara. Since January a total of 90 residents have died in the state.", 3),
])
def test_near_miss_later_total(text, expected):
    assert fatalities(text) == expected


# -- One side's figure and the other side's claim in one sentence ("…, while the
# militants claimed to have killed 40"): competing reports of the same dead, the lowest
# stands (ACLED's conservative rule), as when a semicolon parts them.
@pytest.mark.parametrize("text, expected", [
    ("Jihadists attacked Djibo. The army said 15 soldiers were killed, while the jihadists claimed to have killed 40.", 15),
    ("The army said 15 soldiers died when Djibo was overrun, but the militants claimed 40 soldiers died.", 15),
    ("Militants said they killed 30 soldiers near Menaka, whereas the army put the toll at 12.", 12),
])
def test_competing_claims_in_one_sentence(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 5 soldiers near Gao, while police said 3 attackers were killed.", 8),  # the other side's dead
    ("Gunmen killed 4 traders in Kano, but police said no arrests were made.", 4),
])
def test_near_miss_competing_claims(text, expected):
    assert fatalities(text) == expected


# -- Bodies: a part named inside the bodies counted ("six corpses, among them a girl's,
# were recovered") is no boundary; people told detained or arrested and then found dead
# ("Their bodies were found") are counted as the taken are.
@pytest.mark.parametrize("text, expected", [
    ("Four corpses, including a teenage girl's, were found after the shelling of Kharkiv.", 4),
    ("Six bodies, among them two women, were recovered from the river near Culiacan.", 6),
    ("Two journalists were detained by soldiers in Mandalay. Their bodies were found days later near the river.", 2),
    ("Three farmers were arrested by militiamen near Bunia. Their bodies were found the next morning.", 3),
])
def test_bodies_with_a_part_and_of_the_detained(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the takers are not the dead; the bodies are not counted from them
    ("A union leader was detained by two masked soldiers in Mandalay. His corpse was found in a forest days later.", 1),
    ("Two journalists were detained by soldiers in Mandalay. They were released the next day.", 0),
])
def test_near_miss_bodies(text, expected):
    assert fatalities(text) == expected


# -- "1 fatality was a child": who some of the dead were, not the report's own sum that
# a plain later count of fatalities is.
@pytest.mark.parametrize("text, expected", [
    ("Boko Haram militants raided a village near Bama, killing 3 people. 1 fatality was a child.", 3),
    ("Gunmen attacked a market in Gao, killing 5 civilians. One fatality was a police officer.", 5),
    ("Militants ambushed a convoy near Menaka, killing 6. Two fatalities were soldiers.", 6),
])
def test_fatalities_described(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police fired on rioters in Lome, killing 2. 2 other people died later. Total 4 fatalities.", 4),
    ("Militants raided a village near Bama, killing 3 people. 2 fatalities were reported.", 3),
])
def test_near_miss_fatalities_described(text, expected):
    assert fatalities(text) == expected


# -- An age after a common noun, between commas or in brackets ("a trader, 45,", "a
# farmer (60)"), is no count of people, as after a name; the commas go with it.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead a trader, 45, in Kano on Sunday.", 1),
    ("A cobbler, 32, was lynched by a crowd in Onitsha.", 1),
    ("Gunmen killed a farmer (60) and his son near Jos.", 2),
    ("Rebels killed a teacher, 28, and a nurse, 31, in Beni.", 2),
])
def test_age_after_a_noun(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 2 soldiers, 3 civilians, and a child near Gao.", 6),
    ("Militants killed 5 people in Mopti, 3 in Gao, and 2 in Kidal.", 5),
])
def test_near_miss_age_after_a_noun(text, expected):
    assert fatalities(text) == expected


# -- A vehicle that is the target of the violence ("ambushed a lorry killing its driver",
# no comma) is not the cause of a road death.
@pytest.mark.parametrize("text, expected", [
    ("Militiamen raided a bus killing 10 passengers near Dire Dawa.", 10),
    ("Gunmen ambushed a truck killing 2 drivers on the road to Gao.", 2),
    ("Militants bombed a bus killing 14 passengers in Quetta.", 14),
])
def test_vehicle_attacked(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Residents burned a truck that killed a boy in a road accident in Mwanza.", 0),
    ("Youths stoned police after a speeding bus killed two pedestrians in Karachi.", 0),
])
def test_near_miss_vehicle_mishap(text, expected):
    assert fatalities(text) == expected


# -- "fatally shot", "fatally stabbed", "fatally wounded": the deed told with its outcome,
# a death (active and passive).
@pytest.mark.parametrize("text, expected", [
    ("Police fatally shot a protester in Addis Ababa.", 1),
    ("Soldiers fatally wounded two suspected poachers in Garamba.", 2),
    ("A trader was fatally stabbed by robbers in Lagos.", 1),
    ("Two protesters were fatally shot by police in Conakry.", 2),
])
def test_fatally(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police shot a protester in Addis Ababa; he was treated in hospital.", 0),
    ("Police fatally shot two suspects and wounded a third in Durban.", 2),
])
def test_near_miss_fatally(text, expected):
    assert fatalities(text) == expected


def test_non_fatally_is_no_death():
    assert fatalities("A ranger was non-fatally shot by poachers near Garamba.") == 0


# -- In a demonstration's report, "following which" / "after which" / "after this" tell
# what came next — the crowd's own killing — not the death it reacted to.
@pytest.mark.parametrize("text, expected", [
    ("Police fired on the crowd, following which protesters beat two officers to death in Karachi.", 2),
    ("Guards opened fire on the mob, after which rioters lynched a guard in Lahore.", 1),
    ("Police arrested a pastor in Kasai, after which a crowd hacked two officers to death.", 2),
])
def test_what_came_next_is_no_cause(text, expected):
    assert fatalities(text, causes_excluded=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("Protesters rioted in Lahore after police killed a student.", 0),
    ("Crowds blocked roads in Karachi following a shopkeeper's murder by robbers.", 0),
])
def test_near_miss_cause_of_a_demonstration(text, expected):
    assert fatalities(text, causes_excluded=True) == expected


# -- The figures after a dash or a colon that break the first one down ("12 died - 8 on the
# spot while 4 succumbed later") are not more dead.
@pytest.mark.parametrize("text, expected", [
    ("Street battles in Juba left 12 dead - 8 died on the spot while 4 succumbed later in hospital.", 12),
    ("20 miners died in the raid near Butembo - 14 were shot and 6 were burned to death.", 20),
    ("Nine civilians lost their lives in the shelling of Sievierodonetsk: 5 died at once and 4 died in hospital.", 9),
])
def test_breakdown_after_a_dash(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Militants killed 5 soldiers near Gao - a further 3 were killed at Ansongo.", 8),
    ("Police fired on the crowd in Conakry - 1 boy was killed - 1 trader was killed as he fled.", 2),
])
def test_near_miss_breakdown(text, expected):
    assert fatalities(text) == expected


# -- "killed the chief, his wife and son": the kin or aide after "and" shares the
# possessive before it, one more dead each.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed the chief, his wife and son at their farm near Katsina.", 3),
    ("Bandits killed a farmer, his wife and daughter near Jos.", 3),
    ("Gunmen killed the mayor, his driver, and bodyguard in Kunduz.", 3),
])
def test_kin_after_and(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a trader and son of the chief in Jos.", 1),
    ("Police killed a robber and arrested his driver in Lagos.", 1),
])
def test_near_miss_kin_after_and(text, expected):
    assert fatalities(text) == expected
