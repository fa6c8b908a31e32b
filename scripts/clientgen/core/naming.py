"""Python names for things named in specs: one rule each, stable and readable.

Every class, module, method and parameter name of the generated code comes through here, so
the models and the client code always agree.
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import unicodedata
from collections.abc import Callable

import pydantic

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|\d+")
# Names a generated module or class must not take: they would shadow what the code relies on.
_RESERVED_GLOBALS = frozenset(dir(builtins)) | {
    # what the generated modules import beside the models
    "annotations", "typing", "httpx", "pydantic", "builtins", "Any", "Annotated", "Literal",
    "Mapping", "Sequence", "overload", "BaseModel", "RootModel", "Field", "FileInput",
    "BinaryResponse", "datetime", "date",
}  # fmt: skip


def _ascii(text: str) -> str:
    """``text`` in ASCII: accents dropped (``café`` → ``cafe``), every other non-ASCII letter,
    digit or symbol spelled as its code point, a word of its own (``名前`` → ``u540d u524d``,
    ``🎉`` → ``u1f389``), so that two non-ASCII names never fold into one."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if char.isascii():
            out.append(char)
        elif unicodedata.combining(char):
            continue
        elif unicodedata.category(char)[0] in "LNS":
            out.append(f" u{ord(char):x} ")
        else:  # non-ASCII spaces, punctuation, controls: separators
            out.append(" ")
    return "".join(out)


# Names pycodestyle (ruff E741-E743) rejects as ambiguous (``l`` beside ``1``, ``O`` beside
# ``0``): the generated package must pass the lint its users' CI runs.
_AMBIGUOUS = frozenset({"l", "I", "O"})
# Soft keywords, spelled out: the rule must not depend on the Python that runs the generator.
_SOFT_KEYWORDS = frozenset({"_", "case", "match"})
# Names the generated classes' signatures use (``list`` and ``dict`` are spelled
# ``builtins.list`` there): a method or resource attribute of one of these names would hide them.
MEMBER_RESERVED = _AMBIGUOUS | {
    "bool", "builtins", "bytes", "float", "httpx", "int", "object", "overload", "str",
}  # fmt: skip
# Names a generated method's body uses: a parameter of one of these names would hide them.
PARAM_RESERVED = _AMBIGUOUS | {
    "builtins", "cast", "cls", "dict", "encode_base64_file", "file_list", "list", "object",
    "read_file", "request_options", "self", "str",
}  # fmt: skip
# What a cleaned field name must not be: a pydantic model's own attributes, or what the models
# module uses in its annotations.
# What ``hasattr(pydantic.BaseModel, name)`` accepts, its metaclass's (``register``) included:
# datamodel-code-generator guards the same names.
_PYDANTIC_ATTRIBUTES = frozenset(
    n for n in [*dir(pydantic.BaseModel), *dir(type(pydantic.BaseModel))] if not n.startswith("_")
)
_MODEL_RESERVED = _AMBIGUOUS | _PYDANTIC_ATTRIBUTES | {
    "bool", "bytes", "date", "datetime", "dict", "float", "int", "list", "object", "str",
    "time", "timedelta",
}  # fmt: skip
# Longest resource attribute: it is also a module's file name, and file names have a limit.
MAX_MODULE_NAME = 100


def words(text: str) -> list[str]:
    """Split any spelling (camelCase, snake_case, kebab-case, "Title Case") into words."""
    return _WORDS.findall(_ascii(text))


def snake_case(text: str) -> str:
    """``listVoiceSamples`` / ``cloned-voices`` → ``list_voice_samples`` / ``cloned_voices``."""
    name = "_".join(w.lower() for w in words(text)) or "value"
    return safe_identifier(name)


def pascal_case(text: str) -> str:
    """``list voice samples`` / ``clone_voice`` → ``ListVoiceSamples`` / ``CloneVoice``."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or "Model"
    if name[0].isdigit():
        name = "Model" + name
    return name if name not in _RESERVED_GLOBALS else name + "Model"


def camel_case(text: str) -> str:
    """``List Voice Samples`` → ``listVoiceSamples`` (operation ids)."""
    name = pascal_case(text)
    return name[:1].lower() + name[1:]


def safe_identifier(name: str, reserved: frozenset[str] = frozenset({"self", "cls"})) -> str:
    """Make a snake-case name a valid, non-reserved identifier (``class`` → ``class_``).

    A leading digit gets an ``n`` (``1abc`` → ``n1abc``); a keyword, soft keyword or
    ``reserved`` name gets a trailing underscore.
    """
    name = name or "value"
    if name[:1].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in reserved:
        name += "_"
    return name


def member_name(text: str) -> str:
    """A method or resource attribute: snake case, not hiding what the class's code uses."""
    return safe_identifier(snake_case(text), MEMBER_RESERVED | {"self", "cls"})


def param_name(text: str) -> str:
    """A method parameter: snake case, not hiding what the method's body uses."""
    return safe_identifier(snake_case(text), PARAM_RESERVED)


def module_name(text: str) -> str:
    """A member that is also a module file: ``member_name``, kept under ``MAX_MODULE_NAME``
    characters by a digest of the whole name (stable: the same name, the same module)."""
    name = member_name(text)
    if len(name) <= MAX_MODULE_NAME:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:10]
    return f"{name[: MAX_MODULE_NAME - 11]}_{digest}"


def field_name(wire: str) -> str:
    """A model field: the wire name when it is a plain ASCII identifier, else its snake case
    (``a b`` → ``a_b``, ``__init__`` → ``init``, ``名前`` → ``u540d_u524d``); a trailing
    underscore where it would be a keyword or hide a builtin or pydantic's own attribute
    (``class`` → ``class_``, ``json`` → ``json_``). Decided here only: the model generator is
    handed these names."""
    if (
        wire.isascii()
        and wire.isidentifier()
        and not wire.startswith("_")
        and not keyword.iskeyword(wire)
        and wire not in _MODEL_RESERVED
    ):
        return wire
    name = snake_case(wire)
    return name + "_" if name in _MODEL_RESERVED else name


def numbered(base: str, taken: Callable[[str], bool], separator: str = "_") -> str:
    """``base`` numbered from 2 (``list_2``, ``VoiceSample2``) until ``taken`` says the name is
    free: the one way every stage tells apart two things that would share a name. Numbers
    follow document order, so they stay put across runs and unrelated edits."""
    number = 2
    while taken(f"{base}{separator}{number}"):
        number += 1
    return f"{base}{separator}{number}"


def singular(word: str) -> str:
    """A plain English singular, good enough for resource segments (``voices`` → ``voice``)."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def env_var(vendor: str) -> str:
    """The environment variable that holds a vendor's API key: ``BLAND_API_KEY``."""
    return f"{snake_case(vendor).upper()}_API_KEY"
