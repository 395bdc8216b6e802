"""The CAMEO codes dossier emits, with Goldstein score, quad class and PLOVER type (data/cameo.yaml)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from dossier.data_files import load_yaml


_TABLE = Path(__file__).parent / "data" / "cameo.yaml"

# PLOVER manual, "PLOVER equivalents to CAMEO cue categories"; 01 and 02 are dropped there
# (dossier types 02 appeals as REQUEST), 08 splits at 084, and 20 is ASSAULT (mode unconventional).
ROOT_TO_PLOVER = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT",
    "20": "ASSAULT",
}


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, float]]:
    """{code: (name, goldstein)} from the shipped table."""
    raw = load_yaml(_TABLE)
    return {str(code): (", ".join(map(str, row[:-1])), float(row[-1])) for code, row in raw.items()}


def goldstein(code: str | None) -> float | None:
    """The Goldstein score of a code, falling back to its root's."""
    if not code:
        return None
    entry = table().get(code) or table().get(code[:3]) or table().get(code[:2])
    return entry[1] if entry else None


# CAMEO's four quad classes by number, as the dyad counts name them.
QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


def quad_class(code: str | None) -> int | None:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    if not code or not code[:2].isdigit():
        return None
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4 if root <= 20 else None


def plover_type(code: str | None) -> str | None:
    """The PLOVER type of a CAMEO code (by root; 084-087 RETREAT); None for 01 and unknown roots."""
    if not code or len(code) < 2:
        return None
    if code[:2] == "08" and len(code) >= 3 and code[2] in "4567":
        return "RETREAT"
    return ROOT_TO_PLOVER.get(code[:2])
