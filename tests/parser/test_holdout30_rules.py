# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the Japanese half of holdout 30 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit, day_of

MEMBERS = [
    Member(account_id=81, name="岩瀬 透"),
    Member(account_id=82, name="北野 沙織"),
    Member(account_id=83, name="丹羽 拓"),
]
KIT = RuleKit(7997, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_day_said_fine_after_the_ask_beats_a_marked_day_in_the_report_above() -> None:
    [t] = read(
        "搬入のご報告です。\n先方には、明日まで仮置きする流れでご説明済みです。\n念のため、そちらの台帳にある前回の検収記録をいただけますか。急ぎではないので週明けで大丈夫です",
        sender=81,
    )
    # (11/23 is 勤労感謝の日: 週明け is the Tuesday)
    assert day_of(t) == "2026-11-24" and t.title.startswith("台帳にある前回の検収記録")


def test_an_item_picked_by_number_in_a_note_gets_the_notesday_of() -> None:
    tasks = read(
        "【依頼】年末の棚卸しについて\n①倉庫Aの数え直し → 北野さん（〜11/20）\n②在庫表の更新 → 丹羽さん\n※②は今日中だと助かります",
        sender=81,
    )
    assert [(t.assignees, day_of(t)) for t in tasks] == [
        ((82,), "2026-11-20"),
        ((83,), "2026-11-16"),
    ]


def test_after_all_a_later_day_is_fine_moves_the_day_instead_of_calling_it_off() -> None:
    ask = m(1, 81, "[To:82]北野さん\n名刺の発注、今週中でお願いします")
    later = m(2, 81, f"{rp(81, 1)}北野さん、急ぎではないので、やっぱり来週中で大丈夫です")
    [t] = fold(ask, later)
    assert t.status.value == "open" and day_of(t) == "2026-11-27"


def test_the_thing_after_the_matter_named_is_what_is_reissued() -> None:
    [t] = read(
        "[To:82]北野さん\n先週の備品発注の件、請求書の日付が来月のままでした。業者に再発行を依頼していただけますか。",
        sender=81,
    )
    assert "請求書" in t.title and "再発行" in t.title


def test_fix_only_this_and_the_rest_is_fine_asks_for_the_one_fix() -> None:
    draft = m(1, 83, "[To:81]岩瀬さん\n報告書の初稿を上げました。コメントいただけると嬉しいです")
    verdict = m(2, 81, f"{rp(83, 1)}報告書見ました。表2の単位だけ直して、あとはこのままでOK")
    review, fix = fold(draft, verdict)
    assert review.status.value == "done"
    assert "単位" in fix.title and fix.assignee_ids == (83,)


def test_a_reply_answers_a_numbered_list_item_by_item() -> None:
    plan = m(
        1,
        81,
        "[To:82][To:83]北野さん、丹羽さん\n先日の打合せの宿題です。\n①参加者名簿のご提出（〜11/25）\n②記念品の数のご確定 → 来週中\n③会場下見のご予約\nよろしくお願いいたします。",
    )
    answer = m(
        2,
        82,
        f"{rp(81, 1)}①は先ほどメールで送付済みです、②は今週中に二人で決めます、③は予定を聞いてからになります",
    )
    roster, gifts, visit = fold(plan, answer)
    assert roster.status.value == "done"
    assert gifts.status.value == "open" and day_of(gifts) == "2026-11-20"
    assert visit.status.value == "open" and visit.due is None
    decided = m(3, 83, f"{rp(81, 1)}②の記念品、40個で決まりました！")
    assert [t.status.value for t in fold(plan, answer, decided)] == ["done", "done", "open"]


def test_sending_once_something_happens_is_a_promise_for_later() -> None:
    [t] = read(
        "[To:81]岩瀬さん\n来賓の席次の件、先方と確認取れ次第、席次表を作ってお送りします", sender=83
    )
    assert t.assignees == (83,) and "席次表" in t.title


def test_a_title_keeps_no_brackets_emptied_by_its_dates_nor_the_senders_made() -> None:
    [t] = read(
        "[toall]\n年末（12/28・12/29）の当番希望、11/20 18:00までに各自私まで出してください🙏",
        sender=81,
    )
    assert "(" not in t.title and "まで" not in t.title and "当番希望" in t.title


def test_sent_as_it_stands_reports_done() -> None:
    ask = m(1, 81, "[To:83]丹羽さん\n先に業者で見積もりを取っていただけますか。")
    back = m(
        2,
        83,
        f"{rp(81, 1)}業者さん、すぐ来てくれました！見積もり取れて8万円でした。見積書はメールで送ってます",
    )
    [t] = fold(ask, back)
    assert t.status.value == "done"


def test_something_else_received_and_the_task_promised_again_moves_itsday_of() -> None:
    plan = m(
        1, 81, "[To:82]北野さん\n見積もりを取っていただけますか。比較表は、こちらで作っておきます"
    )
    again = m(2, 81, f"{rp(81, 1)}見積書受け取りました！比較表、3営業日以内に仕上げてお送りします")
    quote, table = fold(plan, again)
    assert quote.status.value == "done"  # (received by the one who asked for it)
    assert table.status.value == "open" and day_of(table) == "2026-11-19"


def test_asking_whether_it_is_possible_to_have_it_done_asks_for_it() -> None:
    [t] = read(
        "[To:82]北野さん\n先月分の交通費の領収書、部署宛てで再発行してもらうって可能ですか？",
        sender=81,
    )
    assert t.assignees == (82,) and "領収書" in t.title


def test_where_calls_go_is_a_standing_direction_not_a_task() -> None:
    assert (
        read(
            "【年末年始休業のお知らせ】\n12/29〜1/3は休業いたします。\n休業中の故障のご連絡は、保守センター（0120-111-222）へお願いいたします。",
            sender=81,
        )
        == []
    )
    [t] = read("結果の連絡は北野さんまでお願いします", sender=81)
    assert t.kind == "request"


def test_the_matter_a_message_opens_with_is_the_thing_of_an_ask_that_names_none() -> None:
    [t] = read(
        "[To:82]北野さん\n先日いただいた資料の件です。\nこちら、倉庫に貼っておきたいので、A3で2枚お送りいただけると助かります",
        sender=81,
    )
    assert "資料" in t.title


def test_of_two_tasks_named_once_each_the_topic_is_the_one_moved() -> None:
    plan = m(
        1,
        81,
        "[To:82][To:83]\n分担です。\n・サンプルの分析 → 丹羽さん（〜11/18）\n・お客様への報告書案 → 北野さん、来週火曜まで",
    )
    moved = m(
        2, 81, f"{rp(81, 1)}北野さん、報告書案は分析結果待ちになるので、期限を11/27に変更します"
    )
    analysis, report = fold(plan, moved)
    assert day_of(analysis) == "2026-11-18" and day_of(report) == "2026-11-27"


def test_a_header_saying_what_i_would_like_to_ask_asks_for_the_items() -> None:
    tasks = read(
        "連休前に事務まわりでお願いしたいことです🙇\n[To:82]北野さん\n①懇親会の参加者名簿の作成（〜11/20）\n②送迎バスの予約\n③案内状の郵送は私がやります",
        sender=81,
    )
    assert [t.assignees for t in tasks] == [(82,), (82,), (81,)]


def test_a_reply_of_numbered_lines_updates_each_item() -> None:
    plan = m(
        1,
        81,
        "お願いしたいことです\n[To:82]北野さん\n①参加者名簿の作成（〜11/20）\n②送迎バスの予約",
    )
    answer = m(
        2, 82, f"{rp(81, 1)}①名簿 → 共有フォルダに格納済みです📁\n②バス → 明日の午前中に予約します"
    )
    roster, bus = fold(plan, answer)
    assert roster.status.value == "done"
    assert bus.status.value == "open" and bus.due is not None and str(bus.due.day) == "2026-11-17"


def test_an_occasion_on_a_dated_day_asked_for_instead_moves_the_day_once_agreed() -> None:
    ask = m(
        1,
        81,
        "[To:82]北野さん\nお手数ですが、冬用の上着を週明けまでにお持ちいただけますでしょうか。",
    )
    later = m(
        2,
        82,
        f"{rp(81, 1)}承知しました。週末に買いに行くので、11/26(木)の面会のときでもいいですか？",
    )
    fine = m(3, 81, f"{rp(82, 2)}はい、それで大丈夫です🙆‍♀️")
    [t] = fold(ask, later, fine)
    assert day_of(t) == "2026-11-26"


def test_a_plan_that_fell_through_and_a_thing_no_longer_needed_call_the_work_off() -> None:
    ask = m(1, 81, "[To:82]北野さん\n20日の大阪出張、新幹線の指定席を取っていただけますか？")
    off = m(
        2,
        81,
        f"{rp(82, 1)}先方都合で大阪の件が流れました💦 新幹線はもう要らなくなりました、すみません",
    )
    [t] = fold(ask, off)
    assert t.status.value == "cancelled"


def test_a_promise_after_done_that_shares_one_word_of_three_is_work_of_its_own() -> None:
    ask = m(1, 81, "[To:82]北野さん\n11/20の期日、提出書類一式の持参もお願いします")
    done = m(
        2,
        81,
        f"{rp(81, 1)}北野さん、ありがとう。この件は完了です\n次回期日の日程調整、書記官には私から連絡しておきます",
    )
    first, nxt = fold(ask, done)
    assert first.status.value == "done" and nxt.assignee_ids == (81,) and "日程調整" in nxt.title


def test_a_later_time_fine_after_all_keeps_the_work_and_takes_the_newday_of() -> None:
    ask = m(
        1,
        82,
        "[To:81]岩瀬さん\n以下お願いできますでしょうか。\n1. 検証環境の発行（〜11/18）\n2. 移行日程のご提案（年内）",
    )
    later = m(
        2,
        82,
        f"{rp(82, 1)}移行日程のご提案ですが、こちらの都合を考えると、やっぱり年明けで大丈夫です。1/8(金)までにいただけますでしょうか",
    )
    env, plan = fold(ask, later)
    assert env.status.value == "open" and day_of(env) == "2026-11-18"
    assert plan.status.value == "open" and day_of(plan) == "2027-01-08"


def test_a_fault_report_names_the_ask_to_deal_with_it_and_is_no_promise() -> None:
    [t] = read(
        "【不具合報告】\n検証環境で、売上一覧のPDF出力をブラウザで開くと文字化けします。\n[To:81]岩瀬さん\nお手数ですが、3営業日以内にご対応いただけますでしょうか",
        sender=82,
    )
    assert t.assignees == (81,) and "文字化け" in t.title


def test_m_of_n_done_without_made_leaves_the_task_open() -> None:
    ask = m(1, 81, "[To:82]北野さん\n外壁の塗装、今週中にお願いします")
    part = m(2, 82, f"{rp(81, 1)}塗装、4面のうち3面終わりました。")
    [t] = fold(ask, part)
    assert t.status.value == "open"
    [t] = fold(ask, m(2, 82, f"{rp(81, 1)}5件中3件終わりました"))
    assert t.status.value == "open"


def test_the_other_half_done_too_closes_the_shared_task() -> None:
    ask = m(
        1,
        81,
        "[To:82]北野さん[To:83]丹羽さん\n新規行の用語チェック、二人で半分ずつ、3営業日以内でお願いできますか？",
    )
    mine = m(2, 83, "自分の分の用語チェック終わりました〜")
    rest = m(3, 82, f"{rp(81, 1)}残り半分も終わりました！用語チェック全部完了です🎉")
    [t] = fold(ask, mine, rest)
    assert t.status.value == "done"


def test_a_thing_made_for_what_was_reported_is_named_by_it() -> None:
    [t] = read(
        "[To:82]北野さん\n先方から、そばアレルギーの方が1名いると連絡ありました。対応メニュー、厨房と相談してもらえますか？",
        sender=81,
    )
    assert "そばアレルギー対応メニュー" in t.title


def test_what_a_mail_should_ask_is_the_content_of_that_mail() -> None:
    [t] = read(
        "[To:82]北野さん\n取引先2社に、12/3納品分の確認メールを明日中に送ってもらえますか。午前着で問題ないかを聞いてほしいです",
        sender=81,
    )
    assert "確認メール" in t.title and day_of(t) == "2026-11-17"
    tasks = read(
        "[To:82]北野さん\n請求書を明日中に送ってもらえますか。あと、会議室の予約もお願いします",
        sender=81,
    )
    assert len(tasks) == 2


def test_an_item_answered_with_a_new_ask_keeps_the_ask_and_the_most_is_no_item() -> None:
    plan = m(1, 81, "[To:82]北野さん\n以下お願いします。\n①名簿の作成（〜11/20）\n②バスの予約")
    answer = m(
        2, 82, f"{rp(81, 1)}①は送付済みです、②は丹羽さん、会場の下見の予約をお願いできますか"
    )
    roster, bus, *new = fold(plan, answer)
    assert roster.status.value == "done" and bus.status.value == "open"
    assert len(new) == 1 and new[0].assignee_ids == (83,)
    best = m(2, 82, f"{rp(81, 1)}1番早いのは明日の便なので、明日までに予約お願いします")
    tasks = fold(plan, best)
    assert [t.status.value for t in tasks[:2]] == ["open", "open"] and len(tasks) == 3
