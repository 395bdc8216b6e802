"""The one chosen, hired or appointed to do a task does the act its infinitive names, not the one who chose it ("the
school board chose a dealer to supply computers to a college": the dealer supplies; data/addressees.yaml
`choosing`, read by doers.addressee_of). A verb of choosing with no object ("Japan chose to send aid") keeps its
subject as the doer."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_the_one_chosen_supplies(code):
    events, actors = code("The Denver School District chose Rocky Data Systems to provide computer equipment to "
                          "Aurora High School.")
    provide = [e for e in events if e.trigger == "provide"]
    assert provide and names(provide[0].source, actors) == {"Rocky Data Systems"}, _shown(events, actors)


def test_the_one_selected_supplies(code):
    events, actors = code("The Kenyan government selected Siemens to supply aid to Uganda.")
    supply = [e for e in events if e.trigger == "supply"]
    assert supply and "Kenya" not in " ".join(names(supply[0].source, actors)), _shown(events, actors)


def test_choosing_with_no_object_keeps_the_doer(code):
    events, actors = code("Japan chose to send food aid to Peru.")
    send = [e for e in events if e.type == "AID"]
    assert send and names(send[0].source, actors) == {"Japan"}, _shown(events, actors)
