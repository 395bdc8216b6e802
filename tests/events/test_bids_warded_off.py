"""A bid, an offer or a plan warded, fended, staved or beaten off, or repelled, is refused (reject.yaml, CAMEO 120),
as one fought off; an attack warded off or repelled keeps the converted dictionary's reading (AID 074, ASSAULT)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("The board of Kendal Corp sold its chemicals unit to fend off a takeover attempt by Corvin Partners.", "fend"),
    ("Dunmore Mills took steps to stave off the offer from Haskell Group.", "stave"),
    ("Dunmore Mills fended off the merger proposal from Haskell Group.", "fended"),
    ("Ostrander Inc adopted a rights plan to ward off a hostile bid from Lazard Holdings.", "ward"),
    ("Dunmore Mills repelled the takeover bid from Haskell Group.", "repelled"),
    ("Dunmore Mills beat off a hostile bid from Haskell Group.", "beat"),
])
def test_a_bid_kept_off_is_refused(typed, text, word):
    assert typed(text)[word] == ("REJECT", "120"), typed(text)


def test_the_bidder_is_the_target(nlp, code):
    from dossier.events.component import coding_with
    with coding_with(nlp, keep_trade=True):  # a firm's own trade, left out by default (events/relevance.py)
        events, actors = code("Dunmore Mills fended off the merger proposal from Haskell Group.")
    refused = [e for e in events if e.type == "REJECT"]
    assert refused and {actors[i].name for i in refused[0].target} == {"Haskell Group"}, refused


def test_an_attack_warded_off_keeps_its_reading(typed):
    assert typed("Mellon troops were sent to ward off an attack by the rebels.")["ward"] == ("AID", "074")


@pytest.mark.parametrize("text, word", [
    ("Government troops repelled an attack by the rebels on the town.", "repelled"),
    ("Government troops beat off an attack by the rebels.", "beat"),
    ("Police beat the protesters outside the bank.", "beat"),
])
def test_an_attack_repelled_or_a_blow_stays_assault(typed, text, word):
    assert typed(text)[word][0] == "ASSAULT", typed(text)
