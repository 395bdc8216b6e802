"""Source, target, place, issue and attribution read from the parse, in sentences written for these tests."""

import pytest

from dossier.events.roles.earlier_acts import _named_again_types
from tests.events.conftest import names, only


def test_passive_with_agent(code):
    events, actors = code("The accords were signed by Mexico and Chile in Lima on Tuesday.")
    event = only(events, "AGREE")
    assert names(event.source + event.target, actors) == {"Mexico", "Chile"}
    assert actors[event.location].name == "Lima"


def test_coordinated_parties_make_a_two_sided_event(code):
    events, actors = code("Canada and Japan signed a trade pact last month.")
    event = only(events, "AGREE")
    assert names(event.source, actors) == {"Canada"} and names(event.target, actors) == {"Japan"}


def test_apposition_keeps_the_person(code):
    events, actors = code("Olaf Scholz, the German chancellor, met with Emmanuel Macron in Paris.")
    event = only(events, "CONSULT")
    assert names(event.source, actors) == {"Olaf Scholz"}
    assert names(event.target, actors) == {"Emmanuel Macron"}
    assert actors[event.location].name == "Paris"


def test_relative_clause_subject(code):
    events, actors = code("The delegation met Kenya, which hosted Japanese officials in Nairobi last year.")
    hosted = next(e for e in events if e.cameo == "043")
    assert names(hosted.source, actors) == {"Kenya"}


def test_noun_trigger_with_possessor_and_destination(code):
    events, actors = code("Modi's state visit to Egypt began on Saturday.")
    event = only(events, "CONSULT")
    assert (event.mode, event.cameo) == ("visit", "042")
    assert names(event.source, actors) == {"Modi"} and names(event.target, actors) == {"Egypt"}
    assert event.confidence < 0.9


def test_light_verb_talks(code):
    events, actors = code("Emmanuel Macron held talks with Xi Jinping in Beijing on Friday.")
    event = only(events, "CONSULT")
    assert names(event.source, actors) == {"Emmanuel Macron"} and names(event.target, actors) == {"Xi Jinping"}
    assert event.status == "occurred" and actors[event.location].name == "Beijing"


def test_signing_between_two_parties_with_issue(code):
    events, actors = code("The minister attended the signing of a deal between Kenya and Ericsson "
                          "to build 500 mobile towers.")
    event = only(events, "AGREE")
    assert names(event.source + event.target, actors) == {"Kenya", "Ericsson"}
    assert event.issue.startswith("to build 500 mobile towers")


def test_attribution_keeps_the_reported_act_with_its_actors(code):
    events, actors = code("Norway will send humanitarian aid to Sudan, the Norwegian foreign minister Espen Eide said.")
    event = only(events, "AID")
    assert names(event.source, actors) == {"Norway"} and names(event.target, actors) == {"Sudan"}
    assert "Espen Eide" in (actors.get(event.attribution).name if event.attribution in actors else event.attribution)


def test_according_to_is_attribution(code):
    events, actors = code("Ruto will visit Ghana in May, according to Reuters.")
    event = only(events, "CONSULT")
    assert event.attribution and "Reuters" in (actors[event.attribution].name if event.attribution in actors
                                               else event.attribution)


def test_expert_opinion_on_a_visit_is_not_an_event(code):
    events, _ = code("Analysts said the visit is likely to strengthen trade and political trust.")
    assert events == []
    events, _ = code("This visit also shows the growing autonomy of the region.")
    assert events == []


def test_criticism_is_accuse(code):
    events, actors = code("General Mark Milley voiced concern over the Hambantota port.")
    event = only(events, "ACCUSE")
    assert names(event.source, actors) == {"Mark Milley"}
    assert "Hambantota" in event.issue


def test_event_fields(code):
    event = only(code("Brazil criticized Venezuela over the election.")[0])
    assert event.id == "t:e1" and event.cameo == "111" and event.goldstein == -2.0 and event.quad_class == 3
    assert event.evidence[0].text == "Brazil criticized Venezuela over the election."
    assert (event.evidence[0].start, event.evidence[0].end) == (0, 46)


def test_pronoun_follows_earlier_pronoun_not_a_coordinated_subject(code):
    events, actors = code("Gabriel Boric arrived in Madrid on Monday. He toured a factory. "
                          "Pedro Sanchez and Felipe VI attended a dinner. He also met Olaf Scholz.")
    met = next(e for e in events if e.trigger == "met")
    assert names(met.source, actors) == {"Gabriel Boric"}


