"""Lenders named as a group are a side of their own, with no country (actors/data/agents.yaml: "commercial banks",
"foreign banks" beside "creditor banks"); a possessive on them names the debtor they act towards, who is the target
where the sentence names no other (doers.debtors_of), but not of a meeting among the lenders, and the doer where the
lenders are done to and no doer is named. Sentences written for these tests."""

from tests.events.conftest import names


def _one(events, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def test_foreign_banks_are_a_side_without_a_country(code):
    events, actors = code("Foreign banks rejected Peru's request for new loans.")
    rejected = _one(events, "rejected")
    assert rejected.source and all(actors[i].country is None for i in rejected.source)
    assert names(rejected.target, actors) == {"Peru"}


def test_the_debtor_owning_its_lenders_is_their_target(code):
    events, actors = code("Chile's creditor banks agreed to reschedule 2 billion dlrs of its debt.")
    agreed = _one(events, "agreed")
    assert agreed.source and all(actors[i].country is None for i in agreed.source)
    assert names(agreed.target, actors) == {"Chile"}


def test_a_meeting_of_the_lenders_has_no_debtor_side(code):
    events, actors = code("Bolivia's creditors met in Paris on Monday.")
    assert not any("Bolivia" in names(e.target, actors) for e in events)


def test_the_debtor_owning_lenders_it_deals_with_is_the_doer(code):
    events, actors = code("Colombia's creditor banks were contacted on Monday about the new repayment plan.")
    contacted = _one(events, "contacted")
    assert names(contacted.source, actors) == {"Colombia"}
    assert contacted.target and all(actors[i].country is None for i in contacted.target)


def test_lenders_without_a_possessive_give_no_doer(code):
    events, actors = code("Commercial banks were contacted on Monday about the new repayment plan.")
    contacted = _one(events, "contacted")
    assert contacted.target and not contacted.source
