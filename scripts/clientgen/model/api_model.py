"""The API model: what the templates see. Every Python name is decided here, once.

Vendors (namespaces) → resources → operations → parameters, each with its decided Python
name and its type as a :class:`~clientgen.model.types.TypeRef`; kinds are ``Literal`` types.
``model/builder.py`` builds it from OpenAPI documents, so no template digs through a raw spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from clientgen.core.diagnostics import Diagnostic
from clientgen.model.idempotency import IDEMPOTENT_METHODS, is_idempotency_header
from clientgen.model.security import Requirement, Security
from clientgen.model.types import TypeRef

if TYPE_CHECKING:
    from clientgen.model.cloner_binding import Cloner

# Where an argument goes: the URL's path or query, a header, the JSON body, a multipart form
# field or a multipart file part.
ParamLocation = Literal["path", "query", "header", "body", "form", "file"]
BodyKind = Literal["json", "multipart"]
# What a method returns: a parsed model, a binary download, nothing, or either of the first
# two as a selector parameter picks (``format=json``).
ResponseKind = Literal["json", "binary", "empty", "selected"]

# Public attributes of the runtime's clients: a resource of one of these names would hide them.
CLIENT_ATTRIBUTES = frozenset(
    {"base_url", "close", "max_retries", "profile", "request_binary", "request_empty",
     "request_json", "timeout", "with_options", "with_raw_response"}
)  # fmt: skip
# What the package's __init__ and a vendor's _client module import beside the client classes.
CLIENT_RESERVED = frozenset(
    {"APIConnectionError", "APIError", "APIResponseValidationError", "APIStatusError",
     "APITimeoutError", "AuthenticationError", "BadRequestError", "BinaryResponse",
     "ConflictError", "InternalServerError", "InvalidFileError", "MissingAPIKeyError",
     "NotFoundError", "PaymentRequiredError", "PermissionDeniedError", "RateLimitError",
     "RawResponse", "UnprocessableEntityError", "VoiceCloneError", "AsyncAPIClient",
     "SecurityScheme", "EnvelopeSpec", "ErrorSpec", "SyncAPIClient", "VendorProfile",
     "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "PROFILE", "Mapping", "httpx"}
)  # fmt: skip
# Keyword arguments every method takes; a spec parameter of the same name is renamed.
RESERVED_KWARGS = frozenset({"self", "timeout", "max_retries", "extra_headers", "extra_query"})


@dataclass(frozen=True)
class Base64File:
    """A body field that carries files as base64 objects (``x-clientgen-base64-file``)."""

    filename_key: str
    data_key: str
    content_type_key: str
    require_audio: bool


@dataclass(frozen=True)
class Param:
    """One argument of a generated method."""

    wire_name: str
    py_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    default: Any = None  # the documented default (informational; omitted values are not sent)
    base64_file: Base64File | None = None  # for body fields whose items are base64 files
    is_file: bool = False
    audio: bool = False  # a file the document says is audio: checked before it is sent

    @property
    def annotation(self) -> str:
        return self.type.annotation

    @property
    def doc(self) -> str:
        """What the docstring says of it: the document's description, else where it goes."""
        return self.description or f"The ``{self.wire_name}`` {_LOCATION_WORDS[self.location]}."


_LOCATION_WORDS: dict[ParamLocation, str] = {
    "path": "path parameter",
    "query": "query parameter",
    "header": "header",
    "body": "field of the request body",
    "form": "form field",
    "file": "file to upload",
}


@dataclass(frozen=True)
class Selector:
    """A parameter whose value picks the response's media type (``format=json`` vs audio)."""

    param: str  # py_name
    default: str
    binary_values: tuple[str, ...]
    json_values: tuple[str, ...]