def test_object_pronoun_is_not_the_subject(code):
    events, actors = code("Emmanuel Macron arrived in Rome. Giorgia Meloni will meet him on Friday.")
    met = next(e for e in events if e.trigger == "meet")
    assert names(met.source, actors) == {"Giorgia Meloni"}
    assert names(met.target, actors) == {"Emmanuel Macron"}


def test_the_two_presidents_are_the_last_two_named(code):
    events, actors = code("President Xi Jinping welcomed President Dina Boluarte in Beijing. "
                          "The two presidents signed a pact on fisheries.")
    signed = next(e for e in events if e.type == "AGREE")
    assert names(signed.source, actors) == {"Xi Jinping"} and names(signed.target, actors) == {"Dina Boluarte"}


def test_list_of_companies_after_heads_of(code):
    events, actors = code("Luiz Inacio Lula da Silva met the heads of Siemens, Airbus and Nokia in Berlin.")
    met = only(events, "CONSULT")
    assert {"Siemens", "Airbus", "Nokia"} <= names(met.target, actors)


def test_relative_clause_after_a_list_attaches_to_the_nearest(nlp, code):
    from dossier.events.component import coding_with
    with coding_with(nlp, keep_trade=True):  # firms investing with firms: their own trade, left out by default
        events, actors = code("Scholz met executives of Siemens, Airbus and Volkswagen, which will invest in a plant "
                              "in Ohio.")
    invest = only(events, "COOPERATE")
    assert names(invest.source, actors) == {"Volkswagen"}


def test_no_event_without_actors(code):
    events, _ = code("The meeting ended late in the evening.")
    assert not events


def test_location_is_a_geocoded_place(code):
    events, actors = code("Xi Jinping met Dina Boluarte in Lima on Friday.")
    place = actors[only(events, "CONSULT").location]
    assert place.name == "Lima" and place.kind == "place"
    assert place.lat is not None and place.lon is not None


def test_pronoun_in_an_opening_phrase_is_the_subject_named_after_it(code):
    events, actors = code("Joe Biden gave a speech on Monday. During her three-day trip to Brazil, "
                          "Kamala Harris met the Brazilian foreign minister.")
    trip, meet = (next(e for e in events if e.mode == m) for m in ("visit", "meet"))
    assert names(trip.source, actors) == {"Kamala Harris"} and names(trip.target, actors) == {"Brazil"}
    assert names(meet.source, actors) == {"Kamala Harris"}


def test_object_pronoun_in_an_opening_phrase_is_not_the_subject(code):
    events, actors = code("Kamala Harris spoke on Friday. After his talks with her, Joe Biden visited Brazil.")
    talks = next(e for e in events if e.mode == "meet")
    assert names(talks.source, actors) == {"Joe Biden"} and names(talks.target, actors) == {"Kamala Harris"}


def test_an_invitation_from_a_person_is_no_place(code):
    events, actors = code("Olaf Scholz will visit Kenya next week at the invitation of William Ruto.")
    visit = only(events, "CONSULT")
    assert visit.location is None or actors[visit.location].type in ("GPE", "LOC", "FAC")
    assert names([visit.location], actors) != {"William Ruto"}


def test_a_lower_case_word_tagged_as_a_name_is_no_actor(code):
    # the small model tags "ministry" here as a proper noun
    events, actors = code("On Monday the president said her foreign ministry and the Kenyan company agreed to "
                          "build a road.")
    assert events and not any(i.startswith("unk:NAME:") for e in events for i in e.source + e.target)
    assert not any(i.startswith("unk:NAME:") for i in actors)


def test_she_after_a_reported_sentence_is_neither_the_speaker_nor_the_host(code):
    events, actors = code("Kamala Harris will visit Mexico next week. Joe Biden will hold talks with her in Washington "
                          "later, spokeswoman Karine Jean-Pierre said. She is also due to meet Claudia Sheinbaum.")
    meet = next(e for e in events if e.trigger == "meet")
    assert names(meet.source, actors) == {"Kamala Harris"}
    talks = next(e for e in events if e.mode == "meet" and e.trigger != "meet")
    assert names(talks.source, actors) == {"Joe Biden"} and names(talks.target, actors) == {"Kamala Harris"}


