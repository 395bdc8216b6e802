"""A component that gives a common noun the tagger read as a proper noun for its capital its common noun's lemma.

The tagger often tags a capitalised word that opens a sentence as a proper noun ("Deforestation would force ..."),
and the rule lemmatizer then keeps the capital in the lemma ("Deforestation"), so that the word lists of the pattern
files and of events/data/non_events.yaml, written in lower case and matched on LEMMA, never meet it. After the
recogniser, such a word gets the lemma the lemmatizer gives its lower case as a noun ("Banks" -> bank) when that
lemma is a noun of the lemmatizer's lexicon. Only the lemma changes: the tag, the part of speech and the parse stay
spaCy's. The word stays as it was when it is part of a name of the recogniser's, when a capitalised word follows it
("Deforestation Watch said"), when the sentence is a headline in title case, when it is not title case ("NATO"),
and when the story writes it capitalised on its own in the middle of a sentence (a name there: `recased.story_case`)
or has it inside a name of the recogniser's ("Robert Byrd" ... "Byrd said").
The same holds mid-sentence for the word after a dotted abbreviation of capitals, which wire text of the 1980s
capitalises whatever it is ("the U.S. Blockade", "U.K. Unemployment fell"), when nlp/recased.py judged it a common
word (a longer name, "the U.S. Trade Representative", "the U.S. Embassy", keeps its lemma).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dossier.nlp.abbreviations import abbreviation_rules
from dossier.nlp.arrays import with_pos
from dossier.nlp.recased import (is_capitalised, is_recased_common_word, is_title_case_line, lemma_lexicon, noun_bases,
                                 recase_rules, story_case)

# marks that end a sentence, or after which a capital is the convention of a clause's start (a dateline's dash, a
# colon), and the opening quotes that may stand between them and the word
_ENDS = frozenset({".", "!", "?", ":", ";", "-", "--", "\u2014", "\u2013"})
_QUOTES = frozenset({'"', "'", "``", "`", "(", "\u201c", "\u2018"})


def _initial(word: Token) -> bool:
    """The word opens the text or follows a mark that ends a sentence (or a dateline's dash, a colon), with only
    opening quotes and white space between. The parser's sentence starts are not enough: a wire story's line breaks
    cut names in two ("United" / "States"), and the word after such a break may start a sentence there."""
    i = word.i - 1
    while i >= 0 and (word.doc[i].is_space or word.doc[i].text in _QUOTES):
        i -= 1
    if i < 0:
        return True
    mark = word.doc[i]
    if mark.text in ("-", "--", "\u2013") and not (mark.whitespace_ and i and word.doc[i - 1].whitespace_):
        return False  # a hyphen inside a compound ("Iran-Iraq", "end-July"), not a dateline's dash
    return mark.text in _ENDS


def _after_abbreviation(word: Token, lexicon) -> bool:
    """The word follows a dotted abbreviation of capitals on the same line ("the U.S. Blockade") and is a common word
    the wire capitalised: after a state's abbreviation by the judgement of nlp/recased.py (`doc._.recased`), after
    another (outside the recogniser's names) by the same test of the story's case and the lexicon."""
    if word.i == 0:
        return False
    mark = word.doc[word.i - 1]
    found = abbreviation_rules()[0].match(mark.text + mark.whitespace_ + word.text)
    if mark.whitespace_ != " " or found is None or found.end() != len(mark.text):
        return False
    if mark.text in recase_rules()[0]:
        return word.i in (word.doc._.recased or ())
    return is_recased_common_word(word, lexicon)


def _named_elsewhere(word: Token) -> bool:
    """The story has the word inside a name of the recogniser's elsewhere ("Senator Robert Byrd" ... "Byrd said")."""
    lower = word.lower_
    return any(t.lower_ == lower for ent in word.doc.ents for t in ent)


@Language.factory("dossier_initial_nouns")
def make_initial_nouns(nlp: Language, name: str):
    lexicon = lemma_lexicon(nlp)
    _, rules, irregular = lexicon
    try:
        lemmatizer = nlp.get_pipe("lemmatizer")
        nouns = lemmatizer.lookups.get_table("lemma_index").get("noun", ())
    except (KeyError, ValueError, AttributeError):
        lemmatizer, nouns = None, ()
    lemmas: dict[str, str | None] = {}

    def noun_lemma(lower: str, vocab) -> str | None:
        """The lemmatizer's lemma of `lower` read as a noun, when that lemma is a noun of its lexicon."""
        if lower not in lemmas:
            word = Doc(vocab, words=[lower], pos=["NOUN"])[0]
            found = lemmatizer.rule_lemmatize(word)
            lemma = found[0] if found else lower
            lemmas[lower] = lemma if lemma in nouns else None
        return lemmas[lower]

    def give_noun_lemmas(doc: Doc) -> Doc:
        if lemmatizer is None or not nouns or not doc.has_annotation("SENT_START"):
            return doc
        for i in with_pos(doc, "PROPN"):  # a Token made only for the proper nouns: this runs on every Doc
            word = doc[i]
            if word.ent_type or not is_capitalised(word.text) or word.lemma_ != word.text:
                continue
            after = word.nbor() if word.i + 1 < len(doc) else None
            if after is not None and after.text[:1].isupper():
                continue
            recased = not _initial(word) and _after_abbreviation(word, lexicon)
            if not (recased or _initial(word)):
                continue
            lemma = noun_lemma(word.lower_, doc.vocab)
            if lemma is None or is_title_case_line(word.sent):
                continue
            forms = noun_bases(word.lower_, rules, irregular)
            if _named_elsewhere(word) or story_case(word, forms, rules, irregular) == "name":
                continue
            word.lemma_ = lemma
            if recased:  # mid-sentence a common noun: the roles read no name "U.S. Intervention" of the state's
                word.tag_, word.pos_ = ("NNS" if word.tag_ == "NNPS" else "NN"), "NOUN"
        return doc

    return give_noun_lemmas
