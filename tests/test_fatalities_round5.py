"""Fatalities, round 5 (issue 13): rule families found with the team's own world-wide
sentences (wire and ACLED-note style), three or more each, with near misses. ACLED's rule:
the lowest reported figure for the event, every death of the event, 0 when none is
reported; "several", "many" or plural dead without a figure: 10; "dozens": 12."""

import pytest

from geo.incidents.background import background_spans
from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text):
    return count_fatalities([s.text for s in split_sentences(text)])


# -- A background phrase ends where the sentence's own verb begins: the event's time put
# between the auxiliary and the verb ("was last week shot dead"), and a phrase that says
# who the victim was ("freed under an amnesty", "accused of blasphemy") up to the main verb.
@pytest.mark.parametrize("text, expected", [
    ("A Shia cleric was last week gunned down outside his home in Quetta.", 1),
    ("A district judge was earlier this week killed by a roadside bomb in Helmand.", 1),
    ("A prisoner freed under a presidential amnesty is lynched by villagers in Kasai.", 1),
    ("A former militant released from jail last month was shot dead in Mosul.", 1),
    ("A man accused of witchcraft died in police custody in Gambella.", 1),
    ("A trader accused of blasphemy died after a mob beat him in Sialkot.", 1),
    ("Two hostages freed by the army later died of their wounds in Borno.", 2),
    ("A Baloch activist released from detention was shot dead in Turbat.", 1),
])
def test_background_phrase_ends_at_the_main_verb(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the background still holds another event's dead
    ("Militants burned a church in Kaya in retaliation for the killing of two of their commanders.", 0),
    ("Police arrested a man accused of killing three herders near Gao.", 0),
    ("Soldiers rescued 12 hostages after their captors killed a driver last week.", 0),
])
def test_near_miss_background_still_excluded(text, expected):
    assert fatalities(text) == expected


def test_own_time_between_auxiliary_and_verb_is_no_background():
    sentence = "A tribal elder was last week shot dead in Khost."
    assert background_spans(sentence) == ()
    assert background_spans("Last week gunmen shot dead a tribal elder in Khost.") != ()


# -- A vague figure for one side next to an exact one for the other: both sides' dead
# (ACLED counts every death of the event; "dozens" 12, "several"/"many" 10).
@pytest.mark.parametrize("text, expected", [
    ("17 soldiers were killed in the attack on the base near Diffa and dozens of militants were killed in the counterattack.", 29),
    ("Al-Shabaab fighters stormed a base in Lower Shabelle; 5 soldiers were killed and several militants were killed.", 15),
    ("The army said 8 soldiers died and dozens of Houthi fighters were killed in clashes near Marib.", 20),
    ("Clashes in Kidal: 3 soldiers killed, many rebels killed.", 13),
    ("Troops killed dozens of militants and lost 4 soldiers in fighting near Palma.", 16),
    ("17 soldiers were killed in the raid on the camp. Dozens of jihadists were also killed, the army said.", 29),
])
def test_vague_figure_for_the_other_side_is_added(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("6 soldiers were killed and several soldiers were missing after the ambush near Djibo.", 6),  # the same side
    ("Dozens of people were killed in the attack on Tillaberi. The army said 17 soldiers died.", 17),  # people may hold the soldiers
    ("Five rebels were killed in Rutshuru; several soldiers were wounded.", 5),  # wounded, not dead
])
def test_near_miss_vague_figure_not_added(text, expected):
    assert fatalities(text) == expected


# -- A killer who took his own life after the attack: counted once, with his victims.
@pytest.mark.parametrize("text, expected", [
    ("A policeman killed three colleagues at a checkpoint in Peshawar and then shot himself.", 4),
    ("A guard shot dead his commander and then killed himself in Kharkiv.", 2),
    ("A gunman killed two worshippers at a mosque in Kabul before killing himself.", 3),
    # no other death is told: only the killer's
    ("At a barracks in Mandalay a private shot a fellow recruit and then committed suicide.", 1),
    ("A student shot a teacher at a school in Perm, then shot himself.", 1),
])
def test_killer_who_killed_himself(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber killed himself and 5 worshippers at a mosque in Peshawar.", 6),  # read once
    ("A man threatened to kill himself outside the governor's office in Basra.", 0),
    ("Protesters in Lagos carried pictures of a vendor who killed himself over debts.", 0),
])
def test_near_miss_self_killing(text, expected):
    assert fatalities(text) == expected


