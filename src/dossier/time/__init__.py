"""The time stage: temporal phrases normalised against the article's date.

normalise(text, published, tense) -> DateValue | None     one phrase (rules, then dateparser)
duration_days(text) -> int | None                          "a five-day visit" -> 5
infer_published(text) -> DateValue | None                  a lower bound for an undated article
The spaCy component `dossier_time` (component.py) writes doc._.timexes.
"""

from dossier.time.infer import infer_published
from dossier.time.normalise import duration_days, normalise

__all__ = ["normalise", "duration_days", "infer_published"]
