"""Check that a change changed no output: the records of every corpus page and every fixture
page, written by the code of a base commit and by the working tree, compared byte for byte.

    python bench/same_records.py [--base REV] [--corpus DIR] [--jobs N] [--show N]

The base commit's ``src/`` is exported with ``git archive`` into a temporary directory and
run in a subprocess of its own, so the two sides never share imported modules. Both sides
read the same inputs: the corpus pages (gzipped bytes as they are, with the manifest's URL,
as ``score_corpus.py`` passes them) and every ``*.html`` under ``tests/fixtures`` and
``examples`` of the working tree (with the ``NAME.url.txt`` address the tests pass). A
record is the compact JSON the command line prints, or the error's code and message. The
base side's records are cached per commit in the temporary directory, so repeated checks
during a refactoring cost one run. Exit code 0 when every record is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("NEWSEXTRACT_CORPUS", ROOT.parent / "shared" / "corpus"))


def inputs(corpus: Path) -> list[tuple[str, str, str | None]]:
    """(name, file, url) of every page both sides read, in a fixed order."""
    found = []
    manifest = corpus / "manifest.jsonl"
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            found.append((entry["id"], str(corpus / entry["file"]), entry.get("url")))
    for folder in (ROOT / "tests" / "fixtures", ROOT / "examples"):
        for page in sorted(folder.rglob("*.html")):
            url_file = page.with_suffix(".url.txt")
            url = url_file.read_text(encoding="utf-8").strip() if url_file.exists() else None
            found.append((str(page.relative_to(ROOT)), str(page), url))
    return found


def _record(item: tuple[str, str, str | None]) -> str:
    """One page's record as the command line would print it (compact), or its error."""
    from newsextract import NewsExtractError, extract

    name, path, url = item
    data = Path(path).read_bytes()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    try:
        record = extract(data, url=url, source=name).to_dict()
    except NewsExtractError as exc:
        record = {"source": name, "error": {"code": exc.code, "message": exc.message}}
    except Exception as exc:  # a crash is a record too: it must not change either
        record = {"source": name, "crash": f"{type(exc).__name__}: {exc}"}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def emit(src: Path, corpus: Path, out: Path, jobs: int) -> None:
    """Write the records of every input, one line each, with the code under ``src``."""
    sys.path.insert(0, str(src))
    items = inputs(corpus)
    with Pool(jobs) as pool, out.open("w", encoding="utf-8") as handle:
        for line in pool.imap(_record, items, chunksize=4):
            handle.write(line + "\n")


def _run_side(src: Path, corpus: Path, out: Path, jobs: int) -> list[str]:
    """Records written by a fresh interpreter that imports newsextract from ``src``."""
    command = [sys.executable, __file__, "--emit", str(src), "--corpus", str(corpus)]
    command += ["--out", str(out), "--jobs", str(jobs)]
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run(command, check=True, env=env, cwd=tempfile.gettempdir())
    return out.read_text(encoding="utf-8").splitlines()


def _export(rev: str, target: Path) -> str:
    """The commit ``rev`` resolves to, with its ``src/`` unpacked under ``target``."""
    sha = subprocess.run(
        ["git", "rev-parse", rev], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    archive = subprocess.run(
        ["git", "archive", "--format=tar", sha, "src"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tempfile.TemporaryFile() as tar_file:
        tar_file.write(archive)
        tar_file.seek(0)
        with tarfile.open(fileobj=tar_file) as tar:
            tar.extractall(target, filter="data")
    return sha


def _changed_keys(before: dict, after: dict, width: int = 240) -> str:
    """The keys whose values differ, each as before/after; body text as its changed ends."""
    lines = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key == "body":
            old, new = (old or {}).get("text", ""), (new or {}).get("text", "")
            shortest = min(len(old), len(new))
            start = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), shortest)
            end = next(
                (i for i, (a, b) in enumerate(zip(old[::-1], new[::-1])) if a != b), shortest
            )
            end = min(end, shortest - start)  # the common ends do not overlap
            old = f"...{old[max(start - 60, 0) : len(old) - end + 60]}..."
            new = f"...{new[max(start - 60, 0) : len(new) - end + 60]}..."
        old_text = json.dumps(old, ensure_ascii=False)[:width]
        new_text = json.dumps(new, ensure_ascii=False)[:width]
        lines.append(f"  {key}:\n    - {old_text}\n    + {new_text}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="commit to compare with [HEAD]")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--show", type=int, default=5, help="differing records to print")
    parser.add_argument(
        "--keys", action="store_true", help="print every changed record as its changed keys"
    )
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.emit:
        emit(args.emit, args.corpus, args.out, args.jobs)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        sha = _export(args.base, Path(tmp))
        cache = Path(tempfile.gettempdir()) / f"newsextract-records-{sha[:12]}.jsonl"
        names = [name for name, _, _ in inputs(args.corpus)]
        base = cache.read_text(encoding="utf-8").splitlines() if cache.exists() else []
        if len(base) != len(names):  # no cache, or one for other inputs
            base = _run_side(Path(tmp) / "src", args.corpus, cache, args.jobs)
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
        new = _run_side(ROOT / "src", args.corpus, Path(out.name), args.jobs)
    # Matched by name, not position: a fixture added between the two runs shifts no record.
    before = {json.loads(line)["source"]: line for line in base}
    after = {json.loads(line)["source"]: line for line in new}
    names = [n for n in names if n in after]
    changed = [(n, before.get(n, "{}"), after[n]) for n in names if after[n] != before.get(n)]
    corpus_count = sum(1 for n in names if not n.startswith(("tests/", "examples/")))
    print(
        f"{len(names)} records ({corpus_count} corpus pages, {len(names) - corpus_count} "
        f"fixture and example pages): {len(names) - len(changed)} identical to {sha[:12]}, "
        f"{len(changed)} changed"
    )
    if args.keys:
        for name, before, after in changed:
            print(f"\n{name}")
            print(_changed_keys(json.loads(before), json.loads(after)))
        return 1 if changed else 0
    for name, before, after in changed[: args.show]:
        print(f"\n{name}\n  before: {before[:300]}\n  after:  {after[:300]}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
