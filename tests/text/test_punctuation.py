"""OCR's half-width punctuation made full width in Chinese text, and nowhere else."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qtread.model import Section, SourceShape
from qtread.text.punctuation import normalize_issue, normalize_text, normalizes_by_default
from tests.export import factory


@pytest.mark.parametrize(
    ("text", "expected", "marks", "spaces"),
    [
        (
            "滑动手机屏幕,问候从指尖启程;坐上",
            "滑动手机屏幕，问候从指尖启程；坐上",
            {",": 1, ";": 1},
            0,
        ),
        ("之海,2020,是极不平凡的一年", "之海，2020，是极不平凡的一年", {",": 2}, 0),
        ('按下"暂停"。新区', "按下“暂停”。新区", {'"': 2}, 0),
        ('他说:"好."', "他说：“好。”", {":": 1, ".": 1, '"': 2}, 0),
        ("条例(草案)发布", "条例（草案）发布", {"()": 1}, 0),
        ("增长3.5%,达到1,000元", "增长3.5%，达到1,000元", {",": 1}, 0),
        ("钱 塘  新区", "钱塘新区", {}, 3),
        ("增长3.6%, 高于全市", "增长3.6%，高于全市", {",": 1}, 1),
        (
            "主题为“百年峥嵘奋斗路 钱塘逐梦开新篇”的 活动",
            "主题为“百年峥嵘奋斗路 钱塘逐梦开新篇”的活动",
            {},
            1,
        ),
        # Latin text, numbers and addresses are left as they are
        ("Python, Java 和 C", "Python, Java 和 C", {}, 0),
        ("see (a) and (b).", "see (a) and (b).", {}, 0),
        ("Hello world. 你好", "Hello world. 你好", {}, 0),
        ("www.qt.gov.cn上线", "www.qt.gov.cn上线", {}, 0),
        ('只有一个"引号', '只有一个"引号', {}, 0),
    ],
)
def test_normalize_text(text: str, expected: str, marks: dict[str, int], spaces: int) -> None:
    counted: Counter[str] = Counter()
    assert normalize_text(text, counted) == (expected, spaces)
    assert dict(counted) == marks


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF)))
def test_text_without_chinese_is_never_changed(text: str) -> None:
    assert normalize_text(text, Counter()) == (text, 0)


@given(st.text(alphabet=st.sampled_from('钱塘新区2020abc ,.;:?!()"，。')))
def test_only_marks_and_spaces_between_han_change(text: str) -> None:
    fixed, spaces = normalize_text(text, Counter())
    kept = [c for c in text if c.isalnum()]
    assert [c for c in fixed if c.isalnum()] == kept
    assert len(fixed) == len(text) - spaces


def test_the_issue_is_normalised_but_not_its_names() -> None:
    from qtread.model import Byline

    article = factory.article(
        "标题(一)",
        "正文,第一段.",
        subtitle="副题:说明",
        bylines=[Byline("文", ("张 三",))],
    )
    issue = factory.issue(Section("栏目", [article]))
    fixed, changes = normalize_issue(issue)
    (done,) = fixed.articles
    assert (done.title, done.subtitle, done.blocks[0].text) == (
        "标题（一）",
        "副题：说明",
        "正文，第一段。",
    )
    assert done.bylines[0].names == ("张 三",)
    assert changes.total == 4
    assert normalizes_by_default(issue) is (issue.source.shape is SourceShape.FLOWED)
