"""A measure taken against another, told with its reason (roles/data/reasons.yaml: a "because" clause, "in
retaliation for", "in response to"), is done to the doer of the act it answers: "imposed duties because Uganda failed
to keep an accord" is a sanction on Uganda (it had no target), and "tariffs announced in retaliation for Uganda's not
honouring its pact with Tanzania" one on Uganda, not on the pact's other party (the role model's choice). A reason
that names the doer's own deed, or no doer, leaves the target as it was."""

from __future__ import annotations

from tests.events.conftest import names


def _sides(events, actors, word):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == word]


def test_a_because_clause_names_the_target(code):
    events, actors = code("The Kenyan president said he imposed duties on radios and clocks because Uganda failed "
                          "to keep an accord to open its market to Kenyan goods.")
    sides = _sides(events, actors, "imposed")
    assert sides and all(t == {"Uganda"} for _, t in sides), sides


def test_the_act_retaliated_for_names_the_target_not_its_other_party(code):
    events, actors = code("The Ugandan embassy said it was deeply disappointed by the sanctions announced by Kenya "
                          "in retaliation for Uganda's not honouring its trade pact with Tanzania.")
    assert _sides(events, actors, "sanctions") == [({"Kenya"}, {"Uganda"})]


def test_the_doer_s_own_reason_is_no_target(code):
    events, actors = code("Kenya closed its border with Uganda because it feared raids by rebels.")
    assert _sides(events, actors, "closed") == [({"Kenya"}, {"Uganda"})]


def test_a_reason_with_no_doer_leaves_the_target(code):
    events, actors = code("Kenya imposed duties on Tanzanian sugar because prices fell.")
    assert _sides(events, actors, "imposed") == [({"Kenya"}, {"Tanzania"})]
