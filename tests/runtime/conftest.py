"""Render the runtime templates into a throwaway ``voiceclone`` package and import it.

The templates are rendered exactly as the pipeline renders them (same jinja2 settings, same
variables), so these tests do not depend on ``generated/`` being up to date.
"""

import asyncio
import importlib
import inspect
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import jinja2
import pytest

from clientgen.model.idempotency import IDEMPOTENT_METHODS
from clientgen.model.status_errors import STATUS_ERRORS

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "runtime"
RENDER_VARIABLES = {
    "package": "voiceclone",
    "distribution": "voiceclone-sdk",
    "version": "0.0.0",
    "status_errors": STATUS_ERRORS,
    "idempotent_methods": IDEMPOTENT_METHODS,
}
MODULES = (
    "_constants",
    "_exceptions",
    "_models",
    "_tolerant",
    "_types",
    "_files",
    "_response",
    "_auth",
    "_base_client",
)


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
    saved = {
        name: mod for name, mod in sys.modules.items() if name.partition(".")[0] == "voiceclone"
    }
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        modules = {
            name.lstrip("_"): importlib.import_module(f"voiceclone.{name}") for name in MODULES
        }
    finally:
        sys.path.remove(str(src))
        for name in [name for name in sys.modules if name.partition(".")[0] == "voiceclone"]:
            del sys.modules[name]
        sys.modules.update(saved)
    yield SimpleNamespace(**modules)


# ----------------------------------------------------------------------------------------------
# The two client flavours and two test vendors
# ----------------------------------------------------------------------------------------------


class AsyncClientAsSync:
    """Runs each coroutine method of an async client to completion, so that one test body
    exercises both flavours."""

    def __init__(self, client: Any) -> None:
        self.wrapped = client

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.wrapped, name)
        if name == "with_options":
            return lambda **kwargs: AsyncClientAsSync(attribute(**kwargs))
        if inspect.iscoroutinefunction(attribute):
            return lambda *args, **kwargs: asyncio.run(attribute(*args, **kwargs))
        return attribute

    def __repr__(self) -> str:
        return repr(self.wrapped)


@dataclass
class Flavour:
    """Builds a sync or an async client over a mock transport; async calls are run to
    completion."""

    name: str
    runtime: SimpleNamespace
    sleeps: list[float] = field(default_factory=list)

    @property
    def client_class(self) -> Any:
        base = self.runtime.base_client
        return base.SyncAPIClient if self.name == "sync" else base.AsyncAPIClient

    def http_client(self, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
        transport = httpx.MockTransport(handler)
        if self.name == "sync":
            return httpx.Client(transport=transport)
        return httpx.AsyncClient(transport=transport)

    def client(
        self, profile: Any, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any
    ) -> Any:
        """A client for ``profile`` whose requests ``handler`` answers."""
        client = self.client_class(profile=profile, http_client=self.http_client(handler), **kwargs)
        return client if self.name == "sync" else AsyncClientAsSync(client)


@pytest.fixture(params=["sync", "async"])
def flavour(
    request: pytest.FixtureRequest, runtime: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> Flavour:
    """Each test that takes it runs once per client flavour; retry sleeps are recorded, not
    slept."""
    flavour = Flavour(request.param, runtime)

    def record(self: object, seconds: float) -> None:
        flavour.sleeps.append(seconds)

    async def record_async(self: object, seconds: float) -> None:
        flavour.sleeps.append(seconds)

    monkeypatch.setattr(runtime.base_client.SyncAPIClient, "_sleep", record)
    monkeypatch.setattr(runtime.base_client.AsyncAPIClient, "_sleep", record_async)
    return flavour


@pytest.fixture
def raw_profile(runtime: SimpleNamespace) -> Any:
    """A vendor that takes the bare key in ``authorization`` and has no envelope."""
    base = runtime.base_client
    return base.VendorProfile(
        name="Raw",
        default_base_url="https://api.raw.test/",
        api_key_env="RAW_TEST_API_KEY",
        error=base.ErrorSpec(
            code_pointers=("/errors/0/error", "/error/code", "/detail/0/type"),
            message_pointers=("/errors/0/message", "/error/message", "/detail/0/msg", "/detail"),
        ),
        envelope=None,
        schemes=(
            base.SecurityScheme(
                name="Key", kind="api_key", location="header", parameter="authorization"
            ),
        ),
        security=(("Key",),),
    )


@pytest.fixture
def envelope_profile(runtime: SimpleNamespace) -> Any:
    """A vendor with ``Authorization: Bearer`` and a ``{data, meta}`` success envelope."""
    base = runtime.base_client
    return base.VendorProfile(
        name="Enveloped",
        default_base_url="https://api.envelope.test/api/v1",
        api_key_env="ENVELOPE_TEST_API_KEY",
        error=base.ErrorSpec(code_pointers=("/error/code",), message_pointers=("/error/message",)),
        envelope=base.EnvelopeSpec(data_pointer="/data", request_id_pointer="/meta/request_id"),
        schemes=(base.SecurityScheme(name="Bearer", kind="bearer", prefix="Bearer "),),
        security=(("Bearer",),),
    )
