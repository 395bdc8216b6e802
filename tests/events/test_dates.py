"""Which time expression dates an event, in sentences written for these tests (article dates given)."""

import pytest

from tests.events.conftest import only


def _dates(code, text, published):
    events, _ = code(text, published)
    return {(e.mode, e.date.start if e.date else None, e.date.end if e.date else None) for e in events}


@pytest.mark.parametrize("text", [
    "Brazil and Chile signed a protocol upgrading their 1998 fisheries pact.",
    "Chile and Brazil signed a memorandum on a joint plan for 2025-2030.",
])
def test_a_year_that_dates_the_thing_signed_does_not_date_the_signing(code, text):
    assert _dates(code, text, "2024-06-27") == {("sign", None, None)}


def test_a_when_clause_takes_the_time_it_hangs_on(code):
    found = _dates(code, "The talks follow Lula's visit to Chile in March 2024, when Brazil and Chile signed a "
                         "fisheries pact.", "2024-06-27")
    assert ("sign", "2024-03", "2024-03") in found


def test_a_where_clause_takes_the_time_of_its_main_clause(code):
    found = _dates(code, "Her final day in Japan, June 28, was spent in Osaka, where she met Fumio Kishida.",
                   "2024-07-04")
    assert ("meet", "2024-06-28", "2024-06-28") in found


def test_a_relative_clause_on_the_trigger_phrase_dates_it(code):
    found = _dates(code, "Brazil expects to sign many accords during Lula's state visit to Chile, which starts "
                         "on Wednesday.", "2024-11-12")
    assert any(mode == "visit" and start == "2024-11-13" for mode, start, _ in found)


def test_a_time_attached_to_the_verb_still_wins(code):
    assert _dates(code, "Chile and Brazil signed a protocol on Tuesday that revises their 1998 trade agreement.",
                  "2024-06-27") == {("sign", "2024-06-25", "2024-06-25")}


def test_a_year_on_a_listed_thing_does_not_date_the_signing_even_when_the_list_hangs_on_the_verb(code):
    found = _dates(code, "Lula and Boric signed accords to deepen ties, among them protocols for exporting Chilean "
                         "cherries to Brazil and a memorandum on a Joint Action Plan for 2025-2030.", "2024-06-27")
    assert ("sign", "2025", "2030") not in found


@pytest.mark.parametrize("text", [
    "Brazil expects to sign many accords during Lula's state visit to Chile, which starts on Wednesday.",
    "Lula begins a state visit to Chile on Wednesday.",
])
def test_a_day_on_which_an_act_starts_leaves_its_end_open(code, text):
    assert ("visit", "2024-11-13", None) in _dates(code, text, "2024-11-12")


def test_a_day_on_which_an_act_happens_is_its_start_and_end(code):
    assert ("visit", "2024-11-13", "2024-11-13") in _dates(code, "Lula will visit Chile on Wednesday.", "2024-11-12")


def test_an_event_noun_with_its_own_date_dates_the_act_told_in_its_when_clause(code):
    events, _ = code("Critics pointed to the June 12 phone call with Boric, when Lula urged Chile to lower its "
                     "tariffs.", "2024-06-27")
    urged = [e for e in events if e.trigger == "urged"]
    assert urged and urged[0].date is not None and urged[0].date.start == "2024-06-12"


def test_a_time_inside_a_reported_clause_does_not_date_the_report(code):
    found = _dates(code, "Boric promised that Chile would double its copper exports to Brazil by 2030.",
                   "2024-06-27")
    assert found and all(start != "2030" for _, start, _ in found)


def test_a_time_of_a_later_clause_with_its_own_subject_does_not_date_the_first(code):
    found = _dates(code, "Chile and Brazil have been expected to sign a fisheries pact for months, but the "
                         "negotiations stalled last week.", "2024-06-27")
    assert found and all(start is None for _, start, _ in found)


def test_a_time_that_describes_a_thing_does_not_date_the_act(code):
    events, _ = code("Brazil criticised Chile's decree extending the fishing ban through August 30.", "2024-06-27")
    criticism = [e for e in events if e.trigger == "criticised"]
    assert criticism and criticism[0].date is None


def test_a_scheduled_trip_in_the_present_tense_is_planned_for_the_coming_day(code):
    events, _ = code("Lula, who flies to Santiago on Monday, said the talks would cover fisheries.", "2024-06-27")
    visit = [e for e in events if e.date is not None]
    assert visit and visit[0].date.start == "2024-07-01" and visit[0].status == "planned"


def test_a_past_act_joined_to_a_reported_would_clause_takes_the_reporting_day(code):
    events, _ = code("Chile said yesterday it would protect its fishing grounds and urged Peru to accept arbitration.",
                     "2024-06-27")
    urged = [e for e in events if e.trigger == "urged"]
    assert urged and urged[0].date is not None and urged[0].date.start == "2024-06-26"


