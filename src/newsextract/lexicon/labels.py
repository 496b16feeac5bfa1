"""The words with which pages label their parts, in one table: each label set is written
once here and used wherever that kind of line is recognised.

Groups, in order: dates (updates, publication), bylines, links (teasers, topics, the
site's lists), summaries, paywalls, page furniture (buttons, promos, player read-outs, share
and meta lines, the lines at which a story ends, its sources), ads and embeds.
Every pattern is matched against one clean line and is case-insensitive unless it says
otherwise. German and English first, other languages where pages needed them.
"""

from __future__ import annotations

import re

# -- dates: updates and publication -----------------------------------------------------------
# The words that mark a date as the last update ("Aktualisiert am", "Last updated"): a date
# after them is the modification, never the publication.
# "Update: 15.20 Uhr", "UPDATE 14:02": the noun only with its colon or its time.
UPDATE_WORDS = r"(?:zuletzt |last )?(?:aktualisiert|geändert|updated|modified|update(?=\s*:|\s+\d))"
UPDATE_LABEL = re.compile(rf"^{UPDATE_WORDS}\b", re.I)
# An update label standing on its own, its date in the next element ("<span>Updated</span>").
UPDATE_LABEL_ONLY = re.compile(rf"^{UPDATE_WORDS}(?: am| on)?\W*$", re.I)
# A status badge set in the kicker's line, beside the topic: the story was updated, or is
# for subscribers only ("Verbraucher" + "Aktualisiert", "Abonnés" + "Sécheresse").
STATUS_BADGE = re.compile(
    rf"^(?:{UPDATE_WORDS}|update|neu|new|abo|plus|premium|exklusiv für abonnenten|"
    r"(?-i:[A-Z]{1,4} ?\+|[A-Z]{1,4}plus)|"  # "SP+", "F+", "WELTplus": a subscription mark
    r"(?:artikel )?nur für abonnenten|abonnée?s?|(?:article |contenu )?réservé aux abonnés|"
    r"subscribers? only|subscriber exclusive|"
    r"member-only(?: story)?|members? only|"
    r"riservato agli abbonati|solo para suscriptores|exclusivo para suscriptores)$",
    re.I,
)
# The piece's genre set as a badge beside its topic ("Mittelstand" + "Interview"): beside a
# topic no part of the kicker; standing alone, the kicker itself ("Reportage").
GENRE_BADGE = re.compile(
    r"^(?:interview|kommentar|analyse|meinung|gastbeitrag|kolumne|reportage|opinion|analysis)$",
    re.I,
)
# A date text that is an update or a "Stand" (as of), not the publication.
MODIFIED_TEXT = re.compile(rf"{UPDATE_WORDS}|stand|letzte änderung", re.I)
# A line that is only a (labelled) date: "Aktualisiert am 17.01.2021, 10:00 Uhr".
DATELINE = re.compile(
    rf"^(?:(?:{UPDATE_WORDS}|stand|veröffentlicht|publiziert|erstellt|published)"
    r"\s*(?:am|:)?\s*)?"
    r"(?:\w+,\s*)?\d{1,2}\.\s?(?:\d{1,2}\.|\s*[A-ZÄÖÜa-zäöü]+\.?)\s?\d{4}\b.{0,30}$",
    re.I,
)
# The publication date labelled inside a longer line ("Erschienen am: 01.11.2023").
_PUBLISHED_WORDS = (
    r"veröffentlicht|erschienen|publiziert|datum|erstellt|gespeichert|(?:artikel|beitrag) wurde|"
    r"published|posted|publié|publiée|pubblicato|publicado|gepubliceerd"
)
PUBLISHED_LABEL = re.compile(
    rf"(?:^|\s)(?:{_PUBLISHED_WORDS})(?: am| on| le| il| el| op)?\s*:?\s*(.{{6,48}})", re.I
)
# The label's word alone, as an element's own text before the date in a child.
PUBLISHED_WORD = re.compile(rf"(?:^|\s)(?:{_PUBLISHED_WORDS})\b", re.I)
# A date's label as a cell or term of its own ("<dt>Datum</dt><dd>05.02.2018</dd>").
PUBLISHED_LABEL_ONLY = re.compile(
    rf"^(?:{_PUBLISHED_WORDS}|date|stand)(?: am| on| le| il| el| op)?\s*:?$", re.I
)

# -- bylines -----------------------------------------------------------------------------------
# The words that open a byline ("Von", "By", "Text:", "Ein Beitrag von").
_BYLINE_WORDS = (
    r"von:?|erstellt von|geschrieben von|verfasst von|gepostet von|posted by|"
    # a CMS's own line: Drupal's "Gespeichert von X am ...", "Submitted by X on ..."
    r"gespeichert von|eingestellt von|submitted by|"
    r"(?:ein |eine )?(?:beitrag|artikel|kommentar|analyse|kolumne|glosse|"
    r"gastbeitrag|reportage) von|text(?: und fotos?)?:|"
    r"autor(?:in)?:|autoren:|by|written by|par|por|door|di|av|af"
)
BYLINE_WORDS = _BYLINE_WORDS  # for patterns built elsewhere around them
BYLINE_START = re.compile(rf"^(?:{_BYLINE_WORDS})\s+\S", re.I)
# What is cut from a byline before its names: those words, and interview and research credits.
BYLINE_LEAD = re.compile(rf"^(?:{_BYLINE_WORDS}|interview:|recherche:|geschrieben von)\s+", re.I)
# A byline label standing alone ("Von", "Autorin/Autor:"), its name on the next line.
LABEL_ONLY = re.compile(
    r"^(?:von|by|autor(?:in)?(?:\s*/\s*autor(?:in)?)?|autoren|autor\*in|verfasser(?:in)?|"
    r"author|authors|written by|geschrieben von|(?:ein )?(?:gast)?beitrag von|"
    # "Autorinnen und Autoren:", "Autor:innen", "Text und Foto:" under a broadcaster's story
    r"autor(?:inn)?en und autor(?:inn)?en|autor(?:inn)?en|autor[:*]innen|"
    r"text und (?:fotos?|bilder?))\s*:?$",
    re.I,
)