def test_a_passive_relative_clause_makes_its_noun_the_target(code):
    events, actors = code("Lula spoke with the chief of Cosco Shipping, the biggest owner of the Chancay port, which "
                          "will be inaugurated next November.")
    opening = only(events, "COOPERATE")
    assert opening.source == [] and names(opening.target, actors) == {"Chancay Port"}
    assert opening.status == "planned" and opening.date.start == "2024-11"


def test_a_definite_description_names_the_facility_or_company_just_named(code):
    events, actors = code("Xi Jinping and Dina Boluarte toured the Chancay port. The inauguration of the port by "
                          "both presidents will create a direct shipping route to Shanghai.")
    opening = only(events, "COOPERATE")
    assert names(opening.source, actors) == {"Xi Jinping", "Dina Boluarte"}
    assert names(opening.target, actors) == {"Chancay Port"}
    assert opening.status == "planned"
    events, actors = code("Huawei hosted Gabriel Boric in Shenzhen. The company signed a deal with Chile on Friday.")
    assert names(only(events, "AGREE").source, actors) == {"Huawei"}


def test_travel_for_an_event_lends_the_traveller_and_is_one_visit(code):
    events, actors = code("Gabriel Boric flew to Beijing for talks with Xi Jinping.")
    (talks,) = [e for e in events if e.type == "CONSULT"]  # the talks with the host are the visit (acts_told_twice)
    assert names(talks.source, actors) == {"Gabriel Boric"} and names(talks.target, actors) == {"Xi Jinping"}
    events, actors = code("Xi Jinping arrived in Lima on Thursday for a state visit to Peru.")
    assert len([e for e in events if e.mode == "visit"]) == 1


def test_a_reason_after_for_is_not_the_subjects_act(code):
    events, actors = code("Chile criticised Bolivia for the attack on the border post.")
    assert not [e for e in events if e.type == "ASSAULT" and names(e.source, actors) == {"Chile"}]


@pytest.mark.parametrize("text, host, guest", [
    ("Gabriel Boric is to make a state visit to Japan between May 3 and 7 at the invitation of Fumio Kishida.",
     "Fumio Kishida", "Gabriel Boric"),
    ("Lula travelled to Kenya last week at the request of William Ruto.", "William Samoei Ruto", "Lula"),
    ("Gabriel Boric will fly to Brazil on Monday for a state visit at the invitation of Lula.", "Lula",
     "Gabriel Boric"),
])
def test_at_the_invitation_of_x_is_x_asking_the_subject_before_the_act(code, text, host, guest):
    events, actors = code(text)
    asked = only(events, "REQUEST")
    assert names(asked.source, actors) == {host} and names(asked.target, actors) == {guest}
    assert asked.status == "occurred" and asked.date is None  # asked before; the act's dates are the act's


def test_an_invitation_sent_is_still_a_light_verb_request_only(code):
    events, _ = code("The invitation was a surprise to many in Lima.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_an_act_on_the_deal_named_before_targets_the_deals_parties(code):
    events, actors = code("Kenya and Tanzania concluded a water-sharing accord on Monday. "
                          "Uganda turned down the water accord two days later.")
    event = only(events, "REJECT")
    assert names(event.source, actors) == {"Uganda"} and names(event.target, actors) == {"Kenya", "Tanzania"}


def test_talks_named_again_take_the_meetings_parties(code):
    events, actors = code("Norway and Sweden held talks in Oslo on fishing quotas. Denmark criticised the talks.")
    event = only(events, "ACCUSE")
    assert names(event.target, actors) == {"Norway", "Sweden"}


def test_two_earlier_deals_leave_the_target_empty(code):
    events, actors = code("Kenya and Tanzania concluded a water-sharing accord on Monday. Chad and Niger signed a "
                          "border treaty on Tuesday. Uganda turned down the agreement.")
    assert not only(events, "REJECT").target  # which of the two is meant the text does not say


def test_a_deal_without_an_earlier_one_stays_untargeted(code):
    events, actors = code("Officials met farmers in the capital on Monday. Uganda turned down the agreement.")
    assert not only(events, "REJECT").target


def test_a_named_or_owned_deal_is_not_one_named_again(nlp):
    def types(text):
        return _named_again_types(next(t for t in nlp(text) if t.lower_ == "accord"))
    assert types("Uganda turned down the trade accord.") == {"AGREE"}
    assert not types("Uganda turned down the Nairobi accord.")  # a name says which accord
    assert not types("Uganda turned down Rwanda's accord.")
    assert not types("Uganda turned down an accord.")  # not a definite noun: a new one
