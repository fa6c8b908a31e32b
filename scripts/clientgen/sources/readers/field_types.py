"""What a field's documentation means for its schema, shared by the readers.

* type words ("string | null", "float", "file[]") → JSON Schema (:func:`schema_for_type`);
* dotted names ("data.voice_id") → nested objects (:class:`ObjectBuilder`);
* values and defaults stated in prose ("Allowed values: ...", "e.g. `en`", "Defaults to `10`")
  → ``enum``, ``examples`` and ``default`` (:func:`stated_values`, :func:`set_enum`,
  :func:`stated_default`);
* prose cut into sentences (:func:`sentences`), for the readers and ``responses``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_SCALARS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "str": {"type": "string"},
    "text": {"type": "string"},
    "uuid": {"type": "string", "format": "uuid"},
    "date-time": {"type": "string", "format": "date-time"},
    "datetime": {"type": "string", "format": "date-time"},
    "integer": {"type": "integer"},
    "int": {"type": "integer"},
    "number": {"type": "number"},
    "float": {"type": "number", "format": "float"},
    "double": {"type": "number", "format": "double"},
    "boolean": {"type": "boolean"},
    "bool": {"type": "boolean"},
    "object": {"type": "object"},
    "dict": {"type": "object"},
    "array": {"type": "array"},
    "list": {"type": "array"},
    "file": {"type": "string", "format": "binary"},
    "binary": {"type": "string", "format": "binary"},
    "enum": {"type": "string"},
    "any": {},
}

_ARRAY_OF = re.compile(r"^(?:array|list)\s*(?:of\s+|<|\[)\s*(?P<item>[\w-]+?)s?\s*[>\]]?$")
# Mintlify's OpenAPI-generated pages write enums as "enum<string>"; the values are listed in prose.
_ENUM_OF = re.compile(r"^enum\s*<\s*(?P<item>[\w-]+)\s*>$")


def schema_for_type(type_text: str) -> dict[str, Any] | None:
    """The JSON Schema for a documented type, or None when the words are not a known type.

    Unions with ``null`` become 3.1 type lists (``["string", "null"]``); ``X[]`` and
    ``array of X`` become arrays of X.
    """
    words = type_text.strip().lower()
    if not words:
        return None
    alternatives = [w.strip() for w in re.split(r"\s*\|\s*|\s+or\s+", words) if w.strip()]
    nullable = any(a in ("null", "none") for a in alternatives)
    others = [a for a in alternatives if a not in ("null", "none")]
    if len(others) != 1:
        return None
    base = _single(others[0])
    if base is None:
        return None
    if nullable:
        base = make_nullable(base)
    return base


def _single(word: str) -> dict[str, Any] | None:
    enum_of = _ENUM_OF.match(word)
    if enum_of:
        return _single(enum_of.group("item"))
    if word.endswith("[]"):
        item = _single(word[:-2])
        return None if item is None else {"type": "array", "items": item}
    match = _ARRAY_OF.match(word)
    if match and match.group("item") not in ("", "array"):
        item = _single(match.group("item"))
        if item is not None:
            return {"type": "array", "items": item}
    known = _SCALARS.get(word)
    return dict(known) if known is not None else None


def make_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """The same schema, also accepting null (3.1 style: a type list)."""
    out = dict(schema)
    kind = out.get("type")
    if isinstance(kind, str):
        out["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            out["type"] = [*kind, "null"]
    else:
        return {"anyOf": [schema, {"type": "null"}]}
    if "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]
    return out


def coerce_literal(text: str, schema: dict[str, Any], *, structured: bool = False) -> Any:
    """A documented default or enum value ("false", "10", "audio") as the schema's type.

    With ``structured``, the value of an array or an object is read as JSON ("[]", "{}") when
    it is JSON; otherwise, as any value that does not take the type, it stays text.
    """
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    raw = text.strip().strip("`\"'")
    if "boolean" in kinds and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if "integer" in kinds and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?", raw):
        return float(raw) if "." in raw else int(raw)
    if "null" in kinds and raw.lower() == "null":
        return None
    if structured and {"array", "object"} & set(kinds):
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            return raw
    return raw


def has_file(schema: dict[str, Any]) -> bool:
    """Whether a schema holds a file (``format: binary``), itself or in its items or properties."""
    if schema.get("format") == "binary":
        return True
    nested = [*schema.get("properties", {}).values(), schema.get("items")]
    return any(has_file(inner) for inner in nested if isinstance(inner, dict))


def schema_types(schema: dict[str, Any]) -> list[str]:
    """The schema's ``type`` as a list (``[]`` when it has none)."""
    kind = schema.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


