"""Reading the package's YAML data files (and a user's: `--actors`, added pattern folders) with words kept words.

The data is lists of words, and PyYAML resolves plain scalars by YAML 1.1's rules, under which an unquoted `on`,
`off`, `yes`, `no` is a boolean, `1:30` the number 90 (sexagesimal), `010` the number 8 (octal), `1_000` a thousand
and `=` an error. `Loader` keeps only the readings a writer of word lists means: the booleans are `true` and `false`
(any case: True, TRUE); integers are decimal with no leading zero ("042" and "1e3" stay words); floats have a point
and a signed exponent if any ("0.4", "1.5e+3", ".inf"); a null is `null`, `~` or nothing; a date (`2024-06-01`, the
leaders' terms) stays a date. Every other plain scalar is a string as written: "prep: [on]" is the word "on". What
it reads as other than a string YAML 1.1 does too, so a file PyYAML writes (`yaml.safe_dump`) reads back the same.

It is libyaml's C reader where PyYAML was built with it (several times faster on the package's larger files; the
event patterns alone are some 60 KB), else PyYAML's pure reader, with the same rules: what a file reads as never
depends on the build. No tag makes a Python object.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_REPLACED = {_TAG + t for t in ("bool", "int", "float", "value")}


class Loader(_BASE):  # type: ignore[misc,valid-type]
    """YAML's safe reader with the scalars resolved as the module docstring says."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _REPLACED]
    for first, resolvers in _BASE.yaml_implicit_resolvers.items()}
Loader.add_implicit_resolver(_TAG + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Loader.add_implicit_resolver(_TAG + "int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
Loader.add_implicit_resolver(
    _TAG + "float",
    re.compile(r"^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))


def loads(text: str):
    """The value of a YAML document given as text, read by `Loader` (no Python objects; words stay words)."""
    return yaml.load(text, Loader=Loader)


def load_yaml(path: Path | str):
    """The value of the YAML file at `path` (UTF-8), read by `Loader`."""
    return loads(Path(path).read_text(encoding="utf-8"))


def load_word_lists(path: Path | str) -> dict[str, frozenset[str]]:
    """A YAML file of named word lists ({name: [word, ...]}) as {name: its words in lower case}; an empty file is
    no lists."""
    return {name: frozenset(str(w).lower() for w in words) for name, words in (load_yaml(path) or {}).items()}
