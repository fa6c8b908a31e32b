"""The model generator's warm-up: it runs the real generator, and never fails."""

from __future__ import annotations

import subprocess
import sys

import pytest

from clientgen.render import model_jobs


def test_the_warm_up_runs_the_generator() -> None:
    # In a fresh interpreter: this one may have imported the generator already.
    probe = (
        "import sys\n"
        "from clientgen.render.model_jobs import warm_up\n"
        "assert 'datamodel_code_generator' not in sys.modules\n"
        "warm_up()\n"
        "print(sorted(m for m in sys.modules if m.startswith('datamodel_code_generator.parser')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "datamodel_code_generator.parser.openapi" in done.stdout
    assert done.stderr == ""


@pytest.mark.parametrize("failure", [RuntimeError("broken"), KeyboardInterrupt()])
def test_a_failing_warm_up_is_quiet(
    failure: BaseException, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr("clientgen.render.models.run_generator", fail)
    model_jobs.warm_up()  # nothing raised: the real call reports what is wrong


def test_the_generators_warnings_come_back_as_text_not_python_warnings(
    recwarn: pytest.WarningsRecorder,
) -> None:
    from clientgen.render.models import generate_models

    link = {"type": "string", "format": "uri", "minLength": 3}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "components": {"schemas": {"Api": {"type": "object", "properties": {"link": link}}}},
    }
    written = generate_models(document, module="x.api", base_class="pydantic.BaseModel")
    assert "class Api(" in written.source
    assert [w for w in written.warnings if "Api.link" in w and "min_length" in w]
    assert not [w for w in recwarn if issubclass(w.category, UserWarning)]


def test_an_array_that_says_nothing_of_its_items_holds_anything() -> None:
    from clientgen.model.builder import build_api_model

    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Bag": {"type": "object", "properties": {"things": {"type": "array"}}},
                "Pile": {"type": "array"},
            }
        },
    }
    (namespace,) = build_api_model([("t", document, "t.yaml")])
    written = model_jobs.render_models(namespace.document, {}, "x", "t")
    assert "class Pile(RootModel[list[Any]]):" in written.source
    assert "things: list[Any] | None = None" in written.source
