"""A generic agent owned by "our" or "my" in a quotation ("our negotiators", "our diplomats", "my officials") is the
agent of the state the quotation's speaker speaks for, whether the reporting verb is in the sentence or in the one
before, where the quotation runs on (Resolver._state_speaker): the actors stage alone gives such a noun the country
the story is about, or none. A private person's or a firm's "our officials", and "our" outside quotation marks,
keep the other readings. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _countries(actors, ids):
    return [actors[i].country for i in ids]


@pytest.mark.parametrize("text, verb, source, target", [
    # the quotation runs on from the sentence that names its speaker; the story is about the target's state
    ('OTTAWA, May 2 - Canada raised its dairy tariffs on Monday, the Canadian farm ministry said. Canadian farmers '
     'cheered. "This cannot stand," New Zealand Trade Minister Todd McClay said. "Our negotiators will press Ottawa '
     'to lift the tariffs."', "press", "NZL", "CAN"),
    ('LIMA, June 2 - Peru closed its border with Ecuador. "We did not expect this," Ecuadorean Foreign Minister '
     'Gabriela Sommerfeld told reporters. "Our diplomats will demand that Peru reopen the crossing."',
     "demand", "ECU", "PER"),
])
def test_the_agent_is_the_speaker_s_state_s(code, text, verb, source, target):
    events, actors = code(text)
    assert any(e.trigger == verb and _countries(actors, e.source) == [source]
               and target in _countries(actors, e.target) for e in events), \
        [(e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    # a union's leader speaks for his union: its negotiators are not a state's
    'OTTAWA, May 2 - Canada raised its dairy tariffs on Monday. "This cannot stand," said Mary Jones, head of the '
    'Wisconsin dairy farmers union. "Our negotiators will press Ottawa to lift the tariffs."',
    # a firm's chief speaks for his firm, not for a state
    'OTTAWA, May 2 - Canada raised its dairy tariffs on Monday. "This cannot stand," said Lee Iacocca, chairman of '
    'Chrysler Corp. "Our officials will press Ottawa to lift the tariffs."',
    # no quotation marks: "our" is no speaker's
    'OTTAWA, May 2 - Canada raised its dairy tariffs on Monday. New Zealand Trade Minister Todd McClay spoke on '
    'Tuesday. Our negotiators will press Ottawa to lift the tariffs.',
])
def test_no_state_read_where_no_state_s_voice_speaks(code, text):
    events, actors = code(text)
    assert not any(e.trigger == "press" and {"USA", "NZL"} & set(_countries(actors, e.source)) for e in events), \
        [(e.trigger, e.source, e.target) for e in events]
