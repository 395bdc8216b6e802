"""A verb of naming whose predicate stands in quotation marks (issue 10, round 12): the parser tears the quoted
words from the verb, yet "called Y's plan \\"a provocation\\"" is criticism, not a phone call; a call to a person
stays a phone call."""

from __future__ import annotations


def test_a_quoted_word_of_blame_is_criticism_not_a_call(code):
    events, _ = code('The Zambian foreign minister called the Malawian fishing ban "a grave provocation."',
                     "2023-02-07")
    assert [e.type for e in events][:1] == ["ACCUSE"], [(e.type, e.cameo, e.trigger) for e in events]


def test_a_thing_called_is_no_phone_call(code):
    events, _ = code("The Zambian foreign minister called Malawi's new fishing ban \"rather long.\"", "2023-02-07")
    assert not [e for e in events if e.cameo == "041"], [(e.type, e.cameo, e.trigger) for e in events]


def test_a_person_called_is_a_phone_call(code):
    events, _ = code("The Zambian president called his Malawian counterpart on Thursday about the fishing ban.",
                     "2023-02-07")
    assert [e for e in events if e.cameo == "041"], [(e.type, e.cameo, e.trigger) for e in events]
