"""Reader for Mintlify markdown: the exported ``.md`` page and its MDX source.

The page goes through four shapes, one small step at a time:

1. text → front matter (YAML) and markdown-it tokens; a block rule of our own turns each line of
   MDX component tags (``<ParamField ...>``, ``</Expandable>``) into one token, so that the
   markdown between tags (descriptions, code fences) stays markdown;
2. tokens → a tree of blocks (prose, code, tables, headings) and component nodes;
3. tree → a page model: title, lead, sections' prose, fields, examples, stated statuses;
4. page model → an OpenAPI 3.1 document for the page's one operation.

Only the format is known here, never a vendor: what a page omits (its method and path) comes in
through :class:`PageOptions`.
"""

from __future__ import annotations

from pathlib import Path

from clientgen.sources.readers import PageOptions, ReadResult
from clientgen.sources.readers.front_matter import (
    load_front_matter,
    normalise_newlines,
    peek_front_matter,
    split_front_matter,
)
from clientgen.sources.readers.mintlify.document import build_document
from clientgen.sources.readers.mintlify.mdx_tokens import Tag
from clientgen.sources.readers.mintlify.page_builder import PageBuilder
from clientgen.sources.readers.mintlify.tree import build_tree, token_stream
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.page_openapi import openapi_document

# Any of these on a page makes it Mintlify API markdown.
_API_COMPONENTS = frozenset({"ParamField", "ResponseField", "ResponseExample", "RequestExample"})


def looks_like(text: str) -> bool:
    """Whether a page is Mintlify markdown: API components, or front matter naming an `api:`."""
    raw_front, body = split_front_matter(normalise_newlines(text))
    if "api" in peek_front_matter(raw_front):
        return True
    if not any(f"<{name}" in body for name in _API_COMPONENTS):
        return False  # cheap gate before parsing
    log = PageLog(Path("<page>"))
    return any(
        isinstance(item, Tag) and item.name in _API_COMPONENTS for item in token_stream(body, log)
    )


def read(text: str, path: Path, options: PageOptions) -> ReadResult:
    """Read one Mintlify page (exported ``.md`` or MDX source) into an OpenAPI 3.1 document."""
    log = PageLog(path)
    raw_front, body = split_front_matter(normalise_newlines(text))
    front = load_front_matter(raw_front, path, log.warn)
    items = build_tree(token_stream(body, log), log)
    page = PageBuilder(log, has_title="title" in front).build(items)
    return ReadResult(openapi_document(build_document(page, front, options, log)), log.warnings)
