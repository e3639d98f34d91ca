"""A crowd of no armed group that storms or invades a place to voice a grievance ("stormed
the ministry to demand their pay", "invaded the stadium to protest their eviction"):
entering to be heard is no violence of its own (ACLED's codebook types a demonstration as
violent by what its crowd destroys or whom it hurts), so a demonstration. A place stormed
to free a detainee, a building set on fire, gunmen who storm a village stay violence.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 4 March 2021, hundreds of cocoa farmers stormed the ministry of agriculture in Accra to demand payment for their beans.",
    "On 4 March 2021, displaced families invaded the stadium in Bunia to protest delays in their resettlement.",
    "On 4 March 2021, unemployed youths stormed the offices of a mining company near Kolwezi to demand jobs.",
    "On 4 March 2021, retired soldiers' widows stormed the pensions office in Harare to press for their arrears.",
])
def test_a_place_stormed_to_voice_a_grievance_is_a_protest(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text, kind", [
    ("On 4 March 2021, villagers stormed the gendarmerie in Garoua to free a detained man, injuring two gendarmes.", "Riots"),
    ("On 4 March 2021, youths stormed the town hall to protest the results and set it on fire at dusk in Bouake.", "Riots"),
    ("On 4 March 2021, gunmen stormed a village near Gusau to demand protection money, killing two residents.",
     "Violence against civilians"),
])
def test_storming_with_violence_or_by_armed_men_stays_violence(text, kind):
    assert classify_event(text)[0] == kind
