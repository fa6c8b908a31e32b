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

import json
import re
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block.lheading import lheading as _commonmark_lheading
from markdown_it.token import Token

from clientgen.core.diagnostics import Diagnostic
from clientgen.sources.readers import PageOptions, ReadResult
from clientgen.sources.readers.field_types import (
    ObjectBuilder,
    coerce_literal,
    has_file,
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
from clientgen.sources.readers.page_operation import choose_operation, parse_operation
from clientgen.sources.readers.responses import (
    Example,
    StatedError,
    add_example,
    build_responses,
    is_json_media,
    is_success_body,
    stated_errors,
    stated_success,
    titled_status,
)

# --------------------------------------------------------------------------- vocabulary

# Any of these on a page makes it Mintlify API markdown.
_API_COMPONENTS = frozenset({"ParamField", "ResponseField", "ResponseExample", "RequestExample"})
_FIELDS = frozenset({"ParamField", "ResponseField"})
_PARAM_LOCATIONS = ("path", "query", "header", "cookie", "body")
# Field attributes; placeholder, pre, post and initialValue only dress the rendered page.
_FIELD_ATTRS = frozenset(
    {"name", "type", "required", "default", "deprecated", "placeholder", "pre", "post"}
    | {"initialvalue", *_PARAM_LOCATIONS}
)
_EXAMPLE_GROUPS: dict[str, frozenset[str]] = {
    "ResponseExample": frozenset({"dropdown"}),
    "RequestExample": frozenset({"dropdown"}),
    "CodeGroup": frozenset({"title", "dropdown"}),
}
# Components that only arrange prose: read through them, keep their title as a bold line.
# (html.parser lower-cases attribute names, hence "defaultopen".)
_CONTAINERS: dict[str, frozenset[str]] = {
    "Expandable": frozenset({"title", "defaultopen"}),
    "Accordion": frozenset({"title", "description", "icon", "defaultopen", "id"}),
    "AccordionGroup": frozenset(),
    "Note": frozenset(),
    "Info": frozenset(),
    "Tip": frozenset(),
    "Warning": frozenset(),
    "Check": frozenset(),
    "Danger": frozenset(),
    "Callout": frozenset({"icon", "color", "icontype"}),
    "Tabs": frozenset(),
    "Tab": frozenset({"title", "icon"}),
    "Steps": frozenset({"titlesize"}),
    "Step": frozenset({"title", "icon", "stepnumber", "titlesize"}),
    "Frame": frozenset({"caption", "hint"}),
    "Card": frozenset({"title", "icon", "href", "horizontal", "img", "color", "cta", "arrow"}),
    "CardGroup": frozenset({"cols"}),
    "Columns": frozenset({"cols"}),
}
_CALLOUTS = frozenset({"Note", "Info", "Tip", "Warning", "Check", "Danger"})
# HTML elements that stand alone: kept in prose as written. Other lower-case (HTML) tags only
# wrap markdown (Mintlify's export puts headings in <div id=...>): read through them.
_VOID_HTML = frozenset({"br", "img", "hr", "input", "source", "wbr", "embed", "area", "col"})
_JSON = "application/json"
# Headings whose prose is the operation's own description (no heading line repeated).
_INTRO_HEADINGS = frozenset({"overview", "description", "introduction", "summary", "about"})
_RESPONSE_HEADING = re.compile(r"\b(?:responses?|returns?)\b", re.IGNORECASE)
_MISSING: Any = object()


# --------------------------------------------------------------------------- entry points


def looks_like(text: str) -> bool:
    """Whether a page is Mintlify markdown: API components, or front matter naming an `api:`."""
    raw_front, body = split_front_matter(normalise_newlines(text))
    if "api" in peek_front_matter(raw_front):
        return True
    if not any(f"<{name}" in body for name in _API_COMPONENTS):
        return False  # cheap gate before parsing
    log = _Log(Path("<page>"))
    return any(
        isinstance(item, _Tag) and item.name in _API_COMPONENTS for item in _stream(body, log)
    )


def read(text: str, path: Path, options: PageOptions) -> ReadResult:
    """Read one Mintlify page (exported ``.md`` or MDX source) into an OpenAPI 3.1 document."""
    log = _Log(path)
    raw_front, body = split_front_matter(normalise_newlines(text))
    front = load_front_matter(raw_front, path, log.warn)
    items = _tree(_stream(body, log), log)
    page = _PageBuilder(log, has_title="title" in front).build(items)
    return ReadResult(_document(page, front, options, log), log.warnings)


@dataclass
class _Log:
    """Where warnings about one page are collected."""

    path: Path
    warnings: list[Diagnostic] = field(default_factory=list)

    def warn(self, message: str, line: int | None) -> None:
        self.warnings.append(Diagnostic(message, file=self.path, line=line))


# --------------------------------------------------------------------------- markdown-it


def _markdown() -> MarkdownIt:
    """CommonMark with HTML, read the way MDX reads it: indentation is never code."""
    # Tables are GitHub-flavoured, which Mintlify reads too.
    md = MarkdownIt("commonmark", {"html": True}).disable("code").enable("table")
    md.block.ruler.before(
        "html_block", "mdx_tags", _mdx_tags_rule, {"alt": ["paragraph", "reference", "blockquote"]}
    )
    md.block.ruler.at("paragraph", _paragraph_rule)
    md.block.ruler.at("lheading", _lheading_rule)
    return md


def _mdx_tags_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A line holding only component tags (which may run over several lines) → one token."""
    begin = state.bMarks[start] + state.tShift[start]
    stop = _tags_line_end(state.src, begin)
    if stop is None:
        return False
    if silent:
        return True
    last = start
    while last + 1 < state.lineMax and state.eMarks[last] < stop:
        last += 1
    state.line = last + 1
    token = state.push("mdx_tags", "", 0)
    token.content = state.src[begin:stop]
    token.map = [start, state.line]
    return True


def _paragraph_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """CommonMark's paragraph without its indented-code quirk.

    CommonMark lets any line indented four spaces continue a paragraph, since it could not be
    code there; MDX has no indented code, so an indented closing tag or fence ends the
    paragraph like any other line that starts a block.
    """
    next_line = start + 1
    terminators = state.md.block.ruler.getRules("paragraph")
    old_parent = state.parentType
    state.parentType = "paragraph"
    while next_line < state.lineMax and not state.isEmpty(next_line):
        if state.sCount[next_line] >= 0 and any(
            rule(state, next_line, state.lineMax, True) for rule in terminators
        ):
            break
        next_line += 1
    content = state.getLines(start, next_line, state.blkIndent, False).strip()
    state.line = next_line
    token = state.push("paragraph_open", "p", 1)
    token.map = [start, next_line]
    token = state.push("inline", "", 0)
    token.content = content
    token.map = [start, next_line]
    token.children = []
    state.push("paragraph_close", "p", -1)
    state.parentType = old_parent
    return True


def _lheading_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """CommonMark's setext heading, except that an indented block start ends the text first."""
    old_parent = state.parentType
    state.parentType = "paragraph"
    try:
        line = start + 1
        while line < end and not state.isEmpty(line):
            text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].rstrip()
            if text and set(text) in ({"-"}, {"="}):
                break
            deep = state.sCount[line] - state.blkIndent > 3
            rules = state.md.block.ruler.getRules("paragraph")
            if deep and any(rule(state, line, end, True) for rule in rules):
                return False
            line += 1
    finally:
        state.parentType = old_parent
    return _commonmark_lheading(state, start, end, silent)


