"""A first-person pronoun inside a quotation, or a noun it owns that names no actor of its own ("our ambassador",
"my country": a noun of the speaker's own side, data/no_party.yaml), stands for the one who speaks the quotation,
read from the reporting verb outside the quotation marks (speakers.first_person): "us", "our" and "my country" for the
state of a speaker who has one, "me" and "my envoy" for the speaker. Outside quotation marks, with no speaker outside
them, with a pronoun of another person, or on a noun of a thing or an aim ("our development"), nothing is read.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _countries(actors, ids):
    return [actors[i].country for i in ids]


@pytest.mark.parametrize("text, source, target", [
    ('"Ecuador has expelled our consul without any reason," Peruvian Foreign Minister Elmer Schialer said.',
     "ECU", "PER"),
    ('"Russia has shelled my country again overnight," Ukrainian President Volodymyr Zelensky told reporters.',
     "RUS", "UKR"),
    ('Chilean President Gabriel Boric said: "Argentina has detained our fishermen near the strait."', "ARG", "CHL"),
    ('"Bolivia has threatened us for weeks," the Paraguayan foreign minister Ruben Ramirez said on Monday.',
     "BOL", "PRY"),
])
def test_a_first_person_in_a_quotation_is_the_speakers_side(code, text, source, target):
    events, actors = code(text)
    assert any(_countries(actors, e.source) == [source] and _countries(actors, e.target) == [target]
               for e in events), [(e.type, e.source, e.target) for e in events]


def test_a_noun_the_speaker_names_as_his_state_is_the_state(code):
    events, actors = code('"Venezuela has insulted my nation," Guyanese President Irfaan Ali said.')
    assert any(actors[t].kind == "government" and actors[t].country == "GUY" for e in events for t in e.target)


@pytest.mark.parametrize("text", [
    # no quotation: the writer's own words, not a speaker's
    "Peruvian Foreign Minister Elmer Schialer said Ecuador had expelled our consul without any reason.",
    # a quotation whose speaker is not named outside it
    '"Ecuador has expelled our consul without any reason."',
    # another person's pronoun
    '"Ecuador has expelled their consul without any reason," Peruvian Foreign Minister Elmer Schialer said.',
    # a noun of an aim, not of a party
    '"We ask Ecuador to join our development," Peruvian Foreign Minister Elmer Schialer said.',
    # a noun of a thing
    'Peruvian President Dina Boluarte said: "Chile will fund our new port."',
])
def test_no_speaker_read_where_none_speaks_the_quotation(code, text):
    events, actors = code(text)
    assert not any("PER" in _countries(actors, e.target) for e in events), \
        [(e.type, e.source, e.target) for e in events]


def test_a_private_speakers_us_is_the_speaker_not_the_state(code):
    events, actors = code('The United States and Mexico met in Texas. "Mexico has insulted us for years," said Mary '
                          'Jones, a cattle farmer from Ohio.')
    targets = [actors[t] for e in events if e.type == "ACCUSE" for t in e.target]
    assert targets and all(a.kind != "government" for a in targets), [(a.id, a.kind) for a in targets]



@pytest.mark.parametrize("text, source, target", [
    # those who negotiate or speak for the speaker's state are his side too (no_party.yaml own_side); the quotation
    # runs on from the sentence that names its speaker
    ('"The offer stands," Peruvian Foreign Minister Elmer Schialer said. "Our representatives have gone to Brasilia '
     'to brief the Brazilian government on it."', "PER", "BRA"),
    ('"We want a deal," Bolivian President Luis Arce said. "Our delegates have gone to Santiago to brief the '
     'Chilean government on it."', "BOL", "CHL"),
])
def test_the_speaker_s_representatives_are_his_state(code, text, source, target):
    events, actors = code(text)
    assert any(source in _countries(actors, e.source) and target in _countries(actors, e.target)
               for e in events), [(e.type, e.source, e.target) for e in events]


def test_a_private_speaker_s_representatives_are_not_a_state(code):
    events, actors = code('"The offer stands," said Mary Jones, a cattle farmer from Ohio. "Our representatives have '
                          'gone to Mexico City to brief the Mexican government on it."')
    assert not any(actors[s].kind == "government" and actors[s].country == "USA" for e in events for s in e.source), \
        [(e.type, e.source, e.target) for e in events]
