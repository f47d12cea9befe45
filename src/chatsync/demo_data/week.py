"""A week of a small company's chat (2026-12-07 … 12-11, Asia/Tokyo), scripted for the demo.

Written the way people really write in Chatwork: most messages are chatter, thanks and
acknowledgements; the work hides among them as requests with ``[To:]``, a list of
requests in one message, promises (明日までに作成します), replies that say it is done, a
postponed deadline, a cancellation and Chatwork's own tasks. By Monday 12-14 09:00 some
of the work is late, which is what the managers' digest is for.

Replies and quotes name their parent by ``key``; :func:`chatsync.demo.load_week` turns
them into ``[rp aid=… to=ROOM-MESSAGE]`` / ``[qt][qtmeta …]`` markup with the real ids.
"""

from __future__ import annotations

from dataclasses import dataclass

YEAR = 2026
TIMEZONE = "Asia/Tokyo"
WEEK = ("12-07", "12-08", "12-09", "12-10", "12-11")
"""The business days synced one by one (each evening at :data:`SYNC_AT`)."""
SYNC_AT = "19:00"
EDIT_AT = "12-12 10:00"
"""Saturday morning: an assistant tidies the sheet."""
MORNING_SYNC_AT = "12-14 08:30"
DIGEST_AT = "12-14 09:00"
"""The next business morning: the digest goes to the managers' room."""

BOT = 900
"""The account chatsync reads and posts with (its API token's owner)."""
BOT_NAME = "chatsync"
TOKEN = "demo-token-0123456789abcdef"

YAMADA, SATO, SUZUKI, TAKAHASHI, TANAKA, ITO, WATANABE, NAKAMURA = range(101, 109)

MEMBERS: dict[int, str] = {
    YAMADA: "山田 健一",  # 営業部長
    SATO: "佐藤 美穂",  # アシスタント
    SUZUKI: "鈴木 大輔",  # 営業
    TAKAHASHI: "高橋 彩",  # 営業、新人のメンター
    TANAKA: "田中 翔太",  # 新人
    ITO: "伊藤 直子",  # 経営企画
    WATANABE: "渡辺 誠",  # 総務課長
    NAKAMURA: "中村 由紀",  # 総務
}

SALES, PLANNING, TRAINING, GENERAL, MANAGERS = 4101, 4102, 4103, 4104, 4105

ROOMS: dict[int, tuple[str, tuple[int, ...]]] = {
    SALES: ("営業部", (YAMADA, SATO, SUZUKI, TAKAHASHI, TANAKA, BOT)),
    PLANNING: ("経営企画室", (YAMADA, ITO, SATO, BOT)),
    TRAINING: ("新人研修", (YAMADA, TAKAHASHI, TANAKA, SATO, BOT)),
    GENERAL: ("総務", (WATANABE, NAKAMURA, SATO, YAMADA, BOT)),
    MANAGERS: ("管理職", (YAMADA, ITO, WATANABE, BOT)),
}
DIGEST_ROOM = MANAGERS


@dataclass(frozen=True)
class Say:
    """A message typed in the web UI. ``when``: ``"MM-DD HH:MM"`` in :data:`TIMEZONE`."""

    when: str
    room: int
    sender: int
    text: str
    key: str = ""
    reply_to: str = ""
    quote: str = ""


@dataclass(frozen=True)
class AddTask:
    """A Chatwork task added in the web UI (Chatwork posts its ``task_added`` message)."""

    when: str
    room: int
    sender: int
    to: tuple[int, ...]
    body: str
    due: str  # "MM-DD", a day-only deadline
    key: str


@dataclass(frozen=True)
class FinishTask:
    """The assignee ticks a Chatwork task off (Chatwork posts ``task_done``)."""

    when: str
    room: int
    sender: int
    task: str


Event = Say | AddTask | FinishTask


@dataclass(frozen=True)
class SheetEdit:
    """A person types into the sheet: ``task`` is a message key (``key#n`` for the n-th
    task of a list), ``column`` a header text."""

    task: str
    column: str
    value: str
    why: str


