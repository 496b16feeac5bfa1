"""Language codes as pages declare them ("de-DE" is "de"), and a text's language guessed
from its stopwords."""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = {
    "de": "der die das und ist nicht mit sich auf für ein eine dem den von zu im auch es "
    "sie wird bei nach wie aus noch hat sind einem einer über".split(),
    "en": "the and is of to in that it with for was on as are be by this have from at "
    "his her they not but".split(),
    "fr": "le la les et des est une dans que pour pas sur qui avec sont du au".split(),
    "es": "el la los las y que del en por una con para es se no su al".split(),
    "it": "il la che di è per non una sono del della con gli nel".split(),
    "nl": "de het een en van is dat niet op zijn voor met ook aan".split(),
}
_WORD = re.compile(r"[^\W\d_]+")


def normalise(tag: str | None) -> str | None:
    """Primary subtag in lower case: "de-DE" and "de_AT" give "de"."""
    if not tag:
        return None
    primary = re.split(r"[-_\s,;]", tag.strip().lower())[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def guess(text: str) -> str | None:
    """Language of a text by stopword share; None when the text is too short to tell."""
    words = Counter(w.lower() for w in _WORD.findall(text[:20000]))
    total = sum(words.values())
    if total < 30:
        return None
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 0.08 * total else None
