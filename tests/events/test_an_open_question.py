"""An open question ("whether Iran will attend the talks remains unclear", "it is unclear whether Russia will
withdraw", "officials are unsure whether Brazil will sign the accord") asks; it tells no act done, planned or weighed
by its doer (events/data/non_events.yaml "an open question"). A doer's own choice told with "whether" keeps its
event. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Whether Iran will attend the talks remains unclear.",
    "It is unclear whether Iran will attend the talks.",
    "It is not clear whether Iran will attend the talks.",
    "Officials are unsure whether Brazil will sign the accord.",
    "It remains unclear whether Iran will agree to attend the talks.",
])
def test_an_open_question_is_no_event(code, text):
    events, _ = code(text)
    assert not events, found_acts(events, status=True)


def test_a_doers_own_choice_stays(code):
    events, _ = code("Iran will decide next week whether to attend the talks.")
    assert [e for e in events if e.type == "CONSULT"], found_acts(events, status=True)
