"""The attribute ruler's matches and the rule lemmatizer's lemmas read off a Doc's arrays are spaCy's own: the same
match list as the ruler's Matcher for every kind of pattern read here, the same lemmas, and the components left
alone where their patterns or mode are not read here."""

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc

from dossier.nlp import array_components
from dossier.nlp.array_components import ArrayLemmatizer, ArrayRules

WORDS = ["The", "envoys", "ai", "n't", "gon", "na", "sign", "it", " ", "today", ",", "Minister", "said", "."]
TAGS = ["DT", "NNS", "VBP", "RB", "VBG", "TO", "VB", "PRP", "_SP", "NN", ",", "NNP", "VBD", "."]
DEPS = ["det", "nsubj", "aux", "neg", "aux", "aux", "ccomp", "dobj", "dep", "npadvmod", "punct", "nsubj", "ROOT",
        "punct"]


def _doc(nlp) -> Doc:
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=[1, 6, 6, 6, 6, 6, 12, 6, 7, 6, 12, 12, 12, 12])


def _ruler(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


PATTERNS = [  # every kind of spec read here, each fitting some of WORDS
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"LOWER": "minister", "TAG": "NNP"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBP"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["DT", "NNS", "VBP", "RB", "VBG", "TO", "VB", "PRP", "_SP", "NN", ",", "NNP",
                                       "VBD"]}}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]],
     "attrs": {"LEMMA": "be"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"DEP": "ROOT"}, {}]], "attrs": {"MORPH": "Tense=Past"}},
    {"patterns": [[{"TEXT": "today"}], [{"ORTH": "it"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},  # a later rule over an earlier one
]

MUST_NOT = [  # specs that fit none of WORDS
    {"patterns": [[{"LOWER": "envoy"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "NNS", "LOWER": "minister"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "to"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": {"REGEX": "^xyz"}}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"IS_SPACE": True, "TAG": "NN"}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "."}, {}]], "attrs": {"POS": "X"}},  # a two-word pattern at the last word
]


@pytest.mark.parametrize("patterns", [PATTERNS, MUST_NOT, PATTERNS + MUST_NOT])
def test_the_same_matches_as_the_matcher(patterns):
    nlp, ruler = _ruler(patterns)
    doc = _doc(nlp)
    rules = ArrayRules(ruler)
    assert rules(doc) == ruler.match(doc)
    assert bool(rules(doc)) == (patterns is not MUST_NOT)
    assert rules(doc) == ruler.match(doc)  # judged rows kept from the first call


def test_rows_kept_compactly_with_one_object_per_verdict():
    nlp, ruler = _ruler(PATTERNS + MUST_NOT)
    doc = _doc(nlp)
    rules = ArrayRules(ruler)
    rules(doc)
    assert rules.judged and all(type(row) is bytes for row in rules.judged)
    verdicts = list(rules.judged.values())
    assert len({id(v) for v in verdicts}) == len(set(verdicts)) == len(rules.verdicts) < len(verdicts)
    other = Doc(nlp.vocab, words=["Envoys", "gon", "na", "sign", "today"], tags=["NNS", "VBG", "TO", "VB", "NN"])
    forgetful = ArrayRules(ruler, keep=0)  # the kept rows let go at each Doc: the same matches
    for d in (doc, other, doc):
        assert forgetful(d) == rules(d) == ruler.match(d)
    assert len(forgetful.verdicts) <= len(forgetful.judged)


def test_the_same_annotations_written():
    nlp, ruler = _ruler(PATTERNS + MUST_NOT)
    plain, arrays = _doc(nlp), _doc(nlp)
    ruler(plain)
    assert array_components.install(nlp) == ["attribute_ruler"]
    ruler(arrays)
    assert (plain.to_array([TAG, POS, MORPH, LEMMA]) == arrays.to_array([TAG, POS, MORPH, LEMMA])).all()
    assert [t.lemma_ for t in arrays][2:6] == ["be", "", "", "to"] and arrays[12].morph.get("Tense") == ["Past"]


def test_patterns_added_later_are_read():
    nlp, ruler = _ruler(PATTERNS[:1])
    rules = ArrayRules(ruler)
    doc = _doc(nlp)
    assert rules(doc) == ruler.match(doc)
    ruler.add([[{"LOWER": "today"}]], {"POS": "NOUN"})
    assert rules(doc) == ruler.match(doc) and len(rules(doc)) == 2


@pytest.mark.parametrize("spec", [{"LOWER": "envoys", "OP": "?"}, {"_": {"quoted": True}},
                                  {"LENGTH": {">=": 3}}, {"MORPH": {"IS_SUPERSET": ["Number=Plur"]}}])
def test_a_ruler_with_patterns_not_read_here_is_left_alone(spec):
    nlp, ruler = _ruler(PATTERNS[:1] + [{"patterns": [[spec]], "attrs": {"POS": "X"}}])
    assert array_components.install(nlp) == []
    assert "match" not in vars(ruler)


def test_the_same_lemmas_as_the_rule_lemmatizer():
    nlp = spacy.load("en_core_web_sm")
    text = ("The envoys ain't signing it: the ministers met twice, and talks were held in better rooms than "
            "before.\n\nThey said the envoys had gone.")
    plain = nlp(text)  # the component's own call, token by token
    lemmatizer = nlp.get_pipe("lemmatizer")
    arrays = nlp(text, disable=["lemmatizer"])
    found = ArrayLemmatizer(lemmatizer)
    assert found.lemmatize(arrays) is arrays
    assert [t.lemma_ for t in arrays] == [t.lemma_ for t in plain]
    assert {"envoy", "meet", "be", "hold", "well", "go"} <= {t.lemma_ for t in arrays}
    assert len(found.lemmas) < len(arrays)  # "the" and "envoys" asked once


def test_the_lemmatizer_s_keys_let_go_past_their_bound_give_the_same_lemmas():
    nlp = spacy.load("en_core_web_sm")
    texts = ["The envoys met twice and the ministers were meeting again.",
             "Talks were held in better rooms; the envoys had gone before the ministers came.",
             "The minister signs what the envoys signed, and the rooms are better."]
    plain = [[t.lemma_ for t in nlp(text)] for text in texts]
    lemmatizer = nlp.get_pipe("lemmatizer")
    forgetful = ArrayLemmatizer(lemmatizer, keep=4)  # the keys let go at almost every Doc
    found = []
    for text in texts:
        doc = forgetful.lemmatize(nlp(text, disable=["lemmatizer"]))
        found.append([t.lemma_ for t in doc])
        assert len(forgetful.lemmas) <= 4 + len(doc)  # at most one Doc's keys beyond the bound
    assert found == plain
    kept = ArrayLemmatizer(lemmatizer)  # the default bound: nothing let go on three sentences
    keys = set()
    for text in texts:
        doc = kept.lemmatize(nlp(text, disable=["lemmatizer"]))
        keys |= {tuple(row) for row in doc.to_array([ORTH, POS, MORPH]).tolist()}
    assert 4 + 10 < len(kept.lemmas) <= len(keys)  # the words of the three kept (those the ruler lemmatized left out)


def test_a_lemma_first_made_in_one_memory_zone_is_written_in_a_later_one():
    """A build analyses each batch in a spaCy memory zone, which lets the batch's new strings go at its end: a lemma
    kept from an earlier batch must still be a string the later Doc can read."""
    nlp = spacy.load("en_core_web_sm")
    text = "The quorvani envoys were brindling the treaties."
    with nlp.memory_zone():
        plain = [t.lemma_ for t in nlp(text)]
    lemmatizer = nlp.get_pipe("lemmatizer")
    kept = ArrayLemmatizer(lemmatizer)
    found = []
    for _ in range(2):
        with nlp.memory_zone():
            doc = kept.lemmatize(nlp(text, disable=["lemmatizer"]))
            found.append([t.lemma_ for t in doc])
    assert found == [plain, plain]
    assert "brindle" in plain and "brindle" not in nlp.vocab.strings  # made in a zone, let go with it


def test_installed_on_the_pipeline_with_names_unchanged():
    nlp = spacy.load("en_core_web_sm")
    names = nlp.pipe_names
    assert array_components.install(nlp) == ["attribute_ruler", "lemmatizer"]
    assert nlp.pipe_names == names
    text = "The ministers met in Lima on Monday and signed two accords."
    fast = next(nlp.pipe([text]))
    plain = nlp(text)  # Language.__call__ runs the lemmatizer's own call
    assert [(t.pos_, t.lemma_, t.morph.key) for t in fast] == [(t.pos_, t.lemma_, t.morph.key) for t in plain]


def test_a_lookup_lemmatizer_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert array_components.install(nlp) == []


def test_the_lemma_index_asked_as_sets_gives_the_same_lemmas():
    nlp = spacy.load("en_core_web_sm")
    text = "The negotiators were outflanking their rivals, who had given better offers to the feuding parties."
    plain = [(t.lemma_, t.pos_) for t in nlp(text)]  # the lists of known lemmas scanned, as spaCy does
    assert array_components.install(nlp) == ["attribute_ruler", "lemmatizer"]
    indexed = next(nlp.pipe([text]))
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(type(index) is array_components._IndexList for index in table.values())
    assert [(t.lemma_, t.pos_) for t in indexed] == plain
    nouns = table["noun"]
    assert "negotiator" in nouns and "outflanking" not in nouns
    nouns.append("outflanking")  # a list changed after: its set made again
    assert "outflanking" in nouns and isinstance(nouns, list)
    nouns.pop()


# The ruler's writes on the Doc's arrays (`ArrayWriter`): what spaCy's `set_annotations` writes, word for word.

WRITTEN = [TAG, POS, MORPH, LEMMA, DEP]


def _written(doc: Doc):
    return doc.to_array(WRITTEN).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


@pytest.mark.parametrize("patterns", [PATTERNS, MUST_NOT, PATTERNS + MUST_NOT, PATTERNS[::-1]])
def test_the_writer_gives_each_word_what_spacy_s_writer_gives(patterns):
    more = [{"patterns": [[{"TAG": "VB"}]], "attrs": {"TAG": "VBP", "DEP": "xcomp", "MORPH": "VerbForm=Fin"}},
            {"patterns": [[{"LOWER": "sign"}, {"LOWER": "it"}]], "attrs": {"POS": "AUX"}, "index": 1},
            {"patterns": [[{"TAG": "VB"}]], "attrs": {"MORPH": "VerbForm=Inf"}}]  # a later set over an earlier one
    nlp, ruler = _ruler(patterns + more)
    plain, arrays = _doc(nlp), _doc(nlp)
    matches = ruler.match(plain)
    ruler.set_annotations(plain, matches)
    array_components.install(nlp)
    assert isinstance(ruler.set_annotations, array_components.ArrayWriter)
    ruler.set_annotations(arrays, matches)
    assert _written(arrays) == _written(plain)


def test_a_doc_no_pattern_fits_is_left_as_it_was():
    nlp, ruler = _ruler(MUST_NOT)
    doc = _doc(nlp)
    before = _written(doc)
    array_components.install(nlp)
    ruler(doc)
    assert _written(doc) == before


def test_a_ruler_setting_what_the_writer_does_not_write_keeps_spacy_s_writer():  # must-not
    nlp, ruler = _ruler(PATTERNS + [{"patterns": [[{"LOWER": "envoys"}]], "attrs": {"NORM": "envoy"}}])
    plain, arrays = _doc(nlp), _doc(nlp)
    ruler(plain)
    array_components.install(nlp)
    ruler(arrays)
    assert arrays[1].norm_ == plain[1].norm_ == "envoy" and _written(arrays) == _written(plain)


def test_attribute_sets_added_later_are_written():
    nlp, ruler = _ruler(PATTERNS[:1])
    array_components.install(nlp)
    ruler(_doc(nlp))
    ruler.add([[{"LOWER": "today"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    plain, arrays = _doc(nlp), _doc(nlp)
    ruler.set_annotations.stock(plain, ruler.match(plain))
    ruler(arrays)
    assert _written(arrays) == _written(plain) and arrays[9].pos_ == "NOUN" and str(arrays[9].morph) == "Number=Sing"


def test_an_index_outside_its_match_raises_spacy_s_error():  # must-not: no word written in its place
    nlp, ruler = _ruler([{"patterns": [[{"LOWER": "sign"}]], "attrs": {"POS": "NOUN"}, "index": 1}])
    doc = _doc(nlp)
    array_components.install(nlp)
    with pytest.raises(ValueError):
        ruler.set_annotations(doc, ruler.match(doc))
    assert doc[6].pos_ != "NOUN"


def test_spacy_s_own_lemma_cache_let_go_with_the_keys():
    nlp = spacy.load("en_core_web_sm")
    texts = ["Harbour pilots were guiding tankers while the clerks counted barrels.",
             "The wardens had closed gates, and ferries waited beside quieter piers.",
             "Inspectors weighed cargoes that the pilots had brought in earlier."]
    plain = [[t.lemma_ for t in nlp(text)] for text in texts]
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer.cache.clear()
    forgetful = ArrayLemmatizer(lemmatizer, keep=4)
    found = []
    for text in texts:
        doc = forgetful.lemmatize(nlp(text, disable=["lemmatizer"]))
        found.append([t.lemma_ for t in doc])
        assert len(lemmatizer.cache) <= 4 + len(doc)  # spaCy's memo bounded as the keys are, not kept for good
    assert found == plain
    kept = ArrayLemmatizer(lemmatizer)  # under the bound spaCy's memo is left as it is
    lemmatizer.cache.clear()
    for text in texts:
        kept.lemmatize(nlp(text, disable=["lemmatizer"]))
    assert len(lemmatizer.cache) > 4 + 10
