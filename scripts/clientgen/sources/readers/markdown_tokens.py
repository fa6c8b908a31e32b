"""What the markdown readers (Mintlify, prose) share of markdown-it's token stream."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from markdown_it.token import Token


@dataclass(frozen=True)
class Heading:
    """A markdown heading: its level (1 for ``#``), its text, the page line it stands on."""

    level: int
    text: str
    line: int


def closing_index(tokens: list[Token], index: int) -> int:
    """The index of the token closing ``tokens[index]`` (itself when it opens nothing)."""
    opening = tokens[index]
    if opening.nesting != 1:
        return index
    closing_type = opening.type.removesuffix("_open") + "_close"
    for later in range(index + 1, len(tokens)):
        if tokens[later].type == closing_type and tokens[later].level == opening.level:
            return later
    return len(tokens) - 1


def block_source(lines: list[str], token: Token) -> str:
    """The page's own text of a block token, without the indentation its lines share."""
    begin, end = token.map or (0, 0)
    return textwrap.dedent("\n".join(lines[begin:end])).strip()
