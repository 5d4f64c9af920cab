"""What a chunk is, judged from its own text: byline, credit, column label, date, title…

Every rule here reads the magazine profile for words, so another magazine's bylines
and column names need a new profile, not new code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import NamedTuple

from qtread.model import Byline
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import Profile
from qtread.text.cjk import ends_sentence, nfkc
from qtread.text.names import join_name_pieces, names_alone

#: A name: two to six Han letters (fused names, 苏军沈逸柔, stay one token), or the parts of
#: a transliterated name joined by middle dots (阿卜杜·热合曼), which may run longer.
_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,6}|[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,3})$"
)
_HAN_CHAR = re.compile(r"^[\u4e00-\u9fff]$")  # a surname printed apart, or half a padded name
_BYLINE_MAX = 70  # characters in a byline line, at most
_BRACKETS = 2  # characters a byline's bracket pair adds around it
_NOTE_END = re.compile("[；;。]")  # ends one group of an author note (names, what they are)
_PERSON_LINE_MAX = 32  # characters in a one-line person frame (name and role), at most
_PERSON_NAME = (2, 3)  # characters in the name that opens a person frame, fewest and most
_ROLE_BELOW_MIN = 6  # characters of role under a name set on a line of its own, at least
_COLUMN_LABEL_LINES = 2  # lines a column label may be printed on, at most
_LABELS_SIDE_BY_SIDE = 2  # copies of a column label on one line, at least: two pages side by side
_TITLE_BRACKETS = (("（", "）"), ("(", ")"), ("《", "》"), ("【", "】"))  # a headline closes these
_TITLE_LEN = (4, 60)  # characters in a title, fewest and most
BRACKETED_TITLE_MIN = 8  # characters inside 【】 for a headline, at least (labels are 2-5)
#: Runs of letters and digits (and `_`, which `norm` then drops): kept by finding them,
#: which reads a text faster than cutting out everything else between them.
_WORDS = re.compile(r"\w+")
_WHITE_SPACE = re.compile(r"\s")
PHOTO_ROLE = "摄"  # in a credit's role (摄影, 人物摄影): it credits photographs
_PICTURE_ROLES = ("图", "供图", "图片")  # a credit for the pictures alone, as 摄 (摄影) is
# Marks that open list items and box labels (a middle dot too, at a line's start only: a
# head's `潮涌钱塘 · 特别策划` sets one inside).
_BULLETS = ("●", "◆", "◎", "■", "▲", "•", "·", "・", "◇", "▪", "◦", "□", "○", "【")
_SEPARATOR = re.compile(r"\s*[/／\\]\s*|\s+")
_SENTENCE_END = re.compile("[。！？!?][”’」』）)]?")  # a sentence ends: a byline may follow


_CLAUSE_MARK = re.compile("[，、；,;]")
#: Characters in a deck of two spaced phrases, at most (two phrases of four to seven).
DECK_MAX = 16
#: Two runs of Han letters, four or more each, set apart by a space: running Chinese text
#: never spaces its words, a headline sets its halves apart so (`红色党旗 引领高质量…`)
HEADLINE_GAP = re.compile(r"[\u4e00-\u9fff]{4}\s+[\u4e00-\u9fff]{4}")
_FIGURE = re.compile(r"^[\d.,%+\-]+\s*[^\d\s]{0,2}$")  # `461.34亿`, `8.9万人`, `52.2%`


def norm(text: str | None) -> str:
    """Letters and digits only: the key titles are compared by."""
    if not text:
        return ""
    return "".join(_WORDS.findall(nfkc(text))).replace("_", "")


def news_lead_byline(text: str, profile: Profile) -> tuple[str, list[Byline]] | None:
    """`本刊讯（记者 汪株焱 通讯员 曲玉国）2019年…`: a news lead's opening words and bylines,
    with the text after them (the lead's first sentence)."""
    lead = profile.news_lead.match(text)
    if lead is None:
        return None
    opening = text[lead.end() : lead.end() + 1]
    for pair in profile.byline_brackets:
        if opening != pair[0]:
            continue
        close = text.find(pair[1], lead.end())
        if close < 0 or close - lead.end() > _BYLINE_MAX:
            return None
        bylines = parse_byline(text[lead.end() : close + 1], profile)
        return (text[close + 1 :], bylines) if bylines else None
    return None


def parse_byline(text: str, profile: Profile) -> list[Byline] | None:
    """`记者 / 汪株焱 通讯员 / 曲玉国 张钜栋`, `（记者 汪株焱）`, `■ 文｜汪株焱` → bylines;
    None if the text is not one.

    Every character of the roles and names is kept: a piece that fits no name (a lone
    character with nothing to join) means the text is not a byline, and stays text."""
    if not may_hold_byline(text, profile):
        return None  # the role and separator inside brackets or after an ornament show here
    if (news := news_lead_byline(text.strip(), profile)) is not None and not news[0].strip():
        return news[1]  # 本刊讯（记者 汪株焱）, cut off its lead's text
    body = _unbracketed(text.strip(), profile) or text.strip()
    body = body.lstrip(profile.byline_marks).strip()
    if len(body) > _BYLINE_MAX:
        return None
    read = _read_credits(_tokens(body, profile), profile)
    if read is None or read[1] is not None:
        return _names_first(body, profile)
    return read[0]


def _names_first(body: str, profile: Profile) -> list[Byline] | None:
    """`林远 / 文`, `林远/文 周舟/图`: each name followed by its role. Every piece must be
    read, and each role must follow a name, so no sentence is ever taken for one."""
    if not profile.byline_roles_after_name:
        return None
    bylines: list[Byline] = []
    pieces: list[str] = []
    for token in _tokens(body, profile):
        if token.text in profile.byline_roles_after_name and pieces:
            names = join_name_pieces(pieces)
            if names is None:
                return None
            bylines.append(Byline(token.text, tuple(names)))
            pieces = []
        elif (_NAME.match(token.text) or _HAN_CHAR.match(token.text)) and not _role_tail(
            token.text, profile
        ):
            pieces.append(token.text)
        else:
            return None
    return bylines if bylines and not pieces else None


def _role_tail(token: str, profile: Profile) -> bool:
    """TOKEN ends on a role of two letters or more (`体记者`, the tail of `融媒` /
    `体记者 汪株燚 摄`): a wrapped role, no name. (A one-letter role, `文`, ends names.)"""
    return any(len(role) > 1 and token.endswith(role) for role in profile.byline_roles)


def may_hold_byline(text: str, profile: Profile) -> bool:
    """A role word followed by a separator or the end of the text: every byline has
    one (its role, then its names), so text without one is passed over untokenised."""
    return profile.role_then_separator.search(text) is not None


def bracketed_byline(text: str, profile: Profile) -> bool:
    """`（记者 汪株焱）`: a byline in brackets closes the article above it."""
    inner = _unbracketed(text.strip(), profile)
    return inner is not None and parse_byline(inner, profile) is not None


def leading_byline(text: str, profile: Profile) -> tuple[list[Byline], str] | None:
    """`文/记者 汪株焱 出国内第一台…`: a byline that opens a line running on into text
    (two columns extracted side by side): the bylines and the text after them.

    The text after must plainly not be a name (punctuation, or too long for one), so a
    name is never cut off the byline and no word of the text is taken for a name."""
    body = text.strip()
    if body[:1] in profile.byline_marks:
        return None  # an ornament opens a whole byline or a list item, not a run-on line
    read = _read_credits(_tokens(body, profile), profile)  # tokenises only the start
    if read is None:
        return None
    bylines, rest = read
    if rest is None or _NAME.match(rest.text) or _HAN_CHAR.match(rest.text):
        return None
    if _names_run_on(body[rest.start :], profile):
        return None  # `作者：林远、周舟、陈可，本刊记者…`: the names run on past the cut
    return bylines, body[rest.start :]


def author_note_names(text: str, profile: Profile) -> list[str] | None:
    """The people a journal's author note names (`作者：林远、周舟，本刊记者；陈可，本刊
    通讯员。`): a role and a colon, then groups of names and what they are. None if TEXT
    is no such note."""
    role, colon, rest = text.strip().partition("：")
    if not colon or role not in profile.byline_role_set:
        return None
    names: list[str] = []
    for group in filter(None, (part.strip() for part in _NOTE_END.split(rest))):
        who, comma, what = group.partition("，")
        people = names_alone(who)
        if not comma or people is None or not what.strip().endswith(profile.byline_roles):
            return None
        names += people
    return names or None


def _names_run_on(rest: str, profile: Profile) -> bool:
    """REST goes on with one more name and then what the names are (`陈可，本刊记者；…`):
    an author note the reading cut after its second name, not a byline and text."""
    name, comma, after = rest.partition("，")
    what = _NOTE_END.split(after, maxsplit=1)[0].strip()
    return bool(comma) and bool(_NAME.match(name.strip())) and what.endswith(profile.byline_roles)


def trailing_byline(text: str, profile: Profile) -> tuple[str, list[Byline]] | None:
    """`…贡献力量。（记者 汪株焱）` or `…贡献力量。文 / 汪株焱`: a byline glued to the end
    of a paragraph: the paragraph's text and the bylines.

    Unbracketed, it must follow a sentence's end and print a separator after its role
    or an ornament before it (`■ 记者 汪株焱`), so the last words of a sentence are never
    read as a name."""
    body = text.rstrip()
    for opening, closing in map(tuple, profile.byline_brackets):
        at = body.rfind(opening) if body.endswith(closing) else -1
        if at > 0 and (bylines := parse_byline(body[at:], profile)):
            return body[:at].rstrip(), bylines
    reach = _byline_reach(body, profile)
    for match in _SENTENCE_END.finditer(body, max(0, reach - 2)):  # an end is 2 characters
        if match.end() < reach:
            continue
        after = body[match.end() :].strip()
        tail = after.lstrip(profile.byline_marks).strip()
        tokens = list(islice(_tokens(tail, profile), 2))  # the role and what follows it
        marked = (
            len(tokens) > 1
            and (
                tail[tokens[0].end : tokens[1].start].strip()  # 文 / 汪株焱
                or after[:1] in profile.byline_marks  # ■ 记者 汪株焱
            )
        )
        if marked and (bylines := parse_byline(tail, profile)):
            return body[: match.end()], bylines
    return None


def _byline_reach(text: str, profile: Profile) -> int:
    """Where in TEXT a trailing byline may start, at the earliest: a byline after an
    earlier sentence end would be longer than any byline, once blanks, ornaments and a
    bracket pair are set aside. Keeps trailing_byline linear on a very long line."""
    if len(text) <= _BYLINE_MAX + _BRACKETS:
        return 0  # the cheap test first: a printed line is shorter than any such reach
    solid = 0  # characters that stay in the byline parse_byline measures
    for position in range(len(text) - 1, -1, -1):
        char = text[position]
        if not char.isspace() and char not in profile.byline_marks:
            solid += 1
            if solid > _BYLINE_MAX + _BRACKETS:
                return position + 1
    return 0


def _unbracketed(text: str, profile: Profile) -> str | None:
    """The text inside one pair of the profile's brackets around all of it, else None."""
    for opening, closing in map(tuple, profile.byline_brackets):
        if text.startswith(opening) and text.endswith(closing) and len(text) > _BRACKETS:
            inner = text[1:-1]
            if opening not in inner and closing not in inner:
                return inner.strip()
    return None


class _Token(NamedTuple):
    start: int  # where the piece starts in the text, in characters
    end: int
    text: str


def _tokens(text: str, profile: Profile) -> Iterator[_Token]:
    """The pieces between separators, with where each one is in TEXT, found as they are
    read (a byline is read from a long line's start only); a role whose letters are
    spaced out to the width of a longer one (`记　者` over `通讯员`) is one piece."""
    spaced: list[_Token] = []  # single letters that may spell a role
    for token in _pieces(text, profile):
        letters = "".join(t.text for t in spaced) + token.text if len(token.text) == 1 else ""
        if letters and _spells_role(letters, profile):
            spaced.append(token)
            if len(spaced) > 1 and letters in profile.byline_role_set:
                yield _Token(spaced[0].start, token.end, letters)
                spaced = []
            continue
        yield from spaced
        spaced = []
        yield token
    yield from spaced


def _spells_role(letters: str, profile: Profile) -> bool:
    """LETTERS open one of the profile's roles of two letters or more."""
    return letters in profile.byline_role_openings


def _pieces(text: str, profile: Profile) -> Iterator[_Token]:
    """The pieces of TEXT between the profile's byline separators, as they are read."""
    position = 0
    for separator in profile.byline_separator.finditer(text):
        if separator.start() > position:
            yield _Token(position, separator.start(), text[position : separator.start()])
        position = max(position, separator.end())
    if position < len(text):
        yield _Token(position, len(text), text[position:])


def _read_credits(
    tokens: Iterable[_Token], profile: Profile
) -> tuple[list[Byline], _Token | None] | None:
    """The credits the tokens open with, and the first token they do not use (None if
    they use all); None if the first is no role, no name follows one, or the name
    pieces do not join into names."""
    credits: list[tuple[str, list[str]]] = []  # (role, the name pieces after it)
    stop: _Token | None = None
    for piece in tokens:
        token = piece.text
        if token in profile.byline_role_set:
            if credits and not credits[-1][1]:  # 文/记者 张三: one credit, its roles joined
                credits[-1] = (f"{credits[-1][0]}/{token}", [])
            else:
                credits.append((token, []))
        elif token in profile.byline_suffixes and credits:
            role, pieces = credits[-1]  # 记者 / 徐歆婷 整理报道: the suffix is part of the credit
            credits[-1] = (f"{role} {token}", pieces)
        elif credits and (_NAME.match(token) or _HAN_CHAR.match(token)):
            credits[-1][1].append(token)
        else:
            stop = piece
            break
    bylines: list[Byline] = []
    for role, pieces in credits:
        names = join_name_pieces(pieces)
        if names is None:
            return None
        bylines.append(Byline(role, tuple(names)))
    return (bylines, stop) if any(b.names for b in bylines) else None


def parse_credit(text: str, profile: Profile) -> Byline | None:
    """A column credit in brackets: `[整理 薛瑾]`."""
    match = profile.credit.match(text.strip())
    if not match:
        return None
    names = tuple(n for n in _SEPARATOR.split(match.group("names")) if n)
    return Byline(match.group("role"), names)


def person_frame(chunk: Chunk, profile: Profile) -> str | None:
    """A name with a role or affiliation (余旭辉 / 白杨街道党工委委员): the person's name."""
    if len(chunk.lines) == 1 and len(chunk.text) > _PERSON_LINE_MAX:
        return None
    first = chunk.lines[0] if chunk.lines else chunk.text
    name, _, rest = first.partition(" ")
    name = name.strip()
    if not (_PERSON_NAME[0] <= len(name) <= _PERSON_NAME[1] and _NAME.match(name)):
        return None  # the cheap test first: most lines open with no name set apart
    if name in profile.byline_role_set:
        return None  # a byline's role (`通讯员 林远…`), not a person's name
    if has_clause_mark(first) or ends_sentence(first):
        return None  # running text that opens with a name (`以色列 UBQ 公司研发…，`)
    tail = (rest + " ".join(chunk.lines[1:])).strip()
    if not tail or tail[0].isdigit():
        return None
    alone = not rest.strip() and len(tail) >= _ROLE_BELOW_MIN  # the name alone, a role below
    if alone or profile.person_role.search(tail) or profile.affiliation.search(tail):
        return name
    return None


def ends_with_role(text: str, profile: Profile) -> bool:
    """`…教授、博导`: a person's role is complete, so the next line is not more of it."""
    return profile.role_at_end.search(text.rstrip()) is not None


def kicker_label(text: str, profile: Profile) -> str | None:
    """`·说服务·` → `说服务`: the label over a headline, which starts an article; so is the
    label a magazine sets over its front piece's title (`主编手记`, the profile's
    `front_labels`)."""
    text = text.strip()
    if text in profile.front_labels:
        return text
    match = profile.kicker.match(text)
    return match.group("label") if match else None


def chronology_date(text: str, profile: Profile) -> tuple[str, str] | None:
    """`2020.6.3` or `● 2020.5.1 text` → (date, rest of the line)."""
    match = profile.chronology_date.match(text.strip())
    if not match:
        return None
    return _WHITE_SPACE.sub("", match.group("date")), (match.group("rest") or "").strip()


def column_label(chunk: Chunk, profile: Profile) -> str | None:
    """A column's name printed as a label (`## 聚焦钱塘`): the articles after it are its."""
    if len(chunk.lines) > _COLUMN_LABEL_LINES:
        return None  # the cheap test first: a paragraph's text is long to squeeze
    text = chunk.text.strip().strip("#").strip()
    words = text.split()
    squeezed = "".join(words)  # white space out (split's white space is the pattern's \s)
    if squeezed in profile.columns:
        return squeezed
    # the label of two pages (or columns) drawn side by side on one line: `民生频道 民生频道`
    if len(words) >= _LABELS_SIDE_BY_SIDE and len(set(words)) == 1 and words[0] in profile.columns:
        return words[0]
    return None


def is_titleish(chunk: Chunk, profile: Profile) -> bool:
    """Could be a title: a heading, or a short line or frame that does not end a sentence."""
    if chunk.kind is ChunkKind.HEADING:
        return True
    if chunk.kind not in (ChunkKind.TEXT, ChunkKind.FRAME):
        return False
    text = chunk.text.strip()
    return (
        _TITLE_LEN[0] <= len(text) <= _TITLE_LEN[1]
        and (not text.startswith(_BULLETS) or bracketed_headline(text))
        and "。" not in text
        and "；" not in text  # a semicolon parts clauses of running text, never a headline's
        and not text.endswith(("，", "、", "；", ","))
        and not _left_open(text)
        and not _closes_unopened(text)
        and not profile.photo_credit.search(text)
        and not profile.caption.match(text)
        and not _leads_in(text)
        and not _FIGURE.match(text)
    )


def bracketed_headline(text: str) -> bool:
    """`【四大行下调大额存单利率】`: a whole line in lenticular brackets, long enough to be a
    headline (a box label such as `【代表企业】` names a kind of content in a word)."""
    return wholly_bracketed(text) and len(text) - 2 >= BRACKETED_TITLE_MIN


def wholly_bracketed(text: str) -> bool:
    """TEXT is one pair of lenticular brackets and what they hold (`【…】`)."""
    return text.startswith("【") and text.endswith("】") and text.count("【") == 1


def _left_open(text: str) -> bool:
    """A bracket opened and not closed (`…清单”（建立一套工作运行`): the text runs on
    past the line, as running text does and a headline does not."""
    return opens_unclosed(text, _TITLE_BRACKETS)


def _closes_unopened(text: str) -> bool:
    """A round bracket closed that the line never opened (`陈浩杰）`, `摄影 林远）`): the
    tail of an aside or credit that began on the line before, not a headline."""
    for opening, closing in (("（", "）"), ("(", ")")):
        close = text.find(closing)
        if close >= 0 and not 0 <= text.find(opening) < close:
            return True
    return False


def opens_unclosed(text: str, pairs: tuple[tuple[str, str], ...]) -> bool:
    """TEXT opens one of PAIRS (opening, closing) more often than it closes it."""
    return any(text.count(opening) > text.count(closing) for opening, closing in pairs)


def spaced_deck(text: str) -> bool:
    """`突出龙头引领 建强组织体系`: two short phrases set apart by a space, with no clause
    mark — a headline's deck, never running text (a headline's spaced halves are longer:
    `上海嘉定综合保税区正式揭牌 打造一站式外贸综合服务平台`)."""
    return (
        len(text) <= DECK_MAX
        and HEADLINE_GAP.search(text) is not None
        and not has_clause_mark(text)
        and not ends_sentence(text)
    )


def has_sentence_end(text: str) -> bool:
    """A full stop, question or exclamation mark anywhere in TEXT: a sentence ends in it,
    which no headline's line does."""
    return _SENTENCE_END.search(text) is not None


def has_clause_mark(text: str) -> bool:
    """A comma, enumeration comma or semicolon: the text runs on in clauses."""
    return _CLAUSE_MARK.search(text) is not None


def _leads_in(text: str) -> bool:
    """`…重点打造“六大高地”——`: a clause that introduces what follows, not a title."""
    return text.endswith(("——", "：", ":")) and has_clause_mark(text)


def pictures_only(credits: list[Byline]) -> bool:
    """Every one of CREDITS is for pictures (`摄`, `图`): a caption's credit, no author's."""
    return all(PHOTO_ROLE in credit.role or credit.role in _PICTURE_ROLES for credit in credits)
