"""A docs page's YAML front matter, as the markdown readers (Mintlify, prose) read it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from clientgen.core.diagnostics import ClientgenError
from clientgen.sources.readers.page_log import PageLog

# Keys the readers use, and keys that only shape the docs site (navigation, SEO, layout):
# any other is reported as not read.
USED = frozenset({"title", "description", "api", "openapi", "contentType", "deprecated"})
LAYOUT = frozenset(
    {"sidebarTitle", "icon", "iconType", "mode", "tag", "hidden", "noindex", "keywords"}
    | {"url", "public", "playground", "version", "og:title", "og:description", "og:image"}
)
# Code-block languages whose content is read as JSON.
JSON_LANGUAGES = frozenset({"json", "jsonc", "json5"})


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[str | None, str]:
    """The front matter's YAML (or None) and the page with the front matter blanked out.

    The front matter's lines become empty lines, so that markdown-it's line numbers stay the
    file's line numbers.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            return "\n".join(lines[1:end]), "\n" * (end + 1) + "\n".join(lines[end + 1 :])
    return None, text  # no closing line: a thematic break, not front matter


def peek_front_matter(raw: str | None) -> dict[str, Any]:
    """The front matter as a mapping, or {} where it is missing or broken (for sniffing)."""
    if raw is None:
        return {}
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def load_front_matter(
    raw: str | None, path: Path, warn: Callable[[str, int | None], None]
) -> dict[str, Any]:
    """The front matter as a mapping; broken YAML is an error naming the line, and each key
    no reader uses is a warning."""
    if raw is None:
        return {}
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1  # +1 for the opening "---"
        problem = getattr(exc, "problem", None) or str(exc)
        raise ClientgenError(f"invalid front matter: {problem}", file=path, line=line) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ClientgenError("the front matter is not a mapping", file=path, line=2)
    for key in data:
        if key not in USED and key not in LAYOUT:
            warn(f"front matter key {key!r} is not read", _line_of(raw, str(key)))
    return data


def _line_of(raw: str, key: str) -> int | None:
    for number, line in enumerate(raw.split("\n"), start=2):
        if line.startswith(f"{key}:"):
            return number
    return None


def page_title(front: dict[str, Any], heading: str | None, log: PageLog) -> str:
    """The front matter's title, else the page's H1; else the file name, with a warning."""
    title = front.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    if heading:
        return heading
    log.warn("the page has no title (front matter title or H1); the file name stands in", None)
    return log.path.stem
