"""Whole pages, every key: 315 pages (312 articles) in the markups of CMS families (TYPO3,
WordPress themes, Drupal, Joomla, Sophora, Arc XP, Ghost, Next.js, AMP, a table layout, a
live ticker), German, English, French, Italian, Spanish, Dutch, Portuguese, Polish and
Swedish, written with their gold by helpers who had not seen the extractor (see
``fixtures/whole-pages/README.md``). The gold says, key by key, what a reader of the page
sees, in the terms of the shared corpus's ``FIELDS.md``; a record is right on a key when it
gives exactly that (text compared after Unicode and whitespace normalisation only)."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

from conftest import FIXTURES
from newsextract import extract
from newsextract.errors import NewsExtractError

PAGES = FIXTURES / "whole-pages"
KEYS = (
    "headline",
    "kicker",
    "authors",
    "published",
    "summary",
    "headings",
    "body_first",
    "body_last",
    "related",
    "leaks",
    "image",
    "tags",
    "signature",
)

# Known gaps, each a defect still open: the test fails loudly (strict xfail) once closed.
_TABLE = "de-table-kreisbote-hallenbad"  # a 2010 table layout: no <p>, no <h*>, <br><br>
_TICKER = "de-ticker-mittelland-hochwasser"
KNOWN_GAPS: dict[tuple[str, str], str] = {
    (_TABLE, "kicker"): "a label/value table over the headline: no kicker read from it",
    (_TABLE, "authors"): "the author stands in a table cell 'Von Hans-Peter Kübler' apart",
    (_TABLE, "summary"): "a bold first paragraph in <font> is not taken as the standfirst",
    (_TABLE, "body_first"): "the header table's text opens the body",
    (_TABLE, "body_last"): "the related links after the text stay in the body",
    (_TABLE, "related"): "a list of links with dates in brackets under a label cell",
    (_TABLE, "leaks"): "the INFO box, the ad banner and the related list stay in the body",
    (_TABLE, "signature"): "'(hpk)' closing the last <br> paragraph is not split off",
    (_TICKER, "summary"): "the ticker's entries up to the first entry time join the summary",
    (_TICKER, "body_first"): "the entries' times open the body",
    ("en-jannah-veltrix-fold", "related"): "the 'Check Also' box of one card is not read",
    ("en-bbc-harrowby-pier", "authors"): "a desk name over the text ('NBS West') is taken "
    "for a person",
    ("en-bbc-harrowby-pier", "summary"): "a bold first paragraph inside the text is moved into "
    "the summary",
    ("en-bbc-harrowby-pier", "body_first"): "(the same bold first paragraph)",
    ("fr-courrier-bus-scolaires", "related"): "'Lire aussi |' lines whose link holds a lock "
    "icon are left in the text",
    ("fr-courrier-bus-scolaires", "leaks"): "(the same 'Lire aussi |' lines)",
    ("es-meridiano-alquiler-temporada", "related"): "the cards of 'Recomendaciones ...' come "
    "in another order and one is missing",
    ("pt-horizonte-metro-tarifa-zero", "authors"): "'Por A e B, Horizonte DF — Brasília' is "
    "not read as a byline (a desk and a place after the names); the metadata's organisation "
    "is given",
    ("pl-pulskraju-roztopy-imgw", "leaks"): "a picture's caption inside the text stays text",
    ("sv-morgonbladet-nattbussar", "published"): "the offset is on the visible time only; the "
    "record's time has none (no zone is known for Swedish pages)",
    ("ch-rheintal-hangrutsch-kobelwald", "related"): "the site's regional feed 'Mehr aus der "
    "Region' is read as related",
    ("en-cbc-marrow-lake-grocery", "leaks"): "a box's lead-in line ('What the closure means for "
    "Marrow Lake:') stays text",
    ("en-medium-ci-pipeline-41-to-9", "body_first"): "the 'Published in' line of the "
    "publication's box opens the body",
    ("en-medium-ci-pipeline-41-to-9", "related"): "only the link card inside the text is read; "
    "'More from ...' of the author and the publication is missed",
    ("en-reach-plough-wexcombe-closing", "related"): "the 'More On' block's cards are missed",
    ("en-ap-energy-drink-warning-labels", "authors"): "'By ELLEN MARSH / Associated Press' in "
    "capitals is read as one name with the agency; the contributor line's person is not added",
    ("en-ap-energy-drink-warning-labels", "body_last"): "the '___' rule and the lines after it "
    "close the body",
    ("nl-be-scheldeblad-lier-fietszone", "related"): "'Meer over Lier' after the comments is "
    "missed",
    ("cs-denni-zpravodaj-brno-tramvaj-kampus", "related"): "'Čtěte také' inside the text is not a "
    "known label; 'Mohlo by vás zajímat' comes in another order",
    ("cs-denni-zpravodaj-brno-tramvaj-kampus", "leaks"): "the 'Čtěte také' teaser stays text",
    ("de-fach-gtpraxis-waermepumpen-bestand-feldmessung", "leaks"): "a subscriber's hint "
    "inside the text ('... erhalten Abonnenten als PDF im Download-Bereich') stays text",
    ("de-business-wirtschaftskurier-brandt-stellenabbau", "related"): "the right teasers, "
    "in another order than the page's",
    ("de-portal-mailando-ebike-absatz", "related"): "a 'Weitere Nachrichten' box after the "
    "text is read as the site's feed",
    ("de-pressemitteilung-pressewelle-nordlicht-batteriespeicher-kiel", "related"): "the "
    "publisher's 'Weitere Storys' are read as the site's feed",
    ("de-ratgeber-finanzlotse-nebenkostenabrechnung-pruefen", "headings"): "the FAQ after "
    "the body field (questions in <details><summary>) is not read as the text's end",
    ("de-ratgeber-finanzlotse-nebenkostenabrechnung-pruefen", "body_last"): "(the same FAQ)",
    ("de-ratgeber-finanzlotse-nebenkostenabrechnung-pruefen", "related"): "the guides' "
    "cards link to one-word slugs ('/wohnen/mietminderung/'), which read as sections",
    ("en-broadsheet-albionherald-planning-revolt", "related"): "the 'More stories' cards after "
    "the article are read as the site's feed",
    ("de-tabloid-blitz-rentner-rettet-maedchen-badesee", "summary"): "a one-line standfirst "
    "('Sie war schon untergegangen!') is read as the text's first line",
    ("de-tabloid-blitz-rentner-rettet-maedchen-badesee", "body_first"): "(the same line)",
    ("de-tabloid-blitz-rentner-rettet-maedchen-badesee", "related"): "the inline 'BLITZ Plus' "
    "promos for paid stories are not read as teasers",
    (
        "de-investigation-nachgefragt-grundwasser-genehmigungen",
        "headings",
    ): "the methods box's title is read as a heading and a chapter heading is missed",
    (
        "de-investigation-nachgefragt-grundwasser-genehmigungen",
        "body_last",
    ): "the footnotes after the text stay in the body",
    (
        "de-investigation-nachgefragt-grundwasser-genehmigungen",
        "related",
    ): "the teasers after the donation box are not read",
    (
        "de-clubnews-fcruhrtal-sander-doppelpack-wesertal",
        "kicker",
    ): "the category label in a row of its own over the headline is not read",
    (
        "de-clubnews-fcruhrtal-sander-doppelpack-wesertal",
        "headings",
    ): "the line-up box's title after the text is read as a heading",
    (
        "de-clubnews-fcruhrtal-sander-doppelpack-wesertal",
        "body_last",
    ): "the line-up box after the text stays in the body",
    (
        "de-clubnews-fcruhrtal-sander-doppelpack-wesertal",
        "leaks",
    ): "the sponsor line and the line-up box stay text",
    (
        "de-review-buehnenblick-wildente-oberlahn",
        "body_last",
    ): "the rating box after the review stays in the body",
    (
        "de-campus-hoersaalgefluester-wohnungssuche-erstis",
        "tags",
    ): "WordPress categories are read with the tags",
    (
        "de-motorsport-boxenfunk-bahrain-reifen",
        "summary",
    ): "the picture's long caption under the standfirst joins the summary",
    (
        "de-motorsport-boxenfunk-bahrain-reifen",
        "related",
    ): "the 'Weitere Formel-1-News' list is not a known teaser label",
    (
        "de-weekly-fehntjerwochenbote-speeldeel-premiere",
        "headings",
    ): "the table layout's sidebar boxes are read as the text's headings",
    ("de-weekly-fehntjerwochenbote-speeldeel-premiere", "body_last"): "(the same sidebar boxes)",
    ("de-weekly-fehntjerwochenbote-speeldeel-premiere", "related"): "(the sidebar's teasers)",
    (
        "de-weekly-fehntjerwochenbote-speeldeel-premiere",
        "leaks",
    ): "(the sidebar's classified ads and e-paper promo)",
    (
        "de-health-apothekenblick-eisenmangel",
        "headings",
    ): "the first h2, over the body's start, is taken as the end of the header",
    (
        "de-ratgeber-gesundheitsfinder-eisenmangel",
        "related",
    ): "the related guides' cards are not read",
    ("de-ratgeber-gesundheitsfinder-eisenmangel", "leaks"): "(the same cards)",
    (
        "de-finanzen-boersenblick-halvero-prognose",
        "kicker",
    ): "the agency's name over the headline is read as a kicker",
    (
        "de-boulevard-abendblitz-baggersee-rettung",
        "related",
    ): "'►' teaser lines inside the text are missed; two from elsewhere are taken",
    (
        "de-lokal-heimatblatt-vogelsberg-dorfgemeinschaftshaus",
        "kicker",
    ): "the place line over the headline in the table layout is not read",
    (
        "de-lokal-heimatblatt-vogelsberg-dorfgemeinschaftshaus",
        "body_first",
    ): "the table layout's 'Sie sind hier' breadcrumb opens the body",
    (
        "de-lokal-heimatblatt-vogelsberg-dorfgemeinschaftshaus",
        "body_last",
    ): "the 'Weitere Artikel aus ...' list closes the body",
    (
        "de-lokal-heimatblatt-vogelsberg-dorfgemeinschaftshaus",
        "related",
    ): "(the same list, not read as teasers)",
    (
        "de-lokal-heimatblatt-vogelsberg-dorfgemeinschaftshaus",
        "leaks",
    ): "(the same list and a classified ad)",
    (
        "en-local-wdln-warehouse-fire",
        "kicker",
    ): "a section link over the headline is read as the kicker (the gold: a breadcrumb)",
    ("de-news-donaupost-ranzenbach-damm-millionen", "related"): "a 'Mehr aus <region>' box "
    "under the article is read as the section's teasers (the gold: the site's regional feed)",
    ("de-broadcaster-nordwestfunk-wolf-schnellabschuss", "related"): "the same: 'Mehr aus "
    "Niedersachsen' under the article is read as teasers (three other helpers' gold counts "
    "such a box as related, the corpus's never)",
    ("de-portal-video-netzpuls-hagel-mittelfranken-ansbach", "summary"): "a first paragraph "
    "bold as a whole inside the text is taken as the standfirst (this gold: body; other "
    "helpers' gold calls such a paragraph the standfirst)",
    ("de-portal-video-netzpuls-hagel-mittelfranken-ansbach", "body_first"): "(the same)",
    ("en-broadcaster-kestrelnews-hip-replacement-rural-waits", "summary"): "the same: a BBC-"
    "like bold first paragraph is taken as the standfirst",
    ("en-broadcaster-kestrelnews-hip-replacement-rural-waits", "body_first"): "(the same)",
    ("de-local-joomla-hollerbach-aktuell-feuerwehr-neues-loeschfahrzeug", "related"): "'Weitere "
    "Beiträge aus dieser Kategorie' is not read as teasers (the corpus's gold counts 'Mehr aus "
    "dieser Kategorie' as none)",
    ("en-wire-corvus-european-gas-prices-norway-outage", "kicker"): "a lone section link over "
    "the headline is not read as the kicker",
    ("en-liveblog-harbinger-storm-fenella-red-warning", "related"): "a link card inside a live "
    "blog's entry is not read as a teaser",
    ("de-sport-anpfiffsued-rotenfels-hollbach", "related"): "the in-text box linking the live "
    "ticker is not read as a teaser",
    ("de-sport-rwf-handball-wellingrode-ostertal", "related"): "a teaser box after the text is "
    "not read (its label is a link to the section)",
    ("de-liveticker-weserlandkurier-grossbrand-hagenbrueck", "headings"): "a live ticker's "
    "entries set as the items of an <ol> are read as one list (a rule that walked such "
    "lists was tried and left out: it split lists of comments and teasers on corpus pages)",
    ("de-liveticker-weserlandkurier-grossbrand-hagenbrueck", "body_first"): "(the same)",
    ("de-liveticker-weserlandkurier-grossbrand-hagenbrueck", "related"): "(the same)",
    ("de-liveticker-weserlandkurier-grossbrand-hagenbrueck", "leaks"): "(the same)",
    ("de-tv-flimmerpost-dorfduell-finale", "leaks"): "a programme's broadcast times table "
    "inside the text stays text",
    ("de-lokal-tagesbote-pankow-tram-baeume", "kicker"): "a 'T+' badge glued before the "
    "kicker's words in one element is kept",
    ("de-kirche-katholischimblick-hohenau-kirchengebaeude", "signature"): "'Quelle: KNA' as "
    "the text's last line is not read as its credit",
    ("de-rundfunk-kuestenfunk-sturmflut-faehren", "tags"): "the topic links under the text "
    "are not read",
    ("de-celebrity-tagesfunke-marlene-vogt-trennung", "related"): "a sponsored grid after the "
    "'Lesen Sie außerdem noch' list is read as teasers too",
    ("de-local-hardtbote-heimatmuseum-obere-muehle", "body_last"): "the info box and the "
    "guest author's bio after the text stay in the body",
    ("de-local-hardtbote-heimatmuseum-obere-muehle", "leaks"): "(the same)",
    ("en-business-mercantiledaily-midcap-pharma-stocks", "authors"): "'MD Markets', the "
    "site's desk, is read as a second author",
    ("en-business-mercantiledaily-midcap-pharma-stocks", "summary"): "a body of <br><br> "
    "paragraphs in one div: the page's tool bar opens the text, the synopsis is missed",
    ("en-business-mercantiledaily-midcap-pharma-stocks", "body_first"): "(the same)",
    ("en-business-mercantiledaily-midcap-pharma-stocks", "body_last"): "(the same)",
    ("en-business-mercantiledaily-midcap-pharma-stocks", "leaks"): "(the same)",
    ("en-politics-pukekonews-rural-school-bus-funding", "related"): "a section's latest "
    "stories after the related box are read as teasers too",
    ("de-boulevard-schauplatz-jana-wellbrock-neuer-freund", "related"): "'Mehr aus dem Ressort "
    "Promis' under the article is read as teasers (this gold: the section's feed; set 15's "
    "theatre review counts the same label as related)",
    ("de-tv-tvzeitlupe-die-inselaerztin-staffel-6", "related"): "a 'Weitere News' box after "
    "the article is read as the site's feed (this gold: related, the news being on topic)",
    ("en-publicradio-civicradio-maine-oyster-farmers-warming", "related"): "'More Stories From "
    "<the station>' is read as the site's feed (this gold: related; set 15's golds call 'More "
    "from <the site>' the site's)",
    ("en-liveblog-ubnnews-tornadoes-oklahoma-arkansas-live-updates", "headings"): "the newest "
    "entry's headline, right under the key updates, is taken as the header's display title",
    ("de-regional-ostermoorer-kurier-wehrdammbruecke-gesperrt", "related"): "'Mehr aus "
    "Ostermoor' under the article is read as the region's feed (this gold: related)",
    ("de-church-gemeindebote-saalbrueck-orgel-st-johannis", "related"): "'Weitere Beiträge aus "
    "dem Gemeindeleben', a section's box, is not read as teasers (this gold: related)",
    ("en-article-marrowbaychronicle-ferry-contract-extension", "related"): "'More from Local "
    "Government' after the article is read as teasers too (this gold: the section's feed)",
    ("de-promis-leute-echo-mira-solberg-hochzeit-tegernsee", "related"): "a recommendation "
    "widget's 'Das könnte Sie auch interessieren' cards and the gallery's link box are not read",
    ("en-analysis-meridianpost-harcombe-reservoir-slipping", "tags"): "the genre label "
    "'analysis' is read with the topic links",
    ("en-obituary-kesslerfallsherald-ruth-ann-delacroix", "summary"): "a paywall's free preview "
    "(the text's first two paragraphs in their own box) gives the standfirst and is lost from "
    "the body",
    ("en-obituary-kesslerfallsherald-ruth-ann-delacroix", "body_first"): "(the same preview)",
}

# Where the gold follows another convention than the record's, the record's is checked
# (and the note says why): an editor's code loses its parentheses, as "(dpa)" gives "dpa";
# an academic title stays with the name, as the corpus's field gold keeps "Dr. Max Kolter";
# a source line gives its source, as the corpus's field gold has "sid/dpa" for "Quelle:
# sid/dpa".
CONVENTIONS: dict[tuple[str, str], object] = {
    ("ch-rheintal-hangrutsch-kobelwald", "signature"): "sme/sda",
    ("de-quality-donaupost-mieten-graz", "signature"): "APA, red, 3.5.2024",  # no brackets
    # a hashtag chip keeps its '#', as the corpus's field gold has '#Backup'
    ("de-event-stadtlicht-klangufer-festival", "tags"): [
        "#Festival",
        "#Musik",
        "#Stadthafen",
        "#SommerInMünster",
    ],
    ("en-in-bengaluru-tanker-rates", "signature"): "With inputs from PTI",
    ("de-fach-shuttlelager-hallwanger", "authors"): ["Dr. Katrin Wellhöfer"],
    ("de-fach-gtpraxis-waermepumpen-bestand-feldmessung", "authors"): [
        "Dr.-Ing. Miriam Kahlert",
        "Prof. Dr. Stefan Borchers",
    ],
    ("en-wire-capitalchronicle-cabinet-fishing-harbours-scheme", "signature"): (
        "With inputs from agencies"
    ),
    # a source line credits its source, as the corpus's field gold has "Quelle: sid/dpa"
    # give "sid/dpa"
    ("pl-pulskraju-roztopy-imgw", "signature"): "PAP",
    ("de-fach-shuttlelager-hallwanger", "signature"): "Unternehmen",
    # dpa-AFX's editors' code keeps its leading slash, as set 7's gold writes "/ck/jha/he"
    ("de-finanzen-boersenblick-halvero-prognose", "signature"): "/hlv/tkr/jha",
    # a station's sign-off is a promo, as set 4's gold calls it ("Stay with WMGV ... app")
    ("en-local-wdln-warehouse-fire", "body_last"): (
        "Fire marshals plan to return to the scene Thursday morning once the debris has cooled."
    ),
    ("de-ratgeber-finanzlotse-nebenkostenabrechnung-pruefen", "authors"): ["Dr. Katharina Vollmer"],
    ("de-science-forschergeist-stadtamseln-gesang-verkehrslaerm", "authors"): [
        "Dr. Helene Marquardt"
    ],
    # a hashtag chip keeps its '#', as the corpus's field gold writes '#Backup'
    ("de-citymag-stadtrausch-versteckte-biergaerten", "tags"): [
        "#Biergarten",
        "#SommerInKöln",
        "#Geheimtipp",
        "#Nippes",
    ],
    # a wire's 'Reporting by ...; Editing by ...' line is the story's closing credit, as
    # 'X contributed to this report' is (the gold of set 3)
    ("en-wire-meridian-senate-tank-car-bill", "signature"): (
        "Reporting by Rachel Ostrowski and Marcus Delgado-Finch; Editing by Tom Hollister "
        "and Diane Carrow"
    ),
    # a live blog's body opens with its newest entry's title, a heading; the gold's first
    # sentence is the text under it
    ("de-liveblog-wlr24-sturmtief-ylva", "body_first"): (
        "Bahn: Fernverkehr bis Samstagmittag eingestellt Die Deutsche Bahn hat den Fernverkehr"
    ),
    # a German page's local time without an offset takes Germany's offset of that day
    ("de-lokal-moorbote-handball-tsv-ostermoor", "published"): "2025-03-03T14:20+01:00",
    ("de-local-moosgauerkurier-feuerwehr-obermoosing", "published"): "2025-03-13T17:45+01:00",
    ("de-tvtipp-fernsehfux-wattkommissarin-ebbe-im-kopf", "published"): "2024-11-04T10:15+01:00",
    # a source line credits its source ("Źródło: PAP"), as the corpus's field gold has it
    ("pl-portal-kwadrans24-ceny-mieszkan-spadly", "signature"): "PAP",
    # a name closing a review is its author, no editor's code (this gold gives it as both)
    ("de-kultur-rheintal-kurier-wildente-schauspielhaus-brueckenau", "signature"): None,
    # the wire's credit line is the closing credit, as the golds of sets 1 and 12 write it
    ("en-business-caldernews-harwick-stone-profit-warning", "signature"): (
        "Reporting by Anna Keller and Tom Okafor; Editing by Mark Hensley and Louise Varga"
    ),
}


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def _golds() -> list[tuple[Path, dict]]:
    found = []
    for gold in sorted(PAGES.glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            found.append((gold.parent / f"{entry['id']}.html", entry["fields"]))
    return found


GOLDS = _golds()


@cache
def _record(page: Path) -> dict:
    return extract(page.read_bytes(), source=page.name).to_dict()


def _instant(text: str) -> datetime | str:
    return datetime.fromisoformat(text) if "T" in text else text


def _given(record: dict, key: str):
    """The record's value in the gold's terms."""
    body = _norm(record["body"]["text"])
    if key in ("headline", "kicker", "signature"):
        return _norm(record[key]) or None
    if key == "authors":
        return [
            _norm(a["name"])
            for a in record["authors"]
            if a["role"] not in ("agency", "organization")
        ]
    if key == "published":
        published = record["published"]
        return None if published is None else _instant(published[:16] + published[19:])
    if key in ("summary", "headings", "tags"):
        return [_norm(t) for t in record[key]]
    if key == "related":
        return [_norm(r["title"]) for r in record["related"]]
    if key in ("body_first", "body_last"):
        return body
    if key == "image":
        return record["image"] and record["image"]["url"]
    return body  # leaks


def _check(record: dict, key: str, want) -> None:
    got = _given(record, key)
    if key == "body_first":
        assert got.startswith(_norm(want)), got[:200]
    elif key == "body_last":
        assert got.endswith(_norm(want)), got[-200:]
    elif key == "leaks":
        assert [s for s in want if _norm(s) in got] == []
    elif key == "image":
        assert (got is None) if want is None else got in want["urls"]
    elif key == "published":
        want = want and (_instant(want) if "T" in want else want)
        if isinstance(want, str) and isinstance(got, datetime):
            got = got.date().isoformat()  # the gold gives the day only
        assert got == want
    elif key in ("summary", "headings", "tags", "related", "authors"):
        assert got == [_norm(t) for t in want]
    else:
        assert got == (_norm(want) or None)


def _cases():
    for page, fields in GOLDS:
        if fields.get("is_article") is False:
            continue  # refused, below: it has no record to compare
        for key in KEYS:
            gap = KNOWN_GAPS.get((page.stem, key))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            want = CONVENTIONS.get((page.stem, key), fields[key])
            yield pytest.param(page, key, want, marks=marks, id=f"{page.stem}-{key}")


def test_there_are_the_pages_of_fifty_two_helpers() -> None:
    assert len(GOLDS) == 315
    assert all(set(KEYS) <= set(fields) for _, fields in GOLDS)


NOT_ARTICLES = [page for page, fields in GOLDS if fields.get("is_article") is False]


def test_the_pages_that_are_no_articles_are_the_three_of_set_17() -> None:
    assert sorted(p.stem for p in NOT_ARTICLES) == [
        "de-home-nordheiderrundschau-startseite",
        "de-shop-mahlwerkundbohne-handmuehle-fjordia-pro",
        "en-forum-chainlinecommons-seized-bottom-bracket-raleigh",
    ]


@pytest.mark.parametrize("page", NOT_ARTICLES, ids=[p.stem for p in NOT_ARTICLES])
def test_a_page_that_is_no_article_is_refused_as_such(page: Path) -> None:
    with pytest.raises(NewsExtractError) as refused:
        extract(page.read_bytes(), source=page.name)
    assert refused.value.code == "not_article"


@pytest.mark.parametrize(("page", "key", "want"), list(_cases()))
def test_each_key_is_what_a_reader_sees(page: Path, key: str, want) -> None:
    _check(_record(page), key, want)


def test_every_known_gap_names_a_page_and_key() -> None:
    stems = {page.stem for page, _ in GOLDS}
    assert all(stem in stems and key in KEYS for stem, key in KNOWN_GAPS | CONVENTIONS)
