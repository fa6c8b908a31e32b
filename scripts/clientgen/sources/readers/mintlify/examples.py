"""Code blocks as examples: JSON bodies and raw HTTP messages (status line, headers, body)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from clientgen.sources.readers.front_matter import JSON_LANGUAGES
from clientgen.sources.readers.mintlify.fields import DocumentedField
from clientgen.sources.readers.mintlify.tree import Code
from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.responses import Example, is_json_media

_JSON = "application/json"


@dataclass(frozen=True)
class CodeExample:
    """A code block shown as an example (a request, a response), before it is read."""

    title: str | None
    language: str
    body: str
    line: int  # the line of the opening fence


_FENCE_META = re.compile(r"""\S+=(?:\{[^}]*\}|"[^"]*"|'[^']*'|\S+)|\{[^}]*\}""")
_FENCE_FLAGS = frozenset({"lines", "wrap", "expandable", "twoslash"})


def code_example(code: Code) -> CodeExample:
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
    return CodeExample(title or None, language.lower(), code.body, code.line)


def json_example(
    example: CodeExample, body: str, first_line: int, log: PageLog, media: str = "application/json"
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
class HttpMessage:
    """A raw HTTP example: its status (responses only), headers and body."""

    status: str | None
    headers: list[tuple[str, str]]
    body: str
    body_line: int


_STATUS_LINE = re.compile(r"^HTTP/\d(?:\.\d)?\s+([1-5]\d\d)\b")
_REQUEST_LINE = re.compile(r"^[A-Z]+\s+\S+(?:\s+HTTP/\d(?:\.\d)?)?$")


def http_message(example: CodeExample, log: PageLog) -> HttpMessage | None:
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
    return HttpMessage(status, headers, body, example.line + 2 + index)


def _media_type(headers: list[tuple[str, str]]) -> str | None:
    for name, value in headers:
        if name.lower() == "content-type":
            return value.split(";")[0].strip().lower()
    return None


def http_example(example: CodeExample, message: HttpMessage, log: PageLog) -> Example:
    """A raw HTTP response example: its status, its headers and its body (if any)."""
    media = _media_type(message.headers)
    if not message.body:
        found = Example(example.title, None, None, example.line)
    elif media is None or is_json_media(media):
        found = json_example(example, message.body, message.body_line, log, media or _JSON)
    else:
        found = Example(example.title, media, message.body, example.line, raw=message.body)
    return replace(found, status=message.status, headers=tuple(message.headers))


def body_examples_in_fields(fields: list[DocumentedField]) -> Iterator[Example]:
    """JSON blocks in a body field's text that show a whole request body.

    ``{ "sample_ids": [...] }`` under the field ``sample_ids``: an object that holds the field
    and only documented body fields. Any other block stays only in the field's description.
    """
    names = {item.name.split(".")[0] for item in fields}
    for item in fields:
        for code in item.codes:
            example = code_example(code)
            if example.language not in JSON_LANGUAGES:
                continue
            try:
                value = json.loads(code.body)
            except json.JSONDecodeError:
                continue  # kept as written in the description
            if isinstance(value, dict) and item.name in value and value.keys() <= names:
                yield Example(example.title, _JSON, value, code.line, True, code.body)


def request_example(example: CodeExample, log: PageLog) -> Example | None:
    if example.language != "http":
        return json_example(example, example.body, example.line + 1, log)
    message = http_message(example, log)
    if message is None or not message.body:
        return None  # its request line and headers repeat the documented parameters
    media = _media_type(message.headers)
    if media is None or is_json_media(media):
        return json_example(example, message.body, message.body_line, log, media or _JSON)
    return Example(example.title, media, message.body, example.line, raw=message.body)