# --------------------------------------------------------------------------- nesting


class ObjectBuilder:
    """An object schema built one documented field at a time.

    A dotted name (``data.voice_id``, ``items[].id``) goes under its parent. A parent the page
    never declares is made up (an object; an array of objects for ``items[]``) and gives way
    to the page's own declaration when one comes later, keeping the fields already under it.
    """

    def __init__(self, schema: dict[str, Any] | None = None) -> None:
        self.schema: dict[str, Any] = {"type": "object"} if schema is None else schema
        self.schema.setdefault("properties", {})
        self._implied: set[int] = set()  # ids of the parents made up here
        self._warned: set[int] = set()  # ids of the non-object parents already warned about

    def add(self, name: str, schema: dict[str, Any], *, required: bool = False) -> list[str]:
        """Put a field in place; the problems met, as messages for warnings."""
        problems: list[str] = []
        *parents, last = name.split(".")
        holder = self.schema
        for part in parents:
            holder = self._parent(holder, part, problems)
        key = last.removesuffix("[]")
        properties = holder.setdefault("properties", {})
        existing = properties.get(key)
        if existing is None:
            properties[key] = schema
        elif id(existing) in self._implied:
            self._implied.discard(id(existing))
            self._check_parent(key, schema, problems)
            implied, inner = _holder(existing), _holder(schema)
            inner["properties"] = {**implied["properties"], **inner.get("properties", {})}
            wanted = {*implied.get("required", []), *inner.get("required", [])}
            if wanted:
                inner["required"] = [k for k in inner["properties"] if k in wanted]
            properties[key] = schema
        else:
            problems.append(f"field {key!r} is documented twice; the first is kept")
            if _inner(schema).get("properties"):
                _merge_missing(_holder(existing), _inner(schema))
            return problems
        if required:
            wanted = {*holder.get("required", []), key}
            holder["required"] = [k for k in properties if k in wanted]
        return problems

    def _parent(self, holder: dict[str, Any], part: str, problems: list[str]) -> dict[str, Any]:
        """The schema that holds the fields of ``part`` under ``holder``, made up if need be."""
        key = part.removesuffix("[]")
        properties = holder.setdefault("properties", {})
        parent = properties.get(key)
        if parent is None:
            made: dict[str, Any] = {"type": "object"}
            parent = {"type": "array", "items": made} if part.endswith("[]") else made
            properties[key] = parent
            self._implied.add(id(parent))
        else:
            self._check_parent(key, parent, problems)
        return _holder(parent)

    def _check_parent(self, key: str, parent: dict[str, Any], problems: list[str]) -> None:
        kinds = schema_types(parent)
        if kinds and not {"object", "array"} & set(kinds) and id(parent) not in self._warned:
            self._warned.add(id(parent))
            problems.append(f"{key!r} is a {' | '.join(kinds)}, yet fields are nested in it")


def _holder(schema: dict[str, Any]) -> dict[str, Any]:
    """Where the fields nested in a field go: its items when it is an array, else itself."""
    if "array" in schema_types(schema):
        items = schema.setdefault("items", {"type": "object"})
        if isinstance(items, dict):
            items.setdefault("type", "object")
            return items
    return schema


def _inner(schema: dict[str, Any]) -> dict[str, Any]:
    """Where a field's nested fields are, without making any place for them."""
    items = schema.get("items")
    return items if "array" in schema_types(schema) and isinstance(items, dict) else schema


