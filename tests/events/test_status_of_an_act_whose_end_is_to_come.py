"""A gathering whose relative clause tells only when it is to end ("the council meeting, which is due to end on
Friday") is under way: it took place, whatever the sentence says of it, and a day after the article that dates its
end does not make it a plan (events/status.end_to_come, read in events/coder). One whose clause tells its start to
come, or denies its end, stays planned."""

from tests.events.conftest import only


def test_a_meeting_due_to_end_on_friday_whose_agenda_is_foretold_took_place(code):
    events, _ = code("Tin prices will top the agenda of the ITC council meeting, which is due to end on Friday.",
                     "1987-10-19")
    assert only(events, "CONSULT").status == "occurred"


def test_a_meeting_set_to_conclude_on_wednesday_that_output_may_dominate_took_place(code):
    events, _ = code("Oil output is likely to dominate the OPEC meeting, which is set to conclude on Wednesday.",
                     "1987-10-19")
    assert only(events, "CONSULT").status == "occurred"


def test_a_meeting_due_to_open_on_friday_is_still_planned(code):
    events, _ = code("Tin prices will top the agenda of the ITC council meeting, which is due to open on Friday.",
                     "1987-10-19")
    assert only(events, "CONSULT").status == "planned"


def test_the_verbs_of_an_end_are_the_time_lexicons_read_when_used(code, monkeypatch):
    """events/status reads `end_verbs` from the time lexicon when it first needs them, not at import: a verb the
    lexicon gains is an end's verb, one it does not hold is not."""
    from dossier.time import lexicon as time_lexicon

    text = "Rice quotas will top the agenda of the Lusaka trade summit, which is due to adjourn on Friday."
    assert "adjourn" not in time_lexicon.words("end_verbs")
    assert only(code(text, "1987-10-19")[0], "CONSULT").status == "planned"
    table = {**time_lexicon.lexicon(), "end_verbs": [*time_lexicon.lexicon()["end_verbs"], "adjourn"]}
    monkeypatch.setattr(time_lexicon, "lexicon", lambda: table)
    time_lexicon.words.cache_clear()
    try:
        assert only(code(text, "1987-10-19")[0], "CONSULT").status == "occurred"
    finally:
        monkeypatch.undo()
        time_lexicon.words.cache_clear()
