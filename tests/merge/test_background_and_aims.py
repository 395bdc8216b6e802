"""Reports that one article or one day's wires tell apart, and reports one sentence tells as one act: an article's
undated news beside the act it dates months back (coref `_background`); an act done on a day beside one announced,
on that day or after it, for a later day (`_done_then_planned`); an act dated as done beside one an article only
supposes (`_not_before`); and an act a sentence tells only as the aim of another of its type (within `purposes`)."""

from dossier.merge import coref, within
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Actors, Report, stems
from dossier.model import DateValue

from tests.conftest import make_event

ACTORS = Actors(country_of={"VAL": "VAL", "OST": "OST", "org:grain-pact": "org:grain-pact"})


def _report(event, published, text=""):
    return Report(event, day(published), stems(text or event.evidence[0].text))


def _month(event, month):
    return event.model_copy(update={"date": DateValue(start=month, end=month, precision="month")})


# --- an article's news and its background --------------------------------------------------------------------

NEWS = make_event("wire", 0, "REJECT", "reject", ["VAL"], ["org:grain-pact"], None, trigger="rejected",
                  sentence="Valdor has rejected its new export quota under the grain pact, its news agency said.")
BACKGROUND = _month(make_event("wire", 4, "REJECT", "reject", ["VAL"], ["org:grain-pact"], None, trigger="rejected",
                               sentence="Last March, Valdor rejected the quota it was assigned for the year."),
                    "2024-03")


def test_an_articles_undated_news_and_an_act_it_dates_months_back_are_two():
    news, old = _report(NEWS, "2024-11-20"), _report(BACKGROUND, "2024-11-20")
    assert coref.incompatible(news, old, ACTORS) == "background"
    assert "background" in coref.VETOES
    assert len(cluster_events([news, old], ACTORS)) == 2
    # the news told by a second outlet still joins the article's news, not its background
    other = _report(make_event("agency", 0, "REJECT", "reject", ["VAL"], ["org:grain-pact"], None, trigger="refused",
                               sentence="Valdor refused to sign the grain pact's new export quota on Monday."),
                    "2024-11-20")
    clusters = cluster_events([news, old, other], ACTORS)
    alone = next(c for c in clusters if any(r is old for r in c.reports))
    assert len(alone.reports) == 1
    assert any({news.doc, other.doc} <= {r.doc for r in c.reports} for c in clusters)


def test_the_order_does_not_matter_but_a_recent_date_another_article_and_one_sentence_do():
    # the dated background first, another act of the time since told undated after it
    first = _month(make_event("wire", 0, "AGREE", "agree", ["org:grain-pact"], [], None, trigger="agreed",
                              sentence="The grain pact agreed in March to cut its export ceiling."), "2024-03")
    since = make_event("wire", 3, "AGREE", "agree", ["VAL", "OST"], ["org:grain-pact"], None, trigger="agreed",
                       sentence="Valdor and Ostmark agreed to help the pact by holding back their own sales.")
    assert coref.incompatible(_report(first, "2024-11-20"), _report(since, "2024-11-20"), ACTORS) == "background"
    # an act dated days before the article is its news told with its day
    recent = make_event("wire", 4, "REJECT", "reject", ["VAL"], ["org:grain-pact"], "2024-11-16",
                        trigger="rejected", sentence="Valdor rejected the quota on Saturday.")
    assert coref.incompatible(_report(NEWS, "2024-11-20"), _report(recent, "2024-11-20"), ACTORS) is None
    # two articles: an act dated two months back is only background in the news's own article (across articles
    # the reach is `NEAR_DAYS`)
    september = _month(BACKGROUND, "2024-09")
    assert coref.incompatible(_report(NEWS, "2024-11-20"), _report(september, "2024-11-20"), ACTORS) == "background"
    elsewhere = _report(september.model_copy(update={"id": "b:e4", "evidence": [
        september.evidence[0].model_copy(update={"doc": "b"})]}), "2024-11-20")
    assert coref.incompatible(_report(NEWS, "2024-11-20"), elsewhere, ACTORS) != "background"
    # one sentence's two reports, and a plan beside the background, are other rules' matter
    same_sentence = NEWS.model_copy(update={"id": "wire:e9", "evidence": BACKGROUND.evidence})
    assert coref.incompatible(_report(same_sentence, "2024-11-20"), _report(BACKGROUND, "2024-11-20"),
                              ACTORS) != "background"
    plan = NEWS.model_copy(update={"id": "wire:e8", "status": "planned"})
    assert coref.incompatible(_report(plan, "2024-11-20"), _report(BACKGROUND, "2024-11-20"), ACTORS) != "background"


