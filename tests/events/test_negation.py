"""Acts denied by their own words: a subject that names nobody, "no plans for…", "unwilling to…", an embedded
question (events/status.py, events/data/negation.yaml), beside look-alikes whose act stays as told."""

import pytest


def _status(events, trigger: str) -> str:
    found = [e for e in events if trigger in e.trigger.split(" … ")]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0].status


@pytest.mark.parametrize("text, trigger", [
    ("None of the Kenyan fishing boats has been attacked by Ugandan gunboats.", "attacked"),
    ("No country has offered aid to Chad since the floods.", "offered"),
    ("Officials said there are no plans for Kenyan President William Ruto to meet Ugandan President Yoweri Museveni.",
     "meet"),
    ("There were no plans for an emergency summit of Kenya and Uganda, the minister said.", "summit"),
    ("Several Gulf lenders said they were unwilling to provide fresh loans to Kenya.", "provide"),
])
def test_an_act_told_as_not_done_is_negated(code, text, trigger):
    events, _ = code(text)
    assert _status(events, trigger) == "negated"


@pytest.mark.parametrize("text, trigger, status", [
    ("One of the Kenyan ships was attacked by Uganda.", "attacked", "occurred"),
    ("Kenya was willing to provide new credits to Uganda.", "provide", "occurred"),  # the offer, made when said
    ("Kenyan and Ugandan negotiators failed to conclude an agreement on tea exports during talks last week.", "talks",
     "occurred"),
    ("No country objected to the talks between Kenya and Uganda.", "talks", "occurred"),
    ("Bankers said there are no plans for the Kenyan minister to meet officials during his trip to Kampala.", "trip",
     "occurred"),
])
def test_look_alikes_keep_their_status(code, text, trigger, status):
    events, _ = code(text)
    assert _status(events, trigger) == status


def test_an_act_asked_about_is_no_announcement(code):
    events, _ = code("Kenya refused to say whether it would send troops to Somalia.")
    assert _status(events, "send") == "hypothetical"


def test_an_act_a_side_says_it_would_do_is_announced(code):
    events, _ = code("Kenya said it would send troops to Somalia.")
    assert _status(events, "send") == "planned"
