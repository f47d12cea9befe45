# ruff: noqa: E501
"""Blind set 15, Japanese half: 14 Chatwork conversations modelled on public team threads.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (build.py, read in full) and
the first ~140 and last 40 lines of blind14_ja_cases.py for the file's shape; nothing
under src/, no other test file and no notes were read, and the parser was never run on
these texts. Fifteen searches were made only to learn how people really write: ten of
public Japanese issue/PR threads (レビューお願いします／対応しました, 確認おねしゃす／見ておきます,
後で直します／マージします, 再現しません／手が空いたら, 一旦保留／クローズ／取り下げ, 週末に対応予定と
翻訳の分担, 代わりにやります／明日やります, LGTM と typo 修正, 翻訳ドキュメントの表記ゆれ, 勉強会運営の
ToDo と会場手配) and five of public pages (ビジネスチャットの依頼例文, 進捗報告の例文, 期限延長のお願い,
やんわりした催促, 社内チャットの返信の使い分け). No sentence was copied: every sentence, person,
project, shop, ticket number and URL here is invented. Every gold due was computed by a
throwaway script in /tmp (datetime + jpholiday for 2031: business days across Golden
Week, 週明け after 海の日 and 敬老の日, 今週中／来週中 sent on a Saturday, bare weekdays,
M/D), not in the head. Cancelled tasks are left out of the gold, as the spec drops them.

Domains: a web-app dev team (PR review), a volunteer docs translation team, a QA team,
a small web agency, a customer-support desk, an accounting section (Chatwork tasks), a
second-hand book fair committee, a design team, a mobile-app team with the tool's own
bot account, a bakery, an OSS documentation team, a general-affairs room, a game
localisation QA team and a cram-school staff room.

Covers: terse asks and slang (レビューおねしゃす, りょです, りょ🫡, やっときます(｀・ω・´)ゞ),
questions that are requests (見積もり出してもらえたりしますか？, 見てもらえたりしますか？),
commitments without a time (後で直します as an acceptance vs. 見ておきます / 引き取ります /
巻き取ります / 発注しておくね as new tasks), an offer that names the work (後半のアイテム説明文
やります), completion in other words (LGTM, マージしました, PR出しました, 見終わりました, 刷りました,
押さえました, 在庫見ました), a bare completion from someone with one open task vs. several, a
bare "my part is done" on a shared task, a report that a vendor came (closes nothing),
acceptances whose deadline replaces the ask's (水曜までに, 明日の夕方, 明日の朝イチ, 今日中に),
new deadlines by [rp] to one's own message (月曜まで延ばします, 来週水曜まで, 週明けに出してきます),
cancellation by [rp] (取り下げます) and by [qt][qtmeta] of one line of a list, two tasks in
one sentence (再配達の手配 + 一次返信), to-do blocks with （名前さん）, (~M/D), (~M/D HH:MM),
担当：／期限： lines, [To:] / [rp] / [toall] with the self bot excluded / plain-text names
(→ [] as the spec's precedence says), Chatwork task markup (ltype=date and ltype=none, with
task_done), and dates that are not deadlines (来月10日の保護者会, 9/20(土)の当日, 明日の苺タルト,
金曜の定例, 週明けの申請 next to 金曜までに). Noise: greetings, 👍 / 🙋‍♀️ only, typos, kaomoji,
:pray:, pasted stack traces, CI logs, a customer letter and a reply template holding
ご確認ください, an automated bot notice, questions for information, requests to wait
(少々お待ちください), promises to report (戻ったら私から流しますね), conditional offers
(人手足りなければ自分出ます, 忙しそうなら代わりにやりますよ) and calls for volunteers. Three
conversations (b15ja-03, -08, -12) hold no task at all.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    2101: "市川 蓮",
    2102: "相馬 ひかり",
    2103: "ドミトリー 佐伯",
    2104: "矢野 健吾",
    2105: "岸本 紗季",
    2106: "ファン 直人",
    2107: "小野寺 唯",
    2108: "江口 聡",
    2109: "村瀬 まどか",
    2110: "西岡 直樹",
    2111: "ラフマン 純",
    2112: "宮下 あゆみ",
    2113: "千葉 康平",
    2114: "大倉 拓海",
    2115: "桐谷 莉子",
    2116: "ホアン 亮太",
    2117: "湯浅 麻衣",
    2118: "白井 早苗",
    2119: "ゴメス 輝",
    2120: "竹中 奈央",
    2121: "古川 優斗",
    2122: "安田 昌子",
    2123: "野村 航",
    2124: "岩崎 由里",
    2125: "チョウ 美咲",
    2126: "北村 亮介",
    2127: "桑原 ゆかり",
    2128: "ラミレス 健",
    2129: "森田 千秋",
    2130: "石原 保",
    2131: "藤原 みのり",
    2132: "ハンター 陽",
    2133: "黒田 彩乃",
    2134: "吉岡 誠",
    2135: "長尾 隼人",
    2136: "サントス 光",
    2137: "浅野 美咲",
    2138: "坂田 大樹",
    2139: "ぱくぱく連携bot",
    2140: "高野 美和",
    2141: "根本 悠",
    2142: "アウン 優一",
    2143: "片桐 七海",
    2144: "三宅 翔",
    2145: "エリック 望月",
    2146: "平田 このみ",
    2147: "大和田 仁",
    2148: "篠原 恭子",
    2149: "ムーア 拓",
    2150: "佐野 晴美",
    2151: "大橋 徹",
    2152: "宇佐美 慎",
    2153: "ニコラ 杏",
    2154: "堤 かずき",
    2155: "林田 美優",
    2156: "オルセン 新",
    2157: "室井 達也",
    2158: "丹羽 さくら",
    2159: "アンダーソン 陸",
    2160: "青木 萌",
}


def M(*ids):
    return [(i, P[i]) for i in ids]


CW_INVOICE = "株式会社みなと印刷 請求書の発行（12月分）"
CW_INVOICE_LT = chatwork_lt("2031-01-29")
CW_MOSHI = "10月模試の申込用紙を生徒に配布"

B02_M1 = "v3.2 の原文が出たので分担決めましょう〜\n・getting-started.md（ファンさん）\n・configuration.md（小野寺さん）(~3/16)\n・plugins.md は担当未定です🙏"

CASES = [
    # b15ja-01 (web-app dev team, June): a review ask to [To:2101] in slang (レビューおねしゃす)
    # closed by LGTM in a reply; the reviewer's fix request by [rp] (assignee = reply target,
    # なる早 -> null) accepted with 後で直します (an acceptance, no new task) and closed by
    # 直しました in a reply; the LGTM reply also asks to merge (マージしちゃってください -> a task for
    # 2102), closed by her bare マージしました (her only open task then); a commitment inside a
    # reply to a scheduling question (今週中 sent Wed 6/11 -> Fri 6/13), then moved by her own
    # reply to it (月曜まで延ばします sent Fri 6/13 -> Mon 6/16). Noise: flaky-CI note with a
    # typo, a "who is loading the DB" question, an availability question, 了解です.
    conv(
        "b15ja-01",
        (97001, "kumo-app 開発"),
        M(2101, 2102, 2103, 2104),
        [
            (
                "2031-06-10 10:02",
                2102,
                "#231 のPR出しました。ログイン画面のバリデーションまわりです\nhttps://git.example.jp/kumo/kumo-app/pull/231\n[To:2101]市川さん レビューおねしゃす🙏",
            ),
            ("2031-06-10 10:15", 2104, "CIこけてるのは例のflakyなやつなので気にしなくて大丈夫でs"),
            (
                "2031-06-10 11:40",
                2101,
                "[rp aid=2102 to={m1}]相馬さん\n見ました。`validateEmail` の正規表現、全角の＠が通っちゃうので直してもらえますか？ なる早で🙏 それ以外はよさそうです",
            ),
            ("2031-06-10 11:52", 2102, "[rp aid=2101 to={m3}]あー確かに…後で直します！"),
            (
                "2031-06-10 14:20",
                2103,
                "関係ないけど、stagingのDBが昨日から重い気がします。誰か何か流してます？",
            ),
            (
                "2031-06-10 14:31",
                2104,
                "あ、自分です💦 移行スクリプトのテストしてました。もう止めました",
            ),
            (
                "2031-06-10 16:05",
                2102,
                "[rp aid=2101 to={m3}]直しました！全角は弾くようにして、テストケースも3つ足してます",
            ),
            ("2031-06-10 16:40", 2101, "[rp aid=2102 to={m1}]LGTM👍 マージしちゃってください"),
            ("2031-06-10 16:48", 2102, "マージしました🎉 stagingにも反映済みです"),
            (
                "2031-06-11 09:30",
                2103,
                "[To:2104]矢野さん\n移行スクリプト、本番前に一回読み合わせしたいんですが、明日の午後って空いてますか？",
            ),
            (
                "2031-06-11 09:41",
                2104,
                "[rp aid=2103 to={m10}]空いてます！14時からでどうでしょう。あと、READMEのセットアップ手順が古いままなので、今週中に自分が更新しておきます",
            ),
            ("2031-06-11 09:45", 2103, "了解です！14時で🙆‍♂️"),
            (
                "2031-06-13 17:50",
                2104,
                "[rp aid=2104 to={m11}]README、まだ半分しか書けてないです…月曜まで延ばします🙇",
            ),
        ],
        [
            task(1, ["レビュー"], [2101], None, "done"),
            task(3, ["正規表現"], [2102], None, "done"),
            task(8, ["マージ"], [2102], None, "done"),
            task(11, ["README"], [2104], ("2031-06-16", "Mon"), "open"),
        ],
    ),
    # b15ja-02 (volunteer docs translation, March, much of it on weekends): a split list
    # with （名前さん） owners (getting-started -> 2106, no date; configuration -> 2107,
    # (~3/16)); the third line names no owner and is only information. 引き取ります + 来週中
    # sent Sat 3/8 -> Fri 3/14, moved by the assignee's own [rp] (来週水曜まで延ばします sent Fri
    # 3/14 -> Wed 3/19). The coordinator's 用語集のほうも直しておきますね is a commitment with no
    # time; the decision before it is no task. A PR with 誰かレビューしてもらえるとうれしいです is
    # a review ask naming nobody ([]), closed by a reply (レビューしました…LGTM); the same PR
    # message is 2106's bare "translation done" for his only open task. configuration.md is
    # cancelled by a [qt][qtmeta] of the list that names that line (不要になりました) -> left
    # out of the gold. The last message is a commitment with no time (CI 設定見ておきます).
    conv(
        "b15ja-02",
        (97002, "Lumen Docs 日本語化チーム"),
        M(2105, 2106, 2107, 2108, 2109),
        [
            ("2031-03-08 10:12", 2105, B02_M1),
            ("2031-03-08 10:30", 2106, "了解です！getting-started やります"),
            (
                "2031-03-08 11:05",
                2108,
                "plugins.md、自分引き取ります。たぶん来週中には出せるかと",
            ),
            ("2031-03-08 11:20", 2105, "ありがとうございます🙏 助かります！"),
            (
                "2031-03-10 21:40",
                2107,
                "用語集だと plugin が「プラグイン」と「拡張機能」で揺れてるんですが、どっちに寄せます？",
            ),
            (
                "2031-03-10 21:55",
                2105,
                "プラグインに寄せましょう！用語集のほうも直しておきますね",
            ),
            (
                "2031-03-12 23:10",
                2106,
                "getting-started の訳、PR出しました #58\nhttps://github.example/lumen-docs-ja/pull/58\n誰かレビューしてもらえるとうれしいです",
            ),
            (
                "2031-03-13 08:15",
                2109,
                "[rp aid=2106 to={m7}]レビューしました！表記だけ2か所コメントしてます。それ以外はLGTMです",
            ),
            (
                "2031-03-13 12:00",
                2106,
                "[rp aid=2109 to={m8}]ありがとうございます！コメント反映しました🙇",
            ),
            (
                "2031-03-14 22:30",
                2108,
                "[rp aid=2108 to={m3}]すみません、plugins.md 思ったより長くて…来週水曜まで延ばします🙇",
            ),
            ("2031-03-14 22:41", 2105, "[rp aid=2108 to={m10}]全然大丈夫です！無理なくで〜"),
            (
                "2031-03-15 09:05",
                2107,
                "configuration.md、上流で大幅に書き直しが入るらしいです。lumen/lumen#1204 参照",
            ),
            (
                "2031-03-15 09:30",
                2105,
                "[qt][qtmeta aid=2105 time={t1}]"
                + B02_M1
                + "[/qt]\nconfiguration.md の方は、上流が書き直し中なので今回は不要になりました🙏 小野寺さんすみません！",
            ),
            (
                "2031-03-15 09:40",
                2107,
                "了解です〜 じゃあ空いた時間で、textlint の CI 設定見ておきます",
            ),
        ],
        [
            task(1, ["getting-started"], [2106], None, "done"),
            task(3, ["plugins"], [2108], ("2031-03-19", "Wed"), "open"),
            task(6, ["用語集"], [2105], None, "open"),
            task(7, ["レビュー"], [], None, "done"),
            task(14, ["CI"], [2107], None, "open"),
        ],
    ),
    # b15ja-03 (QA team, September): no task at all. A run announcement, a pasted CI
    # failure, 再現しません, a decision to treat a case as PASS, a count report, a question
    # for information, a promise to report (戻ったら私から流しますね), completion reports of
    # the day's run, thanks and a half-day-off notice.
    conv(
        "b15ja-03",
        (97003, "QA 定例・結果共有"),
        M(2110, 2111, 2112, 2113),
        [
            (
                "2031-09-04 09:00",
                2110,
                "おはようございます。本日のリグレッション、対象は v5.8.0-rc2 です。チェックシートは昨日と同じものを使います",
            ),
            (
                "2031-09-04 10:32",
                2111,
                "```\n[FAIL] TC-0412 checkout_with_coupon\n  expected: 200\n  actual:   502\n```\n1回だけ出ました。再実行では通ってます",
            ),
            ("2031-09-04 10:40", 2112, "こっちの環境だと再現しませんね…たまたまかも"),
            (
                "2031-09-04 10:45",
                2113,
                "同じ時間帯にstagingの再起動が走ってたっぽいので、それかもです",
            ),
            ("2031-09-04 11:02", 2110, "なるほど、ではTC-0412は一旦PASS扱いで👍"),
            (
                "2031-09-04 13:15",
                2112,
                "午前分、112件中109件PASS、3件はブロック（決済サンドボックス待ち）です",
            ),
            ("2031-09-04 13:20", 2111, "サンドボックスって今日中に戻るんでしたっけ？"),
            (
                "2031-09-04 13:24",
                2110,
                "ベンダーからは15時目処と聞いてます。戻ったら私から流しますね",
            ),
            ("2031-09-04 15:08", 2110, "サンドボックス戻りました〜"),
            (
                "2031-09-04 16:45",
                2112,
                "ブロック分も全部PASSでした。本日分はこれで完了です🙌",
            ),
            ("2031-09-04 16:50", 2113, "おつかれさまでした！"),
            ("2031-09-04 16:52", 2111, "おつです〜 明日は自分午前休です🙏"),
        ],
        [],
    ),
    # b15ja-04 (small web agency, April–May): a question-form ask (見積もり出してもらえたり
    # しますか？, 今週中 -> Fri 4/18) whose acceptance by [rp] gives 水曜までに -> Wed 4/16, closed
    # by 作成しました in a reply; a rough-design ask ([To:2115], no date) accepted by [rp] with
    # 明日の夕方 -> 4/15 17:00 and closed by ラフ2案できました in a reply; 先方に送っておきます is
    # a commitment with no time; 全角 ３営業日以内 sent Mon 4/28 -> Fri 5/2 (昭和の日 4/29
    # skipped), moved by the assignee's [rp] (来週木曜まで延ばします sent Fri 5/2 -> Thu 5/8).
    # Noise: B案いいですね, a template note with a file name in backticks, a client update.
    conv(
        "b15ja-04",
        (97004, "Web制作｜ことり茶舗サイト改修"),
        M(2114, 2115, 2116, 2117),
        [
            (
                "2031-04-14 10:00",
                2117,
                "[To:2114]大倉さん\nことり茶舗さんから、トップのバナー差し替えと商品ページ5枚追加の相談が来ました。概算でいいので見積もり出してもらえたりしますか？ 先方が稟議にかけたいそうで、今週中だと助かります",
            ),
            ("2031-04-14 10:12", 2114, "[rp aid=2117 to={m1}]承知です。水曜までに出しますね"),
            (
                "2031-04-14 10:30",
                2114,
                "[To:2115]桐谷さん\nバナーのラフ、2案くらいもらえますか。素材は先方から届いてるこのフォルダのを使ってください\nhttps://drive.example.com/folders/kotori-0414",
            ),
            (
                "2031-04-14 10:41",
                2115,
                "[rp aid=2114 to={m3}]りょです！明日の夕方には出せると思います",
            ),
            (
                "2031-04-15 16:50",
                2115,
                "[rp aid=2114 to={m3}]ラフ2案できました！A案は今のトーン寄せ、B案は新茶シーズン推しです\n[添付: banner_A.png / banner_B.png]",
            ),
            ("2031-04-15 17:05", 2114, "ありがとうございます！B案いいですね✨"),
            (
                "2031-04-16 11:00",
                2114,
                "[rp aid=2117 to={m1}]見積もり作成しました。共有フォルダに入れてます（概算28万円）",
            ),
            ("2031-04-16 11:05", 2117, "早っ！ありがとうございます🙏 先方に送っておきます"),
            (
                "2031-04-17 15:30",
                2116,
                "商品ページのテンプレ、既存の `product-detail.php` 流用で行けそうです。カート周りだけは要確認ですが",
            ),
            (
                "2031-04-25 18:10",
                2117,
                "ことり茶舗さん、稟議通ったそうです！🎉 GW明けから着手でOKとのこと",
            ),
            (
                "2031-04-28 09:40",
                2114,
                "[To:2116]ホアンさん\n商品ページ追加の件、カート連携まわりの調査をお願いしますm(_ _)m ３営業日以内に所感だけでももらえると助かります",
            ),
            ("2031-04-28 09:55", 2116, "[rp aid=2114 to={m11}]了解です！"),
            (
                "2031-05-02 16:00",
                2116,
                "[rp aid=2114 to={m11}]すみません、調査まだ途中です…APIのドキュメントが古くて手こずってます🙇 来週木曜まで延ばします",
            ),
            ("2031-05-02 16:10", 2114, "[rp aid=2116 to={m13}]了解です、無理せずで！"),
        ],
        [
            task(1, ["見積"], [2114], ("2031-04-16", "Wed"), "done"),
            task(3, ["ラフ"], [2115], ("2031-04-15T17:00", "Tue"), "done"),
            task(8, ["送"], [2117], None, "open"),
            task(11, ["調査"], [2116], ("2031-05-08", "Thu"), "open"),
        ],
    ),
    # b15ja-05 (support desk, October): a pasted customer letter in [qt] (its 確認してください
    # asks nothing); a reply with two pieces of work in one sentence (再配達の手配 + 一次返信,
    # both for the reply target 2119, 今日中 -> 10/8); a reply naming 再配達 closes only that
    # one (返信はこれから); 2119's later bare 返信しました closes his only open task; a pasted
    # reply template holding ご確認ください is no task; the lead's ask for the template fix
    # ([rp] to 2120, 来週中 sent Wed 10/8 -> Fri 10/17) is closed by a [qt][qtmeta] of it; a
    # tally ask with a meeting date next to its deadline (金曜の定例 / 木曜までに sent Wed 10/15
    # -> Thu 10/16). Noise: a call for whoever is free (声かけてください), 🙋‍♀️ only, a holiday
    # shift notice, thanks.
    conv(
        "b15ja-05",
        (97005, "サポートデスク（一次対応）"),
        M(2118, 2119, 2120, 2121),
        [
            (
                "2031-10-08 09:10",
                2119,
                "問い合わせ #88412 、お客さまの文面そのまま貼ります\n[qt]注文した商品がまだ届いていません。至急確認してください。明日までに連絡がない場合はキャンセルします。[/qt]\n配送ステータス見ると「持ち戻り」になってました",
            ),
            (
                "2031-10-08 09:18",
                2118,
                "[rp aid=2119 to={m1}]ゴメスさん\n配送業者に再配達の手配をお願いします。お客さまへの一次返信もあわせて今日中で",
            ),
            ("2031-10-08 09:20", 2119, "[rp aid=2118 to={m2}]承知しました！"),
            (
                "2031-10-08 10:05",
                2119,
                "[rp aid=2118 to={m2}]再配達、明日午前で手配しました。お客さまへの返信はこれからです",
            ),
            (
                "2031-10-08 10:40",
                2120,
                "返信テンプレの「お届け遅延」、まだ旧倉庫の名前が入ってますね…\n---\n件名：お届けの遅れについて\nお客様\nこの度はご迷惑をおかけしております。お手数ですが、下記URLより配送状況をご確認ください。\n---",
            ),
            (
                "2031-10-08 10:52",
                2118,
                "[rp aid=2120 to={m5}]ほんとだ。竹中さん、テンプレの修正お願いできますか？ 急ぎじゃないので来週中で大丈夫です",
            ),
            ("2031-10-08 10:55", 2120, "[rp aid=2118 to={m6}]りょうかいです〜"),
            (
                "2031-10-08 11:30",
                2119,
                "#88412、お客さまに返信しました。再配達の日時もお伝え済みです",
            ),
            (
                "2031-10-08 13:00",
                2121,
                "午後から電話が混んできてます📞 手が空いてる人いたら声かけてください〜",
            ),
            ("2031-10-08 13:02", 2120, "🙋‍♀️"),
            (
                "2031-10-10 17:40",
                2118,
                "来週月曜は祝日なので、シフトは火曜からいつも通りです。よい連休を〜",
            ),
            (
                "2031-10-15 10:20",
                2120,
                "[qt][qtmeta aid=2118 time={t6}]ほんとだ。竹中さん、テンプレの修正お願いできますか？ 急ぎじゃないので来週中で大丈夫です[/qt]\nテンプレ直しました！倉庫名と問い合わせ先の番号も新しいものにしてます",
            ),
            ("2031-10-15 10:25", 2118, "ありがとうございます🙏 助かります！"),
            (
                "2031-10-15 10:40",
                2118,
                "[To:2121]古川さん\n先月分の問い合わせ件数、カテゴリ別に集計してもらえますか？ 金曜の定例で使うので木曜までにお願いします",
            ),
            ("2031-10-15 10:50", 2121, "[rp aid=2118 to={m14}]承知しました、まとめておきます"),
        ],
        [
            task(2, ["再配達"], [2119], ("2031-10-08", "Wed"), "done"),
            task(2, ["返信"], [2119], ("2031-10-08", "Wed"), "done"),
            task(6, ["テンプレ"], [2120], ("2031-10-17", "Fri"), "done"),
            task(14, ["集計"], [2121], ("2031-10-16", "Thu"), "open"),
        ],
    ),
    # b15ja-06 (accounting section, January): a [toall] closing-date notice (information,
    # no ask); a Chatwork task (ltype=date, 1/29) closed by task_done; an ask for receipt
    # collection ([To:2124]) accepted by [rp] with 明日の朝イチ -> 1/28 10:00, then only
    # partly done (2件, 残り1件) -> open; a question for information answered with a request
    # to wait (少々お待ちください) and a pointer; じゃあ私が作って本人に渡しておきます is a
    # commitment, closed by her own [rp] 手渡ししました; a double check for two [To:] members
    # (明日の15時まで sent Thu 1/30 -> 1/31 15:00): one member's bare 自分の分は終わりました
    # does not close it, the other's reply (ダブルチェック完了です) does.
    conv(
        "b15ja-06",
        (97006, "経理課"),
        M(2122, 2123, 2124, 2125),
        [
            (
                "2031-01-27 09:05",
                2122,
                "[toall]\n今月の経費精算の締めは金曜です📌 システムが重くなるので前日の駆け込みはご勘弁を…",
            ),
            (
                "2031-01-27 09:20",
                2122,
                task_added(2123, CW_INVOICE_LT, CW_INVOICE, "date"),
            ),
            (
                "2031-01-27 09:22",
                2122,
                "[To:2124]岩崎さん\n先週の立替分、領収書の原本がまだ届いてないのが3件あります。各部署に回収の声かけお願いできますか",
            ),
            (
                "2031-01-27 09:40",
                2124,
                "[rp aid=2122 to={m3}]承知しました。営業部は今日外出が多いので、明日の朝イチで回ります",
            ),
            (
                "2031-01-27 10:15",
                2125,
                "すみません、源泉徴収票の再発行の依頼が来てるんですが、これって総務でしたっけ経理でしたっけ？",
            ),
            ("2031-01-27 10:18", 2122, "うちです！様式探すので少々お待ちください🙏"),
            ("2031-01-27 10:24", 2122, "ありました、共有フォルダの「給与/帳票」に入ってます"),
            (
                "2031-01-27 10:26",
                2125,
                "ありがとうございます！じゃあ私が作って本人に渡しておきます",
            ),
            (
                "2031-01-28 11:30",
                2124,
                "[rp aid=2122 to={m3}]回収できたのは2件です。残り1件は出張中の方で、戻りが来週とのことです",
            ),
            (
                "2031-01-29 16:40",
                2123,
                task_done(2123, CW_INVOICE_LT, CW_INVOICE, "date"),
            ),
            ("2031-01-29 16:45", 2123, "みなと印刷さんの請求書、PDFでも送付済みです"),
            (
                "2031-01-30 14:00",
                2122,
                "[To:2123]野村さん\n[To:2125]チョウさん\n月末の支払い一覧、二人でダブルチェックお願いします。明日の15時までに",
            ),
            (
                "2031-01-31 11:10",
                2125,
                "[rp aid=2125 to={m8}]源泉徴収票、本人に手渡ししました👍",
            ),
            ("2031-01-31 14:30", 2123, "支払い一覧、自分の分のチェックは終わりました"),
            (
                "2031-01-31 14:50",
                2125,
                "[rp aid=2122 to={m12}]ダブルチェック完了です。差異なしでした！",
            ),
        ],
        [
            task(2, ["請求書"], [2123], ("2031-01-29", "Wed"), "done"),
            task(3, ["領収書"], [2124], ("2031-01-28T10:00", "Tue"), "open"),
            task(8, ["源泉徴収票"], [2125], None, "done"),
            task(12, ["チェック"], [2123, 2125], ("2031-01-31T15:00", "Fri"), "done"),
        ],
    ),
    # b15ja-07 (book-fair committee, August): minutes posted on Sunday 8/3 with a ToDo
    # block: （名前さん） lines with (~8/10) and (~8/22 18:00), one with no date, and 「北村が
    # やります」 as the sender's own commitment; the event day 9/20(土) is no deadline.
    # Acceptances (見積、2社くらい当たってみます) are no new task; a conditional offer
    # (人手足りなければ自分出ます), a pasted mail draft holding お申し込みください and its
    # 教えてください-if-anything are no tasks. Closures: 案内メール by a reply naming it; the
    # 見積 line by 2128's bare result report (his only open task); チラシ by a reply naming
    # it. A reply asks 2128 to book B社 (new task, closed by 押さえました). The chair's own line
    # gets a new deadline by his reply to the list (週明け sent Fri 8/22 -> Mon 8/25).
    conv(
        "b15ja-07",
        (97007, "港まち古本市 実行委員会"),
        M(2126, 2127, 2128, 2129, 2130),
        [
            (
                "2031-08-03 20:15",
                2126,
                "今日の打ち合わせおつかれさまでした！決まったことまとめます\n\n【当日】9/20(土) 10:00〜16:00 港まち公民館前広場\n【ToDo】\n・出店者への案内メール送付（桑原さん）(~8/10)\n・テント・机のレンタル見積（ラミレスさん）\n・チラシの入稿（森田さん）(~8/22 18:00)\n・公民館への使用申請は北村がやります",
            ),
            (
                "2031-08-03 20:30",
                2127,
                "まとめありがとうございます！案内メール、文面できたら一回ここに貼りますね",
            ),
            ("2031-08-03 20:44", 2130, "当日の駐車場誘導、人手足りなければ自分出ます〜"),
            ("2031-08-03 21:02", 2128, "見積、2社くらい当たってみます。去年のところ高かったので"),
            (
                "2031-08-06 22:10",
                2127,
                "案内メールの文面案です。おかしなところあれば教えてください🙏\n---\n出店者各位\n今年も港まち古本市を開催します。出店をご希望の方は、8/31までに申込フォームからお申し込みください。\n---",
            ),
            ("2031-08-06 22:30", 2126, "[rp aid=2127 to={m5}]いいと思います！これでいきましょう👍"),
            (
                "2031-08-08 19:00",
                2127,
                "[rp aid=2126 to={m1}]出店者への案内メール、全38件送付しました！",
            ),
            (
                "2031-08-12 12:30",
                2128,
                "テント見積、A社 48,000円／B社 41,500円でした。B社でよければ押さえます",
            ),
            ("2031-08-12 12:45", 2126, "[rp aid=2128 to={m8}]B社でお願いします！"),
            (
                "2031-08-12 13:10",
                2128,
                "[rp aid=2126 to={m9}]押さえました〜 搬入は9/19の夕方です",
            ),
            (
                "2031-08-20 21:00",
                2129,
                "チラシ、デザインは上がってるんですが、印刷所の入稿締めが金曜18時なのでギリギリになりそうです💦",
            ),
            (
                "2031-08-22 17:30",
                2129,
                "[rp aid=2126 to={m1}]チラシ入稿しました！500部、来週水曜に届きます",
            ),
            (
                "2031-08-22 17:45",
                2126,
                "[rp aid=2126 to={m1}]公民館の使用申請、実はまだ出せてないです…週明けに出してきます🙇",
            ),
            ("2031-08-22 18:00", 2130, "何か手伝えることあれば言ってください〜"),
        ],
        [
            task(1, ["案内メール"], [2127], ("2031-08-10", "Sun"), "done"),
            task(1, ["見積"], [2128], None, "done"),
            task(1, ["チラシ"], [2129], ("2031-08-22T18:00", "Fri"), "done"),
            task(1, ["使用申請"], [2126], ("2031-08-25", "Mon"), "open"),
            task(9, ["B社"], [2128], None, "done"),
        ],
    ),
    # b15ja-08 (design team chat, November): no task at all. Tool chit-chat, a question
    # whether Monday 11/24 is a holiday (振替休日) and its answer, a shared link, a late-start
    # notice, thanks, :pray: and good wishes.
    conv(
        "b15ja-08",
        (97008, "デザインチーム雑談"),
        M(2131, 2132, 2133, 2134),
        [
            (
                "2031-11-21 12:10",
                2131,
                "Figmaの新しいバージョン、オートレイアウトの挙動ちょっと変わってません？",
            ),
            (
                "2031-11-21 12:14",
                2132,
                "変わりましたね、padding の扱いが。既存のコンポーネントは今のところ崩れてないです",
            ),
            ("2031-11-21 12:30", 2133, "来週月曜って祝日でしたっけ？"),
            ("2031-11-21 12:31", 2134, "振替休日です〜 なので定例は火曜にずれます"),
            ("2031-11-21 12:33", 2131, "了解です🙆‍♀️"),
            (
                "2031-11-21 15:20",
                2132,
                "https://example.com/type-specimen 和文フォントの見本帳、眺めてるだけで楽しい",
            ),
            ("2031-11-21 15:25", 2133, "これいいですね…ブックマークしました"),
            (
                "2031-11-21 17:55",
                2134,
                "今週もおつかれさまでした。自分は来週火曜の午前は通院で遅れて入ります",
            ),
            ("2031-11-21 18:00", 2131, "了解です、お大事に〜"),
            ("2031-11-21 18:02", 2132, ":pray: おつかれさまでした"),
            ("2031-11-21 18:05", 2133, "よい連休を！"),
        ],
        [],
    ),
    # b15ja-09 (mobile-app team with the tool's own bot 2139 as self account, July): bot
    # notices are no tasks; a crash report with a pasted stack trace and a ticket number is
    # no task; 見ておきます is a commitment (2136), closed by his later bare 原因わかりました…
    # 修正PR出しました, which also asks [To:2135] for a review (closed by LGTM、マージしました);
    # a [toall] "stop the release" decision asks for no work; 再確認しますね with [To:] is the
    # sender's commitment, closed by his own [rp] 確認しました; a [toall] ask 今日中 -> 7/15 for
    # everyone but the sender and the self bot (no one closes it); release notes with two
    # dates (週明けに申請 / 金曜までに -> Fri 7/18) closed by 作成しました in a reply; the closing
    # 予定どおり週明けに申請出します is a commitment (sent Fri 7/18, Mon 7/21 is 海の日 -> Tue
    # 7/22). Acceptance that details the same work (日本語と英語どっちも作りますね) is none.
    conv(
        "b15ja-09",
        (97009, "ぱくぱくレシピ iOS/Android"),
        M(2135, 2136, 2137, 2138, 2139),
        [
            (
                "2031-07-15 09:00",
                2139,
                "[info][title]本日のリマインド[/title]未完了のタスク: 3件 / 期限切れ: 1件[/info]",
            ),
            (
                "2031-07-15 09:40",
                2138,
                "v2.4.0 のRC、Android 11 の端末で起動直後に落ちます。Crashlytics のスタックはこれ\n```\njava.lang.NullPointerException\n    at com.pakupaku.ui.HomeFragment.onViewCreated(HomeFragment.kt:88)\n```\nチケット切りました #412",
            ),
            (
                "2031-07-15 09:52",
                2136,
                "HomeFragment の88行目、たぶん自分が先週入れた差分です。見ておきます",
            ),
            (
                "2031-07-15 10:05",
                2135,
                "[toall]\nv2.4.0 は #412 が直るまでリリース止めます。ストア申請も一旦ストップで",
            ),
            (
                "2031-07-15 11:30",
                2136,
                "#412 原因わかりました、null チェック漏れでした。修正PR出しました → #413\n[To:2135]長尾さん レビューお願いします🙏",
            ),
            ("2031-07-15 11:45", 2135, "[rp aid=2136 to={m5}]LGTM、マージしました"),
            (
                "2031-07-15 13:00",
                2138,
                "[To:2136]サントスさん\nRC2 で再確認しますね。ビルド上がったら教えてください",
            ),
            (
                "2031-07-15 13:40",
                2139,
                "[info][title]ビルド完了[/title]pakupaku-android 2.4.0-rc2 (build 1287) が配信されました[/info]",
            ),
            (
                "2031-07-15 13:45",
                2135,
                "[toall]\n今日中に各自の検証端末に RC2 を入れておいてください🙏",
            ),
            (
                "2031-07-15 15:10",
                2138,
                "[rp aid=2138 to={m7}]RC2、Android 11 / 12 / 14 で確認しました。落ちません👌",
            ),
            (
                "2031-07-15 15:20",
                2135,
                "[To:2137]浅野さん\nストアのリリースノート、#412 の件は書かなくていいので残りの差分で作ってもらえますか。週明けに申請出したいので、金曜までにお願いします",
            ),
            (
                "2031-07-15 15:32",
                2137,
                "[rp aid=2135 to={m11}]承知です！日本語と英語どっちも作りますね",
            ),
            (
                "2031-07-18 16:50",
                2137,
                "[rp aid=2135 to={m11}]リリースノート、日英とも作成しました。`docs/release/2.4.0.md` に置いてます",
            ),
            ("2031-07-18 17:00", 2135, "ありがとう！予定どおり週明けに申請出します"),
            ("2031-07-18 17:05", 2136, "おつかれさまです〜 3連休だ🎉"),
        ],
        [
            task(3, ["HomeFragment"], [2136], None, "done"),
            task(5, ["レビュー"], [2135], None, "done"),
            task(7, ["再確認"], [2138], None, "done"),
            task(9, ["RC2"], [2136, 2137, 2138], ("2031-07-15", "Tue"), "open"),
            task(11, ["リリースノート"], [2137], ("2031-07-18", "Fri"), "done"),
            task(14, ["申請"], [2135], ("2031-07-22", "Tue"), "open"),
        ],
        self_account_id=2139,
    ),
    # b15ja-10 (bakery, February): a casual ask with 今日の夕方までに -> 2/20 17:00 (週末の苺
    # フェア describes the thing), accepted with やっときます(｀・ω・´)ゞ and closed by the bare
    # POPできました (2142's only open task); 発注しておくね in a reply is a commitment with no
    # time (never closed); a call for helpers (手伝える人いたら声かけてね) is no task, the answer
    # 自分やります！明日朝イチで is a commitment (sent Fri 2/21 -> Sat 2/22 10:00), closed by
    # 飾りつけ完了です; 明日の苺タルト in a check ask is no deadline; the check is closed by
    # 在庫見ました in a reply; 明日の午前中に追加で頼んでおくね (sent Sat 2/22 -> Sun 2/23 12:00)
    # is a second commitment for the manager. Noise: a delivery FYI, status, a report of low
    # stock, a sell-out FYI, りょ🫡.
    conv(
        "b15ja-10",
        (97010, "パン工房こむぎ堂 スタッフ"),
        M(2140, 2141, 2142, 2143),
        [
            (
                "2031-02-20 07:10",
                2140,
                "おはようございます☀️ 今朝の強力粉、業者さんの配送が遅れて9時着だそうです",
            ),
            ("2031-02-20 07:15", 2141, "了解です〜 先にクロワッサンやってます🥐"),
            (
                "2031-02-20 09:30",
                2140,
                "[To:2142]アウンくん\n週末の苺フェアのPOP、今日の夕方までに作ってもらえる？ 値段は前回と同じで",
            ),
            ("2031-02-20 09:34", 2142, "[rp aid=2140 to={m3}]はい！やっときます(｀・ω・´)ゞ"),
            (
                "2031-02-20 11:50",
                2143,
                "レジ横の紙袋、残り少ないです。あと2日もつかどうか…",
            ),
            ("2031-02-20 11:55", 2140, "[rp aid=2143 to={m5}]ありがとう、発注しておくね"),
            ("2031-02-20 16:40", 2142, "POPできました！バックヤードの棚に置いてます🍓"),
            ("2031-02-20 16:45", 2140, "かわいい！ありがとう〜"),
            (
                "2031-02-21 19:30",
                2140,
                "明日からフェアなので、飾りつけ手伝える人いたら声かけてね",
            ),
            ("2031-02-21 19:42", 2141, "飾りつけ、自分やります！明日朝イチでやっておきます"),
            (
                "2031-02-22 09:50",
                2141,
                "飾りつけ完了です〜 写真はこちら📷\n[添付: display_0222.jpg]",
            ),
            ("2031-02-22 14:00", 2143, "苺タルト、14時で完売しました！"),
            (
                "2031-02-22 14:10",
                2140,
                "[To:2143]片桐さん\n明日の苺タルト、仕込み量を1.5倍にしたいので、あとで材料の在庫だけ見ておいてくれる？",
            ),
            ("2031-02-22 14:12", 2143, "りょ🫡"),
            (
                "2031-02-22 15:30",
                2143,
                "[rp aid=2140 to={m13}]在庫見ました！いちごは足りますが、アーモンドプードルが1.5倍分には足りないです",
            ),
            (
                "2031-02-22 15:40",
                2140,
                "[rp aid=2143 to={m15}]ありがとう！アーモンドプードルは明日の午前中に追加で頼んでおくね",
            ),
        ],
        [
            task(3, ["POP"], [2142], ("2031-02-20T17:00", "Thu"), "done"),
            task(6, ["発注"], [2140], None, "open"),
            task(10, ["飾り"], [2141], ("2031-02-22T10:00", "Sat"), "done"),
            task(13, ["在庫"], [2143], None, "done"),
            task(16, ["アーモンドプードル"], [2140], ("2031-02-23T12:00", "Sun"), "open"),
        ],
    ),
    # b15ja-11 (OSS docs volunteers, May): a call for volunteers on an issue is no task; the
    # volunteer's 今週中に直してPR出します is a commitment (sent Mon 5/12 -> Fri 5/16), moved by
    # her own [rp] (来週火曜までに出します sent Fri 5/16 -> Tue 5/20), closed by her [rp] PR出しました;
    # a troubleshooting exchange (再現しませんね, 入れ直してみるとどうでしょう) is no task; a
    # question-form review ask ([To:2144], 見てもらえたりしますか？) closed by 見ました！…マージ
    # しちゃってOK; a conditional offer (忙しそうなら代わりにやりますよ) is no task; 巻き取ります is
    # a commitment, withdrawn by the same person's [rp] (今回は取り下げます) -> left out of the
    # gold. Noise: 👍 only in a reply, LGTM on a PR that nobody asked about here.
    conv(
        "b15ja-11",
        (97011, "Hanabi-UI ドキュメント"),
        M(2144, 2145, 2146, 2147),
        [
            (
                "2031-05-12 20:05",
                2144,
                "docs の #88「Button の props 表が古い」、誰か拾えそうな人いますか？ good first issue にしてます",
            ),
            (
                "2031-05-12 20:20",
                2146,
                "#88 やってみたいです！props表、今週中に直してPR出します",
            ),
            (
                "2031-05-12 20:24",
                2144,
                "ありがとうございます〜🙏 わからないことあれば気軽に聞いてください",
            ),
            (
                "2031-05-13 22:40",
                2147,
                "`npm run docs:dev` が手元で落ちます。Node 22 だとダメ？\n```\nError: Cannot find module 'vite/dist/node'\n```",
            ),
            (
                "2031-05-13 22:55",
                2145,
                "再現しませんね…こっちは Node 22.4 で動いてます。`node_modules` 消して入れ直してみるとどうでしょう",
            ),
            ("2031-05-13 23:05", 2147, "入れ直したら動きました！お騒がせしました🙇"),
            (
                "2031-05-14 21:10",
                2145,
                "[To:2144]三宅さん\n#90 の i18n のPR、取り込む前に一度見てもらえたりしますか？ 英語側との差分が大きくて自信ないです",
            ),
            (
                "2031-05-15 12:30",
                2144,
                "[rp aid=2145 to={m7}]見ました！問題なさそうなのでマージしちゃってOKです👍",
            ),
            (
                "2031-05-16 23:50",
                2146,
                "[rp aid=2146 to={m2}]すみません、props表まだ半分です…来週火曜までに出します🙇",
            ),
            ("2031-05-17 09:00", 2144, "[rp aid=2146 to={m9}]👍"),
            ("2031-05-17 10:30", 2147, "#88、平田さん忙しそうなら代わりにやりますよ〜"),
            (
                "2031-05-17 11:00",
                2146,
                "[rp aid=2147 to={m11}]ありがとうございます！でも大丈夫です、やりきります💪",
            ),
            (
                "2031-05-19 21:00",
                2144,
                "v1.8 のリリースノートの日本語版、誰も手をつけてなさそうなので僕が巻き取ります",
            ),
            ("2031-05-20 22:15", 2146, "[rp aid=2146 to={m2}]props表の更新、PR出しました！ #94"),
            (
                "2031-05-20 22:30",
                2145,
                "[rp aid=2146 to={m14}]LGTMです〜 細かいとこも揃っててきれい✨",
            ),
            (
                "2031-05-21 08:00",
                2144,
                "[rp aid=2144 to={m13}]リリースノートの日本語版、上流のマイルストーンがずれたので今回は取り下げます。英語版が確定したらまた考えます",
            ),
        ],
        [
            task(2, ["props"], [2146], ("2031-05-20", "Tue"), "done"),
            task(7, ["i18n"], [2144], None, "done"),
        ],
    ),
    # b15ja-12 (general affairs notices, December): no task at all. A year-end closing
    # notice with dates, a question about the party venue and its answer, a maintenance
    # FYI, a report of something already done (さっき自分で足しておきました), thanks, a policy
    # question and its answer, leaving greetings.
    conv(
        "b15ja-12",
        (97012, "いろは製作所 総務・お知らせ"),
        M(2148, 2149, 2150, 2151),
        [
            (
                "2031-12-17 09:00",
                2148,
                "【お知らせ】年末年始の休業は12/27(土)〜1/4(日)です。最終出社日は12/26(金)になります",
            ),
            ("2031-12-17 09:20", 2149, "忘年会の会場、結局どこになりました？"),
            ("2031-12-17 09:25", 2148, "駅前の「炉端 まつや」です。19時スタートです🍻"),
            (
                "2031-12-17 10:02",
                2150,
                "エレベーター点検で、今日の14時〜15時は止まるそうです（ビル管理会社より）",
            ),
            ("2031-12-17 10:05", 2151, "了解です〜"),
            (
                "2031-12-17 13:40",
                2149,
                "3階の加湿器、水切れランプついてました。さっき自分で足しておきました",
            ),
            ("2031-12-17 13:45", 2148, "ありがとうございます！助かります🙏"),
            ("2031-12-17 16:30", 2150, "年賀状、今年は会社としては出さない方針でしたっけ？"),
            (
                "2031-12-17 16:35",
                2148,
                "はい、今年から取引先向けもメールでのご挨拶に切り替えてます",
            ),
            ("2031-12-17 17:00", 2151, "お先に失礼します。おつかれさまでした"),
            ("2031-12-17 17:02", 2150, "おつかれさまでした〜"),
        ],
        [],
    ),
    # b15ja-13 (game localisation QA, Nov–Dec): 担当：／範囲：／期限： lines (2153 by 11/28,
    # 2154 by 12/1); おねしゃす / りょです from the assignees are acknowledgements; an ask that
    # names someone only in plain text (オルセンさん、…お願いできますか？, no [To:], no [rp]) has
    # assignees [] by the spec's precedence; his はーい…しておきます is an acceptance, and his
    # [rp] 差し戻しました closes it; 明日中にはいけそうです is a future completion (nothing
    # changes); 全部見終わりました closes 2153's only open task; an ask 月曜の朝イチまでに (-> 12/1
    # 10:00) whose acceptance says 今日中に (sent Fri 11/28 -> 11/28), closed by 終わりました in
    # a reply; まだ7割です closes nothing; an offer that names the work (後半のアイテム説明文
    # やります) is a commitment with no time.
    conv(
        "b15ja-13",
        (97013, "Project KAGERO ローカライズQA"),
        M(2152, 2153, 2154, 2155, 2156),
        [
            (
                "2031-11-27 10:00",
                2152,
                "おはようございます。本日からビルド 0.9.3 の確認に入ります。担当は下記でお願いします\n担当：ニコラ / 範囲：メインストーリー1〜3章 / 期限：11/28\n担当：堤 / 範囲：UI全般 / 期限：12/1",
            ),
            ("2031-11-27 10:05", 2153, "おねしゃす！"),
            ("2031-11-27 10:06", 2154, "りょです"),
            (
                "2031-11-27 11:20",
                2155,
                "JP-1042 の「セーブしますか？」の改行位置、修正版でも直ってないです。スクショ貼ります\n[添付: jp1042_after.png]",
            ),
            (
                "2031-11-27 11:30",
                2152,
                "JP-1042 の件、オルセンさん、開発側にチケット差し戻しお願いできますか？",
            ),
            ("2031-11-27 11:33", 2156, "はーい、差し戻しておきます"),
            (
                "2031-11-27 11:50",
                2156,
                "[rp aid=2152 to={m5}]差し戻しました。JP-1042 は Reopen にしてます",
            ),
            (
                "2031-11-27 14:10",
                2154,
                "UIの方、設定画面の「音量」が英語のまま残ってる箇所がありました。JP-1051 で起票済みです",
            ),
            (
                "2031-11-27 14:30",
                2153,
                "メインストーリー、2章の途中まで来ました。明日中にはいけそうです",
            ),
            (
                "2031-11-28 17:45",
                2153,
                "1〜3章、全部見終わりました！起票は6件です（JP-1060〜1065）",
            ),
            (
                "2031-11-28 17:50",
                2152,
                "[To:2153]ニコラさん\nおつかれさまです！ついでで申し訳ないんですが、JP-1060〜1065 の優先度つけもお願いできますか。月曜の朝イチまでにもらえると助かります",
            ),
            (
                "2031-11-28 17:58",
                2153,
                "[rp aid=2152 to={m11}]承知です〜 今日中にやっちゃいます",
            ),
            (
                "2031-11-28 18:40",
                2153,
                "[rp aid=2152 to={m11}]優先度つけ終わりました。Aが2件、Bが4件です",
            ),
            (
                "2031-12-01 09:10",
                2154,
                "UI全般、まだ7割です…😇 ショップ画面が思ったより文字数多くて",
            ),
            ("2031-12-01 09:15", 2152, "[rp aid=2154 to={m14}]了解です、焦らずで大丈夫です🙆"),
            (
                "2031-12-01 09:30",
                2155,
                "ショップ画面の確認、私も手伝いますよ！後半のアイテム説明文やります",
            ),
        ],
        [
            task(1, ["メインストーリー"], [2153], ("2031-11-28", "Fri"), "done"),
            task(1, ["UI"], [2154], ("2031-12-01", "Mon"), "open"),
            task(5, ["差し戻し"], [], None, "done"),
            task(11, ["優先度"], [2153], ("2031-11-28", "Fri"), "done"),
            task(16, ["アイテム説明文"], [2155], None, "open"),
        ],
    ),
    # b15ja-14 (cram-school staff room, September): an ask for two [To:] members (来月10日の
    # 保護者会 describes the thing; 今週金曜まで sent Mon 9/8 -> Fri 9/12); one member's bare
    # 高校部のぶんは作成しました does not close it, the other's reply (…完成です) does; a Chatwork
    # task with ltype=none (no deadline) closed by task_done; 業者さんに連絡しておきます in a
    # reply is a commitment, closed by his own [rp] 連絡しました; a textbook-range question is
    # no task, but its answer also asks the asker (reply target) to print by 金曜 (sent Wed
    # 9/10 -> Fri 9/12); a report that the vendor came (業者さんが来てくれたみたい) closes
    # nothing of 2160's; her bare 刷りました closes her only open task; 週明け sent Fri 9/12
    # -> Tue 9/16 (敬老の日 Mon 9/15), accepted with 火曜の朝に (same day). Noise: a holiday
    # notice, a wish (年内に…整理もしたいですね).
    conv(
        "b15ja-14",
        (97014, "みらい進学塾 講師室"),
        M(2157, 2158, 2159, 2160),
        [
            (
                "2031-09-08 13:00",
                2157,
                "[To:2158]丹羽さん\n[To:2159]アンダーソンさん\n来月10日の保護者会の案内、二人で文面を作ってもらえますか。今週金曜までにお願いします",
            ),
            ("2031-09-08 13:10", 2158, "[rp aid=2157 to={m1}]承知しました！"),
            ("2031-09-08 13:12", 2159, "了解です。中学部と高校部で分けて作りますね"),
            ("2031-09-08 13:20", 2157, task_added(2159, 0, CW_MOSHI, "none")),
            ("2031-09-08 15:40", 2160, "コピー機、また紙詰まりしてます…トレイ2です"),
            (
                "2031-09-08 15:45",
                2157,
                "[rp aid=2160 to={m5}]業者さんに連絡しておきます。今日は手差しでしのいでください🙏",
            ),
            (
                "2031-09-10 18:20",
                2160,
                "[To:2157]室井さん\n来週の小テスト、中2の範囲って教科書p.48までで合ってますか？",
            ),
            (
                "2031-09-10 18:25",
                2157,
                "[rp aid=2160 to={m7}]p.52までです！あと小テストの印刷、20部ずつ金曜の授業前にお願いできますか",
            ),
            (
                "2031-09-10 18:40",
                2157,
                "[rp aid=2157 to={m6}]業者さんに連絡しました。明日の午前に来てくれるそうです",
            ),
            (
                "2031-09-11 13:00",
                2160,
                "コピー機直ってました〜 業者さんが来てくれたみたいです🙌",
            ),
            ("2031-09-12 12:30", 2159, "保護者会の案内、高校部のぶんは作成しました"),
            (
                "2031-09-12 14:00",
                2158,
                "[rp aid=2157 to={m1}]中学部のぶんも作成したので、保護者会の案内は完成です！共有フォルダに入れてます",
            ),
            ("2031-09-12 15:30", 2160, "小テスト、20部ずつ刷りました🖨️"),
            ("2031-09-12 16:10", 2159, task_done(2159, 0, CW_MOSHI, "none")),
            (
                "2031-09-12 17:00",
                2157,
                "来週月曜は祝日で休講です。振替は22日(月)に入れてます",
            ),
            (
                "2031-09-12 17:20",
                2157,
                "[To:2158]丹羽さん\n振替授業の出欠、週明けに保護者LINEで確認してもらえますか",
            ),
            ("2031-09-12 17:25", 2158, "[rp aid=2157 to={m16}]はい、火曜の朝に流します〜"),
            ("2031-09-12 17:40", 2160, "年内に教材棚の整理もしたいですね〜"),
        ],
        [
            task(1, ["案内"], [2158, 2159], ("2031-09-12", "Fri"), "done"),
            task(4, ["申込用紙"], [2159], None, "done"),
            task(6, ["業者"], [2157], None, "done"),
            task(8, ["印刷"], [2160], ("2031-09-12", "Fri"), "done"),
            task(16, ["出欠"], [2158], ("2031-09-16", "Tue"), "open"),
        ],
    ),
]
