"""A passive accusation with no agent ("Turkey has been accused of shelling civilians in the Afrin district") leaves
its accuser unnamed: the parties and places of the act it charges (the civilians, the market's town) are not its
source, which the role model would otherwise fill with them (events/roles/model.py `in_the_charge`). A named agent
stays the accuser, and another passive act keeps the doer its phrase names ("attacked with rockets fired from X").
Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, accused", [
    ("Turkey has been accused of shelling civilians in the Afrin district.", "TUR"),
    ("Ethiopian troops have been accused of looting shops in the Humera market.", "ETH"),
])
def test_no_one_in_the_charge_accuses(code, text, accused):
    events, actors = code(text)
    event = only(events, "ACCUSE")
    assert not event.source, (event.source, event.target)
    assert _countries(event.target, actors) == {accused}


def test_a_named_accuser_stays(code):
    events, actors = code("Sudan was accused by Egypt of arming rebels in Darfur.")
    event = only(events, "ACCUSE")
    assert _countries(event.source, actors) == {"EGY"} and _countries(event.target, actors) == {"SDN"}


def test_another_passive_act_keeps_its_doer(code):
    events, actors = code("The town was attacked with rockets fired from Lebanon.")
    assert _countries(only(events, "ASSAULT").source, actors) == {"LBN"}
