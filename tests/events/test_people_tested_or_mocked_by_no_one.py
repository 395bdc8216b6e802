"""People tested or screened for a disease are no one coerced (data/non_events.yaml "people tested for a disease"),
and on a page an act told with no doer named upon people at large alone — mocked, praised, consulted — is nobody's
act on a counterpart (events/relevance.py `people_at_large`, data/relevance.yaml people_at_large `undone`). A
missile tested, a demand or force upon people by no one named, and a single sentence stay. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.relevance import people_at_large
from dossier.model import Entity, Event
from dossier.events.component import coding_with
from tests.events.conftest import SureOf, found_acts

PAGE = ("The health minister of Kenya spoke to reporters in Nairobi on Tuesday. She said the outbreak had reached "
        "three more counties. Early in the year, people were mocked for wearing face masks on buses. Many residents "
        "were praised for staying at home during the holidays. The ministry will open two more clinics next week. "
        "Officials urged residents to keep their distance.")
ACTORS = {
    "res": Entity(id="res", name="civilians (KEN)", type="NORP", kind="group", cameo="KENCVL", country="KEN"),
    "state": Entity(id="state", name="Kenya", type="GPE", kind="government", cameo="KEN", country="KEN", known=True),
}


@pytest.mark.parametrize("text", [
    "Ghanaian authorities are testing all residents in two districts of Accra.",
    "Kenyan authorities are testing thousands of people in the capital.",
    "Ugandan authorities are testing thousands of people in Gulu.",
])
def test_people_tested_for_a_disease_are_no_one_coerced(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger and "test" in e.trigger], found_acts(events)


def test_an_act_with_no_doer_upon_people_at_large_is_left_out_on_a_page(code):
    events, _ = code(PAGE)
    assert not {"mocked", "praised"} & {e.trigger for e in events}, found_acts(events)
    assert [e for e in events if e.trigger == "urged"], found_acts(events)  # the officials' request stays


@pytest.mark.parametrize("kind, source, target", [
    ("ACCUSE", [], ["res"]),
    ("SUPPORT", [], ["res"]),
])
def test_undone_acts_upon_people(kind, source, target):
    assert people_at_large(Event(id="t:e1", type=kind, source=source, target=target), ACTORS)


@pytest.mark.parametrize("kind, source, target", [
    ("REQUEST", [], ["res"]),     # "residents were told to leave": perhaps a state's order
    ("ASSAULT", [], ["res"]),     # force upon people stays
    ("AID", [], ["res"]),         # "the displaced were given food": perhaps a state's aid
    ("SUPPORT", [], ["state"]),   # a state praised by no one named is still a party
])
def test_demands_force_aid_and_states_stay(kind, source, target):
    assert not people_at_large(Event(id="t:e1", type=kind, source=source, target=target), ACTORS)


def test_a_missile_tested_is_no_test_of_people(code, nlp):
    # a show of force (the shipped model read it as a concession, which it makes only on a verb of yielding)
    with coding_with(nlp, types=SureOf("MOBILIZE")):
        events, _ = code("The Indian army tested a new missile on Monday.")
    assert [e for e in events if e.trigger == "tested"], found_acts(events)


def test_one_sentence_keeps_its_act(code):
    events, _ = code("Early in the year, people were mocked for wearing face masks on buses in Nairobi.")
    assert [e for e in events if e.trigger == "mocked"], found_acts(events)
