"""The shared YAML reader (dossier.data_files) reads what PyYAML's safe_load reads."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

import dossier
from dossier.data_files import load_yaml, loads

PACKAGE = Path(dossier.__file__).parent
SHIPPED = sorted(p for p in PACKAGE.rglob("*.yaml") if "__pycache__" not in p.parts)

# YAML 1.1 scalars where a reader could differ: booleans spelled as words, a date, a time of day (sexagesimal),
# octal- and float-looking strings, a null, a quoted word kept a string.
TRICKY = """\
answers: [yes, no, on, off, Yes, NO, true, "no", 'on']
day: 2024-06-01
when: 2024-06-01 10:30:00
clock: 12:30
codes: ["042", 042, 0x1F, 1e3, 1.5, .inf, ~, null]
words: [ñandú, Côte d'Ivoire, "İstanbul"]
nested: {a: [1, {b: no}], c: ""}
"""


def typed(value):
    """A value with every scalar's type beside it: `==` alone takes True for 1 and 1.0 for 1."""
    if isinstance(value, dict):
        return {typed(k): typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return type(value).__name__, value


def test_tricky_scalars_read_as_safe_load_reads_them():
    assert typed(loads(TRICKY)) == typed(yaml.safe_load(TRICKY))


def test_yaml_11_words_stay_booleans_and_dates_stay_dates():
    data = loads(TRICKY)
    assert data["answers"][:6] == [True, False, True, False, True, False]
    assert data["answers"][7:] == ["no", "on"]  # quoted: the word
    assert data["day"] == datetime.date(2024, 6, 1)
    assert data["codes"][0] == "042" and data["codes"][1] == 34  # YAML 1.1 octal


def test_empty_document_is_none():
    assert loads("") is None
    assert loads("# only a comment\n") is None


def test_no_python_objects():
    with pytest.raises(yaml.YAMLError):
        loads("!!python/object/apply:os.system ['true']")


def test_package_has_data_files():
    assert len(SHIPPED) > 20


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_shipped_file_reads_as_safe_load_reads_it(path):
    assert typed(load_yaml(path)) == typed(yaml.safe_load(path.read_text(encoding="utf-8")))
