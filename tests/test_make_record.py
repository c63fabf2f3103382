"""The record of the last make is the plain JSON dump of what was made, written in parts."""

from __future__ import annotations

import json

from builders import brief

from briefgen.model import brief_to_dict
from briefgen.pipeline import LAST_MAKE, MadeBrief, MakeReport, _record


def test_record_is_the_same_text_as_one_json_dump(tmp_path):
    made = [
        # U+2028 and U+0085 stay raw in JSON without ensure_ascii, yet end a line for
        # str.splitlines: the record must not indent after them.
        MadeBrief(
            brief("Line one\nline two\u2028three\x85, “quoted” & <tagged>", title=f"Brief {n}"),
            files,
        )
        for n, files in enumerate(
            [{"pdf": tmp_path / "a.pdf", "docx": tmp_path / "a.docx"}, {"md": tmp_path / "b.md"}]
        )
    ]
    _record(tmp_path, MakeReport(made=made))
    expected = {
        "briefs": [
            {"brief": brief_to_dict(m.brief), "files": {k: str(v) for k, v in m.files.items()}}
            for m in made
        ]
    }
    text = (tmp_path / LAST_MAKE).read_text(encoding="utf-8")
    assert text == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
