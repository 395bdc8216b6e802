"""An order with an infinitive is split by the act ordered (patterns' `to_verb`: the "to" complement's verb):
one that keeps the ordered from moving or working is a coercion of them (coerce.yaml, CAMEO 172), one to come
before an authority, to give something up or to account for oneself a demand of them (request.yaml, CAMEO 100);
an order to one's own forces stays their use (mobilize.yaml), an order of any other act is neither."""

import pytest

from dossier.events.matching import to_verbs


@pytest.mark.parametrize("text", [
    "The government ordered the asylum seekers to wait in the border town until their hearings.",
    "The military ordered residents of the village to stay indoors.",
    "The ministry ordered the opposition radio station to close.",
    "The governor ordered the protesters to vacate the square by noon.",
])
def test_an_order_that_holds_the_ordered_is_a_coercion(typed, text):
    assert typed(text)["ordered"] == ("COERCE", "172"), text


@pytest.mark.parametrize("text", [
    "The court ordered the two brothers to appear for questioning next week.",
    "The tribunal ordered the former minister to hand over the seized funds.",
    "The judge ordered the company to pay damages to the families.",
    "The commission ordered the bank to disclose the names of its clients.",
])
def test_an_order_to_come_or_to_give_is_a_demand(typed, text):
    assert typed(text)["ordered"] == ("REQUEST", "100"), text


@pytest.mark.parametrize("text", [
    "The army ordered its troops to stay in their barracks.",
    "The minister ordered the navy to patrol the coast.",
])
def test_an_order_to_ones_own_forces_stays_their_use(typed, text):
    assert typed(text)["ordered"] == ("MOBILIZE", "150"), text


@pytest.mark.parametrize("text", [
    "The president ordered his aides to prepare a report.",
    "The airline ordered twelve new jets to replace its old fleet.",
    "The firm ordered more supplies to stay ahead of demand.",
    "The mayor ordered new pumps to keep the streets dry.",
])
def test_other_orders_are_no_coercion_or_demand(nlp, text):
    events = [e for e in nlp(text)._.events if e.trigger == "ordered"]
    assert not any(e.type in ("COERCE", "REQUEST") for e in events), [(e.type, e.cameo) for e in events]


def test_the_act_ordered_is_read_with_its_particle_and_joined_infinitives(nlp):
    doc = nlp("The court ordered the firm to hand over the files and to pay a fine.")
    assert {"hand", "hand over", "pay"} <= to_verbs(doc[2])


def test_the_order_aims_at_the_ordered(nlp):
    doc = nlp("The Ruritanian government ordered the Fredonian reporters to stay in their hotel.")
    events = [e for e in doc._.events if e.trigger == "ordered"]
    assert events and events[0].type == "COERCE" and events[0].target, [(e.type, e.target) for e in doc._.events]
