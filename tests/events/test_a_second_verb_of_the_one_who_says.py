"""A past-tense verb the parser joined to the clause a speaker reports, where that clause is in the present or
behind a modal ("Baker said the accord imposes costs on Japan and praised Japan's resolve": "praised" hung on
"imposes"), is the speaker's own second verb and has the speaker for its doer (doers.stranded_report_conj). A past
tense after a perfect may share its "had" and stays the reported clause's."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, speaker", [
    ("Finance Minister Ali Mwangi said the new pact imposes heavy costs on Uganda and praised Uganda's readiness "
     "to sign it.", "praised", "Ali Mwangi"),
    ("Finance Minister Ali Mwangi said the central bank would lower its rates soon and criticised Tanzania for its "
     "new tariffs.", "criticised", "Ali Mwangi"),
])
def test_the_sayer_does_the_second_verb(code, text, trigger, speaker):
    events, actors = code(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and speaker in names(found[0].source, actors), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_verb_after_a_perfect_stays_in_the_clause(code):
    events, actors = code("Kenyan officials said the Ugandan army had shelled the border town and killed ten people.")
    killed = [e for e in events if e.trigger == "killed"]
    assert killed and "Kenyan officials" not in names(killed[0].source, actors), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