# -- links: teasers and topics ----------------------------------------------------------------
# The label over links to other stories ("Lesen Sie auch:", "Mehr zum Thema").
_TEASER_WORDS = (
    r"lesen sie (?:außerdem|auch|mehr|hier|weiter)(?: noch)?|"
    r"(?:auch|ebenfalls|ebenso) (?:interessant|lesenswert|spannend)|"
    r"(?:das|dies|diese (?:artikel|beiträge|themen)) könnten? (?:sie|dich) (?:auch )?interessieren|"
    r"mehr (?:kolumnen|artikel|beiträge|news|nachrichten)(?: \w+){0,4}|"
    # the newsroom's picks; a product box's "Unsere Empfehlung" recommends something to buy
    r"empfehlungen(?: der redaktion| für sie)?|redaktionsempfehlungen|"
    r"weitere (?:artikel|nachrichten|meldungen|news|themen)|zum thema|"
    r"verwandte (?:artikel|meldungen|beiträge|nachrichten)|"
    # more stories of the article's own genre: "Weitere Konzertkritiken", "Weitere Tests aus
    # dieser Klasse", "More reviews" (the site's news feed is "Weitere Nachrichten")
    r"(?:weitere \w*(?:kritiken|tests|rezensionen|spielberichte|interviews|reportagen|kolumnen)|"
    r"more (?:reviews|interviews|columns))"
    r"(?: (?:aus|zu|zur|zum|über|in|von|from|on) [^:]{2,40})?|"
    # the earlier or later report on the same match or story: "Zum Vorbericht"
    r"zum (?:vorbericht|nachbericht)|"
    # more on the article's own subject, named: "Weitere News zur Voltaris-Aktie",
    # "Mehr Artikel über den Klimawandel", "Weitere Storys: Nordlicht Energie GmbH"
    r"(?:weitere|mehr) (?:artikel|nachrichten|meldungen|news|beiträge|storys|stories|berichte) "
    r"(?:zu[mr]?|über|rund um) [^:]{2,60}|"
    r"weitere (?:storys|stories|meldungen|pressemitteilungen)\s*:\s*[^:]{2,60}|"
    r"passend zum (?:artikel|thema)|weiterlesen auf [\w.-]+|"
    r"(?:weitere|mehr) (?:informationen|infos)|"
    r"(?:weitere )?(?:artikel|beiträge)(?: und videos)? zum thema|ähnliche (?:artikel|beiträge)|"
    r"schon gelesen\??|die redaktion empfiehlt|weitere inhalte|passend dazu|zum weiterlesen|"
    r"further reading|read next|explore further|pour aller plus loin|"
    r"weitere beiträge zu diesem (?:artikel|thema)|"
    r"mehr von [\w.-]+(?: [\w.-]+){0,2}(?: auf [\w.-]+)?|auch auf [\w.-]+(?: [\w.-]+)?|"
    r"empfohlene (?:artikel|beiträge)|(?:unsere )?lesetipps?|erfahren sie mehr|"
    r"recommended (?:stories|reading)|"
    r"related(?: articles?| stor(?:y|ies)| content| coverage)?|(?:more|full) coverage|"
    r"read more|read also|also read|see also|"
    r"more on this(?: story)?|you (?:may|might) also like|"
    r"(?:ti )?potrebbe (?:interessarti|anche interessarti)|(?:también )?te puede interesar|"
    r"vous (?:aimerez|pourriez aimer) aussi|à lire (?:aussi|également)|ook interessant|"
    r"meer (?:over|hierover)(?: dit onderwerp)?|"
    r"(?:mehr|weitere) (?:informationen|infos|hintergründe) (?:zu|zum|zur|über)\b[^:]{0,60}|"
    r"mehr lesen|"
    r"(?:à )?lire (?:aussi|également)|leggi anche|lees (?:ook|meer|verder)|lea también|"
    r"veja também|leia também|czytaj (?:także|też|również)|zobacz (?:także|też|również)|"
    r"polecamy|recomendaciones(?: [\w-]+)?|"
    r"ver también|läs också|"
    r"les også|læs også|noticias? relacionadas?|artículos relacionados|notizie correlate|"
    r"articoli correlati|articles liés|sur le même sujet|gerelateerde artikelen|"
    r"relaterade artiklar"
)
# "More in Transportation", "More from The Long Read", "More on seagulls": the section's or
# the topic's stories offered under the article, as a label of its own only (as the opening
# of a line, "More from our host:" starts a sentence); not an ad network's "More from the web".
_MORE_IN_SECTION = (
    r"(?:(?:read )?more (?:in|from|on|about)|mehr (?:aus|über)(?: de[mnr])?|mer (?:om|från)|"
    r"meer (?:uit|van))"
    r" (?!the web\b|our partners\b|around the web\b|aller welt\b)"
    r"\w[\w'&.-]*(?: [\w'&.-]+){0,3}"
)
TEASER_LABEL = re.compile(
    rf"^(?:{_TEASER_WORDS}|{_MORE_IN_SECTION}|mehr zu[mr]?(?: diesem)?(?: [\w-]+){{1,4}})"
    r"(?: (?:weiter)?lesen)?"
    r"\s*(?::|\.\.\.|…)?$",  # "Verwandte Artikel weiterlesen"
    re.I,
)
# A label that offers more of the site rather than more on the story ("Weitere
# Nachrichten", "Mehr News"): over a list the body walk reads as teasers, but a box of its
# own beside the article with that label is the site's latest news, no teaser of this one.
SITE_MORE_LABEL = re.compile(
    r"^(?:weitere (?:artikel|nachrichten|meldungen|news|themen)|mehr (?:artikel|beiträge|news|"
    r"nachrichten)(?: aus [\w -]+)?|more (?:news|stories))\s*:?$",
    re.I,
)
# "More from <name>" naming the whole site's stories: "More from the BBC", "More in News".
MORE_FROM_NAME = re.compile(
    r"^(?:more (?:stories |news |articles )?(?:in|from|on|about)|mehr (?:aus|über)|"
    r"mer (?:om|från)|meer (?:uit|van))"
    r" (?:the |de[mnr] )?(?P<name>.+?)\W*$",
    re.I,
)
GENERIC_FEEDS = frozenset(("news", "stories", "articles", "videos", "headlines", "recommended"))
# A teaser set as one line, its label and the other story's title: "Lesen Sie auch: ...".
TEASER_LINE = re.compile(rf"^(?:{_TEASER_WORDS})\s*:\s*\S", re.I)
# A bare "more" as a line's label ("MORE: <a>...</a>", "Mehr: <a>...</a>"): a teaser only
# when the rest of the line is one link's text, the other story's title.
_BARE_MORE = re.compile(
    r"^(?:more|mehr|siehe auch|see also|plus|meer|più|más|więcej|mer)\s*:\s*(?P<rest>\S.*)$",
    re.I,
)


def is_teaser_line(text: str, links: list[tuple[str, str]]) -> bool:
    """A teaser set as one line: its label and the other story's title ("Lesen Sie auch:
    ...", "READ MORE: ..."), or a bare "MORE:" before a title that is all one link."""
    if TEASER_LINE.match(text):
        return True
    bare = _BARE_MORE.match(text)
    return bool(bare) and len(links) == 1 and bare.group("rest").strip() == links[0][0].strip()


# That label at the start of a teaser's own link text, which is no part of its title.
TEASER_PREFIX = re.compile(rf"^(?:{_TEASER_WORDS})\s*:\s*", re.I)
# The label over the site's own lists (most read, trending): neither teasers nor text.
SITE_LIST_LABEL = re.compile(
    r"^(?:most (?:read|popular|viewed)|trending(?: now| topics| stories)?|don'?t miss|"
    r"häufig gelesen|meistgelesen|"
    r"news & schlagzeilen|(?:weitere|mehr|more) videos(?: für (?:dich|sie)| for you)?|"
    r"aktuelle (?:news|nachrichten|meldungen)|neueste (?:artikel|beiträge|nachrichten)|"
    r"latest(?: news| stories| articles)?|dernières (?:actualités|nouvelles|infos)|"
    r"ultime notizie|últimas noticias|laatste nieuws|senaste nytt|"
    r"meist gelesen|beliebteste artikel|top-?artikel|top-?themen|les plus lus|più letti|"
    r"おすすめ情報|おすすめ記事|人気記事|アクセスランキング)\s*(?:…|\.\.\.)?\s*:?$",
    re.I,
)
# The label over the article's topic links.
_TAGS_WORDS = (
    r"themen|thema|schlagworte|schlagwörter|stichworte|tags|topics|mots-clés|trefwoorden|"
    r"thèmes|temi|etiquetas|onderwerpen|sujets liés|archivado en|ämnen(?: i artikeln)?|"
    r"assuntos|tópicos|"
    r"(?:zugehörige|verwandte) themen(?:seiten)?|themenseiten|関連キーワード|関連タグ"
)
# Labels over topic links that may also stand in the middle of a text ("RELATED TOPICS"
# over a box): the topics, but no end of the story.
_TOPICS_BOX_WORDS = (
    r"mehr lesen über|mehr über|mehr zu|themen in diesem artikel|ähnliche themen|artikelthemen|"
    r"related topics|more about|more on|sujets associés|argomenti|"
    r"(?:explore )?more on (?:these|this) topics?|mehr zu (?:diesen|diesem) themen?"
)
# "More On" heads a tabloid's topic chips, and also one topic's stories ("More On: plague"
# over its headlines); "Mehr zum Thema" heads teasers most often, and on some sites the
# topic pages: topics only when it heads two short links or more and none to a story.
TAGS_LABEL_WEAK = re.compile(r"^(?:more on|mehr zum thema)\s*:?$", re.I)
TAGS_LABEL = re.compile(rf"^(?:{_TAGS_WORDS}|{_TOPICS_BOX_WORDS})\s*:?$", re.I)
# The labels after which the story has ended: "Themen", "Schlagworte".
TAGS_END = re.compile(rf"^(?:{_TAGS_WORDS})\s*:?$", re.I)
# The label and the topic links on one line ("Schlagworte: Elbfähren, Nahverkehr").
TAGS_LINE = re.compile(rf"^(?:{_TAGS_WORDS})\s*:\s*\S", re.I)

