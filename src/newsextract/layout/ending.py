"""Where the body ends: the lines after its last sentence that are no story (labels over
what follows, lone links, credits of the newsroom and its reporters, a book's details, an
author's bio and its second line) and the newsrooms' credit closing it. The body walk trims
them off the body's end; a line in the middle of the text is judged by the walk itself."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import bylines as bl
from ..lexicon import labels
from ..lexicon.names import closing_code
from .blocks import Block
from .classify import SENTENCE_END

# "Wochenblatt / Última Hora": the newsrooms the story comes from, its closing credit.
_SOURCE_NAME = r"[^\W\d_][\w.&-]*(?: [^\W\d_][\w.&-]*){0,2}"
_SOURCE_CREDIT = re.compile(rf"^{_SOURCE_NAME}(?: / {_SOURCE_NAME}){{1,2}}$")
SOURCE_CREDIT_MAX = 60


def source_credit(block: Block) -> str | None:
    """The story's last line when it names only the newsrooms it comes from, set apart by
    slashes, each capitalised ("Wochenblatt / Última Hora")."""
    text = block.text
    if len(text) > SOURCE_CREDIT_MAX or block.links or not _SOURCE_CREDIT.match(text):
        return None
    return text if all(part[0].isupper() for part in text.split(" / ")) else None


def is_bio(block: Block) -> bool:
    """A closing paragraph about the author ("Die Autorin ist ...")."""
    return block.kind == "paragraph" and bl.is_bio(block.text)


FOLLOW_BLOCK_MAX = 300  # a short block whose later line asks to follow the site
# A numbered reference under the text: "1 Maani, S. (2019): Titel. In: ...".
_REFERENCE = re.compile(r"^\[?\d{1,2}\]?\s+[A-ZÄÖÜ][\w'-]+, (?:[A-ZÄÖÜ]\.\s?)+\(\d{4}\)")
STRAY_WORDS = 8  # a label line after the text is a few words
POINTER_WORDS = 16  # a line pointing the reader at what follows is one short sentence
_POINTER = re.compile(r"\b(?:hier|unten|here|below|ici|ci-dessous)\b", re.I)


def stray_end(block: Block) -> bool:
    """A line after the last sentence that is no story: a label over what follows ("Aus
    dem Datencenter:"), a lone link ("Liveblog", a topic), a credit of the newsroom and its
    reporters ("MDR (Engin Haupt, Alisa Sonntag)"), a reviewed book's details ("Verlag 2025,
    368 S., 28 €"); never a closing code ("dpa")."""
    text = block.text
    if block.kind == "list" and block.link_only and all(len(i.split()) <= 3 for i in block.items):
        return True  # the topics as a list of links: "Venezuela"
    if block.kind == "list" and block.items and bl.is_bio(block.items[0]):
        return True  # the notes under a column: "X is a columnist ...", the letters' call
    if block.kind != "paragraph" or closing_code(text):
        return False
    lines = text.split("\n")
    if len(text) <= FOLLOW_BLOCK_MAX and any(labels.STORY_END.match(line) for line in lines[1:]):
        return True  # "Nutze die Glocke ...!" / "Folge uns auf Facebook | Instagram"
    if labels.is_reader_tip(text, block.links):
        return True  # "Tipp: Sind Sie ein Facebook-Experte? Überprüfen Sie Ihr Wissen ..."
    if bl.filed_by(text):
        return True  # "This article was written by X and published on 3 May 2024."
    if _REFERENCE.match(text):
        return True  # "1 Maani, S. (2019): Der Islam ... In: Versorgerin #121"
    if text.endswith(":") and len(text.split()) <= STRAY_WORDS:
        return True
    if labels.AUTHOR_BOX_LABEL.match(text):
        return True  # "Über die Autorin", its box's bio already left out
    if labels.is_medical_disclaimer(text):
        return True  # "Dieser Artikel ersetzt keine ärztliche Beratung ..."
    if text.endswith(":") and len(text.split()) <= POINTER_WORDS and _POINTER.search(text):
        return True  # "Sehen Sie sich hier den Talk mit ... an:" over an embed
    label, _, rest = text.partition("\n")
    if label.endswith(":") and len(label.split()) <= 3 and rest and "\n" not in rest:
        return len(rest.split()) <= STRAY_WORDS and not rest.endswith(SENTENCE_END)  # "Zum Buch:"
    if block.link_only and len(text.split()) <= 2 and not text.endswith(SENTENCE_END):
        return True
    if len(block.links) >= 3 and block.covered >= 0.8 and not text.endswith(SENTENCE_END):
        return True  # a line of topic links, their commas between them: "Politik, Media, ..."
    return bool(_NEWSROOM_CREDIT.match(text)) or labels.is_book_info(text)


# "MDR (Engin Haupt, Alisa Sonntag)", "Radio Exemple Lyon (Claire Exemple)": a newsroom's
# name and its reporters' names.
_NAME = r"[A-ZÄÖÜ][\w'-]+(?: [A-ZÄÖÜ][\w'-]+)+"
_NEWSROOM_CREDIT = re.compile(
    rf"^[A-ZÄÖÜ][\w.-]{{1,15}}(?: [A-ZÄÖÜ][\w.-]{{1,15}}){{0,2}} "
    rf"\({_NAME}(?:(?:, | und | and | et ){_NAME}){{0,3}}\)$"
)
BIO_TAIL_MAX = 200  # a bio's second paragraph is one short sentence


def bio_tail(block: Block) -> bool:
    """A short paragraph after an author's bio, the bio's own second line (its contact
    links at most part of it, no link line)."""
    return block.kind == "paragraph" and len(block.text) <= BIO_TAIL_MAX and block.covered < 0.5


def is_sentence(text: str) -> bool:
    """A line that says something: six words or more, ending as a sentence ends."""
    return len(text.split()) >= 6 and text.endswith(SENTENCE_END)


# The glyph a magazine sets after a story's last word ("... back to the dark. ■"): an end
# mark, no part of the sentence.
_END_MARK = re.compile(r"\s*[■□▪▫◼◾◆◇♦●∎⬛]$")


def end_mark(block: Block) -> bool:
    """A block that is only the end mark, set apart after the last paragraph."""
    return block.kind == "paragraph" and bool(_END_MARK.fullmatch(block.text))


def without_end_mark(block: Block) -> Block:
    """The closing paragraph without the end mark after its last sentence."""
    if block.kind != "paragraph" or not _END_MARK.search(block.text) or end_mark(block):
        return block
    return replace(block, text=_END_MARK.sub("", block.text))
