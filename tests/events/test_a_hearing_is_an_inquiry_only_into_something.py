"""A hearing codes an inquiry (ACCUSE 090, events/patterns/accuse.yaml) only when it is held into something, the
"into" phrase on the noun or, as the parser often hangs it, on the light verb; a hearing held, ended, with a firm's
heads, or an asylum hearing is a sitting of a body, no inquiry into anyone."""

import pytest


def _coded(events):
    return [(e.trigger, e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text", [
    "The parliamentary committee opened a hearing into the collapse of the Varno bridge on Monday.",
    "The Senate panel will hold hearings into the conduct of the Dresmark mining company next month.",
])
def test_a_hearing_into_something_is_an_inquiry(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ACCUSE" and e.cameo == "090"], _coded(events)


@pytest.mark.parametrize("text", [
    "The president hailed a win as the House of Representatives concluded its fourth open hearing on the case "
    "against him.",
    "He posted the message shortly after the House Intelligence Committee wrapped up its public impeachment "
    "hearings on Thursday.",
    "The Oregon Public Utility Commission holds a public hearing Thursday with managers from Verizon and Sprint.",
    "The migration agency cannot send Lena Ostrova home without holding an asylum hearing.",
])
def test_must_not_a_sitting_is_no_inquiry(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE" and e.cameo == "090"], _coded(events)
