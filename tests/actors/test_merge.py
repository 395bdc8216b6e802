from dossier.actors import merge_entities
from dossier.model import Entity, Role


def test_merge_unites_aliases_and_prefers_the_dictionary():
    a = [Entity(id="unk:ORG:acme", name="Acme", type="ORG", aliases=["Acme Corp"])]
    b = [Entity(id="unk:ORG:acme", name="Acme", type="ORG", country="CHL", aliases=["ACME"]),
         Entity(id="per:dina-boluarte", name="Dina Boluarte", type="PERSON", known=True, aliases=["Boluarte"],
                roles=[Role(title="President of Peru", start="2022-12-07")])]
    c = [Entity(id="per:dina-boluarte", name="Boluarte", type="PERSON", aliases=["the Peruvian president"])]
    merged = {e.id: e for e in merge_entities([a, b, c])}
    assert merged["unk:ORG:acme"].aliases == ["Acme Corp", "ACME"] and merged["unk:ORG:acme"].country == "CHL"
    dina = merged["per:dina-boluarte"]
    assert dina.name == "Dina Boluarte" and dina.known and dina.roles
    assert set(dina.aliases) == {"Boluarte", "the Peruvian president"}
    assert list(merged)[0] == "per:dina-boluarte"  # known actors first
