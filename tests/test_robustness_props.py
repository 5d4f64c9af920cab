"""Properties of the parser on text and bytes nobody wrote by hand.

- `parse_text` never raises, whatever the text.
- "Text is sacred": every Han character of the input is in the model (titles, subtitles,
  bylines, blocks, metadata, TOC) or in the dropped-line ledger. The check is a multiset
  inclusion over the JSON dump, so a field added to the model is counted automatically.
  Bylines get their own strategy: names printed in pieces (喻 萍萍) are where a
  character could slip out of both.
- Mutated sample files (lines deleted, duplicated, shuffled; bytes inserted, flipped;
  truncation) make `parse_bytes` return an Issue or raise InputError, nothing else.

Example counts are modest so the suite stays fast; bench/fuzz.py runs the long campaign.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qtread.errors import InputError
from qtread.model import Issue
from qtread.parse import parse_bytes, parse_text
from qtread.serialize import issue_to_dict
from qtread.text.cjk import is_han

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
# the corpus's re-typeset issues: every extractor's form (columns cut, gaps restored…)
CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "texts").glob("*.txt"))
SAMPLE_LINES = sorted({line for path in SAMPLES for line in path.read_text("utf-8").splitlines()})

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _han(value: Any) -> Counter[str]:
    """Han characters in every string (and dict key) of a JSON-like value."""
    counts: Counter[str] = Counter()
    if isinstance(value, str):
        counts.update(ch for ch in value if is_han(ch))
    elif isinstance(value, dict):
        for key, item in value.items():
            counts += _han(key) + _han(item)
    elif isinstance(value, list):
        for item in value:
            counts += _han(item)
    return counts


def unaccounted_han(source: str, issue: Issue) -> Counter[str]:
    """Han characters of SOURCE found neither in the model nor in the ledger."""
    dump = issue_to_dict(issue)
    kept = {k: v for k, v in dump.items() if k not in {"source", "warnings", "dropped"}}
    found = _han(kept) + _han([d["text"] for d in dump["dropped"]])
    return Counter(ch for ch in source if is_han(ch)) - found


def test_unaccounted_han_sees_a_lost_character() -> None:
    issue = parse_text("潮涌钱塘\n")
    assert not unaccounted_han("潮涌钱塘\n", issue)
    assert unaccounted_han("潮涌钱塘新\n", issue) == Counter("新")


# Text that looks a little like an issue: sample lines, Markdown headings, page numbers,
# bylines, TOC dots, stray controls and every kind of space and line end.
_FRAGMENTS = st.sampled_from(
    [
        "## ",
        "# ",
        "记者 ",
        "通讯员 ",
        "文 / ",
        "……",
        "·····",
        " 12",
        "P08",
        "目录",
        "CONTENTS",
        "2020\\07\\NO.5",
        "\u3000",
        "\u00a0",
        "\t",
        "\r\n",
        "\r",
        "\n\n\n",
        "\x00",
        "\x1b[31m",
        "\x85",
        "\u200b",
        "**",
        "- ",
        "1. ",
        "|",
    ]
)
# Byline lines whose names come in pieces: lone surnames (喻 萍萍), padded names (施 峰),
# compound surnames (欧阳 明), fused names, and pieces that fit no name at all.
_BYLINE = st.builds(
    lambda role, pieces: f"{role} / {' '.join(pieces)}",
    st.sampled_from(["记者", "通讯员", "本刊记者", "文", "摄影"]),
    st.lists(st.text(alphabet="喻萍岑晓岚林望舒欧阳明施峰", min_size=1, max_size=5), max_size=5),
)
_TEXT = st.lists(
    st.one_of(st.sampled_from(SAMPLE_LINES), _FRAGMENTS, _BYLINE, st.text(max_size=40)),
    max_size=80,
).map("\n".join)
# A short article with a byline under its title, where the segmenter reads bylines.
_BYLINED_ARTICLE = st.builds(
    lambda title, byline, body: f"## {title}\n\n{byline}\n\n{body}\n",
    st.sampled_from(["钱塘江边的新工厂", "船娘的四十年", "一座城的早晨"]),
    _BYLINE,
    st.sampled_from(
        [
            "工厂的生产线一片繁忙，订单排到了年底。\n\n产能提升了三成，研发投入逐年增加。",
            "清晨五点，码头上的第一盏灯亮起，她已经在船头擦洗了半个钟头。",
        ]
    ),
)


@FAST
@given(_TEXT)
def test_parse_text_never_raises_and_returns_an_issue(text: str) -> None:
    issue = parse_text(text)
    assert isinstance(issue, Issue)
    assert issue.source.lines >= 1
    for article in issue.articles:
        for block in article.blocks:
            assert 1 <= block.span.first <= block.span.last <= issue.source.lines
    for dropped in issue.dropped:
        assert 1 <= dropped.line <= issue.source.lines


@FAST
@given(_TEXT)
def test_every_han_character_is_in_the_model_or_the_ledger(text: str) -> None:
    assert not unaccounted_han(text, parse_text(text))


@FAST
@given(_BYLINED_ARTICLE)
def test_every_han_character_of_a_byline_is_in_the_model_or_the_ledger(text: str) -> None:
    assert not unaccounted_han(text, parse_text(text))


@pytest.mark.parametrize("sample", SAMPLES + CORPUS, ids=lambda p: p.stem[:14])
def test_every_han_character_of_each_sample_is_in_the_model_or_the_ledger(sample: Path) -> None:
    text = sample.read_text("utf-8")
    missing = unaccounted_han(text, parse_text(text, name=sample.name))
    assert not missing, f"{sum(missing.values())} Han characters lost: {missing.most_common(20)}"


# --- Mutated sample files -----------------------------------------------------------------


@st.composite
def mutated_sample(draw: st.DrawFn) -> bytes:
    """A sample file, with a few random edits to its lines and then to its bytes."""
    lines = draw(st.sampled_from(SAMPLES)).read_bytes().split(b"\n")
    for _ in range(draw(st.integers(0, 4))):
        if not lines:
            break
        start = draw(st.integers(0, len(lines) - 1))
        end = draw(st.integers(start, min(start + 200, len(lines))))
        edit = draw(st.sampled_from(["delete", "duplicate", "shuffle", "reverse"]))
        chunk = lines[start:end]
        if edit == "delete":
            chunk = []
        elif edit == "duplicate":
            chunk = chunk * 2
        elif edit == "shuffle":
            chunk = draw(st.permutations(chunk))
        else:
            chunk = chunk[::-1]
        lines[start:end] = chunk
    data = bytearray(b"\n".join(lines))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["insert", "flip", "truncate"]))
        if edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif edit == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif edit == "truncate":
            del data[at:]
    return bytes(data)


@settings(FAST, max_examples=40)
@given(mutated_sample())
def test_mutated_samples_raise_nothing_but_input_error(data: bytes) -> None:
    try:
        issue = parse_bytes(data, "mutated.txt")
    except InputError as error:
        assert str(error).startswith("mutated.txt: ")
        return
    assert issue.source.size == len(data)
