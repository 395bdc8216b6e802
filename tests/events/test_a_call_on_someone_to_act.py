"""A call on someone to do a thing, named by the noun (patterns/request.yaml; `matching._asked_of_noun`): "renewed
its call on X to lift the embargo" asks it of X (REQUEST, CAMEO 020), as the verb "called on X to" does; a call on
someone that asks nothing stays a courtesy call (patterns/consult.yaml, CAMEO 042), and a call ended on a note is
no request."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, asker, asked", [
    ("Norway renewed its call on Sri Lanka to reopen the talks with the rebels.", "NOR", {"LKA"}),
    ("Seoul made a formal call on Tokyo to return the seized fishing boat.", "KOR", {"JPN"}),
    ("The Brazilian finance minister repeated his call on Argentina and Chile to cut their tariffs.", "BRA",
     {"ARG", "CHL"}),
])
def test_a_call_on_someone_to_act_asks_it_of_them(code, text, asker, asked):
    events, actors = code(text)
    requests = [e for e in events if e.type == "REQUEST" and e.cameo == "020"]
    assert len(requests) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(requests[0].source, actors) == {asker}
    assert _countries(requests[0].target, actors) == asked
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Norwegian envoy paid a courtesy call on the Sri Lankan president at his residence.",
    "The Norwegian and Sri Lankan ministers ended the call on a friendly note.",
])
def test_a_call_that_asks_nothing_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]
