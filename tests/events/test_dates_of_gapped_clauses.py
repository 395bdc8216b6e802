"""A joined participle whose auxiliary is left out ("one soldier was killed and another wounded in shelling on
Monday") is one clause with the first verb: its time tells both. A joined verb with a tense of its own keeps its time
to itself ("were expected to sign, but the talks collapsed last week"). Sentences written for these tests."""

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.events.dates import _clause_head
from tests.events.conftest import only

VOCAB = English().vocab


def test_a_time_in_the_gapped_half_dates_the_first_verbs_act(code):
    events, _ = code("Kenya's army said one of its officers was killed and another injured in shelling by Somali "
                     "militants near Mandera on Monday.", "2024-06-11")
    value = only(events, "ASSAULT").date
    assert (value.start, value.end) == ("2024-06-10", "2024-06-10")


def test_a_joined_verb_with_its_own_tense_keeps_its_time(code):
    events, _ = code("Kenya was expected to sign the deal with Uganda, but the talks collapsed last week.",
                     "2024-06-11")
    assert only(events, "AGREE").date is None


def _parse(words, heads, deps, tags):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags,
               pos=["VERB" if t.startswith("VB") else "AUX" if d.startswith("aux") else "NOUN" for t, d in
                    zip(tags, deps)])


def test_the_clause_of_a_time_in_a_gapped_participle_is_the_first_verbs():
    # one was killed and another wounded on Monday
    doc = _parse(["one", "was", "killed", "and", "another", "wounded", "on", "Monday"], [2, 2, 2, 2, 5, 2, 5, 6],
                 ["nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "conj", "prep", "pobj"],
                 ["CD", "VBD", "VBN", "CC", "DT", "VBN", "IN", "NNP"])
    assert _clause_head(doc[7], own_conjunct=True).i == 2


def test_the_clause_of_a_time_in_a_joined_clause_with_its_auxiliary_is_its_own():
    # one was killed and another was wounded on Monday
    doc = _parse(["one", "was", "killed", "and", "another", "was", "wounded", "on", "Monday"],
                 [2, 2, 2, 2, 6, 6, 2, 6, 7],
                 ["nsubjpass", "auxpass", "ROOT", "cc", "nsubjpass", "auxpass", "conj", "prep", "pobj"],
                 ["CD", "VBD", "VBN", "CC", "DT", "VBD", "VBN", "IN", "NNP"])
    assert _clause_head(doc[8], own_conjunct=True).i == 6


def test_the_clause_of_a_time_after_but_is_its_own():
    # the pact was expected to be signed, but talks stalled last week (the tagger reads "stalled" as a participle)
    doc = _parse(["pact", "was", "expected", "but", "talks", "stalled", "last", "week"], [2, 2, 2, 2, 5, 2, 7, 5],
                 ["nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "conj", "amod", "npadvmod"],
                 ["NN", "VBD", "VBN", "CC", "NNS", "VBN", "JJ", "NN"])
    assert _clause_head(doc[7], own_conjunct=True).i == 5
