"""Tolerant parsing: a response that differs from its documentation still returns its model.

Vendors' documentation is wrong in small ways (a field marked required that is not sent, a
number where a string is documented). Failing a call that succeeded over such a difference
would lose the result (a cloned voice, which cost credits), so the client validates the body
as usual and, only when that fails, rebuilds the model field by field: what matches is typed,
what does not is kept as sent, a missing required field is None, and each difference is a
:class:`SchemaMismatch` on the model (``result._mismatches``) and one WARNING on the logger.
A client made with ``strict_response_validation=True`` raises instead.
"""

import re
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Final, Union, get_args, get_origin

import pydantic
from pydantic.fields import FieldInfo

from ._models import BaseModel

__all__ = ["SchemaMismatch", "index_free", "type_adapter", "validate_tolerantly"]

_MISSING_MESSAGE: Final = "missing, though documented as required"
_SEQUENCE_ORIGINS: Final = frozenset({list, tuple, set, frozenset, Sequence})
_MAPPING_ORIGINS: Final = frozenset({dict, Mapping})
# A list index or a map key in a path: `[3]`, `['en']`.
_INDEX: Final = re.compile(r"\[(\d+|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]")

# Building a TypeAdapter costs far more than using it, so each type gets one, kept for the
# life of the process (the set of response types is small and fixed). A race between threads
# at worst builds the same adapter twice.
_ADAPTERS: Final[dict[object, pydantic.TypeAdapter[Any]]] = {}


