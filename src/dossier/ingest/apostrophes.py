"""Possessives typed with a double quote: `mend_possessives(text)` makes "India"s" read "India's".

Some wire systems of the 1980s had no apostrophe key, so a possessive arrived as a double quote glued to the
word and its "s" ("Brazil"s finance minister"). spaCy keeps such a token whole, so the country or firm inside
it is never seen. Only a double quote between a letter and a lone "s" changes, character for character, so the
text keeps its length and every offset; a quotation ("the word "sanctions"") is left as it is.
"""

from __future__ import annotations

import re

_QUOTED_POSSESSIVE = re.compile(r"(?<=[A-Za-z])[\"”]s\b")


def mend_possessives(text: str) -> str:
    """The text with each possessive typed as `"s` written `'s`."""
    return _QUOTED_POSSESSIVE.sub("'s", text)
