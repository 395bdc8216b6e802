"""What only describes the one who tells, or whom he tells it to, is no party to the act told: a relative clause, a
participle or an apposition on the subject of the verb of saying ("Odera, who works with Ugandan officials, said
whether Kenyatta will agree…": not Uganda), and the press he tells it to ("told US media that its forces would
remain": not the United States) (events/roles/no_party.py `describes_the_teller`, `audience`; data/no_party.yaml
`audiences`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, country", [
    ("Odera, who works with Ugandan officials, said whether Kenyatta will agree to lift the duties depends mostly on "
     "the vote.", "agree", "UGA"),
    ("President Donald Trump has long wanted out, but Admiral Ross Keller, head of the Pacific command, told US "
     "media this week that its forces were likely to remain \"for some more years\".", "remain", "USA"),
])
def test_no_target_from_the_teller_or_his_hearers(code, text, trigger, country):
    events, actors = code(text, published="2019-11-20")
    event = next(e for e in events if e.trigger == trigger)
    assert country not in {actors[i].country for i in event.target}, names(event.target, actors)


def test_no_unnamed_officials_from_the_tellers_clause(code):
    events, actors = code("Ferris, who often consults with administration officials, says that whether Trump will agree to "
                          "lift the duties depends mostly on whether he thinks it helps his campaign.",
                          published="2019-11-20")
    # (since round 64 the open question "whether Trump will agree …" is no event at all: "an open question")
    event = next((e for e in events if e.trigger == "agree"), None)
    assert event is None or not event.target, names(event.target, actors)


def test_the_act_of_the_clause_keeps_its_party(code):
    # the relative clause's own act keeps its sides
    events, actors = code("Odera, who has talked with Ugandan officials, said Kenyatta would agree to lift the duties.",
                          published="2019-11-20")
    event = next(e for e in events if e.trigger == "talked")
    assert "UGA" in {actors[i].country for i in event.target}, names(event.target, actors)
