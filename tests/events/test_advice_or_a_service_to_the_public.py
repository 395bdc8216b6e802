"""A firm's or a private expert's act upon people at large alone is advice or a service to the public, no act
between parties: a professor urging people to be wary, a tour firm's chief flying travellers home
(events/relevance.py `people_at_large`, data/relevance.yaml people_at_large.private_doers). A person a title of
state places (a governor, a health official) and a state body keep their appeal to the people. Pages only, on a
page about public affairs. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

# a page about public affairs: the sentence, then four sentences that name the state and its leaders
PAGE = ("{} The federal government announced new rules for Canada on Monday. Prime Minister Justin Trudeau said the "
        "rules would last for a month. Ottawa will review them in July. The Conservative Party has said little "
        "about them.")


@pytest.mark.parametrize("text, trigger", [
    ("Professor Omar Said urged people to be careful about believing claims made by vitamin sellers.", "urged"),
    ("Chief executive Dana Moore said the firm has helped repatriate about 6,000 people on flights from Ecuador "
     "and Colombia.", "repatriate"),
    ("CEO Dana Moore said they have helped repatriate about 6,000 people through charter flights from Ecuador, "
     "Colombia and Chile.", "repatriate"),
])
def test_a_firms_or_an_experts_act_upon_the_public_is_no_event(code, text, trigger):
    events, _ = code(PAGE.format(text))
    assert not [e for e in events if trigger in (e.trigger or "")], found_acts(events)


@pytest.mark.parametrize("text", [
    "Governor Ann Fields urged residents to stay home over the holiday weekend.",
    "The health ministry urged people to avoid crowded places.",
    "Mayor Rosa Lind asked residents to conserve water during the drought.",
])
def test_a_states_appeal_to_its_people_stays(code, text):
    events, _ = code(PAGE.format(text))
    assert [e for e in events if e.type == "REQUEST"], found_acts(events)
