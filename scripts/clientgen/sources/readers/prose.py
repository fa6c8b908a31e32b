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

import copy
import json
import re
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from clientgen.core.diagnostics import Diagnostic
from clientgen.sources.readers import PageOptions, ReadResult
from clientgen.sources.readers.field_types import (
    ObjectBuilder,
    StatedValues,
    coerce_literal,
    enum_target,
    has_file,
    make_nullable,
    schema_for_type,
    schema_types,
    sentences,
    set_enum,
    stated_default,
    stated_values,
    unread_value_lists,
)
from clientgen.sources.readers.front_matter import (
    JSON_LANGUAGES,
    load_front_matter,
    normalise_newlines,
    peek_front_matter,
    split_front_matter,
)
from clientgen.sources.readers.page_operation import (
    choose_operation,
    operation_words,
    parse_operation,
)
from clientgen.sources.readers.responses import (
    Example,
    StatedError,
    add_example,
    build_responses,
    fits_type,
    json_type,
    stated_errors,
    stated_success,
    titled_status,
)

# --------------------------------------------------------------------------- vocabulary

_JSON = "application/json"
_MULTIPART = "multipart/form-data"
# Mintlify's API components: a page that holds any of them is Mintlify markdown, not prose.
_API_COMPONENTS = ("<ParamField", "<ResponseField", "<RequestExample", "<ResponseExample")
_SHELL_LANGUAGES = frozenset({"bash", "sh", "shell", "zsh", "curl", "console", "terminal", ""})

