"""Fatalities, round 14 families. Every sentence is written for this test, about places far
from the tune files; each family has sentences that fail without its change and near misses
that must keep their figure."""

import pytest

from geo.incidents.fatalities import count_fatalities, fatality_statements
from geo.incidents.numbers import NUM, TIMES_OF_DAY_RX
from geo.incidents.sentences import split_sentences


def fatalities(text: str) -> int:
    return count_fatalities([s.text for s in split_sentences(text)])


# 1 "AS" in capitals (al-Shabaab, as Somali reports abbreviate it) is a name before the
# victims' noun, not the conjunction "as" that ends a noun phrase: "4 AS militants were
# killed" counts four, not an unknown number of militants (10), and a list naming them
# first counts them too.
@pytest.mark.parametrize("text, n", [
    ("4 AS militants were killed during a joint operation near Qoryooley.", 4),
    ("Two AS militants died when their own explosives went off early in Buurhakaba.", 2),
    ("Fighting broke out at a checkpoint near Luuq; 2 AS fighters and a policeman were killed.", 3),
    ("Government troops and AS clashed outside Wanlaweyn. 3 AS were killed in the exchange.", 3),
    ("Raiders stormed the base at Bardhere. 5 AS militants and 2 soldiers were killed.", 7),
    # near misses: the conjunction in lower case, and a headline written in capitals
    ("Two soldiers were killed as militants attacked a base outside Gao.", 2),
    ("Three villagers died as fighting spread to Tillaberi.", 3),
    ("TWO KILLED AS GUNMEN RAID VILLAGE IN ZAMFARA", 2),
])
def test_as_in_capitals_is_an_abbreviation(text, n):
    assert fatalities(text) == n


def test_as_in_capitals_keeps_the_noun():
    assert fatality_statements("6 AS fighters were killed in an air strike near Dinsoor.") == [(6, "fighters")]


# Leftovers folded (one definition each): the parts of a day and the dozens NUM reads.
def test_times_of_day_one_list():
    import re
    assert re.fullmatch(TIMES_OF_DAY_RX, "evening") and re.fullmatch(TIMES_OF_DAY_RX, "night")
    assert fatalities("A district official was on Tuesday evening shot dead in Herat.") == 1


@pytest.mark.parametrize("words", ["several dozen", "a few dozen", "half a dozen", "two dozen", "a dozen"])
def test_dozens_read_by_num(words):
    import re
    assert re.fullmatch(NUM, words, re.I)


# 2 "… went missing near Bor. They were later found dead": "they" opening the sentence after
# one that counts people taken or missing stands for them, as "their bodies" does; not when
# they were let go, nor when no group was counted.
@pytest.mark.parametrize("text, n", [
    ("Three herders went missing near Bor on Monday. They were later found dead.", 3),
    ("Militiamen seized four fishermen on Lake Kyoga. They were found dead two days later.", 4),
    ("Police arrested three gunmen after the raid on the bank in Kano. They were killed while trying to escape.", 3),
    ("Two aid workers were abducted near Bossangoa. They were both found dead in the bush.", 2),
    # near misses: released, and a verb of no death
    ("Gunmen kidnapped five passengers on the road to Birnin Gwari. They were released on Friday.", 0),
    ("Soldiers detained two youths in Uvira. They were later questioned about the attack.", 0),
])
def test_they_for_the_people_taken(text, n):
    assert fatalities(text) == n


# 3 A relative clause in brackets after the subject ("Two fighters (who had reportedly
# killed 5 villagers) were shot dead") describes the subject: its figures and deaths are
# another time's, and the subject before it is the one counted.
@pytest.mark.parametrize("text, n", [
    ("Two fighters (who had reportedly killed 5 villagers that week) were shot dead by police in Sokoto.", 2),
    ("Three militants (who had attacked a checkpoint the day before) were killed by troops near Gao.", 3),
    ("Two suspects (whom police linked to 4 bank robberies) were shot dead in Ibadan.", 2),
    ("A herder (whose brother had been killed in a raid in 2019) was hacked to death in Bokkos.", 1),
    # near misses: a count in brackets is kept, a figure of things in brackets is no one's death
    ("Three militants (two of them commanders) were killed by troops near Gao.", 3),
    ("Police killed three robbers (who had stolen 2 cars) in Ibadan.", 3),
])
def test_relative_clause_in_brackets(text, n):
    assert fatalities(text) == n


# 4 A death told in brackets about the people just named ("shot two traders (one of whom
# later died)") is read as the same aside after a comma, not blanked with asides that tell
# no death.
@pytest.mark.parametrize("text, n", [
    ("Gunmen shot two traders (one of whom later died) in Kano.", 1),
    ("Gunmen shot a shopkeeper (who later died in hospital) in Kano.", 1),
    ("A mob attacked two suspected thieves in Mbandaka (both died).", 2),
    ("Soldiers shot three herders near Segou (two of them died at the scene).", 2),
    # near misses: an aside with no death, and one about another time
    ("Gunmen shot two traders (one of them a woman) in Kano.", 0),
    ("Gunmen killed two traders (one of whom had survived an earlier attack) in Kano.", 2),
])
def test_death_told_in_brackets(text, n):
    assert fatalities(text) == n


