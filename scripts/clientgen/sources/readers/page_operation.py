"""The operation a markdown page documents: "METHOD PATH" from its front matter or the options.

Mintlify API pages (``api:``) and prose pages (``openapi:``) state it in their front matter;
an exported page loses it, and then the vendor config or ``--operation`` must give it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from clientgen.core.diagnostics import ClientgenError

_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
# (method, path, server) — the server when the page names a full URL.
Target = tuple[str, str, str | None]


def operation_words(text: str) -> tuple[str, str] | None:
    """ "POST /v1/x" → ("post", "/v1/x"); Mintlify may name the spec first: "spec.json GET /x"."""
    words = text.split()
    if len(words) == 3 and words[1].lower() in _HTTP_METHODS:
        words = words[1:]
    if len(words) != 2 or words[0].lower() not in _HTTP_METHODS:
        return None
    return words[0].lower(), words[1]


def parse_operation(text: str, path: Path, source: str) -> Target:
    """ "GET https://api.x.com/v1/items/{id}" → ("get", "/v1/items/{id}", "https://api.x.com")."""
    words = operation_words(text)
    if words is None:
        raise ClientgenError(f'{source} {text!r} is not "METHOD PATH"', file=path)
    method, target = words
    if "://" not in target:
        return method, "/" + target.lstrip("/"), None
    parts = urlsplit(target)
    return method, parts.path or "/", f"{parts.scheme}://{parts.netloc}"


def choose_operation(
    from_page: Target | None,
    given: str | None,
    path: Path,
    warn: Callable[[str, int | None], None],
    *,
    missing: str,
) -> Target:
    """The given operation where there is one (a different one on the page is a warning),
    else the page's; neither is one error naming the page (``missing`` says what it lacks)."""
    chosen_given = parse_operation(given, path, "operation") if given else None
    chosen = chosen_given or from_page
    if chosen is None:
        raise ClientgenError(
            f'the page states no method and path{missing}: give --operation "METHOD PATH" '
            "(or the vendor config's operation:)",
            file=path,
        )
    if chosen_given is not None and from_page is not None and chosen_given[:2] != from_page[:2]:
        warn(
            f"the page says {from_page[0].upper()} {from_page[1]}; the given operation "
            f"{chosen_given[0].upper()} {chosen_given[1]} is used",
            None,
        )
    method, route, server = chosen
    return method, route, server or (from_page[2] if from_page is not None else None)