# -- One wounded in the event who died later, told in a sentence of its own, is added to
# those killed outright; "he later died" is the victim told of already.
@pytest.mark.parametrize("text, expected", [
    ("An IED blast killed four Iraqi soldiers in Diyala. An officer later died of his wounds.", 5),
    ("A soldier was killed by a mine near Idlib. A second soldier later died of his injuries.", 2),
    ("Gunmen killed two villagers in Zamfara. A third villager died from his wounds in hospital.", 3),
])
def test_a_wounded_victim_who_died_later_is_added(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead a trader in Aleppo. He later died in hospital.", 1),
    ("Gunmen shot dead a trader in Aleppo. The victim later died of his wounds.", 1),
    ("Two soldiers were killed in the ambush. The two soldiers later died in hospital.", 2),
])
def test_near_miss_the_same_victim_died_later(text, expected):
    assert fatalities(text) == expected


# -- Plural victims without a figure (a headline's "gunmen kill villagers"): the codebook's
# "plural fatalities" are coded 10; an unreported toll is 0.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen kill villagers in Zamfara", 10),
    ("Militants kill soldiers in ambush near Menaka.", 10),
    ("Gunmen killed villagers in an attack on a village near Bandiagara.", 10),
    ("Unknown gunmen attacked a village in Zamfara. Casualties were reported.", 0),
])
def test_plural_victims_without_a_figure(text, expected):
    assert fatalities(text) == expected


# -- Others who died, told by comparison: "…, as was one of the attackers".
@pytest.mark.parametrize("text, expected", [
    ("Three herders died in the shootout near Bor, as did one of the gunmen.", 4),
    ("Two soldiers died in the ambush in Idlib, as did a militant.", 3),
    ("A police officer was killed in the raid in Sinaloa, as were two cartel gunmen.", 3),
])
def test_others_dead_told_by_comparison(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were killed in Idlib, as was reported by state media.", 2),  # no people
    ("Four miners died in the attack near Butembo, as several witnesses said.", 4),  # a source, not the dead
    ("Gunmen wounded a guard in Kirkuk, as were two passers-by.", 0),  # no death to compare with
])
def test_near_miss_comparison_without_dead(text, expected):
    assert fatalities(text) == expected


# -- The names of those counted, between the counted subject and its verb, are no
# subject of their own: "Two officials, A and B, were shot dead" is two.
@pytest.mark.parametrize("text, expected", [
    ("Two local officials, Ahmad Zia and Karim Nuri, were shot dead by gunmen in Jalalabad.", 2),
    ("Three journalists, Maria Lopez, Juan Ortiz and Pedro Diaz, were killed in Tamaulipas.", 3),
    ("Two councillors, Omar Farah and Ali Hassan, were killed by al-Shabaab in Baidoa.", 2),
])
def test_names_of_the_counted_dead(text, expected):
    assert fatalities(text) == expected


# -- Another source's figure in brackets: the figure the sentence gives stands.
@pytest.mark.parametrize("text, expected", [
    ("At least 20 (some reports said 30) people were killed in clashes in Jonglei.", 20),
    ("At least 12 people (local sources say 18) died in the airstrike on Saada.", 12),
    ("Nine soldiers (the militants claimed 40) were killed in the attack on the post near Menaka.", 9),
])
def test_another_sources_figure_in_brackets(text, expected):
    assert fatalities(text) == expected


# -- Bodies brought to a morgue are the event's dead, as bodies found are.
@pytest.mark.parametrize("text, expected", [
    ("Nine charred bodies were taken to the morgue in Bunia after the raid.", 9),
    ("The bodies of 14 miners were brought to the hospital mortuary in Kalehe.", 14),
    ("Twelve bodies arrived at the morgue in Culiacan after the shootout.", 12),
])
def test_bodies_brought_to_a_morgue(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Relatives gathered at the morgue in Bunia to wait for news after the raid.", 0),
    ("Nine wounded miners were taken to the hospital in Kalehe.", 0),
    ("Twelve people were taken to the police station in Culiacan after the shootout.", 0),
])
def test_near_miss_people_taken_somewhere_alive(text, expected):
    assert fatalities(text) == expected


# -- A people's name for one of them ("a Syrian", "an Afghan") is one person.
@pytest.mark.parametrize("text, expected", [
    ("A Syrian is dead after a drone strike on a car in Qamishli.", 1),
    ("An Afghan was killed when border guards opened fire near Islam Qala.", 1),
    ("A Rohingya died after being beaten by guards at a camp in Maungdaw.", 1),
])
def test_a_peoples_name_for_one_person(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Toyota was destroyed by a drone near Marib.", 0),
    ("An Apache was shot down near Kandahar.", 0),
    ("A Syrian was wounded by sniper fire in Daraa.", 0),
])
def test_near_miss_a_capitalised_word_that_did_not_die(text, expected):
    assert fatalities(text) == expected


