"""The model generator's work as a background worker runs it (``render.background``).

Light on purpose: the command line imports this before it forks the workers, and the
generator itself (``render.models``, datamodel-code-generator) is imported by whichever
process first runs it, the warmed-up worker, never the main process where there is one.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any, NamedTuple


class ModelsModule(NamedTuple):
    """A models module's source, and what the generator warned about while writing it.
    Defined here, not beside the generator: the main process unpickles it."""

    source: str
    warnings: tuple[str, ...] = ()


def render_models(
    document: dict[str, Any], aliases: dict[str, str], package: str, module: str
) -> ModelsModule:
    """A namespace's models module; plain arguments, so that it can run in a background
    worker."""
    from clientgen.render.models import generate_models

    return generate_models(
        document,
        module=f"{package}.{module}",
        base_class=f"{package}._models.BaseModel",
        aliases=aliases,
    )


# A little of each shape the generator meets: its first run imports most of its modules and
# builds its own pydantic models, which a warmed worker has done already.
_WARM_UP_DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "warm-up", "version": "0"},
    "components": {
        "schemas": {
            "Shape": {"type": "string", "enum": ["round", "square"]},
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "size": {"type": "integer", "minimum": 0, "default": 1},
                    "shape": {"$ref": "#/components/schemas/Shape"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "extra": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                    "meta": {"type": "object", "additionalProperties": {"type": "string"}},
                },
            },
        }
    },
}


def warm_up() -> None:
    """Run the model generator once on a tiny document, so that a worker started early has
    paid its start-up (about 0.4 s, most of a small document's generation) before the real
    work arrives. Best effort: a failure here only means that the first real call pays."""
    from clientgen.render.models import run_generator

    # Whatever went wrong, the real call reports it; an interruption is the main process's
    # to handle (a worker whose warm-up raised would leave the pool broken).
    with contextlib.suppress(Exception, KeyboardInterrupt):
        run_generator(
            json.dumps(_WARM_UP_DOCUMENT), base_class="pydantic.BaseModel", header="", aliases={}
        )
