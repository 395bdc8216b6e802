"""A relative clause has its own status: the main clause's plan does not reach an act told in a relative clause, nor
the reverse; and a relative clause on a noun act makes it planned only where it tells the act is still to come (a
start in the present, a future, a planning predicate), not where it describes the act. Neither it nor a modifier of
plan ("scheduled", "planned") makes an act planned that the light verb making it happen tells as past ("held a
scheduled meeting today")."""

from __future__ import annotations

import pytest

from dossier.events.patterns import load_lexicon
from dossier.events.status import read_status


def _statuses(events) -> dict[str, str]:
    return {e.trigger: e.status for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Uganda, which will host talks with Kenya next week, invaded Sudan in March.",
     {"invaded": "occurred"}),
    ("Kenya will expel the diplomats who met the rebels last week.", {"expel": "planned", "met": "occurred"}),
    ("Kenya expelled the diplomats who will meet the rebels next week.", {"expelled": "occurred", "meet": "planned"}),
    ("Kenya plans to sanction Uganda, which attacked a Kenyan border post.", {"attacked": "occurred"}),
])
def test_main_and_relative_clause_keep_their_own_status(code, text, expected):
    found = _statuses(code(text)[0])
    assert {t: found.get(t) for t in expected} == expected, found


@pytest.mark.parametrize("text, trigger, status", [
    ("Kenya and Uganda held talks, which are the first since the war.", "held … talks", "occurred"),
    ("Kenya and Uganda will hold talks in Nairobi, which start on Monday.", "hold … talks", "planned"),
    ("Kenya and Uganda held the planned talks in Nairobi on Monday.", "held … talks", "occurred"),
    ("Kenya and Uganda will hold the planned talks in Nairobi on Monday.", "hold … talks", "planned"),
])
def test_noun_act_with_a_relative_clause(code, text, trigger, status):
    found = _statuses(code(text)[0])
    assert found.get(trigger) == status, found


@pytest.mark.parametrize("text, word, status", [
    # a present that describes the act
    ("The ceasefire, which remains fragile, was agreed by Israel and Hamas.", "ceasefire", "occurred"),
    ("The EU lifted the sanctions, which cover oil and gas.", "sanctions", "occurred"),
    ("Kenya condemned the attack, which is the deadliest this year.", "attack", "occurred"),
    # the light verb that makes the act happen is in the past
    ("Kenya and Uganda reached an accord, which will take effect in May.", "accord", "occurred"),
    ("Kenya and Uganda have reached an accord, which will take effect in May.", "accord", "occurred"),
    ("The firm's directors held their usual monthly meeting today and were weighing the bid.", "meeting",
     "occurred"),
    # still to come
    ("The visit, which starts on Wednesday, will focus on trade.", "visit", "planned"),
    ("The summit, which is due to open on Monday, will focus on trade.", "summit", "planned"),
    ("Kenya praised the talks, which will open in Geneva.", "talks", "planned"),
    ("Kenya praised the upcoming talks with Uganda.", "talks", "planned"),
    ("The talks, which resume in Geneva on Monday, were called by the UN.", "talks", "planned"),
])
def test_status_read_on_the_noun(nlp, text, word, status):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert read_status(tok, load_lexicon()) == status
