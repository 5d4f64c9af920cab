"""Where a text ends: the joiners glue an unfinished text to the next line, so what
counts as finished decides what stays apart (`qtread.text.cjk.ends_sentence`)."""

from __future__ import annotations

import pytest

from qtread.text.cjk import ends_sentence


@pytest.mark.parametrize(
    ("text", "finished"),
    [
        ("北湖新区今年将启动十项民生工程。", True),
        ("北湖新区今年将启动十项民生工程，", False),
        ("…新区实现了高质量发展。（记者 林远 周舟）", True),  # a credit after a stop
        ("北湖精密机械股份有限公司（林远／摄）", True),  # a photo's credit closes its caption
        ("北湖精密机械股份有限公司（林远 摄）", True),
        ("北湖新区举办了首届创新大赛（简称“创赛”）", False),  # an aside runs on
    ],
)
def test_what_ends_a_text(text: str, finished: bool) -> None:
    assert ends_sentence(text) is finished
