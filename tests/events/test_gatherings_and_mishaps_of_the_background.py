"""A meeting named as the start of a span ("since the last meeting of OPEC") is background, no meeting of the story;
a death or a wound told by a fall or a mishap a verb further on names ("killed and three injured in a rock fall") is
nobody's blow (events/data/non_events.yaml "a gathering a span is counted from", "a death in a fall or a mishap told
further on"). A meeting told as news, a death in an attack and a death in the fall of a city stay."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Exports have risen since the last meeting of OPEC in December, the Saudi minister said.",
    "Since the meeting in Cairo, Egypt and Israel have traded accusations.",
])
def test_a_meeting_a_span_is_counted_from_is_no_meeting(code, text):
    events, _ = code(text)
    assert "CONSULT" not in {e.type for e in events}, _found(events)


def test_a_meeting_told_as_news_stays(code):
    events, _ = code("Egypt and Israel held a meeting in Cairo on Monday.")
    assert "CONSULT" in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Seven Bolivian miners were killed and three injured in a rock fall at a tin mine, the owners said.",
    "A Chilean worker was killed in a fall from a crane at the port, police said.",
])
def test_a_death_in_a_fall_or_a_mishap_is_no_blow(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Three Indian soldiers were killed and four wounded in a Pakistani rocket attack.",
    "Dozens of Syrian soldiers were killed in the fall of the city to the rebels.",
])
def test_a_death_in_an_attack_or_a_citys_fall_stays_a_blow(code, text):
    events, _ = code(text)
    assert "ASSAULT" in {e.type for e in events}, _found(events)
