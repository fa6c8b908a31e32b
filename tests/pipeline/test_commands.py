"""`clientgen generate`, `check` and `normalize` on a copy of the project."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from clientgen.cli import main
from pipeline.conftest import ROOT, snapshot


def test_check_passes_on_the_committed_tree(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(project), "check"]) == 0
    assert "match a fresh generation" in capsys.readouterr().out


def test_check_fails_with_a_diff_after_a_source_changes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = project / "specs/sources/bland/bland-list-voice-samples.md"
    page.write_text(page.read_text().replace("UUID of the voice.", "The voice's UUID."))
    assert main(["--root", str(project), "check"]) == 1
    out = capsys.readouterr().out
    assert "--- a/specs/normalized/bland.yaml" in out
    assert "-        description: UUID of the voice." in out
    assert "+        description: The voice's UUID." in out
    assert "+++ b/generated/voiceclone/src/voiceclone/bland/resources/voices.py" in out


def test_generate_is_deterministic(project: Path) -> None:
    before = snapshot(project)
    assert main(["--root", str(project), "generate"]) == 0
    assert snapshot(project) == before


def test_a_failed_generation_leaves_the_outputs_as_they_were(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(project)
    overlay = project / "specs/overlays/bland.yaml"
    overlay.write_text(
        overlay.read_text().replace(
            "$.paths['/v1/voices/{id}/samples'].get\n", "$.paths['/nowhere'].get\n", 1
        )
    )
    assert main(["--root", str(project), "generate"]) == 1
    err = capsys.readouterr().err
    assert "specs/overlays/bland.yaml" in err
    assert "#/actions/1/target" in err
    assert "matches nothing" in err
    assert snapshot(project) == before
    assert not [p for p in (project / "generated").iterdir() if p.name.startswith(".")]


def test_a_template_error_leaves_the_outputs_as_they_were(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(project)
    (project / "templates/package/_version.py.jinja").write_text("__version__ = (\n")
    assert main(["--root", str(project), "generate"]) == 1
    assert "clientgen: error:" in capsys.readouterr().err
    assert snapshot(project) == before


@pytest.mark.parametrize(
    ("page", "args", "operation"),
    [
        (
            "bland/bland-list-voice-samples.md",
            ["--operation", "GET /v1/voices/{id}/samples"],
            ("/v1/voices/{id}/samples", "get"),
        ),
        (
            "burki/burki-list-cloned-voices.txt",
            ["--operation", "GET /assistants/{assistant_id}/cloned-voices"],
            ("/assistants/{assistant_id}/cloned-voices", "get"),
        ),
        ("truedy/truedy-clone-voice.md", [], ("/voices/clone", "post")),
    ],
)
def test_normalize_prints_the_openapi_of_one_page(
    page: str, args: list[str], operation: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROOT / "specs/sources" / page
    assert main(["normalize", str(path), "--vendor", page.split("/")[0], *args]) == 0
    doc = yaml.safe_load(capsys.readouterr().out)
    assert doc["openapi"].startswith("3.1")
    assert operation[1] in doc["paths"][operation[0]]


def test_normalize_without_the_operation_of_a_page_that_omits_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "unconfigured.md"
    page.write_bytes((ROOT / "specs/sources/bland/bland-list-voice-samples.md").read_bytes())
    assert main(["normalize", str(page), "--vendor", "bland"]) == 1
    err = capsys.readouterr().err
    assert "unconfigured.md" in err
    assert "--operation" in err


def test_normalize_takes_what_a_page_omits_from_the_vendor_config(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = ROOT / "specs/sources/burki/burki-list-cloned-voices.txt"
    assert main(["--root", str(ROOT), "normalize", str(page), "--vendor", "burki"]) == 0
    doc = yaml.safe_load(capsys.readouterr().out)
    response = doc["paths"]["/api/v1/assistants/{assistant_id}/cloned-voices"]["get"]["responses"]
    schema = response["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["cloned_voices"]["type"] == "array"


def test_normalize_rejects_a_malformed_operation(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "specs/sources/bland/bland-list-voice-samples.md"
    assert main(["normalize", str(path), "--vendor", "bland", "--operation", "FETCH voices"]) == 1
    assert "METHOD /path" in capsys.readouterr().err


def test_normalize_of_a_large_document_takes_the_config_selection(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = ROOT / "specs/sources/burki/openapi.json"
    assert main(["--root", str(ROOT), "normalize", str(page), "--vendor", "burki"]) == 0
    paths = yaml.safe_load(capsys.readouterr().out)["paths"]
    assert len(paths) == 10  # of the document's 336: the voice-cloning operations
    assert all(p.startswith("/api/v1/assistants/") for p in paths)


def test_normalize_select_overrides_the_config_and_must_select_something(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = str(ROOT / "specs/sources/burki/openapi.json")
    assert (
        main(["normalize", page, "--vendor", "burki", "--select", "^DELETE .*/voice-samples/"]) == 0
    )
    paths = yaml.safe_load(capsys.readouterr().out)["paths"]
    assert list(paths) == ["/api/v1/assistants/{assistant_id}/voice-samples/{sample_id}"]
    assert main(["normalize", page, "--vendor", "burki", "--select", "^PURGE "]) == 1
    assert "--select #/0: pattern '^PURGE ' selects no operation" in capsys.readouterr().err


_TINY = """\
openapi: 3.1.0
info: {title: Tiny, version: "1"}
paths:
  /items:
    get:
      operationId: listItems
      responses:
        "200":
          description: the items
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Item"}}
components:
  schemas:
    Item: {type: object, properties: {id: {type: string}}}
"""


def _clientgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it: a process of its own, its output a pipe."""
    return subprocess.run(
        [sys.executable, "-m", "clientgen", *args], cwd=cwd, capture_output=True, text=True
    )


def test_the_command_flushes_its_output_and_exits_with_its_status(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(_TINY, encoding="utf-8")
    done = _clientgen("client", str(spec), "--out", "out", "--package", "tiny", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wrote ") and done.stdout.endswith("files to out\n")
    assert (tmp_path / "out/src/tiny/tiny/types.py").read_text().count("class Item(") == 1
    failed = _clientgen("client", str(tmp_path / "none.yaml"), "--out", "o", "--package", "t",
                        cwd=tmp_path)  # fmt: skip
    assert failed.returncode == 1
    assert failed.stderr.startswith("clientgen: error: ")
    assert "none.yaml" in failed.stderr


@pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2, reason="with one core the models are written here"
)
def test_the_main_process_leaves_the_model_generator_to_its_worker(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(_TINY, encoding="utf-8")
    probe = (
        "import sys\n"
        "from clientgen.cli import main\n"
        f"status = main(['client', {str(spec)!r}, '--out', 'out', '--package', 'tiny'])\n"
        "print(status, any(m.startswith('datamodel_code_generator') for m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "0 False"
