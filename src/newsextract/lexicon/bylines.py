"""Byline lines: recognise one and split it into authors with roles (``names`` says what
each part is).

"Von news.de-Redakteurin Anna Beispiel - 05.01.2024 09:30 Uhr" gives the byline
"Von news.de-Redakteurin Anna Beispiel" and the author {"name": "Anna Beispiel",
"role": "news.de-Redakteurin"}. Agencies (dpa, AFP, ...) are not persons and are left out.
"""

from __future__ import annotations

import re

from ..page.text import clean
from .dates import parse_visible
from .labels import BYLINE_LEAD, BYLINE_START, BYLINE_WORDS
from .names import (
    BARE_ROLE,
    DOMAIN_ENDINGS,
    ONLY_ROLE,
    SPLIT,
    as_agency,
    as_initials,
    as_person,
    closing_code,
    not_a_person,
)

_DATE_TAIL = re.compile(
    r"\s*(?:[-–|,•·]\s*)?(?i:\b(?:am|vom|on|aktualisiert|veröffentlicht|erstellt|updated|"
    r"published|posted|publish date|publié le|publicado)\s*:?\s*)?"
    r"(?i:\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*|"
    # a weekday with its comma, or after "am"/"vom"; "Jonas Freitag 03.02.2021" is a name
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),\s*|"
    r"(?:(?<=\bam )|(?<=\bvom ))(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag)\s*|"
    r"\b(?:mo|di|mi|do|fr|sa|so)\.,?\s*)?"  # "Do., 14.03.2024 - 10:12": Drupal's default
    r"(?:\d{1,2}:\d\d\s*(?i:[ap]\.?m\.?)?,?\s*)?"  # "20:00, 29 Jan 2024"
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\s+[A-ZÄÖÜ][a-zä]+\.?\s+\d{4}|\d{4}-\d\d-\d\d|"
    r"\d{1,2}/\d{1,2}/\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.? \d{4}|"
    # "14 mars 2024", "14 de marzo de 2024", "1er avril 2024": Romance day, month, year
    r"\d{1,2}(?:er|º)? (?:de )?[a-zéûç]{3,10}\.?(?: de)? \d{4})"
    r".*$"
)
_TRAILING_PUNCT = re.compile(r"[\s,;|–—·•-]+$")
# "Written by Jane Doe in Science on 1 June 2019": the section the story is filed in.
_FILED_IN = re.compile(
    r"\s+(?i:(?:published|posted|filed)\s+)?in\s+[A-Z][\w&.-]*(?:\s+[A-Z&][\w&.-]*){0,2}$"
)


_LABELLED = re.compile(
    r"(?:^|\s)(?:Autor(?:in)?|Autoren|Text|Texte|Interview|Recherche|Von|By|Author|Auteur|"
    r"Autrice)\s*:\s*"
    r"(.+?)(?=\s+[A-ZÄÖÜ][\wäöü]+:\s|\s*\||$)"
)


# The interviewer's credit closing an interview: the author ("Das Gespräch führte Anna
# Muster.", "Die Fragen stellte ...", "Propos recueillis par ...", "Interview by ...").
_INTERVIEWER = re.compile(
    r"^(?:Das (?:Gespräch|Interview) führten?|Die Fragen stellten?|Interview(?:ed)? by|"
    r"Propos recueillis par|Entrevista de)\s+([A-ZÄÖÜ].+?)\.?$"
)


def interviewer_credit(text: str) -> bool:
    """The line is an interviewer's credit: the text above it is an interview."""
    return bool(_INTERVIEWER.match(text.strip()))


def labelled_names(text: str) -> list[str]:
    """Names after an author label inside a longer line ("Datum: 19.11.2021 Autor: Fritz
    Imhof Quelle: Livenet" gives "Fritz Imhof"), or in an interviewer's closing credit
    ("Das Gespräch führte Anna Muster."); roles before the name are dropped."""
    match = _LABELLED.search(text) or _INTERVIEWER.match(text.strip())
    if not match:
        return []
    return [p["name"] for p in parse(match.group(1)) if p["role"] != "agency"] or [
        p["name"] for p in parse(match.group(1))
    ]


_READING_TIME = re.compile(
    r"\s*(?:[-–|,•·]\s*)?(?:(?:Lesezeit|Lesedauer)\s*:?\s*(?:ca\.\s*)?\d+\s*Min\w*\.?"
    r"|\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read)\s*$",
    re.I,
)


def without_reading_time(text: str) -> str:
    """The line without the reading time closing it ("10.05.2026 | 16:30 Uhr · Lesedauer 5
    Min." is a date line; the abbreviation's full stop ends no sentence)."""
    return _READING_TIME.sub("", text)


