"""A body wire text names after its seat ("the Brussels Commission" for the EC's executive) is that body, not the
seat's state."""


def test_the_brussels_commission_is_the_ec(story):
    result = story("The Brussels Commission proposed a cut in farm prices, angering French growers.")
    ids = {e.id for e in result.entities}
    assert "org:european-community" in ids
    assert not [e for e in result.entities if "commission" in e.id and e.country == "BEL"]
