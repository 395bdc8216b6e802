"""A name after a prefix that sets the group apart ("non-OPEC", "pro-Iranian": `negating_prefixes`) is no actor."""


def test_producers_outside_a_cartel_are_not_the_cartel(story):
    result = story("Oil output from non-OPEC nations rose last month. Non-OPEC exporters refused to curb sales.")
    assert not [e for e in result.entities if e.cameo == "IGOOPC" or e.name.lower().startswith("non")]


def test_a_militia_for_a_state_is_not_that_state(story):
    result = story("A pro-Syrian militia shelled the camp near Beirut on Sunday.")
    assert "SYR" not in {e.country for e in result.entities}


def test_the_cartel_named_alone_is_still_the_cartel(story):
    result = story("OPEC refused to cut output on Monday, while non-OPEC states pledged restraint.")
    assert [e.cameo for e in result.entities if e.kind == "igo"] == ["IGOOPC"]
