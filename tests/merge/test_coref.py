"""The coreference decision: rules that rule a pair out, features, and what clusters come out."""

from datetime import timedelta

from dossier.merge import coref
from dossier.merge.events import cluster_events, merge_events
from dossier.merge.intervals import day
from dossier.merge.reports import Actors, Report, idf, names, stems
from dossier.model import DateValue

from tests.conftest import make_event


def _report(event, published, text=""):
    return Report(event, day(published), stems(text) if text else None)


def _dated(event, start, end, precision):
    return event.model_copy(update={"date": DateValue(start=start, end=end, precision=precision)})


PLACES = Actors(country_of={"accra": "ghana", "ghana": "ghana", "lome": "togo", "togo": "togo"},
                vague=frozenset({"west-africa", "president-title"}))


def test_a_plan_published_after_a_past_meeting_is_a_new_event():
    met = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], "2025-03-04", trigger="met")
    plan = make_event("d2", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None, status="planned", trigger="meet")
    assert coref.incompatible(_report(met, "2025-03-05"), _report(plan, "2025-05-20")) == "time"


def test_a_plan_and_a_later_report_that_it_happened_are_one_occurred_event_with_the_plan_as_evidence():
    plan = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None, status="planned", trigger="meet",
                      sentence="Mensah is due to meet Kouassi in Accra next week.")
    done = make_event("d2", 0, "CONSULT", "meet", ["kouassi"], ["mensah"], "2025-03-04", trigger="held … talks",
                      sentence="Kouassi held talks with Mensah in Accra on Tuesday.")
    (event,), _ = merge_events([_report(plan, "2025-02-27", plan.evidence[0].text),
                                _report(done, "2025-03-05", done.evidence[0].text)])
    assert event.status == "occurred"
    said = {ev.doc: (ev.status, ev.published, ev.date.start if ev.date else None) for ev in event.evidence}
    assert said == {"d1": ("planned", "2025-02-27", None), "d2": ("occurred", "2025-03-05", "2025-03-04")}


def test_a_vague_date_never_confirms_a_match():
    plain = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None)
    past_year = _dated(plain, "2024-03-01", "2025-03-01", "vague")
    exact = make_event("d2", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], "2024-10-02")
    assert coref.features(_report(past_year, "2025-03-01"), _report(exact, "2024-10-03"))["date_match"] == 0.0
    day_ = make_event("d3", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], "2024-10-02")
    assert coref.features(_report(day_, "2024-10-03"), _report(exact, "2024-10-03"))["date_match"] == 1.0


def test_one_side_the_same_and_the_other_wholly_different_rules_a_pair_out():
    with_kouassi = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], "2025-03-04")
    with_banker = make_event("d2", 0, "CONSULT", "meet", ["mensah"], ["banker"], "2025-03-04")
    assert coref.incompatible(_report(with_kouassi, "2025-03-05"), _report(with_banker, "2025-03-05")) \
        == "participants"
    told_backwards = make_event("d3", 0, "CONSULT", "meet", ["kouassi"], ["mensah"], "2025-03-04")
    assert coref.incompatible(_report(with_kouassi, "2025-03-05"), _report(told_backwards, "2025-03-05")) is None


def test_places_in_two_countries_rule_a_pair_out_and_a_city_in_the_country_does_not():
    in_accra = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None).model_copy(
        update={"location": "accra"})
    in_lome = in_accra.model_copy(update={"id": "d2:e0", "location": "lome"})
    in_ghana = in_accra.model_copy(update={"id": "d3:e0", "location": "ghana"})
    assert coref.incompatible(_report(in_accra, "2025-03-05"), _report(in_lome, "2025-03-05"), PLACES) == "place"
    assert coref.incompatible(_report(in_accra, "2025-03-05"), _report(in_ghana, "2025-03-05"), PLACES) is None


def test_in_one_article_a_dated_past_meeting_and_an_announced_one_are_two():
    # "they have met in the past year" beside "they will meet again", in an article of 1 March 2025
    past = _dated(make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None),
                  "2024-03-01", "2025-03-01", "vague")
    coming = make_event("d1", 1, "CONSULT", "meet", ["mensah"], ["kouassi"], None, status="planned")
    assert coref.incompatible(_report(past, "2025-03-01"), _report(coming, "2025-03-01")) == "status"


