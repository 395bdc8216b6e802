"""A pronoun after a singular noun of one person in the possessive in its own sentence ("In an FBI agent's sworn
statement, he describes…") stands for that person, not for someone named in an earlier sentence
(events/actors.py `Resolver._one_person_owner`)."""

from tests.events.conftest import names


def _arrest(events):
    found = [e for e in events if e.type == "COERCE"]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def test_the_agent_whose_statement_it_is_arrested(code):
    events, actors = code("Senator Carlos Moreno asked for more hearings on Monday. In an FBI agent's written "
                          "statement, he describes arresting a Colombian courier at the airport.")
    arrest = _arrest(events)
    assert "Carlos Moreno" not in names(arrest.source, actors)


def test_the_officer_whose_report_it_is_arrested(code):
    events, actors = code("Senator Carlos Moreno asked for more hearings on Monday. According to a police officer's "
                          "report, he arrested two Colombian couriers near the border.")
    arrest = _arrest(events)
    assert "Carlos Moreno" not in names(arrest.source, actors)


def test_his_own_statement_keeps_the_senator(code):
    events, actors = code("Senator Carlos Moreno asked for more hearings on Monday. In his written statement, he "
                          "describes arresting a Colombian courier at the airport.")
    arrest = _arrest(events)
    assert "Carlos Moreno" in names(arrest.source, actors)
