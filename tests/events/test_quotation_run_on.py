"""A quotation runs on over sentences: a sentence that opens with a quotation mark and tells its quotation by no verb
of saying of its own continues the words of the one who spoke in the sentence before ('"A," X wrote. "B."': B is
X's too; speakers.previous_saying), so a "my" or "us" in it names that speaker (speakers.quote_speaker). "tweet" is a
verb of saying. Not where the sentence before has no verb of saying, where the sentence names its own speaker, or
where the verb of saying before stands inside a quotation itself. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _countries(actors, ids):
    return [actors[i].country for i in ids]


def _sides(events, actors):
    return [(e.type, _countries(actors, e.source), _countries(actors, e.target)) for e in events]


@pytest.mark.parametrize("text, type_, source, target", [
    ('"Chile has done fine work for the region," Bolivian President Luis Arce wrote on Friday. '
     '"Chile has my full endorsement, and always will."', "SUPPORT", "BOL", "CHL"),
    ('"Our neighbours deserve better," Ugandan President Yoweri Museveni tweeted on Monday. '
     '"Kenya has my apology for those remarks."', "CONCEDE", "UGA", "KEN"),
])
def test_the_speaker_of_the_sentence_before(code, text, type_, source, target):
    events, actors = code(text)
    assert (type_, [source], [target]) in _sides(events, actors), _sides(events, actors)


@pytest.mark.parametrize("text", [
    # the sentence before tells no quotation: nobody is named as speaking
    'Bolivian President Luis Arce arrived in Santiago on Friday. "Chile has my full endorsement."',
    # the verb of saying before is inside a quotation of its own
    'Bolivian President Luis Arce read out a letter: "The ministers said no to new talks." '
    '"Chile has my full endorsement."',
])
def test_no_speaker_where_none_spoke_before(code, text):
    events, actors = code(text)
    assert not any("BOL" in _countries(actors, e.source) for e in events if e.type == "SUPPORT"), \
        _sides(events, actors)


def test_a_quotation_that_names_its_own_speaker_keeps_him(code):
    events, actors = code('"The talks went well," Bolivian President Luis Arce said on Friday. '
                          '"Chile has my full endorsement," Peruvian Foreign Minister Elmer Schialer said.')
    sides = _sides(events, actors)
    assert ("SUPPORT", ["PER"], ["CHL"]) in sides and not any("BOL" in s for t, s, _ in sides if t == "SUPPORT"), \
        sides