def test_an_act_with_a_when_clause_of_its_own_takes_that_clause_s_time(code):
    events, _ = code("Two border guards were wounded when Chilean troops shelled the post this morning.", "2024-06-27")
    wounded = [e for e in events if e.trigger == "wounded"]
    assert wounded and wounded[0].date is not None and wounded[0].date.start == "2024-06-27"


@pytest.mark.parametrize("text, trigger, day", [
    ("Chile is expected to reject the offer when the envoys meet on Friday.", "reject", "2024-06-28"),
    ("Bolivia is likely to demand compensation from Peru when the commission sits next Monday.", "demand",
     "2024-07-01"),
])
def test_a_when_clause_on_the_act_s_own_verb_below_its_clause_head_dates_it(code, text, trigger, day):
    events, _ = code(text, "2024-06-27")
    found = [e for e in events if e.trigger == trigger]
    assert found and found[0].date is not None and found[0].date.start == day, [(e.trigger, e.date) for e in events]


def test_a_when_clause_on_another_verb_does_not_date_the_act(code):
    events, _ = code("Chile rejected the offer that Peru had made when the envoys met on Friday.", "2024-06-27")
    found = [e for e in events if e.trigger == "rejected"]
    assert found and found[0].date is None, [(e.trigger, e.date) for e in events]


def test_a_day_that_modifies_a_noun_does_not_date_a_later_act(code):
    events, _ = code("Boric's remarks Tuesday followed a letter from farm groups urging Brazil to lift the ban.",
                     "2024-06-27")
    urging = [e for e in events if e.trigger == "urging"]
    assert urging and urging[0].date is None


@pytest.mark.parametrize("text", [
    "Chile has expelled three Peruvian diplomats in recent days, officials said.",
    "Chile will send troops to the Peruvian border over the next few months.",
    "Chile recently expelled three Peruvian diplomats.",
])
def test_an_indefinite_window_dates_no_act(code, text):
    events, _ = code(text, "2024-06-19")
    assert events and all(e.date is None for e in events), [(e.type, e.date) for e in events]


def test_a_week_told_of_a_done_act_ends_and_one_of_an_act_to_come_starts_at_the_article_date(code):
    events, _ = code("Kenya's trade minister met Japanese officials in Tokyo this week.", "2024-06-19")
    assert [(e.date.start, e.date.end) for e in events] == [("2024-06-17", "2024-06-19")]
    events, _ = code("Kenya's trade minister will meet Japanese officials in Tokyo this week.", "2024-06-19")
    assert [(e.date.start, e.date.end) for e in events] == [("2024-06-19", "2024-06-23")]


def test_an_act_its_speaker_tells_as_under_way_takes_the_statement_date(code):
    events, _ = code("The Kenyan president told reporters on Monday he was expelling the Ugandan envoy.",
                     "2024-06-19")
    assert [e.date.start for e in events if e.date] == ["2024-06-17"], [(e.type, e.date) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya said on Monday that it had expelled the Ugandan envoy.",
    "A Nairobi daily reported on Monday that Kenya is expelling the Ugandan envoy.",
])
def test_an_act_a_dated_statement_reports_as_done_before_or_to_come_is_not_dated_by_it(code, text):
    events, _ = code(text, "2024-06-19")
    assert events and all(e.date is None for e in events), [(e.type, e.date) for e in events]


def test_a_when_clause_after_an_owned_date_takes_that_date(code):
    events, _ = code("Lawmakers asked about Ruiz's March 3 phone call with Boric, when he urged Chile to expel the "
                     "Peruvian envoy.", "2024-06-19")
    assert [e.date.start if e.date else None for e in events if e.type == "REQUEST" and e.trigger == "urged"] \
        == ["2024-03-03"], [(e.type, e.trigger, e.date) for e in events]


def test_the_deadline_of_an_agreed_act_does_not_date_the_agreement(code):
    events, _ = code("Kenya and Uganda agreed to withdraw their troops from the border by December.", "2024-11-19")
    assert [e.date for e in events if e.type == "AGREE"] == [None], [(e.type, e.date) for e in events]


def test_a_deed_put_on_said_is_dated_by_what_is_said(nlp):
    from dossier.events.dates import event_date
    doc = nlp.make_doc("The admiral said on Monday the Chilean frigate would sail into the disputed waters on Friday.")
    doc._.published = "2024-06-19"
    doc = nlp(doc)
    said = next(t for t in doc if t.lower_ == "said")
    sent = next(doc.sents)
    assert event_date([said], sent, doc._.timexes, ptype="MOBILIZE").start == "2024-06-21"
    assert event_date([said], sent, doc._.timexes, ptype="REQUEST").start == "2024-06-17"


