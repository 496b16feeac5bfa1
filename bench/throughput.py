"""Pages per second of `newsextract` over a directory, with 1 and 2 workers, and peak memory.

    python bench/throughput.py [--corpus DIR] [--runs 3] [--copies 10]
    python bench/throughput.py --base REV [--corpus DIR] [--runs 3] [--startup-runs 5]

Runs the command line as a user would (gzipped pages read as they are), takes the median
wall time of several runs, prints the jobs-2/jobs-1 ratio, and the peak resident memory of
the whole process tree (parent and workers, sampled from /proc) for the corpus once and for
``--copies`` copies of it, to show memory does not grow with the number of files.

With ``--base REV`` it instead compares the code of commit REV with the working tree's, in
one run, since on a noisy machine only interleaved timings are comparable. REV's ``src/`` is
exported with ``git archive`` into a temporary directory (as ``same_records.py`` does); each
side runs ``python -m newsextract`` with ``PYTHONPATH`` set to its ``src`` directory (the
working tree's is the one beside this script) and the working directory set to the temporary
directory, so neither ``''`` nor the editable install decides what is imported. That works
because this project's editable install is a plain ``.pth`` path entry, which ``site`` appends
after the ``PYTHONPATH`` entries; the script checks it anyway: before timing it asks each side
where ``newsextract`` is found and stops if that is outside the side's ``src``. After one
untimed warm-up per side (one page; it also writes the exported tree's bytecode),
``--startup-runs`` runs of ``--version`` and ``--runs`` runs of ``--quiet --jobs 1 PAGES``
alternate between the sides, the order swapped every round (base first, then working tree
first, ...). It prints each side's median seconds and pages per second, the ratio working
tree / base of the median times (below 1 is faster), and checks that every run of both sides
wrote the same number of records. The memory part is skipped in this mode.
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

from same_records import _export  # bench/ is sys.path[0] when run as a script

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("NEWSEXTRACT_CORPUS", ROOT.parent / "shared" / "corpus"))


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


def _env(src: Path | None) -> dict[str, str] | None:
    """The environment of a run importing newsextract from ``src`` (None: the installed one)."""
    return None if src is None else {**os.environ, "PYTHONPATH": str(src)}


def _run(
    args: list[str], src: Path | None = None, sample_memory: bool = False
) -> tuple[float, int, int]:
    """(seconds, peak KiB of the process tree or 0, records written) of one
    ``python -m newsextract ARGS`` run. Timed runs do not sample memory: walking /proc costs
    CPU that the workers would miss. Exit 1 (a page could not be extracted) is normal on the
    corpus; any other exit code or a traceback stops the benchmark."""
    command = [sys.executable, "-m", "newsextract", *args]
    with tempfile.TemporaryFile() as sink, tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, stdout=sink, stderr=errors, env=_env(src), cwd=tempfile.gettempdir()
        )
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
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
        if proc.returncode not in (0, 1) or "Traceback (most recent call last)" in stderr:
            sys.exit(
                f"failed (exit {proc.returncode}): PYTHONPATH={src or ''} {' '.join(command)}\n"
                + stderr[-3000:]
            )
        sink.seek(0)
        records = sum(1 for _ in sink)
    return seconds, peak, records


def run_once(pages: Path, jobs: int, sample_memory: bool = False) -> tuple[float, int, int]:
    """(seconds, peak KiB or 0, records written) for one run of the installed code."""
    return _run(["--quiet", "--jobs", str(jobs), str(pages)], sample_memory=sample_memory)


def _check_origin(src: Path) -> None:
    """Stop unless a run with ``PYTHONPATH=src`` imports newsextract from ``src``."""
    probe = "import importlib.util; print(importlib.util.find_spec('newsextract').origin)"
    origin = subprocess.run(
        [sys.executable, "-c", probe],
        env=_env(src),
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(origin).resolve().is_relative_to(src.resolve()):
        sys.exit(f"PYTHONPATH={src} imports newsextract from {origin}, not from {src}")


def _interleaved(sides: dict[str, Path], args: list[str], runs: int) -> dict[str, list]:
    """``runs`` results of ``_run(args)`` per side, alternating sides, order swapped per round."""
    results: dict[str, list] = {label: [] for label in sides}
    labels = list(sides)
    for i in range(runs):
        for label in labels if i % 2 == 0 else labels[::-1]:
            results[label].append(_run(args, sides[label]))
    return results


def compare(rev: str, pages: Path, runs: int, startup_runs: int) -> int:
    """Interleaved timings of commit ``rev`` and the working tree; 1 if records differ."""
    count = sum(1 for _ in pages.glob("*.html.gz"))
    with tempfile.TemporaryDirectory() as tmp:
        sha = _export(rev, Path(tmp))
        base, new = sha[:7], "working tree"
        sides = {base: Path(tmp) / "src", new: ROOT / "src"}
        one_page = Path(tmp) / "one"
        one_page.mkdir()
        first = min(pages.glob("*.html.gz"))
        os.symlink(first.resolve(), one_page / first.name)
        for src in sides.values():
            _check_origin(src)
            _run(["--quiet", "--jobs", "1", str(one_page)], src)  # warm-up, not timed
        startup = _interleaved(sides, ["--version"], startup_runs)
        timed = _interleaved(sides, ["--quiet", "--jobs", "1", str(pages)], runs)
    print(
        f"# newsextract throughput: {new} vs {base} ({sha[:12]}), {count} gzipped pages, "
        f"--jobs 1, median of {runs} interleaved runs each ({startup_runs} for start-up)\n"
    )
    print("| version | median s | pages/s | runs s | start-up median s |")
    print("|---|---:|---:|---|---:|")
    medians, starts = {}, {}
    for label in sides:
        medians[label] = statistics.median(r[0] for r in timed[label])
        starts[label] = statistics.median(r[0] for r in startup[label])
        each = ", ".join(f"{r[0]:.2f}" for r in timed[label])
        print(
            f"| {label} | {medians[label]:.2f} | {count / medians[label]:.1f} | {each} "
            f"| {starts[label]:.3f} |"
        )
    print(
        f"\n{new} / {base}, median time: corpus **{medians[new] / medians[base]:.2f}x**, "
        f"start-up **{starts[new] / starts[base]:.2f}x** (below 1: the working tree is faster)"
    )
    records = {label: sorted({r[2] for r in timed[label]}) for label in sides}
    if records[base] == records[new] and len(records[base]) == 1:
        print(f"records: {records[base][0]} in every run of both sides")
        return 0
    print(f"records DIFFER: {base} wrote {records[base]}, {new} wrote {records[new]}")
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--base", metavar="REV", help="compare with this commit, interleaved")
    parser.add_argument("--startup-runs", type=int, default=5, help="--version runs with --base")
    args = parser.parse_args()
    if not (args.corpus / "pages").is_dir():
        print(
            f"throughput.py: no corpus at {args.corpus} (its pages/ folder is expected there: "
            "../shared/corpus beside the checkout, or NEWSEXTRACT_CORPUS or --corpus DIR)",
            file=sys.stderr,
        )
        return 2
    pages = args.corpus.resolve() / "pages"
    if args.base:
        return compare(args.base, pages, args.runs, args.startup_runs)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
