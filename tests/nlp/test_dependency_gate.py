"""The dependency gate never turns away a pattern the DependencyMatcher would match, and does turn away the others."""

import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from dossier.nlp.dependency_gate import DependencyGate

PATTERNS = [
    # 0: a verb whose subject is one of some words
    [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}},
     {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "s",
      "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": ["share", "bond"]}}}],
    # 1: "said to reporters": three nodes, words on two of them
    [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "say"}},
     {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "p", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "to"}},
     {"LEFT_ID": "p", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": {"IN": ["reporter"]}}}],
    # 2: a node of an attribute the gate does not look at (left out: a looser condition)
    [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "fall", "ENT_TYPE": {"NOT_IN": ["DATE"]}}}],
    # 3: no word at all: tried wherever a verb has an object
    [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}},
     {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "dobj"}}],
    # 4: a word no text below holds
    [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["abdicate", "secede"]}}}],
]

# (words, heads, deps, pos, lemmas) of hand-parsed sentences; a doc is one or more of them, one tree each
SENTENCES = {
    "shares fell": (["Shares", "fell", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"], ["NOUN", "VERB", "PUNCT"],
                    ["share", "fall", "."]),
    "said to reporters": (["She", "said", "to", "reporters", "."], [1, 1, 1, 2, 1],
                          ["nsubj", "ROOT", "prep", "pobj", "punct"], ["PRON", "VERB", "ADP", "NOUN", "PUNCT"],
                          ["she", "say", "to", "reporter", "."]),
    "said to a friend": (["He", "said", "to", "a", "friend", "."], [1, 1, 1, 4, 2, 1],
                         ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                         ["PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"], ["he", "say", "to", "a", "friend", "."]),
    "reporters waited": (["Reporters", "waited", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                         ["NOUN", "VERB", "PUNCT"], ["reporter", "wait", "."]),
    "bonds lost ground": (["Bonds", "lost", "ground", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                          ["NOUN", "VERB", "NOUN", "PUNCT"], ["bond", "lose", "ground", "."]),
}


def _doc(vocab, *names: str) -> Doc:
    words, heads, deps, pos, lemmas, starts = [], [], [], [], [], []
    for name in names:
        w, h, d, p, lemma = SENTENCES[name]
        heads += [len(words) + i for i in h]
        starts += [True] + [False] * (len(w) - 1)
        words += w
        deps += d
        pos += p
        lemmas += lemma
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, sent_starts=starts)


def _matched(vocab, doc: Doc) -> set[int]:
    found = set()
    for n, pattern in enumerate(PATTERNS):
        matcher = DependencyMatcher(vocab)
        matcher.add(str(n), [pattern])
        if matcher(doc):
            found.add(n)
    return found


def test_never_turns_away_a_pattern_that_matches():
    vocab = spacy.blank("en").vocab
    gate = DependencyGate(PATTERNS)
    docs = [_doc(vocab, name) for name in SENTENCES] + [_doc(vocab, *SENTENCES)]
    matched = 0
    for doc in docs:
        expected = _matched(vocab, doc)
        assert expected <= set(gate.possible(doc, list(range(len(PATTERNS))))), doc.text
        matched += len(expected)
    assert matched >= 8  # the docs exercise the patterns


def test_turns_away_words_in_different_trees_or_missing():
    vocab = spacy.blank("en").vocab
    gate = DependencyGate(PATTERNS)
    everything = list(range(len(PATTERNS)))
    # "said to a friend" + "reporters waited": every word of pattern 1 is there, but not in one tree
    apart = _doc(vocab, "said to a friend", "reporters waited")
    assert 1 not in gate.possible(apart, everything)
    assert 1 in gate.possible(_doc(vocab, "said to reporters"), everything)
    assert 4 not in gate.possible(_doc(vocab, *SENTENCES), everything)  # no such word
    # the subject's label counts too: "reporters" is a subject, not the object of "to"
    assert gate.possible(_doc(vocab, "reporters waited"), [0, 3]) == []
    assert gate.possible(_doc(vocab, "bonds lost ground"), [3, 0]) == [3, 0]  # the numbers asked, in their order


def test_an_empty_doc_or_no_pattern():
    vocab = spacy.blank("en").vocab
    gate = DependencyGate(PATTERNS)
    assert gate.possible(Doc(vocab, words=[]), [0, 1]) == [0, 1]
    assert gate.possible(_doc(vocab, "shares fell"), []) == []


def test_places_give_the_same_matches_tree_by_tree():
    vocab = spacy.blank("en").vocab
    gate = DependencyGate(PATTERNS)
    doc = _doc(vocab, *SENTENCES)
    places = dict(gate.places(doc, list(range(len(PATTERNS)))))
    assert any(where is not None for where in places.values())
    for n, pattern in enumerate(PATTERNS):
        matcher = DependencyMatcher(vocab)
        matcher.add(str(n), [pattern])
        whole = sorted(tuple(tokens) for _, tokens in matcher(doc))
        if n not in places:
            assert whole == [], n
            continue
        if places[n] is None:
            continue
        by_tree = sorted(tuple(start + i for i in tokens) for start, end in places[n]
                         for _, tokens in matcher(doc[start:end].as_doc()))
        assert by_tree == whole, n


def test_places_with_first_tokens_keep_every_match_beginning_there():
    vocab = spacy.blank("en").vocab
    gate = DependencyGate(PATTERNS)
    doc = _doc(vocab, *SENTENCES)
    everything = list(range(len(PATTERNS)))
    for first_at in ([1], [4, 12], [6, 16], list(range(len(doc))), [0]):
        places = dict(gate.places(doc, everything, first_at))
        for n, pattern in enumerate(PATTERNS):
            matcher = DependencyMatcher(vocab)
            matcher.add(str(n), [pattern])
            wanted = sorted(tuple(t) for _, t in matcher(doc) if t[0] in first_at)
            if n not in places:
                assert wanted == [], (first_at, n)
                continue
            found = [tuple(t) for _, t in matcher(doc)] if places[n] is None else \
                [tuple(start + i for i in t) for start, end in places[n] for _, t in matcher(doc[start:end].as_doc())]
            assert wanted == sorted(t for t in found if t[0] in first_at), (first_at, n)


def test_places_with_first_tokens_leave_out_the_trees_where_no_match_can_begin():
    vocab = spacy.blank("en").vocab
    gate = DependencyGate(PATTERNS)
    doc = _doc(vocab, "shares fell", "said to reporters", "bonds lost ground")  # "said": 4, "lost": 9
    everything = list(range(len(PATTERNS)))
    assert dict(gate.places(doc, everything, [9])) == {0: [(8, 12)], 3: [(8, 12)]}  # "lost" only
    assert 1 in dict(gate.places(doc, everything, [4]))  # "said" begins pattern 1
    assert 1 not in dict(gate.places(doc, everything, [3]))  # "She" begins none of it
    assert gate.places(doc, everything, []) == []


def test_first_tokens_count_where_the_first_node_has_no_condition_the_gate_reads():
    vocab = spacy.blank("en").vocab
    # the first node's one condition is one the gate leaves out: the tree must still hold a first token
    gate = DependencyGate([[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"ENT_TYPE": {"NOT_IN": ["DATE"]}}},
                            {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "dobj"}}]])
    doc = _doc(vocab, "shares fell", "bonds lost ground")  # "lost": 4
    assert gate.places(doc, [0], [4]) == [(0, [(3, 7)])]
    assert gate.places(doc, [0], [1]) == []  # the tree of "fell" holds no object
    assert gate.places(doc, [0]) == [(0, [(3, 7)])]


