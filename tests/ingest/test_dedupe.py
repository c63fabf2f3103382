from dataclasses import replace

from builders import article
from sourcefiles import TOLL, TRAM

from briefgen.ingest.dedupe import merge_copies

WIRE = [
    "The regional assembly approved a toll on the Northgate Bridge on Monday, news agencies "
    "reported, after a long debate that split the governing coalition.",
    "Transport minister Piet Vos proposed the toll to pay for repairs to the ageing crossing, "
    "which carries forty thousand cars a day.",
    "The Road Users League opposed the toll, saying commuters would pay twice. The toll "
    "starts in September and will be reviewed after two years.",
]


def outlet(a, name, url=None, title=None):
    return replace(a, outlet=name, url=url, title=title or a.title, path=f"{name}.html")


def test_identical_article_saved_twice_is_dropped():
    one = outlet(article(*WIRE), "Herald", "https://herald.example/toll")
    merged = merge_copies([one, replace(one, path="copy.html")])
    assert merged == [one]


def test_wire_copy_run_by_another_outlet_is_merged_and_cites_both():
    full = outlet(article(*WIRE), "Herald")
    trimmed = outlet(article(*WIRE[:2], title="Bridge toll approved"), "Courier")
    other = outlet(article(*TRAM[0][2]), "Gazette")
    merged = merge_copies([trimmed, other, full])
    assert [a.outlet for a in merged] == ["Herald", "Gazette"]
    assert [c.outlet for c in merged[0].copies] == ["Courier"]
    assert [e.outlet for e in merged[0].editions] == ["Herald", "Courier"]


def test_same_text_from_two_outlets_is_one_article_with_a_copy():
    herald = outlet(article(*WIRE), "Herald")
    merged = merge_copies([herald, outlet(article(*WIRE), "Courier")])
    assert [(a.outlet, [c.outlet for c in a.copies]) for a in merged] == [("Herald", ["Courier"])]


def test_two_reports_of_one_story_in_different_words_are_kept_apart():
    reports = [article(*TOLL[0][2]), article(*TOLL[1][2])]
    assert merge_copies(reports) == reports