# A separator between the names and the meta after them (" · ", " | ", " — ").
_META_SEPARATOR = re.compile(r"\s+[·|—–]\s+")


_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*Uhr)?$", re.I)


DATE_PIECE_MAX = 30  # a date or a time on its own between separators, no sentence


def _date_or_time(piece: str) -> bool:
    piece = piece.strip()
    return len(piece) <= DATE_PIECE_MAX and bool(_TIME_ONLY.match(piece) or parse_visible(piece))


# The photographer's credit after the writer's: "Text: Carla Wendt, Fotos: Malte Buschmann".
# The words that credit the pictures, not the text ("Fotos:", "Bild:", "Illustration:").
_PICTURE_WORDS = r"fotos?|bilder?|bild|photos?|pictures|illustrations?|grafiken?"
_PICTURES_TAIL = re.compile(rf"\s*[,;|·/]\s*(?:{_PICTURE_WORDS})\s*:\s*[^,;|·]+$", re.I)


# A credit of another part than the text, before the names it gives: the pictures, the
# editing, the review ("Bilder: Luca Brügger", "Edited by: Rohit Menon", "Medizinisch
# geprüft von Dr. Felix Brenner"); never one shared with the text ("Text und Bilder: X").
_OTHER_CREDIT = re.compile(
    rf"(?<!& )(?<!\bund )(?<!\band )\b(?:{_PICTURE_WORDS}|photography|"
    r"grafik|kamera|video|edited by|editor|redigiert von|"
    r"bearbeitet von|(?:medically |medizinisch )?(?:reviewed|geprüft) (?:by|von)|"
    r"fact[- ]checked by|faktencheck|produced by|produktion)\s*:?\s+"
    r"(?P<names>[A-ZÄÖÜ][^,;|·/\n]*)",
    re.I,
)
_WRITER_CREDIT = re.compile(
    rf"(?:^|\s)(?:{BYLINE_WORDS}|text und (?:fotos?|bilder))\s*(?P<names>[A-ZÄÖÜ][^,;|·/\n]*)",
    re.I,
)


def credited_otherwise(texts: list[str], name: str) -> bool:
    """A credits line among ``texts`` (one that opens with the writer's credit: "Text: A
    Bilder: B", "Written by A Edited by: B") credits ``name`` for another part than the
    text (the pictures, the editing, a review), and no line credits the text to that name
    ("geprüft von" is no "von"). A caption's "Foto: A" says nothing of who wrote."""
    other = False
    for text in texts:
        others = list(_OTHER_CREDIT.finditer(text))
        labels = [range(m.start(), m.start("names")) for m in others]
        writers = [
            m
            for m in _WRITER_CREDIT.finditer(text)
            if not any(m.start("names") - 1 in r for r in labels)
        ]
        if any(clean(m["names"]).startswith(name) for m in writers):
            return False
        opens = bool(writers) and not text[: writers[0].start()].strip()
        other = other or (opens and any(clean(m["names"]).startswith(name) for m in others))
    return other


# The outlet a writer files for, after the names: "By JOHN X FOR MAILONLINE", "By Jane Doe
# for The Guardian", "Von Anna Muster für den SPIEGEL".
_FOR_OUTLET = re.compile(
    r"\s+(?i:for|für)\s+(?:(?i:the|den|die|das)\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$"
)


def strip_date(text: str) -> str:
    """Remove a leading or trailing date/time part ("04.02.2022 | 15:33 Uhr | ...", "-
    05.01.2024 09:30 Uhr"), reading time ("Lesezeit: 4 Min."), section ("in Science"), the
    outlet filed for ("for MailOnline") or the photographer's credit ("..., Fotos: Malte
    Buschmann") from a byline line."""
    text = _PICTURES_TAIL.sub("", clean(text))
    while (lead := _META_SEPARATOR.search(text)) and _date_or_time(text[: lead.start()]):
        text = text[lead.end() :]  # "04.02.2022 | 15:33 Uhr | Dennis Steimels"
    text = _DATE_TAIL.sub("", _READING_TIME.sub("", text))
    separator = _META_SEPARATOR.search(text)
    if separator and parse_visible(text[separator.end() :]):
        text = text[: separator.start()]  # "Door Sanne de Vries · 3 maart 2024 om 10.12"
    text = _DATE_LABEL_TAIL.sub("", text)  # "... Ece Yıldız Veröffentlicht am" (its date gone)
    outlet = _FOR_OUTLET.search(text)  # "By JOHN X FOR MAILONLINE", not a newsroom's
    if outlet and "|" not in text[: outlet.start()]:  # "| NJ Advance Media for NJ.com"
        text = text[: outlet.start()]
    return _FILED_IN.sub("", _TRAILING_PUNCT.sub("", text)).strip()


