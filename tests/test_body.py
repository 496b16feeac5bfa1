"""fields/body: what is in or out of the text: furniture, credits, chrome, boxes, repeats."""

from __future__ import annotations

from conftest import LAST, PROSE, article
from newsextract import extract
from newsextract.lexicon import bylines as bl
from newsextract.lexicon import labels


def test_credit_lines_and_credits_in_parentheses_are_captions() -> None:
    body = (
        f"<p>{PROSE * 2}</p><p>Der Ratssaal am Abend der Abstimmung. (Foto: Max Bildner)</p>"
        f"<p>{LAST}</p><p>Titelbild: Erika Fotografin/Bildagentur</p>"
    )
    assert extract(article(body)).text == f"{(PROSE * 2).strip()}\n\n{LAST}"


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
    assert extract(article(f"<p>{PROSE * 2}</p>{wrap}<p>{LAST}</p>")).text == (
        f"{(PROSE * 2).strip()}\n\n{LAST}"
    )


def test_a_titled_box_above_the_first_paragraph_is_skipped_whole() -> None:
    box = (
        "<div class='textbox'><h2>Heft 7/2026</h2><p>Das neue Heft: Schwerpunkt Kommunen, "
        "mit Reportagen aus zwölf Rathäusern.</p></div>"
    )
    got = extract(article(f"{box}<p>{PROSE * 2}</p><p>{LAST}</p>"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


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
    piped_prose = f"<p>{PROSE}| {PROSE}| {LAST}</p>"
    got = extract(article(f"{meta}<p>{PROSE * 2}</p>{piped_prose}"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{PROSE}| {PROSE}| {LAST}"


def test_a_poll_its_question_and_answers_are_no_text() -> None:
    poll = (
        "<div class='poll'><p>Soll die Stadt mehr Radwege bauen?</p><div>"
        "<label><input type='radio' name='q'><span><span>Ja, unbedingt.</span></span></label>"
        "<label><input type='radio' name='q'><span><span>Nein.</span></span></label></div>"
        "<div><label><input type='radio' name='q'><div>Weiß nicht.</div></label></div></div>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p>{poll}<p>{LAST}</p>"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_only_the_articles_own_sections_give_headings() -> None:
    body = (
        "<div class='text'><h2>Stadtrat beschließt Haushalt für 2026</h2>"
        f"<p>{PROSE * 2}</p><h2>Was die Opposition sagt</h2><p>{PROSE * 2}</p>"
        "<div class='promo'><h3>Unser Newsletter</h3><p>Jeden Morgen das Wichtigste aus der "
        "Stadt.</p></div>"
        f"<section><h3>Wie es weitergeht</h3><p>{PROSE * 5}</p></section></div>"
    )
    got = extract(article(body))
    assert got.headings == ["Was die Opposition sagt", "Wie es weitergeht"]
    assert "Newsletter" not in got.text and "Jeden Morgen" not in got.text


def test_boxes_nested_in_paragraphs_and_bold_wrappers_are_still_chrome() -> None:
    body = (
        f"<p>{PROSE}<aside class='related'><ul><li><a href='/a'>Ein anderer Artikel hier</a></li>"
        "<li><a href='/b'>Noch ein anderer Artikel</a></li></ul></aside></p>"
        f"<p>{PROSE * 2}</p><b><div class='related-posts'>Das könnte dich auch interessieren: "
        "<a href='/c'>Noch mehr Lesestoff</a></div></b>"
        "<div class='visual'><img src='/k.jpg'><p>Vergrößern Die Kamera im Display.</p></div>"
        f"<p>{LAST}</p><p>(Alle Angaben ohne Gewähr)</p><p>Publiziert: 03.04.2020, 12:35</p>"
    )
    got = extract(article(body))
    assert got.text == "\n\n".join(p.strip() for p in (PROSE, PROSE * 2, LAST))


def test_teaser_cards_and_link_lists_are_neither_body_nor_summary() -> None:
    card = (
        "<a href='/andere-geschichte'><h3>Die Opposition droht mit Klage gegen den Haushalt</h3>"
        "<p>Die Fraktionen von Grünen und Linken halten den Beschluss für rechtswidrig und wollen "
        "ihn vom Verwaltungsgericht prüfen lassen, sagen ihre Sprecher.</p></a>"
    )
    links = (
        "<ul><li><a href='/x'>Wie der Haushalt entstand und wer ihn schrieb</a></li>"
        "<li><a href='/y'>Was die Kämmerin zum Haushalt sagt</a></li></ul>"
    )
    got = extract(article(f"{links}<p>{PROSE * 2}</p>{card}<p>{PROSE}</p>"))
    assert got.summary == []
    assert got.text == (PROSE * 2).strip() + "\n\n" + PROSE.strip()


def test_media_player_read_outs_are_no_body() -> None:
    got = extract(article(f"<div>00:00 / 03:15</div><p>Aktuelle Zeit: 0:00</p><p>{PROSE * 3}</p>"))
    assert got.text == (PROSE * 3).strip()


def test_furniture_and_bio_lines_leave_the_body() -> None:
    body = (
        f'<p class="byline">Von Anna Muster</p><p>{PROSE * 3}</p>'
        "<p>ANZEIGE - Heute mal ausgehen? Wie wäre es mit Pizza.</p>"
        "<p>Verpasse keine News zu Politik und Stadt</p>"
        "<p>Anna Muster ist Redakteurin im Lokalressort und schreibt über Verkehr.</p>"
    )
    got = extract(article(body))
    assert got.text == (PROSE * 3).strip()


def test_text_the_body_already_said_is_dropped() -> None:
    long = " ".join(f"Satz {i} über den Haushalt der Stadt und seine Folgen." for i in range(30))
    html = article(
        f"<p>{PROSE * 2}</p><p>{long}</p><p>{PROSE * 2}</p><p>Placeholder image-1</p>"
        f"<div class='print-copy'>{long} {PROSE}</div>"
    )
    got = extract(html)
    assert got.text == "\n\n".join(((PROSE * 2).strip(), long))


def test_the_rating_widget_ends_the_body() -> None:
    got = extract(
        article(f"<p>{PROSE * 2}</p><p>Gefällt dir dieser Beitrag?</p><p>9</p><p>{PROSE}</p>")
    )
    assert got.text == (PROSE * 2).strip()


def test_the_author_bio_the_structured_data_gives_is_neither_summary_nor_body() -> None:
    bio = "Seit 2010 schreibt sie über Stadtpolitik, Verkehr und den Wohnungsbau in der Region."
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": '
        f'"Person", "name": "Jana Beispiel", "description": "<p>{bio}</p>"}}}}</script>'
    )
    html = article(
        f"<div class='text'><p>{PROSE * 2}</p><p>{PROSE}</p><p>{bio}</p></div>",
        head=head,
        h1=f"<header><h1>Stadtrat beschließt Haushalt</h1><div class='bio'>{bio}</div></header>",
    )
    got = extract(html)
    assert got.summary == []
    assert got.text == f"{PROSE * 2}".strip() + "\n\n" + PROSE.strip()


def test_a_list_of_credited_captions_is_a_gallery_not_body() -> None:
    gallery = (
        "<ul class='slides'><li><img src='a.jpg'>Der Saal am Abend. Foto: Jana Beispiel/dpa</li>"
        "<li><img src='b.jpg'>Die Abstimmung. Foto: Jo Muster/AP</li></ul>"
    )
    html = article(f"<div class='text'><p>{PROSE * 2}</p>{gallery}<p>{PROSE}</p></div>")
    assert extract(html).text == f"{PROSE * 2}".strip() + "\n\n" + PROSE.strip()


def test_a_figcaption_is_a_caption_not_text_also_beside_its_figure() -> None:
    page = article(
        f"<div class='text'><p>{PROSE * 3}</p><p>{LAST}</p>"
        "<div class='video'><figure><div class='player'></div></figure><figcaption><p>Olympia:"
        " Die sieben neuen Disziplinen im Programm</p></figcaption></div></div>"
    )
    record = extract(page).to_dict()
    assert record["body"]["text"].endswith(LAST)


def test_an_info_box_closed_by_a_screen_reader_marker_is_no_text() -> None:
    box = (
        "<div class='factbox'><span class='sr-only'>Weitere Informationen</span>"
        "<h3>Das Bad in Zahlen</h3><p>Das Hallenbad wurde 1974 eröffnet und zählt jedes Jahr "
        "rund 120.000 Besucherinnen und Besucher, davon ein Drittel Schulklassen.</p>"
        "<p>Die Stadtwerke betreiben es seit 1998; das Becken ist 25 Meter lang und hat sechs "
        "Bahnen, dazu kommen ein Lehrschwimmbecken, eine Sauna und ein kleiner Außenbereich, "
        "der im Sommer an den Wochenenden geöffnet ist. Der Eintritt kostet für Erwachsene "
        "vier Euro, für Kinder zwei Euro.</p>"
        "<span class='sr-only'>Ende der weiteren Informationen</span></div>"
    )
    assert extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{box}")).text == (
        f"{(PROSE * 2).strip()}\n\n{LAST}"
    )


def test_the_comment_sections_policy_note_ends_the_story() -> None:
    for note in (
        "Die Kommentare der User geben nicht notwendigerweise die Meinung der Redaktion wieder.",
        "Fotos sind Symbolbilder. Kommentare von Lesern stellen nicht die Meinung der "
        "Redaktion dar!",
        "Comments do not necessarily reflect the views of the newsroom.",
    ):
        body = f"<p>{PROSE * 2}</p><p>{LAST}</p><p>{note}</p><p>Anna schrieb: Sehr gut!</p>"
        assert extract(article(body)).text == f"{(PROSE * 2).strip()}\n\n{LAST}", note


def test_the_lines_of_a_person_box_are_no_text() -> None:
    # The author's role under the name shown apart, and an expert box whose title is the name.
    body = (
        f"<p>{PROSE * 2}</p><div class='author'><a href='/autor/anna-muster/'>Anna Muster</a>"
        "<p>Redakteurin in der Wirtschaft der Beispielzeitung.</p></div>"
        f"<p>{PROSE}</p><div class='expert'><h4>Ben Beispiel</h4><p>... ist Senior Fellow am "
        "Institut für Stadtforschung und lehrt an der Universität Beispielstadt.</p></div>"
        f"<p>{LAST}</p>"
    )
    text = extract(article(body)).text
    assert "Redakteurin in der Wirtschaft" not in text
    assert "Senior Fellow" not in text
    assert text.endswith(LAST) and text.startswith(PROSE.strip())


def test_a_reporters_role_inside_a_sentence_stays_text() -> None:
    line = "Redakteur im Ruhestand Karl Muster hat die Chronik des Vereins geschrieben, sagte er."
    assert not bl.is_profile_line("Der Redakteur in der Lokalredaktion hat den Fall recherchiert.")
    assert bl.is_profile_line("Korrespondentin für Osteuropa mit Sitz in Warschau.")
    assert not bl.is_profile_line(line)


def test_a_reviewed_books_details_under_the_text_are_no_text() -> None:
    details = (
        "<p>Anna Beispiel: Der lange Sommer. Roman. Beispiel Verlag, Berlin 2025, 320 Seiten, "
        "24,00 Euro.</p><p>Ben Muster (Übers.), Muster Verlag 2024, 188 S., 20 €</p>"
    )
    assert extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{details}")).text == (
        f"{(PROSE * 2).strip()}\n\n{LAST}"
    )
    assert not labels.is_book_info(
        "Das Buch hat 320 Seiten und kostet im Handel 24 Euro, sagt sie."
    )


def test_pointers_labels_credits_and_sources_after_the_last_sentence_are_no_text() -> None:
    end = (
        "<p>Symbolgrafik:© Anna Muster - bilder.example</p>"
        "<p>Sehen Sie sich hier das Gespräch mit der Bürgermeisterin an:</p>"
        "<p>Zum Buch:<br>Der lange Sommer von Anna Muster</p>"
        "<p>Beispielblatt / Muster Nachrichten</p>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{end}"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"
    assert got.signature == "Beispielblatt / Muster Nachrichten"


def test_a_teaser_line_opening_with_more_information_on_a_topic_is_related() -> None:
    line = (
        "<p>Mehr Informationen zu den Wahlen im Kreis: <a href='https://www.example.de/politik/"
        "die-wahlen-im-kreis-im-ueberblick-4711.html'>Die Wahlen im Kreis im Überblick</a></p>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{line}")).to_dict()
    assert [r["title"] for r in got["related"]] == ["Die Wahlen im Kreis im Überblick"]
    assert got["body"]["text"].endswith(LAST)


def test_a_line_saying_what_the_picture_beside_it_says_of_itself_is_its_caption() -> None:
    said = "Die Kämmerin stellt den Haushalt im Ratssaal vor"
    figure = (
        f"<div class='pic'><img src='https://img.example/rat.jpg' alt='{said}' "
        f"title='{said} | Foto: Anna Muster'><div class='pic-info'><p>{said}</p></div></div>"
    )
    card = (
        "<div class='card'><img src='https://img.example/b.jpg' alt='Neue Radwege kommen "
        "bald'><p><a href='https://www.example.de/politik/neue-radwege-kommen-bald-4712.html'>"
        "Neue Radwege kommen bald</a></p></div>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p>{figure}<p>{PROSE}</p>{card}<p>{LAST}</p>"))
    assert said not in got.text
    assert [r.title for r in got.related] == ["Neue Radwege kommen bald"]


def test_the_reporters_credited_in_parentheses_after_the_last_sentence_are_the_signature() -> None:
    credit = "(Anna Muster aus Berlin, Ben Beispiel, 3.5.2024)"
    got = extract(article(f"<p>{PROSE * 2}</p><p>{LAST} {credit}</p>"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"
    assert got.signature == "Anna Muster aus Berlin, Ben Beispiel, 3.5.2024"
    kept = f"{LAST} (Siehe auch die Grafik unten)"
    assert extract(article(f"<p>{PROSE * 2}</p><p>{kept}</p>")).text.endswith(kept)


def test_a_long_comment_policy_and_a_section_link_line_after_the_text_are_no_text() -> None:
    policy = (
        "Die Kommentare der User geben nicht notwendigerweise die Meinung der Redaktion wieder. "
        + "Die Redaktion behält sich vor, Kommentare ohne Angabe von Gründen zu löschen. " * 6
    )
    section = (
        "<p>Mehr Artikel aus dieser Rubrik gibt's hier: <a href='/wirtschaft/'>Wirtschaft</a></p>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{section}<p>{policy}</p>"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_heading_over_what_is_left_out_is_no_heading_of_the_text() -> None:
    box = (
        "<h3>Exklusive Hintergründe für Sie</h3>"
        "<ul><li><a href='/a-1'>Erster Artikel der Reihe</a></li>"
        "<li><a href='/b-2'>Zweiter Artikel der Reihe</a></li></ul>"
    )
    points = "<h3>1. Der erste Punkt</h3><h3>2. Der zweite Punkt</h3>"
    body = f"<p>{PROSE * 2}</p>{box}<h3>Die Kritik</h3><p>{PROSE}</p>{points}<p>{LAST}</p>"
    got = extract(article(body))
    assert got.headings == ["Die Kritik", "1. Der erste Punkt", "2. Der zweite Punkt"]


def test_a_topics_list_a_follow_block_and_a_numbered_reference_after_the_text_are_no_text() -> None:
    end = (
        "<ul><li><a href='/thema/venezuela/'>Venezuela</a></li></ul>"
        "<p>Schalte die Glocke unten ein, um informiert zu werden!<br>Folge uns auf "
        "<a href='https://social.example/x'>Instagram</a></p>"
        "<p>1 Muster, A. (2019): Ein Titel des Aufsatzes. In: Beispielheft #12 März 2019</p>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{end}"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_caption_line_is_its_pictures_alt_text_without_the_credit_the_alt_adds() -> None:
    said = "Der Rat tagte bis nach Mitternacht im alten Saal"
    figure = (
        f"<div class='media'><img src='https://img.example/rat.jpg' alt='{said}. Quelle: "
        f"Beispiel Agentur'><div class='meta'><p>{said}.</p></div></div>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p>{figure}<p>{LAST}</p>"))
    assert said not in got.text


def test_the_articles_contents_listed_at_its_top_are_no_text() -> None:
    contents = "<p>Die Kosten<br>Die Kritik</p>"
    body = (
        f"<p>{PROSE * 2}</p>{contents}<h2>Die Kosten</h2><p>{PROSE}</p>"
        f"<h2>Die Kritik</h2><p>{LAST}</p>"
    )
    got = extract(article(body))
    assert (
        got.text
        == f"{(PROSE * 2).strip()}\n\nDie Kosten\n\n{PROSE.strip()}\n\nDie Kritik\n\n{LAST}"
    )


def test_a_linked_tip_for_the_reader_after_the_text_is_no_text() -> None:
    tip = (
        "<p>Tipp: Kennen Sie sich im Stadtrat aus? Testen Sie Ihr Wissen <a href='https://quiz."
        "example/stadtrat'>mit zehn Fragen</a>.</p>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{tip}"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"
    assert not labels.is_reader_tip("Tipp: Die Stadtwerke raten, die Heizung zu entlüften.", [])


def test_a_picture_link_card_in_the_text_is_a_teaser() -> None:
    # A card without a heading: one link around a picture, a kicker span and a title span,
    # 120 characters or more (a shorter link line is left out anyway).
    card = (
        "<section class='kasten'><a href='/ratgeber/reifen-wechseln-so-gehts-4711.html'>"
        "<figure><span>Ratgeber</span><img src='/reifen.jpg' alt=''></figure><div>"
        "<span>Winterreifen: Wann der Wechsel fällig ist</span> <span>So kommen Sie sicher, "
        "günstig und ohne Bußgeld durch die kalte und nasse Jahreszeit</span></div></a>"
        "</section>"
    )
    page = article(f"<p>{PROSE * 2}</p><p>{LAST}</p>{card}")
    got = extract(page, url="https://www.example-zeitung.de/politik/haushalt-100.html").to_dict()
    assert got["body"]["text"] == f"{(PROSE * 2).strip()}\n\n{LAST}"
    assert [r["url"] for r in got["related"]] == [
        "https://www.example-zeitung.de/ratgeber/reifen-wechseln-so-gehts-4711.html"
    ]


def test_a_relative_time_with_its_poster_after_the_text_is_no_text() -> None:
    for line in ("vor 2 Monaten von Petra Beispiel", "3 hours ago by Jane Doe"):
        got = extract(article(f"<p>{PROSE * 2}</p><p>{LAST}</p><p>{line}</p>"))
        assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_question_inside_a_named_anchor_is_text() -> None:
    # <a name="..."> marks a place to jump to; it is no link, the line no link line.
    question = "<p><a name='frage3'>Was sagt die Stadtverwaltung zu den Vorwürfen?</a></p>"
    got = extract(article(f"<p>{PROSE * 2}</p>{question}<p>{LAST}</p>"))
    assert got.text == (
        f"{(PROSE * 2).strip()}\n\nWas sagt die Stadtverwaltung zu den Vorwürfen?\n\n{LAST}"
    )


def test_a_heading_named_for_the_page_navigation_is_a_heading() -> None:
    # A heading's id is its anchor for the table of contents ("nav_..."), no chrome name.
    body = f"<p>{PROSE * 2}</p><h3 id='nav_was_bleibt__1'>Was bleibt</h3><p>{LAST}</p>"
    got = extract(article(body))
    assert got.headings == ["Was bleibt"]


def test_a_button_s_tooltip_is_no_text_but_a_button_in_a_sentence_keeps_it() -> None:
    tooltip = (
        "<div class='tip'><button>Gefällt mir <span>0</span></button><div class='tip-body'>"
        "<p>Reaktionen auf Artikel sind nur für registrierte Leser möglich.</p>"
        "<a href='/registrieren'>Registrieren</a> <a href='/login'>Anmelden</a></div></div>"
    )
    quote = (
        "<p>Die Aktie der Stadtwerke <span><button>+ Merkliste</button></span> legte am "
        "Dienstag deutlich zu.</p>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p>{quote}{tooltip}<p>{LAST}</p>"))
    assert got.text == (
        f"{(PROSE * 2).strip()}\n\nDie Aktie der Stadtwerke legte am Dienstag deutlich zu."
        f"\n\n{LAST}"
    )


def test_prose_that_is_all_one_link_is_a_card_s_description() -> None:
    # A teaser's description set as a paragraph of its own, all of it the card's link.
    card = (
        "<p class='teasertext'><a href='/region/neue-buslinie-4711.html'>Ab dem Sommer fährt "
        "eine neue Buslinie zwischen dem Bahnhof und dem Gewerbegebiet, alle zwanzig Minuten "
        "und auch am Wochenende, teilte der Verkehrsverbund mit.</a></p>"
    )
    got = extract(article(f"<p>{PROSE * 2}</p>{card}<p>{LAST}</p>"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_pull_quote_repeating_the_text_is_said_once() -> None:
    said = (
        "Die Verwaltung hat die Kosten daher viel zu niedrig angesetzt und die Risiken "
        "des Projekts über Jahre verschwiegen, sagte die Sprecherin."
    )
    pull = (
        "<div class='zitat'>„Die Verwaltung hat die Kosten (...) viel zu niedrig angesetzt“</div>"
    )
    item = "<p>Kosten viel zu niedrig angesetzt und die Risiken</p>"  # too short to be one
    got = extract(article(f"<p>{PROSE * 2}</p>{pull}<p>{said}</p>{item}<p>{LAST}</p>"))
    assert got.text == (
        f"{(PROSE * 2).strip()}\n\n{said}\n\nKosten viel zu niedrig angesetzt und die Risiken"
        f"\n\n{LAST}"
    )


def test_a_box_closed_by_a_funding_call_leaves_with_its_title_and_lines() -> None:
    box = (
        "<div class='box'><div><h2>Auf Sie kommt es an!</h2><p>Auf unserer Seite konnten Sie "
        "schon vor Jahren lesen, was die großen Medien erst heute eingestehen müssen. "
        "Kritischer Journalismus ist wie ein Eisbrecher, er schlägt Schneisen in die "
        "Einheitsmeinung und eckt an.</p><p>Dafür muss man einiges aushalten. Aber nur so "
        "bricht man das Eis, langsam und sicher, Woche für Woche, Recherche für Recherche, "
        "gegen alle Widerstände.</p>"
        "<p><strong>Diese Arbeit ist nur mit Ihrer Unterstützung möglich!</strong></p>"
        "<a href='https://pay.example.com/x'>Jetzt spenden</a></div></div>"
    )
    story = f"<p>{PROSE * 3}</p>" * 3
    got = extract(article(f"<div>{story}<p>{LAST}</p>{box}</div>"))
    assert got.text.endswith(f"{(PROSE * 3).strip()}\n\n{LAST}")
    assert "Auf Sie kommt es an" not in got.text
    assert "Eisbrecher" not in got.text
    assert got.headings == []


def test_a_pull_quote_with_a_word_changed_and_its_attribution_leave_the_body() -> None:
    said = (
        "„Wir wissen aber, dass warme Meere mehr Feuchtigkeit in die Atmosphäre abgeben“, "
        "sagte die Forscherin."
    )
    quote = (
        "<div class='q'><blockquote>Wir wissen, dass warme Meere mehr Feuchtigkeit in die "
        "Atmosphäre abgeben.</blockquote><p>Jana Beispiel, Leiterin des Instituts</p></div>"
    )
    got = extract(article(f"<div><p>{PROSE * 2}</p>{quote}<p>{said}</p><p>{LAST}</p></div>"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{said}\n\n{LAST}"


def test_a_list_of_the_channels_promos_leaves_the_body() -> None:
    promos = (
        "<ul><li>Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen Stadt-App – für "
        "<a href='https://play.example.com/app'>Android</a> und <a href='/ios'>iOS</a>.</li>"
        "<li>Die Zeitung auch bei Social Media – ob <a href='/wa'>WhatsApp</a> oder "
        "<a href='/ig'>Instagram</a>.</li><li>Sie mögen den Tag kompakt? Dann sind Sie beim "
        "täglichen <a href='/nl'>Newsletter</a> richtig.</li></ul>"
    )
    got = extract(article(f"<div><p>{PROSE * 2}</p>{promos}<p>{LAST}</p></div>"))
    assert got.text == f"{(PROSE * 2).strip()}\n\n{LAST}"


def test_a_funding_box_in_the_middle_of_the_text_leaves_whole() -> None:
    box = (
        "<div class='box'><p><b>Unabhängig dank Ihnen</b></p><p>Wir berichten seit vierzig "
        "Jahren aus dem Rathaus, sitzen für Sie in jedem Ausschuss, fragen bei der Verwaltung "
        "nach und lesen die Vorlagen, die sonst niemand liest. Das kostet Zeit, und Zeit "
        "kostet Geld, das uns kein Konzern und keine Partei bezahlt, sondern nur unsere "
        "Leserinnen und Leser, jeden Monat aufs Neue.</p>"
        "<p>Unterstützen Sie uns jetzt, schon ab 5 Euro.</p>"
        "<a href='https://pay.example.com/abo'>Jetzt unterstützen</a></div>"
    )
    second = "Die Kämmerin rechnet mit höheren Steuereinnahmen als im Vorjahr, sagte sie."
    got = extract(article(f"<div><p>{PROSE * 3}</p>{box}<p>{second}</p><p>{LAST}</p></div>"))
    assert got.text == f"{(PROSE * 3).strip()}\n\n{second}\n\n{LAST}"


def test_a_list_of_the_sites_channels_linked_to_them_leaves_the_body() -> None:
    channels = (
        "<ul><li>News on the go? The Ledger app is free for "
        "<a href='https://play.google.com/store/apps/details?id=x'>Android</a>.</li>"
        "<li>The Ledger on <a href='https://www.instagram.com/ledger/'>Instagram</a> and "
        "<a href='https://www.facebook.com/ledger'>Facebook</a>.</li>"
        "<li>The day in five minutes: the <a href='/newsletters/morning'>Morning newsletter</a>."
        "</li></ul>"
    )
    apps = "<ul><li>Shorebird Finder, an app for birders</li><li>Estuary Log, an app too</li></ul>"
    got = extract(article(f"<div><p>{PROSE * 3}</p>{channels}{apps}<p>{LAST}</p></div>"))
    assert got.text == (
        f"{(PROSE * 3).strip()}\n\nShorebird Finder, an app for birders\n"
        f"Estuary Log, an app too\n\n{LAST}"
    )
