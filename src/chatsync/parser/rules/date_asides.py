"""What follows a date that makes it describe something rather than set a deadline: one
named :class:`Aside` per phenomenon, each with the chat lines that need it
(tests/parser/test_dates.py reads them back). 来月10日の新年会の準備: the day of the party;
from 10時から: when something starts; 本日入庫の村瀬様: the day the car comes in.

An aside is a regular expression matched right after the date's text; the asides are joined,
after optional space, into :data:`SUFFIX_DESC`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AWAY_STATE", "DATE_ASIDES", "SHARE_OF_DAY", "SUFFIX_DESC", "Aside"]


@dataclass(frozen=True, slots=True)
class Aside:
    name: str
    regex: str
    examples: tuple[str, ...]  # lines whose (first) date this aside makes no deadline


# 来週火曜まで不在 / 来週火曜までに (not まで休み): a state that lasts, not a deadline
AWAY_STATE = (
    r"(?:は|ずっと)?(?:不在|お休み|休み|出張|休暇|外出|留守|入院|帰省|休業|休館)(?![一-龥ァ-ヶ])"
)

# 5/7出荷分 / 7/2製造分: the goods of one day's run (the date stays in the title too)
SHARE_OF_DAY = r"(?:出荷|入荷|納品|製造|発送|受付|配送|生産|入庫|出庫)?分"

DATE_ASIDES: tuple[Aside, ...] = (
    Aside(
        "a noun it belongs to",
        # (not 明日の閉店後 / 金曜の会議前: a time of that day; 明日の朝イチの便で出します: the
        # run it goes out on is when it is done)
        r"の(?!\s*(?:うち|内|間|中|朝|昼|夕|午前|午後|夜|晩|定時|終業|始業|[0-9]|日勤|夜勤|早番|遅番"
        r"|便[でに]|[一-龥ァ-ヶー]{1,6}[後前](?![一-龥ァ-ヶー])"
        # (明日のHRで集めます: the occasion the work is done at, then only its verb)
        r"|[A-Za-z一-龥ァ-ヶー]{1,6}で(?=[^のを、。!！?？\n]{1,8}(?:[、。!！]|$))"
        # (明日6時の採血、お願いします / 明日の換気扇修理、…: a job done at that time is due then)
        r"|[一-龥ァ-ヶー]{0,6}?(?:採血|修理|点検|検査|搬入|搬出|回収|集荷|清掃|工事|立ち?会い|撤去"
        r"|設置|検針|巡回)(?=\s*(?:[、,をはもお]|$))))",
        ("来月10日の新年会の準備をお願いします",),
    ),
    Aside(
        "a noun that part of the day belongs to",
        # 明日の朝の積み込み人員を増やして: the crew of that morning (not 明日の朝の便で: the run)
        r"の(?:朝|昼|夕方?|夜|晩|午前|午後)の(?!\s*(?:うち|内|間|中|便[でに]))",
        ("明日の朝の積み込み人員を1名増やしてください",),
    ),
    Aside("the thing itself", r"を", ("明日を休みにしたいです",)),
    Aside(
        "the day a reason is about",
        # 明日が雨予報なので木曜にずらしても…: what that day is like, not a deadline (not
        # 月曜は事務所に寄るので、そのとき…: what one does that day)
        r"が(?=[^、。!！?？]{0,12}(?:ので|から|ため))",
        ("明日が雨予報なので木曜にずらしてもいいですか",),
    ),
    Aside(
        "days that are the thing",
        r"と(?=[^、。]{1,8}を)",
        ("水曜と木曜を交代してもらえますか",),
    ),
    Aside("how long a state lasts", r"まで" + AWAY_STATE, ("来週火曜まで不在です",)),
    Aside("when it starts", r"から|より|[〜~～\-–]|以降|以後", ("10時から打ち合わせです",)),
    Aside("what happens then", r"開催|実施|予定|開始", ("12/3開催のセミナーの案内です",)),
    Aside(
        "when it leaves or arrives",
        r"[朝昼夜晩]?(?:発(?![送注行表])|着(?!手|で|希望|指定)|戻り|出発)",
        ("明日着の荷物を受け取ってください",),
    ),
    Aside(
        "as of, because",
        r"時点|現在|なので|ので|だから|ため",
        ("月末なので請求書を出してください",),
    ),
    Aside(
        "it happens on that day",
        # (2/10にご到着の団体様 / 3/3にご宿泊のお客様: who comes then, not by when)
        r"に[ごお]?(?:開催|実施|予定|行われ|始ま|出発|到着|戻|来館|来店|来社|来場|宿泊|入館|チェックイン)",
        (
            "来月5日に開催される説明会の資料をお願いします",
            "2/10にご到着の団体様のカードを作ってください",
        ),
    ),
    Aside(
        "a past verb before a noun",
        # 10/1に届いた請求書: when the thing happened
        r"に[ぁ-ん一-龥]{1,6}?[ただ](?=[一-龥ァ-ヶー])",
        ("10/1に届いた請求書の確認をお願いします",),
    ),
    Aside(
        "a past verb right before a noun",
        # 今日受けた分は、チケットに追記して: the ones that came in today
        r"[一-龥][ぁ-ん]{0,3}?[ただ](?=[一-龥ァ-ヶー])",
        ("今日受けた分は、端末名を追記しといてください",),
    ),
    Aside(
        "a verb before a noun",
        # 8/16の朝に入る冷凍便, 明日届く荷物: when the thing comes
        r"(?:の(?:朝|昼|夕方|夜|午前|午後))?に?[一-龥][ぁ-ん]{0,3}?[うくぐすつぬぶむる](?=[一-龥ァ-ヶー])",
        ("明日届く荷物の検品をお願いします",),
    ),
    Aside(
        "sorry or thanks for that day",
        r"に(?:すみません|すいません|ごめん|申し訳|失礼|ありがとう|感謝|お疲れ|恐縮)",
        ("日曜にすみません、急ぎで確認お願いします",),
    ),
    Aside(
        "let's meet then",
        r"に(?:相談(?:しよう|しましょう|させ|する|します)|話し合(?:おう|いましょう)|話そう|話しましょう"
        r"|集ま(?:ろう|りましょう|る|ります))",
        ("来週月曜に相談しましょう",),
    ),
    Aside(
        "the value it is corrected to",
        # 診療時間、18:30に直してもらえる？: the new hours, not when (a move says 変更 or ずらす)
        r"(?<=[0-9時分半])に(?:直|訂正|書き換え|書きかえ|打ち?直)",
        ("診療時間、18:30に直してもらえる？",),
    ),
    Aside("a party's size", r"で\s*[0-9]+\s*(?:名|人|部屋|室|席|泊|台)", ("12/5で4名の予約です",)),
    Aside(
        "the day it comes in or starts",
        # 本日入庫の村瀬様 / 来週着工の現場
        r"(?:入庫|入荷|入居|入社|来店|来社|来院|着工|納車|搬入|到着|入院|退院|引っ?越し?|チェックイン)の",
        ("本日入庫の車の点検をお願いします",),
    ),
    Aside(
        "the share of that day",
        # 5/7出荷分のラベル / 7/2製造分: the goods of that day's run, not when the work is due
        SHARE_OF_DAY + r"(?![一-龥]|\s*(?:以内|まで))",
        ("5/7出荷分のラベル差し替え（〜5/6）をお願いします",),
    ),
    Aside(
        "the day someone is off or out",
        r"は(?:休|お休|祝|定休|出社|在宅|不在|外出|出張|直行|直帰|半休|有給|会議|打ち?合わ?せ|研修)",
        ("明日は休みです",),
    ),
    Aside(
        "only that part of it",
        # 土曜午前だけ午後に変えて / 火曜定休に: the day is the thing changed, or part of a name
        r"(?:午前|午後|朝|夜)?(?:だけ|のみ)(?!で|まで)|定休",
        ("土曜午前だけ午後に変えてください",),
    ),
    Aside(
        "a range",
        # Mon to Fri is a range; "tomorrow to have it checked" is the work's purpose
        r"\s+(?i:to|until|through)\s+(?=[0-9]|(?i:the\s+[0-9]|mon|tue|wed|thu|fri|sat|sun|jan|feb"
        r"|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|end|noon|midnight))",
        ("we're closed Monday to Wednesday",),
    ),
    Aside(
        "what the day is",
        # fyi Monday is 海の日 so I'm off: the day described (not "Monday is fine", a day
        # agreed; not "Friday is the deadline")
        r"(?<=[A-Za-z])\s+(?i:is|was)\s+(?!(?i:fine|ok|okay|good|better|best|perfect|great|when"
        r"|the\s+(?:deadline|cut-?off|due\s+date|latest)|due|doable|possible|too\s+late|hard"
        r"|firm)\b)",
        ("fyi Monday is 海の日 so I'm off", "Thursday is a holiday here"),
    ),
    Aside(
        "whose (not 'is')",
        r"['’]s(?![A-Za-z])(?!\s+(?:fine|ok|okay|good|perfect|better)\b)",  # (Monday's fine: is)
        ("Friday's standup moved to 10",),
    ),
    Aside(
        "the day's event",
        # the 9/30 session, the 9/2 batch: an English noun after the day names the thing
        r"\s+(?i:session|meeting|call|event|party|launch|workshop|visit|trip|shipment|delivery"
        r"|batch|order|booking|slot|class|build|release|edition|newsletter|sale|webinar|demo"
        r"|kickoff|offsite|training|shift|flight|dinner|lunch|run|standup|sync|install|installation"
        r"|inspection|appointment|survey|audit|interview|rehearsal|ceremony)\b",
        ("can you prep the slides for the 9/30 session",),
    ),
)

SUFFIX_DESC = re.compile(r"\s*(?:" + "|".join(f"(?:{a.regex})" for a in DATE_ASIDES) + ")")
