"""What pages name their parts in class, id and link paths, in one table: the markup words
for chrome, comments, bylines, dates, kickers, deks, captions and credits.

Class names change with every redesign, so these words only ever support what structure,
position and text say; they are searched in ``class`` and ``id`` values (CamelCase split
where the caller says so), case-insensitively unless a pattern says otherwise.
"""

from __future__ import annotations

import re

# -- chrome --------------------------------------------------------------------------------
# Navigation, consent layers, share bars, ad slots, sidebars, teasers for other stories.
CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|cc_banner|cmpbox|cmpwrapper|gdpr|newsletter|social|socials|share|sharing|shariff|sharebar|sponsor(?:ed)?|advert\w*|ads?|"
    r"adslot|adunit|adblock\w*|anzeigen?|werbung|outbrain|taboola|plista\w*|popup|modal|"
    r"skyscraper|sidebar|breadcrumbs?|pagination|pager|meistgelesen|mostread|most-read|"
    r"navigation|navbar|nav|menu|toolbar|subscribe|login|site-?header|site-?footer|masthead|"
    r"halfpage|ialayer\w*|offcanvas|overlay|cookiebar|related|recommended|recommendations|"
    r"empfehlungen?)(?:$|[\s_-])",
    re.I,
)
# A box of teasers for stories on the same subject, named so where it has no label (or an
# icon for one): "related-posts", "news-related-wrap", "list--related", "further-reading",
# "read-next", "verwandte-artikel". Related topics or tags are the article's topic links.
RELATED_NAMES = re.compile(
    r"(?:related|verwandte?)(?![-_]?(?:topics?|tags?|themen|keywords?|search|videos?|broadcast))|"
    r"further[-_]?(?:articles|reading|stories)|more[-_]?(?:articles|stories)|read[-_]?next",
    re.I,
)
# A box of the article's topic links, named so where it has no label ("article-tags",
# "ArticleTags_tags__x9", "tag-list", "schlagworte", "keywords"), read with CamelCase split.
TAG_BOX_NAMES = re.compile(
    r"(?:^|[\s_-])(?:tags?|tag-?list|taglist|keywords?|schlagworte?|schlagwörter|"
    r"stichworte?)(?:$|[\s_-])",
    re.I,
)
# Recommendation networks' widgets ("Das könnte Sie auch interessieren" by plista,
# outbrain, taboola): paid or site-wide picks, no teasers the article presents.
RECOMMENDER_NAMES = re.compile(
    r"(?:^|[\s_-])(?:outbrain|taboola|plista|ligatus|zergnet|revcontent|mgid|nativendo|dable)",
    re.I,
)
# Reader comments are never the article, however much prose they hold. A state flag on the
# article wrapper ("comments-enabled", "has-comments") is no thread.
COMMENT_NAMES = re.compile(
    # "tone-comment", "genre-kommentar": the article's genre (an op-ed), no comment section
    r"(?:^|\s|_|(?<!has)(?<!with)(?<!no)(?<!tone)(?<!genre)(?<!type)(?<!format)(?<!kind)-)"
    r"(?:comments?|kommentare?|disqus)"
    r"(?!-(?:enabled|disabled|on|off|open|closed|allowed|count))(?:$|[\s_-])",
    re.I,
)
# Utility classes that hide an element (a paywall pitch shown only to some readers).
HIDDEN_CLASSES = frozenset(("hidden", "d-none", "is-hidden"))
# Text for screen readers only, inside a visible element.
HIDDEN_NAMES = re.compile(r"hidden|sr-only|visually|a11y|screen-?reader", re.I)
# The site's footer ("site-footer"), not an article's own.
FOOTER_NAMES = re.compile(r"(?:^|\s)(?:(?:site|page|global)-?)?footer(?:$|\s)", re.I)

# -- headline, dek, standfirst --------------------------------------------------------------
# The line over the headline (Dachzeile, kicker, eyebrow).
KICKER_NAMES = re.compile(
    r"kicker|dach|roof|overline|over-line|over-?title|oberzeile|topline|top-line|supertitle|"
    r"super-title|eyebrow|pretitle|pre-title|spitzmarke|headline-?label|title-?label|flag|tagline|topic|"
    r"sub-?heading|titleheader|rubri[ck]|catchline|ressort|strapline",
    re.I,
)
# An element its markup names the headline ("c-heading--headline", data-testid="headline").
HEADLINE_NAMES = re.compile(r"(?<!sub)(?<!sub-)headline", re.I)
# A subtitle under the headline: not the headline itself.
SUBTITLE_NAMES = re.compile(r"sub-?title|subline|sub-?headline|dek\b|standfirst", re.I)
# Class words of a standfirst under the headline (French "chapô", Italian "sommario" too);
# not "subtitle" (a second headline there)
# nor "lead" (also the lead image or video).
DEK_WORDS = frozenset(
    "leadin intro introduction einleitung vorspann standfirst strapline excerpt dek deck "
    "abstract chapo chapeau sommario".split()
)
# Class words that name a lead paragraph inside the body container too.
LEAD_WORDS = DEK_WORDS | frozenset(
    "lead subtitle subline teaser shorttext kurztext bold semibold extrabold".split()
)

