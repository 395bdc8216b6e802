from dossier.merge import merge
from dossier.merge.events import Report, cluster_events, merge_events
from dossier.merge.intervals import day
from dossier.model import DateValue

from tests.conftest import make_event


def test_one_visit_reported_twice_is_one_event_with_a_date_conflict(two_reports):
    record = merge(two_reports)
    visits = [e for e in record.events if e.mode == "visit"]
    assert len(visits) == 1
    visit = visits[0]
    assert {ev.doc for ev in visit.evidence} == {"docA", "docB"}
    assert visit.status == "occurred"  # a later report says the planned visit happened
    (conflict,) = [c for c in record.conflicts if c.field == "date"]
    assert conflict.about == visit.id
    assert {(v.value, v.doc) for v in conflict.values} == {
        ("2024-06-25/2024-06-29", "docA"), ("2024-06-23/2024-06-28", "docB")}


def test_entities_are_one_per_id_with_aliases_united(two_reports):
    record = merge(two_reports)
    ids = [e.id for e in record.entities]
    assert sorted(ids) == ["CHN", "per:president"]
    assert "Torres" in next(e for e in record.entities if e.id == "per:president").aliases


def test_same_measure_with_two_values_is_a_fact_conflict(two_reports):
    record = merge(two_reports)
    (conflict,) = [c for c in record.conflicts if c.field == "value"]
    assert sorted(v.value for v in conflict.values) == ["3.6e+10 USD", "3.7e+10 USD"]