# A date's label left at the end of a byline line once its date is cut off.
_DATE_LABEL_TAIL = re.compile(
    r"\s+(?:veröffentlicht|erschienen|publiziert|erstellt|aktualisiert|published|posted|updated)"
    r"(?: am| on)?\s*:?$",
    re.I,
)


# A line of a role and a name only ("FOCUS-Online-Experte Robin Tschöpe", "Gastautorin Anna
# Muster"), or an interview's credit ("Anna Muster im Gespräch mit Ben Beispiel").
_PERSON = r"[A-ZÄÖÜ][\w'’.-]+(?: [A-ZÄÖÜ][\w'’.-]+){1,3}"
_ROLE_AND_NAME = re.compile(
    r"^(?:[\w.]+-)*(?:Experte|Expertin|Gastautor|Gastautorin|Kolumnist|Kolumnistin|"
    rf"Korrespondent|Korrespondentin|Kommentator|Kommentatorin) {_PERSON}$"
)
_IN_CONVERSATION = re.compile(
    rf"^{_PERSON} (?:im Gespräch mit|in conversation with|en conversation avec) {_PERSON}$"
)


def is_byline(text: str) -> bool:
    """A short line that introduces authors ("Von ...", "Erstellt von ...", "By ..."), a role
    and a name only ("Gastautorin Anna Muster"), or an interview's credit ("A im Gespräch
    mit B")."""
    text = clean(text)
    if len(text) <= 160 and (_ROLE_AND_NAME.match(text) or _IN_CONVERSATION.match(text)):
        return bool(parse(text))
    if not BYLINE_START.match(text) and len(text) <= 160:
        return _names_over_date(text)
    if len(text) > 160:
        return False
    rest = BYLINE_LEAD.sub("", strip_date(text))
    if closing_code(rest):
        return True  # "Von: det/dpa": an agency by its code
    rest = _EDITOR_CODES.sub("", rest)  # "Sandro Keller (ske) und Nadia Rüegg (nrü)"
    rest = _without_parenthesised_roles(rest)[0]
    parts = [p for p in SPLIT.split(rest)[::2] if p.strip(" ,;:()")]
    # Every part must be a person, a bare role or an agency: "Von Prinz Harry bis ..." is not.
    return bool(parts) and all(
        as_person(p) or ONLY_ROLE.match(p.strip()) or not_a_person(p.strip()) for p in parts
    )


_JOINED = re.compile(r"/|\bund\b|\band\b|&")
# A name's editor's code after it, as Swiss and Austrian sites print it: "(ske)", "(nrü)".
_EDITOR_CODES = re.compile(r"\s*\([a-zäöü]{2,5}\.?\)(?=\s|,|$)")


def _names_over_date(text: str) -> bool:
    """Two or more full names joined by "/" or "und" and a date, no lead word: "Anna
    Muster/Ben Beispiel 03.02.2021, 09.15 Uhr". The date says the line is the article's
    credit; one name and a date ("Democracy Dies ... April 26") may be anything."""
    if not any(c.isdigit() for c in text) or not _JOINED.search(text):
        return False  # the cheap test first: a digit of a date, and names joined
    names = strip_date(text)
    if not names or names == text or ":" in text.split()[0] or ":" in names:
        return False  # "Stand: 03.02.2021", a label before the date
    if any(word.isupper() for word in names.split() if len(word) > 1):
        return False  # "WDF NORDLAND Stand 03.02.2021": a brand, no person
    pieces = SPLIT.split(names)
    parts = [p for p in pieces[::2] if p.strip(" ,;:()")]
    joined = any(sep.strip() in ("/", "und", "and", "&") for sep in pieces[1::2])
    return (
        len(parts) >= 2
        and joined
        and all((person := as_person(p)) is not None and " " in person["name"] for p in parts)
    )


# "Hamburg (dpa/lno) - ...", "WASHINGTON (Reuters) — ...": the agency opening the story.
_DATELINE_AGENCY = re.compile(r"^[^\W\d][^()]{0,40}?\s?\(([^()]{2,20})\)\s*[-–—]\s")


def dateline_agency(paragraph: str) -> dict | None:
    """The agency that a dateline at the start of the story names, if any."""
    match = _DATELINE_AGENCY.match(paragraph)
    return (as_agency(match.group(1)) or as_initials(match.group(1))) if match else None


