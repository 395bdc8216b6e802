"""An investigation or scrutiny one comes, falls or remains under is the investigator's act on the one under it
(ACCUSE 090; events/patterns/accuse.yaml); with nobody named it comes from, no event. Sentences written for these
tests."""


def test_officials_remaining_under_an_investigation_are_its_target(code):
    events, actors = code("Three Kenyan officials remain under investigation by the FBI.", "2021-03-10")
    probe = [e for e in events if e.type == "ACCUSE" and e.cameo == "090"]
    assert probe
    assert {actors[i].country for i in probe[0].source} == {"USA"}
    assert {actors[i].country for i in probe[0].target} == {"KEN"}


def test_an_investigation_nobody_is_named_to_run_is_no_event(code):
    events, _ = code("The Kenyan officials remain under investigation.", "2021-03-10")
    assert not [e for e in events if e.type == "ACCUSE"]
