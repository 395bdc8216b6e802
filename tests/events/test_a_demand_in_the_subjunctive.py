"""A demand told in the base form a proposal's content takes ("insisting that the EC comply with the ruling") asks the
clause's subject (request.yaml, CAMEO 100), also where the tagger reads the subjunctive as a present (data/non_events.yaml
"insisting that something is so" only with a plural or a pronoun it agrees with); what one insists is so is a claim."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, asker, asked", [
    ("Ottawa is insisting that Washington withdraw the duty on lumber.", "Canada", "United States"),
    ("Ottawa insisted that Lima honour the ruling.", "Canada", "Peru"),
    ("Canberra is insisting that the EC obey the panel's finding and cut its grain subsidies.",
     "Australia", "European Community"),
])
def test_a_demand_in_the_subjunctive(code, text, asker, asked):
    events, actors = code(text)
    demands = [e for e in events if e.type == "REQUEST" and e.cameo == "100"]
    assert len(demands) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert asker in names(demands[0].source, actors) and asked in names(demands[0].target, actors)


@pytest.mark.parametrize("text", [
    "Quito insists that it wants no quarrel with Lima.",
    "The exporters insist that they want a fair price.",
    "Tokyo insisted that the tariffs are unfair.",
    "The minister insisted the army had attacked the village.",
])
def test_a_thing_insisted_is_so_is_no_demand(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]
