"""Reading pages from web archives against reading the same pages as files, 1 and 2 jobs.

    python bench/warc_speed.py [--corpus DIR] [--archives 4] [--runs 3]

The corpus pages are written once into ``--archives`` gzipped WARC files (each page an HTTP
200 response with its manifest URL, a text/html Content-Type, in manifest order) in a
temporary folder, and once as plain files beside them. The command line then reads both,
``--quiet`` to /dev/null, with ``-j 1`` and ``-j 2``, the runs interleaved (files, archives,
files, archives, ...) so that the machine's noise falls on both; the median wall time of
the runs is kept. Prints pages per second of each and two ratios: archives / files (the
cost of reading from a WARC) and 2 jobs / 1 job (one archive is one worker's, so there are
several). Needs warcio (a dependency of newsextract).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("NEWSEXTRACT_CORPUS", ROOT.parent / "shared" / "corpus"))


def write_inputs(corpus: Path, folder: Path, archives: int) -> int:
    """The corpus pages as ``archives`` WARC files under folder/warc and as files under
    folder/files; the number of pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    entries = [json.loads(line) for line in (corpus / "manifest.jsonl").open(encoding="utf-8")]
    (folder / "warc").mkdir()
    (folder / "files").mkdir()
    handles = [(folder / "warc" / f"part-{i:02d}.warc.gz").open("wb") for i in range(archives)]
    writers = [WARCWriter(h, gzip=True) for h in handles]
    for n, entry in enumerate(entries):
        page = gzip.decompress((corpus / entry["file"]).read_bytes())
        (folder / "files" / f"{n:04d}.html").write_bytes(page)
        writer = writers[n * archives // len(entries)]
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        uri = entry.get("url") or f"https://example.invalid/{n}"
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(page), http_headers=http
        )
        writer.write_record(record)
    for handle in handles:
        handle.close()
    return len(entries)


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "newsextract", "--quiet", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--archives", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (args.corpus / "manifest.jsonl").is_file():
        print(
            f"warc_speed.py: no corpus at {args.corpus} (a manifest.jsonl is expected there: "
            "../shared/corpus beside the checkout, or NEWSEXTRACT_CORPUS or --corpus DIR)",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pages = write_inputs(args.corpus, folder, args.archives)
        times: dict[tuple[str, int], list[float]] = {}
        for _ in range(args.runs):
            for jobs in (1, 2):
                for kind in ("files", "warc"):
                    seconds = timed(["-j", str(jobs), str(folder / kind)])
                    times.setdefault((kind, jobs), []).append(seconds)
    rate = {key: pages / statistics.median(values) for key, values in times.items()}
    print(f"# {pages} pages, {args.archives} archives, median of {args.runs} runs (wall time)\n")
    print("| jobs | files pages/s | WARC pages/s | WARC / files |")
    print("|---:|---:|---:|---:|")
    for jobs in (1, 2):
        files, warc = rate[("files", jobs)], rate[("warc", jobs)]
        print(f"| {jobs} | {files:.1f} | {warc:.1f} | {warc / files:.2f}× |")
    print(
        f"\n2 jobs / 1 job: files {rate[('files', 2)] / rate[('files', 1)]:.2f}×, "
        f"WARC {rate[('warc', 2)] / rate[('warc', 1)]:.2f}×"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
