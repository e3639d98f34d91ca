"""A report that tells a violent event, a protest or a strategic development yields an
incident (ACLED's codebook): the segmentation step must not drop its event sentence as
"about another year" or "a statistic" when the year or count belongs to something else.
Sentences are the team's own, three or more per rule family, with a near miss each."""

from datetime import date

import pytest

from geo.incidents import extract_incidents_from_text, is_statistic
from geo.incidents.segment import other_year

PUB = date(2021, 5, 10)


@pytest.mark.parametrize("sentence", [
    "A candidate who ran in the 2019 county election was shot dead by gunmen in Ruvale.",
    "Savers ruined in the 2016 bank collapse marched to the ministry demanding their money.",
    "Gunmen killed a witness of Ruritania's 2018 poll dispute outside his home.",
])
def test_a_year_naming_another_event_does_not_date_the_sentence(sentence):
    assert not other_year(sentence, PUB)


@pytest.mark.parametrize("sentence", [
    "In 2017 gunmen attacked the market and killed four traders.",
    "The rebels took the town in late 2018 after a long siege.",
    "Troops clashed with militants during the 2019 offensive near the river.",  # the named event is the trigger
])
def test_near_miss_a_sentence_about_an_earlier_year_stays_background(sentence):
    assert other_year(sentence, PUB)


@pytest.mark.parametrize("sentence", [
    "The ministry will recruit 2,000 more rangers before the 2023 elections.",
    "Since March 2020 at least nine villagers have been killed in clashes over water.",
    "More than 2000 residents marched to the county office to protest the new levy.",
    "Police dispersed some 1500 traders protesting the closure of the market.",
])
def test_a_later_year_a_period_up_to_now_or_a_count_is_no_other_year(sentence):
    assert not other_year(sentence, PUB)


@pytest.mark.parametrize("sentence", [
    "On June 3 2021, inter-village clashes broke out in Ruvale, leaving two people dead.",
    "31 killed during raids on cattle camps near the border.",
    "Teachers staged a protest at the county office over the killing of a colleague last year.",
])
def test_no_statistic_when_the_count_or_time_belongs_elsewhere(sentence):
    assert not is_statistic(sentence)


@pytest.mark.parametrize("sentence", [
    "There have been more than 40 attacks this year in the district.",
    "Militants have carried out 12 attacks since 2019 in the province.",
    "The village has been repeatedly attacked by bandits.",
])
def test_near_miss_real_statistics_stay_statistics(sentence):
    assert is_statistic(sentence)


@pytest.mark.parametrize("text", [
    "9 June. Three die, among them a ward candidate of the 2019 polls, as masked gunmen "
    "raid a hotel in Mombasa.",
    "On 4 May 2021, farmers marched in Nakuru against the 2020 land law, demanding its repeal.",
    "On 4 May 2021, more than 3000 residents demonstrated in Kisumu over water shortages.",
])
def test_such_reports_yield_an_incident(text):
    assert extract_incidents_from_text(text, PUB)


def test_near_miss_a_report_only_about_an_earlier_year_yields_none():
    assert extract_incidents_from_text("In 2017 gunmen attacked a bar in Mombasa and killed two men.", PUB) == []
