"""Fatalities, round 9 (issue 13): rule families checked with sentences of our own about
places world-wide (three or more each, failing without the rule), and near misses that
keep the old reading. ACLED's rule: the lowest credible figure for the event, every death
of the event, "several" or an unknown number coded 10, 0 when no death is reported."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text, causes_excluded=False):
    return count_fatalities([s.text for s in split_sentences(text)], causes_excluded=causes_excluded)


# -- Deaths told without a figure: "caused heavy casualties", "resulting in casualties",
# "deaths were reported, though no figures were given" are an unknown number (10); a
# figure anywhere in the incident stands before it, and a denial is no death.
@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb hit an army convoy near Jowhar, causing heavy casualties.", 10),
    ("A car bomb went off outside a police station in Kirkuk, resulting in casualties among the recruits.", 10),
    ("Insurgents shelled a militia camp near Marib, inflicting unspecified casualties.", 10),
    ("Gunmen stormed a village in Zamfara. Deaths were reported, though no exact numbers were provided.", 10),
    ("Militants fired mortars at an army base near Kidal. Casualties were reported, but no figures were given.", 10),
    ("Rebels attacked a garrison in Shan State; casualties were reported but the number was not released.", 10),
])
def test_deaths_told_without_a_figure(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The drone strike on the depot near Kherson caused no casualties.", 0),
    ("Troops repelled the assault on the post in Tillaberi without causing casualties.", 0),
    ("The blast at the market in Quetta caused heavy casualties. Three people were killed.", 3),
    ("Riot police used tear gas to break up a crowd in Harare.", 0),
])
def test_a_figure_or_a_denial_stands_before_uncounted_casualties(text, expected):
    assert fatalities(text) == expected


def test_a_crowds_cause_is_not_its_own_uncounted_dead():
    text = "Residents blocked the highway in Lahore over a factory fire causing heavy casualties."
    assert fatalities(text, causes_excluded=True) == 0


# -- A party's own claim of the dead, where the report itself counts only the hurt: the
# lowest credible figure is the report's (no death); a claim with nothing against it, a
# report of the dead beside it, or witnesses' word keep the old reading.
@pytest.mark.parametrize("text, expected", [
    ("Militants ambushed an army patrol near Diffa, wounding four soldiers. The militants claimed to have killed 12 soldiers.", 0),
    ("Two policemen were injured when gunmen attacked a checkpoint near Bosaso. The group claims 7 dead.", 0),
    ("Six soldiers were wounded by a roadside bomb near Baidoa. The insurgents claimed responsibility, saying their fighters killed nine soldiers.", 0),
    ("Troops killed five militants near Diffa and three soldiers were wounded. The militants claimed they killed ten soldiers.", 5),
])
def test_a_partys_claim_against_the_reported_hurt(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Militants claimed to have killed 12 soldiers in an ambush near Diffa.", 12),
    ("Gunmen killed two soldiers and wounded four near Diffa. The militants claimed to have killed 12.", 2),
    ("Herders attacked a village near Jos and one person was injured. Residents claim three were killed.", 3),
])
def test_a_claim_with_nothing_against_it_stands(text, expected):
    assert fatalities(text) == expected


# -- One victim told again by a pronoun in the same sentence ("…; he died of his
# injuries", "… and burned him alive") is not one more; "her" before a noun names
# another person.
@pytest.mark.parametrize("text, expected", [
    ("A farmer was hacked to death near Makurdi; he died before help arrived.", 1),
    ("Villagers caught a suspected cattle thief near Kaduna, lynched him and burned him alive.", 1),
    ("A mob lynched a suspected thief in Kano and burned him alive.", 1),
    ("A shopkeeper was shot dead in Karachi; he died before reaching hospital.", 1),
])
def test_a_pronoun_tells_the_same_victim_again(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a pastor and her son in Benue.", 2),
    ("Gunmen killed a pastor, his wife and their son in Benue.", 3),
])
def test_a_possessive_names_another_victim(text, expected):
    assert fatalities(text) == expected


# -- A subject told twice, as a role and then as who it was ("The victim, a 25-year-old
# student, died"): one person; a list joined by "and" is several.
@pytest.mark.parametrize("text, expected", [
    ("The victim, a 25-year-old student, died on the spot in Lahore.", 1),
    ("The dead man, a 52-year-old shopkeeper, died in hospital in Quetta.", 1),
    ("The victim, a 19-year-old motorcycle taxi driver, succumbed to gunshot wounds in Cucuta.", 1),
    ("Their commander, a 35-year-old former army officer, perished in the shelling of Aleppo.", 1),
])
def test_a_subject_told_again_by_an_apposition(text, expected):
    assert fatalities(text) == expected


def test_a_list_joined_by_and_is_still_several():
    assert fatalities("The driver, a guard and a passenger died in the ambush near Bamenda.") == 3


# -- Bodies found with the marks of the killing ("riddled with bullets", "covered in stab
# wounds") are counted as bodies found.
@pytest.mark.parametrize("text, expected", [
    ("A body riddled with bullets was found on a roadside in Juarez.", 1),
    ("Two bodies riddled with bullets were dumped near a market in Culiacan.", 2),
    ("A body covered in stab wounds was discovered in a canal in Port-au-Prince.", 1),
])
def test_bodies_found_with_the_marks_of_killing(text, expected):
    assert fatalities(text) == expected


# -- "The number of dead" is a toll as "the death toll" is; a toll told over a period
# ("in the past month", "since January") is the period's, and the deaths the sentence
# tells for the event stand.
@pytest.mark.parametrize("text, expected", [
    ("The number of dead was estimated at 20 after the raid on the camp near Maiduguri.", 20),
    ("The number of those killed in the clashes near Wau rose to 14.", 14),
    ("By Sunday the number of deaths in the Sittwe fighting had reached 9.", 9),
    ("Gunmen shot dead three traders in Culiacan, bringing the death toll in the past month to 25.", 3),
    ("A soldier was killed by a mine near Gao, raising the toll since January to 120.", 1),
    ("Gunmen killed two herders near Mopti, raising the number of dead in the area this week to five.", 2),
])
def test_the_number_of_dead_and_tolls_over_a_period(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The number of displaced people in Ituri rose to 20,000.", 0),
    ("Since January, gang violence in Port-au-Prince has left 40 people dead.", 0),
    ("Two more soldiers died of their wounds, bringing the death toll from Monday's ambush near Diffa to 6.", 6),
])
def test_tolls_near_misses(text, expected):
    assert fatalities(text) == expected


# -- A list of kin goes on past its comma ("a farmer, his wife and son were killed"): each
# member is one of the dead.
@pytest.mark.parametrize("text, expected", [
    ("A farmer, his wife and son were killed by herders near Jos.", 3),
    ("A pastor, his wife and daughter died when gunmen stormed their home in Kaduna.", 3),
    ("A village chief, his brother and his nephew were shot dead in Tillaberi.", 3),
])
def test_a_list_of_kin_after_a_comma(text, expected):
    assert fatalities(text) == expected


def test_a_source_between_commas_is_no_kin():
    assert fatalities("A trader, his family said, was killed by gunmen in Kano.") == 1


# -- The killer among the dead of the list ("killing four soldiers and himself"): ACLED
# counts the perpetrator's death.
@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber blew himself up at a checkpoint in Jowhar, killing four soldiers and himself.", 5),
    ("A gunman shot dead three worshippers and himself at a church in Kaduna.", 4),
    ("The bomber killed 12 people and himself at a market in Maiduguri.", 13),
])
def test_the_killer_at_the_end_of_the_list(text, expected):
    assert fatalities(text) == expected


# -- A death denied ("denied reports that 15 soldiers had been killed") is no death told;
# the deaths the incident does tell stand.
@pytest.mark.parametrize("text, expected", [
    ("The army denied reports that 15 soldiers had been killed near Diffa.", 0),
    ("Police dismissed claims that two protesters were shot dead in Harare.", 0),
    ("The ministry rejected reports that 30 civilians died in the airstrike near Idlib.", 0),
    ("A soldier was killed near Gao. The army denied reports that 15 soldiers had been killed.", 1),
])
def test_a_death_denied(text, expected):
    assert fatalities(text) == expected


def test_a_denial_of_something_else_keeps_the_dead():
    assert fatalities("Gunmen killed three villagers near Bunia, and police denied that soldiers took part.") == 3


# -- A figure revised in an aside ("killed five (later revised to seven) villagers"): the
# later report stands, as ACLED takes the later-reported total.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed five (later revised to seven) villagers near Bunia.", 7),
    ("The bombing killed nine (later raised to 11) worshippers in Quetta.", 11),
    ("Militants ambushed a convoy near Palma, killing six (subsequently confirmed as eight) soldiers.", 8),
])
def test_a_figure_revised_in_an_aside(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police shot dead two suspects (aged 19 and 23) in Owerri.", 2),
    ("Gunmen killed three people (two women and a man) in Beni.", 3),
])
def test_other_asides_keep_the_figure(text, expected):
    assert fatalities(text) == expected


# -- In a demonstration or riot, the dead a crowd carries ("marched carrying the bodies of
# two classmates killed by police") are what it marches over, not its own dead.
@pytest.mark.parametrize("text, expected", [
    ("Students marched in Lahore carrying the bodies of two classmates killed by police.", 0),
    ("Mourners paraded the coffins of five miners killed in the blast through the streets of Goma.", 0),
    ("Villagers blocked the road near Bukavu holding the corpses of three herders shot dead by rebels.", 0),
    ("Students marched in Lahore carrying the bodies of two classmates; police then shot one marcher dead.", 1),
])
def test_the_dead_a_crowd_carries(text, expected):
    assert fatalities(text, causes_excluded=True) == expected


def test_bodies_recovered_outside_a_crowd_are_counted():
    assert fatalities("Rescuers recovered the bodies of two soldiers killed in the ambush near Gao.") == 2


# -- ACLED codes an event per day: a total of dead told over several days is divided
# evenly among them, the remainder on the first day, and the incident (dated to the first
# day) carries the first day's share; a day named for the dead, or one day of a series,
# keeps the figure told.
@pytest.mark.parametrize("text, expected", [
    ("Clashes between two clans near Galkayo over three days left 9 people dead.", 3),
    ("Fighting between the army and rebels near Bentiu lasted four days; 20 people were killed.", 5),
    ("Twelve people died in two days of riots in Kinshasa.", 6),
    ("Clashes near Malakal lasting three days left seven people dead.", 3),
    ("Militias shelled the camp near Wau over two days, killing several civilians.", 5),
    ("Eight villagers died in three days of communal clashes near Bauchi.", 4),
    ("A three-day siege of the hotel in Jowhar left 30 people dead.", 10),
])
def test_a_total_over_several_days_is_shared_among_them(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two people died on the last of three days of riots in Kinshasa.", 2),
    ("Gunmen struck a market in Gao for the second time in two days, killing four.", 4),
    ("A trader died in clashes over two days in Jos.", 1),
    ("Three herders died on the first day; the clashes near Wau lasted two days.", 3),
])
def test_a_day_named_or_one_day_of_a_series_keeps_the_figure(text, expected):
    assert fatalities(text) == expected


# -- "killing its four occupants": the count of a vehicle's or a house's people after
# "its", as after "their".
@pytest.mark.parametrize("text, expected", [
    ("Attackers torched a hut near Bukavu, killing its four occupants.", 4),
    ("A rocket hit a minibus in Donetsk, killing its six passengers.", 6),
    ("The drone struck a pickup near Marib, killing its three occupants.", 3),
])
def test_a_count_after_its(text, expected):
    assert fatalities(text) == expected


# -- A longer aside between the subject and its verb ("Eight soldiers, on patrol along the
# road between two towns near the border, died …") is no boundary of the subject.
@pytest.mark.parametrize("text, expected", [
    ("Eight soldiers, escorting a supply convoy along the road between Gao and Ansongo near the Niger border, died when a mine exploded.", 8),
    ("Three traders, returning from the weekly cattle market in the hills outside Bunia at dusk, were hacked to death.", 3),
    ("A suspected bandit, who had been wanted for a string of robberies and kidnappings on the highway, was shot dead in Zamfara.", 1),
])
def test_a_longer_aside_before_the_verb(text, expected):
    assert fatalities(text) == expected


# -- A victim described as wanted or notorious before the name ("shot dead wanted gang
# leader …"): the adjective opens the victim's phrase as "former" or "senior" does.
@pytest.mark.parametrize("text, expected", [
    ("Soldiers shot dead wanted ISIS commander Tariq Hamid in Mosul.", 1),
    ("Police shot dead most-wanted MS-13 leader Carlos Ruiz in San Salvador.", 1),
    ("Troops killed wanted Boko Haram commander Bilal Zaid near Bama.", 1),
    ("Police killed dreaded bandit leader Bala Idris near Gusau.", 1),
    ("Troops gunned down fugitive militia chief Kasongo near Bunia.", 1),
])
def test_a_wanted_or_notorious_victim(text, expected):
    assert fatalities(text) == expected


# -- A headline's bare noun after an age ("12-year-old boy killed by stray bullet"): one
# person.
@pytest.mark.parametrize("text, expected", [
    ("12-year-old boy killed by stray bullet in Port-au-Prince.", 1),
    ("70-year-old woman hacked to death in Kasai.", 1),
    ("Gunmen fire on the house of a village guard in Zamfara; 15-year-old nephew killed in crossfire.", 1),
])
def test_a_bare_noun_after_an_age(text, expected):
    assert fatalities(text) == expected


# -- Words an editor put in square brackets ("a suspected [Islamist] militant") are read
# as the text's own.
@pytest.mark.parametrize("text, expected", [
    ("Police in Karachi shot dead a suspected [ISIS] militant on Friday.", 1),
    ("Two [government] soldiers died in an ambush near Palma.", 2),
    ("Four [Fulani] herders were hacked to death near Mopti.", 4),
])
def test_words_in_square_brackets(text, expected):
    assert fatalities(text) == expected


# -- Another source's figure ("another report said five were killed") against the report's
# own count of the hurt only: the lowest credible figure is the report's.
@pytest.mark.parametrize("text, expected", [
    ("Militants hit the post near Diffa, wounding two soldiers. Another report said five soldiers were killed.", 0),
    ("Police said three officers were hurt during the raid near Bosaso. Other sources indicated that two officers died.", 0),
    ("Four guards were wounded when gunmen stormed the camp near Mopti. Another account said the gunmen overran the camp and killed three guards.", 0),
])
def test_another_source_against_the_reported_hurt(text, expected):
    assert fatalities(text) == expected


def test_another_source_beside_the_reported_dead_keeps_the_lowest():
    assert fatalities("Gunmen killed three guards near Mopti and wounded four. Another report said five guards were killed.") == 3
