"""A long mutation campaign against the parser and the toc/info renderers.

    .venv/bin/python bench/fuzz.py [--seconds 60] [--cases N] [--seed S] [--han]

Each case takes a sample, edits its lines (delete, duplicate, shuffle, reverse, splice
in another sample), maybe re-encodes it, then edits its bytes (insert, flip, truncate,
control characters). `parse_bytes` must return an Issue or raise InputError; the issue
must keep its spans inside the file and read back from a pickle (as `qtread.parse.cache`
keeps it) as it was; every renderer must accept it. With --han, a Han
character found neither in the model nor in the ledger is a failure too.

Failures are grouped by where they were raised; one reproducer each is saved under
/tmp/qtread-fuzz/ (the input bytes, and the traceback beside them). Exit 1 if any.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from qtread.cli.contents import toc_csv, toc_json, toc_markdown, toc_text
from qtread.cli.report import Report, report_lines
from qtread.errors import InputError
from qtread.model import Issue
from qtread.parse import parse_bytes
from qtread.serialize import issue_to_dict

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [path.read_bytes() for path in sorted((ROOT / "samples").glob("*.txt"))]
OUT = Path("/tmp/qtread-fuzz")
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "gb18030"]
NOISE = [b"\x00", b"\x1b[2J", b"\r", b"\r\n", b"\xe3\x80\x80", b"\xef\xbb\xbf", b"\xc2\x85"]


class Unaccounted(AssertionError):
    """Han characters of the input missing from both model and ledger (with --han)."""


class KeptParseDiffers(AssertionError):
    """A parse that would not read back from the store of kept parses as it was made."""


def mutate(rng: random.Random) -> bytes:
    lines = rng.choice(SAMPLES).split(b"\n")
    for _ in range(rng.randint(0, 6)):
        start = rng.randrange(len(lines) + 1)
        end = min(len(lines), start + rng.randint(0, 300))
        chunk = lines[start:end]
        edit = rng.choice(["delete", "duplicate", "shuffle", "reverse", "splice"])
        if edit == "delete":
            chunk = []
        elif edit == "duplicate":
            chunk = chunk * rng.randint(2, 5)
        elif edit == "shuffle":
            rng.shuffle(chunk)
        elif edit == "reverse":
            chunk.reverse()
        else:
            other = rng.choice(SAMPLES).split(b"\n")
            at = rng.randrange(len(other))
            chunk = other[at : at + rng.randint(1, 300)]
        lines[start:end] = chunk
    data = b"\n".join(lines)
    if rng.random() < 0.2:
        text = data.decode("utf-8", "ignore")
        data = text.encode(rng.choice(ENCODINGS), "ignore")
    buffer = bytearray(data)
    for _ in range(rng.randint(0, 4)):
        at = rng.randrange(len(buffer) + 1)
        edit = rng.choice(["insert", "noise", "flip", "truncate"])
        if edit == "insert":
            buffer[at:at] = rng.randbytes(rng.randint(1, 64))
        elif edit == "noise":
            buffer[at:at] = rng.choice(NOISE) * rng.randint(1, 20)
        elif edit == "flip" and at < len(buffer):
            buffer[at] ^= rng.randint(1, 255)
        elif edit == "truncate":
            del buffer[at:]
    return bytes(buffer)


def check(data: bytes, *, han: bool) -> None:
    """Raise if the parser or a renderer misbehaves on DATA."""
    try:
        issue = parse_bytes(data, "fuzz.txt")
    except InputError:
        return
    _check_spans(issue)
    if issue_to_dict(pickle.loads(pickle.dumps(issue))) != issue_to_dict(issue):
        raise KeptParseDiffers("the parse kept on disk would read back differently")
    for render in (toc_text, toc_markdown, toc_csv):
        render([issue])
    toc_json([issue], as_list=False)
    text = data.decode(issue.source.encoding, "replace")
    report = Report.of(issue, text)
    report_lines(report, dropped=True)
    if han and report.han_missing:
        raise Unaccounted(f"{report.han_missing} Han characters unaccounted for")


def _check_spans(issue: Issue) -> None:
    last = issue.source.lines
    for article in issue.articles:
        spans = [block.span for block in article.blocks]
        if article.span is not None:
            spans.append(article.span)
        for span in spans:
            if not 1 <= span.first <= span.last <= last:
                raise AssertionError(f"span {span} outside 1..{last} in {article.id}")
    for dropped in issue.dropped:
        if not 1 <= dropped.line <= last:
            raise AssertionError(f"dropped line {dropped.line} outside 1..{last}")


def where(error: BaseException) -> str:
    """The innermost frame that raised, as `file:line in function`."""
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def save(data: bytes, error: BaseException) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{hashlib.sha256(data).hexdigest()[:16]}.bin"
    path.write_bytes(data)
    trace = "".join(traceback.format_exception(error))
    path.with_suffix(".txt").write_text(trace, "utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="stop after this long")
    parser.add_argument("--cases", type=int, default=0, help="stop after this many (0: no cap)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: time)")
    parser.add_argument("--han", action="store_true", help="also fail on lost Han characters")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else time.time_ns() % 2**32
    rng = random.Random(seed)
    failures: Counter[str] = Counter()
    saved: dict[str, Path] = {}
    cases = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline and (not args.cases or cases < args.cases):
        data = mutate(rng)
        cases += 1
        try:
            check(data, han=args.han)
        except Exception as error:
            key = where(error)
            failures[key] += 1
            if key not in saved:
                saved[key] = save(data, error)
                print(f"case {cases}: {key}: {error}", flush=True)
    print(f"seed {seed}: {cases} cases, {sum(failures.values())} failures")
    for key, count in failures.most_common():
        print(f"  {count:>5}  {key}  reproducer: {saved[key]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
