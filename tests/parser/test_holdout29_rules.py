"""Rules added for what the Japanese half of holdout 29 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart (11/23 is a holiday)."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=81, name="真柴 里奈"),
    Member(account_id=82, name="国見 拓"),
    Member(account_id=83, name="汐田 航"),
]
KIT = RuleKit(7993, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_an_answer_with_te_desu_and_a_done_with_zumi_are_no_asks() -> None:
    assert read("はい、英語版も含めてです", sender=82) == []
    assert read("特設ページ, all set ✅ 予約投稿も済みです", sender=82) == []


def test_a_slot_offered_is_no_promise_yet() -> None:
    assert read("[To:82]国見さん\n給湯器の件、金曜の午後なら伺えます🔧", sender=83) == []
    assert read("来週なら対応できます", sender=83) == []
    [t] = read("給湯器の件、金曜に伺います", sender=83)
    assert t.assignees == (83,)


def test_asks_of_whoever_has_a_change_or_needs_a_hand_are_offers() -> None:
    assert read("シフトの変更がある方は、11/20までに真柴まで声をかけてください", sender=81) == []
    assert read("何か手が要るときは声かけてください🙌", sender=81) == []
    assert len(read("[To:82]国見さん シフトの変更、11/20までに声をかけてください", sender=81)) == 1
