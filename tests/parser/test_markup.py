"""Chatwork markup → ParsedMessage."""

from __future__ import annotations

from chatsync.parser.markup import ChatworkTask, Quote, Reply, clean_text, parse

NAMES = frozenset({"佐藤花子", "DanielKim"})


def test_to_tags_and_the_name_chatwork_types_after_them() -> None:
    pm = parse("[To:12]佐藤 花子さん[To:13]Daniel Kim\n見積書の作成をお願いします。", NAMES)
    assert pm.to_ids == (12, 13)
    assert pm.text.strip() == "見積書の作成をお願いします。"


def test_name_is_kept_when_the_line_goes_on_with_words() -> None:
    pm = parse("[To:12]佐藤さん、資料をお願いします", NAMES)
    assert pm.text == "佐藤さん、資料をお願いします"


def test_a_full_name_on_the_line_of_the_words_is_the_address_too() -> None:
    pm = parse("在庫が切れそう。[To:13]Daniel Kim could you order more labels today?", NAMES)
    assert pm.text == "在庫が切れそう。could you order more labels today?"
    same_line = parse("[To:12]佐藤 花子さん 明日までにお願いします", NAMES)
    assert same_line.text == "明日までにお願いします"
    assert parse("[To:13]Daniel Kimberley notes", NAMES).text == "Daniel Kimberley notes"


def test_toall_reply_and_quote() -> None:
    pm = parse(
        "[toall][rp aid=101 to=3001-3001000002]田中 太郎さん\n"
        "[qt][qtmeta aid=101 time=1764639000]見積書をお願いします[/qt]\n完了しました"
    )
    assert pm.to_all
    assert pm.replies == (Reply(101, 3001, "3001000002"),)
    assert pm.quotes == (Quote(101, 1764639000, "見積書をお願いします"),)
    assert "見積書" not in pm.text  # quoted text is context, never the sender's words
    assert pm.text.strip() == "完了しました"


def test_info_title_and_body_are_the_senders_words() -> None:
    pm = parse("[info][title]【依頼】年末調整[/title]今月末までに提出してください[/info]")
    assert pm.info_titles == ("【依頼】年末調整",)
    assert "【依頼】年末調整\n今月末までに提出してください" in pm.text


def test_chatwork_task_added_and_done() -> None:
    added = parse(
        "[info][title][dtext:task_added][/title]"
        "[task aid=162 st=open lt=1797605999 ltype=date]請求書一括発行[/task][/info]"
    )
    assert added.tasks == (
        ChatworkTask("task_added", 162, "open", 1797605999, "date", "請求書一括発行"),
    )
    assert added.text.strip() == ""
    done = parse("[info][title][dtext:task_done][/title][task aid=1 st=done lt=0]x[/task][/info]")
    assert done.tasks[0].event == "task_done" and done.tasks[0].limit_type is None


def test_code_hr_icons_files_are_not_words() -> None:
    pm = parse(
        "ログです[code]please fix[/code][hr][picon:5][piconname:6]"
        "[preview id=1 ht=20][download:1]お願い.pdf[/download]"
    )
    assert pm.code == ("please fix",)
    assert "please" not in pm.text and "お願い" not in pm.text and "picon" not in pm.text
    assert pm.text.startswith("ログです")


def test_unknown_and_broken_tags_stay_text() -> None:
    pm = parse("[foo]a[/qt] b [qt]c [To:x] [rp aid=] [task aid=1]open")
    assert pm.text == "[foo]a[/qt] b [qt]c [To:x] [rp aid=] [task aid=1]open"
    assert pm.quotes == () and pm.tasks == () and pm.to_ids == ()


def test_nested_and_crossed_tags() -> None:
    pm = parse("[qt][qtmeta aid=1 time=2][qt]inner[/qt]outer[/qt]own")
    assert [q.text for q in pm.quotes] == ["inner", "outer"]
    assert pm.text.strip() == "own"
    crossed = parse("[info][qt]a[/info]b[/qt]")
    assert isinstance(crossed.text, str)


def test_nfkc_and_control_characters() -> None:
    assert clean_text("１２／５までに\x00\x07ＡＢＣ\ud800") == "12/5までにABC"
    assert parse("［To:12］").text == ""  # full-width brackets are markup after NFKC
    assert parse("a\r\nb").text == "a\nb"
