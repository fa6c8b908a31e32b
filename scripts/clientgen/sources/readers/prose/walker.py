"""Walks the blocks once, sorting each into the page model's sections."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from http import HTTPStatus

from clientgen.sources.readers.front_matter import JSON_LANGUAGES
from clientgen.sources.readers.markdown_tokens import Heading
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.prose.blocks import Block, Code, List, Text, heading_key
from clientgen.sources.readers.prose.curl import curl_examples
from clientgen.sources.readers.prose.fields import FIELD, read_prose_field, render_item
from clientgen.sources.readers.prose.page_model import ProseField, ProsePage
from clientgen.sources.readers.responses import Example, StatedError, titled_status

JSON_MEDIA = "application/json"

# Headings (lower-cased, without emphasis or a trailing colon) that give a section a meaning.
SECTIONS: dict[str, str] = {
    "path parameters": "path",
    "path params": "path",
    "query parameters": "query",
    "query params": "query",
    "query string parameters": "query",
    "header parameters": "header",
    "header params": "header",
    "headers": "header",
    "request headers": "header",
    "request body": "body",
    "body": "body",
    "body parameters": "body",
    "body params": "body",
    "request body parameters": "body",
    "form data": "form",
    "form fields": "form",
    "form parameters": "form",
    "form data parameters": "form",
    "multipart form data": "form",
    "response": "response",
    "responses": "response",
    "response body": "response",
    "response fields": "response",
    "response attributes": "response",
    "success response": "response",
    "example response": "response",
    "response example": "response",
    "sample response": "response",
    "error responses": "errors",
    "error response": "errors",
    "errors": "errors",
    "error codes": "errors",
    "example request": "request",
    "example requests": "request",
    "request example": "request",
    "request examples": "request",
    "sample request": "request",
}
_PARAMETER_SECTIONS = frozenset({"path", "query", "header"})
FIELD_SECTIONS = _PARAMETER_SECTIONS | {"body", "form", "response"}
_STATUS_SECTIONS = frozenset({"response", "errors"})

# "**400 Bad Request** - Invalid parameters:", "404: Not found", "#### 422 Unprocessable".
_STATUS_LINE = re.compile(
    r"^(?:\*\*|__)?`?(?P<status>[1-5]\d\d)`?(?P<phrase>(?:\s+[A-Za-z][\w'-]*)*)\s*(?:\*\*|__)?"
    r"\s*(?:[-:\u2013\u2014]\s*(?P<text>.*?))?\s*:?\s*$",
    re.DOTALL,
)


@dataclass(frozen=True)
class _Pending:
    """A status line waiting for the JSON example that follows it."""

    status: str
    description: str
    line: int


class Walker:
    """Walks the blocks once, section by section, filling the page model."""

    def __init__(self, log: PageLog) -> None:
        self.log = log
        self.page = ProsePage()
        self.kind: str | None = None  # None: the lead; "": a section the reader does not know
        self.heading: Heading | None = None
        self.pending: _Pending | None = None

    def walk(self, blocks: list[Block]) -> ProsePage:
        for block in blocks:
            if isinstance(block, Heading):
                self._heading(block)
            elif isinstance(block, Code):
                self._code(block)
            elif isinstance(block, List):
                self._list(block)
            else:
                self._text(block)
        self._flush_pending()
        return self.page

    @property
    def _where(self) -> str:
        return repr(self.heading.text) if self.heading is not None else "the lead"

    # -- sections

    def _heading(self, heading: Heading) -> None:
        if self.heading is None and heading.level == 1 and self.page.title is None:
            self.page.title = heading.text  # the page's H1: a title, not a section
            return
        kind = SECTIONS.get(heading_key(heading.text))
        if kind is None and self.kind and self.heading and heading.level > self.heading.level:
            # A sub-heading of a known section ("#### 404 Not Found" under "### Errors").
            if self.kind in _STATUS_SECTIONS:
                self._status_line(heading.text, heading.line)
            return
        self._flush_pending()
        self.kind = kind or ""
        self.heading = heading
        if kind in ("body", "form") and self.page.body_line is None:
            self.page.body_line = heading.line

    def _flush_pending(self) -> None:
        """A status line no example followed: the response still exists, described."""
        pending, self.pending = self.pending, None
        if pending is not None and not pending.status.startswith("2"):
            self.page.stated.append(StatedError(pending.status, (), pending.description))

    def _status_line(self, text: str, line: int) -> bool:
        match = _STATUS_LINE.match(text)
        if match is None:
            return False
        self._flush_pending()
        status = match["status"]
        said = (match["text"] or "").strip()
        description = said or match["phrase"].strip() or _reason_phrase(status)
        if status.startswith("2"):
            self.page.success_statuses.append(status)
            if said:
                self.page.response_prose.append(said)
        self.pending = _Pending(status, description, line)
        return True

    # -- prose

    def _text(self, block: Text) -> None:
        if block.kind == "rule":
            return
        if self.kind is None:
            self.page.lead.append(block.text)
            self._status_prose(block.text, as_written=block.kind != "paragraph")
            return
        if (
            self.kind in _STATUS_SECTIONS
            and block.kind == "paragraph"
            and self._status_line(block.text, block.line)
        ):
            return
        if block.kind == "table" and self.kind in FIELD_SECTIONS:
            self.log.warn(
                f"a table under {self._where} is not read "
                "(fields are bullets: `name` (type): text)",
                block.line,
            )
            return
        self._prose(block.text, as_written=block.kind != "paragraph")

    def _prose(self, text: str, *, as_written: bool) -> None:
        if self.kind in ("body", "form"):
            self.page.body_prose.append(text)
        elif self.kind == "response":
            self.page.response_prose.append(text)
        if self.kind in _STATUS_SECTIONS:
            self._status_prose(text, as_written=as_written)

    def _status_prose(self, text: str, *, as_written: bool) -> None:
        """Prose to search for the statuses it states ("return `400 CODE`").

        A paragraph goes whole (a sentence may run over lines); a block kept as written (a
        table, a quote, a rendered bullet) line by line, each line a statement of its own.
        """
        self.page.status_prose.extend(text.split("\n") if as_written else [text])

    # -- lists

    def _list(self, block: List) -> None:
        if self.kind is None:
            self.page.lead.append(block.source)
        elif self.kind in FIELD_SECTIONS:
            self._fields(block)
        elif self.kind == "errors":
            for item in block.items:
                self._status_line(item.text, item.line)
            self._flush_pending()
        else:
            fieldlike = [item for item in block.items if FIELD.match(item.text)]
            if fieldlike:
                self.log.warn(
                    f"{len(fieldlike)} field bullet(s) under {self._where}, a section the reader "
                    "does not know, are not read",
                    fieldlike[0].line,
                )

    def _fields(self, block: List) -> None:
        found: list[ProseField] = []
        for item in block.items:
            read_field = read_prose_field(item, self.log)
            if read_field is None:
                self.log.warn(
                    f"a bullet under {self._where} is not a field (`name` (type): text); "
                    "kept as prose",
                    item.line,
                )
                self._prose(render_item(item), as_written=True)
            else:
                found.append(read_field)
        if self.kind in _PARAMETER_SECTIONS:
            assert self.kind is not None
            self.page.parameters.extend((self.kind, item) for item in found)
        elif self.kind in ("body", "form"):
            self.page.body.extend(found)
            self.page.form = self.page.form or self.kind == "form"
        else:
            self.page.response_fields.extend(found)

    # -- code

    def _code(self, code: Code) -> None:
        curls = curl_examples(code, self.log)
        if curls:
            self.page.curls.extend(curls)
            return
        if not self._is_json(code):
            return  # other languages (python, js, a curl without its URL) show how to call
        title = (code.title or "").lower()
        titled = titled_status(code.title)
        pending, self.pending = self.pending, None
        status = pending.status if pending else titled
        if pending and titled and titled != pending.status:
            self.log.warn(
                f"the example titled {code.title!r} follows the status {pending.status} "
                f"(line {pending.line}); filed under {pending.status}",
                code.line,
            )
        if status is not None and status.startswith("2"):
            self.page.success_examples.append(_json_example(code, self.log, status=status))
        elif status is not None:
            self._error_example(code, status, pending.description if pending else None)
        elif "request" in title:
            self.page.request_examples.append(_json_example(code, self.log))
        elif "error" in title or self.kind == "errors":
            self.log.warn(
                "an error example states no status (no status line before it, none in its "
                "title); filed under default",
                code.line,
            )
            self._error_example(code, "default", None)
        elif "response" in title or self.kind == "response":
            self.page.success_examples.append(_json_example(code, self.log))
        elif self.kind in ("body", "form", "request"):
            self.page.request_examples.append(_json_example(code, self.log))
        else:
            self.log.warn(
                f"a JSON block under {self._where} is neither a request nor a response "
                "example; not read",
                code.line,
            )

    def _is_json(self, code: Code) -> bool:
        if code.language in JSON_LANGUAGES:
            return True
        # An untitled block without a language, in an example section, that holds JSON.
        examples = _STATUS_SECTIONS | {"body", "form", "request"}
        return (
            code.language == ""
            and self.kind in examples
            and code.body.lstrip().startswith(("{", "["))
        )

    def _error_example(self, code: Code, status: str, description: str | None) -> None:
        # The title names the example and, without a status line, describes the response.
        title = code.title or description or "Error response"
        self.page.error_examples.append(_json_example(code, self.log, status=status, title=title))
        if description and description != title:
            self.page.stated.append(StatedError(status, (), description))


def _reason_phrase(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return f"Status {status}"


def _json_example(
    code: Code, log: PageLog, *, status: str | None = None, title: str | None = None
) -> Example:
    """A JSON block as an example: parsed, or kept as text (with a warning) when it is not JSON."""
    name = title or code.title
    try:
        value = json.loads(code.body)
    except json.JSONDecodeError as exc:
        label = repr(name) if name else "without a title"
        # The body's first line is the line after the fence.
        log.warn(
            f"example {label} is not valid JSON ({exc.msg}); kept as text", code.line + exc.lineno
        )
        return Example(
            name, JSON_MEDIA, code.body.rstrip("\n"), code.line, False, code.body, status=status
        )
    return Example(name, JSON_MEDIA, value, code.line, True, code.body, status=status)
