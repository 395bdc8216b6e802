"""A person whose title takes "its" or "their" ("its envoy to Oslo, X") is of the state that pronoun stands for: the
one state named as a clause's subject before it in the sentence. Sentences written for these tests."""


def test_an_ambassador_of_the_state_the_pronoun_stands_for(story, country_of):
    found = story("Hungary will back the new barge tolls on the river, its ambassador to Norway, Pavel Orlic, said in "
                  "an interview. Orlic criticised Iran.", dateline="OSLO")
    assert country_of(found, "Pavel Orlic") == "HUN"


def test_an_envoy_of_a_known_state_is_of_that_state(story, country_of):
    found = story("Egypt opposes the new cotton quotas of the United States, its trade envoy, Karim Selim, told "
                  "reporters on Thursday.", dateline="GENEVA")
    assert country_of(found, "Karim Selim") == "EGY"


def test_the_envoy_s_event_has_its_state_on_both_sides(story):
    found = story("Egypt opposes the new cotton quotas of the United States, its trade envoy, Karim Selim, told "
                  "reporters on Thursday. Selim urged Washington to lift the quotas.", dateline="GENEVA")
    countries = {e.id: e.country for e in found.entities}
    requests = [e for e in found.events if e.type == "REQUEST"]
    assert requests and {countries.get(i) for i in requests[0].source} == {"EGY"}


def test_a_firm_s_pronoun_gives_no_state(story, country_of):
    found = story("Egypt's Delta Cotton Co said its chairman, Hany Farouk, would retire in June.", dateline="CAIRO")
    assert not any(e.cameo == "EGYGOV" for e in found.entities if e.name == "Hany Farouk")



def test_a_pronoun_after_a_verb_gives_none(story, country_of):
    found = story("Egypt said the bank lost its chairman, Omar Hadi, in May.", dateline="GENEVA")
    assert not any(e.cameo == "EGYGOV" for e in found.entities if e.name == "Omar Hadi")


def test_a_pronoun_of_a_later_subject_that_is_no_state_gives_none(story, country_of):
    found = story("Egypt said the commission will keep its director, Omar Hadi, until May.", dateline="GENEVA")
    assert not any(e.cameo == "EGYGOV" for e in found.entities if e.name == "Omar Hadi")
