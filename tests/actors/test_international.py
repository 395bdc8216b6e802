"""International bodies of the 1980s wire and state agencies of economic news, in sentences written for these tests."""


def actor(doc, surface: str):
    return next(doc._.actors[m.entity] for m in doc._.mentions if m.text.removeprefix("The ").removeprefix("the ") == surface)


def test_the_european_community_and_gatt_are_international_bodies(analyse):
    doc = analyse("The European Community asked GATT to rule on the soybean subsidies.", "1987-04-02")
    assert actor(doc, "European Community").cameo == "IGO"
    assert actor(doc, "GATT").kind == "igo"


def test_a_common_noun_inside_a_longer_name_is_not_a_dictionary_actor(analyse):
    doc = analyse("Delegates to the International Coffee Organization failed to agree on quotas.", "1987-04-02")
    assert not [m for m in doc._.mentions if m.entity == "org:tanzim"]
    assert actor(doc, "International Coffee Organization").kind == "igo"


def test_a_central_bank_has_its_state_on_the_date(analyse):
    doc = analyse("The Bundesbank left its discount rate unchanged on Thursday.", "1987-04-02")
    assert actor(doc, "Bundesbank").country not in (None, "")
