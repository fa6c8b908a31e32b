"""The cloner bound to the API model: each declared step becomes a call of the generated client.

In: a namespace of the API model and its spec's ``x-clientgen-cloner`` declaration, already
checked against the spec (``spec/cloner_declaration.py``). Out: a ``Cloner`` the templates
render, whose arguments are the generated methods' own Python keywords. An argument the method
does not take, or cannot take from that source, is an error naming both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from clientgen.core.diagnostics import ClientgenError
from clientgen.core.openapi import json_pointer, pointer_parts
from clientgen.spec.cloner_declaration import CAPABILITIES, KEY, OPTION_TYPES

if TYPE_CHECKING:
    from clientgen.model.api_model import Namespace, Operation, Param


# -------------------------------------------------------------------------- what is rendered


@dataclass(frozen=True)
class Shape:
    """How a vendor's schema reads as a shared model: shared field → wire name."""

    fields: dict[str, str]
    model: str  # the vendor's model class: what ``raw`` is
    statuses: dict[str, str] = field(default_factory=dict)  # vendor value → shared status
    constant_status: str | None = None


@dataclass(frozen=True)
class Arg:
    py_name: str  # the keyword of the generated client method
    expr: str  # the Python expression passed


@dataclass(frozen=True)
class Step:
    call: str  # attribute path from the vendor client: "voices.samples.retrieve"
    args: list[Arg]
    keep: list[tuple[str, tuple[str, ...]]]  # (variable, wire path in the result)
    result: str | None = None  # voices | voice | voice_id | samples
    result_path: tuple[str, ...] = ()


# What a shared method makes of its last step's result: the voices, a voice, a voice read back
# by the id the step returned, the samples, the file written to the caller's path, or nothing.
Returns = Literal["voices", "voice", "voice_by_id", "samples", "file", "nothing"]
_RETURNS: dict[str, Returns] = {
    "list_voices": "voices",
    "get_voice": "voice",
    "clone": "voice",
    "list_samples": "samples",
    "download_sample": "file",
}


@dataclass(frozen=True)
class Capability:
    name: str
    steps: list[Step]
    find_in: str | None = None
    one_file: bool = False  # the vendor clones from exactly one file
    returns: Returns = "nothing"
    # The caller's vendor_options go to the last step (clone's: the vendor's own fields).
    takes_vendor_options: bool = False


@dataclass(frozen=True)
class Option:
    name: str
    annotation: str
    description: str


@dataclass(frozen=True)
class Cloner:
    """A vendor's cloner, ready for the templates."""

    vendor: str  # the namespace's module name
    client_class: str
    options: list[Option]
    voice: Shape
    sample: Shape | None
    capabilities: dict[str, Capability]

    @property
    def option_params(self) -> str:
        """The cloner's own options as the leading keyword-only parameters of its constructor
        and of ``connect`` (``"*, assistant_id: int, "``), or nothing."""
        if not self.options:
            return ""
        return "*, " + "".join(f"{o.name}: {o.annotation}, " for o in self.options)

    @property
    def names(self) -> list[str]:
        """What ``capabilities`` reports: the declared operations, and waiting where a voice
        can be read back."""
        found = list(self.capabilities)
        if "get_voice" in self.capabilities:
            found.append("wait_until_ready")
        return sorted(found)


# ------------------------------------------------------------------------------- binding


def bind(namespace: Namespace) -> Cloner | None:
    """The namespace's cloner with Python names, or None where its spec declares none.

    The declaration has been checked against the spec (``check_declaration``); here each
    argument meets the generated method's own parameter, and one the method does not take
    (a cookie, the auth header) or cannot take from that source is an error naming both.
    """
    declaration = namespace.cloner_declaration
    if not isinstance(declaration, dict):
        return None
    by_route: dict[tuple[str, str], tuple[str, Operation]] = {}
    for resource in namespace.root.walk():
        for op in resource.operations:
            call = ".".join((*resource.trail, op.py_name))
            by_route[op.http_method.upper(), op.path] = (call, op)
    option_types = {
        name: OPTION_TYPES[spec["type"]]
        for name, spec in (declaration.get("options") or {}).items()
    }
    options = [
        Option(name, option_types[name], str(spec.get("description") or ""))
        for name, spec in (declaration.get("options") or {}).items()
    ]
    capabilities: dict[str, Capability] = {}
    for name, declared in (declaration.get("operations") or {}).items():
        if isinstance(declared, dict) and "find_in" in declared:
            capabilities[name] = Capability(name, [], find_in=str(declared["find_in"]))
            continue
        steps = declared if isinstance(declared, list) else [declared]
        bound = []
        for index, step in enumerate(steps):
            where = (
                ("operations", name, index) if isinstance(declared, list) else ("operations", name)
            )
            binder = _StepBinder(
                by_route, option_types, CAPABILITIES[name], namespace.source, where
            )
            bound.append(binder.bind(step))
        one_file = any(
            source == "files.0" for step in steps for source in (step.get("args") or {}).values()
        )
        returns = _RETURNS.get(name, "nothing")
        if name == "clone" and bound[-1].result != "voice":
            returns = "voice_by_id"
        capabilities[name] = Capability(
            name, bound, one_file=one_file, returns=returns, takes_vendor_options=name == "clone"
        )
    return Cloner(
        vendor=namespace.module,
        client_class=namespace.client_class,
        options=options,
        voice=_shape(declaration["voice"], namespace),
        sample=_shape(declaration["sample"], namespace) if "sample" in declaration else None,
        capabilities=capabilities,
    )