# 5 One person told by a nationality, people or creed ("killed a Somali", "a Pakistani was
# shot dead", "an elderly Christian"): a capitalised noun of the endings such nouns take,
# with an article and no noun after it.
@pytest.mark.parametrize("text, n", [
    ("Raiders killed a Somali near the wells outside Wajid.", 1),
    ("A Pakistani was shot dead by masked attackers in Kabul.", 1),
    ("Kidnappers killed a Briton in the creeks near Okrika.", 1),
    ("An elderly Christian was hacked to death by militants in Macomia.", 1),
    ("Militants killed a Nigerian and two Ghanaians at a mine near Kidal.", 3),
    # near misses: the noun after the demonym is the head; a vehicle is no one
    ("Gunmen killed a Somali trader in Dharkenley.", 1),
    ("A Toyota was torched by rioters in Kano.", 0),
])
def test_demonym_for_one_person(text, n):
    assert fatalities(text) == n


# 6 A peaceful protest keeps a death told as happening during it ("one marcher died during
# the protest", "collapsed and died at the rally", "a man died amid the unrest"): the
# crowd's own dead; the death a crowd rises over stays no one's.
@pytest.mark.parametrize("text, n", [
    ("One marcher died during the protest in Conakry after inhaling smoke.", 1),
    ("A demonstrator collapsed and died at the rally in Harare.", 1),
    ("Traders marched through Bamako against new market fees. Unconfirmed reports said a man died amid the unrest.", 1),
    # near misses: the death the crowd protests
    ("Residents of Bamako marched over a trader's death in police custody.", 0),
    ("Students staged a sit-in in Lusaka demanding justice for a classmate who died in police custody.", 0),
])
def test_death_during_a_peaceful_protest(text, n, gz):
    from incident_helpers import first_incident
    assert first_incident(text, gazetteer=gz).fatalities == n


# 7 Another source's figure for the same dead with its words of death left out ("…; the army
# said 12", "…, the SPLA said 4", "…, 7 according to the government"): the lowest credible
# figure stands (ACLED's conservative rule); a figure that is a date or counts something
# else is no such report.
@pytest.mark.parametrize("text, n", [
    ("Militants attacked a village near Zinder. Local sources reported 30 dead; the army said 12.", 12),
    ("Clashes erupted near Rumbek. The rebels said 20 soldiers were killed, the army said 4.", 4),
    ("Troops opened fire on a crowd in Gondar; 14 were killed according to rights groups, 7 according to the government.", 7),
    ("Gunmen killed 5 villagers near Zinder, police said 3.", 3),
    # near misses: a higher second figure, a date, the source alone, a part of the dead
    ("Gunmen killed 5 villagers near Zinder. Police said 12.", 5),
    ("Gunmen killed 5 villagers near Zinder on 12 March, the police said 14 May.", 5),
    ("Gunmen killed 5 villagers near Zinder, the mayor said.", 5),
    ("Gunmen killed 12 villagers near Zinder, the governor said 2 were children.", 12),
])
def test_second_source_figure_without_its_verb(text, n):
    assert fatalities(text) == n


# 8 A total told over a span of hours ("over a 48-hour period", "in 48 hours of fighting",
# "raged for 72 hours") covers as many days as the hours make (from 36 hours on); ACLED codes
# an event per day and divides the total, the first day carrying the remainder.
@pytest.mark.parametrize("text, n", [
    ("Fighting over a 48-hour period in Kidal left 10 dead.", 5),
    ("Twelve people were killed in 48 hours of fighting between clans in Galkayo.", 6),
    ("Clashes raged for 72 hours in Malakal, killing 30.", 10),
    ("Seventeen were killed near Bentiu in clashes across a 36 hour period.", 9),
    # near misses: a span of a day, hours after the event, hours of something else
    ("Gunmen killed 6 villagers in Zamfara within 24 hours.", 6),
    ("Gunmen killed 6 villagers in Zamfara; police arrived 48 hours later.", 6),
    ("Gunmen killed 6 villagers in Zamfara and were chased for 48 hours.", 6),
])
def test_total_over_hours(text, n):
    assert fatalities(text) == n


# 9 A headline names its victim bare ("Rebels kill village chieftain"): more nouns of persons
# (roles, kin, trades, clergy) read as one person with no article before them.
@pytest.mark.parametrize("text, n", [
    ("Gunmen kill Polish missionary near Sibut", 1),
    ("Rebels kill village chieftain in Maniema", 1),
    ("Bandits kill retired professor on the Katsina highway", 1),
    ("Militants kill parish deacon in Macomia", 1),
    ("Mob kills alleged gang kingpin in Port-au-Prince", 1),
    ("Gunmen kill hotel waiter in Juba", 1),
    # near misses: a noun of things, and the person's possession
    ("Gunmen kill security in Juba", 0),
    ("The professor's house was burned by rioters in Kano.", 0),
])
def test_bare_person_nouns_in_headlines(text, n):
    assert fatalities(text) == n


# 10 "killing all of them" counts the one group of people told before it, not a span of time
# or a thing counted beside them ("held nine hostages for 72 hours … killed all of them").
@pytest.mark.parametrize("text, n", [
    ("The militants held 9 hostages for 72 hours in Zinder and killed all of them.", 9),
    ("Kidnappers kept 4 engineers for 10 days near Gharyan before killing all of them.", 4),
    ("Gunmen held 5 farmers for 36 hours near Bama, then executed all of them.", 5),
    # near misses: one group, no span
    ("Troops ambushed six militants near Gao, killing all of them.", 6),
    ("Gunmen stopped a bus with 14 passengers near Tillaberi and killed all of them.", 14),
])
def test_all_of_them_not_a_span(text, n):
    assert fatalities(text) == n
