"""Image credits and captions as text: where a caption's credit starts ("Putin im Kreml.
Bild: picture alliance/dpa | X"), and whether a line is a caption at all.

The split is at the *last* credit marker, because captions may quote "Bild:" themselves.
"""

from __future__ import annotations

import re

from ..page.text import clean

CAPTION_MAX = 400  # a caption is never longer than this
_CREDIT_WORDS = (
    r"(?:Bild|Bilder|Foto|Fotos|Photo|Photos|Quelle|Credit|Copyright|Titelbild|Titelfoto|"
    r"Symbolbild|Symbolfoto|Symbolgrafik|Grafik|Screenshots?|Bildrechte|Bildquelle|"
    r"Bildnachweis|Fotonachweis|Fotoquelle)"
)


# " Foto: X", " (Foto: X)", " © X", " - Copyright X" (the credit closing a caption)
CREDIT_MARKER = re.compile(
    rf"\s\(?{_CREDIT_WORDS}\s?:(?:\s+|(?=©))|\s©\s?|\s\(c\)\s|\s[-–|]\s(?:Copyright|Credit|Foto|Bild)\s"
    r"|\sCredit(?:\.\.\.|…)\s?",
    re.I,
)


CREDIT_PREFIX = re.compile(rf"^{_CREDIT_WORDS}\s?:\s*|^©\s*|^\(c\)\s*", re.I)


def split_credit(text: str) -> tuple[str | None, str | None]:
    """Caption and credit from one caption line, split at the last credit marker."""
    text = clean(text)
    matches = list(CREDIT_MARKER.finditer(" " + text))
    if not matches:
        return (text or None), None
    last = matches[-1]
    caption = clean((" " + text)[: last.start()]).rstrip(" |/–—-")  # "Caption | Bildquelle: X"
    credit = clean((" " + text)[last.end() :])
    if credit.endswith(")") and credit.count("(") < credit.count(")"):
        credit = credit[:-1].rstrip()  # "(Foto: Max Bildner)", "(Image: © NASA)"
    if last.group().strip().startswith(("©", "(c)")):
        credit = credit or None
    if re.fullmatch(r"\(?\S+:", caption):
        caption = ""  # a label over the credit ("Rubriklistenbild: © dpa"), no caption
    return (caption or None), (credit or None)


_ZOOM_BUTTON = re.compile(r"^(?:vergrößern|bild vergrößern|zoom|enlarge)\s+\S", re.I)


def is_caption_text(text: str, noise: re.Pattern) -> bool:
    """A line that is an image caption: ends in a credit or in the site's caption ``noise``
    (a zoom button's label), or starts with the zoom button's label ("Vergrößern Die Kamera
    im Display")."""
    text = clean(text)
    if len(text) > CAPTION_MAX:
        return False
    if _ZOOM_BUTTON.match(text):
        return True
    if noise.search(text):
        return True
    match = list(CREDIT_MARKER.finditer(" " + text))
    if not match:
        return False
    credit = (" " + text)[match[-1].end() :]
    # A credit is short; it ends without a full stop, or names its parts ("dpa | X", "a/b").
    ended = credit.rstrip().endswith((".", "!", "?"))
    return 0 < len(credit) <= 120 and (not ended or bool(re.search(r"[|/]", credit)))
