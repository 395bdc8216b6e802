"""The language check's letter count: enough letters to trust a guess, counted only as far as the bound, with the
same verdict as counting every letter."""

import random

from dossier.ingest.language import _LETTER, MIN_LETTERS, detect, enough_letters


def _counted(text: str) -> bool:
    return len(_LETTER.findall(text)) >= MIN_LETTERS


def test_the_bound_is_exact():
    assert not enough_letters("a" * (MIN_LETTERS - 1))
    assert enough_letters("a" * MIN_LETTERS)
    assert not enough_letters("12 34, 56. " * 400)  # digits, spaces and stops are no letters
    assert not enough_letters("_" * 300 + "b" * (MIN_LETTERS - 1))  # nor is the underscore
    assert enough_letters("9 " * 1000 + "ü" * MIN_LETTERS)  # letters late in the text count, accented ones too
    assert enough_letters("東京" * (MIN_LETTERS // 2))


def test_the_same_verdict_as_counting_every_letter():
    rnd = random.Random(7)
    alphabet = "ab Zé1_.\n-日ß9"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 2 * MIN_LETTERS + 50))) for _ in range(2000)]
    assert [enough_letters(t) for t in texts] == [_counted(t) for t in texts]


def test_a_short_text_gets_no_guess():
    assert detect("The minister arrived in Lima on Monday.") == (None, 0.0)
