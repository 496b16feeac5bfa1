"""What one part of a byline is: a person (with a role before or after the name), an
agency, an editor's code with its agency, or the newsroom itself."""

from __future__ import annotations

import re

from ..page.text import clean

# The endings of a site's domain as pages write it for a name ("news.de", "autozeitung.de").
DOMAIN_ENDINGS = r"(?:de|com|at|ch|net|org|info|eu|tv|news)"

_ROLE_WORDS = (
    r"(?:Chef|Senior-?|Online-?|Lokal|Sport|Wirtschafts|Politik|Gast|Fach)?"
    r"(?:[Rr]edakteur(?:in)?|[Rr]edaktor(?:in)?|[Vv]olontär(?:in)?|[Aa]utor(?:in)?|[Kk]orrespondent(?:in)?|"
    r"[Rr]eporter(?:in)?|[Pp]raktikant(?:in)?|[Mm]itarbeiter(?:in)?|[Kk]olumnist(?:in)?|"
    r"[Rr]essortleiter(?:in)?|[Rr]edaktionsleiter(?:in)?|[Ee]xpert(?:e|in)|[Tt]rainee|"
    r"[Hh]ospitant(?:in)?|[Ff]reie[rn]? [Aa]utor(?:in)?|[Jj]ournalist(?:in)?|"
    r"[Rr]echtsanw(?:alt|ältin)|[Ff]achanw(?:alt|ältin)|[Ss]teuerberater(?:in)?)"
)


_ROLE = re.compile(r"^(?P<role>(?:[\w.]+-)?" + _ROLE_WORDS + r")\s+(?P<rest>.+)$")


ONLY_ROLE = re.compile(r"^(?:[\w.]+-)?" + _ROLE_WORDS + r"$")


# Agencies that appear as authors of their own ("Von dpa", "(AFP)"): never merged into names.
AGENCY_NAME = re.compile(
    r"^\(?(?:dpa|dpa-AFX|AFP|AP|Reuters|KNA|epd|SID|dts|APA|SDA|Keystone-SDA|AFX|Bloomberg|"
    r"ANP|Belga|ots|rtr|dapd|idea|AgE|Agra-Europe|SP-X|PTI|IANS|ANI|AAP|ANSA|EFE|TASS|"
    r"Xinhua|Yonhap|Kyodo|ČTK|CTK|TASR|PAP|MTI|Lusa|Ritzau|NTB|TT|STT|ATS|Canadian Press|"
    r"The Canadian Press|Europa Press|"
    # written out: "Deutsche Presse-Agentur", "Associated Press", "Agence France-Presse"
    r"Deutsche Presse-Agentur|Associated Press|Agence France-Presse|Austria Presse Agentur|"
    r"Katholische Nachrichten-Agentur|Evangelischer Pressedienst|Sport-Informations-Dienst|"
    r"Schweizerische Depeschenagentur|Thomson Reuters)(?:/[\w-]+)*\)?$",
    re.I,
)


# The newsroom itself ("red", "Redaktion", the site by its domain: "news.de"), a content
# agency without a person ("spot on news") or a placeholder where a CMS wanted a name (a meta
# author "Nachrichten", "admin"): a valid byline part, but no person and no agency.
_NEWSROOM = re.compile(
    r"^\(?(?:red|redaktion|online-?redaktion|nachrichten|news|admin|administrator|"
    rf"spot on news|[\w-]+\.{DOMAIN_ENDINGS}|"
    # "Midvale Chronicle staff", "das Team der Lokalredaktion": the newsroom, no person
    r"(?:[\w.'’-]+ ){1,4}(?:staff|team|desk|newsroom|redaktion)|"
    # "Redaktion Tauberfelder Anzeiger", "Lokalredaktion Ostheim": the newsroom by its name
    r"(?:online-?|lokal-?|sport-?)?redaktion(?: [\w.'’-]+){1,4}|"
    # "WIMA-Redaktion", "SZ-Team": the site's short name and its newsroom in one word
    r"[\w.'’]+-(?:redaktion|team|staff|desk|newsroom)|"
    # a broadcaster's studio: "EHR Studio Elbaue", "NDR-Landesstudio Kiel", "Studio Hannover"
    r"(?:[\w.'’-]+ ){0,2}[\w'’-]*studio(?: [\w.'’-]+){0,2})\)?$",
    re.I,
)


