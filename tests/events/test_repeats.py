"""A side's act told again with its target left out (events/repeats.py `repeats_left_out`, called by the events
component): on a page that codes the act in full, the target-less mention is left out; one with a date of its own,
another status, another doer (a party of the same state) or a text too short keeps it. Texts written here."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with
from dossier.events.relevance import topic_bar
from dossier.events.repeats import repeats_left_out
from dossier.model import DateValue, Document, Entity, Event
from dossier.nlp import loader
from dossier.pipeline import process

ACTORS = {"vel": Entity(id="vel", name="Velnia", type="GPE", kind="place", country="VEL"),
          "kor": Entity(id="kor", name="Korsa", type="GPE", kind="place", country="KOR"),
          "pres": Entity(id="pres", name="Ana Dorr", type="PERSON", kind="person", country="VEL", known=True),
          "army": Entity(id="army", name="Velnian army", type="ORG", kind="government", country="VEL", known=True),
          "fund": Entity(id="fund", name="Velnia Farm Fund", type="ORG", kind="government", country="VEL"),
          "party": Entity(id="party", name="Green League", type="ORG", kind="party", country="VEL"),
          "spring": Entity(id="spring", name="Spring", type="ORG", kind="organisation")}
DAY = DateValue(start="2021-03-02", end="2021-03-02", precision="day")
OTHER_DAY = DateValue(start="2021-02-20", end="2021-02-20", precision="day")
FULL = Event(id="t:full", type="SANCTION", source=["vel"], target=["kor"], status="occurred", date=DAY)
LONG = topic_bar().min_sentences


def _kept(mention: Event, sentences: int = LONG) -> list[str]:
    return [e.id for e in repeats_left_out([FULL, mention], ACTORS, sentences)]


@pytest.mark.parametrize("doer", ["vel", "pres", "army"])  # the state itself, its leader, its forces
def test_a_targetless_repeat_by_the_same_side_is_left_out(doer):
    mention = Event(id="t:m", type="SANCTION", source=[doer], target=[], status="occurred")
    assert _kept(mention) == ["t:full"]


def test_the_same_date_is_a_repeat_too():
    mention = Event(id="t:m", type="SANCTION", source=["pres"], target=[], status="occurred", date=DAY)
    assert _kept(mention) == ["t:full"]


@pytest.mark.parametrize("mention", [
    Event(id="t:m", type="SANCTION", source=["pres"], target=[], status="occurred", date=OTHER_DAY),  # own date
    Event(id="t:m", type="SANCTION", source=["pres"], target=[], status="negated"),  # another claim
    Event(id="t:m", type="SANCTION", source=["party"], target=[], status="occurred"),  # a party is not the state
    Event(id="t:m", type="SANCTION", source=["fund"], target=[], status="occurred"),  # a body no dictionary knows
    Event(id="t:m", type="COERCE", source=["pres"], target=[], status="occurred"),  # another type
    Event(id="t:m", type="SANCTION", source=["kor"], target=[], status="occurred"),  # another side
])
def test_another_act_stays(mention):
    assert _kept(mention) == ["t:full", "t:m"]


@pytest.mark.parametrize("target", ["spring", None])
def test_an_act_whose_target_is_no_placed_actor_takes_in_no_mention(target):
    """"pledged to agree by the Spring how to fund it" (a season read as a name) and "has agreed to widen the cuts"
    are two acts of one state: only a target a dictionary knows or a country places makes the act a full one."""
    full = Event(id="t:full", type="AGREE", source=["vel"], target=[target] if target else [], status="occurred")
    mention = Event(id="t:m", type="AGREE", source=["vel"], target=[], status="occurred")
    assert [e.id for e in repeats_left_out([full, mention], ACTORS, LONG)] == ["t:full", "t:m"]


def test_a_short_text_keeps_every_event():
    mention = Event(id="t:m", type="SANCTION", source=["vel"], target=[], status="occurred")
    assert _kept(mention, LONG - 1) == ["t:full", "t:m"]


@pytest.fixture(scope="module")
def nlp():
    return loader.load(Settings())


def _events(nlp, text: str, keep: bool = False):
    with coding_with(nlp, keep_off_topic=keep):
        result = next(process([Document(id="t-repeats", source="t", text=text, published="2021-06-10")], nlp=nlp))
    names = {e.id: e.name for e in result.entities}
    return [(e.type, e.trigger, [names.get(a) for a in e.source], [names.get(a) for a in e.target])
            for e in result.events]


OPENING = ("Turkish troops shelled Syrian army positions near Idlib on Monday. The shelling went on for six hours, "
           "residents said. The Syrian army did not answer the fire. Aid groups asked both sides for calm. "
           "The United Nations called an emergency session. ")


@pytest.mark.parametrize("repeat", [
    "Ankara's defence minister said Turkish forces had destroyed nine tanks so far.",
    "Officials in Ankara said Turkish troops had bombed a number of depots.",
])
def test_a_page_leaves_out_the_repeat(nlp, repeat):
    kept = _events(nlp, OPENING + repeat, keep=True)
    repeats = [e for e in kept if e[0] == "ASSAULT" and not e[3] and e[1] != "shelled"]
    assert repeats  # the repeat is coded with no target when the page rules are off
    events = _events(nlp, OPENING + repeat)
    assert not any(e[0] == "ASSAULT" and not e[3] for e in events)
    assert any(e[0] == "ASSAULT" and e[3] for e in events)  # the act in full stays


def test_a_repeat_with_a_day_of_its_own_stays(nlp):
    text = OPENING + "On Thursday Turkish forces destroyed nine tanks, the defence ministry said."
    assert any(e[0] == "ASSAULT" and not e[3] for e in _events(nlp, text))
