"""Pydantic v2 models for a namespace's schemas, written by datamodel-code-generator."""

from __future__ import annotations

import ast
import json
import warnings
from collections.abc import Mapping
from typing import Any

from datamodel_code_generator import InputFileType, generate
from datamodel_code_generator.enums import DataModelType
from datamodel_code_generator.format import DatetimeClassType, PythonVersion
from datamodel_code_generator.parser import LiteralType

from clientgen.core.diagnostics import ClientgenError
from clientgen.render.model_jobs import ModelsModule
from clientgen.render.model_typing import is_root_model, strictly_typed


def generate_models(
    document: dict[str, Any],
    *,
    module: str,
    base_class: str,
    aliases: Mapping[str, str] | None = None,
) -> ModelsModule:
    """The models module for ``document``'s component schemas.

    ``aliases`` maps ``"Class.wire_name"`` to the field name the API model decided (see
    ``naming.field_name``). The generator's output is checked: every component must come out
    as a class under the name the API model decided, and every property as one field of its
    own, or the client code and the models would disagree (or a field would be lost).
    """
    schemas = (document.get("components") or {}).get("schemas") or {}
    if not schemas:
        return ModelsModule('"""No schemas."""\n')
    # Only the schemas: the generator would otherwise walk every path for nothing.
    models_only = {"openapi": document.get("openapi", "3.1.0"), "info": document.get("info", {})}
    models_only["components"] = {"schemas": schemas}
    try:
        # The generator's warnings (a constraint it cannot write, say) go to the user with
        # the spec named, not as Python warnings pointing into its own source.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            code = run_generator(
                json.dumps(models_only),
                base_class=base_class,
                header=f'"""Models of the {module} API (from its normalized spec)."""',
                aliases=aliases or {},
            )
    except Exception as exc:  # the generator raises many kinds; one clear error names the spec
        raise ClientgenError(f"datamodel-code-generator failed: {exc}", file=module) from exc
    if not isinstance(code, str):
        raise ClientgenError("datamodel-code-generator returned several modules", file=module)
    classes = {node.name: node for node in ast.parse(code).body if isinstance(node, ast.ClassDef)}
    missing = sorted(set(schemas) - set(classes))
    if missing:
        raise ClientgenError(f"the model generator did not produce classes {missing}", file=module)
    for name, schema in schemas.items():
        properties = schema.get("properties") if isinstance(schema, dict) else None
        # A union written as a RootModel (properties beside ``oneOf``): its fields live on
        # the variants the generator writes, each under the aliases it was handed.
        if isinstance(properties, dict) and not is_root_model(classes[name]):
            _check_fields(classes[name], [str(p) for p in properties], aliases or {}, module)
    said = dict.fromkeys(str(w.message) for w in caught if issubclass(w.category, UserWarning))
    return ModelsModule(strictly_typed(code), tuple(said))


def _check_fields(
    node: ast.ClassDef, properties: list[str], aliases: Mapping[str, str], module: str
) -> None:
    """Every property is a field of its own, named exactly as the API model decided: the
    generator is handed the names (``aliases``) and may not choose its own."""
    emitted: dict[str, str] = {}  # wire name -> field name
    for statement in node.body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            alias = _wire_name(statement)
            emitted[statement.target.id if alias is None else alias] = statement.target.id
    by_field: dict[str, str] = {}
    for wire in properties:
        decided = aliases.get(f"{node.name}.{wire}", wire)
        got = emitted.get(wire)
        if got != decided or got in by_field:
            other = by_field.get(got or "") or next(
                (w for w, f in emitted.items() if w != wire and f == decided), None
            )
            raise ClientgenError(
                f"properties {other!r} and {wire!r} of schema {node.name!r} would both be "
                f"the field {decided!r}"
                if other
                else f"property {wire!r} of schema {node.name!r} came out as field {got!r}, "
                f"not {decided!r}",
                file=module,
            )
        by_field[got] = wire


def _wire_name(statement: ast.AnnAssign) -> str | None:
    """The ``alias=`` a field declares, wherever the generator put its ``Field(...)``."""
    for call in ast.walk(statement):
        if isinstance(call, ast.Call):
            for keyword in call.keywords:
                if (
                    keyword.arg == "alias"
                    and isinstance(keyword.value, ast.Constant)
                    and isinstance(keyword.value.value, str)
                ):
                    return keyword.value.value
    return None


def run_generator(text: str, *, base_class: str, header: str, aliases: Mapping[str, str]) -> object:
    """datamodel-code-generator on an OpenAPI document's text, with the options every models
    module is written with (a ``str``, or a mapping of modules the callers refuse)."""
    return generate(
        text,
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        base_class=base_class,
        target_python_version=PythonVersion.PY_311,
        use_union_operator=True,
        use_standard_collections=True,
        use_annotated=True,
        field_constraints=True,
        use_double_quotes=True,
        use_schema_description=True,
        use_field_description=True,
        enum_field_as_literal=LiteralType.All,
        output_datetime_class=DatetimeClassType.Datetime,
        disable_timestamp=True,
        # The generator's own order puts each model after the models of its fields, so
        # that each class is complete when it is created. (Kept order is alphabetical:
        # pydantic would then complete a model by rebuilding the chain of models it refers
        # to, recursively, and a chain of a thousand $refs would not import.)
        keep_model_order=False,
        custom_file_header=header,
        formatters=[],
        # pydantic's EmailStr needs the email-validator package, and would refuse a
        # response over an address its rules dislike: an email is a string here.
        type_mappings=["string+email=string", "string+idn-email=string"],
        aliases=dict(aliases),
    )
