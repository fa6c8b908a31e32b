"""Text to markdown-it tokens to blocks: headings, paragraphs, bullet trees, code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from clientgen.sources.readers.markdown_tokens import Heading, block_source, closing_index

# Mintlify's API components: a page that holds any of them is Mintlify markdown, not prose.
_API_COMPONENTS = ("<ParamField", "<ResponseField", "<RequestExample", "<ResponseExample")
_FENCE_META = re.compile(r"""\S+=(?:\{[^}]*\}|"[^"]*"|'[^']*'|\S+)|\{[^}]*\}""")


def _markdown() -> MarkdownIt:
    """CommonMark with HTML and tables, read the way MDX reads it: indentation is never code."""
    return MarkdownIt("commonmark", {"html": True}).disable("code").enable("table")


MD = _markdown()


@dataclass(frozen=True)
class Text:
    """A paragraph (its inline markdown), or a block kept as written (quote, HTML, table)."""

    text: str
    line: int
    kind: str = "paragraph"  # paragraph, quote, html, table, rule


@dataclass(frozen=True)
class Item:
    """One bullet: the text of its first paragraph, its nested bullets, its further blocks."""

    text: str
    line: int
    children: tuple[Item, ...] = ()
    more: tuple[str, ...] = ()


@dataclass(frozen=True)
class List:
    items: tuple[Item, ...]
    line: int
    source: str


@dataclass(frozen=True)
class Code:
    language: str
    title: str | None
    body: str
    line: int  # the line of the opening fence


Block = Heading | Text | List | Code


def has_api_components(tokens: list[Token]) -> bool:
    """Whether any markup outside code blocks opens one of Mintlify's API components."""
    for token in tokens:
        if token.type == "fence":
            continue
        texts = [token.content, *(child.content for child in token.children or [])]
        if any(name in text for text in texts for name in _API_COMPONENTS):
            return True
    return False


def read_blocks(tokens: list[Token], lines: list[str]) -> list[Block]:
    """The page's top-level blocks, in order."""
    out: list[Block] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        close = closing_index(tokens, index)
        line = token.map[0] + 1 if token.map else 0
        if token.type == "heading_open":
            out.append(Heading(int(token.tag[1:]), tokens[index + 1].content.strip(), line))
        elif token.type == "paragraph_open":
            out.append(Text(clean(tokens[index + 1].content), line))
        elif token.type == "fence":
            out.append(_code(token, line))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            items = _items(tokens, index + 1, close, lines)
            out.append(List(tuple(items), line, block_source(lines, token)))
        elif token.type == "table_open":
            out.append(Text(block_source(lines, token), line, "table"))
        elif token.type == "blockquote_open":
            out.append(Text(block_source(lines, token), line, "quote"))
        elif token.type == "html_block":
            out.append(Text(token.content.strip(), line, "html"))
        elif token.type == "hr":
            out.append(Text("", line, "rule"))
        index = close + 1
    return out


def _items(tokens: list[Token], start: int, end: int, lines: list[str]) -> list[Item]:
    """The items of one list (the tokens between its opening and closing)."""
    items: list[Item] = []
    index = start
    while index < end:
        close = closing_index(tokens, index)
        if tokens[index].type == "list_item_open":
            items.append(_item(tokens, index, close, lines))
        index = close + 1
    return items


def _item(tokens: list[Token], opening: int, end: int, lines: list[str]) -> Item:
    text: str | None = None
    children: list[Item] = []
    more: list[str] = []
    index = opening + 1
    while index < end:
        token = tokens[index]
        close = closing_index(tokens, index)
        if token.type == "paragraph_open":
            content = clean(tokens[index + 1].content)
            if text is None:
                text = content
            else:
                more.append(content)
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            children.extend(_items(tokens, index + 1, close, lines))
        elif token.map:
            more.append(block_source(lines, token))
        index = close + 1
    begin = tokens[opening].map
    return Item(text or "", begin[0] + 1 if begin else 0, tuple(children), tuple(more))


def clean(text: str) -> str:
    """Inline markdown without the indentation of its continuation lines."""
    return "\n".join(line.strip() for line in text.strip().split("\n")).strip()


def _code(token: Token, line: int) -> Code:
    """A fenced block: its language and its title (```` ```json Not Found ````)."""
    language, _, rest = token.info.strip().partition(" ")
    named = re.search(r"""\btitle=(?:"([^"]*)"|'([^']*)')""", rest)
    if named:
        title = named.group(1) or named.group(2)
    else:
        title = " ".join(_FENCE_META.sub(" ", rest).split())
    return Code(language.lower(), title or None, token.content, line)


def heading_key(text: str) -> str:
    plain = re.sub(r"[*_`]", "", text).strip().rstrip(":").strip()
    return " ".join(plain.lower().replace("-", " ").split())
