"""The bodies of the European Communities the 1980s wire names beside the EC are international bodies of no state:
the atomic energy community (EURATOM), the Communities' court in Luxembourg, and the Group of 10 written in
figures. Before, EURATOM was read as an unknown person and its full name as the state of the story's dateline."""


def test_euratom_by_its_acronym_and_its_name(story):
    found = story("The United States extended its nuclear fuel deal with the European Atomic Energy Community "
                  "(EURATOM) on Tuesday. Talks with EURATOM will go on.", dateline="WASHINGTON")
    body = [e for e in found.entities if e.name == "European Atomic Energy Community"]
    assert body and body[0].kind == "igo" and body[0].country is None
    assert not [e for e in found.entities if e.type == "PERSON" and "EURATOM" in e.name.upper()]


def test_the_communities_court(story):
    found = story("The European Court of Justice ruled on Thursday that Italy had broken the rules on wine "
                  "imports from France.", dateline="LUXEMBOURG")
    court = [e for e in found.entities if "Court" in e.name]
    assert court and court[0].kind == "igo" and court[0].country is None


def test_the_group_of_10_in_figures(story):
    found = story("Central bankers of the Group of 10 countries met in Basle on Monday and praised Japan's "
                  "rate cut.", dateline="BASLE")
    assert [e for e in found.entities if e.name == "Group of Ten" and e.kind == "igo"]


def test_a_state_s_own_court_is_no_international_body(story):
    found = story("The Italian Constitutional Court ruled on Thursday against the wine importers from France.",
                  dateline="ROME")
    assert not [e for e in found.entities if e.kind == "igo"]
