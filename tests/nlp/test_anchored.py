"""The anchored Matcher finds exactly what spaCy's Matcher finds with the same patterns."""

import spacy
from spacy.matcher import Matcher

from dossier.nlp.anchored import AnchoredMatcher

PATTERNS = {
    "WEEKDAY": [[{"LOWER": {"IN": ["last", "next"]}, "OP": "?"}, {"LOWER": {"IN": ["monday", "friday"]}},
                 {"LOWER": {"IN": ["morning", "night"]}, "OP": "?"}]],
    "RANGE": [[{"LOWER": {"IN": ["from", "between"]}, "OP": "?"}, {"TEXT": {"REGEX": r"^[0-3]?\d$"}},
               {"LOWER": {"IN": ["to", "and"]}}, {"TEXT": {"REGEX": r"^[0-3]?\d$"}}, {"LOWER": "june"}]],
    "SINCE": [[{"LOWER": "since"}, {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}]],
    "NOT_A_VOTE": [[{"LOWER": "the"}, {"LOWER": "vote", "OP": "!"}, {"ORTH": "Council"}]],
    "NUMBER": [[{"TEXT": {"REGEX": r"^\d[\d,]*$"}}], [{"LOWER": {"IN": ["ten", "twelve"]}}],
               [{"LOWER": "ten"}]],  # a word matched by two patterns of one id counts once
    "MANY": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "large"}]],  # unbounded: run over the whole text
    "SHAPE": [[{"SHAPE": "Xxxxx"}, {"IS_PUNCT": True}]],  # no literal word: run over the whole text
}

TEXTS = [
    "Last Monday morning the minister said talks would resume next Friday night.",
    "The fair runs from 12 to 14 June, and again between 28 and 30 June.",
    "Prices have risen since 2019 by 1,200 dollars; ten or twelve firms closed, a very very large share.",
    "The new Council met. The Council approved it; the vote Council did not.",
    "Nothing here matches at all",
    "",
    "Friday",
]


def _plain(nlp):
    matcher = Matcher(nlp.vocab)
    for key, patterns in PATTERNS.items():
        matcher.add(key, patterns)
    return matcher


def _anchored(nlp):
    matcher = AnchoredMatcher(nlp.vocab)
    for key, patterns in PATTERNS.items():
        matcher.add(key, patterns)
    return matcher


def test_the_same_matches_as_spacys_matcher():
    nlp = spacy.blank("en")
    plain, anchored = _plain(nlp), _anchored(nlp)
    found = 0
    for text in TEXTS + [" ".join(TEXTS)]:
        doc = nlp(text)
        expected = sorted(plain(doc), key=lambda m: (m[1], m[2], m[0]))
        assert anchored(doc) == expected, text
        found += len(expected)
    assert found > 20  # the texts exercise the patterns


def test_only_unbounded_or_wordless_patterns_run_over_the_whole_text():
    anchored = _anchored(spacy.blank("en"))
    assert len(anchored.everywhere) == 2  # MANY and SHAPE
    assert len(anchored._words) == 3  # NUMBER's one-word patterns need no Matcher


def test_patterns_added_later_see_words_already_met():
    nlp = spacy.blank("en")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("A", [[{"LOWER": "talks"}]])
    doc = nlp("The talks resume.")
    assert [(s, e) for _, s, e in anchored(doc)] == [(1, 2)]
    anchored.add("B", [[{"LOWER": "resume"}]])
    assert [(s, e) for _, s, e in anchored(doc)] == [(1, 2), (2, 3)]
