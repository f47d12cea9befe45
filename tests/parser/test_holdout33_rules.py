# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what holdout 33 showed after it was scored: one test per general rule,
written with sentences of their own (not the labelled messages). The room's messages start
on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=51, name="岩崎 由紀"),
    Member(account_id=52, name="森田 湊"),
    Member(account_id=53, name="Iris Park"),
]
KIT = RuleKit(7994, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_above_points_at_the_ask_quoted_in_the_message() -> None:
    text = "[qt]編集部より\n表紙のコピー「かんたん家庭菜園」を「はじめての家庭菜園」に変えてください。読者アンケートを見ての判断です。[/qt]\n[To:52]森田さん\n上記、対応お願いします"
    [t] = read(text, sender=51)
    assert "表紙" in t.title and t.assignees == (52,)


def test_a_promise_under_a_report_takes_the_thing_the_report_opens_on() -> None:
    short = m(1, 52, "コピー用紙の在庫、残りわずかです。いま文具屋さんに確認中です")
    [t] = fold(short, m(2, 51, f"{rp(52, 1)}発注、こっちで巻き取ります。"))
    assert "コピー用紙" in t.title


def test_a_bare_ask_in_the_verb_of_the_question_replied_to_takes_its_phrase() -> None:
    q = m(
        1,
        52,
        "[qt][qtmeta aid=51 time=1794787200]年末は12/28〜1/4休業です。[/qt]これ、サイトのお知らせにも載せたほうがいいですかね？",
    )
    [t] = fold(q, m(2, 51, f"{rp(52, 1)}あ、そうだね。これ載せといてもらえる？明日までに🙏"))
    assert "サイト" in t.title and t.assignee_ids == (52,)


def test_none_found_is_a_finding_not_a_call_off() -> None:
    ask = m(1, 51, "[To:52]森田さん\n・社用車の下回り点検（森田さん）今日中\nよろしくです")
    report = m(2, 52, f"{rp(51, 1)}社用車、下回り見ました。つなぎ目に錆ありますが穴はなしです。")
    [t] = fold(ask, report)
    assert t.status.value == "done"
    assert read("この件はなしでお願いします", sender=51) == []


def test_a_casual_because_after_a_day_ends_the_reason() -> None:
    [t] = read("社用車は明日車検なんで、洗車だけやっときます", sender=52)
    assert t.due is None and "車検" not in t.title


def test_done_said_as_a_noun_before_an_emoji_ends_the_sentence() -> None:
    promise = m(1, 52, "洗車だけやっときます")
    [t] = fold(promise, m(2, 52, "洗車終わり〜✨ ピカピカです"))
    assert t.status.value == "done"


def test_feelings_faults_and_focus_are_no_work() -> None:
    assert read("楽しみすぎる…！", sender=51) == []
    assert read("原稿チェックはこっちで巻き取ります！新刊に集中してください", sender=51)[
        0
    ].assignees == (51,)
    assert len(read("原稿チェックはこっちで巻き取ります！新刊に集中してください", sender=51)) == 1


def test_someone_wanted_there_relayed_is_no_ask() -> None:
    text = "[To:52]森田さん\n田中様の手すりの件、業者さんへの連絡をお願いできますか。ご家族が、来週の訪問のときに業者さんにも来てほしいとのことです"
    [t] = read(text, sender=51)
    assert "連絡" in t.title and t.assignees == (52,)


def test_asking_for_a_day_more_moves_the_ask_not_a_new_task() -> None:
    ask = m(1, 51, "[To:52]森田さん\nこれ、掲示用に1枚にまとめてもらえる？　明日の朝イチまでで")
    reply = m(
        2,
        52,
        f"{rp(51, 1)}明日は午前休なので、1日延ばしてもらえますか🙏 明後日の朝イチには出します",
    )
    [t] = fold(ask, reply)
    assert t.due is not None and str(t.due.day) == "2026-11-18"


def test_a_promise_to_report_later_is_no_task() -> None:
    assert (
        read(
            "大槻より、追加分は月末に発注予定とのことです。数量は追ってご連絡いたします。",
            sender=51,
        )
        == []
    )


def test_an_ask_of_a_notices_public_is_not_the_rooms() -> None:
    text = "学区のお知らせが回ってきたので共有です\n[info][title]秋祭り 説明会のご案内[/title]11/28（土）10時より公民館にて。\n参加者の皆様は、11/20までに申込書を町内会へご提出ください。[/info]"
    assert read(text, sender=51) == []


def test_someone_elses_mail_pasted_in_an_info_box_asks_the_room_nothing() -> None:
    for title in (
        "From the venue's manager",
        "Donor notice (fwd)",
        "Customer mail — Ms. Ortega, unit 12",
    ):
        text = f"[info][title]{title}[/title]Hi Iris, could you please confirm the load-in time and send the floor plan by Friday? Best, Carla[/info]\npasting for context — already answered her"
        assert read(text, sender=53) == [], title


def test_a_change_we_announce_is_no_promise() -> None:
    assert (
        read(
            "we're migrating the booking form to the new site on Monday, old links will break",
            sender=53,
        )
        == []
    )


def test_a_bare_last_verb_is_the_same_job() -> None:
    [t] = read("taking this — I'll pull the sensor logs for units 3–5 and compare", sender=53)
    assert "sensor logs" in t.title


def test_a_line_of_the_list_taken_with_on_it() -> None:
    ask = m(
        1,
        51,
        "Thanks all.\n- 森田さん: please visit the depot tomorrow and check the forklift\n- Iris Park: send them the quote for the pallet racks this week",
    )
    tasks = fold(ask, m(2, 53, f"{rp(51, 1)}quote, on it 👍"))
    assert len(tasks) == 2


def test_a_heading_for_what_follows_is_no_ask() -> None:
    assert read("Morning. Plan for the week below 👇", sender=53) == []


def test_what_one_would_do_if_one_had_the_time_is_no_promise() -> None:
    assert read("if I had a free evening I'd also redo the cover letter", sender=53) == []


def test_where_the_sender_is_this_week_is_no_day_for_the_work() -> None:
    ask = m(1, 51, "[To:53]Iris Park\ncould you send me the summary by next Tuesday?")
    [t] = fold(
        ask, m(2, 53, f"{rp(51, 1)}will do, I'm at a conference in Lyon this week though 😓")
    )
    assert t.due is not None and str(t.due.day) == "2026-11-24"


def test_what_the_sender_has_after_leave_it_with_me_is_no_title() -> None:
    fault = m(1, 51, "the booking page for the 3pm class is showing last week's prices 😩")
    [t] = fold(fault, m(2, 53, f"{rp(51, 1)}leave it with me, I have the admin login"))
    assert "login" not in t.title and "booking page" in t.title


def test_an_ask_for_the_addressees_people_is_an_ask_and_the_event_day_no_deadline() -> None:
    tasks = read(
        "[To:52]森田 湊\nfor Ortega (unit 12): can your crew call her 30 min before arriving on the 12/4 install? I'll add it to the job notes as well",
        sender=53,
    )
    asked = [t for t in tasks if t.kind == "request"]
    assert len(asked) == 1 and asked[0].assignees == (52,) and asked[0].due is None


def test_a_list_line_handed_to_me_is_the_senders_promise() -> None:
    tasks = read("Split:\n・UI strings → 森田さん (~11/20)\n・glossary update → me", sender=53)
    [mine] = [t for t in tasks if "glossary" in t.title.lower()]
    assert mine.assignees == (53,)


def test_same_for_another_thing_is_the_work_before_again() -> None:
    text = "[To:51]岩崎 由紀 [To:52]森田 湊\nBefore the review:\n1. 岩崎 — one-page summary for the Osaka bid, by Tuesday\n2. 森田 — same for the Nagoya bid please, by Friday"
    tasks = read(text, sender=53)
    [second] = [t for t in tasks if "Nagoya" in t.title]
    assert "summary" in second.title


def test_that_handed_on_points_at_the_thing_said_before_the_dash() -> None:
    [t] = read(
        "[To:52]森田 湊\nthe crash log export for 2.1 — can you send that to the vendor today?",
        sender=53,
    )
    assert "crash log" in t.title


def test_stock_found_is_no_report_and_the_day_promised_is_the_tasks() -> None:
    ask = m(
        1,
        51,
        "[To:52]森田さん\n↑の件、交換用のフィルター（F-20）を1台、本社へ至急送っていただけますか🙏",
    )
    reply = m(2, 52, f"{rp(51, 1)}在庫ありました。本日17時の便で出します")
    [t] = fold(ask, reply)
    assert t.status.value == "open" and t.due is not None and t.due.at is not None
    assert t.due.at.hour == 17


def test_the_thing_sent_said_to_be_there_closes_the_sending() -> None:
    ask = m(1, 51, "[To:52]森田さん\n交換用のフィルターを1台、本社へ送っていただけますか")
    [t] = fold(ask, m(2, 53, f"{rp(51, 1)}フィルター、もう本社に届いてます👍"))
    assert t.status.value == "done"


def test_put_where_it_is_reports_it_done() -> None:
    ask = m(1, 51, "[To:52]森田さん\n過去の類似事例の洗い出しをお願いします")
    [t] = fold(
        ask,
        m(
            2,
            52,
            f"{rp(51, 1)}類似事例、昨年の大阪工場で2件ありました。報告書をフォルダに入れています",
        ),
    )
    assert t.status.value == "done"


def test_same_for_another_thing_swaps_the_thing_and_keeps_the_day() -> None:
    text = "[To:52]森田 湊\nthe crash log export for 2.1 — can you send that to the vendor today? same for the screen recordings"
    tasks = read(text, sender=53)
    [again] = [t for t in tasks if "recordings" in t.title]
    assert again.title.startswith("Send the screen recordings to the vendor")
    assert again.due is not None


def test_the_one_it_was_for_has_it() -> None:
    ask = m(1, 51, "[To:53]Iris Park\ncan you send the sample pack to the client today?")
    [t] = fold(ask, m(2, 53, f"{rp(51, 1)}sample pack — the client's got it now 📦"))
    assert t.status.value == "done"
    assert read("I've got it", sender=53) == []


def test_a_feeling_names_no_thing_for_a_pointer() -> None:
    worry = m(
        1,
        51,
        "先月入れたコンプレッサー、電源ケーブルの被覆が割れてるって業者さんから言われてる。ちょっと気になる",
    )
    [t] = fold(worry, m(2, 52, "[To:51]岩崎さん\n例のやつ、今日中に見てもらえますか？"))
    assert "気" not in t.title


def test_the_other_thing_too_is_the_same_ask_with_its_own_day() -> None:
    tasks = read(
        "[To:51]岩崎 由紀\ncan you get a freight quote for the Lima order by next Tuesday? the Quito order too — that one by Friday pls",
        sender=53,
    )
    assert len(tasks) == 2
    [quito] = [t for t in tasks if "Quito" in t.title]
    assert (
        "freight quote" in quito.title
        and quito.due is not None
        and str(quito.due.day) == "2026-11-20"
    )


def test_asks_joined_by_awasete_are_two_tasks() -> None:
    text = "[To:51]岩崎 由紀様 [To:52]森田 湊様\n恐れ入りますが、包装対応の可否を来週金曜までにお知らせいただけますか。\nあわせて、配送料金の一覧は今月中にご送付いただけますと助かります。"
    tasks = read(text, sender=53)
    assert len(tasks) == 2 and any("配送料金" in t.title for t in tasks)


def test_a_topic_then_only_its_action_reads_as_the_topics_action() -> None:
    [t] = read(
        "[To:52]森田さん\n配送料金の一覧は今月中にご送付いただけますと助かります。", sender=51
    )
    assert t.title == "配送料金の一覧の送付"


def test_drop_it_off_is_work_and_drop_it_still_calls_off() -> None:
    tasks = read(
        "[To:51]岩崎 由紀\nfor the 4510 job:\n1. load the panels on truck 1 by tomorrow 7:30\n2. drop the old meter at the utility depot",
        sender=53,
    )
    assert len(tasks) == 2 and any("meter" in t.title for t in tasks)
    assert read("drop it", sender=53) == []


def test_the_things_slipping_to_a_day_moves_it() -> None:
    ask = m(1, 51, "[To:53]Iris Park\n1:50 model, roof removable, by Monday please")
    [t] = fold(
        ask, m(2, 53, f"{rp(51, 1)}model's slipping to Wednesday, the laser cutter is down 😓")
    )
    assert t.due is not None and str(t.due.day) == "2026-11-18"


def test_sharing_with_what_is_shared_below_does_it_and_at_the_end_promises_it() -> None:
    text = "本部からの連絡も共有しておきます。\n「棚卸しは1/20までに各店舗で済ませてください」\nbackground only, nothing for you to do 🙇"
    assert read(text, sender=51) == []
    [t] = read("資料は明日共有しておきます", sender=51)
    assert t.kind == "commitment"


def test_an_event_called_off_as_the_reason_a_task_moves_cancels_nothing() -> None:
    ask = m(
        1,
        51,
        "[To:53]Iris Park\ncould you ask the plant to add the pump kit to the safety stock list by next Monday?",
    )
    reply = m(2, 53, f"{rp(51, 1)}the HQ call got cancelled 🙄 so this one's slipping to Thursday")
    [t] = fold(ask, reply)
    assert t.status.value == "open" and t.due is not None and str(t.due.day) == "2026-11-19"


def test_a_given_name_alone_after_to_is_the_address_not_the_thing() -> None:
    notice = m(
        1, 53, "[To:52]森田 湊様\n商品説明文（200字以内）を来週金曜までにいただけますと幸いです。"
    )
    ask = m(2, 52, "[To:51]由紀\n上記の件、下書きお願いできる？　金曜までに見せて")
    tasks = fold(notice, ask)
    [draft] = [t for t in tasks if t.assignee_ids == (51,)]
    assert "由紀" not in draft.title