def _agree_dates(code, text):
    events, _ = code(text, "2024-06-27")
    return [e.date.start if e.date else None for e in events if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Kenya and Uganda have signed a border agreement. Tuesday's signing ended a year of disputes.",
    "Kenya and Uganda have signed a border agreement. The signing took place on Tuesday in Nairobi.",
    "Kenya and Uganda have signed a border agreement. The signing came at a ceremony on Tuesday in Nairobi.",
])
def test_an_undated_act_takes_the_date_a_later_sentence_names_it_with(code, text):
    assert _agree_dates(code, text) == ["2024-06-25"]


def test_an_undated_act_takes_the_date_of_its_own_noun_in_a_later_sentence(code):
    events, _ = code("The Chilean senate has approved the fisheries treaty with Argentina. Approval came in a vote "
                     "on Wednesday.", "2024-06-27")
    assert [e.date.start if e.date else None for e in events if e.trigger == "approved"] == ["2024-06-26"]


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Uganda have signed a border agreement, and Kenya signed a trade deal with Ethiopia. Tuesday's "
     "signing ended a year of disputes.", [None, None]),  # two acts the signing could name
    ("Kenya and Uganda signed a border agreement on Monday. Tuesday's signing ended a year of disputes.",
     ["2024-06-24"]),  # the act has a date of its own
    ("Kenya and Uganda have signed a border agreement. Last year's agreement between them had collapsed.",
     [None]),  # a date far from the article names another act
])
def test_a_later_date_is_not_carried_to_an_act_it_may_not_name(code, text, expected):
    assert _agree_dates(code, text) == expected


def test_a_later_act_done_to_the_named_act_does_not_date_it(code):
    events, _ = code("The Chilean senate has approved the fisheries treaty with Argentina. The approval was "
                     "criticised by fishermen on Wednesday.", "2024-06-27")
    assert [e.date for e in events if e.trigger == "approved"] == [None]


@pytest.mark.parametrize("text, start", [
    ("Kenya said last week it would impose tariffs on Ugandan sugar.", "1987-03-16"),
    ("Kenya vowed on Monday to retaliate against Uganda.", "1987-03-23"),
    ("Kenya said on Monday that it would expel the Ugandan envoy.", "1987-03-23"),  # the expulsion is to come
])
def test_a_threat_is_dated_by_its_uttering_not_by_the_act_it_announces(code, text, start):
    events, _ = code(text, "1987-03-24")
    assert [(e.type, e.date.start if e.date else None) for e in events] == [("THREATEN", start)]


def test_a_threat_whose_uttering_is_undated_takes_no_date_from_the_act_it_announces(code):
    events, _ = code("Kenya said it would impose tariffs on Ugandan sugar from July 1.", "1987-03-24")
    assert [(e.type, e.date) for e in events] == [("THREATEN", None)]


def test_mentions_of_one_signing_by_the_states_and_by_their_ministers_take_the_later_days_date(code):
    events, _ = code("Kenya and Uganda signed a border accord. The accord was signed by foreign ministers Raychelle "
                     "Omamo and Sam Kutesa after two years of talks. Under today's accord, the two will share the "
                     "lake's fisheries.", "2024-06-27")
    assert [e.date.start if e.date else None for e in events if e.type == "AGREE"] == ["2024-06-27", "2024-06-27"]


def test_an_act_named_again_as_the_subject_of_a_passive_doing_verb_takes_its_time(code):
    events, _ = code("Kenya has offered Uganda two patrol boats, officials said. The offer was extended last week "
                     "during a visit by the navy chief, they told reporters on Monday.", "2024-06-27")
    assert [(e.date.start, e.date.end) for e in events if e.trigger == "offered"] == [("2024-06-17", "2024-06-23")]


def test_a_noun_with_its_own_day_dates_the_undated_act_put_on_the_saying_of_its_sentence(nlp):
    from dossier.events.story_dates import date_back
    from dossier.model import Event

    doc = nlp.make_doc("The terms of today's agreement on the lake's fisheries will be published next month, the "
                       "Kenyan ambassador to Uganda said.")
    doc._.published = "2024-06-27"
    for _name, stage in nlp.pipeline:
        doc = stage(doc)
    said = next(t for t in doc if t.lower_ == "said")
    event = Event(id="t:e1", type="AGREE", mode="agree", source=["KEN"], target=["UGA"], status="planned")
    date_back(doc, [event], lambda _doc, _event: said)  # coded on "said", planned by "will be published"
    assert event.date is not None and event.date.start == "2024-06-27"
    assert event.status == "occurred"  # today's agreement is made: only its publication is still to come


