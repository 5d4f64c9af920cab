"""A bound volume (合订本): issues in date order, a three-level outline that the EPUB nav,
the NCX, the PDF bookmarks and the 目录 share, each issue's own cover, and the whole
volume or nothing from the command line."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from qtread.export.bind import date_order
from qtread.export.epub import build_volume_epub
from qtread.export.pdf import write_volume_pdf
from qtread.model import Issue, Section
from qtread.render.html import issue_view
from qtread.render.paper import Paper
from qtread.render.volume import VolumeView, volume_view

from . import factory
from .helpers import NS, epub_xml, epubcheck, pdffonts

QTREAD = [sys.executable, "-m", "qtread"]
Tree = list[tuple[str, list[tuple[str, list[str]]]]]


def _issue(year: int | None, month: int | None, number: int | None, column: str) -> Issue:
    articles = [
        factory.article(f"{column}{n}", f"{column}第{n}篇的正文，潮起钱塘。") for n in (1, 2)
    ]
    return factory.issue(
        Section(column, articles), year=year, month=month, number=number, name=f"{column}.txt"
    )


ISSUES = [
    _issue(2021, 3, 9, "三月"),
    _issue(None, None, None, "无期"),
    _issue(2020, 12, 7, "腊月"),
]
EXPECTED: Tree = [
    ("潮涌钱塘 2020年第7期", [("腊月", ["腊月1", "腊月2"])]),
    ("潮涌钱塘 2021年第9期", [("三月", ["三月1", "三月2"])]),
    ("潮涌钱塘", [("无期", ["无期1", "无期2"])]),
]


def _volume() -> VolumeView:
    order = date_order(ISSUES)
    return volume_view("二〇二一 合订本", [issue_view(ISSUES[i]) for i in order])


def test_issues_are_bound_by_date_and_undated_ones_last() -> None:
    assert date_order(ISSUES) == [2, 0, 1]
    volume = _volume()
    keys = [a.key for view in volume.issues for s in view.outline for a in s.articles]
    assert len(keys) == len(set(keys)) == 6
    assert volume.meta.title == "二〇二一 合订本"
    assert volume.meta.date_label == "2020年12月—2021年3月"


def _nav_tree(path: Path) -> Tree:
    nav = epub_xml(path, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='toc']", NS)
    text = lambda li: "".join(li.find("x:a", NS).itertext())  # noqa: E731
    return [
        (
            text(issue),
            [
                (text(column), [text(a) for a in column.findall("x:ol/x:li", NS)])
                for column in issue.findall("x:ol/x:li", NS)
            ],
        )
        for issue in nav.findall("x:ol/x:li", NS)
    ]


def _pdf_tree(data: bytes) -> Tree:
    from pypdf import PdfReader

    def level(items: list[Any]) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        for item in items:
            if isinstance(item, list):
                out[-1] = (out[-1][0], level(item))
            else:
                out.append((item.title, []))
        return out

    return [
        (i, [(c, [a for a, _ in arts]) for c, arts in cols])
        for i, cols in level(PdfReader(io.BytesIO(data)).outline)
    ]


@pytest.mark.slow
def test_the_epub_and_pdf_share_one_three_level_outline(tmp_path: Path) -> None:
    volume = _volume()
    epub = tmp_path / "volume.epub"
    epub.write_bytes(build_volume_epub(volume, "paper"))
    assert build_volume_epub(volume, "paper") == epub.read_bytes()  # reproducible
    assert _nav_tree(epub) == EXPECTED
    out = io.BytesIO()
    pages = write_volume_pdf(volume, out, theme="paper", paper=Paper.A5)
    assert _pdf_tree(out.getvalue()) == EXPECTED
    pdf = tmp_path / "volume.pdf"
    pdf.write_bytes(out.getvalue())
    texts = _pages(pdf)
    assert len(texts) >= pages - 1
    # each issue's own cover: a page of its own naming the issue, before its column
    covers = [n for n, t in enumerate(texts) if "QIANTANG" in t]
    assert len(covers) == 3
    assert all("腊月1" not in texts[n] or "2020年第7期" in texts[n] for n in covers)
    with zipfile.ZipFile(epub) as book:
        names = book.namelist()
    assert {"EPUB/text/i01.xhtml", "EPUB/text/i02.xhtml", "EPUB/text/i03.xhtml"} <= set(names)
    faces = {font["name"].split("+")[-1] for font in pdffonts(pdf)}
    assert faces <= {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC", "Noto-Sans-CJK-SC-Bold"}


def _pages(pdf: Path) -> list[str]:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")


@pytest.mark.slow
@pytest.mark.xdist_group("export")
def test_the_volume_epub_passes_epubcheck(tmp_path: Path) -> None:
    epub = tmp_path / "volume.epub"
    epub.write_bytes(build_volume_epub(_volume(), "paper"))
    report = epubcheck([epub])[epub]
    messages = [(m["ID"], m["severity"], m["message"]) for m in report["messages"]]
    assert [m for m in messages if m[1] in ("FATAL", "ERROR", "WARNING")] == []


def export(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`qtread export ARGS` run in FOLDER."""
    return subprocess.run(
        [*QTREAD, "export", *args], capture_output=True, text=True, cwd=folder, timeout=300
    )


