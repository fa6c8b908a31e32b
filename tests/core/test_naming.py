"""Python names for things named in specs (core/naming.py): one rule each, and the names the
generated package's own lint would reject are never chosen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from clientgen.core.naming import field_name, member_name, module_name, param_name, pascal_case


@pytest.mark.parametrize(
    ("decide", "wire", "expected"),
    [
        (param_name, "l", "l_"),
        (param_name, "O", "o"),
        (member_name, "l", "l_"),
        (field_name, "l", "l_"),
        (field_name, "I", "i"),
        (field_name, "O", "o"),
        (field_name, "l2", "l2"),
        (param_name, "voiceId", "voice_id"),
        (param_name, "self", "self_"),
        (field_name, "class", "class_"),
        (member_name, "cloned-voices", "cloned_voices"),
    ],
)
def test_names_avoid_what_python_or_its_lint_rejects(
    decide: Callable[[str], str], wire: str, expected: str
) -> None:
    assert decide(wire) == expected


def test_pascal_case_never_shadows_what_generated_modules_import() -> None:
    assert pascal_case("list voice samples") == "ListVoiceSamples"
    assert pascal_case("field") == "FieldModel"
    assert pascal_case("1st") == "Model1st"


def test_long_module_names_stay_stable_and_short() -> None:
    long = "a" * 150
    assert module_name(long) == module_name(long)
    assert len(module_name(long)) == 100
    assert module_name(long) != module_name("a" * 149 + "b")
