"""Pages per second of `newsextract` over a directory, with 1 and 2 workers, and peak memory.

    python bench/throughput.py [--corpus DIR] [--runs 3] [--copies 10]

Runs the installed command line as a user would (gzipped pages read as they are), takes the
median wall time of several runs, prints the jobs-2/jobs-1 ratio, and the peak resident
memory of the whole process tree (parent and workers, sampled from /proc) for the corpus once
and for ``--copies`` copies of it, to show memory does not grow with the number of files.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_CORPUS = Path(
    os.environ.get("NEWSEXTRACT_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)


def _tree_rss_kib(root_pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/status") as handle:
                kib = next((int(line.split()[1]) for line in handle if line.startswith("VmRSS")), 0)
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = kib
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_once(pages: Path, jobs: int, sample_memory: bool = False) -> tuple[float, int, int]:
    """(seconds, peak KiB of the process tree or 0, records written) for one run. Timed runs
    do not sample memory: walking /proc costs CPU that the workers would miss."""
    command = [sys.executable, "-m", "newsextract", "--quiet", "--jobs", str(jobs), str(pages)]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL)
        peak = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, _tree_rss_kib(proc.pid))
                stop.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        if sample_memory:
            sampler.start()
        proc.wait()
        stop.set()
        if sample_memory:
            sampler.join()
        seconds = time.perf_counter() - start
        sink.seek(0)
        records = sum(1 for _ in sink)
    return seconds, peak, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    pages = args.corpus / "pages"
    count = sum(1 for _ in pages.glob("*.html.gz"))
    print(f"# newsextract throughput: {count} gzipped pages, median of {args.runs} runs\n")
    print("| jobs | median s | pages/s |\n|---:|---:|---:|")
    rates = {}
    for jobs in (1, 2):
        results = [run_once(pages, jobs) for _ in range(args.runs)]
        median = statistics.median(r[0] for r in results)
        rates[jobs] = count / median
        print(f"| {jobs} | {median:.2f} | {rates[jobs]:.1f} |")
    print(f"\nratio jobs 2 / jobs 1: **{rates[2] / rates[1]:.2f}**\n")
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.copies):
            copy = Path(tmp) / f"copy{i:02d}"
            copy.mkdir()
            for page in pages.glob("*.html.gz"):
                os.symlink(page.resolve(), copy / page.name)
        seconds, peak, records = run_once(Path(tmp), 2, sample_memory=True)
        once = run_once(pages, 2, sample_memory=True)
    print("| input | pages | seconds | peak MiB (tree) |\n|---|---:|---:|---:|")
    print(f"| corpus once | {once[2]} | {once[0]:.1f} | {once[1] / 1024:.0f} |")
    print(f"| corpus x{args.copies} | {records} | {seconds:.1f} | {peak / 1024:.0f} |")


if __name__ == "__main__":
    main()
