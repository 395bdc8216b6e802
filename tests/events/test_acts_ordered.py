"""An order of a noun-named act of force or of sanctions is that act, done by the one who orders it
(patterns/assault.yaml, sanction.yaml: "order" with the act noun as its object): "ordered attacks on the camps"
ASSAULT 190, "ordered sanctions on the minister" SANCTION 163, not the converted dictionary's oversight (090) or
its other "order" codes; an order of an investigation keeps its code, a stoppage of work ordered is no blow."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The prime minister ordered heavy attacks on the rebel camps on Sunday.", ("ASSAULT", "190")),
    ("The general ordered an offensive against the insurgents in the north.", ("ASSAULT", "190")),
    ("The president ordered new sanctions on the Ruritanian defence minister.", ("SANCTION", "163")),
    ("The council ordered an arms embargo against Fredonia.", ("SANCTION", "163")),
])
def test_an_act_ordered_is_that_act(typed, text, expected):
    assert typed(text)["ordered"] == expected, text


@pytest.mark.parametrize("text", [
    "The union ordered a strike at the port.",
    "The airline ordered 20 new aircraft from the manufacturer.",
    "The court ordered an investigation into the deaths.",
    "The minister ordered the air force to patrol the coast.",
])
def test_other_orders_are_no_attack_or_sanction(typed, text):
    assert typed(text).get("ordered", ("NONE", ""))[0] not in ("ASSAULT", "SANCTION"), text
