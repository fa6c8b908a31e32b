"""Patterns Python cannot compile (``\\p{L}``, common in AWS documents, is ECMA-262 and Rust but
not ``re``): kept as documentation under ``x-clientgen-pattern``, not enforced, each with a
warning naming the file and the schema's JSON pointer. The rest of the document is unchanged."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from clientgen.core.diagnostics import Diagnostic
from clientgen.core.openapi import json_pointer

# Values that are data, not schemas: a "pattern" key inside them is someone's data.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const", "x-clientgen-sources"})


def set_aside_unenforceable_patterns(document: Any, source: Path | str) -> list[Diagnostic]:
    """Move each pattern ``re`` rejects to ``x-clientgen-pattern``; one warning each."""
    warnings: list[Diagnostic] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            pattern = node.get("pattern")
            if isinstance(pattern, str):
                try:
                    re.compile(pattern)
                except (re.error, OverflowError, RecursionError) as exc:
                    node["x-clientgen-pattern"] = node.pop("pattern")
                    warnings.append(
                        Diagnostic(
                            f"pattern {pattern!r} is not a Python regular expression ({exc}); "
                            "kept as documentation, not enforced",
                            file=str(source),
                            pointer=json_pointer(*where, "pattern"),
                        )
                    )
            stack.extend(
                (value, (*where, key)) for key, value in node.items() if key not in _DATA_KEYS
            )
        elif isinstance(node, list):
            stack.extend((value, (*where, index)) for index, value in enumerate(node))
    return sorted(warnings, key=lambda w: w.pointer or "")
