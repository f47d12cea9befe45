# ruff: noqa: E501
"""Blind set 32, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b32en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 32, English part A: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md (in full),
the build.py helper, and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape); never the parser's source, its other tests or case files, README,
BENCHMARKS or git history, never the other helpers' folders, and never ran the parser
or chatsync on these texts. Ten searches of public material were used only to learn
how people phrase things: GitHub issue/PR threads (taking the lead on an item / handing
it over, nudging a stale request, partial approvals and conditional reviews, on-call
hand-offs and "resolved / moved to review" status comments, "sorry for the delay, will
do it tomorrow" and closing as no longer needed) and workplace pages (Slack reaction
etiquette such as 👀 = looking / ✅ = done, polite request forms like "would you mind"
and "I was wondering if you could", freight booking-confirmation and SI/B/L vocabulary,
museum loan and condition-report checklists, Japanese guides on short English in
business chat). Every person, company, room, product and sentence here is invented
and written fresh; nothing is copied. Gold dues were computed with the throwaway script
/tmp/b32/en_a/dues.py (datetime + jpholiday, one function per row of the spec's
deadline table), never by hand, and each due carries its weekday so build.py catches a
typo.

Domains:
- b32en-01: a SaaS payments on-call rotation (bot as self account, over 春分の日 3/20).
- b32en-02: a museum exhibitions team installing a textile loan (human registrar as
  self account, over 昭和の日 and into Golden Week).
- b32en-03: a Japanese exporter and its Singapore shipping agent (mixed JA/EN,
  2営業日以内 across Golden Week 5/3-5/6 incl. the 5/6 substitute holiday).
- b32en-04: a clinical-trial site preparing for a sponsor monitoring visit.
- b32en-05: a newsroom graphics desk (human graphics editor as self account, [toall]
  excluding it, "this week" sent on a Saturday before 海の日).
- b32en-06: a Tokyo wine importer and a Bordeaux winery (mixed JA/EN, no task at all,
  over 山の日 and お盆).
- b32en-07: a makerspace planning an open house (Chatwork task markup with ltype=date
  and ltype=time, "next Monday" sent on a Monday landing on 山の日).

Dates: all send times 2042-03 .. 2042-08 in Asia/Tokyo. Deadline forms used: today /
EOD / 今日中, tomorrow, tomorrow 3pm, bare weekdays (by Wednesday, by Friday, by
Monday landing on こどもの日, by Thursday noon, by Wednesday noon), next Monday (sent on
a Thursday, and on a Monday), this week (on a weekday and on a Saturday), 2営業日以内,
M/D after a to-do line ((~4/28)), M/D in a reply that moves a deadline (on 5/2, on
5/7), Chatwork lt with ltype=date and ltype=time. The 12/29-1/3 break does not fall
in March-August, so no deadline crosses it.

Covers: "@here" heads-up and holiday notices; +1 / same / 👀 replies; "can you action
this today", "please action by EOD", "over to you for review", "this one's yours",
"could you take point on", "I'm taking the lead on X", "nudging this one" with a new
deadline from the requester, "WIP" progress, "I'm shipping X today"; ticket words as
reports (resolved, in review, moved to Done, QA passed, closed in EDC); an ask
embedded in a long status list; one update answering two earlier asks by two [qt]
quotes; partial approvals ("A is good to go, B needs another pass", "bins + palette
are good to go, projection needs another pass", "left two nits, otherwise LGTM") and
"all good except X" that open a follow-up for the replied-to person; soft asks ("would
you mind", "when you get a chance could you") and soft promises ("I can take care of
that", "let me handle it" as an acceptance, "I'll try to get to it tomorrow" setting
the deadline); a Japanese manager writing short English and Japanese (Thanks!,
…お願いします, 今日中で🙏) and non-native English ("I send the padding spec after I
check", "Oscar-san and me will do it on 5/7"); delegation chains (request → delegated
→ both closed by their own replies); commitments with two tasks in one sentence, one
closed by a reply naming it and the other left open; action-item and owner-in-brackets
lists; [To:] the self account, [toall] excluding the sender and the self account;
multi-assignee tasks left open by bare "done" messages and one closed by an assignee's
reply; bare completions closing the sender's only open task; partial progress and
negated completion closing nothing (4 of 6, 014 closed / 019 waiting, haven't placed
the order yet, 30 of 50 printed); cancellations by an assignee ("no longer needed",
"is off"); Chatwork task_added / task_done; look-alikes asking for nothing (pasted
customer request in 「」, offers, "let me know if", "we should probably", promises to
report, questions, info with [info] and [code]); noise (emoji, (bow), lowercase,
typos such as "recieved" and "pls", full-width punctuation, 〜 long vowels).

Left out of the gold, and why: the two cancelled tasks (b32en-02 lighting plot,
b32en-07 soldering workshop), because the spec drops cancelled tasks. Phrases the spec
does not define were kept only in messages that create no task, never as a task's
deadline: "tomorrow AM", "end of next week", "in 2 business days", "Monday 5pm SGT",
"5/7 morning" (in a completion message), "before the visit". "@here" is used only on
an FYI (the spec reads [toall] markup, not the word). No request names its assignee
only by a first name in the text; each has a [To:], a reply, or an owner on a list
line. No bare completion is written where its meaning would depend on a rule the spec
leaves open; where a message holds several tasks, closing replies name the work.

Part B
------
Blind set 32, English part B: seven English and mixed Japanese/English Chatwork rooms (b32en-08 .. b32en-14).

How it was written: blind. The author read only shared/spec/extraction.md (in full),
the tests/parser/cases/build.py helper, and the first 75 and last 30 lines of
blind22_en_cases.py for the file's shape; never the parser's source, its other tests,
case files, notes or git history, and never ran the parser or chatsync on these texts.
Ten searches of public material (GitHub issue/PR threads and workplace-writing pages)
were used only to learn how people phrase things: taking the lead / picking an item up,
nudges and reminders on a stale item, ticket status words (moved to Done, QA passed,
in review, closed), polite soft requests ("would you mind", "when you get a chance
could you", "I was wondering if"), partial approvals, closing as no longer needed,
Slack etiquette (+1 / 👀 reactions, @here, threads), and Japanese office phrases used by
mixed teams. Every person, company, room, product and sentence here is invented and
written fresh; nothing is copied. Gold dues were computed with /tmp/b32/en_b/dues.py
(datetime + jpholiday, one function per row of the spec's deadline table, business
days skipping weekends, Japanese holidays incl. the 11/24 substitute holiday and
12-29 .. 01-03), never by hand, and each due carries its weekday so build.py catches
a typo. All rooms are Asia/Tokyo, September 2042 .. January 2043.

Domains:
- b32en-08: a data platform team (pipelines, dbt, on-call) with a pipeline bot as the self account, over 敬老の日 (9/15).
- b32en-09: an embassy's cultural section preparing a design exhibition, over スポーツの日 (10/13).
- b32en-10: a film post-production house finishing a feature (color, sound, VFX, QC deliverables), over 文化の日 (11/3).
- b32en-11: a hotel group's IT migrating a property's PMS (mixed Japanese/English, Japanese manager writing short English), over 勤労感謝の日 and its 11/24 substitute holiday.
- b32en-12: an ad agency and a Japanese rice-cracker brand on a winter campaign (mixed Japanese/English, a human agency director as the self account), across the 12/29 .. 1/3 break into 2043.
- b32en-13: a university library's reading-room desk in the first week of January (no task at all), before 成人の日.
- b32en-14: a solar farm O&M crew with non-native English speakers and the site manager as the (human) self account, over 秋分の日 (9/23).

Dates: send times 'YYYY-MM-DD HH:MM' JST. Deadline forms used in gold: EOD, today,
tomorrow, tomorrow 3pm, bare weekdays ("by Friday", "until Wednesday" from a
non-native writer, "by Monday" landing on the 文化の日 holiday), "Thursday noon",
"Friday noon", "next Monday" / "next Tuesday", "this week", 今週中, 来週火曜,
2営業日以内 over the substitute holiday, 3営業日以内 across the year-end break,
M/D (by 10/3, by 1/5 sent in December, a to-do's "(~12/26)"), and a Chatwork task
(task_added from the bot, ltype=date) whose due is the day Chatwork gives. Undecided phrases appear only on messages that
create no task and change no task: "tomorrow AM", "end of next week", "in 2 business
days" (English business days are not in the spec's English row); time words such as
"after lunch" or "at lunch" were kept out of every request and acceptance.

Covers: Slack-style replies (+1, same here, 👀, 🙌) and @here notices that are no task;
"can you action this ... by EOD", "over to you", "this one's yours", "could you take
point on", "I'm taking the lead on X, will have a draft by Friday", WIP / in review /
"not merged yet" / "14 of 22 done" closing nothing; ticket words as completion by reply
(rerun's green + moved to Done, resolved); asks embedded in long status updates (a
dash list with one ask line, a VFX status list with a [To:] ask under it); one update
answering two earlier asks at once with two [qt][qtmeta] quotes (08, 11); partial
approvals ("storage is good to go, compute split needs another pass", "reels 1 and 2
are good to go, reel 3 needs another pass", "room types good to go, rate codes need
another pass", "all good except the INV-12 outage") that close the review and open a
new, explicit fix request; soft asks ("would you mind", "when you get a chance could
you", "please take a look when you can") and soft promises ("I'll try to get to that
tomorrow", "let me handle the order", "I can take care of that" as an acceptance);
acceptances by reply that set a deadline ("will have it by next Tuesday", "v3 by
Wednesday", "I do it together with the PMS rule tomorrow", 3営業日以内に戻します,
"I'll remove it today") and an assignee moving a deadline ("I'll need until Friday");
a requester's nudge by reply that moves a deadline ("nudging this 👀 could we have the
write-up by Friday?"); a requester cancelling ("seating cards are no longer needed");
[toall] excluding the sender and the self account (bot in 08, human in 14, human in
12); bare completions that close the sender's only open task (manual, cable order,
grass cutting) and bare "mine's in" / "my section is checked" from one assignee of a
multi-assignee task that close nothing; a bare "creds rotated" after a Chatwork
task_done that must not touch the sender's other (multi-assignee) task; Chatwork
task_added from a bot and task_done from the assignee; a task assigned to the self
account by reply; look-alikes with no work: a pasted distributor spec in [info], a
patron letter in [qt], a rota pasted in [info] (does what it announces), "can someone
be my second person" and "I can be second person" (roles), promises to report,
"let me know when ...", questions for information, reports of someone else's plan
("vendor says in 2 business days", "hotfix is shipping today (Tomasz's PR)"),
holiday notices, thanks and greetings; noise: emoji, (bow), full-width punctuation,
typos and non-native grammar, [To:] blocks, [rp], [qt], [info], [code].

Left out of the gold, and why:
- b32en-08 m22 "nudging this 👀 could we have the write-up by Friday?" is a reply from
  the requester to the task's message, so by the spec it moves that task's due; it is
  not a second task. m14 and m3 (👀) and bare nudges create nothing.
- b32en-09 m12 (the seating cards handed to Sofia) is a task, but the requester cancels
  it by reply in m18, so, as the spec drops cancelled tasks, it is not in the gold.
- Hedged or undecided deadline words were kept off every task: "might need till
  Friday", "probably Wednesday", "tomorrow AM", "after lunch" were not written into any
  acceptance or request; "end of next week" and "in 2 business days" appear only in
  reports of someone else's plan.
- A reply that names two of one message's tasks at once was avoided (the spec's "the
  one whose work the reply names" is singular): in 08 and 11 two quotes are used
  instead, one per task.
- A partial report from one assignee of a multi-assignee task sent as a reply (which
  the spec might read as closing the whole task) was avoided; those reports are bare.
- "two pieces of work in one sentence" look-alikes such as "check and report",
  "correct and resend", "rerun and share the diff" were rephrased to one piece of work
  so no label depends on whether the second verb is separate work.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done


def RP(aid: int, n: int, name: str) -> str:
    return f"[rp aid={aid} to={{m{n}}}]{name}\n"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


LASER_LT = chatwork_lt("2042-08-08")
LASER_BODY = "Laser cutter: clean the lens + re-align the mirrors"
FLYER_LT = chatwork_lt("2042-08-18", "17:00")

CASES_A = [
    # ------------------------------------------------------------------ b32en-01
    conv(
        "b32en-01",
        (972001, "SRE on-call — payments"),
        [
            (9901, "Priya Raman"),
            (9902, "Tom Okafor"),
            (9903, "Lena Vogt"),
            (9904, "Dev Kapoor"),
            (9905, "OnCall Bot"),
        ],
        [
            (
                "2042-03-17 09:02",
                9905,
                "[info][title]On-call this week[/title]Primary: Tom Okafor / Secondary: Lena Vogt\nHandover call Mon 10:00 JST[/info]",
            ),
            (
                "2042-03-17 09:15",
                9901,
                "@here heads up — deploy freeze from Wed 3/19 18:00 until Mon 3/24 09:00 (Thu 3/20 is a public holiday in JP so coverage will be thin). nothing goes to prod without a 2nd approver 🙏",
            ),
            ("2042-03-17 09:20", 9902, RP(9901, 2, "Priya Raman") + "+1"),
            (
                "2042-03-17 09:41",
                9903,
                "[To:9902]Tom Okafor\nredis pool on checkout-api is exhausted again (alert fired 03:12). can you action this today? runbook says bump the pool + rolling restart of the workers",
            ),
            ("2042-03-17 09:43", 9902, RP(9903, 4, "Lena Vogt") + "👀"),
            (
                "2042-03-17 11:30",
                9902,
                RP(9903, 4, "Lena Vogt")
                + "pool bumped 32→64, rolling restart done, p99 back under 200ms. resolved ✅",
            ),
            (
                "2042-03-17 14:05",
                9904,
                "I'm taking the lead on the postmortem for last Thursday's checkout outage. draft by Wednesday",
            ),
            ("2042-03-17 14:10", 9901, RP(9904, 7, "Dev Kapoor") + "thanks Dev 🙏"),
            (
                "2042-03-18 10:00",
                9903,
                "Status from secondary:\n- cert rotation on api.internal: WIP, roughly half the nodes done\n- muted the disk-space warning on build-03 until Fri\n- [To:9904]Dev Kapoor would you mind adding the 3/13 timeline graphs to the postmortem doc when you get a chance?\n- nothing else on fire 🔥 (knock on wood)",
            ),
            ("2042-03-18 10:20", 9904, RP(9903, 9, "Lena Vogt") + "sure, will do"),
            (
                "2042-03-18 16:40",
                9902,
                "[To:9903]Lena Vogt\nfix for the flaky healthcheck is in review → PR #4471. would you mind giving the healthcheck PR a review by Wednesday noon? 🙏",
            ),
            (
                "2042-03-19 09:30",
                9903,
                RP(9902, 11, "Tom Okafor") + "left two nits, otherwise LGTM 👍",
            ),
            (
                "2042-03-19 10:05",
                9902,
                RP(9903, 12, "Lena Vogt") + "nits fixed + merged, moved the ticket to Done",
            ),
            (
                "2042-03-19 11:00",
                9901,
                "[toall]\nfreeze prep: please each confirm your pager app is on the new escalation policy by tomorrow 3pm 📟",
            ),
            ("2042-03-19 13:30", 9902, "new pager ringtone is... a choice 🙃"),
            ("2042-03-19 13:31", 9903, "same lol"),
            ("2042-03-19 17:20", 9903, "done ✅ on the new policy"),
            (
                "2042-03-19 18:00",
                9905,
                "[info][title]Holiday rota[/title]Thu 3/20 is a public holiday in JP — weekend rota applies (primary: Tom Okafor).[/info]",
            ),
            ("2042-03-20 09:10", 9904, "switched mine too fwiw"),
            (
                "2042-03-20 11:00",
                9904,
                RP(9903, 9, "Lena Vogt") + "graphs added to the doc (p99 + error rate) 📈",
            ),
            (
                "2042-03-20 17:45",
                9904,
                RP(9904, 7, "Dev Kapoor")
                + "postmortem's still WIP 🙈 pushing the draft to Monday, sorry",
            ),
            (
                "2042-03-21 09:30",
                9902,
                "I'm shipping the redis pool config change to the terraform repo today so it survives the next deploy 🚢",
            ),
            (
                "2042-03-21 15:10",
                9902,
                RP(9902, 22, "Tom Okafor")
                + "terraform PR merged, QA passed on staging ✅ closing this out",
            ),
            ("2042-03-21 16:00", 9901, "nice work this week all 🙌 enjoy the weekend"),
        ],
        [
            task(4, ["redis"], [9902], ("2042-03-17", "Mon"), "done"),
            task(7, ["postmortem"], [9904], ("2042-03-24", "Mon"), "open"),
            task(9, ["graphs"], [9904], None, "done"),
            task(11, ["healthcheck"], [9903], ("2042-03-19T12:00", "Wed"), "done"),
            task(14, ["escalation"], [9902, 9903, 9904], ("2042-03-20T15:00", "Thu"), "open"),
            task(22, ["redis"], [9902], ("2042-03-21", "Fri"), "done"),
        ],
        self_account_id=9905,
    ),
    # ------------------------------------------------------------------ b32en-02
    conv(
        "b32en-02",
        (972002, "Exhibitions: Salt & Indigo"),
        [
            (9906, "Marguerite Lind"),
            (9907, "Oscar Reyes"),
            (9908, "Yuki Sato"),
            (9909, "Ben Adler"),
            (9910, "Hannah Cole"),
        ],
        [
            (
                "2042-04-21 10:00",
                9906,
                "[toall]\nInstall for “Salt & Indigo” starts 5/7 (right after Golden Week), opening 5/9 🎉 Loan crates from Kanazawa arrive 4/30.",
            ),
            (
                "2042-04-21 10:12",
                9906,
                "[To:9910]Hannah Cole\ncould you take point on the condition reports for the Kanazawa loan? the lender's form is in the shared drive",
            ),
            ("2042-04-21 10:20", 9910, RP(9906, 2, "Marguerite Lind") + "yes, on it (bow)"),
            (
                "2042-04-21 14:30",
                9909,
                "Wall text drafts A (intro) and B (indigo dye process) are in the exhibit folder 📁\n[To:9906]Marguerite Lind when you get a chance could you give the wall text a read by Thursday?",
            ),
            (
                "2042-04-23 11:05",
                9906,
                RP(9909, 4, "Ben Adler")
                + "A is good to go ✅ B needs another pass — the mordant paragraph is too technical for a general audience. could you rewrite the mordant paragraph and send it back by Monday?",
            ),
            ("2042-04-23 11:20", 9909, RP(9906, 5, "Marguerite Lind") + "fair 😅 will do"),
            (
                "2042-04-23 15:00",
                9907,
                "install prep, owners in brackets:\n・reorder plexi for case 3 (Oscar) (~4/28)\n・padding spec for the vat fragment mount (Yuki)\n・lighting plot for gallery 2 (Ben)（~5/2）",
            ),
            (
                "2042-04-23 15:30",
                9908,
                RP(9907, 7, "Oscar Reyes")
                + "OK for me. I send the padding spec after I check the fragment one more time.",
            ),
            (
                "2042-04-24 09:40",
                9910,
                "[To:9906]Marguerite Lind\ncourier from Kanazawa confirmed: arrives 4/30 14:00 with 6 crates. insurance certificate is in the loan file.",
            ),
            (
                "2042-04-24 10:00",
                9906,
                "[To:9909]Ben Adler\nthe lender also wants a credit line on the intro panel — this one's yours 🙂 next Monday please",
            ),
            (
                "2042-04-25 17:30",
                9908,
                "Sorry for late reply 🙇 The padding spec is uploaded in the mount folder. Also I checked the kimono sleeve, small tear near the cuff but stable, not getting worse. gloves only for that one 🧤",
            ),
            (
                "2042-04-28 09:15",
                9909,
                QT(9906, 5, "could you rewrite the mordant paragraph and send it back by Monday?")
                + "new mordant paragraph is in B_v2 ✍️\n"
                + QT(9906, 10, "the lender also wants a credit line on the intro panel")
                + "credit line added to the intro panel 👍",
            ),
            (
                "2042-04-28 10:30",
                9906,
                RP(9909, 4, "Ben Adler") + "B v2 reads much better 👏 both panels approved ✅",
            ),
            (
                "2042-04-28 14:00",
                9907,
                "plexi update: still waiting on the supplier's quote, haven't placed the order yet 😩",
            ),
            (
                "2042-04-28 16:00",
                9906,
                "[To:9907]Oscar Reyes[To:9908]Yuki Sato\nplease log the humidity readings in the gallery 2 cases together this week 📈",
            ),
            (
                "2042-04-30 15:10",
                9910,
                "Kanazawa crates are in 🚚 all 6 received. condition reports: 4 of 6 done so far",
            ),
            (
                "2042-05-01 11:00",
                9910,
                RP(9906, 2, "Marguerite Lind")
                + "condition reports all signed and sent back to the lender ✅",
            ),
            (
                "2042-05-01 11:30",
                9907,
                RP(9907, 7, "Oscar Reyes") + "plexi for case 3 ordered, arrives 5/7 morning 👍",
            ),
            (
                "2042-05-02 10:00",
                9909,
                RP(9907, 7, "Oscar Reyes")
                + "lighting plot's no longer needed — Kanazawa's lighting designer is bringing their own plot 🙏",
            ),
            (
                "2042-05-02 14:00",
                9908,
                RP(9906, 15, "Marguerite Lind")
                + "sorry, we could not do it this week 🙇 Oscar-san and me will do it on 5/7 before install starts.",
            ),
            ("2042-05-02 17:00", 9906, "thank you all 🙏 have a good Golden Week 🎏 see you 5/7"),
        ],
        [
            task(2, ["condition report"], [9910], None, "done"),
            task(4, ["wall text"], [9906], ("2042-04-24", "Thu"), "done"),
            task(5, ["mordant"], [9909], ("2042-04-28", "Mon"), "done"),
            task(7, ["plexi"], [9907], ("2042-04-28", "Mon"), "done"),
            task(7, ["padding"], [9908], None, "done"),
            task(10, ["credit line"], [9909], ("2042-04-28", "Mon"), "done"),
            task(15, ["humidity"], [9907, 9908], ("2042-05-07", "Wed"), "open"),
        ],
        self_account_id=9910,
    ),
    # ------------------------------------------------------------------ b32en-03
    conv(
        "b32en-03",
        (972003, "輸出チーム × SG agent（YKSG-40217）"),
        [
            (9911, "中村 健一"),
            (9912, "井上 沙織"),
            (9913, "Wei Ling Tan"),
            (9914, "Rajesh Pillai"),
        ],
        [
            (
                "2042-05-01 10:00",
                9913,
                "[info][title]Booking confirmed 🚢[/title]BKG no. YKSG-40217 / 2x40HC\nVsl: KAIYO HARMONY V.118\nETD Yokohama 5/14 → ETA Singapore 5/21\nSI cut-off: 5/9 12:00 JST[/info]",
            ),
            ("2042-05-01 10:20", 9911, "[To:9913]Wei Ling Tanさん\nThanks!"),
            (
                "2042-05-01 10:22",
                9911,
                "[To:9912]井上 沙織さん\nSIの作成、2営業日以内にお願いします。",
            ),
            ("2042-05-01 10:40", 9912, RP(9911, 3, "中村 健一さん") + "承知しました。"),
            (
                "2042-05-01 11:15",
                9914,
                "[To:9911]中村 健一さん\nHello, for the Singapore import permit we need HS codes for all 14 items. Would you mind sending the HS code list by Monday? 🙏",
            ),
            (
                "2042-05-01 11:30",
                9911,
                RP(9914, 5, "Rajesh Pillai")
                + "Japan is holiday 5/3-5/6 (Golden Week). I will send on 5/2, OK?",
            ),
            ("2042-05-01 11:35", 9914, RP(9911, 6, "中村 健一さん") + "no problem, 5/2 is fine 👍"),
            (
                "2042-05-02 09:30",
                9911,
                RP(9914, 5, "Rajesh Pillai") + "HS code list attached. Please check 🙏",
            ),
            (
                "2042-05-02 10:00",
                9914,
                RP(9911, 8, "中村 健一さん")
                + "checked, thanks — all good except item 9: HS code should be 6109.10, not 6110.20. Can you correct the invoice too?",
            ),
            (
                "2042-05-02 10:15",
                9911,
                "[To:9912]井上 沙織さん\nインボイスのitem 9、HSコードを6109.10に修正お願いします。今日中で🙏",
            ),
            (
                "2042-05-02 13:40",
                9912,
                RP(9911, 10, "中村 健一さん") + "修正しました！共有フォルダの invoice_v2 です。",
            ),
            (
                "2042-05-02 13:50",
                9911,
                RP(9914, 9, "Rajesh Pillai") + "Corrected invoice (v2) is uploaded. Thanks!",
            ),
            ("2042-05-07 09:05", 9912, "SIドラフト作成中です。container no. だけ待ってます〜"),
            (
                "2042-05-07 09:20",
                9913,
                "[To:9912]井上 沙織さん\ncontainer nos: TGHU 804112-7 / TGHU 804390-1. sorry for the wait!",
            ),
            (
                "2042-05-07 14:00",
                9912,
                RP(9911, 3, "中村 健一さん") + "SI作成しました。Wei Lingさんにも送付済みです。",
            ),
            (
                "2042-05-07 14:30",
                9913,
                RP(9912, 15, "井上 沙織さん") + "SI recieved, thank you! 🙏",
            ),
            (
                "2042-05-08 10:10",
                9913,
                "[To:9912]井上 沙織さん\nB/L draft attached 📎 pls check the consignee + notify party and action by EOD 🙏",
            ),
            (
                "2042-05-08 10:15",
                9914,
                "fyi VGM cut-off is Monday 5pm SGT, carrier won't extend this time",
            ),
            (
                "2042-05-08 16:20",
                9912,
                RP(9913, 17, "Wei Ling Tanさん")
                + "Checked ✅ consignee and notify party are both OK. No correction from our side.",
            ),
            (
                "2042-05-08 16:25",
                9913,
                RP(9912, 19, "井上 沙織さん") + "perfect, released to the carrier just now 🚢",
            ),
            (
                "2042-05-12 09:00",
                9911,
                "[toall]\nShipment 2 (June): SI cut-off will be 6/6. Same flow as this time. よろしくお願いします。",
            ),
            (
                "2042-05-12 11:00",
                9913,
                "for shipment 2 I can take care of the import permit renewal with SG customs, no worries 👌",
            ),
            ("2042-05-12 11:05", 9911, RP(9913, 22, "Wei Ling Tanさん") + "Thanks! 助かります🙏"),
        ],
        [
            task(3, ["SI"], [9912], ("2042-05-07", "Wed"), "done"),
            task(5, ["HS code"], [9911], ("2042-05-02", "Fri"), "done"),
            task(8, ["HS code"], [9914], None, "done"),
            task(9, ["invoice"], [9911], None, "done"),
            task(10, ["HSコード"], [9912], ("2042-05-02", "Fri"), "done"),
            task(17, ["B/L"], [9912], ("2042-05-08", "Thu"), "done"),
            task(22, ["permit"], [9913], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------ b32en-04
    conv(
        "b32en-04",
        (972004, "Site 07 — study KT-311"),
        [
            (9916, "Aiko Mori"),
            (9917, "Grace Liu"),
            (9918, "Sam Whitfield"),
            (9919, "Felix Brandt"),
            (9920, "Nadia Haddad"),
        ],
        [
            (
                "2042-06-02 09:00",
                9920,
                "Hi team 👋 monitoring visit confirmed for Wed 6/11, 10:00–16:00. agenda to follow.",
            ),
            (
                "2042-06-02 09:30",
                9917,
                RP(9920, 1, "Nadia Haddad")
                + "noted, thanks! I'll book the small meeting room and set up your EMR read access 🔑",
            ),
            (
                "2042-06-02 10:15",
                9916,
                "Action items from this morning's site meeting:\n1. Sam to reconcile the IP temperature logs for May\n2. Grace to update the delegation log with Dr. Ishida as sub-I",
            ),
            ("2042-06-02 10:18", 9918, "👍"),
            ("2042-06-02 10:20", 9919, "+1"),
            (
                "2042-06-02 10:25",
                9916,
                "[To:9919]Felix Brandt\nand Felix, please close out the open queries on subjects 014 and 019 by Friday 🙏",
            ),
            ("2042-06-02 10:40", 9919, RP(9916, 6, "Aiko Mori") + "ack, will do"),
            (
                "2042-06-03 11:00",
                9917,
                "[To:9919]Felix Brandt\nwhen you get a chance could you pull an AE listing for Nadia's visit? 🙏",
            ),
            (
                "2042-06-03 11:05",
                9919,
                RP(9917, 8, "Grace Liu")
                + "sure — I'll try to get to it tomorrow, EDC exports are crawling today 🐢",
            ),
            (
                "2042-06-04 09:30",
                9918,
                "May temperature logs reconciled ✅ one excursion on fridge 2 on 5/17 (8.4°C for ~20 min), note drafted.\n[To:9916]Aiko Mori would you mind reviewing the excursion note? it's in the IP folder",
            ),
            ("2042-06-04 10:00", 9916, RP(9918, 10, "Sam Whitfield") + "let me handle it 👍"),
            (
                "2042-06-04 11:00",
                9916,
                RP(9916, 6, "Aiko Mori")
                + "[To:9919]Felix Brandt\nnudging this one — could we have 014/019 closed by Thursday noon instead? Nadia wants to pre-review before the visit",
            ),
            (
                "2042-06-04 16:30",
                9919,
                RP(9917, 8, "Grace Liu") + "AE listing is in the monitor folder 📂 (data cut 6/4)",
            ),
            (
                "2042-06-05 11:40",
                9919,
                RP(9916, 6, "Aiko Mori") + "014 closed, 019 still waiting on the lab reprint 😓",
            ),
            (
                "2042-06-05 15:00",
                9919,
                RP(9916, 6, "Aiko Mori") + "019 resolved as well — both queries closed in EDC ✅",
            ),
            (
                "2042-06-06 10:00",
                9917,
                RP(9916, 3, "Aiko Mori")
                + "delegation log updated with Dr. Ishida, signatures collected 🖊",
            ),
            (
                "2042-06-06 10:05",
                9917,
                RP(9917, 2, "Grace Liu") + "room B-204 is booked for the visit 👍",
            ),
            (
                "2042-06-09 09:15",
                9920,
                "thanks all, see you Wednesday! I'm at another site tomorrow AM so replies will be slow 🙏",
            ),
            (
                "2042-06-09 09:40",
                9916,
                RP(9918, 10, "Sam Whitfield")
                + "excursion note reviewed, two small edits in track changes 👍",
            ),
            (
                "2042-06-12 17:00",
                9920,
                "thanks for a smooth visit 🙏 all good except one thing: the 5/17 excursion needs a sponsor deviation form.\n[To:9918]Sam Whitfield could you file the deviation form by next Monday?",
            ),
            ("2042-06-12 17:10", 9918, RP(9920, 20, "Nadia Haddad") + "will do 👍"),
        ],
        [
            task(2, ["meeting room"], [9917], None, "done"),
            task(2, ["EMR"], [9917], None, "open"),
            task(3, ["temperature log"], [9918], None, "done"),
            task(3, ["delegation log"], [9917], None, "done"),
            task(6, ["queries"], [9919], ("2042-06-05T12:00", "Thu"), "done"),
            task(8, ["AE listing"], [9919], ("2042-06-04", "Wed"), "done"),
            task(10, ["excursion"], [9916], None, "done"),
            task(20, ["deviation"], [9918], ("2042-06-16", "Mon"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ b32en-05
    conv(
        "b32en-05",
        (972005, "Graphics desk"),
        [
            (9921, "Maya Ortiz"),
            (9922, "Jonah Kim"),
            (9923, "Ife Adeyemi"),
            (9924, "Clara Bassi"),
            (9925, "Ravi Menon"),
        ],
        [
            (
                "2042-07-14 09:30",
                9922,
                "heatwave piece is slotted for Thursday's front 🌡 graphics brief is in the doc",
            ),
            (
                "2042-07-14 09:45",
                9921,
                "[To:9923]Ife Adeyemi\ncould you take point on the heatwave map? I'll do the ER visits chart myself since it's small 📊",
            ),
            (
                "2042-07-14 10:00",
                9923,
                RP(9921, 2, "Maya Ortiz") + "on it 🗺 will use the JMA hourly station data",
            ),
            (
                "2042-07-14 13:20",
                9924,
                "data note: JMA hourly csv has a gap for 7/12 02:00–05:00 at 3 stations. I'd interpolate and flag it in the source line",
            ),
            ("2042-07-14 13:25", 9923, "+1 to interpolating"),
            (
                "2042-07-15 11:00",
                9923,
                "[To:9921]Maya Ortiz\nfirst pass of the map is up:\n[code]projection: lambert-conformal\nbins: 30 / 33 / 35 / 37 °C\npalette: ylorrd-5[/code]\nover to you for review 👀",
            ),
            (
                "2042-07-15 11:40",
                9921,
                RP(9923, 6, "Ife Adeyemi")
                + "bins + palette are good to go. projection needs another pass — Lambert squashes Okinawa, can you put Okinawa in an inset instead? by EOD if possible 🙏",
            ),
            (
                "2042-07-15 17:30",
                9923,
                RP(9921, 7, "Maya Ortiz") + "Okinawa inset added, v2 in the folder 🏝",
            ),
            ("2042-07-15 18:00", 9921, RP(9923, 6, "Ife Adeyemi") + "v2 looks good ✅ approved"),
            (
                "2042-07-16 10:00",
                9925,
                "[toall]\nstyle guide v7 is live 📘 please each add your initials to the sign-off sheet for the new chart-annotation rules by Friday",
            ),
            ("2042-07-16 10:05", 9924, "👀"),
            (
                "2042-07-16 14:10",
                9923,
                RP(9921, 2, "Maya Ortiz")
                + "map's placed in the CMS for Thursday ✅ slug: heatwave-map",
            ),
            (
                "2042-07-17 08:50",
                9924,
                "hospital ER csv landed overnight, cleaned file attached 📎 (14 prefectures)",
            ),
            ("2042-07-17 11:30", 9921, "ER chart filed to the desk ✅"),
            ("2042-07-17 11:45", 9922, "both look great, thank you 🙌"),
            (
                "2042-07-18 23:40",
                9925,
                "night desk: front's locked 🔒 nice work on the map everyone",
            ),
            (
                "2042-07-19 10:00",
                9922,
                "[To:9924]Clara Bassi\nfor the follow-up piece: can you pull the 10-year ER visit trend this week? (I know it's Saturday, no stress 😅)",
            ),
            (
                "2042-07-19 10:30",
                9924,
                RP(9922, 17, "Jonah Kim") + "ok! fyi Monday is 海の日 so I'm off 🏖",
            ),
            ("2042-07-22 10:00", 9925, "next week's night shift swap Ife ↔ Clara is approved 👍"),
            (
                "2042-07-22 11:00",
                9922,
                RP(9925, 10, "Ravi Menon")
                + "quick q — is the sign-off sheet the one pinned in the desk room or the new one?",
            ),
        ],
        [
            task(2, ["map"], [9923], None, "done"),
            task(2, ["ER", "chart"], [9921], None, "done"),
            task(6, ["map"], [9921], None, "done"),
            task(7, ["inset"], [9923], ("2042-07-15", "Tue"), "done"),
            task(10, ["sign-off"], [9922, 9923, 9924], ("2042-07-18", "Fri"), "open"),
            task(17, ["trend"], [9924], ("2042-07-25", "Fri"), "open"),
        ],
        self_account_id=9921,
    ),
    # ------------------------------------------------------------------ b32en-06
    conv(
        "b32en-06",
        (972006, "Import — Château Lavergne × 小林商店"),
        [
            (9926, "小林 真理"),
            (9927, "Julien Moreau"),
            (9928, "佐々木 悠"),
            (9929, "Elena Rossi"),
        ],
        [
            (
                "2042-08-04 17:00",
                9927,
                "Bonjour à tous 🍇 harvest started early this year — first Merlot parcels were picked this morning.",
            ),
            ("2042-08-04 17:20", 9926, "Wow, early! おめでとうございます🎉"),
            ("2042-08-04 17:25", 9928, "same here 🎉 今年のヴィンテージ楽しみです"),
            (
                "2042-08-05 09:10",
                9926,
                "FYI：日本は8/11（月）が山の日で祝日です。8/13〜8/15はお盆休みのため事務所を閉めます。",
            ),
            (
                "2042-08-05 16:00",
                9929,
                "Price list for the 2041 vintage attached 📎 (EXW, EUR). Let me know if anything looks off.",
            ),
            (
                "2042-08-05 16:30",
                9928,
                "Thanks Elena! quick q — is the Côtes de Bourg still available in magnum?",
            ),
            (
                "2042-08-05 17:00",
                9929,
                RP(9928, 6, "佐々木 悠さん") + "yes, 120 magnums this year 🙂",
            ),
            (
                "2042-08-06 10:00",
                9926,
                "お客様（レストラン葵）からの要望、共有です：\n「次回入荷時にロゼを6ケース追加で確保していただけますか。最新の価格表もお送りください。」\n数量はまだ確定ではないそうです。",
            ),
            ("2042-08-06 10:10", 9928, "+1 葵さんは毎年ロゼ多めですね🌸"),
            (
                "2042-08-06 14:00",
                9927,
                "shipping update: the reefer for order 2041-JP-07 leaves Le Havre today 🚢 ETA Tokyo around 9/20. the forwarder is couriering the original docs.",
            ),
            ("2042-08-06 14:05", 9926, "Thanks! 書類が届いたらお知らせします。"),
            (
                "2042-08-07 11:00",
                9929,
                "if you need a hand with the JP back labels, I can help out — just ping me 🙂",
            ),
            (
                "2042-08-07 11:30",
                9928,
                "ありがとうございます🙏 we should probably refresh the tasting notes on our site at some point 😅",
            ),
            (
                "2042-08-07 15:00",
                9929,
                "fyi the courier says the sample box reaches your office in 2 business days 📦",
            ),
            ("2042-08-08 09:00", 9926, "来週の8/11って、フランス側は通常営業ですか？"),
            (
                "2042-08-08 09:30",
                9927,
                RP(9926, 15, "小林 真理さん")
                + "yes, business as usual here. 8/15 is our holiday though (Assomption) 🙂",
            ),
            ("2042-08-08 10:00", 9926, "OK, thanks! 何かあればいつでもご連絡ください。"),
            ("2042-08-12 10:00", 9928, "お盆前に在庫確認しておきました。ロゼは残り38ケースです。"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ b32en-07
    conv(
        "b32en-07",
        (972007, "Makerspace — open house 2042"),
        [
            (9930, "Kai Nakagawa"),
            (9931, "Rosa Delgado"),
            (9932, "Finn O'Brien"),
            (9933, "Aya Fujimoto"),
            (9934, "Marcus Lee"),
        ],
        [
            (
                "2042-08-04 19:00",
                9930,
                "[toall]\nopen house is Sat 8/23 🎉 planning thread here. please add your workshop ideas to the board by next Monday",
            ),
            ("2042-08-04 19:05", 9934, "+1 🙌"),
            ("2042-08-04 19:30", 9930, task_added(9931, LASER_LT, LASER_BODY, "date")),
            (
                "2042-08-05 12:00",
                9931,
                "got it 👍 fyi the laser is down Wed anyway for the filter swap",
            ),
            ("2042-08-05 20:10", 9932, "soldering workshop: I can take care of that one 🔧"),
            (
                "2042-08-05 20:12",
                9932,
                "also I'll order 20 more kits from the usual shop, we're down to 4",
            ),
            ("2042-08-05 20:15", 9933, "LED badges were the hit last year, the kids loved them 😄"),
            (
                "2042-08-06 09:00",
                9933,
                "[To:9930]Kai Nakagawa\nvolunteer sign-up sheet is live → https://forms.example.org/mk-oh42\nwould you mind sharing it in the newsletter this week? 🙏",
            ),
            ("2042-08-06 09:30", 9930, RP(9933, 8, "Aya Fujimoto") + "👌"),
            (
                "2042-08-07 21:00",
                9934,
                "printer #2 is clicking on the Z axis again 😬 not sure who owns it these days?",
            ),
            ("2042-08-07 21:05", 9931, "same, heard it on tuesday"),
            (
                "2042-08-07 21:10",
                9930,
                "[To:9932]Finn O'Brien\nthis one's yours I think 🙂 can you take a look at printer #2 tomorrow?",
            ),
            (
                "2042-08-08 10:00",
                9932,
                RP(9930, 12, "Kai Nakagawa")
                + "looked at it — Z coupler was loose, tightened it, test print OK ✅",
            ),
            ("2042-08-08 12:00", 9930, "newsletter went out with the sign-up link 📨"),
            ("2042-08-08 18:30", 9931, task_done(9931, LASER_LT, LASER_BODY, "date")),
            (
                "2042-08-08 18:45",
                9930,
                task_added(9933, FLYER_LT, "Print 50 open house flyers", "time"),
            ),
            (
                "2042-08-09 11:00",
                9933,
                RP(9930, 16, "Kai Nakagawa")
                + "will do 🖨 heads up, the print shop is closed for Obon 8/13–8/16",
            ),
            (
                "2042-08-12 10:00",
                9932,
                RP(9932, 6, "Finn O'Brien") + "20 kits ordered, arriving end of next week 📦",
            ),
            (
                "2042-08-12 10:30",
                9934,
                RP(9930, 1, "Kai Nakagawa")
                + "added two ideas to the board: intro to Arduino + bike repair basics 🚲",
            ),
            (
                "2042-08-12 11:00",
                9932,
                RP(9932, 5, "Finn O'Brien")
                + "soldering workshop is off — the community center is running one the same weekend, so ours is no longer needed",
            ),
            ("2042-08-18 16:40", 9933, "flyers: 30 of 50 printed, then the toner ran out 😩"),
        ],
        [
            task(1, ["workshop"], [9931, 9932, 9933, 9934], ("2042-08-11", "Mon"), "done"),
            task(3, ["lens"], [9931], ("2042-08-08", "Fri"), "done"),
            task(6, ["kits"], [9932], None, "done"),
            task(8, ["newsletter"], [9930], ("2042-08-08", "Fri"), "done"),
            task(12, ["printer"], [9932], ("2042-08-08", "Fri"), "done"),
            task(16, ["flyers"], [9933], ("2042-08-18T17:00", "Mon"), "open"),
        ],
    ),
]


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]"


CRED_LT = chatwork_lt("2042-09-16")
CRED_BODY = "Rotate the Snowpipe service credentials (quarterly)"

CASES_B = [
    # ------------------------------------------------------------------ b32en-08
    conv(
        "b32en-08",
        (972008, "data-platform / pipelines"),
        [
            (9951, "Priya Raman"),
            (9952, "Tomasz Wierzbicki"),
            (9953, "Aiko Brennan"),
            (9954, "Devon Okafor"),
            (9955, "PipelineBot"),
        ],
        [
            (
                "2042-09-11 09:40",
                9955,
                "[info][title]Nightly run summary 2042-09-11[/title]ingest_orders: OK (41m)\nsessions_rollup: FAILED (exit 137)\ndim_customers: OK[/info]",
            ),
            (
                "2042-09-11 09:52",
                9951,
                "sessions_rollup OOM'd again 😩\n[To:9952]Tomasz Wierzbicki can you action this? rerun it with more executor memory, by EOD please",
            ),
            ("2042-09-11 10:05", 9952, RP(9951, 2) + "👀 on it"),
            (
                "2042-09-11 10:07",
                9953,
                "same here, it's been flaky since the schema change last week",
            ),
            (
                "2042-09-11 11:30",
                9954,
                "[To:9951]Priya Raman re the Q3 cost report — I'm taking the lead on the warehouse cost breakdown, will have a draft by Friday",
            ),
            (
                "2042-09-11 13:15",
                9952,
                RP(9951, 2) + "rerun's green ✅ bumped executors to 16g, moved DATA-581 to Done",
            ),
            ("2042-09-11 14:02", 9955, task_added(9953, CRED_LT, CRED_BODY, "date")),
            ("2042-09-11 14:10", 9953, RP(9955, 7) + "ack 👍🙏"),
            (
                "2042-09-11 16:40",
                9951,
                "quick weekly update before the long weekend 🍂\n- orders ingest: stable, p95 down to 38m\n- sessions_rollup: fixed (thx Tomasz)\n- dbt 1.14 upgrade: WIP, blocked on the two macros Devon flagged\n- [To:9954]Devon when you get a chance could you write up the macro breakages in DATA-590? no rush\n- on-call for Mon 9/15 is covered by Aiko\nhave a good holiday all 🙌",
            ),
            (
                "2042-09-12 09:15",
                9954,
                RP(9951, 9) + "sure, will have the write-up in DATA-590 by next Tuesday",
            ),
            (
                "2042-09-12 11:00",
                9951,
                "[toall] please put your October on-call preferences in the sheet this week 🙏",
            ),
            ("2042-09-12 11:20", 9953, "mine's in ✅"),
            (
                "2042-09-12 11:40",
                9953,
                "@here heads up: staging warehouse goes read-only Sat 02:00–06:00 for the vendor patch",
            ),
            ("2042-09-12 11:41", 9952, "👀"),
            (
                "2042-09-12 15:50",
                9954,
                RP(9954, 5)
                + "cost breakdown draft done ✅ it's in the team drive → https://drive.example.invalid/q3-cost (storage vs compute split)\n[To:9951]Priya would you mind reading through the cost breakdown by Wednesday?",
            ),
            (
                "2042-09-16 09:05",
                9955,
                "[info][title]Nightly run summary 2042-09-16[/title]ingest_orders: OK (39m)\nsessions_rollup: OK (52m)\ndim_customers: SKIPPED (upstream late)[/info]",
            ),
            ("2042-09-16 09:30", 9953, task_done(9953, CRED_LT, CRED_BODY, "date")),
            (
                "2042-09-16 09:31",
                9953,
                "creds rotated, old keys revoked 🔑 prod + staging both on the new ones",
            ),
            (
                "2042-09-16 11:20",
                9951,
                RP(9954, 15)
                + "went through it — the storage section is good to go 👍 the compute split needs another pass, reserved vs on-demand are swapped in the chart. can you fix the chart by Thursday noon?",
            ),
            ("2042-09-16 11:45", 9954, RP(9951, 19) + "yep 👍"),
            (
                "2042-09-16 17:30",
                9954,
                "dbt 1.14 PR is in review, not merged yet 🙃 the alert-routing hotfix is shipping today though (Tomasz's PR)",
            ),
            (
                "2042-09-17 10:00",
                9951,
                RP(9954, 9)
                + "nudging this 👀 could we have the write-up by Friday? the dbt upgrade is waiting on it",
            ),
            (
                "2042-09-18 11:10",
                9954,
                QT(9951, 19, "can you fix the chart by Thursday noon?")
                + "chart fixed ✅ reserved/on-demand are the right way round now\n"
                + QT(
                    9951,
                    9,
                    "- Devon when you get a chance could you write up the macro breakages in DATA-590? no rush",
                )
                + "write-up done, it's in DATA-590",
            ),
            ("2042-09-18 11:30", 9952, "+1 thanks Devon 🙌"),
        ],
        [
            task(2, ["rerun"], [9952], ("2042-09-11", "Thu"), "done"),
            task(5, ["cost breakdown"], [9954], ("2042-09-12", "Fri"), "done"),
            task(7, ["credentials"], [9953], ("2042-09-16", "Tue"), "done"),
            task(9, ["macro"], [9954], ("2042-09-19", "Fri"), "done"),
            task(11, ["on-call"], [9952, 9953, 9954], ("2042-09-12", "Fri"), "open"),
            task(15, ["cost breakdown"], [9951], ("2042-09-17", "Wed"), "done"),
            task(19, ["chart"], [9954], ("2042-09-18T12:00", "Thu"), "done"),
        ],
        self_account_id=9955,
    ),
    # ------------------------------------------------------------------ b32en-09
    conv(
        "b32en-09",
        (972009, "Cultural Section – Autumn Programme"),
        [
            (9956, "Margit Lindqvist"),
            (9957, "Kenji Hollis"),
            (9958, "Sofia Brandt"),
            (9959, "Ravi Menon"),
            (9960, "Yuna Tachibana"),
        ],
        [
            (
                "2042-10-06 09:20",
                9956,
                "Good morning all ☕ Quick recap for the design exhibition opening on 10/24:\n- venue contract: signed ✅\n- catalogue text: Kenji's draft is with me, thanks!\n- [To:9959]Ravi could you take point on the press release? a first draft by Thursday would be great\n- invitation list: still open, let's discuss Wed",
            ),
            (
                "2042-10-06 09:35",
                9959,
                RP(9956, 1)
                + "Sure, happy to take it. Do we have the designer's bio in English somewhere?",
            ),
            (
                "2042-10-06 09:41",
                9957,
                "it's on the shared drive under /exhibition/bios — the long version though, it needs trimming for press. I'll try to get to that tomorrow",
            ),
            (
                "2042-10-06 10:02",
                9956,
                "[To:9960]Yuna would you mind calling the hall about the loading dock hours for the install? the crates arrive on the 20th",
            ),
            (
                "2042-10-06 10:15",
                9960,
                RP(9956, 4) + "承知しました。I will call them and report you.",
            ),
            (
                "2042-10-06 14:30",
                9960,
                RP(9956, 4)
                + "I called the hall. Loading dock is open 8:00-17:00 weekdays only, for weekend we need special request form.",
            ),
            (
                "2042-10-06 14:40",
                9956,
                "Thank you Yuna (bow) weekdays are fine, the 20th is a Monday",
            ),
            (
                "2042-10-07 11:00",
                9957,
                "Margit, the catalogue proofs came back from the printer 📚 cover and pp.1–12 are good to go, pp.13–20 need another pass (the Japanese captions are shifted one line). I'll send the printer our corrections by tomorrow 3pm",
            ),
            ("2042-10-07 11:05", 9956, "+1, thanks Kenji"),
            (
                "2042-10-08 15:10",
                9957,
                RP(9957, 8) + "corrections sent to the printer, they confirmed receipt 👍",
            ),
            (
                "2042-10-08 16:00",
                9956,
                "[toall] The invitation list is final (in the drive, tab 'Final'). Please each check your own section for name spellings and titles by Friday noon 🙏",
            ),
            (
                "2042-10-08 16:02",
                9956,
                "[To:9958]Sofia the seating cards are yours — over to you once the list is locked",
            ),
            (
                "2042-10-08 16:20",
                9958,
                RP(9956, 12) + "got it! and I'll do the name badges too, same template 🙂",
            ),
            (
                "2042-10-09 17:40",
                9959,
                RP(9956, 1)
                + "press release first draft done → https://docs.example.invalid/pr-v1 (sorry, late in the day 😅)\nwhen you get a chance could you check the ambassador's quote in para 2? I paraphrased a bit",
            ),
            (
                "2042-10-10 10:05",
                9960,
                "my section is checked ✅ 2 typos fixed (Mr. Saitou → Mr. Saito)",
            ),
            (
                "2042-10-10 10:30",
                9956,
                "Reminder: Monday 10/13 is a public holiday here (Sports Day), the office is closed. Enjoy the long weekend!",
            ),
            (
                "2042-10-10 11:50",
                9956,
                RP(9959, 14)
                + "quote checked — the ambassador's office is fine with the wording 👍",
            ),
            (
                "2042-10-14 09:30",
                9956,
                RP(9958, 12)
                + "Sofia small change of plan: it's a standing reception now, so the seating cards are no longer needed. name badges still yes!",
            ),
            ("2042-10-14 09:45", 9958, RP(9956, 18) + "noted 🙆‍♀️"),
            (
                "2042-10-16 13:00",
                9957,
                "fyi the printer says the revised proofs arrive end of next week",
            ),
        ],
        [
            task(1, ["press release"], [9959], ("2042-10-09", "Thu"), "done"),
            task(3, ["bio"], [9957], ("2042-10-07", "Tue"), "open"),
            task(4, ["loading dock"], [9960], None, "done"),
            task(8, ["corrections"], [9957], ("2042-10-08T15:00", "Wed"), "done"),
            task(
                11,
                ["spelling"],
                [9957, 9958, 9959, 9960],
                ("2042-10-10T12:00", "Fri"),
                "open",
            ),
            task(13, ["name badges"], [9958], None, "open"),
            task(14, ["quote"], [9956], None, "done"),
        ],
    ),
    # ------------------------------------------------------------------ b32en-10
    conv(
        "b32en-10",
        (972010, "Post – 'Low Tide' feature"),
        [
            (9961, "Celine Dubois"),
            (9962, "Mia Kowalczyk"),
            (9963, "Joon-ho Park"),
            (9964, "Harriet Osei"),
            (9965, "Ben Araki"),
        ],
        [
            (
                "2042-10-30 10:00",
                9961,
                "Morning! Picture lock on Low Tide is confirmed 🎬 distributor delivery is 11/14, schedule is pinned in the drive.",
            ),
            ("2042-10-30 10:12", 9963, "🙌🙌"),
            (
                "2042-10-30 10:30",
                9965,
                "turnover EDLs for reels 1–5 are on the server, color and sound both have access",
            ),
            (
                "2042-10-30 15:00",
                9962,
                "got them, thx. heads up I'm out tomorrow AM (dentist 🦷)",
            ),
            (
                "2042-10-31 11:20",
                9964,
                "sound spotting notes for reels 1–2 are up 🎧\n[To:9963]Joon-ho two things from me:\n1. the dog bark in sc. 14 is ~3 frames late, can you slip it back by Monday?\n2. would you mind sending me the alt take of the pier scene for the wild track?",
            ),
            (
                "2042-10-31 11:40",
                9963,
                RP(9964, 5) + "on it. 2 is easy, will send it in a bit",
            ),
            (
                "2042-10-31 12:15",
                9963,
                RP(9964, 5) + "alt take of the pier scene sent via the transfer link 📨",
            ),
            (
                "2042-11-04 10:00",
                9962,
                "first grading pass on reels 1–3 done, renders are on the review server.\n[To:9961]Celine please take a look when you can 🙏",
            ),
            (
                "2042-11-04 16:30",
                9961,
                RP(9962, 8)
                + "went through reels 1–3. reels 1 and 2 are good to go 👌 reel 3 needs another pass — the night exteriors in sc. 31–33 are too crushed. can you lift them by Thursday?",
            ),
            (
                "2042-11-04 16:45",
                9962,
                RP(9961, 9) + "yep — I'll need until Friday though, the plates are noisy",
            ),
            (
                "2042-11-05 09:10",
                9965,
                "VFX status 🎞️\n- LT_045 boat wake: in review with the vendor\n- LT_052 sky replacement: QA passed, moved to Done\n- LT_061 wire removal: WIP, vendor says in 2 business days\n[To:9961]Celine the vendor wants our approval on the LT_045 temp by tomorrow — could you sign it off?",
            ),
            ("2042-11-05 09:20", 9961, RP(9965, 11) + "👀"),
            ("2042-11-05 13:30", 9961, RP(9965, 11) + "LT_045 temp approved ✅"),
            ("2042-11-05 14:00", 9965, "👍 told the vendor"),
            (
                "2042-11-06 11:00",
                9963,
                QT(
                    9964,
                    5,
                    "1. the dog bark in sc. 14 is ~3 frames late, can you slip it back by Monday?",
                )
                + "fixed, slipped it 3 frames. new AAF is on the server",
            ),
            ("2042-11-06 11:30", 9964, "thanks! all good on my end 👍"),
            (
                "2042-11-07 17:50",
                9962,
                RP(9961, 9) + "sc. 31–33 lifted and re-rendered, v3 is on the review server",
            ),
            ("2042-11-07 18:05", 9961, "great, thx Mia 🙏 have a good weekend all"),
            (
                "2042-11-10 10:00",
                9961,
                "Distributor sent the QC spec, relevant bit below:\n[info][title]QC spec – deliverables (excerpt)[/title]Please deliver subtitle files as .stl and .srt, and provide a textless version of every titled shot.[/info]\n[To:9965]Ben could you take point on the textless versions? need them by next Monday",
            ),
            ("2042-11-10 10:20", 9965, RP(9961, 19) + "sure, I'll take point 👍"),
            (
                "2042-11-12 15:00",
                9963,
                "@here reel 5 conform is done, the online edit is booked for Friday",
            ),
            ("2042-11-13 18:20", 9965, "textless versions WIP — 14 of 22 shots done"),
        ],
        [
            task(5, ["dog bark"], [9963], ("2042-11-03", "Mon"), "done"),
            task(5, ["pier"], [9963], None, "done"),
            task(8, ["grading"], [9961], None, "done"),
            task(9, ["night exteriors"], [9962], ("2042-11-07", "Fri"), "done"),
            task(11, ["LT_045"], [9961], ("2042-11-06", "Thu"), "done"),
            task(19, ["textless"], [9965], ("2042-11-17", "Mon"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ b32en-11
    conv(
        "b32en-11",
        (972011, "Hotel group IT – PMS migration (Kyoto)"),
        [
            (9966, "佐々木 誠"),
            (9967, "Lucas Ferreira"),
            (9968, "Hannah Cole"),
            (9969, "村上 あかり"),
            (9970, "Omar Haddad"),
        ],
        [
            (
                "2042-11-17 09:10",
                9966,
                "おはようございます。Kyoto property PMS migration is next week (11/26). Let's do a quick status round here 🙏",
            ),
            (
                "2042-11-17 09:25",
                9967,
                "Good morning. Network side: new VLAN for front desk is configured, but firewall rule for the PMS cloud is not yet. I will finish it until Wednesday.",
            ),
            (
                "2042-11-17 09:40",
                9968,
                "Vendor side: data mapping — room types are good to go ✅, rate codes need another pass (corporate rates map to the wrong market segment).\n[To:9966]Sasaki-san could you confirm the corporate rate segments with revenue by Thursday noon?",
            ),
            (
                "2042-11-17 09:55",
                9966,
                RP(9968, 3) + "OK, I will ask revenue team. Thanks!",
            ),
            (
                "2042-11-17 10:20",
                9969,
                "ヘルプデスクです。フロント向け操作マニュアル、日本語版は完成済みです。英語版は今週中に仕上げます。",
            ),
            ("2042-11-17 10:22", 9966, "👍 ありがとうございます"),
            (
                "2042-11-17 11:05",
                9970,
                "Security: [To:9968]Hannah can you send me the list of service accounts the vendor will use? ASAP please, I can't sign off the firewall change without it",
            ),
            ("2042-11-17 11:30", 9968, RP(9970, 7) + "Will do 👍"),
            (
                "2042-11-18 14:00",
                9968,
                RP(9970, 7)
                + "sent the service account list to your mail (3 API users) ✅ let me know if anything's missing",
            ),
            (
                "2042-11-18 15:10",
                9970,
                RP(9968, 9)
                + "thx. 2 of the 3 are fine. svc_pms_sync is MFA-exempt with no IP restriction, that's a no.\n[To:9967]Lucas this one's yours — please add an IP allowlist for svc_pms_sync on the edge firewall",
            ),
            (
                "2042-11-18 15:30",
                9967,
                RP(9970, 10) + "Ok, I do it together with the PMS rule tomorrow.",
            ),
            (
                "2042-11-19 17:45",
                9967,
                QT(9967, 2, "I will finish it until Wednesday.")
                + "PMS firewall rule is applied ✅\n"
                + QT(
                    9970,
                    10,
                    "please add an IP allowlist for svc_pms_sync on the edge firewall",
                )
                + "allowlist also applied. Tested from Kyoto front desk PC, connection is OK 👍",
            ),
            (
                "2042-11-20 11:40",
                9966,
                RP(9968, 3)
                + "Revenue confirmed: corporate rates → segment CORP-B. Sorry for late (bow)",
            ),
            ("2042-11-20 11:45", 9968, RP(9966, 13) + "Perfect, thank you!"),
            (
                "2042-11-20 13:00",
                9969,
                "来週月曜（11/24）は振替休日のため、切替前日のリハーサルは火曜11/25 10:00からに変更しました。",
            ),
            ("2042-11-20 13:10", 9966, "了解です、Thanks!"),
            (
                "2042-11-21 09:30",
                9966,
                "[To:9970]Omarさん\nSecurity reviewのレポート、2営業日以内にお願いします。go-live前に目を通したいです🙏",
            ),
            ("2042-11-21 09:50", 9970, RP(9966, 17) + "👍 will do"),
            (
                "2042-11-21 16:30",
                9969,
                "英語版マニュアル、完成しました📘 共有フォルダに入れてあります。\n[To:9968]Hannah could you check the screenshots match the new PMS version? 来週火曜までにお願いします🙏",
            ),
            (
                "2042-11-21 17:00",
                9968,
                RP(9969, 19) + "Sure, will do 🙂 (Monday is a holiday for you, not for me 😄)",
            ),
            (
                "2042-11-25 10:30",
                9968,
                RP(9969, 19) + "halfway through the screenshots, 12 of 25 checked so far",
            ),
            ("2042-11-25 10:50", 9969, "ありがとうございます！🙏"),
            (
                "2042-11-26 09:00",
                9966,
                "Rehearsal yesterday went fine. Go-live today 🚀 thanks all",
            ),
        ],
        [
            task(2, ["firewall rule"], [9967], ("2042-11-19", "Wed"), "done"),
            task(3, ["corporate rate"], [9966], ("2042-11-20T12:00", "Thu"), "done"),
            task(5, ["英語版"], [9969], ("2042-11-21", "Fri"), "done"),
            task(7, ["service account"], [9968], None, "done"),
            task(10, ["allowlist"], [9967], ("2042-11-19", "Wed"), "done"),
            task(17, ["Security review"], [9970], ("2042-11-26", "Wed"), "open"),
            task(19, ["screenshots"], [9968], ("2042-11-25", "Tue"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ b32en-12
    conv(
        "b32en-12",
        (972012, "こうじ堂 × Brightwell – Winter campaign"),
        [
            (9971, "Emma Whitfield"),
            (9972, "高田 恵"),
            (9973, "Noah Lindgren"),
            (9974, "Priscilla Tan"),
            (9975, "林 裕太"),
            (9976, "Felix Grant"),
        ],
        [
            (
                "2042-12-08 10:00",
                9972,
                "[To:9973]Noahさん\nお疲れ様です、こうじ堂の高田です。\nWinter campaign KV v2, overall very good! ひとつだけ、ロゴを少し大きくしていただけますか？\nよろしくお願いします。",
            ),
            (
                "2042-12-08 10:20",
                9973,
                RP(9972, 1) + "Thank you 高田さん! will do — v3 by Wednesday 🙏",
            ),
            (
                "2042-12-08 10:45",
                9971,
                "Thanks 高田さん 🙇‍♀️ FYI the shoot at Studio Kanna is confirmed for 12/17 (Wed).",
            ),
            (
                "2042-12-08 11:30",
                9975,
                "[To:9971]Emmaさん\n商品撮影用のサンプル、何箱あればよいでしょうか？ 今週中に発送します。",
            ),
            (
                "2042-12-08 11:45",
                9971,
                RP(9975, 4)
                + "林さん ありがとうございます！ 12 boxes would be perfect (6 original, 6 yuzu) 🙏",
            ),
            (
                "2042-12-10 18:10",
                9973,
                RP(9972, 1)
                + "高田さん logo enlarged 10% ✅ KV v3 is up → https://share.example.invalid/kv-v3",
            ),
            (
                "2042-12-11 09:30",
                9972,
                RP(9973, 6) + "v3確認しました。Looks great 👍 ありがとうございます！",
            ),
            (
                "2042-12-12 16:40",
                9975,
                RP(9975, 4) + "サンプル12箱、本日発送しました📦 明日午前着の予定です。",
            ),
            (
                "2042-12-12 17:05",
                9976,
                "[toall] Shoot logistics for 12/17 (Wed) 📸\n- call time 9:00 at Studio Kanna, Meguro\n- lunch is provided\n- please send me any dietary restrictions by Monday\nthanks!",
            ),
            ("2042-12-12 17:20", 9974, "+1 see you all there 🙌"),
            ("2042-12-15 09:00", 9972, "こちらは特になしです🙆‍♀️ 林も大丈夫です"),
            (
                "2042-12-18 10:00",
                9976,
                "shoot selects are up on the drive, 46 frames. thanks again everyone",
            ),
            (
                "2042-12-24 14:00",
                9971,
                "Merry Christmas all 🎄 next steps before the break:\n1. Noah — retouch the 8 hero shots (~12/26)\n2. Priscilla — final captions JP/EN with the shot numbers\n3. 高田さん — legal check of the package claims (「無添加」など)\nour office is closed 12/27–1/4.",
            ),
            (
                "2042-12-24 14:30",
                9972,
                RP(9971, 13) + "3の法務チェック、承知しました。3営業日以内に戻します🙇‍♀️",
            ),
            (
                "2042-12-26 18:30",
                9973,
                RP(9971, 13) + "8 hero shots retouched and on the drive 🎄 have a great break!",
            ),
            (
                "2042-12-26 18:40",
                9974,
                RP(9971, 13) + "final captions are WIP — I'll have them by 1/5 when we're back",
            ),
            (
                "2043-01-05 10:00",
                9972,
                "あけましておめでとうございます🎍 本年もよろしくお願いいたします。",
            ),
            (
                "2043-01-05 10:30",
                9972,
                RP(9971, 13)
                + "法務チェック完了しました。「無添加」はOKです。「日本一サクサク」は表記NGなので、コピーから削除をお願いします🙇‍♀️",
            ),
            (
                "2043-01-05 10:45",
                9971,
                RP(9972, 18) + "承知しました！ I'll remove it from the copy today",
            ),
            (
                "2043-01-05 11:30",
                9974,
                RP(9971, 13) + "final captions done ✅ shot numbers added",
            ),
            (
                "2043-01-05 11:40",
                9976,
                "welcome back all! 🙌 launch posts go live 1/15",
            ),
        ],
        [
            task(1, ["ロゴ"], [9973], ("2042-12-10", "Wed"), "done"),
            task(4, ["サンプル"], [9975], ("2042-12-12", "Fri"), "done"),
            task(9, ["dietary"], [9972, 9973, 9974, 9975], ("2042-12-15", "Mon"), "open"),
            task(13, ["retouch"], [9973], ("2042-12-26", "Fri"), "done"),
            task(13, ["caption"], [9974], ("2043-01-05", "Mon"), "done"),
            task(13, ["legal check"], [9972], ("2043-01-05", "Mon"), "done"),
            task(18, ["日本一サクサク"], [9971], ("2043-01-05", "Mon"), "open"),
        ],
        self_account_id=9971,
    ),
    # ------------------------------------------------------------------ b32en-13
    conv(
        "b32en-13",
        (972013, "Main Library – Reading Room Desk"),
        [
            (9977, "Gwen Adebayo"),
            (9978, "Thomas Nakagawa-Reid"),
            (9979, "Lena Fischer"),
            (9980, "Marco Bellini"),
            (9981, "Saki Oyama"),
        ],
        [
            (
                "2043-01-06 09:00",
                9977,
                "Happy new year everyone 🎍 hope the break was restful!",
            ),
            ("2043-01-06 09:05", 9979, "happy new year! 🙌"),
            (
                "2043-01-06 09:30",
                9980,
                "@here FYI the discovery layer upgrade went live over the break. Known issue: saved searches from before 12/26 don't show up yet, vendor ticket is open.",
            ),
            ("2043-01-06 09:32", 9978, "+1 saw that too"),
            (
                "2043-01-06 09:40",
                9978,
                "does anyone know where the spare barcode scanner went? the one at the ref desk died",
            ),
            ("2043-01-06 09:45", 9979, RP(9978, 5) + "circ back office, 2nd drawer 🙂"),
            (
                "2043-01-06 10:15",
                9977,
                "Reminder: Monday 1/12 is Coming of Age Day, the library opens 10:00–17:00 with reduced staff. The rota is already posted.",
            ),
            (
                "2043-01-06 11:00",
                9981,
                "the student assistant schedule for spring is done — pasting it here:\n[info][title]Spring rota (draft)[/title]Mon/Wed: Aoi, Rin\nTue/Thu: Daichi, Mei\nFri: Sora[/info]",
            ),
            ("2043-01-06 11:20", 9977, "looks good, thanks Saki 🙏"),
            (
                "2043-01-06 13:30",
                9978,
                "A patron emailed, pasting it:\n[qt]Could you please extend my loan on the Meiji-era map facsimiles until the end of the month? I need them for my thesis.[/qt]\nI'll let you all know once I hear back from special collections whether that's allowed.",
            ),
            ("2043-01-06 13:40", 9979, "lmk if anything else comes up with that one"),
            (
                "2043-01-07 10:00",
                9980,
                "the new self-checkout kiosk arrives end of next week btw. I'm out tomorrow AM for the vendor training",
            ),
            ("2043-01-07 10:10", 9977, "👀 nice"),
            (
                "2043-01-07 15:00",
                9978,
                "special collections said yes to the map extension (until 1/31), ticket closed — so that's sorted.",
            ),
            ("2043-01-07 15:05", 9979, "great 👍"),
            (
                "2043-01-08 09:15",
                9977,
                "[To:9980]Marco let me know when the saved-search fix lands, I'll tell the faculty liaisons",
            ),
            (
                "2043-01-09 17:30",
                9977,
                "Thanks all for a smooth first week back. Have a good long weekend!",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------ b32en-14
    conv(
        "b32en-14",
        (972014, "Hokuto Solar Park – O&M"),
        [
            (9982, "Arjun Pillai"),
            (9983, "Dmitri Volkov"),
            (9984, "Yuki Sato-Bennett"),
            (9985, "Carlos Mendes"),
            (9986, "Helga Strand"),
        ],
        [
            (
                "2042-09-19 07:45",
                9984,
                "[info][title]SCADA alarm digest 07:00[/title]INV-07: string 3 low output (-18%)\nINV-12: comms lost 03:12–03:40\nMet station: OK[/info]",
            ),
            (
                "2042-09-19 07:50",
                9982,
                "[To:9983]Dmitri INV-07 string 3 is yours today 🔧 please check the combiner box fuses",
            ),
            ("2042-09-19 07:55", 9983, "ok I go after the morning round 👷"),
            (
                "2042-09-19 08:10",
                9985,
                "grass cutting block C is finish yesterday. block D I will finish by Wednesday, tuesday is holiday so no contractor",
            ),
            (
                "2042-09-19 08:30",
                9986,
                "Morning team ☀️ [To:9984]Yuki would you mind sending me the August availability figures by next Monday? it's for the monthly report",
            ),
            ("2042-09-19 08:35", 9984, RP(9986, 5) + "sure 👍"),
            (
                "2042-09-19 11:40",
                9983,
                RP(9982, 2)
                + "string 3: 2 fuses was blown, I replaced. output is back normal ✅ but DC cable of string 4 have damaged insulation, need new cable. let me handle the order with Kanto Denzai.",
            ),
            ("2042-09-19 11:45", 9982, "great work 👍 thanks Dmitri"),
            (
                "2042-09-22 09:00",
                9984,
                RP(9986, 5)
                + "August availability figures sent: 99.2% technical / 98.7% contractual, details in the mail",
            ),
            (
                "2042-09-22 09:30",
                9986,
                RP(9984, 9)
                + "Thanks Yuki! all good except the INV-12 comms outage — that's grid-side and should be excluded. can you send a corrected availability sheet by Thursday?",
            ),
            (
                "2042-09-22 09:40",
                9984,
                RP(9986, 10) + "ah right, sorry! I can take care of that 🙏",
            ),
            (
                "2042-09-22 16:00",
                9983,
                "[To:9982]Arjun cable order is placed, arrive 9/26. for install I need second person because of lockout procedure. can someone be my second person on Friday?",
            ),
            (
                "2042-09-22 16:20",
                9985,
                RP(9983, 12) + "I can be second person friday 🙋",
            ),
            (
                "2042-09-24 15:30",
                9985,
                "block D grass cutting finished, and I cleared the drainage ditch also",
            ),
            (
                "2042-09-24 16:00",
                9986,
                "[toall] the insurer's annual inspection is 10/8. please fill in your section of the inspection checklist in the shared sheet by 10/3 🙏",
            ),
            (
                "2042-09-25 10:00",
                9984,
                RP(9986, 10)
                + "resolved — corrected availability sheet sent (INV-12 outage excluded → 99.4%)",
            ),
            (
                "2042-09-25 10:30",
                9982,
                "[To:9986]Helga the manufacturer's Q4 inverter firmware notes are in the shared folder, for your reference",
            ),
            (
                "2042-09-26 17:00",
                9983,
                "string 4 cable replaced together with Carlos, lockout done properly. thanks man 🙏",
            ),
            ("2042-09-26 17:10", 9985, "👍 no problem"),
            (
                "2042-09-29 08:00",
                9984,
                "@here SCADA will be offline 12:00–12:30 today for the server patch\n[code]maintenance window: 2042-09-29 12:00-12:30 JST\nhost: scada-hq-01[/code]",
            ),
            ("2042-09-30 18:00", 9985, "my part of checklist is done ✅"),
        ],
        [
            task(2, ["fuse"], [9983], ("2042-09-19", "Fri"), "done"),
            task(4, ["block D"], [9985], ("2042-09-24", "Wed"), "done"),
            task(5, ["availability"], [9984], ("2042-09-22", "Mon"), "done"),
            task(7, ["order"], [9983], None, "done"),
            task(10, ["availability"], [9984], ("2042-09-25", "Thu"), "done"),
            task(15, ["checklist"], [9983, 9984, 9985], ("2042-10-03", "Fri"), "open"),
        ],
        self_account_id=9982,
    ),
]

CASES = CASES_A + CASES_B
