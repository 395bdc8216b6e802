"""An agreement told only by the visit it was made during (roles/visit_deals.py, data/meetings.yaml `visit_nouns`,
`visit_preps`): the visitor is a party, and the host the other (the place visited, or the dateline's state for a
visit "here"); a doer named by the subject stays the source and the visitor is its other party. A visit with no
visitor named adds nobody. Sentences in the project's own words."""

from __future__ import annotations


def _agreed(events, actors):
    return [({actors[i].country for i in e.source}, {actors[i].country for i in e.target})
            for e in events if e.type == "AGREE"]


def test_a_loan_agreed_during_a_visit_here_is_between_the_visitor_and_the_host(story):
    events, actors = story("The credit of 40 million dollars, agreed during a visit here last week by Norway's "
                           "deputy trade minister Lars Dahle, will pay for two bridges, officials said.", "LUSAKA")
    assert _agreed(events, actors) == [({"NOR"}, {"ZMB"})], _agreed(events, actors)


def test_an_accord_signed_during_a_visit_to_a_capital(story):
    events, actors = story("The fisheries accord was signed during a visit to Paris by Morocco's prime minister.")
    assert _agreed(events, actors) == [({"MAR"}, {"FRA"})], _agreed(events, actors)


def test_the_owner_of_the_loan_agrees_it_with_the_visitor(story):
    events, actors = story("Zambia's new credit of 40 million dollars, agreed during a visit by Norway's deputy "
                           "trade minister, will pay for two bridges.")
    assert _agreed(events, actors) == [({"ZMB"}, {"NOR"})], _agreed(events, actors)


def test_a_named_signer_keeps_its_party_and_a_third_visitor_adds_none(story):
    events, actors = story("Senegal signed the fisheries accord with Gambia during a visit by France's foreign "
                           "minister.")
    assert _agreed(events, actors) == [({"SEN"}, {"GMB"})], _agreed(events, actors)


def test_a_visit_with_no_visitor_names_no_party(story):
    events, actors = story("The fisheries accord was signed during the visit.")
    assert not any(e.source or e.target for e in events if e.type == "AGREE")


def test_two_joined_signers_keep_their_own_sides_beside_a_visitor_of_theirs(story):  # round 75, lead
    events, actors = story("Senegal and Morocco signed eight accords during a state visit to Senegal by King "
                           "Hassan's prime minister.")
    parties = [s | t for s, t in _agreed(events, actors)]
    assert parties and all(p == {"SEN", "MAR"} for p in parties), _agreed(events, actors)
    assert all(s != {"SEN", "MAR"} for s, _ in _agreed(events, actors)), _agreed(events, actors)
