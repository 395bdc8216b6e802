"""An act told by a gerund as what talks are on ("talks with X on lifting the embargo", "negotiations about
releasing the prisoners", "talks on renewing the accord") is their matter, not done (data/non_events.yaml "an act
the talks are on"): the talks stay, and no lifting, release or accord is coded. An act done after talks stays."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Estonia held talks with Latvia on Thursday on lifting the fishing embargo.",
    "Estonia opened negotiations with Latvia about freeing the detained sailors.",
    "Estonia said it would hold talks with Latvia on renewing the border accord.",
])
def test_the_act_talks_are_on_is_not_done(code, text):
    events, _ = code(text, "2021-05-04")
    assert {e.type for e in events} == {"CONSULT"}, found_acts(events)


def test_an_act_done_after_talks_stays(code):
    events, _ = code("Estonia lifted the fishing embargo on Latvia after talks in Tallinn.", "2021-05-04")
    assert [e for e in events if e.type == "RETREAT"], found_acts(events)
