"""A person's surname the parser hung as a modifier on the next person's phrase, its "and" left coordinating nothing
or only the second's title word ("Trump and Chinese leader Xi ..."): both people are the act's parties
(actors.stranded_first, through actors.coordinated); a group named by two words of countries or by a lower-case
pair stays one phrase."""

from dossier.events.actors import coordinated, family_named, stranded_first
from tests.events.conftest import names

INTRO = "President Donald Trump spoke to reporters on Friday. "


def _last_sentence_heads(doc):
    sent = list(doc.sents)[-1]
    return {t.text: [w.text for w in stranded_first(t)] for t in sent if stranded_first(t)}


def test_a_surname_read_as_an_adjective_joins_the_second_leader(nlp):
    doc = nlp(INTRO + "Trump and Chinese leader Xi Jinping are due to sign a tariff truce next month.")
    found = _last_sentence_heads(doc)
    assert found.get("Jinping") == ["Trump"]
    head = next(t for t in doc if t.text == "Jinping")
    assert [t.text for t in coordinated(head)][:2] == ["Trump", "Jinping"]


def test_the_two_leaders_sign_one_side_each(code):
    events, actors = code(INTRO + "Trump and Chinese leader Xi Jinping are due to sign a tariff truce next month.")
    signed = [e for e in events if e.type == "AGREE" and e.trigger == "sign"]
    assert len(signed) == 1, [(e.type, e.trigger) for e in events]
    assert names(signed[0].source, actors) == {"Donald Trump"}
    assert names(signed[0].target, actors) == {"Xi Jinping"}


def test_a_title_word_read_as_the_conjunct_still_leaves_the_first_a_party(code):
    events, actors = code(INTRO + "Trump and German leader Angela Merkel will meet in Berlin next week.")
    met = [e for e in events if e.type == "CONSULT" and e.trigger == "meet"]
    assert len(met) == 1, [(e.type, e.trigger) for e in events]
    assert names(met[0].source + met[0].target, actors) == {"Donald Trump", "Angela Merkel"}


def test_not_two_words_of_countries_before_one_noun(nlp, code):
    text = "Chinese and Russian diplomats signed a trade protocol in Moscow."
    assert _last_sentence_heads(nlp(text)) == {}
    events, actors = code(text)
    signed = [e for e in events if e.trigger == "signed"]
    assert len(signed) == 1
    assert "China" not in names(signed[0].source + signed[0].target, actors)


def test_not_a_lower_case_conjunct(nlp):
    doc = nlp("Senator Susan Rice spoke on Monday. Rice and wheat farmers protested against the Thai government.")
    assert _last_sentence_heads(doc) == {}


def test_not_a_name_that_opens_no_pair(nlp):
    doc = nlp(INTRO + "Chinese leader Xi Jinping is due to sign a tariff truce next month.")
    assert _last_sentence_heads(doc) == {}


def test_a_surname_the_actors_stage_left_unread_is_the_person_named_before(code):
    events, actors = code(INTRO + "Trump and Turkish leader Recep Tayyip Erdogan are expected to sign a grain "
                                  "accord in Ankara.")
    signed = [e for e in events if e.type == "AGREE" and e.trigger == "sign"]
    assert len(signed) == 1, [(e.type, e.trigger) for e in events]
    assert names(signed[0].source + signed[0].target, actors) == {"Donald Trump", "Recep Tayyip Erdoğan"}


def test_family_named_is_the_one_person_of_that_surname(nlp):
    doc = nlp(INTRO + "Trump and Chinese leader Xi Jinping are due to sign a tariff truce next month.")
    word = [t for t in doc if t.text == "Trump"][-1]
    assert doc._.actors[family_named(word)].name == "Donald Trump"
    assert family_named(next(t for t in doc if t.text == "reporters")) is None


def test_no_family_name_shared_by_two_people(nlp):
    doc = nlp("Senator Ted Kennedy met Robert Kennedy on Friday. Kennedy and Irish premier Bertie Ahern talked.")
    word = [t for t in doc if t.text == "Kennedy"][-1]
    assert family_named(word) is None
