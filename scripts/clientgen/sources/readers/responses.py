"""An operation's ``responses``, built the same way whatever the page's format.

The readers find a page's examples and its prose; this module knows what they mean for the
responses (see docs/reader-contract.md):

* a sentence stating a status and the vendor's error code for it ("return `400 SOME_CODE`")
  is a :class:`StatedError` (:func:`stated_errors`);
* a response example is an :class:`Example`; :func:`build_responses` puts each under its
  status: the one the example states itself (an HTTP status line), else a status in its
  title, else the status the prose gives an error code it holds, else the success when it
  fits the documented success fields, else ``default``;
* each status the prose states becomes a response even without an example, with the
  sentence as its description and the codes as ``x-clientgen-error-codes``;
* whether an example is a success body is one rule for every reader
  (:func:`is_success_body`), and so is the success status a page states
  (:func:`stated_success`, :func:`titled_status`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from clientgen.core.naming import numbered
from clientgen.sources.readers.field_types import schema_types

# Keys under which an error body names its error ({"error": "X"}, {"error": {"code": "x"}}).
_ERROR_CODE_KEYS = frozenset(
    {"error", "code", "error_code", "errorCode", "error_type", "errorType"}
)
_UPPER_CODE = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"
_LOWER_CODE = r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+"
_CODE_SPAN = re.compile(r"`([^`]+)`")
# "`400 SOME_CODE`", "`404 Not Found`", "`403`": a status in a code span, maybe with more.
_STATUS_SPAN = re.compile(r"^([1-5]\d\d)(?:\s+(.+))?$")
# "return 400 SOME_CODE" outside code spans; a lower-case code only after an error status.
_STATUS_AND_CODE = re.compile(
    rf"\b(?:([1-5]\d\d)\s+({_UPPER_CODE})|([45]\d\d)\s+({_LOWER_CODE}))\b"
)
_STATUS_CONTEXT = re.compile(
    r"\b(?:returns?|returned|responds?|status|errors?|fails?|HTTP)\b", re.IGNORECASE
)
_TITLED_STATUS = re.compile(r"\b([1-5]\d\d)\b")
_STATUS_AND_PHRASE = re.compile(r"\b([1-5]\d\d)(?=\s+[A-Z])")


@dataclass(frozen=True)
class Example:
    """An example body as a page shows it.

    ``media_type`` is None for an example without a body (an HTTP example of headers only);
    ``status`` is the one the example states itself (an HTTP status line), if any.
    """

    title: str | None
    media_type: str | None
    value: Any
    line: int
    parsed: bool = True  # False: not valid JSON, ``value`` is the raw text
    raw: str = ""  # the body as written
    status: str | None = None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class StatedError:
    """A status the prose states, with the error codes it names: "return `400 SOME_CODE`".

    A success status ("returns `201`") is stated the same way; its ``codes`` are empty.
    """

    status: str
    codes: tuple[str, ...]
    sentence: str


# --------------------------------------------------------------------------- prose


def stated_errors(sentences: Iterable[str]) -> list[StatedError]:
    """The statuses the sentences state, in page order."""
    return [stated for sentence in sentences for stated in _stated_in(sentence)]


def _stated_in(sentence: str) -> list[StatedError]:
    """Statuses a sentence states: `400 CODE`, `404 Not Found`, "returns `403`", 400 CODE."""
    found: dict[str, list[str]] = {}
    for span in _CODE_SPAN.findall(sentence):
        match = _STATUS_SPAN.match(span.strip())
        if match is None:
            continue
        status, rest = match.group(1), match.group(2)
        if rest is None and not _STATUS_CONTEXT.search(sentence):
            continue  # a bare "`250`" is a status only in a sentence about responses
        codes = found.setdefault(status, [])
        if rest is not None and not _is_reason_phrase(status, rest):
            codes.append(rest.strip())
    plain = _CODE_SPAN.sub(" ", sentence)
    for match in _STATUS_AND_CODE.finditer(plain):
        status, code = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        found.setdefault(status, []).append(code)
    if _STATUS_CONTEXT.search(plain):
        # Plain text (a rendered page has lost its code spans): "returns 201 Created".
        for match in _STATUS_AND_PHRASE.finditer(plain):
            if _is_reason_phrase(match.group(1), _phrase_at(match.group(1), plain, match.end(1))):
                found.setdefault(match.group(1), [])
    return [StatedError(status, tuple(unique(codes)), sentence) for status, codes in found.items()]


def _phrase_at(status: str, text: str, position: int) -> str:
    """The words after a status, as many as its reason phrase has ("Not Found": two)."""
    try:
        count = len(HTTPStatus(int(status)).phrase.split())
    except ValueError:
        return ""
    return " ".join(text[position:].split()[:count]).rstrip(".,;:")


def _is_reason_phrase(status: str, text: str) -> bool:
    try:
        return HTTPStatus(int(status)).phrase.lower() == text.strip().lower()
    except ValueError:
        return False


# --------------------------------------------------------------------------- examples


def example_key(title: str | None) -> str:
    """An example's key: its title as a slug ("Not Owned" → ``not_owned``), else ``example``."""
    return re.sub(r"[^a-z0-9]+", "_", (title or "").lower()).strip("_") or "example"