# Headings (lower-cased, without emphasis or a trailing colon) that give a section a meaning.
_SECTIONS: dict[str, str] = {
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
_FIELD_SECTIONS = _PARAMETER_SECTIONS | {"body", "form", "response"}
_STATUS_SECTIONS = frozenset({"response", "errors"})

# `name` (type, **required**): what it is — the text of one bullet.
_FIELD = re.compile(
    r"^`(?P<name>[^`\s]+)`\s*\((?P<inner>[^()]*)\)\s*(?:[:\-\u2013\u2014]\s*)?(?P<rest>.*)$",
    re.DOTALL,
)
_DEFAULT_QUALIFIER = re.compile(r"^defaults?(?:\s+to)?\s*[:=]?\s*(?P<value>\S.*)$", re.IGNORECASE)

# "**400 Bad Request** - Invalid parameters:", "404: Not found", "#### 422 Unprocessable".
_STATUS_LINE = re.compile(
    r"^(?:\*\*|__)?`?(?P<status>[1-5]\d\d)`?(?P<phrase>(?:\s+[A-Za-z][\w'-]*)*)\s*(?:\*\*|__)?"
    r"\s*(?:[-:\u2013\u2014]\s*(?P<text>.*?))?\s*:?\s*$",
    re.DOTALL,
)
_ROUTE_PARAMETER = re.compile(r"\{([^{}/]+)\}")
_FENCE_META = re.compile(r"""\S+=(?:\{[^}]*\}|"[^"]*"|'[^']*'|\S+)|\{[^}]*\}""")

# curl options whose value is the next word (so that the value is not taken for the URL).
_CURL_VALUED = frozenset(
    {"-u", "--user", "-o", "--output", "-A", "--user-agent", "-e", "--referer", "-b", "--cookie"}
    | {"-c", "--cookie-jar", "-m", "--max-time", "--connect-timeout", "-T", "--upload-file"}
)
_CURL_DATA = frozenset(
    {"-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--json"}
)
_CURL_FORM = frozenset({"-F", "--form", "--form-string"})


# --------------------------------------------------------------------------- entry points


def looks_like(text: str) -> bool:
    """Whether a page is prose API markdown.

    Yes when it names its operation in front matter (``openapi:``/``api:`` "METHOD PATH") or
    holds a bullet field list (`` `name` (type) ``) under a heading such as "Request Body";
    never when it holds Mintlify's API components (``<ParamField>``, ``<ResponseField>``, ...).
    """
    raw_front, body = split_front_matter(normalise_newlines(text))
    tokens = _MD.parse(body)
    if _has_api_components(tokens):
        return False
    front = peek_front_matter(raw_front)
    for key in ("openapi", "api"):
        value = front.get(key)
        if isinstance(value, str) and operation_words(value) is not None:
            return True
    kind: str | None = None
    for block in _blocks(tokens, body.split("\n")):
        if isinstance(block, _Heading):
            kind = _SECTIONS.get(_heading_key(block.text))
        elif (
            isinstance(block, _List)
            and kind in _FIELD_SECTIONS
            and any(_FIELD.match(item.text) for item in block.items)
        ):
            return True
    return False


def read(text: str, path: Path, options: PageOptions) -> ReadResult:
    """Read one prose page into an OpenAPI 3.1 document for its one operation."""
    log = _Log(path)
    raw_front, body = split_front_matter(normalise_newlines(text))
    front = load_front_matter(raw_front, log.path, log.warn)
    blocks = _blocks(_MD.parse(body), body.split("\n"))
    page = _Walker(log).walk(blocks)
    document = _document(page, front, options, log)
    return ReadResult(document, sorted(log.warnings, key=lambda d: d.line or 0))


@dataclass
class _Log:
    """Where the warnings about one page are collected (each once)."""

    path: Path
    warnings: list[Diagnostic] = field(default_factory=list)

    def warn(self, message: str, line: int | None) -> None:
        found = Diagnostic(message, file=self.path, line=line)
        if found not in self.warnings:  # items of an array repeat the same finding
            self.warnings.append(found)


# --------------------------------------------------------------------------- blocks


def _markdown() -> MarkdownIt:
    """CommonMark with HTML and tables, read the way MDX reads it: indentation is never code."""
    return MarkdownIt("commonmark", {"html": True}).disable("code").enable("table")


_MD = _markdown()


@dataclass(frozen=True)
class _Heading:
    level: int
    text: str
    line: int


@dataclass(frozen=True)
class _Text:
    """A paragraph (its inline markdown), or a block kept as written (quote, HTML, table)."""

    text: str
    line: int
    kind: str = "paragraph"  # paragraph, quote, html, table, rule


@dataclass(frozen=True)
class _Item:
    """One bullet: the text of its first paragraph, its nested bullets, its further blocks."""

    text: str
    line: int
    children: tuple[_Item, ...] = ()
    more: tuple[str, ...] = ()


@dataclass(frozen=True)
class _List:
    items: tuple[_Item, ...]
    line: int
    source: str


@dataclass(frozen=True)
class _Code:
    language: str
    title: str | None
    body: str
    line: int  # the line of the opening fence


_Block = _Heading | _Text | _List | _Code


def _has_api_components(tokens: list[Token]) -> bool:
    """Whether any markup outside code blocks opens one of Mintlify's API components."""
    for token in tokens:
        if token.type == "fence":
            continue
        texts = [token.content, *(child.content for child in token.children or [])]
        if any(name in text for text in texts for name in _API_COMPONENTS):
            return True
    return False


def _blocks(tokens: list[Token], lines: list[str]) -> list[_Block]:
    """The page's top-level blocks, in order."""
    out: list[_Block] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        close = _closing_index(tokens, index)
        line = token.map[0] + 1 if token.map else 0
        if token.type == "heading_open":
            out.append(_Heading(int(token.tag[1:]), tokens[index + 1].content.strip(), line))
        elif token.type == "paragraph_open":
            out.append(_Text(_clean(tokens[index + 1].content), line))
        elif token.type == "fence":
            out.append(_code(token, line))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            items = _items(tokens, index + 1, close, lines)
            out.append(_List(tuple(items), line, _source(lines, token)))
        elif token.type == "table_open":
            out.append(_Text(_source(lines, token), line, "table"))
        elif token.type == "blockquote_open":
            out.append(_Text(_source(lines, token), line, "quote"))
        elif token.type == "html_block":
            out.append(_Text(token.content.strip(), line, "html"))
        elif token.type == "hr":
            out.append(_Text("", line, "rule"))
        index = close + 1
    return out


def _closing_index(tokens: list[Token], index: int) -> int:
    """The index of the token closing ``tokens[index]`` (itself when it opens nothing)."""
    opening = tokens[index]
    if opening.nesting != 1:
        return index
    closing_type = opening.type.removesuffix("_open") + "_close"
    for later in range(index + 1, len(tokens)):
        if tokens[later].type == closing_type and tokens[later].level == opening.level:
            return later
    return len(tokens) - 1


def _items(tokens: list[Token], start: int, end: int, lines: list[str]) -> list[_Item]:
    """The items of one list (the tokens between its opening and closing)."""
    items: list[_Item] = []
    index = start
    while index < end:
        close = _closing_index(tokens, index)
        if tokens[index].type == "list_item_open":
            items.append(_item(tokens, index, close, lines))
        index = close + 1
    return items


def _item(tokens: list[Token], opening: int, end: int, lines: list[str]) -> _Item:
    text: str | None = None
    children: list[_Item] = []
    more: list[str] = []
    index = opening + 1
    while index < end:
        token = tokens[index]
        close = _closing_index(tokens, index)
        if token.type == "paragraph_open":
            content = _clean(tokens[index + 1].content)
            if text is None:
                text = content
            else:
                more.append(content)
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            children.extend(_items(tokens, index + 1, close, lines))
        elif token.map:
            more.append(_source(lines, token))
        index = close + 1
    begin = tokens[opening].map
    return _Item(text or "", begin[0] + 1 if begin else 0, tuple(children), tuple(more))


def _source(lines: list[str], token: Token) -> str:
    begin, end = token.map or (0, 0)
    block = lines[begin:end]
    indent = min((len(r) - len(r.lstrip()) for r in block if r.strip()), default=0)
    return "\n".join(r[indent:] for r in block).strip()


def _clean(text: str) -> str:
    """Inline markdown without the indentation of its continuation lines."""
    return "\n".join(line.strip() for line in text.strip().split("\n")).strip()


def _code(token: Token, line: int) -> _Code:
    """A fenced block: its language and its title (```` ```json Not Found ````)."""
    language, _, rest = token.info.strip().partition(" ")
    named = re.search(r"""\btitle=(?:"([^"]*)"|'([^']*)')""", rest)
    if named:
        title = named.group(1) or named.group(2)
    else:
        title = " ".join(_FENCE_META.sub(" ", rest).split())
    return _Code(language.lower(), title or None, token.content, line)


def _heading_key(text: str) -> str:
    plain = re.sub(r"[*_`]", "", text).strip().rstrip(":").strip()
    return " ".join(plain.lower().replace("-", " ").split())


# --------------------------------------------------------------------------- page model


@dataclass
class _Field:
    """A documented parameter, body field or response field, as the bullet states it."""

    name: str
    line: int
    type_text: str | None = None
    required: bool = False
    optional: bool = False
    deprecated: bool = False
    nullable: bool = False
    description: str = ""
    enum: StatedValues | None = None
    examples: list[str] = field(default_factory=list)
    default: str | None = None
    children: list[_Field] = field(default_factory=list)  # dotted names not yet nested


@dataclass(frozen=True)
class _Curl:
    """What a curl example states about the request."""

    line: int
    method: str | None  # as written with -X, or implied by -d / -F
    url: str | None
    form: bool
    content_type: str | None


@dataclass
class _Page:
    title: str | None = None
    lead: list[str] = field(default_factory=list)
    parameters: list[tuple[str, _Field]] = field(default_factory=list)
    body: list[_Field] = field(default_factory=list)
    form: bool = False  # a "Form Data" section: the body is multipart
    body_line: int | None = None
    body_prose: list[str] = field(default_factory=list)
    response_fields: list[_Field] = field(default_factory=list)
    response_prose: list[str] = field(default_factory=list)
    request_examples: list[Example] = field(default_factory=list)
    success_examples: list[Example] = field(default_factory=list)
    error_examples: list[Example] = field(default_factory=list)
    stated: list[StatedError] = field(default_factory=list)
    success_statuses: list[str] = field(default_factory=list)
    status_prose: list[str] = field(default_factory=list)  # searched for "return `400 CODE`"
    curls: list[_Curl] = field(default_factory=list)


@dataclass(frozen=True)
class _Pending:
    """A status line waiting for the JSON example that follows it."""

    status: str
    description: str
    line: int


class _Walker:
    """Walks the blocks once, section by section, filling the page model."""

    def __init__(self, log: _Log) -> None:
        self.log = log
        self.page = _Page()
        self.kind: str | None = None  # None: the lead; "": a section the reader does not know
        self.heading: _Heading | None = None
        self.pending: _Pending | None = None

    def walk(self, blocks: list[_Block]) -> _Page:
        for block in blocks:
            if isinstance(block, _Heading):
                self._heading(block)
            elif isinstance(block, _Code):
                self._code(block)
            elif isinstance(block, _List):
                self._list(block)
            else:
                self._text(block)
        self._flush_pending()
        return self.page

    @property
    def _where(self) -> str:
        return repr(self.heading.text) if self.heading is not None else "the lead"

    # -- sections

    def _heading(self, heading: _Heading) -> None:
        if self.heading is None and heading.level == 1 and self.page.title is None:
            self.page.title = heading.text  # the page's H1: a title, not a section
            return
        kind = _SECTIONS.get(_heading_key(heading.text))
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

    def _text(self, block: _Text) -> None:
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
        if block.kind == "table" and self.kind in _FIELD_SECTIONS:
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

    def _list(self, block: _List) -> None:
        if self.kind is None:
            self.page.lead.append(block.source)
        elif self.kind in _FIELD_SECTIONS:
            self._fields(block)
        elif self.kind == "errors":
            for item in block.items:
                self._status_line(item.text, item.line)
            self._flush_pending()
        else:
            fieldlike = [item for item in block.items if _FIELD.match(item.text)]
            if fieldlike:
                self.log.warn(
                    f"{len(fieldlike)} field bullet(s) under {self._where}, a section the reader "
                    "does not know, are not read",
                    fieldlike[0].line,
                )

    def _fields(self, block: _List) -> None:
        found: list[_Field] = []
        for item in block.items:
            read_field = _read_field(item, self.log)
            if read_field is None:
                self.log.warn(
                    f"a bullet under {self._where} is not a field (`name` (type): text); "
                    "kept as prose",
                    item.line,
                )
                self._prose(_render_item(item), as_written=True)
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

    def _code(self, code: _Code) -> None:
        curls = _curls(code, self.log)
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

    def _is_json(self, code: _Code) -> bool:
        if code.language in JSON_LANGUAGES:
            return True
        # An untitled block without a language, in an example section, that holds JSON.
        examples = _STATUS_SECTIONS | {"body", "form", "request"}
        return (
            code.language == ""
            and self.kind in examples
            and code.body.lstrip().startswith(("{", "["))
        )

    def _error_example(self, code: _Code, status: str, description: str | None) -> None:
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


def _render_item(item: _Item) -> str:
    return "\n".join([_with_bullets(item), *item.more])


def _with_bullets(item: _Item) -> str:
    """An item's text and, as a markdown list, its nested bullets' texts."""
    return "\n".join([item.text, *(f"- {child.text}" for child in item.children)])


def _json_example(
    code: _Code, log: _Log, *, status: str | None = None, title: str | None = None
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
            name, _JSON, code.body.rstrip("\n"), code.line, False, code.body, status=status
        )
    return Example(name, _JSON, value, code.line, True, code.body, status=status)


# --------------------------------------------------------------------------- fields


def _read_field(item: _Item, log: _Log) -> _Field | None:
    """A bullet ``- `name` (type, required): text`` with its nested bullets, or None."""
    match = _FIELD.match(item.text)
    if match is None:
        return None
    found = _Field(match.group("name"), item.line)
    _qualifiers(found, match.group("inner"), log)
    rest = _clean(match.group("rest"))
    parts = [rest] if rest else []
    _hints(found, rest, item.line, log)
    for child in item.children:
        nested = _read_field(child, log)
        if nested is not None:
            found.children.append(nested)
            continue
        # "Allowed values: ...", "Common values: ...", "Default: `x`", or more of the text.
        _hints(found, _with_bullets(child), child.line, log)
        parts.append(_render_item(child))
    parts.extend(item.more)
    found.description = "\n\n".join(parts)
    return found


def _qualifiers(found: _Field, inner: str, log: _Log) -> None:
    """The words in the parentheses: the type, then required / optional / default: x ..."""
    for part in inner.split(","):
        word = part.strip().strip("*_` ").strip()
        lowered = word.lower()
        default = _DEFAULT_QUALIFIER.match(word)
        if not word:
            continue
        if lowered == "required":
            found.required = True
        elif lowered == "optional":
            found.optional = True
        elif lowered == "deprecated":
            found.deprecated = True
        elif lowered == "nullable":
            found.nullable = True
        elif default is not None:
            found.default = default.group("value").strip("`")
        elif found.type_text is None:
            found.type_text = word
        else:
            log.warn(f"{word!r} in the parentheses of field {found.name!r} is not read", found.line)
    if found.required and found.optional:
        log.warn(f"field {found.name!r} is said to be both required and optional", found.line)
        found.optional = False


def _hints(found: _Field, text: str, line: int, log: _Log) -> None:
    """What a piece of a field's text states about its values: a default, allowed values, examples.

    A default needs a code span ("Default: `true`"): "Defaults to filename" is prose.
    """
    default = stated_default(text, code_only=True)
    if default is not None:
        if found.default is not None and found.default != default:
            log.warn(f"field {found.name!r} states two defaults; the first is kept", line)
        else:
            found.default = default
    # No enum from a sentence of only code spans: "e.g. `en` or `es`." gives examples.
    enum = stated_values(text, lenient=True, code_sentences=False)
    if enum is not None:
        if found.enum is not None and found.enum != enum:
            log.warn(f"field {found.name!r} lists allowed values twice; the first are kept", line)
        else:
            found.enum = enum
    examples = stated_values(text, examples=True, lenient=True)
    for value in examples.values if examples is not None else []:
        if value not in found.examples:
            found.examples.append(value)
    for are_examples, given in ((False, "no enum is given"), (True, "no examples are given")):
        for statement in unread_value_lists(text, examples=are_examples, lenient=True):
            log.warn(f"cannot tell the values in {statement!r} of {found.name!r}; {given}", line)


# --------------------------------------------------------------------------- schemas


def _key(name: str) -> str:
    """A field's dotted name without array marks: ``items[].id`` → ``items.id``."""
    return ".".join(part.removesuffix("[]") for part in name.split("."))


def _parent_keys(name: str) -> list[str]:
    """The fields a dotted name goes in: ``a.b[].c`` → ``a``, ``a.b``."""
    parts = _key(name).split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def _value_schema(item: _Field, log: _Log, *, holds_fields: bool = False) -> dict[str, Any]:
    """The schema of a field's value: its type, nested fields, enum, examples and default.

    A field without a type that holds fields (nested bullets, or ``holds_fields``: dotted
    names such as "data.id" go in it) is an object.
    """
    if item.type_text is None:
        holds_fields = holds_fields or bool(item.children)
        schema: dict[str, Any] = {"type": "object"} if holds_fields else {}
        if not holds_fields:
            log.warn(f"field {item.name!r} states no type; no type is given", item.line)
    else:
        known = schema_for_type(item.type_text)
        if known is None:
            log.warn(
                f"unknown type {item.type_text!r} of field {item.name!r}; no type is given",
                item.line,
            )
        schema = known or {}
    if item.nullable and schema:
        schema = make_nullable(schema)
    if item.children:
        _attach_children(schema, item, log)
    if item.enum is not None:
        _set_enum(schema, item, item.enum, log)
    if item.examples:
        _set_examples(schema, item, log)
    if item.default is not None:
        value = coerce_literal(item.default, schema, structured=True)
        if not fits_type(value, schema):
            log.warn(
                f"default {item.default!r} of field {item.name!r} is not a {item.type_text}; "
                "not kept",
                item.line,
            )
        else:
            if "enum" in schema and value not in schema["enum"]:
                log.warn(
                    f"default {item.default!r} of field {item.name!r} is not among its "
                    "allowed values",
                    item.line,
                )
            schema["default"] = value
    return schema


def _set_enum(schema: dict[str, Any], item: _Field, stated: StatedValues, log: _Log) -> None:
    """The allowed values, when they fit the type (an array's are its items')."""
    target = enum_target(schema)
    if target is None:
        log.warn(
            f"values listed for field {item.name!r} of type {item.type_text} are not an enum",
            item.line,
        )
    elif any(not fits_type(coerce_literal(text, target), target) for text in stated.values):
        log.warn(
            f"the allowed values of field {item.name!r} are not all of type {item.type_text}; "
            "not kept",
            item.line,
        )
    else:
        set_enum(schema, stated)


def _set_examples(schema: dict[str, Any], item: _Field, log: _Log) -> None:
    """The example values, when they fit the type (an array's are its items')."""
    target = schema["items"] if isinstance(schema.get("items"), dict) else schema
    values = [coerce_literal(text, target, structured=True) for text in item.examples]
    if any(not fits_type(value, target) for value in values):
        log.warn(
            f"the example values of field {item.name!r} are not all of type {item.type_text}; "
            "not kept",
            item.line,
        )
    else:
        target["examples"] = values


def _attach_children(schema: dict[str, Any], parent: _Field, log: _Log) -> None:
    # Fields nested in an array field are those of its items.
    is_array = "array" in schema_types(schema)
    target = schema.setdefault("items", {"type": "object"}) if is_array else schema
    kinds = schema_types(target)
    if kinds and "object" not in kinds:
        log.warn(
            f"{parent.name!r} is a {parent.type_text}, yet fields are nested in it", parent.line
        )
    _add_fields(ObjectBuilder(target), parent.children, log)


def _property_schema(item: _Field, log: _Log, *, holds_fields: bool = False) -> dict[str, Any]:
    schema = _value_schema(item, log, holds_fields=holds_fields)
    if item.description:
        schema["description"] = item.description
    if item.deprecated:
        schema["deprecated"] = True
    return schema


def _object_schema(fields: list[_Field], log: _Log) -> dict[str, Any]:
    builder = ObjectBuilder()
    _add_fields(builder, fields, log)
    return builder.schema


def _add_fields(builder: ObjectBuilder, fields: list[_Field], log: _Log) -> None:
    """Fields into an object schema; dotted names ("data.voice_id") under their parents."""
    parents = {key for item in fields for key in _parent_keys(item.name)}
    for item in fields:
        schema = _property_schema(item, log, holds_fields=_key(item.name) in parents)
        for problem in builder.add(item.name, schema, required=item.required):
            log.warn(problem, item.line)


def _dotted(path: tuple[str, ...]) -> str:
    """A path into an example as written in messages: ``providers[].requirements``."""
    out = ""
    for part in path:
        out += "[]" if part == "[]" else (f".{part}" if out else part)
    return out or "(the top level)"


def _check_example(
    schema: dict[str, Any], value: Any, path: tuple[str, ...], what: str, line: int, log: _Log
) -> None:
    """Warn where an example strays from the documented fields (it never adds to them)."""
    if not fits_type(value, schema):
        log.warn(
            f"{what} gives `{_dotted(path)}` a {json_type(value)} value; the page documents "
            f"{' | '.join(schema_types(schema))}",
            line,
        )
        return
    properties = schema.get("properties")
    if isinstance(value, dict) and isinstance(properties, dict) and properties:
        for key, inner in value.items():
            if key in properties:
                _check_example(properties[key], inner, (*path, key), what, line, log)
            else:
                log.warn(
                    f"`{_dotted((*path, key))}` in {what} is not among the documented fields; "
                    "not added",
                    line,
                )
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for inner in value:
            _check_example(schema["items"], inner, (*path, "[]"), what, line, log)


class _Inference:
    """A schema inferred from example values: their JSON types, objects and arrays in depth.

    Where the documented fields describe one object inside the example (``anchor``), that
    object's schema is the documented one.
    """

    def __init__(
        self,
        log: _Log,
        line: int,
        anchor: tuple[str, ...] | None = None,
        documented: dict[str, Any] | None = None,
    ) -> None:
        self.log = log
        self.line = line
        self.anchor = anchor
        self.documented = documented

    def schema(self, values: Iterable[Any]) -> dict[str, Any]:
        merged: dict[str, Any] | None = None
        for value in values:
            found = self._infer(value, ())
            merged = found if merged is None else self._merge(merged, found, ())
        return self._finish(merged or {}, ())

    def _infer(self, value: Any, path: tuple[str, ...]) -> dict[str, Any]:
        if path == self.anchor and self.documented is not None:
            return copy.deepcopy(self.documented)  # no shared objects: YAML would alias them
        if isinstance(value, dict):
            properties = {key: self._infer(inner, (*path, key)) for key, inner in value.items()}
            return {"type": "object", "properties": properties}
        if isinstance(value, list):
            schema: dict[str, Any] = {"type": "array"}
            items: dict[str, Any] | None = None
            for inner in value:
                found = self._infer(inner, (*path, "[]"))
                items = found if items is None else self._merge(items, found, (*path, "[]"))
            if items is not None:
                schema["items"] = items
            return schema
        return {"type": json_type(value)}

    def _merge(
        self, first: dict[str, Any], second: dict[str, Any], path: tuple[str, ...]
    ) -> dict[str, Any]:
        """One schema for two values found at the same place (items of one array, say)."""
        base_first, null_first = _split_null(first)
        base_second, null_second = _split_null(second)
        if base_first is None or base_second is None:
            base = base_second if base_first is None else base_first
        else:
            base = self._merge_base(base_first, base_second, path)
        if base is None:
            return {"type": "null"}
        return make_nullable(base) if (null_first or null_second) and base else base

    def _merge_base(
        self, first: dict[str, Any], second: dict[str, Any], path: tuple[str, ...]
    ) -> dict[str, Any]:
        if first == second:
            return first
        kinds = {first.get("type"), second.get("type")}
        if kinds == {"object"}:
            properties = dict(first.get("properties", {}))
            for key, inner in second.get("properties", {}).items():
                known = properties.get(key)
                properties[key] = inner if known is None else self._merge(known, inner, path)
            return {"type": "object", "properties": properties}
        if kinds == {"array"}:
            if "items" in first and "items" in second:
                items = self._merge(first["items"], second["items"], (*path, "[]"))
                return {"type": "array", "items": items}
            return first if "items" in first else second
        if kinds == {"integer", "number"}:
            return {"type": "number"}
        if first and second:
            self.log.warn(
                f"`{_dotted(path)}` holds values of different types in the example "
                f"({' and '.join(sorted(str(k) for k in kinds))}); no type is inferred",
                self.line,
            )
        return {}

    def _finish(self, schema: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
        """Null and empty values gave no type: say so, and leave the type out."""
        if path == self.anchor:
            return schema
        if schema.get("type") == "null":
            self.log.warn(
                f"`{_dotted(path)}` is null in the example; no type is inferred", self.line
            )
            return {}
        if "array" in schema_types(schema) and "items" not in schema:
            self.log.warn(
                f"`{_dotted(path)}` is an empty array in the example; its items' type is not "
                "inferred",
                self.line,
            )
        for key, inner in schema.get("properties", {}).items():
            schema["properties"][key] = self._finish(inner, (*path, key))
        if isinstance(schema.get("items"), dict):
            schema["items"] = self._finish(schema["items"], (*path, "[]"))
        return schema


def _split_null(schema: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """A schema without its null alternative (None when it is only null), and whether it had one."""
    kind = schema.get("type")
    if kind == "null":
        return None, True
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        return {**schema, "type": rest[0] if len(rest) == 1 else rest}, True
    return schema, False


def _objects(value: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every object in an example value, with its path (``"[]"`` for an array's items)."""
    if isinstance(value, dict):
        yield path, value
        for key, inner in value.items():
            yield from _objects(inner, (*path, key))
    elif isinstance(value, list):
        for inner in value:
            yield from _objects(inner, (*path, "[]"))


def _documented_object(names: set[str], value: Any) -> tuple[str, ...] | None:
    """Where in an example the documented fields are, when not at its top level.

    Only when no documented name is a top-level key and exactly one object in the example
    holds every documented name: the list then documents that object.
    """
    if not names or (isinstance(value, dict) and names & value.keys()):
        return None
    found = {path for path, inner in _objects(value, ()) if path and names <= inner.keys()}
    return found.pop() if len(found) == 1 else None


# --------------------------------------------------------------------------- curl


def _curls(code: _Code, log: _Log) -> list[_Curl]:
    """The curl commands of a shell block (none for other languages)."""
    if code.language not in _SHELL_LANGUAGES:
        return []
    lines = code.body.split("\n")
    out: list[_Curl] = []
    index = 0
    while index < len(lines):
        start = index
        command = lines[index].strip().removeprefix("$ ").strip()
        index += 1
        if not command.startswith("curl "):
            continue
        # A command runs on over escaped line ends, and over a quoted body's own lines.
        while index < len(lines) and (command.endswith("\\") or _unclosed_quote(command)):
            if command.endswith("\\"):
                command = command[:-1].rstrip() + " " + lines[index].strip()
            else:
                command += "\n" + lines[index]
            index += 1
        try:
            tokens = shlex.split(command)
        except ValueError as exc:
            log.warn(f"the curl example is not read ({exc})", code.line + 1 + start)
            continue
        out.append(_curl(tokens, code.line + 1 + start))
    return out


def _unclosed_quote(command: str) -> bool:
    try:
        shlex.split(command)
    except ValueError:
        return True
    return False


def _curl(tokens: list[str], line: int) -> _Curl:
    method: str | None = None
    url: str | None = None
    form = data = False
    content_type: str | None = None
    index = 1
    while index < len(tokens):
        word = tokens[index]
        value = tokens[index + 1] if index + 1 < len(tokens) else ""
        step = 2
        if word in ("-X", "--request"):
            method = value.upper()
        elif word.startswith("-X") and len(word) > 2:
            method, step = word[2:].upper(), 1
        elif word in ("-H", "--header"):
            name, _, text = value.partition(":")
            if name.strip().lower() == "content-type":
                content_type = text.split(";")[0].strip().lower()
        elif word in _CURL_FORM:
            form = True
        elif word in _CURL_DATA:
            data = True
        elif word == "--url":
            url = value
        elif word in _CURL_VALUED:
            pass
        else:
            step = 1
            if url is None and word.startswith(("http://", "https://")):
                url = word
        index += step
    if method is None:
        method = "POST" if form or data else "GET"
    return _Curl(line, method, url, form, content_type)


def _route_pattern(route: str) -> str:
    """A regex for a path template: each ``{name}`` stands for one segment."""
    pieces = re.split(r"(\{[^{}/]+\})", route)
    return "".join("[^/]+" if _ROUTE_PARAMETER.fullmatch(p) else re.escape(p) for p in pieces)


# --------------------------------------------------------------------------- document


def _document(
    page: _Page, front: dict[str, Any], options: PageOptions, log: _Log
) -> dict[str, Any]:
    method, route, front_server = _operation_target(front, options, log)
    title = _title(page, front, log)
    operation: dict[str, Any] = {"summary": title}
    stated_description = front.get("description")
    lead = [stated_description] if isinstance(stated_description, str) else []
    description = "\n\n".join(part for part in [*lead, *page.lead] if part.strip())
    if description:
        operation["description"] = description
    if front.get("deprecated") is True:
        operation["deprecated"] = True
    parameters = _parameters(page, route, log)
    if parameters:
        operation["parameters"] = parameters
    body = _request_body(page, front, log)
    if body is not None:
        operation["requestBody"] = body
    operation["responses"] = _responses(page, options, log)
    document: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": title, "version": "0.0.0"}}
    server = _server(front_server, method, route, page.curls, log)
    if server:
        document["servers"] = [{"url": server}]
    document["paths"] = {route: {method: operation}}
    return document


def _title(page: _Page, front: dict[str, Any], log: _Log) -> str:
    title = front.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    if page.title:
        return page.title
    log.warn("the page has no title (front matter title or H1); the file name stands in", None)
    return log.path.stem


def _operation_target(
    front: dict[str, Any], options: PageOptions, log: _Log
) -> tuple[str, str, str | None]:
    """Method, path and server: the options' operation, else the front matter's ``openapi:``
    (or ``api:``; when both are stated and differ, ``openapi:`` wins with a warning)."""
    stated: list[tuple[str, tuple[str, str, str | None]]] = []
    for key in ("openapi", "api"):
        value = front.get(key)
        if isinstance(value, str):
            stated.append((key, parse_operation(value, log.path, f"front matter {key}:")))
    if len(stated) == 2 and stated[0][1][:2] != stated[1][1][:2]:
        log.warn("front matter openapi: and api: name different operations; openapi: is used", 1)
    from_page = stated[0][1] if stated else None
    return choose_operation(
        from_page,
        options.operation,
        log.path,
        log.warn,
        missing=" (no openapi: or api: front matter)",
    )


def _server(
    stated: str | None, method: str, route: str, curls: list[_Curl], log: _Log
) -> str | None:
    """The server: the front matter's full URL, else the one the curl examples call."""
    found: list[str] = []
    for curl in curls:
        if curl.method and curl.method.lower() != method:
            log.warn(f"the curl example uses {curl.method}, the page {method.upper()}", curl.line)
        parts = urlsplit(curl.url or "")
        if not parts.scheme or not parts.netloc:
            continue
        match = re.fullmatch(rf"(?P<prefix>.*?){_route_pattern(route)}/?", parts.path)
        if match is None:
            log.warn(
                f"the curl example's URL {curl.url} does not match the path {route}; "
                "no server is taken from it",
                curl.line,
            )
            continue
        server = f"{parts.scheme}://{parts.netloc}{match.group('prefix')}".rstrip("/")
        if server not in found:
            found.append(server)
    if stated is not None:
        for other in found:
            if other != stated:
                log.warn(f"a curl example calls {other}, the front matter {stated}", None)
        return stated
    if len(found) > 1:
        log.warn(
            f"the curl examples call different servers ({', '.join(found)}); the first is used",
            None,
        )
    return found[0] if found else None


def _parameters(page: _Page, route: str, log: _Log) -> list[dict[str, Any]]:
    """The documented parameters in page order, and any of the path's that the page leaves out."""
    parameters: list[dict[str, Any]] = []
    in_route = _ROUTE_PARAMETER.findall(route)
    for location, item in page.parameters:
        if any(p["name"] == item.name and p["in"] == location for p in parameters):
            log.warn(f"{location} parameter {item.name!r} is documented twice", item.line)
            continue
        parameter: dict[str, Any] = {"name": item.name, "in": location}
        if location == "path":
            if item.optional:
                log.warn(
                    f"path parameter {item.name!r} is said to be optional; path parameters "
                    "are always required",
                    item.line,
                )
            if item.name not in in_route:
                log.warn(f"path parameter {item.name!r} is not in the path {route}", item.line)
            parameter["required"] = True
        elif item.required:
            parameter["required"] = True
        if item.description:
            parameter["description"] = item.description
        if item.deprecated:
            parameter["deprecated"] = True
        parameter["schema"] = _value_schema(item, log)
        parameters.append(parameter)
    documented = {item.name for location, item in page.parameters if location == "path"}
    for name in in_route:
        if name not in documented:
            log.warn(f"path parameter {name!r} is not documented; typed as a string", None)
            parameters.append(
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            )
    return parameters


def _request_body(page: _Page, front: dict[str, Any], log: _Log) -> dict[str, Any] | None:
    fields = page.body  # dotted names not yet nested
    examples = page.request_examples
    if not fields and not examples:
        if page.body_line is not None:
            log.warn(
                "the request body section lists no fields and shows no example", page.body_line
            )
        return None
    media_type: dict[str, Any] = {}
    parsed = [e for e in examples if e.parsed]
    if fields:
        media_type["schema"] = _object_schema(fields, log)
        for example in parsed:
            _check_example(
                media_type["schema"], example.value, (), "the request example", example.line, log
            )
    elif parsed:
        log.warn(
            "the request body's schema is inferred from its example (the page lists no body "
            "fields); check it",
            parsed[0].line,
        )
        media_type["schema"] = _Inference(log, parsed[0].line).schema(e.value for e in parsed)
    media = _body_media_type(page, front, media_type.get("schema", {}), log)
    for example in examples:
        add_example(media_type, example)
    body: dict[str, Any] = {}
    if page.body_prose:
        body["description"] = "\n\n".join(page.body_prose)
    if "required" in media_type.get("schema", {}):  # a top-level field is required
        body["required"] = True
    body["content"] = {media: media_type}
    return body


def _body_media_type(page: _Page, front: dict[str, Any], schema: dict[str, Any], log: _Log) -> str:
    """The front matter's contentType, else multipart for a form or a file, else JSON."""
    stated = front.get("contentType")
    if isinstance(stated, str) and stated.strip():
        media = stated.strip()
    elif page.form or has_file(schema):
        media = _MULTIPART
    else:
        media = _JSON
    for curl in page.curls:
        sent = curl.content_type or (_MULTIPART if curl.form else None)
        if sent is not None and sent != media:
            log.warn(f"the curl example sends {sent}; the page documents {media}", curl.line)
    return media


def _responses(page: _Page, options: PageOptions, log: _Log) -> dict[str, Any]:
    said = [sentence for text in page.status_prose for sentence in sentences(text)]
    # A status line ("**201 Created** - ...") first, then a success status the prose states.
    success = page.success_statuses[0] if page.success_statuses else stated_success(said) or "200"
    schema = _response_schema(page, options, success, log)
    # Every example carries its status already: the page's layout placed it.
    examples = [replace(e, status=e.status or success) for e in page.success_examples]
    return build_responses(
        examples=[*examples, *page.error_examples],
        stated=[*page.stated, *stated_errors(said)],
        success_description="\n\n".join(page.response_prose) or "Successful response",
        success_schema=schema,
        fits_success=lambda value: True,
        success_status=success,
    )


def _response_schema(
    page: _Page, options: PageOptions, status: str, log: _Log
) -> dict[str, Any] | None:
    """The success body's schema: the documented fields, else inferred from the example."""
    fields = page.response_fields
    samples = [e for e in page.success_examples if e.parsed]
    if fields:
        documented = _object_schema(fields, log)
        if options.response_property:
            # The page documents the items of an array whose key it never names.
            array = {"type": "array", "items": documented}
            return {"type": "object", "properties": {options.response_property: array}}
        anchor = _documented_object(
            set(documented["properties"]), samples[0].value if samples else None
        )
        if anchor is None:
            for sample in samples:
                _check_example(
                    documented, sample.value, (), "the response example", sample.line, log
                )
            return documented
        sample = samples[0]
        log.warn(
            f"the response fields (line {fields[0].line}) are the keys of `{_dotted(anchor)}` "
            f"in the response example, not of its top level: they are placed there, and the "
            f"rest of the {status} response's schema is inferred from the example; check it",
            sample.line,
        )
        schema = _Inference(log, sample.line, anchor, documented).schema(s.value for s in samples)
        for sample in samples:
            _check_example(schema, sample.value, (), "the response example", sample.line, log)
        return schema
    if samples:
        log.warn(
            f"the {status} response's schema is inferred from its example (the page lists no "
            "response fields); check it",
            samples[0].line,
        )
        return _Inference(log, samples[0].line).schema(s.value for s in samples)
    return None
