"""The doer of an act that a reaction answers ("X's decision drew criticism from Y": X the target) is read from the
reaction verb's subject as the roles stage reads it, so that where the parser hung the main verb on a relative
clause before it, the relative clause's object is not taken for that subject (noun_acts.reacted_to with
doers.subject_tokens). Sentences written for these tests."""

import pytest

from tests.events.conftest import names, only


@pytest.mark.parametrize("text, critic, criticised", [
    # the parser reads "the Ugandan government drew criticism": the decision is Kenya's
    ("Kenya's decision that has angered the Ugandan government drew criticism from Tanzania.", "Tanzania", "Kenya"),
    ("Minister Ruto's role in the deal that angered the Ugandan government drew protests from Tanzania.",
     "Tanzania", "William Samoei Ruto"),
    # read right by the parser: the same answer
    ("President Ruto's decision, which has angered the Ugandan government, drew condemnation from Tanzania.",
     "Tanzania", "William Samoei Ruto"),
])
def test_the_act_before_the_relative_clause_is_the_one_reacted_to(code, text, critic, criticised):
    events, actors = code(text)
    event = only(events, "ACCUSE")
    assert names(event.source, actors) == {critic}
    assert names(event.target, actors) == {criticised}
    assert "Uganda" not in names(event.target, actors)