# --- an act done and one announced for a later day -----------------------------------------------------------

def test_an_act_done_today_and_one_another_wire_of_the_day_announces_for_tomorrow_are_two():
    summit = make_event("a", 0, "CONSULT", "meet", ["org:grain-pact"], ["VAL"], "2025-03-04", trigger="summit",
                        sentence="Pact leaders opened today's summit with a call for unity.")
    ministers = make_event("b", 0, "CONSULT", "meet", ["org:grain-pact"], ["VAL"], "2025-03-05", status="planned",
                           trigger="meet", sentence="The pact's farm ministers will meet tomorrow evening.")
    assert coref.incompatible(_report(summit, "2025-03-04"), _report(ministers, "2025-03-04"), ACTORS) == "status"
    assert len(cluster_events([_report(summit, "2025-03-04"), _report(ministers, "2025-03-04")], ACTORS)) == 2


def test_a_plan_written_before_the_act_and_one_day_told_both_ways_still_merge():
    done = make_event("a", 0, "CONSULT", "meet", ["VAL"], ["OST"], "2025-03-04", trigger="met",
                      sentence="Valdor's premier met the Ostian envoy on Tuesday in the port city.")
    # announced on the Saturday before for the Wednesday: written before the act, one day off, left to the score
    early = make_event("b", 0, "CONSULT", "meet", ["VAL"], ["OST"], "2025-03-05", status="planned", trigger="meet",
                       sentence="Valdor's premier will meet the Ostian envoy on Wednesday in the port city.")
    assert coref.incompatible(_report(done, "2025-03-05"), _report(early, "2025-03-01"), ACTORS) is None
    # announced for the very day it was held
    same_day = early.model_copy(update={"date": done.date})
    assert coref.incompatible(_report(done, "2025-03-05"), _report(same_day, "2025-03-01"), ACTORS) is None
    assert len(cluster_events([_report(done, "2025-03-05"), _report(same_day, "2025-03-01")], ACTORS)) == 1


# --- an act done and one only supposed, in one article --------------------------------------------------------

def test_in_one_article_an_act_dated_as_done_and_one_it_only_supposes_are_two():
    proposed = _month(make_event("wire", 0, "REQUEST", "suggest", ["VAL"], ["OST"], None, trigger="proposed",
                                 sentence="Valdor in July proposed to Ostmark that farm aid be cut."), "2025-07")
    supposed = make_event("wire", 2, "REQUEST", "suggest", ["VAL"], ["OST"], None, status="hypothetical",
                          trigger="proposing", sentence="Valdor would back a plan proposing curbs on grain.")
    assert coref.incompatible(_report(proposed, "2025-10-20"), _report(supposed, "2025-10-20"), ACTORS) == "status"
    # one act told with a hedge on its own day stays one
    met = make_event("wire", 0, "CONSULT", "meet", ["VAL"], ["OST"], "2025-10-20", trigger="met",
                     sentence="Valdor's envoy met Ostian officials on Monday.")
    hedged = make_event("wire", 3, "CONSULT", "meet", ["VAL"], ["OST"], "2025-10-20", status="hypothetical",
                        trigger="met", sentence="The envoy may have met Ostian officials on Monday as well.")
    assert coref.incompatible(_report(met, "2025-10-21"), _report(hedged, "2025-10-21"), ACTORS) != "status"


# --- an act told as the aim of another ------------------------------------------------------------------------

LOAN = "The fund said it approved two loans to Valdor worth 90 mln dlrs to assist it with a farm programme."


def _loan(doc, published):
    approved = make_event(doc, 0, "AID", "economic", ["org:grain-pact"], ["VAL"], None, trigger="approved",
                          sentence=LOAN).model_copy(update={"issue": "two loans to Valdor", "cameo": "071"})
    assist = make_event(doc, 0, "AID", "aid", ["org:grain-pact"], ["VAL"], None, trigger="assist",
                        sentence=LOAN).model_copy(update={"issue": "it", "cameo": "070", "confidence": 0.6})
    return [_report(approved, published), _report(assist, published)]


def test_an_act_a_sentence_tells_as_the_aim_of_another_is_that_act():
    reports = _loan("wire", "2025-06-19")
    assert within.purposes(reports, ACTORS) == {1: 0}
    (one,) = cluster_events(reports, ACTORS)
    assert len(one.reports) == 2
    # told by two outlets, the four reports are one act
    assert len(cluster_events(reports + _loan("agency", "2025-06-19"), ACTORS)) == 1


