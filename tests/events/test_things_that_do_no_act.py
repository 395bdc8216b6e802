"""Verbs the converted dictionary codes bare that name no act on a party where what does or undergoes them is a
thing (round 68, patterns/none.yaml): a trend curbed, suppressed or stemmed (COERCE 170); a thing that damages,
ruins or hurts (ASSAULT); hunger or a problem overcome (ASSAULT 190); figures that decline (REJECT 120) or fall
(ASSAULT 190); a gap or a deficit met (CONSULT 040); a cut or a merger sanctioned, that is approved (SANCTION 163);
news greeted with relief (ACCUSE 110); a topic researched (ACCUSE 090); a majority mustered (MOBILIZE 150); a force
backed by tanks (SUPPORT 051). The same verbs done to or by parties keep their type. Sentences written for these
tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The province ordered new filters to curb factory pollution along the river.", "curb"),
    ("Brokers said the ministry could not suppress the selling on the exchange.", "suppress"),
    ("The bank raised its rates to stem the outflow of deposits.", "stem"),
    ("Officials said the new levy would damage Chile's fruit growers.", "damage"),
    ("The rival proposals would hurt Kenya's coffee farmers, the minister said.", "hurt"),
    ("The fund will help Mali overcome hunger and economic problems.", "overcome"),
    ("Exports from the region declined over the past three years.", "declined"),
    ("Norway's oil reserves fell to 2.1 billion barrels from 2.4 billion.", "fell"),
    ("Until now Kenya has met its trade gap with loans from abroad.", "met"),
    ("The central bank sanctioned a quarter point cut in its lending rate.", "sanctioned"),
    ("The regulators sanctioned the merger of the two insurers.", "sanctioned"),
    ("Thai rice farmers greeted with relief the defeat of the tariff bill in the Senate.", "greeted"),
    ("The institute is researching solar energy and battery storage.", "researching"),
    ("The opposition could not muster a two-thirds majority in the assembly.", "muster"),
    ("An armoured column, backed by tanks, crossed the river at dawn.", "backed"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, ptype", [
    ("Police curbed the protests in the capital.", "curbed", "COERCE"),
    ("The army suppressed the rebels in the north.", "suppressed", "COERCE"),
    ("Rioters damaged the Danish embassy.", "damaged", "ASSAULT"),
    ("Iran declined the offer of talks.", "declined", "REJECT"),
    ("The finance minister met his Brazilian counterpart in Lima.", "met", "CONSULT"),
    ("The Security Council sanctioned Libya over the bombing.", "sanctioned", "SANCTION"),
    ("Greece backed Cyprus in the dispute.", "backed", "SUPPORT"),
    ("The general mustered his troops at the border.", "mustered", "MOBILIZE"),
])
def test_the_same_verbs_on_parties_keep_their_type(typed, text, word, ptype):
    assert typed(text)[word][0] == ptype, typed(text)


@pytest.mark.parametrize("text, word, ptype", [
    # forces that blast a thing strike it; a minister who blasts a policy criticises it
    ("Two Greek frigates blasted the radar station on the island.", "blasted", "ASSAULT"),
    ("The senator blasted the new farm policy.", "blasted", "ACCUSE"),
    # controls and curbs a side sets, attacked, are criticised, no blow
    ("Bankers attacked the currency controls as useless.", "attacked", "ACCUSE"),
    ("Rebels attacked the army post at dawn.", "attacked", "ASSAULT"),
])
def test_blasts_and_attacks(typed, text, word, ptype):
    assert typed(text)[word][0] == ptype, typed(text)