def _write_issues(folder: Path) -> None:
    folder.mkdir()
    for n, (year, month) in enumerate(((2021, 2), (2020, 11)), start=1):
        text = f"潮涌钱塘\n\n{year}年{month}月 第{n}期\n\n第{n}期的文章\n\n记者 张三\n\n"
        (folder / f"issue-{n}.txt").write_text(
            text + "钱塘新区成立一周年。\n" * 3, encoding="utf-8"
        )


def test_bind_from_the_command_line_writes_one_book_a_format(tmp_path: Path) -> None:
    _write_issues(tmp_path / "2021")
    done = export(tmp_path, "2021", "--bind", "2021 合订本", "--to", "epub,html", "--json")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.glob("2021 合订本.*")) == [
        "2021 合订本.epub",
        "2021 合订本.html",
    ]
    html = (tmp_path / "2021 合订本.html").read_text("utf-8")
    assert html.index("第2期的文章") < html.index("第1期的文章")  # 2020-11 before 2021-02


def test_a_bad_file_fails_the_volume_and_leaves_nothing(tmp_path: Path) -> None:
    _write_issues(tmp_path / "2021")
    (tmp_path / "2021" / "empty.txt").write_bytes(b"")
    done = export(tmp_path, "2021", "--bind", "卷", "--to", "epub", "--out", "out")
    assert done.returncode == 1
    assert [line for line in done.stderr.splitlines() if line.startswith("qtread:")] == [
        "qtread: 2021/empty.txt: file is empty"
    ]
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "json"], "a bound volume is made as epub,html,pdf, not json"),
        (["--issue", "3"], "--issue and --date name one issue"),
        (["--bind", " \x01 "], "--bind needs a title"),
    ],
)
def test_bind_refuses_what_a_volume_cannot_be(
    tmp_path: Path, args: list[str], message: str
) -> None:
    _write_issues(tmp_path / "2021")
    done = export(tmp_path, "2021", "--bind", "卷", *args)
    assert done.returncode == 2
    assert message in done.stderr


def test_a_bound_html_volume_loads_nothing(tmp_path: Path) -> None:
    from .test_cover import png

    _write_issues(tmp_path / "2021")
    (tmp_path / "cover.png").write_bytes(png())
    done = export(tmp_path, "2021", "--bind", "卷", "--cover", "cover.png", "--to", "html")
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "卷.html").read_text("utf-8")
    assert 'src="data:image/png;base64,' in html and "qtread.invalid" not in html


def test_a_volume_that_cannot_be_written_whole_writes_nothing(tmp_path: Path) -> None:
    _write_issues(tmp_path / "2021")
    (tmp_path / "out" / "卷.pdf").mkdir(parents=True)  # in the way of the PDF
    done = export(tmp_path, "2021", "--bind", "卷", "--to", "epub,pdf", "--out", "out")
    assert done.returncode == 1
    assert "a directory is in the way" in done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["卷.pdf"]  # the directory


@pytest.mark.slow
@pytest.mark.xdist_group("export")
def test_an_interrupted_volume_leaves_no_temporary_file(tmp_path: Path) -> None:
    import signal
    import time

    from .conftest import SAMPLES

    out = tmp_path / "out"
    process = subprocess.Popen(
        [*QTREAD, "export", *map(str, SAMPLES[:2]), "--bind", "卷", "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(out.glob(".*.tmp")):
        time.sleep(0.05)  # until the EPUB is staged and the PDF is being laid out
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert list(out.iterdir()) == []


def test_an_issue_named_twice_is_bound_once_and_like_titles_are_told_apart(
    tmp_path: Path,
) -> None:
    for name in ("甲.txt", "乙.txt"):  # no date: both titled by --title alone
        (tmp_path / name).write_text(
            "潮涌钱塘\n\n一篇文章\n\n记者 张三\n\n" + "钱塘新区成立一周年。\n" * 3, encoding="utf-8"
        )
    done = export(tmp_path, "甲.txt", "./甲.txt", "乙.txt", *("--bind", "卷", "--title", "某刊"))
    assert done.returncode == 0, done.stderr
    assert "qtread: 甲.txt: named twice; bound once" in done.stderr
    assert [issue for issue, _ in _nav_tree(tmp_path / "卷.epub")] == ["某刊（甲）", "某刊（乙）"]


ARGS_GB18030 = ("--encoding", "gb18030", "--shape", "pdf-text", "--paper", "A4", "--to", "md")


def test_export_reads_as_toc_reads(tmp_path: Path) -> None:
    """`--encoding` (which the error for an undecidable file suggests), `--shape`,
    `--profile` are export's too; `--paper` takes A4 as a4."""
    from .conftest import SAMPLES

    text = next(s for s in SAMPLES if s.name.startswith("004")).read_text("utf-8")
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    done = export(tmp_path, "gb.txt", *ARGS_GB18030)
    assert done.returncode == 0, done.stderr
    markdown = next(tmp_path.glob("*.md")).read_text("utf-8")
    assert text.splitlines()[0].strip()[:4] in markdown
