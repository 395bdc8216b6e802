"""Words the converted dictionary or a bare entry read as an act on a party where the sentence tells none, or tells
another type (round 68, types68, second part; patterns/none.yaml, mobilize.yaml): power or office taken by a
government with no coup told (ASSAULT 180); a leader or a premier chosen (COOPERATE 060, which the type model retyped
CONCEDE); an action or a step barred, that is ruled out (SANCTION 163); a broadcast monitored by a listening service
(ACCUSE 090); a buildup that ties in with a plan (AGREE 0311); and a fleet, a navy or a squadron beefed up, which is armed forces increased (MOBILIZE 154, not the
dictionary's COERCE 174 that the model retyped AGREE). The same verbs with a party, goods or troops keep their type.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The reform law, passed soon after the elected government of President Varga took power, split the estates.",
     "took"),
    ("The new cabinet assumed office in Tallinn on Tuesday.", "assumed"),
    ("Mr Ilves, chosen on Sunday to be Estonia's next prime minister, faces a hard winter.", "chosen"),
    ("The ruling party picked a new leader at its congress in Riga.", "picked"),
    ("The Treasury took a cautious line on the bond slump, barring hasty action to deal with it.", "barring"),
    ("The statement, monitored in Cyprus by the Bordurian Broadcasting Corporation, told of a blast.", "monitored"),
    ("The buildup ties in with Dutch plans to escort the ferries through the strait.", "ties"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, ptype", [
    ("The army took power in Borduria after a coup against President Ondo.", "took", "ASSAULT"),
    ("The Ruritanian government barred Norwegian ships from its ports.", "barred", "SANCTION"),
    ("The European Union barred imports of Bordurian steel.", "barred", "SANCTION"),
    ("Peacekeepers monitored the vote in the border towns.", "monitored", "NONE"),
    ("Fiat tied up with Chrysler in a joint venture.", "tied", "AGREE"),
])
def test_acts_keep_their_type(typed, text, word, ptype):
    assert typed(text)[word][0] == ptype, typed(text)


@pytest.mark.parametrize("text, word", [
    ("Norway beefed up its fleet off the coast of Borduria.", "beefed"),
    ("Denmark said it was beefing up its Baltic fleet with four more frigates.", "beefing"),
    ("Chile stepped up its naval squadron in the south.", "stepped"),
    ("Turkey beefed up its troops on the border.", "beefed"),
])
def test_forces_built_up_are_mobilised(typed, text, word):
    assert typed(text)[word] == ("MOBILIZE", "154"), typed(text)


def test_a_fleet_beefed_up_is_not_retyped(code):
    found, _ = code("Denmark said last week it was beefing up its Baltic fleet with four more frigates and sending "
                      "a cruiser to patrol near the sound.")
    assert [(e.type, e.cameo) for e in found if e.trigger == "beefing"] == [("MOBILIZE", "154")]


@pytest.mark.parametrize("text", [
    "Mr Ilves, chosen on Sunday to be Estonia's next prime minister, will face a hard test in running the economy, "
    "bankers said.",
    "The Treasury took a cautious line on the bond slump, barring hasty action to deal with it.",
])
def test_no_event(code, text):
    found, _ = code(text)
    assert found == [], [(e.type, e.trigger) for e in found]