# -- summaries ----------------------------------------------------------------------------------
# The label over the key points ("In Kürze", "Key points").
SUMMARY_LABEL = re.compile(
    r"^(?:(?:das )?(?:wichtigste )?in kürze|darum geht'?s|das wichtigste(?: in kürze)?|"
    r"auf einen blick|kurz (?:gesagt|zusammengefasst)|zusammenfassung|"
    r"key points|in brief|at a glance|the big picture|what you need to know|"
    r"(?:story )?highlights|key takeaways|the essentials)\s*:?$",
    re.I,
)
# A list item that is page meta (byline, reading time, credit): the list is no summary.
META_ITEM = re.compile(
    r"^(?:von:?\s|by\s|veröffentlicht|aktualisiert|stand:|update|"
    r"\d+\s*min|lesezeit|übersetzung|quelle:|foto:|bild:)",
    re.I,
)
# The label over a table of contents, whose items are no summary.
TOC_LABEL = re.compile(r"^(?:auf dieser seite|inhaltsverzeichnis|inhalt|in this article):?$", re.I)

# -- paywalls ---------------------------------------------------------------------------------
# The line at which a paywall cuts the text ("Jetzt weiterlesen mit SZ Plus", "Il vous reste
# 57 % de cet article à lire", "Subscribe to continue reading"): the story ends there, cut.
PAYWALL_LINE = re.compile(
    r"^(?:(?:jetzt )?weiterlesen mit\b|lesen sie (?:jetzt )?weiter mit\b|"
    r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?(?:für|exklusiv für) "
    r"(?:abonnent|plus-?kund|digital-?abonnent)|sie haben bereits ein (?:abo|abonnement)|"
    r"jetzt (?:abo )?(?:abschließen|freischalten) und weiterlesen|"
    r"(?:subscribe|sign in|log in) to (?:continue|keep) reading|to continue reading\b|"
    r"this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) "
    r"(?:subscribers|members)|already a subscriber\?|"
    r"il vous reste \d+(?:[.,]\d+)?\s?% de cet article à lire|la suite est réservée aux abonnés|"
    r"cet article est réservé aux abonnés|pozostało jeszcze \d+(?:[.,]\d+)?\s?% artykułu|"
    r"per continuare a leggere|questo articolo è riservato agli abbonati|"
    r"para seguir leyendo|este contenido es exclusivo para suscriptores|"
    r"この記事は(?:有料)?会員限定(?:です|記事です))",
    re.I,
)

# A time given relative to now, as a line of its own: "1 day ago", "vor 5 Stunden", "il y a 2
# heures", "hace 3 horas": the page's date line, read at the time it was saved.
_RELATIVE = (
    r"(?:vor |il y a |hace |há )?(?:\d{1,3}|einem|einer|a|an|one) "
    r"(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?|"
    r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
    r"secondes?|heures?|jours?|semaines?|mois|horas?|días?|dias?)(?: ago)?"
)
RELATIVE_TIME = re.compile(rf"^{_RELATIVE}$", re.I)
# The same inside a line, marked as relative by its words ("AP – 1 hr 4 mins ago", "vor 5
# Stunden"), not a bare span of time ("a day").
RELATIVE_TIME_IN = re.compile(
    rf"(?:^|\s)(?:(?:vor|il y a|hace|há) {_RELATIVE}|{_RELATIVE.replace('(?: ago)?', ' ago')})\b",
    re.I,
)
# A relative time with who posted it: "vor 2 Monaten von Patrick Otte", "3 hours ago by X".
RELATIVE_TIME_LINE = re.compile(
    rf"^{_RELATIVE}(?: (?:von|by|par|door|di|de) [A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+){{0,3}})?$",
    re.I,
)

# -- page furniture -----------------------------------------------------------------------------
# Lines of page furniture that can sit inside the article container.
FURNITURE = re.compile(
    r"^\(?(?:verpasse keine (?:news|artikel)|newsletter (?:abonnieren|bestellen)|jetzt abonnieren|"
    # a wire's funding note: "The Associated Press ... receives support from ... The AP is
    # solely responsible for all content."
    r"the associated press(?: [\w ]{1,60})? receives (?:financial )?support from\b|"
    r"the ap is solely responsible for all content|"
    r"alle angaben ohne gewähr|erschienen in\b|zusatzinformationen:?$|aktualisiert:?$|"
    r"highlights aus dem heft|dieses skript als pdf|artikel (?:drucken|merken|anhören)|"
    r"(?:zum|zur) (?:startseite|übersicht)$|auf dieser seite:?$|inhaltsverzeichnis:?$|"
    r"in this article:?$|placeholder(?: image)?[-\s]?\d*$|dieses thema im programm:?$|"
    r"article content$|author of the article:?$|last updated .{1,30} ago$|"
    r"\d+\s*(?:-\s*)?(?:minute|min\.?) read$|lesezeit:?\s*\d+\s*min\w*\.?$|"
    r"\((?:bild|foto):\s*\)$|"
    r"(?:weiterlesen|mehr lesen|read more):?(?:\s*\d+\s*(?:minuten|minutes|min)\.?)?$|"
    # the buttons of a collapsed box, of a caption or a picture's zoom
    r"(?:mehr|weniger) anzeigen$|show (?:more|less)$|"
    r"(?:toggle|hide|show) caption$|enlarge (?:this )?image$|"
    r"(?:bild(?:unterschrift)?|caption) (?:ein|aus)blenden$|bild vergrößern$|"
    # a video player's own read-outs: "Video Loading", "Click to play Tap to play"
    r"(?:video (?:loading|unavailable)\s*)+$|click to play(?: tap to play)?$|play now$|"
    r"(?:play|watch) (?:the )?video$|video abspielen$|loading\s*(?:…|\.\.\.)$|"
    r"(?:just watched|now playing|replay|watch again)$|"  # "Up next" heads a recap's section
    # a ticker's own label over its entries: "Wetter-Ticker", "Liveticker", "Live-Blog"
    r"(?:[\w]+-)?(?:live-?)?(?:ticker|blog)$|live$|"
    # a live blog's foot: "You've reached the beginning of this live blog."
    r"you(?:'|’| ha)ve reached the (?:beginning|end|start) of (?:this|the) (?:live ?blog|"
    r"live coverage|feed)\.?$|"
    # a newsletter sign-up's steps
    r"fast fertig!?$|bitte klicke auf den link in der bestätigungsmail|"
    # a slideshow's counter: "1/2", "3 / 12"
    r"\d{1,3}\s*/\s*\d{1,3}$|"
    # an image's file name where its caption should be: "corona_sudkorea_app.jpg"
    r"[\w.-]+\.(?:jpe?g|png|gif|webp|svg|mp4)$|"
    r"the video will auto-?play soon\s*\d*\s*(?:cancel)?$|"
    r"entdecken sie jetzt|bitte registrieren sie sich|die aktuelle ausgabe\b|"
    # a press picture's terms of use: "Die Verwendung dieses Bildes ist für redaktionelle
    # Zwecke unter Angabe der Quelle honorarfrei.", "For editorial use only."
    r"die verwendung dieses bildes\b|(?:nur )?(?:zur|für) (?:die )?redaktionelle[n]? "
    r"(?:verwendung|nutzung|zwecke)\b|for editorial use only\b|"
    # the link to the section's page: "Mehr Artikel aus dieser Rubrik gibt's hier: Wirtschaft"
    r"mehr (?:artikel|beiträge|nachrichten|news) aus (?:dieser|der) rubrik\b|"
    # translation notes, wherever they stand in the text
    r"lest den originalartikel\b|lesen sie den originalartikel\b|read the original article\b|"
    r"dies ist eine (?:maschinelle |automatische )?übersetzung\b|"
    r"(?:dieser|der) (?:artikel|beitrag) wurde (?:maschinell |automatisch )?übersetzt\b|"
    r"this (?:article|story) (?:was|has been) (?:machine[- ]|automatically )?translated\b|"
    r"jetzt (?:abonnieren|testen|bestellen|kostenlos)|lesen sie (?:das|die) .{1,40}"
    r"(?:magazin|ausgabe|zeitung)\b|sign up for|subscribe to|"
    r"dieser (?:beitrag|artikel) (?:stammt|erschien) (?:zuerst )?(?:aus|in) (?:der )?"
    r"(?:ausgabe|heft)\b|"
    # the author's role under a byline: "Redakteurin im Feuilleton."
    r"(?:redakteur|korrespondent|volontär|reporter|ressortleiter)(?:in)? (?:in|im|für|bei) "
    r"[^.!?]{1,50}\.?$|"
    # media player read-outs: "00:00 / 03:15", "Aktuelle Zeit: 0:00 Gesamtdauer: 0:00"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$|aktuelle zeit:?\s*\d)",
    re.I,
)


