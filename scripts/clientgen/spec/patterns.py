"""Patterns Python cannot compile (``\\p{L}``, common in AWS documents, is ECMA-262 and Rust but
not ``re``): kept as documentation under ``x-clientgen-pattern``, not enforced, each with a
warning naming the file and the schema's JSON pointer. The rest of the document is unchanged."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from clientgen.core.diagnostics import Diagnostic
from clientgen.core.openapi import json_pointer, walk_nodes


def set_aside_unenforceable_patterns(document: Any, source: Path | str) -> list[Diagnostic]:
    """Move each pattern ``re`` rejects to ``x-clientgen-pattern``; one warning each."""
    warnings: list[Diagnostic] = []
    for node, where in walk_nodes(document):
        pattern = node.get("pattern")
        if not isinstance(pattern, str):
            continue
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
    return sorted(warnings, key=lambda w: w.pointer or "")
