"""Within one article, two acts whose objects tell them apart are two events: different figures, or two described
objects with no content word in common. A bare head noun ('the accord', 'the deal') refers back and parts nothing."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report, stems

from tests.conftest import make_event

TEXT = ("Talvik Holdings agreed to take a 12 pct stake in Morrow Foods. In a second step, Talvik agreed to dispose of "
        "its packaging arm. The accord was signed on Friday; the agreement needs approval by regulators.")


def _event(n, issue, doc="d1", type_="AGREE", mode="agree", trigger="agreed", source=("talvik",),
           target=("morrow",), start="2025-05-09", sentence=""):
    event = make_event(doc, n, type_, mode, list(source), list(target), start, trigger=trigger, sentence=sentence)
    return event.model_copy(update={"issue": issue})


def _report(event):
    return Report(event, day("2025-05-10"), stems(TEXT))


def test_a_purchase_and_a_sale_agreed_in_one_article_are_two_acts():
    buy = _event(0, "to take a 12 pct stake in Morrow Foods")
    sell = _event(1, "to dispose of its packaging arm")
    assert coref.objects_differ(buy, sell)
    assert coref.incompatible(_report(buy), _report(sell)) == "objects"
    assert len(cluster_events([_report(buy), _report(sell)])) == 2


def test_two_loans_of_different_sums_are_two_acts():
    first = _event(0, "a loan of 45 mln dlrs", type_="AID", mode="aid", trigger="granted", source=("fund",),
                   target=("kestria",))
    second = _event(1, "a loan of 18 mln dlrs", type_="AID", mode="aid", trigger="granted", source=("fund",),
                    target=("kestria",))
    assert coref.figures(first) == {"45"} and coref.figures(second) == {"18"}
    assert coref.incompatible(_report(first), _report(second)) == "objects"


def test_one_sum_told_twice_stays_one_act():
    first = _event(0, "a loan of 1,250 mln dlrs", type_="AID", mode="aid", trigger="granted", source=("fund",),
                   target=("kestria",))
    again = _event(1, "the 1,250 mln dlr credit for roads", type_="AID", mode="aid", trigger="granted",
                   source=("fund",), target=("kestria",))
    assert coref.figures(first) == coref.figures(again) == {"1250"}
    assert not coref.objects_differ(first, again)


def test_a_bare_head_noun_refers_back_and_parts_nothing():
    # 'signed the accord' and 'signed the agreement' are one signing
    accord = _event(0, "the accord", mode="sign", trigger="signed")
    agreement = _event(1, "the agreement", mode="sign", trigger="signed")
    assert not coref.objects_differ(accord, agreement)
    assert coref.incompatible(_report(accord), _report(agreement)) is None
    assert len(cluster_events([_report(accord), _report(agreement)])) == 1
    # nor against a described object: 'the deal' may be the stake purchase told again
    deal = _event(2, "the deal")
    assert not coref.objects_differ(deal, _event(0, "to take a 12 pct stake in Morrow Foods"))


def test_two_described_objects_that_share_a_word_stay_comparable():
    # 'the free trade accord' and 'the free trade agreement' are one document
    assert not coref.objects_differ(_event(0, "the free trade accord", mode="sign"),
                                    _event(1, "the free trade agreement", mode="sign"))
    # one act told with the same verb and another wording of its object
    assert not coref.objects_differ(_event(0, "to restate its earlier quarterly reports"),
                                    _event(1, "to restate the 1985 quarterly accounts"))


def test_a_year_or_a_day_in_the_object_is_no_figure():
    dated = _event(0, "to restate its 1984 accounts from March 3")
    sized = _event(1, "to restate 425 mln dlrs of its accounts")
    assert coref.figures(dated) == frozenset()
    assert not coref.objects_differ(dated, sized)


def test_an_act_with_no_object_is_not_parted_by_one_with_an_object():
    plain = _event(0, None)
    described = _event(1, "to dispose of its packaging arm")
    assert not coref.objects_differ(plain, described)


def test_two_articles_are_not_parted_by_their_objects():
    # another article may word the same act otherwise ('a 12 pct holding' against 'the Morrow stake')
    here = _event(0, "to take a 12 pct stake in Morrow Foods")
    there = _event(0, "to dispose of its packaging arm", doc="d2")
    assert coref.objects_differ(here, there)
    assert coref.incompatible(_report(here), _report(there)) != "objects"
