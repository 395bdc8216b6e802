"""Senses of words the converted dictionary codes as an act on a party where the wire uses them otherwise (round 69,
types69; patterns/none_word_senses.yaml, sanction.yaml, concede.yaml, accuse.yaml): a plan unveiled (SUPPORT 050),
repayment terms accorded (COERCE 173, a prison term), a fall made up for (ACCUSE 114), a course contemplated (CONSULT
040), a break with a tradition (THREATEN 130), shares pushed higher and assets wiped out (REQUEST 100, ASSAULT 190);
and three types the wire tells by other words: a break with an ally ends ties (SANCTION 161, not THREATEN 130),
strikers who join or resume their work end their stoppage (CONCEDE 082, not a meeting), and a protest from exporters or
a government is their complaint (ACCUSE 114), no demonstration. The same words with a party, a prison term, troops or
crowds keep their readings. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The Ruritanian cabinet unveiled its budget on Friday.", "unveiled"),
    ("The party's new tax strategy was unveiled by its leader Tom Bakker on Monday.", "unveiled"),
    ("The minister unveiled a plan to cut public spending.", "unveiled"),
    ("At the talks in Paris, Borduria was accorded terms that were softer than the creditors usually grant.",
     "accorded"),
    ("The lenders gave Ruritania easier terms on its debt.", "gave"),
    ("Norway will cut its output to compensate for higher production by other members.", "compensate"),
    ("The cartel was contemplating a cut in its output ceiling.", "contemplating"),
    ("The new chairman broke with tradition and spoke to the press.", "broke"),
    ("Press reports of a bond issue pushed the carmaker's shares higher on the bourse today.", "pushed"),
    ("Such claims could wipe out the firm's assets before other creditors act.", "wipe"),
])
def test_no_act_on_a_party(typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("The army unveiled its forces in the south.", "unveiled", ("SUPPORT", "051")),
    ("The court gave him a five-year term.", "gave", ("COERCE", "173")),
    ("Each of the three men was given prison terms of ten years.", "given", ("COERCE", "173")),
    ("The company will compensate the victims of the spill.", "compensate", ("ACCUSE", "114")),
    ("Washington pushed Iraq to withdraw its troops.", "pushed", ("REQUEST", "100")),
    ("The rebels wiped out an army unit near the border.", "wiped", ("ASSAULT", "190")),
    ("The minister joined the talks in Geneva.", "joined", ("CONSULT", "040")),
    ("The curfew sparked protests by students in the capital.", "protests", ("PROTEST", "141")),
])
def test_other_senses_keep_their_codes(typed, text, word, coded):
    assert typed(text)[word] == coded, typed(text)


@pytest.mark.parametrize("text, word, coded", [
    ("Anwar Sadat broke with Moscow in 1976 and turned to Washington.", "broke", ("SANCTION", "161")),
    ("The general broke with his long-standing ally.", "broke", ("SANCTION", "161")),
    ("Port officials said the striking dockers joined their work on Tuesday.", "joined", ("CONCEDE", "082")),
    ("Dockers resumed work on Monday.", "resumed", ("CONCEDE", "082")),
    ("The proposed levy on vegetable oils has drawn strong protests from Asian exporters.", "protests",
     ("ACCUSE", "114")),
    ("The levy drew angry protests from local producers and from several foreign governments.", "protests",
     ("ACCUSE", "114")),
])
def test_acts_told_by_other_words(typed, text, word, coded):
    assert typed(text)[word] == coded, typed(text)


def test_a_break_with_an_ally_ends_ties(code):
    found, actors = code("Egypt stopped its payments in 1977, when President Sadat broke with Moscow.")
    assert [(e.type, e.cameo) for e in found if e.trigger == "broke"] == [("SANCTION", "161")], \
        [(e.type, e.cameo, e.trigger) for e in found]


@pytest.mark.parametrize("text", [
    "The party's new tax strategy was unveiled by its leader Tom Bakker one day before the election date was named.",
    "The cartel was contemplating a cut in its output ceiling, traders said.",
    "The glass broke with a loud noise.",
])
def test_no_event(code, text):
    found, _ = code(text)
    assert found == [], [(e.type, e.trigger) for e in found]

