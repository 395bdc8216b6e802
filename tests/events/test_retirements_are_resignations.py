"""One who retires from an office, or steps down, leaves it as one who resigns does: CAMEO 0831, RETREAT's mode
resign as the PLOVER manual files resignations (patterns/retreat.yaml; the converted dictionary's bare RETIRE read it
as yielding, 080).
Forces that retire fall back (RETREAT 0874), and "backed down" stays a yielding. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The central bank governor of Ruritania retired from the post in May after eight years.", "retired"),
    ("Finance Minister Ivan Petrov will retire next month, the Ruritanian government said.", "retire"),
    ("Ruritania's defence minister Ivan Petrov is due to step down at the end of the month.", "step"),
    ("The Fredonian premier stepped down on Friday after a vote in parliament.", "stepped"),
])
def test_leaving_an_office_is_a_resignation(typed, text, word):
    assert typed(text)[word] == ("RETREAT", "0831"), text


@pytest.mark.parametrize("text, word", [
    ("The rebel fighters retired to their camps in the hills.", "retired"),
    ("After the battle the Ruritanian troops retired behind the river.", "retired"),
])
def test_forces_that_retire_fall_back(typed, text, word):
    assert typed(text)[word] == ("RETREAT", "0874"), text


def test_backing_down_stays_a_yielding(typed):
    text = "The union backed down from its wage claim after talks with the Ruritanian government."
    assert typed(text)["backed"] == ("CONCEDE", "080")


def test_a_retirement_is_coded_as_the_person_s_resignation(code):
    events, actors = code("Finance Minister Ivan Petrov of Ruritania will retire next month, the government said.")
    found = [(e.type, e.cameo, e.status) for e in events if e.trigger == "retire"]
    assert found == [("RETREAT", "0831", "planned")], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Ivan Petrov, 61, will stay on as chairman of the Ruritanian state bank until he retires next year, the bank "
     "said.", "retires"),
    ("The Ruritanian finance minister will serve until she steps down in the spring.", "steps"),
])
def test_a_retirement_that_ends_a_term_is_none(typed, text, word):
    assert typed(text)[word][0] == "NONE", text


def test_a_retirement_told_after_after_stays(typed):
    text = "After the governor retired, Ruritania named a new central bank chief."
    assert typed(text)["retired"] == ("RETREAT", "0831")


@pytest.mark.parametrize("text", [
    "Ivan Petrov, who retired from the Ruritanian central bank last year to found a fund, said rates would rise.",
    "The board named Anna Berg chief executive, replacing Ivan Petrov, who retired.",
])
def test_a_retirement_told_as_background_is_none(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger.startswith("retire")], [(e.type, e.trigger) for e in events]
