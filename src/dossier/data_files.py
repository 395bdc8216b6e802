"""Reading the package's YAML data files with libyaml's C reader where PyYAML was built with it.

PyYAML's pure-Python `yaml.safe_load` takes a noticeable part of a process's start-up on the package's larger
files (the event patterns alone some 60 KB); `CSafeLoader` builds the same values (the same YAML 1.1 resolver:
`yes`/`no`/`on`/`off` are booleans, `2024-06-01` a date) several times faster. Where libyaml is missing the pure
SafeLoader is used, so what a file reads as never depends on the build.
"""

from __future__ import annotations

from pathlib import Path

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def loads(text: str):
    """The value of a YAML document given as text, read safely (no Python objects), as `yaml.safe_load` reads it."""
    return yaml.load(text, Loader=Loader)


def load_yaml(path: Path | str):
    """The value of the YAML file at `path` (UTF-8), read as `yaml.safe_load` reads it."""
    return loads(Path(path).read_text(encoding="utf-8"))


def load_word_lists(path: Path | str) -> dict[str, frozenset[str]]:
    """A YAML file of named word lists ({name: [word, ...]}) as {name: its words in lower case}; an empty file is
    no lists."""
    return {name: frozenset(str(w).lower() for w in words) for name, words in (load_yaml(path) or {}).items()}
