"""A noun with a time of its own in a later sentence names an earlier undated act again only when its own words leave
it that act: a visit names no talks ("the president's visit to Niger last week" does not date the talks told
first), nor do a meeting's own parties that are none of the earlier act's ("Monday's meeting of Ethiopia and
Somalia" does not date Kenya's talks with Uganda)."""


def _consults(code, text):
    events, actors = code(text, "2024-06-26")
    return {tuple(sorted(actors[i].name for i in e.source + e.target if i in actors)): e.date.start if e.date else None
            for e in events if e.type == "CONSULT"}


def test_a_visit_of_another_leader_does_not_date_planned_talks(code):
    found = _consults(code, "Ghana and Nigeria will hold talks on their trade rift with Togo, officials said. The "
                            "Ghanaian envoy's chief aim was to brief his host on President John Mahama's visit to "
                            "Niger last week.")
    assert found.get(("Ghana", "Nigeria"), "missing") is None, found
    assert found.get(("John Mahama", "Niger")) == "2024-06-17", found


def test_a_meeting_of_other_parties_does_not_date_earlier_talks(code):
    found = _consults(code, "Kenya and Uganda held talks on the fishing dispute in Nairobi, officials said. The "
                            "dispute was also raised at Monday's meeting of Ethiopia and Somalia.")
    assert found.get(("Kenya", "Uganda"), "missing") is None, found
    assert found.get(("Ethiopia", "Somalia")) == "2024-06-24", found