def test_patterns_asked_together_are_placed_as_each_asked_alone():
    """A node two patterns share (a verb: patterns 0 and 3) is looked up once a doc for both: each pattern's trees
    are those it gets asked alone, with and without first tokens."""
    vocab = spacy.blank("en").vocab
    gate = DependencyGate(PATTERNS)
    everything = list(range(len(PATTERNS)))
    for names in (list(SENTENCES), ["bonds lost ground", "shares fell"], ["said to a friend", "reporters waited"]):
        doc = _doc(vocab, *names)
        for first_at in (None, [1], list(range(len(doc)))):
            together = gate.places(doc, everything, first_at)
            alone = [place for n in everything for place in gate.places(doc, [n], first_at)]
            assert together == alone, (names, first_at)
    doc = _doc(vocab, "bonds lost ground", "shares fell")
    assert dict(gate.places(doc, everything))[3] == [(0, 4)]  # must-not: "fell" has no object, its tree is out


def test_trees_read_from_the_positions_of_values_are_those_a_walk_of_the_tokens_finds():
    """The trees of a node come from {value: tokens} tables of the doc's columns: the same roots as reading every
    token's attributes (a multi-word list, a word and a label together, a node no token meets)."""
    from dossier.nlp.dependency_gate import _ARRAY, _COLUMNS, _roots

    vocab = spacy.blank("en").vocab
    gate = DependencyGate(PATTERNS)
    for names in (list(SENTENCES), ["said to a friend", "reporters waited"], ["shares fell"]):
        doc = _doc(vocab, *names)
        table, roots = doc.to_array(_ARRAY), _roots(doc)
        present = {column: set(table[:, column].tolist()) for column in _COLUMNS.values()}
        for nodes in gate.nodes:
            for node in nodes:
                walked = {int(roots[t.i]) for t in doc
                          if all(table[t.i, column] in values for column, values in node)}
                assert DependencyGate._trees(table, roots.tolist(), [node], present) == walked, (names, node)
