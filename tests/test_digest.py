"""The digest as a pure function of sheet rows and a fixed 'now' (digest.md)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatsync.calendar import BusinessCalendar
from chatsync.digest import build_digest, build_reminders, normalize_name, render_digest
from chatsync.models import BoardTask, Due, TaskStatus, message_link

TZ = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar()


def task(
    title: str,
    names: tuple[str, ...] = (),
    ids: tuple[int, ...] = (),
    due: Due | None = None,
    room: int | None = None,
    room_name: str = "",
    mid: str = "1",
    status: TaskStatus = TaskStatus.OPEN,
    due_text: str = "",
) -> BoardTask:
    return BoardTask(
        task_id=f"cw-{room}-{mid}" if room else None,
        status=status,
        title=title,
        assignee_names=names,
        assignee_ids=ids,
        due=due,
        due_text=due_text,
        room_id=room,
        room_name=room_name,
        link=message_link(room, mid) if room else "",
    )


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


SPEC_TASKS = [
    task(
        "A社向けの見積書の作成",
        ("高橋 美咲",),
        (202,),
        Due(day=date(2026, 12, 3)),
        4001,
        "営業部",
        "4001000001",
    ),
    task(
        "展示会ブースのレイアウト案の共有",
        ("高橋 美咲",),
        (202,),
        Due(day=date(2026, 12, 4), at=time(17, 0)),
        4010,
        "展示会準備",
        "4010000002",
    ),
    task(
        "見積もりの再確認",
        ("菅原 陸",),
        (245,),
        Due(day=date(2026, 12, 4), at=time(10, 0)),
        4015,
        "秘書室",
        "4015000002",
    ),
    task("議事録の共有", (), (), Due(day=date(2026, 12, 4)), 3034, "経営企画室", "3034000005"),
    task(
        "月次報告会の資料の確認",
        ("千葉 拓海",),
        (301,),
        Due(day=date(2026, 12, 7)),
        4020,
        "プロジェクトA",
        "4020000001",
    ),
    task(
        "PCの入れ替え作業",
        ("水野 仁",),
        (),
        Due(day=date(2026, 12, 7)),
        4030,
        "情報システム",
        "4030000001",
    ),
    task(
        "終わった作業",
        ("高橋 美咲",),
        (202,),
        Due(day=date(2026, 12, 1)),
        4001,
        "営業部",
        "9",
        TaskStatus.DONE,
    ),
    task(
        "やめた作業",
        ("菅原 陸",),
        (245,),
        Due(day=date(2026, 12, 1)),
        4001,
        "営業部",
        "8",
        TaskStatus.CANCELLED,
    ),
]

SPEC_EXAMPLE = """\
[info][title]遅延タスク 12月7日(月) 9:00 時点[/title]期限を過ぎた未完了のタスクが 4 件あります。

■ 高橋 美咲さん [To:202] 2件
・A社向けの見積書の作成 — 期限 12/3(木) 2営業日超過 — 営業部
  https://www.chatwork.com/#!rid4001-4001000001
・展示会ブースのレイアウト案の共有 — 期限 12/4(金) 17:00 1営業日超過 — 展示会準備
  https://www.chatwork.com/#!rid4010-4010000002

■ 菅原 陸さん [To:245] 1件
・見積もりの再確認 — 期限 12/4(金) 10:00 1営業日超過 — 秘書室
  https://www.chatwork.com/#!rid4015-4015000002

■ 担当者なし 1件
・議事録の共有 — 期限 12/4(金) 1営業日超過 — 経営企画室
  https://www.chatwork.com/#!rid3034-3034000005