def test_two_visits_by_different_named_travellers_are_two_journeys_and_a_hosting_faces_as_a_visit():
    # "Mensah toured Togo" and, in another article, "Kouassi's state visit to Mensah": sharing Mensah is not
    # enough, the travellers differ
    mensah_goes = make_event("d1", 0, "CONSULT", "visit", ["mensah"], ["togo"], None, trigger="toured")
    kouassi_comes = make_event("d2", 0, "CONSULT", "visit", ["kouassi"], ["mensah"], None, trigger="visit")
    assert coref.incompatible(_report(mensah_goes, "2025-03-05"), _report(kouassi_comes, "2025-03-05"),
                              PLACES) == "participants"
    # "Togo hosted Mensah" (CAMEO 043: the host first) is Mensah's journey to Togo, the same one
    hosted = make_event("d3", 0, "CONSULT", "visit", ["togo"], ["mensah"], None, trigger="hosted").model_copy(
        update={"cameo": "043"})
    assert coref.incompatible(_report(mensah_goes, "2025-03-05"), _report(hosted, "2025-03-05"), PLACES) is None
    features = coref.features(_report(mensah_goes, "2025-03-05"), _report(hosted, "2025-03-05"), PLACES)
    assert features["both_sides"] == 1.0 and features["side_conflict"] == 0.0
    # a visitor named only by an agent ("a Ghanaian delegation") may be another report's named one: no wall
    delegation = make_event("d4", 0, "CONSULT", "visit", ["delegation"], ["togo"], None, trigger="visit")
    actors = Actors(country_of=PLACES.country_of, uncertain=frozenset({"delegation"}))
    assert coref.incompatible(_report(mensah_goes, "2025-03-05"), _report(delegation, "2025-03-05"), actors) is None


def test_in_one_article_an_act_told_as_a_separate_one_is_not_the_one_told_before():
    first = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None, trigger="talks",
                       sentence="Mensah held talks with the Ivorian president on Monday.")
    separate = make_event("d1", 3, "CONSULT", "meet", ["diallo"], ["mensah"], None, trigger="meeting",
                          sentence="Diallo, who had a separate private meeting with Mensah, spoke to the press.")
    unsure = Actors(uncertain=frozenset({"diallo"}))  # an unknown name, which another report may give otherwise
    assert coref.incompatible(_report(first, "2025-03-05"), _report(separate, "2025-03-05"), unsure) == "another"
    # told the other way round (the marked act first), a later 'the meeting' may name it again: no wall
    again = make_event("d1", 5, "CONSULT", "meet", ["diallo"], ["mensah"], None, trigger="meeting",
                       sentence="The meeting lasted an hour.")
    assert coref.incompatible(_report(separate, "2025-03-05"), _report(again, "2025-03-05"), unsure) is None
    # an ordinal counts a series and names the act the article announces
    second = make_event("d1", 4, "CONSULT", "visit", ["mensah"], ["togo"], None, status="planned", trigger="visit",
                        sentence="It will be his second visit to Togo in five years.")
    planned = make_event("d1", 1, "CONSULT", "visit", ["mensah"], ["togo"], None, status="planned",
                         trigger="visit", sentence="Mensah will visit Togo next week.")
    assert coref.incompatible(_report(planned, "2025-03-05"), _report(second, "2025-03-05")) is None


def test_a_region_or_a_bare_title_names_nobody():
    assert PLACES.normal(["mensah", "west-africa", "president-title"]) == frozenset({"mensah"})


def test_blocking_keys_pair_a_type_with_each_participant():
    event = make_event("d1", 0, "AGREE", "sign", ["mensah"], ["kouassi"], None)
    assert coref.blocking_keys(_report(event, "2025-03-01")) == {("AGREE", "mensah"), ("AGREE", "kouassi")}
    nobody = make_event("d1", 1, "AGREE", "sign", [], [], None)
    assert coref.blocking_keys(_report(nobody, "2025-03-01")) == {("AGREE", "doc", "d1")}


def test_the_score_prefers_the_report_that_agrees_on_more():
    a = make_event("d1", 0, "CONSULT", "visit", ["mensah"], ["togo"], "2025-04-10", "2025-04-12", trigger="visit")
    same = make_event("d2", 0, "CONSULT", "visit", ["mensah"], ["togo"], "2025-04-10", "2025-04-12", trigger="visit")
    vague = _dated(make_event("d3", 0, "CONSULT", "visit", ["mensah"], ["togo"], None, trigger="trip"),
                   "2025", "2025", "year")
    ra, rs, rv = _report(a, "2025-04-13"), _report(same, "2025-04-13"), _report(vague, "2025-09-01")
    assert coref.probability(ra, rs) > coref.probability(ra, rv)
    assert coref.same_event(ra, rs)


