"""Small readings inside a line: the operation line, curl tokens, allowed values, null hints."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from clientgen.sources.readers.field_types import coerce_literal, make_nullable, stated_values
from clientgen.sources.readers.scraped.scanned_page import Curl

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
_METHOD_ONLY = re.compile(rf"^(?:{'|'.join(METHODS)})$")
METHOD_AND_TARGET = re.compile(
    rf"^(?P<method>{'|'.join(METHODS)})\s*(?P<target>(?:/|https?://)\S*)$"
)

ALLOWED = re.compile(
    r"(?:-\s*)?\b(?:allowed values|available options|possible values)\s*:\s*(?P<inline>.*)$", re.I
)
ALLOWED_LABEL_ONLY = re.compile(
    r"^-?\s*(?:allowed values|available options|possible values)\s*:?\s*$", re.I
)
_PARENTHESIZED = re.compile(r"\((?P<body>[^()]*)\)")
_EXAMPLES_LEAD = re.compile(r"^\s*(?:e\.g\.|for example|such as)\s*,?\s*", re.I)
# Straight, back and typographic quotes (escaped: the curly ones look like the straight ones).
_QUOTES = "\"'`\u201c\u201d\u2018\u2019"
_QUOTED = re.compile(rf"^[{_QUOTES}](?P<value>[^{_QUOTES}]*)[{_QUOTES}]$")
_NULL = re.compile(r"\bnull\b", re.I)
_NOT_NULL = re.compile(r"\b(?:not|never|non|cannot|can't)\b[\s-]*(?:be\s+)?$", re.I)


def starts_operation(text: str) -> bool:
    return bool(_METHOD_ONLY.match(text) or METHOD_AND_TARGET.match(text))


def read_curl_tokens(tokens: list[str], line: int) -> Curl:
    """The method, URL and Content-Type a curl command states."""
    method = url = content_type = None
    for option, value in zip(tokens, [*tokens[1:], ""], strict=True):
        if option in ("-X", "--request"):
            method = value.upper()
        elif option == "--url" or (url is None and option.startswith(("http://", "https://"))):
            url = value if option == "--url" else option
        elif option in ("-H", "--header") and value.lower().startswith("content-type:"):
            content_type = value.split(":", 1)[1].strip()
    return Curl(line=line, method=method, url=url, content_type=content_type)


class BracketDepth:
    """Brackets opened outside JSON strings, counted as text arrives a line at a time (so that
    a long example is read once, not again at each of its lines)."""

    def __init__(self) -> None:
        self.depth, self.in_string, self.escaped = 0, False, False

    def feed(self, text: str) -> bool:
        """Count ``text`` in; whether every bracket opened so far has closed."""
        for char in text:
            if self.escaped:
                self.escaped = False
            elif self.in_string:
                self.escaped = char == "\\"
                self.in_string = char != '"'
            elif char == '"':
                self.in_string = True
            elif char in "{[":
                self.depth += 1
            elif char in "}]":
                self.depth -= 1
        return self.depth <= 0


def split_allowed_values(texts: list[str]) -> tuple[str, list[str]]:
    """A field's description and the values of its "Allowed values" list.

    Handles ``...- Allowed values:`` then ``a`` / ``,b`` / ``,c`` lines closed by a bare
    ``- Allowed values:`` line, and ``Allowed values: a, b, c`` on one line (a list that is
    not single words, "Allowed values: any text", is not read and stays in the description).
    """
    prose: list[str] = []
    values: list[str] = []
    listing = False
    for text in texts:
        if listing:
            if ALLOWED_LABEL_ONLY.match(text):
                listing = False
            else:
                values.extend(_list_items(text))
            continue
        allowed = ALLOWED.search(text)
        if allowed is None:
            prose.append(text)
            continue
        listing = not allowed["inline"].strip()
        inline = None if listing else stated_values(allowed.group().lstrip(" -"))
        if not listing and inline is None:
            prose.append(text)  # not a list of values: the description says what it says
            continue
        before = text[: allowed.start()].rstrip(" -")
        if before:
            prose.append(before)
        values.extend(inline.values if inline is not None else [])
    return "\n".join(prose).strip(), values


def _list_items(text: str) -> list[str]:
    items = (item.strip().strip(_QUOTES) for item in text.split(","))
    return [item for item in items if item]


def read_value_hints(
    schema: dict[str, Any], description: str, line: int, warn: Callable[[str, int | None], None]
) -> dict[str, Any]:
    """Enum, examples and nullability that a field's prose states.

    ``(“male”, “female”, null)`` is an enum that admits null; ``(e.g., “en”, “es”)`` is
    examples; "null if never used" says null is a value.
    """
    rest = description
    for group in _PARENTHESIZED.finditer(description):
        listed = _quoted_list(group["body"])
        if listed is None:
            continue
        found, admits_null, are_examples = listed
        values = [coerce_literal(v, schema) for v in found]
        if are_examples:
            schema["examples"] = values
            continue
        rest = rest.replace(group.group(), "")  # its `null` is dealt with here
        if "enum" in schema and set(schema["enum"]) != set(values):
            warn(f"the text lists values {found} unlike the allowed values; kept the latter", line)
        else:
            schema["enum"] = values
        if admits_null:
            schema = make_nullable(schema)
    if any(not _NOT_NULL.search(rest[: m.start()]) for m in _NULL.finditer(rest)):
        schema = make_nullable(schema)
    return schema


def _quoted_list(body: str) -> tuple[list[str], bool, bool] | None:
    """``(values, admits null, are examples)`` for a list of quoted values, else None."""
    are_examples = bool(_EXAMPLES_LEAD.match(body))
    items = [item.strip() for item in _EXAMPLES_LEAD.sub("", body).split(",")]
    if len(items) < 2 or any(not _QUOTED.match(i) and i.lower() != "null" for i in items):
        return None
    values = [m["value"] for m in map(_QUOTED.match, items) if m is not None]
    return values, len(values) < len(items), are_examples
