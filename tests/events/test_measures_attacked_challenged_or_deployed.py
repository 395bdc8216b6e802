"""Words of force whose object is a measure, not a place or a people: a rise in rates or a tax attacked is
criticism (accuse.yaml, 111), a law or a ruling challenged is disputed (accuse.yaml, 110), an order or a tactic
deployed is no force mobilised, a weapon carried ("armed with a rifle") no arms given, a need or a burden
recognised no recognition of a state, repurchases executed no killing, an official's powers struck down no air
strike (none.yaml, non_events.yaml). Attacks on towns, troops deployed, states recognised, rebels armed by a state
stay what they were."""

import pytest


@pytest.mark.parametrize("text", [
    "The finance minister attacked the increase in Ruritanian bank lending rates on Tuesday.",
    "Opposition leaders attacked the new fuel tax in parliament.",
])
def test_a_measure_attacked_is_criticism(typed, text):
    assert typed(text)["attacked"][:2] == ("ACCUSE", "111")


def test_must_not_a_town_attacked_stays_an_assault(typed):
    assert typed("Rebels attacked the garrison town of Kidal on Tuesday.")["attacked"][0] == "ASSAULT"


@pytest.mark.parametrize("text", [
    "A clinic in Tulsa challenged the state law in federal court.",
    "The opposition party challenged the ruling of the electoral board.",
])
def test_a_law_or_a_ruling_challenged_is_disputed(typed, text):
    assert typed(text)["challenged"][:2] == ("ACCUSE", "110")


@pytest.mark.parametrize("text, word", [
    ("The health minister deployed a new contact-tracing app in April.", "deployed"),
    ("The strategy was deployed by the central bank twice last year.", "deployed"),
])
def test_an_order_or_a_tactic_deployed_is_no_mobilisation(typed, text, word):
    assert typed(text)[word][0] == "NONE"


def test_must_not_troops_deployed_stay_mobilised(typed):
    assert typed("Ruritania deployed two brigades to the northern border.")["deployed"][:2] == ("MOBILIZE", "154")


@pytest.mark.parametrize("text", [
    "A man armed with a shotgun held up a petrol station in the suburb.",
    "The two robbers were armed with knives, police said.",
    "Heavily armed men stopped the bus near the border.",
])
def test_a_weapon_carried_is_no_arms_given(typed, text):
    assert typed(text)["armed"][0] == "NONE"


@pytest.mark.parametrize("text", [
    "Ruritania has armed the rebels with anti-tank rockets.",
    "The militias were armed by the neighbouring government.",
])
def test_must_not_one_side_arming_another_stays_cooperation(typed, text):
    assert typed(text)["armed"][0] == "COOPERATE"


@pytest.mark.parametrize("text, word", [
    ("The ministers said they recognise the cost that the subsidy places on taxpayers.", "recognise"),
    ("The central bank is expected to execute overnight repurchases to add reserves.", "execute"),
    ("The mayor's emergency powers were struck down by the appeals court.", "struck"),
])
def test_a_burden_repurchases_or_powers_are_no_act_on_a_party(typed, text, word):
    assert typed(text)[word][0] == "NONE"


def test_must_not_a_state_recognised_stays_recognition(typed):
    assert typed("Ruritania recognised the new government of Borduria on Monday.")["recognised"][:2] == \
        ("SUPPORT", "054")


@pytest.mark.parametrize("text", [
    "Kyodo, monitored in Hong Kong, reported that the minister had returned from Beijing.",
    "Tanjug, monitored in Vienna, said the army had withdrawn.",
])
def test_an_outlet_monitored_in_a_city_is_no_investigation(typed, text):
    assert typed(text)["monitored"][0] == "NONE"



@pytest.mark.parametrize("text, city, named", [
    ("Kyodo, monitored in Hong Kong, reported that the minister had returned from Beijing.", "Kong", True),
    ("Radio Kabul, monitored in Islamabad, said the envoy had left for Tehran.", "Islamabad", True),
    # a city after "in" on another verb may be where the act is done
    ("The minister, speaking in Islamabad, said the envoy had left for Tehran.", "Islamabad", False),
])
def test_the_city_an_outlet_was_heard_in_is_no_side(nlp, text, city, named):
    from dossier.events.roles.no_party import listening_post
    doc = nlp(text)
    assert listening_post(next(t for t in doc if t.text == city)) is named
