# ruff: noqa: E501
"""Blind set 17, Japanese half: 13 Chatwork conversations that read like real project threads.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (build.py) and the first
and last lines of blind14_ja_cases.py for the file's shape; nothing under src/, no
other test file and no notes were read, and the parser was never run on these texts.
Fourteen searches of public Japanese GitHub issue / PR threads (確認お願いします,
対応します・後でやります, 直しました・取り込みました, 翻訳の担当と「見ておきます」,
不要になりました, リリースしました, ドキュメント更新の依頼, MOD 日本語化ファイルの差し替え,
「時間あるときに見ておきます」) and of public pages (社内チャットの依頼例文, 報連相の例文,
納期遅れの連絡例文, 「了解」の返事, 日報の例文) were used only to learn how people
phrase asks, promises, progress, handovers and refusals in such threads; every sentence,
person, handle, shop, office and company here is invented, and no third-party text is
copied. Every gold due was computed by a throwaway script outside the repo (/tmp,
datetime + jpholiday: 週明け / 来週頭 / 来週早々 after a Monday holiday, N営業日以内 across
Golden Week and across 12-29..01-03, 今週中, 再来週の月曜, 月末, M/D across the year,
全角 M/D), not in the head. Cancelled tasks are left out of the gold, as the spec drops
them.

Domains: an OSS documentation translation team, a game-mod localisation community, an
indie app maker with contractors (Chatwork task markup), a university photo club's
festival staff, a small law office over the year end, a dental clinic front desk, a print
shop and its café client, a music-video crew, a municipal river clean-up group, an online
shop's support desk (with its own notification bot as the self account), a farm co-op's
strawberry shipping, a rental-property office and an OSS release thread.

Covers: verbless one-line asks (今日中で🙏, 確認だけ！), asks hidden in questions
(〜してもらうことって可能ですか, 〜お願いできたりします？, 〜もらえたり…しますか),
commitments without a time (巻き取ります, 見ときます, 作っておきます, 買い足しておきます,
電話してみます) and with odd times (夕方には, 昼過ぎまでに, 来週頭, 明日の朝イチ, 13時に),
acceptances whose deadline becomes the task's, new deadlines from the assignee
(月末まで延ばします, 週明けまで延ばさせてください, 来週水曜までにします, 明日の昼までには),
completion in other words (投げました, マージ済み, 反映済み, 差し替えました, 発送完了,
発注かけました, 依頼…電話で入れました, 色味OKです), partial and negated reports that close
nothing (半分くらい, 2件は郵送しました, 申請出しました, まだ見れてないです), a bare "my share is
done" on a task with several assignees, a reply that closes one of two tasks of a
message by naming it, cancellations in other words by [rp] and [qt] (一旦なしで,
無しになりました, やっぱりなしで, 見送りで), declines, to-do blocks (・〜（名前さん）,
【…】担当：〜／期限：〜, （~1/12）, （今週中）, 担当：河野（私）), a commitment and an ask for
others in one message ([toall] and [To:]), [To:] / [toall] with a self bot account /
[rp] assignees, a request with nobody named, Chatwork task markup (ltype date / time,
task_done), dates that describe the thing (来月10日の入居, 土曜午前のシフト, 火曜定休,
25日着, 明日は定休日), 日報, pasted logs, pasted customer letters and templates, links,
emoji and kaomoji. Three conversations (b17ja-06, -09, -13) hold no task at all.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    # b17ja-01 OSS docs translation
    2501: "佐伯 遥",
    2502: "ミハイル 小野",
    2503: "宮下 ともえ",
    2504: "黒田 慎吾",
    2505: "林 優花",
    # b17ja-02 game mod localisation
    2506: "ぬこ丸",
    2507: "しらたま",
    2508: "カズ",
    2509: "リョウ",
    2510: "みなと",
    # b17ja-03 indie app
    2511: "森永 亮",
    2512: "アンナ 吉田",
    2513: "中川 俊",
    2514: "清水 真琴",
    # b17ja-04 university photo club
    2515: "大橋 海斗",
    2516: "杉山 ひより",
    2517: "王 子涵",
    2518: "野村 拓真",
    2519: "藤田 花音",
    # b17ja-05 law office
    2520: "上田 正人",
    2521: "片山 由紀",
    2522: "金城 さくら",
    2523: "西田 恵",
    # b17ja-06 dental clinic
    2524: "小野寺 聡",
    2525: "田村 美咲",
    2526: "エミリー 佐藤",
    2527: "長尾 千晶",
    # b17ja-07 print shop
    2528: "坂田 功",
    2529: "三宅 里奈",
    2530: "高木 詩織",
    2531: "ダニエル 本間",
    # b17ja-08 music-video crew
    2532: "石田 蓮",
    2533: "樋口 大翔",
    2534: "アイシャ 森",
    2535: "河野 美羽",
    2536: "吉岡 仁",
    # b17ja-09 municipal volunteers
    2537: "相沢 義夫",
    2538: "丸山 佳代",
    2539: "新井 空",
    2540: "菅原 亮太",
    2541: "ジョセフ 小林",
    # b17ja-10 online shop support
    2542: "江口 瑞穂",
    2543: "小池 拓海",
    2544: "ソフィア 村上",
    2545: "安田 剛",
    2546: "lumiere CS通知bot",
    # b17ja-11 farm co-op
    2547: "渡部 正一",
    2548: "大島 美智子",
    2549: "サントス 健",
    2550: "菊地 和子",
    2551: "山口 大樹",
    # b17ja-12 rental office
    2552: "伊東 健一",
    2553: "白石 あかね",
    2554: "ルーカス 山内",
    2555: "早川 紗季",
    2556: "三上 勇",
    # b17ja-13 OSS release thread
    2557: "岩崎 徹",
    2558: "ソン ユナ",
    2559: "小川 陽介",
    2560: "ベン 斉藤",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, P[i]) for i in ids]


CASES = [
    # b17ja-01 — OSS docs translation team (v4.2 割り振り). Sent Thu 2033-03-17; 3/20 (Sun)
    # is 春分の日 and Mon 3/21 its substitute holiday.
    # m1: three to-do lines with owners → three tasks. getting-started gets its deadline
    #     from the assignee's acceptance m2 (rp, 明日中 → Fri 3/18) and is closed by the bare
    #     "終わりました！PR 投げました" m12 (宮下's only open task). cli-reference (~3/25) is moved
    #     by the assignee's rp m3 (月末まで延ばします → 3/31); m14 restates 月末. 用語集 has no
    #     deadline until the assignee's rp m13 (週明けまで → first business day of next week:
    #     Mon 3/21 is a holiday → Tue 3/22); "まだ半分" closes nothing.
    # m7: verbless "今日中に確認だけ！" with [To:2501] → 2501, 3/17; closed by the rp m8 (確認しました).
    # m8: the same rp asks for "その修正" → rp aid 2502 (no [To:]); closed by the rp m9 (直しました).
    # m10: "マージ済み" — 2501 has nothing open at that point, closes nothing.
    # m11: commitment "来週頭にまとめてやります" → 2501, Tue 3/22 (Mon is 振替休日); m15 "宮下さんの
    #      分だけ終わりました" is partial → stays open. m5/m6 ask and answer only information.
    conv(
        "b17ja-01",
        (95001, "Hoshizora Docs 日本語化チーム"),
        M(2501, 2502, 2503, 2504, 2505),
        [
            (
                "2033-03-17 10:02",
                2501,
                "v4.2 のドキュメント翻訳、今回の割り振りです📝\n・getting-started.md の翻訳（宮下さん）\n・cli-reference.md の翻訳（黒田さん）(~3/25)\n・用語集の更新（林さん）\n原文の差分は #412 にまとまってます",
            ),
            (
                "2033-03-17 10:15",
                2503,
                "[rp aid=2501 to={m1}]佐伯さん\n了解です！getting-started は明日中にはやっときます",
            ),
            (
                "2033-03-17 10:40",
                2504,
                "[rp aid=2501 to={m1}]佐伯さん\ncli-reference、思ったより量が多いので月末まで延ばします🙇 すみません",
            ),
            ("2033-03-17 10:52", 2501, "[rp aid=2504 to={m3}]黒田さん\n全然大丈夫です〜"),
            ("2033-03-17 11:30", 2505, "用語集って今どこにありましたっけ？wiki のほう？"),
            (
                "2033-03-17 11:34",
                2501,
                "[rp aid=2505 to={m5}]林さん\nwiki です！ https://wiki.hoshizora-docs.example/ja/glossary",
            ),
            ("2033-03-17 13:10", 2502, "[To:2501]佐伯さん\nPR #418、今日中に確認だけ！🙏"),
            (
                "2033-03-17 13:40",
                2501,
                "[rp aid=2502 to={m7}]ミハイルさん\n確認しました！2点コメント入れたので、その修正お願いします",
            ),
            ("2033-03-17 15:05", 2502, "[rp aid=2501 to={m8}]佐伯さん\n直しました〜 push 済みです"),
            ("2033-03-17 15:20", 2501, "#418 マージ済みです🎉 ミハイルさんありがとうございます"),
            ("2033-03-17 15:25", 2501, "みなさんの分のレビューは来週頭にまとめてやります"),
            (
                "2033-03-18 18:40",
                2503,
                "getting-started 翻訳終わりました！PR 投げました → https://github.example/hoshizora/docs-ja/pull/421",
            ),
            (
                "2033-03-18 19:02",
                2505,
                "[rp aid=2501 to={m1}]佐伯さん\n用語集、まだ半分くらいです💦 週明けまで延ばさせてください",
            ),
            (
                "2033-03-22 10:00",
                2504,
                "[rp aid=2501 to={m1}]cli-reference、まだ途中ですが月末には出せそうです",
            ),
            (
                "2033-03-22 17:30",
                2501,
                "レビュー、宮下さんの分だけ終わりました。林さんと黒田さんの分はこれからです",
            ),
        ],
        [
            task(1, ["getting-started"], [2503], ("2033-03-18", "Fri"), "done"),
            task(1, ["cli-reference"], [2504], ("2033-03-31", "Thu"), "open"),
            task(1, ["用語集"], [2505], ("2033-03-22", "Tue"), "open"),
            task(7, ["418"], [2501], ("2033-03-17", "Thu"), "done"),
            task(8, ["修正"], [2502], None, "done"),
            task(11, ["レビュー"], [2501], ("2033-03-22", "Tue"), "open"),
        ],
    ),
    # b17ja-02 — game-mod localisation community, across Golden Week (4/29 昭和の日,
    # 5/3–5/5 holidays).
    # m1: pasted crash log, information only.
    # m2: "訳の追加、巻き取ります" → commitment, 2508, no time; closed by the bare "訳の追加終わり
    #     ました" m7 (カズ's only open task; "ビルドはまだ" is about nothing asked).
    # m3: verbless "〜の用語チェック、今日中で🙏" to 2509 — declined in m4 and taken back by the
    #     requester's quote m5 ("これは一旦なしで") → cancelled, left out.
    # m8: ask hidden in a question (上げてもらうことって可能ですか) → 2508; acceptance m9 gives
    #     "昼過ぎまでに" → read as 昼 = 12:00 of that day (the table has 昼 only); closed by the bare
    #     "β版あげました" m10.
    # m12: "試してもらえたり…しますか" → 2510; closed by the rp m13 (試しました、問題なし).
    # m15: [To:] two people, "3営業日以内" sent Mon 5/2 → 5/6, 5/9, 5/10 → Tue 5/10; m16 is a
    #      bare "自分の分…終わりました" from one of two assignees (closes nothing); m17 rp says all
    #      done → done.
    conv(
        "b17ja-02",
        (95002, "Starfall Colony 日本語化MOD"),
        M(2506, 2507, 2508, 2509, 2510),
        [
            (
                "2033-04-28 21:10",
                2506,
                "v0.9.3 当てたら起動時に落ちるって報告きてます(；´Д｀)\n```\n[Error] KeyNotFoundException: 'ui.menu.colony_tax'\n  at LocalizationTable.Get (System.String key)\n```\nたぶん新しく増えたキーの訳が抜けてる",
            ),
            (
                "2033-04-28 21:15",
                2508,
                "あー colony_tax 系のキー、まとめて増えてましたね。訳の追加、巻き取ります",
            ),
            (
                "2033-04-28 21:30",
                2507,
                "[To:2509]リョウさん\n翻訳シートの新規行の用語チェック、今日中で🙏",
            ),
            (
                "2033-04-28 21:45",
                2509,
                "[rp aid=2507 to={m3}]しらたまさん\nごめんなさい、今日は出先なので無理です…",
            ),
            (
                "2033-04-28 21:55",
                2507,
                "[qt][qtmeta aid=2507 time={t3}]翻訳シートの新規行の用語チェック、今日中で🙏[/qt]\nりょ！これは一旦なしで大丈夫です、気にしないで〜",
            ),
            (
                "2033-04-28 22:05",
                2510,
                "「パッチ当てたら直りました？」って聞かれてるんですが、まだですよね？(´・ω・`)",
            ),
            (
                "2033-04-28 23:40",
                2508,
                "訳の追加終わりました！ colony_tax 含めて 14 キー。ビルドはまだです",
            ),
            (
                "2033-04-29 09:10",
                2506,
                "[To:2508]カズさん\nありがとう！！β版の zip、配布チャンネルに上げてもらうことって可能ですか？",
            ),
            (
                "2033-04-29 09:30",
                2508,
                "[rp aid=2506 to={m8}]ぬこ丸さん\nいけます、昼過ぎまでに上げます",
            ),
            (
                "2033-04-29 13:05",
                2508,
                "β版あげました → #配布 に v0.9.3-ja-beta2.zip 置いてます",
            ),
            ("2033-04-29 13:20", 2510, "落として起動してみた、タイトル画面までは OK (๑•̀ㅂ•́)و✧"),
            (
                "2033-04-29 13:30",
                2506,
                "[To:2510]みなとさん\nついでにセーブデータの読み込みも試してもらえたり…しますか？🙏",
            ),
            (
                "2033-04-29 14:10",
                2510,
                "[rp aid=2506 to={m12}]3スロット分試しました、問題なしです！",
            ),
            (
                "2033-05-02 19:00",
                2510,
                "明日から連休ですね〜 帰省するのでしばらく浮上少なめです🙏",
            ),
            (
                "2033-05-02 20:15",
                2506,
                "[To:2507]しらたまさん[To:2509]リョウさん\n翻訳シートの新規行の用語チェック、二人で半分ずつ、3営業日以内でお願いできますか？連休中はゆっくりで大丈夫です",
            ),
            ("2033-05-09 22:00", 2509, "自分の分の用語チェック終わりました〜"),
            (
                "2033-05-10 23:30",
                2507,
                "[rp aid=2506 to={m15}]残り半分も終わりました！用語チェック全部完了です🎉",
            ),
        ],
        [
            task(2, ["訳", "追加"], [2508], None, "done"),
            task(8, ["β版"], [2508], ("2033-04-29T12:00", "Fri"), "done"),
            task(12, ["セーブデータ"], [2510], None, "done"),
            task(15, ["用語チェック"], [2507, 2509], ("2033-05-10", "Tue"), "done"),
        ],
    ),
    # b17ja-03 — indie app maker and contractors, with Chatwork's own tasks.
    # m1: "今週のざっくり予定" list with no owner and no ask, and "細かいのはタスクで振ります" →
    #     a plan, not tasks (the tasks follow as Chatwork tasks).
    # m2: task_added ltype=date → 2512, Wed 6/15; m4 is an acceptance whose clause only details
    #     the same work; closed by the bare "アイコン差し替えました" m12 (only open task).
    # m3: task_added ltype=time → 2513, 6/14 15:00; "確認しました" m7 and task_done m8 close it.
    # m5: "再送ってお願いできたりします？" with [To:2511] → 2511; closed by the rp m6 (送り直しました).
    # m9: [To:2513] "明日の朝イチで" → 6/15 10:00; m10 acceptance; closed by the bare "マージ済み" m11.
    # m13: [toall] — the sender's own commitment "金曜に β2 を配ります" → 2511, Fri 6/17 (closed by
    #      the bare "β2 配布しました" m15), and an ask to everyone else "それまでに…動作確認" →
    #      [2512, 2513, 2514], 6/17; m14 is a partial bare report from one of three → still open.
    conv(
        "b17ja-03",
        (95003, "Pocketlog アプリ開発"),
        M(2511, 2512, 2513, 2514),
        [
            (
                "2033-06-13 10:00",
                2511,
                "今週のざっくり予定です\n- アイコン差し替え\n- 課金画面まわり\n- TestFlight 配布\n細かいのはタスクで振ります",
            ),
            (
                "2033-06-13 10:05",
                2511,
                task_added(
                    2512,
                    chatwork_lt("2033-06-15"),
                    "アプリアイコンの差し替え（新デザイン v3）",
                    "date",
                ),
            ),
            (
                "2033-06-13 10:06",
                2511,
                task_added(
                    2513, chatwork_lt("2033-06-14", "15:00"), "課金APIのレスポンス確認", "time"
                ),
            ),
            (
                "2033-06-13 10:30",
                2512,
                "アイコン了解です〜 v3 の角丸、iOS のマスクに合わせて少しだけ調整しますね",
            ),
            (
                "2033-06-13 11:00",
                2514,
                "[To:2511]森永さん\nTestFlight の招待、私のアドレスにまだ来てないです…再送ってお願いできたりします？",
            ),
            (
                "2033-06-13 11:10",
                2511,
                "[rp aid=2514 to={m5}]清水さん\nあ、すみません！送り直しました📩",
            ),
            (
                "2033-06-14 14:50",
                2513,
                "課金API、レスポンス確認しました。sandbox で 200 返ってきてます。ただ receipt 検証のエラーが1件だけ出てるのでログ貼ります\n```\nverifyReceipt status=21007 env=production\n```",
            ),
            (
                "2033-06-14 14:51",
                2513,
                task_done(
                    2513, chatwork_lt("2033-06-14", "15:00"), "課金APIのレスポンス確認", "time"
                ),
            ),
            (
                "2033-06-14 15:30",
                2511,
                "21007 は sandbox のレシートを本番に投げてるやつですね。\n[To:2513]中川さん\n検証先の切り替え、明日の朝イチで入れてもらえますか",
            ),
            ("2033-06-14 15:40", 2513, "[rp aid=2511 to={m9}]承知です、朝イチでやります"),
            (
                "2033-06-15 10:20",
                2513,
                "検証先の切り替え、マージ済みです。sandbox のレシートは自動でフォールバックするようにしました",
            ),
            (
                "2033-06-15 17:20",
                2512,
                "アイコン差し替えました！ Assets.xcassets に v3 入れてあります",
            ),
            (
                "2033-06-15 18:00",
                2511,
                "[toall]\n金曜に TestFlight で β2 を配ります。それまでに各自、担当画面の動作確認をお願いします🙏",
            ),
            (
                "2033-06-16 19:00",
                2514,
                "設定画面と履歴画面、動作確認しました。課金画面はまだ触れてないです",
            ),
            ("2033-06-17 21:00", 2511, "β2 配布しました！みなさんお疲れさまでした🍺"),
        ],
        [
            task(2, ["アイコン"], [2512], ("2033-06-15", "Wed"), "done"),
            task(3, ["レスポンス"], [2513], ("2033-06-14T15:00", "Tue"), "done"),
            task(5, ["再送"], [2511], None, "done"),
            task(9, ["切り替え"], [2513], ("2033-06-15T10:00", "Wed"), "done"),
            task(13, ["β2"], [2511], ("2033-06-17", "Fri"), "done"),
            task(13, ["動作確認"], [2512, 2513, 2514], ("2033-06-17", "Fri"), "open"),
        ],
    ),
    # b17ja-04 — university photo club, festival exhibition staff. Sent Wed 2033-10-26.
    # m1: to-do block → パネルの発注（杉山さん）(~10/28 18:00) → 2516, 10/28 18:00, closed by the bare
    #     "発注かけました" m7; キャプションの印刷（王さん）→ 2517, moved by the assignee's rp m5
    #     ("来週水曜までにします" → Wed 11/2), closed by the bare "印刷しました" m14; 台車（野村さん）
    #     （~11/1）→ 2518, 11/1 — m12 "申請出しました…借りられるのは当日" is not the borrowing, open.
    #     "シフト表はどうしましょう？" asks nothing.
    # m2: offer that names the work "シフト表、私作りますよ〜 土曜までに" → 2519, Sat 10/29; m8 shares a
    #     draft (not finished); closed by the bare "確定版アップしました" m11.
    # m9: rp asking 2519 to change "土曜午前" of his shift → 2519; 土曜午前 describes the shift, no
    #     deadline; closed by the rp m10 (変えました). m3/m4 information; m13 date describes 搬入.
    conv(
        "b17ja-04",
        (95004, "写真部 学祭展示スタッフ"),
        M(2515, 2516, 2517, 2518, 2519),
        [
            (
                "2033-10-26 21:00",
                2515,
                "学祭の展示準備、やることまとめました！\n・パネルの発注（杉山さん）(~10/28 18:00)\n・キャプションの印刷（王さん）\n・搬入用の台車を借りる（野村さん）（~11/1）\nシフト表はどうしましょう？",
            ),
            ("2033-10-26 21:08", 2519, "シフト表、私作りますよ〜 土曜までに！"),
            ("2033-10-26 21:20", 2518, "台車は学生課で借りられるはず。申請書っているのかな？"),
            (
                "2033-10-26 21:25",
                2515,
                "[rp aid=2518 to={m3}]野村くん\nいるっぽい！窓口で書けば OK です",
            ),
            (
                "2033-10-26 21:40",
                2517,
                "[rp aid=2515 to={m1}]大橋さん\nキャプション、写真のデータがまだ揃ってないので、印刷は来週水曜までにします🙏",
            ),
            ("2033-10-26 21:45", 2515, "[rp aid=2517 to={m5}]了解〜！間に合えば大丈夫"),
            ("2033-10-27 12:30", 2516, "パネル、業者さんに発注かけました！納品は31日の予定です"),
            (
                "2033-10-27 23:00",
                2519,
                "シフト表の下書きです、希望と違う人いたら言ってください！ https://docs.example.com/sheet/shift-draft",
            ),
            (
                "2033-10-28 09:00",
                2518,
                "[rp aid=2519 to={m8}]藤田さん\n下書き見ました。僕のシフト、土曜午前だけ午後に変えてもらえると助かります🙇",
            ),
            ("2033-10-28 10:15", 2519, "[rp aid=2518 to={m9}]変えました！"),
            ("2033-10-29 20:00", 2519, "シフト表、確定版アップしました📎 これで確定です"),
            (
                "2033-10-31 16:00",
                2518,
                "台車、学生課に申請出しました。借りられるのは当日の朝からだそうです",
            ),
            (
                "2033-10-31 16:30",
                2515,
                "了解！搬入は11/2の13時からなので、その時に受け取れれば OK です",
            ),
            ("2033-11-02 11:00", 2517, "キャプション印刷しました！部室の棚に置いてあります"),
            ("2033-11-02 11:10", 2516, "ありがとう〜！🙌"),
        ],
        [
            task(1, ["パネル"], [2516], ("2033-10-28T18:00", "Fri"), "done"),
            task(1, ["キャプション"], [2517], ("2033-11-02", "Wed"), "done"),
            task(1, ["台車"], [2518], ("2033-11-01", "Tue"), "open"),
            task(2, ["シフト表"], [2519], ("2033-10-29", "Sat"), "done"),
            task(9, ["シフト"], [2519], None, "done"),
        ],
    ),
    # b17ja-05 — small law office over the year end (12-29..01-03 are not business days;
    # 2034-01-02 is also a substitute holiday).
    # m1: [To:2523] "6営業日以内" sent Wed 12/21 → 12/22, 12/23, 12/26, 12/27, 12/28, then (12/29..
    #     01-03 skipped) 2034-01-04 → Wed 2034-01-04; m11 is progress ("期限には間に合わせます"), no change.
    # m2: acceptance of m1 plus a new piece of work "証拠説明書も作っておきます" → 2523, no time.
    # m5: question for information only. m6: rp from 上田 with two asks → rp aid 2522 for both:
    #     期日請書 (今日中 → 12/21) and 郵券の残りの確認 (no time). m7 rp names 期日請書 → that one done;
    #     "郵券はまだ" → open until the bare "確認しました" m13 (then her only open task).
    # m8: pasted notice (its ご連絡ください asks nothing) + "[To:2520] ご確認お願いします" → 2520 (closed by
    #     the rp m9 確認しました) + the sender's "問題なければ明日の午前中に掲載します" → 2521, 12/22 12:00
    #     (closed by the bare "反映済み" m10).
    # m13: also "買い足しておきます" → 2522, closed by the bare "買ってきました" m15.
    conv(
        "b17ja-05",
        (95005, "みなと総合法律事務所 事務局"),
        M(2520, 2521, 2522, 2523),
        [
            (
                "2033-12-21 09:15",
                2520,
                "[To:2523]西田さん\n佐藤様の件、準備書面の下書きを6営業日以内でお願いできますか。年末にすみません",
            ),
            (
                "2033-12-21 09:30",
                2523,
                "[rp aid=2520 to={m1}]上田先生\n承知しました。証拠説明書も作っておきます",
            ),
            (
                "2033-12-21 10:00",
                2521,
                "[To:2520]上田先生\n本日14時の面談、依頼者さまから15分ほど遅れると連絡がありました",
            ),
            ("2033-12-21 10:05", 2520, "[rp aid=2521 to={m3}]了解です、ありがとう"),
            (
                "2033-12-21 11:40",
                2522,
                "[To:2520]上田先生\n裁判所に出す期日請書って、今日中のものありましたっけ？",
            ),
            (
                "2033-12-21 11:50",
                2520,
                "[rp aid=2522 to={m5}]鈴木さんの件の期日請書、今日中に FAX でお願いします🙏 あと郵券の残りも確認しといてください",
            ),
            (
                "2033-12-21 15:30",
                2522,
                "[rp aid=2520 to={m6}]上田先生\n期日請書、FAX しました。送信レポートはファイルに綴じてあります。郵券はまだ見れてないです",
            ),
            (
                "2033-12-21 16:00",
                2521,
                "年末年始の休業案内、HP に載せる文面の案です\n---\n誠に勝手ながら、12月29日から1月3日まで休業いたします。期間中のお問い合わせには1月4日以降、順次対応いたします。お急ぎの方はメールにてご連絡ください。\n---\n[To:2520]上田先生\nご確認お願いします。問題なければ明日の午前中に掲載します",
            ),
            ("2033-12-21 17:10", 2520, "[rp aid=2521 to={m8}]確認しました、これで OK です"),
            ("2033-12-22 10:30", 2521, "休業案内、HP に反映済みです"),
            (
                "2033-12-26 18:00",
                2523,
                "[rp aid=2520 to={m1}]上田先生\n準備書面の下書き、まだ7割くらいです。年明けの期限には間に合わせます",
            ),
            (
                "2033-12-26 18:20",
                2520,
                "[rp aid=2523 to={m11}]ありがとうございます、無理しないでください",
            ),
            (
                "2033-12-27 11:00",
                2522,
                "郵券の残り、確認しました。84円が12枚、10円が30枚です。少ないので買い足しておきます",
            ),
            (
                "2033-12-27 17:00",
                2521,
                "本年の業務は28日までです。28日は大掃除があるので、15時以降は電話当番だけになります",
            ),
            ("2033-12-28 10:00", 2522, "郵券、買ってきました📮"),
        ],
        [
            task(1, ["準備書面"], [2523], ("2034-01-04", "Wed"), "open"),
            task(2, ["証拠説明書"], [2523], None, "open"),
            task(6, ["期日請書"], [2522], ("2033-12-21", "Wed"), "done"),
            task(6, ["郵券"], [2522], None, "done"),
            task(8, ["確認"], [2520], None, "done"),
            task(8, ["掲載"], [2521], ("2033-12-22T12:00", "Thu"), "done"),
            task(13, ["買い足"], [2522], None, "done"),
        ],
    ),
    # b17ja-06 — dental clinic front desk, the day before お盆. No task at all: counts and
    # schedules, a question with its answer ("そのままで"), a patient's quoted request already
    # handled (予約入れてあります), reports of things done, a notice put up, a conditional promise to
    # tell callers, a question whether to call the vendor answered by "電話しておきました", an
    # offer (何かあれば言ってください) and the day's close.
    conv(
        "b17ja-06",
        (95006, "さくら歯科 受付"),
        M(2524, 2525, 2526, 2527),
        [
            (
                "2033-08-08 08:45",
                2525,
                "おはようございます。本日の予約は午前18件、午後14件です。11時の山本様はキャンセルの連絡がありました",
            ),
            ("2033-08-08 08:50", 2526, "了解です！11時枠、急患用に空けておく感じですかね？"),
            ("2033-08-08 08:55", 2524, "[rp aid=2526 to={m2}]そうですね、そのままで"),
            (
                "2033-08-08 09:30",
                2527,
                "先週の患者さんから電話でこんな問い合わせがありました\n「仮歯が取れたので、今日か明日で診てもらえませんか」\nとりあえず明日の10時半で予約入れてあります",
            ),
            ("2033-08-08 09:40", 2525, "ありがとうございます🙏 カルテにも書いておきました"),
            ("2033-08-08 12:10", 2526, "お昼、先に入りますね〜"),
            (
                "2033-08-08 13:00",
                2524,
                "お盆休みのお知らせ、入口に貼りました。11日〜16日は休診です",
            ),
            ("2033-08-08 13:05", 2525, "了解です。電話で聞かれたときもそう案内しますね"),
            (
                "2033-08-08 15:20",
                2527,
                "滅菌器のエラー、また出ました。表示はこれです\nE-07 圧力低下\n業者さんに連絡した方がいいですかね？",
            ),
            (
                "2033-08-08 15:30",
                2524,
                "[rp aid=2527 to={m9}]さっき私から電話しておきました。明日の午前中に来てくれるそうです",
            ),
            ("2033-08-08 17:50", 2526, "何かあれば言ってください、明日は私が早番です"),
            ("2033-08-08 18:00", 2525, "お疲れさまでした〜 本日の締め、レジ差額なしです"),
        ],
        [],
    ),
    # b17ja-07 — print shop and its café client (2/11 is 建国記念の日).
    # m1: the client's ask "A5 両面で500部、２／１４（月）着でお願いできますか" with nobody named → [],
    #     全角 M/D → Mon 2/14; closed by the printer's rp m13 (発送完了).
    # m2: acceptance plus a new commitment "夕方にはお見積りお送りします" → 2528, 2/7 17:00; closed by
    #     the bare "お送りしました" m5 (his only open task).
    # m3: "元の写真データをいただくことって可能ですか" with [To:2530] → 2530; m4 is an acceptance;
    #     closed by the bare "送りました" m7.
    # m5: "ご確認お願いします" for the estimate → [To:2530]; closed by the rp m6 (確認しました); m6's
    #     "この内容で進めてください" only okays the work already asked in m1 → no new task.
    # m8: "差し替えました" closes nothing (三宅 has nothing open); "色味だけ明日中に見ていただける
    #     と助かります" → 2530, Wed 2/9; closed by the rp m11 (色味OKです).
    # m9: ask with no [To:] and no [rp] → []; 火曜定休 is no deadline; closed by the rp m10.
    conv(
        "b17ja-07",
        (95007, "アオバ印刷 × 喫茶ルポ 販促物"),
        M(2528, 2529, 2530, 2531),
        [
            (
                "2033-02-07 10:00",
                2530,
                "お世話になります。春メニューのチラシ、データお送りします📎 menu_spring_v1.pdf\nA5 両面で500部、２／１４（月）着でお願いできますか？",
            ),
            (
                "2033-02-07 10:20",
                2528,
                "[rp aid=2530 to={m1}]高木様\nありがとうございます！承知しました。データ確認して、夕方にはお見積りお送りします",
            ),
            (
                "2033-02-07 11:30",
                2529,
                "データ拝見しました。裏面の写真が 72dpi なので、このままだと粗く出てしまいます💦\n[To:2530]高木様\n元の写真データをいただくことって可能ですか？",
            ),
            (
                "2033-02-07 11:45",
                2530,
                "[rp aid=2529 to={m3}]探してみます！スマホで撮ったものなので、見つからなければこのままでも大丈夫です",
            ),
            (
                "2033-02-07 16:40",
                2528,
                "[To:2530]高木様\nお見積り、メールでお送りしました📩 A5両面カラー500部で ¥18,700（税込・送料込）です。ご確認お願いします",
            ),
            (
                "2033-02-07 17:30",
                2530,
                "[rp aid=2528 to={m5}]確認しました、この内容で進めてください！",
            ),
            (
                "2033-02-08 09:10",
                2530,
                "元の写真、見つかったので送りました！ photo_back_original.jpg",
            ),
            (
                "2033-02-08 10:00",
                2529,
                "写真差し替えました。校正 PDF です → proof_0208.pdf\n[To:2530]高木様\n色味だけ明日中に見ていただけると助かります🙏",
            ),
            (
                "2033-02-08 12:30",
                2531,
                "横から失礼します、店のダニエルです。裏面の営業時間、火曜定休に変わったので「火曜定休」に直してもらえますか？",
            ),
            (
                "2033-02-08 13:00",
                2529,
                "[rp aid=2531 to={m9}]ダニエル様\n直しました！校正 PDF も更新しています → proof_0208b.pdf",
            ),
            ("2033-02-09 18:50", 2530, "[rp aid=2529 to={m8}]色味 OK です！よろしくお願いします"),
            (
                "2033-02-10 14:00",
                2528,
                "印刷あがりました。本日発送で、明日着の予定です（11日は祝日ですが配達はあるそうです）",
            ),
            (
                "2033-02-10 16:30",
                2528,
                "[rp aid=2530 to={m1}]高木様\n500部、本日発送完了しました🚚 追跡番号：4412-3380-0931",
            ),
            ("2033-02-11 11:00", 2531, "届きました！きれいです✨ ありがとうございます"),
        ],
        [
            task(1, ["チラシ"], [], ("2033-02-14", "Mon"), "done"),
            task(2, ["見積"], [2528], ("2033-02-07T17:00", "Mon"), "done"),
            task(3, ["写真"], [2530], None, "done"),
            task(5, ["見積", "確認"], [2530], None, "done"),
            task(8, ["色味"], [2530], ("2033-02-09", "Wed"), "done"),
            task(9, ["営業時間"], [], None, "done"),
        ],
    ),
    # b17ja-08 — music-video crew after the shoot (Mon 7/18 is 海の日).
    # m1: 【…】担当：〜／期限：〜 block → 素材の書き出し → 2533, 7/13, moved by the assignee's rp m7
    #     ("明日の昼までには出します" → 7/14 12:00; "半分終わりました" closes nothing), closed by his
    #     quote m9 (全部書き出し終わりました); 仮編集 → 2534, 7/15 18:00 (m11's 金曜の定時 is the same),
    #     closed by the bare "仮編集あがりました" m14; ロケ地へのお礼状 担当：河野（私）→ taken back by
    #     the assignee's quote m12 (無しになりました) → cancelled, left out. m2 is a plain acceptance.
    # m3: offer that names the work "返すの僕やりますよ" → 2536; "明日返却" is that work's day →
    #     7/12; closed by the bare "返却してきました" m6.
    # m5: 日報 — done items and a plan for work already assigned, no new task. m8 "伝えておきます"
    #     is a promise to pass on. m10 question with a condition (きつければ言ってください).
    # m13: commitment "来週火曜に…菓子折り持って行きます" → 2532, Tue 7/19.
    # m15: rp asking 2534 for "ラストカットだけ尺を詰めて" "来週早々" → first business day of next
    #      week: Mon 7/18 is a holiday → Tue 7/19.
    conv(
        "b17ja-08",
        (95008, "MV『潮騒』制作"),
        M(2532, 2533, 2534, 2535, 2536),
        [
            (
                "2033-07-11 10:00",
                2535,
                "撮影おつかれさまでした！このあとの段取りです\n【素材の書き出し】担当：樋口さん／期限：7/13\n【仮編集】担当：アイシャさん／期限：7/15 18:00\n【ロケ地へのお礼状】担当：河野（私）\nよろしくお願いします！",
            ),
            ("2033-07-11 10:20", 2533, "書き出し了解です。ProRes で出しときます"),
            (
                "2033-07-11 11:00",
                2536,
                "照明の機材、明日返却ですよね？レンタル屋さんに返すの僕やりますよ",
            ),
            ("2033-07-11 11:10", 2532, "[rp aid=2536 to={m3}]吉岡さん\n助かります！"),
            (
                "2033-07-12 19:00",
                2534,
                "日報です\n・本日：BGM の候補出し（3曲）、テロップのフォント検討\n・明日：素材が届き次第、仮編集に着手\n・懸念：ラストカットの尺が足りないかも",
            ),
            ("2033-07-12 19:30", 2536, "機材、返却してきました。傷なしで OK でした"),
            (
                "2033-07-13 17:00",
                2533,
                "[rp aid=2535 to={m1}]河野さん\n素材の書き出し、半分終わりました。残りのカードが重くて…明日の昼までには出します🙏",
            ),
            (
                "2033-07-13 17:10",
                2535,
                "[rp aid=2533 to={m7}]了解です！アイシャさんにも伝えておきます",
            ),
            (
                "2033-07-14 11:40",
                2533,
                "[qt][qtmeta aid=2535 time={t1}]【素材の書き出し】担当：樋口さん／期限：7/13[/qt]\n全部書き出し終わりました。共有ドライブの /shiosai/raw に入ってます",
            ),
            (
                "2033-07-14 12:00",
                2532,
                "[To:2534]アイシャさん\n素材揃ったけど、仮編集は期限変えずにいけそうですか？きつければ言ってください",
            ),
            (
                "2033-07-14 12:30",
                2534,
                "[rp aid=2532 to={m10}]大丈夫です、金曜の定時までに出します！",
            ),
            (
                "2033-07-15 15:00",
                2535,
                "[qt][qtmeta aid=2535 time={t1}]【ロケ地へのお礼状】担当：河野（私）[/qt]\nこれ、石田さんが直接ご挨拶に行かれることになったので無しになりました🙏",
            ),
            ("2033-07-15 15:10", 2532, "そうそう、来週火曜に自分で菓子折り持って行きます🍰"),
            (
                "2033-07-15 17:45",
                2534,
                "仮編集あがりました！ https://vimeo.example.com/review/shiosai-v1 パスはいつものです",
            ),
            (
                "2033-07-15 19:20",
                2532,
                "[rp aid=2534 to={m14}]アイシャさん\n見ました！全体いい感じです。ラストカットだけ尺を詰めてもらえますか？来週早々で大丈夫です",
            ),
            ("2033-07-15 19:30", 2534, "[rp aid=2532 to={m15}]了解です〜🙆‍♀️"),
        ],
        [
            task(1, ["書き出し"], [2533], ("2033-07-14T12:00", "Thu"), "done"),
            task(1, ["仮編集"], [2534], ("2033-07-15T18:00", "Fri"), "done"),
            task(3, ["機材"], [2536], ("2033-07-12", "Tue"), "done"),
            task(13, ["菓子折り"], [2532], ("2033-07-19", "Tue"), "open"),
            task(15, ["ラストカット"], [2534], ("2033-07-19", "Tue"), "open"),
        ],
    ),
    # b17ja-09 — municipal river clean-up volunteers. No task at all: a [toall] schedule,
    # a supply note, a question and a promise to announce (お知らせします), a vague offer (車出せます),
    # a role call (受付で名簿のチェックをしてくれる人いますか) and a decline of it, a link to a
    # report already published, a report of paperwork done with a condition for participants,
    # chit-chat about the weather.
    conv(
        "b17ja-09",
        (95009, "みどり町 川辺クリーン作戦"),
        M(2537, 2538, 2539, 2540, 2541),
        [
            (
                "2033-09-14 19:00",
                2538,
                "[toall]\n今月の川辺清掃は 9/24（土）9:00〜11:00 です。集合は河川敷の東口駐車場です🌿",
            ),
            (
                "2033-09-14 19:10",
                2540,
                "環境課の菅原です。ゴミ袋とトングは前回の残りで足りる見込みです",
            ),
            ("2033-09-14 19:30", 2539, "雨天の場合はどうなりますか？"),
            (
                "2033-09-14 19:35",
                2538,
                "[rp aid=2539 to={m3}]新井さん\n前日17時の時点で判断して、このルームでお知らせします！",
            ),
            ("2033-09-14 20:10", 2541, "手伝えることあったら言ってください〜 車出せます🚗"),
            (
                "2033-09-14 20:30",
                2537,
                "受付で名簿のチェックをしてくれる人いますか？当日10分早く来られる方だと助かります",
            ),
            (
                "2033-09-14 20:45",
                2539,
                "[rp aid=2537 to={m6}]相沢さん\n自分は当日ギリギリになりそうなので、ほかの方でお願いします🙏",
            ),
            (
                "2033-09-15 09:00",
                2540,
                "昨年度の活動報告、市の HP に掲載されました → https://www.city-midori.example.lg.jp/kankyo/kawabe",
            ),
            ("2033-09-15 09:30", 2537, "ありがとうございます！皆さんのおかげです"),
            (
                "2033-09-16 18:00",
                2538,
                "保険の加入手続き、登録済みの方の分は済ませてあります。未登録の方は当日受付で名前だけ書いてもらえれば OK です",
            ),
            ("2033-09-16 18:20", 2541, "了解です👍 子ども2人連れて行きます"),
            ("2033-09-17 08:00", 2539, "天気予報、来週土曜は晴れっぽいですね☀️"),
        ],
        [],
    ),
    # b17ja-10 — online shop support desk; the notification bot 2546 is the self account.
    # m1/m5: bot posts with pasted customer comments — their requests are quotes, no task.
    # m2: [To:2543] "本日中に一次返信お願いします" → 2543, Mon 11/21; m3 acceptance (its
    #     "お願いしておきます" only details the same reply); closed by the bare "一次返信しました" m4
    #     (the pasted template's 発送いたします is a quote).
    # m6: "#8815 は私見ときます" → commitment, 2544, no time; closed by the bare "連絡済みです" m10.
    # m7: a question asking for a decision, no time → no task. m8: rp "お願いします！25日着で" →
    #     rp aid 2545 (the change m7 offered); 25日着 describes the delivery → no deadline; closed
    #     by the rp m9 (変更かけました).
    # m11: [toall] → every member but the sender and the bot → [2543, 2544, 2545], 今週中 sent
    #      Tue 11/22 → Fri 11/25; m14 bare partial from one of three closes nothing; the rp m16
    #      (全部見直し終わりました) closes it.
    # m13: rp asking 2543 to add the wrapping note → taken back by the requester's rp m15
    #      (やっぱりなしで) → cancelled, left out.
    conv(
        "b17ja-10",
        (95010, "lumiere 雑貨店 CS"),
        M(2542, 2543, 2544, 2545, 2546),
        [
            (
                "2033-11-21 09:00",
                2546,
                "【新着問い合わせ】#8812 返品・交換\nお客様コメント：「届いたマグカップの取っ手が欠けていました。交換をお願いします。」",
            ),
            (
                "2033-11-21 09:20",
                2542,
                "[To:2543]小池さん\n#8812、写真確認のうえ交換で対応しましょう。本日中に一次返信お願いします",
            ),
            (
                "2033-11-21 09:50",
                2543,
                "[rp aid=2542 to={m2}]承知です。お客様に写真を送ってもらうようお願いしておきます",
            ),
            (
                "2033-11-21 10:30",
                2543,
                "#8812、一次返信しました。テンプレ貼っておきます\n---\nこの度はご不便をおかけし申し訳ございません。お手数ですが、破損箇所のお写真をご返信いただけますでしょうか。確認後、すぐに交換品を発送いたします。\n---",
            ),
            (
                "2033-11-21 14:00",
                2546,
                "【新着問い合わせ】#8815 配送日変更\nお客様コメント：「11/25着に変更できますか」",
            ),
            ("2033-11-21 14:10", 2544, "#8815 は私見ときます"),
            (
                "2033-11-21 14:40",
                2545,
                "[To:2544]村上さん\n#8815 の荷物、まだ出荷前なので倉庫側で止められます。変更かけますか？",
            ),
            ("2033-11-21 14:45", 2544, "[rp aid=2545 to={m7}]安田さん\nお願いします！25日着で"),
            ("2033-11-21 15:10", 2545, "[rp aid=2544 to={m8}]変更かけました〜"),
            ("2033-11-21 15:20", 2544, "#8815、お客様に変更完了の連絡済みです"),
            (
                "2033-11-22 10:00",
                2542,
                "[toall]\n年末セールの FAQ、各自の担当カテゴリ分を今週中に見直してもらえますか？🙏",
            ),
            ("2033-11-22 11:00", 2543, "ラッピング有料化の件、FAQ にも入れますか？"),
            (
                "2033-11-22 11:10",
                2542,
                "[rp aid=2543 to={m12}]小池さん\n入れてください！文言は先週のミーティングメモのままで",
            ),
            ("2033-11-24 16:00", 2544, "FAQ、キッチン雑貨のカテゴリは見直し終わりました"),
            (
                "2033-11-24 17:00",
                2542,
                "[rp aid=2542 to={m13}][To:2543]小池さん\nさっきのラッピングの追記、やっぱりなしで！有料化が来月に延期になったので😅",
            ),
            (
                "2033-11-25 18:30",
                2543,
                "[rp aid=2542 to={m11}]江口さん\nFAQ、残りのカテゴリも全部見直し終わりました！",
            ),
        ],
        [
            task(2, ["一次返信"], [2543], ("2033-11-21", "Mon"), "done"),
            task(6, ["8815"], [2544], None, "done"),
            task(8, ["変更"], [2545], None, "done"),
            task(11, ["FAQ"], [2543, 2544, 2545], ("2033-11-25", "Fri"), "done"),
        ],
        self_account_id=2546,
    ),
    # b17ja-11 — farm co-op strawberry shipping (Mon 1/10 is 成人の日).
    # m1: the day's plan, information. m2: "ログ貼っときます" + the log — does what it announces.
    # m3: [To:2551] "明後日までに" sent Wed 1/5 → Fri 1/7; m4 ack; closed by the bare "点検依頼しました"
    #     m12 (火曜の朝イチ there is the visit, no deadline).
    # m5: commitment "13時に選果場へ持ち込みます" → 2549, 1/5 13:00 ("パック詰め終わりました" closes
    #     nothing: nothing was open); closed by the bare "持ち込みました" m7.
    # m9: two [To:] tags but to-do lines that name the owners → 出荷計画表の作成（大島さん）（~１／１２）
    #     → 2548, moved by her rp m14 ("明日の午前中には出します" → 1/12 12:00), closed by the bare
    #     "上げました" m15; 防除記録の提出（菊地さん）（今週中）→ 2550, Fri 1/7, closed by the bare
    #     "送りました" m13.
    # m15: also "ご確認ください" with nobody named → []; closed by the rp m16 (見ました、これでいきましょう).
    conv(
        "b17ja-11",
        (95011, "ひかり野農協 いちご部会 出荷連絡"),
        M(2547, 2548, 2549, 2550, 2551),
        [
            (
                "2033-01-05 07:30",
                2548,
                "今日の出荷予定です\n・ひかり姫 4L 120ケース\n・ひかり姫 3L 80ケース\n市場の締めは14時です",
            ),
            (
                "2033-01-05 08:10",
                2551,
                "選果機のベルト、また滑ってます。ログ貼っときます\n```\nBELT_SLIP warn x3 07:52-08:05 line=2\n```",
            ),
            (
                "2033-01-05 08:20",
                2547,
                "[To:2551]山口さん\nメーカーさんに点検の依頼、明後日までにかけてもらえますか",
            ),
            ("2033-01-05 08:25", 2551, "[rp aid=2547 to={m3}]了解です！"),
            (
                "2033-01-05 10:00",
                2549,
                "[To:2548]大島さん\nうちの分、パック詰め終わりました。１２ケース、13時に選果場へ持ち込みます",
            ),
            ("2033-01-05 10:05", 2548, "[rp aid=2549 to={m5}]ありがとうございます🍓"),
            ("2033-01-05 13:20", 2549, "持ち込みました〜"),
            ("2033-01-05 15:00", 2548, "本日分、発送完了です🚚 市場到着は明日の朝6時予定です"),
            (
                "2033-01-06 19:00",
                2547,
                "[To:2548]大島さん[To:2550]菊地さん\nお願いが2つです🙏\n・来週の出荷計画表の作成（大島さん）（~１／１２）\n・防除記録の提出（菊地さん）（今週中）",
            ),
            (
                "2033-01-06 19:30",
                2550,
                "[rp aid=2547 to={m9}]防除記録、紙のしかないんですが写真で送っても大丈夫ですか？",
            ),
            ("2033-01-06 19:40", 2547, "[rp aid=2550 to={m10}]写真で OK です！"),
            (
                "2033-01-07 09:00",
                2551,
                "メーカーさんに点検依頼しました。来週の月曜は祝日なので、火曜の朝イチに来てくれるそうです",
            ),
            ("2033-01-07 16:00", 2550, "防除記録、写真で送りました📷 ５枚あります"),
            (
                "2033-01-11 17:00",
                2548,
                "[rp aid=2547 to={m9}]渡部さん\n出荷計画表、市場の数量待ちで…明日の午前中には出します🙇‍♀️",
            ),
            ("2033-01-12 11:30", 2548, "出荷計画表、共有フォルダに上げました。ご確認ください"),
            ("2033-01-12 12:10", 2547, "[rp aid=2548 to={m15}]見ました、これでいきましょう👍"),
        ],
        [
            task(3, ["点検"], [2551], ("2033-01-07", "Fri"), "done"),
            task(5, ["持ち込"], [2549], ("2033-01-05T13:00", "Wed"), "done"),
            task(9, ["出荷計画表"], [2548], ("2033-01-12T12:00", "Wed"), "done"),
            task(9, ["防除記録"], [2550], ("2033-01-07", "Fri"), "done"),
            task(15, ["確認"], [], None, "done"),
        ],
    ),
    # b17ja-12 — rental-property office and its renovation contractor.
    # m1: [To:2553] 鍵の手配; "今週土曜" is the viewing, not the deadline; the assignee's acceptance
    #     m2 gives "金曜中" → Fri 4/22; closed by the bare "受け取ってきました" m11.
    # m3: [To:2556] quote "再来週の月曜までに" sent Mon 4/18 → Mon 5/2 (来月10日 is the move-in);
    #     the contractor declines (m4) and the requester's quote m5 says "見送りで" → cancelled.
    # m6: [To:2554] "見積もり依頼を出してもらえますか" → 2554; acceptance m7 "明後日の朝に電話します"
    #     → 4/20 (朝 alone is no time in the table; 明日は定休日 describes the shop); closed by the
    #     bare "見積もりの依頼、電話で入れました" m10.
    # m8: list of customers (様), information only. m9: rp "月末までに郵送お願いします" → 2555,
    #     Sat 4/30; m12 "2件は郵送しました" is partial → open.
    # m13: "大川様には私から電話してみます" → commitment, 2552, no time. m14 date describes a visit.
    conv(
        "b17ja-12",
        (95012, "ハナミズキ不動産 賃貸管理"),
        M(2552, 2553, 2554, 2555, 2556),
        [
            (
                "2033-04-18 09:30",
                2552,
                "[To:2553]白石さん\nコーポ桜 203 の内見、今週土曜にお客様2組入ってます。鍵の手配お願いします",
            ),
            (
                "2033-04-18 09:40",
                2553,
                "[rp aid=2552 to={m1}]承知しました！金曜中に管理会社から受け取っておきます",
            ),
            (
                "2033-04-18 10:00",
                2552,
                "[To:2556]三上さん\n同じく 203 号室、退去後のクロス張り替えの見積もりをお願いしたいです。来月10日の入居に間に合わせたいので、再来週の月曜までにいただけますか",
            ),
            (
                "2033-04-18 11:30",
                2556,
                "[rp aid=2552 to={m3}]伊東さん\nすみません、今月いっぱいは現場が詰まってて、見積もりは連休明けになってしまいます🙇‍♂️",
            ),
            (
                "2033-04-18 11:45",
                2552,
                "[qt][qtmeta aid=2552 time={t3}]同じく 203 号室、退去後のクロス張り替えの見積もりをお願いしたいです。[/qt]\n三上さん、ご無理言ってすみません。今回こちらは見送りで大丈夫です！また次の物件でお願いします",
            ),
            (
                "2033-04-18 12:00",
                2552,
                "[To:2554]ルーカスさん\n前にお願いした内装屋さん（アトリエ工房さん）に、203 のクロス張り替えの見積もり依頼を出してもらえますか？",
            ),
            (
                "2033-04-18 13:00",
                2554,
                "[rp aid=2552 to={m6}]了解です。アトリエ工房さん、明日は定休日なので明後日の朝に電話します",
            ),
            (
                "2033-04-18 14:00",
                2555,
                "契約更新のご案内、今月分でまだ出してない方が3件あります\n・山田様（グリーンハイツ101）\n・Chen様（コーポ桜102）\n・大川様（メゾン楓305）",
            ),
            (
                "2033-04-18 14:10",
                2552,
                "[rp aid=2555 to={m8}]早川さん\nありがとう！その3件、月末までに郵送お願いします",
            ),
            (
                "2033-04-20 10:30",
                2554,
                "アトリエ工房さんに見積もりの依頼、電話で入れました。来週中に現地を見に来てくれるそうです",
            ),
            ("2033-04-22 17:00", 2553, "鍵、受け取ってきました🔑 キーボックスに入れてあります"),
            (
                "2033-04-27 16:00",
                2555,
                "更新のご案内、2件は郵送しました。大川様の分は住所変更の確認中です",
            ),
            (
                "2033-04-27 16:20",
                2552,
                "[rp aid=2555 to={m12}]了解、大川様には私から電話してみます",
            ),
            (
                "2033-04-27 17:00",
                2553,
                "内見の2組、1組は申込みになりそうです！申込書は来月2日に持ってきてくれるそうです",
            ),
            ("2033-04-27 17:10", 2552, "おお、ナイス！👏"),
        ],
        [
            task(1, ["鍵"], [2553], ("2033-04-22", "Fri"), "done"),
            task(6, ["見積"], [2554], ("2033-04-20", "Wed"), "done"),
            task(9, ["郵送"], [2555], ("2033-04-30", "Sat"), "open"),
            task(13, ["電話"], [2552], None, "open"),
        ],
    ),
    # b17ja-13 — OSS linter's release thread. No task at all: a release announcement, reports of
    # work already done that nobody had asked for (反映済み, 直しました…マージ済み), thanks, a
    # question for information answered with a promise to share (決まったら共有しますね), a
    # screenshot posted as announced, an upstream issue link, "待ちですね", an offer to help.
    conv(
        "b17ja-13",
        (95013, "kotonoha-lint 日本語ドキュメント"),
        M(2557, 2558, 2559, 2560),
        [
            (
                "2033-09-26 10:00",
                2557,
                "v2.0 リリースしました🎉 日本語ドキュメントも同時公開です → https://kotonoha-lint.example.org/ja/",
            ),
            ("2033-09-26 10:05", 2558, "おめでとうございます！！"),
            (
                "2033-09-26 10:30",
                2559,
                "changelog の日本語版も反映済みです。表記ゆれチェックも通ってます",
            ),
            (
                "2033-09-26 11:00",
                2560,
                "FAQ の「設定ファイルの場所」の節、英語版とリンク先がずれてたので直しました。#512 でマージ済みです",
            ),
            ("2033-09-26 11:10", 2557, "[rp aid=2560 to={m4}]ありがとうございます、助かります🙏"),
            (
                "2033-09-26 13:00",
                2558,
                "次のマイナーリリースっていつ頃の予定ですか？翻訳の段取りを組みたくて",
            ),
            (
                "2033-09-26 13:20",
                2557,
                "[rp aid=2558 to={m6}]ユナさん\n10月末くらいを考えてます。決まったらまたここで共有しますね",
            ),
            (
                "2033-09-26 15:00",
                2559,
                "ルール一覧のページ、スマホだと表が崩れてますね。スクショ貼っときます📱 rules_mobile.png",
            ),
            (
                "2033-09-26 15:10",
                2560,
                "[rp aid=2559 to={m8}]それ英語版でも同じなので、テーマ側の問題っぽいです。上流に issue 上がってました → https://github.example/docs-theme/issues/88",
            ),
            ("2033-09-26 15:20", 2559, "なるほど、じゃあ上流の修正待ちですね"),
            (
                "2033-09-27 09:00",
                2558,
                "何か手伝えることあったら言ってください、今週は比較的ヒマです(^^)",
            ),
            (
                "2033-09-27 09:30",
                2557,
                "ありがとうございます！今のところ大丈夫です。みなさん本当にお疲れさまでした🍻",
            ),
        ],
        [],
    ),
]