def _tags_line_end(src: str, begin: int) -> int | None:
    """The end of the tags that make up a whole line from ``begin``, or None if text follows."""
    position = begin
    while True:
        tag_end = _tag_end(src, position)
        if tag_end is None:
            return None
        stop = position = tag_end
        while position < len(src) and src[position] in " \t":
            position += 1
        if position >= len(src) or src[position] == "\n":
            return stop
        if src[position] != "<":
            return None  # "<Note>text": left to the paragraph rule (tags arrive as html_inline)


def _tag_end(src: str, begin: int) -> int | None:
    """Scan one JSX tag from ``<``: past quoted values and ``{...}`` expressions to its ``>``."""
    if not src.startswith("<", begin):
        return None
    position = begin + 1 + src.startswith("/", begin + 1)
    if position >= len(src) or not src[position].isalpha():
        return None
    while position < len(src) and (src[position].isalnum() or src[position] in "_.-"):
        position += 1
    if position < len(src) and src[position] not in " \t\n/>":
        return None  # an autolink (<https://...>) or an e-mail address, not a tag
    quote: str | None = None
    depth = 0
    while position < len(src):
        char = src[position]
        if quote is not None:
            quote = None if char == quote else quote
        elif char in "\"'" or (char == "`" and depth):
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}" and depth:
            depth -= 1
        elif depth == 0 and char == ">":
            return position + 1
        elif depth == 0 and char == "<":
            return None
        if char == "\n" and src[position + 1 : position + 2] == "\n":
            return None  # a blank line inside a tag: not a tag after all
        position += 1
    return None


_MD = _markdown()


# --------------------------------------------------------------------------- tags


@dataclass(frozen=True)
class _Tag:
    """One component tag as written: ``<ParamField query="x" required>`` or ``</ParamField>``."""

    name: str
    attrs: dict[str, Any]  # names lower-cased by html.parser; a bare attribute is True
    closing: bool
    self_closing: bool
    line: int
    raw: str


