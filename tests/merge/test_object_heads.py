"""What an act is done to, compared by its head noun: two objects with one head ('deal', 'deals') whose common nouns
before it differ and share nothing else name two things ('the port deal', 'the mining deal'); a head told bare or
with a name, a demonym or a word of stage or rank ('port', 'the Chancay port', 'the final deal') does not. Across
articles sums are compared (another article words the same object otherwise, but names the same sum), and, for
acts no dates tie together, their heads (test_things_across_articles.py)."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report

from tests.conftest import make_event


def _event(n, issue, doc="d1", type_="AGREE", mode="sign", trigger="signed", source=("velmora",),
           target=("ostrava",), sentence=""):
    event = make_event(doc, n, type_, mode, list(source), list(target), "2025-04-08", trigger=trigger,
                       sentence=sentence or f"The two governments {trigger} {issue}.")
    return event.model_copy(update={"issue": issue})


def _report(event, published="2025-04-09"):
    return Report(event, day(published))


def test_the_head_and_the_nouns_that_say_which_thing():
    assert coref.object_head(_event(0, "the port deal")) == ("deal", frozenset({"port"}))
    fisheries = coref.lemma_stem("fisheries")
    assert coref.object_head(_event(0, "the fisheries accords")) == ("accord", frozenset({fisheries}))
    assert coref.object_head(_event(0, "a loan of 45 mln dlrs"))[0] == "loan"
    assert coref.object_head(_event(0, "loans totalling 90 mln dlrs from the bank"))[0] == "loan"
    assert coref.object_head(_event(0, "the Northern Development Fund (NDF)"))[0] == "fund"
    assert coref.object_head(_event(0, "the deal, which analysts valued highly"))[0] == "deal"


def test_stage_rank_adjectives_names_and_demonyms_say_no_which():
    for phrase in ("the final deal", "the new deal", "the landmark deal", "the Chancay port", "the Peruvian port",
                   "a joint venture"):
        head = coref.object_head(_event(0, phrase))
        assert head is not None and head[1] == frozenset(), phrase


def test_a_clause_has_no_head():
    assert coref.object_head(_event(0, "to sell its packaging unit")) is None
    assert coref.object_head(_event(0, "not to raise tariffs")) is None


def test_one_head_with_different_nouns_before_it_names_two_things():
    assert coref.objects_differ(_event(0, "the port deal"), _event(1, "the mining deal"))
    assert coref.objects_differ(_event(0, "the fisheries accord"), _event(1, "the trade accords"))


def test_one_head_told_otherwise_names_one_thing():
    same = [("the trade accord", "the free trade agreement"), ("port", "the Chancay port"),
            ("the port deal", "the deal"), ("the final deal", "the port deal"), ("the port deal", "the port deals"),
            ("the Chancay port", "the Peruvian port"), ("the new accord", "the fisheries accord")]
    for a, b in same:
        assert not coref.objects_differ(_event(0, a), _event(1, b)), (a, b)


def test_two_deals_of_one_article_on_two_things_are_two_acts():
    port = _report(_event(0, "the port deal"))
    mining = _report(_event(1, "the mining deal"))
    assert coref.incompatible(port, mining) == "objects"
    assert len(cluster_events([port, mining])) == 2


def test_across_articles_two_sums_are_two_acts():
    sentence = "The central bank provided the money market with help in the morning session."
    first = _event(0, "45 mln crowns of help", doc="wire-a", type_="AID", mode="aid", trigger="provided",
                   source=("bank",), target=(), sentence=sentence)
    second = _event(0, "12 mln crowns of help", doc="wire-b", type_="AID", mode="aid", trigger="provided",
                    source=("bank",), target=(), sentence=sentence)
    assert coref.sums_differ(first, second)
    assert coref.incompatible(_report(first), _report(second)) == "objects"
    assert len(cluster_events([_report(first), _report(second)])) == 2


def test_across_articles_one_sum_or_other_words_part_nothing():
    loan = _event(0, "a loan of 45 mln dlrs", doc="wire-a", type_="AID", mode="aid", trigger="granted",
                  source=("fund",), target=("kestria",))
    credit = _event(0, "the 45 mln dlr credit for roads", doc="wire-b", type_="AID", mode="aid", trigger="granted",
                    source=("fund",), target=("kestria",))
    assert coref.incompatible(_report(loan), _report(credit)) is None
    # one flaw worded with no word in common by two articles: parted within one article, not across two
    flaw = _event(0, "the browser flaw", doc="wire-a", type_="REJECT", mode="reject", trigger="patched")
    hole = _event(0, "a security hole", doc="wire-b", type_="REJECT", mode="reject", trigger="patched")
    assert coref.objects_differ(flaw, hole)
    assert coref.incompatible(_report(flaw), _report(hole)) != "objects"


def test_sums_of_money_are_figures_with_a_currency():
    assert coref.sums(_event(0, "a 500 mln-dlr bridge loan")) == {"500"}
    assert coref.sums(_event(0, "$75 mln in credits")) == {"75"}
    assert coref.sums(_event(0, "24 mln stg help")) == {"24"}
    assert coref.sums(_event(0, "1,736 tonnes of tin")) == frozenset()
    assert coref.sums(_event(0, "12 protesters")) == frozenset()


def test_across_articles_a_revised_count_parts_nothing():
    # a toll told as 12 and then 15 by a later article is one attack; within one article two counts still part
    first = _event(0, "12 villagers", doc="wire-a", type_="ASSAULT", mode="kill", trigger="killed",
                   source=("militia",), target=("village",))
    later = _event(0, "15 villagers", doc="wire-b", type_="ASSAULT", mode="kill", trigger="killed",
                   source=("militia",), target=("village",))
    assert not coref.sums_differ(first, later)
    assert coref.incompatible(_report(first), _report(later)) != "objects"
    assert coref.objects_differ(first, later)
