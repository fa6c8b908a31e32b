"""The generator's two shapes that fail `mypy --strict`, made exact (render/model_typing.py),
and nothing else of its text touched."""

from __future__ import annotations

from clientgen.render.model_typing import strictly_typed

GENERATED = """\
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, RootModel

from x._models import BaseModel


class Shape(RootModel[Literal["round", "square"] | str]):
    root: Annotated[Literal["round", "square"] | str, Field(title="Shape")] = "round"


class Tree(RootModel[list]):
    root: list


class Item(BaseModel):
    shape: Annotated[Shape | None, Field(validate_default=True)] = "square"
    named: Annotated[Shape | str | None, Field()] = "round"
    tags: Annotated[list[str], Field(default_factory=list)]
    extra: dict | None = None
    kind: Literal["list"] = "list"
"""


def test_bare_collections_and_raw_defaults_of_root_models_are_made_exact() -> None:
    fixed = strictly_typed(GENERATED)

    assert "class Tree(RootModel[list[Any]]):\n    root: list[Any]\n" in fixed
    assert "extra: dict[str, Any] | None = None" in fixed
    assert '] = Shape("square")' in fixed
    assert "from __future__ import annotations\nfrom typing import Any\n" in fixed
    # Left as they were: a default the annotation types already, a factory, a literal's
    # value, the root model's own default.
    assert 'named: Annotated[Shape | str | None, Field()] = "round"' in fixed
    assert "Field(default_factory=list)" in fixed
    assert 'kind: Literal["list"] = "list"' in fixed
    assert 'Field(title="Shape")] = "round"' in fixed
    compile(fixed, "types.py", "exec")


def test_code_without_those_shapes_is_returned_as_it_is() -> None:
    code = "from __future__ import annotations\n\nclass A:\n    x: list[int] = []\n"
    assert strictly_typed(code) == code
