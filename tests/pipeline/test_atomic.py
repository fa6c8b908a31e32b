"""Generation is all or nothing: an interruption or an error at any stage, the swap included,
leaves ``generated/`` and ``specs/normalized/`` byte for byte as they were, with no staging
folder or backup left beside them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clientgen import pipeline
from clientgen.cli import main
from clientgen.render.write import stage, swap_in
from pipeline.conftest import snapshot, stray

# Each stage by the name the pipeline calls it under.
STAGES = {
    "read": "clientgen.spec.vendor_spec.read_page",
    "select": "clientgen.spec.vendor_spec.select_operations",
    "combine": "clientgen.spec.vendor_spec.combine_pages",
    "overlay": "clientgen.spec.vendor_spec.apply_overlay",
    "normalize": "clientgen.spec.vendor_spec.normalize",
    "validate": "clientgen.spec.vendor_spec.validate_document",
    "api model": "clientgen.pipeline.build_api_model",
    "render": "clientgen.pipeline.render_package",
    "models": "clientgen.render.models.generate_models",
    "stage": "clientgen.pipeline.stage",
    "format": "clientgen.pipeline.format_python",
    "ruff": "clientgen.render.write.subprocess.run",
    "compile": "clientgen.pipeline.check_compiles",
    "swap": "clientgen.pipeline.swap_in",
}


def _change_an_input(root: Path) -> None:
    """A source edit that changes both outputs, so a swap that went through would show."""
    page = root / "specs/sources/bland/bland-list-voice-samples.md"
    page.write_text(page.read_text().replace("UUID of the voice.", "The voice's UUID."))


def _fail_on_call(real: Callable[..., Any], exc: BaseException, nth: int) -> Callable[..., Any]:
    """``real``, except that its ``nth`` call (from 1) raises ``exc`` instead."""
    calls = [0]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == nth:
            raise exc
        return real(*args, **kwargs)

    return wrapper


def test_the_input_change_would_change_both_outputs(project: Path) -> None:
    before = snapshot(project)
    _change_an_input(project)
    assert main(["--root", str(project), "generate"]) == 0
    after = snapshot(project)
    changed = {
        name.split("/")[0] + "/" + name.split("/")[1]
        for name in before
        if before[name] != after.get(name)
    }
    assert changed == {"specs/normalized", "generated/voiceclone"}
    assert stray(project) == []


# Stages that run once per vendor or per file are also interrupted on a later call.
_REPEATED = (
    "read",
    "combine",
    "overlay",
    "normalize",
    "validate",
    "models",
    "stage",
    "ruff",
    "compile",
)


@pytest.mark.parametrize(
    ("stage_name", "nth"),
    [(name, 1) for name in STAGES] + [(name, 2) for name in _REPEATED],
)
def test_an_interruption_at_any_stage_changes_nothing(
    stage_name: str,
    nth: int,
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = snapshot(project)
    _change_an_input(project)
    module_name, _, attr = STAGES[stage_name].rpartition(".")
    target = _resolve(module_name)
    monkeypatch.setattr(
        target, attr, _fail_on_call(getattr(target, attr), KeyboardInterrupt(), nth)
    )
    assert main(["--root", str(project), "generate"]) == 130
    assert "clientgen: interrupted; nothing was changed" in capsys.readouterr().err
    assert snapshot(project) == before
    assert stray(project) == []


@pytest.mark.parametrize("stage_name", list(STAGES))
def test_an_error_at_any_stage_changes_nothing(
    stage_name: str, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(project)
    _change_an_input(project)
    module_name, _, attr = STAGES[stage_name].rpartition(".")
    target = _resolve(module_name)
    monkeypatch.setattr(
        target, attr, _fail_on_call(getattr(target, attr), RuntimeError(stage_name), 1)
    )
    with pytest.raises(RuntimeError, match=stage_name):
        pipeline.generate(pipeline.Project(project))
    assert snapshot(project) == before
    assert stray(project) == []


# The swap itself: four renames (each output to its backup, each staged folder into place).
@pytest.mark.parametrize("after", [False, True], ids=["before the rename", "after the rename"])
@pytest.mark.parametrize("nth", [1, 2, 3, 4])
def test_an_interruption_inside_the_swap_changes_nothing(
    nth: int,
    after: bool,
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = snapshot(project)
    _change_an_input(project)
    real = Path.rename
    calls = [0]

    def rename(self: Path, target: Path) -> Path:
        calls[0] += 1
        if calls[0] == nth and not after:
            raise KeyboardInterrupt
        done = real(self, target)
        if calls[0] == nth and after:
            raise KeyboardInterrupt
        return done

    monkeypatch.setattr(Path, "rename", rename)
    assert main(["--root", str(project), "generate"]) == 130
    assert "interrupted; nothing was changed" in capsys.readouterr().err
    assert calls[0] >= nth  # the swap did get that far
    assert snapshot(project) == before
    assert stray(project) == []


def test_an_interruption_while_staging_files_leaves_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        Path, "write_bytes", _fail_on_call(Path.write_bytes, KeyboardInterrupt(), 2)
    )
    with pytest.raises(KeyboardInterrupt):
        stage({"a.py": "a = 1\n", "b/c.py": "c = 2\n"}, tmp_path, "pkg")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_swap_restores_an_output_that_did_not_exist(tmp_path: Path) -> None:
    staged_a = tmp_path / ".a.staging"
    staged_a.mkdir()
    (staged_a / "f").write_text("new")
    missing = tmp_path / ".b.staging"  # renaming it fails: the first swap must be undone
    with pytest.raises(FileNotFoundError):
        swap_in([(staged_a, tmp_path / "a"), (missing, tmp_path / "b")])
    assert not (tmp_path / "a").exists()
    assert not (tmp_path / "b").exists()


def test_a_stale_staging_folder_and_backup_are_cleared_by_the_next_run(project: Path) -> None:
    (project / "generated" / ".voiceclone.staging-old").mkdir()
    shutil.copytree(project / "specs/normalized", project / "specs/.normalized.previous")
    assert main(["--root", str(project), "generate"]) == 0
    assert stray(project) == []


def _resolve(dotted: str) -> Any:
    """The object a dotted name points to (a module, or an attribute of one)."""
    import importlib

    parts = dotted.split(".")
    for split in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:split]))
        except ModuleNotFoundError:
            continue
        for attr in parts[split:]:
            obj = getattr(obj, attr)
        return obj
    raise AssertionError(dotted)
