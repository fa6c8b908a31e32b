"""Pydantic v2 models for a namespace's schemas, written by datamodel-code-generator."""

from __future__ import annotations

import ast
import json
from typing import Any

from datamodel_code_generator import InputFileType, generate
from datamodel_code_generator.enums import DataModelType
from datamodel_code_generator.format import DatetimeClassType, PythonVersion
from datamodel_code_generator.parser import LiteralType

from clientgen.diagnostics import ClientgenError


def generate_models(document: dict[str, Any], *, module: str, base_class: str) -> str:
    """The source of a models module for ``document``'s component schemas.

    The generator's output is checked: every component must come out as a class under the name
    the API model decided, or the client code and the models would disagree.
    """
    schemas = (document.get("components") or {}).get("schemas") or {}
    if not schemas:
        return '"""No schemas."""\n'
    try:
        code = generate(
            json.dumps(document),
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
            keep_model_order=True,
            custom_file_header=f'"""Models of the {module} API (from its normalized spec)."""',
            formatters=[],
        )
    except Exception as exc:  # the generator raises many kinds; one clear error names the spec
        raise ClientgenError(f"datamodel-code-generator failed: {exc}", file=module) from exc
    if not isinstance(code, str):
        raise ClientgenError("datamodel-code-generator returned several modules", file=module)
    defined = {node.name for node in ast.parse(code).body if isinstance(node, ast.ClassDef)}
    missing = sorted(set(schemas) - defined)
    if missing:
        raise ClientgenError(f"the model generator did not produce classes {missing}", file=module)
    return code