EVENTS: tuple[Event, ...] = (
    # ------------------------------------------------------------------ 月 12/7
    Say("12-07 08:52", MANAGERS, YAMADA, "おはようございます。今週もよろしくお願いします。"),
    Say("12-07 08:55", MANAGERS, WATANABE, "おはようございます！"),
    Say("12-07 09:01", SALES, YAMADA, "おはようございます。今週もよろしくお願いします。"),
    Say("12-07 09:03", SALES, TAKAHASHI, "おはようございます！よろしくお願いします。"),
    Say("12-07 09:05", TRAINING, TANAKA, "おはようございます！今日から研修でお世話になります。"),
    Say(
        "12-07 09:12",
        TRAINING,
        TAKAHASHI,
        "田中さん、ようこそ！メンターの高橋です。わからないことがあれば何でも気軽にどうぞ。",
    ),
    Say(
        "12-07 09:30",
        SALES,
        YAMADA,
        "[To:102]佐藤 美穂さん\nA社向けの見積書の作成をお願いします。水曜までにいただけますか。",
        key="quote-a",
    ),
    Say("12-07 09:41", SALES, SATO, "承知しました。", reply_to="quote-a"),
    Say(
        "12-07 09:50",
        GENERAL,
        WATANABE,
        "[toall]\n年末の大掃除の日程は12/25(金)の午後です。",
    ),
    Say(
        "12-07 10:02",
        PLANNING,
        ITO,
        "[To:102]佐藤 美穂さん\n"
        "経営会議の議事録の作成をお願いします。明日の12時までにいただけると助かります。",
        key="minutes-board",
    ),
    Say("12-07 10:06", PLANNING, SATO, "承知しました！", reply_to="minutes-board"),
    Say(
        "12-07 10:20",
        GENERAL,
        WATANABE,
        "[To:108]中村 由紀さん\n忘年会の会場予約を水曜までにお願いします。人数は20名の予定です。",
        key="party-venue",
    ),
    Say("12-07 10:24", GENERAL, NAKAMURA, "承知しました！", reply_to="party-venue"),
    Say("12-07 11:45", SALES, SUZUKI, "今日のランチ、駅前の新しいうどん屋に行きませんか？"),
    Say("12-07 11:47", SALES, TAKAHASHI, "いいですね、行きます！"),
    Say("12-07 11:48", SALES, TANAKA, "私も行きたいです！"),
    AddTask(
        "12-07 13:30",
        GENERAL,
        WATANABE,
        (NAKAMURA,),
        "年末調整の書類を全員分回収する",
        due="12-11",
        key="cw-year-end",
    ),
    AddTask(
        "12-07 13:32",
        GENERAL,
        YAMADA,
        (SATO,),
        "年賀状の送付先リストの確認",
        due="12-09",
        key="cw-cards",
    ),
    Say(
        "12-07 14:00",
        SALES,
        YAMADA,
        "木曜の営業会議の準備をお願いします。\n"
        "・佐藤さん: 会議室の予約を明日までに\n"
        "・鈴木さん: 先月の売上データの集計を水曜までに\n"
        "・高橋さん: 提案資料のスライド作成を木曜までに",
        key="meeting-prep",
    ),
    Say("12-07 14:05", SALES, SUZUKI, "承知しました。"),
    Say("12-07 14:06", SALES, TAKAHASHI, "了解です！"),
    Say(
        "12-07 16:00",
        PLANNING,
        YAMADA,
        "[To:102]佐藤 美穂さん\n取締役会の日程調整を今週中にお願いします。",
        key="board-schedule",
    ),
    Say(
        "12-07 17:40",
        TRAINING,
        TANAKA,
        "[To:104]高橋 彩さん\nお疲れ様です。初日の日報のレビューをお願いします。",
        key="daily-1",
    ),
    Say("12-07 18:30", SALES, SUZUKI, "お先に失礼します。お疲れ様でした。"),
    # ------------------------------------------------------------------ 火 12/8
    Say("12-08 08:58", GENERAL, NAKAMURA, "おはようございます。本日は午後から外出します。"),
    Say(
        "12-08 09:10",
        SALES,
        SATO,
        "会議室の予約、完了しました。第2会議室を押さえています。",
        reply_to="meeting-prep",
    ),
    Say("12-08 09:12", SALES, YAMADA, "ありがとうございます！"),
    Say(
        "12-08 09:20",
        TRAINING,
        TAKAHASHI,
        "日報、レビューしました。よく書けています！",
        reply_to="daily-1",
    ),
    Say(
        "12-08 10:00",
        TRAINING,
        YAMADA,
        "[To:105]田中 翔太さん\n今週の週報を金曜17時までに提出してください。",
        key="weekly-report",
    ),
    Say("12-08 10:03", TRAINING, TANAKA, "承知しました！", reply_to="weekly-report"),
    Say(
        "12-08 11:00",
        SALES,
        TAKAHASHI,
        "[To:102]佐藤 美穂さん\n"
        "大阪出張の新幹線とホテルの手配をお願いできますか？明日中だと助かります。",
        key="osaka-trip",
    ),
    Say("12-08 11:04", SALES, SATO, "承知しました。", reply_to="osaka-trip"),
    Say(
        "12-08 11:30",
        PLANNING,
        SATO,
        "議事録、共有フォルダに共有しました。",
        quote="minutes-board",
    ),
    Say("12-08 11:32", PLANNING, ITO, "ありがとうございます、助かります！"),
    Say(
        "12-08 13:00",
        GENERAL,
        WATANABE,
        "[To:102]佐藤 美穂さん\n来客用の名刺の追加発注をお願いできますか？",
        key="cards-order",
    ),
    Say(
        "12-08 13:15",
        GENERAL,
        SATO,
        "承知しました。明日までに発注します。",
        reply_to="cards-order",
    ),
    Say("12-08 15:00", SALES, SUZUKI, "明日って午後から雨でしたっけ？"),
    Say(
        "12-08 15:02", SALES, TAKAHASHI, "夕方から降るみたいですよ。傘があったほうがいいかもです。"
    ),
    Say(
        "12-08 15:30",
        TRAINING,
        TANAKA,
        "[To:104]高橋 彩さん\n質問です。経費精算のシステムはどこから入れますか？",
    ),
    Say(
        "12-08 15:34",
        TRAINING,
        TAKAHASHI,
        "ポータルの「申請」タブからです！",
    ),
    Say(
        "12-08 16:10",
        GENERAL,
        NAKAMURA,
        "備品の在庫リストは明日までに私が作成します。",
        key="stock-list",
    ),
    Say(
        "12-08 17:45",
        SALES,
        SUZUKI,
        "C社の提案書、金曜までに私が作成します。",
        key="proposal-c",
    ),
    Say(
        "12-08 17:50",
        TRAINING,
        TANAKA,
        "[To:104]高橋 彩さん\n2日目の日報のレビューをお願いします。",
        key="daily-2",
    ),
    # ------------------------------------------------------------------ 水 12/9
    Say("12-09 09:00", SALES, TAKAHASHI, "おはようございます。"),
    Say(
        "12-09 09:15",
        TRAINING,
        TAKAHASHI,
        "日報、レビューしました。質問の仕方がとても良いですね。",
        reply_to="daily-2",
    ),
    Say(
        "12-09 10:00",
        TRAINING,
        TAKAHASHI,
        "[To:105]田中 翔太さん\n顧客リストの更新を明日までにお願いします。",
        key="customer-list",
    ),
    Say("12-09 10:02", TRAINING, TANAKA, "承知しました！", reply_to="customer-list"),
    FinishTask("12-09 10:10", GENERAL, SATO, "cw-cards"),
    Say(
        "12-09 10:30",
        SALES,
        SATO,
        "A社向けの見積書、送付しました。",
        reply_to="quote-a",
    ),
    Say(
        "12-09 11:00",
        SALES,
        SATO,
        "新幹線とホテル、手配しました。詳細はメールでお送りしています。",
        reply_to="osaka-trip",
    ),
    Say("12-09 11:05", SALES, TAKAHASHI, "ありがとうございます！"),
    Say(
        "12-09 11:20",
        PLANNING,
        YAMADA,
        "[To:106]伊藤 直子さん\n来期の予算案の資料を金曜までに作成してください。",
        key="budget",
    ),
    Say("12-09 11:26", PLANNING, ITO, "承知しました。", reply_to="budget"),
    Say("12-09 12:10", TRAINING, TANAKA, "社食のカレー、美味しかったです！"),
    Say("12-09 12:12", TRAINING, SATO, "水曜はカレーの日なんですよ〜"),
    Say(
        "12-09 13:20",
        SALES,
        SUZUKI,
        "売上データの集計、終わりました。共有フォルダに入れてあります。",
        reply_to="meeting-prep",
    ),
    Say(
        "12-09 14:00",
        GENERAL,
        NAKAMURA,
        "会場の予約、完了しました。駅前の「和食 さくら」です。",
        reply_to="party-venue",
    ),
    Say("12-09 14:03", GENERAL, WATANABE, "ありがとうございます！"),
    Say(
        "12-09 15:00",
        GENERAL,
        NAKAMURA,
        "在庫リスト、作成しました。",
        reply_to="stock-list",
    ),
    Say(
        "12-09 16:00",
        SALES,
        YAMADA,
        "[To:103]鈴木 大輔さん\nD社の見積もりの再確認をお願いします。",
        key="recheck-d",
    ),
    Say("12-09 18:00", MANAGERS, WATANABE, "忘年会の会場、中村さんが押さえてくれました。"),
    Say("12-09 18:05", MANAGERS, YAMADA, "ありがとうございます。楽しみですね。"),
    # ------------------------------------------------------------------ 木 12/10
    Say(
        "12-10 09:15",
        SALES,
        TAKAHASHI,
        "すみません、スライド作成の期限を金曜に変更します。",
        reply_to="meeting-prep",
    ),
    Say("12-10 09:20", SALES, YAMADA, "了解です。"),
    Say(
        "12-10 10:00",
        SALES,
        YAMADA,
        "先方から連絡があり、この件は不要になりました。",
        reply_to="recheck-d",
    ),
    Say("12-10 10:02", SALES, SUZUKI, "承知しました。"),
    Say(
        "12-10 10:40",
        TRAINING,
        TANAKA,
        "顧客リストの更新、完了しました！",
        reply_to="customer-list",
    ),
    Say("12-10 10:45", TRAINING, TAKAHASHI, "ありがとうございます！"),
    Say(
        "12-10 11:00",
        GENERAL,
        WATANABE,
        "[To:108]中村 由紀さん\n"
        "会議室のプロジェクターの修理の手配をお願いします。故障しているようです。",
        key="projector",
    ),
    Say("12-10 12:00", SALES, SUZUKI, "お昼行ってきます。"),
    Say(
        "12-10 14:00",
        PLANNING,
        ITO,
        "営業会議の議事録は本日中に私が作成します。",
        key="minutes-sales",
    ),
    Say(
        "12-10 16:30",
        PLANNING,
        SATO,
        "取締役会の候補日を3つ送付しました。",
        reply_to="board-schedule",
    ),
    Say("12-10 16:40", PLANNING, YAMADA, "ありがとう、助かります。"),
    Say("12-10 17:00", MANAGERS, ITO, "来週の部長会はオンラインでしたよね？"),
    Say("12-10 17:05", MANAGERS, YAMADA, "はい、Zoomです。"),
    # ------------------------------------------------------------------ 金 12/11
    Say("12-11 09:00", SALES, SATO, "おはようございます。本日もよろしくお願いします。"),
    Say(
        "12-11 10:30",
        GENERAL,
        NAKAMURA,
        "業者さんに連絡して、修理の手配をしました。",
        reply_to="projector",
    ),
    Say("12-11 10:35", GENERAL, WATANABE, "助かります！"),
    Say(
        "12-11 16:40",
        TRAINING,
        TANAKA,
        "週報を提出しました。",
        reply_to="weekly-report",
    ),
    Say(
        "12-11 16:50",
        TRAINING,
        YAMADA,
        "[To:104]高橋 彩さん\n新人の週報のレビューを来週月曜までにお願いします。",
        key="weekly-review",
    ),
    Say("12-11 16:55", TRAINING, TAKAHASHI, "承知しました！", reply_to="weekly-review"),
    Say("12-11 17:30", SALES, TAKAHASHI, "今週もお疲れ様でした！"),
    Say("12-11 18:00", SALES, SUZUKI, "お疲れ様でした。良い週末を。"),
    # ------------------------------------------------------------------ 月 12/14
    Say("12-14 08:20", SALES, TANAKA, "おはようございます！今週もよろしくお願いします。"),
)

SHEET_EDITS: tuple[SheetEdit, ...] = (
    SheetEdit(
        "minutes-sales", "ステータス", "完了", "伊藤さんがメールで共有済み、チャットには報告なし"
    ),
    SheetEdit("proposal-c", "期限", "2026-12-18", "C社の都合で提出日が翌週に"),
    SheetEdit("cards-order", "メモ", "印刷会社に確認中(12/15 納品予定)", "経過のメモ"),
)
"""What the assistant changes on Saturday; the digest on Monday must reflect all of it."""
