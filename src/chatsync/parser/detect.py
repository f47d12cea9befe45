"""Task detection: is a message a request or a commitment, for whom, and what is its title.

Rules are those of ``shared/spec/extraction.md``. Everything here is a pure
function of one parsed message plus the room's member directory; updates
across messages live in :mod:`chatsync.parser.updates`.

Text handed to these functions is already NFKC-normalised by
:mod:`chatsync.parser.markup` (full-width ``！？：（）`` are ASCII here).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, tzinfo

from chatsync.calendar import BusinessCalendar
from chatsync.models import Due, Member
from chatsync.parser.dates import find_dates, pick_due
from chatsync.parser.markup import ChatworkTask, ParsedMessage

__all__ = [
    "Directory",
    "Draft",
    "chatwork_due",
    "detect",
    "is_commitment",
    "is_request",
    "keywords_of",
    "make_title",
    "split_sentences",
]

TITLE_MAX = 80
HONORIFIC = r"(?:さん|様|さま|くん|君|ちゃん|殿|氏)"


@dataclass(frozen=True, slots=True)
class Draft:
    """A task as read from one message, before it joins the room's state."""

    title: str
    assignees: tuple[int, ...]
    due: Due | None
    kind: str  # "request" | "commitment" | "chatwork"
    keywords: tuple[str, ...]
    done: bool = False


class Directory:
    """The room's members by the names people type (full, family, given; with or without space)."""

    def __init__(self, members: Sequence[Member]) -> None:
        self.ids = tuple(m.account_id for m in members)
        by_name: dict[str, set[int]] = {}
        for m in members:
            full = " ".join(m.name.split())
            parts = full.split(" ")
            forms = {full, full.replace(" ", "")}
            if len(parts) >= 2:
                forms.update(p for p in (parts[0], parts[-1]) if len(p) >= 2 or not p.isascii())
            for form in forms:
                if form:
                    by_name.setdefault(form.lower(), set()).add(m.account_id)
        # A name shared by two members names nobody.
        self.by_name = {k: next(iter(v)) for k, v in by_name.items() if len(v) == 1}
        self.compact = frozenset(
            " ".join(m.name.split()).replace(" ", "") for m in members if m.name.strip()
        )
        alternatives = sorted(self.by_name, key=len, reverse=True)
        pattern = "|".join(re.escape(a) for a in alternatives) or r"(?!x)x"
        self._lead = re.compile(rf"^@?({pattern}){HONORIFIC}?\s*[:、,]\s*", re.I)
        self._lead_loose = re.compile(rf"^@?({pattern}){HONORIFIC}(?!の)\s*[:、,]?\s*", re.I)
        self._named = re.compile(rf"({pattern}){HONORIFIC}\s*[、,]?\s*", re.I)
        self._bare = re.compile(rf"({pattern})", re.I)  # (野口): a name alone in parentheses

    def leading_member(self, line: str) -> tuple[int | None, str]:
        """A member named at the start of a line (``佐藤さん: ...``) and the rest of the line."""
        m = self._lead.match(line) or self._lead_loose.match(line)
        if not m:
            return None, line
        return self.by_name.get(m.group(1).lower()), line[m.end() :]

    def named_in_parens(self, line: str) -> tuple[int | None, str]:
        """A member named inside a list item's parentheses (``会場探し（土屋さん、7日以内）``),
        and the item without the name."""
        for paren in _PARENS.finditer(line):
            m = self._named.search(paren.group(1)) or self._bare.fullmatch(paren.group(1).strip())
            if m is None:
                continue
            aid = self.by_name.get(m.group(1).lower())
            if aid is None:
                continue
            inner = paren.group(1)[: m.start()] + paren.group(1)[m.end() :]
            return aid, f"{line[: paren.start()]}({inner}){line[paren.end() :]}"
        return None, line


_PARENS = re.compile(r"\(([^()]{1,40})\)")


# --------------------------------------------------------------------------- sentences

_BULLET = re.compile(r"^\s*(?:[・\-*•●○◦▪■□◆◇→>]|\d{1,2}[.)、]|\(\d{1,2}\)|[①-⑳])\s*")
_SENT_END = re.compile(r"(?<=[。!?])\s*|(?<=[.;])\s+(?=[A-Za-z\[(])")


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for piece in _SENT_END.split(text):
        piece = piece.strip()
        if piece:
            out.append(piece)
    return out


# --------------------------------------------------------------------------- greetings

_GREETING = re.compile(
    r"^(?:お疲れ様です|お疲れさまです|おつかれさまです|お疲れ様でございます|お疲れ様|お疲れさま|"
    r"おはようございます|おはよう|こんにちは|こんばんは|お世話になっております|お世話になります|"
    r"いつもありがとうございます|ありがとうございます|ありがとう|助かります|"
    r"(?:夜分|夜分遅く|土曜|日曜|休日|週末|朝早く|朝から|お休みのところ|お忙しいところ)に?すみません|"
    r"すみません|すいません|申し訳ありません|申し訳ございません|恐れ入りますが|恐れ入ります|"
    r"お手数(?:をおかけします|ですが|おかけしますが)|お忙しいところ(?:恐縮ですが|恐れ入りますが|すみませんが)|"
    r"(?:ついでに|追加で|別件で)?お願いです|失礼します|失礼いたします|"
    r"明けましておめでとうございます|あけましておめでとうございます|"
    r"承知(?:しました|いたしました|致しました|です)|了解(?:です|しました|いたしました)?|"
    r"かしこまりました|ok|okay|got it|sure|noted|no problem|no worries|"
    r"(?:good )?morning(?: all| team| everyone| guys)?|hi(?: all| team| everyone| there| guys)?|"
    r"hello(?: all| team| everyone)?|hey(?: all| team)?|dear all|thanks|thank you)"
    r"(?=[\s、,!。.:]|$)[\s、,!。.:]*",
    re.I,
)
_CONNECTOR = re.compile(
    r"^(?:あわせて|合わせて|併せて|ついでに|また|あと|それと|それから|追加で|代わりに|引き続き|"
    r"では|それでは|じゃあ|じゃ|では念のため|"
    r"取り急ぎ|念のため|大至急|至急|急ぎで|急ぎ|なる早で|なるはやで|なる早|なるはや|早めに|"
    r"お手すきの際に|お手すきで|時間のある時に|可能であれば|できれば|恐縮ですが|"
    r"もし可能なら|すみませんが|申し訳ないですが|申し訳ないのですが|申し訳ありませんが|申し訳ございませんが|"
    r"also|and|additionally|plus|then|quick one|one more thing|asap|"
    r"please|pls|kindly|could you(?: please)?|can you(?: please)?|"
    r"would you mind|would you(?: please)?|"
    r"(?:could|can|would) (?:everyone|everybody|all of you|you all|each of you)(?: please)?|"
    r"will you(?: please)?|i need you to|could i ask you to)"
    r"(?=[\s、,:]|$|[^a-z])[\s、,:]*",
    re.I,
)
_EN_VOCATIVE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*(?=(?:could|can|would|will|please|pls|kindly|I|we)\b)", re.I
)
_NAME_GENERIC = re.compile(rf"^[^\s、,。:]{{1,10}}{HONORIFIC}[、,:\s]\s*")
_EMOTICON = re.compile(
    r"\((?:bow|handshake|y|clap|\*|roger|cracker|dance|gogo|^\^|lol|sweat|ok)\)", re.I
)

