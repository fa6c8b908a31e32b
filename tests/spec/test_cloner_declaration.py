"""A cloner declaration that names what the spec lacks is one generation error, naming the
place in the declaration and what the spec has instead."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from clientgen.core.diagnostics import ClientgenError
from clientgen.spec.cloner_declaration import check_declaration

BLAND = Path(__file__).resolve().parents[2] / "specs" / "normalized" / "bland.yaml"
BURKI = Path(__file__).resolve().parents[2] / "specs" / "normalized" / "burki.yaml"
TRUEDY = Path(__file__).resolve().parents[2] / "specs" / "normalized" / "truedy.yaml"


def _spec(path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return spec


def _error(spec: dict[str, Any]) -> str:
    with pytest.raises(ClientgenError) as error:
        check_declaration(spec, "bland.yaml")
    return str(error.value)


def test_the_committed_declarations_hold() -> None:
    for path in (BLAND, BURKI, TRUEDY):
        check_declaration(_spec(path), path.name)


CASES: list[tuple[str, list[str], Any, str]] = [
    (
        "an operation the spec lacks",
        ["operations", "get_voice", "call"],
        "GET /v1/voice/{id}",
        "#/x-clientgen-cloner/operations/get_voice/call: 'GET /v1/voice/{id}' is not an "
        "operation of the spec ('METHOD /path')",
    ),
    (
        "a field the schema lacks",
        ["voice", "fields", "name"],
        "title",
        "#/x-clientgen-cloner/voice/fields/name: schema 'Voice' has no property 'title' "
        "(it has: id, name, description,",
    ),
    (
        "a schema the spec lacks",
        ["voice", "schema"],
        "Voices",
        "#/x-clientgen-cloner/voice/schema: schema 'Voices' is not in the spec's components",
    ),
    (
        "a parameter the operation lacks",
        ["operations", "get_voice", "args"],
        {"voice": "voice_id"},
        "#/x-clientgen-cloner/operations/get_voice/args: unknown key 'voice' (known: id)",
    ),
    (
        "an argument from nowhere",
        ["operations", "get_voice", "args"],
        {"id": "sample_id"},
        "#/x-clientgen-cloner/operations/get_voice/args/id: 'sample_id' is none of what "
        "get_voice has (voice_id)",
    ),
    (
        "a required parameter left out",
        ["operations", "delete_voice", "args"],
        {},
        "#/x-clientgen-cloner/operations/delete_voice/args: DELETE /v1/voices/{id} requires "
        "id, which args do not give",
    ),
    (
        "a pointer to nothing",
        ["operations", "list_voices", "voices"],
        "/voice_list",
        "#/x-clientgen-cloner/operations/list_voices/voices: the response has nothing at "
        "'/voice_list'",
    ),
    (
        "a pointer to the wrong thing",
        ["operations", "get_voice", "voice"],
        "",
        "#/x-clientgen-cloner/operations/get_voice/voice: points at something other than the "
        "voice schema 'Voice'",
    ),
    (
        "a download from an operation that answers JSON",
        ["operations", "download_sample"],
        {"call": "GET /v1/voices/{id}/samples", "args": {"id": "voice_id"}},
        "#/x-clientgen-cloner/operations/download_sample: download_sample needs an operation "
        "that answers audio",
    ),
    (
        "a pointer to an object where an id is wanted",
        ["operations", "clone", "voice_id"],
        "/data",
        "#/x-clientgen-cloner/operations/clone/voice_id: points at something that is not a "
        "string or integer id",
    ),
    (
        "an unknown capability",
        ["operations", "rename_voice"],
        {"call": "PATCH /v1/voices/{id}/rename"},
        "#/x-clientgen-cloner/operations: unknown key 'rename_voice'",
    ),
    (
        "a constant status that is not shared",
        ["voice", "status"],
        "usable",
        "#/x-clientgen-cloner/voice/status: a constant status is one of processing, ready, "
        "failed, archived",
    ),
]


@pytest.mark.parametrize(("place", "value", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_a_broken_declaration_is_one_error_naming_both(
    place: list[str], value: Any, expected: str
) -> None:
    spec = _spec(BLAND)
    node = spec["x-clientgen-cloner"]
    for key in place[:-1]:
        node = node[key]
    node[place[-1]] = copy.deepcopy(value)
    assert _error(spec).startswith(f"bland.yaml {expected}")


def test_a_status_the_docs_do_not_list_is_an_error() -> None:
    spec = _spec(BURKI)
    spec["x-clientgen-cloner"]["voice"]["statuses"]["queued"] = "processing"
    with pytest.raises(ClientgenError) as error:
        check_declaration(spec, "burki.yaml")
    assert str(error.value).startswith(
        "burki.yaml #/x-clientgen-cloner/voice/statuses/queued: status 'queued' is not one that "
        "ClonedVoice.status documents (processing, ready, failed, archived)"
    )


def test_a_documented_status_left_unmapped_is_an_error() -> None:
    spec = _spec(BURKI)
    del spec["x-clientgen-cloner"]["voice"]["statuses"]["archived"]
    with pytest.raises(ClientgenError) as error:
        check_declaration(spec, "burki.yaml")
    assert str(error.value) == (
        "burki.yaml #/x-clientgen-cloner/voice/statuses: the documented status 'archived' of "
        "ClonedVoice.status is not mapped to a shared status"
    )


@pytest.mark.parametrize("name", ["assistant-id", "class", "base_url"])
def test_an_option_that_cannot_be_a_keyword_argument_is_an_error(name: str) -> None:
    spec = _spec(BURKI)
    spec["x-clientgen-cloner"]["options"] = {name: {"type": "integer"}}
    with pytest.raises(ClientgenError) as error:
        check_declaration(spec, "burki.yaml")
    assert str(error.value).startswith(
        f"burki.yaml #/x-clientgen-cloner/options/{name}: option {name!r} must be a Python name"
    )


def test_a_clone_answering_an_id_needs_get_voice() -> None:
    spec = _spec(BLAND)
    del spec["x-clientgen-cloner"]["operations"]["get_voice"]
    assert _error(spec) == (
        "bland.yaml #/x-clientgen-cloner/operations/clone: a clone that answers a voice id "
        "needs get_voice"
    )


def test_statuses_behind_a_ref_are_held_to_the_documented_ones() -> None:
    spec = _spec(BURKI)
    schemas = spec["components"]["schemas"]
    schemas["VoiceStatus"] = schemas["ClonedVoice"]["properties"]["status"]
    schemas["ClonedVoice"]["properties"]["status"] = {
        "anyOf": [{"$ref": "#/components/schemas/VoiceStatus"}, {"type": "null"}]
    }
    check_declaration(spec, "burki.yaml")
    spec["x-clientgen-cloner"]["voice"]["statuses"]["queued"] = "ready"
    with pytest.raises(ClientgenError, match="status 'queued' is not one that"):
        check_declaration(spec, "burki.yaml")


def _client(spec: dict[str, Any], tmp_path: Path) -> tuple[int, str]:
    path = tmp_path / "bland.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "clientgen", "client", str(path), "--out", str(out),
         "--package", "rpkg"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    errors = [line for line in done.stderr.splitlines() if ": warning: " not in line]
    assert not out.exists() or done.returncode == 0
    return done.returncode, "\n".join(errors)


def test_an_argument_of_the_wrong_kind_is_one_error_naming_both(tmp_path: Path) -> None:
    spec = _spec(BLAND)
    spec["x-clientgen-cloner"]["operations"]["clone"]["args"]["audio_samples"] = "files.0"
    code, error = _client(spec, tmp_path)
    assert code == 1
    assert error == (
        f"clientgen: error: {tmp_path / 'bland.yaml'} "
        "#/x-clientgen-cloner/operations/clone/args/audio_samples: 'files.0' is one file, but "
        "voices.clone(audio_samples=...) takes FileList"
    )


def test_a_parameter_the_client_does_not_take_is_one_error(tmp_path: Path) -> None:
    spec = _spec(BLAND)
    operation = spec["paths"]["/v1/voices/{id}"]["get"]
    operation.setdefault("parameters", []).append(
        {"name": "session", "in": "cookie", "required": False, "schema": {"type": "string"}}
    )
    spec["x-clientgen-cloner"]["operations"]["get_voice"]["args"]["session"] = "voice_id"
    code, error = _client(spec, tmp_path)
    assert code == 1
    assert error.endswith(
        "#/x-clientgen-cloner/operations/get_voice/args/session: voices.retrieve() takes no "
        "argument for 'session' (it takes: id)"
    )
