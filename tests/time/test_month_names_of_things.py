"""A month name alone as a subject, object or owner that opens a longer name told earlier in the document is that
name again, not a time ("April Industries … April challenged a law": the firm). Sentences written for these tests;
the article is of Wednesday 1 April 1987."""


def _texts(nlp, text, published="1987-04-01"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return [t.text for t in nlp(doc)._.timexes]


def test_a_month_that_names_a_firm_again_is_no_time(nlp):
    text = ("The court will hear the case of April Industries Ltd against Ohio this spring. "
            "April challenged a state law that would close every plant.")
    assert _texts(nlp, text) == ["this spring"]


def test_a_month_after_a_preposition_stays_a_time(nlp):
    assert _texts(nlp, "April Industries Ltd sued the state. In April the company lost the case.") == ["April"]
