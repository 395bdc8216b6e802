"""Names joined by a hyphen or a slash after a dotted abbreviation ("U.S.-Japanese talks", "a U.S./Soviet summit",
"U.K.-French ties") are split into three tokens, as the tokenizer already splits "Soviet-American": each name is then
read on its own (the pair a noun act carries: events/roles/hyphen_pairs.py). spaCy's infix rules split a hyphen only
after a letter or a digit, not after the abbreviation's stop, so such a pair stayed one unknown word."""

from __future__ import annotations

import re

from spacy.language import Language

_AFTER_ABBREVIATION = r"(?<=[A-Z]\.)[-/](?=[A-Z])"


def split_after_abbreviations(nlp: Language) -> None:
    """Add the split to the pipeline's tokenizer, keeping its own infix rules."""
    finder = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finder, "__self__", None), "pattern", None)
    if pattern is None or _AFTER_ABBREVIATION in pattern:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_AFTER_ABBREVIATION}").finditer
