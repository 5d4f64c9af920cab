"""How far to trust an article: how often the evidence that opened it opens a real one.

Each article is opened by one piece of evidence (a TOC entry, a byline under a title, a
run of title lines that opens a page, a short text under a title…, named in
`Anchor.evidence`), and it has a byline or not. The share of such articles that are
real, measured on gold files by `scripts/fit_confidence.py` and stored in
`confidence.toml`, is the article's confidence. `qtread info` lists the doubtful ones
so that a reader knows where to look; nothing in the parse depends on it.
"""

from __future__ import annotations

from functools import cache

#: Below this confidence `qtread info` lists an article as doubtful: it is more likely
#: than not something else (a subheading, a caption, a running head).
DOUBTFUL = 0.5
#: Confidence for evidence the fitted table has no figure for: a coin toss.
UNKNOWN = 0.5


@cache
def _table() -> dict[str, dict[str, float]]:
    # imported here: `qtread info` reads DOUBTFUL from a kept parse without parsing
    import tomllib
    from importlib import resources

    text = resources.files("qtread.parse").joinpath("confidence.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return {key: dict(data.get(key, {})) for key in ("bylined", "unbylined")}


def confidence(evidence: str, *, bylined: bool) -> float:
    """The share of articles opened by EVIDENCE (with a byline or not) that are real."""
    return _table()["bylined" if bylined else "unbylined"].get(evidence, UNKNOWN)
