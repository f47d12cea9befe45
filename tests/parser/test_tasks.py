"""Stage 4 (tasks): detection, titles, assignees and deadlines for single messages."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from chatsync.calendar import BusinessCalendar
from chatsync.models import Due, Member
from chatsync.parser.markup import ChatworkTask, parse
from chatsync.parser.people import Directory
from chatsync.parser.tasks import chatwork_due, detect, keywords_of
from tests.parser.rulekit import is_commitment, is_request

TZ = ZoneInfo("Asia/Tokyo")
SENT = datetime(2026, 11, 16, 10, 0, tzinfo=TZ)  # a Monday
CAL = BusinessCalendar()
MEMBERS = [
    Member(account_id=1, name="田中 太郎"),
    Member(account_id=2, name="佐藤 花子"),
    Member(account_id=3, name="鈴木 一郎"),
    Member(account_id=4, name="Lucas Martin"),
    Member(account_id=9, name="chatsync"),
]
DIR = Directory(MEMBERS)


def read(body: str, sender: int = 1, self_id: int | None = None):
    return detect(parse(body, DIR.compact), sender, SENT, DIR, CAL, self_id)


@pytest.mark.parametrize(
    "body",
    [
        "お疲れ様です。",
        "よろしくお願いします。",
        "今年もよろしくお願いいたします！",
        "了解です、よろしくお願いします。",
        "承知しました！",
        "ありがとうございます (bow)",
        "明日って休みでしたっけ？",
        "来週の定例は11/24(火)10時からです。",
        "FYI, the workshop has moved to 12/22 at 10:00.",
        "共有です。資料を置きました。",
        "お大事にしてください。",
        "本日18時から点検のため停止します。ご了承ください。",
        "内定通知書の英訳、Tomさんにお願いしてもよいでしょうか？",
        "すみません、今日は午後から通院のため早退します。",
        "お昼、駅前のラーメン屋さんに行ってみました笑",
        "Thanks Sarah!",
        "Not yet, I'll share once I hear back.",
        "何かあればご連絡ください。",
        "[toall]\n来週火曜の11時から全社ミーティングです。各自参加をお願いします。",
        "この資料、どこにありますか？教えてください。",
        "明日は有給をいただきます。よろしくお願いします。",
        "Can you join the call at 3pm?",
        "Could you let me know your availability for next week?",
        "",
    ],
)
def test_not_tasks(body: str) -> None:
    assert read(body) == []


def test_to_request_with_title_and_due() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nお疲れ様です。\nA社向けの見積書の作成をお願いします。\n"
        "明日までにいただけると助かります。"
    )
    assert d.title == "A社向けの見積書の作成"
    assert d.assignees == (2,)
    assert d.due == Due(day=date(2026, 11, 17))
    assert d.kind == "request"


def test_commitment_assignee_is_sender_even_with_to() -> None:
    [d] = read(
        "[To:1]田中 太郎さん\n競合のヒアリング先リスト、私の方で明日までに作ります。", sender=3
    )
    assert d.assignees == (3,)
    assert d.kind == "commitment"
    assert "ヒアリング先リスト" in d.title and "私" not in d.title


def test_toall_is_everyone_but_sender_and_reader() -> None:
    [d] = read("[toall]\n週報を金曜までに提出してください。", sender=1, self_id=9)
    assert d.assignees == (2, 3, 4)
    assert d.due == Due(day=date(2026, 11, 20))


def test_list_lines_naming_members_beat_to_tags() -> None:
    body = (
        "[To:2]佐藤 花子さん[To:3]鈴木 一郎さん\n以下お願いします。\n"
        "・佐藤さん：固定資産台帳の更新（月末まで）\n・田中さん：前払費用の振替\n"
        "・銀行残高の照合（11/20まで）\n・締め会議は11/30(月)14時からです"
    )
    drafts = read(body, sender=3)
    assert [(d.title, d.assignees) for d in drafts] == [
        ("固定資産台帳の更新", (2,)),
        ("前払費用の振替", (1,)),
        ("銀行残高の照合", (2, 3)),
    ]
    assert drafts[0].due == Due(day=date(2026, 11, 30))
    assert drafts[1].due is None


def test_english_list_naming_members() -> None:
    drafts = read(
        "Action items:\n- Lucas: draft the test plan by Friday\n- Next sync: 11/20 at 11:00"
    )
    assert [(d.title, d.assignees) for d in drafts] == [("Draft the test plan", (4,))]


def test_reply_that_asks_for_work_goes_to_the_replied_person() -> None:
    [d] = read("[rp aid=3 to=1-100]鈴木 一郎さん\nあわせて、面接官への日程連絡もお願いできますか？")
    assert d.assignees == (3,)
    assert d.title == "面接官への日程連絡"


def test_request_addressed_to_nobody() -> None:
    [d] = read("どなたか、経営会議の議事録担当をお願いできますか？")
    assert d.assignees == ()
    assert "議事録" in d.title and "どなたか" not in d.title


def test_request_without_object_takes_its_title_from_the_previous_sentence() -> None:
    [d] = read("[To:1]田中 太郎さん\n面接日程の候補を送りました。ご確認ください。", sender=3)
    assert d.title == "面接日程の候補の確認"


def test_info_title_request() -> None:
    [d] = read(
        "[toall]\n[info][title]【依頼】年末調整書類の提出[/title]今月末までに総務へ提出してください。[/info]"
    )
    assert d.title == "年末調整書類の提出"
    assert d.due == Due(day=date(2026, 11, 30))


@pytest.mark.parametrize(
    ("sentence", "kind", "title"),
    [
        (
            "株式会社ミナト様向けの見積書の作成をお願いします。",
            "request",
            "株式会社ミナト様向けの見積書の作成",
        ),
        (
            "次回リリースのリリースノートの下書きを、共有してください。",
            "request",
            "次回リリースのリリースノートの下書きの共有",
        ),
        ("書類選考の結果をまとめてください。", "request", "書類選考の結果をまとめる"),
        ("至急、アプリサーバのログを確認してください。", "request", "アプリサーバのログの確認"),
        ("Hi Raj, could you fix the date bug ASAP?", "request", "Fix the date bug"),
        ("LPのワイヤーフレームは私が作成します。", "commitment", "LPのワイヤーフレームの作成"),
        ("インデックスの追加は私がやります。", "commitment", "インデックスの追加"),
        ("展示会のノベルティ、発注しておきます。", "commitment", "展示会のノベルティの発注"),
        ("I'll update the onboarding docs", "commitment", "Update the onboarding docs"),
    ],
)
def test_titles(sentence: str, kind: str, title: str) -> None:
    [d] = read(sentence)
    assert (d.kind, d.title) == (kind, title)


def test_deadline_phrase_is_cut_from_the_title() -> None:
    [d] = read("[To:3]鈴木 一郎さん\nその定例の議題整理、金曜までに頼みます！")
    assert d.title == "その定例の議題整理"
    [e] = read(
        "[To:2]佐藤 花子さん\n打ち合わせは11/25(水)、提案資料は11/20(金)までに仕上げてください。"
    )
    assert e.title == "提案資料を仕上げる"
    assert e.due == Due(day=date(2026, 11, 20))


def test_request_and_commitment_classifiers() -> None:
    assert is_request("資料のご確認をお願いします")
    assert is_request("Could you send it?")
    assert not is_request("よろしくお願いします")
    assert not is_request("お願いしても大丈夫でしょうか")
    assert is_commitment("夕方までに原因を調査します。")
    assert is_commitment("監視当番は私がやります")
    assert not is_commitment("承知しました")
    assert not is_commitment("明日は在宅勤務します？")


def test_chatwork_due_kinds() -> None:
    def t(lt: int, ltype: str | None) -> ChatworkTask:
        return ChatworkTask("task_added", 1, "open", lt, ltype, "x")

    assert chatwork_due(t(1797605999, "date"), TZ) == Due(day=date(2026, 12, 18))
    assert chatwork_due(t(1797494400, "time"), TZ) == Due(day=date(2026, 12, 17), at=time(17, 0))
    assert chatwork_due(t(0, "time"), TZ) is None
    assert chatwork_due(t(1797605999, "none"), TZ) is None
    assert chatwork_due(t(1797605999, None), TZ) == Due(day=date(2026, 12, 18))  # older body
    assert chatwork_due(t(1797494400, None), TZ) == Due(day=date(2026, 12, 17), at=time(17, 0))
    assert chatwork_due(t(10**15, "time"), TZ) is None


def test_chatwork_task_message() -> None:
    [d] = read(
        "[info][title][dtext:task_added][/title]"
        "[task aid=2 st=open lt=1797605999 ltype=date]請求書一括発行[/task][/info]"
    )
    assert (d.title, d.assignees, d.kind) == ("請求書一括発行", (2,), "chatwork")


def test_keywords() -> None:
    assert keywords_of("API仕様書の更新") == ("api", "仕様書", "更新")
    assert keywords_of("Review the payment API pull request") == (
        "review",
        "payment",
        "api",
        "pull",
        "request",
    )