@pytest.mark.parametrize("text, start", [
    ("Kenya said on Tuesday it had closed the border with Uganda on Sunday.", "1987-03-22"),
    ("Kenya said on Tuesday it had closed the border with Uganda.", None),  # done before it was said
    ("Kenya said on Tuesday it was closing the border with Uganda.", "1987-03-24"),  # under way as it was said
])
def test_a_time_right_after_the_saying_dates_the_saying_not_the_act_reported(code, text, start):
    events, _ = code(text, "1987-03-24")
    assert [e.date.start if e.date else None for e in events if e.type == "SANCTION"] == [start]


@pytest.mark.parametrize("text", [
    "Kenya said that on Sunday its soldiers had closed the border with Uganda.",
    "The Kenyan minister said that on Sunday the army closed the border with Uganda.",
])
def test_a_time_after_the_that_of_a_report_dates_the_act_reported(code, text):
    # after "that" the time opens the reported clause: the closing's day, not the saying's
    events, _ = code(text, "1987-03-24")
    assert [e.date.start if e.date else None for e in events if e.type == "SANCTION"] == ["1987-03-22"]


def test_a_day_the_model_runs_into_the_next_phrase_still_dates_the_act(code):
    events, _ = code("Kenya closed its border with Uganda on Sunday, two days after Ugandan troops crossed it.",
                     "1987-03-24")
    assert [e.date.start if e.date else None for e in events if e.type == "SANCTION"] == ["1987-03-22"]


@pytest.mark.parametrize("text", [
    "In a statement on Monday, Kenya condemned the raid on its embassy in Kampala.",
    "Kenya condemned the raid at a news conference on Monday.",
])
def test_the_day_of_the_occasion_an_act_was_done_at_dates_it(code, text):
    events, _ = code(text, "1987-03-24")
    assert [e.date.start if e.date else None for e in events if e.type == "ACCUSE"] == ["1987-03-23"]


def test_the_day_of_talks_the_act_came_after_does_not_date_it(code):
    events, _ = code("Kenya signed the pact with Uganda after talks on Sunday.", "1987-03-24")
    assert [e.date for e in events if e.type == "AGREE"] == [None]


def test_a_day_after_the_occasion_without_on_dates_the_act(code):
    found = _dates(code, "Kenya and Uganda signed the accord at a ceremony Tuesday in Nairobi.", "2024-05-16")
    assert ("sign", "2024-05-14", "2024-05-14") in found


def test_a_time_in_a_before_clause_dates_the_other_act(code):
    found = _dates(code, "Before becoming a minister last year, Ruiz often criticised the Chilean government.",
                   "2024-05-16")
    assert found and all(start is None for _, start, _ in found)


def test_a_time_in_the_act_s_own_clause_still_dates_it_beside_an_after_clause(code):
    found = _dates(code, "Ruiz criticised the Chilean government on Monday after meeting the unions last week.",
                   "2024-05-16")
    assert {(start, end) for _, start, end in found} == {("2024-05-13", "2024-05-13"), ("2024-05-06", "2024-05-12")}


def test_a_time_inside_a_quotation_does_not_date_the_saying(nlp):
    from dossier.events.dates import event_date

    text = "\u201cOver the past two years, the mayor has ignored the farmers,\u201d said Senator Alvarez{}."
    for tail, start in (("", None), (" on Tuesday", "2024-05-14")):
        doc = nlp.make_doc(text.format(tail))
        doc._.published = "2024-05-16"
        doc = nlp(doc)
        said = next(t for t in doc if t.lower_ == "said")
        value = event_date([said], said.sent, doc._.timexes, ptype="ACCUSE")
        assert (value.start if value else None) == start


@pytest.mark.parametrize("text, start", [
    ("Kenya said on Monday that its army was ready to repel any attack by Uganda.", "2024-05-13"),
    ("Kenya said on Monday that Uganda had threatened to close the border.", None),
    ("Kenyan media reported on Monday that Uganda had threatened to close the border.", None),
    ("Kenyan media reported on Monday that Uganda is ready to repel any attack.", None),
])
def test_a_speech_act_in_what_a_dated_statement_says_is_dated_by_the_statement(nlp, text, start):
    from dossier.events.dates import event_date

    doc = nlp.make_doc(text)
    doc._.published = "2024-05-16"
    doc = nlp(doc)
    anchor = next(t for t in doc if t.lower_ in ("repel", "threatened"))
    value = event_date([anchor], anchor.sent, doc._.timexes, ptype="THREATEN")
    assert (value.start if value else None) == start


