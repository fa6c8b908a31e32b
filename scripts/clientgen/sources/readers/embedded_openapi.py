"""Reader for an OpenAPI document: fenced inside a markdown page, or a bare JSON/YAML file.

Mintlify exports an OpenAPI-backed page as markdown around one fenced block (info string
``yaml /api-reference/openapi.json post /voices/clone``) holding the vendor's own document,
trimmed to that operation. The document is kept as it is (info, servers, security, components,
examples); the reader only finds it, loads it and says where it is broken.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.sources.readers import PageOptions, ReadResult

# `openapi: 3.1.0` or `"openapi": "3.1.0"` at the start of a line. A front matter line
# `openapi: 'GET /path'` (Mintlify ties a prose page to an operation that way) has no version.
_VERSION_KEY = re.compile(r"""^[ \t]*["']?openapi["']?[ \t]*:[ \t]*["']?\d+\.\d+""", re.MULTILINE)
_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_MD = MarkdownIt("commonmark")


@dataclass(frozen=True)
class _Fence:
    info: str
    content: str
    first_line: int  # the file line (1-based) of the fence's first content line


def looks_like(text: str) -> bool:
    """Whether the text is an OpenAPI document, bare or fenced in markdown."""
    if _VERSION_KEY.search(text) is None:
        return False  # cheap gate: no page without this line can be one
    return _is_json(text) or bool(_fences(text)) or isinstance(_bare_yaml(text), dict)


def read(text: str, path: Path, options: PageOptions) -> ReadResult:
    """Load the document as written; errors name the file and the line in it."""
    warnings: list[Diagnostic] = []
    fence: _Fence | None = None
    if _is_json(text):
        document = _load_json(text, path, first_line=1)
    else:
        fences = _fences(text)
        if fences:
            fence, *others = fences
            for other in others:
                message = "a second OpenAPI document on the page is not read"
                warnings.append(Diagnostic(message, file=path, line=other.first_line - 1))
            document = _load(fence.content, path, fence.first_line)
            warnings.extend(_text_outside(text, path))
        else:
            document = _load_yaml(text, path, first_line=1)
    _check_document(document, path)
    hint = _operation_hint(fence.info) if fence else None
    for operation, source in (
        (hint, "the fence's info string"),
        (options.operation, "the operation given"),
    ):
        if operation and not _has_operation(document, operation):
            line = fence.first_line - 1 if fence and operation is hint else None
            message = f"{source} names {operation!r}, which the document does not hold"
            warnings.append(Diagnostic(message, file=path, line=line))
    return ReadResult(document, warnings)


# --------------------------------------------------------------------------- finding the document


def _is_json(text: str) -> bool:
    return text.lstrip().startswith("{")


def _fences(text: str) -> list[_Fence]:
    """Fenced blocks whose content declares an OpenAPI version, in page order."""
    return [
        _Fence(token.info.strip(), token.content, token.map[0] + 2)
        for token in _MD.parse(text)
        if token.type == "fence" and token.map and _VERSION_KEY.search(token.content)
    ]


def _bare_yaml(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_JsonCompatibleLoader)
    except yaml.YAMLError:
        return None


def _text_outside(text: str, path: Path) -> list[Diagnostic]:
    """Warnings for prose beside the fenced document, which the document does not carry.

    Left alone: the export's site banner above the H1 (not part of the page), and the H1, the
    lead quote under it and the headings, which repeat the operation's summary and description.
    """
    tokens = _MD.parse(text)
    title = next(
        (i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1"), None
    )
    warnings: list[Diagnostic] = []
    lead_allowed = True
    for token in _top_level(tokens[title + 3 :] if title is not None else tokens):
        if token.type == "blockquote_open" and lead_allowed:
            lead_allowed = False
            continue
        lead_allowed = False
        if token.type in ("heading_open", "hr") or (
            token.type == "fence" and _VERSION_KEY.search(token.content)
        ):
            continue
        line = token.map[0] + 1 if token.map else None
        message = "text beside the OpenAPI document is not read"
        warnings.append(Diagnostic(message, file=path, line=line))
    return warnings


def _top_level(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.level == 0 and t.nesting != -1]


# --------------------------------------------------------------------------- loading


class _JsonCompatibleLoader(yaml.SafeLoader):
    """yaml.safe_load, kept to the JSON data model that OpenAPI is written in.

    YAML 1.1 would turn `2026-01-01` into a date and `yes`/`no`/`on`/`off` into booleans, and
    reads `200:` as an integer key; a JSON document can hold none of these.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        return {_json_key(key): value for key, value in mapping.items()}


def _json_key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_JsonCompatibleLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _load(content: str, path: Path, first_line: int) -> Any:
    if _is_json(content):
        return _load_json(content, path, first_line)
    return _load_yaml(content, path, first_line)


def _load_json(text: str, path: Path, first_line: int) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        line = first_line + exc.lineno - 1
        raise ClientgenError(
            f"invalid JSON: {exc.msg} (column {exc.colno})", file=path, line=line
        ) from exc


def _load_yaml(text: str, path: Path, first_line: int) -> Any:
    try:
        return yaml.load(text, Loader=_JsonCompatibleLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        message = f"invalid YAML: {problem}" + (f" ({context})" if context else "")
        raise ClientgenError(message, file=path, line=line) from exc


def _check_document(document: Any, path: Path) -> None:
    if not isinstance(document, dict) or "openapi" not in document:
        raise ClientgenError(
            "no OpenAPI document found (a mapping with an `openapi` key)", file=path
        )


# --------------------------------------------------------------------------- the operation named


def _operation_hint(info: str) -> str | None:
    """ "yaml /api-reference/openapi.json post /voices/clone" → "post /voices/clone"."""
    words = info.split()
    for index, word in enumerate(words[:-1]):
        if word.lower() in _HTTP_METHODS:
            return f"{word} {words[index + 1]}"
    return None


def _has_operation(document: dict[str, Any], operation: str) -> bool:
    method, _, route = operation.partition(" ")
    paths = document.get("paths")
    item = paths.get(route.strip()) if isinstance(paths, dict) else None
    return isinstance(item, dict) and method.lower() in item
