"""``clientgen diff OLD NEW``: folders and git revisions, grouped output, one-line errors."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from clientgen.cli import main
from clientgen.core.yaml_io import dump_yaml
from release.test_spec_diff_classifier import base

ROOT = Path(__file__).resolve().parents[2]


def _write(folder: Path, specs: dict[str, dict[str, Any]]) -> Path:
    folder.mkdir(parents=True)
    for vendor, doc in specs.items():
        (folder / f"{vendor}.yaml").write_text(dump_yaml(doc), encoding="utf-8")
    return folder


def test_two_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    changed = base()
    changed["paths"]["/v1/voices"]["get"]["summary"] = "List every voice"
    changed["components"]["schemas"]["Voice"]["properties"]["status"]["enum"].append("failed")
    old = _write(tmp_path / "old", {"acme": base(), "bolt": base()})
    new = _write(tmp_path / "new", {"acme": changed, "bolt": base()})
    assert main(["diff", str(old), str(new)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "acme:",
        "  minor  GET /v1/voices, GET /v1/voices/{id}, POST /v1/voices: Voice.status: enum value "
        '"failed" added  #/components/schemas/Voice/properties/status/enum',
        "  patch  GET /v1/voices: summary changed  #/paths/~1v1~1voices/get/summary",
        "bump: minor",
    ]


def test_same_folder_is_no_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write(tmp_path / "specs", {"acme": base()})
    assert main(["diff", str(folder), str(folder)]) == 0
    assert capsys.readouterr().out == "no changes\nbump: none\n"


def test_head_against_the_working_tree(capsys: pytest.CaptureFixture[str]) -> None:
    tree = ROOT / "specs" / "normalized"
    assert main(["--root", str(ROOT), "diff", "HEAD", str(tree)]) == 0
    out = capsys.readouterr().out
    clean = (
        subprocess.run(
            ["git", "-C", str(ROOT), "diff", "--quiet", "HEAD", "--", "specs/normalized"],
            check=False,
        ).returncode
        == 0
    )
    if clean:
        assert out == "no changes\nbump: none\n"
    else:
        assert out.splitlines()[-1].startswith("bump: ")


@pytest.mark.parametrize("where", ["no-such-revision", "missing/folder"])
def test_unknown_revision_or_folder_is_one_line(
    where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = str(ROOT / "specs" / "normalized")
    assert main(["--root", str(ROOT), "diff", where, tree]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("clientgen: error: ") and repr(where) in err


def test_a_file_is_not_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    spec = ROOT / "specs" / "normalized" / "bland.yaml"
    assert main(["--root", str(ROOT), "diff", str(spec), str(spec.parent)]) == 1
    err = capsys.readouterr().err
    assert err == f"clientgen: error: {spec}: not a folder of normalized specs\n"
