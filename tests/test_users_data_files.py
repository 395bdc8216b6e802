"""A user's own data files (`--actors`, a folder of added event patterns) go through the package's YAML reader
(dossier.data_files): an unquoted word YAML 1.1 reads as a boolean or a number ("ON", "No", "042") is the word
written. Files written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.actors.dictionary import DictionaryError, load
from dossier.events import patterns


def test_a_users_actor_aliases_and_codes_are_words(tmp_path: Path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "organisations:\n"
        "  - {id: my:ontario, name: Government of Ontario, country: CAN, cameo: CANGOV, aliases: [ON, Ontario]}\n"
        "  - {id: my:no-party, name: No Party, country: NOR, aliases: [No]}\n", encoding="utf-8")
    d = load([mine])
    assert "ON" in d.entities["my:ontario"].aliases  # YAML 1.1: True, refused as no name
    assert "No" in d.entities["my:no-party"].aliases


def test_a_users_json_actor_file_is_read_as_json(tmp_path: Path):
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"places": [{"id": "my:cove", "name": "Quiet Cove", "country": "CAN",
                                            "lat": 4.5e1, "lon": -6.3e1}]}), encoding="utf-8")
    d = load([mine])
    assert d.entities["my:cove"].name == "Quiet Cove"
    bad = tmp_path / "bad.json"
    bad.write_text("{places: [", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not valid JSON"):
        load([bad])


def test_a_users_pattern_file_keeps_on_and_a_code_with_a_leading_zero(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", "off")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "appeal.yaml").write_text(
        "type: REQUEST\nverbs:\n  - {lemmas: [prevail], mode: appeal, cameo: 042, prep: [on, upon], target_preps: [on]}\n",
        encoding="utf-8")
    entry = patterns.load_entries((str(mine),))[-1]
    assert entry.lemmas == ("prevail",)
    assert entry.cameo == "042"  # YAML 1.1: the octal number 34
    assert entry.prep == ("on", "upon") and entry.target_preps == ("on",)


def test_actors_import_reads_a_yaml_file_with_the_same_reader(tmp_path: Path):
    from typer.testing import CliRunner

    from dossier.cli import app
    from dossier.data_files import load_yaml

    mine, out = tmp_path / "mine.yaml", tmp_path / "out.yaml"
    mine.write_text("organisations:\n  - {id: my:ontario, name: Government of Ontario, country: CAN, aliases: [ON]}\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "import", str(mine), "--format", "yaml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert load_yaml(out)["organisations"][0]["aliases"] == ["ON"]  # written quoted, read back the word
