"""A pronoun that opens what a speaker says stands for the speaker, also where the speaker is a common noun with the
person's name set beside it ("a senior senator, Tom Harkin of Iowa, said he would…": Harkin; actors.Resolver
`_own_speaker`), and the next sentence's "He said he will…" follows him, not a person named in the sentence before
("the policies of President Reagan")."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


TEXT = ("Many legislators oppose President Reagan's farm policies. In the Senate, a senior Democratic senator, Tom "
        "Harkin of Iowa, said he would try to block the bill. He said he will ask the Treasury to halt all loans to "
        "Paraguay.")


def test_the_pronoun_is_the_senator_named_beside_his_noun(code):
    events, actors = code(TEXT)
    asked = [e for e in events if e.trigger == "ask"]
    assert asked and names(asked[0].source, actors) == {"Tom Harkin"}, _shown(events, actors)


def test_a_named_speaker_stays_the_pronoun_s(code):
    events, actors = code("Senator Tom Harkin said he would ask the Treasury to halt all loans to Paraguay.")
    asked = [e for e in events if e.trigger == "ask"]
    assert asked and names(asked[0].source, actors) == {"Tom Harkin"}, _shown(events, actors)
