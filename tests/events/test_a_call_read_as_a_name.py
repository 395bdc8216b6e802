"""A person called on the telephone whom the parser reads as the name given (an object predicate, `oprd`):
"Macron called Putin on Sunday", and the participle on its caller ("Biden called Egyptian President … later that
evening and stressed …", parsed "Biden [who is] called Sisi"). `matching.phoned_read_as_named` gives that person as
the call's object, and `no_event.names_a_thing` no longer reads a name given there: the call is CONSULT 041 from
the caller to the one called. A plain noun named with "a" ("a man called John Smith"), a passive ("will be called
Erdogan"), a thing named ("rebels called Sandinistas") and a person called something ("called Putin a war
criminal") make no call."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, caller, called", [
    ("Macron called Putin on Sunday to discuss the crisis.", "Emmanuel Macron", "Vladimir Putin"),
    ("The Greek prime minister called Chancellor Olaf Scholz on Friday.", "Kyriakos Mitsotakis", "Olaf Scholz"),
    ("Biden called Egyptian President Abdel Fattah al-Sisi later that evening and stressed the need for a truce.",
     "Joe Biden", "Abdel Fattah el-Sisi"),
])
def test_a_person_called_is_the_one_phoned(code, text, caller, called):
    events, actors = code(text)
    calls = [e for e in events if e.cameo == "041"]
    assert calls and caller in names(calls[0].source, actors) and called in names(calls[0].target, actors), \
        [(e.type, e.cameo, names(e.source, actors), names(e.target, actors)) for e in events]


@pytest.mark.parametrize("text", [
    "A man called John Smith was arrested in the raid.",
    "A woman called Maria Lopez was injured in the blast.",
    "The new frigate will be called Erdogan.",
    "He called Putin a war criminal.",
])
def test_a_name_given_is_no_call(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.cameo == "041"], [(e.type, e.cameo, e.trigger) for e in events]
