# ruff: noqa: E501
"""Blind set 9 (English half): 24 Chatwork conversations, mostly English, 7 mixed JA/EN.

Written blind, from ``shared/spec/extraction.md`` (its "How people really write"
readings above all) and the phenomena catalogue in
``tests/parser/phenomena_en_notes.md``; never fitted to the parser, never run
through it. Every sentence is invented (people, companies, products).

Covers: declarative requests ("I'd need … from you", "it would be great if you
could", "we need someone to", "anyone free to"), subject-less commitments
("Will fix it tomorrow", "taking a look now", "I'll take this one", "I can do
the slides"), implicit work (PTAL, "can you review?", "pls check"), several
tasks in one message and in one sentence, action-item lines ("X to …",
"AI: X — …", "- Name: …"), completion in other words (merged, shipped, sent
over, booked, LGTM, looks good to me), negated/partial completion, more time
asked for and granted, acceptances that restate a deadline, paraphrased
cancellations (scratch that, never mind … we'll skip it, no longer needed),
Chatwork task markup (ltype date/time/none and an old body without ltype),
[To:] / [toall] / [rp] assignees, a self account excluded from [toall], noise
(emoji, icons, :shortcode:, lowercase, signatures, "Sent from my iPhone"),
thank-yous that start with a name, offers, conditions, quoted customer mail
and templates, requests to wait, information-only questions, promises to
report, and three conversations with no task at all. Dates run 2026-12 …
2027-06 in Asia/Tokyo with Friday/weekend sends, the 12-29 … 01-03 break and
Japanese holidays (1/11, 2/11, 2/23, 3/22 振替, 4/29, 5/3–5/5); every due was
computed with datetime + jpholiday from the spec's deadline table.
"""

from tests.parser.cases.build import chatwork_lt, chatwork_task, conv, task

P = {
    961: "Ken Sato",
    962: "Mia Chen",
    963: "Oliver Grant",
    964: "Hannah Weiss",
    965: "Ravi Menon",
    966: "Sofia Lindqvist",
    967: "Noah Fischer",
    968: "Aiko Tanabe",
    969: "Ethan Brooks",
    970: "Grace Okafor",
    971: "Liam O'Connor",
    972: "Zoe Marchetti",
    973: "Daniel Park",
    974: "Priyanka Rao",
    975: "Marco Bellini",
    976: "Yuki Hoshino",
    977: "Chloe Martin",
    978: "Felix Wagner",
    979: "Isabel Cruz",
    980: "Tom Hargreaves",
    981: "佐伯 美穂",
    982: "村田 健一",
    983: "岡野 早紀",
    984: "川口 大地",
    985: "森本 奈央",
    986: "坂井 拓海",
    987: "Lena Novak",
    988: "Jonas Berg",
    989: "Amara Diallo",
    990: "Kenta Ishida",
    991: "Nina Petrova",
    992: "Sam Whitfield",
    993: "Rosa Alvarez",
    994: "Owen Price",
    995: "Emma Lambert",
    996: "Victor Hale",
    997: "藤原 里奈",
    998: "chatsync-bot",
    999: "Sync Bot",
}


def M(*ids):
    return [(i, P[i]) for i in ids]


