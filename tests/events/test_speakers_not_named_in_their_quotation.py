"""The "he" or "she" who speaks a quotation ("'…,' he said") does not stand for a person the quotation names: one who
speaks does not name himself in his own words (events/actors.py `Resolver._own_quotation`). Sentences written
here."""

from __future__ import annotations

from tests.events.conftest import names


def _by_trigger(events, word):
    found = [e for e in events if word in (e.trigger or "")]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def test_the_speaker_of_a_quotation_is_not_the_person_it_names(code):
    events, actors = code('Chilean Foreign Minister Carmen Rojas said Chile would sign the pact. "The plan was drawn '
                          'up after talks with Argentine President Raul Varela," she said.')
    event = _by_trigger(events, "talks")
    assert names(event.source, actors) == {"Carmen Rojas"}
    assert names(event.target, actors) == {"Raul Varela"}


def test_must_not_the_speaker_is_the_quotation_s_name_with_nobody_else_named(code):
    # with nobody named outside the quotation, the pronoun has no antecedent: no one holds the talks with himself
    events, actors = code('"The plan was drawn up after talks with Argentine President Raul Varela," she said.')
    event = _by_trigger(events, "talks")
    assert "Raul Varela" not in names(event.source, actors)


def test_must_not_a_pronoun_in_what_is_said_is_kept_from_the_names_before_it(code):
    # the rule is only for the speaker of the verb of saying: "he" inside a reported clause still finds its man
    events, actors = code("Argentine President Raul Varela arrived in Santiago on Monday. Officials said he met "
                          "Chilean Foreign Minister Carmen Rojas.")
    event = _by_trigger(events, "met")
    assert names(event.source, actors) == {"Raul Varela"}
