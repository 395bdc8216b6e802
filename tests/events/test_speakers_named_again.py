"""A "he" or "she" who speaks ("'…,' he said") stands for the last one who spoke, named or not ("a ministry spokesman
said", "one dealer said"), and does not reach back past him to a person named earlier; a bare "the committee"
names again the lenders' committee the story named before (events/actors.py `Resolver._antecedent`,
`Resolver._named_by_noun`). Sentences written here."""

from __future__ import annotations

from tests.events.conftest import names


def _by_trigger(events, word):
    found = [e for e in events if word in (e.trigger or "")]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def _sources(events, actors, word):
    return {n for e in events if word in (e.trigger or "") for n in names(e.source, actors)}


def test_an_unnamed_spokesman_stops_the_pronoun_that_speaks_after_him(code):
    events, actors = code('Japanese Prime Minister Taro Sato met French President Anne Leclerc in Paris on Monday. A '
                          'Japanese defence ministry spokesman said Tokyo would buy the planes. "The deal was reached '
                          'after talks with American officials," he said.')
    assert "Taro Sato" not in _sources(events, actors, "talks")


def test_an_unnamed_dealer_is_no_actor_and_still_stops_the_pronoun(code):
    events, actors = code('Finance Minister Kiichi Abe flew to Washington on Sunday. One Tokyo dealer said the yen was '
                          'steady. "Nothing came of the talks with the Americans," he said.')
    assert "Kiichi Abe" not in _sources(events, actors, "talks")


def test_a_named_speaker_is_nearer_than_a_person_named_before(code):
    events, actors = code('Japanese Prime Minister Taro Sato met French President Anne Leclerc in Paris on Monday. '
                          'Japanese Finance Minister Kiichi Abe told reporters the yen was steady. "The plan was drawn '
                          'up after talks with American officials," he said.')
    event = _by_trigger(events, "talks")
    assert names(event.source, actors) == {"Kiichi Abe"}


def test_must_not_a_pronoun_that_does_not_speak_is_kept_from_the_person_before_the_speaker(code):
    # only a pronoun that speaks takes the speaker: "He will meet…" after "…, a spokesman said" is still Sato
    events, actors = code("Japanese Prime Minister Taro Sato arrived in Paris on Monday, a Japanese spokesman said. "
                          "He will meet French President Anne Leclerc on Tuesday.")
    event = _by_trigger(events, "meet")
    assert names(event.source, actors) == {"Taro Sato"}


def test_must_not_a_spokeswoman_stops_a_he(code):
    events, actors = code('President Ronald Reagan arrived in Tokyo on Monday. A White House spokeswoman said the '
                          'visit went well. "The plan was drawn up after talks with Japanese officials," he said.')
    event = _by_trigger(events, "talks")
    assert names(event.source, actors) == {"Ronald Reagan"}


def test_the_committee_names_again_the_lenders_committee(code):
    events, actors = code("Peru opened talks with its bank advisory committee in New York on Monday. The committee "
                          "rejected Peru's request for new loans, a banker said.")
    event = _by_trigger(events, "rejected")
    assert [actors[i].kind for i in event.source] == ["company"]
    assert all(not actors[i].country for i in event.source)
