"""A field bullet, ``- `name` (type, **required**): what it is``, with its qualifiers and hints."""

from __future__ import annotations

import re

from clientgen.sources.readers.field_types import stated_default, stated_values, unread_value_lists
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.prose.blocks import Item, clean
from clientgen.sources.readers.prose.page_model import ProseField

# `name` (type, **required**): what it is — the text of one bullet.
FIELD = re.compile(
    r"^`(?P<name>[^`\s]+)`\s*\((?P<inner>[^()]*)\)\s*(?:[:\-\u2013\u2014]\s*)?(?P<rest>.*)$",
    re.DOTALL,
)
_DEFAULT_QUALIFIER = re.compile(r"^defaults?(?:\s+to)?\s*[:=]?\s*(?P<value>\S.*)$", re.IGNORECASE)


def render_item(item: Item) -> str:
    return "\n".join([_with_bullets(item), *item.more])


def _with_bullets(item: Item) -> str:
    """An item's text and, as a markdown list, its nested bullets' texts."""
    return "\n".join([item.text, *(f"- {child.text}" for child in item.children)])


def read_prose_field(item: Item, log: PageLog) -> ProseField | None:
    """A bullet ``- `name` (type, required): text`` with its nested bullets, or None."""
    match = FIELD.match(item.text)
    if match is None:
        return None
    found = ProseField(match.group("name"), item.line)
    _qualifiers(found, match.group("inner"), log)
    rest = clean(match.group("rest"))
    parts = [rest] if rest else []
    _hints(found, rest, item.line, log)
    for child in item.children:
        nested = read_prose_field(child, log)
        if nested is not None:
            found.children.append(nested)
            continue
        # "Allowed values: ...", "Common values: ...", "Default: `x`", or more of the text.
        _hints(found, _with_bullets(child), child.line, log)
        parts.append(render_item(child))
    parts.extend(item.more)
    found.description = "\n\n".join(parts)
    return found


def _qualifiers(found: ProseField, inner: str, log: PageLog) -> None:
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


def _hints(found: ProseField, text: str, line: int, log: PageLog) -> None:
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
