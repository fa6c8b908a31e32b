"""Reader for prose API pages: markdown whose fields are bullet lists, not components.

Such a page (MDX or plain markdown) names its operation in YAML front matter
(``openapi: 'POST /v1/items/{id}'``, or ``api:``) and documents it in sections under headings:

* ``Path Parameters`` / ``Query Parameters`` / ``Headers``: the parameters;
* ``Request Body`` (JSON) or ``Form Data`` (multipart): the body's fields;
* ``Response`` / ``Response Fields``: the success body, by example and by fields;
* ``Error Responses``: ``**400 Bad Request** - why:`` lines, each followed by its JSON example.

A field is one bullet, ``- `name` (type, **required**): what it is``; its nested bullets state
its allowed values (an enum), its common values (examples, never an enum), its default, or its
own fields. Titled JSON code blocks (```` ```json Response ````) are examples; a curl example
may name the server, never the operation. Where the page lists no response fields, the
response schema is inferred from its example, and the reader says so.

The page goes through three shapes: text → markdown-it tokens → blocks (headings, paragraphs,
bullet trees, code) → a page model → an OpenAPI 3.1 document. Only the format is known here,
never a vendor; what the page cannot tell with confidence is a warning naming file and line.
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
from clientgen.sources.readers.markdown_tokens import Heading
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.page_openapi import openapi_document
from clientgen.sources.readers.page_operation import operation_words
from clientgen.sources.readers.prose.blocks import (
    MD,
    List,
    has_api_components,
    heading_key,
    read_blocks,
)
from clientgen.sources.readers.prose.document import build_document
from clientgen.sources.readers.prose.fields import FIELD
from clientgen.sources.readers.prose.walker import FIELD_SECTIONS, SECTIONS, Walker


def looks_like(text: str) -> bool:
    """Whether a page is prose API markdown.

    Yes when it names its operation in front matter (``openapi:``/``api:`` "METHOD PATH") or
    holds a bullet field list (`` `name` (type) ``) under a heading such as "Request Body";
    never when it holds Mintlify's API components (``<ParamField>``, ``<ResponseField>``, ...).
    """
    raw_front, body = split_front_matter(normalise_newlines(text))
    tokens = MD.parse(body)
    if has_api_components(tokens):
        return False
    front = peek_front_matter(raw_front)
    for key in ("openapi", "api"):
        value = front.get(key)
        if isinstance(value, str) and operation_words(value) is not None:
            return True
    kind: str | None = None
    for block in read_blocks(tokens, body.split("\n")):
        if isinstance(block, Heading):
            kind = SECTIONS.get(heading_key(block.text))
        elif (
            isinstance(block, List)
            and kind in FIELD_SECTIONS
            and any(FIELD.match(item.text) for item in block.items)
        ):
            return True
    return False


def read(text: str, path: Path, options: PageOptions) -> ReadResult:
    """Read one prose page into an OpenAPI 3.1 document for its one operation."""
    log = PageLog(path)
    raw_front, body = split_front_matter(normalise_newlines(text))
    front = load_front_matter(raw_front, log.path, log.warn)
    blocks = read_blocks(MD.parse(body), body.split("\n"))
    page = Walker(log).walk(blocks)
    document = openapi_document(build_document(page, front, options, log))
    return ReadResult(document, sorted(log.warnings, key=lambda d: d.line or 0))
