"""A headline in two spaced halves that asks (`…投产 新区的底气在哪里?`) opens an
article after finished text, within the column as much as across it; a question set
in running text, or a subheading, opens none (segment/runs.py, evidence `asked`).
The title-runs stage alone, on invented text."""

from __future__ import annotations

from .runs_stage import column_chunks, run_anchors


def test_a_question_in_two_spaced_halves_opens_an_article() -> None:
    for title in ("十个项目签约、开工 底气在哪里?", "十个项目签约、开工 底气在哪里？"):
        anchors = run_anchors(column_chunks(title))
        assert [(index, anchor.evidence) for index, anchor in anchors.items()] == [(1, "asked")]


def test_a_question_without_halves_or_with_a_comma_opens_none() -> None:
    assert not run_anchors(column_chunks("十个项目的底气在哪里？"))  # one phrase: a subheading's
    assert not run_anchors(
        column_chunks("十个项目签约，开工 底气在哪里？")
    )  # a clause: running text
    assert not run_anchors(column_chunks("项目签约。 底气在哪里？"))  # a sentence ends inside it


def test_halves_that_do_not_ask_are_judged_by_the_other_rules() -> None:
    assert not run_anchors(column_chunks("十个项目签约、开工 底气十足"))
