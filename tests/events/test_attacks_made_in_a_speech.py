"""An attack made "in" a speech, an interview, a statement or a letter is an attack of words, criticism (ACCUSE
111), not an assault (patterns/accuse.yaml); an attack in a raid or in a border post, or one a statement reports,
stays an assault, and so does one made at or during a gathering (a blow may fall there). One person's hammering
is words too; a force's, or one told with its weapons, stays a blow (assault.yaml)."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with


def _coded(nlp, code, text):
    with coding_with(nlp, keep_unplaced=True):
        events, _ = code(text, "2024-06-01")
    return [e for e in events if e.trigger in {"attacked", "hammered", "hammer", "bashed"}]


@pytest.mark.parametrize("text", [
    "The Kenyan opposition leader attacked the prime minister in a speech to parliament.",
    "The Kenyan finance minister hammered the central bank in a television interview.",
    "The Ugandan president attacked Kenya in a radio interview on Friday.",
    "A Kenyan governor bashed the health ministry in a letter to the editor.",
    "The Tanzanian foreign ministry attacked Uganda in a statement issued late on Sunday.",
])
def test_an_attack_made_in_a_speech_is_criticism(nlp, code, text):
    found = _coded(nlp, code, text)
    assert found and all((e.type, e.cameo) == ("ACCUSE", "111") for e in found), \
        [(e.type, e.cameo, e.trigger) for e in found]


@pytest.mark.parametrize("text", [
    "Kenyan troops attacked the rebels in a dawn raid.",
    "Militants attacked Kenyan soldiers in a border post.",
    "Rebels attacked the Kenyan army base, killing ten soldiers, the ministry said in a statement.",
    "Gunmen attacked delegates at a peace conference in the Kenyan capital.",
    "Gunmen attacked the Kenyan president during a speech in Mombasa.",
])
def test_an_attack_in_a_raid_or_at_a_gathering_stays_an_assault(nlp, code, text):
    found = _coded(nlp, code, text)
    assert found and all(e.type == "ASSAULT" for e in found), [(e.type, e.cameo, e.trigger) for e in found]


# "hammer": one person's hammering is words; a force's, or one told with its weapons, is a blow
@pytest.mark.parametrize("text", [
    "Senator Ruth Calder hammered Japan on Tuesday.",
    "The currency market has been told by the Kenyan finance minister that he is going to hammer Uganda.",
    "The Kenyan senator said she would hammer Uganda.",
])
def test_one_persons_hammering_is_criticism(nlp, code, text):
    found = _coded(nlp, code, text)
    assert found and all((e.type, e.cameo) == ("ACCUSE", "111") for e in found), \
        [(e.type, e.cameo, e.trigger) for e in found]


@pytest.mark.parametrize("text", [
    "Kenyan jets hammered Somali rebel positions overnight.",
    "Russian artillery hammered Kharkiv on Monday.",
    "The Kenyan president hammered the rebel stronghold with missiles on Monday.",
    "He hammered the rebels with artillery for hours.",
])
def test_a_force_or_a_weapon_hammering_stays_an_assault(nlp, code, text):
    found = _coded(nlp, code, text)
    assert found and all(e.type == "ASSAULT" for e in found), [(e.type, e.cameo, e.trigger) for e in found]
