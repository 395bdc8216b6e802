"""A component that takes a recased common word after a state's dotted abbreviation out of a name ("U.S. Banks").

Some wire text capitalises the word after "U.S." whatever it is, as if the abbreviation's stop ended a sentence, and
the named-entity recogniser then reads "U.S. Banks", "the U.S. Economy" or "U.S. Bankers" (which the actors stage
may join with a firm called "Bankers Trust") as one name. After the recogniser, a name that is a state's
abbreviation (nlp/data/recased_words.yaml) followed by one capitalised word that ends the name is cut back to the
state alone (a GPE) when the word is a common word: the story itself says so first (`story_case`: the same word
written in lower case elsewhere in the story is common there; written capitalised on its own in the middle of a
sentence, not after such an abbreviation, it is a name there, "U.S. Sprint" ... "Sprint said"), and where the story
writes it nowhere else, its base form is in the lemmatizer's lexicon (noun, verb, adjective, adverb) or in the
data's list of wire words. The name is kept when the word is a body of the state
named by a common noun ("the U.S. Embassy") or its money ("U.S. Dlrs"), when another capitalised word or a ticker follows it (a longer name:
"U.S. Treasury Secretary", "U.S. Steel <X>"), when the name starts before the abbreviation ("Cargill U.K. Ltd"), and
when the story writes the state's name out before the word ("United States Lines Inc" ... "U.S. Lines said").
The words cut out are kept in `doc._.recased`, so that the actors stage does not take them for a short name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.data_files import load_yaml
from dossier.nlp.arrays import with_lower_matching, with_text
from dossier.nlp.extensions import doc_text

_DATA = Path(__file__).parent / "data" / "recased_words.yaml"


@lru_cache(maxsize=1)
def recase_rules() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml(_DATA)
    return ({k: tuple(v) for k, v in data["states"].items()}, frozenset(data["common_words"]),
            frozenset(data["bodies"]) | frozenset(data["money"]), frozenset(data["name_followers"]))


def lemma_lexicon(nlp: Language) -> tuple[frozenset[str], tuple[tuple[str, str], ...], dict]:
    """The lemmatizer's base forms of open-class words, its noun suffix rules and its irregular nouns (all empty
    when the pipeline has no lookup tables)."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")
        words = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))
        rules = tuple((old, new) for old, new in lookups.get_table("lemma_rules").get("noun", ()))
        irregular = dict(lookups.get_table("lemma_exc").get("noun", {}))
        return words, rules, irregular
    except (KeyError, ValueError, AttributeError):
        return frozenset(), (), {}


def noun_bases(lower: str, rules, irregular) -> set[str]:
    """The word and the base forms the lemmatizer's noun rules make of it ('banks' -> bank, 'treasuries' -> treasury)."""
    forms = {lower, *irregular.get(lower, ())}
    forms.update(lower[:-len(old)] + new for old, new in rules if old and lower.endswith(old))
    return forms


def is_capitalised(text: str) -> bool:
    """A capital and then lower case only ("Banks", not "BANKS" or "McCain")."""
    return len(text) > 1 and text[0].isupper() and text[1:].islower()


