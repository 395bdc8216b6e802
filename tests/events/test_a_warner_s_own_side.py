"""A warning is aimed at another party, never at the side of the one who warns: the warner's own state, government or
forces named as who would act ("X's minister warned that Iran would respond firmly", "warned that Kenyan troops
will respond", "X's envoy warned that the Japanese government would not sit idle") are no target, neither by the
rules, which read a warned clause's subject as an act noun only where it names no party (events/roles/
warned_conditions.py `condition_doers`), nor by the role model (events/roles/model.py `own_side`). The one warned
stays the target: another state, a domestic group, the doer of a warned act. Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, own", [
    ("The Iranian foreign minister warned that Iran would respond firmly to any attack.", "IRN"),
    ("Russia's envoy warned that Moscow would retaliate if NATO moved troops closer.", "RUS"),
    ("Kenya's foreign minister warned that Kenyan troops will respond if the militants cross the border.", "KEN"),
    ("Japan's envoy to Seoul warned that the Japanese government would not sit idle if the island dispute "
     "worsened.", "JPN"),
    ("Peru's ambassador to Chile warned that the Peruvian government would respond if the fishing boats were "
     "seized.", "PER"),
])
def test_the_warner_s_own_side_is_no_target(code, text, own):
    events, actors = code(text)
    event = only(events, "THREATEN")
    assert _countries(event.source, actors) == {own}, (event.source, event.target)
    assert not any(actors[i].kind == "government" and actors[i].country == own for i in event.target), \
        (event.source, event.target)  # the warner's state, government or forces (rebels of that state may be warned)


@pytest.mark.parametrize("text, warned", [
    ("The US warned that Iran would face sanctions if it resumed enrichment.", "IRN"),
    ("Egypt warned that any interference by Ethiopia in the river's flow would meet a firm response.", "ETH"),
    ("Russia's envoy warned that Moscow would retaliate if NATO moved troops closer.", None),
])
def test_the_one_warned_stays_the_target(code, text, warned):
    events, actors = code(text)
    event = only(events, "THREATEN")
    assert event.target and _countries(event.target, actors) == {warned}, (event.source, event.target)


def test_a_group_of_the_warner_s_own_state_may_be_warned(code):
    events, actors = code("The Kenyan president warned the Kenyan opposition that the police would break up any "
                          "rally.")
    event = only(events, "THREATEN")
    assert {actors[i].kind for i in event.target} - {"government"} and _countries(event.target, actors) == {"KEN"}, \
        event.target
