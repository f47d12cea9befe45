# ruff: noqa: E501  (labelled chat messages read best on one line)
"""A sixth holdout, written from the spec and dev_cases.py before reading the parser or the
other sets.

Aimed at English and mixed JA/EN rooms of a Tokyo office with foreign staff (please / could
you / can you / would you / I'll / will do / on it / done / finished / sent / no longer needed /
cancel that / push it to ... / EOD / noon / 3pm / 10:30am / M/D), Chatwork's own tasks
(several added in a row, ltype=date|time|none, old bodies without ltype, lt=0, task_done),
long meeting minutes whose action items are list lines naming members beside information
lines, and replies or quotes that close or cancel one task of a list message by naming it.
"""

from __future__ import annotations

from tests.parser.cases.build import chatwork_lt, conv, task
from tests.parser.cases.build import task_added as _added
from tests.parser.cases.build import task_done as _done

SELF = 996  # chatsync's own account in the rooms where it is a member


_lt = chatwork_lt


CASES = [
    # EN room: could you ... by EOD, On it, I'll ... by Wednesday, done by reply, a question
    # holding a time, a bare "Finished!" from the only-open assignee.
    conv(
        "blind6-001",
        (9601, "Tokyo Office - General"),
        [(301, "Anna Miller"), (302, "Ken Sato"), (303, "Maria Lopez")],
        [
            (
                "2027-06-07 09:00",
                301,
                "[toall]\nMorning all! The fire drill is on Wednesday at 11:00.",
            ),
            (
                "2027-06-07 09:20",
                301,
                "[To:302]Ken Sato\nCould you update the visitor badge list by EOD?",
            ),
            ("2027-06-07 09:22", 302, "[rp aid=301 to={m2}]Anna Miller\nOn it!"),
            ("2027-06-07 10:00", 303, "I'll send the June newsletter draft by Wednesday."),
            ("2027-06-07 10:05", 301, "Thanks Maria!"),
            (
                "2027-06-07 16:30",
                302,
                "[rp aid=301 to={m2}]Anna Miller\nDone, the badge list is updated.",
            ),
            ("2027-06-07 16:35", 301, "Great, thanks."),
            (
                "2027-06-08 11:00",
                303,
                "Quick question: is the meeting room on 5F free tomorrow at 3pm?",
            ),
            ("2027-06-08 11:05", 301, "[rp aid=303 to={m8}]Maria Lopez\nYes, it's free from 2pm."),
            ("2027-06-09 15:00", 303, "Newsletter draft sent to everyone. Finished!"),
        ],
        [
            task(2, ["badge"], [302], ("2027-06-07", "Mon"), "done"),
            task(4, ["newsletter"], [303], ("2027-06-09", "Wed"), "done"),
        ],
    ),
    # Mixed room: JA request done by an English reply; can you ... by next Monday; the assignee
    # pushes it to Friday by reply.
    conv(
        "blind6-002",
        (9602, "総務 / Admin"),
        [(304, "Ryan Cole"), (305, "中山 由紀"), (306, "Lena Fischer")],
        [
            (
                "2027-06-08 09:10",
                305,
                "[To:304]Ryan Coleさん\n在留カードのコピーを明日までに提出してください。",
            ),
            ("2027-06-08 09:15", 304, "[rp aid=305 to={m1}]中山 由紀さん\nSure, will do!"),
            (
                "2027-06-08 09:30",
                305,
                "[To:306]Lena Fischerさん\nCan you fill in the commuting allowance form by next Monday?",
            ),
            ("2027-06-08 09:40", 306, "[rp aid=305 to={m3}]中山 由紀さん\nOK! 了解です。"),
            ("2027-06-08 11:00", 304, "By the way, what time does the office close on Friday?"),
            ("2027-06-08 11:05", 305, "[rp aid=304 to={m5}]Ryan Coleさん\n金曜は18時までです。"),
            (
                "2027-06-09 10:00",
                304,
                "[rp aid=305 to={m1}]中山 由紀さん\nI submitted the copy of my residence card this morning. Done!",
            ),
            ("2027-06-09 10:05", 305, "ありがとうございます！"),
            (
                "2027-06-10 14:00",
                306,
                "[rp aid=305 to={m3}]中山 由紀さん\nI need my landlord's signature first, so I'll push it to Friday.",
            ),
            ("2027-06-10 14:10", 305, "[rp aid=306 to={m9}]Lena Fischerさん\n了解です！"),
        ],
        [
            task(1, ["在留カード"], [304], ("2027-06-09", "Wed"), "done"),
            task(3, ["commuting"], [306], ("2027-06-11", "Fri")),
        ],
    ),
    # Chatwork tasks added in a row (date, time, lt=0 ltype=none); two closed by task_done,
    # one of them while its assignee holds another open task.
    conv(
        "blind6-003",
        (9603, "Project Hikari"),
        [(307, "森本 健"), (308, "Chris Evans"), (309, "田村 彩")],
        [
            (
                "2027-06-14 10:00",
                307,
                _added(308, _lt("2027-06-16"), "Translate the FAQ page into English", "date"),
            ),
            (
                "2027-06-14 10:00",
                307,
                _added(309, _lt("2027-06-15", "15:00"), "ユーザーテスト参加者への日程連絡", "time"),
            ),
            ("2027-06-14 10:01", 307, _added(308, 0, "Proofread the release notes", "none")),
            ("2027-06-14 10:05", 307, "[toall]\nタスクを3件振りました。よろしくお願いします。"),
            ("2027-06-14 10:10", 308, "Got it, thanks!"),
            (
                "2027-06-15 14:30",
                309,
                _done(309, _lt("2027-06-15", "15:00"), "ユーザーテスト参加者への日程連絡", "time"),
            ),
            (
                "2027-06-16 17:00",
                308,
                _done(308, _lt("2027-06-16"), "Translate the FAQ page into English", "date"),
            ),
            ("2027-06-16 17:05", 307, "お疲れ様です、ありがとうございます！"),
        ],
        [
            task(1, ["FAQ"], [308], ("2027-06-16", "Wed"), "done"),
            task(2, ["日程連絡"], [309], ("2027-06-15T15:00", "Tue"), "done"),
            task(3, ["release notes"], [308], None),
        ],
    ),
    # Old task bodies without ltype (a day's 23:59:59, and lt=0); an acceptance by reply; a
    # bare JA completion from the only-open assignee; old-style task_done.
    conv(
        "blind6-004",
        (9604, "経営企画"),
        [(310, "石田 誠"), (311, "Mia Wong"), (312, "野口 大地")],
        [
            (
                "2027-06-02 09:00",
                310,
                _added(311, _lt("2027-06-04"), "Prepare the board meeting agenda", None),
            ),
            ("2027-06-02 09:01", 310, _added(312, 0, "株主名簿の更新", None)),
            ("2027-06-02 09:30", 311, "[rp aid=310 to={m1}]石田 誠さん\nThanks, will do."),
            ("2027-06-03 12:00", 312, "株主名簿、更新しました。"),
            ("2027-06-03 12:10", 310, "ありがとうございます。"),
            (
                "2027-06-04 16:00",
                311,
                _done(311, _lt("2027-06-04"), "Prepare the board meeting agenda", None),
            ),
            ("2027-06-04 16:05", 310, "Thanks Mia!"),
            ("2027-06-04 16:10", 311, "You're welcome. Have a good weekend!"),
        ],
        [
            task(1, ["agenda"], [311], ("2027-06-04", "Fri"), "done"),
            task(2, ["株主名簿"], [312], None, "done"),
        ],
    ),
    # EN minutes: decisions (information) and action items naming members (first names and
    # a JA name); done by a reply naming the work and by a quote of the line.
    conv(
        "blind6-005",
        (9605, "Product Team"),
        [(313, "James Reed"), (314, "Yuki Mori"), (315, "Sofia Rossi"), (316, "小西 亮")],
        [
            (
                "2027-06-10 17:00",
                313,
                "Minutes of today's product sync (6/10)\n\nAttendees: James, Yuki, Sofia, 小西\n\n[Decisions]\n・The beta launch stays on 6/28.\n・Pricing page copy is approved.\n\n[Action items]\n・Yuki: fix the signup email template by Monday\n・Sofia: collect feedback from the three pilot customers by 6/18\n・小西さん: ログ基盤の見積もりを来週中に取得\n・Next sync is 6/17 at 10:30am.",
            ),
            ("2027-06-10 17:05", 314, "Thanks James. Will do."),
            ("2027-06-10 17:10", 315, "Noted, thanks."),
            (
                "2027-06-14 11:00",
                314,
                "[rp aid=313 to={m1}]James Reed\nThe signup email template is fixed.",
            ),
            (
                "2027-06-16 15:00",
                316,
                "[qt][qtmeta aid=313 time={t1}]・小西さん: ログ基盤の見積もりを来週中に取得[/qt]\n見積もり、取得しました。共有フォルダに置いています。",
            ),
            ("2027-06-16 15:10", 313, "Thanks both!"),
            ("2027-06-16 15:12", 315, "Nice!"),
            ("2027-06-16 15:20", 316, "いえいえ、引き続きよろしくお願いします。"),
        ],
        [
            task(1, ["signup"], [314], ("2027-06-14", "Mon"), "done"),
            task(1, ["feedback"], [315], ("2027-06-18", "Fri")),
            task(1, ["見積"], [316], ("2027-06-18", "Fri"), "done"),
        ],
    ),
    # JA minutes with EN names: info lines with dates; done by reply naming the work, a bare
    # English "Finished!" from the only-open assignee, one line cancelled by the requester's quote.
    conv(
        "blind6-006",
        (9606, "営業企画 定例"),
        [(317, "岡 雅人"), (318, "Tom Hughes"), (319, "杉山 恵美"), (320, "Nina Park")],
        [
            (
                "2027-06-21 18:00",
                317,
                "【議事録】6/21 営業企画定例\n\n■共有事項\n・7月の展示会は7/14(水)〜7/16(金)、東京ビッグサイトです\n・新しい名刺は来週届きます\n\n■アクション\n・Tomさん：展示会ブースのレイアウト案を作成（6/25まで）\n・杉山さん：配布用パンフレットの発注（来週水曜まで）\n・Ninaさん：英語版の製品説明資料を更新（今週中）\n\n以上、よろしくお願いします。",
            ),
            ("2027-06-21 18:05", 318, "Got it, thanks!"),
            ("2027-06-21 18:06", 320, "了解です！"),
            (
                "2027-06-23 10:00",
                318,
                "[rp aid=317 to={m1}]岡 雅人さん\nブースのレイアウト案、作成しました。フォルダに入れてあります。",
            ),
            ("2027-06-24 16:00", 320, "Updated the English product deck. Finished!"),
            ("2027-06-24 16:05", 317, "ありがとうございます！"),
            (
                "2027-06-25 09:00",
                317,
                "[qt][qtmeta aid=317 time={t1}]・杉山さん：配布用パンフレットの発注（来週水曜まで）[/qt]\n杉山さん、こちらは不要になりました。先方が用意してくれるそうです。",
            ),
            ("2027-06-25 09:05", 319, "承知しました！"),
        ],
        [
            task(1, ["レイアウト"], [318], ("2027-06-25", "Fri"), "done"),
            task(1, ["説明資料"], [320], ("2027-06-25", "Fri"), "done"),
        ],
    ),
    # EN "- " list to two people: one closed by a reply naming it, one cancelled, one sent.
    conv(
        "blind6-007",
        (9607, "Events"),
        [(321, "Olivia Grant"), (322, "Ben Carter"), (323, "Aiko Tanaka")],
        [
            (
                "2027-06-01 10:00",
                321,
                "[To:322]Ben Carter\n[To:323]Aiko Tanaka\nFor the summer party, please:\n- book the restaurant by Friday\n- send the invitation email to all staff by 6/8\n- order the gift cards by next Wednesday\nThanks!",
            ),
            ("2027-06-01 10:10", 322, "On it."),
            (
                "2027-06-03 15:00",
                323,
                "[rp aid=321 to={m1}]Olivia Grant\nThe restaurant is booked for 7/2, 19:00.",
            ),
            ("2027-06-03 15:05", 321, "Perfect, thanks Aiko!"),
            (
                "2027-06-07 11:00",
                321,
                "[rp aid=321 to={m1}]Olivia Grant\nActually, cancel the gift cards. HR will handle them.",
            ),
            (
                "2027-06-08 09:30",
                322,
                "[rp aid=321 to={m1}]Olivia Grant\nInvitation email sent to all staff.",
            ),
            ("2027-06-08 09:35", 321, "Thank you!"),
        ],
        [
            task(1, ["restaurant"], [322, 323], ("2027-06-04", "Fri"), "done"),
            task(1, ["invitation"], [322, 323], ("2027-06-08", "Tue"), "done"),
        ],
    ),
    # Chit-chat only: times and dates that ask for no work.
    conv(
        "blind6-008",
        (9608, "Tokyo Office Lounge"),
        [(324, "Liam Scott"), (325, "藤本 さくら"), (326, "Eva Novak")],
        [
            ("2027-06-11 12:00", 324, "Anyone up for ramen at noon tomorrow?"),
            ("2027-06-11 12:02", 325, "いいですね！行きます。"),
            ("2027-06-11 12:05", 326, "I can't, sorry. I have Japanese class at 3pm."),
            ("2027-06-11 12:30", 324, "FYI the elevator maintenance is next Monday from 10:30am."),
            ("2027-06-11 12:31", 325, "了解です、ありがとうございます。"),
            (
                "2027-06-11 13:00",
                326,
                "Does anyone know if the office is open on 7/19? It's a holiday, right?",
            ),
            (
                "2027-06-11 13:05",
                325,
                "[rp aid=326 to={m6}]Eva Novakさん\nはい、海の日なのでお休みです。",
            ),
            ("2027-06-11 13:06", 326, "Thanks!"),
            ("2027-06-11 17:55", 324, "Have a nice weekend, everyone!"),
            ("2027-06-11 17:56", 325, "お疲れ様でした！"),
        ],
        [],
    ),
    # Commitments with times (I will ... by 3pm today, Friday noon); a JA request with a
    # time; a quote closes one of the sender's two tasks; the assignee pushes to Monday.
    conv(
        "blind6-009",
        (9609, "Infra"),
        [(327, "Noah Adams"), (328, "斉藤 亮太"), (329, "Hannah Lee")],
        [
            (
                "2027-06-16 09:10",
                327,
                "The staging certificate expires soon. I will renew it by 3pm today.",
            ),
            (
                "2027-06-16 09:15",
                328,
                "[To:327]Noah Adamsさん\nありがとうございます。ついでにDNSの設定も確認してもらえますか？明日10:30までで大丈夫です。",
            ),
            ("2027-06-16 09:20", 327, "[rp aid=328 to={m2}]斉藤 亮太さん\nSure, will do."),
            (
                "2027-06-16 11:00",
                329,
                "I'll write the postmortem for last week's outage by Friday noon.",
            ),
            (
                "2027-06-16 14:40",
                327,
                "[qt][qtmeta aid=327 time={t1}]The staging certificate expires soon. I will renew it by 3pm today.[/qt]\nRenewed, done.",
            ),
            (
                "2027-06-17 10:00",
                327,
                "[rp aid=328 to={m2}]斉藤 亮太さん\nDNS settings checked, no issues found.",
            ),
            ("2027-06-17 10:05", 328, "ありがとうございます！"),
            (
                "2027-06-18 09:00",
                329,
                "[rp aid=329 to={m4}]Hannah Lee\nNeed one more day for the timeline, so I'll push it to Monday.",
            ),
        ],
        [
            task(1, ["certificate"], [327], ("2027-06-16T15:00", "Wed"), "done"),
            task(2, ["DNS"], [327], ("2027-06-17T10:30", "Thu"), "done"),
            task(4, ["postmortem"], [329], ("2027-06-21", "Mon")),
        ],
    ),
    # by 12/5 across a month end; by end of day; a date that is information; bare "sent".
    conv(
        "blind6-010",
        (9610, "Finance"),
        [(330, "Grace Liu"), (331, "大塚 健"), (332, "Peter Hall")],
        [
            (
                "2027-11-30 10:00",
                330,
                "[To:331]大塚 健さん\nCould you send me the expense report by 12/5?",
            ),
            ("2027-11-30 10:05", 331, "[rp aid=330 to={m1}]Grace Liuさん\n承知しました。"),
            (
                "2027-11-30 10:30",
                330,
                "[To:332]Peter Hall\nPlease reconcile the November invoices by end of day.",
            ),
            ("2027-11-30 10:32", 332, "[rp aid=330 to={m3}]Grace Liu\nWill do."),
            (
                "2027-11-30 17:30",
                332,
                "[rp aid=330 to={m3}]Grace Liu\nReconciliation finished. Two invoices were missing, I've flagged them.",
            ),
            ("2027-12-01 09:00", 330, "Reminder: the year-end party is on 12/17 at 7pm."),
            ("2027-12-03 16:00", 331, "Expense report sent to Grace."),
            ("2027-12-03 16:05", 330, "Got it, thanks!"),
        ],
        [
            task(1, ["expense"], [331], ("2027-12-05", "Sun"), "done"),
            task(3, ["invoices"], [332], ("2027-11-30", "Tue"), "done"),
        ],
    ),
    # [toall] please ... this week (multi-assignee, a bare completion leaves it open); would
    # you ... by next Monday, then no longer needed.
    conv(
        "blind6-011",
        (9611, "HR"),
        [(333, "Laura Bell"), (334, "高木 直人"), (335, "Omar Haddad"), (336, "久保 真央")],
        [
            (
                "2027-06-23 09:00",
                333,
                "[toall]\nPlease complete the annual health check questionnaire this week.",
            ),
            ("2027-06-23 09:05", 334, "承知しました。"),
            (
                "2027-06-23 09:10",
                333,
                "[To:335]Omar Haddad\nWould you translate the new remote work policy into Arabic by next Monday?",
            ),
            ("2027-06-23 09:12", 335, "[rp aid=333 to={m3}]Laura Bell\nSure!"),
            ("2027-06-23 10:00", 336, "ちなみに、健康診断の問診票はどこにありますか？"),
            (
                "2027-06-23 10:02",
                333,
                "[rp aid=336 to={m5}]久保 真央さん\nポータルの「人事」フォルダにあります。",
            ),
            ("2027-06-24 12:00", 336, "問診票、提出しました！"),
            (
                "2027-06-28 10:00",
                333,
                "[rp aid=333 to={m3}]Laura Bell\nOmar, sorry, the translation is no longer needed. Legal will handle it.",
            ),
            ("2027-06-28 10:05", 335, "No problem!"),
        ],
        [
            task(1, ["questionnaire"], [334, 335, 336], ("2027-06-25", "Fri")),
        ],
    ),
    # can you ... by tomorrow noon, accepted in JA; EOD call done by "Called them"; the
    # requester pushes the first to next Tuesday; a bare 送付しました closes it.
    conv(
        "blind6-012",
        (9612, "Sales"),
        [(337, "Mark Evans"), (338, "上田 真紀"), (339, "Jin Park")],
        [
            (
                "2027-06-03 11:00",
                337,
                "[To:338]上田 真紀さん\nCan you prepare the quote for Sakura Foods by tomorrow noon?",
            ),
            (
                "2027-06-03 11:05",
                338,
                "[rp aid=337 to={m1}]Mark Evansさん\n承知しました、明日の昼までにお送りします。",
            ),
            (
                "2027-06-03 11:30",
                337,
                "[To:339]Jin Park\nPlease call the logistics partner about the delivery delay by EOD.",
            ),
            (
                "2027-06-03 15:00",
                339,
                "[rp aid=337 to={m3}]Mark Evans\nCalled them. The shipment arrives on 6/9.",
            ),
            (
                "2027-06-04 09:00",
                337,
                "[rp aid=337 to={m1}]Mark Evans\n上田さん、the client asked for one more option, so let's push it to next Tuesday.",
            ),
            ("2027-06-04 09:05", 338, "了解です！"),
            ("2027-06-08 14:00", 338, "見積書、送付しました。"),
        ],
        [
            task(1, ["quote"], [338], ("2027-06-08", "Tue"), "done"),
            task(3, ["logistics"], [339], ("2027-06-03", "Thu"), "done"),
        ],
    ),
    # Chatwork tasks, two for one assignee: task_done closes one, then a bare completion
    # closes the other (the only one still open); a [toall] greeting.
    conv(
        "blind6-013",
        (9613, "Customer Support"),
        [(340, "山中 翔"), (341, "Kate Moore"), (342, "三浦 玲"), (SELF, "chatsync")],
        [
            (
                "2027-06-28 09:00",
                340,
                _added(341, _lt("2027-06-29", "12:00"), "Reply to the refund ticket #4821", "time"),
            ),
            (
                "2027-06-28 09:00",
                340,
                _added(342, _lt("2027-07-02"), "FAQ記事「パスワード再設定」の更新", "date"),
            ),
            (
                "2027-06-28 09:01",
                340,
                _added(341, _lt("2027-06-30"), "Escalation list clean-up", "date"),
            ),
            ("2027-06-28 09:30", 341, "Thanks! Will do."),
            ("2027-06-28 10:00", 340, "[toall]\nチケット対応、今週もよろしくお願いします。"),
            (
                "2027-06-29 11:30",
                341,
                _done(341, _lt("2027-06-29", "12:00"), "Reply to the refund ticket #4821", "time"),
            ),
            ("2027-06-30 17:00", 341, "Escalation list cleaned up. Done!"),
            ("2027-07-01 10:00", 342, "FAQ記事、更新しました。"),
            ("2027-07-01 10:10", 340, "皆さんありがとうございます！"),
        ],
        [
            task(1, ["refund"], [341], ("2027-06-29T12:00", "Tue"), "done"),
            task(2, ["FAQ"], [342], ("2027-07-02", "Fri"), "done"),
            task(3, ["Escalation"], [341], ("2027-06-30", "Wed"), "done"),
        ],
        self_account_id=SELF,
    ),
    # EN notes with "- " lines, some information; done by replies naming the work; the
    # assignee moves one to 6/29 by reply.
    conv(
        "blind6-014",
        (9614, "Marketing Weekly"),
        [(343, "Sam Turner"), (344, "Rina Ito"), (345, "Jack Wilson"), (346, "西田 恭子")],
        [
            (
                "2027-06-15 16:00",
                343,
                "Weekly marketing sync - notes\n\n- Web traffic is up 12% vs last month.\n- The spring campaign report is in the shared drive.\n- Rina: draft the July blog calendar by Thursday\n- Jack: set up the A/B test for the landing page by next Friday\n- 西田さん: SNS広告の請求書を経理に提出（6/18まで）\n- We'll revisit the budget at the next sync on 6/22.\n\nThanks all!",
            ),
            ("2027-06-15 16:10", 345, "Will do."),
            (
                "2027-06-17 15:00",
                344,
                "[rp aid=343 to={m1}]Sam Turner\nThe July blog calendar is done, it's in the shared drive.",
            ),
            (
                "2027-06-18 11:00",
                346,
                "[rp aid=343 to={m1}]Sam Turnerさん\n請求書、経理に提出しました。",
            ),
            ("2027-06-18 11:05", 343, "Thank you!"),
            (
                "2027-06-21 10:00",
                345,
                "[rp aid=343 to={m1}]Sam Turner\nThe A/B test is taking longer, I'll finish it by 6/29.",
            ),
            ("2027-06-21 10:05", 343, "OK, thanks for letting me know."),
            ("2027-06-21 10:06", 344, "Good luck Jack!"),
        ],
        [
            task(1, ["blog"], [344], ("2027-06-17", "Thu"), "done"),
            task(1, ["A/B"], [345], ("2027-06-29", "Tue")),
            task(1, ["請求書"], [346], ("2027-06-18", "Fri"), "done"),
        ],
    ),
    # A numbered JA list to one person: a bare 修正しました with three open closes none; a
    # quote of one line and a reply naming another close those.
    conv(
        "blind6-015",
        (9615, "開発 Dev"),
        [(347, "Alex Chen"), (348, "松井 拓"), (349, "Julia Costa")],
        [
            (
                "2027-06-09 10:00",
                347,
                "[To:348]松井 拓さん\n以下お願いします。\n1. ログイン画面の文言修正（明日まで）\n2. エラーログの調査（金曜まで）\n3. READMEの英訳（来週中）",
            ),
            ("2027-06-09 10:05", 348, "[rp aid=347 to={m1}]Alex Chenさん\n承知しました！"),
            ("2027-06-10 16:00", 348, "修正しました！"),
            (
                "2027-06-10 16:05",
                347,
                "[rp aid=348 to={m3}]松井 拓さん\nありがとうございます。どの件ですか？",
            ),
            (
                "2027-06-10 16:10",
                348,
                "[qt][qtmeta aid=347 time={t1}]1. ログイン画面の文言修正（明日まで）[/qt]\nこちらです、文言修正しました。",
            ),
            (
                "2027-06-11 18:00",
                348,
                "[rp aid=347 to={m1}]Alex Chenさん\nエラーログの調査、終わりました。原因はタイムアウト設定でした。",
            ),
            ("2027-06-11 18:10", 349, "Nice work!"),
        ],
        [
            task(1, ["文言"], [348], ("2027-06-10", "Thu"), "done"),
            task(1, ["エラーログ"], [348], ("2027-06-11", "Fri"), "done"),
            task(1, ["README"], [348], ("2027-06-18", "Fri")),
        ],
    ),
    # by end of day; Wednesday 10:30am cancelled by the requester's quote ("cancel that");
    # done by a past verb; I'll ... by Thursday 3pm.
    conv(
        "blind6-016",
        (9616, "Design"),
        [(350, "Ella Moore"), (351, "Kevin Brooks"), (352, "吉川 葵")],
        [
            (
                "2027-06-14 10:00",
                350,
                "[To:351]Kevin Brooks\nCan you resize the hero banner for mobile by end of day?",
            ),
            ("2027-06-14 10:02", 351, "Sure thing."),
            (
                "2027-06-14 10:30",
                350,
                "[To:352]吉川 葵さん\nCould you export the icon set as SVG by Wednesday 10:30am?",
            ),
            (
                "2027-06-14 11:00",
                350,
                "[qt][qtmeta aid=350 time={t3}]Could you export the icon set as SVG by Wednesday 10:30am?[/qt]\nSorry, cancel that. The client sent the SVGs themselves.",
            ),
            ("2027-06-14 11:02", 352, "了解です！"),
            (
                "2027-06-14 17:40",
                351,
                "[rp aid=350 to={m1}]Ella Moore\nResized and uploaded to Figma.",
            ),
            ("2027-06-14 17:45", 350, "Thanks Kevin!"),
            (
                "2027-06-15 09:00",
                351,
                "I'll prepare three logo variations for the client review by Thursday 3pm.",
            ),
        ],
        [
            task(1, ["banner"], [351], ("2027-06-14", "Mon"), "done"),
            task(8, ["logo"], [351], ("2027-06-17T15:00", "Thu")),
        ],
    ),
    # JA requests to foreign staff answered in English; a JA commitment with [To:].
    conv(
        "blind6-017",
        (9617, "経理チーム"),
        [(353, "坂井 誠"), (354, "Daniel Kraus"), (355, "星野 美月")],
        [
            (
                "2027-06-18 15:00",
                353,
                "[To:354]Daniel Krausさん\n来週月曜の朝イチまでに、出張精算の領収書をスキャンして送ってください。",
            ),
            (
                "2027-06-18 15:05",
                354,
                "[rp aid=353 to={m1}]坂井 誠さん\nOK, I'll send them Monday morning.",
            ),
            (
                "2027-06-18 15:30",
                355,
                "[To:353]坂井 誠さん\n支払予定表、私の方で本日中に更新しておきます。",
            ),
            ("2027-06-18 17:50", 355, "支払予定表、更新しました。"),
            ("2027-06-18 17:55", 353, "ありがとうございます、良い週末を！"),
            (
                "2027-06-21 09:40",
                354,
                "[rp aid=353 to={m1}]坂井 誠さん\nReceipts scanned and sent. Done!",
            ),
            ("2027-06-21 09:45", 353, "確認しました、ありがとうございます。"),
        ],
        [
            task(1, ["領収書"], [354], ("2027-06-21T10:00", "Mon"), "done"),
            task(3, ["支払予定表"], [355], ("2027-06-18", "Fri"), "done"),
        ],
    ),
    # [toall] with chatsync in the room; a date that describes the event; a booking for a day.
    conv(
        "blind6-018",
        (9618, "All Hands Prep"),
        [(356, "Rachel Green"), (357, "森田 健二"), (358, "Leo Martins"), (SELF, "chatsync")],
        [
            (
                "2027-07-06 10:00",
                356,
                "[toall]\nPlease send me your slides for the 7/16 all-hands by next Monday.",
            ),
            ("2027-07-06 10:05", 357, "承知しました。"),
            ("2027-07-06 10:10", 358, "Will do!"),
            (
                "2027-07-06 11:00",
                356,
                "[To:357]森田 健二さん\nAlso, could you book the large meeting room for 7/16?",
            ),
            ("2027-07-06 11:05", 357, "[rp aid=356 to={m4}]Rachel Greenさん\n予約しました！"),
            ("2027-07-06 11:10", 356, "Thanks!"),
            ("2027-07-09 17:00", 358, "[rp aid=356 to={m1}]Rachel Green\nSlides sent!"),
            ("2027-07-09 17:05", 356, "Got them, thanks Leo."),
        ],
        [
            task(1, ["slides"], [357, 358], ("2027-07-12", "Mon"), "done"),
            task(4, ["meeting room"], [357], None, "done"),
        ],
        self_account_id=SELF,
    ),
    # Helpdesk: FYI with times, a question, a JA request fixed by reply, "Done for today".
    conv(
        "blind6-019",
        (9619, "IT Helpdesk"),
        [(359, "George Hill"), (360, "村田 香"), (361, "Ivy Chen")],
        [
            (
                "2027-06-30 09:00",
                359,
                "FYI: the VPN will be down tonight from 22:00 to 23:00 for maintenance.",
            ),
            ("2027-06-30 09:05", 360, "了解です。"),
            (
                "2027-06-30 09:30",
                361,
                "Is the new Wi-Fi password the same for the 4F meeting rooms?",
            ),
            (
                "2027-06-30 09:35",
                359,
                "[rp aid=361 to={m3}]Ivy Chen\nYes, same password. It's on the notice board.",
            ),
            (
                "2027-06-30 10:00",
                360,
                "[To:359]George Hillさん\n4階のプリンターが紙詰まりしています。見ていただけますか？",
            ),
            ("2027-06-30 10:03", 359, "[rp aid=360 to={m5}]村田 香さん\nOn it."),
            (
                "2027-06-30 10:20",
                359,
                "[rp aid=360 to={m5}]村田 香さん\nFixed. It was a torn sheet in tray 2.",
            ),
            ("2027-06-30 10:22", 360, "助かりました、ありがとうございます！"),
            ("2027-06-30 18:00", 361, "Done for today, see you tomorrow!"),
            ("2027-06-30 18:01", 359, "See you!"),
        ],
        [
            task(5, ["プリンター"], [359], None, "done"),
        ],
    ),
    # Weekend: I'll ... this week on a Saturday (next Friday), 今週中 on a Saturday, tomorrow
    # on a Sunday; bare completion; reply completion.
    conv(
        "blind6-020",
        (9620, "Weekend Ops"),
        [(362, "Ryan Park"), (363, "江口 海斗"), (364, "Zoe Clark")],
        [
            (
                "2027-06-12 10:00",
                362,
                "Sorry for the weekend ping. I'll fix the broken link on the pricing page this week.",
            ),
            (
                "2027-06-12 10:30",
                363,
                "[To:362]Ryan Parkさん\n了解です、ありがとうございます。ついでに、サイトマップの更新も今週中にお願いできますか？",
            ),
            ("2027-06-12 10:40", 362, "[rp aid=363 to={m2}]江口 海斗さん\nSure, will do."),
            (
                "2027-06-13 20:00",
                364,
                "I'll write the test plan for the checkout flow by tomorrow.",
            ),
            ("2027-06-14 16:00", 364, "Test plan finished and shared in the wiki."),
            (
                "2027-06-16 11:00",
                362,
                "[rp aid=363 to={m2}]江口 海斗さん\nサイトマップ、更新しました。",
            ),
            ("2027-06-16 11:05", 363, "ありがとうございます！"),
        ],
        [
            task(1, ["link"], [362], ("2027-06-18", "Fri")),
            task(2, ["サイトマップ"], [362], ("2027-06-18", "Fri"), "done"),
            task(4, ["test plan"], [364], ("2027-06-14", "Mon"), "done"),
        ],
    ),
    # Chatwork tasks with a two-line body, a time, and an old body with lt=0; a "task added"
    # note that is no task.
    conv(
        "blind6-021",
        (9621, "法務 Legal"),
        [(365, "青山 直樹"), (366, "Emma Davis"), (367, "小島 葉子")],
        [
            (
                "2027-07-01 14:00",
                365,
                _added(
                    366,
                    _lt("2027-07-07"),
                    "NDA draft review for Nexus Ltd.\nPlease check clauses 5 and 8.",
                    "date",
                ),
            ),
            (
                "2027-07-01 14:01",
                365,
                "[To:366]Emma Davisさん\nタスクを追加しました。よろしくお願いします。",
            ),
            (
                "2027-07-01 14:05",
                366,
                "[rp aid=365 to={m2}]青山 直樹さん\nThanks, I'll take a look.",
            ),
            (
                "2027-07-01 14:30",
                365,
                _added(367, _lt("2027-07-02", "10:00"), "契約書原本の郵送手配", "time"),
            ),
            (
                "2027-07-02 09:30",
                367,
                _done(367, _lt("2027-07-02", "10:00"), "契約書原本の郵送手配", "time"),
            ),
            ("2027-07-05 11:00", 365, _added(366, 0, "Update the contract template index", None)),
            (
                "2027-07-06 17:00",
                366,
                _done(
                    366,
                    _lt("2027-07-07"),
                    "NDA draft review for Nexus Ltd.\nPlease check clauses 5 and 8.",
                    "date",
                ),
            ),
            ("2027-07-06 17:05", 365, "Thanks Emma!"),
            ("2027-07-06 17:10", 366, "No problem."),
        ],
        [
            task(1, ["NDA"], [366], ("2027-07-07", "Wed"), "done"),
            task(4, ["郵送"], [367], ("2027-07-02T10:00", "Fri"), "done"),
            task(6, ["template"], [366], None),
        ],
    ),
    # Reception: tomorrow 3pm closed by a quote ("Finished"); 昼まで; an information reminder.
    conv(
        "blind6-022",
        (9622, "Tokyo Office - 受付"),
        [(368, "Hugo Silva"), (369, "北村 遥"), (370, "Mina Cho")],
        [
            (
                "2027-07-12 09:00",
                369,
                "[To:368]Hugo Silvaさん\nCould you prepare the welcome kit for the new hire by tomorrow 3pm?",
            ),
            ("2027-07-12 09:05", 368, "[rp aid=369 to={m1}]北村 遥さん\nSure!"),
            (
                "2027-07-12 09:10",
                369,
                "[To:370]Mina Choさん\n来客用の駐車券を2枚、昼までに用意してもらえますか？",
            ),
            (
                "2027-07-12 11:30",
                370,
                "[rp aid=369 to={m3}]北村 遥さん\n駐車券、用意しました。受付に置いてあります。",
            ),
            (
                "2027-07-13 14:00",
                368,
                "[qt][qtmeta aid=369 time={t1}]Could you prepare the welcome kit for the new hire by tomorrow 3pm?[/qt]\nFinished, it's on the new hire's desk.",
            ),
            ("2027-07-13 14:05", 369, "ありがとうございます！"),
            ("2027-07-13 14:30", 370, "Reminder: the new hire starts on 7/15 at 9:30."),
        ],
        [
            task(1, ["welcome kit"], [368], ("2027-07-13T15:00", "Tue"), "done"),
            task(3, ["駐車券"], [370], ("2027-07-12T12:00", "Mon"), "done"),
        ],
    ),
    # Mixed chit-chat with times and a typhoon notice: no task.
    conv(
        "blind6-023",
        (9623, "Tokyo Office - Random"),
        [(371, "Max Weber"), (372, "内田 彩乃"), (373, "Lily Evans")],
        [
            ("2027-06-24 12:00", 371, "Lunch at the new curry place today? 12:30 at the lobby."),
            ("2027-06-24 12:01", 372, "行きます！"),
            ("2027-06-24 12:02", 373, "Count me in."),
            ("2027-06-24 13:30", 371, "That was great. Thanks for joining!"),
            ("2027-06-24 15:00", 372, "台風の影響で、明日は在宅勤務推奨だそうです。"),
            ("2027-06-24 15:02", 373, "Thanks for the heads-up. Is the office closed tomorrow?"),
            (
                "2027-06-24 15:05",
                372,
                "[rp aid=373 to={m6}]Lily Evansさん\n閉まってはいないですが、無理せず在宅で大丈夫です。",
            ),
            ("2027-06-24 15:06", 373, "Got it, thank you!"),
            ("2027-06-24 18:00", 371, "お疲れ様です！Stay safe tomorrow."),
            ("2027-06-24 18:01", 372, "お疲れ様でした！"),
        ],
        [],
    ),
    # Recruiting: this week; Wednesday noon; done by 設定しました and a bare "shared".
    conv(
        "blind6-024",
        (9624, "Recruiting"),
        [(374, "Sophie Turner"), (375, "原 大輔"), (376, "Arjun Mehta")],
        [
            (
                "2027-06-07 10:00",
                374,
                "[To:375]原 大輔さん\nCould you schedule the second interview with the Java candidate this week?",
            ),
            ("2027-06-07 10:02", 375, "[rp aid=374 to={m1}]Sophie Turnerさん\n承知しました。"),
            (
                "2027-06-07 10:30",
                376,
                "Good morning! The job post for the data analyst role is live now.",
            ),
            ("2027-06-07 10:35", 374, "Great, thanks Arjun!"),
            (
                "2027-06-07 11:00",
                374,
                "[To:376]Arjun Mehta\nCan you share the candidate pipeline report by Wednesday noon?",
            ),
            ("2027-06-07 11:01", 376, "[rp aid=374 to={m5}]Sophie Turner\nWill do."),
            (
                "2027-06-08 16:00",
                375,
                "[rp aid=374 to={m1}]Sophie Turnerさん\n二次面接、6/10(木)14時で設定しました。",
            ),
            ("2027-06-08 16:05", 374, "ありがとうございます！"),
            ("2027-06-09 11:50", 376, "Pipeline report shared in the recruiting folder."),
            ("2027-06-09 11:55", 374, "Thanks!"),
        ],
        [
            task(1, ["interview"], [375], ("2027-06-11", "Fri"), "done"),
            task(5, ["pipeline"], [376], ("2027-06-09T12:00", "Wed"), "done"),
        ],
    ),
]
