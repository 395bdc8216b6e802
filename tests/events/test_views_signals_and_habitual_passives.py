"""Three kinds of words that name no act (events/data/non_events.yaml): a view told to the police or a court, or put
on someone by hearsay ("views told as testimony", "views told as hearsay"); sending a message named by how plain or
alike it is ("a stance signalled"); and an agentless passive in the simple present on a kind ("what is done to a
kind as a rule"). Each has sentences the rule must leave alone."""

import pytest

from tests.events.conftest import trigger_words


def _listed(events) -> list:
    return [(e.type, e.trigger, e.cameo) for e in events]


@pytest.mark.parametrize("text, word", [
    ("When Hollis was questioned, he told police he supported Obama and hates foreign bankers.", "supported"),
    ("The defendant told the court he admired Vladimir Putin.", "admired"),
    ("Queen Margrethe was said to have been disapproving of the treaty with Germany.", "disapproving"),
    ("The crown prince is believed to oppose the deal with Iran.", "oppose"),
])
def test_a_view_told_as_testimony_or_hearsay_is_no_act(code, text, word):
    events, _ = code(text, "2023-03-08")
    assert word not in trigger_words(events), _listed(events)


@pytest.mark.parametrize("text, word", [
    ("When Hollis was questioned, he told police he had attacked the Russian consulate.", "attacked"),
    ("Iran said it supported the Syrian government.", "supported"),
    ("Queen Margrethe was said to have rejected the offer from Germany.", "rejected"),
    ("Officials said Sweden supported the Finnish bid.", "supported"),
])
def test_a_deed_confessed_or_a_view_stated_stays(code, text, word):
    events, _ = code(text, "2023-03-08")
    assert word in trigger_words(events), _listed(events)


@pytest.mark.parametrize("text", [
    "President Biden sent a similar message ahead of the Ohio elections.",
    "Putin sent a clear message to the West.",
    "By holding the drills, China sent a strong message to Taiwan.",
    "Erdogan sent the same message to Greece.",
])
def test_a_message_of_a_named_kind_is_a_stance_not_a_contact(code, text):
    events, _ = code(text, "2023-03-08")
    assert not [e for e in events if e.type == "CONSULT" and "sent" in e.trigger], _listed(events)


def test_a_message_sent_to_someone_stays_a_contact(code):
    events, _ = code("Putin sent a message to the Turkish president on Monday.", "2023-03-08")
    assert [e for e in events if e.type == "CONSULT" and "sent" in e.trigger], _listed(events)


def test_a_message_sent_asking_is_the_request(code):
    # round 38 (events/messages.py): what the message does is the act, its sending only the medium
    events, _ = code("Putin sent a message to the Turkish president asking for talks.", "2023-03-08")
    assert [e.type for e in events] == ["REQUEST"], _listed(events)


@pytest.mark.parametrize("text, word", [
    ("What is unlawful is that the civilian population of Armenia's towns are shelled.", "shelled"),
    ("Villagers in Georgia are shelled every night.", "shelled"),
    ("In Belarus, opposition activists are jailed without trial.", "jailed"),
])
def test_an_agentless_present_passive_on_a_kind_is_no_act(code, text, word):
    events, _ = code(text, "2023-03-08")
    assert word not in trigger_words(events), _listed(events)


@pytest.mark.parametrize("text, word", [
    ("Villagers in Georgia were shelled by Russia on Monday.", "shelled"),
    ("Villagers in Georgia are being shelled by Russian artillery.", "shelled"),
    ("Villagers in Georgia have been shelled by Russian artillery.", "shelled"),
    ("Villagers in Georgia are shelled by Russian artillery every night.", "shelled"),
    ("Kyiv is shelled by Russian forces.", "shelled"),
    ("Two Iranian diplomats are accused of spying for Israel.", "accused"),
])
def test_a_passive_of_another_tense_with_a_doer_or_on_a_name_stays(code, text, word):
    events, _ = code(text, "2023-03-08")
    assert word in trigger_words(events), _listed(events)
