"""Read a number as written ("37", "1,200,000", "1.3bn", "twenty-five", "2.5 million") into a float."""

from __future__ import annotations

import re

from dossier.facts.lexicon import lexicon

DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]*)$", re.IGNORECASE)


def digit_value(text: str, currency: bool = False) -> float | None:
    """'1,200' -> 1200.0; '1.3bn' -> 1.3e9; '5m' -> 5e6 only next to a currency; None otherwise."""
    m = DIGITS.match(text)
    if not m:
        return None
    value = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    suffix = m.group(3).lower()
    if not suffix:
        return value
    lex = lexicon()
    scale = lex.scales.get(suffix) or (lex.currency_scales.get(suffix) if currency else None)
    return value * scale if scale else None


def is_number_word(word: str) -> bool:
    lex = lexicon()
    w = word.lower()
    return w in lex.number_words or w in lex.scales or w in lex.vague


def words_value(words: list[str], currency: bool = False) -> float | None:
    """Compose number words and digits: ['two', 'hundred'] -> 200; ['2.5', 'million'] -> 2.5e6;
    ['twenty', 'five'] -> 25; ['a', 'dozen'] -> 12. None when a word is not a number."""
    lex = lexicon()
    total, current, seen = 0.0, 0.0, False
    for word in words:
        w = word.lower()
        if w in ("a", "an", "and", "-"):
            continue
        if w in lex.number_words:
            current += lex.number_words[w] if w != "dozen" else 0
            if w == "dozen":
                current = (current or 1) * 12
            seen = True
        elif w in lex.scales or currency and w in lex.currency_scales:
            scale = lex.scales.get(w) or lex.currency_scales[w]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            seen = True
        else:
            value = digit_value(w, currency)
            if value is None:
                return None
            current += value
            seen = True
    return total + current if seen else None