# --------------------------------------------------------------------------- requests

_REQUEST = re.compile(
    r"お願い(?:いた|致)?します|お願い(?:でき|出来)(?:ます|ません)(?:でしょう)?か|お願いできれば|"
    r"お願いしたく|お願いしたいです|お願い申し上げます|お願い(?:いた|致)?したく|お願い(?:!|。|$)|"
    r"(?:いただけ|頂け|もらえ|いただけ)(?:ます|ません|ない)(?:でしょう)?か|"
    r"(?:いただけ|頂け|もらえ)(?:る|れば|ます)と(?:助かり|幸い|嬉し|うれし|ありがた)|"
    r"いただければ(?:幸い|助かり|と思い)|いただきたく|いただきたいです|もらいたいです|"
    r"ください|下さい|頼みます|頼む|頼んだ(?!件|こと|やつ|もの|の[^?？]|分)|願います|【依頼】|【タスク】|【お願い】|【TODO】|依頼します|"
    r"(?:て|で)おいて(?:ね|ください|!|。|$)|(?:し|[いっん])[とど]いて(?:ね|!|。|$)|"
    r"(?:もらえ|くれ|いただけ|頂け)(?:る|ない)(?:かな|かな\?|\?)|(?:くれ)(?:ます|ません)(?:でしょう)?か|"
    r"頼める(?:かな)?\?|頼めますか|頼めません(?:でしょう)?か|お願いできる(?:かな)?\?|お願いできない\?|"
    r"(?:て|で)(?:ほしい|欲しい)(?:です|んだけど|んですが|な|!|。|$)|"
    r"(?<=[^\s、,!。])\s*よろしく(?:ね|です|!|。|$)|(?<=[^\s、,!。])よろ(?:[!。~〜ー]|$)|"
    r"(?:対応|確認|作成|送付|共有|提出|手配|修正|連絡|準備)(?:は|って)?(?:可能でしょうか|できますか|できますでしょうか)|"
    r"\bplease\b|\bpls\b|\bcould you\b|\bcan you\b|\bwould you\b|\bwill you\b|\bkindly\b|"
    r"\b(?:could|can|would) (?:everyone|everybody|all of you|you all|each of you)\b|"
    r"\bTODO\b|\bneed you to\b|\bcould I ask you to\b",
    re.I,
)
_NOT_REQUEST = re.compile(
    r"お願いして(?:も|は)(?:よい|いい|よろしい|大丈夫|問題)|"
    r"ご了承|お大事に|ご自愛|休んで(?:ください|下さい|ね)|ゆっくりして|無理(?:しないで|せず)|お迎えください|お過ごしください|ご安心ください|ご容赦|お気をつけ|"
    r"お楽しみください|ご参加ください|ご出席ください|お越しください|ご注意ください|ご協力|"
    r"(?:無視|破棄)して(?:ください|下さい)|ご留意ください|ご覧ください|ご参照ください|ご承知おき|お含みおき|ご認識(?:ください|おき)|"
    r"何かあれば|何かありましたら|ご不明な点|ご不明点|不明点があれば|質問があれば|"
    r"お気軽に|遠慮なく|"
    r"\bplease (?:note|find|see|feel free|let me know if|enjoy|take care(?! of)|"
    r"be (?:aware|advised|careful))\b|"
    r"(?:ご|各自)?(?:参加|出席)(?:を|の)?(?:お願い|ください)|教えて(?:ください|下さい|いただけ|もらえ)|"
    r"(?:不?参加|出席|欠席)で(?:お願い|よろしく)|"
    r"させて(?:ください|下さい|いただけ|頂け|もらえ|くれ)|"
    r"\bif you have any questions\b|\bfeel free\b|\b(?:join|attend)\b|\blet me know\b|"
    r"\bmake it (?:to|on|at)\b|\bcome (?:to|along)\b|\bbe (?:there|available|free)\b",
    re.I,
)
_SIGNOFF = re.compile(
    r"^(?:(?:[一-龥0-9]{0,3}(?:年|年度|期|月|週|日|中)|今後|来週|今週|今月|本日|明日|引き続き|今日|"
    r"皆さん|皆様|みなさん|みなさま|各位|以上|これから|改めて|何卒|どうぞ|また)"
    r"(?:から|より|も|は|こそ|、|,)?\s*)*(?:どうぞ)?(?:よろしくお願い(?:いた|致)?します|"
    r"よろしくお願い申し上げます|よろしくです|よろしくね|よろしく|よろ)(?:[!。.\s]|$)"
)
# 「今週もよろしくお願いします」「引き続きよろしく」 after any topic: a courtesy for work
# that goes on, not a request for new work.
_ONGOING_COURTESY = re.compile(
    r"(?:(?:今週|今日|本日|今月|今年|今年度|今期|来週|明日|今後|今回)(?:も|とも)|引き続き)[、,\s]*"
    r"(?:どうぞ)?よろしく(?:お願い(?:いた|致)?します|お願い申し上げます)?[!！。.\s]*$"
)
# An answer that picks an option (はい、最新版でお願いします) asks for no new work.
_ANSWER_CHOICE = re.compile(
    r"^(?:はい|いいえ|いえ|ええ|うん|そうですね)[、,\s]*[^をにへ]{0,20}でお願い"
    r"|^(?i:yes|yeah|yep|no|sure|ok|okay)[,!.\s]*(?i:please|thanks|thank you)?[!.\s]*$"
)
_VOCATIVE_END = re.compile(r"(?:、|,)?\s*(?:よろしくお願い(?:いた|致)?します|よろしく)\s*$")
_INFO_ONLY = re.compile(r"(?:です|でした|ます|ました|ません|だ|だった|予定|から|にて)[!。.]?$")
_EN_INFO = re.compile(
    r"^(?:next|meeting|sync|reminder|note|fyi|agenda|venue|place|location)\b", re.I
)
_MEETING = re.compile(
    r"(?:会議|定例|打ち合わせ|打合せ|MTG|ミーティング|面談|研修|説明会|イベント)は"
)


