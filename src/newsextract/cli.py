"""The command line: a thin Click layer over ``extract()``."""

from __future__ import annotations

import os
import re
import sys
import traceback

import click

from .errors import NewsExtractError
from .page.load import DEFAULT_MAX_BYTES
from .runner.formats import FORMATS
from .runner.sources import read_bytes
from .version import __version__

EPILOG = """\b
Examples:
  newsextract page.html                  pretty JSON of one article
  newsextract --compact page.html        the same on one line
  cat page.html | newsextract -          read the page from stdin
  newsextract --url https://www.news.de/politik/858129473/x/1/ saved.html
  newsextract page.html | jq -r .headline
  newsextract --schema                   the JSON Schema of the output
  newsextract pages/ > articles.jsonl    a whole directory, one line per page
  newsextract -o out/ --skip-existing pages/   one NAME.json per page, resumable
  newsextract --glob 'index.html*' mirror/     a wget mirror's pages
  curl -sL URL | newsextract --url URL -       a page from the web (never fetched here)

\b
Exit codes: 0 success, 1 a page could not be extracted (not an article,
not HTML, unreadable, ...), 2 bad usage, 130 interrupted.
"""


def _stdout_write(text: str) -> None:
    """Write UTF-8 whatever the locale says: stdout carries data, not terminal text."""
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.buffer.flush()


