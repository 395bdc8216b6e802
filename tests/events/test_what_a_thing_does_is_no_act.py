"""Help, backing, a threat or a punishment whose doer is a thing no actor owns, told in the simple present ("free
trade does not help workers", "the pipeline supports thousands of jobs", "climate change threatens the islands",
"the law punishes migrants"), says what the thing does in general: no act of anyone. Acts of a state or of a
state's own aid, acts told as done, a weapon's attack told in a headline and a text's speech act stay events."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("Free trade does not help workers who lose their jobs, Senator Hale said.", "AID"),
    ("Free speech does not protect people who threaten judges, prosecutor Dana Ruiz said.", "AID"),
    ("The new statute protects migrants from abuse, Senator Hale said.", "AID"),
    ("Mexico has a rule that shields exporters from Chinese rivals.", "AID"),
    ("The new pipeline supports thousands of Canadian jobs.", "SUPPORT"),
    ("The accord rewards China for bad behaviour, critics say.", "SUPPORT"),
    ("Rising seas threaten the Pacific islands of Tuvalu and Kiribati.", "THREATEN"),
    ("The statute punishes migrants who cross the border twice.", "COERCE"),
])
def test_what_a_thing_does_in_general_is_no_act(code, text, kind):
    events, _ = code(text, "2024-05-02")
    assert not [e for e in events if e.type == kind], [(e.type, e.cameo, e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("Japan helps Vietnam with loans.", "AID"),
    ("Japan protects its fishermen near the disputed islands.", "AID"),
    ("The airlift helped 2,000 refugees.", "AID"),
    ("Bomb kills ten soldiers in Kabul.", "ASSAULT"),
    ("The report accuses China of dumping steel.", "ACCUSE"),
    ("The U.N. resolution demands that Israel withdraw.", "REQUEST"),
])
def test_acts_of_actors_acts_done_weapons_and_texts_stay(code, text, kind):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type == kind], [(e.type, e.cameo, e.trigger) for e in events]