def test_average_link_keeps_apart_what_a_rule_rules_out_however_strong_the_chain():
    # two visits to Togo by the same minister, in April and in June, and an undated report between them
    april = make_event("d1", 0, "CONSULT", "visit", ["mensah"], ["togo"], "2025-04-10", trigger="visit")
    june = make_event("d2", 0, "CONSULT", "visit", ["mensah"], ["togo"], "2025-06-18", trigger="visit")
    undated = make_event("d3", 0, "CONSULT", "visit", ["mensah"], ["togo"], None, trigger="visit")
    clusters = cluster_events([_report(april, "2025-04-11"), _report(june, "2025-06-19"),
                               _report(undated, "2025-06-25")])
    assert not any({"d1:e0", "d2:e0"} <= {r.event.id for r in c.reports} for c in clusters)


def test_across_articles_a_one_sided_report_naming_only_a_country_needs_a_date_that_agrees():
    full = make_event("d1", 0, "COOPERATE", "cooperate", ["ghana"], ["togo"], None, trigger="cooperate")
    only_togo = make_event("d2", 0, "COOPERATE", "cooperate", [], ["togo"], None, trigger="cooperate")
    assert coref.incompatible(_report(full, "2025-03-01"), _report(only_togo, "2025-03-03"), PLACES) == "one-sided"
    dated = [_dated(e, "2025-02-27", "2025-02-27", "day") for e in (full, only_togo)]
    assert coref.incompatible(_report(dated[0], "2025-03-01"), _report(dated[1], "2025-03-03"), PLACES) is None
    by_name = make_event("d3", 0, "COOPERATE", "cooperate", ["mensah"], [], None, trigger="cooperate")
    with_mensah = make_event("d4", 0, "COOPERATE", "cooperate", ["mensah"], ["togo"], None, trigger="cooperate")
    assert coref.incompatible(_report(by_name, "2025-03-01"), _report(with_mensah, "2025-03-03"), PLACES) is None


def test_a_trigger_in_an_irregular_form_matches_its_regular_forms():
    met = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], "2025-03-04", trigger="met")
    meeting = make_event("d2", 0, "CONSULT", "meet", ["kouassi"], ["mensah"], "2025-03-04", trigger="meeting")
    shot = make_event("d3", 0, "ASSAULT", "", ["gunman"], ["guard"], None, trigger="shot")
    shooting = make_event("d4", 0, "ASSAULT", "", ["gunman"], ["guard"], None, trigger="shooting")
    assert coref.trigger_stems(met) == coref.trigger_stems(meeting) == frozenset({"meet"})
    assert coref.trigger_stems(shot) == coref.trigger_stems(shooting)
    assert coref.features(_report(met, "2025-03-05"), _report(meeting, "2025-03-05"))["same_trigger"] == 1.0


def test_articles_that_tell_one_story_are_alike_and_unrelated_ones_are_not():
    harbour = "Fishermen blocked the harbour of Tema for a third day to protest against the new fuel levy."
    harbour_again = "The blockade of Tema harbour by fishermen angry at the fuel levy entered its third day."
    budget = "Parliament in Lome passed the budget after a long debate over school spending and road repairs."
    bags = [stems(t) for t in (harbour, harbour_again, budget)]
    weights = idf(bags)
    protest = [make_event(f"d{n}", 0, "PROTEST", "", ["fishermen"], [], None, trigger="protest") for n in range(3)]
    reports = [Report(e, day("2025-03-05"), bag, weights) for e, bag in zip(protest, bags)]
    alike = coref.features(reports[0], reports[1])
    assert alike["alike_articles"] == 1.0 and alike["alike_same_trigger"] == 1.0
    assert coref.features(reports[0], reports[2])["alike_articles"] == 0.0


def test_a_veto_is_a_wall_in_a_cluster_and_a_rule_read_from_the_coder_only_scores_nothing():
    assert {"time", "mode", "status", "participants", "place", "statements", "another",
            "objects", "occasion", "turned", "sentence", "doers", "background"} == coref.VETOES
    assert not {"type", "one-sided", "unpinned"} & coref.VETOES
    # 'the Togolese side will cooperate' against a report of the same agreement naming both sides: the coder may
    # have missed a side, so it is not a wall, yet the pair alone scores nothing
    full = make_event("d1", 0, "COOPERATE", "cooperate", ["ghana"], ["togo"], None, trigger="cooperate")
    only_togo = make_event("d2", 0, "COOPERATE", "cooperate", [], ["togo"], None, trigger="cooperate")
    a, b = _report(full, "2025-03-01"), _report(only_togo, "2025-03-03")
    assert coref.incompatible(a, b, PLACES) == "one-sided" and coref.probability(a, b, PLACES) == 0.0