CASES = [
    # b9en-001: declarative "I'd need … from you by Wednesday noon"; subject-less
    # "Will fix it tomorrow"; PTAL after naming the work (review for the To),
    # closed by a reply "LGTM"; bare "merged and shipped" closes the sender's only
    # open task; "sent … over" by reply; a thank-you starting with a name.
    conv(
        "b9en-001",
        (99101, "Web Team"),
        M(961, 962, 963, 964),
        [
            ("2026-12-07 09:12", 962, "morning all ☕"),
            (
                "2026-12-07 09:20",
                963,
                "[To:962]Mia Chen\nI'd need the pricing page copy from you by Wednesday noon, legal wants a look before the freeze.",
            ),
            ("2026-12-07 09:22", 962, "[rp aid=963 to={m2}]Oliver Grant\nyep can do 👍"),
            ("2026-12-07 10:05", 961, "Login redirect bug is mine. Will fix it tomorrow"),
            (
                "2026-12-07 10:40",
                964,
                "[To:961]Ken Sato\nPushed the new signup form to the feature branch, PTAL when you get a sec 🙏",
            ),
            (
                "2026-12-07 11:30",
                961,
                "[rp aid=964 to={m5}]Hannah Weiss\nLGTM, left one nit about the placeholder text",
            ),
            ("2026-12-07 11:32", 964, "Ken thanks!!"),
            ("2026-12-08 17:50", 961, "redirect fix is merged and shipped :tada:"),
            (
                "2026-12-09 11:58",
                962,
                "[rp aid=963 to={m2}]Oliver Grant\nsent the pricing copy over, it's in the legal folder",
            ),
        ],
        [
            task(2, ["pricing"], [962], ("2026-12-09T12:00", "Wed"), "done"),
            task(4, ["redirect"], [961], ("2026-12-08", "Tue"), "done"),
            task(5, ["signup"], [961], None, "done"),
        ],
    ),
    # b9en-002 (JP/EN, year end): [toall] request with M/D(曜日) among break dates;
    # 3営業日以内 from Fri 12/25 across the 12-29 … 01-03 break (-> 1/5); a
    # commitment with no time; completion by reply; a bare "desk cleaned" from one
    # assignee of the [toall] task who also owns another open task closes nothing;
    # a thank-you starting with a name; New Year greeting.
    conv(
        "b9en-002",
        (99102, "Tokyo Office Ops (JP/EN)"),
        M(981, 982, 965, 966),
        [
            (
                "2026-12-25 09:30",
                981,
                "[toall]\nHi all, the office is closed 12/29–1/3. Please clean your desk by 12/28 (Mon). よろしくお願いします！",
            ),
            ("2026-12-25 09:35", 965, "noted, thx!"),
            (
                "2026-12-25 09:50",
                982,
                "[To:966]Sofia Lindqvist\nSofia-san, could you send me the updated vendor contact list? 3営業日以内でお願いします 🙏",
            ),
            ("2026-12-25 10:02", 966, "[rp aid=982 to={m3}]村田 健一さん\nSure! 了解です"),
            ("2026-12-25 10:15", 965, "I'll take care of the office plants over the break 🌱"),
            ("2026-12-25 10:20", 981, "Ravi-san thank you! 助かります"),
            (
                "2026-12-28 16:40",
                966,
                "[rp aid=982 to={m3}]村田 健一さん\nsent the vendor list to your mail 📧 Have a good holiday!",
            ),
            ("2026-12-28 17:10", 965, "desk cleaned ✨ see you next year"),
            (
                "2027-01-04 09:05",
                982,
                "あけましておめでとうございます！ Happy new year everyone 🎍",
            ),
        ],
        [
            task(1, ["desk"], [965, 966, 982], ("2026-12-28", "Mon")),
            task(3, ["vendor"], [966], ("2027-01-05", "Tue"), "done"),
            task(5, ["plants"], [965], None),
        ],
    ),
    # b9en-003: "It would be great if you could … This week ideally" (Friday) with an
    # acceptance restating Friday; "Anyone free to check the invoice today?"
    # (assignees []) closed by someone's reply; a vague offer (no task); an offer
    # that names the work ("I can do the slides"); "We need someone to … by 1/20 —
    # could that be you?" under a [To:]; "yep, on it" acceptance.
    conv(
        "b9en-003",
        (99103, "Marketing"),
        M(967, 968, 969, 970),
        [
            (
                "2027-01-14 09:40",
                967,
                "[To:968]Aiko Tanabe\nIt would be great if you could refresh the case study deck before the Hikari pitch. This week ideally 🙏",
            ),
            (
                "2027-01-14 09:45",
                968,
                "[rp aid=967 to={m1}]Noah Fischer\nSure, I'll have it by Friday",
            ),
            (
                "2027-01-14 10:10",
                967,
                "Anyone free to check the agency invoice today? The numbers look off to me",
            ),
            (
                "2027-01-14 10:12",
                969,
                "fwiw I can help out with the launch stuff if anyone needs hands",
            ),
            ("2027-01-14 10:30", 970, "I can do the slides for the partner webinar 🙋‍♀️"),
            ("2027-01-14 10:31", 967, "Grace you're a star ⭐"),
            (
                "2027-01-14 11:00",
                967,
                "[To:969]Ethan Brooks\nWe need someone to update the webinar landing page by 1/20 — could that be you?",
            ),
            ("2027-01-14 11:05", 969, "[rp aid=967 to={m7}]Noah Fischer\nyep, on it"),
            (
                "2027-01-15 16:20",
                968,
                "[rp aid=967 to={m1}]Noah Fischer\ncase study deck refreshed, link is in the drive 📎",
            ),
            (
                "2027-01-15 16:40",
                970,
                "[rp aid=967 to={m3}]Noah Fischer\nchecked the invoice — they billed the photo shoot twice. I've flagged it with them.",
            ),
        ],
        [
            task(1, ["case study"], [968], ("2027-01-15", "Fri"), "done"),
            task(3, ["invoice"], [], ("2027-01-14", "Thu"), "done"),
            task(5, ["slides"], [970], None),
            task(7, ["landing page"], [969], ("2027-01-20", "Wed")),
        ],
    ),
    # b9en-004 (self account 999): meeting notes with action-item lines ("Zoe to …",
    # "AI: Daniel — …", "Priyanka to …") and an info line; two pieces of work in one
    # sentence (two commitments, no time); bare "keys rotated" closes Daniel's only
    # open task; a question and its answer; "only half done … I'll finish it by
    # Tuesday" in a reply naming the runbook moves that line's due; a reply naming
    # the postmortem closes it; [toall] review request (not the sender, not the bot).
    conv(
        "b9en-004",
        (99104, "Platform sync"),
        M(971, 972, 973, 974, 999),
        [
            (
                "2027-02-09 10:30",
                971,
                "Notes from today's sync:\n- Zoe to update the runbook for the failover drill by Friday\n- AI: Daniel — rotate the staging API keys by tomorrow\n- Priyanka to draft the incident postmortem by 2/16\n- Next sync: Thu 2/18 10:00\nShout if I missed anything.",
            ),
            ("2027-02-09 10:32", 973, ":+1:"),
            (
                "2027-02-09 10:45",
                974,
                "I'll update the status page template and tag the v2.3 release.",
            ),
            ("2027-02-10 09:15", 973, "keys rotated, old ones revoked 🔑"),
            (
                "2027-02-10 14:00",
                972,
                "[rp aid=971 to={m1}]Liam O'Connor\nquick q — does the runbook need the DNS section too or just the DB part?",
            ),
            (
                "2027-02-10 14:05",
                971,
                "[rp aid=972 to={m5}]Zoe Marchetti\nBoth, the DNS part changed the most.",
            ),
            (
                "2027-02-12 18:20",
                972,
                "[rp aid=971 to={m1}]Liam O'Connor\nrunbook is only half done, the DNS part took longer than expected. I'll finish it by Tuesday",
            ),
            (
                "2027-02-15 09:20",
                974,
                "[rp aid=971 to={m1}]Liam O'Connor\npostmortem draft is done → https://wiki.example.com/pm/4471",
            ),
            (
                "2027-02-15 09:25",
                974,
                "[toall]\nplease review the postmortem draft by Wednesday, comments in the doc are fine",
            ),
            ("2027-02-15 09:40", 971, "Thanks Priyanka 🙏"),
        ],
        [
            task(1, ["runbook"], [972], ("2027-02-16", "Tue")),
            task(1, ["API keys"], [973], ("2027-02-10", "Wed"), "done"),
            task(1, ["postmortem"], [974], ("2027-02-16", "Tue"), "done"),
            task(3, ["status page"], [974], None),
            task(3, ["tag"], [974], None),
            task(9, ["postmortem"], [971, 972, 973], ("2027-02-17", "Wed")),
        ],
        self_account_id=999,
    ),
    # b9en-005 (formal): a forwarded customer letter that asks for things (no task);
    # the colleague's own request after it (by Friday); "I'd need … from you by
    # tomorrow noon"; the assignee's reply "I'll get it to you by Thursday 5pm
    # instead" moves due; completion by replies with a signature and "Sent from my
    # iPhone"; a thank-you starting with names.
    conv(
        "b9en-005",
        (99105, "Sales EMEA"),
        M(975, 976, 977, 978),
        [
            (
                "2027-03-03 10:00",
                975,
                "Hi team,\n\nForwarding what Brightwater Logistics sent us this morning:\n\n----- Forwarded message -----\nDear Marco,\nCould you please send us a revised quotation including the extended warranty by Friday? We would also appreciate a short call next week.\nBest regards,\nHelen Moss\nBrightwater Logistics\n-----",
            ),
            (
                "2027-03-03 10:05",
                975,
                "[To:977]Chloe Martin\nChloe, could you prepare the revised quotation with the extended warranty by Friday? I'd like to check it before it goes out.",
            ),
            ("2027-03-03 10:20", 977, "[rp aid=975 to={m2}]Marco Bellini\nOf course, will do."),
            (
                "2027-03-03 10:22",
                977,
                "[To:978]Felix Wagner\nFelix, I'd need the extended warranty pricing from you by tomorrow noon 🙏",
            ),
            (
                "2027-03-03 11:00",
                978,
                "[rp aid=977 to={m4}]Chloe Martin\nthe supplier only answers on Thursdays :sweat_smile: I'll get it to you by Thursday 5pm instead",
            ),
            ("2027-03-03 11:05", 977, "[rp aid=978 to={m5}]Felix Wagner\nok, that still works"),
            (
                "2027-03-04 16:45",
                978,
                "[rp aid=977 to={m4}]Chloe Martin\nwarranty pricing sent to your inbox.\n-- Felix",
            ),
            (
                "2027-03-05 15:30",
                977,
                "[rp aid=975 to={m2}]Marco Bellini\nRevised quotation sent to Brightwater, you're in cc.\n\nSent from my iPhone",
            ),
            ("2027-03-05 15:40", 975, "Chloe, Felix — thanks both, great teamwork."),
        ],
        [
            task(2, ["quotation"], [977], ("2027-03-05", "Fri"), "done"),
            task(4, ["warranty"], [978], ("2027-03-04T17:00", "Thu"), "done"),
        ],
    ),
    # b9en-006 (JP/EN): English speaker asks with 週明け sent Fri 1/8 (Mon 1/11 is
    # 成人の日 -> Tue 1/12); Chatwork task_added (ltype=date) and its task_done; an
    # information question and its Japanese answer; completion by a Japanese reply;
    # a request by M/D with "onegaishimasu".
    conv(
        "b9en-006",
        (99106, "Design x Dev (JP/EN)"),
        M(983, 984, 979, 980),
        [
            (
                "2027-01-08 10:00",
                979,
                "[To:983]岡野 早紀さん\nOkano-san, could you export the new icon set as SVG? 週明けでOKです、よろしくお願いします！",
            ),
            ("2027-01-08 10:05", 983, "[rp aid=979 to={m1}]Isabel Cruzさん\n承知しました！"),
            (
                "2027-01-08 10:30",
                984,
                chatwork_task(
                    "added",
                    980,
                    chatwork_lt("2027-01-13"),
                    "Fix the broken hero image on the careers page",
                    "date",
                ),
            ),
            ("2027-01-08 10:31", 980, "got it, thx 川口さん"),
            (
                "2027-01-08 11:00",
                980,
                "Where's the latest brand guideline PDF? can't find it in the drive",
            ),
            (
                "2027-01-08 11:05",
                983,
                "[rp aid=980 to={m5}]Tom Hargreavesさん\nDesign > Brand > 2027 のフォルダにあります",
            ),
            (
                "2027-01-12 10:20",
                983,
                "[rp aid=979 to={m1}]Isabel Cruzさん\nSVG書き出し完了しました (bow) Figmaにもリンク貼ってます",
            ),
            (
                "2027-01-12 15:00",
                980,
                chatwork_task(
                    "done",
                    980,
                    chatwork_lt("2027-01-13"),
                    "Fix the broken hero image on the careers page",
                    "date",
                ),
            ),
            ("2027-01-12 15:02", 984, "Tomさん ありがとう！ nice"),
            (
                "2027-01-12 15:30",
                979,
                "[To:984]川口 大地さん\nKawaguchi-san, can you update the button colors in the style guide by 1/15? onegaishimasu 🙏",
            ),
        ],
        [
            task(1, ["icon"], [983], ("2027-01-12", "Tue"), "done"),
            task(3, ["hero image"], [980], ("2027-01-13", "Wed"), "done"),
            task(10, ["button"], [984], ("2027-01-15", "Fri")),
        ],
    ),
    # b9en-007: no task at all. Holiday notice, information questions and answers,
    # "let me know when …", a promise to report, a message that does what it
    # announces (slides link), a condition ("if anything's missing, ping me"),
    # an FYI with a date and time, a :shortcode: ack.
    conv(
        "b9en-007",
        (99107, "Finance Ops"),
        M(987, 988, 989),
        [
            (
                "2027-02-22 09:10",
                987,
                "Reminder: tomorrow (2/23) is a public holiday in Japan, the Tokyo office is closed.",
            ),
            ("2027-02-22 09:15", 988, "good to know, thx"),
            ("2027-02-22 09:30", 989, "Does anyone know where the signed NDA with Kestrel is? 🙏"),
            (
                "2027-02-22 09:34",
                987,
                "[rp aid=989 to={m3}]Amara Diallo\nLegal > Contracts > 2027 > Kestrel. The countersigned copy is the one with _final in the name.",
            ),
            ("2027-02-22 10:00", 988, "Let me know when the Q4 close numbers are final, no rush"),
            ("2027-02-22 10:05", 987, "Will do. I'll post here once the auditors sign off."),
            (
                "2027-02-22 11:20",
                989,
                "Here are the slides from this morning's budget review: https://drive.example.com/budget-q1",
            ),
            ("2027-02-22 11:25", 988, "If anything's missing from the deck, ping me"),
            (
                "2027-02-22 14:00",
                987,
                "FYI the bank cut-off for foreign transfers moves to 14:00 starting 3/1.",
            ),
            ("2027-02-22 14:02", 989, ":ok_hand:"),
        ],
        [],
    ),
    # b9en-008: lowercase request without punctuation (tomorrow) cancelled by the
    # requester's "scratch that" reply -> dropped; "pls … by friday if possible";
    # a commitment cancelled by its own sender ("never mind … we'll skip it") ->
    # dropped; "half done … should be finished by friday" leaves it open; then a
    # reply "translated and published" closes it.
    conv(
        "b9en-008",
        (99108, "Customer Support"),
        M(990, 991, 992, 993),
        [
            (
                "2027-04-01 09:05",
                991,
                "[To:992]Sam Whitfield\ncan you pull the list of tickets tagged billing from march by tomorrow",
            ),
            ("2027-04-01 09:07", 992, "[rp aid=991 to={m1}]Nina Petrova\nsure"),
            (
                "2027-04-01 09:30",
                991,
                "[To:993]Rosa Alvarez\nrosa pls translate the refund macro into spanish, by friday if possible",
            ),
            (
                "2027-04-01 10:15",
                991,
                "[rp aid=991 to={m1}]Nina Petrova\nscratch that Sam, found an export from last week that has everything 🙈",
            ),
            ("2027-04-01 10:16", 992, "haha ok np"),
            ("2027-04-01 11:00", 990, "I'll redo the macro screenshots for the help center"),
            (
                "2027-04-01 13:40",
                993,
                "[rp aid=991 to={m3}]Nina Petrova\nhalf done, the legal disclaimer part needs a native check. should be finished by friday",
            ),
            (
                "2027-04-02 10:00",
                990,
                "[rp aid=990 to={m6}]Kenta Ishida\nnever mind the screenshots — product says the UI changes again next sprint, so we'll skip it for now",
            ),
            (
                "2027-04-02 17:30",
                993,
                "[rp aid=991 to={m3}]Nina Petrova\ntranslated and published the spanish macro ✅ gracias!",
            ),
        ],
        [
            task(3, ["macro"], [993], ("2027-04-02", "Fri"), "done"),
        ],
    ),
    # b9en-009 (weekend): Saturday request whose date describes the event (no
    # deadline) and "no rush"; acceptance "booked by Monday" sent Saturday sets due
    # (-> Mon 5/17); a role question and a vague offer (no task); a commitment
    # naming the work; a Sunday to-do list with "(this week)" (-> next Friday) and
    # "by Friday", one line naming the sender, plus an info line; completion by
    # reply and by a bare message from a one-task assignee.
    conv(
        "b9en-009",
        (99109, "Events"),
        M(994, 995, 996, 993),
        [
            (
                "2027-05-15 11:00",
                994,
                "[To:995]Emma Lambert\nSorry for the weekend ping! Could you book the rooftop venue for the 6/18 summer party? no rush",
            ),
            (
                "2027-05-15 11:30",
                995,
                "[rp aid=994 to={m1}]Owen Price\nyes! I'll have it booked by Monday",
            ),
            ("2027-05-15 12:00", 996, "Can someone be the MC on the night?"),
            ("2027-05-15 12:05", 993, "I can help out on the day 🙌"),
            ("2027-05-15 12:10", 996, "I'll handle the sound system rental 🎤"),
            (
                "2027-05-16 20:00",
                994,
                "Remaining to-dos for the party:\n- Rosa: invitation design (this week)\n- Owen: catering shortlist by Friday\n- budget cap is ¥400k",
            ),
            ("2027-05-16 20:10", 993, "[rp aid=994 to={m6}]Owen Price\ngot it 👍"),
            (
                "2027-05-17 10:30",
                995,
                "[rp aid=994 to={m1}]Owen Price\nrooftop is booked for 6/18, deposit paid",
            ),
            (
                "2027-05-20 18:00",
                993,
                "invitation designs are done, uploaded to the events folder 🎨",
            ),
        ],
        [
            task(1, ["venue"], [995], ("2027-05-17", "Mon"), "done"),
            task(5, ["sound"], [996], None),
            task(6, ["invitation"], [993], ("2027-05-21", "Fri"), "done"),
            task(6, ["catering"], [994], ("2027-05-21", "Fri")),
        ],
    ),
    # b9en-010 (self account 999, Golden Week): Chatwork tasks with ltype=time,
    # ltype=none and an old body without ltype (lt = 23:59:59 of a day); [toall]
    # "by Thursday" landing on 4/29 昭和の日 (a bare weekday is that day); task_done
    # markup for two of them; a bare "cert renewed" from someone with two other open
    # tasks closes nothing more; a request by M/D across GW closed by "sent over".
    conv(
        "b9en-010",
        (99110, "Infra"),
        M(961, 965, 973, 999),
        [
            (
                "2027-04-27 10:00",
                965,
                chatwork_task(
                    "added",
                    961,
                    chatwork_lt("2027-04-28", "18:00"),
                    "Renew the TLS certificate for api.example.com",
                    "time",
                ),
            ),
            (
                "2027-04-27 10:01",
                965,
                chatwork_task("added", 973, 0, "Clean up unused S3 buckets", "none"),
            ),
            (
                "2027-04-27 10:02",
                965,
                chatwork_task(
                    "added",
                    961,
                    chatwork_lt("2027-04-30"),
                    "Update the on-call calendar for Golden Week",
                    None,
                ),
            ),
            (
                "2027-04-27 10:10",
                965,
                "[toall]\nGW on-call: please put your availability for 5/1–5/5 in the sheet by Thursday 🙏",
            ),
            ("2027-04-27 10:12", 961, "(y)"),
            (
                "2027-04-28 17:20",
                961,
                chatwork_task(
                    "done",
                    961,
                    chatwork_lt("2027-04-28", "18:00"),
                    "Renew the TLS certificate for api.example.com",
                    "time",
                ),
            ),
            ("2027-04-28 17:25", 961, "cert renewed, expiry is now 2028-05 fyi"),
            (
                "2027-04-30 09:30",
                965,
                "[To:973]Daniel Park\ncan you send me the DB failover test results by 5/7? no need to touch it during GW 🙂",
            ),
            (
                "2027-05-06 10:00",
                973,
                "[rp aid=965 to={m8}]Ravi Menon\nfailover results sent over, tl;dr all green",
            ),
            (
                "2027-05-06 10:05",
                961,
                chatwork_task(
                    "done",
                    961,
                    chatwork_lt("2027-04-30"),
                    "Update the on-call calendar for Golden Week",
                    None,
                ),
            ),
        ],
        [
            task(1, ["TLS"], [961], ("2027-04-28T18:00", "Wed"), "done"),
            task(2, ["bucket"], [973], None),
            task(3, ["on-call"], [961], ("2027-04-30", "Fri"), "done"),
            task(4, ["availability"], [961, 973], ("2027-04-29", "Thu")),
            task(8, ["failover"], [973], ("2027-05-07", "Fri"), "done"),
        ],
        self_account_id=999,
    ),
    # b9en-011: no task at all (Friday). Chit-chat, a meeting notice, a request to
    # wait ("hold off … until"), an ack, a link that does what it announces, a
    # compliment starting with a name, an offer, "will do" to an offer, a sign-off.
    conv(
        "b9en-011",
        (99111, "Product Roadmap"),
        M(962, 966, 969, 974),
        [
            ("2026-12-18 09:00", 966, "happy friday 🎉"),
            (
                "2026-12-18 09:05",
                969,
                "Roadmap review moved to Tuesday 12/22, 14:00-15:00, room Sakura.",
            ),
            (
                "2026-12-18 09:10",
                974,
                "Please hold off on sharing the roadmap deck with customers until the review is done.",
            ),
            ("2026-12-18 09:12", 962, "👍 understood"),
            (
                "2026-12-18 10:30",
                962,
                "Here's the draft deck for the review: https://slides.example.com/roadmap-2027",
            ),
            ("2026-12-18 10:45", 966, "Mia this is looking great, love the timeline slide"),
            ("2026-12-18 11:00", 969, "let me know if you need anything from analytics for it"),
            ("2026-12-18 11:02", 962, "will do, thx Ethan!"),
            ("2026-12-18 16:30", 974, "signing off early today, have a great weekend all 👋"),
        ],
        [],
    ),
    # b9en-012 (JP/EN, 3/22 振替休日): Japanese colleague asks in English + 来週頭
    # sent Fri 3/19 (-> Tue 3/23); "by today" with the assignee's acceptance
    # "by 5pm" (due gets the time); completion by replies ("accounts created",
    # "checked the catalog"); a declarative "the price list needs the same check.
    # No rush" (null); thank-yous.
    conv(
        "b9en-012",
        (99112, "営業 x Global (JP/EN)"),
        M(981, 986, 970, 978),
        [
            (
                "2027-03-19 10:00",
                986,
                "[To:970]Grace Okafor\nGrace-san, please check the English version of the catalog. 来週頭までにお願いできますか？",
            ),
            ("2027-03-19 10:10", 970, "[rp aid=986 to={m1}]坂井 拓海さん\nsure! よろしくです"),
            (
                "2027-03-19 10:30",
                981,
                "Felix-san, thank you for yesterday's demo. The customer was very happy 😊",
            ),
            ("2027-03-19 10:35", 978, "glad to hear! 🙌"),
            (
                "2027-03-19 11:00",
                981,
                "[To:978]Felix Wagner\nFelix-san, could you add three more demo accounts by today? For the Osaka team. onegaishimasu",
            ),
            (
                "2027-03-19 11:02",
                978,
                "[rp aid=981 to={m5}]佐伯 美穂さん\nno problem, will send the logins by 5pm",
            ),
            (
                "2027-03-19 16:50",
                978,
                "[rp aid=981 to={m5}]佐伯 美穂さん\naccounts created, logins sent by DM 🔐",
            ),
            (
                "2027-03-23 17:30",
                970,
                "[rp aid=986 to={m1}]坂井 拓海さん\nchecked the catalog — fixed a few typos in the spec table, otherwise 👍",
            ),
            ("2027-03-23 17:35", 986, "Grace-san ありがとうございます！助かりました (bow)"),
            (
                "2027-03-23 17:40",
                986,
                "[To:970]Grace Okafor\nAlso, the price list needs the same check. No rush 🙏",
            ),
        ],
        [
            task(1, ["catalog"], [970], ("2027-03-23", "Tue"), "done"),
            task(5, ["demo account"], [978], ("2027-03-19T17:00", "Fri"), "done"),
            task(10, ["price list"], [970], None),
        ],
    ),
    # b9en-013 (formal): an email-like post asking two [To:] people to confirm by
    # Wednesday (the 2/10 date is the panel, not the deadline); a promise to report
    # back; "can you tell me which rooms …" (information only) and its answer; a
    # request for tomorrow with an acceptance; a bare completion; "let me know when".
    conv(
        "b9en-013",
        (99113, "Recruiting"),
        M(963, 964, 967, 976),
        [
            (
                "2027-02-01 09:00",
                964,
                "Dear all,\n\nThank you for your time in last week's interviews. We are now moving to the final round.\n\n[To:963]Oliver Grant [To:967]Noah Fischer\nCould you please confirm by Wednesday whether you are available as panelists on 2/10 (Wed) afternoon?\n\nBest regards,\nHannah",
            ),
            (
                "2027-02-01 09:20",
                963,
                "[rp aid=964 to={m1}]Hannah Weiss\nwill check my calendar and get back to you",
            ),
            (
                "2027-02-01 09:45",
                976,
                "[To:964]Hannah Weiss\nHannah, can you tell me which rooms we booked for the final round?",
            ),
            (
                "2027-02-01 09:50",
                964,
                "[rp aid=976 to={m3}]Yuki Hoshino\nRooms 5A and 5B, both have a projector.",
            ),
            (
                "2027-02-01 10:30",
                964,
                "[To:976]Yuki Hoshino\nYuki, please send the candidates the travel reimbursement form tomorrow.",
            ),
            (
                "2027-02-01 10:32",
                976,
                "[rp aid=964 to={m5}]Hannah Weiss\nsure, first thing tomorrow",
            ),
            ("2027-02-02 09:40", 976, "travel reimbursement forms sent to all three candidates 📨"),
            (
                "2027-02-03 17:10",
                967,
                "Hannah, let me know when the final candidate list is out 🙏",
            ),
        ],
        [
            task(1, ["panel"], [963, 967], ("2027-02-03", "Wed")),
            task(5, ["reimbursement"], [976], ("2027-02-02", "Tue"), "done"),
        ],
    ),
    # b9en-014: implicit work. A report with a link (no task); "can you review?" in a
    # reply to it, addressed by [To:] (title may be the bare action); "will do after
    # standup" acceptance; a reply that asks the replied-to person for work (rule 4)
    # by Friday, closed by a quote; "looks good to me, approved" closes the review;
    # "pls check … before I merge" with nobody named (assignees []), closed by
    # "checked, all good".
    conv(
        "b9en-014",
        (99114, "Data Team"),
        M(971, 975, 977, 987),
        [
            (
                "2027-06-02 10:00",
                987,
                "Uploaded the churn model notebook to the repo: https://git.example.com/data/churn/pull/88",
            ),
            (
                "2027-06-02 10:05",
                971,
                "[rp aid=987 to={m1}]Lena Novak\nnice!\n[To:977]Chloe Martin can you review? 🙏",
            ),
            ("2027-06-02 10:30", 977, "[rp aid=971 to={m2}]Liam O'Connor\nwill do after standup"),
            ("2027-06-02 11:00", 975, "Dashboard numbers for May look off vs finance, down ~3%."),
            (
                "2027-06-02 11:10",
                971,
                "[rp aid=975 to={m4}]Marco Bellini\ncould you check the May revenue query against the finance export by Friday?",
            ),
            (
                "2027-06-02 14:20",
                977,
                "[rp aid=971 to={m2}]Liam O'Connor\nlooks good to me, approved ✅",
            ),
            (
                "2027-06-03 16:00",
                975,
                "[qt][qtmeta aid=971 time={t5}]could you check the May revenue query against the finance export by Friday?[/qt]\nfound it — the query was double-counting refunds. fixed and re-ran, numbers now match finance",
            ),
            ("2027-06-03 16:05", 971, "Marco 🙌 thx!!"),
            (
                "2027-06-04 09:30",
                987,
                "pls check the updated feature list in the README before I merge",
            ),
            ("2027-06-04 09:45", 977, "[rp aid=987 to={m9}]Lena Novak\nchecked, all good 👌"),
        ],
        [
            task(2, ["review"], [977], None, "done"),
            task(5, ["query"], [975], ("2027-06-04", "Fri"), "done"),
            task(9, ["feature list"], [], None, "done"),
        ],
    ),
    # b9en-015: no task at all. Standard wording inside 「」 (a quote), a question
    # and its answer, a permission question, "any update on …?", a promise to
    # report back, thanks.
    conv(
        "b9en-015",
        (99115, "Legal & Compliance"),
        M(968, 972, 980, 993),
        [
            (
                "2027-01-25 09:00",
                972,
                "Morning! New NDA template is live. This is the cover text we send with it:\n\n「Please review the attached agreement, sign it and return a scanned copy to us within 5 business days.」\n\nThat's the standard wording from now on.",
            ),
            (
                "2027-01-25 09:10",
                980,
                "thx Zoe. quick q: do we still need wet signatures for the Korean entities?",
            ),
            (
                "2027-01-25 09:25",
                972,
                "[rp aid=980 to={m2}]Tom Hargreaves\nNo, e-signatures are fine since January.",
            ),
            ("2027-01-25 10:00", 993, "Is it OK if I take Friday afternoon off? Dentist 🦷"),
            ("2027-01-25 10:02", 972, "[rp aid=993 to={m4}]Rosa Alvarez\nof course, good luck 😬"),
            ("2027-01-25 11:30", 968, "Any update on the Hikari data processing addendum?"),
            (
                "2027-01-25 11:40",
                972,
                "[rp aid=968 to={m6}]Aiko Tanabe\nStill with their counsel. I'll let you know as soon as I hear back.",
            ),
            ("2027-01-25 11:41", 968, "Thanks Zoe 🙏"),
        ],
        [],
    ),
    # b9en-016 (year end): "by Friday" sent on a Friday (-> today); M/D with trip
    # dates that describe the thing; a bare "sent" closes the one-task assignee's
    # task; "Can I have until next Monday?" from the assignee and "sure, next Monday
    # is fine" from the requester (both -> 1/4); "by next Monday" sent on Sunday 1/3
    # (-> Monday of next week = 1/4); completion by reply.
    conv(
        "b9en-016",
        (99116, "Exec Office"),
        M(994, 995, 996),
        [
            (
                "2026-12-25 09:30",
                996,
                "[To:995]Emma Lambert\nEmma, could you send the holiday gift list to finance by Friday? sorry, I know it's last minute",
            ),
            ("2026-12-25 09:32", 995, "[rp aid=996 to={m1}]Victor Hale\non it!"),
            (
                "2026-12-25 09:40",
                996,
                "[To:994]Owen Price\nOwen, please book the flights for the Singapore trip by 12/28. The trip itself is 1/18–1/21.",
            ),
            ("2026-12-25 11:10", 995, "gift list sent to finance 🎁"),
            (
                "2026-12-28 09:50",
                994,
                "[rp aid=996 to={m3}]Victor Hale\nSorry Victor, the travel portal is down over the break. Can I have until next Monday?",
            ),
            (
                "2026-12-28 10:05",
                996,
                "[rp aid=996 to={m3}]Victor Hale\nOwen, sure, next Monday is fine. enjoy the break!",
            ),
            (
                "2027-01-03 21:00",
                996,
                "[To:995]Emma Lambert\nHappy new year! Could you prepare the Q1 board pack outline by next Monday? no need to reply today 😊",
            ),
            (
                "2027-01-04 09:10",
                994,
                "[rp aid=996 to={m3}]Victor Hale\nflights booked ✈️ confirmation is in your inbox",
            ),
        ],
        [
            task(1, ["gift"], [995], ("2026-12-25", "Fri"), "done"),
            task(3, ["flight"], [994], ("2027-01-04", "Mon"), "done"),
            task(7, ["board pack"], [995], ("2027-01-04", "Mon")),
        ],
    ),
    # b9en-017 (JP/EN, self account 998, Golden Week): [toall] with 今日中 (not the
    # sender, not the bot); 2営業日以内 sent Fri 4/30 across 5/1–5/5 (-> Fri 5/7)
    # with a mixed acceptance restating 5/7; a bare "devices updated" from one
    # assignee of the [toall] task closes nothing; a question and its answer;
    # completion by quote.
    conv(
        "b9en-017",
        (99117, "Mobile App (JP/EN)"),
        M(982, 984, 988, 989, 998),
        [
            (
                "2027-04-30 10:00",
                982,
                "[toall]\nGW前にお願いです。Please update your test devices to iOS 20.4 before the break 🙏 今日中でお願いします",
            ),
            ("2027-04-30 10:05", 988, "👍 will do"),
            (
                "2027-04-30 10:10",
                984,
                "[To:989]Amara Diallo\nAmaraさん, crash log の解析、2営業日以内にお願いできますか？ GW挟むのでゆっくりで大丈夫です",
            ),
            (
                "2027-04-30 10:20",
                989,
                "[rp aid=984 to={m3}]川口 大地さん\n了解です! I'll send a summary by 5/7",
            ),
            ("2027-04-30 15:00", 989, "devices updated ✅"),
            ("2027-04-30 15:30", 988, "is 20.4.1 ok too or exactly 20.4?"),
            ("2027-04-30 15:35", 982, "[rp aid=988 to={m6}]Jonas Bergさん\n20.4.1 is fine 👍"),
            (
                "2027-05-07 11:00",
                989,
                "[qt][qtmeta aid=984 time={t3}]Amaraさん, crash log の解析、2営業日以内にお願いできますか？ GW挟むのでゆっくりで大丈夫です[/qt]\nanalysis done — summary is in Confluence. Top crash is the camera permission flow.",
            ),
            ("2027-05-07 11:05", 984, "ありがとう Amaraさん！ super helpful"),
        ],
        [
            task(1, ["device"], [984, 988, 989], ("2027-04-30", "Fri")),
            task(3, ["crash"], [989], ("2027-05-07", "Fri"), "done"),
        ],
        self_account_id=998,
    ),
    # b9en-018: a report, then "taking a look now" as a reply to it (commitment whose
    # work the report names), closed by the sender's bare "fixed"; one message with a
    # commitment (today) and a request to the [To:] (by Friday); a plain acceptance;
    # "I'll take this one"; "still not finished … will share tomorrow" in a reply to
    # the agreement message moves that due; "got the … approval" closes the logo task.
    conv(
        "b9en-018",
        (99118, "Partnerships"),
        M(990, 991, 992, 979),
        [
            ("2027-03-09 09:30", 991, "Partner portal is returning 500s for Nordlicht again."),
            ("2027-03-09 09:31", 992, "[rp aid=991 to={m1}]Nina Petrova\ntaking a look now"),
            (
                "2027-03-09 11:15",
                992,
                "fixed — a cert on their SSO side had expired, connector redeployed ✅",
            ),
            (
                "2027-03-09 13:00",
                990,
                "[To:979]Isabel Cruz\nI'll draft the co-marketing agreement today. Could you get the logo usage approval from Nordlicht by Friday?",
            ),
            (
                "2027-03-09 13:05",
                979,
                "[rp aid=990 to={m4}]Kenta Ishida\nsure, will ask their brand team",
            ),
            (
                "2027-03-10 10:00",
                991,
                "Nobody has picked up the Nordlicht renewal yet — I'll take this one.",
            ),
            (
                "2027-03-10 18:30",
                990,
                "[rp aid=990 to={m4}]Kenta Ishida\nthe agreement draft is still not finished, legal had comments. will share it tomorrow",
            ),
            (
                "2027-03-12 16:00",
                979,
                "[rp aid=990 to={m4}]Kenta Ishida\ngot the logo usage approval from Nordlicht ✅ the email is attached to the deal in CRM",
            ),
        ],
        [
            task(2, ["portal"], [992], None, "done"),
            task(4, ["agreement"], [990], ("2027-03-11", "Thu")),
            task(4, ["logo"], [979], ("2027-03-12", "Fri"), "done"),
            task(6, ["renewal"], [991], None),
        ],
    ),
    # b9en-019: "AI: Name — …" lines (one naming the sender) with by M/D, by tomorrow
    # and no time; "on it" as a reply to the list is an acceptance; "Yuki confirmed
    # the bus company for us" is someone else's act and does not close the sender's
    # own task; completion by reply naming the dietary line; a bare "t-shirts
    # ordered" closes Oliver's only open task; [toall] "by next Monday" sent on a
    # Friday; a bare "done" from one of its assignees does not close it.
    conv(
        "b9en-019",
        (99119, "People Team"),
        M(963, 964, 970, 976),
        [
            (
                "2027-06-09 10:00",
                964,
                "Action items from the offsite planning call:\nAI: Oliver — order the team t-shirts by 6/18\nAI: Grace — collect dietary restrictions by tomorrow\nAI: Hannah — confirm the bus company\nThanks all!",
            ),
            ("2027-06-09 10:05", 963, "[rp aid=964 to={m1}]Hannah Weiss\non it 👍"),
            ("2027-06-10 11:00", 964, "Yuki confirmed the bus company for us, thanks Yuki!"),
            (
                "2027-06-10 16:30",
                970,
                "[rp aid=964 to={m1}]Hannah Weiss\ncollected the dietary restrictions: 3 veg, 1 halal, 1 nut allergy",
            ),
            ("2027-06-10 16:35", 964, "Grace thank you!!"),
            ("2027-06-10 17:00", 963, "t-shirts ordered, arriving 6/16 👕"),
            (
                "2027-06-11 10:00",
                964,
                "[toall]\nPlease fill in the offsite survey by next Monday: https://forms.example.com/offsite",
            ),
            ("2027-06-11 10:30", 976, "done ✅"),
        ],
        [
            task(1, ["t-shirt"], [963], ("2027-06-18", "Fri"), "done"),
            task(1, ["dietary"], [970], ("2027-06-10", "Thu"), "done"),
            task(1, ["bus"], [964], None),
            task(7, ["survey"], [963, 970, 976], ("2027-06-14", "Mon")),
        ],
    ),
    # b9en-020 (JP/EN, 2/11 建国記念の日): a pasted reply template whose "Please …"
    # asks nothing; English speaker asks with 金曜の昼まで (-> Fri 12:00) and
    # "onegaishimasu"; a Chatwork task with a Japanese body; completion by a Japanese
    # reply and by task_done.
    conv(
        "b9en-020",
        (99120, "Support (JP/EN)"),
        M(983, 997, 992, 995),
        [
            (
                "2027-02-10 09:30",
                992,
                "Here's the reply template for the outage apology, for reference:\n\n---\nDear customer,\nWe apologise for the disruption on 2/9. Please update the app to the latest version and contact us if the issue persists.\n---",
            ),
            ("2027-02-10 09:35", 997, "Samさん thanks! 使わせてもらいます"),
            (
                "2027-02-10 09:40",
                992,
                "[To:997]藤原 里奈さん\nRina-san, could you translate the template into Japanese? 明日は祝日なので、金曜の昼までで大丈夫です。onegaishimasu 🙏",
            ),
            ("2027-02-10 09:42", 997, "[rp aid=992 to={m3}]Sam Whitfieldさん\n承知しました！"),
            (
                "2027-02-10 10:00",
                995,
                chatwork_task(
                    "added", 983, chatwork_lt("2027-02-15"), "問い合わせ件数の週次集計", "date"
                ),
            ),
            ("2027-02-10 10:05", 983, "了解です！ Emma-san thanks"),
            (
                "2027-02-12 11:20",
                997,
                "[rp aid=992 to={m3}]Sam Whitfieldさん\n翻訳しました！ Docsに置いてあります (bow)",
            ),
            (
                "2027-02-15 17:00",
                983,
                chatwork_task(
                    "done", 983, chatwork_lt("2027-02-15"), "問い合わせ件数の週次集計", "date"
                ),
            ),
            ("2027-02-15 17:05", 995, "thank you Okano-san 🙇‍♀️"),
        ],
        [
            task(3, ["template"], [997], ("2027-02-12T12:00", "Fri"), "done"),
            task(5, ["集計"], [983], ("2027-02-15", "Mon"), "done"),
        ],
    ),
    # b9en-021 (JP/EN): a meeting notice; "by end of month? 月末でOKです" (-> 5/31);
    # "OK! I will do it." acceptance; a commitment by tomorrow closed by a bare
    # "sent"; "please check the English on slide 4–6 😊 No hurry" (null) closed by a
    # reply "done — fixed …"; "半分くらい終わりました。not finished yet" leaves it open.
    conv(
        "b9en-021",
        (99121, "Sales Weekly (JP/EN)"),
        M(985, 986, 965, 974),
        [
            (
                "2027-05-24 09:00",
                985,
                "おはようございます！ This week's pipeline review is Thursday 10:00.",
            ),
            (
                "2027-05-24 09:10",
                965,
                "[To:986]坂井 拓海さん\nSakai-san, can you update the forecast sheet by end of month? 月末でOKです",
            ),
            ("2027-05-24 09:12", 986, "[rp aid=965 to={m2}]Ravi Menonさん\nOK! I will do it."),
            ("2027-05-24 09:30", 974, "I'll send the Osaka deal summary by tomorrow"),
            ("2027-05-24 09:31", 985, "Priyanka-san, ありがとう！"),
            (
                "2027-05-24 10:00",
                985,
                "[To:965]Ravi Menon\nRavi-san, please check the English on slide 4–6 😊 No hurry",
            ),
            ("2027-05-25 17:40", 974, "Osaka summary sent to everyone by mail 📩"),
            (
                "2027-05-26 11:00",
                965,
                "[rp aid=985 to={m6}]森本 奈央さん\ndone — fixed a couple of phrases on 4 and 6, slide 5 was fine 👍",
            ),
            (
                "2027-05-28 18:00",
                986,
                "forecast sheet: 半分くらい終わりました。not finished yet, continuing next week",
            ),
        ],
        [
            task(2, ["forecast"], [986], ("2027-05-31", "Mon")),
            task(4, ["summary"], [974], ("2027-05-25", "Tue"), "done"),
            task(6, ["slide"], [965], None, "done"),
        ],
    ),
    # b9en-022: messy lowercase. Two commitments in one message ("ill dig into the
    # timeout. will re-run the full suite by 3pm"), each closed by its own reply
    # (one signed "-- Ken"); a request "rosa can u …? tomorrow is fine"; acceptance
    # with "Sent from my iPhone"; "didn't get to … will do it first thing monday" in
    # a reply from the assignee moves due to Monday and leaves it open.
    conv(
        "b9en-022",
        (99122, "QA"),
        M(961, 967, 975, 993),
        [
            (
                "2027-01-28 09:05",
                967,
                "smoke tests on the RC failed again 😩 checkout step times out",
            ),
            (
                "2027-01-28 09:10",
                961,
                "ugh ok. ill dig into the timeout. will re-run the full suite by 3pm",
            ),
            ("2027-01-28 09:12", 967, "Ken thank you 🙏"),
            (
                "2027-01-28 10:00",
                975,
                "[To:993]Rosa Alvarez\nrosa can u add a test case for the coupon edge case (100% discount)? tomorrow is fine",
            ),
            (
                "2027-01-28 10:03",
                993,
                "[rp aid=975 to={m4}]Marco Bellini\nyup\n\nSent from my iPhone",
            ),
            (
                "2027-01-28 14:50",
                961,
                "[rp aid=961 to={m2}]Ken Sato\nre-ran the full suite, all green ✅",
            ),
            (
                "2027-01-28 14:55",
                961,
                "[rp aid=961 to={m2}]Ken Sato\nand the timeout: misconfigured proxy on the CI runner. fixed it\n-- Ken",
            ),
            (
                "2027-01-29 17:00",
                993,
                "[rp aid=975 to={m4}]Marco Bellini\ndidn't get to the coupon test today, sorry 🙇‍♀️ will do it first thing monday",
            ),
            ("2027-01-29 17:05", 975, "np, monday works"),
        ],
        [
            task(2, ["timeout"], [961], None, "done"),
            task(2, ["suite"], [961], ("2027-01-28T15:00", "Thu"), "done"),
            task(4, ["coupon"], [993], ("2027-02-01", "Mon")),
        ],
    ),
    # b9en-023 (formal, self account 998): a [toall] notice with a drill date/time and
    # a call for a volunteer (a role: no task); volunteering for the role (no task);
    # [toall] "return your old access cards … by Friday" (not the sender, not the
    # bot); a request with no time and a plain acceptance; "called the plumber, the
    # sink is fixed" by reply; a bare "returned my old card" from one assignee of the
    # [toall] task does not close it.
    conv(
        "b9en-023",
        (99123, "Facilities"),
        M(978, 987, 991, 994, 998),
        [
            (
                "2027-03-01 09:00",
                987,
                "[toall]\nDear colleagues,\n\nThe annual fire drill will take place on 3/10 (Wed) at 15:00. Please note that the elevators will be out of service from 14:45.\n\nWe are also looking for a volunteer fire warden for the 4th floor.\n\nKind regards,\nLena Novak\nFacilities",
            ),
            ("2027-03-01 09:20", 994, "[rp aid=987 to={m1}]Lena Novak\nI can be the warden for 4F"),
            ("2027-03-01 09:30", 987, "[rp aid=994 to={m2}]Owen Price\nThank you Owen!"),
            (
                "2027-03-01 10:00",
                987,
                "[toall]\nAlso, please return your old access cards to reception by Friday — the new ones are on your desks.",
            ),
            (
                "2027-03-01 10:10",
                991,
                "[To:987]Lena Novak\nLena, the kitchen sink on 3F is leaking again 💧 could you call the plumber?",
            ),
            (
                "2027-03-01 10:15",
                987,
                "[rp aid=991 to={m5}]Nina Petrova\nThanks for flagging, will do.",
            ),
            (
                "2027-03-01 14:00",
                987,
                "[rp aid=991 to={m5}]Nina Petrova\ncalled the plumber, the sink is fixed 🔧",
            ),
            ("2027-03-03 12:00", 978, "returned my old card 👍"),
        ],
        [
            task(4, ["access card"], [978, 991, 994], ("2027-03-05", "Fri")),
            task(5, ["plumber"], [987], None, "done"),
        ],
        self_account_id=998,
    ),
    # b9en-024 (JP/EN, after New Year): "It would be great if you could … by 1/15"
    # with a plain acceptance, later cancelled by the requester ("we'll skip … no
    # longer needed") -> dropped; a request with 1/12までに whose acceptance "I'll
    # send it back by Friday" moves due to Fri 1/8; completion by a signed reply;
    # a declarative "the Norwegian FAQ also needs a proofread. No deadline".
    conv(
        "b9en-024",
        (99124, "Translation Vendors (JP/EN)"),
        M(984, 997, 988, 966),
        [
            (
                "2027-01-05 10:00",
                984,
                "[To:988]Jonas Berg\nJonas-san, 今年もよろしくお願いします！\nIt would be great if you could send us the German quote for the user manual by 1/15.",
            ),
            (
                "2027-01-05 10:20",
                988,
                "[rp aid=984 to={m1}]川口 大地さん\nHappy new year! Sure thing.",
            ),
            (
                "2027-01-05 10:30",
                997,
                "[To:966]Sofia Lindqvist\nSofia-san, could you proofread the Swedish release notes? 1/12までにお願いします",
            ),
            (
                "2027-01-05 10:35",
                966,
                "[rp aid=997 to={m3}]藤原 里奈さん\nhappy to! I'll send it back by Friday 🇸🇪",
            ),
            (
                "2027-01-07 15:00",
                984,
                "[rp aid=984 to={m1}]川口 大地\nJonas-san, sorry — we'll skip the German version this quarter, so the quote is no longer needed 🙇",
            ),
            ("2027-01-07 15:10", 988, "[rp aid=984 to={m5}]川口 大地さん\nunderstood, no problem"),
            (
                "2027-01-08 11:00",
                966,
                "[rp aid=997 to={m3}]藤原 里奈さん\nproofread done, only 2 small fixes.\n-- Sofia",
            ),
            ("2027-01-08 11:05", 997, "Sofiaさん tack så mycket! ありがとうございます"),
            (
                "2027-01-08 11:30",
                997,
                "[To:966]Sofia Lindqvist\nNext one: the Norwegian FAQ also needs a proofread. No deadline, whenever you have time 🙏",
            ),
        ],
        [
            task(3, ["release notes"], [966], ("2027-01-08", "Fri"), "done"),
            task(9, ["FAQ"], [966], None),
        ],
    ),
]