def is_furniture(text: str) -> bool:
    """A block whose every line is furniture ("The video will auto-play soon" / "Play now")."""
    return all(FURNITURE.match(line) for line in text.split("\n"))


# A share button's label ("Artikel teilen", "Share on").
SHARE_LINE = re.compile(
    r"^(?:artikel |beitrag |seite )?(?:teilen|share(?: this)?(?: article)?)"
    r"\s*(?:auf|on|via)?\b.{0,40}:?$|^(?:jetzt )?teilen:?$",
    re.I,
)
# Short meta lines around the article: reading time, comment counters, print buttons.
SHORT_META = re.compile(
    r"^(?:lesezeit|lesedauer|artikel anhören|\d+ min(?:uten)?\.? lesezeit|"
    r"kommentare?|drucken|merken)\b|"
    # a CMS's article info: "Zugriffe: 214", "Aufrufe: 1.024", "Kategorie: Spielberichte"
    r"^(?:zugriffe|aufrufe|hits|views|gelesen)\s*:?\s*[\d.,]+(?:\s*(?:mal|x))?$|"
    r"^(?:kategorie|category|rubrik|ressort)\s*:\s*\S.{0,40}$|^details:?$",
    re.I,
)
# Where the article appeared in print, under or over it ("Published in the print edition
# of the March 10, 2025, issue, with the headline ...", "A version of this article appears
# in print on ...", "Dieser Artikel erschien in der Printausgabe vom ...", "Erschienen in
# der gedruckten Ausgabe Nr. 10/2025"): a note on the text, no sentence of it.
PRINT_NOTE = re.compile(
    r"^(?:published in the print edition\b|a version of this (?:article|story|review|essay) "
    r"(?:appears|appeared) in print\b|this (?:article|story) (?:appears|appeared) in (?:the )?"
    r"[\w ]{0,30}print (?:edition|issue)\b|"
    r"(?:dieser |der )?(?:artikel|beitrag|text) (?:ist|erschien|wurde) [^.]{0,60}?"
    r"\b(?:in der|im) (?:print-?ausgabe|printausgabe|gedruckten ausgabe|print\b|heft\b)|"
    r"erschienen in der (?:print-?ausgabe|printausgabe|gedruckten ausgabe)\b|"
    r"(?:cet article|cet article est paru|article paru) dans (?:l'|l’)?(?:édition|le journal) "
    r"(?:imprimée|papier|du)\b)",
    re.I,
)
# The lines that end a story: follow calls, copyright, the rating widget.
STORY_END = re.compile(
    r"^(?:folgen sie (?:uns|[\w.-]+ (?:schon )?(?:auch )?)(?:bei|auf)|folge uns auf|follow us on|"
    r"(?:カテゴリー|この連載|記者|筆者)をフォロー|"
    r"abonnieren sie (?:uns|unseren)|erfahren sie hier mehr über die journalistischen standards|"
    r"©\s*\d{4}|copyright\s*©?\s*\d{4}|"
    # the rating widget under an article: "Gefällt dir dieser Beitrag?", "Was this helpful?"
    r"(?:hat|gefällt) (?:dir|ihnen) (?:dieser|der) (?:beitrag|artikel)|"
    r"war (?:dieser|der) (?:beitrag|artikel) hilfreich|was this (?:article )?helpful|"
    # a broadcaster's note on the programme: "Über dieses Thema berichtete NDR Info am ..."
    r"(?:dieses thema im programm|sendung)\s*:|über dieses thema berichtet(?:e|en)?\b|"
    # error reports, support calls, reading prompts, print notes
    r"fehler gefunden\?|(?:spotted|found) an? (?:error|typo|mistake)|report an? (?:error|typo)|"
    r"(?:ihnen|dir) hat (?:der|dieser) (?:artikel|beitrag) gefallen|"
    r"diese arbeit ist nur mit ihrer unterstützung möglich|"
    r"dieser artikel wurde ausgedruckt unter|"
    # notes on the article under it: its filing, its network, its interviewees, its sources
    r"(?:der|dieser) (?:artikel|beitrag) .{1,120}\bwurde am\b|\*?[\w.-]+ ist teil des\b|"
    r"äußerungen unserer gesprächspartner|mit (?:agentur)?material (?:von|der)\b|"
    r"mit agenturmaterial\.?$|sie sind bereits registriert|already registered\?|"
    # readers' comments and the site's lists under the story
    r"leserkommentare$|lesermeinungen$|kategorien$|schlagwörter\s*:|themen in diesem artikel$|"
    # a science site's end matter: the paper, the source, how to cite the article
    r"more information\s*:|provided by\b|citation\s*:|this document is protected by copyright)",
    re.I,
)
# Link lines of a page's own machinery among cards: "View all (23)", "Ver más artículos",
# "Next ... | Previous ...", "+ Add your comment", a job ad's "(m/w/d)": no teasers.
NOT_A_TEASER = re.compile(
    r"^\W*(?:view|see|show|ver|voir|vedi|alle|mehr) (?:all|más|todos|tout|tutti|plus|mehr|"
    r"anzeigen)\b|\bnext\b.*\bprevious\b|\bprevious\b.*\bnext\b|add (?:your|a) comment|"
    # a list's link to its section: "Alle Meldungen aus der Region", "All stories in Sport"
    r"^\W*(?:alle|all) (?:meldungen|nachrichten|artikel|beiträge|news|stories|articles)"
    r"(?: (?:aus|zu|zum|zur|in|from|on|about)\b.{0,40})?\W*$|"
    # a pager's own links: "< Zurück", "Weiter >", "« Previous", "Next »"
    r"^[<‹«←\s]*(?:zurück|weiter|vorherige[rs]?|nächste[rs]?|previous|prev|next|older|newer|back)"
    r"(?: (?:zur|zum|to(?: the)?) (?:übersicht|startseite|liste|overview|list|home|top))?"
    r"[\s>›»→]*$|"
    r"\((?:[mwfdx]/){2}(?:d|x|div)\)",
    re.I,
)
# A book's details under a review or an excerpt: its pages and its price or ISBN
# ("CulturBooks 2025, 368 S., 28 €", "Suhrkamp, 170 Seiten, 18,00 EUR, ISBN ...").
# The pages are one item of a list of details, not a sentence's object ("hat 320 Seiten").
_BOOK_PAGES = re.compile(r"(?:^|[,.;]\s+|\n)\d{2,4} (?:S\.|Seiten|pages|pp\.|p\.)(?=[\s,.;]|$)")
_BOOK_PRICE = re.compile(r"\d+(?:[,.]\d{2})? ?(?:€|Euro|EUR|CHF|Fr\.)|[€$£] ?\d+|\bISBN\b")
BOOK_INFO_MAX = 300


def is_book_info(text: str) -> bool:
    """A book's details (publisher, year, pages, price, ISBN) set under the text."""
    return (
        len(text) <= BOOK_INFO_MAX
        and bool(_BOOK_PAGES.search(text))
        and bool(_BOOK_PRICE.search(text))
    )