class _AttributeParser(HTMLParser):
    """html.parser, fed a single tag, collects its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs = attrs

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs = attrs


# A private-use character: stands in for a JSX {expression} while html.parser reads the tag.
_EXPRESSION = "\ue000"


def _parse_tags(raw: str, line: int, log: _Log) -> list[_Tag]:
    """Every tag in a run of tags (one mdx_tags token, or one html_inline token)."""
    tags: list[_Tag] = []
    position = 0
    while (begin := raw.find("<", position)) != -1:
        end = _tag_end(raw, begin)
        if end is None:
            break
        tags.append(_parse_tag(raw[begin:end], line + raw.count("\n", 0, begin), log))
        position = end
    return tags


def _parse_tag(raw: str, line: int, log: _Log) -> _Tag:
    closing = raw.startswith("</")
    start = 2 if closing else 1
    stop = start
    while stop < len(raw) and (raw[stop].isalnum() or raw[stop] in "_.-"):
        stop += 1
    name = raw[start:stop]
    if closing:
        return _Tag(name, {}, True, False, line, raw)
    hidden, expressions = _hide_expressions(raw)
    parser = _AttributeParser()
    parser.feed(hidden)
    parser.close()
    attrs = {
        key: _attribute_value(value, expressions, f"{key} of <{name}>", line, log)
        for key, value in parser.attrs
    }
    return _Tag(name, attrs, False, raw.endswith("/>"), line, raw)


def _hide_expressions(raw: str) -> tuple[str, list[str]]:
    """Swap each ``{...}`` attribute value for a quoted marker html.parser reads as one value."""
    out: list[str] = []
    expressions: list[str] = []
    quote: str | None = None
    position = 0
    while position < len(raw):
        char = raw[position]
        if quote is None and char == "{":
            end = _expression_end(raw, position)
            expressions.append(raw[position + 1 : end - 1])
            out.append(f'"{_EXPRESSION}{len(expressions) - 1}{_EXPRESSION}"')
            position = end
            continue
        if quote is not None:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        out.append(char)
        position += 1
    return "".join(out), expressions


def _expression_end(raw: str, begin: int) -> int:
    depth = 0
    quote: str | None = None
    for position in range(begin, len(raw)):
        char = raw[position]
        if quote is not None:
            quote = None if char == quote else quote
        elif char in "\"'`":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
    return len(raw)


def _attribute_value(
    value: str | None, expressions: list[str], what: str, line: int, log: _Log
) -> Any:
    if value is None:
        return True  # a bare attribute: <ParamField required>
    if not (value.startswith(_EXPRESSION) and value.endswith(_EXPRESSION)):
        return value
    expression = expressions[int(value.strip(_EXPRESSION))].strip()
    try:
        return json.loads(expression)  # true, 10, "text", ["a", "b"], null
    except json.JSONDecodeError:
        pass
    if len(expression) >= 2 and expression[0] == expression[-1] and expression[0] in "'`":
        return expression[1:-1]
    log.warn(f"attribute {what} is a JSX expression, not a literal; kept as text", line)
    return expression


# --------------------------------------------------------------------------- blocks and tree


@dataclass(frozen=True)
class _Prose:
    text: str  # markdown, trimmed
    line: int
    quote: bool = False  # a "> ..." block (the lead line under an H1)


@dataclass(frozen=True)
class _Code:
    info: str
    body: str
    line: int


@dataclass(frozen=True)
class _Table:
    header: list[str]
    rows: list[list[str]]
    source: str
    line: int


@dataclass(frozen=True)
class _Heading:
    level: int
    text: str
    line: int


@dataclass(frozen=True)
class _Rule:
    line: int


@dataclass
class _Node:
    """A component with what it encloses."""

    name: str
    attrs: dict[str, Any]
    line: int
    children: list[_Item] = field(default_factory=list)


_Block = _Prose | _Code | _Table | _Heading | _Rule
_Item = _Block | _Node


def _stream(text: str, log: _Log) -> Iterator[_Block | _Tag]:
    """The page's blocks and component tags, in order."""
    tokens = _MD.parse(text)
    lines = text.split("\n")
    index = 0
    while index < len(tokens):
        token = tokens[index]
        line = token.map[0] + 1 if token.map else 0
        close = _closing_index(tokens, index)
        if token.type == "mdx_tags":
            yield from _parse_tags(token.content, line, log)
        elif token.type == "heading_open":
            yield _Heading(int(token.tag[1:]), tokens[index + 1].content.strip(), line)
        elif token.type == "paragraph_open" and not _is_esm(tokens[index + 1], token):
            yield from _paragraph(tokens[index + 1], line, log)
        elif token.type == "fence":
            yield _Code(token.info.strip(), token.content, line)
        elif token.type == "html_block":
            yield from _html_block(token.content, line, log)
        elif token.type == "hr":
            yield _Rule(line)
        elif token.type == "table_open":
            yield _table(tokens[index:close], _source(lines, token), line)
        elif token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            yield _container_block(tokens[index:close], _source(lines, token), line, log)
        index = close + 1


def _is_esm(inline: Token, paragraph: Token) -> bool:
    """MDX reads a top-level ``import``/``export`` line as JavaScript, not as prose."""
    return paragraph.level == 0 and inline.content.startswith(("import ", "export "))


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


def _source(lines: list[str], token: Token) -> str:
    begin, end = token.map or (0, 0)
    return textwrap.dedent("\n".join(lines[begin:end])).strip()


def _paragraph(inline: Token, line: int, log: _Log) -> Iterator[_Prose | _Tag]:
    """A paragraph, cut at its component tags.

    Tags on a line with text (``<Note>text</Note>``) arrive as html_inline; lower-case HTML
    (``<br>``, ``<a href>``) stays in the text as markdown allows.
    """
    raw = inline.content
    position = 0
    for child in inline.children or []:
        if child.type != "html_inline" or not _is_component(child.content):
            continue
        begin = raw.find(child.content, position)
        if begin == -1:
            continue
        if prose := _clean_prose(raw[position:begin]):
            yield _Prose(prose, line + raw.count("\n", 0, position))
        yield from _parse_tags(child.content, line + raw.count("\n", 0, begin), log)
        position = begin + len(child.content)
    if prose := _clean_prose(raw[position:]):
        yield _Prose(prose, line + raw.count("\n", 0, position))


def _is_component(raw: str, begin: int = 0) -> bool:
    """Whether a tag starts at ``begin`` and is a component (JSX capitalises components)."""
    name_at = begin + 1 + raw.startswith("/", begin + 1)
    return raw[name_at : name_at + 1].isupper() and _tag_end(raw, begin) is not None


def _clean_prose(text: str) -> str:
    """Paragraph text without comments and without the indentation of continuation lines."""
    text = re.sub(r"\{/\*.*?\*/\}|<!--.*?-->", "", text, flags=re.DOTALL)
    return "\n".join(line.strip() for line in text.strip().split("\n")).strip()


