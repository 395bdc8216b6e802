"""A noun that names again an act told undated ("Monday's call") where the story tells several acts it might name
(a phone call, a call for something, someone calling a thing by a name): the one whose source and target its own
sentence names takes its day (events/story_dates._named_again_dated, _parties_told_here); where its sentence names
the sides of none of them, or of several acts, none does."""

PUBLISHED = "2023-05-10"  # a Wednesday


def _dates(code, text):
    events, _ = code(text, PUBLISHED)
    return {(e.type, e.status): e.date.start if e.date else None for e in events}


LEAD = ("Kenya's opposition leader Raila Odinga called for a recount of the ballots. Late in the evening President "
        "William Ruto called Uganda's Yoweri Museveni about the pipeline. ")


def test_the_call_whose_sides_the_sentence_names_takes_the_day(code):
    dates = _dates(code, LEAD + "Both Ruto and Museveni praised the new pipeline during Monday's call.")
    assert dates[("CONSULT", "occurred")] == "2023-05-08"


def test_a_sentence_naming_neither_side_dates_no_call(code):
    dates = _dates(code, LEAD + "Monday's call drew comment from several papers in the region.")
    assert dates[("CONSULT", "occurred")] is None
