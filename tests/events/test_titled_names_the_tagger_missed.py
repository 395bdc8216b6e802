"""A run of proper nouns the tagger left untagged that opens with an office's title ("Bank of Japan Governor Satoshi
Sumita" in a list): the person is the words after the title, an official of the body before it, and so of its
country; a run without a title, or with fewer than two words after it, stays one unknown name."""

import pytest

from dossier.events.actors import _after_title


def run_of(nlp, text, last):
    doc = nlp.make_doc(text)
    words = [t.text for t in doc]
    end = words.index(last) + 1
    start = end
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    return doc[start:end]


@pytest.mark.parametrize("text, last, person", [
    ("They met Governor Ichiro Sato yesterday.", "Sato", "Ichiro Sato"),
    ("They met Minister Ana Lima Costa yesterday.", "Costa", "Ana Lima Costa"),
    ("They met Deputy Minister Ana Costa yesterday.", "Costa", None),  # "Deputy" is no holder's title here
])
def test_the_person_is_the_words_after_the_title(nlp, text, last, person):
    found = _after_title(run_of(nlp, text, last))
    assert (found.text if found is not None else None) == person


@pytest.mark.parametrize("text, last", [
    ("Shares of General Motors rose.", "Motors"),  # one word after "General": a firm's name, not a person
    ("The Hobbit Council Shire met.", "Shire"),  # no title at all
    ("They met Governor Sato yesterday.", "Sato"),  # one word after the title: not read as a full name
])
def test_no_person_without_a_title_and_a_full_name(nlp, text, last):
    assert _after_title(run_of(nlp, text, last)) is None


def test_a_central_bank_governor_in_a_list_is_the_bank_s_country(code):
    events, actors = code("The envoy held talks with Prime Minister Kenji Ono, Trade Minister Taro Mori, Bank of "
                          "Japan Governor Satoshi Sumita and other senior Japanese officials.", published="1987-03-24")
    person = actors["unk:PERSON:satoshi-sumita"]
    assert person.country == "JPN"
    assert not [i for i in actors if "governor" in i]
    assert any("unk:PERSON:satoshi-sumita" in e.target for e in events)
