"""Any input returns a result and never raises (markup, detection, the fold, extract)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatsync.calendar import BusinessCalendar
from chatsync.models import ChatMessage, Member, Room, Task
from chatsync.parser.extract import RoomContext, apply_messages, extract_file
from chatsync.parser.markup import ParsedMessage, parse

CTX = RoomContext(
    room=Room(room_id=1, name="r"),
    members=[Member(account_id=1, name="田中 太郎"), Member(account_id=2, name="Amy Lee")],
    tz=ZoneInfo("Asia/Tokyo"),
    calendar=BusinessCalendar(),
)
TAGS = [
    "[To:2]",
    "[toall]",
    "[rp aid=1 to=1-1000001]",
    "[qt]",
    "[/qt]",
    "[qtmeta aid=1 time=5]",
    "[info]",
    "[/info]",
    "[title]",
    "[/title]",
    "[task aid=2 st=open lt=99999999999 ltype=date]",
    "[/task]",
    "[code]",
    "[/code]",
    "[hr]",
    "[picon:1]",
    "[piconname:2]",
    "[preview id=1 ht=2]",
    "[download:3]",
    "[/download]",
    "[dtext:task_added]",
    "[dtext:task_done]",
    "[To:",
    "]",
    "[",
    "お願いします",
    "完了しました",
    "明日までに",
    "・佐藤さん：",
    "\n",
    "不要になりました",
    "please",
    "by Friday",
    "１２／５",
    "\x00",
    "\ud800",
    "\u202e",
    "\r",
]
bodies = st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=30)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies)
def test_parse_never_raises(body: str) -> None:
    assert isinstance(parse(body), ParsedMessage)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([1, 2, 3]), bodies), min_size=1, max_size=8))
def test_fold_never_raises(items: list[tuple[int, str]]) -> None:
    msgs = [
        ChatMessage(
            room_id=1,
            message_id=str(1000000 + i),
            account_id=a,
            account_name="",
            body=b,
            send_time=1794787200 + 60 * i,
        )
        for i, (a, b) in enumerate(items)
    ]
    tasks = apply_messages([], msgs, CTX)
    assert all(isinstance(t, Task) for t in tasks)
    json.dumps([t.title for t in tasks])  # titles are always serialisable


def test_huge_and_deeply_nested_bodies() -> None:
    big = ("見積書の作成をお願いします。" * 70_000)[:1_000_000]
    nested = "[qt]" * 5000 + "x" + "[/qt]" * 5000
    unbalanced = "[info][title]" * 3000 + "お願いします"
    msgs = [
        ChatMessage(
            room_id=1,
            message_id=str(n),
            account_id=1,
            account_name="",
            body=b,
            send_time=1794787200 + n,
        )
        for n, b in enumerate([big, nested, unbalanced, "\x00" * 10_000])
    ]
    assert isinstance(apply_messages([], msgs, CTX), list)
    assert parse(nested).text.strip() == ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_extract_file_never_raises_on_any_line(tmp_path_factory, line: str) -> None:
    path: Path = tmp_path_factory.mktemp("x") / "in.jsonl"
    path.write_text(line.replace("\n", " ") + "\n", encoding="utf-8", errors="surrogatepass")
    out = io.StringIO()
    extract_file(str(path), out)
    for row in out.getvalue().splitlines():
        assert json.loads(row)["tasks"] == []


_WORDS = st.sampled_from(
    [
        "確認",
        "お願いします",
        "してください",
        "ておきます",
        "ました",
        "ません",
        "ので、",
        "、",
        "。",
        "？",
        "ー",
        "🙏",
        ":pray:",
        "(bow)",
        "「",
        "」",
        "----",
        "Dear X,",
        "I'll",
        "please",
        "and",
        "佐藤さん",
        "担当：",
        "期限：1/15",
        "・",
        "\n",
        " ",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map("".join)))
def test_every_stage_takes_any_text(text: str) -> None:
    """normalise → clauses → acts → tasks never raise on their own (the fold's guard is for
    bugs, not for input)."""
    from datetime import datetime

    from chatsync.parser.people import Directory
    from chatsync.parser.tasks import detect, read_message

    mr = read_message(text)
    assert len(mr.clauses) == len(mr.readings)
    directory = Directory(CTX.members)
    sent = datetime(2026, 11, 16, 10, 0, tzinfo=CTX.tz)
    for draft in detect(parse(text, directory.compact), 1, sent, directory, CTX.calendar):
        assert isinstance(draft.title, str) and 0.0 < draft.confidence <= 1.0