@pytest.mark.parametrize("text, dated, undated", [
    ("Kenya plans to visit Uganda and signed the accord last week.", "sign", "visit"),
    ("Kenya signed the accord and plans to visit Uganda next month.", "visit", "sign"),
    ("Kenya signed the accord last week and plans to visit Uganda.", "sign", "visit"),
])
def test_a_time_stays_with_the_joined_verb_of_its_own_tense(code, text, dated, undated):
    found = {mode: start for mode, start, _ in _dates(code, text, "2024-06-24")}
    assert found[dated] is not None and found[undated] is None, found


def test_a_time_carries_to_a_joined_verb_of_the_same_tense(code):
    found = _dates(code, "The two ministers met in Nairobi on Thursday and signed a trade accord.", "2024-06-24")
    assert {start for _, start, _ in found} == {"2024-06-20"}, found


def test_a_participle_clause_tells_more_of_its_main_act_at_its_time(code):
    events, _ = code("This year, Kenyan police banned protests in Nairobi, arresting 200 people and seizing their "
                     "banners.", "2024-06-24")
    seizing = next(e for e in events if e.trigger == "seizing")
    assert seizing.date is not None and seizing.date.start == "2024"


@pytest.mark.parametrize("text, credited", [
    ("Speaking in Nairobi on Monday, the Kenyan president praised Uganda for sending troops.", "sending"),
    ("Kenya on Monday praised Uganda for reopening the border.", "reopening"),
])
def test_an_act_someone_is_credited_with_is_not_dated_by_the_praise(code, text, credited):
    events, _ = code(text, "2024-06-24")
    act = [e for e in events if e.trigger == credited]
    assert act and act[0].date is None
    assert any(e.date is not None and e.date.start == "2024-06-24" for e in events)


@pytest.mark.parametrize("text, charged", [
    ("Speaking in Nairobi on Monday, the Kenyan president accused Uganda of arming rebels.", "arming"),
    ("Kenya on Monday blamed Uganda for closing the border.", "closing"),
])
def test_an_act_someone_is_accused_of_is_no_event_and_the_accusation_keeps_its_day(code, text, charged):
    events, _ = code(text, "2024-06-24")
    assert not [e for e in events if e.trigger == charged]  # the claim is coded, not the act claimed
    assert any(e.type == "ACCUSE" and e.date is not None and e.date.start == "2024-06-24" for e in events)


def _by_sentence(code, text, published):
    events, _ = code(text, published)
    return [(e.trigger, e.date.start if e.date else None) for e in events]


def test_an_act_told_again_with_a_day_takes_that_day(code):
    found = _by_sentence(code, "Kenya and Uganda traded accusations after Kenyan jets shot down two Ugandan drones. "
                               "The clashes follow weeks of tension. On Sunday Kenyan jets shot down two Ugandan "
                               "drones near the border.", "2020-03-02")
    assert [d for t, d in found if t == "shot"] == ["2020-03-01", "2020-03-01"], found


def test_an_act_told_as_another_keeps_no_day(code):
    found = _by_sentence(code, "Kenyan jets struck an airfield in Uganda on Sunday. Kenyan jets struck Ugandan "
                               "positions again near Gulu.", "2020-03-02")
    struck = [d for t, d in found if t == "struck"]
    assert struck[0] == "2020-03-01" and all(d is None for d in struck[1:]), found


def test_an_act_told_before_by_an_act_told_as_another_keeps_no_day(code):
    found = _by_sentence(code, "Kenyan jets struck Ugandan positions near Gulu. Kenyan jets struck Ugandan positions "
                               "again on Sunday.", "2020-03-02")
    assert [d for t, d in found if t == "struck"][0] is None, found


def test_an_act_told_again_by_its_verb_and_object_with_a_day_takes_that_day(code):
    events, _ = code("Chile prepared to send a frigate with relief supplies to the islands. A navy spokesman said "
                     "the plan to send a frigate to the islands on Friday would go ahead.", "2024-06-12")
    sent = [e for e in events if e.trigger == "send"]
    assert sent and sent[0].date is not None and sent[0].date.start == "2024-06-14", [(e.trigger, e.date) for e in events]


@pytest.mark.parametrize("text", [
    "Peru sent troops to the border. Chile sent troops to the coast on Monday.",  # another doer
    "Peru sent troops to the border. The plan to send troops to the coast next Friday is ready.",  # done, later day
])
def test_the_verb_and_object_of_another_doer_or_of_a_later_plan_give_no_day(code, text):
    events, _ = code(text, "2024-06-12")
    first = [e for e in events if e.trigger == "sent"][0]  # Peru's
    assert first.source and first.date is None, [(e.trigger, e.source, e.date) for e in events]


def test_an_act_told_again_far_from_the_article_keeps_no_day(code):
    found = _by_sentence(code, "Kenyan jets shot down two Ugandan drones near the border. In March 2019 Kenyan jets "
                               "shot down two Ugandan drones near Gulu.", "2020-03-02")
    assert [d for t, d in found if t == "shot"][0] is None, found


