"""Render the API model into the files of the client distribution (before formatting)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import jinja2

from clientgen.model.api_model import Namespace, Operation, Param, Resource, attr_path
from clientgen.model.idempotency import IDEMPOTENT_METHODS
from clientgen.model.schemas import tidy_prose
from clientgen.model.status_errors import STATUS_ERRORS
from clientgen.model.types import TypeRef
from clientgen.render.template_cache import template_cache


@dataclass(frozen=True)
class PackageInfo:
    """Names and version of the distribution being rendered."""

    package: str  # import name: voiceclone
    distribution: str  # index name: voiceclone-sdk
    version: str


def pyrepr(value: object) -> str:
    """A Python literal for plain data (strings, numbers, None, lists, tuples, dicts)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        items = ", ".join(pyrepr(v) for v in value)
        if isinstance(value, list):
            return f"[{items}]"
        return f"({items},)" if len(value) == 1 else f"({items})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not plain data: {value!r}")


def pystr(value: object) -> str:
    """A Python literal for a value from a spec: ``repr`` escapes every string safely."""
    return repr(value)


def docstring(text: object) -> str:
    """Text that is safe inside a triple-quoted docstring, whatever the spec says.

    The prose is tidied (``tidy_prose``: no control or invisible format characters, every line
    break a newline), then backslashes and triple quotes are escaped, and a closing quote is
    kept off the docstring's own.
    """
    cleaned = tidy_prose(str(text)).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return cleaned + " " if cleaned.endswith('"') else cleaned


def oneline(text: str) -> str:
    """Collapse text to one line (an ``Args:`` entry)."""
    return " ".join(text.split())


def comment(text: object) -> str:
    """Text safe as a one-line comment (or a Markdown heading) in a README's code block: no
    line breaks, no control characters, no code fence."""
    return " ".join(tidy_prose(str(text)).split()).replace("```", "` ` `")


def tomlsafe(text: object) -> str:
    """Text safe inside a one-line TOML basic string: quotes, backslashes and control
    characters escaped, the rest as written (``json.dumps`` would write an emoji as a surrogate
    pair, which TOML refuses)."""
    line = " ".join(tidy_prose(str(text)).split())
    escaped = line.replace("\\", "\\\\").replace('"', '\\"')
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cc" else c for c in escaped)


def environment(templates_dir: Path) -> jinja2.Environment:
    """The one Jinja environment: strict about undefined names, every escape a named filter."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=template_cache(),
    )
    env.filters.update(
        pystr=pystr,
        docstring=docstring,
        oneline=oneline,
        comment=comment,
        tomlsafe=tomlsafe,
        pyrepr=pyrepr,
    )
    env.globals.update(res_path=attr_path, example_args=example_args)
    return env


def _example_value(param: Param) -> str:
    if param.is_file:
        return '["sample.wav"]' if param.type.many_files else '"sample.wav"'
    return _example_of(param.type, param.py_name)


_SAMPLES = {"int": "1", "float": "1.0", "bool": "True"}


def _example_of(type_: TypeRef, name: str) -> str:
    """A value of the type for the README's examples (they are type-checked downstream)."""
    shown = type_.first
    if shown.kind == "literal":
        return repr(shown.values[0])
    if shown.kind == "list":
        return f"[{_example_of(shown.args[0], name.removesuffix('s'))}]"
    return _SAMPLES.get(shown.annotation, repr(name.replace("_", "-")))


def example_args(op: Operation) -> str:
    """Arguments for a README call: every path parameter and required argument."""
    args = [_example_value(p) for p in op.path_params]
    args += [
        f"{p.py_name}={_example_value(p)}"
        for p in op.params
        if p.location != "path"
        and p.required
        and not (op.selector and p.py_name == op.selector.param)
    ]
    return ", ".join(args)


def _model_imports(resource: Resource) -> list[str]:
    """The model classes the resource's methods (and its sub-resources') name."""
    return sorted(
        frozenset().union(*(op.models for res in resource.walk() for op in res.operations))
    )


def models_file(info: PackageInfo, ns: Namespace) -> str:
    """Where a namespace's models module goes, relative to the distribution root."""
    return f"src/{info.package}/{ns.module}/types.py"


def render_package(
    namespaces: list[Namespace], info: PackageInfo, templates_dir: Path
) -> dict[str, str]:
    """Every file of the distribution but the models (``render_models``), keyed by its path
    relative to the distribution root."""
    env = environment(templates_dir)
    common = {
        "package": info.package,
        "distribution": info.distribution,
        "version": info.version,
        "status_errors": STATUS_ERRORS,
        "idempotent_methods": IDEMPOTENT_METHODS,
    }
    src = f"src/{info.package}"
    files: dict[str, str] = {}
    for template in sorted((templates_dir / "runtime").glob("*.py.jinja")):
        name = template.name.removesuffix(".jinja")
        files[f"{src}/{name}"] = env.get_template(f"runtime/{template.name}").render(**common)
    cloners = [ns.cloner for ns in namespaces if ns.cloner is not None]
    context = {**common, "namespaces": namespaces, "cloners": cloners}
    files[f"{src}/__init__.py"] = env.get_template("package/__init__.py.jinja").render(**context)
    files[f"{src}/_version.py"] = env.get_template("package/_version.py.jinja").render(**context)
    files[f"{src}/py.typed"] = ""
    files["pyproject.toml"] = env.get_template("package/pyproject.toml.jinja").render(**context)
    files["README.md"] = env.get_template("package/README.md.jinja").render(**context)
    if cloners:
        files[f"{src}/_cloner.py"] = env.get_template("cloner/_cloner.py.jinja").render(**context)
        for cloner in cloners:
            files[f"{src}/{cloner.vendor}/_cloner.py"] = env.get_template(
                "cloner/vendor_cloner.py.jinja"
            ).render(**common, c=cloner)
    for ns in namespaces:
        base = f"{src}/{ns.module}"
        ctx = {**common, "ns": ns}
        files[f"{base}/__init__.py"] = env.get_template("vendor/__init__.py.jinja").render(**ctx)
        files[f"{base}/_client.py"] = env.get_template("vendor/_client.py.jinja").render(**ctx)
        files[f"{base}/resources/__init__.py"] = env.get_template(
            "vendor/resources__init__.py.jinja"
        ).render(**ctx)
        module_template = env.get_template("vendor/resource_module.py.jinja")
        for top in ns.root.children.values():
            files[f"{base}/resources/{top.attr}.py"] = module_template.render(
                **ctx, top=top, model_imports=_model_imports(top)
            )
    return files