# "... hieß es. (dpa)", "... zu prüfen. (FR mit dpa)": the credit closing the story.
# "... hieß es. (dpa)", "... Vorjahr. (amo)", "... Festnahmen. / ab": a credit after the
# story's last sentence.
_CLOSING_CREDIT = re.compile(
    r"(?<=[.!?\"“”»«])\s*(?:\(([^()]{2,40})\)|/\s*([^/()]{2,20})|"
    r"(/[a-zäöü]{2,4}(?:/[a-zäöü]{2,4})+))$"  # dpa-AFX's editors: "... Prozent. /ck/jha/he"
)


def split_closing_credit(paragraph: str) -> tuple[str, str | None]:
    """(the paragraph without the credit that closes it, the credit: "dpa/gem"), the credit
    after its last sentence or on its own last line; the paragraph as it is when no credit
    closes it ("... (Stand: Montag)." is content)."""
    text, newline, last_line = paragraph.rpartition("\n")
    code = closing_code(last_line) if newline and text else None
    if code:
        return text, code
    match = _CLOSING_CREDIT.search(paragraph)
    code = closing_code(match.group(1) or match.group(2) or match.group(3)) if match else None
    if code:
        return paragraph[: match.start()].rstrip(), code
    match = _REPORTERS_CREDIT.search(paragraph)
    if match and _reporters(match.group(1)):
        return paragraph[: match.start()].rstrip(), match.group(1)
    return paragraph, None


# The desk's credit closing wire copy: who reported, wrote, edited ("Reporting by A and B;
# Editing by C", "Additional reporting by D"), each part a role and names.
_DESK_PART = re.compile(
    r"^(?:(?:additional |further )?(?:reporting|writing|editing|compiled|research|"
    r"graphics|fact-?checking|production) by)\s+\S",
    re.I,
)
DESK_CREDIT_MAX = 240


def desk_credit(text: str) -> str | None:
    """A line that is only the desk's credit ("Reporting by Elena Voss; Editing by Alison
    Hart", also in parentheses): its content, else None."""
    text = clean(text)
    inner = text[1:-1] if text.startswith("(") and text.endswith(")") else text
    parts = [p.strip() for p in re.split(r";\s*|\s+[|·]\s+", inner) if p.strip()]
    if len(inner) > DESK_CREDIT_MAX or not parts:
        return None
    return inner if all(_desk_part(p) for p in parts) else None


_DESK_ROLE = r"(?:(?:additional |further )?(?:reporting|writing|editing) by\s+)?"
_DESK_NAMES_SPLIT = re.compile(rf",?\s+(?:and|und|with)\s+{_DESK_ROLE}|,\s*{_DESK_ROLE}")


def _desk_part(part: str) -> bool:
    """A role and names only: "Editing by Alison Hart", not "Reporting by local media"."""
    role = _DESK_PART.match(part)
    if role is None:
        return False
    names = _DESK_NAMES_SPLIT.split(part[role.end() - 1 :].rstrip(". "))
    names = [_FROM_WHERE.sub("", n) for n in names]  # "Alice Fenwick in London"
    return all(" " in n and as_person(n) and as_person(n)["name"] == n for n in names)


# Where a desk's reporter filed from, after the name: "Daniel Osei in Oslo".
_FROM_WHERE = re.compile(r"\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}$")


# Whose material the story holds, as its last line: "The Associated Press contributed to
# this report.", "(With inputs from PTI)", "Quelle: Unternehmen", "Źródło: PAP".
_CONTRIBUTED = re.compile(
    r"^(?:the )?[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,8}(?:,? in [A-Z][^.;]{1,60}?,?)? "
    r"contributed (?:reporting )?to this (?:report|story|article)\.?$"
)
_INPUTS_FROM = re.compile(
    r"^\(?(?:with files from [^()]{2,80}\)?$)|"  # CBC: "With files from The Canadian Press"
    r"^\((?:with (?:inputs?|additional inputs?|agency inputs?) from|with agencies|"
    r"mit material (?:von|der|des)|avec (?:l['’])?(?:afp|reuters|ap)\b|con información de|"
    r"com informações d[aoe]s?|con (?:agenzie|fonti))[^()]{0,60}\)$",
    re.I,
)
_SOURCE_LINE = re.compile(
    r"^(?:quelle|source|fuente|fonte|źródło|bron|källa|kilde)\s*:\s*[^.!?:]{2,50}$|"
    # dpa's own line: "© dpa-infocom, dpa:250612-930-661458/1"
    r"^(?:©\s*)?dpa-infocom,\s*dpa:[\d-]+(?:/\d+)?$|"
    # ORF's: "red, ORF.at/Agenturen", "red, salzburg.ORF.at"
    r"^red(?:aktion)?,\s*[\w.-]+\.[a-z]{2,3}(?:/[\w-]+)?$",
    re.I,
)


