"""Readers: one per source format, each turning one vendor page into an OpenAPI 3.1 document.

A reader knows a *format*, never a vendor or a file: Mintlify markdown (exported ``.md`` or MDX
source), prose markdown (bullet-list fields under headings), text scraped from a rendered page,
and an OpenAPI document inside markdown (or bare).
What a page does not state (its method and path, say) comes in through :class:`PageOptions`,
filled from the vendor's config or the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.sources.formats import FORMATS


@dataclass(frozen=True)
class PageOptions:
    """Facts about a page that the page itself omits."""

    # "GET /v1/voices/{id}/samples": for pages that do not state their method and path.
    operation: str | None = None
    # For a response documented as "an object containing an array of X": the property
    # that holds the array (the page names the items' fields but not the wrapper's key).
    response_property: str | None = None


@dataclass
class ReadResult:
    """What a reader made of one page: an OpenAPI 3.1 document and what it warned about."""

    document: dict[str, Any]
    warnings: list[Diagnostic] = field(default_factory=list)


Reader = Callable[[str, Path, PageOptions], ReadResult]


def detect_format(text: str, path: Path) -> str:
    """Tell the format of a page from its content (never from the vendor or the file name)."""
    from clientgen.sources.readers import embedded_openapi, mintlify, prose

    if embedded_openapi.looks_like(text) or text.lstrip().startswith("{"):
        # A page in JSON is an OpenAPI document or nothing: its reader says where it breaks.
        return "openapi"
    # Prose before Mintlify: a prose page may carry Mintlify's `openapi:`/`api:` front matter,
    # and prose.looks_like refuses every page that holds Mintlify's API components.
    if prose.looks_like(text):
        return "prose"
    if mintlify.looks_like(text):
        return "mintlify"
    if text.strip():
        return "scraped"
    raise ClientgenError("the page is empty", file=path)


def _reader(fmt: str, path: Path | None = None) -> Reader:
    # Imported lazily: each reader pulls in its own parser.
    if fmt == "mintlify":
        from clientgen.sources.readers.mintlify import read
    elif fmt == "prose":
        from clientgen.sources.readers.prose import read
    elif fmt == "scraped":
        from clientgen.sources.readers.scraped import read
    elif fmt == "openapi":
        from clientgen.sources.readers.embedded_openapi import read
    else:
        raise ClientgenError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})", file=path)
    return read


def read_page(
    path: Path, *, fmt: str | None = None, options: PageOptions | None = None
) -> ReadResult:
    """Read one page into an OpenAPI 3.1 document; the format is detected unless given."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ClientgenError(f"cannot read the page: {exc}", file=path) from exc
    if not text.strip():
        raise ClientgenError("the page is empty", file=path)
    chosen = fmt or detect_format(text, path)
    return _reader(chosen, path)(text, path, options or PageOptions())
