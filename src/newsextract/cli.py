"""The command line: a thin Click layer over ``extract()``."""

from __future__ import annotations

import sys
import traceback

import click

from . import __version__
from .errors import NewsExtractError
from .extract import extract
from .load import DEFAULT_MAX_BYTES
from .output import dumps, schema_text
from .sources import read_bytes

EPILOG = """\b
Examples:
  newsextract page.html                  pretty JSON of one article
  newsextract --compact page.html        the same on one line
  cat page.html | newsextract -          read the page from stdin
  newsextract --url https://www.news.de/politik/858129473/x/1/ saved.html
  newsextract page.html | jq -r .headline
  newsextract --schema                   the JSON Schema of the output

\b
Exit codes: 0 success, 1 the page could not be extracted (not an article,
not HTML, unreadable, ...), 2 bad usage.
"""


def _stdout_write(text: str) -> None:
    """Write UTF-8 whatever the locale says: stdout carries data, not terminal text."""
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.buffer.flush()


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("path", required=False, metavar="PATH")
@click.option(
    "--url",
    metavar="URL",
    help="The page's address, used when the page names no "
    "canonical URL; relative links resolve against it.",
)
@click.option("--compact", is_flag=True, help="Print the JSON on one line instead of indented.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse pages larger than this (after gunzip).",
)
@click.option(
    "--schema", "show_schema", is_flag=True, help="Print the JSON Schema of the output and exit."
)
@click.option("--debug", is_flag=True, help="Show the full traceback of unexpected errors.")
@click.version_option(__version__, "--version", prog_name="newsextract")
def main(
    path: str | None, url: str | None, compact: bool, max_bytes: int, show_schema: bool, debug: bool
) -> None:
    """Extract a news article from a saved HTML page as JSON.

    PATH is an HTML file (plain or gzip-compressed), or "-" for stdin. The
    record goes to stdout; warnings and errors go to stderr.
    """
    if show_schema:
        _stdout_write(schema_text().rstrip("\n"))
        return
    if path is None:
        raise click.UsageError("missing PATH (a file, or - for stdin)")
    try:
        data = read_bytes(path, max_bytes)
        article = extract(data, url=url, source=path)
    except NewsExtractError as exc:
        click.echo(f"newsextract: {path}: {exc}", err=True)
        sys.exit(1)
    except Exception as exc:  # a bug: say so in one line unless asked for the traceback
        if debug:
            traceback.print_exc()
        click.echo(
            f"newsextract: {path}: internal error: {type(exc).__name__}: {exc} "
            "(run with --debug for details)",
            err=True,
        )
        sys.exit(1)
    _stdout_write(dumps(article.to_dict(), pretty=not compact))
