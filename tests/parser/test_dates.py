"""Deadline normaliser: every row of extraction.md's "Deadlines" table, negatives, spans,
the sheet-cell reader, and property tests (any text, never raises).

Expected values were worked out by hand from a calendar (2026-12-02 is a Wednesday,
2026-11-23 勤労感謝の日 and 2027-01-11 成人の日 are Mondays, 12/29–1/3 is the break),
never copied from the implementation's output.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatsync.calendar import BusinessCalendar
from chatsync.models import Due
from chatsync.parser.dates import DateMention, find_dates, parse_sheet_due, pick_due
from chatsync.parser.rules.date_asides import DATE_ASIDES, SUFFIX_DESC, Aside

JST = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar()
_ASIDE_SENT = datetime(2026, 11, 16, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # a Monday


def at(y: int, mo: int, d: int, h: int = 10, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=JST)


# Send times, named by weekday / situation.
WED = at(2026, 12, 2, 10, 30)  # Wed
THU = at(2026, 12, 3)  # Thu
FRI = at(2026, 12, 4, 16)  # Fri
SAT = at(2026, 12, 5, 11)  # Sat
SUN = at(2026, 12, 6, 20)  # Sun
MON = at(2026, 12, 7, 9, 10)  # Mon
NOV20 = at(2026, 11, 20, 11)  # Fri before 勤労感謝の日 (Mon 11-23)
NOV26 = at(2026, 11, 26, 8, 50)  # Thu
NOV30 = at(2026, 11, 30)  # Mon, last day of the month
DEC10 = at(2026, 12, 10, 9, 20)  # Thu
DEC11 = at(2026, 12, 11)  # Fri
DEC20 = at(2026, 12, 20, 21, 15)  # Sun
DEC25 = at(2026, 12, 25, 11)  # Fri before the year-end break
DEC28 = at(2026, 12, 28, 10, 30)  # Mon, last business day of 2026
DEC31 = at(2026, 12, 31, 15)  # Thu, inside the break
JAN7 = at(2027, 1, 7)  # Thu before 成人の日 (Mon 01-11)
JAN8 = at(2027, 1, 8, 16)  # Fri before 成人の日
JAN12 = at(2027, 1, 12, 9, 30)  # Tue
JAN31 = at(2027, 1, 31)  # Sun, last day of the month
FEB10_28 = at(2028, 2, 10)  # leap year


def fmt(due: Due | None) -> str | None:
    return None if due is None else due.to_sheet()


# (id, text, sent, expected pick_due as YYYY-MM-DD[ HH:MM] or None)
CASES: list[tuple[str, str, datetime, str | None]] = [
    # --- 今日中, 本日中, 今日まで, EOD, end of day → today
    ("after-ellipsis", "修正が多くて...12/28まで延ばさせてください", WED, "2026-12-28"),
    ("version-not-a-date", "v1.12/28までにお願いします", WED, None),
    ("kyou-juu", "今日中に見積書を送ってください", WED, "2026-12-02"),
    ("honjitsu-juu-sat", "本日中にお願いします", SAT, "2026-12-05"),
    (
        "kyou-made-monthend",
        "先週訪問した3社へのお礼メール、今日までに送付をお願いします。",
        NOV30,
        "2026-11-30",
    ),
    ("eod-ja", "EODでお願いします", DEC31, "2026-12-31"),
    ("eod-en", "Could you review the payment API pull request by EOD?", WED, "2026-12-02"),
    ("end-of-day", "Please prepare the workshop agenda by end of day.", MON, "2026-12-07"),
    ("end-of-business-day", "Send it by end of business day, thanks", FRI, "2026-12-04"),
    ("eod-fullwidth", "ｂｙ ＥＯＤ ｐｌｅａｓｅ", JAN12, "2027-01-12"),
    ("today-en", "Can you fix this today?", SUN, "2026-12-06"),
    # --- 明日, 明日中, tomorrow → today + 1
    ("ashita-made", "明日までにお願いします", WED, "2026-12-03"),
    ("ashita-juu-sat", "お詫び文の下書きを明日中に共有いただけますか？", SAT, "2026-12-06"),
    ("ashita-juu-newyear", "明日中に共有いただけますか？", DEC31, "2027-01-01"),
    ("ashita-monthend", "明日手配します", JAN31, "2027-02-01"),
    ("tomorrow", "Please prepare the November ad spend report by tomorrow.", NOV30, "2026-12-01"),
    ("tomorrow-sat", "tomorrow works for me", FRI, "2026-12-05"),
    (
        "ashita-after-other-dates",
        "来週の大阪出張の新幹線を予約してください。12/1(火)朝発、12/2(水)夕方戻りです。明日中にお願いします。",
        NOV26,
        "2026-11-27",
    ),
    # --- 明後日 → today + 2
    ("asatte", "明後日までにお願いします", WED, "2026-12-04"),
    ("asatte-newyear", "バナーの文言案は私が明後日までにまとめます。", DEC31, "2027-01-02"),
    ("asatte-gozenchuu", "明後日の午前中に確認お願いできますか？", FRI, "2026-12-06 12:00"),
    ("day-after-tomorrow", "the day after tomorrow is fine", JAN31, "2027-02-02"),
    # --- N日後 / N日以内 → today + N
    ("3-nichigo", "3日後までに", WED, "2026-12-05"),
    ("5-nichigo", "2名の一次面接の日程調整を、5日後までにお願いします。", THU, "2026-12-08"),
    ("3-nichi-inai-fw", "内定者向けの入社案内を３日以内に送付してください。", MON, "2026-12-10"),
    ("10-nichi-inai-newyear", "10日以内にご返送ください", DEC25, "2027-01-04"),
    ("1-shuukan-inai", "1週間以内に", WED, "2026-12-09"),
    ("kanji-3-nichi", "三日以内にお願いします", WED, "2026-12-05"),
    ("2-nichigo-monthend", "2日後に提出します", JAN31, "2027-02-02"),
    ("within-3-days", "Please reply within 3 days.", SAT, "2026-12-08"),
    # --- N営業日以内 / N営業日後 → N business days after today
    ("3-eigyoubi", "3営業日以内に回答します", WED, "2026-12-07"),
    ("2-eigyoubi-kinrou", "書類選考の結果を2営業日以内にまとめてください。", NOV20, "2026-11-25"),
    ("3-eigyoubi-yearend", "12月分の仕訳入力を3営業日以内にお願いします。", DEC28, "2027-01-06"),
    (
        "1-eigyoubi-fw",
        "法人カードの利用明細の突合を、１営業日後までにお願いします。",
        DEC28,
        "2027-01-04",
    ),
    ("3-eigyoubi-go-seijin", "設計書を、3営業日後までにお願いします。", JAN7, "2027-01-13"),
    ("2-eigyoubi-seijin", "一次回答を、2営業日以内にお願いします。", JAN8, "2027-01-13"),
    ("5-eigyoubi-sat", "5営業日以内にお願いします", SAT, "2026-12-11"),
    ("1-eigyoubi-fri-break", "1営業日以内にお願いします", DEC25, "2026-12-28"),
    ("business-days-en", "Please confirm within 2 business days.", FRI, "2026-12-08"),
    ("yokueigyoubi", "翌営業日までにお願いします", DEC28, "2027-01-04"),
    # --- bare weekday → nearest such day, today included
    ("kinyou", "金曜までにお願いします", WED, "2026-12-04"),
    ("getsuyou", "月曜までに", WED, "2026-12-07"),
    ("suiyoubi-today", "水曜日までに", WED, "2026-12-02"),
    ("kinyou-today", "その定例の議題整理、金曜までに頼みます！", FRI, "2026-12-04"),
    ("kinyou-yuugata-today", "明細の封入作業（金曜の夕方まで）", FRI, "2026-12-04 17:00"),
    ("mokuyou-after", "木曜まで", FRI, "2026-12-10"),
    ("getsuyou-sat", "月曜までに", SAT, "2026-12-07"),
    ("nichiyou-sun", "日曜まで", SUN, "2026-12-06"),
    ("paren-kin", "資料の送付(金)まで", MON, "2026-12-11"),
    ("kayou-break", "火曜までに", DEC28, "2026-12-29"),
    ("kinyou-asaichi", "金曜の朝イチで", WED, "2026-12-04 10:00"),
    ("by-friday", "by Friday please", WED, "2026-12-04"),
    ("monday-instead", "so I'll send the quote by Monday instead.", THU, "2026-12-07"),
    ("fri-abbrev", "Need it by Fri.", WED, "2026-12-04"),
    # --- 来週 + weekday
    ("raishuu-getsu", "来週月曜まで", WED, "2026-12-07"),
    ("raishuu-no-suiyoubi", "来週の水曜日に提出で", WED, "2026-12-09"),
    ("raishuu-sui-mon", "競合調査レポートを来週水曜までに作成してください。", NOV30, "2026-12-09"),
    ("raishuu-ka-fri", "配布リストの最終確認（来週火曜まで）", FRI, "2026-12-08"),
    ("raishuu-getsu-sun", "来週月曜までにお送りします", SUN, "2026-12-07"),
    ("raishuu-kin-sat", "来週金曜でお願いします", SAT, "2026-12-11"),
    ("raishuu-ka-gogoichi", "来週火曜の午後イチで", WED, "2026-12-08 13:00"),
    ("raishuu-sui-newyear", "来週水曜までに", DEC28, "2027-01-06"),
    ("next-monday", "next Monday is fine", WED, "2026-12-07"),
    ("next-tuesday", "Could you draft the renewal proposal by next Tuesday?", JAN12, "2027-01-19"),
    # --- 再来週 + weekday
    ("saraishuu-getsu", "再来週の月曜", WED, "2026-12-14"),
    (
        "saraishuu-ka",
        "販促物の発注見積りを、再来週の火曜までに取得してください。",
        NOV30,
        "2026-12-15",
    ),
    ("saraishuu-kin", "骨子案を、再来週の金曜までにまとめてください。", FRI, "2026-12-18"),
    ("saraishuu-sui-sun", "再来週の水曜まで", SUN, "2026-12-16"),
    # --- 今週中, 今週末, 週内 → Friday of this week (weekend: next Friday)
    ("konshuu-juu", "今週中にお願いします", WED, "2026-12-04"),
    ("konshuumatsu", "今週末までに", MON, "2026-12-11"),
    ("shuunai", "API仕様書の更新（週内）", THU, "2026-12-04"),
    ("konshuu-juu-sat", "今週中に", SAT, "2026-12-11"),
    ("konshuu-juu-sun", "今週中で大丈夫です", SUN, "2026-12-11"),
    (
        "konshuu-juu-monthend",
        "パンフレットを200部、今週中に発注してください。",
        NOV30,
        "2026-12-04",
    ),
    ("konshuu-juu-fri", "今週中", FRI, "2026-12-04"),
    ("this-week", "I'll clean up the partner contact list this week.", JAN12, "2027-01-15"),
    ("end-of-week", "by the end of the week", WED, "2026-12-04"),
    # --- 来週中 → Friday of next week
    (
        "raishuu-juu",
        "LPのワイヤーフレームは私が作成します。来週中に共有しますね。",
        WED,
        "2026-12-11",
    ),
    ("raishuu-juu-mon", "研修資料も来週中にお願いします。", MON, "2026-12-18"),
    ("raishuu-juu-sat", "来週中でお願いします", SAT, "2026-12-11"),
    (
        "raishuu-juu-seijin",
        "年始のセキュリティパッチ適用は、私が来週中に対応します。",
        JAN7,
        "2027-01-15",
    ),
    ("end-of-next-week", "by the end of next week", WED, "2026-12-11"),
    # --- 週明け, 来週頭, 来週早々 → first business day of next week
    ("shuuake-sat", "週明けに、投稿ガイドラインの見直し案をまとめてください。", SAT, "2026-12-07"),
    ("raishuu-atama", "負荷試験の実施（来週頭まで）", THU, "2026-12-07"),
    (
        "raishuu-sousou",
        "改訂版を、来週早々に社内公開できるよう準備をお願いします。",
        MON,
        "2026-12-14",
    ),
    ("shuuake-seijin", "週明けに送ります", JAN8, "2027-01-12"),
    ("shuuake-before-break", "週明けにお願いします", DEC25, "2026-12-28"),
    ("raishuu-atama-break", "来週頭に", DEC31, "2027-01-04"),
    ("raishuu-sousou-break", "来週早々にお願いします", DEC28, "2027-01-04"),
    ("early-next-week", "early next week is fine", WED, "2026-12-07"),
    # --- 月末, 今月末, 今月中 → last day of this month
    ("getsumatsu", "月末までに", WED, "2026-12-31"),
    ("kongetsumatsu", "申告書を、今月末までに総務へ提出してください。", NOV20, "2026-11-30"),
    ("kongetsu-juu", "12月分の支払予定表を今月中に作成してください。", JAN12, "2027-01-31"),
    ("kongetsu-juu-lastday", "今月中", NOV30, "2026-11-30"),
    ("getsumatsu-feb-leap", "月末まで", FEB10_28, "2028-02-29"),
    ("end-of-month", "by end of the month", WED, "2026-12-31"),
    # --- 来月末, 来月中 → last day of next month
    ("raigetsumatsu", "部門別シートの取りまとめを、来月末までにお願いします。", WED, "2027-01-31"),
    ("raigetsu-juu", "配信リストの整理を、来月中にお願いします。", NOV20, "2026-12-31"),
    ("raigetsumatsu-feb", "来月末で", JAN12, "2027-02-28"),
    ("raigetsumatsu-dec31", "来月末までに", DEC31, "2027-01-31"),
    ("next-month", "by next month", DEC20, "2027-01-31"),
    # --- 来月N日 → day N of next month
    ("raigetsu-10", "参加者リストを、来月10日までに作成してください。", JAN12, "2027-02-10"),
    ("raigetsu-8", "源泉徴収票の発行は、来月8日までに私の方で対応します。", WED, "2027-01-08"),
    (
        "raigetsu-3",
        "展示会のブース施工会社へ、来月3日までに図面を送付してください。",
        NOV20,
        "2026-12-03",
    ),
    ("raigetsu-5-dec31", "来月5日まで", DEC31, "2027-01-05"),
    ("raigetsu-31-invalid", "来月31日までにお願いします", JAN12, None),
    # --- M/D, M月D日, (曜日): earliest of last/this/next year's ≥ send date − 30 days
    ("md-paren", "12/4(金)締切です", WED, "2026-12-04"),
    ("md-rollover", "1/15までにお願いします", WED, "2027-01-15"),
    (
        "md-rollover-sun",
        "社員インタビュー記事の原稿を、1/8までに仕上げてください。",
        DEC20,
        "2027-01-08",
    ),
    (
        "md-fullwidth",
        "説明会の案内メールを、１／６までに応募者へ送付してください。",
        DEC25,
        "2027-01-06",
    ),
    ("md-last-year", "12/28までに", JAN12, "2026-12-28"),
    ("md-30-days-before", "11/2まで", WED, "2026-11-02"),
    ("md-31-days-before", "11/1まで", WED, "2027-11-01"),
    ("md-kanji", "12月5日までに提出してください", WED, "2026-12-05"),
    ("md-kanji-fw", "１２月２５日（金）までに", WED, "2026-12-25"),
    ("md-wrong-weekday", "12/5(金)まで", WED, "2026-12-05"),
    ("md-leap", "2/29まで", JAN12, "2028-02-29"),
    ("md-by", "Can you send the revised quote by 12/18?", WED, "2026-12-18"),
    ("md-jan-no-rollover", "please fill in the evaluation sheet by 1/14.", JAN12, "2027-01-14"),
    ("md-list-line", "未払金の計上チェック（１／２０まで）", JAN12, "2027-01-20"),
    ("md-invalid-32", "12/32までに", WED, None),
    ("md-invalid-feb30", "2/30までに", WED, None),
    ("md-invalid-13", "13/1までに", WED, None),
    ("en-month-day", "by Dec 5 please", WED, "2026-12-05"),
    ("en-month-name", "December 24th works", WED, "2026-12-24"),
    ("en-day-month", "5 Jan is the deadline", WED, "2027-01-05"),
    ("en-month-year", "due Jan 8, 2028", WED, "2028-01-08"),
    # --- YYYY/M/D, YYYY年M月D日, YYYY-MM-DD → that day
    ("ymd-slash", "年始の振込データの作成も2027/1/5までにお願いします。", DEC28, "2027-01-05"),
    (
        "ymd-slash-2",
        "今期の営業目標シートを、2026/12/18までに各自提出してください。",
        WED,
        "2026-12-18",
    ),
    (
        "ymd-kanji-fw",
        "監査法人への提出資料一式を、２０２７年１月１５日までに準備してください。",
        WED,
        "2027-01-15",
    ),
    (
        "ymd-kanji",
        "代理店契約書の更新案を、2027年1月20日までに作成してください。",
        WED,
        "2027-01-20",
    ),
    ("ymd-iso", "2026-12-10 締切", WED, "2026-12-10"),
    ("ymd-past", "2026年1月15日までに", WED, "2026-01-15"),
    ("ymd-paren", "2027/1/8(金)締めです", WED, "2027-01-08"),
    ("reiwa", "令和9年1月15日まで", WED, "2027-01-15"),
    ("ymd-invalid", "2027/2/30までに", WED, None),
    # --- times: that time on the day given, else today
    ("honjitsu-17", "本日17時までにご提出ください", WED, "2026-12-02 17:00"),
    ("ashita-15", "明日15時までにレビューお願いします", WED, "2026-12-03 15:00"),
    ("hhmm", "15:00までに返信ください", WED, "2026-12-02 15:00"),
    (
        "hhmm-incident",
        "問い合わせをお願いできますか？15:30までに一次回答をもらえると助かります。",
        MON,
        "2026-12-07 15:30",
    ),
    ("gogo-3", "午後3時までにお願いします", WED, "2026-12-02 15:00"),
    (
        "gogo-4",
        "ディスクの増設見積りを、午後4時までに取っていただけますか？",
        THU,
        "2026-12-03 16:00",
    ),
    ("han", "17時半までに入力お願いします", WED, "2026-12-02 17:30"),
    ("hhmm-fw", "１７：００までに提出お願いします", WED, "2026-12-02 17:00"),
    (
        "yuugata",
        "ステージング環境のDBが重いので、夕方までに原因を調査します。",
        WED,
        "2026-12-02 17:00",
    ),
    ("ohiru", "お昼までに回答ください", WED, "2026-12-02 12:00"),
    ("hiru", "議事録、昼までに共有をお願いできますか？", DEC10, "2026-12-10 12:00"),
    ("gozenchuu", "明日の午前中に会議室を予約してください。", MON, "2026-12-08 12:00"),
    (
        "asaichi-kanji",
        "明日の朝一で、役員会議の資料を10部印刷しておいてください。",
        MON,
        "2026-12-08 10:00",
    ),
    ("asaichi-kana", "インデックスの追加は明日の朝イチで私がやります。", WED, "2026-12-03 10:00"),
    ("asaichi-late-night", "私の方で明日の朝イチに再実行します。", SUN, "2026-12-07 10:00"),
    (
        "teiji",
        "リリースノートの下書きを、今日の定時までに共有してください。",
        WED,
        "2026-12-02 18:00",
    ),
    ("shuugyou", "推移グラフを、明日の終業までに出していただけますか？", SUN, "2026-12-07 18:00"),
    ("date-paren-time", "12月10日(木)の15時まで", WED, "2026-12-10 15:00"),
    ("md-time-shime", "12/10 17:00〆でお願いします", WED, "2026-12-10 17:00"),
    (
        "ashita-15-fw",
        "ゴミ袋と洗剤の発注を、明日の１５時までにお願いします。",
        MON,
        "2026-12-08 15:00",
    ),
    ("ashita-gogo-3", "明日の午後3時までに書類をご確認いただけますか？", WED, "2026-12-03 15:00"),
    ("asa-9-today", "朝9時までにお願いします", WED, "2026-12-02 09:00"),
    ("gozen-10", "午前10時まで", WED, "2026-12-02 10:00"),
    ("hun", "15時30分までに", WED, "2026-12-02 15:30"),
    ("yoru-8", "夜8時までに", WED, "2026-12-02 20:00"),
    ("konshuu-kin-17", "今週金曜の17時まで", WED, "2026-12-04 17:00"),
    ("ashita-hiru-made", "明日の昼まで延ばします", WED, "2026-12-03 12:00"),
    (
        "tomorrow-hhmm",
        "Can you set up the staging server by tomorrow 10:00?",
        WED,
        "2026-12-03 10:00",
    ),
    ("tomorrow-3pm", "Please book the demo room by tomorrow 3pm.", WED, "2026-12-03 15:00"),
    ("noon", "Also, please send me the Q4 numbers by noon.", JAN12, "2027-01-12 12:00"),
    ("3-space-pm", "by 3 pm", WED, "2026-12-02 15:00"),
    ("3-pm-dots", "by 3 p.m. please", WED, "2026-12-02 15:00"),
    ("time-before-date", "by 10:30am tomorrow", WED, "2026-12-03 10:30"),
    ("pm-before-weekday", "by 5pm Friday", WED, "2026-12-04 17:00"),
    ("tomorrow-at-9am", "tomorrow at 9am", WED, "2026-12-03 09:00"),
    ("12am", "by 12am", WED, "2026-12-02 00:00"),
    ("tomorrow-eod", "tomorrow EOD is fine", WED, "2026-12-03"),
    # --- several dates: the one attached to the work wins
    ("meeting-vs-material", "会議は12/3、資料は12/2までに", WED, "2026-12-02"),
    (
        "meeting-monday-material-friday",
        "打合せは来週月曜なので、資料は金曜までにください",
        WED,
        "2026-12-04",
    ),
    ("requested-vs-answer", "12/1に依頼した件、12/8までに回答お願いします", WED, "2026-12-08"),
    ("start-vs-setup", "1/4(月)から稼働なので、12/28までに設定お願いします", WED, "2026-12-28"),
    (
        "meeting-vs-proposal",
        "株式会社サクラ様との打ち合わせは12/17(木)、提案資料は12/15(火)までに仕上げてください。",
        DEC10,
        "2026-12-15",
    ),
    (
        "meeting-date-then-asatte",
        "12/3(木)の営業会議で使うので、先月の販促実績の集計を明後日までにお願いします。",
        NOV30,
        "2026-12-02",
    ),
    (
        "event-day-vs-kongetsu",
        "新年会の会場予約をお願いします。来月15日の金曜、20名です。今月中に押さえてください。",
        DEC11,
        "2026-12-31",
    ),
    ("meeting-time-vs-deadline", "会議は15時から、資料は明日までに", WED, "2026-12-03"),
    (
        "event-vs-commitment",
        "会社説明会の会場は1月12日(火)で仮押さえしています。本予約は私の方で12/25までに確定します。",
        DEC20,
        "2026-12-25",
    ),
    ("kigen-henkou", "追加の応募があったため、期限を11/27(金)に変更します。", NOV20, "2026-11-27"),
    ("made-nobasu", "データ取得に時間がかかっており、金曜まで延ばします。", MON, "2026-12-11"),
    (
        "until-wa-not-deadline",
        "12/10までに対応してください。なお、12/20までは休業です",
        WED,
        "2026-12-10",
    ),
    # --- things outside the table that the rules also read
    ("nennai", "年内に", WED, "2026-12-31"),
    ("nendonai", "年度内に", WED, "2027-03-31"),
    ("raigetsu-dai2", "来月第2営業日まで", WED, "2027-01-05"),
    ("day-of-month", "25日までに精算お願いします", WED, "2026-12-25"),
    ("day-of-month-weekday", "17日(木)までに", WED, "2026-12-17"),
    ("day-of-month-next-month-weekday", "年明け4日(月)の朝イチで", WED, "2027-01-04 10:00"),
    ("month-juu", "12月中にお願いします", WED, "2026-12-31"),
    ("month-chuujun", "1月中旬までに", WED, "2027-01-20"),
    ("jikan-inai", "2時間以内に返信します", WED, "2026-12-02 12:30"),
    ("goro-made", "15時頃までに", WED, "2026-12-02 15:00"),
    ("by-the-15th", "by the 15th please", WED, "2026-12-15"),
    ("ashita-wa-17", "明日は17時までにお願いします", WED, "2026-12-03 17:00"),
    ("kin-wa-shukujitsu", "金曜日は祝日なので、木曜までにお願いします", WED, "2026-12-03"),
    ("nenake", "年明けに送ります", WED, "2027-01-04"),
    ("in-two-weeks", "Please finish it in two weeks", WED, "2026-12-16"),
    ("this-friday-today", "this Friday", FRI, "2026-12-04"),
    ("next-friday-thu", "next Friday", THU, "2026-12-11"),
    # --- no deadline
    ("ashita-wa-gaishutsu", "明日は外出なので、資料の確認をお願いします", WED, None),
    ("ashita-ikou", "明日以降に対応します", WED, None),
    ("todays-meeting", "Please send the notes from today's meeting", WED, None),
    ("shikyuu", "至急お願いします！", WED, None),
    ("narehaya", "影響範囲の洗い出しをなる早でお願いします。", WED, None),
    ("asap", "Could you send the updated brand guidelines to the agency ASAP?", WED, None),
    ("nothing", "大阪のホテルも1泊、手配をお願いします。梅田周辺で。", WED, None),
    ("event-date-is-no-deadline", "来月10日の新年会の会場予約をお願いします", WED, None),
    ("meeting-material-no-deadline", "明日の会議の資料を作成してください", WED, None),
    ("kingaku", "金額の確認お願いします", WED, None),
    ("kasai", "火災保険の書類、確認しておいてください", WED, None),
    ("minutes", "お手すきの際に確認お願いします、5分くらいで終わります", WED, None),
    ("dai-2-kai", "第2回定例の議事録を共有します", WED, None),
    ("money-counts", "見積は1,000円、3個、5人分で10%引きでお願いします", WED, None),
    ("version", "v1.2.3 と v2.4 のリリースノートを作成してください", WED, None),
    ("phone", "緊急連絡先は私の携帯（090-1234-5678）になります。", WED, None),
    ("fraction", "3/4くらい終わっています", WED, None),
    ("ratio-count", "10/20件の確認が終わりました", WED, None),
    ("weekly", "毎週月曜に定例があります", WED, None),
    ("monthly", "毎月25日締めです", WED, None),
    ("nenmatsu-nenshi", "年末年始の緊急連絡先は私の携帯になります。", WED, None),
    ("meeting-info", "11/24(火)の10時からです。", WED, None),
    ("notice-from", "本日18時から全館空調の点検があるため、エアコンが一時停止します。", WED, None),
    ("hours", "12時間かかります", WED, None),
    ("days-long", "3日間の研修に参加します", WED, None),
    ("name-asuka", "藤田 明日香さんに確認してください", WED, None),
    ("greeting-week", "今週もよろしくお願いします。", WED, None),
    ("question-week", "来週の定例って何時からでしたっけ？", WED, None),
    ("weekend", "良い週末を！", FRI, None),
    ("lunch", "昼休みに確認します", WED, None),
    ("range-event", "影響は12/14 12:50〜13:30の決済のみでした。", WED, None),
    ("workshop-moved", "FYI, the client workshop has moved to 12/22 at 10:00.", WED, None),
    ("review-is", "Reminder: sprint review is this Friday at 14:00.", WED, None),
    ("cmon", "C'mon, let's finish the draft", WED, None),
    ("may-modal", "May I ask you to check the draft?", WED, None),
    ("invalid-time", "25時までに", WED, None),
    (
        "new-year-check-week",
        "年明けの健康診断の案内、1/4の週に全社へ送る形でよいでしょうか？",
        WED,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "sent", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_pick_due(text: str, sent: datetime, expected: str | None) -> None:
    assert fmt(pick_due(text, sent, CAL)) == expected


def test_case_ids_are_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


def test_company_holiday_counts_for_business_days() -> None:
    cal = BusinessCalendar(company_holidays=[date(2026, 12, 7)])
    assert pick_due("1営業日後までに", FRI, cal) == Due(day=date(2026, 12, 8))
    assert pick_due("週明けに", FRI, cal) == Due(day=date(2026, 12, 8))


def test_spans_cover_phrase_and_particles() -> None:
    text = "会議は12/3、資料は12/2までにお願いします"
    found = find_dates(text, WED, CAL)
    assert [(m.text, m.is_deadline) for m in found] == [("12/3", False), ("12/2までに", True)]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert found[1].due == Due(day=date(2026, 12, 2))


@pytest.mark.parametrize(
    ("text", "phrase", "deadline"),
    [
        ("by Friday please", "by Friday", True),
        ("今週中にお願いします", "今週中に", True),
        ("明日の15時までにレビュー", "明日の15時までに", True),
        ("3営業日以内に回答します", "3営業日以内に", True),
        ("期限を12/10に変更します", "期限を12/10に変更", True),
        ("12/4(金)締切です", "12/4(金)締切", True),
        ("明日の朝イチでやります", "明日の朝イチ", False),
        ("EODでお願いします", "EOD", True),
        ("来月10日の新年会", "来月10日", False),
        ("Can you do it by tomorrow 3pm?", "by tomorrow 3pm", True),
    ],
)
def test_single_mention_span(text: str, phrase: str, deadline: bool) -> None:
    (m,) = find_dates(text, WED, CAL)
    assert isinstance(m, DateMention)
    assert (m.text, m.is_deadline) == (phrase, deadline)
    assert text[m.start : m.end] == phrase


def test_mentions_are_in_text_order() -> None:
    text = "12/1(火)朝発、12/2(水)夕方戻りです。明日中にお願いします。"
    found = find_dates(text, NOV26, CAL)
    assert [m.due.to_sheet() for m in found] == ["2026-12-01", "2026-12-02 17:00", "2026-11-27"]
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_spans_refer_to_normalised_text_when_input_is_fullwidth() -> None:
    (m,) = find_dates("資料を１２／５までに", WED, CAL)
    assert m.text == "12/5までに"
    assert m.due == Due(day=date(2026, 12, 5))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ありがとうございます！",
        "承知しました。",
        "金額は1,000円です",
        "3個と5人と10%",
        "v1.2.3",
        "Thanks!",
        "090-1234-5678",
        "(bow)",
        "第2回",
    ],
)
def test_no_mentions(text: str) -> None:
    assert find_dates(text, WED, CAL) == []


# --------------------------------------------------------------------------- sheet cells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-03", Due(day=date(2026, 12, 3))),
        ("2026-12-03 15:00", Due(day=date(2026, 12, 3), at=time(15, 0))),
        ("2027/1/5", Due(day=date(2027, 1, 5))),
        ("2027/1/5 9:05", Due(day=date(2027, 1, 5), at=time(9, 5))),
        (" 2026-12-03 ", Due(day=date(2026, 12, 3))),
        ("2026-12-03T08:30", Due(day=date(2026, 12, 3), at=time(8, 30))),
        ("２０２６－１２－０３", Due(day=date(2026, 12, 3))),
        ("2026年12月3日", Due(day=date(2026, 12, 3))),
        ("2028-02-29", Due(day=date(2028, 2, 29))),
    ],
)
def test_parse_sheet_due_accepts(text: str, expected: Due) -> None:
    assert parse_sheet_due(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "来週?",
        "12/32",
        "12/3",
        "",
        "tomorrow",
        "2026-02-30",
        "2027-02-29",
        "2026-12-03 25:00",
        "2026-12-03 12:60",
        "2026/12",
        "2026-12/03",
        "2026-12-03 午後",
        "未定",
    ],
)
def test_parse_sheet_due_rejects(text: str) -> None:
    assert parse_sheet_due(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/18", Due(day=date(2026, 12, 18))),
        ("12月18日", Due(day=date(2026, 12, 18))),
        ("12/18(金)", Due(day=date(2026, 12, 18))),
        ("12月18日（金） 18:00", Due(day=date(2026, 12, 18), at=time(18, 0))),
        ("12/18 18時", Due(day=date(2026, 12, 18), at=time(18, 0))),
        ("12/18 9時30分", Due(day=date(2026, 12, 18), at=time(9, 30))),
        ("2026/12/18 18:00", Due(day=date(2026, 12, 18), at=time(18, 0))),
        ("1/8", Due(day=date(2027, 1, 8))),  # in December, January is next year's
        ("11/30", Due(day=date(2026, 11, 30))),  # last week, not next year: it is late
    ],
)
def test_a_date_without_a_year_is_the_nearest_one(text: str, expected: Due) -> None:
    """People type 12/18 in the sheet; the year is the one nearest to today."""
    assert parse_sheet_due(text, today=date(2026, 12, 3)) == expected
    assert parse_sheet_due(text.replace("2026/", "")) in (None, expected)


# --------------------------------------------------------------------------- properties

aware_datetimes = st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(2200, 12, 31), timezones=st.just(JST)
)
date_words = st.sampled_from(
    [
        *"0123456789/:()年月日時分半曜火水木金土今明来再週末中後以内営業",
        *("まで", "までに", "午後", "午前中", "朝イチ", "定時", "by ", "next ", "Friday", "pm"),
        *("EOD", " "),
    ]
)
datey_text = st.lists(date_words, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200), sent=aware_datetimes)
def test_never_raises_on_any_text(text: str, sent: datetime) -> None:
    found = find_dates(text, sent, CAL)
    due = pick_due(text, sent, CAL)
    assert due is None or due in [m.due for m in found]
    for m in found:
        assert 0 <= m.start < m.end
        assert m.text


@settings(max_examples=300, deadline=None)
@given(text=datey_text, sent=aware_datetimes)
def test_never_raises_on_date_like_text(text: str, sent: datetime) -> None:
    found = find_dates(text, sent, CAL)
    for m in found:
        assert text[m.start : m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)
    pick_due(text, sent, CAL)


def _to_fullwidth(text: str) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text
    )


@settings(max_examples=200, deadline=None)
@given(text=datey_text, sent=aware_datetimes)
def test_fullwidth_input_reads_like_halfwidth(text: str, sent: datetime) -> None:
    wide = _to_fullwidth(text)
    assert unicodedata.normalize("NFKC", wide) == text
    assert pick_due(wide, sent, CAL) == pick_due(text, sent, CAL)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=40))
def test_parse_sheet_due_never_raises(text: str) -> None:
    due = parse_sheet_due(text)
    assert due is None or isinstance(due, Due)


def test_extreme_send_times_do_not_raise() -> None:
    for sent in (datetime(1, 1, 1, tzinfo=JST), datetime(9999, 12, 31, 23, tzinfo=JST)):
        for text in ("明日までに", "来月末", "1/15", "3営業日以内", "2時間以内", "来週中"):
            pick_due(text, sent, CAL)
    assert pick_due("明後日まで", datetime(9999, 12, 31, tzinfo=JST), CAL) is None


def test_large_body_returns() -> None:
    text = "資料は12/5までにお願いします。会議は15時からです。" * 20000
    found = find_dates(text, WED, CAL)
    assert len(found) == 40000
    assert pick_due(text, WED, CAL) == Due(day=date(2026, 12, 5))


@pytest.mark.parametrize("aside", DATE_ASIDES, ids=lambda a: a.name)
def test_each_date_aside_describes_the_date_in_its_examples(aside: Aside) -> None:
    """Each named aside matches right after the first date of its lines, alone and in the
    joined table, and so that date is no deadline."""
    alone = re.compile(r"\s*(?:" + aside.regex + ")")
    assert aside.examples
    for line in aside.examples:
        first = find_dates(line, _ASIDE_SENT, CAL)[0]
        assert alone.match(line, first.end), (aside.name, line)
        assert SUFFIX_DESC.match(line, first.end), (aside.name, line)
        assert not first.is_deadline, (aside.name, line)


def test_date_aside_names_are_unique() -> None:
    names = [a.name for a in DATE_ASIDES]
    assert len(names) == len(set(names))