# The comment section's policy note ("Die Kommentare der User geben nicht notwendigerweise
# die Meinung der Redaktion wieder", "Comments do not necessarily reflect the views of ..."):
# the readers' comments follow, the story has ended. Searched in a short line.
COMMENT_POLICY = re.compile(
    r"\bkommentare (?:der |von |unserer )?(?:user|usern|leser\w*|nutzer\w*)\b[^.]{0,60}"
    r"\b(?:meinung|ansicht)\b|"
    r"\bcomments?\b[^.]{0,60}\b(?:do not|don't|does not)\b[^.]{0,30}\b(?:reflect|represent)\b",
    re.I,
)
COMMENT_POLICY_MAX = 800  # the note may go on about deleting comments and legal steps
COMMENT_POLICY_AT = 200  # but says it at its start
# A screen reader's marker closing a box set into the text ("Ende der weiteren
# Informationen"): the box, an info box beside the story, is no story text.
BOX_END = re.compile(
    r"^(?:ende (?:der weiteren informationen|des infokastens|der infobox)|"
    r"end of (?:the )?(?:info ?box|box|additional information))$",
    re.I,
)
# The sources, contributors and citation under the story ("Quellen: ...", "Mitarbeit: X",
# "Zitiervorschlag"); one source named ("Quelle: AFP", "Source: Reuters") is a picture's
# credit inside the text, and as a link ("Source: Trump irritated ...") a teaser's title.
SOURCES_LABEL = re.compile(
    r"^(?:verwendete quellen\b|quellen\s*:|quellen?\s*:?$|sources\s*:|sources?\s*:?$|"
    r"zitiervorschlag\b|mitarbeit\s*:|faktencheck\s*:|"
    # a press release's closing sections: its contacts and the paper it announces
    r"(?:wissenschaftliche[rn]? )?ansprechpartner(?:in|innen)?\s*:|pressekontakte?\s*:|"
    r"medienkontakte?\s*:|original-?publikation\s*:|originalveröffentlichung\s*:|"
    r"press contacts?\s*:|media contacts?\s*:|"
    # the editors named under the story; "Redaktion: Herr K., wie ...?" opens an interview
    r"redaktion\s*:[^.?!]{0,80}$)",
    re.I,
)
# An editor's signature ("(jom/news.de)", "dpa/gem"): lower-case codes, case-sensitive.
SIGNATURE = re.compile(r"^\(?[a-zäöü]{2,6}(?:/[\w.-]+){1,3}\)?$")

# -- ads and embeds -----------------------------------------------------------------------------
# Lines that label furniture rather than say anything (matched against a whole block).
AD_LABEL = re.compile(  # also set between dashes or dots: "- Advertisement -", "· Anzeige ·"
    r"^[-–—·•*\s]*(?:anzeige|werbung|advertisement|sponsored|promotion|ad|publicidad|"
    r"publicité|pubblicità|advertentie)"
    r"(?:\s+(?:wird geladen|lädt|loading)\s*(?:…|\.\.\.)?|\s*[-–:|·]\s.{0,120}|\s*:|"
    r"\s*[-–—·•*]+)?$",
    re.I,
)
# Ad and affiliate networks a link may lead to.
AD_HOSTS = re.compile(
    r"(?:tradedoubler|doubleclick|awin1|amazon-adsystem|adform|adnxs|"
    r"googlesyndication|partners\.webmasterplan|ad\.zanox)\.",
    re.I,
)
# A player's box in the text: a label naming the medium over its title and running time
# ("Audio" / "Wolfsverordnung: Was Halter wissen müssen" / "3 Min"); the box is no text.
MEDIA_LABEL = re.compile(
    r"^(?:audio|video|podcast|hörbeitrag|audiobeitrag|videobeitrag|audio-beitrag|"
    r"video-beitrag|zum (?:anhören|anschauen)|listen|watch)$",
    re.I,
)
RUNNING_TIME = re.compile(
    r"^(?:\d{1,3}\s*(?:min\.?|minuten|mins?|sek\.?|sekunden|sec)|\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:min\.?|minuten))?)$",
    re.I,
)
# What an embed shows in place of its content ("Sie können den Tweet nicht sehen").
EMBED_FALLBACK = re.compile(
    r"^(?:sie können den (?:tweet|beitrag|post|inhalt) nicht sehen\b|video:|"
    # a player's title: "WATCH: Dale Kersey shows the flooding", "LISTEN: ..."
    r"(?:watch|listen|audio)\s*:\s|"
    r"(?:zum|hier (?:geht'?s )?zum) video\b|externer inhalt\b|empfohlener redaktioneller inhalt\b|"
    r"mit dem laden des inhalts akzeptieren sie|"
    # a pointer to a gallery: "Bildergalerie: BMW 3er Touring erwischt", "Diashow: ..."
    r"(?:bildergalerie|fotostrecke|fotogalerie|diashow|galerie|gallery|slideshow):\s|"
    r"um (?:diesen|den) inhalt (?:zu sehen|anzuzeigen)|"
    r"view this post on instagram|ein beitrag geteilt von|a post shared by|"
    # a consent placeholder: "Wir würden hier gerne eine Newsletter Anmeldung zeigen."
    r"wir würden (?:ihnen )?hier gerne (?:einen|eine|ein) .{1,60} zeigen|"
    # "An dieser Stelle finden Sie einen externen Inhalt", the consent button beside it
    r"an dieser stelle (?:finden sie|findest du|sehen sie|siehst du) (?:einen|eine|ein) "
    r".{0,80}inhalt|ich bin damit einverstanden, dass mir (?:externe )?inhalte|"
    r"wenn sie diese[ns]? (?:inhalt |beitrag )?(?:anzeigen|sehen) (?:wollen|möchten), stimmen sie|"
    r"this (?:video|content|post|embed|media) is (?:provided|hosted) by (?:an? )?"
    r"(?:external|third[- ]party)|(?:allow|accept) third[- ]party content\b|"
    r"ce contenu est bloqué\b|"
    r"pour (?:le|la|les) (?:consulter|voir|afficher), (?:merci d'|veuillez )accepter|"
    r"pic\.twitter\.com/\S+$|"
    # a pointer at the player below it: "Sehen Sie hier das ganze Interview:", "Watch the
    # full interview below:", "Écoutez l'épisode ci-dessous :"
    r"(?:sehen|schauen|hören|seht|schaut|hört|watch|listen to|see|regardez|écoutez|voyez)\b"
    r"[^.!?]{0,80}\b(?:hier|unten|im video|here|below|ci-dessous|ici)\b[^.!?]{0,60}:$)",
    re.I,
)


# A call to buy on a link into a shop: "Das Heft können Sie hier bestellen."
_SHOP_LINK = re.compile(r"^(?:https?:)?//shop\.|/shop(?:/|\.|$)", re.I)
_BUY_CALL = re.compile(r"\b(?:bestellen|kaufen|abonnieren|order|buy|subscribe)\b", re.I)


# A link someone pays for: marked so for search engines (rel="sponsored"), or a tracked
# link of an affiliate network or a shop's partner programme ("amzn.to/...", "?tag=x-21").
_AFFILIATE_HREF = re.compile(r"^(?:https?:)?//(?:amzn\.to|amzn\.eu)/|[?&]tag=[\w-]+-2[01]\b", re.I)


def paid_link(rel: str, href: str) -> bool:
    return "sponsored" in rel.lower().split() or bool(
        AD_HOSTS.search(href) or _AFFILIATE_HREF.search(href)
    )


# A price as shops write it: "249,00 €", "249 Euro", "€ 19,99", "$19.99", "CHF 35.–",
# "₹1,39,999", "Rs. 999", "1 299 kr".
PRICE = re.compile(
    r"\d[\d.,’' ]*(?:,[-–])?\s?(?:€|EUR\b|Euro\b|CHF\b|Fr\.|\$|£|₹|zł|kr\b|Kč)|"
    r"(?:€|\$|£|₹|¥|\bCHF|\bEUR|\bUSD|\bGBP|\bINR|\bRs\.?)\s?\d"
)

