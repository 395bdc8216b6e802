"""Names beside ids: the fields that hold entity ids, and rows with the names after each of them."""

from __future__ import annotations

# table -> fields whose values are entity ids (a list of ids or one id)
ENTITY_FIELDS: dict[str, tuple[str, ...]] = {
    "events": ("source", "target", "location", "attribution"),
    "facts": ("subject",),
    "mentions": ("entity",),
}


def with_names(row: dict, table: str, names: dict[str, str]) -> dict:
    """row (a model dump) with '<field>_names' (a list) after each list of entity ids and '<field>_name' after
    a single one; an id no entity has (an attribution given as a name) stands for itself."""
    fields = ENTITY_FIELDS.get(table, ())
    if not fields:
        return row
    out = {}
    for key, value in row.items():
        out[key] = value
        if key in fields:
            if isinstance(value, list):
                out[f"{key}_names"] = [names.get(v, v) for v in value]
            else:
                out[f"{key}_name"] = names.get(value, value) if value is not None else None
    return out


def entity_ids(item, table: str) -> set[str]:
    """The entity ids an item of this table refers to."""
    ids: set[str] = set()
    for name in ENTITY_FIELDS.get(table, ()):
        value = getattr(item, name, None)
        if isinstance(value, list):
            ids.update(value)
        elif value:
            ids.add(value)
    return ids
