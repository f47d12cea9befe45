# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the Japanese half of holdout 27 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart (11/23 is a holiday)."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=61, name="乙部 奈央"),
    Member(account_id=62, name="椎名 拓"),
    Member(account_id=63, name="古関 瑞穂"),
]
KIT = RuleKit(7989, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_what_the_work_draws_on_is_not_its_title() -> None:
    [t] = read(
        "[To:62]椎名さん これを元に先方向けの改訂版、月末までに作ってもらえますか", sender=61
    )
    assert t.title.startswith("先方向けの改訂版")
    [t] = read("議事メモを踏まえて、手順書の修正をお願いします", sender=61)
    assert t.title == "手順書の修正"


def test_a_share_done_so_far_leaves_the_task_open() -> None:
    ask = m(1, 61, "[To:62]椎名さん 更新費用の見積、年内にお願いします")
    part = m(2, 62, f"{rp(61, 1)}見積、1階分までは作りました。2階分は業者さんの返事待ちです")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_items_counted_after_a_list_are_each_asked_by_its_day() -> None:
    tasks = read(
        "[To:63]古関さん\n倉庫の棚替えの件です。\n・棚の寸法の採寸\n・撤去費用の見積\nの2点、今週中にお願いできますか。搬入は11/25からです",
        sender=61,
    )
    assert [t.title for t in tasks] == ["棚の寸法の採寸", "撤去費用の見積"]
    assert all(t.assignees == (63,) and str(t.due.day) == "2026-11-20" for t in tasks if t.due)
    assert all(t.due is not None for t in tasks)


def test_by_then_is_the_day_said_before_and_the_thing_is_the_topic_replied_to() -> None:
    topic = m(
        1,
        63,
        "お疲れ様です。玄関マットの色ですが、グレーと紺どっちがいいか、まだ社内で揉めてます😅",
    )
    ask = m(
        2,
        61,
        f"{rp(63, 1)}ありがとうございます！注文の締めが11/27なので、それまでに決めていただけると助かります",
    )
    [t] = fold(topic, ask)
    assert t.title.startswith("玄関マットの色") and t.assignee_ids == (63,)
    assert t.due is not None and str(t.due.day) == "2026-11-27"


def test_items_asked_by_number_after_the_list() -> None:
    tasks = read(
        "[To:62]椎名さん\n新しい支店の開設準備の件です。\n①回線の申し込み\n②複合機のリース契約\n③看板の発注（これは総務でやります）\n①②は11/27までにお願いできますか",
        sender=61,
    )
    by_title = {t.title: t for t in tasks}
    assert set(by_title) == {"回線の申し込み", "複合機のリース契約", "看板の発注"}
    for title in ("回線の申し込み", "複合機のリース契約"):
        t = by_title[title]
        assert t.assignees == (62,) and t.due is not None and str(t.due.day) == "2026-11-27"
    assert by_title["看板の発注"].due is None


def test_a_later_reply_names_an_item_by_its_number() -> None:
    plan = m(1, 61, "[To:62]椎名さん\n①回線の申し込み\n②複合機のリース契約\nよろしくお願いします")
    off = m(2, 61, f"{rp(61, 1)}②の複合機の件、本社で一括契約することになったので不要になりました")
    tasks = fold(plan, off)
    assert [t.status for t in tasks] == [TaskStatus.OPEN, TaskStatus.CANCELLED]


def test_how_a_trouble_behaves_is_not_the_thing_to_look_at() -> None:
    [t] = read(
        "プロジェクターの映像がちらつくようになりました…HDMIだと映ります。見てもらえますか？",
        sender=63,
    )
    assert "プロジェクター" in t.title and t.assignees == ()
    assert read("有線LANだと繋がります", sender=63) == []


def test_a_stand_in_named_inside_the_ask_is_not_its_title() -> None:
    [t] = read(
        "[To:63]古関さん\n残りの棚卸し、古関さん代わりにお願いできますか。期限は変わらず11/20です",
        sender=62,
    )
    assert t.title == "残りの棚卸し" and t.assignees == (63,)
    assert t.due is not None and str(t.due.day) == "2026-11-20"


def test_a_key_slipped_at_the_end_still_reads() -> None:
    [t] = read("空調の異音、メーカーに点検頼んでおきまs", sender=62)
    assert t.assignees == (62,) and "点検" in t.title
    ask = m(1, 61, "[To:63]古関さん 来期の備品リスト、今週中に作ってもらえますか")
    done = m(2, 63, f"{rp(61, 1)}備品リスト、表にして送りまた🙏")
    assert [t.status for t in fold(ask, done)] == [TaskStatus.DONE]
    assert read("じゃあまた明日！", sender=62) == []


def test_a_list_item_accepted_by_name_is_no_new_task() -> None:
    plan = m(
        1,
        61,
        "[To:62]椎名さん\n[To:63]古関さん\n来週の提出物です（3営業日以内）\n① 配置図 → 椎名さん\n② 利用者名簿 → 古関さん\nお手数ですがお願いします🙏",
    )
    ok = m(2, 63, "名簿、了解です。先月のファイルを流用して作ります")
    tasks = fold(plan, ok)
    assert sorted(t.title for t in tasks) == ["利用者名簿", "配置図"]


def test_the_asker_agreeing_to_a_day_moves_the_task() -> None:
    ask = m(1, 61, "[To:62]椎名さん 成績証明書の写しを3営業日以内にお願いします")
    late = m(
        2,
        62,
        f"{rp(61, 1)}the school office is closed until Monday, so realistically 11/25 — would that work?",
    )
    ok = m(3, 61, f"{rp(62, 1)}11/25で大丈夫です！")
    [t] = fold(ask, late, ok)
    assert t.due is not None and str(t.due.day) == "2026-11-25"
    # a day said after an ask of its own is that ask's day, not a move of the task replied to
    review = m(1, 62, "[To:61]乙部さん 見積のv2です。ご確認お願いします")
    more = m(2, 61, f"{rp(62, 1)}確認しました！単価だけ直してもらえますか？明日中で大丈夫です")
    tasks = fold(review, more)
    assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]