@pytest.mark.parametrize("text, talks", [
    ("Kenya signed a trade accord with Uganda on Sunday, two days after talks in Nairobi.", "2024-06-21"),
    ("Kenya signed a trade accord with Uganda on Sunday, a week before the summit in Kampala.", "2024-06-30"),
    ("Kenya signed a trade accord with Uganda on Sunday after talks in Nairobi on Friday.", "2024-06-21"),
])
def test_an_act_told_a_measure_before_or_after_another_is_counted_from_its_day(code, text, talks):
    events, _ = code(text, "2024-06-24")
    other = [e for e in events if e.type == "CONSULT"]
    assert other and other[0].date is not None and other[0].date.start == talks, [(e.trigger, e.date) for e in events]
    assert any(e.trigger == "signed" and e.date.start == "2024-06-23" for e in events)


@pytest.mark.parametrize("text, window", [
    ("Kenya signed a trade accord with Uganda on Sunday, a few days after talks in Nairobi.",
     ("2024-06-18", "2024-06-21")),
    ("Kenya signed a trade accord with Uganda on Sunday, several days after talks in Nairobi.",
     ("2024-06-16", "2024-06-20")),
])
def test_an_act_told_a_vague_count_of_days_before_another_takes_a_window_not_one_day(code, text, window):
    events, _ = code(text, "2024-06-24")
    talks = only(events, "CONSULT").date
    assert (talks.start, talks.end, talks.precision) == (*window, "vague")


def test_an_act_told_days_after_another_is_not_dated_by_the_other_s_day(code):
    events, _ = code("Kenya signed a trade accord with Uganda on Sunday, days after talks in Nairobi.", "2024-06-24")
    assert only(events, "CONSULT").date is None


@pytest.mark.parametrize("text, start", [
    ("Kenya's president said the interview broadcast at the weekend had gone well. In it, he accused Uganda of "
     "arming rebels.", "2019-11-16"),
    ("The Kenyan president gave a long speech to parliament on Monday. In it, he accused Uganda of arming rebels.",
     "2019-11-18"),
    ("The Kenyan president spoke to reporters on Monday. In it, he accused Uganda of arming rebels.", None),
])
def test_an_act_done_in_the_occasion_the_sentence_before_dates_takes_its_time(code, text, start):
    events, _ = code(text, "2019-11-18")
    accused = only(events, "ACCUSE")
    assert (accused.date.start if accused.date else None) == start


def test_a_time_in_a_participle_after_the_main_clause_is_its_own(code):
    events, _ = code("At a recent regional summit, Kenyan President William Ruto pledged that Kenya would "
                     "triple the output of its wind farms, rising from 100 megawatts to 300 megawatts by 2030.",
                     "2024-06-24")
    assert events and all(e.date is None for e in events), [(e.trigger, e.date) for e in events]


def test_an_act_in_another_tense_is_not_the_one_told_with_a_day(code):
    found = _by_sentence(code, "Kenyan police arrested 40 protesters in Nairobi on Sunday. The organisers promised "
                               "to pay the bail of anyone who gets arrested.", "2024-06-24")
    arrests = [d for t, d in found if t == "arrested"]
    assert arrests[0] == "2024-06-23" and all(d is None for d in arrests[1:]), found


@pytest.mark.parametrize("text, start", [
    ("Kenya welcomed Uganda's announcement that it would reopen the border. The Ugandan announcement earlier today "
     "said the border would reopen on Friday.", "2024-06-24"),
    ("Kenya welcomed today's announcement by Uganda on the border.", "2024-06-24"),
    ("Kenya welcomed Uganda's announcement on the border. The announcement on Friday surprised traders.", None),
])
def test_a_reaction_to_an_act_of_the_article_s_day_is_of_that_day(code, text, start):
    welcomed = [e for e in code(text, "2024-06-24")[0] if e.trigger == "welcomed"]
    assert welcomed and (welcomed[0].date.start if welcomed[0].date else None) == start


def test_the_previous_day_dates_an_act_by_the_day_told_before_it(code):
    found = _dates(code, "Ghanaian troops attacked a rebel camp on Thursday. The previous day, rebels had ambushed "
                         "a Ghanaian convoy.", "2024-03-09")
    assert ("attack", "2024-03-07", "2024-03-07") in found
    assert any(start == "2024-03-06" for _, start, _ in found)  # the ambush, the day before Thursday


def test_a_plural_noun_of_talks_names_the_earlier_talks_again(code):
    events, _ = code("Ghana's foreign minister praised a new era for Togo after talks on trade and security. "
                     "Before the start of today's talks, aides told reporters they saw little chance of progress.",
                     "2024-03-09")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and all(e.date is not None and e.date.start == "2024-03-09" for e in talks)


