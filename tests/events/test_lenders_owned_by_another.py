"""A possessive pronoun before a debtor's lenders names the debtor, not the lenders' country: the resolver leaves
"its creditor banks" and "its bank advisory committee" without the debtor's state, as the actors stage does for
"Peru's creditors". Sentences written for these tests."""


def _countries(events, actors, noun_sector="BUS"):
    """The countries of the business agents on any side of the events."""
    return {actors[i].country for e in events for i in e.source + e.target
            if i in actors and i.startswith("agent:") and i.endswith(f":{noun_sector}")}


def test_lenders_a_state_calls_its_own_are_no_agents_of_that_state(code):
    events, actors = code("Ecuador said its creditor banks would meet in New York next week.")
    assert _countries(events, actors) == {None}


def test_the_bank_committee_a_state_reports_on_keeps_no_country(code):
    events, actors = code("Ecuador said its bank advisory committee had rejected the new loan terms.")
    assert _countries(events, actors) == {None}


def test_a_state_s_own_police_still_take_its_country(code):
    events, actors = code("Kenya said its police had arrested two Ugandan smugglers.")
    sides = {actors[i].country for e in events for i in e.source if i in actors}
    assert "KEN" in sides
