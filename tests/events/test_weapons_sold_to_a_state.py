"""Weapons sold to a state are military cooperation (cooperate.yaml "sell" with weapon objects, CAMEO 062, the
dictionary's SELL &WEAPON, which the type model read as trade): the seller the source, the buyer the target. Toys,
airliners and goods of no war sold are none."""

import pytest


@pytest.mark.parametrize("text, status", [
    ("France sold 24 Rafale fighters to Qatar last year.", "occurred"),
    ("Russia sold S-400 missiles to Turkey.", "occurred"),
    ("Washington plans to sell 40 Abrams tanks to Morocco.", "planned"),
])
def test_weapons_sold_are_military_cooperation(code, text, status):
    events, _ = code(text)
    sales = [e for e in events if e.type == "COOPERATE" and e.cameo == "062"]
    assert len(sales) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert sales[0].status == status and sales[0].source and sales[0].target


@pytest.mark.parametrize("text", [
    "The shop sold toy rockets to children.",
    "Airbus sold 30 airliners to a Chinese carrier.",
])
def test_other_goods_sold_are_no_cooperation(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.cameo == "062"], [(e.type, e.cameo, e.trigger) for e in events]
