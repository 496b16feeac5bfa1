"""What is not article: page chrome by structure and name, and boilerplate lines by their words.

Class names change with every redesign, so names only prune whole subtrees that are
unmistakably chrome (navigation, consent layers, share bars, ad slots). Everything else is
judged by its text: the German and English phrases with which sites label their furniture.
"""

from __future__ import annotations

import re

from lxml import etree

from ..page.text import SILENT_TAGS, control_label, tag_of

# AMP components that are ads, trackers, consent layers, share bars or embeds, never prose.
AMP_CHROME = frozenset(
    "amp-ad amp-embed amp-sticky-ad amp-analytics amp-pixel amp-consent amp-user-notification "
    "amp-social-share amp-sidebar amp-twitter amp-instagram amp-facebook amp-youtube "
    "amp-iframe amp-video amp-brightcove amp-tiktok amp-geo amp-list amp-auto-ads".split()
)
CHROME_TAGS = frozenset(("nav", "aside", "dialog", "menu")) | SILENT_TAGS | AMP_CHROME
CHROME_ROLES = frozenset(
    (
        "navigation",
        "complementary",
        "contentinfo",
        "dialog",
        "alertdialog",
        "search",
        "menu",
        "menubar",
        "toolbar",
        "banner",
    )
)
_CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|cc_banner|cmp|gdpr|newsletter|social|socials|share|sharing|shariff|sharebar|sponsor(?:ed)?|advert\w*|ads?|"
    r"adslot|adunit|adblock\w*|anzeigen?|werbung|outbrain|taboola|plista\w*|popup|modal|"
    r"skyscraper|sidebar|breadcrumbs?|pagination|pager|meistgelesen|mostread|most-read|"
    r"navigation|navbar|nav|menu|toolbar|subscribe|login|site-?header|site-?footer|masthead|"
    r"halfpage|ialayer\w*|offcanvas|overlay|cookiebar|related|recommended|recommendations|"
    r"empfehlungen?)(?:$|[\s_-])",
    re.I,
)
# Reader comments are never the article, however much prose they hold.
# A state flag on the article wrapper ("comments-enabled", "has-comments") is no thread.
_COMMENT_NAMES = re.compile(
    r"(?:^|\s|_|(?<!has)(?<!with)(?<!no)-)(?:comments?|kommentare?|disqus)"
    r"(?!-(?:enabled|disabled|on|off|open|closed|allowed|count))(?:$|[\s_-])",
    re.I,
)
# Utility classes that hide an element (a paywall pitch shown only to some readers).
_HIDDEN_CLASSES = frozenset(("hidden", "d-none", "is-hidden"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def names_of(el: etree._Element) -> str:
    """Class and id of an element, as one string with CamelCase split into words."""
    raw = f"{el.get('class', '')} {el.get('id', '')}"
    return re.sub(r"([a-z])([A-Z])", r"\1-\2", raw)


def chrome_reason(el: etree._Element) -> str | None:
    """Why ``el`` is chrome: "structure" (tag, role, hidden), "form" (a login, search or
    sign-up form, a poll's answer), "comments" or "name" (by class/id), else None."""
    tag = tag_of(el)
    if not tag or tag in CHROME_TAGS:
        return "structure"
    if el.get("hidden") is not None or (el.get("aria-hidden") == "true" and tag != "span"):
        return "structure"
    if (el.get("role") or "").lower() in CHROME_ROLES:
        return "structure"
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "structure"
    if _HIDDEN_CLASSES.intersection((el.get("class") or "").split()):
        return "structure"
    if tag == "footer":
        return None if any(tag_of(a) == "article" for a in el.iterancestors()) else "structure"
    if tag in ("body", "html", "main", "article"):
        return None
    if tag == "form" or control_label(el):
        return "form"  # a form, or a control's label outside one (a poll's answer)
    names = names_of(el)
    if _COMMENT_NAMES.search(names):
        return "comments"
    return "name" if _CHROME_NAMES.search(names) else None


# Lines that label furniture rather than say anything (matched against a whole block).
AD_LABEL = re.compile(
    r"^(?:anzeige|werbung|advertisement|sponsored|promotion|ad)"
    r"(?:\s+(?:wird geladen|lädt|loading)\s*(?:…|\.\.\.)?|\s*[-–:|]\s.{0,120})?$",
    re.I,
)
# Lines of page furniture that can sit inside the article container.
FURNITURE = re.compile(
    r"^\(?(?:verpasse keine (?:news|artikel)|newsletter (?:abonnieren|bestellen)|jetzt abonnieren|"
    r"alle angaben ohne gewähr|erschienen in\b|zusatzinformationen:?$|aktualisiert:?$|"
    r"highlights aus dem heft|dieses skript als pdf|artikel (?:drucken|merken|anhören)|"
    r"(?:zum|zur) (?:startseite|übersicht)$|auf dieser seite:?$|inhaltsverzeichnis:?$|"
    r"in this article:?$|placeholder(?: image)?[-\s]?\d*$|dieses thema im programm:?$|"
    r"article content$|author of the article:?$|last updated .{1,30} ago$|"
    r"\d+\s*(?:-\s*)?(?:minute|min\.?) read$|lesezeit:?\s*\d+\s*min\w*\.?$|"
    r"\((?:bild|foto):\s*\)$|"
    r"(?:weiterlesen|mehr lesen|read more):?(?:\s*\d+\s*(?:minuten|minutes|min)\.?)?$|"
    # the buttons of a collapsed box
    r"(?:mehr|weniger) anzeigen$|show (?:more|less)$|"
    # a video player's own read-outs: "Video Loading", "Click to play Tap to play"
    r"(?:video (?:loading|unavailable)\s*)+$|click to play(?: tap to play)?$|play now$|"
    r"the video will auto-?play soon\s*\d*\s*(?:cancel)?$|"
    r"entdecken sie jetzt|bitte registrieren sie sich|die aktuelle ausgabe\b|"
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


AD_HOSTS = re.compile(
    r"(?:tradedoubler|doubleclick|awin1|amazon-adsystem|adform|adnxs|"
    r"googlesyndication|partners\.webmasterplan|ad\.zanox)\.",
    re.I,
)
SHARE_LINE = re.compile(
    r"^(?:artikel |beitrag |seite )?(?:teilen|share(?: this)?(?: article)?)"
    r"\s*(?:auf|on|via)?\b.{0,40}:?$|^(?:jetzt )?teilen:?$",
    re.I,
)
FOLLOW_FOOTER = re.compile(
    r"^(?:folgen sie (?:uns|[\w.-]+ (?:schon )?(?:auch )?)(?:bei|auf)|folge uns auf|follow us on|"
    r"abonnieren sie (?:uns|unseren)|erfahren sie hier mehr über die journalistischen standards|"
    r"©\s*\d{4}|copyright\s*©?\s*\d{4}|"
    # the rating widget under an article: "Gefällt dir dieser Beitrag?", "Was this helpful?"
    r"(?:hat|gefällt) (?:dir|ihnen) (?:dieser|der) (?:beitrag|artikel)|"
    r"war (?:dieser|der) (?:beitrag|artikel) hilfreich|was this (?:article )?helpful)",
    re.I,
)
EMBED_FALLBACK = re.compile(
    r"^(?:sie können den (?:tweet|beitrag|post|inhalt) nicht sehen\b|video:|"
    r"(?:zum|hier (?:geht'?s )?zum) video\b|externer inhalt\b|empfohlener redaktioneller inhalt\b|"
    r"mit dem laden des inhalts akzeptieren sie|"
    r"um (?:diesen|den) inhalt (?:zu sehen|anzuzeigen)|"
    r"view this post on instagram|ein beitrag geteilt von|a post shared by|"
    r"pic\.twitter\.com/\S+$)",
    re.I,
)
TEASER_LABEL = re.compile(
    r"^(?:lesen sie (?:außerdem|auch|mehr|hier|weiter)(?: noch)?|mehr zum thema|"
    r"auch interessant|ebenfalls interessant|das könnte (?:sie|dich) (?:auch )?interessieren|"
    r"mehr (?:kolumnen|artikel|beiträge|news|nachrichten)(?: \w+){0,4}|empfehlungen|"
    r"weitere (?:artikel|nachrichten|news|themen)|verwandte artikel|zum thema|"
    r"related(?: articles| stories)?|read more|see also|more on this(?: story)?)\s*:?$",
    re.I,
)
SUMMARY_LABEL = re.compile(
    r"^(?:(?:das )?(?:wichtigste )?in kürze|darum geht'?s|das wichtigste(?: in kürze)?|"
    r"auf einen blick|kurz (?:gesagt|zusammengefasst)|zusammenfassung|"
    r"key points|in brief|at a glance|the big picture|what you need to know)\s*:?$",
    re.I,
)
TAGS_LABEL = re.compile(r"^(?:themen|schlagworte|schlagwörter|stichworte|tags|topics)\s*:?$", re.I)


# A call to buy on a link into a shop: "Das Heft können Sie hier bestellen."
_SHOP_LINK = re.compile(r"^(?:https?:)?//shop\.|/shop(?:/|\.|$)", re.I)
_BUY_CALL = re.compile(r"\b(?:bestellen|kaufen|abonnieren|order|buy|subscribe)\b", re.I)


def is_ad_block(text: str, links: list[tuple[str, str]]) -> bool:
    """An ad label on its own, a block whose links go to ad or affiliate networks, or one
    that sends the reader to a shop to buy (the print issue promoted under the story)."""
    return (
        bool(AD_LABEL.match(text))
        or any(AD_HOSTS.search(h) for _, h in links)
        or any(_SHOP_LINK.search(h) and _BUY_CALL.search(t) for t, h in links)
    )
