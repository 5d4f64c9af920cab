"""A headline that opens with a name and its colon is a title, not running text."""

from __future__ import annotations

from qtread.model import LineSpan, SourceShape
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.gaps import restore_gaps
from qtread.parse.lines import normalise, split_lines
from qtread.parse.unwrap import unwrap
from qtread.parse.unwrap.paragraphs import _label_headline_after_sentence, pdf_chunks

FULL = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园建设，总投"
REST = "资超过一百亿元，预计三年内全部建成。"
#: A narrow lead that finishes its sentence, and the wider text under a headline.
LEAD = ["作为北湖最年轻的新", "区，十万居民在这里安", "居乐业，条条战线都活", "跃着劳动者的身影。"]
TEXT = [
    "磨齿工、研发员、护士长、检验师、总经理……2031年5月29",
    "日，北湖新区首届劳模表彰大会在创博中心举行。",
]


def test_a_label_colon_headline_is_not_glued_to_the_text_under_it() -> None:
    lines = [FULL, REST, "北湖集团：打造员工的“暖家根据地”", FULL, FULL, REST]
    chunks = unwrap(split_lines(normalise("\n\n".join(lines) + "\n")), SourceShape.PDF_TEXT)
    assert [chunk.text for chunk in chunks] == [
        FULL + REST,
        "北湖集团：打造员工的“暖家根据地”",
        FULL + FULL + REST,
    ]


def test_a_headline_after_a_finished_sentence_over_a_dashed_deck_stands_apart() -> None:
    # A narrow lead, then the headline, its deck behind a dash and the byline, the text
    # under them: the deck's dash shows the line above it is a headline, not the lead's
    # last line, though a byline and not the text comes under the deck.
    lines = [*LEAD, "为他们点赞 向最美致敬", "——北湖新区举办首届劳模表彰大会", "□ 记者 林远", *TEXT]
    chunks = pdf_chunks(restore_gaps(split_lines(normalise("\n".join(lines) + "\n"))))
    assert [chunk.text for chunk in chunks][1] == "为他们点赞 向最美致敬"


def test_a_headline_wrapped_over_two_lines_over_a_dashed_deck_stands_apart() -> None:
    lead = ["去年四月，西南首个国家", "级双创基地在北湖新区", "正式启动。"]
    title = ["北湖新区 构建集成电", "路技术服务平台"]
    deck = ["——探索公共技术服务产业生态体系，激发企业创新活力"]
    text = ["作为信息技术产业核心，集成电路产业的创新与发展已成为各地", "关注重点。"]
    lines = [*lead, *title, *deck, *text]
    chunks = pdf_chunks(restore_gaps(split_lines(normalise("\n".join(lines) + "\n"))))
    assert [chunk.text for chunk in chunks][1] == title[0]


def test_a_line_two_above_a_quotes_attribution_is_no_headline() -> None:
    # `——` also signs a quotation; a full line two above it, past the quote's finished
    # sentence, is the quote's first line, not a headline wrapped onto a second.
    quote = ["北湖新区的城市建设为了人民城市发展也依靠人民城市成果也由人民共", "享。"]
    lines = [FULL, "资超过一百亿元，预计三年内全部建成。", *quote, "——北湖新区建设规划", FULL, REST]
    chunks = pdf_chunks(restore_gaps(split_lines(normalise("\n".join(lines) + "\n"))))
    assert "".join(quote) in [chunk.text for chunk in chunks]


def test_a_headline_ending_on_its_cry_over_a_dashed_deck_stands_apart() -> None:
    # a lead across the page, finished, then the headline (`…来了！`) over its dashed deck
    lead = ["日前，北湖大道有了一个全新的名字：北湖快速路。" * 2]
    title, deck = "横穿市中心的北湖快速路来了！", "——全长 48 公里！从新区到市中心能节省半小时"
    lines = [*lead, title, deck, FULL, FULL, REST]
    chunks = pdf_chunks(restore_gaps(split_lines(normalise("\n".join(lines) + "\n"))))
    assert [chunk.text for chunk in chunks][:2] == [lead[0], title]


def test_a_headline_may_open_on_a_count() -> None:
    # `45 个项目入围…`: a count before its word opens the headline over its dashed deck,
    # as a letter would
    lines = [*LEAD, "45 个项目入围北湖创新奖", "——北湖生物医药产业腾飞", *TEXT]
    chunks = pdf_chunks(restore_gaps(split_lines(normalise("\n".join(lines) + "\n"))))
    assert [chunk.text for chunk in chunks][1] == "45 个项目入围北湖创新奖"


def test_a_headline_set_together_with_its_dashed_deck_after_a_lead_stands_apart() -> None:
    # The lead set large above the title, then the title and its deck behind a dash
    # printed as one block: the dash shows that block is a headline, not the lead's
    # next lines.
    above = [
        "六个共建，未来双区将共建北湖科创",
        "量最优、协同创新效率最高的标志性区",
        "补的创新创业服务体系等。",
        "走廊，全国新经济示范高地，西部创新创",
        "域，成为北湖地区高质量发展的强大引",
        "业引领区，内陆自贸港，要素自由流动机",
        "制。",
    ]
    lead = "打造现代化与人文并驱前进的智能科技新城。"
    head = ["北湖高新区 未来的现代化智能科技新城", "——打造现代化与人文并驱前进的智能科技新城。"]
    text = [
        "近日，由国际知名建筑师事务所参与",
        "当前，“新产业”热度不断攀升，北",
        "力引进名校附校、国际学校。",
    ]
    source = "\n\n".join([*above, lead, "\n".join(head), *text]) + "\n"
    chunks = pdf_chunks(restore_gaps(split_lines(normalise(source))))
    assert "".join(head) in [chunk.text for chunk in chunks]


