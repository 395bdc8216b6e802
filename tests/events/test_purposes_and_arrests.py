"""What forces are sent for decides what sending them is (patterns' `purpose`: an infinitive of purpose on the verb
or on its object): troops sent, or a force formed, to keep the peace are protection given (aid.yaml, CAMEO 074);
forces sent or an operation launched to arrest or to disperse are the arrest or the repression (coerce.yaml, 173,
175); forces sent to the border or to fight stay a mobilisation. An arrest by troops is an arrest (173), not the
converted dictionary's occupation (192); a home demolished or bulldozed is property destroyed (COERCE 1712), while
houses destroyed or a village razed stay an assault, and a capture in battle stays one. Forces reinforced are a
military move (MOBILIZE 150); a commitment or a standing reinforced is none. People sent to investigate are the
investigation (accuse.yaml, CAMEO 090, round 37); a team sent to treat the wounded, or a delegation sent to talk, is
none."""

import pytest

from dossier.events.matching import purposes


@pytest.mark.parametrize("text, word", [
    ("Ruritania sent 500 soldiers to Fredonia to keep the peace.", "sent"),
    ("The alliance sent troops to the island to serve as a peacekeeping force.", "sent"),
    ("The regional bloc formed a force to keep the peace in the north.", "formed"),
    ("Ruritania will deploy 400 troops to help keep the peace in the region.", "deploy"),
    ("Fredonia dispatched a battalion to the south to join the peacekeeping operation.", "dispatched"),
    ("The council sent a contingent of observers to monitor the truce.", "sent"),
])
def test_forces_sent_to_keep_the_peace_are_protection_given(typed, text, word):
    assert typed(text)[word] == ("AID", "074"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritania massed troops at the border.", "massed"),
    ("Ruritania sent troops to the border.", "sent"),
    ("The army sent troops to fight the rebels in the north.", "sent"),
    ("The ministry sent 300 soldiers to guard the oil fields.", "sent"),
])
def test_forces_sent_for_no_peacekeeping_stay_a_mobilisation(typed, text, word):
    assert typed(text)[word] == ("MOBILIZE", "154"), text


def test_a_body_formed_for_talks_is_no_force(typed):
    text = "The firm formed a committee to keep the peace talks on schedule."
    assert typed(text).get("formed", ("NONE", None))[0] != "AID", text


@pytest.mark.parametrize("text, word, code", [
    ("The Ruritanian police launched an operation to detain 40 more officers.", "launched", "173"),
    ("The ministry sent police to arrest the opposition leader at his home.", "sent", "173"),
    ("The government deployed riot police to disperse the demonstrators.", "deployed", "175"),
    ("Police took up positions to break up the crowd near the parliament.", "took", "175"),
])
def test_forces_sent_to_arrest_or_disperse_are_the_coercion(typed, text, word, code):
    assert typed(text)[word] == ("COERCE", code), text


def test_an_operation_for_another_end_is_no_arrest(typed):
    text = "Police launched a search to find the missing boy."
    assert typed(text).get("launched", ("NONE", None))[0] != "COERCE", text


@pytest.mark.parametrize("text, word", [
    ("Ruritanian troops on Monday apprehended a shepherd who had crossed the frontier.", "apprehended"),
    ("Border guards nabbed two smugglers near the crossing.", "nabbed"),
    ("Soldiers arrested three men at a checkpoint near the town.", "arrested"),
])
def test_an_arrest_by_troops_is_an_arrest(typed, text, word):
    assert typed(text)[word] == ("COERCE", "173"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritanian forces demolished the house of a man accused of a shooting.", "demolished"),
    ("The army bulldozed three homes in the village on Tuesday.", "bulldozed"),
])
def test_a_home_demolished_is_property_destroyed(typed, text, word):
    assert typed(text)[word] == ("COERCE", "1712"), text


@pytest.mark.parametrize("text, word", [
    ("Jets destroyed dozens of houses in the town.", "destroyed"),
    ("Troops razed the village after the ambush.", "razed"),
    ("Troops captured two enemy soldiers during the battle.", "captured"),
    ("Troops killed ten rebels in a battle near the border.", "killed"),
])
def test_destruction_and_capture_in_fighting_stay_an_assault(typed, text, word):
    assert typed(text)[word][0] == "ASSAULT", text


@pytest.mark.parametrize("text, word, kind", [
    ("The alliance reinforced its troops on the eastern flank.", "reinforced", "MOBILIZE"),
    ("The army reinforced the border garrisons after the raid.", "reinforced", "MOBILIZE"),
    ("Ruritania reinforced its commitment to the refugees with a grant.", "reinforced", "NONE"),
    ("The bank reinforced its position as the largest lender.", "reinforced", "NONE"),
])
def test_only_forces_and_frontiers_reinforced_are_a_military_move(typed, text, word, kind):
    assert typed(text)[word][0] == kind, text


def test_purposes_are_read_on_the_verb_and_on_its_object(nlp):
    doc = nlp("Ruritania sent troops to help keep the peace.")
    assert {"help", "keep", "keep peace"} <= purposes(doc[1])
    doc = nlp("The bloc formed a force to keep the peace.")
    assert "keep peace" in purposes(doc[2])
    doc = nlp("The alliance sent troops to serve as a peacekeeping force.")
    assert "serve as peacekeeping" in purposes(doc[2])
    doc = nlp("Ruritania sent troops to the border.")
    assert purposes(doc[1]) == set()


@pytest.mark.parametrize("text, word", [
    ("Ruritania will send a team of experts to Fredonia on Friday to investigate the crash of its airliner.", "send"),
    ("Fredonia has sent teams of intelligence agents into Ruritania to investigate the rebels.", "sent"),
    ("Ruritania dispatched investigators to the port to probe the blast.", "dispatched"),
    ("The regional body is sending a team of 20 to Fredonia to conduct an audit of the vote.", "sending"),
    ("Ruritania sent experts to the mine to launch an investigation into the collapse.", "sent"),
])
def test_people_sent_to_investigate_are_the_investigation(typed, text, word):
    assert typed(text)[word] == ("ACCUSE", "090"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritania's health ministry sent a team of medical experts and drugs to the hospital.", "sent"),
    ("Ruritania sent a team of doctors to Fredonia to treat the wounded.", "sent"),
    ("Ruritania sent a delegation to Fredonia to discuss the border.", "sent"),
])
def test_people_sent_for_no_inquiry_are_no_investigation(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] != "ACCUSE", text