def add_example(media: dict[str, Any], example: Example) -> None:
    """Add an example to a media type object; a repeated one is kept once.

    Keys are :func:`example_key`, numbered from ``_2`` when taken.
    """
    examples = media.setdefault("examples", {})
    entry: dict[str, Any] = {}
    if example.title:
        entry["summary"] = example.title
    entry["value"] = example.value
    if not example.parsed:
        entry["x-clientgen-unparsed"] = True
    if entry in examples.values():
        return  # rendered pages show the response example twice
    key = example_key(example.title)
    if key in examples:
        key = numbered(key, examples.__contains__)
    examples[key] = entry


def error_codes(value: Any) -> list[str]:
    """The error codes a body holds: {"errors": [{"error": "X"}]}, {"error": {"code": "x"}}."""
    codes: list[str] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in _ERROR_CODE_KEYS and isinstance(inner, str):
                codes.append(inner)
            else:
                codes.extend(error_codes(inner))
    elif isinstance(value, list):
        for inner in value:
            codes.extend(error_codes(inner))
    return unique(codes)


def is_json_media(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def is_error(status: str) -> bool:
    """Whether a response key is an error ("default" is: the page never said its status)."""
    return not status.startswith("2")


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def titled_status(title: str | None) -> str | None:
    """The status an example's title names ("201 Created", "Error 404"), if any."""
    titled = _TITLED_STATUS.search(title or "")
    return titled.group(1) if titled else None


def stated_success(sentences: Iterable[str]) -> str | None:
    """The success status the sentences state ("Returns `201 Created` ..."), if any."""
    for stated in stated_errors(sentences):
        if stated.status.startswith("2"):
            return stated.status
    return None


def is_success_body(value: Any, schema: dict[str, Any] | None) -> bool:
    """Whether an example body is a success body: one the documented success schema describes.

    An object must share keys with the documented fields and have their types (undocumented
    keys are allowed); anything else must have the documented type. With no documented
    schema, every body fits.
    """
    if schema is None:
        return True
    properties = schema.get("properties")
    if isinstance(value, dict) and properties and not properties.keys() & value.keys():
        return False
    return conforms(value, schema)


def conforms(value: Any, schema: dict[str, Any]) -> bool:
    """Whether a value has the documented types (undocumented keys are allowed)."""
    if not fits_type(value, schema):
        return False
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return all(conforms(value[k], properties[k]) for k in value if k in properties)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return all(conforms(inner, schema["items"]) for inner in value)
    return True


def fits_type(value: Any, schema: dict[str, Any]) -> bool:
    """Whether a value has the schema's own type, not looking inside it (an integer is a number).

    A schema with no type takes any value.
    """
    kinds = schema_types(schema)
    kind = json_type(value)
    return not kinds or kind in kinds or (kind == "integer" and "number" in kinds)


def json_type(value: Any) -> str:
    """The JSON Schema type of a parsed JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


# --------------------------------------------------------------------------- responses


@dataclass
class _Response:
    descriptions: list[str]
    codes: list[str]
    headers: dict[str, Any]
    content: dict[str, dict[str, Any]]

    def describe(self, text: str | None) -> None:
        if text and text not in self.descriptions:
            self.descriptions.append(text)

    def render(self) -> dict[str, Any]:
        out: dict[str, Any] = {"description": "\n\n".join(self.descriptions) or "Response"}
        if self.codes:
            out["x-clientgen-error-codes"] = self.codes
        if self.headers:
            out["headers"] = self.headers
        if self.content:
            out["content"] = self.content
        return out


def build_responses(
    *,
    examples: Iterable[Example],
    stated: Iterable[StatedError],
    success_description: str,
    success_schema: dict[str, Any] | None,
    fits_success: Callable[[Any], bool],
    success_status: str = "200",
    success_media: str = "application/json",
) -> dict[str, Any]:
    """The ``responses`` object: the success, each error status and ``default``.

    ``fits_success`` tells whether a parsed example body is a success body (readers pass
    :func:`is_success_body` with the schema they documented). Responses come ordered by
    status, with ``default`` last.
    """
    stated = [s for s in stated if is_error(s.status)]
    by_status: dict[str, _Response] = {}

    def response(status: str) -> _Response:
        return by_status.setdefault(status, _Response([], [], {}, {}))

    success = response(success_status)
    success.describe(success_description)
    if success_schema is not None:
        success.content[success_media] = {"schema": success_schema}
    for example in examples:
        if example.status is not None:
            target = response(example.status)
            for name, text in example.headers:
                target.headers.setdefault(name, _header_object(text))
            if example.media_type is None:
                continue  # headers only
            status = example.status
            description = example.title if is_error(status) else None
        else:
            status, description = _classify(example, stated, success_status, fits_success)
        _place(response(status), status, description, example)
    for statement in stated:
        target = response(statement.status)
        target.describe(statement.sentence)
        target.codes = unique([*target.codes, *statement.codes])
    numbered = sorted((s for s in by_status if s.isdigit()), key=int)
    order = numbered + [s for s in by_status if not s.isdigit()]
    return {status: by_status[status].render() for status in order}


def _classify(
    example: Example,
    stated: list[StatedError],
    success: str,
    fits_success: Callable[[Any], bool],
) -> tuple[str, str | None]:
    """The status an example belongs to, and the description it brings.

    A status in the title wins; then an error code the prose states with a status; then a
    body that fits the success is the success; anything else is an error whose status the
    page never states.
    """
    status = titled_status(example.title)
    if status is not None:
        return status, example.title if is_error(status) else None
    held = _stated_for(example, stated)
    if held is not None:
        return held.status, held.sentence
    if not example.parsed or fits_success(example.value):
        return success, None
    return "default", example.title or "Error response"


def _stated_for(example: Example, stated: list[StatedError]) -> StatedError | None:
    """The statement naming an error code the example holds (in its text, when unparsed)."""
    held = _strings(example.value) if example.parsed else set()
    for statement in stated:
        if example.parsed and held & set(statement.codes):
            return statement
        if not example.parsed and any(
            re.search(rf"\b{re.escape(code)}\b", example.raw) for code in statement.codes
        ):
            return statement
    return None


def _place(target: _Response, status: str, description: str | None, example: Example) -> None:
    media = example.media_type or "application/json"
    content = target.content.setdefault(media, {})
    if is_json_media(media):
        target.describe(description)
        if is_error(status) and example.parsed:
            target.codes = unique([*target.codes, *error_codes(example.value)])
    else:
        content.setdefault("schema", _raw_body_schema(media))
    add_example(content, example)


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return {s for inner in value.values() for s in _strings(inner)}
    if isinstance(value, list):
        return {s for inner in value for s in _strings(inner)}
    return set()


def _raw_body_schema(media: str) -> dict[str, Any]:
    if media.startswith("text/") or media.endswith(("+xml", "/xml")):
        return {"type": "string"}
    return {"type": "string", "format": "binary"}


def _header_object(value: str) -> dict[str, Any]:
    if re.fullmatch(r"\d+", value):
        return {"schema": {"type": "integer"}, "example": int(value)}
    return {"schema": {"type": "string"}, "example": value}
