"""A "that" clause the parser hangs on the last noun of a phrase between a verb and the clause ("proposed in a letter
to Peru's leader that the two ministers meet": read as a clause of "leader") is the verb's content: what a verb of
proposing puts forward is hypothetical, and the content of the request, not an act of its own (round 44). A noun
that takes a "that" clause of its own keeps it ("denied reports that its navy attacked", "welcomed the news
that…"), and a verb that puts nothing forward leaves the clause's act as told (events/status.py
`stranded_content`, data/content_clauses.yaml)."""

from __future__ import annotations

import pytest

from dossier.events.patterns import load_lexicon
from dossier.events.status import read_status, stranded_content


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("Chile proposed in a letter to Peru's leader that the two ministers meet in Lima.", "meet"),
    ("Peru suggested in talks with Chile's envoy that both sides withdraw their ships.", "withdraw"),
])
def test_a_proposal_s_clause_hung_on_a_noun_is_put_forward(nlp, text, word):
    tok = _token(nlp, text, word)
    assert stranded_content(tok) is not None and stranded_content(tok).lemma_ in ("propose", "suggest")
    assert read_status(tok, load_lexicon()) == "hypothetical"


def test_the_meeting_proposed_is_not_told_as_held(code):
    events, _ = code("Chile proposed in a letter to Peru's leader that the two ministers meet in Lima.")
    assert [(e.type, e.status) for e in events] == [("REQUEST", "occurred")], \
        [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Chile denied reports that its navy attacked the boats.", "attacked"),
    ("Ghana welcomed the news that Togo had reopened the border.", "reopened"),
    ("Ghana rejected the claim in the letter that its troops crossed the border.", "crossed"),
])
def test_a_noun_s_own_clause_stays_its_own(nlp, text, word):
    assert stranded_content(_token(nlp, text, word)) is None


@pytest.mark.parametrize("text, word", [
    ("The minister told reporters in Lima that the two armies clashed on Monday.", "clashed"),
    ("The minister said in a statement on Monday that the two armies clashed at the border.", "clashed"),
])
def test_a_clause_told_by_a_verb_that_asks_nothing_keeps_its_status(nlp, text, word):
    assert read_status(_token(nlp, text, word), load_lexicon()) == "occurred"
