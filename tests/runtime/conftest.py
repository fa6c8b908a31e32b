"""Render the runtime templates into a throwaway ``voiceclone`` package and import it.

The templates are rendered exactly as the pipeline renders them (same jinja2 settings, same
variables), so these tests do not depend on ``generated/`` being up to date.
"""

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "runtime"
RENDER_VARIABLES = {"package": "voiceclone", "distribution": "voiceclone-sdk", "version": "0.0.0"}
MODULES = ("_constants", "_exceptions", "_models", "_files", "_response", "_base_client")


def render_runtime(target: Path) -> Path:
    """Render every ``templates/runtime/*.py.jinja`` into the package folder ``target``."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    target.mkdir(parents=True, exist_ok=True)
    for template in sorted(TEMPLATES.glob("*.py.jinja")):
        text = env.get_template(template.name).render(**RENDER_VARIABLES)
        (target / template.name.removesuffix(".jinja")).write_text(text, encoding="utf-8")
    # The real __init__.py is generated per vendor set; the runtime needs none of it.
    (target / "__init__.py").write_text('"""Runtime under test."""\n', encoding="utf-8")
    (target / "py.typed").write_text("", encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    """The rendered runtime modules: ``runtime.base_client``, ``runtime.exceptions``, ...

    The package is imported under its real name, ``voiceclone``, and taken out of
    ``sys.modules`` and ``sys.path`` again right away, so that tests of the committed
    ``generated/`` package in the same session still import that one.
    """
    src = tmp_path_factory.mktemp("runtime") / "src"
    render_runtime(src / "voiceclone")
    saved = {name: mod for name, mod in sys.modules.items() if name.partition(".")[0] == "voiceclone"}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        modules = {name.lstrip("_"): importlib.import_module(f"voiceclone.{name}") for name in MODULES}
    finally:
        sys.path.remove(str(src))
        for name in [name for name in sys.modules if name.partition(".")[0] == "voiceclone"]:
            del sys.modules[name]
        sys.modules.update(saved)
    yield SimpleNamespace(**modules)
