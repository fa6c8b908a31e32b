"""Step 2: tokens to a tree of blocks (prose, code, tables, headings, rules) and component nodes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from markdown_it.token import Token

from clientgen.sources.readers.markdown_tokens import Heading, block_source, closing_index
from clientgen.sources.readers.mintlify.mdx_tokens import MD, Tag, find_tag_end, parse_tags
from clientgen.sources.readers.page_log import PageLog

# HTML elements that stand alone: kept in prose as written. Other lower-case (HTML) tags only
# wrap markdown (Mintlify's export puts headings in <div id=...>): read through them.
_VOID_HTML = frozenset({"br", "img", "hr", "input", "source", "wbr", "embed", "area", "col"})


@dataclass(frozen=True)
class Prose:
    text: str  # markdown, trimmed
    line: int
    quote: bool = False  # a "> ..." block (the lead line under an H1)


@dataclass(frozen=True)
class Code:
    info: str
    body: str
    line: int


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    source: str
    line: int


@dataclass(frozen=True)
class Rule:
    line: int


@dataclass
class Node:
    """A component with what it encloses."""

    name: str
    attrs: dict[str, Any]
    line: int
    children: list[Item] = field(default_factory=list)


_Block = Prose | Code | Table | Heading | Rule
Item = _Block | Node


def token_stream(text: str, log: PageLog) -> Iterator[_Block | Tag]:
    """The page's blocks and component tags, in order."""
    tokens = MD.parse(text)
    lines = text.split("\n")
    index = 0
    while index < len(tokens):
        token = tokens[index]
        line = token.map[0] + 1 if token.map else 0
        close = closing_index(tokens, index)
        if token.type == "mdx_tags":
            yield from parse_tags(token.content, line, log)
        elif token.type == "heading_open":
            yield Heading(int(token.tag[1:]), tokens[index + 1].content.strip(), line)
        elif token.type == "paragraph_open" and not _is_esm(tokens[index + 1], token):
            yield from _paragraph(tokens[index + 1], line, log)
        elif token.type == "fence":
            yield Code(token.info.strip(), token.content, line)
        elif token.type == "html_block":
            yield from _html_block(token.content, line, log)
        elif token.type == "hr":
            yield Rule(line)
        elif token.type == "table_open":
            yield _table(tokens[index:close], block_source(lines, token), line)
        elif token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            yield _container_block(tokens[index:close], block_source(lines, token), line, log)
        index = close + 1


def _is_esm(inline: Token, paragraph: Token) -> bool:
    """MDX reads a top-level ``import``/``export`` line as JavaScript, not as prose."""
    return paragraph.level == 0 and inline.content.startswith(("import ", "export "))


def _paragraph(inline: Token, line: int, log: PageLog) -> Iterator[Prose | Tag]:
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
            yield Prose(prose, line + raw.count("\n", 0, position))
        yield from parse_tags(child.content, line + raw.count("\n", 0, begin), log)
        position = begin + len(child.content)
    if prose := _clean_prose(raw[position:]):
        yield Prose(prose, line + raw.count("\n", 0, position))


def _is_component(raw: str, begin: int = 0) -> bool:
    """Whether a tag starts at ``begin`` and is a component (JSX capitalises components)."""
    name_at = begin + 1 + raw.startswith("/", begin + 1)
    return raw[name_at : name_at + 1].isupper() and find_tag_end(raw, begin) is not None


def _clean_prose(text: str) -> str:
    """Paragraph text without comments and without the indentation of continuation lines."""
    text = re.sub(r"\{/\*.*?\*/\}|<!--.*?-->", "", text, flags=re.DOTALL)
    return "\n".join(line.strip() for line in text.strip().split("\n")).strip()


def _html_block(content: str, line: int, log: PageLog) -> Iterator[Prose]:
    # What reaches here is raw HTML (lower-case elements with text, comments): prose as written.
    if any(_is_component(content, i) for i, char in enumerate(content) if char == "<"):
        log.warn("components inside a raw HTML block are kept as text, not read", line)
    if prose := _clean_prose(content):
        yield Prose(prose, line)


def _table(tokens: list[Token], source: str, line: int) -> Table:
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(token.content.strip())
    return Table(rows[0] if rows else [], rows[1:], source, line)


def _container_block(tokens: list[Token], source: str, line: int, log: PageLog) -> Prose:
    """A list or a block quote, kept as the markdown it is."""
    if any(
        t.type == "mdx_tags" or (t.type == "html_inline" and _is_component(t.content))
        for token in tokens
        for t in [token, *(token.children or [])]
    ):
        log.warn("components inside a list or a quote are kept as text, not read", line)
    if tokens[0].type != "blockquote_open":
        return Prose(source, line)
    inner = "\n".join(re.sub(r"^ {0,3}> ?", "", row) for row in source.split("\n"))
    return Prose(inner.strip(), line, quote=True)


def build_tree(stream: Iterable[_Block | Tag], log: PageLog) -> list[Item]:
    """Nest the blocks under the components that enclose them."""
    root: list[Item] = []
    stack: list[Node] = []
    for item in stream:
        target = stack[-1].children if stack else root
        if not isinstance(item, Tag):
            target.append(item)
        elif item.name[0].islower():
            if not item.closing and (item.self_closing or item.name in _VOID_HTML):
                target.append(Prose(item.raw, item.line))
        elif item.closing:
            _close(stack, item, log)
        else:
            node = Node(item.name, item.attrs, item.line)
            target.append(node)
            if not item.self_closing:
                stack.append(node)
    for node in stack:
        log.warn(f"<{node.name}> is never closed", node.line)
    return root


def _close(stack: list[Node], tag: Tag, log: PageLog) -> None:
    if not any(node.name == tag.name for node in stack):
        log.warn(f"</{tag.name}> closes no open component", tag.line)
        return
    while stack[-1].name != tag.name:
        node = stack.pop()
        log.warn(f"<{node.name}> is not closed before </{tag.name}>", node.line)
    stack.pop()
