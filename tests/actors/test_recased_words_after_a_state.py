"""A common word the wire capitalised after "U.S." ("U.S. Complaints", "U.S. Bankers") is no actor's name: the side
is the state, as with the word in lower case, and the word is no short form of a firm named in the story
(nlp/recased.py). Sentences written for these tests."""


def names(result):
    return {e.name for e in result.entities}


def sides(result):
    ents = {e.id: e for e in result.entities}
    return [([ents[i].name for i in e.source], [ents[i].name for i in e.target]) for e in result.events]


def test_a_recased_complaint_is_no_actor(story):
    result = story("Seoul is trying to meet U.S. Complaints about its beef import curbs, a trade official said.")
    assert "U.S. Complaints" not in names(result)
    assert "Complaints" not in " ".join(names(result))


def test_recased_bankers_are_not_the_firm_named_bankers(story):
    result = story("Bankers Trust New York Corp said it expects approval soon. U.S. Bankers will meet with "
                   "Korean finance ministry officials in April.")
    meet = [s for s in sides(result) if any("officials" in t for t in s[1])]
    assert meet and all("Bankers Trust New York Corp" not in s[0] for s in meet)


def test_a_state_s_embassy_keeps_its_name(story):  # must-not
    result = story("The U.S. Embassy said it had protested to Peru over the arrests.")
    assert "U.S. Embassy" in names(result)
