"""A time told of what a clause in the present aims at is the coming one, though a past "said" governs the sentence:
the infinitive of a verb of intending in the present ("want to begin talks in August"), a bare verb joined to such
an infinitive ("plan to buy coal and hold talks in late May"), an infinitive on "able" under a modal of possibility
("may be able to lift the duties by the end of June": the nearest), a present clause opened by "as soon as", and a
gathering agreed to in the past ("agreed to hold another round of talks in late May": the nearest). A past act's
own month, an act agreed that is no gathering, and a present habit keep their readings. Sentences written for these
tests; the article is of Monday 27 April 1987."""

import pytest


def _starts(nlp, text, published="1987-04-27"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase, start", [
    ("Kessian officials want to open talks on fishing quotas in August in Tarn, aides said.", "August", "1987-08"),
    ("The mills plan to buy more ore for June delivery and hold a new round of talks with Ruvia in late May, "
     "they added.", "late May", "1987-05-21"),
    ("The envoy said Ruvia hopes to sign the treaty in September.", "September", "1987-09"),
    ("The paper said the government may be able to lift the duties on Kessian cloth by the end of June.",
     "the end of June", "1987-06-21"),
    ("The bank is ready to open a branch in Tarn as soon as the new law is enforced on June 30, its chief said.",
     "June 30", "1987-06-30"),
    ("The two sides failed to settle the price but agreed to hold another round of talks in late May, "
     "officials said.", "late May", "1987-05-21"),
    ("The ministers agreed to meet again in June, a spokesman said.", "June", "1987-06"),
])
def test_what_a_present_aim_looks_to_is_to_come(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start


@pytest.mark.parametrize("text, phrase, start", [
    ("The envoy said Ruvia signed the treaty in March.", "March", "1987-03"),
    ("The council agreed to cut the levy in January, officials said.", "January", "1987-01"),
    ("Ruvia wanted to sign the treaty in March, but Kessia refused, the envoy said.", "March", "1987-03"),
    ("The minister said the duties were lifted as soon as the law was passed in March.", "March", "1987-03"),
])
def test_a_past_act_keeps_the_past(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start


def test_an_ordinal_of_a_series_is_no_day(nlp):
    found = _starts(nlp, "The minister will speak on Tuesday at the 20th annual meeting of the bank in Tarn.")
    assert found == {"Tuesday": "1987-04-28"}


@pytest.mark.parametrize("text, phrase, start", [
    ("The talks resume on the 20th in Tarn.", "the 20th", "1987-04-20"),
    ("The vote is due on the 21st of May.", "the 21st of May", "1987-05-21"),
])
def test_a_day_told_by_its_ordinal_stays_a_day(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start
