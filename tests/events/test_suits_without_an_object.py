"""A suit brought with no object ("sued in federal court to overturn the sanctions", "sued in a state court"): the
suit is the event (ACCUSE 115, "bring lawsuit against"), not the converted dictionary's bare "sue" (COERCE 173, an
arrest or a charge), and its target is whose act the suit aims to undo, as the aim's object names it (the doer of
the participle or relative clause on it, or its owner), or nobody where none is named. Not "sued for peace" (no
court, no aim), and a suit whose aim is a trigger is coded once."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _suits(events):
    return [e for e in events if (e.type, e.cameo) == ("ACCUSE", "115")]


@pytest.mark.parametrize("with_model", [False, True])
@pytest.mark.parametrize("text, target", [
    ("Huawei sued in federal court to overturn the sanctions imposed by Washington.", {"United States"}),
    ("Huawei sued in federal court to overturn the sanctions that Washington imposed in May.", {"United States"}),
    ("Toyota sued in a Tokyo court to overturn Japan's export curbs.", {"Japan"}),
    ("Alaska litigated to stop the pipeline built by Canada.", {"Canada"}),
    ("Huawei sued in federal court to overturn the sanctions.", set()),
    ("Alaska sued in federal court on Monday.", set()),
])
def test_a_suit_without_an_object_is_aimed_at_whose_act_it_would_undo(code, nlp, with_model, text, target):
    from dossier.events.component import coding_with
    if with_model:
        events, actors = code(text, "2024-03-01")
    else:
        with coding_with(nlp, types=None, roles=None):
            events, actors = code(text, "2024-03-01")
    (suit,) = _suits(events)
    assert suit.trigger.split()[0] in ("sued", "litigated")
    assert names(suit.target, actors) == target
    assert suit.status == "occurred"
    assert not [e for e in events if e.type == "COERCE"]


def test_the_suer_is_the_source(code):
    events, actors = code("Huawei sued in federal court to overturn the sanctions imposed by Washington.", "2024-03-01")
    (suit,) = _suits(events)
    assert names(suit.source, actors) == {"Huawei"}
    # the sanctions themselves were imposed by Washington: that act stays its own
    assert any(e.type == "SANCTION" and names(e.source, actors) == {"United States"} for e in events)


@pytest.mark.parametrize("text", [
    "Arizona sued to block the decree signed by President Biden.",
    "Huawei sued the United States to overturn the sanctions.",
])
def test_a_suit_with_an_aim_trigger_or_an_object_is_coded_once(code, text):
    events, _ = code(text, "2024-03-01")
    assert len(_suits(events)) == 1


@pytest.mark.parametrize("text", [
    "The rebels sued for peace after a year of heavy losses.",
    "Kenya agreed to overturn the ban on Ugandan milk.",
])
def test_no_suit_without_a_court_or_an_aim(code, text):
    events, _ = code(text, "2024-03-01")
    assert not _suits(events)
