"""A speech act (a threat, a refusal) told in what a participle set off after its main clause says is made when the
main clause's act is: "Russia warned NATO on Friday against the deployment, saying it would threaten Russian
security" makes the threat on Friday (events/dates._statement_date). A deed the participle's clause tells as still
to come, and a speech act it tells as done before, take no such day."""

from tests.events.conftest import only

PUBLISHED = "2021-11-10"  # a Wednesday


def _start(events, type_):
    value = only(events, type_).date
    return value.start if value is not None else None


def test_a_threat_told_by_a_participle_after_a_dated_warning(code):
    events, _ = code("Russia warned NATO on Friday against the deployment, saying it would threaten Russian "
                     "security.", PUBLISHED)
    assert _start(events, "THREATEN") == "2021-11-05"


def test_a_threat_of_danger_told_by_a_participle_after_a_dated_warning(code):
    events, _ = code("Syria warned Turkey on Monday against sending troops across the border, saying it would "
                     "endanger Turkish soldiers.", PUBLISHED)
    assert _start(events, "THREATEN") == "2021-11-08"


def test_a_refusal_told_by_a_participle_after_a_dated_speech(code):
    events, _ = code("The Serbian leader addressed a rally on Sunday, saying Serbia would never recognise Kosovo.",
                     PUBLISHED)
    assert _start(events, "REJECT") == "2021-11-07"


def test_a_threat_told_as_done_before_takes_no_day(code):
    events, _ = code("Iraq protested to Kuwait on Tuesday, saying Kuwait had threatened to seize Iraqi oil fields.",
                     PUBLISHED)
    threats = [e for e in events if e.type == "THREATEN"]
    assert all(e.date is None for e in threats)