def source_credit_line(text: str) -> str | None:
    """A last line that credits whose material the story holds (an agency, the company
    whose press release it is): the line, else None."""
    text = clean(text)
    if _CONTRIBUTED.match(text) or _INPUTS_FROM.match(text) or _SOURCE_LINE.match(text):
        credit = text.lstrip("© ")  # as every credit: "(With inputs from PTI)" gives the inside
        credit = credit[1:-1] if credit.startswith("(") and credit.endswith(")") else credit
        return _SOURCE_LABEL.sub("", credit)  # "Quelle: sid/dpa" credits "sid/dpa"
    return None


_SOURCE_LABEL = re.compile(r"^(?:quelle|source|fuente|fonte|źródło|bron|källa|kilde)\s*:\s*", re.I)


def reporters_line(text: str) -> str | None:
    """A line that is only the reporters' credit in parentheses ("(Anna Muster und Ben
    Beispiel aus Wien, 12.3.2025)"): its content, else None."""
    text = clean(text)
    if text.startswith("(") and text.endswith(")") and _reporters(text[1:-1]):
        return text[1:-1]
    return None


# "... umgekehrt." (Birgit Baumann aus Berlin, Anna Giulia Fink, 3.5.2024)": the reporters
# (and the day) credited in parentheses after the last sentence.
_REPORTERS_CREDIT = re.compile(r"(?<=[.!?\"“”»«])\s+\(([^()]{5,200})\)$")
_CREDIT_DAY = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})$")
_FROM_PLACE = re.compile(r" (?:aus|in|from|à|en|de) [A-ZÄÖÜÉ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)?$")


def _reporters(credit: str) -> bool:
    """The parenthesis names only persons (each maybe with their place), and maybe a day."""
    parts = [p.strip() for p in re.split(r",\s*|\s+(?:und|and|et|e|y)\s+", credit) if p.strip()]
    names = [_FROM_PLACE.sub("", p) for p in parts if not _CREDIT_DAY.match(p)]
    return bool(names) and all(
        " " in n and as_person(n) and as_person(n)["name"] == n for n in names
    )


def agencies_in(credit: str) -> list[dict]:
    """The agencies a credit names ("FR mit dpa" -> dpa, "det/AFP" -> AFP)."""
    found = [as_agency(p) or as_initials(p) for p in SPLIT.split(credit)[::2]]
    return [a for a in found if a]


# A name's role or place in parentheses: "Camille Roussel (Lille, correspondante)",
# "Anna Muster (Sport)"; an agency so set stays a credit ("Anna Muster (dpa)").
_IN_PARENTHESES = re.compile(r"\s*\(([^()]{1,60})\)")


def _without_parenthesised_roles(text: str) -> tuple[str, dict[str, str]]:
    """The byline without the roles set in parentheses after names, and each role by the
    text right before it (the name's end)."""
    roles: dict[str, str] = {}

    def cut(match: re.Match) -> str:
        inner = match.group(1).strip()
        before = text[: match.start()].rstrip()
        if not before or not before[-1].isalpha():
            return match.group(0)  # "(autozeitung.de)" alone: no name's role
        if as_agency(inner) or closing_code(inner):
            return f", {inner}"
        roles[before] = inner
        return ""

    return _IN_PARENTHESES.sub(cut, text), roles


def parse(byline: str) -> list[dict]:
    """Authors named in a byline, in order, each {"name", "role"}; agencies get role "agency"."""
    rest, roles = _without_parenthesised_roles(BYLINE_LEAD.sub("", strip_date(byline)))
    people = _parse_names(rest)
    for person in people:  # "Camille Roussel (Lille, correspondante)": the role
        role = next((r for end, r in roles.items() if end.endswith(person["name"])), None)
        if role and person["role"] is None:
            person["role"] = role
    # "Adrian Malloch (photography)": who took the pictures is no author of the text
    return [p for p in people if not _PICTURES_ROLE.match(p["role"] or "")]


_PICTURES_ROLE = re.compile(
    r"^(?:photos?|photography|photographs|pictures|images|fotos?|fotografie|bilder|video|"
    r"illustrations?|grafik|graphics)$",
    re.I,
)


