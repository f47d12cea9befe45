# ruff: noqa: E501
"""Blind set 18, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 60 and last 30 lines of blind17_en_cases.py (for the
file's shape), never the parser's source, its other tests or its notes, and never
ran the parser on these texts. Twenty searches of public material were used only to
learn how people phrase asks, promises, hand-offs, delays and close-outs: GitHub issue
and PR threads ("I'll take a stab / circle back", "mind taking a look", "any update /
ETA / bumping", "blocked on upstream, push to next release", "closing as won't fix /
no longer needed", "could use a hand, anyone want to pick it up", "I'd like to work on
this, assign me", "sorry for the delay, swamped, by Friday", "fixed in #N, closing",
"would be great if someone updated the docs", "can you take this instead /
reassigning", "I can pick this up later this week") and workplace-writing pages
(Slack / async etiquette, async standup formats, politely declining a request,
EOD / COB / EOW meanings, chat abbreviations such as lmk / ptal / wip / fyi, weekly
status update emails, polite request phrasing, delegating through a manager). Every
person, company, room, handle and sentence here is invented and written fresh;
nothing is copied. Gold dues were computed with a throwaway script in /tmp
(datetime + jpholiday, one function per row of the spec's deadline table; business
days skip weekends, Japanese public holidays incl. substitute days, and
12-29 .. 01-03), not by hand, and each due carries its weekday so build.py catches a
typo. Cancelled tasks are left out of the gold, as the spec drops them. All rooms run
on Asia/Tokyo; the years vary from 2027 to 2035.

Domains: a mobile game's live-ops team, a university graduate-admissions office, a
biotech lab's bench-ops room, a nonprofit's gala fundraising team, a dry-bulk
shipbroker's Tokyo desk (mixed, over Golden Week), a Python conference's organisers
(reading bot as self account, [toall], Chatwork task markup), a fintech compliance
team (over 建国記念の日), a Tokyo bakery chain's English ops room (mixed), a small
newsroom's desk, a devrel team (over the 山の日 substitute holiday), an architecture
competition entry, a hotel revenue team (no task), a translation agency's EN/JA pool
(mixed, over the year end and 成人の日), an observatory's public-night volunteers
(no task).

Covers: asks embedded in a long prose status update; list messages mixing info lines
with asks to [To:]-tagged people, "(Name-san)" owners, "Name:" owners and a
"I'll do these" line; "would be great if you could", "mind exporting / mind taking a
look", "could use a hand .. anyone free?" (nobody named), "let's have you own ..",
"can u", "pls", "ptal", "lmk by Thursday whether .." (answer by a time = task);
delegation through a third party ("ask the vendor for a quote", "ask the organisers
whether ..") and a conditional one ("ask Dev to export .. if you need it", no task);
commitments with no subject or time ("I'll relabel it", "I'll take a stab at ..",
"will redo it w/ the 3pm winter sun", where 3pm describes the sun, not a deadline);
a reply that both reports done and asks the requester to check something; a
request given by replying to a member's question; deadlines given later by the
requester replying to their own message ("let's say thursday", "within 2 business
days pls"), moved earlier by the requester ("make the renders 11/10") or the
assignee ("moving mine up: sending them today", "I'll get it to you by friday
noon"), moved later by the assignee ("will slip to monday", "I'll file by 3
instead"), narrowed scope with a new deadline ("the rest is no longer needed, those
3 by tmrw"); a polite refusal followed by the requester's "nvm, I'll pull it
myself" in a quote (cancel + new commitment); an assignee's "scratch the tally bit"
reply dropping their own promise; partial progress (halfway, 4 of 5, 2 of 3, ~60 %,
80 %, 70 %) closing nothing; completion in other words (green from my side, lgtm,
merged + deployed, quote requested, came out, filed, sent over, options are in the
doc, shipped, approved, re-exported, called the repair company); a reply naming one
of several tasks of a list message; a bare "done 12 already" from one assignee of a
[toall] task (closes nothing) and the requester's own reply closing it; Chatwork
task markup with ltype=time and task_done, and an old body with lt=0 and no ltype;
deadline rows: today, by EOW sent on a Friday, tomorrow / tmrw / 明日まで, in two
days, in 3 days, bare weekdays (wed, thursday, Thursday, 金曜まで, fri, monday),
next Tue / next Mon, 3pm JST, 4pm, noon, 11am, 18:00 after a weekday, friday noon,
M/D, "(~M/D)" and "~M/D" after to-dos, end of month, 2 business days over Golden
Week and over a substitute holiday, 3 business days over 敬老の日 and over the year
end + 成人の日, 5 business days over 建国記念の日, no phrase / asap / no rush / not
urgent (null). Non-tasks: FYIs and OOO notes, pasted logs and stack traces with
"please check" inside code blocks, a visitor email and a guest request in [qt],
information questions (where did X go, is it the 2031 form, 確認 please: is .. ?),
"ping me when ..", "lmk when ..", promises to report ("will post results", "I'll
circle back", "I'll let you all know by 17:00 sat if .."), conditional and vague
offers, acceptances with odd times ("after the morning rush", "this afternoon",
"tonight-ish"), a request to wait ("hold off on the sidebar"), a cancellation of
work that was never a task here, a bot's digest posts, chit-chat, emoji, typos and
missing punctuation.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    # live-ops
    3001: "Marisol Okafor",
    3002: "Teodor Vance",
    3003: "Yuki Brandt",
    3004: "Ravi Castellanos",
    3005: "Ines Lindqvist",
    # admissions
    3010: "Harriet Muldoon",
    3011: "Samuel Achterberg",
    3012: "Priya Ramaswamy",
    3013: "Lionel Fairweather",
    3014: "Dagny Osei",
    # biotech lab
    3020: "Anneliese Kessler",
    3021: "Tomasz Ng",
    3022: "Farah Quist",
    3023: "Obi Hallworth",
    3024: "Keiko Marchetti",
    # nonprofit
    3030: "Constance Abernathy",
    3031: "Jamal Petrosyan",
    3032: "Wren Takahashi-Doyle",
    3033: "Benedikt Szabo",
    3034: "Amara Lindgren",
    # shipbroker
    3040: "Ingrid Halvard",
    3041: "Mori Kenta",
    3042: "Lucía Ferreyra",
    3043: "Tanaka Rumi",
    3044: "Oskar Blom",
    # conference organisers
    3050: "Beatrix Olumide",
    3051: "Hamish Coetzee",
    3052: "Sun-hee Varga",
    3053: "Mateus Kowalczyk",
    3054: "Noor Abdi",
    3055: "chatsync bot",
    # fintech compliance
    3060: "Gwendolyn Achebe",
    3061: "Rafael Inoue",
    3062: "Tamsin Novak",
    3063: "Dev Malhotra",
    3064: "Clémence Riedel",
    # bakery chain
    3070: "Hoshino Aya",
    3071: "Daniel Ferreira",
    3072: "Ito Masaru",
    3073: "Grace Liang",
    3074: "Nakamura Sho",
    # newsroom
    3080: "Philippa Grunwald",
    3081: "Marcus Delacroix",
    3082: "Saoirse Nakashima",
    3083: "Hugo Prentiss",
    3084: "Esi Vandermolen",
    # devrel
    3090: "Ottilie Brennan",
    3091: "Kwabena Sørensen",
    3092: "Yui Halloran",
    3093: "Felix Amundsen",
    3094: "Rosa Okonkwo-Baird",
    # architecture competition
    3100: "Kanbara Shin",
    3101: "Adela Ruiz",
    3102: "Bastian Oyelowo",
    3103: "Mirela Chanthavong",
    3104: "Tobias Eklund",
    # hotel revenue
    3110: "Dominika Farrow",
    3111: "Arjun Westergaard",
    3112: "Haruka Pemberton",
    3113: "Luca Abiodun",
    # translation agency
    3120: "Sakurai Emi",
    3121: "Henrik Oduya",
    3122: "Matsuda Ryo",
    3123: "Claire Abernethy",
    3124: "Ogawa Jun",
    # observatory volunteers
    3130: "Ferdinand Ashby",
    3131: "Lin Okonjo",
    3132: "Mizuno Kaede",
    3133: "Patrick Oyama",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, P[i]) for i in ids]


def TO(aid: int) -> str:
    return f"[To:{aid}]{P[aid]}\n"


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]{P[aid]}\n"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


CASES = [
    # 1. Mobile game live-ops: list with two tagged asks, pasted log, PR review, partial export.
    conv(
        "b18en-liveops-festival",
        (928001, "Starfall Tactics – LiveOps"),
        M(3001, 3002, 3003, 3004, 3005),
        [
            (
                "2029-07-09 10:02",
                3001,
                "morning all ☀️ summer festival event goes live thu 7/12 15:00 JST. where we are + asks:\n- banner art: Ines has v2 in review\n- patch notes: [To:3003]Yuki can you draft them by wed? 🙏\n- drop-rate table: still waiting on design, nothing to do yet\n- [To:3004]Ravi pls run the full regression on the event build today",
            ),
            ("2029-07-09 10:05", 3003, "on it 👍"),
            ("2029-07-09 10:20", 3004, "regression kicked off, takes ~3h. will post results here"),
            (
                "2029-07-09 11:40",
                3002,
                "seeing this on staging after the event flag flip:\n```\n[2029-07-09 11:37:02] ERROR reward_svc: duplicate grant event_id=sf29 uid=88123\n[2029-07-09 11:37:02] WARN  retry 1/3, please check idempotency key\n```\nI'll take a stab at the idempotency fix today",
            ),
            ("2029-07-09 11:44", 3001, "ty!! ping me when it's on staging"),
            (
                "2029-07-09 14:55",
                3004,
                "regression results: 212 pass / 3 fail, all 3 are the known flaky login tests. green from my side ✅",
            ),
            (
                "2029-07-09 16:30",
                3002,
                TO(3004) + "PR #2291 has the idempotency fix, ptal when u get a sec",
            ),
            (
                "2029-07-09 16:52",
                3004,
                RP(3002, 7) + "lgtm, one nit on the log msg but not blocking",
            ),
            ("2029-07-09 17:10", 3002, "merged + deployed to staging ✅"),
            (
                "2029-07-10 09:30",
                3003,
                "patch notes draft is halfway, blocked on the final drop rates",
            ),
            (
                "2029-07-10 09:40",
                3001,
                TO(3005)
                + "mind exporting the banner in the 3 store sizes too? no rush, thursday is fine",
            ),
            ("2029-07-10 09:41", 3005, "sure thing"),
            (
                "2029-07-11 15:20",
                3003,
                RP(3001, 1) + "patch notes draft is in the event doc, drop rates included",
            ),
            ("2029-07-12 10:15", 3005, "exported 2 of 3 sizes, the 1024 one is still rendering 🐢"),
            ("2029-07-12 15:05", 3001, "event is LIVE 🎉 nice work everyone"),
        ],
        [
            task(1, ["patch notes"], [3003], ("2029-07-11", "Wed"), "done"),
            task(1, ["regression"], [3004], ("2029-07-09", "Mon"), "done"),
            task(4, ["idempotency"], [3002], ("2029-07-09", "Mon"), "done"),
            task(7, ["PR"], [3004], None, "done"),
            task(11, ["banner"], [3005], ("2029-07-12", "Thu"), "open"),
        ],
    ),
    # 2. Admissions office: ask inside a prose status, refusal + "nvm, I'll do it" in a quote,
    #    assignee moves a deadline earlier, "lmk by Thursday whether".
    conv(
        "b18en-admissions-autumn",
        (928002, "Admissions – Graduate Intake"),
        M(3010, 3011, 3012, 3013, 3014),
        [
            (
                "2031-09-11 09:10",
                3010,
                "quick status on the autumn round before today's faculty meeting. we're at 412 complete applications, 38 still missing transcripts. engineering panel interviews are mostly booked, two slots left on the 24th. the scholarship committee wants its shortlist earlier than usual this year, so heads up on that. [To:3012]Priya could you send the missing-transcript reminder batch within 3 business days? everything else is on track, more on monday.",
            ),
            ("2031-09-11 09:25", 3012, "will do"),
            (
                "2031-09-11 10:02",
                3011,
                "fyi the applicant portal is down for maintenance sat 02:00–06:00",
            ),
            (
                "2031-09-11 10:30",
                3010,
                TO(3011)
                + "can you pull the shortlist spreadsheet for the scholarship committee by next Tue?",
            ),
            (
                "2031-09-11 10:48",
                3011,
                RP(3010, 4) + "I'd love to but I'm on interview duty all of mon and tue, sorry 🙏",
            ),
            (
                "2031-09-11 10:55",
                3010,
                QT(
                    3010,
                    4,
                    "can you pull the shortlist spreadsheet for the scholarship committee by next Tue?",
                )
                + "nvm this one, I'll pull it myself by tue. you focus on the interviews",
            ),
            (
                "2031-09-11 13:15",
                3014,
                "random q, does the engineering panel lunch have a vegetarian option?",
            ),
            (
                "2031-09-11 13:20",
                3013,
                RP(3014, 7) + "yes, catering listed 4 veg boxes on the order sheet",
            ),
            (
                "2031-09-12 09:05",
                3012,
                RP(3010, 1)
                + "registry wants the reminders out before the weekend, so moving mine up: sending them today",
            ),
            (
                "2031-09-12 09:40",
                3013,
                TO(3012)
                + "fyi the mail-merge template still had last year's header, I fixed it in the shared drive",
            ),
            ("2031-09-12 11:20", 3012, "reminders sent to all 38 ✉️"),
            (
                "2031-09-12 14:00",
                3010,
                TO(3013)
                + "lmk by Thursday whether the records export can include the new residency field",
            ),
            ("2031-09-12 14:10", 3013, "will check with the vendor and circle back"),
            ("2031-09-16 16:45", 3010, "shortlist spreadsheet is in the committee folder"),
            ("2031-09-16 16:50", 3014, "thx Harriet!"),
        ],
        [
            task(1, ["transcript"], [3012], ("2031-09-12", "Fri"), "done"),
            task(6, ["shortlist"], [3010], ("2031-09-16", "Tue"), "done"),
            task(12, ["residency"], [3013], ("2031-09-18", "Thu"), "open"),
        ],
    ),
    # 3. Biotech lab: weekly plan list, vendor quote via a third party, two-person task,
    #    reply naming one task of the list, assignee slips a deadline.
    conv(
        "b18en-lab-benchops",
        (928003, "Kessler Lab – bench ops"),
        M(3020, 3021, 3022, 3023, 3024),
        [
            (
                "2028-11-27 08:50",
                3023,
                "-80 freezer #2 alarmed overnight, back to -78 now. logged it, nothing to do unless it happens again",
            ),
            (
                "2028-11-27 09:30",
                3020,
                "plan for this week:\n- Farah: finish the qPCR re-runs by Wed\n- Tomasz: draft the methods section for the R01 resubmission (~11/30)\n- plate reader is booked thu 13:00-17:00 for Keiko's assay\n- [To:3023]Obi can you ask the vendor for a quote on the new filter tips",
            ),
            ("2028-11-27 09:42", 3022, "ok 👍"),
            (
                "2028-11-27 09:44",
                3021,
                "will do, might need a few days past the 30th tho, reviewer 2's comments are long 😅",
            ),
            ("2028-11-27 11:15", 3024, "where did the new lot of DMSO go? the shelf lable is gone"),
            (
                "2028-11-27 11:18",
                3023,
                RP(3024, 5) + "top shelf of the flammables cabinet. I'll relabel it",
            ),
            (
                "2028-11-27 14:02",
                3023,
                RP(3020, 2) + "quote requested from the vendor, they said 2–3 days",
            ),
            ("2028-11-28 10:10", 3022, "qPCR reruns: plates 1+2 done, plate 3 tmrw"),
            (
                "2028-11-28 10:30",
                3020,
                TO(3024)
                + TO(3022)
                + "could you two thaw and expand the HEK stocks by thursday? the run starts at 1pm",
            ),
            ("2028-11-28 10:34", 3024, "sure, will start tmrw am"),
            (
                "2028-11-28 15:50",
                3021,
                TO(3020)
                + "quick q on the stats paragraph: is the mixed-model spec from the 2026 paper still what we want?",
            ),
            (
                "2028-11-28 16:05",
                3020,
                RP(3021, 11) + "yes same spec. I'll dig up the old R script and send it tomorrow",
            ),
            (
                "2028-11-29 09:15",
                3022,
                RP(3020, 2) + "all qPCR reruns done, data in /kessler/qpcr/2028-11",
            ),
            ("2028-11-29 10:40", 3020, "sent Tomasz the R script by email (mixed_model_v3.R)"),
            (
                "2028-11-30 12:20",
                3024,
                RP(3020, 9) + "HEK stocks thawed and expanded, 6 flasks in incubator 2",
            ),
            ("2028-11-30 12:25", 3023, "also relabelled the DMSO shelf while I was at it 🏷️"),
            (
                "2028-11-30 16:30",
                3021,
                RP(3020, 2) + "methods draft will slip to monday, sorry all",
            ),
        ],
        [
            task(2, ["qPCR"], [3022], ("2028-11-29", "Wed"), "done"),
            task(2, ["methods"], [3021], ("2028-12-04", "Mon"), "open"),
            task(2, ["quote"], [3023], None, "done"),
            task(6, ["label"], [3023], None, "done"),
            task(9, ["HEK"], [3022, 3024], ("2028-11-30", "Thu"), "done"),
            task(12, ["script"], [3020], ("2028-11-29", "Wed"), "done"),
        ],
    ),
    # 4. Nonprofit gala: "would be great if", deadline given later by the requester,
    #    "could use a hand" with nobody named, "let's have you own", "not urgent".
    conv(
        "b18en-gala-fundraising",
        (928004, "Riverlight Foundation – Gala 2030"),
        M(3030, 3031, 3032, 3033, 3034),
        [
            (
                "2030-10-08 10:00",
                3030,
                "gala is 3 weeks out 😬 quick pulse: 180 RSVPs, 24 auction items, sponsor wall art not started yet",
            ),
            (
                "2030-10-08 10:05",
                3030,
                TO(3032)
                + "would be great if you could call the five lapsed major donors before the invites go out",
            ),
            ("2030-10-08 10:20", 3032, "happy to! when do invites go out?"),
            (
                "2030-10-08 10:22",
                3030,
                RP(3030, 2) + "let's say thursday for the calls, invites go out fri",
            ),
            (
                "2030-10-08 11:00",
                3031,
                "could use a hand packing the auction gift bags tomorrow, anyone free?",
            ),
            ("2030-10-08 11:04", 3034, "I'm in after 2pm 🙋‍♀️"),
            (
                "2030-10-08 11:30",
                3030,
                TO(3033)
                + "let's have you own the sponsor invoices this year. can you send the first batch in two days?",
            ),
            ("2030-10-08 11:45", 3033, "sure, np"),
            ("2030-10-08 15:10", 3034, "FYI volunteer briefing moved to the 22nd, same room"),
            ("2030-10-09 17:40", 3031, RP(3031, 5) + "all 120 bags packed 🎁 thx Amara + crew"),
            (
                "2030-10-10 09:15",
                3033,
                "sent the first batch of sponsor invoices over to the 8 gold sponsors",
            ),
            (
                "2030-10-10 12:30",
                3032,
                RP(3030, 2) + "called 4 of 5, the Hargreaves line keeps going to voicemail",
            ),
            (
                "2030-10-10 12:45",
                3030,
                TO(3032)
                + "not urgent, but could you also write the thank-you card for the Ito family? they donated the wine",
            ),
            ("2030-10-10 13:00", 3032, "of course 💌"),
            (
                "2030-10-15 10:00",
                3030,
                "board wants final numbers at the nov meeting. I'll put the board deck together by end of month",
            ),
        ],
        [
            task(2, ["donors"], [3032], ("2030-10-10", "Thu"), "open"),
            task(5, ["gift bag"], [], ("2030-10-09", "Wed"), "done"),
            task(7, ["invoice"], [3033], ("2030-10-10", "Thu"), "done"),
            task(13, ["card"], [3032], None, "open"),
            task(15, ["deck"], [3030], ("2030-10-31", "Thu"), "open"),
        ],
    ),
    # 5. Shipbroker desk (mixed): 3pm JST, London time as info, a done-report that also asks
    #    for a check, 2 business days over Golden Week, acceptance moving the deadline up.
    conv(
        "b18en-shipbroker-desk",
        (928005, "Halvard & Mori Chartering – Tokyo desk"),
        M(3040, 3041, 3042, 3043, 3044),
        [
            (
                "2032-04-27 09:05",
                3041,
                "morning. MV Kestrel Dawn: owners countered at $14,250/day, laycan 5/10–15. charterers reply by 17:00 London, which is 01:00 our time 😴",
            ),
            (
                "2032-04-27 09:12",
                3040,
                TO(3041)
                + "can you send me the recap draft by 3pm JST so I can check it before London opens?",
            ),
            ("2032-04-27 09:13", 3041, "will do"),
            (
                "2032-04-27 09:40",
                3042,
                TO(3044)
                + "pls update the position list w/ the 3 new supramaxes asap, the old one still shows Arctic Tern open in Rotterdam",
            ),
            ("2032-04-27 09:55", 3044, "updating now"),
            (
                "2032-04-27 10:30",
                3043,
                "確認です: the Kestrel Dawn CP goes on the 2031 form, right? not the old one",
            ),
            ("2032-04-27 10:34", 3040, RP(3043, 6) + "yes, 2031 form w/ our usual riders"),
            (
                "2032-04-27 14:48",
                3041,
                RP(3040, 2)
                + "recap draft sent over, pls check clause 17 esp, owners reworded the ice clause",
            ),
            ("2032-04-27 15:30", 3040, RP(3041, 8) + "checked, 17 is fine 👍"),
            (
                "2032-04-27 16:20",
                3044,
                "position list halfway: the supras are in, Arctic Tern still wrong",
            ),
            (
                "2032-04-28 10:00",
                3042,
                TO(3043)
                + "Tanaka-san could you prepare the laytime calc for the Sea Orchid within 2 business days? owners are chasing",
            ),
            (
                "2032-04-28 10:10",
                3043,
                RP(3042, 11)
                + "承知しました. I'm off from monday for GW so I'll get it to you by friday noon",
            ),
            ("2032-04-28 11:30", 3040, "fyi I'm OOO 5/3–5/7, Mori has the desk"),
            (
                "2032-04-30 11:50",
                3043,
                "Sea Orchid laytime calc sent to Lucía, demurrage comes out at 2.3 days",
            ),
            ("2032-04-30 12:00", 3042, "arigato 🙏"),
        ],
        [
            task(2, ["recap"], [3041], ("2032-04-27T15:00", "Tue"), "done"),
            task(4, ["position list"], [3044], None, "open"),
            task(8, ["clause 17"], [3040], None, "done"),
            task(11, ["laytime"], [3043], ("2032-04-30T12:00", "Fri"), "done"),
        ],
    ),
    # 6. Conference organisers with the reading bot as self account: [toall], bare partial
    #    report from one assignee, request by replying to a question, Chatwork markup.
    conv(
        "b18en-conference-organisers",
        (928006, "PyHarbor 2034 – Organisers"),
        M(3050, 3051, 3052, 3053, 3054, 3055),
        [
            (
                "2034-06-05 09:00",
                3055,
                "📋 weekly digest for PyHarbor 2034: 6 open items, 2 due this week. full list: https://tasks.example.invalid/pyh34",
            ),
            (
                "2034-06-05 09:30",
                3050,
                "[toall]\nCFP closes friday. everyone please review at least 10 proposals in the portal by thursday 18:00 🙏",
            ),
            ("2034-06-05 09:35", 3051, "done 12 already over the weekend 😇"),
            (
                "2034-06-05 10:10",
                3052,
                task_added(
                    3052,
                    chatwork_lt("2034-06-07", "17:00"),
                    "Send sponsor prospectus v3 to Arcwell Systems",
                    "time",
                ),
            ),
            (
                "2034-06-05 10:40",
                3053,
                "venue walk-through confirmed for 6/14 at 10:00, anyone who wants to join lmk",
            ),
            ("2034-06-05 10:50", 3054, "do we have a headcount for the volunteer t-shirts yet?"),
            (
                "2034-06-05 11:00",
                3050,
                RP(3054, 6)
                + "~40 so far. can you place the t-shirt order by 6/12? sizes are in the form responses",
            ),
            (
                "2034-06-05 13:20",
                3051,
                task_added(3051, 0, "Confirm keynote AV requirements with Dr. Ellery", None),
            ),
            (
                "2034-06-05 15:00",
                3053,
                "heads up: the venue wants the final floor plan a week earlier, so 6/9 instead of 6/16. I'll redo the booth layout by then",
            ),
            (
                "2034-06-07 16:10",
                3052,
                task_done(
                    3052,
                    chatwork_lt("2034-06-07", "17:00"),
                    "Send sponsor prospectus v3 to Arcwell Systems",
                    "time",
                ),
            ),
            ("2034-06-09 08:30", 3050, RP(3050, 2) + "all reviews are in, thank you everyone!! 🎉"),
            ("2034-06-09 09:00", 3054, "t-shirt order placed: 42 shirts, arriving 6/20"),
            (
                "2034-06-09 10:00",
                3055,
                "📋 reminder: 2 items due next week. https://tasks.example.invalid/pyh34",
            ),
            (
                "2034-06-09 17:45",
                3053,
                "booth layout is ~70% there, the sponsor row is the hard part",
            ),
        ],
        [
            task(2, ["proposals"], [3051, 3052, 3053, 3054], ("2034-06-08T18:00", "Thu"), "done"),
            task(4, ["prospectus"], [3052], ("2034-06-07T17:00", "Wed"), "done"),
            task(7, ["t-shirt"], [3054], ("2034-06-12", "Mon"), "done"),
            task(8, ["AV"], [3051], None, "open"),
            task(9, ["booth layout"], [3053], ("2034-06-09", "Fri"), "open"),
        ],
        self_account_id=3055,
    ),
    # 7. Fintech compliance: commit + ask in one sentence, stack trace, "circle back",
    #    5 business days over a holiday, conditional delegation, EOW on a Friday, narrowed scope.
    conv(
        "b18en-compliance-kyc",
        (928007, "Compliance – KYC & reporting"),
        M(3060, 3061, 3062, 3063, 3064),
        [
            (
                "2027-02-08 09:15",
                3060,
                "regulator's quarterly return is due at the end of the month. I'll draft the cover letter by next Mon, and [To:3062]Tamsin can you pull the Q4 STR stats by Wed?",
            ),
            ("2027-02-08 09:20", 3062, "on it"),
            (
                "2027-02-08 10:05",
                3061,
                TO(3063)
                + "onboarding is dropping the proof-of-address upload again for android users, screenshot below. mind taking a look today?",
            ),
            ("2027-02-08 10:07", 3063, "ugh. yes, looking"),
            (
                "2027-02-08 11:45",
                3063,
                "found it, the file picker hands us a content:// uri and the validator rejects it:\n```\nValidationError: unsupported scheme 'content'\n    at validateUpload (upload.ts:88)\n```\nfix goes out in the 15:00 deploy",
            ),
            ("2027-02-08 15:20", 3063, "deployed, android uploads working again ✅"),
            (
                "2027-02-09 09:30",
                3064,
                TO(3060)
                + "the new travel-rule guidance dropped last night, 40 pages 🙃 I'll circle back once I've read it properly",
            ),
            (
                "2027-02-09 11:00",
                3060,
                TO(3061)
                + "can you re-review the 14 high-risk accounts flagged last week within 5 business days? ask Dev to export the transaction history for each if you need it",
            ),
            ("2027-02-09 11:05", 3061, "👍 will do"),
            (
                "2027-02-10 16:40",
                3062,
                RP(3060, 1) + "Q4 STR stats are in the reporting folder, 61 filings total",
            ),
            (
                "2027-02-12 10:00",
                3060,
                "cover letter v1 is done. [To:3064]Clémence could you sanity-check the wording by EOW?",
            ),
            ("2027-02-12 10:30", 3064, "sure, this afternoon"),
            ("2027-02-15 09:10", 3061, RP(3060, 8) + "halfway: 7 of 14 done, no red flags so far"),
            (
                "2027-02-15 09:30",
                3060,
                RP(3060, 8)
                + "update: auditors only care about the 3 crypto-linked ones, so the rest is no longer needed. those 3 by tmrw pls",
            ),
            (
                "2027-02-16 15:00",
                3061,
                RP(3060, 8)
                + "the 3 crypto-linked accounts are re-reviewed, notes are in the case files",
            ),
        ],
        [
            task(1, ["cover letter"], [3060], ("2027-02-15", "Mon"), "done"),
            task(1, ["STR"], [3062], ("2027-02-10", "Wed"), "done"),
            task(3, ["upload"], [3063], ("2027-02-08", "Mon"), "done"),
            task(8, ["high-risk"], [3061], ("2027-02-16", "Tue"), "done"),
            task(11, ["cover letter"], [3064], ("2027-02-12", "Fri"), "open"),
        ],
    ),
    # 8. Bakery chain (mixed): ・ to-dos with "(Name-san)" owners, ~M/D and 金曜まで,
    #    acceptance with an odd time, completion + new commitment in one message.
    conv(
        "b18en-bakery-ops",
        (928008, "Komugi Bakery – Ops (EN)"),
        M(3070, 3071, 3072, 3073, 3074),
        [
            (
                "2035-03-12 08:30",
                3070,
                "お疲れ様です! spring menu launches next monday 🌸 todo:\n・sakura melon pan test batch (Daniel-san) ~3/14\n・delivery schedule for the 3 new stores (Ito-san)\n・POP signage EN+JP (Grace-san) 金曜まで\n・price cards are already printed, no action",
            ),
            ("2035-03-12 08:45", 3071, "ok!! will bake it wed"),
            (
                "2035-03-12 09:10",
                3074,
                TO(3070)
                + "kichijoji oven #2 is making the clicking noise again 😩 can u call the repair guy",
            ),
            ("2035-03-12 09:12", 3070, RP(3074, 3) + "I'll call them after the morning rush"),
            ("2035-03-12 11:20", 3070, "called the repair company, they're coming thu 2pm"),
            (
                "2035-03-12 13:00",
                3073,
                TO(3070)
                + "確認 please: is the sakura latte going on the POP too or is that shibuya only",
            ),
            ("2035-03-12 13:05", 3070, RP(3073, 6) + "shibuya only for now"),
            (
                "2035-03-13 10:00",
                3072,
                "delivery schedule draft done, new stores get the 6:30 truck",
            ),
            (
                "2035-03-13 10:15",
                3070,
                TO(3072) + "thx! can u also share it with the store leads by tmrw",
            ),
            ("2035-03-13 10:16", 3072, "はい"),
            (
                "2035-03-14 15:00",
                3071,
                "test batch came out 👌 photos in the drive. crumb a bit dense so I'll do a second batch w/ higher hydration on fri",
            ),
            ("2035-03-15 16:30", 3074, "oven fixed, it was a loose fan blade. thx Hoshino-san 🙇"),
            ("2035-03-16 17:30", 3073, "POP signage files sent to the printer, EN + JP both"),
            (
                "2035-03-16 17:45",
                3071,
                "baked the 2nd batch, much better. 78% hydration is the one 🥐",
            ),
            ("2035-03-16 17:50", 3070, "素晴らしい! よろしくお願いします for monday everyone"),
        ],
        [
            task(1, ["test batch"], [3071], ("2035-03-14", "Wed"), "done"),
            task(1, ["delivery schedule"], [3072], None, "done"),
            task(1, ["signage"], [3073], ("2035-03-16", "Fri"), "done"),
            task(3, ["repair"], [3070], None, "done"),
            task(9, ["store leads"], [3072], ("2035-03-14", "Wed"), "open"),
            task(11, ["batch"], [3071], ("2035-03-16", "Fri"), "done"),
        ],
    ),
    # 9. Newsroom: story budget with times, assignee moves a time by reply, "hold off",
    #    acceptance + extra promise that the assignee then scratches.
    conv(
        "b18en-newsdesk",
        (928009, "The Harbour Ledger – newsdesk"),
        M(3080, 3081, 3082, 3083, 3084),
        [
            (
                "2029-05-17 08:40",
                3080,
                "budget for today:\n- council rezoning vote (Marcus), 600 words by 4pm\n- ferry strike explainer (Saoirse), aim for noon\n- Hugo: pics from the ferry terminal by 11am\n- weather brief is wire copy, nobody needed",
            ),
            ("2029-05-17 08:42", 3083, "heading there now 📸"),
            (
                "2029-05-17 09:30",
                3082,
                RP(3080, 1)
                + "the union rep won't talk before 2pm so noon isn't happening, I'll file by 3 instead",
            ),
            ("2029-05-17 09:34", 3080, "fine 👍"),
            (
                "2029-05-17 10:55",
                3083,
                "pics from the terminal are up in the photo desk folder, 14 frames",
            ),
            ("2029-05-17 11:20", 3081, "council vote pushed to 3:30 😑 gonna be tight"),
            (
                "2029-05-17 11:25",
                3080,
                TO(3084)
                + "can you fact-check the ferry numbers in Saoirse's piece once it lands? the 2019 ridership figure looked off to me",
            ),
            ("2029-05-17 11:30", 3084, "yep, send it my way"),
            ("2029-05-17 14:50", 3082, "explainer filed, 850 words, sorry it's long"),
            (
                "2029-05-17 15:05",
                3080,
                TO(3082) + "hold off on the sidebar for now, we may not have space",
            ),
            (
                "2029-05-17 15:40",
                3084,
                "ferry numbers checked: 2019 was 4.1m not 4.7m, fixed in copy",
            ),
            ("2029-05-17 16:40", 3081, "rezoning filed 🫠"),
            (
                "2029-05-18 09:00",
                3080,
                TO(3081)
                + "can you get me a rezoning follow-up by monday? reaction from the residents' association mostly",
            ),
            (
                "2029-05-18 09:05",
                3081,
                "sure. I'll also chase the council press office for the full vote tally",
            ),
            (
                "2029-05-18 09:20",
                3081,
                RP(3081, 14) + "scratch the tally bit, Hugo says it's already on the council site",
            ),
        ],
        [
            task(1, ["rezoning"], [3081], ("2029-05-17T16:00", "Thu"), "done"),
            task(1, ["explainer"], [3082], ("2029-05-17T15:00", "Thu"), "done"),
            task(1, ["terminal"], [3083], ("2029-05-17T11:00", "Thu"), "done"),
            task(7, ["fact"], [3084], None, "done"),
            task(13, ["follow"], [3081], ("2029-05-21", "Mon"), "open"),
        ],
    ),
    # 10. DevRel: numbered sprint goals incl. "I'll do these", requester's own reply adds a
    #     deadline over a substitute holiday, ptal + approval, vague offer, "take a stab".
    conv(
        "b18en-devrel-sprint",
        (928010, "DevRel – Lumen SDK"),
        M(3090, 3091, 3092, 3093, 3094),
        [
            (
                "2030-08-09 10:00",
                3090,
                "sprint goals recap:\n1. Kwabena: sample app for the new auth flow\n2. Yui: migrate the quickstart to v3 syntax\n3. webinar slides, I'll do these\n4. Rosa: collect forum questions for the Q&A segment",
            ),
            ("2030-08-09 10:10", 3091, "👍 wip branch is `kw/auth-sample` if anyone's curious"),
            (
                "2030-08-09 10:30",
                3093,
                TO(3091)
                + "fyi the token refresh endpoint changes in 2.8, don't build on the old one",
            ),
            (
                "2030-08-09 14:00",
                3092,
                TO(3093)
                + "ptal at the v3 snippets in PR #418 when u have a min, want to make sure the error handling matches the SDK",
            ),
            ("2030-08-09 14:20", 3093, RP(3092, 4) + "left a few comments, mostly naming"),
            (
                "2030-08-09 15:00",
                3090,
                RP(3090, 1)
                + "Rosa, forum questions within 2 business days pls, I want them in the slides",
            ),
            ("2030-08-13 10:15", 3093, RP(3092, 4) + "approved ✅ merge when ready"),
            ("2030-08-13 11:00", 3092, "quickstart v3 is merged and live on the docs site 🎉"),
            ("2030-08-13 11:05", 3094, "happy to help with the slide visuals too if needed"),
            ("2030-08-13 13:30", 3091, "auth sample is ~60%, the refresh flow is fighting me 😤"),
            (
                "2030-08-14 09:00",
                3094,
                RP(3090, 1) + "forum questions doc is up: 23 questions, top 8 starred",
            ),
            (
                "2030-08-14 09:40",
                3090,
                TO(3093)
                + "could you record a 2-min demo of the refresh flow by next Tue? marketing wants it for the newsletter",
            ),
            ("2030-08-14 09:45", 3093, "sure, as long as Kwabena's sample is in by then"),
            (
                "2030-08-14 16:00",
                3091,
                "I'll take a stab at the CLI section of the sample readme too, it's pretty thin rn",
            ),
            ("2030-08-15 18:00", 3090, "webinar slides shipped to the platform ✔️"),
        ],
        [
            task(1, ["sample app"], [3091], None, "open"),
            task(1, ["quickstart"], [3092], None, "done"),
            task(1, ["slides"], [3090], None, "done"),
            task(1, ["forum questions"], [3094], ("2030-08-14", "Wed"), "done"),
            task(4, ["snippets"], [3093], None, "done"),
            task(12, ["demo"], [3093], ("2030-08-20", "Tue"), "open"),
            task(14, ["readme"], [3091], None, "open"),
        ],
    ),
    # 11. Architecture competition: "let's have you do", a time that describes the sun,
    #     "in 3 days", requester moves a deadline earlier, asking via a third party.
    conv(
        "b18en-architecture-competition",
        (928011, "Atelier Kanbara × Ruiz – Harbor Library competition"),
        M(3100, 3101, 3102, 3103, 3104),
        [
            (
                "2032-11-01 09:00",
                3100,
                "competition recap: submission 11/19 17:00, 3 boards A1 landscape, 300 words max per board. site photos are in /refs",
            ),
            (
                "2032-11-01 09:20",
                3101,
                TO(3104) + "let's have you do the area schedule. can u have it by thursday",
            ),
            ("2032-11-01 09:22", 3104, "yes!! on it"),
            (
                "2032-11-01 10:00",
                3102,
                "first render test of the reading room attached. sun angle is off i think will redo it w/ the 3pm winter sun",
            ),
            (
                "2032-11-01 10:30",
                3100,
                TO(3103) + "could you get the 1:500 massing model done in 3 days?",
            ),
            ("2032-11-01 10:35", 3103, "tight with the laser cutter booking but ok 👌"),
            (
                "2032-11-01 16:10",
                3104,
                "quick q where's the latest plan dwg, the one in /cad is from oct",
            ),
            ("2032-11-01 16:12", 3101, RP(3104, 7) + "/cad/wip/plan_1029.dwg"),
            ("2032-11-02 11:00", 3102, "reading room redo w/ the low sun is up, way better imo"),
            (
                "2032-11-02 11:30",
                3100,
                TO(3102) + "agreed. can you do the 3 final renders by 11/12?",
            ),
            (
                "2032-11-04 08:50",
                3101,
                "bad news: organisers moved the deadline up to 11/15 12:00 (venue clash). everything shifts",
            ),
            (
                "2032-11-04 09:00",
                3100,
                RP(3100, 10) + "make the renders 11/10 then, the printer needs 2 days",
            ),
            (
                "2032-11-04 12:40",
                3103,
                RP(3100, 5) + "massing model done, photos in /model/massing_v1",
            ),
            (
                "2032-11-04 18:30",
                3104,
                "area schedule 80% done, still missing the basement storage numbers",
            ),
            (
                "2032-11-05 10:00",
                3104,
                TO(3101)
                + "could you ask the organisers whether basement storage counts toward the GFA? the brief doesn't say",
            ),
            ("2032-11-05 10:20", 3101, RP(3104, 15) + "will do, I'll email them today"),
        ],
        [
            task(2, ["area schedule"], [3104], ("2032-11-04", "Thu"), "open"),
            task(4, ["render"], [3102], None, "done"),
            task(5, ["massing model"], [3103], ("2032-11-04", "Thu"), "done"),
            task(10, ["renders"], [3102], ("2032-11-10", "Wed"), "open"),
            task(15, ["basement"], [3101], ("2032-11-05", "Fri"), "open"),
        ],
    ),
    # 12. Hotel revenue team: no task (numbers, FYIs, "lmk when", a guest request in [qt],
    #     conditional offer, info questions, cover note).
    conv(
        "b18en-hotel-revenue",
        (928012, "Seabreeze Hotels – Revenue"),
        M(3110, 3111, 3112, 3113),
        [
            (
                "2028-03-06 09:00",
                3110,
                "pickup for tonight: Osaka 91% occ, ADR ¥18,400 · Kobe 78%, ADR ¥14,900",
            ),
            (
                "2028-03-06 09:05",
                3111,
                "Kobe's soft because of the rail strike, expecting cancellations through thu",
            ),
            (
                "2028-03-06 11:30",
                3112,
                "fyi the comp set is running a 20% flash sale this weekend, screenshot in /revenue/comps",
            ),
            (
                "2028-03-06 14:00",
                3113,
                "lmk when the new forecast model goes live, curious how it handles the marathon weekend",
            ),
            ("2028-03-06 14:10", 3111, RP(3113, 4) + "will do, probably next sprint"),
            (
                "2028-03-06 16:20",
                3110,
                "[qt]Could you please upgrade us to a sea-view room? It's our 10th anniversary.[/qt]\nfront desk forwarded this one, Kobe FO already handled it 👍",
            ),
            (
                "2028-03-07 09:15",
                3112,
                "if anyone needs the STR login for the comp report, ping me",
            ),
            (
                "2028-03-07 10:40",
                3113,
                "does anyone remember if the Golden Week pricing rules were locked in Feb or March last year?",
            ),
            (
                "2028-03-07 10:45",
                3110,
                RP(3113, 8) + "March I think. the rule sheet is in /revenue/rules/2027",
            ),
            ("2028-03-07 10:46", 3113, "thx 🙏"),
            (
                "2028-03-09 17:30",
                3111,
                "heads up I'm OOO fri, Haruka is covering the 9am pricing call",
            ),
            ("2028-03-09 17:32", 3112, "yep, got it"),
            (
                "2028-03-10 18:00",
                3110,
                "nice work on Osaka this month all, best March since 2019 📈",
            ),
            ("2028-03-10 18:05", 3113, "🎉🎉"),
        ],
        [],
    ),
    # 13. Translation agency (mixed EN/JA): 明日まで, delivering the work in the message,
    #     3 business days over the year end + 成人の日, cancellation of a non-task job.
    conv(
        "b18en-translation-pool",
        (928013, "Kotoba Bridge Translations – EN/JA pool"),
        M(3120, 3121, 3122, 3123, 3124),
        [
            (
                "2034-12-25 10:00",
                3120,
                "お疲れ様です. new job from Hoshikawa Pharma: patient leaflet JA→EN, 4,200 chars.\n[To:3121]Henrik-san could you translate it by Thursday? glossary is the 2033 one",
            ),
            ("2034-12-25 10:05", 3121, "sure 👍"),
            (
                "2034-12-25 11:00",
                3124,
                "DTP for the Marukawa catalogue: layout v2 uploaded. InDesign crashed twice so some fonts might need re-linking",
            ),
            (
                "2034-12-25 11:10",
                3122,
                TO(3124) + "Ogawa-san p.14 のキャプションが切れてます, could you fix it 明日まで?",
            ),
            ("2034-12-25 11:12", 3124, "承知です"),
            (
                "2034-12-25 15:00",
                3120,
                TO(3123) + "also the Marukawa tagline needs an EN version, client wants 3 options",
            ),
            (
                "2034-12-25 15:20",
                3123,
                "I'll take a stab at it tonight-ish, no promises on brilliance 😅",
            ),
            ("2034-12-26 09:30", 3124, RP(3122, 4) + "p.14 fixed, re-exported the PDF"),
            (
                "2034-12-26 10:00",
                3123,
                "tagline options are in the doc:\n1. Crafted for the everyday\n2. Small things, done well\n3. Made to be used",
            ),
            (
                "2034-12-27 14:00",
                3120,
                QT(3120, 6, "also the Marukawa tagline needs an EN version, client wants 3 options")
                + "client picked #2 🎉",
            ),
            (
                "2034-12-28 16:30",
                3121,
                RP(3120, 1)
                + "leaflet translated, 2 queries flagged in comments (dosage units on p.2)",
            ),
            (
                "2034-12-28 16:45",
                3120,
                TO(3123)
                + "could you review the leaflet within 3 business days? no rush over the holidays",
            ),
            ("2034-12-28 16:50", 3123, "ok! first week of jan then"),
            (
                "2034-12-28 17:00",
                3120,
                TO(3121)
                + "about the Hoshikawa brochure we talked about: client cancelled it, so no need to block time in jan",
            ),
            ("2034-12-28 17:05", 3121, "ah ok, thanks for the heads up"),
            ("2034-12-28 17:10", 3122, "良いお年を! see you all in jan 🎍"),
        ],
        [
            task(1, ["leaflet"], [3121], ("2034-12-28", "Thu"), "done"),
            task(4, ["p.14"], [3124], ("2034-12-26", "Tue"), "done"),
            task(6, ["tagline"], [3123], None, "done"),
            task(12, ["leaflet"], [3123], ("2035-01-09", "Tue"), "open"),
        ],
    ),
    # 14. Observatory volunteers: no task (promise to report with a time, offers, visitor
    #     email in [qt], rule answer, "ping me when").
    conv(
        "b18en-observatory-volunteers",
        (928014, "Mt. Kasumi Observatory – public nights"),
        M(3130, 3131, 3132, 3133),
        [
            (
                "2027-09-16 19:00",
                3130,
                "saturday public night is still on, forecast says clouds clearing after 20:00",
            ),
            ("2027-09-16 19:10", 3132, "I'll let you all know by 17:00 sat if we have to cancel"),
            ("2027-09-16 20:30", 3131, "if anyone needs a lift from the station I have 3 seats 🚗"),
            ("2027-09-16 21:00", 3133, "I can help out at the telescope queue if you're short"),
            (
                "2027-09-17 10:00",
                3130,
                "[qt]Could you please reserve two places for my children for Saturday?[/qt]\nvisitor email, fyi. we don't do reservations, I already replied to her",
            ),
            (
                "2027-09-17 12:15",
                3132,
                "the 40cm's focuser got serviced last week, works nicely now",
            ),
            ("2027-09-17 18:40", 3131, "does the red-light rule apply to phone screens too?"),
            ("2027-09-17 18:45", 3132, RP(3131, 7) + "yes, red filter or screen off 🙏"),
            ("2027-09-17 20:10", 3133, "ping me when the october sign-up sheet is up"),
            ("2027-09-17 20:20", 3130, RP(3133, 9) + "it's already up, pinned in this room 📌"),
            ("2027-09-17 20:22", 3133, "oh nice, missed that 😅"),
            ("2027-09-18 16:50", 3132, "we're ON for tonight, skies clearing 🌌"),
            ("2027-09-19 10:00", 3130, "great night, 140 visitors. thanks all!"),
            ("2027-09-19 10:20", 3131, "Saturn through the 40cm was unreal 🪐"),
        ],
        [],
    ),
]
