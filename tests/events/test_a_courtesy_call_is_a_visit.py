"""A call paid on someone that asks nothing of them is a courtesy call, a visit (patterns/consult.yaml, CAMEO 042,
`asks_nothing`): the visitor the source, the one called on the target. "Called on X to …" (an infinitive, even one
the parser hangs elsewhere) and "called on X for …" stay requests (request.yaml)."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, host", [
    ("The Fredonian ambassador called on King Rudolf at his palace on Tuesday.", "Rudolf"),
    ("The visiting Ruritanian premier called on President Obi Okonkwo in Abuja.", "Obi Okonkwo"),
])
def test_a_call_paid_on_someone_is_a_visit(code, text, host):
    events, actors = code(text, "2021-05-04")
    visits = [e for e in events if (e.type, e.cameo) == ("CONSULT", "042")]
    assert visits and any(host in n for n in names(visits[0].target, actors)), \
        [(e.type, e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The ambassador called on King Rudolf to pardon the jailed reporters.",
    "The ambassador called on King Rudolf, who is due to leave office in May, to pardon the jailed reporters.",
    "Fredonia called on Ruritania for help with the refugees.",
    "The senate committee called on the president in a resolution to retaliate against the cartel.",
])
def test_a_call_that_asks_is_a_request(typed, text):
    assert typed(text)["called"][0] == "REQUEST"
