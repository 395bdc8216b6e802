"""The Phoenix (PETRARCH2) dictionaries, converted once and shipped with dossier as data/phoenix.jsonl.gz.

The converted file is what a fresh clone and an installed package load: it needs nothing outside the package.
Regenerate it from the TABARI originals with

    python -m dossier.actors.phoenix ../shared/knowledge/petrarch2

Its first line is a header (origin, date of conversion, the MIT notice of the originals); every other line is one
entry: {"section": "people" | "organisations" | "places" | "countries" | "agents", ...} in the shape of the YAML
sections, each with "source" (file and line). A country record carries the other names of a country; aliases
that the gazetteer knows as a city or region of that country ("Kabul" under Afghanistan) are left to the
gazetteer, which reads a capital as its government only when it acts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dossier.actors.convert import actor_entry, agent_entries, country_codes, display
from dossier.actors.tabari import TabariActor, read_actors, read_agents, read_discards, words

SHIPPED = Path(__file__).parent / "data" / "phoenix.jsonl.gz"
ORIGIN = "openeventdata/petrarch2 at 676801c, petrarch2/data/dictionaries/"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
DISCARD_FILE = "Phoenix.discards.txt"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _country_block(record: TabariActor, seen: set[str]) -> str | None:
    """The ISO code of a record that names a country ("AFGHANISTAN_ [AFG]" and its spellings), else None: its
    first name is the country's (pycountry), or its one undated code is a country code seen for the first time."""
    import pycountry

    codes = {c.code for c in record.codes}
    try:
        named = pycountry.countries.lookup(display(record.phrases[0])).alpha_3
    except LookupError:
        named = None
    if named and named not in seen and any(c.startswith(named) or c.endswith(named) for c in codes):
        seen.add(named)
        return named
    if len(codes) != 1 or any(c.dated for c in record.codes):
        return None
    code = next(iter(codes))
    if code in seen or code not in country_codes() or len(code) != 3:
        return None
    seen.add(code)
    return code


def _is_place(name: str, iso3: str) -> bool:
    from dossier.actors.gazetteer import gazetteer

    return any(p.country == iso3 for p in gazetteer().lookup(name, exact=True))


def convert(folder: Path) -> tuple[dict, list[dict], list[str]]:
    """(header, entries, problems) from the TABARI files in `folder`."""
    problems: list[str] = []
    entries: list[dict] = []
    seen: set[str] = set()
    for name in ACTOR_FILES:
        for record in read_actors(_read(folder / name), name, problems):
            source = f"{name}:{record.line}"
            iso3 = _country_block(record, seen) if name == ACTOR_FILES[0] and "CountryInfo" not in record.comment else None
            if iso3:
                names = [display(p) for p in record.phrases]
                entries.append({"section": "countries", "iso3": iso3,
                                "aliases": [n for n in dict.fromkeys(names) if not _is_place(n, iso3)],
                                "source": source})
                continue
            section, entry = actor_entry(record, own_codes=False)
            entries.append({"section": section, **entry, "source": source})
    agents = read_agents(_read(folder / AGENT_FILE), AGENT_FILE, problems)
    entries.extend({"section": "agents", **a, "source": AGENT_FILE} for a in agent_entries(agents))
    for phrase, story in read_discards(_read(folder / DISCARD_FILE)):
        entries.append({"section": "discards", "phrase": " ".join(words(phrase)).lower(), "story": story})
    licence = (folder / "LICENSE").read_text(encoding="utf-8") if (folder / "LICENSE").exists() else ""
    header = {"header": {
        "what": "The Phoenix actor, agent and discard dictionaries of PETRARCH2, converted by dossier.actors.phoenix",
        "origin": ORIGIN, "files": [*ACTOR_FILES, AGENT_FILE, DISCARD_FILE],
        "converted": date.today().isoformat(), "licence": "MIT", "notice": licence}}
    return header, entries, problems


def write(path: Path, header: dict, entries: list[dict]) -> None:
    # mtime=0: the same input gives the same bytes, so the shipped file changes only when its content does.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        for item in [header, *entries]:
            out.write((json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))


def read(path: Path = SHIPPED) -> Iterator[dict]:
    """The entries of a converted file (the header skipped)."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if "header" not in item:
                yield item


def header(path: Path = SHIPPED) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return json.loads(lines.readline())["header"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Convert the Phoenix TABARI dictionaries for dossier.")
    parser.add_argument("folder", type=Path, help="the folder of the Phoenix.*.txt files")
    parser.add_argument("-o", "--output", type=Path, default=SHIPPED)
    args = parser.parse_args(argv)
    missing = [n for n in (*ACTOR_FILES, AGENT_FILE, DISCARD_FILE) if not (args.folder / n).exists()]
    if missing:
        print(f"{args.folder}: missing {', '.join(missing)}", file=sys.stderr)
        return 1
    head, entries, problems = convert(args.folder)
    write(args.output, head, entries)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{args.output}: {len(entries)} entries ({len(problems)} lines skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
