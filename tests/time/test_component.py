"""The dossier_time component on sentences written for each behaviour, each with its article date."""

from __future__ import annotations

import pytest


def timexes(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.timexes


def only(nlp, text, published, phrase):
    found = [t for t in timexes(nlp, text, published) if phrase in t.text]
    assert len(found) == 1, [t.text for t in timexes(nlp, text, published)]
    return found[0]


def test_past_weekday(nlp):
    t = only(nlp, "The two presidents held talks on Friday in the capital.", "2024-06-29", "Friday")
    assert (t.value.start, t.value.precision) == ("2024-06-28", "day")


def test_future_weekday(nlp):
    t = only(nlp, "The delegation will arrive on Wednesday for a week of meetings.", "2024-11-12", "Wednesday")
    assert t.value.start == "2024-11-13"


def test_is_expected_to_reads_as_future(nlp):
    t = only(nlp, "The minister is expected to sign the accord on Monday.", "2024-06-26", "Monday")
    assert t.value.start == "2024-07-01"


def test_range_offsets_and_value(nlp):
    text = "The prime minister will tour the region from June 25 to 29, officials said."
    t = only(nlp, text, "2024-06-24", "June")
    assert text[t.start:t.end] == t.text
    assert (t.value.start, t.value.end) == ("2024-06-25", "2024-06-29")


def test_weekday_range_found_by_matcher(nlp):
    t = only(nlp, "Ministers met from Sunday to Tuesday in the port city.", "2024-06-29", "Sunday")
    assert (t.value.start, t.value.end) == ("2024-06-23", "2024-06-25")


def test_since_is_read_with_its_preposition(nlp):
    t = only(nlp, "Exports have grown every year since 2013.", "2024-06-29", "2013")
    assert (t.text, t.value.start, t.value.end) == ("2013", "2013", "2024-06-29")


def test_durations_are_left_out(nlp):
    found = timexes(nlp, "She began a five-day visit to the country.", "2024-06-24")
    assert all("five" not in t.text for t in found)


def test_sorted_by_offset(nlp):
    found = timexes(nlp, "Trade rose in 2023, and the port opens next November, the minister said on Monday.",
                    "2024-06-24")
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert {t.value.start for t in found} >= {"2023", "2024-11", "2024-06-24"}


def test_without_article_date_keeps_absolute_dates_only(nlp):
    found = timexes(nlp, "The treaty took effect in March 2010 and talks resumed on Friday.", None)
    assert [t.value.start for t in found] == ["2010-03"]


def test_a_bare_participle_of_a_reporting_verb_reads_in_the_past():
    from dossier.pipeline import process_text

    text = ("The Chilean president will tour Brazil from June 25 to 29 as a guest of President Lula, "
            "a spokesperson announced on Monday.")
    timexes = {t.text: t.value for t in process_text(text, published="2024-06-26").timexes}
    assert (timexes["June 25 to 29"].start, timexes["June 25 to 29"].end) == ("2024-06-25", "2024-06-29")
    assert timexes["Monday"].start == "2024-06-24"


def test_may_coordinated_with_a_month_is_a_month(nlp):
    t = only(nlp, "Copper output fell in February and May, the ministry said.", "2024-07-04", "May")
    assert (t.value.start, t.value.end, t.value.precision) == ("2024-02", "2024-05", "month")


def test_may_before_a_day_or_year_is_a_month(nlp):
    assert only(nlp, "The ministers met on May 7.", "2024-07-04", "May").value.start == "2024-05-07"
    assert only(nlp, "The port opened in May 2021.", "2024-07-04", "May").value.start == "2021-05"


def test_modal_may_is_never_a_date(nlp):
    assert timexes(nlp, "Prices May rise and the talks may fail.", "2024-07-04") == []


def test_since_month_runs_from_that_month_to_the_article_day(nlp):
    t = only(nlp, "The treaty has been in force since October 2011.", "2024-06-29", "October 2011")
    assert (t.value.start, t.value.end, t.value.precision) == ("2011-10", "2024-06-29", "month")


@pytest.mark.parametrize("text, published, day", [
    # a plan told in the past: the nearest Thursday, which may still be to come
    ("The minister planned to leave on Thursday.", "2024-06-26", "2024-06-27"),
    # an act moved to a later day: the day is still to come
    ("The summit was postponed until Tuesday.", "2024-06-26", "2024-07-02"),
    ("The vote was pushed back to Friday.", "2024-06-26", "2024-06-28"),
    # an act done: the last such day
    ("The minister left on Thursday.", "2024-06-26", "2024-06-20"),
])
def test_plans_told_in_the_past_and_deferrals(text, published, day):
    from dossier.pipeline import process_text
    assert [t.value.start for t in process_text(text, published=published).timexes] == [day]


@pytest.mark.parametrize("text, phrase, day", [
    ("The envoy, who leaves for Nairobi on Tuesday, said the talks had stalled.", "Tuesday", "2024-06-25"),
    ("The trade minister flies to Hanoi on Monday for two days of talks, her office said.", "Monday", "2024-06-24"),
    ("The summit opens on July 2 in the capital, organisers said.", "July 2", "2024-07-02"),
])
def test_a_present_tense_timetable_is_still_to_come(nlp, text, phrase, day):
    assert only(nlp, text, "2024-06-20", phrase).value.start == day  # a Thursday


@pytest.mark.parametrize("text, phrase, day", [
    ("Shares in the two ports hurt the index on Tuesday, traders said.", "Tuesday", "2024-06-18"),
    ("The minister says Peru lost the dispute on Tuesday.", "Tuesday", "2024-06-18"),
    ("Tuesday's vote in the senate angered the opposition.", "Tuesday", "2024-06-18"),
])
def test_a_report_a_possessive_or_an_ambiguous_past_keeps_the_past_day(nlp, text, phrase, day):
    assert only(nlp, text, "2024-06-20", phrase).value.start == day


def test_an_age_set_off_after_a_name_is_not_a_year(nlp):
    found = timexes(nlp, "Prosecutors want Britain to hand over Ortiz, 52, to face charges in Madrid.", "2024-06-20")
    assert found == []


def test_a_number_a_scale_word_follows_is_no_year(nlp):
    # "lent 45": the tagger reads the season of Lent and labels the number a DATE
    found = timexes(nlp, "The central bank lent 45 mln stg to the money market on Tuesday.", "1987-03-04")
    assert [t.text for t in found] == ["Tuesday"]


@pytest.mark.parametrize("text, phrase, day", [
    ("Gunboats shelled the harbour this afternoon, the navy said.", "this afternoon", "2024-06-20"),
    ("The convoy was stopped at the border last night.", "last night", "2024-06-19"),
    ("The ferry will leave the port tomorrow morning.", "tomorrow morning", "2024-06-21"),
])
def test_a_day_told_by_a_part_of_the_day_is_a_date(nlp, text, phrase, day):
    assert only(nlp, text, "2024-06-20", phrase).value.start == day


@pytest.mark.parametrize("text, phrase, day", [
    ("Senators asked about Ruiz's March 3 phone call with the Chilean leader.", "March 3", "2024-03-03"),
    ("The minister's Sept. 27 letter reached Lima late.", "Sept. 27", "2024-09-27"),
])
def test_a_date_after_its_owner_is_read_without_the_owner(nlp, text, phrase, day):
    t = only(nlp, text, "2024-10-19", phrase)
    assert (t.text, t.value.start) == (phrase, day)


def _with_date_entity(nlp, text, published, phrase):
    """The doc as the tagger gets it, with `phrase` made one DATE entity (as a model may run one on)."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    doc._.published = published
    for name, stage in nlp.pipeline:
        if name == "dossier_time":
            break
        doc = stage(doc)
    start = text.index(phrase)
    doc.ents = [doc.char_span(start, start + len(phrase), label="DATE")]
    return nlp.get_pipe("dossier_time")(doc)._.timexes


def test_a_date_entity_run_across_a_comma_is_read_piece_by_piece(nlp):
    found = _with_date_entity(nlp, "Kenya shut the border on Sunday, two days after the raid.", "1987-03-24",
                              "Sunday, two days")
    assert [(t.text, t.value.start) for t in found] == [("Sunday", "1987-03-22")]


def test_a_date_with_a_comma_that_reads_whole_stays_whole(nlp):
    found = _with_date_entity(nlp, "Kenya shut the border on March 3, 1986, after the raid.", "1987-03-24",
                              "March 3, 1986")
    assert [(t.text, t.value.start) for t in found] == [("March 3, 1986", "1986-03-03")]


def test_a_day_the_model_runs_into_an_occasion_is_read_alone(nlp):
    t = only(nlp, "The two leaders signed the accord at a ceremony Tuesday in the capital.", "2024-05-16", "Tuesday")
    assert (t.text, t.value.start) == ("Tuesday", "2024-05-14")


def test_a_day_after_a_time_phrase_is_not_read_alone(nlp):
    assert not any(t.text == "Easter" and t.value.start for t in timexes(nlp, "It happened the week before Easter.",
                                                                         "2024-05-16"))


@pytest.mark.parametrize("text, phrase, day", [
    ("The ministry announced earlier today that the port would close.", "earlier today", "2024-06-20"),
    ("Rebels shelled the airport late yesterday, the army said.", "late yesterday", "2024-06-19"),
])
def test_a_day_told_with_earlier_or_late_is_that_day(nlp, text, phrase, day):
    assert only(nlp, text, "2024-06-20", phrase).value.start == day


def test_a_day_the_model_runs_into_a_count_of_years_is_read_alone(nlp):
    found = timexes(nlp, "Chad expelled three envoys on Tuesday, years after it shut their mission.", "2019-12-03")
    assert [(t.text, t.value.start) for t in found] == [("Tuesday", "2019-12-03")]


def test_a_day_in_an_infinitive_on_a_plan_noun_is_the_nearest_such_day(nlp):
    # the article is of a Thursday: the trip on Friday is the next day, though the sentence is in the past tense
    t = only(nlp, "Officials said there was no plan for the envoy to visit Lagos on Friday.", "1987-02-26", "Friday")
    assert t.value.start == "1987-02-27"


@pytest.mark.parametrize("text, phrase", [
    ("Peru's envoy flew on Sunday to Monday's summit of Andean leaders.", "Sunday to Monday's"),
    ("Peru's envoy flew on Sunday to Monday's summit of Andean leaders.", "Sunday to Monday"),
])
def test_a_time_run_into_the_owner_of_a_later_noun_is_two_times(nlp, text, phrase):
    found = _with_date_entity(nlp, text, "2024-06-12", phrase)
    assert [(t.text, t.value.start, t.value.end) for t in found] == [
        ("Sunday", "2024-06-09", "2024-06-09"), ("Monday", "2024-06-10", "2024-06-10")]


@pytest.mark.parametrize("text", [
    "Peru and Chile held talks from Monday to Wednesday's closing session.",
    "Peru and Chile held talks between Monday and Wednesday.",
    "Peru and Chile held talks Monday to Wednesday in Lima.",
])
def test_a_range_opened_as_one_or_owning_nothing_stays_one(nlp, text):
    found = [t for t in timexes(nlp, text, "2024-06-12") if "Monday" in t.text]
    assert [(t.value.start, t.value.end) for t in found] == [("2024-06-10", "2024-06-12")], found


@pytest.mark.parametrize("text, phrase, start, end", [
    ("Only this week, Peru sharply demanded an answer from Chile.", "Only this week", "2024-06-10", "2024-06-16"),
    ("Just last week, Kenya accused Uganda of arming the rebels.", "Just last week", "2024-06-03", "2024-06-09"),
    ("Only yesterday, the two ministers spoke by telephone.", "Only yesterday", "2024-06-11", "2024-06-11"),
])
def test_a_time_is_read_without_the_word_that_sets_it_apart(nlp, text, phrase, start, end):
    found = _with_date_entity(nlp, text, "2024-06-12", phrase)
    assert [(t.text, t.value.start, t.value.end) for t in found] == [(phrase.split(" ", 1)[1], start, end)]


def test_a_hedge_of_an_amount_stays_in_the_time(nlp):
    from dossier.time.component import _after_focus

    doc = nlp.make_doc("Sales fell to their level of just over a year ago.")
    span = doc[6:11]
    assert span.text == "just over a year ago" and _after_focus(span).text == "just over a year ago"
    assert _after_focus(doc[7:11]).text == "over a year ago"