def _parse_names(rest: str) -> list[dict]:
    pieces = SPLIT.split(rest)  # part, separator, part, ...
    people: list[dict] = []
    for i in range(0, len(pieces), 2):
        part = pieces[i]
        if people and people[-1]["role"] is None and _bare_role(part):
            people[-1]["role"] = part.strip(" ,;:()")  # "Rachel Example, Staff Writer"
            continue
        person = as_person(part) or as_agency(part)
        if person and person["name"] not in [p["name"] for p in people]:
            people.append(person)
    return _without_single_words(people)


# The filing note under a text ("Der Artikel ... wurde am 05.11.2021 in der Kategorie
# Neuheiten von Solveig Grewe ... veröffentlicht", "This article was written by X on ..."):
# the author's name after "von"/"by" in a sentence about the article's publication.
_FILED_BY = re.compile(
    r"(?i:\b(?:artikel|beitrag|text|article|post|story)\b.{0,160}?\b(?:wurde|was)\b.{0,160}?"
    r"\b(?:von|by))\s+(?P<name>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){1,3})\b"
    r"(?i:.{0,200}?\b(?:veröffentlicht|verfasst|geschrieben|erstellt|published|written|posted))\b",
    re.S,
)
FILED_NOTE_MAX = 500  # a filing note is a sentence or two


def filed_by(text: str) -> str | None:
    """The author a filing note under the text names, or None."""
    if len(text) > FILED_NOTE_MAX:
        return None
    match = _FILED_BY.search(text)
    if not match:
        return None
    person = as_person(match.group("name"))
    return person["name"] if person and " " in person["name"] else None


# A closing credit set apart by parentheses or ticker marks: "(Text: Anna Beispiel)",
# "+++ Anna Beispiel +++".
_SET_APART = re.compile(r"^\((?P<a>[^()]+)\)$|^\+{2,}\s*(?P<b>[^+]+?)\s*(?:\+{2,})?$")


def closing_names(text: str) -> list[str]:
    """The persons a closing credit names: labelled ("Text: Anna Beispiel"), set apart by
    parentheses or "+++", or a name line after "Von"."""
    text = clean(text)
    apart = _SET_APART.match(text)
    inner = (apart.group("a") or apart.group("b")).strip() if apart else text
    labelled = labelled_names(inner)
    if labelled:
        return labelled
    line = inner if is_byline(inner) else f"Von {inner}"
    if not is_byline(line):
        return []
    return [p["name"] for p in parse(line) if p["role"] != "agency"]


def _bare_role(part: str) -> bool:
    """A role on its own after a name ("Staff Writer", "Volontär"), also with its desk
    ("Redakteurin Handel", "Reporter Lokales")."""
    bare = part.strip(" ,;:()")
    if ONLY_ROLE.match(bare) or BARE_ROLE.match(bare):
        return True
    role, _, desk = bare.rpartition(" ")
    return bool(role) and bool(ONLY_ROLE.match(role)) and desk[:1].isupper() and " " not in desk


def _without_single_words(people: list[dict]) -> list[dict]:
    """Beside full names, a single word is a place or a section ("Politik · Jochen
    Bittner, Tina Hildebrandt", "Haefliger, London, Bumbacher"), no second author; an agency,
    a name with its role or a word in capitals (a headline's, "MANAJ, SİVASSPOR'UN ...")
    stays, for the line to read as what it is."""
    if not any(" " in p["name"] for p in people):
        return people
    return [p for p in people if " " in p["name"] or p["role"] or p["name"].isupper()]


def _squash(name: str) -> str:
    """ "AUTO ZEITUNG", "autozeitung.de" and "Auto-Zeitung" all give "autozeitung"."""
    name = re.sub(rf"\.{DOMAIN_ENDINGS}$", "", name.casefold().strip())
    return re.sub(r"^www\.|[^\w]|_", "", name)


_COMPANY = re.compile(r"\b(?:GmbH|AG|KG|SE|Ltd|Inc|LLC|e\.\s?V\.|Verlag|Media Group)\b\.?")


def _site_edition(name: str, site_names: set[str]) -> bool:
    """A name that opens with the first two words or more of the site's own name ("Global
    Voices Latin America" on "Global Voices auf Deutsch", "News Nation Bureau" on "News
    Nation"): one of its editions or desks, no person."""
    words = name.casefold().split()
    for site in site_names:
        own = site.casefold().split()
        if len(own) >= 2 and len(words) > 2 and words[:2] == own[:2]:
            return True
    return False