# A subheading set as a paragraph (Zwischentitel, crosshead, intertitre).
CROSSHEAD_NAMES = re.compile(
    r"zwischen-?titel|zwischen-?(?:ue|ü)berschrift|zwiti|zwischenzeile|cross-?head|"
    r"sub-?head(?:ing)?\b|inter-?title|intertitre|interline|intertitolo",
    re.I,
)

# -- bylines -----------------------------------------------------------------------------------
# An element holding the byline or the authors' names.
AUTHOR_NAMES = re.compile(
    r"(?:^|[\s_-])(?:byline|author|authors|autor|autoren|autorin|verfasser|writer|creator|"
    r"article-origins|contributor)(?:s|name|-name|__name|_name|info|-info|box|enzeile|zeile)?(?:$|[\s_-])",
    re.I,
)
# A link to an author's or the newsroom's profile page.
PROFILE_LINK = re.compile(
    r"/(?:autor|autoren|author|authors|writers?|profil|profile|redaktion|team)"
    r"(?:/|-|$)",
    re.I,
)
# A link to one author's page.
AUTHOR_LINK = re.compile(r"/(?:autor|autoren|author|authors)/", re.I)
# A share bar beside the names, inside the byline element.
SHARE_NAMES = re.compile(r"share|social", re.I)  # a share bar beside the names
# The byline of something else: a comment, a teaser, a quote.
FOREIGN_BYLINE_NAMES = re.compile(r"comment|related|zitat|quote", re.I)

# -- dates --------------------------------------------------------------------------------------
# An element showing the publication date (or a meta line that holds it).
DATE_NAMES = re.compile(
    r"date|datum|time|zeit|publish|pubdate|posted|created|veroeffentlicht|dateline|"
    r"article-?meta|entry-?meta|post-?meta|byline|info",
    re.I,
)
# Cards for other stories and readers' comments: their dates are not the story's.
TEASER_NAMES = re.compile(r"teaser|related|recommend|empfehlung|comment(?!ary)", re.I)
# A box of the article's key points set as paragraphs: its class word.
BULLET_NAMES = re.compile(
    r"bullet|key-?points|key-?facts|highlights|tl-?dr|takeaways|das-?wichtigste|"
    r"zusammenfassung|auf-?einen-?blick|kurz-?gefasst|kern-?punkte|kernaussagen|"
    r"summary-?(?:points|list)|l-?essentiel|points-?cl[eé]s",
    re.I,
)
# A card of another story: its wrapper's class word.
CARD_NAMES = re.compile(r"teaser|preview|card|related|recommend|empfehlung", re.I)

# -- images and embeds -------------------------------------------------------------------------
# An image caption or credit line.
CAPTION_NAMES = re.compile(
    r"caption|credit|copyright|bildunterschrift|bildnachweis|bildbeschreibung|bu-text|"
    r"image-?text|(?:image|img|photo|picture|foto|bild)-?(?:desc(?:ription)?\b|legende?)",
    re.I,
)
# The credit inside a caption.
CREDIT_NAMES = re.compile(r"credit|copyright|source|quelle|author|photographer|urheber", re.I)
# A quote that is a social-media embed.
EMBED_NAMES = re.compile(r"twitter|tweet|instagram|tiktok|facebook|embed|social|youtube", re.I)


def lower_case(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (written in lower case, compiled case-insensitively) for a text already
    lower-cased: the same matches, searched several times faster. The walks test the names
    of nearly every element of a page."""
    if pattern.pattern != pattern.pattern.lower():
        raise ValueError("only a pattern written in lower case can be searched lower-cased")
    return re.compile(pattern.pattern)


# -- logos and players ------------------------------------------------------------------------
# A heading that holds the site's logo ("<h1 id='logo'><img alt='TSV ...'>"): no headline.
LOGO_NAMES = re.compile(r"logo|brand|site-?name|site-?title", re.I)
# A player's play button, by its label, title, class or text ("Audio abspielen", "play").
PLAY_WORDS = re.compile(
    r"\b(?:play|abspielen|anhören|anhoeren|wiedergeben|starten|écouter|lecture|ascolta|listen)\b",
    re.I,
)