def _html_block(content: str, line: int, log: _Log) -> Iterator[_Prose]:
    # What reaches here is raw HTML (lower-case elements with text, comments): prose as written.
    if any(_is_component(content, i) for i, char in enumerate(content) if char == "<"):
        log.warn("components inside a raw HTML block are kept as text, not read", line)
    if prose := _clean_prose(content):
        yield _Prose(prose, line)


def _table(tokens: list[Token], source: str, line: int) -> _Table:
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(token.content.strip())
    return _Table(rows[0] if rows else [], rows[1:], source, line)


def _container_block(tokens: list[Token], source: str, line: int, log: _Log) -> _Prose:
    """A list or a block quote, kept as the markdown it is."""
    if any(
        t.type == "mdx_tags" or (t.type == "html_inline" and _is_component(t.content))
        for token in tokens
        for t in [token, *(token.children or [])]
    ):
        log.warn("components inside a list or a quote are kept as text, not read", line)
    if tokens[0].type != "blockquote_open":
        return _Prose(source, line)
    inner = "\n".join(re.sub(r"^ {0,3}> ?", "", row) for row in source.split("\n"))
    return _Prose(inner.strip(), line, quote=True)


def _tree(stream: Iterable[_Block | _Tag], log: _Log) -> list[_Item]:
    """Nest the blocks under the components that enclose them."""
    root: list[_Item] = []
    stack: list[_Node] = []
    for item in stream:
        target = stack[-1].children if stack else root
        if not isinstance(item, _Tag):
            target.append(item)
        elif item.name[0].islower():
            if not item.closing and (item.self_closing or item.name in _VOID_HTML):
                target.append(_Prose(item.raw, item.line))
        elif item.closing:
            _close(stack, item, log)
        else:
            node = _Node(item.name, item.attrs, item.line)
            target.append(node)
            if not item.self_closing:
                stack.append(node)
    for node in stack:
        log.warn(f"<{node.name}> is never closed", node.line)
    return root


def _close(stack: list[_Node], tag: _Tag, log: _Log) -> None:
    if not any(node.name == tag.name for node in stack):
        log.warn(f"</{tag.name}> closes no open component", tag.line)
        return
    while stack[-1].name != tag.name:
        node = stack.pop()
        log.warn(f"<{node.name}> is not closed before </{tag.name}>", node.line)
    stack.pop()


# --------------------------------------------------------------------------- page model


@dataclass
class _Field:
    """A documented parameter, body field or response field."""

    name: str
    line: int
    location: str | None = None  # path/query/header/cookie/body; None in a response
    type_text: str | None = None
    required: bool = False
    default: Any = _MISSING
    deprecated: bool = False
    description: str = ""
    children: list[_Field] = field(default_factory=list)
    codes: list[_Code] = field(default_factory=list)  # code blocks in its description


@dataclass(frozen=True)
class _CodeExample:
    """A code block shown as an example (a request, a response), before it is read."""

    title: str | None
    language: str
    body: str
    line: int  # the line of the opening fence


@dataclass
class _Page:
    title: str | None = None
    lead: str | None = None
    description: list[str] = field(default_factory=list)
    response_prose: list[str] = field(default_factory=list)
    parameters: list[_Field] = field(default_factory=list)
    body: list[_Field] = field(default_factory=list)
    response_fields: list[_Field] = field(default_factory=list)
    request_examples: list[_CodeExample] = field(default_factory=list)
    response_examples: list[_CodeExample] = field(default_factory=list)
    statements: list[StatedError] = field(default_factory=list)


