"""DuckDB tables derived from the pydantic model, so the model stays the one source of truth."""

from __future__ import annotations

import types
import typing

from pydantic import BaseModel

from dossier.model import Conflict, Document, Entity, Event, Fact, Mention, Story

# table name -> (model, primary key or None)
TABLES: dict[str, tuple[type[BaseModel], str | None]] = {
    "documents": (Document, "id"),
    "entities": (Entity, "id"),
    "mentions": (Mention, None),
    "events": (Event, "id"),
    "facts": (Fact, "id"),
    "conflicts": (Conflict, None),
    "stories": (Story, "id"),
}

_SCALARS = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}


def column_type(annotation) -> str:
    """The DuckDB type for a field: scalars map to columns, lists of str to VARCHAR[], the rest to JSON."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return column_type(args[0]) if len(args) == 1 else "JSON"
    if origin is typing.Literal:
        return "VARCHAR"
    if origin is list:
        (arg,) = typing.get_args(annotation)
        return "VARCHAR[]" if arg is str else "JSON"
    return _SCALARS.get(annotation, "JSON")


def columns(model: type[BaseModel]) -> dict[str, str]:
    return {name: column_type(f.annotation) for name, f in model.model_fields.items()}


def create_statement(table: str) -> str:
    model, key = TABLES[table]
    cols = [f'"{name}" {kind}' + (" PRIMARY KEY" if name == key else "") for name, kind in columns(model).items()]
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"