def test_names_and_numbers_of_an_article_leave_out_the_word_that_opens_a_sentence():
    found = names("Rescuers reached Bam on Friday. The quake of 2003 levelled the Citadel.\nWorkers cleared roads.")
    assert set(found) == {"bam", "friday", "2003", "citadel"}


def _story_reports(texts: list[str], event_of) -> list[Report]:
    bags = [stems(t) for t in texts]
    weights = idf(bags)
    return [Report(event_of(n), day("2025-03-05"), bag, weights, names(t))
            for n, (t, bag) in enumerate(zip(texts, bags))]


# two stories of one kind (a star enters rehab), each told by two articles, in our own words
_REHAB = [
    "The singer Mara Quill entered the Sunrise Clinic in Malibu on Monday, her publicist Dan Orr said.",
    "Mara Quill has checked into the Sunrise Clinic, Dan Orr told reporters, asking for privacy for Quill.",
    "Actor Tomas Brell checked into a clinic in Utah after his arrest in Denver, his agent Lia Hart said.",
    "Tomas Brell is in rehab in Utah, Lia Hart confirmed, days after police in Denver held Brell.",
]


def test_articles_of_another_story_of_the_same_kind_are_walled_apart():
    reports = _story_reports(_REHAB, lambda n: make_event(f"d{n}", 0, "", "", [], [], None, trigger="checked"))
    same, other = coref.story_similarity(reports[0], reports[1]), coref.story_similarity(reports[0], reports[2])
    assert same > coref.load_model().story > other
    story = coref.stories(reports, [0, 1, 2, 3], coref.load_model().story)
    assert story[0] == story[1] != story[2] == story[3]
    groups = {frozenset(reports[i].doc for i in g) for g in coref.cluster(reports, blocks=[[0, 1, 2, 3]])}
    assert not any({"d0", "d2"} <= g or {"d1", "d3"} <= g or {"d0", "d3"} <= g for g in groups)


def test_the_reports_of_one_article_or_of_articles_without_words_share_a_story():
    reports = _story_reports(_REHAB[:1] * 2, lambda n: make_event("d0", n, "", "", [], [], None, trigger="entered"))
    assert len(set(coref.stories(reports, [0, 1], 0.5).values())) == 1
    bare = [_report(make_event(f"d{n}", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None), "2025-03-05")
            for n in range(2)]
    assert coref.story_similarity(*bare) == 1.0 and len(set(coref.stories(bare, [0, 1], 0.5).values())) == 1


def test_sides_told_apart_only_by_names_another_report_may_give_otherwise_are_no_wall():
    # 'police held Brell' and 'deputies held Brell': generic agents, not two different doers
    agents = Actors(uncertain=frozenset({"police", "deputies"}))
    held = make_event("d1", 0, "COERCE", "", ["police"], ["brell"], None, trigger="held")
    again = make_event("d2", 0, "COERCE", "", ["deputies"], ["brell"], None, trigger="held")
    assert coref.incompatible(_report(held, "2025-03-05"), _report(again, "2025-03-05"), agents) is None
    # two named ministers are two meetings, and a mention the coder does not code is never walled by its sides
    assert coref.incompatible(_report(held, "2025-03-05"), _report(again, "2025-03-05")) == "participants"
    uncoded = [e.model_copy(update={"type": ""}) for e in (held, again)]
    assert coref.incompatible(_report(uncoded[0], "2025-03-05"), _report(uncoded[1], "2025-03-05")) is None


def test_in_one_article_two_statements_of_support_about_different_things_are_two():
    # the minister backs the neighbour on one matter, and further on, in other words, on another
    text = ("Mensah said Ghana endorses Togo's plan to widen the coastal highway. "
            "Mensah also said Ghana stands behind Togo as host of next year's regional summit.")
    road = make_event("d1", 0, "SUPPORT", "endorse", ["ghana"], ["togo"], None, trigger="endorses",
                      sentence="Mensah said Ghana endorses Togo's plan to widen the coastal highway.")
    summit = make_event("d1", 1, "SUPPORT", "endorse", ["ghana"], ["togo"], None, trigger="stands",
                        sentence="Mensah also said Ghana stands behind Togo as host of next year's regional summit.")
    reports = [_report(road, "2025-03-05", text), _report(summit, "2025-03-05", text)]
    assert coref.incompatible(*reports, PLACES) == "statements"
    assert len(cluster_events(reports, PLACES)) == 2


