"""Credits as text: the one formatter behind the contents, the reader and the exports.

「记者 张三、李四　通讯员 王五」: each credit is its role and its names as printed, the names
joined by 、 (how Chinese print lists them), the credits by an ideographic space. The
contents for scripts (`qtread toc`) joins credits with " / " instead, which a script can
split on. Sanitising is each output's own business (`qtread.text.sanitize`).
"""

from __future__ import annotations

from collections.abc import Iterable

from qtread.model import Byline

NAMES_JOINED_BY = "、"
CREDITS_JOINED_BY = "\u3000"  # an ideographic space, as between credits in print
CREDITS_FOR_SCRIPTS = " / "


def names_text(byline: Byline) -> str:
    """The names of one credit, as one string (empty names left out)."""
    return NAMES_JOINED_BY.join(name for name in byline.names if name.strip())


def credit_text(byline: Byline) -> str:
    """One credit, role first: 「记者 张三、李四」 (「张三」 where no role is printed)."""
    return f"{byline.role} {names_text(byline)}".strip()


def credits_text(credits: Iterable[Byline], joined_by: str = CREDITS_JOINED_BY) -> str:
    """Every credit of an article on one line (credits with nothing in them left out)."""
    return joined_by.join(text for text in map(credit_text, credits) if text)
