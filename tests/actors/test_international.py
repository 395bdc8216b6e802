"""International bodies of the 1980s wire and state agencies of economic news, in sentences written for these tests."""


def actor(doc, surface: str):
    return next(doc._.actors[m.entity] for m in doc._.mentions if m.text.removeprefix("The ").removeprefix("the ") == surface)


def test_the_european_community_and_gatt_are_international_bodies(analyse):
    doc = analyse("The European Community asked GATT to rule on the soybean subsidies.", "1987-04-02")
    assert actor(doc, "European Community").cameo == "IGOEUREEC"  # as Phoenix codes the EU and its Commission
    assert actor(doc, "GATT").kind == "igo"


def test_a_curated_international_body_is_coded_as_the_phoenix_dictionaries_code_it(analyse):
    doc = analyse("OPEC ministers met in Vienna while the IMF and the Organization of African Unity urged Chad "
                  "to settle its debts.", "1987-04-02")
    assert actor(doc, "OPEC").cameo == "IGOOPC"
    assert actor(doc, "IMF").cameo == "IGOBUSIMF"
    assert actor(doc, "Organization of African Unity").cameo == "IGOAFROAU"


def test_a_curated_code_finer_than_the_sector_is_kept(tmp_path):
    from dossier.actors import load

    mine = tmp_path / "bodies.yaml"
    mine.write_text("organisations:\n  - {name: Arab League, kind: igo, sector: IGO}\n"
                    "  - {name: Andean Pact, kind: igo, sector: IGO}\n", encoding="utf-8")
    d = load([mine])
    assert d.entities["org:arab-league"].cameo == "IGOMEAARL"  # a user's bare sector refines nothing away
    assert d.entities["org:andean-pact"].cameo == "IGO"  # no converted code to take


def test_a_common_noun_inside_a_longer_name_is_not_a_dictionary_actor(analyse):
    doc = analyse("Delegates to the International Coffee Organization failed to agree on quotas.", "1987-04-02")
    assert not [m for m in doc._.mentions if m.entity == "org:tanzim"]
    assert actor(doc, "International Coffee Organization").kind == "igo"


def test_a_central_bank_has_its_state_on_the_date(analyse):
    doc = analyse("The Bundesbank left its discount rate unchanged on Thursday.", "1987-04-02")
    assert actor(doc, "Bundesbank").country not in (None, "")