def test_a_statement_named_again_by_its_own_word_or_with_one_side_still_joins_the_first():
    text = ("Ghana endorses Togo's highway plan, Mensah said. "
            "Ghana endorses the plan because trade will grow, he added. The endorsement came as a surprise.")
    first = make_event("d1", 0, "SUPPORT", "endorse", ["ghana"], ["togo"], None, trigger="endorses",
                       sentence="Ghana endorses Togo's highway plan, Mensah said.")
    again = make_event("d1", 1, "SUPPORT", "endorse", ["ghana"], ["togo"], None, trigger="endorses",
                       sentence="Ghana endorses the plan because trade will grow, he added.")
    bare = make_event("d1", 2, "SUPPORT", "endorse", ["ghana"], [], None, trigger="endorsement",
                      sentence="The endorsement came as a surprise.")
    a, b, c = (_report(e, "2025-03-05", text) for e in (first, again, bare))
    assert coref.incompatible(a, b, PLACES) is None  # the same word: told again, not a new statement
    assert coref.incompatible(a, c, PLACES) is None  # one side only: a mention, not a statement of its own


def test_two_speakers_or_two_kinds_of_statement_in_one_article_are_not_one_speakers_two_statements():
    # two ministers each back the neighbour: not one speaker's two statements
    first = make_event("d1", 0, "SUPPORT", "endorse", ["mensah"], ["togo"], None, trigger="backed",
                       sentence="Mensah backed Togo's bid for the summit.")
    second = make_event("d1", 1, "SUPPORT", "endorse", ["owusu"], ["togo"], None, trigger="supports",
                        sentence="Owusu said he supports the bid too.")
    assert coref.incompatible(_report(first, "2025-03-05"), _report(second, "2025-03-05"), PLACES) != "statements"
    # praise and an endorsement by one speaker are left to the score (the coder may name one act two ways)
    praise = second.model_copy(update={"mode": "praise", "source": ["mensah"], "trigger": "praised"})
    assert coref.incompatible(_report(first, "2025-03-05"), _report(praise, "2025-03-05"), PLACES) is None
    # a denial told again as 'his claims' is not held apart: accusations are not in STATEMENTS
    denied = make_event("d1", 2, "ACCUSE", "disapprove", ["mensah"], ["kouassi"], None, trigger="denied",
                        sentence="Mensah denied the charges Kouassi made.")
    claims = make_event("d1", 3, "ACCUSE", "disapprove", ["mensah"], ["kouassi"], None, trigger="claims",
                        sentence="His claims did not convince Kouassi.")
    assert coref.incompatible(_report(denied, "2025-03-05"), _report(claims, "2025-03-05"), PLACES) is None


def test_two_meetings_named_by_two_words_in_one_article_are_not_held_apart_as_statements():
    met = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None, trigger="met",
                     sentence="Mensah met Kouassi in Accra.")
    talks = make_event("d1", 1, "CONSULT", "meet", ["kouassi"], ["mensah"], None, trigger="held … talks",
                       sentence="Kouassi held talks with Mensah for two hours.")
    assert coref.incompatible(_report(met, "2025-03-05"), _report(talks, "2025-03-05"), PLACES) is None


def test_a_pair_of_dated_articles_is_scored_by_the_weights_that_learned_what_articles_dates_say():
    # one weight set for reports whose articles both carry a publication date, the other for the rest
    model = coref.Model(weights={"same_trigger": 3.0}, intercept=-1.0, threshold=0.5,
                        dated=({"same_trigger": 3.0, "articles_apart": -8.0}, -1.0))
    first = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None, trigger="met")
    again = make_event("d2", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None, trigger="meeting")
    months_later = _report(again, "2025-09-20")
    assert coref.dated(_report(first, "2025-03-05"), months_later)
    assert not coref.dated(_report(first, None), months_later)
    assert coref.probability(_report(first, "2025-03-05"), months_later, model=model) < model.threshold
    assert coref.probability(_report(first, None), months_later, model=model) > model.threshold


def test_the_shipped_model_has_both_weight_sets_over_the_same_features():
    model = coref.load_model()
    assert model.dated is not None
    assert set(model.weights) == set(model.dated[0]) == set(coref.FEATURES)


