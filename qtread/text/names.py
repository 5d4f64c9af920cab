"""Chinese personal names as bylines print them: what a surname printed apart joins.

Bylines pad a two-character name to the width of three (`施 峰`) and sometimes set a
surname apart from the given name (`喻 萍萍`, `欧阳 明`). Putting the pieces back
together must never lose one: a piece that fits no name is reported, not dropped.
"""

from __future__ import annotations

#: Two-character surnames: `欧阳 明` is one person, not 欧阳 and a stray 明.
COMPOUND_SURNAMES = frozenset(
    (  # noqa: SIM905 (a list literal would be one surname a line)
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 钟离 "
        "端木 独孤 南宫 西门 百里 呼延 申屠 太史 澹台 公羊 闻人 万俟 赫连 濮阳 单于"
    ).split()
)
NAME_MAX = 4  # characters in a surname and given name put back together, at most


def join_name_pieces(pieces: list[str]) -> list[str] | None:
    """Names from the space-separated pieces of one credit; None if a piece fits none.

    A lone character is a surname (or the half of a padded name) and takes the next
    piece; a compound surname takes a one-character given name after it; a lone last
    character ends the two-character piece before it (`汪株` / `燚`: a name a line's end
    cut, since no name is one character)."""
    names: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if (  # a lone last character after a two-character piece that was not joined
            len(piece) == 1
            and following is None
            and names
            and len(names[-1]) == 2
            and pieces[index - 1] == names[-1]
        ):
            names[-1] += piece
            break
        if len(piece) == 1 or (piece in COMPOUND_SURNAMES and following and len(following) == 1):
            if following is None or len(piece + following) > NAME_MAX:
                return None
            names.append(piece + following)
            index += 2
        else:
            names.append(piece)
            index += 1
    return names
