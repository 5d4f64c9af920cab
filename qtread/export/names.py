"""Output file names: from the issue's metadata, safe on every file system.

「潮涌钱塘-2020-07-no05」 when the issue prints its name and date, else the input's stem.
Safe means: no path separators or characters Windows refuses, no control characters,
no reserved device names, no leading dot or trailing dot/space, NFC, and short enough
(in UTF-8 bytes) to leave room for a suffix and a temporary-file prefix.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath

from qtread.model import Issue
from qtread.text.sanitize import file_name_clean

MAX_STEM_BYTES = 180  # ext4/NTFS allow 255; leave room for ".epub" and ".<stem>.xxxx.tmp"
FALLBACK_STEM = "issue"
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


def safe_stem(text: str) -> str:
    """TEXT made usable as a file name stem on Linux, macOS and Windows."""
    text = unicodedata.normalize("NFC", text)
    text = file_name_clean(text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"-{2,}", "-", text).strip(" .-")
    if _RESERVED.match(text):
        text = f"{text}-"
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_STEM_BYTES:
        text = encoded[:MAX_STEM_BYTES].decode("utf-8", "ignore").rstrip(" .-")
    return text or FALLBACK_STEM


def issue_stem(issue: Issue, source: str | PurePath) -> str:
    """「刊名-YYYY-MM-noNN」 from the metadata, or the input's stem when it has no name."""
    meta = issue.metadata
    if meta.title and (meta.year or meta.issue_number):
        parts = [meta.title]
        if meta.year:
            parts.append(f"{meta.year:04d}")
            if meta.month:
                parts.append(f"{meta.month:02d}")
        if meta.issue_number:
            parts.append(f"no{meta.issue_number:02d}")
        return safe_stem("-".join(parts))
    return safe_stem(PurePath(source).stem)