# 「手伝えることがあれば言ってください」: an offer to help if asked, not a request for work.
_OFFER_IF_ASKED = re.compile(
    r"(?:あれば|ありましたら|あったら|なければ|なかったら|困ったら|迷ったら)[、,\s]*"
    r"(?:いつでも|気軽に|遠慮なく)?[、,\s]*(?:言って|聞いて|お?声(?:を)?かけて|お声がけ|相談して|ご相談)"
)
# 「慌ただしいと思いますが、よろしくお願いします」: a remark, then the courtesy alone.
_CONCESSIVE = re.compile(
    r"^[^。!?]*(?:です|ます|ません|でしょう|だ)(?:が|けど|けれど(?:も)?)[、,]?\s*"
)


def is_request(sentence: str) -> bool:
    """A sentence that asks someone to do work (before checking it names any work)."""
    if not _REQUEST.search(sentence):
        return False
    if _NOT_REQUEST.search(sentence) or _OFFER_IF_ASKED.search(sentence):
        return False
    lead = _strip_lead_greeting_only(sentence.strip())
    if _ONGOING_COURTESY.search(lead):
        return False
    remark = _CONCESSIVE.match(lead)
    if (
        remark
        and not _REQUEST.search(remark.group(0))
        and not _ACTION_WORD.search(remark.group(0))
        and _SIGNOFF.match(lead[remark.end() :])
    ):
        return False
    return not (_SIGNOFF.match(lead) or _ANSWER_CHOICE.match(lead))


# --------------------------------------------------------------------------- commitments

_SELF = re.compile(
    r"私|わたし|僕|自分|当方|こちらで|私の方|弊方|\bI'll\b|\bI will\b|\bI'm going to\b", re.I
)
_DEADLINE_MARK = re.compile(
    r"まで|迄|以内|中に|中で|中には|朝イチ|朝一|明日|今日|本日|今週|来週|週明け|月末|明後日|\bby\b|"
    r"\bthis week\b|\btoday\b|\btomorrow\b|\bEOD\b|\bASAP\b|\bas soon as possible\b",
    re.I,
)
_COMMIT_END = re.compile(
    r"(?:[いきぎしちにびみりえけげせてねべめれ]|やり|取り)(?:て|で)?(?:おき)?ます(?:ね|よ|ので)?[!。.\s]*$"
    r"|(?:いた|致)します(?:ね|よ)?[!。.\s]*$"
)
_COMMIT_NOT = re.compile(
    r"(?:あり|(?<![一-龥])い|なり|思い|存じ|でき|出来|ござい|困り|助かり|承知|了解|失礼|早退|欠席|休み|参加し|出社し|"
    r"退社し|在宅|(?:て|で)おり|推奨し|お?勧めし|おすすめし|(?:お休み|休み|中止|休会|なし|不在|留守)にし|"
    r"[一-龥]{2}とし|(?<!仕)上がり|(?:て|で)始め|停止し|開始し|始まり|終わり|伺い|戻り|向かい|出かけ|外出し|帰り|お願いし|お願いいた|"
    r"お願い致し|感謝し|期待し|遅れ|休憩し|移動し|延ばし|延期し|変更し|お待ちし|待ち|喜び|祈り|"
    r"リスケし|いただき|頂き|もらい|有給|お休み|直帰|直行|帰社|退勤|出勤|半休|午前休|午後休)(?:し)?(?:て|で)?(?:おき)?(?:ます|いたします|致します)",
)
_STARTS_FROM = re.compile(
    r"(?:来週|今週|再来週|明日|明後日|今日|本日|来月|今月|週明け|[0-9]+月|[0-9]+日)(?:以降|から|より)"
)
_EN_CONDITIONAL = re.compile(r"\b(?:once|when|if|after|as soon as(?! possible))\b", re.I)
# 来週水曜にリハーサルをします: holding a meeting is a notice, not work due by a time.
_EVENT_HELD = re.compile(
    r"(?:会議|定例|打ち?合わ?せ|MTG|ミーティング|面談|研修|説明会|勉強会|懇親会|飲み会|歓迎会|送別会|"
    r"朝会|夕会|リハーサル|キックオフ|イベント)(?:を|は)?(?:開催|実施)?(?:し|いたし|致し|行い|やり)ます"
)
_BY_TIME = re.compile(r"まで|迄|以内|中に")
_EN_COMMIT = re.compile(
    r"\b(?:I'll|I will|I'm going to|I am going to|I can)\s+(?:also\s+|then\s+|quickly\s+)?"
    r"(?!be\b|have\b|let\b|try\b|join\b|attend\b|miss\b|need\b|take (?:a|the) day|"
    r"leave\b|get back\b)"
    r"[a-z]+",
    re.I,
)


def is_commitment(sentence: str, context: str) -> bool:
    """The sender commits to work: 「明日までに送ります」「私がやります」「I'll send it by Friday」.

    ``context`` is the whole message, whose deadline or 私 may sit in a neighbouring sentence.
    """
    s = sentence.strip()
    if not s or s.endswith(("?", "か")):
        return False
    if _EN_COMMIT.search(s):
        # "I'll share once I hear back" promises no concrete work by a time.
        return bool(_DEADLINE_MARK.search(s)) and not _EN_CONDITIONAL.search(s)
    if not _COMMIT_END.search(s) or _COMMIT_NOT.search(s):
        return False
    if _EVENT_HELD.search(s) and not _BY_TIME.search(s):
        return False
    if re.search(r"巻き取り|引き取り|担当します|やります", s):
        return True
    # 来週から試験導入します: a start, not a time the work is due by.
    by = _DEADLINE_MARK.search(_STARTS_FROM.sub("", s))
    return bool(_SELF.search(s) or by or _SELF.search(context))


# --------------------------------------------------------------------------- titles

