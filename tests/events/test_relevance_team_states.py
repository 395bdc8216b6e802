"""A club's affairs are no political act (events/relevance.py `team_states`, data/relevance.yaml
game_words): on a page of sport (a report of a transfer counts, by the words of a club's trade in players), a state
named only as a whole (a bare CAMEO code) and never by its government is a team, a player's nation or a club's city
read as its state; it neither counts toward the page's political mentions nor keeps an event as a side, and two
states on the sides keep none either. A state whose government the page names stays a political actor, and its acts
stay. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with
from dossier.events.relevance import team_states
from dossier.model import Document
from dossier.pipeline import process

TRANSFER = ('Lisbon have given Everton until the end of May to decide on the future of Tomas Riba. The Primeira Liga '
    'leaders are one of several clubs tracking the Everton striker, whose contract runs out next summer. Riba is '
    'unlikely to extend his stay, which leaves Everton to choose between selling him now or losing him for '
    'nothing. Lisbon want to sign him but will not wait past the middle of June to learn whether the Norwegian '
    'forward will join them. The club would offer the young midfielder Joao Sena in part exchange. Sena, for his '
    'part, wants to go back to Lisbon next season after a year on loan at Everton. Talks on his new contract have'
    ' been put on hold until the league decides whether the season will finish. A fee of about 30 million pounds '
    'was mentioned in La Liga circles as well.')
DEADLINE = ('Vienna have set Celtic a deadline of Friday for an answer over their goalkeeper. The Austrian Bundesliga '
    'champions are among the clubs chasing the Celtic goalkeeper, whose contract ends in June. Celtic are '
    'expected to sell him before the transfer window closes. The Danish keeper told friends he would welcome the '
    "move to Vienna. Vienna praised his attitude in a statement on Monday. His agent met the club's sporting "
    'director on Tuesday. The head coach said the squad needs more depth before the new season.')
BAN = " The Portuguese government said on Friday it would ban fans from stadiums until August."


def _code(nlp, text):
    result = next(process([Document(id="t", source="t", text=text, published="2020-05-01")], nlp=nlp))
    return [(e.type, e.trigger) for e in result.events]


@pytest.mark.parametrize("text", [TRANSFER, DEADLINE])
def test_a_clubs_affairs_on_a_page_of_sport_are_left_out(nlp, text):
    with coding_with(nlp, keep_off_topic=True):
        assert _code(nlp, text)  # the clubs, read as their states, on the sides
    assert _code(nlp, text) == []


def test_a_state_whose_government_the_page_names_stays_political(nlp):
    assert "THREATEN" in [kind for kind, _ in _code(nlp, TRANSFER + BAN)]


def test_team_states_are_the_states_named_only_as_a_whole(nlp):
    doc = nlp(TRANSFER + BAN)
    names = {doc._.actors[i].name for i in team_states(doc, doc._.actors)}
    assert "Norway" in names and "Portugal" not in names  # "the Portuguese government" names Portugal's government
    doc = nlp(TRANSFER)
    assert "Portugal" in {doc._.actors[i].name for i in team_states(doc, doc._.actors)}