def test_two_acts_a_sentence_joins_by_and_or_of_other_sides_are_not_aims():
    text = "Rebels attacked the Ostian border post and shelled a fuel depot near the town."
    attacked = make_event("wire", 0, "ASSAULT", "attack", ["unk:ORG:rebels"], ["OST"], None, trigger="attacked",
                          sentence=text).model_copy(update={"issue": "the Ostian border post"})
    shelled = make_event("wire", 0, "ASSAULT", "attack", ["unk:ORG:rebels"], ["OST"], None, trigger="shelled",
                         sentence=text).model_copy(update={"issue": "a fuel depot near the town"})
    assert within.purposes([_report(attacked, "2025-06-19"), _report(shelled, "2025-06-19")], ACTORS) == {}
    # the aim of an act done to another party is another act
    approved, assist = _loan("wire", "2025-06-19")
    to_ost = assist.event.model_copy(update={"target": ["OST"]})
    assert within.purposes([approved, Report(to_ost, assist.published, assist.words)], ACTORS) == {}
    # nor one the sentence tells with another status ('approved a loan … and will lend more to …')
    later = assist.event.model_copy(update={"status": "planned"})
    assert within.purposes([approved, Report(later, assist.published, assist.words)], ACTORS) == {}


# --- two people of one article; two states across articles ---------------------------------------------------

PEOPLE = Actors(country_of={"VAL": "VAL", "OST": "OST"},
                uncertain=frozenset({"unk:PERSON:rolf-binde", "unk:PERSON:ema-tarr", "unk:PERSON:rolf-binde-jr",
                                     "agent:OST:GOV", "agent:---:BUS", "agent:---:GOV"}),
                nation={"agent:OST:GOV": "OST"},
                state_side={"unk:PERSON:rolf-binde": "VAL", "unk:PERSON:ema-tarr": "VAL", "agent:OST:GOV": "OST",
                            "unk:PERSON:rolf-binde-jr": "VAL"},
                persons=frozenset({"unk:PERSON:rolf-binde", "unk:PERSON:ema-tarr", "unk:PERSON:rolf-binde-jr"}))


def test_two_people_of_one_country_in_one_article_are_two_doers():
    binde = make_event("wire", 0, "REQUEST", "request", ["unk:PERSON:rolf-binde"], ["OST"], None, trigger="urged",
                       sentence="Binde also urged Ostmark to scrap its curbs on bank deposits.")
    tarr = make_event("wire", 2, "REQUEST", "request", ["unk:PERSON:ema-tarr"], ["OST"], None, trigger="urged",
                      sentence="At the same forum the banker Ema Tarr urged Ostmark to free its short-term rates.")
    assert coref.incompatible(_report(binde, "2025-03-16"), _report(tarr, "2025-03-16"), PEOPLE) == "doers"
    # a person and the state she may speak for, and one person by two names, may be one doer
    state = tarr.model_copy(update={"id": "wire:e3", "source": ["VAL"]})
    assert coref.incompatible(_report(binde, "2025-03-16"), _report(state, "2025-03-16"), PEOPLE) is None
    again = tarr.model_copy(update={"id": "wire:e4", "source": ["unk:PERSON:rolf-binde-jr"]})
    assert coref.incompatible(_report(binde, "2025-03-16"), _report(again, "2025-03-16"), PEOPLE) is None


def test_across_articles_two_sides_of_different_states_are_apart_within_one_article_left_alone():
    ost = make_event("a", 0, "CONSULT", "negotiate", ["agent:OST:GOV"], ["agent:---:BUS"], None,
                     trigger="negotiations", sentence="Ostian authorities have opened negotiations with the banks.")
    val = make_event("b", 0, "CONSULT", "negotiate", ["VAL"], ["agent:---:BUS"], None, trigger="negotiating",
                     sentence="Valdor is negotiating a new loan with its creditor banks.")
    assert coref.incompatible(_report(ost, "2025-03-13"), _report(val, "2025-03-14"), PEOPLE) == "participants"
    # an agent of no country may be anyone's
    anyone = ost.model_copy(update={"source": ["agent:---:GOV"]})
    assert coref.incompatible(_report(anyone, "2025-03-13"), _report(val, "2025-03-14"), PEOPLE) is None
    # in one article a later mention's side is left to the score
    here = val.model_copy(update={"id": "a:e5", "evidence": [val.evidence[0].model_copy(update={"doc": "a"})]})
    assert coref.incompatible(_report(ost, "2025-03-13"), _report(here, "2025-03-13"), PEOPLE) is None