class _PageBuilder:
    """Walks the page's top level: sections by heading, components by name."""

    def __init__(self, log: _Log, *, has_title: bool) -> None:
        self.log = log
        self.page = _Page()
        self.has_title = has_title  # the front matter names the page; an H1 is then a section
        self.heading: _Heading | None = None
        self.prose: list[str] = []
        self.expect_lead = False

    def build(self, items: list[_Item]) -> _Page:
        items = _without_site_footer(self._after_title(items))
        for item in items:
            self._item(item)
        self._end_section()
        self.page.statements.extend(s for text in _all_prose(items) for s in _statements_in(text))
        return self.page

    def _after_title(self, items: list[_Item]) -> list[_Item]:
        """Drop what comes before the H1: the export's site banner, not part of the page."""
        if self.has_title:
            return items
        for index, item in enumerate(items):
            if isinstance(item, _Heading) and item.level == 1:
                self.page.title = item.text
                self.expect_lead = True
                return items[index + 1 :]
        return items

    def _item(self, item: _Item) -> None:
        expect_lead, self.expect_lead = self.expect_lead, False
        if isinstance(item, _Heading):
            self._end_section()
            self.heading = item
        elif isinstance(item, _Rule):
            self._end_section()
            self.heading = None
        elif isinstance(item, _Prose):
            if expect_lead and item.quote:
                self.page.lead = item.text
            else:
                self.prose.append(item.text)
        elif isinstance(item, _Code):
            self._code(item)
        elif isinstance(item, _Table):
            self._table(item)
        else:
            self._component(item)

    def _in_response_section(self) -> bool:
        return self.heading is not None and bool(_RESPONSE_HEADING.search(self.heading.text))

    def _end_section(self) -> None:
        if not self.prose:
            return
        text = "\n\n".join(self.prose)
        self.prose = []
        if self._in_response_section():
            self.page.response_prose.append(text)
        elif self.heading is None or self.heading.text.lower() in _INTRO_HEADINGS:
            self.page.description.append(text)
        else:
            self.page.description.append(
                f"{'#' * self.heading.level} {self.heading.text}\n\n{text}"
            )

    def _code(self, code: _Code) -> None:
        # A loose code block in a response section is an example; elsewhere it is prose.
        if self._in_response_section():
            self.page.response_examples.append(_example(code))
        else:
            self.prose.append(_render_code(code))

    def _table(self, table: _Table) -> None:
        statements = _error_table(table)
        if statements is None:
            self.prose.append(table.source)
        else:
            self.page.statements.extend(statements)

    def _component(self, node: _Node) -> None:
        if node.name in _FIELDS:
            self._field(node)
        elif node.name in _EXAMPLE_GROUPS:
            _check_attributes(node, _EXAMPLE_GROUPS[node.name], self.log)
            self._examples(node)
        elif node.name in _CONTAINERS:
            _check_attributes(node, _CONTAINERS[node.name], self.log)
            if node.name == "Expandable":
                self.log.warn(
                    "<Expandable> outside a field; its fields are read as top-level", node.line
                )
            self._through(node)
        else:
            self.log.warn(
                f"unknown component <{node.name}>; its content is read through", node.line
            )
            self._through(node)

    def _through(self, node: _Node) -> None:
        """Read a container's content in place; its title heads the prose it holds, if any."""
        section, mark = self.prose, len(self.prose)
        for child in node.children:
            self._item(child)
        title = _container_title(node)
        if title and self.prose is section and len(section) > mark:
            section.insert(mark, f"**{title}**")

    def _field(self, node: _Node) -> None:
        found = _read_field(node, self.log, inherited=None)
        if found is None:
            return
        if node.name == "ResponseField":
            self.page.response_fields.append(found)
        elif found.location == "body":
            self.page.body.append(found)
        else:
            self.page.parameters.append(found)

    def _examples(self, node: _Node) -> None:
        """The code blocks of a <RequestExample>, a <ResponseExample> or a <CodeGroup>."""
        into: list[_CodeExample] | None
        if node.name == "RequestExample":
            into = self.page.request_examples
        elif node.name == "ResponseExample" or self._in_response_section():
            into = self.page.response_examples
        else:
            into = None  # a group of snippets in the prose
        for code in self._codes(node):
            if into is None:
                self.prose.append(_render_code(code))
            else:
                into.append(_example(code))

    def _codes(self, node: _Node) -> Iterator[_Code]:
        for child in node.children:
            if isinstance(child, _Code):
                yield child
            elif isinstance(child, _Node) and child.name == "CodeGroup":
                yield from self._codes(child)
            else:
                self.log.warn(f"only code blocks are read inside <{node.name}>", child.line)


# A docs site ends every page with its own navigation: after a last thematic break, one line of
# links, maybe behind a short label ("Docs for agents: [llms.txt](/llms.txt)", "[Edit this
# page](...) · [Report an issue](...)"). It is the site's, the same on every page, and says
# nothing about the operation, so it is no part of the description.
_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\s]*\)|<https?://[^>\s]+>")
_LINK_SEPARATORS = " \t|,/\u00b7\u2022\u2013\u2014-"
_FOOTER_LABEL = re.compile(r"^[A-Za-z][\w' ]{0,40}:$")


def _without_site_footer(items: list[_Item]) -> list[_Item]:
    """The page without a closing line of links after its last rule (see above)."""
    rules = [index for index, item in enumerate(items) if isinstance(item, _Rule)]
    if not rules or len(items) != rules[-1] + 2:
        return items
    last = items[-1]
    if not isinstance(last, _Prose) or last.quote or "\n" in last.text:
        return items
    if not _LINK.search(last.text):
        return items
    rest = _LINK.sub(" ", last.text).strip(_LINK_SEPARATORS)
    if rest and not _FOOTER_LABEL.match(rest):
        return items
    return items[: rules[-1]]


def _container_title(node: _Node) -> str | None:
    title = node.attrs.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return node.name if node.name in _CALLOUTS else None


def _check_attributes(node: _Node, known: frozenset[str], log: _Log) -> None:
    for name in node.attrs:
        if name not in known:
            log.warn(f"unknown attribute {name!r} on <{node.name}> is not read", node.line)


def _all_prose(items: list[_Item]) -> Iterator[str]:
    for item in items:
        if isinstance(item, _Prose):
            yield item.text
        elif isinstance(item, _Node):
            yield from _all_prose(item.children)


# --------------------------------------------------------------------------- fields


def _read_field(node: _Node, log: _Log, *, inherited: str | None) -> _Field | None:
    """A ParamField or ResponseField with its description and nested fields."""
    _check_attributes(node, _FIELD_ATTRS, log)
    location, name = _field_name(node, inherited)
    if name is None:
        log.warn(f"<{node.name}> without a name is not read", node.line)
        return None
    parts, children, codes = _field_content(node.children, log, location)
    type_text = node.attrs.get("type")
    found = _Field(
        name=name,
        line=node.line,
        location=location,
        type_text=type_text if isinstance(type_text, str) else None,
        required=_flag(node.attrs.get("required")),
        default=node.attrs.get("default", _MISSING),
        deprecated=_flag(node.attrs.get("deprecated")),
        description="\n\n".join(parts),
        codes=codes,
    )
    found.children = [_relative(child, name) for child in children]
    return found


def _field_name(node: _Node, inherited: str | None) -> tuple[str | None, str | None]:
    """Where a field lives and its name: ``<ParamField query="limit">``, ``name="id"``."""
    for location in _PARAM_LOCATIONS:
        value = node.attrs.get(location)
        if isinstance(value, str) and node.name == "ParamField":
            return location, value
    name = node.attrs.get("name")
    return inherited, name if isinstance(name, str) else None


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no")
    return bool(value)


