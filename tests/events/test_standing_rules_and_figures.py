"""Standing rules and figures of speech told like acts (events/data/non_events.yaml contexts): a
passive of allowing denied in the present ("foreign banks are not allowed to …") or with "never", what a law or a
rule allows and what a side usually or every month does are how things stand, no refusal and no act; a battle against a thing, a rank overtaken and a process as the doer
("deforestation would force …") are figures of speech. A ban imposed, a refusal made on a day and a fight with armed
men stay acts; a ban on goods is an embargo (SANCTION 163), as the dictionary and the codebook say."""

from __future__ import annotations

import pytest


def _kinds(events) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Peruvian lenders are not allowed to sell bonds in Chile, the minister said.",
    "Tanzanian traders had never before been allowed to ship maize to Malawi.",
    "Foreign trawlers are not permitted to enter Ecuadorean waters without a licence.",
    "The Chilean coast guard is not allowed to fire on fishing boats.",
    "Korean brokers have not been allowed to join the Osaka exchange.",
    "Bolivian rules do not allow Peruvian lorries to carry cargo inside Bolivia.",
    "The Ugandan ministry normally consults the growers before it sets prices.",
    "The council meets every month to discuss aid to Chad.",
])
def test_a_standing_rule_is_no_refusal(code, text):
    events, _ = code(text)
    assert not events, _kinds(events)


@pytest.mark.parametrize("text, kind", [
    ("The government of Ghana did not allow the Togolese envoy to enter the country.", "REJECT"),
    ("Uruguay was not allowed to join the talks in Asuncion, officials said.", "REJECT"),
    ("Foreign reporters will not be allowed to enter the border zone, the ministry said.", "REJECT"),
    ("The ministry usually does not comment, but on Monday it condemned the Bolivian raid.", "ACCUSE"),
])
def test_a_refusal_made_or_a_ban_imposed_stays(code, text, kind):
    events, _ = code(text)
    assert kind in [e.type for e in events], _kinds(events)


BAN_ON_GOODS = "Paraguay banned Brazilian pork imports on Thursday."


def test_a_ban_on_goods_is_an_embargo_in_the_dictionary(typed, code):
    """patterns/sanction.yaml: a ban on goods is SANCTION 163 (CAMEO 163, impose embargo, boycott or sanctions);
    patterns/coerce.yaml keeps its bans (172) for parties, people and papers. The ban stays an event."""
    assert typed(BAN_ON_GOODS)["banned"] == ("SANCTION", "163")
    events, _ = code(BAN_ON_GOODS)
    assert [e for e in events if e.trigger == "banned"], _kinds(events)


@pytest.mark.xfail(strict=True, reason="the type model retypes the dictionary's SANCTION 163 to COERCE (170)")
def test_a_ban_on_goods_is_coded_as_an_embargo(code):
    events, _ = code(BAN_ON_GOODS)
    assert "SANCTION" in [e.type for e in events if e.trigger == "banned"], _kinds(events)


@pytest.mark.parametrize("text", [
    "The Ghanaian government fought the battle against inflation with high interest rates.",
    "The central bank of Kenya fought a losing battle against inflation last year.",
    "Colombia is winning its war on drugs, the president said.",
    "We will overtake Germany as the largest exporter of trucks, the Korean minister said.",
    "Taiwan could overtake Japan in ship exports by 1995, the minister said.",
    "Deforestation would force the villagers of the Amazon to move to Peru, the report said.",
])
def test_figures_of_speech_are_no_acts(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("ASSAULT", "THREATEN", "COERCE")], _kinds(events)


@pytest.mark.parametrize("text", [
    "The rebels overtook the garrison after a two-day siege.",
    "The rebels fought a fierce battle against government troops near the border.",
])
def test_a_fight_with_armed_men_stays_an_assault(code, text):
    events, _ = code(text)
    assert "ASSAULT" in [e.type for e in events], _kinds(events)


def test_a_meeting_on_a_day_stays(code):
    events, _ = code("The council meets on Monday to discuss aid to Chad.")
    assert "CONSULT" in [e.type for e in events], _kinds(events)
