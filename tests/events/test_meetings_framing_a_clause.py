"""A meeting named in a phrase that frames a clause ("after talks with X, Y said", "Y said after four days of
negotiations") is the clause's subject's own, also when a measure of time or of rounds comes between ("after four
days of negotiations", "after two rounds of talks")."""

from __future__ import annotations

from tests.events.conftest import names


def _consult(events):
    return [e for e in events if e.type == "CONSULT"]


def test_negotiations_measured_in_days_are_the_speakers(code):
    events, actors = code("\u201cWe are pleased with the result,\u201d Chilean Foreign Minister Marta Rojas said after "
                          "three days of negotiations in Lima.", "2020-05-01")
    (talks,) = _consult(events)
    assert "Marta Rojas" in names(talks.source, actors)


def test_talks_measured_in_rounds_are_the_speakers(code):
    events, actors = code("Chilean Foreign Minister Marta Rojas said after two rounds of talks with Peru that a deal "
                          "was close.", "2020-05-01")
    (talks,) = _consult(events)
    assert "Marta Rojas" in names(talks.source, actors) and "Peru" in names(talks.target, actors)


def test_days_of_rain_frame_no_meeting(code):
    events, _ = code("Chilean Foreign Minister Marta Rojas said after three days of rain in Lima that the road was "
                     "closed.", "2020-05-01")
    assert not _consult(events)
