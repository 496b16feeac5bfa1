"""CPU time of newsextract on one very large page, made from the example article.

    python bench/big_page.py [--mb 20] [--runs 3]

Long pages happen: a live blog of several days, a document dump, a forum thread saved whole.
Time on them must grow with the page, not with its square (a wrapper's text read again for
every small element inside it). The page is the example article (``examples/article.html``)
with its paragraphs repeated in numbered sections until it has ``--mb`` megabytes, each
paragraph made unique by its section's number (so no repeat rule drops it), each section
with a heading, a ``<time>`` and a teaser link as live blogs have them, and the markup well
formed. Prints the page's size, the CPU seconds of each run (``time.process_time``) and
their median, and the words of the record's body.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsextract import extract  # noqa: E402


def big_page(megabytes: float) -> bytes:
    """The example article with its paragraphs repeated in sections up to the given size."""
    html = (ROOT / "examples" / "article.html").read_text(encoding="utf-8")
    paragraphs = re.findall(r"<p>([^<]{80,})</p>", html)
    head = html[: html.index("<body")]
    sections = []
    size, number = len(head), 0
    while size < megabytes * 1_000_000:
        number += 1
        texts = "".join(f"<p>{number}. {text}</p>" for text in paragraphs)
        section = (
            f'<section class="entry"><time datetime="2025-08-14T{number % 24:02}:00:00+02:00">'
            f"{number % 24:02}:00 Uhr</time><h2>Abschnitt {number}</h2>{texts}"
            f'<p>Mehr: <a href="/politik/abschnitt-{number}-hitzeschutz-staedte">Hitzeschutz '
            f"in den Städten, Teil {number}</a></p></section>"
        )
        sections.append(section)
        size += len(section.encode("utf-8"))
    body = (
        "<body><article><h1>Hitzeschutz: Großstädte verlangen Milliarden vom Bund</h1>"
        f"{''.join(sections)}</article></body></html>"
    )
    return (head + body).encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the page in megabytes")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    page = big_page(args.mb)
    seconds, words = [], 0
    for _ in range(args.runs):
        start = time.process_time()
        record = extract(page)
        seconds.append(time.process_time() - start)
        words = record.word_count
    runs = ", ".join(f"{s:.2f}" for s in seconds)
    print(
        f"{len(page) / 1e6:.1f} MB page: {runs} s CPU (median {statistics.median(seconds):.2f} s); "
        f"{words} words of body"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