@dataclass(frozen=True, slots=True)
class SchemaMismatch:
    """One place where a response differs from the schema its documentation gives.

    Attributes:
        path: where in the body, such as ``voices[3].id`` (empty for the body itself).
        message: what differs, such as ``Input should be a valid string``.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(body)'}: {self.message}"


class RootMismatch(ValueError):
    """The body as a whole is not the documented shape (a list where an object is documented):
    there is no model to return."""


def index_free(path: str) -> str:
    """``voices[3].id`` -> ``voices[].id``: one report covers every item of a list (and
    every key of a map)."""
    return _INDEX.sub("[]", path)


def validate_tolerantly(cast_to: object, data: object) -> tuple[Any, list[SchemaMismatch]]:
    """Validate ``data`` as ``cast_to``, keeping what does not match instead of failing.

    Returns the value and the mismatches found (none when ``data`` matches).

    Raises:
        RootMismatch: ``data`` itself is not of the documented kind.
    """
    found: list[SchemaMismatch] = []
    value = _rebuild(cast_to, data, "", found)
    if any(not mismatch.path for mismatch in found):
        raise RootMismatch(str(next(m for m in found if not m.path)))
    return value, found


def type_adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    """The process-wide adapter of a type (a response's ``cast_to``, a field's annotation)."""
    try:
        adapter = _ADAPTERS.get(tp)
    except TypeError:  # an unhashable annotation: used once, not kept
        return pydantic.TypeAdapter(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = pydantic.TypeAdapter(tp)
    return adapter


def _rebuild(tp: object, value: object, path: str, found: list[SchemaMismatch]) -> object:
    try:
        return type_adapter(tp).validate_python(value)
    except pydantic.ValidationError as error:
        return _repair(tp, value, path, error, found)


def _repair(
    tp: object,
    value: object,
    path: str,
    error: pydantic.ValidationError,
    found: list[SchemaMismatch],
) -> object:
    """The best typed value for ``value``, which does not validate as ``tp``.

    Its parts are rebuilt where it has parts of the documented kind; when they all fit, the
    difference is the value's own (a list too short, a model's validator) and is reported at
    ``path``.
    """
    before = len(found)
    rebuilt = _rebuilt_parts(_shape(tp), value, path, found)
    if rebuilt is _NOT_REBUILT:
        rebuilt = value
    if len(found) == before:
        mismatch = SchemaMismatch(path, _first_message(error))
        found.append(mismatch)
        if isinstance(rebuilt, BaseModel):
            rebuilt._mismatches = (*rebuilt._mismatches, mismatch)
    return rebuilt


_NOT_REBUILT: Final = object()


def _rebuilt_parts(shape: object, value: object, path: str, found: list[SchemaMismatch]) -> object:
    """``value`` rebuilt part by part as ``shape``, or ``_NOT_REBUILT`` where it has no parts
    of that kind (a string for a model)."""
    origin = get_origin(shape)
    args = get_args(shape)
    if isinstance(shape, type) and issubclass(shape, pydantic.RootModel):
        root = shape.model_fields["root"]
        own: list[SchemaMismatch] = []
        model = shape.model_construct(_rebuild(_field_type(root), value, path, own))
        if isinstance(model, BaseModel):
            model._mismatches = tuple(own)
        found.extend(own)
        return model
    if isinstance(shape, type) and issubclass(shape, pydantic.BaseModel):
        if isinstance(value, dict):
            return _repair_model(shape, value, path, found)
    elif origin is tuple and isinstance(value, list) and (len(args) != 2 or args[1] is not ...):
        if len(args) == len(value):  # a fixed tuple: each item has its own type
            pairs = enumerate(zip(args, value, strict=True))
            return [_rebuild(a, v, f"{path}[{i}]", found) for i, (a, v) in pairs]
    elif origin in _SEQUENCE_ORIGINS and isinstance(value, list):
        (item_type, *_) = args or (Any,)
        return [_rebuild(item_type, item, f"{path}[{i}]", found) for i, item in enumerate(value)]
    elif origin in _MAPPING_ORIGINS and isinstance(value, dict):
        _, item_type = args or (str, Any)
        return {
            key: _rebuild(item_type, item, f"{path}[{str(key)!r}]", found)
            for key, item in value.items()
        }
    elif origin in (Union, types.UnionType):
        return _best_arm(args, value, path, found)
    return _NOT_REBUILT


def _best_arm(
    arms: tuple[object, ...], value: object, path: str, found: list[SchemaMismatch]
) -> object:
    """``value`` rebuilt as the arm of a union it differs least from (a discriminated union's
    tag or a Literal field decide, since a wrong arm differs there too)."""
    best: tuple[object, list[SchemaMismatch]] | None = None
    for arm in arms:
        if not _fits(arm, value):
            continue
        scratch: list[SchemaMismatch] = []
        rebuilt = _rebuild(arm, value, path, scratch)
        if best is None or len(scratch) < len(best[1]):
            best = (rebuilt, scratch)
    if best is None:
        return _NOT_REBUILT
    found.extend(best[1])
    return best[0]


def _repair_model(
    cls: type[pydantic.BaseModel], value: dict[str, Any], path: str, found: list[SchemaMismatch]
) -> pydantic.BaseModel:
    own: list[SchemaMismatch] = []
    fields: dict[str, object] = {}
    known: set[str] = set()
    for name, field in cls.model_fields.items():
        key = field.alias or name
        known.update((key, name))
        if key in value or name in value:
            raw = value[key] if key in value else value[name]
            fields[name] = _rebuild(_field_type(field), raw, _join(path, key), own)
        elif field.is_required():
            own.append(SchemaMismatch(_join(path, key), _MISSING_MESSAGE))
            fields[name] = None
    extra = {key: item for key, item in value.items() if key not in known}
    model = cls.model_construct(set(fields), **fields, **extra)
    if isinstance(model, BaseModel):
        model._mismatches = tuple(own)
    found.extend(own)
    return model


def _shape(tp: object) -> object:
    """``tp`` without ``Annotated`` constraints: what decides how it is taken apart."""
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    return tp


def _field_type(field: FieldInfo) -> object:
    """The annotation of ``field`` with its constraints (``max_length``...), to validate with."""
    if field.metadata:
        return Annotated[field.annotation, *field.metadata]
    return field.annotation


def _fits(tp: object, value: object) -> bool:
    """Whether ``value`` has the outer kind of ``tp`` (an object for a model, ...)."""
    shape = _shape(tp)
    if value is None:
        return shape is type(None)
    if isinstance(shape, type) and issubclass(shape, pydantic.BaseModel):
        return isinstance(value, dict) or issubclass(shape, pydantic.RootModel)
    origin = get_origin(shape)
    if origin in _SEQUENCE_ORIGINS:
        return isinstance(value, list)
    if origin in _MAPPING_ORIGINS:
        return isinstance(value, dict)
    return False


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _first_message(error: pydantic.ValidationError) -> str:
    (first, *rest) = error.errors(include_url=False, include_input=False)
    more = f" (and {len(rest)} more)" if rest else ""
    return f"{first['msg']}{more}"
