"""Talks or an agreement "with X" that name no doer are held by the one who tells of them, an actor of another state
(events/roles/tellers.py, data/story_context.yaml `teller`); the side is listed in `inferred`. Sentences written
here."""

from __future__ import annotations

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def test_talks_told_by_a_state_are_its_own(code):
    events, actors = code("Negotiations with the IMF on a standby credit opened in Washington, Ecuador said.")
    event = only(events, "CONSULT")
    assert _countries(event.source, actors) == {"ECU"} and event.inferred == ["source"]


def test_an_agreement_reached_with_a_state_is_the_teller_s(code):
    events, actors = code("An accord was reached with Iceland on cod quotas, Denmark said on Tuesday.")
    event = only(events, "AGREE")
    assert _countries(event.source, actors) == {"DNK"}
    assert _countries(event.target, actors) == {"ISL"}


def test_the_speaker_of_a_quotation_holds_the_talks_it_tells(code):
    events, actors = code('"We settled on it after long consultations with the American Secretary of State," '
                          "the South Korean minister said.")
    event = only(events, "CONSULT")
    assert _countries(event.source, actors) == {"KOR"}


def test_a_government_telling_of_talks_with_its_own_rebels_holds_them(code):
    events, actors = code("Talks with the rebels resumed in the capital on Friday, the Peruvian government said.")
    event = only(events, "CONSULT")
    assert _countries(event.source, actors) == {"PER"}


def test_must_not_a_body_of_no_state_is_made_a_party_by_telling(code):
    # a U.N. spokesman may speak for the go-between: no source from him
    events, _ = code("The talks with Iran will go on next week, a U.N. spokesman said.")
    assert all(not e.source for e in events if e.type == "CONSULT")


def test_must_not_a_doer_named_in_the_sentence_is_replaced_by_the_teller(code):
    events, actors = code("Spanish officials said the Portuguese held talks with Morocco on fishing.")
    event = only(events, "CONSULT")
    assert "ESP" not in _countries(event.source, actors)