# A health page's disclaimer under its text: its information replaces no doctor ("Dieser
# Artikel ersetzt keine ärztliche Beratung", "Die Informationen ersetzen auf keinen Fall
# eine professionelle Beratung ... durch ... Ärzte", "darf nicht zur Selbstdiagnose
# verwendet werden", "This article is for informational purposes only and does not
# constitute medical advice", "ne remplace pas l'avis d'un médecin").
_MEDICAL_DISCLAIMER = re.compile(
    r"\bersetz(?:t|en) (?:keine|keinesfalls|auf keinen fall|nicht)\b[^.]{0,80}"
    r"(?:ärzt|arzt|beratung|behandlung|diagnose)|"
    r"\bnicht zur selbst(?:diagnose|behandlung|medikation)\b|"
    r"\b(?:is|are) not (?:a substitute|intended to replace|meant to replace)\b[^.]{0,60}"
    r"(?:medical|doctor|physician|professional)|"
    r"\bdoes not (?:constitute|replace|provide) (?:professional )?medical advice\b|"
    r"\bne remplace(?:nt)? pas (?:l['’]avis|une consultation|un avis)\b",
    re.I,
)
# What the note speaks of: the page's own text, not a product or a treatment in the story
# ("Die App ersetzt keine ärztliche Diagnose, sagen die Entwickler" is the story's).
_DISCLAIMED = re.compile(
    r"\b(?:(?:dieser|der|unser) (?:artikel|beitrag|text|ratgeber)|(?:die|diese|unsere) "
    r"(?:informationen|inhalte|angaben)|this (?:article|information|content|page)|"
    r"the (?:information|content) (?:on|in) this|cet article|ces informations)\b",
    re.I,
)
MEDICAL_DISCLAIMER_MAX = 600  # a note of two or three sentences


def is_medical_disclaimer(text: str) -> bool:
    """A short note that the page's text replaces no doctor's advice: no part of the story."""
    return (
        len(text) <= MEDICAL_DISCLAIMER_MAX
        and bool(_DISCLAIMED.search(text))
        and bool(_MEDICAL_DISCLAIMER.search(text))
    )


# The title of the box about the author under the text: "Über die Autorin", "Zur Person",
# "About the author", "À propos de l'auteur".
AUTHOR_BOX_LABEL = re.compile(
    r"^(?:über (?:die|den) (?:autor(?:in)?|autoren|autorinnen|verfasser(?:in)?)|"
    r"zu[rm] (?:autor(?:in)?|person)|die autorin|der autor|"
    r"about the (?:authors?|writer|contributors?)|"
    r"à propos de l['’]aut(?:eur|rice)|l['’]aut(?:eur|rice)|sull['’]autore|l['’]autore|"
    r"sobre (?:el|la) autor(?:a)?|over de (?:auteur|schrijver))\s*:?$",
    re.I,
)

# The title of a shop widget over its offers: "Where to buy", "Today's best deals", "Hier
# kaufen", "Preisvergleich", "Où acheter".
BUY_LABEL = re.compile(
    r"^(?:where to buy|buy (?:it )?(?:now|here)|(?:today's |the )?best (?:deals|prices)(?: today)?|"
    r"(?:jetzt |hier )?(?:kaufen|bestellen)|wo (?:kaufen|gibt es \w+)|preisvergleich|"
    r"(?:aktuelle |die besten )?angebote|bester preis|"
    r"où (?:acheter|le trouver)|meilleurs prix|dove (?:comprare|acquistare)|dónde comprar|"
    r"waar (?:te )?kopen)\s*[:?!]?$",
    re.I,
)

# The disclosure under a review or a shopping tip that its links earn the site money ("Bei
# den mit Sternchen gekennzeichneten Links handelt es sich um Affiliate-Links ... erhält X
# eine kleine Provision", "We may earn a commission when you buy through links on our
# site", "Cet article contient des liens affiliés"), and a shop widget's price note ("Preis
# inkl. MwSt., zuletzt aktualisiert am ...", "Letzte Aktualisierung am ... / Affiliate
# Links / Bilder von der Amazon Product Advertising API").
_AFFILIATE_WORDS = re.compile(
    r"affiliate[- ]?links?|partner-?links?|provisions-?links?|werbe-?links?|"
    r"liens? (?:d'|d’)?affili|lien d(?:'|’)affiliation|enlaces? de afiliad|"
    r"link (?:di )?affiliazion|link affiliat|affiliatelinks?|"
    r"mit (?:einem )?(?:\*|sternchen|stern)[^.]{0,30}gekennzeichnete[nr]? links?|"
    r"(?:\*|sternchen)[- ]?links?",
    re.I,
)
_COMMISSION = re.compile(
    r"\bprovision\b|\bcommission\b|\bcomisión\b|\bcommissione\b|\bvergütung\b|"
    r"\bam preis (?:ändert sich )?nichts\b|\bpreis ändert sich nicht\b|no extra cost|"
    r"amazon associate|product advertising api",
    re.I,
)
_PRICE_NOTE = re.compile(
    r"^(?:preis|preise|alle preise|price|prices)\s+(?:inkl\.|inklusive|incl\.|including)\s*"
    r"(?:der )?(?:gesetzl\. |gesetzlichen )?(?:mwst|ust|vat|mehrwertsteuer)\b",
    re.I,
)
# The hedged formula of a commerce disclosure, without the word "affiliate": "If you buy
# something from a Verge link, Vox Media may earn a commission", "Kaufen Sie über einen
# Link, erhalten wir ggf. eine Provision"; said to the buyer of the links it names, a note.
_MAY_EARN = re.compile(
    r"\b(?:may|might|can|could) (?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?"
    r"(?:commission|share of (?:the )?(?:sale|revenue))\b|"
    r"\b(?:erhalten|bekommen|verdienen) wir (?:ggf\. |gegebenenfalls |eventuell |"
    r"möglicherweise |unter umständen )?(?:eine )?(?:kleine )?provision\b",
    re.I,
)
# ... said to the buyer: "If you buy something from a ... link", "when you shop through our
# links", "Wenn Sie über einen Link kaufen", "Kaufen Sie über einen Link".
_BUYER_CLAUSE = re.compile(
    r"\b(?:if|when|whenever) you (?:buy|purchase|shop|click|sign up)\b|"
    r"\bwenn (?:sie|du)\b[^.]{0,50}\b(?:kaufen|kaufst|bestellen|bestellst|abschließen|"
    r"abschließt)\b|\b(?:kaufen|bestellen) sie (?:über|via|durch)\b",
    re.I,
)
_LINK_WORD = re.compile(r"\blinks?\b", re.I)
AFFILIATE_NOTE_MAX = 400
STARRED_NOTE_MAX = 200  # a footnote to the starred links is a line
# The star that marks the links, opening the note or named in it ("Mit * markierte Links").
_STARRED = re.compile(
    r"^\*|\bmit (?:einem )?(?:\*|sternchen|stern)\s*(?:\(\*\)\s*)?(?:markierte|gekennzeichnete)",
    re.I,
)


def is_affiliate_note(text: str) -> bool:
    """A disclosure that the links earn a commission, or a shop widget's price note."""
    if len(text) > AFFILIATE_NOTE_MAX:
        return False
    if _PRICE_NOTE.match(text):
        return True
    if re.search(r"as an amazon associate|als amazon-partner verdiene", text, re.I):
        return True
    if _MAY_EARN.search(text) and _BUYER_CLAUSE.search(text) and _LINK_WORD.search(text):
        return True  # "If you buy something from a Verge link, Vox Media may earn a commission"
    if len(text) <= STARRED_NOTE_MAX and _STARRED.search(text) and _AFFILIATE_WORDS.search(text):
        return True  # the note on the starred links: "Mit * markierte Links sind Affiliate-Links."
    # the site speaking of its own links, to the reader ("Kaufst du ...", "we may earn"):
    # a story about affiliate marketing speaks of others
    own = _READER.search(text) or re.search(r"\b(?:[Ww]ir|[Uu]ns|[Ww]e|[Uu]s|[Nn]ous)\b", text)
    return bool(_AFFILIATE_WORDS.search(text) and _COMMISSION.search(text) and own)


def is_ad_block(text: str, links: list[tuple[str, str]]) -> bool:
    """An ad label on its own, a block whose links go to ad or affiliate networks, one
    that sends the reader to a shop to buy (the print issue promoted under the story), or
    the disclosure of a review's affiliate links."""
    return (
        bool(AD_LABEL.match(text))
        or any(AD_HOSTS.search(h) for _, h in links)
        or any(_SHOP_LINK.search(h) and _BUY_CALL.search(t) for t, h in links)
        or is_affiliate_note(text)
    )


