"""The JSON Schema of the export, generated from the data model."""

from __future__ import annotations

import json

from dossier.model import Dossier


def json_schema() -> str:
    schema = Dossier.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "dossier export"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