def test_a_gerund_pleaded_guilty_to_is_not_dated_by_the_plea(code):
    events, _ = code("A Ghanaian trader pleaded guilty on Monday to threatening to kill a judge, prosecutors said.",
                     "2024-11-19")
    assert all(e.date is None for e in events if e.type == "THREATEN")


def test_a_past_time_told_with_a_threatened_act_dates_the_threat(code):
    events, _ = code("A Ghanaian trader pleaded guilty on Monday to threatening to kill a judge in March, "
                     "prosecutors said.", "2024-11-19")
    threat = only(events, "THREATEN")
    assert (threat.date.start, threat.status) == ("2024-03", "occurred")


def test_a_future_time_told_with_a_vowed_act_is_the_act_s_own(code):
    events, _ = code("Rebels vowed on Friday to attack the capital next week.", "2024-11-19")
    threat = only(events, "THREATEN")
    assert threat.date.start == "2024-11-15"


def test_a_separate_meeting_is_not_the_talks_named_again(code):
    events, _ = code("Ghana's foreign minister praised a new era for Togo after talks on trade. Togo's defence "
                     "minister, briefing reporters after a separate meeting with the Ghanaian, said he was confident. "
                     "Before the start of today's talks, aides told reporters they saw little chance of progress.",
                     "2024-03-09")
    separate = [e for e in events if e.type == "CONSULT" and "separate" in e.evidence[0].text]
    assert separate and all(e.date is None for e in separate)


def test_a_lead_act_just_done_takes_the_day_its_own_side_made_it_known(code):
    events, _ = code('Ghana has recalled its ambassador to Togo over a border dispute. "We cannot accept these '
                     'incursions," Ghana\'s foreign minister, Ama Mensah, said on Tuesday.', "2024-03-06")
    assert only(events, "SANCTION").date.start == "2024-03-05"


@pytest.mark.parametrize("text", [
    "Ghana has recalled its ambassador to Togo over a border dispute. Togo's president said on Tuesday the move "
    "was regrettable.",  # the other side's statement does not tell when Ghana acted
    "Ghana had recalled its ambassador to Togo over a border dispute. Ghana's foreign minister said on Tuesday "
    "that talks would resume.",  # not told as just done
    "Ghana has recalled its ambassador to Togo, Togo's foreign ministry said on Tuesday.",
])
def test_a_lead_act_is_not_dated_by_another_statement(code, text):  # nor by others' report in its sentence
    events, _ = code(text, "2024-03-06")
    assert only(events, "SANCTION").date is None


def test_a_lead_act_just_done_takes_the_day_its_own_side_says_so_in_the_same_sentence(code):
    events, _ = code("Ghana has recalled its ambassador to Togo, Ghana's foreign ministry said on Tuesday.",
                     "2024-03-06")
    assert only(events, "SANCTION").date.start == "2024-03-05"


def test_of_two_times_of_an_act_one_within_the_other_the_finer_dates_it(code):
    found = _dates(code, "This year, the Kenyan government closed the border with Somalia during Ramadan.",
                   "2019-07-01")  # (not "ahead of Ramadan": before its first day, test_dates_before_another_act.py)
    assert any(start == "2019-05-06" for _, start, _ in found), found


def test_the_time_an_act_is_put_off_to_does_not_date_the_putting_off(code):
    found = _dates(code, "Tanzania put off the regional summit until the end of June, its ministry said.",
                   "2019-04-03")
    assert not any(start and start.startswith("2019-06") for _, start, _ in found), found


def test_times_that_do_not_nest_tell_several_acts_and_the_outer_one_stays(code):
    found = _dates(code, "Ruto and Museveni had met three times in the past year, in Kampala last year and in "
                         "Nairobi in May.", "2024-07-10")
    assert not any(start == "2024-05" for _, start, _ in found), found


@pytest.mark.parametrize("text", [
    "Ghana's trade minister praised Togo's reforms after talks with Togo today.",
    "Speaking at a dinner after a meeting with Togo's president today, Ghana's trade minister praised Togo's reforms.",
])
def test_a_done_act_told_after_an_act_of_the_article_s_day_took_place_that_day(code, text):
    events, _ = code(text, "2024-03-06")
    assert only(events, "SUPPORT").date.start == "2024-03-06"


@pytest.mark.parametrize("text", [
    "Ghana's trade minister praised Togo's reforms after talks with Togo on Monday.",  # not the article's day
    "Ghana's trade minister will praise Togo's reforms after talks with Togo today.",  # still to come
])
def test_an_act_after_another_of_an_earlier_day_or_still_to_come_keeps_no_date(code, text):
    events, _ = code(text, "2024-03-06")
    assert only(events, "SUPPORT").date is None