# -- Deaths in a road accident told before the killing word are no violence; "murder" or
# "killing" before a noun ("murder suspects", "the murder weapon") tells of no killing; a
# fire set to houses that belonged to people burns the houses.
@pytest.mark.parametrize("text, expected", [
    ("A minibus collided with a truck in a road accident near Kisangani, killing seven passengers.", 0),
    ("Two buses collided in a crash on the Kano road, killing 14 people.", 0),
    ("Rioters set alight several homes that belonged to two murder suspects in Mwanza.", 0),
    ("Villagers set ablaze the houses owned by a police informant in Kasese.", 0),
    ("Police displayed the murder weapon and three murder suspects in Goma.", 0),
])
def test_no_violent_death_told(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police fired on rioters after the crash, killing two.", 2),  # the crash is only the time
    ("Gunmen ambushed a bus in Zamfara, killing seven passengers.", 7),
    ("A mob set alight two suspected thieves in Onitsha.", 2),
    ("Gunmen murder two traders in Kano.", 2),
])
def test_near_miss_violent_deaths_still_counted(text, expected):
    assert fatalities(text) == expected


# -- The probe of this round: the team's own sentences, world-wide, that now read right.
PROBE = [
    ("On 4 March 2023, Russian forces shelled Kherson city (Kherson). 3 civilians were killed and 5 wounded.", 3),
    ("On 12 June 2021, JNIM militants ambushed a Malian army convoy near Boni (Mopti). 6 soldiers were killed. Fatalities coded as 6.", 6),
    ("On 9 August 2020, unidentified gunmen shot and killed a local official in Tlaquepaque (Jalisco).", 1),
    ("On 2 May 2022, Houthi forces fired a ballistic missile at Marib city. A child was killed.", 1),
    ("On 20 October 2019, the Tatmadaw clashed with the Arakan Army near Kyauktaw (Rakhine). Casualties unknown.", 0),
    ("On 7 July 2021, ISWAP fighters attacked Nigerian troops in Damboa (Borno). The army said 15 militants were neutralized while 2 soldiers lost their lives.", 17),
    ("On 1 February 2022, a man was lynched by residents of Cap-Haitien (Nord) after he was accused of kidnapping a child.", 1),
    ("On 15 April 2023, RSF and SAF clashed in Khartoum. Dozens of civilians were reportedly killed.", 12),
    ("On 18 May 2021, Israeli airstrikes hit Gaza City, killing at least 42 people including 10 children.", 42),
    ("On 11 September 2022, Taliban forces executed a former army officer in Panjshir.", 1),
    ("On 23 November 2021, al-Shabaab detonated a car bomb in Mogadishu. At least 8 people died, including a journalist.", 8),
    ("A Colombian soldier was killed and two were wounded when ELN rebels attacked a patrol in Arauca.", 1),
    ("Two policemen were shot dead by suspected Maoists in Bijapur district, Chhattisgarh.", 2),
    ("A Hezbollah fighter was killed in an Israeli strike on a car near Nabatieh.", 1),
    ("Several people were killed when the army opened fire on a crowd in Mandalay.", 10),
    ("Gunmen abducted 20 students from a school in Kaduna; one student was killed during the raid.", 1),
    ("Fighting between Fano militia and ENDF in Gondar left at least 30 dead, residents said.", 30),
    ("Insurgents beheaded five villagers in Muidumbe district, Cabo Delgado.", 5),
    ("An Abu Sayyaf member was killed in a firefight with Philippine marines in Patikul, Sulu.", 1),
    ("Mexican authorities found the bodies of 11 men in Zacatecas.", 11),
    ("Unknown assailants killed a Christian pastor in Plateau state; his wife survived.", 1),
    ("ADF rebels killed at least 35 civilians in an overnight raid on a village in Beni territory, North Kivu.", 35),
    ("A Pakistani soldier and three TTP militants were killed in an exchange of fire in North Waziristan.", 4),
    ("Protesters clashed with police in Lima; two demonstrators died of gunshot wounds.", 2),
    ("Armed men on motorcycles killed 12 worshippers at a mosque near Tillaberi.", 12),
    ("Russian shelling killed a woman in Nikopol, the regional governor said on Telegram.", 1),
    ("A Syrian army officer was killed by a sniper in Daraa al-Balad.", 1),
    ("Gang members torched homes in Cite Soleil, killing a family of six.", 6),
    ("A prison guard was killed and 40 inmates escaped after gunmen attacked the jail in Owerri.", 1),
    ("A police officer killed last week in Kandahar was buried today.", 1),
    ("The body of a journalist who was abducted last month was found in Sinaloa.", 1),
    ("A Yazidi man freed from ISIS captivity died in hospital in Duhok.", 1),
    ("A teacher suspected of collaborating with the army was beheaded by al-Shabaab in Bay region.", 1),
    ("A councilor was shot dead in Culiacan.", 1),
]


@pytest.mark.parametrize("text, expected", PROBE)
def test_world_probe_round5(text, expected):
    assert fatalities(text) == expected
