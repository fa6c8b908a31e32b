"""Two shapes datamodel-code-generator writes that ``mypy --strict`` refuses, made exact.

- A bare ``list`` or ``dict`` in a type (the generator's spelling of a recursive array it
  cannot write out, ``RootModel[list]``) becomes ``list[Any]`` / ``dict[str, Any]``.
- A field typed as a ``RootModel`` (an enum component, say) whose default is written as the
  raw value (``shape: Shape | None = "round"``) gets an instance of the model as its default
  (``Shape("round")``), which is what pydantic makes of it anyway (``validate_default``).

The edits are made at the positions the syntax tree gives, so nothing else of the generator's
text changes.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

_BARE = {"list": "list[Any]", "dict": "dict[str, Any]"}


def strictly_typed(code: str) -> str:
    """``code`` with the two shapes above rewritten (unchanged where there are none)."""
    tree = ast.parse(code)
    roots = {
        node.name for node in tree.body if isinstance(node, ast.ClassDef) and is_root_model(node)
    }
    edits: list[tuple[ast.expr, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                if isinstance(base, ast.Subscript):
                    edits += [(name, _BARE[name.id]) for name in _bare(base.slice)]
        elif isinstance(node, ast.AnnAssign):
            edits += [(name, _BARE[name.id]) for name in _bare(node.annotation)]
            model = _model_for_default(node, roots)
            if model is not None and node.value is not None:
                written = ast.get_source_segment(code, node.value) or ast.unparse(node.value)
                edits.append((node.value, f"{model}({written})"))
    if not edits:
        return code
    lines = code.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.encode("utf-8")))
    data = code.encode("utf-8")
    # From the end, so that each position still holds when it is edited.
    for node, text in sorted(edits, key=lambda e: (e[0].lineno, e[0].col_offset), reverse=True):
        start = offsets[node.lineno - 1] + node.col_offset
        end = offsets[(node.end_lineno or node.lineno) - 1] + (node.end_col_offset or 0)
        data = data[:start] + text.encode("utf-8") + data[end:]
    fixed = data.decode("utf-8")
    return _with_any_imported(fixed) if any(t in _BARE.values() for _, t in edits) else fixed


def is_root_model(node: ast.ClassDef) -> bool:
    """A ``RootModel``: a union, an enum, an array or a map, its value in ``root``."""
    return any(
        isinstance(statement, ast.AnnAssign)
        and isinstance(statement.target, ast.Name)
        and statement.target.id == "root"
        for statement in node.body
    )


def _types(node: ast.expr) -> Iterator[ast.expr]:
    """The type expressions ``node`` is made of: union members, ``Annotated``'s first
    argument, a generic's arguments (never a ``Field(...)`` or a ``Literal``'s values)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        yield from _types(node.left)
        yield from _types(node.right)
    elif isinstance(node, ast.Subscript):
        yield node
        head = node.value.id if isinstance(node.value, ast.Name) else ""
        if head == "Literal":
            return
        parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        for part in parts[:1] if head == "Annotated" else parts:
            yield from _types(part)
    else:
        yield node


def _bare(node: ast.expr) -> list[ast.Name]:
    """The unparameterized ``list`` and ``dict`` among the types of ``node``."""
    return [t for t in _types(node) if isinstance(t, ast.Name) and t.id in _BARE]


def _model_for_default(node: ast.AnnAssign, roots: set[str]) -> str | None:
    """The ``RootModel`` class a field's plain default should be an instance of, if any."""
    value = node.value
    if not isinstance(value, ast.Constant) or value.value is None:
        return None
    names = [t.id for t in _types(node.annotation) if isinstance(t, ast.Name)]
    if type(value.value).__name__ in names:  # ``Shape | str``: the raw value is typed already
        return None
    return next((name for name in names if name in roots), None)


def _with_any_imported(code: str) -> str:
    """``code`` importing ``typing.Any`` (ruff sorts the imports, and drops a duplicate)."""
    tree = ast.parse(code)
    for node in tree.body:
        if (
            isinstance(node, ast.ImportFrom)
            and node.module == "typing"
            and any(alias.name == "Any" for alias in node.names)
        ):
            return code
    future = next(
        (n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "__future__"),
        None,
    )
    lines = code.splitlines(keepends=True)
    at = future.end_lineno if future is not None and future.end_lineno else 0
    return "".join([*lines[:at], "from typing import Any\n", *lines[at:]])