def test_meetings_months_apart_stay_two_events():
    june = make_event("d1", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-06-28")
    november = make_event("d2", 0, "CONSULT", "meet", ["Y"], ["X"], "2024-11-14")
    clusters = cluster_events([Report(june, day("2024-06-29")), Report(november, day("2024-11-15"))])
    assert len(clusters) == 2


def test_undated_report_joins_the_dated_event_its_article_date_allows():
    dated = make_event("d1", 0, "AGREE", "sign", ["X"], ["Y"], "2024-06-26")
    undated_soon = make_event("d2", 0, "AGREE", "sign", ["Y"], ["X"], None)
    undated_late = make_event("d3", 0, "AGREE", "sign", ["X"], ["Y"], None)
    clusters = cluster_events([Report(dated, day("2024-06-27")), Report(undated_soon, day("2024-07-04")),
                               Report(undated_late, day("2025-03-01"))])
    sizes = sorted(len(c.reports) for c in clusters)
    assert sizes == [1, 2]


def test_day_inside_a_reported_month_is_precision_not_disagreement():
    a = make_event("d1", 0, "CONSULT", "visit", ["X"], ["Y"], "2024-11-14")
    b = make_event("d2", 0, "CONSULT", "visit", ["X"], ["Y"], None)
    b = b.model_copy(update={"date": a.date.model_copy(update={"start": "2024-11", "end": "2024-11",
                                                                "precision": "month"})})
    from dossier.merge.events import merge_events
    events, conflicts = merge_events([Report(a, day("2024-11-15")), Report(b, day("2024-12-01"))])
    assert len(events) == 1 and conflicts == []
    assert events[0].date.start == "2024-11-14"


def test_the_articles_own_dates_are_no_disagreement_about_the_act():
    # a signing dated by an article of the next day, repeated without a date by an article a week later: the
    # articles' days differ from the act's and from each other, which says nothing about when it happened
    dated = make_event("d1", 0, "AGREE", "sign", ["X"], ["Y"], "2024-06-26")
    undated = make_event("d2", 0, "AGREE", "sign", ["Y"], ["X"], None)
    (event,), conflicts = merge_events([Report(dated, day("2024-06-27")), Report(undated, day("2024-07-04"))])
    assert conflicts == [] and event.date.start == "2024-06-26"
    assert {ev.doc: ev.published for ev in event.evidence} == {"d1": "2024-06-27", "d2": "2024-07-04"}

def test_duplicate_documents_add_no_events(two_reports):
    dup = two_reports[1]
    dup.document = dup.document.model_copy(update={"duplicate_of": "docA"})
    record = merge(two_reports)
    assert all({ev.doc for ev in e.evidence} == {"docA"} for e in record.events)
    assert len(record.documents) == 2


def test_stories_chain_events_of_one_pair(two_reports):
    record = merge(two_reports)
    (story,) = record.stories
    assert len(story.events) == 2
    assert story.title.startswith("China – PER: visit, meet (Jun 2024)")  # sides are countries when known


def test_a_visit_dated_after_every_report_stays_planned():
    from dossier.merge.events import merge_events
    verb = make_event("d1", 0, "CONSULT", "visit", ["X"], ["Y"], "2024-06-25", "2024-06-29", status="planned")
    noun = make_event("d1", 1, "CONSULT", "visit", ["X"], ["Y"], None, status="occurred")
    events, _ = merge_events([Report(verb, day("2024-06-24")), Report(noun, day("2024-06-24"))])
    assert [e.status for e in events] == ["planned"]


def test_a_later_report_that_it_happened_makes_it_occurred():
    from dossier.merge.events import merge_events
    before = make_event("d1", 0, "CONSULT", "visit", ["X"], ["Y"], "2024-11-13", status="planned")
    after = make_event("d2", 0, "CONSULT", "visit", ["X"], ["Y"], "2024-11-13", status="occurred")
    events, _ = merge_events([Report(before, day("2024-11-12")), Report(after, day("2024-11-14"))])
    assert [e.status for e in events] == ["occurred"]
    assert {ev.doc for ev in events[0].evidence} == {"d1", "d2"}


def test_a_recap_in_an_article_dated_only_by_its_content_confirms_the_planned_meeting():
    # the recap's article has no date of its own; its content shows it was written in November at the earliest
    plan = make_event("d1", 0, "CONSULT", "meet", ["X"], ["Y"], None, status="planned")
    recap = make_event("d2", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-06", status="occurred")
    plan.confidence, recap.confidence = 0.9, 0.6
    events, _ = merge_events([Report(plan, day("2024-06-24")),
                              Report(recap, None, written_after=day("2024-11-01"))])
    assert [e.status for e in events] == ["occurred"]


def test_a_content_date_before_the_meeting_proves_nothing_and_cannot_make_it_planned():
    plan = make_event("d1", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-06-28", status="planned")
    early = make_event("d2", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-06-28", status="occurred")
    plan.confidence, early.confidence = 0.9, 0.6
    events, _ = merge_events([Report(plan, day("2024-06-24")), Report(early, None, written_after=day("2024-06-01"))])
    assert [e.status for e in events] == ["planned"]  # the more confident report, as before


def test_the_lower_bound_of_an_article_dated_by_its_content_does_not_date_its_reports():
    from dossier.merge.reports import document_reports
    from dossier.model import Document

    event = make_event("d1", 0, "CONSULT", "meet", ["X"], ["Y"], None)
    document = Document(id="d1", source="d1", text="Some text.", published="2024-11-01", published_inferred=True,
                        published_basis="content")
    (report,) = document_reports(document, [event])
    assert (report.published, report.earliest) == (None, day("2024-11-01"))


def test_a_report_naming_fewer_participants_joins_the_fuller_one():
    full = make_event("d1", 0, "CONSULT", "visit", ["X"], ["Y"], "2024-06-25", "2024-06-29")
    partial = make_event("d2", 0, "CONSULT", "visit", ["X"], [], "2024-06-25")
    other = make_event("d3", 0, "CONSULT", "visit", ["X"], ["Z"], "2024-06-26")
    clusters = cluster_events([Report(full, day("2024-06-30")), Report(partial, day("2024-06-30")),
                               Report(other, day("2024-06-30"))])
    assert sorted(len(c.reports) for c in clusters) == [1, 2]


def test_a_report_with_roles_the_other_way_round_is_turned_not_mixed():
    from dossier.merge.events import merge_events
    a = make_event("d1", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-06-28")
    b = make_event("d2", 0, "CONSULT", "meet", ["Y"], ["X"], "2024-06-28")
    (event,), _ = merge_events([Report(a, day("2024-06-29")), Report(b, day("2024-06-30"))])
    assert (event.source, event.target) == (["X"], ["Y"])


def test_the_same_figure_in_two_articles_is_one_fact_and_a_timeless_report_joins_the_dated_one():
    from dossier.merge.facts import merge_facts
    from dossier.model import DateValue, Evidence, Fact

    def fact(doc, time):
        return Fact(id=f"{doc}:f0", subject=["A", "B"], measure="stake", value=60, unit="percent",
                    time=DateValue(start=time, end=time, precision="year") if time else None,
                    evidence=[Evidence(doc=doc, text=f"A holds 60% of B ({doc}).")])

    merged, conflicts = merge_facts([fact("d1", "2019"), fact("d2", None), fact("d3", None)])
    assert len(merged) == 1 and conflicts == []
    assert merged[0].time.start == "2019" and len(merged[0].evidence) == 3
    two_years, _ = merge_facts([fact("d1", "2019"), fact("d2", "2021"), fact("d3", None)])
    assert len(two_years) == 3  # a timeless report cannot say which of the two it repeats


def test_meetings_with_different_counterparts_on_overlapping_dates_stay_apart():
    # a year-long report of meetings with Y and Z may join one of them, never pull the two together
    wide = make_event("d1", 0, "CONSULT", "meet", ["X"], ["Y", "Z"], "2024-01-01", "2024-12-31")
    with_y = make_event("d2", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-06-28")
    with_z = make_event("d3", 0, "CONSULT", "meet", ["X"], ["Z"], "2024-06-26")
    clusters = cluster_events([Report(e, day("2024-07-01")) for e in (wide, with_y, with_z)])
    assert not any({"d2:e0", "d3:e0"} <= {r.event.id for r in c.reports} for c in clusters)


def test_a_vague_year_long_date_does_not_pull_separate_meetings_together():
    from dossier.model import DateValue
    vague = make_event("d1", 0, "CONSULT", "meet", ["X"], ["Y"], None)
    vague = vague.model_copy(update={"date": DateValue(start="2023-11-12", end="2024-11-12", precision="vague")})
    june = make_event("d2", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-06-28")
    november = make_event("d3", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-11-14")
    clusters = cluster_events([Report(vague, day("2024-11-12")), Report(june, day("2024-06-29")),
                               Report(november, day("2024-11-15"))])
    june_cluster = next(c for c in clusters if any(r.event is june for r in c.reports))
    assert [r.event.id for r in june_cluster.reports] == [june.id]  # the vague report never joins June's



def _dated(event, start, precision):
    return event.model_copy(update={"date": DateValue(start=start, end=start, precision=precision)})


def test_a_year_that_excludes_the_other_date_keeps_two_signings_apart():
    # an old treaty signed "in 2009" and its upgrade signed in November 2024, reported by one undated article
    old = _dated(make_event("d1", 0, "AGREE", "sign", ["X"], ["Y"], None), "2009", "year")
    upgrade = _dated(make_event("d1", 1, "AGREE", "sign", ["X"], ["Y"], None), "2024-11", "month")
    events, conflicts = merge_events([Report(old, None), Report(upgrade, None)])
    assert len(events) == 2 and conflicts == []


def test_a_year_that_contains_the_other_date_may_still_join():
    vague = _dated(make_event("d1", 0, "CONSULT", "visit", ["X"], ["Y"], None), "2024", "year")
    exact = make_event("d2", 0, "CONSULT", "visit", ["X"], ["Y"], "2024-11-14")
    clusters = cluster_events([Report(exact, day("2024-11-15")), Report(vague, day("2024-11-20"))])
    assert [len(c.reports) for c in clusters] == [2]


def test_an_undated_plan_does_not_join_an_act_years_before_its_article():
    treaty = _dated(make_event("d1", 0, "AGREE", "sign", ["X"], ["Y"], None), "2009", "year")
    plan = make_event("d2", 0, "AGREE", "sign", ["Y"], ["X"], None, status="planned")
    clusters = cluster_events([Report(treaty, day("2024-11-20")), Report(plan, day("2024-11-12"))])
    assert len(clusters) == 2


def test_an_act_said_to_start_on_a_day_may_run_on_and_is_no_disagreement():
    from dossier.merge.intervals import interval, label
    starts = DateValue(start="2024-11-13", end=None, precision="day")
    assert label(starts) == "2024-11-13/.."
    assert interval(starts) == (day("2024-11-13"), day("2024-11-20"))
    announced = _dated(make_event("d1", 0, "CONSULT", "visit", ["X"], ["Y"], None, status="planned"),
                       "2024-11-13", "day").model_copy(update={"date": starts})
    arrived = make_event("d2", 0, "CONSULT", "visit", ["X"], ["Y"], "2024-11-14")
    events, conflicts = merge_events([Report(announced, day("2024-11-12")), Report(arrived, day("2024-11-14"))])
    assert len(events) == 1 and conflicts == []


def test_a_visit_to_a_city_and_a_visit_to_its_country_on_the_same_day_are_one_visit():
    to_city = make_event("d1", 0, "CONSULT", "visit", ["X"], ["lima"], "2024-11-14")
    to_country = make_event("d2", 0, "CONSULT", "visit", ["X"], ["peru"], "2024-11-14")
    elsewhere = make_event("d3", 0, "CONSULT", "visit", ["X"], ["quito"], "2024-11-14")
    reports = [Report(e, day("2024-11-15")) for e in (to_city, to_country, elsewhere)]
    clusters = cluster_events(reports, places={"lima": "peru", "quito": "ecuador"})
    assert sorted(len(c.reports) for c in clusters) == [1, 2]
    assert len(cluster_events(reports)) == 3  # without knowing where Lima is, nothing joins


def test_places_are_mapped_to_the_country_actor_of_the_record():
    from dossier.merge.record import _places_in_countries
    from dossier.model import Entity
    lima = Entity(id="lima", name="Lima", type="GPE", kind="place", country="PER")
    peru = Entity(id="peru", name="Peru", type="GPE", kind="government", country="PER")
    quito = Entity(id="quito", name="Quito", type="GPE", kind="place", country="ECU")
    assert _places_in_countries([lima, peru, quito]) == {"lima": "peru"}


def test_a_side_one_report_states_is_not_inferred_in_the_merged_event():
    # one article leaves the host to its dateline (inferred), another names it in the sentence: the merged event's
    # target is stated; a side every report took from its story stays inferred
    guessed = make_event("d1", 0, "AGREE", "sign", ["X"], ["Y"], "2024-06-26").model_copy(
        update={"inferred": ["target"]})
    stated = make_event("d2", 0, "AGREE", "sign", ["X"], ["Y"], "2024-06-26")
    (event,), _ = merge_events([Report(guessed, day("2024-06-27")), Report(stated, day("2024-06-27"))])
    assert event.inferred == []
    alone = make_event("d3", 0, "AGREE", "sign", ["X"], ["Y"], "2024-06-26").model_copy(
        update={"inferred": ["target"]})
    (event,), _ = merge_events([Report(alone, day("2024-06-27"))])
    assert event.inferred == ["target"]


def _before(event, end: str):
    """The event told as done before a day: a date with an end and no start."""
    return event.model_copy(update={"date": DateValue(start=None, end=end, precision="day", text="before the vote")})


def test_an_act_told_as_done_before_a_day_keeps_that_bound():
    alone = _before(make_event("d1", 0, "AGREE", "sign", ["X"], ["Y"], None), "2024-06-04")
    (event,), conflicts = merge_events([Report(alone, day("2024-06-10"))])
    assert (event.date.start, event.date.end) == (None, "2024-06-04") and conflicts == []
    from dossier.merge.intervals import label
    assert label(event.date) == "../2024-06-04"


def test_a_first_day_told_wins_over_a_bound_and_is_no_disagreement():
    bound = _before(make_event("d1", 0, "AGREE", "sign", ["X"], ["Y"], None), "2024-06-04")
    dated = make_event("d2", 0, "AGREE", "sign", ["X"], ["Y"], "2024-06-02")
    (event,), conflicts = merge_events([Report(bound, day("2024-06-10")), Report(dated, day("2024-06-03"))])
    assert event.date.start == "2024-06-02" and conflicts == []


def test_an_act_told_only_as_possible_and_dated_after_every_report_stays_hypothetical():
    # "could be signed in August", "may need to hold talks in September": a possibility, not a plan
    for mode in ("sign", "meet"):
        maybe = make_event("d1", 0, "AGREE", mode, ["X"], ["Y"], "2024-08-12", status="hypothetical")
        events, _ = merge_events([Report(maybe, day("2024-06-24"))])
        assert [e.status for e in events] == ["hypothetical"]


def test_a_told_act_dated_after_every_report_is_planned_beside_a_possible_one():
    # one report tells the talks as set for August, another as possible: planned, as before
    told = make_event("d1", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-08-12", status="occurred")
    maybe = make_event("d2", 0, "CONSULT", "meet", ["X"], ["Y"], "2024-08-12", status="hypothetical")
    events, _ = merge_events([Report(told, day("2024-06-24")), Report(maybe, day("2024-06-25"))])
    assert [e.status for e in events] == ["planned"]
