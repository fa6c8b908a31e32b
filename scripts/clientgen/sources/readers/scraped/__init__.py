"""Reader for text scraped from a rendered API docs page: no markup, only lines.

Such text comes in two shapes, and a page may mix them:

* *run together*: a field is its name on a line, then ``(type, required): what it is``;
  further fields' names are glued onto the end of the previous field's text
  (``...for the cloned voicename`` + ``(string): Display name``);
* *one token per line*: the method, then the path one segment per line, curl and JSON
  examples, then each field as name / type / ``required`` / description lines.

Both put fields under headings such as "Path Parameters" and "Response". The reader
knows these shapes, never a vendor: what a page does not state comes in through
:class:`~clientgen.sources.readers.PageOptions`, and what it cannot read with confidence is a
warning naming the file and line.
"""

from __future__ import annotations

from pathlib import Path

from clientgen.core.diagnostics import Diagnostic
from clientgen.sources.readers import PageOptions, ReadResult
from clientgen.sources.readers.page_openapi import openapi_document
from clientgen.sources.readers.scraped.document import Builder
from clientgen.sources.readers.scraped.scanner import Scanner


def read(text: str, path: Path, options: PageOptions) -> ReadResult:
    """Read scraped page text into an OpenAPI 3.1 document for its one operation."""
    scanner = Scanner(text, path)
    page = scanner.scan()
    document = openapi_document(Builder(page, path, options, scanner.warnings).build())
    return ReadResult(document=document, warnings=sorted(scanner.warnings, key=_line_of))


def _line_of(diagnostic: Diagnostic) -> int:
    return diagnostic.line or 0
