"""The first word of a generic agent's noun of several words (agents.yaml: "riot police", "border guards"), capitalised
because it opens its sentence and tagged a person's name by the recogniser ("Riot police scattered ..."), is no
person: it is free for the agent it begins (actors/resolve.py, `_opens_agent_noun`), which acts as the same words in
lower case do. Not a person's name that opens its sentence, nor the agent's noun written in lower case. Sentences written here (round 78)."""

from __future__ import annotations

import pytest


def _cops(result):
    return [e for e in result.entities if e.id.startswith("agent:") and e.id.endswith(":COP")]


@pytest.mark.parametrize("text", [
    "Riot police dispersed several hundred Zambian students with water cannon outside the Lusaka parliament on Friday.",
    "The budget vote was put off. Riot police dispersed several hundred Zambian students outside the parliament.",
])
def test_riot_police_opening_a_sentence_are_police_not_a_person(story, text):
    found = story(text, published="2024-06-24")
    assert not [e for e in found.entities if e.name == "Riot"], [(e.id, e.name) for e in found.entities]
    assert _cops(found), [(e.id, e.name) for e in found.entities]
    coerced = [e for e in found.events if e.type == "COERCE"]
    assert coerced and all(e.source and e.source[0].endswith(":COP") for e in coerced), \
        [(e.type, e.source, e.target) for e in found.events]


def test_riot_police_in_lower_case_stay_police(story):  # must-not
    found = story("On Friday riot police scattered several hundred Zambian students outside the parliament in Lusaka.",
                  published="2024-06-24")
    assert _cops(found) and not [e for e in found.entities if e.name == "Riot"]


def test_a_person_s_name_opening_a_sentence_stays_a_person(story):  # must-not
    found = story("Mwansa Chileshe told police on Friday that Zambian students had blocked the road to the parliament "
                  "in Lusaka.", published="2024-06-24")
    assert [e for e in found.entities if e.name == "Mwansa Chileshe"], [(e.id, e.name) for e in found.entities]
