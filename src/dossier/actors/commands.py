"""`dossier actors`: import a user's dictionary (TABARI or YAML) and show what a name resolves to on a date.

    dossier actors import FILE --format tabari [-o mine.yaml]   # TABARI actors -> the project's YAML
    dossier actors import FILE --format yaml -o mine.txt         # check a YAML dictionary; write it as TABARI
    dossier actors show NAME [--on 1987-04-02] [--actors mine.yaml]   # a name, or an office ("the Japanese premier")
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
import yaml
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dossier.actors.convert import actor_entry, tabari_records
from dossier.actors.dictionary import CURATED, LIBRARY, PHOENIX, USER, Dictionary, DictionaryError, OfficeEntry, fold, load
from dossier.actors.tabari import TabariError, read_actors, write_actors
from dossier.data_files import loads

app = typer.Typer(help="Actor dictionaries: import your own, see what a name resolves to.", no_args_is_help=True)
console = Console()
err = Console(stderr=True, soft_wrap=True)
_SOURCES = {LIBRARY: "country libraries", PHOENIX: "Phoenix (PETRARCH2)", CURATED: "curated", USER: "your file"}


def _fail(message: str) -> None:
    err.print(f"[red]{escape(message)}[/]")
    raise typer.Exit(1)


def tabari_to_yaml(text: str, name: str, problems: list[str]) -> dict:
    """A TABARI actor file as the project's YAML sections (people, organisations, places)."""
    data: dict[str, list] = {}
    for record in read_actors(text, name, problems):
        section, entry = actor_entry(record)
        data.setdefault(section, []).append(entry)
    return data


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="A dictionary file: TABARI actors (.txt) or the project's YAML.")],
    format: Annotated[str, typer.Option("--format", help="tabari or yaml.")] = "tabari",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Where to write: .yaml/.yml for YAML, "
                                                   "anything else for TABARI; default: YAML on stdout.")] = None,
) -> None:
    """Convert a dictionary between TABARI and the project's YAML (give the result to `dossier build --actors`)."""
    if format not in ("tabari", "yaml"):
        _fail(f"--format: expected tabari or yaml, got {format!r}")
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        _fail(f"{file}: cannot read the file ({exc.strerror or exc})")
    problems: list[str] = []
    if format == "tabari":
        try:
            data = tabari_to_yaml(text, str(file), problems)
        except TabariError as exc:
            _fail(str(exc))
    else:
        try:
            load([file])  # the same checks as --actors
            data = loads(text) or {}
        except (DictionaryError, yaml.YAMLError) as exc:
            _fail(str(exc))
    for problem in problems[:20]:
        err.print(f"[yellow]{escape(problem)}[/]")
    counts = ", ".join(f"{len(v)} {k}" for k, v in data.items() if isinstance(v, list))
    header = f"Converted from {file.name} by dossier actors import on {date.today().isoformat()}"
    if output is not None and output.suffix.lower() not in (".yaml", ".yml"):
        output.write_text(write_actors(tabari_records(data), header=header), encoding="utf-8")
    else:
        body = f"# {header}\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
        if output is None:
            sys.stdout.write(body)
        else:
            output.write_text(body, encoding="utf-8")
    err.print(f"{escape(str(file))}: {counts or 'nothing'}" + (f" -> {escape(str(output))}" if output else ""))


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="A name as an article writes it: 'Helmut Kohl', 'Kohl', 'Moscow', "
                                             "or an office: 'the Japanese prime minister'.")],
    on: Annotated[Optional[str], typer.Option("--on", help="The article's date, YYYY-MM-DD.")] = None,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="An extra actor dictionary; repeatable.")] = None,
) -> None:
    """Show the actors a name may mean, and the one an article of that date gets, with its role then; for an office
    ("the Japanese prime minister"), who held it, and who held it on that date."""
    if on is not None:
        try:
            date.fromisoformat(on)
        except ValueError:
            _fail(f"--on: expected a date YYYY-MM-DD, got {on!r}")
    try:
        d = load(actors or [])
    except DictionaryError as exc:
        _fail(str(exc))
    ids = set(d.folded.get(name.lower(), set()))
    if not ids and " " not in name:
        ids = set(d.name_parts.get(name, set()) | d.name_parts.get(name.title(), set()))
    if name in d.demonyms:
        ids.add(d.demonyms[name])
    if not ids:
        office = office_named(d, name)
        if office is None:
            _fail(f"{name!r}: no actor or office of that name in the dictionaries")
        _show_office(d, name, office, on)
        return
    chosen = d.choose(ids, on)
    chosen = d.state_on(chosen, on) if chosen in d.stands_for else chosen
    table = Table(title=f"{name}" + (f" on {on}" if on else ""))
    for col in ("", "id", "name", "kind", "country", "CAMEO", "role then", "source"):
        table.add_column(col)
    for ident in sorted(ids | {chosen}, key=lambda i: (i != chosen, i)):
        entity = d.entities[ident]
        held = d.role_on(ident, on, known=True)
        role = f"{held.cameo} {held.start or '…'} to {held.end or '…'}" if held else ""
        table.add_row("→" if ident == chosen else "", escape(ident), escape(entity.name), entity.kind or "",
                      d.country_on(ident, on) or "", d.cameo_on(ident, on) or "", escape(role),
                      _SOURCES.get(d.rank.get(ident, CURATED), ""))
    console.print(table)


def office_named(d: Dictionary, name: str) -> OfficeEntry | None:
    """The office a description names ("the Japanese prime minister", "Prime Minister of Japan"): its title or one
    of its aliases, compared folded and without a leading "the"."""
    key = fold(name)
    key = key[4:] if key.startswith("the ") else key
    return next((o for o in d.offices.values() if key in {fold(a) for a in (o.title, *o.aliases)}), None)


def _show_office(d: Dictionary, name: str, office: OfficeEntry, on: str | None) -> None:
    """The office's holders in the order they took it, the one(s) holding it on the date marked; for a country's
    head office on a date before its listed holders, the country's heads then from the other sources."""
    table = Table(title=f"{name} = {office.title} ({office.country or 'no country'})" + (f" on {on}" if on else ""))
    for col in ("", "id", "name", "from", "to", "CAMEO", "source"):
        table.add_column(col)
    holdings = sorted(d.holders.get(office.title, []), key=lambda h: (h.start or "", h.entity))
    if on and office.head and office.country and not any(h.holds(on) for h in holdings):
        # before the curated list's years: the country's heads on that date from the other sources (Phoenix)
        holdings += sorted((h for h in d.leaders.get(office.country, []) if d.in_office(h, on) and h not in holdings),
                           key=lambda h: (h.start or "", h.entity))
    for h in holdings:
        entity = d.entities.get(h.entity)
        table.add_row("→" if on and h.holds(on) else "", escape(h.entity), escape(entity.name if entity else h.entity),
                      h.start or "…", h.end or "…", h.cameo or "", _SOURCES.get(h.rank, ""))
    console.print(table)
    if not holdings:
        err.print(f"{escape(office.title)}: no holder in the dictionaries")