def is_title_case_line(sent: Span) -> bool:
    """A headline in title case ("Talks With Seoul Stall"): its capitals tell nothing of a word's case."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) * 2 > len(words)


def opening_like(word: Token) -> re.Pattern:
    """What a lower-case form opening with the word's first three letters matches (`re.match`): a word shorter than
    three letters, that word alone."""
    opening = word.lower_[:3]
    return re.compile(re.escape(opening) + ("" if len(opening) == 3 else r"\Z"))


def story_case(word: Token, forms: set[str], rules, irregular) -> str | None:
    """How the story writes `word` (by its base `forms`) elsewhere: "name" where it stands capitalised on its own in
    the middle of a sentence (not first, not after a quotation mark or other mark that may open one, not after a
    state's abbreviation, with or without a comma between, or after another capitalised word, no capitalised word
    after it, not inside a longer name of the recogniser's ("the Bank of England"), not in a title-case headline),
    "common" where it is written in lower case, None where the story has it nowhere else. A name's evidence wins:
    "Steel said" tells a firm though the story also writes "steel"."""
    states = recase_rules()[0]
    doc, seen = word.doc, None
    for i in with_lower_matching(doc, opening_like(word)):
        tok = doc[i]
        if tok.i == word.i or not noun_bases(tok.lower_, rules, irregular) & forms:
            continue
        if tok.text.islower():
            seen = "common"
        elif is_capitalised(tok.text) and not tok.is_sent_start and tok.i > 0:
            before, after = doc[tok.i - 1], doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if before.is_punct and before.text != ",":
                continue  # after a quotation mark, a bracket, a colon: a sentence may start there
            if before.text == "," and before.i > 0:  # "by the U.S., Officials said": the wire's capital all the same
                before = doc[before.i - 1]
            if before.text in states or before.text[:1].isupper() or (after is not None and after.text[:1].isupper()):
                continue
            if tok.ent_iob_ == "I" or (tok.ent_iob_ == "B" and after is not None and after.ent_iob_ == "I"):
                continue  # a word of a longer name: "the Bank of England"
            if not is_title_case_line(tok.sent):
                return "name"
    return seen


def is_recased_common_word(word: Token, lexicon) -> bool:
    """Whether `word`, capitalised after a state's abbreviation, is a common word rather than part of a name: by
    how the story writes it elsewhere (`story_case`), else by the lexicon and the data's wire words."""
    _, common, bodies, _ = recase_rules()
    words, rules, irregular = lexicon
    if not is_capitalised(word.text):
        return False
    forms = noun_bases(word.lower_, rules, irregular)
    if forms & bodies:
        return False
    case = story_case(word, forms, rules, irregular)
    if case is not None:
        return case == "common"
    return bool(forms & common or forms & words)


def _recased_after(state: Token, lexicon) -> Token | None:
    """The word after a state's abbreviation when it is a recased common word standing alone: the only word after
    the abbreviation in a name of the recogniser's that starts with it (after an article), or outside any name."""
    states, _, _, followers = recase_rules()
    doc = state.doc
    if state.text not in states or state.whitespace_ != " " or state.i + 1 >= len(doc):
        return None
    word = doc[state.i + 1]
    if word.ent_iob_ != "O":
        ent = next(e for e in doc.ents if e.start <= word.i < e.end)
        if ent.end != word.i + 1 or ent.start != state.i - (1 if ent[0].lower_ == "the" and ent[0].i < state.i else 0):
            return None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and (after.text in followers or (after.text[:1].isupper() and not after.is_sent_start)):
        return None
    if any(f"{name} {word.text}" in doc_text(doc) for name in states[state.text]):
        return None  # "U.S. Lines" after "United States Lines Inc": the firm's short form
    return word if is_recased_common_word(word, lexicon) else None


@Language.factory("dossier_recased_names")
def make_recased_names(nlp: Language, name: str):
    lexicon = lemma_lexicon(nlp)

    def cut_recased_names(doc: Doc) -> Doc:
        text = doc_text(doc)
        if not any(state + " " in text for state in recase_rules()[0]):
            return doc
        words = [w for i in with_text(doc, recase_rules()[0])  # the abbreviations alone, found on the ORTH ids
                 if (w := _recased_after(doc[i], lexicon)) is not None]
        if not words:
            return doc
        ents = []
        for ent in doc.ents:
            word = next((w for w in words if ent.start <= w.i < ent.end), None)
            ents.append(Span(doc, word.i - 1, word.i, label="GPE") if word is not None else ent)
        doc.ents = ents
        doc._.recased = frozenset(w.i for w in words)
        return doc

    return cut_recased_names