class _Command(click.Command):
    """Ctrl-C before a batch's own handler is in place (while starting, reading one page) is
    an interruption too: exit 130 with one line, never Click's "Aborted!" and exit 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("newsextract: interrupted", err=True)
            ctx.exit(130)


@click.command(
    cls=_Command, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option(
    "--url",
    metavar="URL",
    help="The page's address, used when the page names no "
    "canonical URL; relative links resolve against it.",
)
@click.option("--compact", is_flag=True, help="Print the JSON on one line instead of indented.")
@click.option("--jsonl", is_flag=True, help="One compact JSON line per page, even for one page.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="json (one page: indented), jsonl (one line per page), text (the article as a "
    "reader reads it), markdown, csv (one row per page)  [default: json for one page, "
    "jsonl for several].",
)
@click.option(
    "--language",
    metavar="CODE",
    help="Keep only pages in this language (de, en, ...); others are counted as skipped.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Extract also a page that does not look like an article (with a warning).",
)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(),
    metavar="DIR",
    help="Write one NAME.json per page under DIR, mirroring the input tree (an archive's "
    "records: one DIR/NAME.jsonl.gz); a DIR ending in .parquet is one Parquet file of all "
    "records instead (needs pyarrow).",
)
@click.option(
    "--skip-existing",
    is_flag=True,
    help="With --output-dir: skip pages whose record is already written.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for batches [default: the machine's cores].",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=30.0,
    show_default=True,
    help="Seconds one page may take in a batch (0: no limit).",
)
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="In directories, take the files whose name or relative path matches PATTERN "
    "(repeatable; e.g. 'index.html*', '*.php') instead of *.html, *.htm, *.xhtml.",
)
@click.option(
    "--sniff", is_flag=True, help="In directories, also take any file whose bytes are HTML."
)
@click.option("-v", "--verbose", is_flag=True, help="Name the files a batch did not take, and why.")
@click.option(
    "--warc-list",
    type=click.File("r", encoding="utf-8"),
    metavar="FILE",
    help="Read the WARC files (or pages) named in FILE, one path per line, as in Common "
    "Crawl's warc.paths.",
)
@click.option(
    "--status",
    type=click.IntRange(min=0),
    default=200,
    show_default=True,
    help="From WARC files, take the responses with this HTTP status (0: any).",
)
@click.option(
    "--domain",
    "domains",
    multiple=True,
    metavar="HOST",
    help="From WARC files, take only responses for HOST and its subdomains (repeatable).",
)
@click.option("--fail-fast", is_flag=True, help="Stop a batch at the first page that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
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
    paths: tuple[str, ...],
    url: str | None,
    compact: bool,
    jsonl: bool,
    fmt: str | None,
    language: str | None,
    force: bool,
    output_dir: str | None,
    skip_existing: bool,
    jobs: int | None,
    timeout: float,
    globs: tuple[str, ...],
    sniff: bool,
    verbose: bool,
    warc_list,
    status: int,
    domains: tuple[str, ...],
    fail_fast: bool,
    quiet: bool,
    max_bytes: int,
    show_schema: bool,
    debug: bool,
) -> None:
    """Extract news articles from saved HTML pages as JSON.

    PATH is an HTML file (plain or gzip-compressed), a WARC or ARC file (its HTML
    responses are the pages), a directory (walked for *.html, *.htm, *.xhtml, *.warc
    and their .gz forms), or "-" for stdin. One page
    gives one JSON record; several pages give JSON Lines, one record per page,
    in sorted order. Records go to stdout; progress and errors go to stderr.
    """
    if show_schema:
        from .runner.output import schema_text

        _stdout_write(schema_text().rstrip("\n"))
        return
    if warc_list is not None:
        listed = [line.strip() for line in warc_list if line.strip() and not line.startswith("#")]
        paths = (*paths, *listed)
    if not paths:
        raise click.UsageError("missing PATH (a file, a directory, or - for stdin)")
    parquet = output_dir if output_dir and output_dir.lower().endswith(".parquet") else None
    if parquet:
        output_dir = None
        if skip_existing:
            raise click.UsageError("--skip-existing needs an output directory, not a .parquet file")
        if fmt not in (None, "jsonl") or jsonl:
            raise click.UsageError("-o FILE.parquet takes no --format or --jsonl")
        from .runner.parquet import INSTALL_HINT, available

        if not available():
            click.echo(f"newsextract: {INSTALL_HINT}", err=True)
            sys.exit(2)
    elif output_dir and os.path.isfile(output_dir):
        raise click.UsageError(f"--output-dir {output_dir!r} is a file, not a directory")
    if skip_existing and not output_dir:
        raise click.UsageError("--skip-existing needs --output-dir")
    web = next((p for p in paths if p.lower().startswith(("http://", "https://"))), None)
    if web is not None and not os.path.exists(web):
        raise click.UsageError(
            f"{web} is an address: newsextract reads saved pages, it never fetches. "
            f"To read one page from the web: curl -sL '{web}' | newsextract --url '{web}' -"
        )
    if language and not re.fullmatch(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})?", language):
        raise click.UsageError(
            f"--language takes a language code (de, en, fr, ...), not {language!r}"
        )
    bad_host = next((d for d in domains if not re.fullmatch(r"\.?[\w-]+(?:\.[\w-]+)*", d)), None)
    if bad_host is not None:
        raise click.UsageError(
            f"--domain takes a host name (news.de, www.news.de), not {bad_host!r}"
        )
    if jsonl and fmt not in (None, "jsonl"):
        raise click.UsageError(f"--jsonl and --format {fmt} ask for two formats")
    fmt = "jsonl" if jsonl else fmt
    from .runner.warc import is_warc

    single = (
        len(paths) == 1
        and not output_dir
        and not parquet
        and not os.path.isdir(paths[0])
        and not (paths[0] != "-" and is_warc(paths[0]))
    )
    if single and fmt != "jsonl" and not language:
        _single(
            paths[0],
            url,
            "jsonl" if compact and fmt in (None, "json") else fmt,
            max_bytes,
            debug,
            force,
        )
        return
    from .runner.batch import run_batch

    sys.exit(
        run_batch(
            list(paths),
            url=url,
            output_dir=output_dir,
            parquet=parquet,
            skip_existing=skip_existing,
            jobs=jobs or os.cpu_count() or 1,
            timeout=timeout,
            fail_fast=fail_fast,
            quiet=quiet,
            max_bytes=max_bytes,
            globs=globs,
            sniff=sniff,
            verbose=verbose,
            fmt=fmt,
            force=force,
            language=language,
            status=status or None,
            domains=tuple(d.lower().lstrip(".") for d in domains),
        )
    )


def _single(
    path: str, url: str | None, fmt: str | None, max_bytes: int, debug: bool, force: bool
) -> None:
    """One page: its record (indented JSON, or the format asked for) on stdout, or a
    one-line error and exit 1."""
    from .pipeline import extract
    from .runner.formats import csv_header, render

    try:
        data = read_bytes(path, max_bytes)
        article = extract(data, url=url, source=path, max_bytes=max_bytes, force=force)
    except NewsExtractError as exc:
        click.echo(f"newsextract: {path}: {exc}", err=True)
        if fmt == "csv":  # the row names the error, as in a batch
            from .runner.output import error_record

            _stdout_write(
                f"{csv_header()}\n{render(error_record(path, exc.code, exc.message), 'csv')}"
            )
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
    fmt = fmt or "json"
    text = render(article.to_dict(), fmt, pretty=True)
    if fmt == "csv":
        text = f"{csv_header()}\n{text}"
    try:
        _stdout_write(text)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
