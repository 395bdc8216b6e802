"""A national trade union or federation named by its own name ("IG Metall", "the AFL-CIO", "the UAW") is its state's
labour (LAB; organisations.yaml), whatever the story's state. Sentences written for these tests."""

import pytest


def actor_of(result, surface: str):
    names = {e.id: e for e in result.entities}
    return next(names[m.entity] for m in result.mentions if m.text == surface)


@pytest.mark.parametrize("text, dateline, surface, cameo", [
    ("IG Metall called out its members at three Bavarian engine works on Monday.", "MUNICH", "IG Metall", "DEULAB"),
    ("The AFL-CIO asked Congress to block the textile import quotas from Taiwan.", "WASHINGTON", "AFL-CIO", "USALAB"),
    ("The UAW turned down the wage offer from Chrysler Corp on Sunday.", "DETROIT", "UAW", "USALAB"),
    # the union's own state, not the story's
    ("The TUC sent a delegation to Warsaw to meet Polish dockers.", "WARSAW", "TUC", "GBRLAB"),
])
def test_a_union_named_by_its_name_is_its_state_s_labour(story, text, dateline, surface, cameo):
    assert actor_of(story(text, dateline=dateline), surface).cameo == cameo


def test_the_union_is_the_side_of_its_act(story):
    result = story("The UAW rejected the contract Ford Motor Co offered on Friday.", dateline="DETROIT")
    assert any(e.type == "REJECT" and e.source == ["usa:united-auto-workers"] for e in result.events)


def test_a_firm_whose_name_begins_alike_stays_a_firm(story):
    result = story("Metallgesellschaft AG said its metal trading profits rose in 1986.", dateline="FRANKFURT")
    assert not actor_of(result, "Metallgesellschaft AG").cameo.endswith("LAB")