def from_names(names: list[str], not_authors: set[str] = frozenset()) -> list[dict]:
    """Authors from metadata or byline markup. The site's own name is no author, and a value
    that only splits into single words ("Kirche und Leben, Münster") names no person."""
    people: list[dict] = []
    blocked = {_squash(n) for n in not_authors}
    for name in names:
        name = BYLINE_LEAD.sub("", clean(name))
        undated = strip_date(name)  # "Jane Doe 10/17/2022 04:01 PM EDT"; not "Stand: <date>"
        name = undated if len(undated.split()) >= 2 else name
        if not name or _squash(name) in blocked or _site_edition(name, not_authors):
            continue
        parts = [
            p
            for p in re.split(
                r"\s*(?:,|;|\bund\b|\band\b|&|\bim (?:Gespräch|Interview) mit\b|\s\|\s|\s·\s)"
                r"\s*",
                name,
            )
            if p
        ]
        if _COMPANY.search(name):
            continue  # "Perform Media Deutschland GmbH"
        many = len(parts) > 1
        parts = [p for p in parts if _squash(p) not in blocked]  # "hessenschau.de, Frankfurt"
        found = [as_person(p) or as_agency(p) or as_initials(p) for p in parts]
        for i, part in enumerate(parts[1:], 1):  # "Rachel Example, Staff Writer": her role
            before = found[i - 1]
            if found[i] is None and before and before["role"] is None and _bare_role(part):
                before["role"] = part.strip(" ,;:()")
        if many and all(f and f["role"] != "agency" and " " not in f["name"] for f in found):
            continue
        found = _without_single_words([f for f in found if f])
        for person in found:
            if person and person["name"] not in [p["name"] for p in people]:
                people.append(person)
    # across the values too: "Corina Imboden" in one element, ", Zervens" (the place she
    # writes from) in another the markup names for the author
    return _without_single_words(people)


def reconcile(visible: list[dict], known: list[str]) -> list[dict]:
    """Repair visible names glued to a following label ("Ulrich ExnerKorrespondent") with
    the names metadata gives, keeping the visible order."""
    fixed = []
    for person in visible:
        name = person["name"]
        match = next(
            (
                k
                for k in known
                if name != k and name.startswith(k) and name[len(k) : len(k) + 1].isupper()
            ),
            None,
        )
        if match is None:
            words = name.casefold().split()
            match = next(
                (
                    k
                    for k in known
                    if len(k.split()) > len(words) >= 2
                    and k.casefold().split()[0] == words[0]
                    and k.casefold().split()[-1] == words[-1]
                ),
                None,
            )  # "André Klein" shown, "André Oliver KLEIN" declared
        role = person["role"]
        if match is None:
            # "Hannah Pryce Trends" + "Reporter": the role's first word read into the name
            match = next((k for k in known if _role_word_after(name, k, role)), None)
            extra = name[len(match) :].strip() if match is not None else ""
            if match is not None and not FOLLOW_BUTTON.match(extra):
                role = " ".join(w for w in (extra, role) if w)  # "Trends" + "Reporter"
        fixed.append({"name": match, "role": role} if match else person)
    return fixed


# A follow button's word set right after the name ("Victoria O'Regan Follow") or beside a
# topic chip ("folgen" / "entfolgen"): no role, no topic.
FOLLOW_BUTTON = re.compile(
    r"^(?:(?:un)?follow|(?:ent)?folgen|suivre|seguir|segui|volgen|obserwuj)$", re.I
)


def _role_word_after(name: str, known: str, role: str | None) -> bool:
    """The visible name is a declared one and one more capitalised word (a role's first
    word, as "Trends" of "Trends Reporter" set in a span of its own), or up to three when
    a role word follows them ("Senior Audio" of "Senior Audio Editor")."""
    rest = name[len(known) :].split()
    most = ROLE_WORDS_BEFORE if role else 1
    return (
        len(known.split()) >= 2
        and name.startswith(known + " ")
        and 1 <= len(rest) <= most
        and all(w[:1].isupper() for w in rest)
    )


ROLE_WORDS_BEFORE = 3


def _surnames(people: list[dict]) -> set[str]:
    return {p["name"].split()[-1].casefold() for p in people if p["name"].split()}


def overlap(a: list[dict], b: list[dict]) -> bool:
    """Two author lists that share a person (same last word of the name)."""
    return bool(_surnames(a) & _surnames(b))


