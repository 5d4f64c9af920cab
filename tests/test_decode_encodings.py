"""The same issue in any encoding, line-end convention or invisible-character noise parses
to the same model as the UTF-8 original.

The model is compared as `issue_to_dict` without `source` (which rightly differs: sha256,
size, encoding). The samples are re-encoded in memory; Big5 cannot encode most
simplified characters, so its test uses only the sample lines that round-trip.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from qtread.model import Issue
from qtread.parse import parse_bytes, parse_text
from qtread.serialize import issue_to_dict

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
NAME = "issue.txt"  # one name for every variant, so nothing derived from it differs


@cache
def sample_text(index: int) -> str:
    return SAMPLES[index].read_text("utf-8")


def model(issue: Issue) -> dict[str, Any]:
    data = issue_to_dict(issue)
    del data["source"]
    return data


@cache
def reference(index: int) -> dict[str, Any]:
    return model(parse_bytes(sample_text(index).encode("utf-8"), NAME))


ENCODED: dict[str, tuple[Callable[[str], bytes], str]] = {
    "utf-8-bom": (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    "utf-16-le-bom": (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le"),
    "utf-16-be-bom": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
    "utf-16-le-bom-crlf": (
        lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
        "utf-16-le",
    ),
    "utf-16-le-no-bom": (lambda t: t.encode("utf-16-le"), "utf-16-le"),
    "utf-32-le-bom": (lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"), "utf-32-le"),
    "gb18030": (lambda t: t.encode("gb18030"), "gb18030"),
}


@pytest.mark.parametrize("variant", ENCODED, ids=str)
@pytest.mark.parametrize("index", range(len(SAMPLES)), ids=lambda i: SAMPLES[i].name[:3])
def test_encoded_sample_parses_to_the_utf8_model(index: int, variant: str) -> None:
    encode, codec = ENCODED[variant]
    issue = parse_bytes(encode(sample_text(index)), NAME)
    assert issue.source.encoding == codec
    assert model(issue) == reference(index)


@cache
def encodable_text(codec: str) -> str:
    """The lines of every sample that CODEC can encode."""
    lines = []
    for index in range(len(SAMPLES)):
        for line in sample_text(index).splitlines():
            try:
                line.encode(codec)
            except UnicodeEncodeError:
                continue
            lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize(("codec", "reported"), [("big5", "big5"), ("gbk", "gb18030")])
def test_legacy_codec_parses_to_the_utf8_model(codec: str, reported: str) -> None:
    text = encodable_text(codec)
    assert sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") > 500  # enough to detect
    issue = parse_bytes(text.encode(codec), NAME)
    assert issue.source.encoding == reported
    assert model(issue) == model(parse_bytes(text.encode("utf-8"), NAME))


def test_encoding_override_beats_detection() -> None:
    text = encodable_text("big5")
    issue = parse_bytes(text.encode("cp950"), NAME, encoding="cp950")
    assert issue.source.encoding == "cp950"
    assert model(issue) == model(parse_bytes(text.encode("utf-8"), NAME))


def _every(n: int, insert: str) -> Callable[[str], str]:
    """Insert INSERT after every Nth character."""
    return lambda text: "".join(
        chunk + insert for chunk in (text[i : i + n] for i in range(0, len(text), n))
    )


def _spaces_as(*replacements: str) -> Callable[[str], str]:
    """Replace each ASCII space by the next of REPLACEMENTS, cyclically."""

    def apply(text: str) -> str:
        cycle = itertools.cycle(replacements)
        return re.sub(" ", lambda _: next(cycle), text)

    return apply


NOISE: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "zero-width": _every(7, "\u200b"),
    "zwj-zwnj-wj": _every(11, "\u200d\u200c\u2060"),
    "inner-bom": _every(101, "\ufeff"),
    "nul-bytes": _every(997, "\x00"),
    "tabs-nbsp-ideographic": _spaces_as("\t", "\u00a0", "\u3000"),
    "bidi-marks": _every(53, "\u200e\u202a\u202c"),
}


@pytest.mark.parametrize("noise", NOISE, ids=str)
@pytest.mark.parametrize("index", range(len(SAMPLES)), ids=lambda i: SAMPLES[i].name[:3])
def test_invisible_noise_does_not_change_the_model(index: int, noise: str) -> None:
    noisy = NOISE[noise](sample_text(index))
    assert noisy != sample_text(index)
    assert model(parse_bytes(noisy.encode("utf-8"), NAME)) == reference(index)


def test_parse_text_agrees_with_parse_bytes() -> None:
    issue = parse_text(sample_text(0), name=NAME)
    assert model(issue) == reference(0)


def test_utf8_cut_mid_character_still_decodes_as_utf8() -> None:
    data = sample_text(0).encode("utf-8")
    cut = data[: data.rindex("钱".encode()) + 1]  # first byte of a three-byte character
    assert parse_bytes(cut, NAME).source.encoding == "utf-8"


def test_a_few_damaged_bytes_in_utf8_keep_every_good_character() -> None:
    good = "钱塘新区这一年。\n" * 100
    issue = parse_bytes(good.encode("utf-8") + b"\xff", NAME)
    assert issue.source.encoding == "utf-8"
    texts = [a.title for a in issue.articles] + [b.text for a in issue.articles for b in a.blocks]
    texts += [d.text for d in issue.dropped]
    assert "".join(texts).count("钱塘新区这一年") == 100
    assert "\ufffd" in "".join(texts)
    assert "not valid UTF-8" in issue.warnings[0].message
