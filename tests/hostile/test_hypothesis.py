"""Hypothesis: specs with arbitrary names and text generate safe packages, or one clear error.

Each example draws property names (any Unicode, empty included), a schema name (what OpenAPI
allows), prose for every description and values for an enum, a default and an example, and
runs ``clientgen client`` once. A package must import and run without side effects (the probe,
as for the corpus) and pass ``ruff check``; the first few also go through one ``mypy --strict``
run at the end. A failure must be one error line naming two colliding names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile.corpus import PAYLOADS, document
from hostile.harness import Generated, generate, mypy, probe, ruff

# Any character but surrogates (no YAML or UTF-8 file can hold them).
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_HOSTILE = st.one_of(_TEXT, st.sampled_from(list(PAYLOADS.values())))
_SCHEMA_NAME = st.text("abcXYZ019._-", min_size=1, max_size=12)
MYPY_SAMPLE = 3


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    text = draw(_HOSTILE)
    value = draw(_HOSTILE)
    names = draw(st.lists(_TEXT, min_size=1, max_size=4, unique=True))
    props: dict[str, dict[str, Any]] = {}
    for index, name in enumerate(names):
        kind = index % 3
        if kind == 0:
            props[name] = {"type": "string", "description": text, "default": value,
                           "examples": [value]}  # fmt: skip
        elif kind == 1:
            props[name] = {"type": "string", "enum": [value, draw(_TEXT)], "description": text}
        else:
            props[name] = {"type": "integer", "description": text}
    return document(text=text, value=value, props=props, schema_name=draw(_SCHEMA_NAME))


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_arbitrary_specs_generate_safe_code(tmp_path_factory: pytest.TempPathFactory) -> None:
    kept: list[Generated] = []
    counter = iter(range(10_000))

    @settings(
        max_examples=20,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(specs())
    def check(doc: dict[str, Any]) -> None:
        root = tmp_path_factory.mktemp("hypothesis")
        result = generate({"api.yaml": doc}, root, f"hypo_{next(counter)}")
        if result.status != 0:
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "would both be" in lines[0], result.stderr
            return
        probe([result], root / "probe")
        ruff([result], root)
        if len(kept) < MYPY_SAMPLE:
            kept.append(result)

    check()
    assert kept, "no example generated a package"
    mypy(kept, Path(tmp_path_factory.mktemp("hypothesis-mypy")))
