"""Chinese personal names as bylines print them: what a surname printed apart joins.

Bylines pad a two-character name to the width of three (`施 峰`) and sometimes set a
surname apart from the given name (`喻 萍萍`, `欧阳 明`). Putting the pieces back
together must never lose one: a piece that fits no name is reported, not dropped.
"""

from __future__ import annotations

import re

#: Two-character surnames: `欧阳 明` is one person, not 欧阳 and a stray 明.
COMPOUND_SURNAMES = frozenset(
    (  # noqa: SIM905 (a list literal would be one surname a line)
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 钟离 "
        "端木 独孤 南宫 西门 百里 呼延 申屠 太史 澹台 公羊 闻人 万俟 赫连 濮阳 单于"
    ).split()
)
NAME_MAX = 4  # characters in a surname and given name put back together, at most
#: The commonest one-character surnames (some three hundred, most of the population): a
#: line of its own is only taken for names wrapped off a byline when each opens with one,
#: since a short line of text (`今年起`) reads as a name as well as any.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
    "关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华"
    "喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗"
    "瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝楼洪应"
)


def opens_with_surname(name: str) -> bool:
    """Whether NAME starts with a common surname, one character or two (`欧阳`)."""
    return name[:1] in COMMON_SURNAMES or name[:2] in COMPOUND_SURNAMES


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


NAMES_ALONE_MAX = 6  # names on a line of names alone, at most: more is a list, not a credit
_NAME_SEPARATORS = re.compile(r"[\s、，,]+")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def names_alone(text: str) -> list[str] | None:
    """TEXT as a line of personal names and nothing else (`林远　周舟`, `林远、周舟`):
    two to four Han characters each, every one opening with a surname; None if not."""
    names = [piece for piece in _NAME_SEPARATORS.split(text.strip()) if piece]
    if not 1 <= len(names) <= NAMES_ALONE_MAX:
        return None
    if all(_HAN_NAME.match(name) and opens_with_surname(name) for name in names):
        return names
    return None
