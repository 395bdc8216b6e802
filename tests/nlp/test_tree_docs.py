"""A light Doc of one dependency tree gives a DependencyMatcher the matches `Span.as_doc` gives, and says which
patterns it cannot serve."""

import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from dossier.nlp.dependency_gate import DependencyGate
from dossier.nlp.tree_docs import carries, tree_doc, tree_table

PATTERNS = [
    # a verb whose subject is one of some lemmas
    [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}},
     {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "s",
      "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": ["bank", "ministry"]}}}],
    # "told reporters": a written form and a fine tag
    [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LOWER": "told", "TAG": "VBD"}},
     {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": "reporter"}}],
    # a preposition's object two steps below a verb (the parse's depth is kept)
    [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}},
     {"LEFT_ID": "v", "REL_OP": ">>", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "pobj"}}],
    # word order within the tree: a determiner before its noun
    [{"RIGHT_ID": "n", "RIGHT_ATTRS": {"POS": "NOUN"}},
     {"LEFT_ID": "n", "REL_OP": ">", "RIGHT_ID": "d", "RIGHT_ATTRS": {"DEP": "det"}},
     {"LEFT_ID": "d", "REL_OP": ".", "RIGHT_ID": "n2", "RIGHT_ATTRS": {"POS": "NOUN"}}],
]

# (words, heads within the sentence, deps, pos, tags, lemmas), one tree each
SENTENCES = [
    (["The", "bank", "raised", "rates", "."], [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj", "punct"],
     ["DET", "NOUN", "VERB", "NOUN", "PUNCT"], ["DT", "NN", "VBD", "NNS", "."], ["the", "bank", "raise", "rate", "."]),
    (["Officials", "told", "reporters", "in", "Lima", "."], [1, 1, 1, 1, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["NNS", "VBD", "NNS", "IN", "NNP", "."], ["official", "tell", "reporter", "in", "Lima", "."]),
    (["A", "ministry", "spoke", "of", "the", "plan", "."], [1, 2, 2, 2, 5, 3, 2],
     ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
     ["DT", "NN", "VBD", "IN", "DT", "NN", "."], ["a", "ministry", "speak", "of", "the", "plan", "."]),
]


def _doc(vocab) -> Doc:
    words, heads, deps, pos, tags, lemmas, starts, spaces = [], [], [], [], [], [], [], []
    for w, h, d, p, t, lemma in SENTENCES:
        heads += [len(words) + i for i in h]
        starts += [True] + [False] * (len(w) - 1)
        spaces += [True] * (len(w) - 2) + [False, True]
        words += w
        deps += d
        pos += p
        tags += t
        lemmas += lemma
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               sent_starts=starts)


def test_a_tree_doc_gives_the_matches_of_a_span_copy():
    vocab = spacy.blank("en").vocab
    doc = _doc(vocab)
    table = tree_table(doc)
    places = dict(DependencyGate(PATTERNS).places(doc, list(range(len(PATTERNS)))))
    matched = 0
    for n, pattern in enumerate(PATTERNS):
        matcher = DependencyMatcher(vocab)
        matcher.add(str(n), [pattern])
        for start, end in places.get(n) or []:
            light = matcher(tree_doc(doc, start, end, table))
            assert light == matcher(doc[start:end].as_doc()), (n, start)
            matched += len(light)
    assert matched >= 5  # the patterns match in the sentences


def test_a_tree_doc_keeps_words_spacing_and_parse():
    vocab = spacy.blank("en").vocab
    doc = _doc(vocab)
    sentence = list(doc.sents)[1]
    tree = tree_doc(doc, sentence.start, sentence.end, tree_table(doc))
    assert tree.text == sentence.text_with_ws == sentence.as_doc().text
    assert [(t.lower_, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in tree] == \
        [(t.lower_, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i - sentence.start) for t in sentence]


def test_patterns_on_attributes_a_tree_doc_lacks_are_not_served():
    assert carries(PATTERNS)
    assert carries([[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "fall", "ENT_TYPE": {"NOT_IN": ["DATE"]}}}]])
    assert not carries([[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"MORPH": {"IS_SUPERSET": ["Tense=Past"]}}}]])
    assert not carries([[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"ENT_KB_ID": "Q30"}}]])


def _entity_doc(vocab, ents: list[str]) -> Doc:
    """Two sentences of made-up words, parsed flat (every word's head the sentence's first), with the entities
    given as IOB tags (an entity may run across the sentences' border, as a tagger's may)."""
    words = ["Ada", "Lund", "paid", "ten", "crowns", "Bo", "Vik", "left", "at", "noon"]
    heads = [0] * 5 + [5] * 5
    deps = ["ROOT"] + ["dep"] * 4 + ["ROOT"] + ["dep"] * 4
    return Doc(vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * 4 + [True] + [False] * 4,
               ents=ents)


def _rows(doc: Doc) -> list[tuple]:
    return [(t.text, t.whitespace_, t.head.i, t.dep_, t.ent_iob, t.ent_type_) for t in doc]


def test_a_tree_doc_carries_entities_as_a_span_copy_does():
    vocab = spacy.blank("en").vocab
    whole = ["B-PERSON", "I-PERSON", "O", "B-MONEY", "I-MONEY", "B-PERSON", "I-PERSON", "O", "O", "B-TIME"]
    across = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]  # "crowns Bo Vik"
    all_one = ["B-ORG"] + ["I-ORG"] * 9  # one entity over both sentences
    for ents in (whole, across, all_one):
        doc = _entity_doc(vocab, ents)
        table = tree_table(doc)
        for sentence in doc.sents:
            assert _rows(tree_doc(doc, sentence.start, sentence.end, table)) == _rows(sentence.as_doc()), ents
    doc = _entity_doc(vocab, across)
    first, second = (tree_doc(doc, s.start, s.end, tree_table(doc)) for s in doc.sents)
    assert [t.ent_type_ for t in first] == ["PERSON", "PERSON", "", "", ""]  # the cut entity's word has none
    assert [t.ent_type_ for t in second] == ["", "", "", "", ""]
    whole_doc = _entity_doc(vocab, whole)
    assert [t.ent_type_ for t in tree_doc(whole_doc, 0, 5, tree_table(whole_doc))] == \
        ["PERSON", "PERSON", "", "MONEY", "MONEY"]  # must-not: the entities wholly inside are kept


def test_a_pattern_on_an_entity_type_matches_on_a_tree_doc_as_on_a_span_copy():
    vocab = spacy.blank("en").vocab
    pattern = [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LOWER": "paid"}},
               {"LEFT_ID": "v", "REL_OP": "<", "RIGHT_ID": "s", "RIGHT_ATTRS": {"ENT_TYPE": "PERSON"}}]
    matcher = DependencyMatcher(vocab)
    matcher.add("paid", [pattern])
    for ents, found in ((["B-PERSON", "I-PERSON", "O", "B-MONEY", "I-MONEY"] + ["O"] * 5, 1), (["O"] * 10, 0)):
        doc = _entity_doc(vocab, ents)
        light = matcher(tree_doc(doc, 0, 5, tree_table(doc)))
        assert light == matcher(doc[0:5].as_doc()) and len(light) == found


def test_the_shipped_non_event_contexts_are_served_by_tree_docs():
    """Every attribute the non-event patterns look at is carried: one pattern on another attribute would send every
    tree of every document through `Span.as_doc` again (as one on ENT_TYPE did from round 33 to round 35)."""
    from dossier.events.patterns import load_contexts

    assert carries([list(pattern) for context in load_contexts() for pattern in context.patterns])