BIO_MAX = 400  # an author's bio under the story is a short paragraph
# "Die Autorin ist ...", "The author is ...", "L'auteur est ...": a bio by its opening.
_AUTHOR_BIO = re.compile(
    r"^(?:(?:der|die) (?:autor(?:in)?|autoren|verfasser(?:in)?)|the authors?|"
    r"l'aut(?:eur|rice)|l'autore|gli autori)\s+(?:ist|sind|war|is|are|was|est|sont|è|sono)\b|"
    # "Geboren 1983, ist seit 2015 Redakteur bei ...": the bio that leaves out the name
    r"(?:geboren|born|né|née) (?:\d{4}|am|in|on)\b(?=.{0,160}\b(?:ist|is|est|arbeitet|works)\b"
    r".{0,80}(?:redakteur|journalist|reporter|autor|korrespondent|editor|writer|author))",
    re.I,
)
# "Lars Fischer ist Chemiker und Redakteur bei ...": a full name, then what the person is.
_NAMED_BIO = re.compile(
    r"^(?!(?i:der|die|das|den|dem|ein|eine|the|a|an|this|dieser|diese)\b)"
    r"[A-ZÄÖÜ][\w'’.-]+(?: (?:[A-ZÄÖÜ][\w'’.-]+|von|van|de|der)){1,3},? "
    r"(?:ist|war|arbeitet|schreibt|lebt|is|was|works|writes|lives)\b"
)
_BIO_WORK = re.compile(
    r"redakteur|korrespondent|reporter|journalist|autor|kolumnist|professor|dozent|"
    r"wissenschaftler|forscher|historiker|ökonom|politolog|soziolog|chemiker|physiker|"
    r"lehrer|leiter|direktor|referent|doktorand|fellow|editor|correspondent|writer|author|"
    r"columnist|researcher|lecturer|director",
    re.I,
)


# A person box's lines, wherever it sits: the role under a name shown apart ("Redakteur in
# der Wirtschaft der ...", "Korrespondentin für Osteuropa"), or its text after the name set
# as the box's title ("... ist Senior Fellow bei ...").
_ROLE_LINE = re.compile(
    r"^(?:freie[rnm]? |stellvertretende[rn]? |leitende[rn]? )?"
    r"(?:redakteur|korrespondent|reporter|volontär|ressortleiter|chefredakteur|kolumnist|"
    r"journalist)(?:in)? (?:in|im|bei|der|des|für|von|vom|beim)\b",
    re.I,
)
# A role line is a noun phrase; a sentence opening with a role has its verb.
_FINITE_VERB = re.compile(
    r"\b(?:hat|haben|ist|sind|war|waren|wurde|wurden|wird|sagte|sagt|schrieb|schreibt|"
    r"berichtet|berichtete|erklärte|soll|kam|has|is|was|said|says)\b",
    re.I,
)
_TITLED_BIO = re.compile(r"^(?:…|\.\.\.)\s*(?:ist|war|leitet|arbeitet|forscht|lehrt|is|was)\b")
PROFILE_LINE_MAX = 400


def is_profile_line(text: str) -> bool:
    """A line of a box about a person (the author, an expert): the role under a name shown
    apart, or the text after a name set as the box's title; never story text."""
    if len(text) > PROFILE_LINE_MAX:
        return False
    if _ROLE_LINE.match(text) and not _FINITE_VERB.search(text):
        return True
    return bool(_TITLED_BIO.match(text))


# An English role under a name: "Coastal & Environment Reporter", "Host, Harbor Morning".
_ENGLISH_ROLE = re.compile(
    r"^(?:[A-Z][\w&'’-]*,? |& ){0,4}(?:Reporter|Editor|Correspondent|Writer|Host|Producer|Anchor|"
    r"Columnist|Journalist)\b(?:,? [A-Z][\w'’-]*){0,4}$"
)


def names_a_role(text: str) -> bool:
    """A person's name and the role under it, read as one line ("Annika Dreyer
    Korrespondentin in Paris", "Dana Whitcombe Coastal & Environment Reporter", "Tobias
    Lindqvist Redakteur Finanzen"): an author box's item."""
    words = text.split()
    return any(
        all(w[:1].isupper() for w in words[:count])
        and (
            is_profile_line(rest := " ".join(words[count:]))
            or bool(_ENGLISH_ROLE.match(rest))
            or _bare_role(rest)  # "Friederike Albrecht Redakteurin Geldanlage"
        )
        for count in (2, 3)
        if len(words) > count
    )


def is_bio(text: str) -> bool:
    """A short paragraph about the author rather than the story: "Die Autorin ist ...", or
    a full name followed by what the person is and does ("Manuela Conrad ist ZDF-Reporterin
    für ...", "Jane Doe is a senior correspondent ...")."""
    if len(text) > BIO_MAX:
        return False
    if _AUTHOR_BIO.match(text):
        return True
    return bool(_NAMED_BIO.match(text)) and bool(_BIO_WORK.search(text[:160]))
