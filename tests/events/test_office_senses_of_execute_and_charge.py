"""Office senses of two words of violence and accusation. A licence, a command or an order "executed" is carried
out or signed, no one put to death (none.yaml; assault.yaml's "execute" keeps people). A body "charged with"
drafting, overseeing or running something is given a duty, no charge laid (non_events.yaml "a task one is charged
with"); charged with a crime it is accused. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The chain said it executed three new area licences to open stores in Ohio.", "executed"),
    ("The program lets a user execute a string of commands with one key.", "execute"),
    ("The broker executed the client's instructions within minutes.", "executed"),
])
def test_a_document_or_a_command_executed_is_no_killing(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] != "ASSAULT", text


def test_people_executed_are_still_killed(typed):
    assert typed("The junta executed three officers convicted of treason.")["executed"][0] == "ASSAULT"


@pytest.mark.parametrize("text", [
    "All state trading agencies have been charged with drafting further savings measures, the minister said.",
    "A panel charged with overseeing the sale of the state airline will report in May.",
    "The envoy was charged with the task of reopening the border crossings.",
])
def test_a_task_given_is_no_accusation(code, text):
    events, _ = code(text)
    assert "ACCUSE" not in {e.type for e in events}, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Prosecutors in Ruritania charged the former minister with bribery.",
    "Fredonian police charged two officials with smuggling gold across the border.",
])
def test_a_crime_charged_is_an_accusation(code, text):
    events, _ = code(text)
    assert "ACCUSE" in {e.type for e in events}, [(e.type, e.trigger) for e in events]
