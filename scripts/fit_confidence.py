#!/usr/bin/env python3
"""Fit qtread/parse/confidence.toml: how often each kind of evidence opens a real article.

Every article the parser makes names the evidence that opened it (`Article.evidence`)
and has a byline or not. On files with gold structure — the shared samples and the
corpus — an article is *real* when the scorer's title matching pairs it with a gold
article. The confidence of a (evidence, bylined) pair is the share of real articles
among those it opened, with one real and one false added (Laplace smoothing) so that
a pair seen twice does not claim certainty.

The fit is checked leave-one-issue-out: for each issue (a sample and every corpus file
made from it) the table is fitted on the other issues and scored on that one, by Brier
score against a constant baseline. Run: `.venv/bin/python scripts/fit_confidence.py`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from qtread.parse import parse_path
from qtread.serialize import issue_to_dict

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
TABLE = REPO / "qtread" / "parse" / "confidence.toml"
#: (gold folder, text folder) pairs the fit reads.
SOURCES = (
    (SHARED / "gold", SHARED / "samples"),
    (REPO / "corpus" / "gold", REPO / "corpus" / "texts"),
    # the held-out sets studied since, development data now (never the untuned ones)
    (REPO / "corpus" / "heldout" / "gold", REPO / "corpus" / "heldout" / "texts"),
    (REPO / "corpus" / "fresh" / "gold", REPO / "corpus" / "fresh" / "texts"),
    (REPO / "corpus" / "fresh3" / "gold", REPO / "corpus" / "fresh3" / "texts"),
    (REPO / "corpus" / "fresh5" / "gold", REPO / "corpus" / "fresh5" / "texts"),
)
#: Characters of a file name that name its issue (`000_…txt`, `000-a-raw.txt`).
ISSUE_KEY = 3


@dataclass(frozen=True, slots=True)
class Observation:
    issue: str
    evidence: str
    bylined: bool
    real: bool


def load_scorer() -> ModuleType:
    """The team's scorer, whose title matching decides what is real."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit("fit_confidence: ../shared/tools/score.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def observations(score: ModuleType) -> list[Observation]:
    """One observation per produced article of every gold-backed file."""
    found: list[Observation] = []
    for gold_dir, text_dir in SOURCES:
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = text_dir / gold["file"]
            if not text.is_file():
                continue
            model = issue_to_dict(parse_path(text))
            articles = score.articles_of(model)
            real = matched(score, gold, articles)
            for index, article in enumerate(articles):
                found.append(
                    Observation(
                        gold["file"][:ISSUE_KEY],
                        article.get("evidence") or "untitled",
                        bool(article.get("bylines")),
                        index in real,
                    )
                )
    return found


def matched(
    score: ModuleType, gold: dict[str, object], articles: list[dict[str, object]]
) -> set[int]:
    """Indexes of produced articles the scorer pairs with a gold article (its own order:
    required gold articles claim first)."""
    used: set[int] = set()
    gold_articles = gold["articles"]
    assert isinstance(gold_articles, list)
    for required in (True, False):
        for entry in gold_articles:
            if bool(entry.get("required", True)) != required:
                continue
            for index, article in enumerate(articles):
                if index not in used and score.title_match(entry["title"], article):
                    used.add(index)
                    break
    return used


def fit(data: list[Observation]) -> dict[tuple[str, bool], float]:
    """Smoothed share of real articles for each (evidence, bylined) pair."""
    real: Counter[tuple[str, bool]] = Counter()
    seen: Counter[tuple[str, bool]] = Counter()
    for item in data:
        key = (item.evidence, item.bylined)
        seen[key] += 1
        real[key] += item.real
    return {key: (real[key] + 1) / (seen[key] + 2) for key in seen}


def brier(table: dict[tuple[str, bool], float], data: list[Observation], default: float) -> float:
    return sum(
        (table.get((item.evidence, item.bylined), default) - item.real) ** 2 for item in data
    ) / max(len(data), 1)


def write_table(table: dict[tuple[str, bool], float], counts: Counter[tuple[str, bool]]) -> None:
    lines = [
        "# Written by scripts/fit_confidence.py from the shared samples and the corpus:",
        "# the smoothed share of articles each evidence opened that match a gold article.",
        "# Do not edit by hand; re-run the script after a parser change.",
    ]
    for group, bylined in (("bylined", True), ("unbylined", False)):
        lines += ["", f"[{group}]"]
        for (evidence, flag), value in sorted(table.items()):
            if flag is bylined:
                lines.append(f'"{evidence}" = {value:.2f}  # {counts[(evidence, flag)]} articles')
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fit and report, write nothing")
    args = parser.parse_args()
    data = observations(load_scorer())
    issues = sorted({item.issue for item in data})
    print(f"{len(data)} articles from {len(issues)} issues")
    print(f"{'held out':>9} {'articles':>9} {'Brier':>7} {'baseline':>9}")
    for issue in issues:
        train = [item for item in data if item.issue != issue]
        test = [item for item in data if item.issue == issue]
        base = sum(item.real for item in train) / len(train)
        table = fit(train)
        fitted, constant = brier(table, test, base), brier({}, test, base)
        print(f"{issue:>9} {len(test):>9} {fitted:>7.3f} {constant:>9.3f}")
    table = fit(data)
    counts = Counter((item.evidence, item.bylined) for item in data)
    by_evidence: dict[str, list[str]] = defaultdict(list)
    for (evidence, bylined), value in sorted(table.items()):
        by_evidence[evidence].append(
            f"{'bylined' if bylined else 'plain'} {value:.2f} (n={counts[(evidence, bylined)]})"
        )
    for evidence, parts in by_evidence.items():
        print(f"  {evidence:14} " + ", ".join(parts))
    if not args.check:
        write_table(table, counts)
        print(f"wrote {TABLE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
