"""A title of several words that names one office as a whole ("Crown Prince"), used alone after the article introduced
one person with it, stands for that person; not where two people were introduced with it, nor where the person is
only named after it. Sentences written for these tests."""

from tests.actors.test_names_found_later import _span


def _read_last(analyse, text: str, words: str):
    doc = analyse(text, "2024-03-04")
    wanted = words.split()
    starts = [t.i for t in doc if [w.text for w in doc[t.i:t.i + len(wanted)]] == wanted]
    span = doc[starts[-1]:starts[-1] + len(wanted)]
    return doc, span, doc._.unknown_name(span, "unk:NAME:" + "-".join(w.lower() for w in wanted))


def test_the_title_alone_stands_for_the_person_introduced_with_it(analyse):
    doc, _, read = _read_last(analyse, "Brazil's Crown Prince Rafael Duarte met Chile's president on Monday. "
                                          "Asked about the deal, the Crown Prince said he was pleased.", "Crown Prince")
    assert isinstance(read, str) and "Rafael Duarte" in doc._.actors[read].name


def test_a_later_mention_as_an_object_stands_for_the_person_too(analyse):
    doc, _, read = _read_last(analyse, "Crown Prince Omar Haddad of Jordan flew to Cairo. Egypt's leader assured the "
                                       "Crown Prince that aid would come.", "Crown Prince")
    assert isinstance(read, str) and "Omar Haddad" in doc._.actors[read].name


def test_two_people_introduced_with_the_title_leave_it_unresolved(analyse):
    _, _, read = _read_last(analyse, "Crown Prince Erik Holm of Denmark greeted Crown Prince Anders Berg of Norway. "
                                     "The Crown Prince said trade would grow.", "Crown Prince")
    assert not isinstance(read, str)


def test_a_person_named_only_after_the_title_is_not_its_holder(analyse):
    doc = analyse("The Crown Prince praised the accord. Later, Crown Prince Omar Haddad of Jordan flew to Cairo.",
                  "2024-03-04")
    read = doc._.unknown_name(_span(doc, "Crown Prince praised")[:2], "unk:NAME:crown-prince")
    assert not isinstance(read, str)