# A promo for the site's own channels: newsletter, app, push, messenger, live ticker,
# podcast, e-paper, subscription ("Aktuelle Nachrichten aufs Handy? Hier geht es zu
# unserem WhatsApp-Kanal", "Alle Updates finden Sie im kostenlosen Newsletter").
_PROMO_CHANNEL = re.compile(
    r"newsletter|whats-?app|telegram|push-?(?:nachricht|mitteilung|benachrichtigung)\w*|"
    r"\bapps?\b|\bapplication\b|\w*-?ticker\b|live-?blog|newsblog|podcasts?\b|e-paper|\babos?\b|"
    r"abonnement|"
    r"probeabo|printausgabe|print-ausgabe|google news|quiz",
    re.I,
)
# Words that address the reader or name the site's own channel: a promo speaks to "Sie",
# "du", "you" of "unser Newsletter", "our app".
_READER = re.compile(
    r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?|[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\w*|[Ee]uch|[Yy]ou|[Yy]our|"
    r"[Uu]nser\w*|[Oo]ur|[Nn]otre|[Nn]os|[Vv]ous|[Vv]otre)\b"
)  # the formal "Sie", not "sie" (they): case matters
PROMO_MAX = 200  # a promo is one or two short lines


# A title offering more of something ("Mehr aus dem Rathaus", "Weitere Artikel zum
# Klimaschutz", "More from our schools coverage", "Nos autres articles"): a box's title.
MORE_OPENER = re.compile(
    r"^(?:mehr|weitere[nrs]?|more|read more|further|nos autres|d'autres|d’autres|plus d[e'’]|"
    r"altri|meer|más)\b",
    re.I,
)


def addresses_reader(text: str) -> bool:
    """The line speaks to the reader ("für Sie recherchiert", "for you", "unsere Tipps"),
    as a box's pitch does and a section heading of a report does not."""
    return bool(_READER.search(text))


# A call to act on the channel, opening a sentence: a longer promo box ("... Abonnieren
# Sie den Podcast bei Spotify.").
_PROMO_CALL = re.compile(
    r"(?:^|[.!?] )(?:abonnieren sie|abonniere|folgen sie|folge uns|laden sie|hören sie|"
    r"zur (?:kostenlosen )?anmeldung|hier geht es zur|hier geht's zur|"
    r"subscribe|follow us|download|listen)\b",
    re.I,
)
# "Hier klicken", "Click here": a button's words, no reporter's.
_CLICK_HERE = re.compile(r"\b(?:hier klicken|klicken sie hier|click here|cliquez ici)\b", re.I)
PROMO_CALL_MAX = 320  # a promo with a call to act may run to a few lines
CALLOUT_MAX = 120  # a promo called out without a link is one short line


PROMO_ITEM_MAX = 60  # the items of a list of what a channel offers are short


def is_promo_list(items: list[str], box_text: str) -> bool:
    """A list of what the site's channels offer, in a box of its own: short items, two or
    more of them naming a channel ("E-Paper und News in einer App", "Push-Nachrichten"),
    or the box's call naming the channel to the reader ("Kennen Sie schon unser E-Paper?",
    "Téléchargez notre application")."""
    if len(items) < 2 or any(len(item) > PROMO_ITEM_MAX for item in items):
        return False
    if sum(bool(_PROMO_CHANNEL.search(item)) for item in items) >= 2:
        return True
    call = box_text.split("\n", 1)[0]
    return bool(_PROMO_CHANNEL.search(call)) and bool(_READER.search(call))


# Where a channel's promo sends the reader: an app store, a social network, the site's
# newsletter or app page.
_CHANNEL_HREF = re.compile(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:play\.google\.com|apps\.apple\.com|itunes\.apple\.com|"
    r"whatsapp\.com|wa\.me|instagram\.com|facebook\.com|threads\.net|t\.me|telegram\.me|"
    r"twitter\.com|x\.com|tiktok\.com|youtube\.com|bsky\.app|linkedin\.com|mastodon\.\w+)"
    r"|/(?:newsletters?|apps?|podcasts?)(?:[/?#-]|$)",
    re.I,
)
_SOCIAL = re.compile(
    r"\b(?:whats-?app|instagram|facebook|threads|bluesky|tiktok|youtube|telegram|linkedin|"
    r"mastodon|android|ios|iphone)\b",
    re.I,
)
CHANNEL_ITEM_MAX = 200  # an item of a channels' box is a line or two


def channel_href(href: str) -> bool:
    """A link to an app store, a social network or the site's newsletter, app or podcast
    page."""
    return bool(_CHANNEL_HREF.search(href))


# The site's subscription shop ("/abo?src=inline", "/subscribe", "/abonnement/digital").
_SUBSCRIPTION_HREF = re.compile(
    r"/(?:abo|abos|abonnement|abonnements|abonnieren|subscribe|subscriptions?|abbonamenti|"
    r"abbonati|suscripciones?|suscribete|suscríbete)(?:[/?#.-]|$)",
    re.I,
)


def subscription_href(href: str) -> bool:
    """A link to the site's subscription offers: where a "Jetzt abonnieren" button goes."""
    return bool(_SUBSCRIPTION_HREF.search(href))


def is_channel_list(items: list[str], links: list[tuple[str, str]]) -> bool:
    """A list of the site's channels (its app, its social accounts, its newsletter), each
    item naming one and every link going to one: an app store, a social network, the
    newsletter page ("Die Stadtpost auch bei <a>WhatsApp</a>, <a>Instagram</a> ..."). A list
    about apps in the story links to none of them."""
    if len(items) < 2 or len(links) < 2 or any(len(item) > CHANNEL_ITEM_MAX for item in items):
        return False
    if not all(_CHANNEL_HREF.search(href.strip()) for _, href in links):
        return False
    named = sum(bool(_PROMO_CHANNEL.search(item) or _SOCIAL.search(item)) for item in items)
    return named >= 2 and named * 3 >= len(items) * 2


# An appeal for the newsroom's own funding: what it asks for (a donation, a membership,
# support), that it is for the newsroom's own work, and that readers pay for it.
_SUPPORT = re.compile(
    r"\bspende[nr]?\b|spendenfinanziert|fördermitglied\w*|unterstützen sie|\bdonat(?:e|ions?)\b|"
    r"\bcontribution\b|\bsupport (?:us|our|independent|the)\b|become a (?:member|supporter)|"
    r"faites un don|\bun don\b|\bsoutenez\b|\bsoutenir\b",
    re.I,
)
_OWN_WORK = re.compile(  # "us", never "the US": the pronouns' case matters
    r"\b(?:[Uu]ns|[Uu]nser\w*|[Oo]ur|us|[Nn]ous|[Nn]os|[Nn]otre|"
    r"(?i:journalismus|journalism|reporting|recherchen?|redaktion|newsroom|journal|média|"
    r"enquêtes?))\b"
)
# Unlinked, an appeal says who pays for the newsroom: its readers.
_READER_FUNDED = re.compile(
    r"(?:financé|funded|supported|finanziert|getragen)\b[^.]{0,40}\b(?:lecteurs|readers|lese\w*)|"
    r"leserfinanziert|spendenfinanziert|reader-(?:funded|supported)",
    re.I,
)


# A tip for the reader set under the text with its link ("Tipp: Sind Sie ein Facebook-Experte?
# Überprüfen Sie Ihr Wissen ...", "Lesetipp: ..."): a pointer elsewhere, no story.
_TIP_LABEL = re.compile(r"^(?:tipp|tip|lesetipp|hörtipp|buchtipp|surftipp|linktipp)\s*:\s", re.I)
TIP_MAX = 240


# The button of a funding appeal ("Jetzt unterstützen", "Donate now", "Faire un don"), or
# its bank account line.
# A sign-up button's words, in the languages of the site: "Jetzt anmelden", "Iscriviti
# gratis", "S'inscrire", "Suscríbete", "Schrijf je in", "Sign up".
SIGNUP_CALL = re.compile(
    r"^(?:jetzt |hier )?(?:kostenlos |gratis )?(?:anmelden|abonnieren|registrieren|eintragen)"
    r"(?: und (?:lesen|weiterlesen))?[!.]?$|"
    r"^(?:sign up|subscribe|register|join)(?: now| today| for free| free| here)?[!.]?$|"
    r"^(?:s['’]inscrire|je m['’]inscris|inscrivez-vous|s['’]abonner|abonnez-vous|je m['’]abonne)"
    r"(?: gratuitement)?[!.]?$|"
    r"^(?:iscriviti|abbonati|registrati)(?: gratis| gratuitamente| ora)?[!.]?$|"
    r"^(?:suscríbete|suscribirse|apúntate|regístrate)(?: gratis| ahora)?[!.]?$|"
    r"^(?:schrijf (?:je|u) in|aanmelden|inschrijven|abonneer)(?: nu| gratis)?[!.]?$",
    re.I,
)
FUNDING_CALL = re.compile(
    r"^(?:jetzt |hier )?(?:unterstützen|spenden|mitglied werden|förder(?:n|mitglied werden))"
    r"(?: sie uns)?(?: jetzt)?!?$|^(?:donate|support us|support|contribute|give|become a "
    r"(?:member|supporter))(?: now| today)?!?$|^(?:faire un don|soutenir|soutenez-nous|"
    r"je soutiens)(?: maintenant)?!?$|\biban\s*:?\s*[a-z]{2}\d{2}\b",
    re.I,
)


def asks_for_funding(text: str) -> bool:
    """Text that asks readers to fund the newsroom's own work ("Unterstützen Sie uns",
    "Support our journalism", "Soutenez-nous")."""
    return bool(_SUPPORT.search(text)) and bool(_OWN_WORK.search(text))


def is_reader_tip(text: str, links: list[tuple[str, str]]) -> bool:
    """A short linked line labelled a tip that addresses the reader."""
    return (
        len(text) <= TIP_MAX
        and bool(links)
        and bool(_TIP_LABEL.match(text))
        and bool(_READER.search(text))
    )


def is_appeal(text: str, links: list[tuple[str, str]]) -> bool:
    """A short box or line asking readers to fund the newsroom ("Unterstützen Sie
    unabhängigen Journalismus! ... Jetzt spenden", "If you value our reporting, please
    support us", "Faites un don"): linked to the call, or saying readers pay for the work.
    Reporting about donations ("hat 23.000 Euro an Spenden gesammelt") names no own work."""
    if len(text) > PROMO_CALL_MAX or not asks_for_funding(text):
        return False
    return bool(links) or bool(_READER_FUNDED.search(text))


# The newsroom asks its readers for tips: "Got a story? Email ...", "Do you have a story to
# tell?", "Haben Sie einen Hinweis für uns?": a box's opening line, its address lines with it.
TIP_CALL = re.compile(
    r"^(?:(?:got|have you got|do you have) a (?:story|news tip|tip)\b.{0,40}\?|"
    r"haben sie (?:einen )?(?:hinweis|tipp|themenvorschlag) für (?:uns|die redaktion)\b|"
    # a news scout's call: "Hast du etwas beobachtet?", "Schick uns deine Fotos und Videos"
    r"(?:hast du|haben sie) (?:etwas|was) (?:beobachtet|gesehen|erlebt|mitbekommen)\?|"
    r"(?:schick|schicken sie) (?:uns|der redaktion) (?:deine|ihre|dein|ihr) "
    r"(?:fotos?|videos?|bilder|hinweise?)\b|"
    r"(?:send|share) us your (?:photos?|videos?|pictures|tips?)\b|"
    r"vous avez une (?:info|information) à nous (?:communiquer|transmettre)\b)",
    re.I,
)


# "Follow X on Facebook ...", "Sigue toda la información en Facebook y X", "Suivez-nous sur
# Instagram": the site's call to follow it on a network, in the languages it speaks.
FOLLOW_CALL = re.compile(  # also after a lead-in question: "Du willst mehr? Folge uns ..."
    r"^(?:[^.!?]{0,120}\?\s+)?"
    r"(?:follow|folgen sie|folge|sigue|síguenos|segui|seguici|suivez|volg|obserwuj|följ|siga)"
    r"\b",
    re.I,
)


def _follow_call(text: str, links: list[tuple[str, str]]) -> bool:
    """A call to follow the site on a network: its links go there, or it names them."""
    if len(text) > PROMO_CALL_MAX or not FOLLOW_CALL.match(text):
        return False
    if links:
        return any(channel_href(h.strip()) for _, h in links)
    return bool(_SOCIAL.search(text))


# A station's or site's sign-off under the story, asking the reader to stay with it or get
# its app ("Stay with WMGV Channel 10 and download the WMGV News app for updates on this
# developing story", "Stick with KXAN for the latest", "Download the News 9 app"): an
# imperative, so no pronoun addresses the reader.
_SIGN_OFF = re.compile(
    r"^(?:(?:stay|stick) (?:with|tuned to) [^.!?]{1,60}?\b(?:for|and)\b|stay tuned\b|"
    r"(?:download|get|install) (?:the|our) [^.!?]{0,40}?\bapp\b)",
    re.I,
)


# A pitch for more of the site's own stories under the text ("Alle Nachrichten und
# Geschichten aus Geretsried lesen Sie bei uns.", "Mehr News aus Köln finden Sie hier",
# "For more news from the region, visit our homepage").
_SITE_PITCH = re.compile(
    r"^(?:alle|weitere|mehr) (?:nachrichten|news|artikel|meldungen|geschichten|berichte)\b"
    r"[^.!?]{0,80}\b(?:lesen sie|finden sie|gibt es|erfahren sie|lest ihr|findet ihr)\b|"
    r"^for (?:more|all the latest) (?:news|stories)\b[^.!?]{0,60}\b(?:visit|go to|head to)\b",
    re.I,
)


def is_promo(text: str, links: list[tuple[str, str]]) -> bool:
    """A short line that sends the reader to one of the site's channels, linked, called out
    ("... richtig!", "+++ ... +++") or pointing at what follows ("... in unserem Liveblog:"),
    or that asks readers to fund the newsroom or send it tips: no part of the story."""
    if is_appeal(text, links) or TIP_CALL.match(text) or _follow_call(text, links):
        return True
    if len(text) <= PROMO_MAX and (_SIGN_OFF.match(text) or _SITE_PITCH.match(text)):
        return True
    limit = PROMO_CALL_MAX if _PROMO_CALL.search(text) else PROMO_MAX
    if len(text) <= PROMO_MAX and _CLICK_HERE.search(text) and (links or text.endswith("!")):
        return True  # "Einfach hier klicken und für das digitale Heft registrieren!"
    if len(text) > limit or not _PROMO_CHANNEL.search(text):
        return False
    if not _READER.search(text):  # a linked call to act speaks to the reader all the same:
        return bool(links) and bool(_PROMO_CALL.search(text))  # "Hier geht es zur App"
    if links:
        return True  # linked to the channel: "... beim täglichen <a>Newsletter</a> richtig"
    if text.startswith("+++"):
        return True
    # Not linked: only a short line is called out; a longer paragraph that tells readers to
    # get an app may be reporting ("Laden Sie die App herunter, rät die Stadt ...").
    return len(text) <= CALLOUT_MAX and (text.endswith(("!", ":")) or limit > PROMO_MAX)


# A sentence pointing at the site's own piece on the matter, whose title link ends it ("Wie
# Apple die Daten schützt, erklären wir in unserem Beitrag <a>iCloud: ...</a>", "We explain
# how in our guide <a>...</a>", "Lire notre article <a>...</a>").
_OWN_PIECE = re.compile(
    r"\b(?:unser(?:em|en|er|e)?|in our|read our|see our|notre|nos|nuestro|nostro)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:beitrag|artikel|ratgeber|text|bericht|überblick|dossier|test|special|interview|"
    r"kommentar|analyse|report|reportage|erklärstück|anleitung|"
    r"article|guide|story|explainer|review|piece|report|coverage|"
    r"articles?|dossier|enquête|artículo|articolo)\b",
    re.I,
)
POINTER_MAX = 300  # one sentence and a title


def is_pointer(text: str, links: list[tuple[str, str]]) -> bool:
    """A short line that points at the site's own piece on the matter and ends on its
    title link: a teaser set as a sentence, no text. The title must close the line, so a
    sentence of the story that mentions "unserem Bericht" in passing stays."""
    if len(text) > POINTER_MAX or not links:
        return False
    title = links[-1][0]
    if len(title) < 10 or not text.rstrip(' .!?)»«"“”').endswith(title.rstrip(' .!?)»«"“”')):
        return False
    return bool(_OWN_PIECE.search(text[: len(text) - len(title)]))
