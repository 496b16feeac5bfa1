"""Lines of page furniture inside the article container leave the body: photo credits and
captions in their forms, print-issue notes, the author's role line, titled boxes above the
body. Pages are written here."""

from __future__ import annotations

from newsextract import extract

PROSE = (
    "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, der Investitionen in "
    "Schulen, Straßen und Radwege vorsieht. "
)
MORE = "Die Opposition kündigte an, den Beschluss vom Verwaltungsgericht prüfen zu lassen."


def article(body: str) -> str:
    return (
        "<html lang='de'><head></head><body><article><h1>Stadtrat beschließt Haushalt</h1>"
        f"{body}</article></body></html>"
    )


def test_credit_lines_and_credits_in_parentheses_are_captions() -> None:
    body = (
        f"<p>{PROSE * 2}</p><p>Der Ratssaal am Abend der Abstimmung. (Foto: Max Bildner)</p>"
        f"<p>{MORE}</p><p>Titelbild: Erika Fotografin/Bildagentur</p>"
    )
    assert extract(article(body)).text == f"{(PROSE * 2).strip()}\n\n{MORE}"


def test_print_issue_note_and_author_role_line_leave_the_body() -> None:
    body = (
        "<p class='byline'>Von Anna Muster</p><p>Redakteurin im Lokalressort.</p>"
        f"<p>{PROSE * 2}</p><p>Dieser Beitrag stammt aus Ausgabe 7/2026 des Stadtmagazins. "
        "Das Heft ist ab sofort im Handel erhältlich.</p>"
    )
    got = extract(article(body))
    assert got.text == (PROSE * 2).strip()
    assert [a.name for a in got.authors] == ["Anna Muster"]


def test_reading_time_and_label_lines_leave_the_body() -> None:
    labels = "".join(
        f"<p>{line}</p>"
        for line in (
            "Author of the article:",
            "Article content",
            "5 minute read",
            "Lesezeit: 3 Min.",
            "weiterlesen 5 Minuten",
            "Read more",
            "mehr anzeigen",
            "Show less",
        )
    )
    assert extract(article(f"{labels}<p>{PROSE * 2}</p>")).text == (PROSE * 2).strip()


def test_image_wrap_of_credit_and_caption_spans_is_a_caption() -> None:
    wrap = (
        "<div class='imagewrap'><img src='/rat.jpg' alt=''><strong>"
        "<span class='copyright'>Max Bildner</span><span class='caption'>Die Kämmerin (l.) "
        "und der Bürgermeister im Ratssaal nach der Abstimmung über den Haushalt</span>"
        "</strong></div>"
    )
    assert extract(article(f"<p>{PROSE * 2}</p>{wrap}<p>{MORE}</p>")).text == (
        f"{(PROSE * 2).strip()}\n\n{MORE}"
    )


def test_a_titled_box_above_the_first_paragraph_is_skipped_whole() -> None:
    box = (
        "<div class='textbox'><h2>Heft 7/2026</h2><p>Das neue Heft: Schwerpunkt Kommunen, "
        "mit Reportagen aus zwölf Rathäusern.</p></div>"
    )
    got = extract(article(f"{box}<p>{PROSE * 2}</p><p>{MORE}</p>"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{MORE}"


def test_a_promo_sending_the_reader_to_the_shop_leaves_the_body() -> None:
    promo = (
        "<p>Wie der Haushalt entstand, lesen Sie in unserer Juli-Ausgabe. "
        "<a href='https://shop.stadtmagazin.example/heft-7'>Das Heft können Sie hier "
        "bestellen.</a></p>"
    )
    review = (
        "<p>Die Kämmerin empfahl, das Buch "
        "<a href='https://verlag.example/shop/haushalt'>Haushalt für alle</a> zu lesen.</p>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p>{promo}{review}"))
    assert (
        got.text
        == f"{(PROSE * 2).strip()}\n\nDie Kämmerin empfahl, das Buch Haushalt für alle zu lesen."
    )


def test_a_live_blog_s_key_events_and_a_video_player_s_read_outs_leave_the_body() -> None:
    events = "".join(
        f"<li><a data-id='{i}'>{title}</a><time>{hour}</time></li>"
        for i, (title, hour) in enumerate(
            (("Stadtrat tagt bis Mitternacht", "20:42"), ("Kämmerin legt Zahlen vor", "19:11"))
        )
    )
    events += "<li><a href='#'>Bearbeiten</a></li>"
    player = "<div class='player'><p>Video Loading</p><p>Video Unavailable</p></div>"
    player += "<p>The video will auto-play soon8Cancel<br>Play now</p>"
    got = extract(article(f"{player}<h3>Key Events</h3><ul>{events}</ul><p>{PROSE * 2}</p>"))
    assert (got.summary, got.text, got.headings) == ([], (PROSE * 2).strip(), [])


def test_a_line_of_short_parts_between_pipes_is_page_meta() -> None:
    meta = "<p>Politik, Lokales | Veröffentlicht: vor 5 Stunden | Jetzt kommentieren</p>"
    piped_prose = f"<p>{PROSE}| {PROSE}| {MORE}</p>"
    got = extract(article(f"{meta}<p>{PROSE * 2}</p>{piped_prose}"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{PROSE}| {PROSE}| {MORE}"


def test_a_poll_s_answers_are_no_text() -> None:
    poll = (
        "<div class='poll'><p>Soll die Stadt mehr Radwege bauen?</p><div>"
        "<label><input type='radio' name='q'><span><span>Ja, unbedingt.</span></span></label>"
        "<label><input type='radio' name='q'><span><span>Nein.</span></span></label></div>"
        "<div><label><input type='radio' name='q'><div>Weiß nicht.</div></label></div></div>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p>{poll}<p>{MORE}</p>"))
    assert got.text == (f"{(PROSE * 2).strip()}\n\nSoll die Stadt mehr Radwege bauen?\n\n{MORE}")