def _field_content(
    items: list[_Item], log: _Log, location: str | None
) -> tuple[list[str], list[_Field], list[_Code]]:
    """A field's description (markdown parts), the fields nested in it and its code blocks."""
    parts: list[str] = []
    children: list[_Field] = []
    codes: list[_Code] = []
    for item in items:
        if isinstance(item, _Prose):
            parts.append(item.text)
        elif isinstance(item, _Code):
            parts.append(_render_code(item))
            codes.append(item)
        elif isinstance(item, _Table):
            parts.append(item.source)
        elif isinstance(item, _Heading):
            parts.append(f"{'#' * item.level} {item.text}")
        elif isinstance(item, _Node):
            if item.name in _FIELDS:
                child = _read_field(item, log, inherited=location)
                children.extend([child] if child is not None else [])
                continue
            known = _CONTAINERS.get(item.name, _EXAMPLE_GROUPS.get(item.name))
            if known is None:
                log.warn(f"unknown component <{item.name}>; its content is read through", item.line)
            else:
                _check_attributes(item, known, log)
            inner_parts, inner_children, inner_codes = _field_content(item.children, log, location)
            title = _container_title(item) if item.name != "Expandable" else None
            parts.extend([f"**{title}**"] if title and inner_parts else [])
            parts.extend(inner_parts)
            children.extend(inner_children)
            codes.extend(inner_codes)
    return parts, children, codes


def _relative(child: _Field, parent: str) -> _Field:
    """A nested field's name below its parent: "data.id" inside "data" is "id"."""
    for prefix in (f"{parent}.", f"{parent}[]."):
        if child.name.startswith(prefix):
            return replace(child, name=child.name[len(prefix) :])
    return child


# --------------------------------------------------------------------------- schemas


def _value_schema(item: _Field, log: _Log) -> dict[str, Any]:
    """The schema of a field's value: its type, nested fields, enum and default."""
    schema = _type_schema(item, log)
    if item.children:
        _attach_children(schema, item.children, item, log)
    # "One of `a`, `b`" on a string[] field lists the values of its items.
    stated = stated_values(item.description)
    if (stated is None or not set_enum(schema, stated)) and _is_enum_type(item.type_text):
        log.warn(f"{item.name!r} is an enum, yet its text lists no values", item.line)
    for text in unread_value_lists(item.description):
        log.warn(
            f"cannot tell the values in {text!r} of {item.name!r}; no enum is given", item.line
        )
    default = item.default
    if default is _MISSING:
        in_prose = stated_default(item.description)
        default = _MISSING if in_prose is None else in_prose
    if default is not _MISSING:
        schema["default"] = _literal(default, schema) if isinstance(default, str) else default
    return schema


def _is_enum_type(type_text: str | None) -> bool:
    """``enum``, ``enum<string>``: a type that says its values are listed in the text."""
    return type_text is not None and re.match(r"\s*enum\b", type_text, re.IGNORECASE) is not None


def _literal(text: str, schema: dict[str, Any]) -> Any:
    """A documented value as the schema's type; "[]" or "{}" for an array or an object."""
    value = coerce_literal(text, schema)
    if isinstance(value, str) and {"array", "object"} & set(schema_types(schema)):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def _property_schema(item: _Field, log: _Log) -> dict[str, Any]:
    schema = _value_schema(item, log)
    if item.description:
        schema["description"] = item.description
    if item.deprecated:
        schema["deprecated"] = True
    return schema


def _type_schema(item: _Field, log: _Log) -> dict[str, Any]:
    if item.type_text is None or not item.type_text.strip():
        return {"type": "object"} if item.children else {}
    schema = schema_for_type(item.type_text)
    if schema is None:
        log.warn(f"unknown type {item.type_text!r} of {item.name!r}; no type is given", item.line)
        return {}
    return schema


def _attach_children(
    schema: dict[str, Any], children: list[_Field], parent: _Field, log: _Log
) -> None:
    kinds = schema_types(schema)
    if "array" in kinds:
        target = schema.setdefault("items", {"type": "object"})
        target.setdefault("type", "object")
    else:
        target = schema
        if kinds and "object" not in kinds:
            log.warn(
                f"{parent.name!r} is a {parent.type_text}, yet fields are nested in it", parent.line
            )
    _add_fields(ObjectBuilder(target), children, log)


def _object_schema(fields: list[_Field], log: _Log) -> dict[str, Any]:
    builder = ObjectBuilder()
    _add_fields(builder, fields, log)
    return builder.schema


def _add_fields(builder: ObjectBuilder, fields: list[_Field], log: _Log) -> None:
    """Fields into an object schema; dotted names ("data.voice_id") under their parents."""
    for item in fields:
        schema = _property_schema(item, log)
        for problem in builder.add(item.name, schema, required=item.required):
            log.warn(problem, item.line)


# --------------------------------------------------------------------------- prose statements


def _statements_in(text: str) -> list[StatedError]:
    return stated_errors(sentences(text))


