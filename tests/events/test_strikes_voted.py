"""A stoppage of work voted on (patterns/protest.yaml `complement_of: [vote, ballot]`; status._voted_stoppage,
lexicon `vote_verbs`, `stoppage_words`): "voted to strike the plant" is a strike against the plant, PROTEST 143, not
a blow; the strike voted is planned by the voters; a vote to approve or to reject is the act itself."""

import pytest


@pytest.mark.parametrize("text", [
    "Members of the union voted on Sunday to strike the Acme Foods plant in Ohio.",
    "The union members voted to strike the Acme Foods plant.",
    "Dockers in Rotterdam balloted to strike the port operator.",
])
def test_a_strike_voted_on_is_a_stoppage_of_work(typed, text):
    assert typed(text)["strike"] == ("PROTEST", "143"), text


@pytest.mark.parametrize("text, word", [
    ("Israeli jets struck the camp near Gaza.", "struck"),
    ("The rebels vowed to strike the capital again.", "strike"),
    ("The army decided to strike the rebel bases.", "strike"),
])
def test_a_strike_not_voted_stays_a_blow(typed, text, word):
    assert typed(text)[word][0] == "ASSAULT", text


def _status(nlp, text, word):
    from dossier.events.patterns import load_lexicon
    from dossier.events.status import read_status

    doc = nlp(text)
    return read_status(next(t for t in doc if t.text == word), load_lexicon())


@pytest.mark.parametrize("text, word", [
    ("Bank workers in Brazil voted to launch a nationwide strike this month.", "strike"),
    ("About 2,000 dockers voted to go on strike next week.", "go"),
    ("Workers at the plant voted to strike for higher pay.", "strike"),
    ("Members of the union voted on Sunday to strike the Acme Foods plant.", "strike"),
])
def test_a_strike_voted_is_planned(nlp, text, word):
    assert _status(nlp, text, word) == "planned", text


@pytest.mark.parametrize("text, word", [
    ("The Senate voted to approve the treaty with Mexico.", "approve"),
    ("The union voted to reject the offer from the company.", "reject"),
    ("The council voted to impose sanctions on Ruritania.", "impose"),
    ("Miners went on strike at the Acme mine.", "went"),
])
def test_a_vote_to_approve_or_reject_is_the_act_and_a_strike_not_voted_occurs(nlp, text, word):
    assert _status(nlp, text, word) == "occurred", text