@dataclass
class Operation:
    """One generated method."""

    py_name: str
    operation_id: str
    http_method: str
    path: str
    summary: str
    description: str
    params: list[Param]
    body_kind: BodyKind | None
    response_kind: ResponseKind
    return_type: TypeRef  # the model class for json (and the json branch of a selector)
    selector: Selector | None = None
    declared_name: bool = False  # named by x-clientgen-name: never renamed, a clash is an error
    # The alternatives it accepts when they differ from the document's (``()``: none needed).
    security: tuple[Requirement, ...] | None = None
    source: str = ""
    returns_description: str = ""  # the success response's description
    errors: tuple[DocumentedError, ...] = ()

    @property
    def return_annotation(self) -> str:
        return self.return_type.annotation

    @property
    def models(self) -> frozenset[str]:
        """The model classes its signature names."""
        return self.return_type.models.union(*(p.type.models for p in self.params))

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    def params_in(self, *locations: ParamLocation) -> list[Param]:
        return [p for p in self.params if p.location in locations]

    @property
    def raises(self) -> list[tuple[str, str]]:
        """The docstring's "Raises" entries, (exception class, when): each status the document
        lists, then the files' and the catch-all ones (``default`` and ``4XX`` folded into it)."""
        entries = [
            (e.exception, f"{e.status}: {e.description}" if e.description else e.status)
            for e in self.errors
            if e.exception != "APIStatusError"
        ]
        if any(p.is_file for p in self.params):
            audio = ", or is not audio" if any(p.audio for p in self.params) else ""
            entries.append(
                ("InvalidFileError", f"a file that cannot be read{audio}, before any request.")
            )
        others = "; ".join(
            f"{e.status}: {e.description}" if e.description else e.status
            for e in self.errors
            if e.exception == "APIStatusError"
        )
        documented = any(e.exception != "APIStatusError" for e in self.errors)
        catch_all = "any other non-2xx response" if documented else "a non-2xx response"
        entries.append(
            ("APIStatusError", f"{catch_all} ({others})." if others else f"{catch_all}.")
        )
        if self.response_kind in ("json", "selected"):
            entries.append(
                (
                    "APIResponseValidationError",
                    "a 2xx body that is not JSON, or not even its outer shape.",
                )
            )
        entries.append(("APIConnectionError", "no response, after the retries."))
        return entries

    @property
    def retried(self) -> bool:
        """Whether the client tries it again after it may have reached the server (5xx, 429,
        a timeout): its method is idempotent, or it sends an idempotency key."""
        return self.http_method.upper() in IDEMPOTENT_METHODS or self.idempotency_header is not None

    @property
    def idempotency_header(self) -> str | None:
        """The header parameter that makes a retry safe (``Idempotency-Key``), if it has one:
        the client then sends a fresh key per call, the same on each retry."""
        return next(
            (p.wire_name for p in self.params_in("header") if is_idempotency_header(p.wire_name)),
            None,
        )


@dataclass(frozen=True)
class DocumentedError:
    """A non-2xx response the document lists, for the method's "Raises" section."""

    status: str  # as in the document: "404", "4XX", "default"
    exception: str  # the class the client raises for it
    description: str


@dataclass
class Resource:
    """A group of operations under one attribute (``client.voices.samples``)."""

    attr: str
    class_name: str
    operations: list[Operation] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)
    trail: tuple[str, ...] = ()  # the attributes from the client to here

    def walk(self) -> list[Resource]:
        """This resource and every resource below it, depth first."""
        found = [self]
        for child in self.children.values():
            found.extend(child.walk())
        return found


@dataclass
class Namespace:
    """One vendor (one document): its client class, runtime profile, resources and models."""

    module: str
    client_class: str
    title: str
    description: str
    default_base_url: str
    api_key_env: str
    security: Security
    error_code_pointers: list[str]
    error_message_pointers: list[str]
    envelope_data: str | None
    envelope_request_id: str | None
    root: Resource
    model_names: list[str]
    # Component name -> the model class that stands for it.
    model_classes: dict[str, str]
    document: dict[str, Any]  # the codegen view handed to the model generator
    # "Class.wire_name" -> field name, for every property whose field is not spelled as on the wire
    field_aliases: dict[str, str] = field(default_factory=dict)
    # What the model decided on its own that the spec's author may want to name (see report).
    warnings: list[Diagnostic] = field(default_factory=list)
    # The spec's x-clientgen-cloner declaration, as written, and bound to this namespace's
    # methods (model/cloner_binding.py) once they are built.
    cloner_declaration: dict[str, Any] | None = None
    cloner: Cloner | None = None
    source: str = ""  # the spec's file, for errors

    @property
    def env_prefix(self) -> str:
        """What the client's environment variables start with (``BLAND``), as the runtime's."""
        return self.api_key_env.removesuffix("_API_KEY")

    @property
    def credential_variables(self) -> dict[str, str]:
        """Each credential argument's environment variable, as the runtime reads it."""
        prefix = self.env_prefix
        return {arg: f"{prefix}_{arg.upper()}" for arg in self.security.credential_arguments}


def attr_path(node: Resource, root: Resource) -> list[str]:
    """The attribute path from the root to ``node`` (``root`` is the namespace's root)."""
    return list(node.trail[len(root.trail) :])
