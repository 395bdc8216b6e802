"""A name that only qualifies a noun of an accord or a meeting ("the Louvre accord", which the tagger may take for
a person) is not filled in by the role model as the doer of an act whose subject it is not
(roles/no_party.named_accord); a body that holds a summit which is the act's subject stays its doer."""

from tests.events.conftest import names, only


def test_the_accords_name_in_another_clause_is_no_doer(code):
    events, actors = code("The minister, who said the Louvre accord was still in force, criticised the jump in West "
                          "German bond yields.")
    event = only(events, "ACCUSE")
    assert "Louvre" not in names(event.source, actors)
    assert "Germany" in names(event.target, actors)


def test_the_body_whose_summit_acts_stays_the_doer(code):
    events, actors = code("The Arab League summit condemned the increase in Israeli settlement building.")
    event = only(events, "ACCUSE")
    assert names(event.source, actors) == {"Arab League"}
