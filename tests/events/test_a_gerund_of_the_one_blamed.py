"""After a verb of blaming or praising, a gerund behind "in" or "over" tells what its object did, as one behind "of"
or "for" does ("accused the lenders of bad faith in threatening to withhold…": the lenders threaten; "criticised
Uganda over closing the border": Uganda closes) (events/roles/doers.py `_gerund_doer`; data/addressees.yaml
`judging`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, doer, teller", [
    ("The Kenyan president accused the foreign lenders of bad faith in threatening to withhold new credit.",
     "threatening", "business", "KEN"),
    ("The Kenyan foreign minister criticised Uganda over closing the border to Kenyan trucks.", "closing", "UGA",
     "KEN"),
])
def test_the_one_blamed_does_the_gerund(code, text, trigger, doer, teller):
    events, actors = code(text)
    event = next(e for e in events if e.trigger.startswith(trigger))
    sides = {actors[i].country or actors[i].name for i in event.source}
    assert teller not in sides, names(event.source, actors)
    assert any(doer in s for s in sides), names(event.source, actors)


def test_a_partner_joined_acts_with_the_subject(code):
    # "joined X in condemning": both condemn (the joining verbs, unchanged)
    events, actors = code("Egypt joined Jordan in condemning the Israeli raid.")
    event = next(e for e in events if e.trigger == "condemning")
    assert {actors[i].country for i in event.source} == {"EGY", "JOR"}


def test_in_on_another_verb_keeps_the_subject(code):
    # "blamed Uganda in a speech, threatening…": the speaker threatens; "in" holds no gerund here
    events, actors = code("The Kenyan president blamed Uganda in a speech, threatening to close the border.")
    event = next(e for e in events if e.trigger.startswith("threatening"))
    assert "KEN" in {actors[i].country for i in event.source}