def _merge_missing(into: dict[str, Any], other: dict[str, Any]) -> None:
    """Add the properties of ``other`` that ``into`` lacks (a field documented twice)."""
    known = into.get("properties", {})
    extra = {k: v for k, v in other.get("properties", {}).items() if k not in known}
    if extra:
        into["properties"] = {**known, **extra}


# --------------------------------------------------------------------------- values in prose


@dataclass(frozen=True)
class StatedValues:
    """The values a field's text lists ("Allowed values: `a`, `b`"), with their meanings.

    ``meanings`` is set when each value comes with one (a list of "- `a`: what it means").
    """

    values: list[str]
    meanings: list[str] | None = None


_VALUE_LABELS = r"(?:allowed|possible|accepted|valid|supported|available)\s+(?:values|options)"


def _value_lead(labels: str) -> re.Pattern[str]:
    """What leads the values a field takes: a label ("Allowed values:") or "one of"."""
    return re.compile(
        rf"\b(?:(?P<label>{labels})|(?:must\s+be\s+|is\s+|can\s+be\s+)?one\s+of"
        r"(?:\s+the\s+following)?)(?:\s+(?:are|is))?\s*:?[ \t]*",
        re.IGNORECASE,
    )


# What leads the values a text gives as examples: "Common values: ...", "e.g. `en`".
_EXAMPLE_LEAD = re.compile(
    r"(?:\b(?P<label>(?:common|example|typical|sample)\s+values\b(?:\s+(?:are|include))?"
    r"|examples?(?=\s*:))|(?<!\w)(?:e\.g\.|for\s+example|such\s+as))\s*[:,]?[ \t]*",
    re.IGNORECASE,
)
# One value: in a code span, in quotes (straight or typographic), or a bare word ("BTTS_V2",
# "en-US", "1.5"): a bare word never holds a space, and its dots only join its parts.
_QUOTED_VALUE = r"`(?P<code>[^`\n]+)`|[\"\u201c](?P<dq>[^\"\u201d\n]*)[\"\u201d]|'(?P<sq>[^'\n]*)'"
_BARE_VALUE = r"(?P<bare>[\w+-]+(?:[./:][\w+-]+)*)"
_VALUE = re.compile(rf"(?:{_QUOTED_VALUE}|{_BARE_VALUE})")
_SEPARATORS = r"\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+|\s*\|\s*"
# Where a list of values ends: the end of the sentence, of the line or of the text.
_LIST_END = re.compile(r"\s*(?:[.;:)](?=\s|$)|\n|$)")
# "- `value`: what it means", "* `value` - what it means", "- value — what it means".
_VALUE_ITEM = re.compile(
    rf"^\s*[-*+\u2022]\s+(?:{_QUOTED_VALUE}|{_BARE_VALUE}(?=\s*(?:[:\u2014\u2013]|\s-\s|$)))"
    r"\s*(?:(?::|\u2014|\u2013|\s-)\s*(?P<meaning>.*\S))?\s*$"
)
# "- `value` (what it means)": a bullet that starts with a value in a code span.
_CODE_LED_ITEM = re.compile(r"^\s*[-*+\u2022]\s+`(?P<code>[^`\n]+)`")


@dataclass(frozen=True)
class _Grammar:
    """How a text states values: what leads them, what separates them, how a list reads."""

    lead: re.Pattern[str]
    separator: re.Pattern[str]
    code_led_items: bool  # a list item may be a code span followed by any text


_SEPARATOR = re.compile(_SEPARATORS)
_LENIENT_SEPARATOR = re.compile(rf"{_SEPARATORS}|\s*/\s*")
# By (examples, lenient). Lenient: also "Enum: `a`, `b`", values separated by "/", and any
# bullet led by a code span.
_GRAMMARS = {
    (False, False): _Grammar(_value_lead(_VALUE_LABELS), _SEPARATOR, False),
    (False, True): _Grammar(
        _value_lead(rf"{_VALUE_LABELS}|enum(?:\s+values)?(?=\s*:)"), _LENIENT_SEPARATOR, True
    ),
    (True, False): _Grammar(_EXAMPLE_LEAD, _SEPARATOR, False),
    (True, True): _Grammar(_EXAMPLE_LEAD, _LENIENT_SEPARATOR, True),
}


