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

__all__ = ["SchemaMismatch", "index_free", "validate_tolerantly"]

_MISSING_MESSAGE: Final = "missing, though documented as required"
_SEQUENCE_ORIGINS: Final = frozenset({list, tuple, set, frozenset, Sequence})
_MAPPING_ORIGINS: Final = frozenset({dict, Mapping})
_INDEX: Final = re.compile(r"\[\d+\]")

# One adapter per type, as in the client: building one costs far more than using it.
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
    """``voices[3].id`` -> ``voices[].id``: one report covers every item of a list."""
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


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    try:
        adapter = _ADAPTERS.get(tp)
    except TypeError:  # an unhashable annotation: used once, not kept
        return pydantic.TypeAdapter(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = pydantic.TypeAdapter(tp)
    return adapter


def _rebuild(tp: object, value: object, path: str, found: list[SchemaMismatch]) -> object:
    try:
        return _adapter(tp).validate_python(value)
    except pydantic.ValidationError as error:
        return _repair(tp, value, path, error, found)


def _repair(
    tp: object,
    value: object,
    path: str,
    error: pydantic.ValidationError,
    found: list[SchemaMismatch],
) -> object:
    """The best typed value for ``value``, which does not validate as ``tp``."""
    shape = _shape(tp)
    origin = get_origin(shape)
    if isinstance(shape, type) and issubclass(shape, pydantic.RootModel):
        root = shape.model_fields["root"]
        return shape.model_construct(_rebuild(_field_type(root), value, path, found))
    if isinstance(shape, type) and issubclass(shape, pydantic.BaseModel):
        if isinstance(value, dict):
            return _repair_model(shape, value, path, found)
    elif origin in _SEQUENCE_ORIGINS and isinstance(value, list):
        (item_type, *_) = get_args(shape) or (Any,)
        return [_rebuild(item_type, item, f"{path}[{i}]", found) for i, item in enumerate(value)]
    elif origin in _MAPPING_ORIGINS and isinstance(value, dict):
        _, item_type = get_args(shape) or (str, Any)
        return {
            key: _rebuild(item_type, item, _join(path, str(key)), found)
            for key, item in value.items()
        }
    elif origin in (Union, types.UnionType):
        arm = next((a for a in get_args(shape) if _fits(a, value)), None)
        if arm is not None:
            return _rebuild(arm, value, path, found)
    found.append(SchemaMismatch(path, _first_message(error)))
    return value


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
