"""Swagger 2.0 documents, converted to OpenAPI 3.0 by swagger2openapi (from the npm registry,
pinned in package.json) and then generated like any other document.

The converter is a separate Node.js program: it is run on a copy of the loaded document in a
temporary folder, never with ``--resolve`` (external references stay refused, as everywhere),
with ``--patch`` (it fixes the small errors Swagger documents often carry) and ``--warnOnly``
(what it cannot fix it marks with ``x-s2o-warning``, which becomes a warning here).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.core.openapi import json_pointer

_TIMEOUT_SECONDS = 300
_WARNING_KEY = "x-s2o-warning"


def converter() -> Path | None:
    """The swagger2openapi program: the project's node_modules, else one on PATH."""
    project = Path(__file__).resolve().parents[3] / "node_modules" / ".bin" / "swagger2openapi"
    if project.is_file():
        return project
    found = shutil.which("swagger2openapi")
    return Path(found) if found else None


def convert_swagger(
    document: dict[str, Any], source: Path | str
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The OpenAPI 3.0 form of a Swagger 2.0 ``document``, and what the conversion warned."""
    if str(document.get("swagger")) != "2.0":
        raise ClientgenError(
            f"Swagger {document.get('swagger')!r} is not a version anything converts: "
            "only Swagger 2.0 is",
            file=source,
            pointer="/swagger",
        )
    program = converter()
    if program is None:
        raise ClientgenError(
            "a Swagger 2.0 document needs swagger2openapi to be converted: run `make setup` "
            "(npm installs it) or `npm install -g swagger2openapi`",
            file=source,
            pointer="/swagger",
        )
    with tempfile.TemporaryDirectory(prefix="clientgen-swagger-") as folder:
        given, written = Path(folder) / "swagger.json", Path(folder) / "openapi.json"
        given.write_text(json.dumps(document), encoding="utf-8")
        command = [str(program), "--patch", "--warnOnly", str(given), "--outfile", str(written)]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=_TIMEOUT_SECONDS, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ClientgenError(f"swagger2openapi did not finish: {exc}", file=source) from exc
        if done.returncode != 0 or not written.is_file():
            said = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise ClientgenError(f"swagger2openapi could not convert it: {said}", file=source)
        converted: dict[str, Any] = json.loads(written.read_text(encoding="utf-8"))
    warnings = [
        Diagnostic(
            "converted from Swagger 2.0 to OpenAPI 3.0 by swagger2openapi; places named "
            "below are in the converted document",
            file=str(source),
        )
    ]
    warnings += _conversion_warnings(converted, (), str(source))
    return converted, warnings


def _conversion_warnings(node: Any, where: tuple[str | int, ...], source: str) -> list[Diagnostic]:
    """One warning per ``x-s2o-warning`` the converter left, which it removes from the node."""
    found: list[Diagnostic] = []
    if isinstance(node, dict):
        note = node.pop(_WARNING_KEY, None)
        if note is not None:
            found.append(Diagnostic(f"swagger2openapi: {note}", file=source,
                                    pointer=json_pointer(*where)))  # fmt: skip
        for key, value in node.items():
            found += _conversion_warnings(value, (*where, key), source)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _conversion_warnings(value, (*where, index), source)
    return found
