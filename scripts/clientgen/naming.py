"""Python names for things named in specs: one rule each, stable and readable.

Every class, module, method and parameter name of the generated code comes through here, so
the models and the client code always agree.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|\d+")
# Names a generated module or class must not take: they would shadow what the code relies on.
_RESERVED_GLOBALS = frozenset(dir(builtins)) | {
    # what the generated modules import beside the models
    "annotations", "typing", "httpx", "pydantic", "builtins", "Any", "Annotated", "Literal",
    "Mapping", "Sequence", "overload", "BaseModel", "RootModel", "Field", "FileInput",
    "BinaryResponse", "datetime", "date",
}  # fmt: skip


def words(text: str) -> list[str]:
    """Split any spelling (camelCase, snake_case, kebab-case, "Title Case") into words."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _WORDS.findall(ascii_text)


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


def safe_identifier(name: str) -> str:
    """Make a snake-case name a valid, non-reserved identifier (``class`` → ``class_``)."""
    if name[:1].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in ("self", "cls"):
        name += "_"
    return name


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