def stated_values(
    text: str, *, examples: bool = False, lenient: bool = False, code_sentences: bool = True
) -> StatedValues | None:
    """The values a field's text says it takes, or None.

    "Allowed values: `a`, `b`", "One of a, b or c.", "Possible values:" followed by a list
    of values (with what each means), or a sentence of only code spans ("`male` or
    `female`."). Bare words are single words ending the sentence, and "one of" needs two of
    them: "one of the voices" lists nothing.

    With ``examples``, the values the text gives as examples instead, never all the values
    it takes: "Common values: `a`, `b`" (also example, typical or sample values, or
    "Examples:") and "e.g.", "for example" or "such as", which like "one of" need two bare
    words. With ``lenient``, also "Enum: `a`, `b`", values separated by "/" (`` `a` / `b` ``)
    and a list whose bullets only start with a value in a code span (`` - `a` (fast) ``).
    Without ``code_sentences``, a sentence of only code spans lists nothing (sentences end
    after "e.g.": in "e.g. `en` or `es`." it would make the examples an enum).
    """
    grammar = _GRAMMARS[examples, lenient]
    for lead in grammar.lead.finditer(text):
        least = 1 if lead.group("label") else 2
        found = _inline_values(text, lead.end(), grammar, least=least) or _listed_values(
            text, lead.end(), grammar
        )
        if found is not None:
            return found
    if examples or not code_sentences:
        return None
    for sentence in sentences(text):
        found = _inline_values(sentence, 0, grammar, code_only=True)
        if found is not None and len(found.values) >= 2:
            return found
    return None


def unread_value_lists(text: str, *, examples: bool = False, lenient: bool = False) -> list[str]:
    """The "Allowed values: ..." statements of a text whose values cannot be told apart.

    "Allowed values: any string up to 30 characters" names no values: the reader says so
    rather than guess an enum. ``examples`` and ``lenient`` as for :func:`stated_values`
    ("Common values: ..." statements, "Enum: ...").
    """
    grammar = _GRAMMARS[examples, lenient]
    unread: list[str] = []
    for lead in grammar.lead.finditer(text):
        if not lead.group("label"):
            continue
        position = lead.end()
        if _inline_values(text, position, grammar, least=1) or _listed_values(
            text, position, grammar
        ):
            continue
        line_end = text.find("\n", position)
        unread.append(text[lead.start() : None if line_end == -1 else line_end].strip())
    return unread


def enum_target(schema: dict[str, Any]) -> dict[str, Any] | None:
    """Where the values a field's text states go: its items' schema for an array, else itself.

    None when that schema cannot hold such values (an object, a boolean).
    """
    items = schema.get("items")
    is_array = "array" in schema_types(schema) and isinstance(items, dict)
    target: dict[str, Any] = items if is_array and isinstance(items, dict) else schema
    kinds = schema_types(target)
    if kinds and not {"string", "integer", "number"} & set(kinds):
        return None
    return target


def set_enum(schema: dict[str, Any], stated: StatedValues) -> bool:
    """Give a schema the values its text states (its items', for an array of scalars).

    The values take the schema's type; a nullable schema also admits null. False, and the
    schema unchanged, when it cannot hold such values (an object, a boolean).
    """
    target = enum_target(schema)
    if target is None:
        return False
    kinds = schema_types(target)
    nullable = "null" in kinds
    target["enum"] = [coerce_literal(value, target) for value in stated.values]
    if nullable:
        target["enum"].append(None)
    if stated.meanings is not None:
        target["x-enum-descriptions"] = [*stated.meanings, None] if nullable else stated.meanings
    return True


