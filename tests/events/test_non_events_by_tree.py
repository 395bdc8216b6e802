"""The non-event patterns that may match in one dependency tree run there, each by its own matcher on one Doc of the
tree made for them all, and find for each pattern the matches its own matcher finds on the whole doc, in the same
order."""

import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from dossier.events.matching import TriggerMatcher
from dossier.events.patterns import Context

# three contexts made up for the test; the first two share their trigger node (a verb with a subject)
CONTEXTS = [
    Context(name="a verb one's lawyers speak of", patterns=(
        ({"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"POS": "VERB"}},
         {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "who",
          "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": ["lawyer", "aide"]}}}),)),
    Context(name="a verb with an object of time", patterns=(
        ({"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"POS": "VERB"}},
         {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "when",
          "RIGHT_ATTRS": {"DEP": "npadvmod", "LEMMA": {"IN": ["week", "month"]}}}),)),
    Context(name="a word after a question", patterns=(
        ({"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"POS": "VERB"}},
         {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "mark",
          "RIGHT_ATTRS": {"DEP": "mark", "LOWER": "whether"}}),)),
]

# (words, heads within the sentence, deps, pos, lemmas): one tree each
SENTENCES = [
    (["Aides", "met", "last", "week", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "amod", "npadvmod", "punct"],
     ["NOUN", "VERB", "ADJ", "NOUN", "PUNCT"], ["aide", "meet", "last", "week", "."]),
    (["Farmers", "sold", "grain", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
     ["NOUN", "VERB", "NOUN", "PUNCT"], ["farmer", "sell", "grain", "."]),
    (["Lawyers", "asked", "whether", "talks", "resume", "."], [1, 1, 4, 4, 1, 1],
     ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"], ["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
     ["lawyer", "ask", "whether", "talk", "resume", "."]),
    (["A", "lawyer", "waited", "a", "month", "."], [1, 2, 2, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "npadvmod",
                                                                        "punct"],
     ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ["a", "lawyer", "wait", "a", "month", "."]),
]


def _doc(vocab) -> Doc:
    words, heads, deps, pos, lemmas, starts = [], [], [], [], [], []
    for w, h, d, p, lemma in SENTENCES:
        heads += [len(words) + i for i in h]
        starts += [True] + [False] * (len(w) - 1)
        words += w
        deps += d
        pos += p
        lemmas += lemma
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, sent_starts=starts)


def _own_matches(vocab, pattern: list[dict], doc: Doc, start: int, end: int) -> list[list[int]]:
    """What the pattern's own matcher finds on the whole doc, in its order, in the tree start..end."""
    matcher = DependencyMatcher(vocab)
    matcher.add("own", [pattern])
    return [list(tokens) for _, tokens in matcher(doc) if start <= tokens[0] < end]


def test_the_patterns_of_a_tree_found_on_its_doc_as_each_on_the_whole_doc():
    vocab = spacy.blank("en").vocab
    matcher = TriggerMatcher(vocab, [], contexts=CONTEXTS)
    doc = _doc(vocab)
    placed = matcher.tree_gate.places(doc, list(range(len(CONTEXTS))))
    found = matcher._matches_in_trees(doc, placed)
    shared = {}
    for n, where in placed:
        assert where is not None  # every sentence is one tree, a run of its own
        for start, end in where:
            assert found[n, start] == _own_matches(vocab, matcher.context_patterns[n], doc, start, end), (n, start)
            shared.setdefault(start, []).append(n)
    assert any(len(numbers) > 1 for numbers in shared.values())  # a tree where two patterns ran on one tree Doc
    # met/aides, met/week, asked/lawyers, resume/whether, waited/lawyer, waited/month
    assert sum(len(m) for m in found.values()) == 6
    assert not any(found.get((n, 5)) for n in range(len(CONTEXTS)))  # must-not: nothing in "Farmers sold grain"


def test_the_words_silenced_are_those_of_each_pattern_alone():
    vocab = spacy.blank("en").vocab
    matcher = TriggerMatcher(vocab, [], contexts=CONTEXTS)
    doc = _doc(vocab)
    silenced = matcher._non_events(doc)
    assert {i: c[0].name for i, c in silenced.items()} == {
        1: "a verb one's lawyers speak of", 10: "a verb one's lawyers speak of", 13: "a word after a question",
        17: "a verb one's lawyers speak of"}  # the first context of a word's, in their order
    assert 6 not in silenced  # must-not: "sold" has no subject or mark of those words
    again = matcher._non_events(doc, {1, 6})  # only the words asked about
    assert set(again) == {1}


def test_no_matcher_is_made_for_a_trees_patterns(monkeypatch):
    """A tree's patterns run by the matchers made with the TriggerMatcher, one a pattern: none is made while
    matching (a matcher of a set of patterns cost more to make than the walks it saved)."""
    vocab = spacy.blank("en").vocab
    matcher = TriggerMatcher(vocab, [], contexts=CONTEXTS)
    doc = _doc(vocab)
    made = []
    import dossier.events.matching as matching
    monkeypatch.setattr(matching, "DependencyMatcher", lambda *a, **k: made.append(a) or DependencyMatcher(*a, **k))
    placed = matcher.tree_gate.places(doc, list(range(len(CONTEXTS))))
    assert sum(len(m) for m in matcher._matches_in_trees(doc, placed).values()) == 6
    assert made == []
