"""A measure a state lays on others (sanctions, tariffs, duties, quotas…: roles/data/acts_done.yaml `own_measures`),
told by a participle with no agent, is laid by the state named before the noun (else by the one who would lift it: "urged Kenya to end the duties imposed on Ugandan coffee"), which is no target of it: "the
end of U.S. sanctions imposed this month on some farm goods" (the United States was the target, nobody the
source), and the role model fills the target only from the participle's own phrase (not with the leaders the sentence
names as agreeing on the removal). Goods named before a ban are no measure: what it is laid on stays the target."""

from __future__ import annotations

from tests.events.conftest import names


def _imposed(events, actors, word="imposed"):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == word]


def test_a_state_s_sanctions_imposed_on_goods(code):
    events, actors = code("The two ministers are not expected to settle on an end to U.S. sanctions imposed "
                          "last week on some farm goods.")
    sides = _imposed(events, actors)
    assert sides and all(s == {"United States"} and "United States" not in t for s, t in sides), sides


def test_no_target_from_outside_the_participle(code):
    events, actors = code("Few expect Nakasone and Reagan to settle on an end to U.S. sanctions imposed last week on "
                          "some farm goods.", published="1987-04-26")
    sides = _imposed(events, actors)
    assert sides and all(s == {"United States"} and not t for s, t in sides), sides


def test_a_state_s_tariffs_imposed_on_another_s_coffee(code):
    events, actors = code("Uganda asked for the removal of Canadian tariffs imposed last month on Ugandan coffee.")
    assert _imposed(events, actors) == [({"Canada"}, {"Uganda"})], _imposed(events, actors)


def test_an_agent_named_keeps_its_reading(code):
    events, actors = code("Uganda asked for the removal of tariffs imposed by Canada on Ugandan coffee.")
    assert _imposed(events, actors) == [({"Canada"}, {"Uganda"})], _imposed(events, actors)


def test_goods_banned_are_no_measure(code):
    events, actors = code("The ministry said Ugandan coffee banned last month would stay off the market.")
    sides = _imposed(events, actors, "banned")
    assert all("Uganda" not in s for s, t in sides), sides


def test_the_one_urged_to_lift_a_measure_laid_it(code):
    events, actors = code("The Ugandan minister urged Kenya to end the duties imposed last month on Ugandan coffee.")
    assert _imposed(events, actors) == [({"Kenya"}, {"Uganda"})], _imposed(events, actors)


def test_a_measure_not_lifted_names_no_one_who_laid_it(code):
    events, actors = code("Kenya said the duties imposed on Ugandan coffee were unlikely to start a trade war.")
    assert all(not s for s, _ in _imposed(events, actors)), _imposed(events, actors)