_REQ_ENDINGS = sorted(
    [
        "をお願いいたします",
        "をお願い致します",
        "をお願いします",
        "をお願い申し上げます",
        "お願いいたします",
        "お願い致します",
        "お願いします",
        "お願い申し上げます",
        "お願いできますでしょうか",
        "できますでしょうか",
        "できますか",
        "できませんか",
        "可能でしょうか",
        "可能ですか",
        "お願いできますか",
        "お願いできませんか",
        "お願いできれば幸いです",
        "お願いできればと思います",
        "お願いしたいです",
        "お願いしたく",
        "お願いです",
        "お願い",
        "いただけますでしょうか",
        "いただけますか",
        "いただけませんか",
        "いただけないでしょうか",
        "いただけると助かります",
        "いただけると幸いです",
        "いただけますと幸いです",
        "いただければ幸いです",
        "いただければと思います",
        "いただきたいです",
        "いただきたく",
        "いただけると嬉しいです",
        "頂けますか",
        "頂けると助かります",
        "もらえますか",
        "もらえますでしょうか",
        "もらえる",
        "もらえない",
        "もらえるかな",
        "くれる",
        "くれない",
        "くれますか",
        "くれませんか",
        "いただける",
        "頼める",
        "頼めるかな",
        "頼めますか",
        "お願いできる",
        "ほしい",
        "ほしいです",
        "欲しい",
        "欲しいです",
        "よろしくね",
        "もらえると助かります",
        "もらえませんか",
        "くださいね",
        "くださいませ",
        "ください",
        "下さい",
        "頼みます",
        "頼む",
        "頼むね",
        "頼んだ",
        "頼んだよ",
        "頼んだぞ",
        "願います",
        "よろしくお願いします",
        "よろしくお願いいたします",
        "よろしくです",
        "よろしく",
        "よろ",
        "で大丈夫です",
        "でお願いします",
        "で",
        "ね",
        "を",
        "よ",
    ],
    key=len,
    reverse=True,
)
_COMMIT_ENDINGS = sorted(
    [
        "しておきます",
        "しておきますね",
        "いたします",
        "致します",
        "します",
        "しますね",
        "をやります",
        "はやります",
        "やります",
        "やっておきます",
        "巻き取ります",
        "引き取ります",
        "を担当します",
        "担当します",
        "します!",
        "ておきます",
        "ます",
        "ますね",
    ],
    key=len,
    reverse=True,
)
_SURU_NOUN = re.compile(r"^(.*?)(を|は|も|、|,)\s*(?:ご|お)?([一-龥ァ-ヶーA-Za-z]{2,})$")
_URGENCY = re.compile(
    r"\s*(?:\bASAP\b|\bas soon as possible\b|\burgently\b|大至急|至急|なる早で?|なるはやで?|"
    r"急ぎで|早めに|お手すきの際に|お手すきで|各自|どなたか[、,]?|誰か[、,]?)\s*",
    re.I,
)
_TRAIL = re.compile(r"[\s、,。.!?:;・\-を(]+$")
_TRAIL_PARTICLE = re.compile(r"(?:を|は|も|に|へ|で|の|、|,)+$")
_LEAD = re.compile(r"^(?:[\s、,。.!?:;・\-)]|の(?=[一-龥ァ-ヶー]))+")
_EMPTY_PARENS = re.compile(r"\(\s*[、,]?\s*\)|「\s*」|【\s*】")
_SELF_WORDS = re.compile(
    r"(?:私の方で|私の方から|私のほうで|私から|私が|私は|私で|僕が|自分が|こちらで|当方で)[、,]?"
)
_TAG_WORDS = re.compile(r"【(?:依頼|タスク|お願い|TODO|至急|重要|急ぎ)】|\bTODO:?|\bFYI:?", re.I)
_REFERENCE_ONLY = re.compile(
    r"^(?:以下|下記|上記|こちら|これ|それ|この件|その件|本件|次の通り|以下の通り|以下の件|ご?確認|ご?対応|"
    r"ご?返信|ご?回答|ご?検討|ご?承認|ご?連絡|ご?共有|ご?査収|ご?一読|目を通して|見て|チェック|"
    r"レビュー|添削|フィードバック|押印|決裁|(?:どうぞ)?(?:よろしく)?お願い(?:いた|致)?します|お願い|"
    r"頼(?:む|みます|んだ)(?:よ|ね|ぞ)?|"
    r"the following|following|below|this|that|it|check|review|a look)$",
    re.I,
)
_PAST_ACTION = re.compile(
    r"(?:を|は)?(?:お?送り(?:いた)?しました|送付しました|共有しました|添付しました|アップしました|"
    r"格納しました|作成しました|用意しました|入れています|置いています|送りました|上げました|"
    r"が来ています|が届いています|があります|です)$"
)
# Stems whose って-form comes from a う verb (the rest read as る: 送って → 送る).
_U_VERBS = ("もら", "貰", "言", "使", "手伝", "買", "払", "洗", "会", "伺", "拾", "誘", "揃", "問")
_ICHIDAN_KANA = set("えけげせぜてでねべぺめれいきぎしじちぢにびぴみり")


def _te_to_dict(s: str) -> str:
    """Turn a trailing て-form into the dictionary form: まとめて → まとめる, 送って → 送る."""
    if s.endswith(("について", "として", "にとって", "によって")):
        return s
    if s.endswith(("しておいて", "しといて")):
        s = s[: -5 if s.endswith("しておいて") else -4] + "して"
    elif s.endswith(("ておいて", "でおいて")):
        s = s[:-4] + s[-4]
    elif s.endswith(("といて", "どいて")) and len(s) > 3:
        s = s[:-3] + ("て" if s.endswith("といて") else "で")
    if s.endswith("して"):
        base = s[:-2]
        if len(base) >= 1 and re.search(r"[一-龥]$", base) and not re.search(r"[一-龥]{2}$", base):
            return base + "す"  # 出して → 出す
        return base
    if s.endswith("って") and s[:-2].endswith(_U_VERBS):
        return s[:-2] + "う"  # もらって → もらう, not もらる
    for te, dict_end in (("って", "る"), ("んで", "む"), ("いて", "く"), ("いで", "ぐ")):
        if s.endswith(te) and len(s) > 2:
            return s[: -len(te)] + dict_end
    if s.endswith("て") and len(s) > 1 and (s[-2] in _ICHIDAN_KANA or re.match(r"[一-龥]", s[-2])):
        return s[:-1] + "る"
    return s


