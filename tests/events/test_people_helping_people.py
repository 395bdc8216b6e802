"""On a page, an act whose doers the sentence names as people at large ("all of the people who got home", "many of
the residents") but no actor stands for, upon people at large alone, is no act between parties, as people_at_large's
own act of people upon people is (events/relevance.py people_at_large_unnamed, data/relevance.yaml
people_at_large.doers). Help given by a body or a government, and help given to people with nobody named (a
passive), stay. A page written here (round 69)."""

from __future__ import annotations

PAGE = ("Hundreds of Kenyan travellers are stuck in Uganda after the border closed last week. The Kenyan government "
        "said on Monday that it was working with Ugandan officials to reopen the crossing. Ugandan police said the "
        "border would stay shut until the end of the month. Many of the residents who got out early are helping "
        "those people who could not leave. The stranded travellers were given food and water by the "
        "Kenyan Red Cross. The Kenyan government sent buses to help the stranded travellers on Monday. Some of them "
        "were given blankets at the border post.")


def _aid(code):
    events, _ = code(PAGE)
    return [e for e in events if e.type == "AID"]


def test_people_helping_people_is_no_act(code):
    assert not [e for e in _aid(code) if "got out early" in e.evidence[0].text]


def test_help_of_a_body_or_a_state_stays(code):
    told = {e.evidence[0].text.split()[1] for e in _aid(code)}
    assert {"stranded", "Kenyan"} <= told
