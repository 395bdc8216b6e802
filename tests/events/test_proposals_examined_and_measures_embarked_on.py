"""Economic prose. A proposal, a plan or a request examined is weighed, no one investigated (none.yaml; wreckage or
charges examined stay an inquiry, CAMEO 090). Setting out on measures or reforms is no journey (none.yaml; a tour
embarked on stays a trip). An outcome "not guaranteed" is uncertain, no promise; a takeover or an expansion financed
is one's own deal paid for, no aid (none.yaml; a state financing a port abroad is left to the aid entry). Sentences
written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The producers' group was examining a Ruritanian proposal to restore export quotas.", "examining"),
    ("Ministers will examine the French request for higher milk quotas.", "examine"),
    ("Fredonia will embark on further austerity measures this spring.", "embark"),
    ("The government embarked on a programme of price reforms last year.", "embarked"),
    ("A profit this year is not guaranteed, the chairman said.", "guaranteed"),
    ("The airline will finance the expansion by borrowing abroad.", "finance"),
    ("The group will finance the takeover with bank loans.", "finance"),
])
def test_weighing_setting_out_and_paying_are_no_acts(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] == "NONE", text


@pytest.mark.parametrize("text, word, expected_type", [
    ("Investigators are examining the wreckage of the airliner.", "examining", "ACCUSE"),
    ("Egypt guaranteed the safety of the envoys.", "guaranteed", "AGREE"),
    ("Japan will finance a new deep-water port in Kenya.", "finance", "AID"),
])
def test_inquiries_pledges_and_aid_keep_their_type(typed, text, word, expected_type):
    assert typed(text)[word][0] == expected_type, text
