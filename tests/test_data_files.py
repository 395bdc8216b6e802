"""The shared YAML reader (dossier.data_files) keeps words words: booleans are only true/false, numbers are
written as numbers, and every shipped data file reads with no boolean, null or number where a word is meant."""

from __future__ import annotations

import datetime
import math
import re
from pathlib import Path

import pytest
import yaml

import dossier
from dossier.data_files import Loader, load_word_lists, load_yaml, loads

PACKAGE = Path(dossier.__file__).parent
SHIPPED = sorted(p for p in PACKAGE.rglob("*.yaml") if "__pycache__" not in p.parts)

# YAML 1.1 scalars a reader of word lists could get wrong: booleans spelled as words, a date, a time of day
# (sexagesimal), octal-, hex- and exponent-looking words, nulls, a quoted word kept a string.
TRICKY = """\
answers: [yes, no, on, off, Yes, NO, ON, Off, y, n, true, false, True, FALSE, "no", 'on']
day: 2024-06-01
when: 2024-06-01 10:30:00
clock: 12:30
codes: ["042", 042, 0x1F, 1e3, 1_000, 1.5, -2, +3, 0, 0.40, .5, 2.5e+3, .inf, -.inf, ~, null, =, 2.5e3]
words: [ñandú, Côte d'Ivoire, "İstanbul"]
nested: {a: [1, {b: no}], c: "", d: }
on: key
"""


def test_words_yaml_11_reads_as_booleans_stay_words():
    data = loads(TRICKY)
    assert data["answers"] == ["yes", "no", "on", "off", "Yes", "NO", "ON", "Off", "y", "n",
                               True, False, True, False, "no", "on"]
    assert data["nested"]["a"][1] == {"b": "no"}
    assert data["on"] == "key" and True not in data  # a key too


def test_numbers_are_decimal_and_floats_have_a_point():
    codes = loads(TRICKY)["codes"]
    assert codes[:5] == ["042", "042", "0x1F", "1e3", "1_000"]  # YAML 1.1: "042", 34, 31, "1e3", 1000
    assert [type(c) for c in codes[5:12]] == [float, int, int, int, float, float, float]
    assert codes[5:12] == [1.5, -2, 3, 0, 0.4, 0.5, 2500.0]
    assert math.isinf(codes[12]) and codes[13] < 0 and math.isinf(codes[13])
    assert codes[14:] == [None, None, "=", "2.5e3"]  # YAML 1.1: "=" is an error; an exponent is signed


def test_a_time_of_day_is_a_word_and_a_date_a_date():
    data = loads(TRICKY)
    assert data["clock"] == "12:30"  # YAML 1.1: 750 (sexagesimal)
    assert data["day"] == datetime.date(2024, 6, 1)
    assert data["when"] == datetime.datetime(2024, 6, 1, 10, 30)


def test_other_scalars_read_as_safe_load_reads_them():
    data = loads(TRICKY)
    assert data["words"] == ["ñandú", "Côte d'Ivoire", "İstanbul"]
    assert data["nested"]["c"] == "" and data["nested"]["d"] is None


def test_what_pyyaml_writes_reads_back_the_same():
    """A word YAML 1.1 would read as another thing is quoted by PyYAML's writer; the reader reads nothing as another
    thing that YAML 1.1 reads as a word, so written data reads back unchanged."""
    data = {"words": ["on", "No", "042", "1e3", "2.5e3", "1:30", "=", "~", "null", "true", "12", ".5", "x"],
            "numbers": [12, -3, 0.5, 2500.0, 1e-7], "flags": {"on": True, "off": False}, "nothing": None}
    assert loads(yaml.safe_dump(data)) == data


def test_the_pure_reader_has_the_same_rules():
    class Pure(yaml.SafeLoader):
        yaml_implicit_resolvers = Loader.yaml_implicit_resolvers

    assert yaml.load(TRICKY, Loader=Pure) == loads(TRICKY)


def test_empty_document_is_none():
    assert loads("") is None
    assert loads("# only a comment\n") is None


def test_no_python_objects():
    with pytest.raises(yaml.YAMLError):
        loads("!!python/object/apply:os.system ['true']")


def test_word_lists_keep_on_and_off(tmp_path):
    path = tmp_path / "lists.yaml"
    path.write_text("particles: [up, On, off]\nanswers: [Yes, no]\n", encoding="utf-8")
    assert load_word_lists(path) == {"particles": frozenset({"up", "on", "off"}), "answers": frozenset({"yes", "no"})}


def test_package_has_data_files():
    assert len(SHIPPED) > 20


# What YAML 1.1 reads as other than a string, spelled so that a writer of a word list may mean the word.
_WORDISH = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|"
                      r"[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|"
                      r"[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|=)$")


def _scalars(node, where, out, *, in_list=False, as_key=False):
    """(where, node, in a list, a key) for each scalar node under `node`."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _scalars(key, where, out, as_key=True)
            _scalars(value, f"{where}/{key.value}", out)
    elif isinstance(node, yaml.SequenceNode):
        for n, value in enumerate(node.value):
            _scalars(value, f"{where}[{n}]", out, in_list=True)
    elif isinstance(node, yaml.ScalarNode):
        out.append((where, node, in_list, as_key))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_shipped_file_has_words_where_words_are_meant(path):
    """A boolean only as a mapping's value (a flag: `head: true`), never an item of a list or a key; a null never an
    item of a list (`end: null` is a value); no unquoted scalar spelled as one of YAML 1.1's other surprises read as
    anything but the word."""
    node = yaml.compose(path.read_text(encoding="utf-8"), Loader=Loader)
    found: list = []
    if node is not None:
        _scalars(node, "", found)
    wrong = []
    for where, scalar, in_list, as_key in found:
        tag = scalar.tag.rsplit(":", 1)[-1]
        line = scalar.start_mark.line + 1
        if tag == "bool" and (in_list or as_key):
            wrong.append(f"line {line} {where}: boolean {scalar.value!r} in a list or as a key")
        if tag == "null" and in_list:
            wrong.append(f"line {line} {where}: null {scalar.value!r} in a list")
        if scalar.style is None and _WORDISH.match(scalar.value) and tag != "str":
            wrong.append(f"line {line} {where}: {scalar.value!r} read as {tag}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_shipped_file_reads_as_yaml_11_reads_it_but_for_words(path):
    """Where the reader and PyYAML's safe_load (YAML 1.1) differ on a shipped file, the reader has the word
    written ("on", "off"); everything else (flags, numbers, dates) reads as before."""
    def pairs(ours, theirs, where="", out=None):
        out = [] if out is None else out
        if isinstance(ours, dict) and isinstance(theirs, dict):
            assert len(ours) == len(theirs), where
            for (k1, v1), (k2, v2) in zip(ours.items(), theirs.items()):
                pairs(k1, k2, f"{where}/<key>", out)
                pairs(v1, v2, f"{where}/{k1}", out)
        elif isinstance(ours, list) and isinstance(theirs, list):
            assert len(ours) == len(theirs), where
            for n, (a, b) in enumerate(zip(ours, theirs)):
                pairs(a, b, f"{where}[{n}]", out)
        elif (type(ours), ours) != (type(theirs), theirs):
            out.append((where, ours, theirs))
        return out

    text = path.read_text(encoding="utf-8")
    for where, ours, theirs in pairs(load_yaml(path), yaml.safe_load(text)):
        assert isinstance(theirs, bool) and ours in ("on", "off", "On", "Off", "ON", "OFF", "yes", "no"), where
