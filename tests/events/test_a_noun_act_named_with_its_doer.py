"""A noun act with "the" whose own phrase names its doer as a name after "by" (on the noun, or on its "of" object
where the parser hangs it) tells the act (`noun_acts.told_with_its_doer`), where such a noun (a `light_only` entry)
was before read as only talked about. A noun after "of"/"for" (the matter of another noun: fears, plans), a bare
plural with a "by" phrase (a habit: "raids on boats by X"), a possessive's act and a noun under a passive verb whose
agent the parser hung on it ("was endorsed at the hearing by X") stay talked about."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, ptype, doer, target", [
    ("The embassy declined to comment on the criticism by Tokyo of the Chinese coast guard.", "ACCUSE", "Japan",
     "China"),
    ("The expulsion of four Iranian diplomats by Albania followed the cyber attack.", "SANCTION", "Albania", "Iran"),
    ("Baghdad said the shelling of the Iraqi border posts by Turkey on Sunday had angered the tribes.", "ASSAULT",
     "Turkey", "Iraq"),
])
def test_a_noun_act_with_its_doer_named_is_told(code, text, ptype, doer, target):
    events, actors = code(text)
    found = [e for e in events if e.type == ptype]
    assert found and doer in names(found[0].source, actors), [(e.type, e.source, e.target) for e in events]
    assert any(target in n for n in names(found[0].target, actors)) or any(
        actors[i].country == {"China": "CHN", "Iran": "IRN", "Iraq": "IRQ"}[target]
        for i in found[0].target if i in actors), [(e.type, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Fears of an attack by Russia on Finland have grown.", "ASSAULT"),
    ("Trump's tariffs remain a worry for Canadian farmers.", "SANCTION"),
    ("Raids on fishing boats by Senegal and Gambia have gone on for years.", "ASSAULT"),
])
def test_a_noun_act_only_talked_of_stays_so(code, text, ptype):
    events, _ = code(text)
    assert not [e for e in events if e.type == ptype], [(e.type, e.trigger) for e in events]


def test_a_passive_verb_s_agent_hung_on_a_noun_is_not_its_doer(code):
    events, _ = code("The reform was endorsed at the hearing by the Kenyan delegation.")
    assert not [e for e in events if e.trigger == "hearing"], [(e.type, e.trigger) for e in events]
