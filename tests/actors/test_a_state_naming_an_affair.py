"""A state's name compounded on a noun of an affair ("the Iran arms scandal", "the Iran-contra affair") names the
affair: no actor, no party to what the sentence tells, and no state for the officials the story names around it
(places.py `_affair_names`, lexicon `affair_nouns`). The state named on its own stays. Sentences written for these
tests."""


def _countries(found):
    return {e.country for e in found.entities}


def test_the_state_naming_an_affair_gives_its_prosecutor_no_state(story):
    found = story("The independent counsel in the Iran arms affair may seek charges against several former aides, a "
                  "Boston weekly said. Counsel Morton Kell is weighing three matters, it said.")
    assert "IRN" not in _countries(found), [(e.name, e.country) for e in found.entities]


def test_the_state_naming_an_affair_is_no_target(story):
    found = story("WASHINGTON - Two Senate panels looking into the Iran-contra affair asked the White House for its "
                  "phone logs on Tuesday.", dateline="WASHINGTON")
    assert not any("IRN" in {e.country for e in found.entities if e.id in ev.source + ev.target}
                   for ev in found.events)
    assert "IRN" not in _countries(found)


def test_the_state_named_on_its_own_stays_an_actor(story):
    found = story("Arms were sold to Iran in secret, and the scandal that followed has hurt the White House.")
    assert "IRN" in _countries(found)
