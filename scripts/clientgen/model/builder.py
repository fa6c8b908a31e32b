"""Build the API model from normalized OpenAPI documents, one namespace each.

In: ``(namespace name, document, source)`` triples. Out: :class:`~clientgen.model.api_model.
Namespace` objects with every Python name decided (methods from paths, ``x-clientgen-name``
where declared; collisions resolved with a warning or refused naming both places), every type
a ``TypeRef``, and the vendor's cloner bound to the methods it calls.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.core.naming import (
    env_var,
    member_name,
    module_name,
    numbered,
    param_name,
    pascal_case,
    singular,
    snake_case,
)
from clientgen.core.openapi import deref, json_pointer, operations
from clientgen.core.schema_shapes import is_open_object
from clientgen.model.api_model import (
    CLIENT_ATTRIBUTES,
    CLIENT_RESERVED,
    RESERVED_KWARGS,
    Base64File,
    BodyKind,
    DocumentedError,
    Namespace,
    Operation,
    Param,
    ParamLocation,
    Resource,
    ResponseKind,
    Selector,
    attr_path,
)
from clientgen.model.cloner_binding import bind
from clientgen.model.schemas import class_names, codegen_view, field_aliases
from clientgen.model.security import read_security, requirements
from clientgen.model.status_errors import error_class
from clientgen.model.types import (
    BINARY_RESPONSE,
    MANY_FILES,
    NONE,
    OBJECT,
    ONE_FILE,
    TypeMapper,
    TypeRef,
    literal,
)
from clientgen.spec.cloner_declaration import KEY as CLONER_KEY

_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")
_VERSION_SEGMENT = re.compile(r"^(api|v\d+(\.\d+)?|public)$")
_BINARY_MEDIA = re.compile(r"^(audio|video|image)/|^application/(octet-stream|pdf|zip)$")


def build_api_model(documents: list[tuple[str, dict[str, Any], str]]) -> list[Namespace]:
    """Namespaces from (namespace name, OpenAPI document, source for errors) triples.

    Two namespaces that would get one Python name are an error naming both sources.
    """
    seen: dict[str, str] = {}
    classes: dict[str, str] = {}
    namespaces = []
    for name, document, source in documents:
        module = module_name(name)
        if module in seen:
            raise ClientgenError(
                f"namespace {name!r} gets the module name {module!r}, "
                f"already taken by {seen[module]}",
                file=source,
            )
        seen[module] = source
        namespace = _NamespaceBuilder(module, document, source).build()
        namespace.cloner = bind(namespace)
        for class_name in (namespace.client_class, "Async" + namespace.client_class):
            if class_name in classes:
                raise ClientgenError(
                    f"namespace {name!r} gets the client class {class_name!r}, "
                    f"already taken by {classes[class_name]}",
                    file=source,
                )
            classes[class_name] = source
        namespaces.append(namespace)
    return namespaces


class _NamespaceBuilder:
    def __init__(self, module: str, document: dict[str, Any], source: str) -> None:
        self.module = module
        self.doc = document
        self.source = source
        self.warnings: list[Diagnostic] = []
        self.resource_classes: dict[str, str] = {}  # class name -> resource trail
        paths = document.get("paths") or {}
        # Paths with an item below them (/pricing has /pricing/{id}): a GET on one lists.
        self.collections = {p.rsplit("/{", 1)[0] for p in paths if "/{" in p}
        self.class_names = class_names(document, source, self.warnings)
        self.types = TypeMapper(self.class_names)

    def build(self) -> Namespace:
        ext = self.doc.get("x-clientgen") or {}
        error = ext.get("error") or {}
        envelope = ext.get("envelope") or {}
        self.security = read_security(self.doc, self.source, self.warnings)
        servers = self.doc.get("servers") or [{"url": ""}]
        client_class = pascal_case(self.module)
        if client_class in CLIENT_RESERVED or client_class.endswith("Resource"):
            client_class += "Client"
        root = Resource(attr="", class_name=client_class)
        self._place_operations(root)
        return Namespace(
            module=self.module,
            client_class=client_class,
            title=str(self.doc.get("info", {}).get("title", self.module)),
            description=str(self.doc.get("info", {}).get("description", "")),
            default_base_url=str(servers[0].get("url", "")).rstrip("/"),
            api_key_env=env_var(self.module),
            security=self.security,
            error_code_pointers=list(error.get("code") or []),
            error_message_pointers=list(error.get("message") or []),
            envelope_data=envelope.get("data"),
            envelope_request_id=envelope.get("request_id"),
            root=root,
            model_names=sorted(self.class_names.values()),
            model_classes=dict(self.class_names),
            document=codegen_view(self.doc, self.class_names, self.module),
            field_aliases=field_aliases(self.doc, self.class_names, self.source, self.warnings),
            warnings=self.warnings,
            cloner_declaration=self.doc.get(CLONER_KEY),
            source=self.source,
        )

    # -- resources --------------------------------------------------------------------------

    def _place_operations(self, root: Resource) -> None:
        placed: dict[tuple[tuple[str, ...], str], str] = {}
        for path, method, op in operations(self.doc):
            where = json_pointer("paths", path, method)
            resource_path, method_name = self._operation_name(path, method, op)
            if not resource_path:
                resource_path = self._fallback_resource(path, method, where)
            key = (resource_path, method_name)
            if key in placed and not op.get("x-clientgen-name"):
                # Two operations that the path alone names alike: the later one is named
                # after its operationId, so that a large document loses nothing.
                fallback = (resource_path, self._name_from_operation_id(path, method, op))
                if fallback not in placed:
                    self.warnings.append(
                        Diagnostic(
                            f"{'.'.join((*resource_path, method_name))} is already "
                            f"{placed[key]}; this operation is "
                            f"{'.'.join((*resource_path, fallback[1]))} (set x-clientgen-name "
                            "to name it otherwise)",
                            file=self.source,
                            pointer=where,
                        )
                    )
                    key, method_name = fallback, fallback[1]
            if key in placed and op.get("x-clientgen-name"):
                raise ClientgenError(
                    f"{'.'.join((*resource_path, method_name))} is claimed by {placed[key]} and "
                    f"{where}; set x-clientgen-name on one of them",
                    file=self.source,
                    pointer=where,
                )
            if key in placed:
                # Still taken: numbered in document order, which an edit elsewhere in the
                # document does not change.
                siblings = {name for trail, name in placed if trail == resource_path}
                numbered_name = numbered(method_name, siblings.__contains__)
                self.warnings.append(
                    Diagnostic(
                        f"{'.'.join((*resource_path, method_name))} is already {placed[key]}; "
                        f"this operation is {'.'.join((*resource_path, numbered_name))} (set "
                        "x-clientgen-name to name it otherwise)",
                        file=self.source,
                        pointer=where,
                    )
                )
                key, method_name = (resource_path, numbered_name), numbered_name
            placed[key] = where
            if resource_path[0] in CLIENT_ATTRIBUTES:
                raise ClientgenError(
                    f"resource {resource_path[0]!r} would hide the client's own attribute; set "
                    "x-clientgen-name to another name",
                    file=self.source,
                    pointer=where,
                )
            node = root
            for depth, attr in enumerate(resource_path, 1):
                if attr not in node.children:
                    trail = resource_path[:depth]
                    class_name = self._resource_class(list(trail), where)
                    node.children[attr] = Resource(attr=attr, class_name=class_name, trail=trail)
                node = node.children[attr]
            node.operations.append(self._operation(path, method, op, method_name, where))
        self._check_resource_names(root, placed)

    def _fallback_resource(self, path: str, method: str, where: str) -> tuple[str, ...]:
        """A resource for a path with no word of its own (``/v1/{name}``, ``/``): its first
        segment (``v1``), or ``api``; with a warning, as the name is a guess."""
        first = next((s for s in path.strip("/").split("/") if s and "{" not in s), "")
        resource = module_name(first) if first else "api"
        if resource in CLIENT_ATTRIBUTES:
            resource = "api"
        self.warnings.append(
            Diagnostic(
                f"{method.upper()} {path} names no resource; its methods are on "
                f"client.{resource} (set x-clientgen-name to 'resource.method' to choose)",
                file=self.source,
                pointer=where,
            )
        )
        return (resource,)

    def _resource_class(self, trail: list[str], where: str) -> str:
        """The class of a resource, unique in the namespace: ``sms_logs`` and ``sms.logs``
        would both be SmsLogsResource, so the later one is numbered (with a warning)."""
        base = pascal_case(" ".join(trail))
        name, number = base + "Resource", 2
        while name in self.resource_classes:
            name, number = f"{base}{number}Resource", number + 1
        if number > 2:
            self.warnings.append(
                Diagnostic(
                    f"resource {'.'.join(trail)} is the class {name}: {base}Resource is "
                    f"{self.resource_classes[base + 'Resource']}",
                    file=self.source,
                    pointer=where,
                )
            )
        self.resource_classes[name] = ".".join(trail)
        return name

    def _check_resource_names(
        self, root: Resource, placed: dict[tuple[tuple[str, ...], str], str]
    ) -> None:
        """A method and a sub-resource of one name would shadow each other; class names are one."""
        classes: dict[str, str] = {}
        for resource in root.walk()[1:]:
            trail = tuple(attr_path(resource, root))
            if resource.class_name in classes:
                raise ClientgenError(
                    f"resources {classes[resource.class_name]} and {'.'.join(trail)} would both "
                    f"be the class {resource.class_name}",
                    file=self.source,
                )
            classes[resource.class_name] = ".".join(trail)
            for op in resource.operations:
                if op.py_name not in resource.children:
                    continue
                where = placed[trail, op.py_name]
                if op.declared_name:
                    raise ClientgenError(
                        f"{'.'.join((*trail, op.py_name))} is both a method and a sub-resource; "
                        "set x-clientgen-name on one of them",
                        file=self.source,
                        pointer=where,
                    )
                # The sub-resource keeps the attribute; the method says its HTTP method too.
                taken = {o.py_name for o in resource.operations} | set(resource.children)
                renamed = f"{op.py_name}_{op.http_method}"
                if renamed in taken:
                    renamed = numbered(renamed, taken.__contains__)
                self.warnings.append(
                    Diagnostic(
                        f"{'.'.join((*trail, op.py_name))} is a sub-resource; this operation is "
                        f"the method {'.'.join((*trail, renamed))} (set x-clientgen-name to "
                        "name it otherwise)",
                        file=self.source,
                        pointer=where,
                    )
                )
                op.py_name = renamed
                placed[trail, renamed] = where

    def _operation_name(
        self, path: str, method: str, op: dict[str, Any]
    ) -> tuple[tuple[str, ...], str]:
        declared = op.get("x-clientgen-name")
        if declared:
            parts = str(declared).split(".")
            return tuple(module_name(p) for p in parts[:-1]), member_name(parts[-1])
        segments = [s for s in path.strip("/").split("/") if s]
        while segments and _VERSION_SEGMENT.match(segments[0]):
            segments.pop(0)
        statics = [snake_case(s) for s in segments if not s.startswith("{")]
        ends_with_param = bool(segments) and segments[-1].startswith("{")
        if (
            method != "get"
            and len(segments) >= 2
            and segments[-2].startswith("{")
            and not ends_with_param
            and statics
            and path.rstrip("/") not in self.collections
            and "get" not in (self.doc.get("paths") or {}).get(path, {})
        ):
            # POST /voices/{id}/rename: an action on the item (unless rename can be read or
            # has items of its own: then it is a sub-resource, and POST creates in it).
            return tuple(module_name(s) for s in statics[:-1]), member_name(statics[-1])
        # GET /pets/{id}/photo reads one thing; GET /voices/{id}/samples lists many.
        one = ends_with_param or (
            bool(statics)
            and singular(statics[-1]) == statics[-1]
            and path.rstrip("/") not in self.collections
        )
        verbs = {"get": "retrieve" if one else "list", "post": "create",
                 "put": "update", "patch": "update", "delete": "delete"}  # fmt: skip
        return tuple(module_name(s) for s in statics), member_name(verbs.get(method, method))

    def _name_from_operation_id(self, path: str, method: str, op: dict[str, Any]) -> str:
        """The method name an operationId gives, without the path and method that FastAPI
        appends to a function's name (``get_pricing_admin_pricing__pricing_id__get``)."""
        operation_id = str(op.get("operationId") or f"{method} {path}")
        generated_suffix = re.sub(r"\W", "_", path) + "_" + method
        if operation_id.endswith(generated_suffix) and len(operation_id) > len(generated_suffix):
            operation_id = operation_id[: -len(generated_suffix)]
        return member_name(snake_case(operation_id))

    # -- operations -------------------------------------------------------------------------

    def _deref(self, node: Any) -> Any:
        return deref(self.doc, node)

    def _operation(
        self, path: str, method: str, op: dict[str, Any], py_name: str, where: str
    ) -> Operation:
        params = self._parameters(path, op)
        body_kind, body_params = self._body(op, where)
        params.extend(body_params)
        self._check_param_names(params, where)
        response_kind, return_type, selector = self._response(op, params, where)
        security = requirements(
            op.get("security"), self.security.schemes, self.source, where + "/security",
            self.warnings,
        )  # fmt: skip
        return Operation(
            py_name=py_name,
            operation_id=str(op["operationId"]),
            http_method=method,
            path=path,
            summary=str(op.get("summary", "")),
            description=str(op.get("description", "")),
            params=params,
            body_kind=body_kind,
            response_kind=response_kind,
            return_type=return_type,
            selector=selector,
            declared_name=bool(op.get("x-clientgen-name")),
            # Stated only where it differs from the document's default.
            security=None if security == self.security.default else security,
            source=", ".join(op.get("x-clientgen-sources") or []),
            returns_description=self._returns_description(op),
            errors=self._documented_errors(op),
        )

    def _returns_description(self, op: dict[str, Any]) -> str:
        responses = op.get("responses") or {}
        success = sorted(s for s in responses if str(s).startswith("2"))
        response = self._deref(responses[success[0]]) if success else {}
        return str(response.get("description") or "") if isinstance(response, dict) else ""

    def _documented_errors(self, op: dict[str, Any]) -> tuple[DocumentedError, ...]:
        errors = []
        for status, response_ref in sorted((op.get("responses") or {}).items(), key=str):
            status = str(status)
            if status[:1] in ("1", "2", "3"):
                continue
            response = self._deref(response_ref)
            description = response.get("description") if isinstance(response, dict) else None
            errors.append(DocumentedError(status, error_class(status), str(description or "")))
        return tuple(errors)

    def _parameters(self, path: str, op: dict[str, Any]) -> list[Param]:
        segments = path.strip("/").split("/")
        # The segment each path parameter stands in, anywhere in it (/t/{id}.json, {a}-{b}).
        position = {
            name: index
            for index, segment in enumerate(segments)
            for name in _PATH_PARAMETER.findall(segment)
        }
        result = []
        raw = [self._deref(p) for p in op.get("parameters") or []]
        order = {"path": 0, "query": 1, "header": 2}
        for param in sorted(
            (p for p in raw if p.get("in") in order),
            key=lambda p: (order[p["in"]], position.get(p["name"], 0) if p["in"] == "path" else 0),
        ):
            name = str(param["name"])
            py_name = param_name(name)
            if param.get("x-clientgen-name"):
                py_name = param_name(str(param["x-clientgen-name"]))
            elif param["in"] == "path" and py_name == "id" and name in position:
                # /voices/{id}: `voice_id` says which id it is.
                before = [s for s in segments[: position[name]] if not s.startswith("{")]
                if before:
                    py_name = singular(snake_case(before[-1])) + "_id"
            schema = param.get("schema") or {}
            result.append(
                Param(
                    wire_name=name,
                    py_name=py_name,
                    location=param["in"],
                    type=self.types.of(schema),
                    required=bool(param.get("required")) or param["in"] == "path",
                    description=str(param.get("description", "")),
                    default=schema.get("default"),
                )
            )
        return result

    def _body(self, op: dict[str, Any], where: str) -> tuple[BodyKind | None, list[Param]]:
        body = self._deref(op.get("requestBody"))
        if not body:
            return None, []
        content = body.get("content") or {}
        kind: BodyKind | None = "json" if "application/json" in content else (
            "multipart" if "multipart/form-data" in content else None
        )  # fmt: skip
        if kind is None:
            return None, []
        media = content["application/json" if kind == "json" else "multipart/form-data"]
        schema = self._deref(media.get("schema") or {})
        required = set(schema.get("required") or [])
        params = []
        for name, prop_ref in (schema.get("properties") or {}).items():
            prop = self._deref(prop_ref)
            items = self._deref(prop.get("items")) if isinstance(prop.get("items"), dict) else None
            base64 = (items or {}).get("x-clientgen-base64-file") or prop.get(
                "x-clientgen-base64-file"
            )
            is_binary = prop.get("format") == "binary" or (items or {}).get("format") == "binary"
            if base64 or is_binary:
                type_ = MANY_FILES if items is not None else ONE_FILE
            else:
                type_ = self.types.of(prop_ref)
            declared_media = (
                ((media.get("encoding") or {}).get(name) or {}).get("contentType")
                or prop.get("contentMediaType")
                or (items or {}).get("contentMediaType")
                or ""
            )
            audio = _is_audio(declared_media) or (bool(base64) and _is_audio(base64.get("accept")))
            location: ParamLocation = "file" if kind == "multipart" and is_binary else (
                "form" if kind == "multipart" else "body"
            )  # fmt: skip
            params.append(
                Param(
                    wire_name=name,
                    py_name=param_name(
                        str(
                            prop_ref.get("x-clientgen-name") or prop.get("x-clientgen-name") or name
                        )
                    ),
                    location=location,
                    type=type_,
                    required=name in required,
                    description=str(prop.get("description") or prop_ref.get("description") or ""),
                    default=prop.get("default"),
                    base64_file=self._base64_file(base64, items or prop, where) if base64 else None,
                    is_file=bool(base64) or is_binary,
                    audio=audio and (bool(base64) or is_binary),
                )
            )
        return kind, params

    def _base64_file(
        self, declared: dict[str, Any], schema: dict[str, Any], where: str
    ) -> Base64File:
        fields = set(schema.get("properties") or {})
        keys = {k: declared.get(k) for k in ("filename", "data", "content_type")}
        missing = [str(v) for v in keys.values() if v and v not in fields]
        if not keys["data"] or missing:
            raise ClientgenError(
                f"x-clientgen-base64-file names fields {missing or ['(no data)']} that the "
                f"schema does not have (it has {sorted(fields)})",
                file=self.source,
                pointer=where + "/requestBody",
            )
        return Base64File(
            filename_key=str(keys["filename"] or ""),
            data_key=str(keys["data"]),
            content_type_key=str(keys["content_type"] or ""),
            require_audio=_is_audio(declared.get("accept")),
        )

    def _check_param_names(self, params: list[Param], where: str) -> None:
        seen: dict[str, Param] = {}
        for index, param in enumerate(params):
            if param.py_name in RESERVED_KWARGS:
                params[index] = param = replace(param, py_name=param.py_name + "_")
            other = seen.get(param.py_name)
            qualified = f"{param.location}_{param.py_name}"
            if other is not None and other.location != param.location and qualified not in seen:
                # A body field named like a path parameter (Burki's voice_id): the later one
                # is qualified by where it goes.
                self.warnings.append(
                    Diagnostic(
                        f"the {param.location} parameter {param.wire_name!r} is the argument "
                        f"{qualified!r}: {param.py_name!r} is the {other.location} parameter "
                        "(set x-clientgen-name to name it otherwise)",
                        file=self.source,
                        pointer=where,
                    )
                )
                params[index] = param = replace(param, py_name=qualified)
            elif other is not None:
                # Numbered in the order the document lists them: stable across runs.
                numbered_name = numbered(param.py_name, seen.__contains__)
                self.warnings.append(
                    Diagnostic(
                        f"parameters {other.wire_name!r} and {param.wire_name!r} would both be "
                        f"named {param.py_name!r}; the {param.location} parameter "
                        f"{param.wire_name!r} is the argument {numbered_name!r} (set "
                        "x-clientgen-name to name it otherwise)",
                        file=self.source,
                        pointer=where,
                    )
                )
                params[index] = param = replace(param, py_name=numbered_name)
            seen[param.py_name] = param

    def _response(
        self, op: dict[str, Any], params: list[Param], where: str
    ) -> tuple[ResponseKind, TypeRef, Selector | None]:
        responses = op.get("responses") or {}
        success = sorted(s for s in responses if str(s).startswith("2"))
        if not success:
            return "empty", NONE, None
        response = self._deref(responses[success[0]])
        content = response.get("content") or {}
        json_media = next(
            (m for m in content if m == "application/json" or m.endswith("+json")), None
        )
        binary_media = [m for m in content if _BINARY_MEDIA.match(m)]
        returned = NONE
        if json_media is not None:
            schema = content[json_media].get("schema") or {}
            returned = self._returned(self._unwrapped(schema))
        declared = op.get("x-clientgen-response-selector")
        if declared:
            selector = self._selector(declared, params, where)
            return "selected", returned, selector
        if json_media is not None:
            return "json", returned, None
        if binary_media or any("format" in (c.get("schema") or {}) for c in content.values()):
            return "binary", BINARY_RESPONSE, None
        return "empty", NONE, None

    def _returned(self, schema: Any) -> TypeRef:
        """What a JSON response gives its caller; a map of JSON values for an object the
        document gives no field (FastAPI's ``dict`` responses), not an empty model."""
        returned = self.types.of(schema).returnable
        target = self._deref(schema)
        if returned.kind == "model" and isinstance(target, dict) and is_open_object(target):
            return TypeRef("dict", args=(OBJECT,))
        return returned

    def _selector(self, declared: dict[str, Any], params: list[Param], where: str) -> Selector:
        param = next((p for p in params if p.wire_name == declared.get("parameter")), None)
        values = declared.get("values") or {}
        if param is None or not values:
            raise ClientgenError(
                f"x-clientgen-response-selector names parameter {declared.get('parameter')!r}, "
                "which the operation does not have",
                file=self.source,
                pointer=where + "/x-clientgen-response-selector",
            )
        json_values = tuple(v for v, media in values.items() if "json" in str(media))
        binary_values = tuple(v for v in values if v not in json_values)
        default = str(param.default if param.default is not None else binary_values[0])
        index = params.index(param)
        params[index] = replace(param, type=literal(list(values)) or param.type)
        return Selector(param.py_name, default, binary_values, json_values)

    def _unwrapped(self, schema: dict[str, Any]) -> Any:
        """The type a method returns: the envelope's data when the vendor declares one."""
        data_pointer = ((self.doc.get("x-clientgen") or {}).get("envelope") or {}).get("data")
        if not data_pointer:
            return schema
        node: Any = schema
        for part in data_pointer.strip("/").split("/"):
            resolved = self._deref(node)
            props = resolved.get("properties") if isinstance(resolved, dict) else None
            if not props or part not in props:
                return schema
            node = props[part]
        return node


def _is_audio(media_type: object) -> bool:
    """Whether a declared media type (``audio/*``, ``audio/wav``) is audio."""
    return str(media_type or "").startswith("audio/")
