"""Importing an evaluation module loads no actor dictionary: the honorifics the entity scorer strips are read on
first use."""

import subprocess
import sys


def test_importing_the_entity_scorer_loads_no_dictionary():
    code = ("import dossier.evaluate.entities\nfrom dossier.actors import dictionary\n"
            "print(len(dictionary._CACHE))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_the_honorifics_are_stripped_when_first_used():
    from dossier.evaluate.entities import _without_honorific

    assert _without_honorific("General Laura Richardson") == "Laura Richardson"
    assert _without_honorific("General") == "General"  # a title alone is kept
