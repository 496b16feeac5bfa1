"""The layers: a module imports only from its own layer or lower ones, read from its AST."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "src" / "newsextract"
# Lowest first. A name is a module or a package under newsextract; within one layer any
# import is allowed.
LAYERS = (
    ("errors", "version"),
    ("page",),
    ("evidence",),
    ("lexicon",),
    ("sites",),
    ("article", "columns"),
    ("layout",),
    ("fields",),
    ("checks",),
    ("pipeline",),
    ("runner",),
    ("cli", "spark"),
    ("__init__", "__main__"),
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _where(root: Path, path: Path) -> tuple[list[str], list[str]]:
    """The module's dotted parts under the package (["__init__"] for the package itself)
    and the package its relative imports start from."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] != "__init__":
        return parts, parts[:-1]
    return (parts[:-1] or ["__init__"]), parts[:-1]


def _imported(root: Path, path: Path) -> list[tuple[int, list[str]]]:
    """(line, dotted parts under the package) of every import of the package's own code."""
    _, package = _where(root, path)
    found: list[tuple[int, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            if node.module:
                found.append((node.lineno, base + node.module.split(".")))
            else:  # from . import a, b: each name is a module
                found.extend((node.lineno, [*base, alias.name]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(root.name):
            found.append((node.lineno, node.module.split(".")[1:]))
        elif isinstance(node, ast.Import):
            prefix = root.name + "."
            found.extend(
                (node.lineno, alias.name.split(".")[1:])
                for alias in node.names
                if alias.name.startswith(prefix)
            )
    return found


def _rank(parts: list[str]) -> int:
    return RANK[parts[0]] if parts else RANK["__init__"]


def upward_imports(root: Path) -> list[str]:
    """Every import, under the package at ``root``, of a higher layer than the importer's."""
    upward = []
    for path in sorted(root.rglob("*.py")):
        own = _rank(_where(root, path)[0])
        for line, target in _imported(root, path):
            if _rank(target) > own:
                where = f"{path.relative_to(root)}:{line}"
                upward.append(f"{where} imports {'.'.join(target) or root.name}")
    return upward


def test_every_module_belongs_to_a_layer() -> None:
    names = {_where(PACKAGE, p)[0][0] for p in PACKAGE.rglob("*.py")}
    assert names <= set(RANK), f"modules in no layer: {sorted(names - set(RANK))}"


def test_no_module_imports_from_a_higher_layer() -> None:
    assert upward_imports(PACKAGE) == []


def test_an_upward_import_is_caught_in_every_form(tmp_path: Path) -> None:
    root = tmp_path / "newsextract"
    (root / "layout").mkdir(parents=True)
    (root / "fields").mkdir()
    (root / "layout" / "__init__.py").write_text("from ..fields import authors\n")
    (root / "layout" / "walk.py").write_text(
        "from ..page import text\nfrom .. import checks\nimport newsextract.cli\n"
        "from newsextract.fields.body import find\nfrom . import chrome\n"
    )
    (root / "fields" / "authors.py").write_text("from ..layout import parts\n")
    assert upward_imports(root) == [
        "layout/__init__.py:1 imports fields",
        "layout/walk.py:2 imports checks",
        "layout/walk.py:3 imports cli",
        "layout/walk.py:4 imports fields.body",
    ]
