"""What a product or a machine can run ("will support the Windows and Linux operating systems", "supports the new
video format") is its make, no backing of anyone (events/data/non_events.yaml "a format or a system a product
runs"). Support of a political system, an accord or a resolution stays SUPPORT."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The new laptops will support the Windows and Linux operating systems, the Taiwanese maker said.",
    "The Korean phone supports the new video format and the faster wireless standard.",
])
def test_a_format_a_product_runs_is_no_support(code, text):
    events, _ = code(text)
    assert "SUPPORT" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "The army supported the political system in Thailand.",
    "The Kenyan president supports the peace accord with Somalia.",
    "The Chilean envoy said his country would support the UN resolution on Haiti.",
])
def test_support_of_a_system_of_rule_or_an_accord_stays(code, text):
    events, _ = code(text)
    assert "SUPPORT" in {e.type for e in events}, _found(events)
