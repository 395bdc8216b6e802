""""Call" with an object and a name in quotation marks that runs on to the end of the sentence, however long, and
whatever the parser hangs the object's own phrase on (the verb or the object): a name given, no call for anything
(events/no_event.py `names_a_thing`, `opens_quotation`). Calls for something told in a short quotation stay."""

from __future__ import annotations

import pytest

from dossier.events.no_event import opens_quotation


def _calls(events):
    return [e for e in events if e.trigger.split(" … ")[0] == "called" and e.type in ("REQUEST", "CONSULT")]


@pytest.mark.parametrize("text", [
    "But its founder, Jane Doyle, who posts often on the site, called the idea for the march “a shove back against "
    "the mayors who want the city closed far beyond what its shops can bear.”",
    "The minister called the plan for the new port “a gift to foreign lenders that will leave the country in debt "
    "for decades to come.”",
    "The senator called the bill “a betrayal of every farmer who has worked this valley since long before the dam "
    "was built.”",
])
def test_a_name_in_a_long_quotation_is_no_call(code, text):
    events, _ = code(text, "2024-05-02")
    assert not _calls(events), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, cameo", [
    ("Japan called its envoy in Beijing for “urgent consultations” on the islands.", "020"),
    ("Japan called the Chinese ambassador for “urgent talks” on the islands, officials said.", "041"),
    ("Chile called for “talks without conditions between the two governments as soon as the flooding is over.”",
     "020"),
])
def test_calls_told_with_a_quotation_stay(code, text, cameo):
    events, _ = code(text, "2024-05-02")
    assert any(e.cameo == cameo for e in _calls(events)), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, at, opens", [
    ("He called the plan “a gift to lenders who will leave us in debt.”", 4, True),
    ("He called the plan “a gift” to lenders on Monday.", 4, False),  # closed before the sentence's last words
    ("“A gift,” he said of the plan, “to lenders.”", 4, False),  # the mark that closes a quotation
    ("“A gift,” he said of the plan, “to lenders.”", 11, True),  # and the one that opens the next
])
def test_a_quotation_that_runs_to_the_end_of_its_sentence(nlp, text, at, opens):
    doc = nlp(text)
    assert doc[at].is_quote
    assert opens_quotation(doc[at]) is opens
