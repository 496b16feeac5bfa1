"""fields/site: the language a page is read in, and its word count."""

from __future__ import annotations

from newsextract import extract


def test_chinese_article_is_read_and_its_words_counted() -> None:
    sentence = "市议会周二讨论了新的预算，其中包括对学校、道路和自行车道的投资。"
    html = (
        "<html lang='zh'><body><div class='nav'><a href='/'>首页</a></div><article>"
        f"<h1>市议会通过预算</h1><p>{sentence * 2}</p><p>{sentence}</p></article></body></html>"
    )
    got = extract(html)
    assert got.text == f"{sentence * 2}\n\n{sentence}"
    assert got.word_count == 3 * (len(sentence) - 3)  # every character but the punctuation