# A wide lead set across the page, finished; then the headline, its two halves a space
# apart on one line; then the columns' text (design g sets its leads so).
WIDE_LEAD = [
    "在北湖新区青龙路口，周边居民惊喜地发现，那片荒废许久的空地摇身一变，成了一个生机盎然的小",
    "公园。“清爽干净，让人心旷神怡！”“茶余饭后又有了散步新去处。”路过的人无不纷纷点赞。",
]
COLUMN = ["不久前，这个新生的景点还是路人避", "之不及的卫生管理盲区，杂草丛生。"]


def _texts(lines: list[str]) -> list[str]:
    chunks = pdf_chunks(restore_gaps(split_lines(normalise("\n".join(lines) + "\n"))))
    return [chunk.text for chunk in chunks]


def test_a_headline_in_two_spaced_halves_after_a_finished_lead_stands_apart() -> None:
    headline = "北湖街道见缝插绿 把闲置零碎地变成口袋公园"
    assert headline in _texts([*WIDE_LEAD, headline, *COLUMN])


def test_a_digests_run_in_title_and_text_start_stay_on_their_line() -> None:
    # a digest's item opens its first full line with its title, a space, then its text:
    # `…《关于` holds a work's title, the text's; `…融资机` / `制，更好…` is carried on by
    # a line that cannot open a paragraph
    done = [
        "融资渠道，北湖人民银行制定了管理办法，以规范标准化票据业务的发展。央行",
        "表示，标准化票据有利于发挥债券市场的专业投资和定价能力，增强功能。",
    ]
    for first, rest in [
        (
            "北湖新区延长降低企业用电成本政策延至年底 区发展改革局近日印发《关于",
            "延长阶段性降低企业用电成本政策的通知》。根据通知，政策实施范围继续",
        ),
        (
            "北湖新区推出票据融资规范性制度出台 为规范标准化票据融资机制更好服务",
            "制，更好服务中小企业融资和供应链金融发展，进一步拓宽中小企业票据融",
        ),
    ]:
        assert first not in _texts([*done, first, rest])


def test_a_subject_and_colon_headline_after_a_finished_paragraph_is_a_title_line() -> None:
    # the joiner's test alone: the line after the finished paragraph, and the one under it
    def title_line(line: str, under: str = "中共北湖集团委员会成立于二〇一五年，") -> bool:
        frames = [
            Chunk(ChunkKind.TEXT, text, LineSpan(n, n), [text])
            for n, text in enumerate([line, under])
        ]
        return _label_headline_after_sentence(frames, 0)

    assert title_line("北湖集团：美丽事业撬动“红色生产力”")
    assert title_line('乐秀电子: 打造"中国升级版戴森"')
    assert not title_line("北湖集团：美丽事业撬动，红色生产力")  # a clause: running text
    assert not title_line("北湖银保局：商业保险要强化保障——北湖银保")  # an item's dash
    assert not title_line("北湖集团：美丽事业撬动“红色生产力”", "制，更好服务企业。")
    assert not title_line("下一步，北湖集团将继续努力")  # no subject before a colon


def test_a_digests_dashed_item_after_a_colon_headline_stays_on_its_line() -> None:
    # `…要强化保障功能——北湖银保局`: the item's text runs on behind the dash (the run-in
    # titles of a digest are set apart later, `run_in.py`)
    done = [
        "北湖新区在服务健康方面发挥着积极作用未来要不断回归本源，",
        "强化保障功能，同时让更多人共享繁荣并维护环境可持续性。",
    ]
    item = "北湖银保局：商业健康保险要强化保障功能——北湖银保局"
    rest = [
        "副局长表示，商业健康保险在服务健康中国、完善医保体系、",
        "支持健康产业等方面发挥着积极作用，未来要不断回归。",
    ]
    assert item not in _texts([*done, item, *rest])


def test_a_headline_with_quotes_in_its_spaced_halves_is_no_first_line_of_its_text() -> None:
    # `把"了不起"的品格 融入脚下每一步` over its text: a quote may stand among the four
    # letters on either side of the space
    headline = '把"了不起"的品格 融入脚下每一步'
    text = ["滑动手机屏幕，问候从指尖轻轻", "启程；坐上开往春天的地铁，迎接", "新一年的美好朝阳。"]
    assert headline in _texts(["本刊评论", headline, *text])


def test_a_spaced_headline_may_hold_one_comma_in_its_second_half() -> None:
    # `宁波高新区 串起“一区十园”，提升发展能级`: a region, then its headline of two clauses
    headline = "北湖高新区 串起“一区十园”，提升发展能级"
    assert headline in _texts([*WIDE_LEAD, headline, *COLUMN])
    # two commas are running text's
    running = "北湖高新区 串起“一区十园”，提升能级，带动发展"
    assert running not in _texts([*WIDE_LEAD, running, *COLUMN])
