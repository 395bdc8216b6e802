""""Called on X to …": the one called on to act is the one asked (patterns/request.yaml: the "on" phrase is the
request's target with the infinitive of what is asked). Without one ("called on the president in Nairobi", a
courtesy call) nothing is asked: the call is a visit, whose host the "on" phrase names (consult.yaml)."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, target", [
    ("The president called on Fredonia to release the detained sailors.", "Fredonia"),
    ("Ruritania's foreign minister called on Fredonia to withdraw its troops from the border.", "Fredonia"),
])
def test_the_one_called_on_to_act_is_asked(code, text, target):
    events, actors = code(text, "2021-03-03")
    asked = [e for e in events if e.type == "REQUEST"]
    assert asked and target in names(asked[0].target, actors), [(e.type, e.target) for e in events]


def test_a_call_paid_on_someone_is_no_request(nlp):
    # (round 61: the courtesy call is consult.yaml's visit, its host the "on" target; tests/events/
    # test_a_courtesy_call_is_a_visit.py)
    matcher = nlp.get_pipe("dossier_events").coder.matcher
    for text in ("The Ruritanian envoy called on the Fredonian president in his palace.",
                 "The Ruritanian envoy called on the Fredonian president to mediate."):
        entry = next(e for t, e in matcher(nlp(text)) if t.text == "called")
        assert "on" in entry.target_preps and entry.type == ("REQUEST" if text.endswith("mediate.") else "CONSULT"), \
            (text, entry.key)