def test_an_order_placed_by_saying_so_is_no_promise() -> None:
    assert (
        read("[To:62]椎名さん\n2月分、ブレンド40袋・シングル20袋で正式に発注します。", sender=61)
        == []
    )


def test_a_japanese_thing_with_an_english_report_reads_as_english() -> None:
    ask = m(1, 61, "[To:63]古関さん パッキングリストを2営業日以内に送っていただけますか？")
    sent = m(2, 63, f"{rp(61, 1)}パッキングリスト sent over ✅")
    assert [t.status for t in fold(ask, sent)] == [TaskStatus.DONE]


def test_how_much_is_left_names_the_thing_before_the_comma() -> None:
    [t] = read(
        "[To:62]椎名さん\n本店のレジ袋、在庫があと2日分です💦 追加発注お願いします🙏", sender=63
    )
    assert t.title == "本店のレジ袋の追加発注"


def test_other_work_than_that_said_is_titled_by_its_own_words() -> None:
    [t] = read(
        "[To:62]椎名さん\n北口店分の発注数は昨日メール済みです。それとは別で、新作タルトの試食用カットを明日の朝イチで15個お願いできますか",
        sender=61,
    )
    assert t.title.startswith("新作タルトの試食用カット") and "メール" not in t.title


def test_the_thing_said_ok_closes_the_check() -> None:
    ask = m(1, 62, "[To:61]乙部さん\n冬季の配送ルート表、修正版を上げました。ご確認お願いします")
    later = m(2, 61, f"{rp(62, 1)}あとで見ときます")
    ok = m(3, 61, f"{rp(62, 1)}ルート表、OKです。これで行きましょう")
    [t] = fold(ask, later, ok)
    assert t.status == TaskStatus.DONE


def test_a_plan_made_known_promises_nothing() -> None:
    assert (
        read(
            "[toall]\n年末の製造計画です。\n① 12/28〜12/30は食パンを通常の2倍焼きます\n② 12/27は設備点検のため午前の出荷はありません\n以上、共有まで。",
            sender=61,
        )
        == []
    )
    [t] = read(
        "[toall]\n来週の予定です。\n・月曜に棚卸しをします\n・火曜は各自、日報を提出してください\n以上、共有です。",
        sender=61,
    )
    assert t.title == "日報の提出"


