"""Verbs the converted dictionary codes bare that name no act on a party where what they bear on is a thing:
"influence" and "impact" (SUPPORT 050) sway or bear on something; a trend or a natural or economic process that is
"countered" is met by a measure, no accusation (ACCUSE 110); a machine that "joins" others is installed beside them,
no meeting (CONSULT 040); goods that "come in under" a levy or a quota are imported, nobody visits (CONSULT 042)
(patterns/none.yaml). A rebuttal ("countered the charges", "countered that …", a ministry's lies countered), forces
that join forces and a person who comes in keep their type. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The court's ruling on the tariff dispute may influence Canada's position in the coming talks.", "influence"),
    ("Officials said the report could influence the vote on the trade bill.", "influence"),
    ("The weaker yen will impact Korea's car exports to Europe.", "impact"),
    ("The company sank new piles under the pier to counter erosion of the river bank.", "counter"),
    ("The central bank announced fresh steps to counter inflation.", "counter"),
    ("The province built new dykes to counter flooding along the coast.", "counter"),
    ("Four new turbines join the three generators already working at the dam.", "join"),
    ("The two gantry cranes will join a third crane bought last year.", "join"),
    ("Most of the barley imported this season came in under the reduced levy.", "came"),
    ("About half of the sugar has gone under the new quota, dealers said.", "gone"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, ptype", [
    ("Moscow countered the American charges as baseless.", "countered", "ACCUSE"),
    ("Iran countered that Iraq had started the war.", "countered", "ACCUSE"),
    ("The opposition paper worked to counter the misinformation from the ministry.", "counter", "ACCUSE"),
    ("Polish troops will join French units at the border.", "join", "CONSULT"),
    ("The Chilean foreign minister came to Lima for a visit.", "came", "CONSULT"),
    ("The army combated the rebels in the north.", "combated", "ASSAULT"),
])
def test_other_senses_keep_their_type(typed, text, word, ptype):
    assert typed(text)[word][0] == ptype, typed(text)
