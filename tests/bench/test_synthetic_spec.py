"""The benchmark's synthetic specs are valid OpenAPI 3.1 and deterministic."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from openapi_spec_validator import validate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "bench"))

import synthetic_spec


def test_spec_is_valid_and_deterministic() -> None:
    spec = synthetic_spec.make_spec(50)
    validate(spec)
    assert len(spec["components"]["schemas"]) == 50
    ops = [m for item in spec["paths"].values() for m in item]
    assert len(ops) == 50
    assert json.dumps(spec, sort_keys=True) == json.dumps(
        synthetic_spec.make_spec(50), sort_keys=True
    )


def test_ref_chain_is_valid() -> None:
    spec = synthetic_spec.make_ref_chain(100)
    validate(spec)
    assert len(spec["components"]["schemas"]) == 100
