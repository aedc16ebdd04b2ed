"""Lists of links to other stories under a 'Related ...' heading end the article. Lines are invented."""

from __future__ import annotations

import pytest

from diplograph.read import read_page

HEADLINE = "Ministers of two countries sign a memorandum in the capital"


@pytest.mark.parametrize("heading", ["Related statements:", "Related press releases", "Related documents:"])
def test_a_related_list_ends_the_article(heading: str) -> None:
    page = read_page("\n".join([HEADLINE, "Ministers signed the memorandum on Thursday.", heading,
                                "- Ruritania and Freedonia hold consultations in Strelsau"]) + "\n")
    content = [b.text for b in page.blocks if b.kind != "furniture"]
    assert "Ministers signed the memorandum on Thursday." in content
    assert not any("Strelsau" in text for text in content)