def _error_table(table: _Table) -> list[StatedError] | None:
    """Statuses from a table with a column of status codes (| Status | Error | Description |)."""
    if not table.rows:
        return None
    columns = range(len(table.header))
    status_column = next(
        (c for c in columns if all(_leading_status(_cell(row, c)) for row in table.rows)), None
    )
    if status_column is None:
        return None
    headers = [h.lower() for h in table.header]
    others = [c for c in columns if c != status_column]
    code_column = next((c for c in others if re.search(r"error|code|type", headers[c])), None)
    text_columns = [c for c in others if c != code_column]
    statements = []
    for row in table.rows:
        code = _cell(row, code_column).strip("` ") if code_column is not None else ""
        text = " ".join(_cell(row, c) for c in text_columns if _cell(row, c))
        status = _leading_status(_cell(row, status_column)) or ""
        statements.append(StatedError(status, (code,) if code else (), text or code or status))
    return statements


def _cell(row: list[str], column: int | None) -> str:
    return row[column] if column is not None and column < len(row) else ""


def _leading_status(cell: str) -> str | None:
    match = re.match(r"^`?([1-5]\d\d)\b", cell.strip())
    return match.group(1) if match else None


# --------------------------------------------------------------------------- examples


_FENCE_META = re.compile(r"""\S+=(?:\{[^}]*\}|"[^"]*"|'[^']*'|\S+)|\{[^}]*\}""")
_FENCE_FLAGS = frozenset({"lines", "wrap", "expandable", "twoslash"})


def _example(code: _Code) -> _CodeExample:
    """A code block as an example: its language and its title (``json Not Owned theme={null}``)."""
    language, _, rest = code.info.partition(" ")
    named = re.search(r"""\btitle=(?:"([^"]*)"|'([^']*)')""", rest)
    if named:
        title = named.group(1) or named.group(2)
    else:
        words = _FENCE_META.sub(" ", rest).split()
        while words and words[-1] in _FENCE_FLAGS:
            words.pop()
        title = " ".join(words)
    return _CodeExample(title or None, language.lower(), code.body, code.line)


def _render_code(code: _Code) -> str:
    fence = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", code.body))])
    language = code.info.split(" ")[0] if code.info else ""
    return f"{fence}{language}\n{code.body.rstrip()}\n{fence}"


def _json_example(
    example: _CodeExample, body: str, first_line: int, log: _Log, media: str = "application/json"
) -> Example:
    """A JSON body as an example: parsed, or kept as text (with a warning) when it is not JSON."""
    try:
        value = json.loads(body)
    except json.JSONDecodeError as exc:
        name = repr(example.title) if example.title else "without a title"
        log.warn(
            f"example {name} is not valid JSON ({exc.msg}); kept as text",
            first_line + exc.lineno - 1,
        )
        return Example(example.title, media, body.rstrip("\n"), example.line, False, body)
    return Example(example.title, media, value, example.line, True, body)


@dataclass(frozen=True)
class _HttpMessage:
    """A raw HTTP example: its status (responses only), headers and body."""

    status: str | None
    headers: list[tuple[str, str]]
    body: str
    body_line: int


_STATUS_LINE = re.compile(r"^HTTP/\d(?:\.\d)?\s+([1-5]\d\d)\b")
_REQUEST_LINE = re.compile(r"^[A-Z]+\s+\S+(?:\s+HTTP/\d(?:\.\d)?)?$")


def _http_message(example: _CodeExample, log: _Log) -> _HttpMessage | None:
    lines = example.body.rstrip("\n").split("\n")
    first = lines[0].strip() if lines else ""
    status_match = _STATUS_LINE.match(first)
    if status_match is None and not _REQUEST_LINE.match(first):
        log.warn("an http example without a status or request line is not read", example.line + 1)
        return None
    headers: list[tuple[str, str]] = []
    index = 1
    while index < len(lines) and lines[index].strip():
        name, colon, value = lines[index].partition(":")
        if colon and name.strip() and " " not in name.strip():
            headers.append((name.strip(), value.strip()))
        else:
            log.warn(
                f"http example line {lines[index].strip()!r} is not a header",
                example.line + 1 + index,
            )
        index += 1
    body = "\n".join(lines[index + 1 :]).strip("\n")
    status = status_match.group(1) if status_match else None
    return _HttpMessage(status, headers, body, example.line + 2 + index)


def _media_type(headers: list[tuple[str, str]]) -> str | None:
    for name, value in headers:
        if name.lower() == "content-type":
            return value.split(";")[0].strip().lower()
    return None


# --------------------------------------------------------------------------- responses


def _responses(page: _Page, schema: dict[str, Any] | None, log: _Log) -> dict[str, Any]:
    """The responses of the operation, from fields, examples and prose."""
    http = {e: _http_message(e, log) for e in page.response_examples if e.language == "http"}
    examples: list[Example] = []
    for example in page.response_examples:
        if example.language == "http":
            message = http[example]
            if message is not None and message.status is None:
                log.warn("a request in a response example is not read", example.line + 1)
            elif message is not None:
                examples.append(_http_example(example, message, log))
        elif example.language in JSON_LANGUAGES:
            examples.append(_json_example(example, example.body, example.line + 1, log))
        # Other languages (curl, python, ...) show how to call the API: nothing to keep.
    return build_responses(
        examples=examples,
        stated=page.statements,
        success_description="\n\n".join(page.response_prose) or "Successful response",
        success_schema=schema,
        fits_success=lambda value: is_success_body(value, schema),
        success_status=_success_status(page, http.values()),
    )


def _success_status(page: _Page, messages: Iterable[_HttpMessage | None]) -> str:
    stated = stated_success(s for text in page.response_prose for s in sentences(text))
    if stated is not None:
        return stated
    for message in messages:
        if message is not None and message.status and message.status.startswith("2"):
            return message.status
    for example in page.response_examples:
        titled = titled_status(example.title)
        if titled is not None and titled.startswith("2"):
            return titled
    return "200"