@pytest.mark.parametrize("text", [
    "Police arrested the blogger in May. Soon after the arrest, Senator Okafor accused the broadcaster of inciting "
    "violence.",
    "Police arrested the blogger in May. Senator Okafor shortly after the arrest accused the broadcaster of "
    "inciting violence.",
])
def test_an_act_soon_after_an_act_of_a_month_takes_that_month(code, text):
    events, _ = code(text, "2019-11-18")
    assert only(events, "ACCUSE").date.start == "2019-05"


@pytest.mark.parametrize("text", [
    "Police arrested the blogger in May. Long after the arrest, Senator Okafor accused the broadcaster of inciting "
    "violence.",  # not close after it
    "Police arrested the blogger in May. After the arrest, Senator Okafor accused the broadcaster of inciting "
    "violence.",  # any time after
])
def test_an_act_some_time_after_an_act_of_a_month_keeps_no_date(code, text):
    events, _ = code(text, "2019-11-18")
    assert only(events, "ACCUSE").date is None


def test_an_armed_act_takes_the_start_day_of_the_offensive_that_names_it_again(code):
    events, _ = code("Chadian troops are battling rebels on two fronts near the Libyan border, the army said. The army "
                     "said its soldiers had taken two hills in the offensive, which began on Monday.", "1990-05-09")
    fighting = next(e for e in events if e.trigger == "battling")
    assert (fighting.date.start, fighting.date.end) == ("1990-05-07", None)


@pytest.mark.parametrize("text", [
    "Chadian troops are battling rebels on two fronts near the Libyan border, the army said. The army said its "
    "soldiers had taken two hills in an offensive, which began on Monday.",  # not named again
    "Chadian troops are battling rebels on two fronts near the Libyan border, the army said. The army said the "
    "offensive, which began in 1987, had cost many lives.",  # far from the article: another act
])
def test_an_armed_act_keeps_no_date_from_an_offensive_that_may_be_another(code, text):
    events, _ = code(text, "1990-05-09")
    assert next(e for e in events if e.trigger == "battling").date is None


@pytest.mark.parametrize("text", [
    "Kenyan jets destroyed a Ugandan rebel camp near the border. Sunday's Ugandan attack on a Kenyan town had "
    "killed four.",  # the noun's own doer is another side
    "Kenyan jets destroyed a Ugandan rebel camp near the border. The raid came in response to Sunday's shelling of "
    "a Kenyan town.",  # the day is the other noun's
])
def test_a_later_day_of_another_side_s_act_does_not_date_an_undated_act(code, text):
    events, _ = code(text, "1990-05-09")
    assert next(e for e in events if e.trigger == "destroyed").date is None


def test_a_later_day_of_the_same_side_s_act_dates_it(code):
    events, _ = code("Kenyan jets destroyed a Ugandan rebel camp near the border. Sunday's Kenyan attack was the "
                     "first in months.", "1990-05-09")
    assert next(e for e in events if e.trigger == "destroyed").date.start == "1990-05-06"


@pytest.mark.parametrize("text", [
    "Speaking at a news conference on Monday, the Kenyan minister accused Uganda of arming the rebels.",
    "The Kenyan minister, speaking at a news conference on Monday, accused Uganda of arming the rebels.",
    "Speaking at Monday's meeting, the Kenyan minister accused Uganda of arming the rebels.",
    "Opening Monday's debate, the Kenyan minister accused Uganda of arming the rebels.",
])
def test_the_occasion_of_a_participle_of_the_doer_s_circumstance_dates_the_act(code, text):
    events, _ = code(text, "1987-03-24")
    assert [e.date.start if e.date else None for e in events if e.type == "ACCUSE"] == ["1987-03-23"]


def test_an_occasion_of_a_perfect_participle_does_not_date_the_act(code):
    # "having met … on Monday" tells an act done before the accusing, not its occasion
    events, _ = code("Having met Ugandan officials at a news conference on Monday, the Kenyan minister accused Uganda "
                     "of arming the rebels.", "1987-03-24")
    assert [e.date.start if e.date else None for e in events if e.type == "ACCUSE"] == [None]


def test_a_gathering_a_participle_acts_on_without_taking_part_does_not_date_the_act(code):
    events, _ = code("Criticising Monday's meeting, the Kenyan minister accused Uganda of arming the rebels.",
                     "1987-03-24")
    assert [e.date.start if e.date else None for e in events if e.type == "ACCUSE"] == [None]


def test_a_month_day_after_last_dates_the_act(code):
    events, _ = code("Ghana expelled the Togolese envoy last October 12.", "1991-04-02")
    assert [e.date.start for e in events if e.date] == ["1990-10-12"]