# Lead words and weekday abbreviations on their own ("Von", "Fr, 15.05.2020") are no names.
_NOT_NAME = re.compile(r"^(?:von|by|autor(?:in)?|autoren|text|mo|di|mi|do|fr|sa|so)\.?:?$", re.I)


def not_a_person(part: str) -> bool:
    """A valid part of a byline that names no person: an agency, the newsroom, or a short
    name in capitals ("NDR" after the reporters, "MS, RD" after a name: a broadcaster, a
    degree)."""
    return bool(AGENCY_NAME.match(part) or _NEWSROOM.match(part) or _ACRONYM.match(part))


# Names joined by "und", "and", "et", "e", "y", "&", "/", commas (German, English, French,
# Italian and Portuguese, Spanish).
SPLIT = re.compile(
    r"\s*(,|;|\bund\b|\band\b|\bet\b|\be\b|\by\b|&|\bsowie\b|\bmit\b|\bwith\b|/|\s\|\s|\s·\s)\s*"
)


_NAME_WORD = re.compile(
    r"^(?:[A-ZÄÖÜÉÈÁÀÂÇŁŚŽČŠ][\w'’.-]*|von|van|vom|der|den|de|zu|zur|di|da|del|"
    r"du|la|le|ter|ten|bin|al|el|Dr\.|Prof\.)$"
)


_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,4}$")  # a broadcaster's short name, a degree: "NDR", "MS"
_CODE_SUFFIX = re.compile(r"\s*\([a-zäöü]{2,5}\.?\)$")  # "Elena Oberholzer (obe)"


# The position after the name: "Lucy Thornton News Reporter", "Daniel Großert Redakteur".
# The qualifiers are a closed list: in "Mary Ann Smith Reporter" Smith is a name.
_DESKS = (
    r"Senior|Chief|Deputy|Associate|Contributing|Managing|Executive|Staff|News|Breaking|Live|"
    r"Political|Politics|Business|Money|Consumer|Science|Health|Tech|Technology|Security|"
    r"Sports?|Lifestyle|Entertainment|Showbiz|Culture|Travel|Auto|Motoring|Data|Video|Digital|"
    r"Features?|Opinion|Investigative|World|National|Local|Crime|Court|Environment|Climate"
)


# The desk after a German role: "Redaktor News", "Redakteurin Sport".
_ROLE_DESK = (
    r"(?:\s+(?:News|Sport|Politik|Wirtschaft|Kultur|Lokales|Ausland|Inland|Digital|Wissen))?"
)
_TRAILING_ROLE = re.compile(
    r"^(?P<rest>\S+\s.+?)\s+(?P<role>(?:(?:" + _DESKS + r")\s+){0,2}"
    r"(?:Reporter|Editor|Correspondent|Writer|Journalist|Producer)|"
    + _ROLE_WORDS
    + _ROLE_DESK
    + r")$"
)


# A role standing alone after the name and a comma: "Staff Writer", "Senior Reporter".
BARE_ROLE = re.compile(
    r"^(?:(?:" + _DESKS + r")\s+){0,2}(?:Reporter|Editor|Correspondent|Writer|Journalist|"
    r"Producer|Columnist|Contributor)s?$",
    re.I,
)


def as_person(part: str) -> dict | None:
    part = clean(_CODE_SUFFIX.sub("", part.strip(" ,;:")).strip(" ,;:()"))
    role = None
    match = _ROLE.match(part) or _TRAILING_ROLE.match(part)
    if match:
        role, part = match.group("role"), match.group("rest")
        if AGENCY_NAME.match(part.split()[0].upper()):
            return None  # "AP National Political Writer": the agency's role line, no person
    elif ONLY_ROLE.match(part) or BARE_ROLE.match(part):
        return None
    if not part or not_a_person(part) or _NOT_NAME.match(part):
        return None
    words = part.split()
    if not 1 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if not any(w[0].isupper() for w in words):
        return None
    return {"name": part, "role": role}