# one star's rehab told twice, and another star's told in words close to the first telling
_TWO_STARS = [
    "The singer Mara Quill entered the Sunrise Clinic in Malibu on Monday, her publicist Dan Orr said.",
    "Mara Quill has checked into the Sunrise Clinic, Dan Orr told reporters, asking for privacy for Quill.",
    "The actor Tomas Brell entered a clinic in Malibu on Monday after his arrest, his publicist said.",
]


def test_story_similarities_of_many_articles_are_those_of_each_pair():
    reports = _story_reports(_REHAB + _TWO_STARS[2:], lambda n: make_event(f"d{n}", 0, "", "", [], [], None))
    matrix = coref.story_similarities(reports)
    for i, a in enumerate(reports):
        for j, b in enumerate(reports):
            if i != j:
                assert abs(matrix[i, j] - coref.story_similarity(a, b)) < 1e-9


def test_an_article_gathered_by_a_weaker_pair_shows_that_two_strongly_linked_reports_tell_two_stories():
    triggers = ["entered", "checked", "entered"]
    reports = _story_reports(_TWO_STARS, lambda n: make_event(f"d{n}", 0, "", "", [], [], None, trigger=triggers[n]))
    similar = coref.story_similarities(reports)
    # the two stars' first tellings look alike on their own; beside the first star's second telling they do not
    assert similar[0, 1] > similar[0, 2] > 0.25 > (similar[0, 2] + similar[1, 2]) / 2
    settings = dict(weights={"same_trigger": 4.0, "story_similarity": 2.0}, intercept=-2.5, threshold=0.6, story=0.25)
    alone, gathered = coref.Model(**settings), coref.Model(**settings, gather=0.2)
    assert coref.probability(reports[0], reports[2], model=alone) >= 0.6  # the same word: a strong pair
    assert 0.2 <= coref.probability(reports[0], reports[1], model=alone) < 0.6  # one story, other words: weaker
    assert [0, 2] in coref.cluster(reports, model=alone, blocks=[[0, 1, 2]])
    assert sorted(coref.cluster(reports, model=gathered, blocks=[[0, 1, 2]])) == [[0], [1], [2]]


def test_an_undated_report_is_not_compared_with_reports_of_articles_far_from_its_own():
    talks = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None, trigger="held … talks")
    again = make_event("d2", 0, "CONSULT", "meet", ["mensah"], ["kouassi"], None, trigger="held … talks")
    near, far = coref.NEAR_DAYS, coref.NEAR_DAYS + 1
    start = day("2025-01-01")

    def at(days):
        return Report(again, start + timedelta(days=days))

    assert coref.incompatible(Report(talks, start), at(near)) is None
    assert coref.incompatible(Report(talks, start), at(far)) == "apart"
    assert coref.incompatible(at(far), Report(talks, start)) == "apart"
    assert "apart" not in coref.VETOES  # like a one-sided report: a score of 0 in a cluster, not a wall
    # two dated reports are held apart by their dates alone; an article of no known date by nothing
    dated = _dated(talks, "2025-06-10", "2025-06-10", "day")
    assert coref.incompatible(Report(dated, start + timedelta(days=far)), Report(
        _dated(again, "2025-06-10", "2025-06-10", "day"), start + timedelta(days=far - 1))) is None
    assert coref.incompatible(Report(talks, None), at(10 * far)) is None
    # within one article nothing changes
    same = make_event("d1", 1, "CONSULT", "meet", ["mensah"], ["kouassi"], None, trigger="held … talks")
    assert not coref.apart(Report(talks, start), Report(same, start))


def test_the_pairs_a_large_block_compares_are_every_pair_the_time_bound_leaves():
    import random

    rnd = random.Random(3)
    reports = []
    for k in range(150):  # two reports an article; some dated, some articles of no known date
        dated = None if rnd.random() < 0.7 else f"2025-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
        event = make_event(f"d{k // 2}", k % 2, "CONSULT", "meet", ["mensah"], ["kouassi"], dated)
        published = reports[-1].published if k % 2 else \
            None if rnd.random() < 0.1 else day("2025-01-01") + timedelta(days=rnd.randint(0, 300))
        reports.append(Report(event, published))
    block = list(range(len(reports)))
    rnd.shuffle(block)
    every = [(i, j) for n, i in enumerate(block) for j in block[n + 1:] if not coref.apart(reports[i], reports[j])]
    assert list(coref._near_pairs(block, reports)) == every
    assert len(every) < len(block) * (len(block) - 1) // 2
