"""Event prominence (events/prominence.py): the lede's act, the act the title names and the act told again rank above
an act told in passing, as history or as a mere possibility; prominence orders events and removes none."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.events import prominence as prom
from dossier.model import DateValue, Document, Event, Evidence
from dossier.pipeline import process


# -- the pieces, on plain text ----------------------------------------------------------------------------------

def test_a_wire_paragraph_begins_at_an_indented_line_not_at_a_wrapped_one():
    text = "Chile recalled its envoy\nfrom Lima on Monday.\n    The ministry said the move\nwas temporary.\n    Reuter"
    starts = prom.paragraph_starts(text)
    assert prom.paragraph_of(text.index("from Lima"), starts) == 0
    assert prom.paragraph_of(text.index("The ministry"), starts) == 1
    assert prom.paragraph_of(text.index("Reuter"), starts) == 2


def test_wrapped_plain_text_begins_a_paragraph_after_a_blank_line():
    text = ("The two ministers met in Oslo\non Friday and agreed to\nresume the talks in March.\n\n"
            "A spokesman said the date\nwas not yet fixed by\neither side.")
    starts = prom.paragraph_starts(text)
    assert prom.paragraph_of(text.index("resume"), starts) == 0
    assert prom.paragraph_of(text.index("either"), starts) == 1


def test_unwrapped_text_begins_a_paragraph_at_every_line_whatever_its_blank_lines():
    lines = "One line a paragraph.\nThe second.\n\nThe third, after a stray blank line.\nThe fourth."
    starts = prom.paragraph_starts(lines)
    assert [prom.paragraph_of(lines.index(w), starts) for w in ("One", "second", "third", "fourth")] == [0, 1, 2, 3]


@pytest.mark.parametrize("names, title, named", [
    ({"Chile"}, "CHILE RECALLS ENVOY FROM PERU", True),
    ({"Japan"}, "Japanese Officials Visit Seoul", True),          # the adjective begins with the name
    ({"European Community", "EC"}, "Ec Agrees Farm Deal", True),  # an acronym as a whole word
    ({"Peru"}, "Chile Recalls Envoy", False),
    ({"Iran"}, "Iranians vote", False),                           # a name under five letters: whole words only
    ({"EC"}, "Echoes of the crash", False),
])
def test_the_title_names_an_actor_by_whole_words(names, title, named):
    assert prom.names_in_title(names, title) is named


@pytest.mark.parametrize("lemma, title, named", [
    ("sanction", "U.S. SANCTIONS ON TOKYO CHIPS", True),
    ("agree", "Bonn and Paris Reach Agreement", True),
    ("visit", "Minister To Visit Ankara", True),
    ("meet", "Ministers Meet In Oslo", True),
    ("warn", "Minister Warns Rebels", True),
    ("sign", "Ministers Sign Pact", True),
    ("be", "Talks To Be Held", False),
    ("accuse", "Court Clears Minister", False),
])
def test_the_title_names_the_act_by_its_word_stem(lemma, title, named):
    assert prom.act_in_title(lemma, title) is named


@pytest.mark.parametrize("kind, title, named", [
    ("PROTEST", "DOCKERS' STRIKE CLOSES PORT OF GDANSK", True),    # a walkout the title calls a strike
    ("AID", "LIMA GETS 80 MLN DLR LOAN FROM ADB", True),           # a loan approved: the title's "LOAN"
    ("ASSAULT", "Navy Raid Hits Two Island Depots", True),
    ("PROTEST", "Dockers Vote On Pay Offer", False),
    ("SANCTION", "Banks Bankrupt Abroad", False),                  # exact words only: no "ban" in "banks"
    ("CONSULT", "Navy Raid Hits Two Island Depots", False),        # another type's word is no clue
])
def test_the_title_names_the_act_by_a_word_of_its_type(kind, title, named):
    assert prom.type_in_title(prom.weights().title_type_words.get(kind, frozenset()), title) is named
    assert prom.weights().title_type < prom.weights().title_act


def _event(status="occurred", start=None) -> Event:
    value = DateValue(start=start, end=start, precision="day") if start else None
    return Event(id="e", type="CONSULT", status=status, date=value, evidence=[Evidence(doc="d", text="x", start=0)])


def test_an_act_done_a_year_or_more_before_the_article_is_history():
    assert prom.is_history(_event(start="2019-03-02"), "2024-06-24")
    assert not prom.is_history(_event(start="2024-05-30"), "2024-06-24")
    assert not prom.is_history(_event(status="planned", start="2019-03-02"), "2024-06-24")
    assert not prom.is_history(_event(), "2024-06-24")  # undated: nothing says it is old


def test_the_weights_are_data_that_sum_to_one_and_the_threshold_lies_between():
    w = prom.weights()
    assert sum(w.weights.values()) == pytest.approx(1.0)
    assert 0.0 < prom.main_at() < 1.0
    assert list(w.position) == sorted(w.position, reverse=True) and w.later <= w.position[-1]


# -- whole stories, in the project's own words --------------------------------------------------------------------

STORY = ("Chile recalled its ambassador from Peru on Monday in protest over a fishing dispute, the foreign ministry "
         "said.\n\n"
         "The ministry said the decision followed weeks of failed contacts between the two governments.\n\n"
         "Fishermen in the port of Arica said their catches had fallen sharply this year.\n\n"
         "The recall came after Peru seized two Chilean trawlers last week.\n\n"
         "Chile's foreign minister said the ambassador would stay in Santiago until Peru answers.\n\n"
         "Analysts said Chile could also impose sanctions on Peruvian fish imports later this year.")


@pytest.fixture(scope="module")
def coded(nlp):
    def run(text: str, title: str | None = None):
        doc = Document(id="p", source="p", text=text, title=title, published="2024-06-24")
        return next(process([doc], nlp=nlp)).events
    return run


def _by_trigger(events: list[Event], word: str) -> Event:
    found = [e for e in events if e.trigger and word in e.trigger.lower()]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


def test_the_lede_act_outranks_an_act_told_after_after_and_a_hypothetical_one(coded):
    events = coded(STORY)
    assert all(e.prominence is not None and 0.0 <= e.prominence <= 1.0 for e in events)
    recall = _by_trigger(events, "recall")
    seized = _by_trigger(events, "seiz")
    sanctions = _by_trigger(events, "impos")
    assert recall.prominence >= prom.main_at()
    assert recall.prominence > seized.prominence
    assert recall.prominence > sanctions.prominence
    assert seized.prominence < prom.main_at() and sanctions.prominence < prom.main_at()


def test_a_title_that_names_the_act_raises_it_and_removes_nothing(coded):
    plain = coded(STORY)
    titled = coded(STORY, title="Chile recalls envoy from Lima")
    assert [(e.type, e.trigger) for e in plain] == [(e.type, e.trigger) for e in titled]
    assert _by_trigger(titled, "recall").prominence > _by_trigger(plain, "recall").prominence
    assert _by_trigger(titled, "seiz").prominence >= _by_trigger(plain, "seiz").prominence


def test_a_title_that_names_the_act_by_another_word_raises_it(coded):
    text = ("Vietnamese gunboats shelled two Chinese border posts on Monday, Beijing said.\n\n"
            "Markets in Hanoi were calm.")
    plain = _by_trigger(coded(text, title="CHINA REPORTS VIETNAMESE MOVES"), "shell")
    titled = _by_trigger(coded(text, title="CHINA REPORTS VIETNAMESE ATTACK"), "shell")
    assert titled.type == "ASSAULT"
    assert titled.prominence > plain.prominence


def test_the_same_act_deep_in_a_story_ranks_below_its_telling_in_the_lede(coded):
    text = ("Officials of the two countries spoke of fishing quotas, prices and ports for most of the day.\n\n"
            "Markets were calm.\n\nTraders said prices were steady.\n\nThe weather was mild.\n\n"
            "Japan and South Korea signed a fisheries agreement in Tokyo on Tuesday, officials said.")
    deep = _by_trigger(coded(text), "sign")
    lede = _by_trigger(coded("Japan and South Korea signed a fisheries agreement in Tokyo on Tuesday, officials "
                             "said.\n\nMarkets were calm."), "sign")
    assert lede.prominence > deep.prominence


# -- the lede's act told in a clause of its own (round 69) ---------------------------------------------------------

@pytest.mark.parametrize("text, word, own", [
    ("Ferries stayed in port on Monday as Greek seamen went on strike.", "went", True),
    ("The envoy paid a visit to Hanoi during which he discussed the border.", "discussed", True),
    ("The dockers ended their stoppage after the port authority agreed to review their pay.", "agreed", True),
    ("The bank approved a loan to Laos to help finance a dam.", "finance", False),   # a purpose: no subject
    ("The cartel kept the ceiling agreed by its members in May.", "agreed", False),  # a participle: no subject
    ("The assembly passed a resolution urging new talks.", "urging", False),
    ("The minister said the ferries stayed in port.", "stayed", False),             # a reported clause
])
def test_a_clause_of_its_own_has_its_own_subject(nlp, text, word, own):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert prom.in_a_clause_of_its_own(tok) is own


LEDE_CLAUSE = ("Ferries stayed in port in Piraeus on Monday as Greek seamen went on strike for higher pay, union "
               "officials said.\n\nThe ministry said talks would resume on Friday.")


def test_the_ledes_act_in_a_clause_with_its_own_subject_ranks_as_a_main_act(coded):
    lede = _by_trigger(coded(LEDE_CLAUSE, title="GREEK SEAMEN STRIKE"), "went")
    assert lede.type == "PROTEST"
    assert lede.prominence >= prom.main_at()
    later = ("Ferries were busy on Sunday, port officials said.\n\nTraders said fares were steady.\n\n"
             + LEDE_CLAUSE)
    deep = _by_trigger(coded(later, title="GREEK SEAMEN STRIKE"), "went")
    assert deep.prominence < prom.main_at() < lede.prominence  # deeper down the clause is background again


def test_the_purpose_of_a_loan_in_the_lede_stays_background(coded):
    text = ("The Asian Development Bank said it approved a loan to Laos to help finance a hydropower dam.\n\n"
            "The dam will be built over five years.")
    events = coded(text)
    purpose = [e for e in events if e.trigger and "financ" in e.trigger.lower()]
    main = [e for e in events if e.trigger and "approv" in e.trigger.lower() or e.trigger and "loan" in e.trigger.lower()]
    assert main, [(e.type, e.trigger, e.prominence) for e in events]
    assert all(p.prominence < max(m.prominence for m in main) for p in purpose)


# -- an act the writer tells as done before the news (round 69) ---------------------------------------------------

@pytest.mark.parametrize("text, word, earlier", [
    ("The government had already imposed curbs on the imports.", "imposed", True),
    ("The government had imposed curbs on the imports in May.", "imposed", True),
    ("The ministry has already banned the imports.", "banned", True),
    ("The ministry banned the imports on Monday.", "banned", False),
    ("The company said it had agreed to sell the plant.", "agreed", False),          # the speaker's past: news
    ("The company had agreed to sell the plant, a spokesman said.", "agreed", False),
])
def test_an_act_told_in_the_past_perfect_or_already_by_the_writer_is_earlier(nlp, text, word, earlier):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert prom.told_as_earlier(tok, prom.weights().earlier_words) is earlier


def test_a_ban_already_imposed_ranks_below_the_same_ban_told_as_news(coded):
    lede = "Inspectors at the port of Santos turned back two cargoes of Chilean apples on Tuesday.\n\n"
    news = _by_trigger(coded(lede + "Brazil banned imports of Chilean fruit on Tuesday."), "bann")
    earlier = _by_trigger(coded(lede + "Brazil has already banned imports of Chilean fruit."), "bann")
    assert news.type == earlier.type
    assert earlier.prominence < news.prominence