def as_agency(part: str) -> dict | None:
    part = clean(part.strip(" ,;:"))
    return {"name": part.strip("()"), "role": "agency"} if AGENCY_NAME.match(part) else None


_INITIALS = re.compile(r"^[a-zäöü]{2,5}/(?P<agency>\w+)$", re.I)


# The parts of a closing credit: editor's initials ("amw", "fho"), an abbreviation ("DJV",
# "PM", "MDR", "AgE"), a site by its domain ("ntv.de"); agencies are matched by AGENCY_NAME.
_INITIALS_PART = re.compile(r"^[a-zäöü]{2,5}$")
LOWER_CODE = re.compile(r"(?<![\w.])[a-zäöü]{2,5}(?![\w.])")  # an editor's initials in a code
_ABBREVIATION_PART = re.compile(r"^(?:[A-ZÄÖÜ]{2,10}|[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ][a-zäöü]?)$")
_SHORT_ABBREVIATION = re.compile(r"^(?:[A-ZÄÖÜ]{2,3}|[A-ZÄÖÜ][a-zäöü][A-ZÄÖÜ])$")  # DPA, AgE
_DOMAIN_PART = re.compile(rf"^[\w-]+\.{DOMAIN_ENDINGS}$")
_CODE_SPLIT = re.compile(r"\s*(?:/|,|\bmit\b|\bwith\b|[()\s])\s*")
CODE_MAX = 40  # a closing credit is a short line
# The day the credit closes with, in Austrian papers: "(APA, red, 3.2.2021)".
_DAY_PART = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$")


def closing_code(text: str) -> str | None:
    """The credit code that a short line is, without its parentheses ("(amo)" gives "amo",
    "SDA/sep", "mit dpa", "PM DJV/fh", "MDR (dst)", "AgE"), or None for anything else: a
    word, a name, a sentence, a line of capitals ("NEXT PREV", "MORE ABOUT"), a bare domain.

    A credit names an editor (initials) or an agency; abbreviations and domains only go with
    one ("PM DJV/fh", "jom/news.de"), except one short abbreviation on its own ("DPA")."""
    text = clean(text)
    code = text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text
    if not code or len(code) > CODE_MAX or code[-1] in ".!?:;":
        return None
    parts = [p for p in _CODE_SPLIT.split(code) if p]
    if not 1 <= len(parts) <= 4:
        return None
    credits = [p for p in parts if _INITIALS_PART.match(p) or AGENCY_NAME.match(p)]
    others = [p for p in parts if p not in credits]
    if not all(
        _ABBREVIATION_PART.match(p) or _DOMAIN_PART.match(p) or _DAY_PART.match(p) for p in others
    ):
        return None
    if credits or (len(parts) == 1 and _SHORT_ABBREVIATION.match(parts[0])):
        return code
    return None


def as_initials(part: str) -> dict | None:
    """An editor's code with the agency ("det/dpa"): the agency is the author."""
    match = _INITIALS.match(clean(part.strip(" ,;:()")))
    return as_agency(match.group("agency")) if match else None


# Words that open a German or English subheading and never a person's name: articles,
# quantifiers, common adjectives and prepositions ("Weitere Standorte in Planung", "Die
# Ratenfinanzierung").
NOT_A_NAME_OPENER = re.compile(
    r"^(?:Weitere|Neue[rs]?|Mehr|Viele|Alle|Erste|Zweite|Letzte|Keine|Große|Kleine|Hohe|"
    r"Die|Der|Das|Den|Dem|Ein|Eine|Kein|Über|Unter|Nach|Vor|Mit|Ohne|Für|Gegen|Zwischen|"
    r"The|A|An|More|New|Other|Further|Next|Why|How|What|When|Where|"
    # a place's prefix or its district's word: "Bad Lindenau", "Landkreis Tauberfeld"
    r"Bad|Landkreis|Kreis|Stadt|Gemeinde|Region|Bezirk|Kanton|Sankt|Hansestadt|Ortsteil|"
    r"County|Lake|Mount|Port|Fort|Upper|Lower)\s",
)
