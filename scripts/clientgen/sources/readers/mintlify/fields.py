"""A ``<ParamField>``/``<ResponseField>`` node (with its ``<Expandable>`` children) as a field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from clientgen.sources.readers.markdown_tokens import Heading
from clientgen.sources.readers.mintlify.tree import Code, Item, Node, Prose, Table
from clientgen.sources.readers.page_log import PageLog

FIELDS = frozenset({"ParamField", "ResponseField"})
_PARAM_LOCATIONS = ("path", "query", "header", "cookie", "body")
# Field attributes; placeholder, pre, post and initialValue only dress the rendered page.
_FIELD_ATTRS = frozenset(
    {"name", "type", "required", "default", "deprecated", "placeholder", "pre", "post"}
    | {"initialvalue", *_PARAM_LOCATIONS}
)
EXAMPLE_GROUPS: dict[str, frozenset[str]] = {
    "ResponseExample": frozenset({"dropdown"}),
    "RequestExample": frozenset({"dropdown"}),
    "CodeGroup": frozenset({"title", "dropdown"}),
}
# Components that only arrange prose: read through them, keep their title as a bold line.
# (html.parser lower-cases attribute names, hence "defaultopen".)
CONTAINERS: dict[str, frozenset[str]] = {
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
MISSING: Any = object()


@dataclass
class DocumentedField:
    """A documented parameter, body field or response field."""

    name: str
    line: int
    location: str | None = None  # path/query/header/cookie/body; None in a response
    type_text: str | None = None
    required: bool = False
    default: Any = MISSING
    deprecated: bool = False
    description: str = ""
    children: list[DocumentedField] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)  # code blocks in its description


def container_title(node: Node) -> str | None:
    title = node.attrs.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return node.name if node.name in _CALLOUTS else None


def check_attributes(node: Node, known: frozenset[str], log: PageLog) -> None:
    for name in node.attrs:
        if name not in known:
            log.warn(f"unknown attribute {name!r} on <{node.name}> is not read", node.line)


def read_field(node: Node, log: PageLog, *, inherited: str | None) -> DocumentedField | None:
    """A ParamField or ResponseField with its description and nested fields."""
    check_attributes(node, _FIELD_ATTRS, log)
    location, name = _field_name(node, inherited)
    if name is None:
        log.warn(f"<{node.name}> without a name is not read", node.line)
        return None
    parts, children, codes = _field_content(node.children, log, location)
    type_text = node.attrs.get("type")
    found = DocumentedField(
        name=name,
        line=node.line,
        location=location,
        type_text=type_text if isinstance(type_text, str) else None,
        required=_flag(node.attrs.get("required")),
        default=node.attrs.get("default", MISSING),
        deprecated=_flag(node.attrs.get("deprecated")),
        description="\n\n".join(parts),
        codes=codes,
    )
    found.children = [_relative(child, name) for child in children]
    return found


def _field_name(node: Node, inherited: str | None) -> tuple[str | None, str | None]:
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
    items: list[Item], log: PageLog, location: str | None
) -> tuple[list[str], list[DocumentedField], list[Code]]:
    """A field's description (markdown parts), the fields nested in it and its code blocks."""
    parts: list[str] = []
    children: list[DocumentedField] = []
    codes: list[Code] = []
    for item in items:
        if isinstance(item, Prose):
            parts.append(item.text)
        elif isinstance(item, Code):
            parts.append(render_code(item))
            codes.append(item)
        elif isinstance(item, Table):
            parts.append(item.source)
        elif isinstance(item, Heading):
            parts.append(f"{'#' * item.level} {item.text}")
        elif isinstance(item, Node):
            if item.name in FIELDS:
                child = read_field(item, log, inherited=location)
                children.extend([child] if child is not None else [])
                continue
            known = CONTAINERS.get(item.name, EXAMPLE_GROUPS.get(item.name))
            if known is None:
                log.warn(f"unknown component <{item.name}>; its content is read through", item.line)
            else:
                check_attributes(item, known, log)
            inner_parts, inner_children, inner_codes = _field_content(item.children, log, location)
            title = container_title(item) if item.name != "Expandable" else None
            parts.extend([f"**{title}**"] if title and inner_parts else [])
            parts.extend(inner_parts)
            children.extend(inner_children)
            codes.extend(inner_codes)
    return parts, children, codes


def _relative(child: DocumentedField, parent: str) -> DocumentedField:
    """A nested field's name below its parent: "data.id" inside "data" is "id"."""
    for prefix in (f"{parent}.", f"{parent}[]."):
        if child.name.startswith(prefix):
            return replace(child, name=child.name[len(prefix) :])
    return child


def render_code(code: Code) -> str:
    fence = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", code.body))])
    language = code.info.split(" ")[0] if code.info else ""
    return f"{fence}{language}\n{code.body.rstrip()}\n{fence}"
