"""The language of a document's text (py3langid, whose model ships inside the package), so that a build can
skip what its English pipeline would misread.

Only a confident verdict on enough text counts: a short or mixed text is taken to be in the expected language.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_LETTERS = 200      # fewer letters than this and the guess is not trusted
MIN_PROBABILITY = 0.95
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# MIN_LETTERS letters, each after any run of other characters: matched from the start, it stops at the letter that
# makes the count (some 250 characters into an English text) instead of listing every letter of the sample
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{MIN_LETTERS}}}", re.UNICODE)
SAMPLE = 5000          # characters looked at: the start of the text tells its language


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier; its model's arrays are read through the start-up cache (the shipped file is LZMA
    compressed: decompressing it took 0.7 CPU s of every build)."""
    import numpy as np
    from py3langid import langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from dossier.actors import cache

    _load_model_file = getattr(langid, "_load_model_file", None)  # the reader of the model's arrays (0.4)
    if _load_model_file is None:  # another py3langid: its own way, uncached
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    path = MODEL_DIR / MODEL_FILE
    ptc, pc, classes, nextmove, row, output = cache.cached(
        "langid", [path, *cache.versions("py3langid", "numpy")], lambda: _load_model_file(path))
    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, tk_row=row, norm_probs=True)


def forget() -> None:
    """Let go of the identifier (some 70 MB of arrays) once a build has read its documents: the analysis that
    follows holds the pipeline, and the next reading gets it back from the cache."""
    _identifier.cache_clear()


def enough_letters(text: str) -> bool:
    """At least MIN_LETTERS letters in `text` (what `len(_LETTER.findall(text)) >= MIN_LETTERS` says)."""
    return _ENOUGH_LETTERS.match(text) is not None


def detect(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability), or (None, 0.0) when the text is too short to tell."""
    sample = text[:SAMPLE]
    if not enough_letters(sample):
        return None, 0.0
    code, probability = _identifier().classify(sample)
    return code, float(probability)


NAMES = {"en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German", "it": "Italian",
         "nl": "Dutch", "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "ar": "Arabic", "tr": "Turkish",
         "pl": "Polish", "sv": "Swedish", "id": "Indonesian", "ko": "Korean", "uk": "Ukrainian", "fa": "Persian"}


def name(code: str) -> str:
    return NAMES.get(code, code)


def foreign(text: str, languages: tuple[str, ...]) -> str | None:
    """The language code when the text is confidently in none of `languages`, else None."""
    code, probability = detect(text)
    if code is None or code in languages or probability < MIN_PROBABILITY:
        return None
    return code