def _masu_to_dict(s: str) -> str:
    """まとめます → まとめる; 作ります → 作る; 送付します → 送付."""
    if s.endswith("ます"):
        stem = s[:-2]
        if stem.endswith("し"):
            return stem[:-1]
        if stem and stem[-1] in "りちいきぎびみに":
            table = {
                "り": "る",
                "ち": "つ",
                "い": "う",
                "き": "く",
                "ぎ": "ぐ",
                "び": "ぶ",
                "み": "む",
                "に": "ぬ",
            }
            if stem[-1] == "り" or not re.search(r"[えけげせてねべめれ]$", stem):
                return stem[:-1] + table[stem[-1]]
        return stem + "る"
    return s


def _noun_form(s: str) -> str:
    """``Xを送付`` → ``Xの送付`` so titles read like the sheet's noun phrases (見積書の作成)."""
    m = _SURU_NOUN.match(s)
    if m is None:
        return s
    head, sep, noun = m.group(1), m.group(2), m.group(3)
    if not head or head.endswith(("の", "、")):
        return s
    if sep in "、," and not re.search(r"[一-龥ァ-ヶーA-Za-z0-9)]$", head):
        return s
    return f"{head}の{noun}"


def _strip_lead(s: str, directory: Directory | None) -> str:
    while True:
        before = s
        s = _LEAD.sub("", s)
        s = _GREETING.sub("", s)
        s = _CONNECTOR.sub("", s)
        s = _TAG_WORDS.sub("", s).strip()
        if directory is not None:
            _, rest = directory.leading_member(s)
            s = rest
        s = _NAME_GENERIC.sub("", s)
        s = _EN_VOCATIVE.sub("", s)
        if s == before:
            return s


def _strip_dates(s: str, spans: Sequence[str]) -> str:
    for phrase in sorted({p for p in spans if p}, key=len, reverse=True):
        if phrase.startswith("\x00"):
            # An event's date: drop its whole clause when a comma ends it (会議は12/3、資料は…).
            s = re.sub(rf"[^、,。]*{re.escape(phrase[1:])}(?:です)?[、,]\s*", "", s, count=1)
            continue
        idx = s.find(phrase)
        if idx < 0:
            continue
        head, tail = s[:idx], s[idx + len(phrase) :]
        tail = re.sub(
            r"^(?:\s*\([月火水木金土日祝]\))?(?:まで(?:に|には|で)?|迄に?|中に|中で|中|以内に|以内で|以内|"
            r"頃まで|頃|ごろ|に|で|の間に|を目処に|めどで|目途に|を目安に|までを目処に)?",
            "",
            tail,
        )
        head = re.sub(
            r"(?:\b(?:by|until|before|no later than|due|on|at|for)\s*)+$", "", head, flags=re.I
        )
        head = re.sub(r"(?:期限は?|締め切りは?|締切は?|〆切は?)$", "", head)
        s = head + tail
    return s


_EN_ASK_AFTER = re.compile(
    r"(?:[—–;:,.!]\s*|\s-\s)(?=(?:could|can|would|will) you\b|please\b)", re.I
)


