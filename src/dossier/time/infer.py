"""infer_published(text): a lower bound for an undated article's date, from the latest past date it states.

Only absolute dates count ("June 28, 2024", "November 2024", "in 2023"); a sentence that looks ahead
(will, plans, expected, by...) is skipped, since what it names may not have happened yet; a short line that is
only "By <date>" is a byline's date, not a deadline.
"""

from __future__ import annotations

import re
from datetime import date

from dossier.model import DateValue
from dossier.time import rules
from dossier.time.lexicon import alternation

SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
BYLINE = re.compile(r"^\s*by\s+(?=\S.*\d{4}\s*$)", re.I)  # "By July 4, 2024" on a line of its own: no plan
LOOKS_AHEAD = re.compile(r"\b(?:will|shall|'ll|plans?|planned|expected|scheduled|set\s+to|due|by|until|aims?|"
                         r"targets?|forecasts?|projected|upcoming|next|future)\b", re.I)
_M = alternation("months")
ABSOLUTE = re.compile(
    rf"\b(?:(?:{_M})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|[0-3]?\d\s+(?:{_M})\.?,?\s+(?:19|20)\d\d"
    rf"|(?:{_M})\.?,?\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d-[01]\d-[0-3]\d"
    rf"|(?:in|during|since|of)\s+(?:19|20)\d\d)\b",
    re.I,
)
_REF = date(2000, 1, 1)  # absolute phrases do not use it


def infer_published(text: str) -> DateValue | None:
    """The article is on or after the latest past date it mentions: DateValue(start=that date, inferred=True)."""
    best: DateValue | None = None
    for sentence in SENTENCE.split(text or ""):
        sentence = BYLINE.sub("", sentence) if len(sentence) < 40 else sentence
        if LOOKS_AHEAD.search(sentence):
            continue
        for m in ABSOLUTE.finditer(sentence):
            phrase = re.sub(r"^(?:in|during|since|of)\s+", "", m.group(0).lower())
            value = rules.point(" ".join(phrase.split()), _REF, None)
            if value is not None and (best is None or _key(value) > _key(best)):
                best = value.model_copy(update={"text": m.group(0)})
    if best is None:
        return None
    precision = "month" if best.precision == "month" else "vague"
    return DateValue(start=best.end or best.start, end=None, precision=precision, text=best.text, inferred=True)


def _key(value: DateValue) -> str:
    """Compare at the finest precision: '2024' < '2024-11' < '2024-11-14'."""
    return value.end or value.start or ""