def _inline_values(
    text: str, position: int, grammar: _Grammar, *, least: int = 2, code_only: bool = False
) -> StatedValues | None:
    """Values separated by commas, "or", "and" or "|" (leniently "/" too): all in code spans or
    quotes, or all bare.

    Quoted values may be followed by more text ("`a` or `b` (case-sensitive)"); bare words
    must end the sentence or the line.
    """
    first = _VALUE.match(text, position)
    if first is None or (code_only and first.group("code") is None):
        return None
    bare = first.group("bare") is not None
    values: list[str] = []
    match: re.Match[str] | None = first
    while match is not None:
        values.append(next(v for v in match.group("code", "dq", "sq", "bare") if v is not None))
        position = match.end()
        separator = grammar.separator.match(text, position)
        match = _VALUE.match(text, separator.end()) if separator and separator.group() else None
        if match is not None and (
            (match.group("bare") is not None) != bare or (code_only and not match.group("code"))
        ):
            match = None
    if bare and (len(values) < least or not _LIST_END.match(text, position)):
        return None
    if code_only and text[position:].strip(" ."):
        return None
    return StatedValues(values)


def _listed_values(text: str, position: int, grammar: _Grammar) -> StatedValues | None:
    """A markdown list of values right after a lead that ends its line ("Allowed values:")."""
    rest = text[position:]
    if not rest.startswith("\n"):
        return None
    values: list[str] = []
    meanings: list[str] = []
    for line in rest.lstrip("\n").split("\n"):
        item = _VALUE_ITEM.match(line)
        if item is not None:
            values.append(next(v for v in item.group("code", "dq", "sq", "bare") if v is not None))
            meanings.append(item.group("meaning") or "")
        elif grammar.code_led_items and (led := _CODE_LED_ITEM.match(line)):
            values.append(led.group("code"))
            meanings.append("")
        else:
            break
    if not values:
        return None
    return StatedValues(values, meanings if all(meanings) else None)


_DEFAULT_LEAD = re.compile(r"\bdefaults?\b(\s+to|\s+is|\s+value\s+is)?\s*(:)?\s*", re.IGNORECASE)
_BARE_DEFAULT = re.compile(r"([^\s`,;.()]+)(?=\s*(?:[.,;)]|$))")


def stated_default(text: str, *, code_only: bool = False) -> str | None:
    """The default a field's text states ("Default: `true`", "defaults to 10"), or None.

    With ``code_only``, only a default in a code span is read ("defaults to 10" is not).
    """
    for match in _DEFAULT_LEAD.finditer(text):
        rest = text[match.end() :]
        if rest.startswith("`") and (end := rest.find("`", 1)) > 1:
            return rest[1:end]
        if code_only:
            continue
        bare = _BARE_DEFAULT.match(rest)
        if bare and (match.group(1) or match.group(2)):
            return bare.group(1)
    return None


# --------------------------------------------------------------------------- sentences


_LIST_MARKER = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s+")


# Abbreviations whose full stop does not end a sentence.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:e\.g|i\.e|vs|approx)\.$", re.IGNORECASE)


def sentences(text: str) -> Iterator[str]:
    """Sentences of prose (markdown or plain); list items and paragraphs end one.

    A full stop ends a sentence only before a space or the end, and never in a code span.
    """
    for chunk in _chunks(text):
        start = 0
        in_code = False
        for position, char in enumerate(chunk):
            if char == "`":
                in_code = not in_code
            elif not in_code and char in ".!?" and chunk[position + 1 : position + 2] in ("", " "):
                if _ABBREVIATION.search(chunk[start : position + 1]):
                    continue  # "e.g. `en` or `es`" goes on: its values are examples
                yield chunk[start : position + 1].strip()
                start = position + 1
        if chunk[start:].strip():
            yield chunk[start:].strip()


def _chunks(text: str) -> Iterator[str]:
    current: list[str] = []
    for line in text.split("\n"):
        starts_item = bool(_LIST_MARKER.match(line))
        if (not line.strip() or starts_item) and current:
            yield " ".join(current)
            current = []
        if line.strip():
            current.append(_LIST_MARKER.sub("", line).strip())
    if current:
        yield " ".join(current)
