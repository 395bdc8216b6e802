"""The lemma of a verb whose silent "e" spaCy's rule lemmatizer dropped: "staged" → "stage", not "stag".

spaCy's English rules try "-ed" → "-e" and then "-ed" → "" (so "-es", "-ing"), and the last form the verb index
knows comes first: where both "stage" and "stag" are known verbs, "staged", "stages" and "staging" are lemmatised
"stag" ("hoped" "hop", "waged" "wag", "fined" "fin", "rated" "rat"); its exception table cannot put a form already
found first. The spelling decides: a verb of one syllable ending in one short vowel and one consonant doubles the
consonant before "-ed" and "-ing" and takes "-s" ("stag": "stagged", "stags"), so "staged", "stages", "staging" can
only be of "stage".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

# one syllable, its one vowel short (no vowel before it), and one final consonant that doubles (not w, x, y, nor s,
# z, whose "-es" is their own)
_DOUBLING = re.compile(r"^[^aeiouy]*[aeiou][bcdfghjklmnpqrtv]$")
_ENDINGS = ("ed", "es", "ing")


def with_silent_e(form: str, lemma: str, known: object) -> str:
    """The lemma of the verb form `form` (lower case) whose rule lemma is `lemma`: `lemma` + "e" where the form is
    `lemma` + "-ed", "-es" or "-ing" without the doubled consonant, `lemma` doubles one, and `known` (the
    lemmatizer's index of verbs) has `lemma` + "e"; else `lemma`."""
    if not _DOUBLING.match(lemma) or not any(form == lemma + ending for ending in _ENDINGS):
        return lemma
    return lemma + "e" if lemma + "e" in known else lemma


def keeping_silent_e(lemmatizer: Lemmatizer) -> Callable[[Token], list[str]]:
    """The rule lemmatizer's `rule_lemmatize` with its first lemma of a verb read by `with_silent_e` (set as its
    `lemmatize`, which both its own call and `array_components.ArrayLemmatizer` ask)."""
    rule = lemmatizer.rule_lemmatize

    def lemmatize(token: Token) -> list[str]:
        forms = rule(token)
        if token.pos_ != "VERB" or not forms:
            return forms
        known = lemmatizer.lookups.get_table("lemma_index", {}).get("verb")
        return [with_silent_e(token.lower_, forms[0], known), *forms[1:]] if known else forms

    return lemmatize