def _shape(declared: dict[str, Any], namespace: Namespace) -> Shape:
    return Shape(
        fields={str(k): str(v) for k, v in declared["fields"].items()},
        model=namespace.model_classes[str(declared["schema"])],
        statuses={str(k): str(v) for k, v in (declared.get("statuses") or {}).items()},
        constant_status=declared.get("status"),
    )


@dataclass(frozen=True)
class _StepBinder:
    by_route: dict[tuple[str, str], tuple[str, Operation]]
    option_types: dict[str, str]
    capability: tuple[tuple[str, ...], tuple[str, ...]]  # (inputs, results)
    source: str
    where: tuple[str | int, ...]

    def fail(self, message: str, *more: str | int) -> ClientgenError:
        pointer = json_pointer(KEY, *self.where, *more)
        return ClientgenError(message, file=self.source, pointer=pointer)

    def bind(self, step: dict[str, Any]) -> Step:
        inputs, results = self.capability
        method, _, path = str(step["call"]).partition(" ")
        if (method.upper(), path) not in self.by_route:
            raise self.fail(f"{step['call']} is not a method of the generated client", "call")
        call, op = self.by_route[method.upper(), path]
        args = []
        for wire, source in (step.get("args") or {}).items():
            param = next((p for p in op.params if p.wire_name == wire), None)
            if param is None:
                taken = ", ".join(p.wire_name for p in op.params)
                raise self.fail(
                    f"{call}() takes no argument for {wire!r} (it takes: {taken})", "args", wire
                )
            self.check_kind(str(source), param, call)
            args.append(Arg(param.py_name, _expression(str(source), inputs, param)))
        kept = (step.get("keep") or {}).items()
        keep = [(f"kept_{name}", pointer_parts(str(pointer))) for name, pointer in kept]
        result = next((r for r in results if r in step), None)
        return Step(
            call=call,
            args=args,
            keep=keep,
            result=result,
            result_path=pointer_parts(str(step[result])) if result else (),
        )

    def check_kind(self, source: str, param: Param, call: str) -> None:
        """Files go to file parameters (a list to a list), names and options to parameters
        of their type; ids are converted where a vendor's are integers."""
        parts = [member.annotation for member in param.type.members]
        first = param.type.first.annotation
        many = param.type.many_files
        if source in ("files", "files.0"):
            fits = param.is_file and many == (source == "files")
            wanted = "a list of files" if source == "files" else "one file"
        elif source.startswith("option."):
            fits = self.option_types.get(source.removeprefix("option.")) in parts
            wanted = self.option_types.get(source.removeprefix("option."), "?")
        elif source in ("voice_id", "sample_id"):
            fits, wanted = first in ("str", "int"), "a string or integer id"
        elif source == "name":
            fits, wanted = first == "str", "a string"
        else:
            fits, wanted = True, ""  # a value kept from an earlier step: the vendor's own
        if not fits:
            raise self.fail(
                f"{source!r} is {wanted}, but {call}({param.py_name}=...) takes {param.annotation}",
                "args",
                param.wire_name,
            )


def _expression(source: str, inputs: tuple[str, ...], param: Param) -> str:
    """The Python expression for an argument source, converted to the parameter's type where
    the shared interface's string ids meet a vendor's integer ids."""
    if source.startswith("option."):
        return f"self._option_{source.removeprefix('option.')}"
    if source == "files":
        return "files"  # a FileList: the method checks it is one
    if source == "files.0":
        return "files[0]"
    if source in inputs:
        integer = param.type.first.annotation == "int"
        return f"_int_id(VENDOR, {source})" if integer else source
    return f"kept_{source}"
