"""The "my" or "our" that owns a noun act inside a quotation names the quotation's speaker (or, for "our", the state
he speaks for) as the act's doer (speakers.own_act_possessors): '"X has my endorsement," Y said' is Y's support for
X; '"X rejected our offer," Y said' is a refusal of Y's offer, so Y is its target. Outside quotation marks, with no
speaker named outside them, with a pronoun of another person, or where what the verb acts on is a thing or a state
("our security"), nothing is read. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _countries(actors, ids):
    return [actors[i].country for i in ids]


@pytest.mark.parametrize("text, type_, source, target", [
    # a noun act the verb's subject gets: the speaker does it to the subject
    ('"Kenya has my apology for those remarks," Ugandan President Yoweri Museveni said.', "CONCEDE", "UGA", "KEN"),
    ('"Chile has my full endorsement," Bolivian President Luis Arce told reporters on Friday.', "SUPPORT", "BOL",
     "CHL"),
    # a noun act the verb's subject refuses: the speaker's act is refused
    ('"Kenya rejected our offer of talks," Ugandan Foreign Minister Jeje Odongo said.', "REJECT", "KEN", "UGA"),
    ('"Ecuador turned down my request for a meeting," Peruvian Foreign Minister Elmer Schialer said on Monday.',
     "REJECT", "ECU", "PER"),
])
def test_the_speakers_own_act(code, text, type_, source, target):
    events, actors = code(text)
    assert any(e.type == type_ and _countries(actors, e.source) == [source]
               and _countries(actors, e.target) == [target] for e in events), \
        [(e.type, e.source, e.target) for e in events]


def test_our_endorsement_is_the_speakers_state_for_an_official(code):
    events, actors = code('"Paraguay has our firm backing and our endorsement," Uruguayan Foreign Minister Omar '
                          'Paganini said.')
    sources = [actors[s] for e in events if e.type == "SUPPORT" for s in e.source]
    assert sources and all(a.country == "URY" for a in sources), [(a.id, a.country) for a in sources]


@pytest.mark.parametrize("text", [
    # no quotation: the writer's words
    "Kenya rejected our offer of talks, Ugandan Foreign Minister Jeje Odongo said.",
    # a quotation whose speaker is not named
    '"Kenya rejected our offer of talks."',
    # another person's pronoun
    '"Kenya rejected their offer of talks," Ugandan Foreign Minister Jeje Odongo said.',
    '"Kenya has his apology for those remarks," Ugandan President Yoweri Museveni said.',
    # what a verb acts on is a thing or a state, no act of the speaker's: not his side as target
    '"Kenya will not endanger our security with these rules," Ugandan Foreign Minister Jeje Odongo said.',
    '"Kenya must defend our access to its ports," Ugandan Foreign Minister Jeje Odongo said.',
])
def test_no_speakers_act_without_a_first_person_in_a_quotation(code, text):
    events, actors = code(text)
    assert not any("UGA" in _countries(actors, e.source + e.target) for e in events), \
        [(e.type, e.source, e.target) for e in events]
