"""The outlets' names are found in a text as a plain alternation of every name finds them (the pattern looks at a
word's first letter before it tries the names)."""

import re

from dossier.data_files import load_yaml
from dossier.ingest.outlets import OUTLETS_FILE, credited_outlet, load_outlets


def _plain(text: str) -> list[tuple[int, str]]:
    outlets = load_outlets()
    entries = load_yaml(OUTLETS_FILE)
    names = sorted({a for e in entries for a in [e["name"], *e.get("aliases", [])]}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in names) + r")(?![\w-])")
    return [(m.start(), outlets.by_alias[m.group(0)]) for m in pattern.finditer(text)]


TEXTS = [
    "The mayor told Reuters on Monday that the bridge would reopen; a rival paper, reuters-watch, disagreed.",
    "In an interview with the BBC, the minister said the harbour levy stays; CNN-style coverage followed.",
    "nobody here names an outlet, not even in lower case: reuters, bbc, the daily news of nowhere.",
    "",
]


def test_the_names_found_are_those_of_a_plain_alternation():
    outlets = load_outlets()
    for text in TEXTS:
        assert outlets.find_all(text) == _plain(text)
    every = " ".join(f"told {name}." for name in outlets.by_alias)  # every name and casefolded name once
    assert outlets.find_all(every) == _plain(every) != []
    assert [name for _, name in outlets.find_all(TEXTS[0])] == ["Reuters"]
    assert outlets.find_all(TEXTS[2]) == []  # names are matched as written


def test_an_interviewer_credited_once_still_found():
    assert credited_outlet("The envoy told Reuters the talks would go on.") == "Reuters"
    assert credited_outlet("The envoy said the talks would go on, Reuters reported.") is None