[hr]本日期限 2件
・月次報告会の資料の確認(千葉 拓海さん) — プロジェクトA
・PCの入れ替え作業(水野 仁さん) — 情報システム
[/info]"""


def test_renders_the_spec_example_exactly() -> None:
    digest = build_digest(SPEC_TASKS, at(2026, 12, 7), CAL, TZ)
    assert render_digest(digest) == [SPEC_EXAMPLE]


def test_english_digest_has_the_same_shape() -> None:
    (text,) = render_digest(build_digest(SPEC_TASKS, at(2026, 12, 7), CAL, TZ), lang="en")
    assert text.startswith("[info][title]Late tasks as of Mon 7 Dec, 9:00[/title]")
    assert "4 open tasks are past their deadline." in text
    assert "■ 高橋 美咲 [To:202] 2 tasks" in text
    assert "・見積もりの再確認 — due Fri 4 Dec 10:00, 1 business day late — 秘書室" in text
    assert "■ No assignee 1 task" in text
    assert "[hr]Due today: 2" in text
    assert text.endswith("[/info]")


def test_mentions_can_be_switched_off() -> None:
    (text,) = render_digest(build_digest(SPEC_TASKS, at(2026, 12, 7), CAL, TZ), mentions=False)
    assert "[To:" not in text
    assert "■ 高橋 美咲さん 2件" in text


def test_day_only_deadline_is_late_from_the_next_day() -> None:
    rows = [task("報告書", ("高橋",), (1,), Due(day=date(2027, 1, 7)), 10, "営業部")]
    evening = build_digest(rows, at(2027, 1, 7, 23, 59), CAL, TZ)
    assert not evening.late_items
    assert [i.title for i in evening.due_today] == ["報告書"]
    midnight = build_digest(rows, at(2027, 1, 8, 0, 0), CAL, TZ)
    assert [(i.title, i.days_late) for i in midnight.late_items] == [("報告書", 1)]


def test_timed_deadline_is_late_from_that_time() -> None:
    rows = [task("見積", ("高橋",), (1,), Due(day=date(2027, 1, 7), at=time(10, 0)), 10, "営業部")]
    before = build_digest(rows, at(2027, 1, 7, 9, 59), CAL, TZ)
    assert [i.title for i in before.due_today] == ["見積"]
    (text,) = render_digest(before)
    assert "・見積(高橋さん) — 10:00まで — 営業部" in text
    after = build_digest(rows, at(2027, 1, 7, 10, 0), CAL, TZ)
    assert [(i.title, i.days_late) for i in after.late_items] == [("見積", 0)]
    assert "期限 1/7(木) 10:00 本日超過" in render_digest(after)[0]


@pytest.mark.parametrize(
    ("due", "today", "days"),
    [
        (
            date(2027, 1, 8),
            date(2027, 1, 12),
            1,
        ),  # Fri → Tue: 成人の日 (Mon 1/11) is no business day
        (date(2026, 12, 25), date(2027, 1, 4), 2),  # Mon 12/28 and Mon 1/4; 12/29–1/3 off
        (date(2027, 1, 6), date(2027, 1, 7), 1),
        (date(2027, 1, 9), date(2027, 1, 12), 1),  # due on a Saturday
    ],
)
def test_days_late_are_business_days(due: date, today: date, days: int) -> None:
    rows = [task("t", ("a",), (1,), Due(day=due), 10, "r")]
    digest = build_digest(rows, at(today.year, today.month, today.day), CAL, TZ)
    assert [i.days_late for i in digest.late_items] == [days]


def test_task_with_two_assignees_is_listed_under_each_and_counted_once() -> None:
    rows = [
        task(
            "共同作業",
            ("高橋 美咲", "菅原 陸"),
            (202, 245),
            Due(day=date(2027, 1, 6)),
            10,
            "営業部",
        ),
        task("単独作業", ("菅原 陸",), (245,), Due(day=date(2027, 1, 5)), 10, "営業部", "2"),
    ]
    digest = build_digest(rows, at(2027, 1, 7), CAL, TZ)
    assert digest.late_count == 2
    assert [(g.name, len(g.items)) for g in digest.late] == [("菅原 陸", 2), ("高橋 美咲", 1)]
    (text,) = render_digest(digest)
    assert "が 2 件あります" in text
    assert text.count("[To:245]") == 1
    assert text.count("[To:202]") == 1
    assert text.count("・共同作業") == 2


def test_groups_sorted_by_amount_then_oldest_deadline() -> None:
    rows = [
        task("b1", ("B",), (2,), Due(day=date(2027, 1, 6)), 10, "r", "1"),
        task("a1", ("A",), (1,), Due(day=date(2027, 1, 5)), 10, "r", "2"),
        task("c2", ("C",), (3,), Due(day=date(2027, 1, 6)), 10, "r", "3"),
        task("c1", ("C",), (3,), Due(day=date(2027, 1, 4)), 10, "r", "4"),
    ]
    digest = build_digest(rows, at(2027, 1, 7), CAL, TZ)
    assert [g.name for g in digest.late] == ["C", "A", "B"]
    assert [i.title for i in digest.late[0].items] == ["c1", "c2"]


def test_people_added_rows_count_and_known_names_get_mentioned() -> None:
    rows = [
        task("チャット由来", ("高橋 美咲",), (202,), Due(day=date(2027, 1, 6)), 10, "営業部"),
        # a row a person added: no id, no room, a full-width space and an honorific
        task("手で追加", ("高橋\u3000美咲さん",), (), Due(day=date(2027, 1, 5))),
        task("知らない人", ("山田 太郎",), (), Due(day=date(2027, 1, 5))),
    ]
    digest = build_digest(rows, at(2027, 1, 7), CAL, TZ)
    assert [(g.name, g.account_id, len(g.items)) for g in digest.late] == [
        ("高橋 美咲", 202, 2),
        ("山田 太郎", None, 1),
    ]
    (text,) = render_digest(digest)
    assert "■ 山田 太郎さん 1件" in text
    assert "・手で追加 — 期限 1/5(火) 2営業日超過\n" in text  # no room, no link


def test_unreadable_deadline_is_listed_not_dropped() -> None:
    rows = [task("いつか", ("高橋",), (1,), None, 10, "営業部", due_text="来週のどこか")]
    digest = build_digest(rows, at(2027, 1, 7), CAL, TZ)
    (text,) = render_digest(digest)
    assert (
        "[hr]期限を確認してください 1件\n・いつか(高橋さん) — 期限「来週のどこか」 — 営業部" in text
    )
    assert "期限を過ぎた未完了のタスクはありません。" in text


def test_nothing_to_say_is_silent_unless_asked() -> None:
    rows = [
        task("未来", ("a",), (1,), Due(day=date(2027, 2, 1)), 10, "r"),
        task("期限なし", ("a",), (1,), None, 10, "r"),
        task("済み", ("a",), (1,), Due(day=date(2027, 1, 1)), 10, "r", status=TaskStatus.DONE),
    ]
    digest = build_digest(rows, at(2027, 1, 7), CAL, TZ)
    assert digest.is_empty
    assert render_digest(digest) == []
    assert render_digest(digest, say_when_empty=True) == [
        "[info][title]遅延タスク 1月7日(木) 9:00 時点[/title]"
        "期限を過ぎた未完了のタスクはありません。\n[/info]"
    ]


def test_year_is_shown_for_a_deadline_in_another_year() -> None:
    rows = [task("年末", ("a",), (1,), Due(day=date(2026, 12, 25)), 10, "r")]
    (text,) = render_digest(build_digest(rows, at(2027, 1, 4), CAL, TZ))
    assert "期限 2026/12/25(金) 2営業日超過" in text


def test_sheet_text_cannot_inject_markup() -> None:
    rows = [
        task("[/info][To:999]全員\n[toall]", ("[To:1]x",), (), Due(day=date(2027, 1, 6)), 10, "r")
    ]
    (text,) = render_digest(build_digest(rows, at(2027, 1, 7), CAL, TZ))
    assert "[To:999]" not in text
    assert "[toall]" not in text
    assert "[To:1]" not in text
    assert text.count("[/info]") == 1
    assert "・［/info］" not in text  # only the opening bracket is neutralised
    assert "・［/info][To:999]" not in text
    assert "［/info]［To:999]全員 ［toall]" in text


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        build_digest([], datetime(2027, 1, 7, 9, 0), CAL, TZ)


def test_normalize_name() -> None:
    assert normalize_name(" 高橋\u3000 美咲 さん ") == "高橋 美咲"
    assert normalize_name("様") == "様"


def _many(n_people: int, per_person: int) -> list[BoardTask]:
    rows = []
    for p in range(n_people):
        for k in range(per_person):
            rows.append(
                task(
                    f"タスク{p}-{k} " + "長い説明" * 10,
                    (f"担当{p}",),
                    (1000 + p,),
                    Due(day=date(2027, 1, 4 + k % 3)),
                    20 + p,
                    f"部屋{p}",
                    f"{p}{k:04d}",
                )
            )
    return rows


def test_long_digest_is_split_into_complete_numbered_messages() -> None:
    digest = build_digest(_many(6, 12), at(2027, 1, 7), CAL, TZ)
    pages = render_digest(digest, max_chars=2000)
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert len(page) <= 2000
        assert page.startswith(
            f"[info][title]遅延タスク 1月7日(木) 9:00 時点 ({number}/{len(pages)})"
        )
        assert page.endswith("[/info]")
        assert page.count("[info]") == 1
    joined = "\n".join(pages)
    for p in range(6):
        assert joined.count(f"[To:{1000 + p}]") == 1
        for k in range(12):
            assert joined.count(f"・タスク{p}-{k} ") == 1
    assert "(続き)" in joined


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(min_size=1, max_size=300),
            st.lists(st.sampled_from(["高橋", "菅原", "千葉", "水野"]), max_size=3, unique=True),
            st.integers(min_value=-20, max_value=5),
            st.sampled_from([None, time(10, 0), time(18, 30)]),
        ),
        max_size=60,
    ),
    st.integers(min_value=600, max_value=5000),
)
def test_every_page_fits_and_every_mention_is_made_once(rows, max_chars) -> None:
    today = date(2027, 1, 7)
    ids = {"高橋": 202, "菅原": 245, "千葉": 301, "水野": 330}
    tasks = [
        task(
            title,
            tuple(names),
            tuple(ids[n] for n in names),
            Due(day=date.fromordinal(today.toordinal() + offset), at=clock),
            10,
            "部屋",
            str(i),
        )
        for i, (title, names, offset, clock) in enumerate(rows)
    ]
    digest = build_digest(tasks, at(2027, 1, 7), CAL, TZ)
    pages = render_digest(digest, max_chars=max_chars)
    assert all(len(p) <= max_chars and p.endswith("[/info]") for p in pages)
    joined = "\n".join(pages)
    for group in digest.late:
        assert joined.count(f"[To:{group.account_id}]") == 1
    assert len(re.findall(r"^・", joined, flags=re.M)) == (
        sum(len(g.items) for g in digest.late) + len(digest.unassigned) + len(digest.due_today)
    )
    assert bool(pages) == (not digest.is_empty)


def test_reminders_one_per_room_mentioning_each_assignee_once() -> None:
    rows = [
        *SPEC_TASKS,
        task(
            "追加の見積",
            ("高橋 美咲",),
            (202,),
            Due(day=date(2026, 12, 2)),
            4001,
            "営業部",
            "4001000003",
        ),
        task(
            "共同",
            ("高橋 美咲", "菅原 陸"),
            (202, 245),
            Due(day=date(2026, 12, 2)),
            4001,
            "営業部",
            "4",
        ),
        task("部屋なし", ("菅原 陸",), (245,), Due(day=date(2026, 12, 2))),
    ]
    reminders = build_reminders(build_digest(rows, at(2026, 12, 7), CAL, TZ))
    assert [r.room_id for r in reminders] == [4001, 4010, 4015]  # 3034: nobody assigned
    sales = reminders[0]
    assert sales.messages == (
        "[To:202]高橋 美咲さん\n"
        "[To:245]菅原 陸さん\n"
        "おはようございます。期限を過ぎているタスクがあります。\n"
        "・追加の見積(高橋 美咲さん、期限 12/2、3営業日超過)\n"
        "  https://www.chatwork.com/#!rid4001-4001000003\n"
        "・共同(高橋 美咲さん、菅原 陸さん、期限 12/2、3営業日超過)\n"
        "  https://www.chatwork.com/#!rid4001-4\n"
        "・A社向けの見積書の作成(高橋 美咲さん、期限 12/3、2営業日超過)\n"
        "  https://www.chatwork.com/#!rid4001-4001000001",
    )
    assert reminders[2].messages == (
        "[To:245]菅原 陸さん\n"
        "おはようございます。期限を過ぎているタスクがあります。\n"
        "・見積もりの再確認(期限 12/4 10:00、1営業日超過)\n"
        "  https://www.chatwork.com/#!rid4015-4015000002",
    )


def test_reminders_in_english_without_mentions() -> None:
    reminders = build_reminders(
        build_digest(SPEC_TASKS, at(2026, 12, 7), CAL, TZ), lang="en", mentions=False
    )
    assert reminders[0].messages[0] == (
        "高橋 美咲\nGood morning. These tasks are past their deadline:\n"
        "・A社向けの見積書の作成 (due 3 Dec, 2 business days late)\n"
        "  https://www.chatwork.com/#!rid4001-4001000001"
    )
