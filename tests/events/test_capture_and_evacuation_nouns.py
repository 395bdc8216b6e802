"""Nouns of taking ground by force and of a force's evacuation: "the capture of the town" is an occupation
(CAMEO 192), "the capture of two pilots" an abduction (PLOVER: combatants captured are abducted), "the evacuation of
the garrison" a military retreat (CAMEO 0874); the "of" phrase decides, so a seizure of goods, a suspect's capture
and an evacuation of residents or staff name none of these."""

import pytest


@pytest.fixture(scope="module")
def entries(nlp):
    matcher = nlp.get_pipe("dossier_events").coder.matcher

    def run(text: str) -> dict[str, tuple[str, str, str]]:
        return {tok.text: (e.type, e.mode, e.cameo) for tok, e in matcher(nlp(text))}
    return run


def test_the_capture_or_seizure_of_a_place_is_an_occupation(entries):
    for text, word in [("Chadian troops completed the capture of the air base at Ouadi Doum.", "capture"),
                       ("Syrian troops completed the seizure of the airfield near Homs.", "seizure"),
                       ("The capture of the hill by Ethiopian forces followed heavy shelling.", "capture"),
                       ("Rebels announced the takeover of two border towns.", "takeover")]:
        assert entries(text).get(word) == ("ASSAULT", "occupy", "192"), text


def test_the_capture_of_combatants_is_an_abduction(entries):
    for text in ["The army said it had carried out the capture of three enemy pilots near the frontier.",
                 "Guerrillas claimed the capture of two government soldiers on Tuesday."]:
        assert entries(text).get("capture") == ("ASSAULT", "abduct", "181"), text


def test_the_evacuation_of_troops_or_their_positions_is_a_retreat(entries):
    for text in ["Libyan troops began the evacuation of their last garrison in northern Chad.",
                 "The Kenyan army completed the evacuation of its positions along the river.",
                 "Moscow ordered the evacuation of its forces from the island."]:
        assert entries(text).get("evacuation") == ("RETREAT", "withdraw", "0874"), text


def test_other_captures_seizures_and_evacuations_name_none_of_these(entries):
    assert "seizure" not in entries("Customs officers announced the seizure of two tonnes of cocaine at the port.")
    assert "capture" not in entries("Police announced the capture of the escaped convict near Lyon.")
    # (round 75: the evacuation of people is a NONE entry, against a state's own evacuation told by its demonym)
    assert entries("Officials ordered the evacuation of residents as the floodwaters rose.").get(
        "evacuation", ("NONE",))[0] == "NONE"
    assert entries("The embassy began the evacuation of its staff from the capital.").get(
        "evacuation", ("NONE",))[0] == "NONE"
    # the verb's sense of catching an image or a mood is no act either
    assert "capture" not in entries("The film's director praised the capture of the city's mood in the opening scene.")


def test_an_occupation_told_with_the_noun_is_coded(code):
    events, _ = code("Syrian troops completed the seizure of the airfield near Homs after a week of fighting.")
    assert any(e.type == "ASSAULT" and e.cameo == "192" for e in events)
    events, _ = code("Libyan troops began the evacuation of their last garrison in northern Chad on Monday.")
    assert any(e.type == "RETREAT" and e.cameo == "0874" for e in events)