def make_title(
    sentence: str,
    kind: str,
    date_phrases: Sequence[str] = (),
    directory: Directory | None = None,
) -> str:
    """A short sheet-cell title: no markup, greeting, name, deadline phrase or request tail."""
    s = _EMOTICON.sub("", sentence)
    s = _strip_dates(s, date_phrases)
    s = _URGENCY.sub(" ", s)
    s = re.sub(r"([をはもへにで])\s*[、,]\s*", r"\1", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = _strip_lead(s, directory)
    s = re.sub(r"[!?。.]+$", "", s).strip()
    ask = _EN_ASK_AFTER.search(s)
    if ask is not None and ask.start() > 0:
        s = s[ask.end() :]  # "Payments are failing — could you check the logs" → the ask
    english = bool(re.fullmatch(r"[\x00-\x7f]*", s))
    if english:
        s = re.sub(
            r"^(?:I'll|I will|I'm going to|I am going to|I can)\s+(?:also\s+|then\s+)?",
            "",
            s,
            flags=re.I,
        )
        s = re.sub(r"\b(?:please|for me|thanks|thank you)\b[,!.]?", "", s, flags=re.I)
        s = re.sub(
            r"\s+(?:instead|as well|too|when you (?:have|get) (?:a )?(?:time|chance|moment)|"
            r"if possible)$",
            "",
            s,
            flags=re.I,
        )
        s = _CONNECTOR.sub("", s.strip())
        s = re.sub(r"[\s,;:.!?-]+$", "", s).strip()
        if s:
            s = s[0].upper() + s[1:]
        return s[:TITLE_MAX]
    s = _SELF_WORDS.sub("", s)
    if kind == "commitment":
        for _ in range(3):
            for end in _COMMIT_ENDINGS:
                if s.endswith(end) and len(s) > len(end):
                    if end == "ておきます":
                        # 調べておきます → 調べる, 送っておきます → 送る
                        s = _te_to_dict(s[: -len(end)] + "て")
                    elif end.endswith("ます") and end not in ("ます", "ますね"):
                        s = s[: -len(end)]
                        if end.startswith("し") and re.search(r"(?<![一-龥])[一-龥]$", s):
                            s += "す"  # 探しておきます → 探す (a verb, not a する-noun)
                    elif end.startswith("ます"):
                        s = _masu_to_dict(s[: -len(end) + 2] if end == "ますね" else s)
                    else:
                        s = s[: -len(end)]
                    break
            s = _TRAIL.sub("", s)
        s = re.sub(r"(?:の|は|、|,)\s*(?:対応|担当)$", "", s)
        if re.search(r"[一-龥ァ-ヶーA-Za-z]$", s):
            s = _noun_form(s)
        else:
            s = re.sub(r"(は|、)\s*([^、は]+る)$", r"を\2", s)
    else:
        for _ in range(4):
            before = s
            for end in _REQ_ENDINGS:
                if s.endswith(end) and len(s) > len(end):
                    s = s[: -len(end)]
                    break
            s = s.rstrip(" 、,")
            if s == before:
                break
        s = re.sub(r"(?:について|に関して)$", "", s)
        s = re.sub(
            r"(?<=[うくぐすつぬぶむる])ように(?:して|する)?$|(?<=[うくぐすつぬぶむる])よう$", "", s
        )
        if s.endswith("て") or (s.endswith("で") and len(s) > 2 and s[-2] in "んい"):
            s = _te_to_dict(s)
        s = re.sub(r"(?:ご|お)([一-龥]{2,})$", r"\1", s)
        s = re.sub(r"お([一-龥])り$", r"\1る", s)
        if re.search(r"[一-龥ァ-ヶーA-Za-z]$", s):
            s = _noun_form(s)
    s = re.sub(
        r"(?<=[一-龥ァ-ヶーA-Za-z0-9)])(?:は|も|、)([^、はもをの]{1,6}[うくぐすつぬぶむる])$",
        r"を\1",
        s,
    )
    s = _EMPTY_PARENS.sub("", s)
    s = _TRAIL_PARTICLE.sub("", _TRAIL.sub("", s))
    s = _LEAD.sub("", s).strip()
    return s[:TITLE_MAX]


_KW = re.compile(r"[一-龥々]{2,}|[ァ-ヶー]{2,}|[A-Za-z][A-Za-z0-9.+#-]{1,}|[0-9]+[A-Za-z]+")
_KW_STOP = frozenset(
    {
        "the",
        "and",
        "for",
        "with",
        "from",
        "this",
        "that",
        "by",
        "to",
        "of",
        "in",
        "on",
        "at",
        "an",
        "be",
        "it",
        "them",
        "these",
        "those",
        "you",
        "we",
        "us",
        "is",
        "me",
        "my",
        "our",
        "your",
        "all",
        "up",
        "out",
        "please",
        "株式会社",
    }
)


def keywords_of(title: str) -> tuple[str, ...]:
    """Content words of a title, used to tell which task a later reply is about."""
    words = [w for w in _KW.findall(title) if w.lower() not in _KW_STOP]
    return tuple(dict.fromkeys(w.lower() for w in words))


# --------------------------------------------------------------------------- dates


def _due_and_phrases(
    text: str, sent: datetime, calendar: BusinessCalendar
) -> tuple[Due | None, list[str]]:
    """The deadline, and the date phrases to cut from a title: the deadline's own phrase is
    removed, and an event clause (``打ち合わせは12/17(木)、``) is marked with a leading NUL."""
    try:
        due = pick_due(text, sent, calendar)
    except Exception:
        due = None
    phrases: list[str] = []
    try:
        for m in find_dates(text, sent, calendar):
            if m.is_deadline or (due is not None and m.due == due):
                phrases.append(m.text)
            else:
                phrases.append("\x00" + m.text)
    except Exception:
        pass
    return due, phrases


def chatwork_due(task: ChatworkTask, tz: tzinfo) -> Due | None:
    """Deadline of a Chatwork task: ``ltype=date`` → the day; ``time`` → day and time;
    ``none`` or ``lt=0`` → none; no ltype (older bodies) → a day when 23:59:59 local."""
    if task.limit <= 0 or task.limit_type == "none":
        return None
    try:
        moment = datetime.fromtimestamp(task.limit, tz)
    except (OverflowError, OSError, ValueError):
        return None
    if task.limit_type == "date":
        return Due(day=moment.date())
    if task.limit_type is None and moment.time() == time(23, 59, 59):
        return Due(day=moment.date())
    return Due(day=moment.date(), at=moment.time().replace(second=0, microsecond=0))


# --------------------------------------------------------------------------- detection


def _has_content(title: str) -> bool:
    core = re.sub(r"[\s、,。.!?:;・\-()\"'「」]+", "", title)
    return len(core) >= 2 and not _REFERENCE_ONLY.match(core)


def _is_list_info(line: str) -> bool:
    s = line.strip()
    if _EN_INFO.match(s) or _MEETING.search(s):
        return not _REQUEST.search(s)
    return bool(_INFO_ONLY.search(s)) and not _REQUEST.search(s)


# What a bare request asks for when its object sits in the previous sentence.
_BARE_ACTION = re.compile(
    r"^(?:ご|お)?(確認|レビュー|チェック|対応|返信|回答|検討|承認|添削|フィードバック|一読|査収|押印|決裁)$"
)
# The object of a statement: 初日の日報を書きました → 初日の日報.
_OBJECT = re.compile(r"^(.*[一-龥ァ-ヶーA-Za-z0-9)」])(?:を|が)[^をが、,]{1,14}$")
# A 【依頼】 heading that only names the topic gives way to the sentence that asks.
_TOPIC_ONLY = re.compile(r"(?:について|に関して|に関する件|の件)[!。.]?$")
# A commitment title that is only a verb (送る, やる, 対応) needs its object from context.
_VERB_ONLY = re.compile(
    r"^(?:[一-龥]?[ぁ-ん]{1,4}|(?:ご|お)?(?:対応|確認|作成|送付|送信|共有|提出|準備|用意|連絡|手配|修正|"
    r"調整|返信|回答|報告|整理|更新|実施|作業|発送))$"
)
_CONDITIONAL = re.compile(r"あれば|あったら|たら|次第|場合|なら|れば")
# 「明日の打ち合わせ、よろしくお願いします」 names an occasion, not work.
_COURTESY = re.compile(
    r"(?:^|の)(?:会議|定例|打ち合わせ|打合せ|ミーティング|MTG|面談|面接|商談|訪問|来社|研修|説明会|"
    r"イベント|懇親会|飲み会|ランチ|発表|本番|出張)$"
)
_YOROSHIKU = re.compile(r"よろしく")
# A reply that only picks an option or a manner (B店でお願いします, 含めずにお願いします) answers a
# question; it asks for work only when it names some.
_OPTION_ANSWER = re.compile(
    r"^[^をにへ]{1,15}?(?:で|ずに|なしで)(?:お願い(?:いた|致)?します|お願い|よろしく(?:お願いします)?)"
    r"[!。.]*$"
)
_ACTION_WORD = re.compile(
    r"作成|確認|送付|送信|修正|対応|共有|提出|予約|手配|連絡|集計|レビュー|チェック|準備|用意|調整|"
    r"更新|発注|発送|発行|印刷|検討|回答|返信|報告|作業|実施|登録|設定|申請|入力|整理|調査|見直|"
    r"まとめ|記入|翻訳|作って|送って|直して|出して"
)
# A commitment that points back (それ、私が巻き取ります) takes its object from the message before.
_POINTS_BACK = re.compile(
    r"(?:^|[。!\n])\s*(?:それ|その件|これ|この件|そちら|こちら|そっち)(?:は|も|、|,|\s)"
)
# Timed work announced to everyone without 私 or a まで (本日18時にリリースします) is a schedule.
_BY_MARK = re.compile(r"まで|迄|以内|中に|\bby\b", re.I)


def _object_of(sentence: str, directory: Directory) -> str:
    s = _strip_lead(sentence, directory)
    s = _SELF_WORDS.sub("", re.sub(r"[!?。.]+$", "", s))
    m = _OBJECT.match(s)
    s = m.group(1) if m else _PAST_ACTION.sub("", s)
    s = _LEAD.sub("", _TRAIL.sub("", s))
    return s if re.search(r"[一-龥ァ-ヶーA-Za-z0-9]$", s) else ""


# A request that is a verb alone (見ていただけますか → 見る) whose object is the sentence before.
_VERB_ALONE = re.compile(r"^[一-龥]?[ぁ-ん]{1,3}$")


# A request that names the kind of work but not the thing (交換の手配, 修理の依頼) after a
# sentence reporting on the thing (電気ポットが壊れています).
_SERVICE_ALONE = re.compile(
    r"^(?:交換|修理|点検|回収|撤去|設置|補充|清掃|修繕|復旧|買い替え|取り替え|入れ替え|"
    r"張り替え|廃棄|処分)(?:の(?:手配|対応|依頼|作業|ご?連絡))?$"
)


def _ja_context(title: str, prev: str, directory: Directory) -> str:
    """「コピー機が動きません。見てもらえますか」 → コピー機を見る; 「電気ポットが壊れています。
    交換の手配をお願いできますか」 → 電気ポットの交換の手配."""
    if _SERVICE_ALONE.match(title):
        obj = _object_of(prev, directory)
        return f"{obj}の{title}" if obj else title
    if not _VERB_ALONE.match(title):
        return title
    obj = _object_of(prev, directory)
    return f"{obj}を{title}" if obj else title


def _context_title(prev: str, directory: Directory, action: str = "確認") -> str:
    """Title for ``ご確認ください`` after ``面接日程の候補を送りました。``: the thing shared,
    with the work asked for (日報を書きました。レビューをお願いします → 日報のレビュー)."""
    obj = _object_of(prev, directory)
    return f"{obj}の{action}" if obj else ""


# An English ask whose object is a pronoun or bare feedback (Share it, Send comments).
_EN_VAGUE = re.compile(
    r"^([A-Za-z]+)\s+(?:(it|them|this|that)|(?:your |our |any |some )?"
    r"(?:comments|feedback|thoughts|input|notes))$",
    re.I,
)
_EN_TOPIC = re.compile(r"\b(?:on|about|for|regarding)\s+(?:the\s+)?([^.,;!?]{3,60})", re.I)


def _en_context(title: str, prev: str, phrases: Sequence[str], directory: Directory | None) -> str:
    """Name the thing from the sentence before: 「I can prepare the English guide. I'll share it
    by Friday.」 → Share the English guide; 「We need input on the logo. Could you send
    comments?」 → Send comments on logo."""
    m = _EN_VAGUE.match(title)
    if m is None:
        return title
    before = make_title(prev, "request", phrases, directory)
    if m.group(2):
        obj = before.split(" ", 1)[1] if " " in before else ""
        return f"{m.group(1)} {obj}" if obj else title
    topic = _EN_TOPIC.search(before)
    return f"{title} on {topic.group(1).strip()}" if topic else title


@dataclass(frozen=True, slots=True)
class _Msg:
    sender: int
    sent: datetime
    calendar: BusinessCalendar
    directory: Directory
    self_account_id: int | None


def _base_assignees(pm: ParsedMessage, m: _Msg, inline: int | None) -> tuple[int, ...]:
    if pm.to_ids:
        return tuple(sorted(set(pm.to_ids)))
    if pm.to_all:
        return tuple(sorted(a for a in m.directory.ids if a != m.sender and a != m.self_account_id))
    if inline is not None:
        return (inline,)
    for rp in pm.replies:
        if rp.account_id != m.sender:
            return (rp.account_id,)
    return ()


def _inline_member(sentences: Sequence[str], directory: Directory) -> int | None:
    for s in sentences[:3]:
        s2 = _strip_lead_greeting_only(s)
        aid, rest = directory.leading_member(s2)
        if aid is not None and rest != s2:
            return aid
    return None


def _is_option_answer(sentence: str) -> bool:
    lead = _strip_lead_greeting_only(sentence.strip())
    return bool(_OPTION_ANSWER.match(lead)) and not _ACTION_WORD.search(lead)


def _strip_lead_greeting_only(s: str) -> str:
    prev = None
    while prev != s:
        prev = s
        s = _GREETING.sub("", _LEAD.sub("", s))
    return s


# A bullet that only heads a section of minutes (■共有事項, ・Action items:) names no work.
_SECTION_HEADING = re.compile(
    r"^[\[【(（]?(?:[一-龥ァ-ヶー]{0,6}(?:事項|一覧)|議題|アジェンダ|アクション(?:アイテム)?|宿題|"
    r"次回|その他|備考|参加者|出席者|todo|tasks?|decisions?|action items?|next steps?|agenda|"
    r"attendees|notes?|summary)[\]】)）]?\s*[:：]?$",
    re.I,
)


def _list_drafts(
    pm: ParsedMessage, lines: list[str], m: _Msg, base: tuple[int, ...]
) -> list[Draft] | None:
    bullets = [(i, ln) for i, ln in enumerate(lines) if _BULLET.match(ln)]
    if not bullets:
        # Lines like 「鈴木さん: 売上レポート（明日まで）」 are a list without markers.
        named = [(i, ln) for i, ln in enumerate(lines) if m.directory.leading_member(ln)[0]]
        if len(named) < 2:
            return None
        bullets = named
    item_rows = {i for i, _ in bullets}
    header = " ".join(ln for i, ln in enumerate(lines) if i not in item_rows)
    header_request = any(is_request(s) for s in split_sentences(header))
    items: list[tuple[str, int | None]] = []
    named_any = False
    for _, ln in bullets:
        body = _BULLET.sub("", ln, count=1).strip()
        aid, rest = m.directory.leading_member(body)
        if aid is None:
            aid, rest = m.directory.named_in_parens(body)
        if aid is not None:
            named_any = True
        items.append((rest if aid is not None else body, aid))
    own_requests = any(is_request(b) for b, _ in items)
    if not (named_any or header_request or own_requests):
        return None
    header_due = _due_and_phrases(header, m.sent, m.calendar)[0] if header else None
    drafts: list[Draft] = []
    for body, aid in items:
        if not body or (aid is None and _SECTION_HEADING.match(body)):
            continue
        if aid is None and not is_request(body) and (_is_list_info(body) or not header_request):
            continue
        due, phrases = _due_and_phrases(body, m.sent, m.calendar)
        if due is None:
            due = header_due
        title = make_title(body, "request", phrases, m.directory)
        if not _has_content(title):
            continue
        assignees = (aid,) if aid is not None else base
        drafts.append(Draft(title, assignees, due, "request", keywords_of(title)))
    return drafts or None


# chatsync's digest and reminders list tasks it already holds (遅延タスク…, 期限を過ぎている…).
_OWN_REPORT = re.compile(r"タスク|\btasks?\b|期限を過ぎ|#!rid[0-9]", re.I)


def _is_own_report(pm: ParsedMessage) -> bool:
    """A digest or reminder chatsync posted with its own account: no new work in it."""
    return any(_OWN_REPORT.search(t) for t in pm.info_titles) or bool(
        re.search(r"期限を過ぎ|#!rid[0-9]", pm.text)
    )


def detect(
    pm: ParsedMessage,
    sender: int,
    sent: datetime,
    directory: Directory,
    calendar: BusinessCalendar,
    self_account_id: int | None = None,
    previous: str = "",
) -> list[Draft]:
    """The tasks one message creates (none for greetings, thanks, FYI, questions, acks).

    ``previous`` is the room's message before this one, for a commitment that points back."""
    m = _Msg(sender, sent, calendar, directory, self_account_id)
    tz = sent.tzinfo
    drafts: list[Draft] = []
    for cw in pm.tasks:
        if cw.event not in (None, "task_added") or cw.assignee_id is None:
            continue
        title = make_title(cw.body.split("\n", 1)[0], "request") or cw.body.strip()[:TITLE_MAX]
        due = chatwork_due(cw, tz) if tz is not None else None
        drafts.append(
            Draft(
                title or "(task)",
                (cw.assignee_id,),
                due,
                "chatwork",
                keywords_of(title),
                done=cw.status == "done",
            )
        )
    if pm.tasks:
        return drafts
    if sender == self_account_id and _is_own_report(pm):
        return []

    text = pm.text
    if len(text) > 20_000:  # a pasted log, not a request; keep throughput bounded
        text = text[:20_000]
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        return []
    sentences = [s for ln in lines for s in split_sentences(ln)]
    inline = _inline_member(sentences, directory) if not pm.to_ids and not pm.to_all else None
    base = _base_assignees(pm, m, inline)

    listed = _list_drafts(pm, lines, m, base)
    if listed is not None:
        return listed

    # One request a message: the first request sentence that names work gives the title.
    requests = [i for i, s in enumerate(sentences) if is_request(s)]
    if pm.replies:
        requests = [i for i in requests if not _is_option_answer(sentences[i])]
    requests.sort(key=lambda i: bool(_TOPIC_ONLY.search(sentences[i])))
    if requests:
        # The sender's own promise in another sentence (私は…今日中にやっておきます) is a second
        # task with its own deadline, and its date is not the request's.
        own = [
            i
            for i, s in enumerate(sentences)
            if i not in requests
            and _SELF.search(s)
            and not _CONDITIONAL.search(s)
            and is_commitment(s, text)
        ]
        req_text = " ".join(s for i, s in enumerate(sentences) if i not in own) if own else text
        due, phrases = _due_and_phrases(req_text, sent, calendar)
        title = ""
        for i in requests:
            sentence = sentences[i]
            if not base:
                # TODO: 議事録の清書（佐藤）: nobody addressed, the owner named in parentheses.
                aid, rest = directory.named_in_parens(sentence)
                if aid is not None:
                    base, sentence = (aid,), rest
            candidate = make_title(sentence, "request", phrases, directory)
            if i > 0:
                candidate = _en_context(candidate, sentences[i - 1], phrases, directory)
                candidate = _ja_context(candidate, sentences[i - 1], directory)
            if _has_content(candidate):
                title = candidate
                break
        if not title:
            first = requests[0]
            bare = _BARE_ACTION.match(make_title(sentences[first], "request", phrases, directory))
            action = bare.group(1) if bare else "確認"
            for j in range(first - 1, -1, -1):
                prev = _context_title(sentences[j], directory, action)
                if _has_content(prev):
                    title = prev
                    break
        if (
            title
            and _COURTESY.search(title)
            and all(_YOROSHIKU.search(sentences[i]) for i in requests)
        ):
            title = ""  # 明日の会議、よろしくお願いします: a courtesy before a meeting
        if title:
            drafts.append(Draft(title, base, due, "request", keywords_of(title)))
            for i in own:
                c_due, c_phrases = _due_and_phrases(sentences[i], sent, calendar)
                c_title = make_title(sentences[i], "commitment", c_phrases, directory)
                c_kw = keywords_of(c_title)
                if _has_content(c_title) and not set(c_kw) <= set(drafts[0].keywords):
                    drafts.append(Draft(c_title, (sender,), c_due, "commitment", c_kw))
                    break
            return drafts

    commits = [i for i, s in enumerate(sentences) if is_commitment(s, text)]
    if commits and pm.to_all and not _SELF.search(text) and not _BY_MARK.search(text):
        return []
    if commits:
        due, phrases = _due_and_phrases(text, sent, calendar)
        back = ""
        if previous and _POINTS_BACK.search(text):
            before = split_sentences(previous.replace("\n", "。"))
            back = next((o for p in reversed(before) if (o := _object_of(p, directory))), "")
        for i in commits:
            title = make_title(sentences[i], "commitment", phrases, directory)
            if i > 0:
                title = _en_context(title, sentences[i - 1], phrases, directory)
            if _REFERENCE_ONLY.match(title):
                continue  # それ、私が巻き取ります: the work is named elsewhere
            if _VERB_ONLY.match(title):
                # 明日までに送ります after 負荷テストの結果をまとめました: the object is context.
                obj = next(
                    (o for j in range(i - 1, -1, -1) if (o := _object_of(sentences[j], directory))),
                    back,
                )
                if obj:
                    title = (
                        f"{obj}を{title}"
                        if title[-1] in "うくぐすつぬぶむる"
                        else f"{obj}の{title}"
                    )
            if _has_content(title):
                return [Draft(title, (sender,), due, "commitment", keywords_of(title))]
        if back:
            # それ、私がやります: the work is what the message before spoke of.
            title = f"{back}の対応"
            return [Draft(title, (sender,), due, "commitment", keywords_of(title))]
    return []
