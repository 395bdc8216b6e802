"""A date entity the model runs from one time across a preposition of an occasion ("at", "during") into the owner
of a later noun is two times: "during April and May at last week's meeting" tells the months of one thing and the
week of the meeting. Sentences written for these tests; the article is of Wednesday 1 April 1987."""


def _values(nlp, text, published="1987-04-01"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: (t.value.start, t.value.end) for t in nlp(doc)._.timexes}


def test_a_time_run_across_at_into_an_owner_is_two_times(nlp):
    values = _values(nlp, "Traders took it that the council had freed 40,000 tonnes of rice for April, May and June "
                          "at last week's session.")
    assert values["last week"] == ("1987-03-23", "1987-03-29")


def test_a_range_opened_by_from_stays_one(nlp):
    values = _values(nlp, "The port stays shut from Monday to Wednesday's close.")
    assert "Monday" not in values and "Wednesday" not in values, values
