"""The one byline formatter: the contents, the reader and the exports say credits alike."""

from __future__ import annotations

from qtread.model import Byline
from qtread.text.credits import CREDITS_FOR_SCRIPTS, credit_text, credits_text, names_text

CREDITS = [Byline("记者", ("张三", "李四")), Byline("", ("王五",)), Byline("摄影", ())]


def test_a_credit_is_its_role_then_its_names_joined_by_the_enumeration_comma() -> None:
    assert credit_text(CREDITS[0]) == "记者 张三、李四"
    assert credit_text(CREDITS[1]) == "王五"
    assert credit_text(CREDITS[2]) == "摄影"
    assert names_text(Byline("文", ("甲", " ", "乙"))) == "甲、乙"


def test_credits_are_joined_by_an_ideographic_space_or_for_scripts_by_a_slash() -> None:
    assert credits_text(CREDITS) == "记者 张三、李四\u3000王五\u3000摄影"
    assert credits_text(CREDITS, CREDITS_FOR_SCRIPTS) == "记者 张三、李四 / 王五 / 摄影"
    assert credits_text([Byline("", ())]) == ""