def test_a_note_of_how_things_will_go_is_no_promise_and_the_ask_buried_below_is_found() -> None:
    [t] = read(
        "[To:62]椎名さん\nおはようございます、本部の乙部です。\n\n共有です：来月から備品の発注フォームが変わります。説明会は12/3(木)10時〜本部2階です。※資料は当日配ります。\n\nそれと、先月の防災点検の報告書がまだ届いていないようなので、今週中にお送りいただけますか。\n\nよろしくお願いします🙏",
        sender=61,
    )
    assert t.title == "先月の防災点検の報告書を送る" and t.assignees == (62,)
    assert t.due is not None and str(t.due.day) == "2026-11-20"


def test_how_the_work_is_wanted_after_the_ask_is_no_second_task() -> None:
    [t] = read(
        "[To:63]古関さん\n駅前の再開発説明会、明日の夕方までに記事まとめてもらえますか。40行でお願いします",
        sender=61,
    )
    assert "記事" in t.title


def test_replying_for_someone_is_the_reply_itself() -> None:
    assert read("祖母に代わって返信します🙇‍♀️", sender=63) == []
    assert read("課長に代わりご連絡いたします。", sender=63) == []


def test_a_share_still_to_do_keeps_the_task_open() -> None:
    ask = m(1, 61, "[To:63]古関さん 新しい案内チラシ、各窓口への配布お願いします")
    part = m(2, 63, f"{rp(61, 1)}チラシ、本館の窓口は配り終わりました。別館の分はまだです")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_our_side_is_not_part_of_the_title() -> None:
    [t] = read(
        "[rp aid=62 to=7989-7989000001]ありがとうございます。催促状の文面はこちらで作っておきます",
        sender=61,
    )
    assert t.title == "催促状の文面を作る"


def test_enough_is_a_state() -> None:
    assert (
        read("[rp aid=62 to=7989-7989000001]3本で足ります、ありがとうございます！", sender=61) == []
    )


def test_the_notice_this_message_is_and_the_answers_it_gives() -> None:
    assert (
        read(
            "[To:62]椎名様\nお世話になっております。\n\n年末年始の弊社営業についてご案内いたします。12/29〜1/4は休業となります。",
            sender=61,
        )
        == []
    )
    assert (
        read(
            "[To:62]椎名さん\n連休中にいただいたご質問、まとめてお返事します。\n\n・名札は受付で配ります\n・駐車場は裏の第2駐車場です",
            sender=61,
        )
        == []
    )
    [t] = read("ご質問の件、明日まとめてお返事します", sender=61)
    assert t.assignees == (61,)


def test_by_the_rota_is_a_notice() -> None:
    assert (
        read(
            "おはようございます。年末の発注締めについて共有です。年末年始は当番表のとおり対応します。",
            sender=61,
        )
        == []
    )


def test_a_request_heading_over_a_trouble_leaves_the_ask_its_own_title() -> None:
    [t] = read(
        "[To:62]椎名さん\n【依頼】北口店の土曜シフト、スタッフが1人足りません。求人サイトへの掲載、来週火曜までに手配お願いできますか？",
        sender=61,
    )
    assert t.title == "求人サイトへの掲載の手配"


def test_a_kind_of_check_takes_the_thing_the_report_before_names() -> None:
    [t] = read(
        "[To:62]椎名さん\n第3章・第4章の再校ゲラ、赤字入れ終わって共有フォルダに上げてあります。著者確認を5営業日以内にお願いします",
        sender=63,
    )
    assert t.title == "第3章・第4章の再校ゲラの著者確認"


def test_a_fault_that_no_longer_happens_is_the_checks_good_result() -> None:
    ask = m(1, 62, "[To:63]古関さん\nベータ3で再確認しますね。ビルド上がったら教えてください")
    ok = m(2, 62, f"{rp(62, 1)}ベータ3、iOS 17 / 18 で確認しました。落ちません👌")
    [t] = fold(ask, ok)
    assert t.status == TaskStatus.DONE


def test_a_shop_topic_and_the_stock_running_low_both_name_the_work() -> None:
    [t] = read("三鷹店、トリートメントの在庫がやばいです😱 なる早で補充してほしいですー", sender=63)
    assert t.title == "三鷹店のトリートメントの補充"
