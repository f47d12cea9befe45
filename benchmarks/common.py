"""Shared pieces of the benchmarks: a seeded chat generator, output, memory, machine.

Every benchmark prints one JSON object (the figures) and then one summary line
starting with ``# ``; ``run_all.py`` reads the JSON back. The generator writes
chat the way teams write in Chatwork: mostly greetings, thanks and chatter, with
the work in between — requests with ``[To:]``, lists of requests, promises,
replies that complete, cancel or move a task, Chatwork's own task messages,
some English, and the odd long report.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chatsync.models import ChatMessage

ROOT = Path(__file__).resolve().parent.parent
ME = 900  # the account chatsync reads with
TOKEN = "bench-token-0123456789abcdef"
BASE_TIME = 1796601600  # 2026-12-07 (Mon) 09:00 JST
MIDNIGHT = BASE_TIME - 9 * 3600

SURNAMES = [
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "林",
    "斎藤",
    "清水",
    "山崎",
    "森",
    "池田",
    "橋本",
    "阿部",
    "石川",
    "山下",
    "中島",
    "石井",
    "小川",
    "前田",
    "岡田",
    "長谷川",
    "藤田",
    "後藤",
]
GIVEN = [
    "太郎",
    "花子",
    "一郎",
    "美穂",
    "大輔",
    "彩",
    "翔太",
    "由紀",
    "健一",
    "真由美",
    "直樹",
    "陽子",
    "誠",
    "恵",
    "拓也",
    "舞",
]
THINGS = [
    "見積書",
    "提案書",
    "議事録",
    "請求書",
    "契約書",
    "週報",
    "月次レポート",
    "顧客リスト",
    "発注書",
    "企画書",
    "プレゼン資料",
    "出張申請",
    "経費精算",
    "在庫表",
    "マニュアル",
    "仕様書",
    "テスト計画",
    "採用資料",
    "研修資料",
    "アンケート",
    "予算案",
    "納品書",
    "売上報告",
    "会議資料",
]
CLIENTS = ["A社", "B社", "C社", "D社", "E社", "F社", "本社", "大阪支店", "名古屋営業所", "新規顧客"]
VERBS_REQ = ("作成", "確認", "送付", "レビュー", "修正", "準備", "手配", "提出", "更新", "共有")
DUES = (
    "明日",
    "明日の12時",
    "今日中",
    "本日17時",
    "金曜",
    "水曜",
    "来週月曜",
    "今週中",
    "12/15",
    "12月18日",
    "月末",
    "3日後",
)
DUES_NEW = ("来週水曜", "12/21", "来週金曜", "月曜の午前中", "12月22日")
CHATTER = (
    "おはようございます。本日もよろしくお願いします。",
    "おはようございます！",
    "お疲れ様です。",
    "ありがとうございます！",
    "承知しました。",
    "了解です。",
    "確認します。",
    "お先に失礼します。お疲れ様でした。",
    "本日は午後から外出します。",
    "少し遅れて出社します。",
    "ランチ行きませんか？",
    "会議室が空いていないようです。",
    "先ほどの件、助かりました。",
    "すみません、電話に出られませんでした。",
    "今週もよろしくお願いします。",
    "資料拝見しました。良いと思います！",
    "明日は在宅勤務です。",
    "(bow)",
    "了解しました！",
    "なるほど、そういうことですね。",
)
ENGLISH_REQ = (
    "Could you review the {en} by Friday?",
    "Please send the {en} to the client by tomorrow.",
    "Can you update the {en} by Wednesday 3pm?",
)
ENGLISH_CHATTER = (
    "Thanks!",
    "Good morning, everyone.",
    "Got it, thank you.",
    "Sounds good to me.",
    "I'm out this afternoon.",
)
EN_THINGS = ("slides", "quote", "contract draft", "release notes", "budget sheet", "test plan")
LONG_PARAGRAPH = (
    "本日の打ち合わせの内容を共有します。{c}様からは、来期の導入規模について前向きな回答を"
    "いただきました。ただし予算の承認は来月の役員会になるとのことで、正式な発注はその後になります。"
    "先方の情報システム部からはセキュリティチェックシートの提出を求められています。"
    "また、現行システムからのデータ移行について懸念が出ており、移行手順の説明を次回行う予定です。"
)


@dataclass
class RoomState:
    """What the generator remembers of a room, so replies point at real tasks."""

    room_id: int
    members: list[int]
    open_requests: list[tuple[str, int, str]] = field(default_factory=list)  # (msg, by, thing)


class ChatGenerator:
    """Seeded, reproducible realistic chat. ``task_share`` is roughly the share of
    messages that create or change a task (requests, lists, promises, replies)."""

    def __init__(self, seed: int = 8, task_share: float = 0.16) -> None:
        self.rng = random.Random(seed)
        self.task_share = task_share
        self.next_id = 1_500_000_000_000_000_000
        self.names: dict[int, str] = {}

    def name(self, account_id: int) -> str:
        if account_id not in self.names:
            r = random.Random(account_id)
            self.names[account_id] = f"{r.choice(SURNAMES)} {r.choice(GIVEN)}"
        return self.names[account_id]

    def message(self, room: RoomState, send_time: int, force: str | None = None) -> ChatMessage:
        rng = self.rng
        sender = rng.choice([m for m in room.members if m != ME] or room.members)
        kind = force or self._kind()
        body = getattr(self, f"_{kind}")(room, sender)
        self.next_id += rng.randint(1, 9)
        mid = str(self.next_id)
        if kind in ("request", "request_list", "english_request") and len(room.open_requests) < 40:
            room.open_requests.append((mid, sender, body))
        return ChatMessage(
            room_id=room.room_id,
            message_id=mid,
            account_id=sender,
            account_name=self.name(sender),
            body=body,
            send_time=send_time,
        )

    def messages(
        self, room: RoomState, count: int, start: int, step: int = 240
    ) -> list[ChatMessage]:
        out = []
        t = start
        for _ in range(count):
            t += self.rng.randint(step // 4, step)
            out.append(self.message(room, t))
        return out

    # ------------------------------------------------------------------ kinds
    def _kind(self) -> str:
        rng = self.rng
        if rng.random() < self.task_share:
            return rng.choices(
                (
                    "request",
                    "request_list",
                    "commitment",
                    "reply_done",
                    "reply_cancel",
                    "reply_move",
                    "english_request",
                    "chatwork_task",
                ),
                weights=(34, 8, 14, 18, 4, 6, 8, 8),
            )[0]
        return rng.choices(
            ("chatter", "greeting", "english_chatter", "long", "fyi"),
            weights=(60, 15, 8, 4, 13),
        )[0]

    def _other(self, room: RoomState, sender: int) -> int:
        others = [m for m in room.members if m not in (sender, ME)]
        return self.rng.choice(others) if others else sender

    def _thing(self) -> str:
        return f"{self.rng.choice(CLIENTS)}の{self.rng.choice(THINGS)}"

    def _request(self, room: RoomState, sender: int) -> str:
        rng = self.rng
        to = self._other(room, sender)
        ask = rng.choice(
            (
                "{t}の{v}を{d}までにお願いします。",
                "{t}の{v}をお願いできますか？{d}までだと助かります。",
                "お疲れ様です。{t}の{v}、{d}までにお願いいたします。",
                "{t}について、{v}をお願いします。期限は{d}です。",
            )
        )
        text = ask.format(t=self._thing(), v=rng.choice(VERBS_REQ), d=rng.choice(DUES))
        return f"[To:{to}]{self.name(to)}さん\n{text}"

    def _request_list(self, room: RoomState, sender: int) -> str:
        rng = self.rng
        to = self._other(room, sender)
        items = "\n".join(
            f"・{self._thing()}の{rng.choice(VERBS_REQ)}" for _ in range(rng.randint(2, 4))
        )
        return (
            f"[To:{to}]{self.name(to)}さん\n以下、{rng.choice(DUES)}までにお願いします。\n{items}"
        )

    def _commitment(self, room: RoomState, sender: int) -> str:
        rng = self.rng
        return rng.choice(
            (
                "{t}は{d}までに私が作成します。",
                "承知しました。{d}までに{t}を送付します。",
                "{t}の修正、{d}までに対応します。",
            )
        ).format(t=self._thing(), d=rng.choice(DUES))

    def _reply(self, room: RoomState, sender: int, text: str) -> str:
        if not room.open_requests:
            return self._chatter(room, sender)
        mid, by, _ = room.open_requests.pop(self.rng.randrange(len(room.open_requests)))
        return f"[rp aid={by} to={room.room_id}-{mid}]{self.name(by)}さん\n{text}"

    def _reply_done(self, room: RoomState, sender: int) -> str:
        text = self.rng.choice(
            ("完了しました。ご確認ください。", "送付しました！", "対応済みです。", "Done, thanks.")
        )
        return self._reply(room, sender, text)

    def _reply_cancel(self, room: RoomState, sender: int) -> str:
        return self._reply(room, sender, "すみません、こちらの件は不要になりました。")

    def _reply_move(self, room: RoomState, sender: int) -> str:
        due = self.rng.choice(DUES_NEW)
        return self._reply(room, sender, f"すみません、期限を{due}に変更させてください。")

    def _english_request(self, room: RoomState, sender: int) -> str:
        to = self._other(room, sender)
        ask = self.rng.choice(ENGLISH_REQ).format(en=self.rng.choice(EN_THINGS))
        return f"[To:{to}]{self.name(to)}\n{ask}"

    def _chatwork_task(self, room: RoomState, sender: int) -> str:
        to = self._other(room, sender)
        lt = MIDNIGHT + self.rng.randint(1, 20) * 86400 - 1
        return (
            f"[info][title][dtext:task_added][/title][task aid={to} st=open lt={lt}]"
            f"{self._thing()}の{self.rng.choice(VERBS_REQ)}[/task][/info]"
        )

    def _chatter(self, room: RoomState, sender: int) -> str:
        return self.rng.choice(CHATTER)

    def _greeting(self, room: RoomState, sender: int) -> str:
        return self.rng.choice(CHATTER[:3])

    def _english_chatter(self, room: RoomState, sender: int) -> str:
        return self.rng.choice(ENGLISH_CHATTER)

    def _fyi(self, room: RoomState, sender: int) -> str:
        return f"{self._thing()}の件、先方から連絡がありました。詳細は共有フォルダをご覧ください。"

    def _long(self, room: RoomState, sender: int) -> str:
        n = self.rng.randint(3, 8)
        return "\n\n".join(LONG_PARAGRAPH.format(c=self.rng.choice(CLIENTS)) for _ in range(n))


def make_rooms(count: int, first_id: int = 1000, seed: int = 8) -> list[RoomState]:
    """Rooms of 4–8 people from a pool of 300 accounts, always with chatsync's account."""
    rng = random.Random(seed)
    pool = list(range(2001, 2301))
    return [
        RoomState(first_id + i, [ME, *rng.sample(pool, rng.randint(4, 8))]) for i in range(count)
    ]


# ---------------------------------------------------------------------- output, system


def peak_rss_mb() -> float:
    """This process's peak resident set size in MiB: VmHWM, which unlike ``ru_maxrss``
    does not carry the parent's size over a fork + exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def median(values: Sequence[float]) -> float:
    return round(statistics.median(values), 4)


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def emit(name: str, figures: dict[str, Any], summary: str) -> None:
    """The JSON object on stdout, then one ``# name: summary`` line."""
    print(json.dumps({"benchmark": name, **figures}, ensure_ascii=False, indent=2))
    print(f"# {name}: {summary}")
    sys.stdout.flush()


def parse_output(text: str) -> dict[str, Any]:
    """The JSON object a benchmark printed (everything before its summary line)."""
    lines = [line for line in text.splitlines() if line.strip()]
    body = "\n".join(line for line in lines if not line.startswith("# "))
    return dict(json.loads(body))


def scale_arg(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply the sizes (0.01 for a smoke run)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="repetitions (median reported)")
    return parser


def scaled(n: int, scale: float, minimum: int = 1) -> int:
    return max(minimum, round(n * scale))
