"""Step 1: text to markdown-it tokens, MDX component tags read as tokens of their own.

A block rule of ours turns each line of component tags (``<ParamField ...>``, ``</Expandable>``)
into one token, so that the markdown between tags (descriptions, code fences) stays markdown;
the tags' attributes (JSX expressions included) are parsed here too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block.lheading import lheading as _commonmark_lheading

from clientgen.sources.readers.page_log import PageLog


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
        tag_end = find_tag_end(src, position)
        if tag_end is None:
            return None
        stop = position = tag_end
        while position < len(src) and src[position] in " \t":
            position += 1
        if position >= len(src) or src[position] == "\n":
            return stop
        if src[position] != "<":
            return None  # "<Note>text": left to the paragraph rule (tags arrive as html_inline)


def find_tag_end(src: str, begin: int) -> int | None:
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


MD = _markdown()


@dataclass(frozen=True)
class Tag:
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


def parse_tags(raw: str, line: int, log: PageLog) -> list[Tag]:
    """Every tag in a run of tags (one mdx_tags token, or one html_inline token)."""
    tags: list[Tag] = []
    position = 0
    while (begin := raw.find("<", position)) != -1:
        end = find_tag_end(raw, begin)
        if end is None:
            break
        tags.append(_parse_tag(raw[begin:end], line + raw.count("\n", 0, begin), log))
        position = end
    return tags


def _parse_tag(raw: str, line: int, log: PageLog) -> Tag:
    closing = raw.startswith("</")
    start = 2 if closing else 1
    stop = start
    while stop < len(raw) and (raw[stop].isalnum() or raw[stop] in "_.-"):
        stop += 1
    name = raw[start:stop]
    if closing:
        return Tag(name, {}, True, False, line, raw)
    hidden, expressions = _hide_expressions(raw)
    parser = _AttributeParser()
    parser.feed(hidden)
    parser.close()
    attrs = {
        key: _attribute_value(value, expressions, f"{key} of <{name}>", line, log)
        for key, value in parser.attrs
    }
    return Tag(name, attrs, False, raw.endswith("/>"), line, raw)


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
    value: str | None, expressions: list[str], what: str, line: int, log: PageLog
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
