"""A plan or a proposal drawn up is a text whose author does what it says (roles/data/texts.yaml): "The plan called
on Kenya to buy more" is a request of the party that drew up the plan, named sentences before; "the plan" told again
takes the author of the nearest earlier mention that names one, passing over one that names none ("the committee
working out the plan"). A plan no one is named to have drawn up keeps no source."""

from __future__ import annotations

from tests.events.conftest import names


def _sides(events, actors, word):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == word]


def test_the_plan_asks_what_its_author_asks(code):
    events, actors = code("The Kenya African National Union drew up a final plan to boost imports, party officials "
                          "said. The plan calls for more spending on roads, they said. The plan called on Kenya to "
                          "buy more goods from Uganda.")
    assert _sides(events, actors, "called") == [({"Kenya African National Union"}, {"Kenya"})]


def test_a_mention_with_no_author_is_passed_over(code):
    events, actors = code("Kenya's ruling KANU party has drawn up a long plan that seeks lower taxes, said the chief "
                          "of the panel working out the plan. The plan will also press the government to raise its aid "
                          "to Uganda twofold by 1990, party officials said.")
    sides = _sides(events, actors, "press")
    assert sides and all(s == {"KANU party"} for s, _ in sides), sides


def test_a_plan_of_no_named_author_has_no_source(code):
    events, actors = code("The plan called on Kenya to buy more goods from Uganda.")
    assert _sides(events, actors, "called") == [(set(), {"Kenya"})]