def _http_example(example: _CodeExample, message: _HttpMessage, log: _Log) -> Example:
    """A raw HTTP response example: its status, its headers and its body (if any)."""
    media = _media_type(message.headers)
    if not message.body:
        found = Example(example.title, None, None, example.line)
    elif media is None or is_json_media(media):
        found = _json_example(example, message.body, message.body_line, log, media or _JSON)
    else:
        found = Example(example.title, media, message.body, example.line, raw=message.body)
    return replace(found, status=message.status, headers=tuple(message.headers))


def _response_schema(page: _Page, options: PageOptions, log: _Log) -> dict[str, Any] | None:
    if not page.response_fields:
        return None
    fields = page.response_fields
    if options.response_property:
        # The page documents the items of an array whose key it never names.
        items = _object_schema(fields, log)
        array = {"type": "array", "items": items}
        return {"type": "object", "properties": {options.response_property: array}}
    return _object_schema(fields, log)


# --------------------------------------------------------------------------- request


def _parameter(item: _Field, log: _Log) -> dict[str, Any]:
    out: dict[str, Any] = {"name": item.name, "in": item.location}
    if item.required or item.location == "path":
        out["required"] = True
    if item.description:
        out["description"] = item.description
    if item.deprecated:
        out["deprecated"] = True
    out["schema"] = _value_schema(item, log)
    return out


def _request_body(page: _Page, front: dict[str, Any], log: _Log) -> dict[str, Any] | None:
    examples = [e for e in page.request_examples if e.language in JSON_LANGUAGES | {"http"}]
    if not page.body and not examples:
        return None
    media_type: dict[str, Any] = {}
    if page.body:
        media_type["schema"] = _object_schema(page.body, log)
    stated = front.get("contentType")
    if isinstance(stated, str) and stated.strip():
        media = stated.strip()
    elif has_file(media_type.get("schema", {})):
        media = "multipart/form-data"
    else:
        media = "application/json"
    for example in examples:
        found = _request_example(example, log)
        if found is not None:
            add_example(media_type, found)
    if is_json_media(media):
        for found in _body_examples_in_fields(page.body):
            add_example(media_type, found)
    body: dict[str, Any] = {}
    if any(item.required for item in page.body):
        body["required"] = True
    body["content"] = {media: media_type}
    return body


def _body_examples_in_fields(fields: list[_Field]) -> Iterator[Example]:
    """JSON blocks in a body field's text that show a whole request body.

    ``{ "sample_ids": [...] }`` under the field ``sample_ids``: an object that holds the field
    and only documented body fields. Any other block stays only in the field's description.
    """
    names = {item.name.split(".")[0] for item in fields}
    for item in fields:
        for code in item.codes:
            example = _example(code)
            if example.language not in JSON_LANGUAGES:
                continue
            try:
                value = json.loads(code.body)
            except json.JSONDecodeError:
                continue  # kept as written in the description
            if isinstance(value, dict) and item.name in value and value.keys() <= names:
                yield Example(example.title, _JSON, value, code.line, True, code.body)


def _request_example(example: _CodeExample, log: _Log) -> Example | None:
    if example.language != "http":
        return _json_example(example, example.body, example.line + 1, log)
    message = _http_message(example, log)
    if message is None or not message.body:
        return None  # its request line and headers repeat the documented parameters
    media = _media_type(message.headers)
    if media is None or is_json_media(media):
        return _json_example(example, message.body, message.body_line, log, media or _JSON)
    return Example(example.title, media, message.body, example.line, raw=message.body)


# --------------------------------------------------------------------------- document


def _document(
    page: _Page, front: dict[str, Any], options: PageOptions, log: _Log
) -> dict[str, Any]:
    method, route, server = _operation_target(front, options, log)
    title = _title(page, front, log)
    operation: dict[str, Any] = {"summary": title}
    lead = front.get("description") if isinstance(front.get("description"), str) else page.lead
    description = "\n\n".join(part for part in [lead, *page.description] if part)
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
    operation["responses"] = _responses(page, _response_schema(page, options, log), log)
    document: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": title, "version": "0.0.0"}}
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


def _parameters(page: _Page, route: str, log: _Log) -> list[dict[str, Any]]:
    """The documented parameters, and any parameter of the path the page leaves out."""
    parameters: list[dict[str, Any]] = []
    for item in page.parameters:
        if any(p["name"] == item.name and p["in"] == item.location for p in parameters):
            log.warn(f"{item.location} parameter {item.name!r} is documented twice", item.line)
            continue
        parameters.append(_parameter(item, log))
    documented = {item.name for item in page.parameters if item.location == "path"}
    in_route = re.findall(r"\{([^{}/]+)\}", route)
    for item in page.parameters:
        if item.location == "path" and item.name not in in_route:
            log.warn(f"path parameter {item.name!r} is not in the path {route}", item.line)
    for name in in_route:
        if name not in documented:
            log.warn(f"path parameter {name!r} is not documented; typed as a string", None)
            parameters.append(
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            )
    return parameters


def _operation_target(
    front: dict[str, Any], options: PageOptions, log: _Log
) -> tuple[str, str, str | None]:
    """Method, path and server: the front matter's ``api:`` (or ``openapi:``), or the options."""
    stated = front.get("api") or front.get("openapi")
    from_page = (
        parse_operation(stated, log.path, "front matter") if isinstance(stated, str) else None
    )
    return choose_operation(from_page, options.operation, log.path, log.warn, missing="")
