"""A work or a site named by a name no dictionary knows ("the X oil platforms", "the X pipeline") is where an act
happens or what it is done to, not a side: the side is its owner where the story names one, else none
(roles/facilities.py, data/no_party.yaml `facilities`, `waters`). A body named after a work ("the Port Authority",
"Pipeline company X") stays an actor. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _ids(events, verb, side):
    hits = [e for e in events if e.trigger.split()[0] == verb]
    assert hits, [(e.trigger, e.source, e.target) for e in events]
    return {i for e in hits for i in getattr(e, side)}


@pytest.mark.parametrize("text, verb", [
    ("Guerrillas blew up the Cano Limon pipeline in northern Colombia.", "blew"),
    ("U.S. warships shelled the Sassan oil platforms in the Gulf south of Kuwait on Tuesday, Tehran radio said.",
     "shelled"),
])
def test_a_site_with_no_owner_is_no_target(code, text, verb):
    events, actors = code(text)
    targets = _ids(events, verb, "target")
    assert not any(i.startswith("unk:") for i in targets), targets


@pytest.mark.parametrize("text, verb", [
    ("Tehran said three workers were hurt in an American raid on an offshore site. U.S. warships shelled the "
     "Sassan oil platforms on Tuesday. Washington said its frigates wrecked two Iranian platforms there.", "shelled"),
    ("Iraqi jets bombed Iran's Sassan oil platforms on Monday.", "bombed"),
])
def test_the_site_s_owner_is_the_target(code, text, verb):
    events, actors = code(text)
    targets = _ids(events, verb, "target")
    assert {actors[i].country for i in targets if i in actors} == {"IRN"}, targets


@pytest.mark.parametrize("text, verb, name", [
    ("The Port Authority sued the city of Newark over unpaid fees.", "sued", "port-authority"),
    ("Pipeline company Transneft signed a deal with China.", "signed", "unk:"),
])
def test_a_body_named_after_a_work_stays_a_side(code, text, verb, name):
    events, actors = code(text)
    assert any(name in i for i in _ids(events, verb, "source")), [(e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text", [
    "Energy ministers will discuss Caspian Sea gas supplies at a meeting in Vienna next week.",
    "Oil officials will discuss North Sea output at a meeting in Oslo on Friday.",
])
def test_a_stretch_of_sea_is_no_side(code, text):
    events, actors = code(text)
    assert not any("sea" in i for e in events for i in e.source + e.target), \
        [(e.trigger, e.source, e.target) for e in events]


def test_a_body_named_after_a_sea_stays_a_side(code):
    events, actors = code("The Gulf Cooperation Council condemned the attack on Kuwait.")
    assert any("gulf" in i for i in _ids(events, "condemned", "source")), [(e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text, verb, sea", [
    ("Iran mined the Gulf last month, Pentagon officials said.", "mined", "gulf"),
    ("Soviet submarines patrolled the Baltic Sea on Monday.", "patrolled", "baltic-sea"),
])
def test_a_sea_acted_on_is_where_it_happens(code, text, verb, sea):
    events, actors = code(text)
    hits = [e for e in events if e.trigger == verb]
    assert hits and all(not e.target and sea in (e.location or "") for e in hits), \
        [(e.trigger, e.target, e.location) for e in events]


def test_a_place_named_after_in_keeps_its_location(code):
    events, actors = code("Iraqi missiles hit a tanker in the Gulf east of Bahrain, shipping sources said.")
    assert any("gulf" in (e.location or "") for e in events if e.trigger == "hit"), \
        [(e.trigger, e.location) for e in events]
