"""Sources of a brief: every analysed article, then the wire copies merged into them."""

from dataclasses import replace

from builders import article

from briefgen.analyse import analyse
from briefgen.model import Story


def test_wire_copies_are_listed_after_the_articles_they_were_merged_into():
    text = "The council proposed a tram levy. Shop owners oppose the levy, saying it hurts trade."
    copy = replace(article(text, path="copy.txt"), outlet="Second Outlet")
    original = replace(article(text, path="orig.txt"), outlet="First Outlet", copies=(copy,))
    brief = analyse(Story((original,)))
    assert [(s.id, s.outlet) for s in brief.sources] == [
        ("s1", "First Outlet"),
        ("s2", "Second Outlet"),
    ]
    cited = {c.source for sec in brief.sections for p in sec.points for c in p.citations}
    assert cited <= {"s1"}
