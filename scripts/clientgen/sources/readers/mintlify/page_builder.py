"""Step 3: the tree to a page model: title, lead, prose, fields, examples, stated statuses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from clientgen.sources.readers.field_types import sentences
from clientgen.sources.readers.markdown_tokens import Heading
from clientgen.sources.readers.mintlify.examples import CodeExample, code_example
from clientgen.sources.readers.mintlify.fields import (
    CONTAINERS,
    EXAMPLE_GROUPS,
    FIELDS,
    DocumentedField,
    check_attributes,
    container_title,
    read_field,
    render_code,
)
from clientgen.sources.readers.mintlify.tree import Code, Item, Node, Prose, Rule, Table
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.responses import StatedError, stated_errors

# Headings whose prose is the operation's own description (no heading line repeated).
_INTRO_HEADINGS = frozenset({"overview", "description", "introduction", "summary", "about"})
_RESPONSE_HEADING = re.compile(r"\b(?:responses?|returns?)\b", re.IGNORECASE)


@dataclass
class MintlifyPage:
    title: str | None = None
    lead: str | None = None
    description: list[str] = field(default_factory=list)
    response_prose: list[str] = field(default_factory=list)
    parameters: list[DocumentedField] = field(default_factory=list)
    body: list[DocumentedField] = field(default_factory=list)
    response_fields: list[DocumentedField] = field(default_factory=list)
    request_examples: list[CodeExample] = field(default_factory=list)
    response_examples: list[CodeExample] = field(default_factory=list)
    statements: list[StatedError] = field(default_factory=list)


class PageBuilder:
    """Walks the page's top level: sections by heading, components by name."""

    def __init__(self, log: PageLog, *, has_title: bool) -> None:
        self.log = log
        self.page = MintlifyPage()
        self.has_title = has_title  # the front matter names the page; an H1 is then a section
        self.heading: Heading | None = None
        self.prose: list[str] = []
        self.expect_lead = False

    def build(self, items: list[Item]) -> MintlifyPage:
        items = _without_site_footer(self._after_title(items))
        for item in items:
            self._item(item)
        self._end_section()
        self.page.statements.extend(s for text in _all_prose(items) for s in _statements_in(text))
        return self.page

    def _after_title(self, items: list[Item]) -> list[Item]:
        """Drop what comes before the H1: the export's site banner, not part of the page."""
        if self.has_title:
            return items
        for index, item in enumerate(items):
            if isinstance(item, Heading) and item.level == 1:
                self.page.title = item.text
                self.expect_lead = True
                return items[index + 1 :]
        return items

    def _item(self, item: Item) -> None:
        expect_lead, self.expect_lead = self.expect_lead, False
        if isinstance(item, Heading):
            self._end_section()
            self.heading = item
        elif isinstance(item, Rule):
            self._end_section()
            self.heading = None
        elif isinstance(item, Prose):
            if expect_lead and item.quote:
                self.page.lead = item.text
            else:
                self.prose.append(item.text)
        elif isinstance(item, Code):
            self._code(item)
        elif isinstance(item, Table):
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

    def _code(self, code: Code) -> None:
        # A loose code block in a response section is an example; elsewhere it is prose.
        if self._in_response_section():
            self.page.response_examples.append(code_example(code))
        else:
            self.prose.append(render_code(code))

    def _table(self, table: Table) -> None:
        statements = _error_table(table)
        if statements is None:
            self.prose.append(table.source)
        else:
            self.page.statements.extend(statements)

    def _component(self, node: Node) -> None:
        if node.name in FIELDS:
            self._field(node)
        elif node.name in EXAMPLE_GROUPS:
            check_attributes(node, EXAMPLE_GROUPS[node.name], self.log)
            self._examples(node)
        elif node.name in CONTAINERS:
            check_attributes(node, CONTAINERS[node.name], self.log)
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

    def _through(self, node: Node) -> None:
        """Read a container's content in place; its title heads the prose it holds, if any."""
        section, mark = self.prose, len(self.prose)
        for child in node.children:
            self._item(child)
        title = container_title(node)
        if title and self.prose is section and len(section) > mark:
            section.insert(mark, f"**{title}**")

    def _field(self, node: Node) -> None:
        found = read_field(node, self.log, inherited=None)
        if found is None:
            return
        if node.name == "ResponseField":
            self.page.response_fields.append(found)
        elif found.location == "body":
            self.page.body.append(found)
        else:
            self.page.parameters.append(found)

    def _examples(self, node: Node) -> None:
        """The code blocks of a <RequestExample>, a <ResponseExample> or a <CodeGroup>."""
        into: list[CodeExample] | None
        if node.name == "RequestExample":
            into = self.page.request_examples
        elif node.name == "ResponseExample" or self._in_response_section():
            into = self.page.response_examples
        else:
            into = None  # a group of snippets in the prose
        for code in self._codes(node):
            if into is None:
                self.prose.append(render_code(code))
            else:
                into.append(code_example(code))

    def _codes(self, node: Node) -> Iterator[Code]:
        for child in node.children:
            if isinstance(child, Code):
                yield child
            elif isinstance(child, Node) and child.name == "CodeGroup":
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


def _without_site_footer(items: list[Item]) -> list[Item]:
    """The page without a closing line of links after its last rule (see above)."""
    rules = [index for index, item in enumerate(items) if isinstance(item, Rule)]
    if not rules or len(items) != rules[-1] + 2:
        return items
    last = items[-1]
    if not isinstance(last, Prose) or last.quote or "\n" in last.text:
        return items
    if not _LINK.search(last.text):
        return items
    rest = _LINK.sub(" ", last.text).strip(_LINK_SEPARATORS)
    if rest and not _FOOTER_LABEL.match(rest):
        return items
    return items[: rules[-1]]


def _all_prose(items: list[Item]) -> Iterator[str]:
    for item in items:
        if isinstance(item, Prose):
            yield item.text
        elif isinstance(item, Node):
            yield from _all_prose(item.children)


def _statements_in(text: str) -> list[StatedError]:
    return stated_errors(sentences(text))


def _error_table(table: Table) -> list[StatedError] | None:
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
