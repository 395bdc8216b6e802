"""`dossier actors`: import a user's dictionary (TABARI or YAML) and show what a name resolves to on a date.

    dossier actors import FILE --format tabari [-o mine.yaml]   # TABARI actors -> the project's YAML
    dossier actors import FILE --format yaml -o mine.txt         # check a YAML dictionary; write it as TABARI
    dossier actors show NAME [--on 1987-04-02] [--actors mine.yaml]
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
from dossier.actors.dictionary import CURATED, LIBRARY, PHOENIX, USER, DictionaryError, load
from dossier.actors.tabari import TabariError, read_actors, write_actors

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
            data = yaml.safe_load(text) or {}
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
    name: Annotated[str, typer.Argument(help="A name as an article writes it: 'Helmut Kohl', 'Kohl', 'Moscow'.")],
    on: Annotated[Optional[str], typer.Option("--on", help="The article's date, YYYY-MM-DD.")] = None,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="An extra actor dictionary; repeatable.")] = None,
) -> None:
    """Show the actors a name may mean, and the one an article of that date gets, with its role then."""
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
        _fail(f"{name!r}: no actor of that name in the dictionaries")
    chosen = d.choose(ids, on)
    chosen = d.state_on(chosen, on) if chosen in d.stands_for else chosen
    table = Table(title=f"{name}" + (f" on {on}" if on else ""))
    for col in ("", "id", "name", "kind", "country", "CAMEO", "role then", "source"):
        table.add_column(col)
    for ident in sorted(ids | {chosen}, key=lambda i: (i != chosen, i)):
        entity = d.entities[ident]
        held = d.role_on(ident, on)
        role = f"{held.cameo} {held.start or '…'} to {held.end or '…'}" if held else ""
        table.add_row("→" if ident == chosen else "", escape(ident), escape(entity.name), entity.kind or "",
                      d.country_on(ident, on) or "", d.cameo_on(ident, on) or "", escape(role),
                      _SOURCES.get(d.rank.get(ident, CURATED), ""))
    console.print(table)
