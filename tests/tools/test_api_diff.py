"""Release notes classify spec changes as breaking or compatible."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

import yaml

from generator import spec as spec_mod
from tools import api_diff

if TYPE_CHECKING:
    from pathlib import Path


def _changes(edit: object) -> set[tuple[str, bool, str]]:
    old = spec_mod.load_default()
    new = copy.deepcopy(old)
    edit(new)  # type: ignore[operator]
    return {(c.operation, c.breaking, c.text) for c in api_diff.diff(old, new)}


def test_identical_specs_have_no_changes() -> None:
    spec = spec_mod.load_default()
    assert api_diff.diff(spec, spec) == []
    assert "No change" in api_diff.render([], spec, spec)


def test_changes_are_classified() -> None:
    def edit(spec: dict) -> None:
        schemas = spec["components"]["schemas"]
        schemas["LyricsRequest"]["properties"]["language"] = {"type": "string"}
        schemas["SonicConcatMusic"]["properties"]["mv"] = {
            "$ref": "#/components/schemas/SonicModel"
        }
        schemas["SonicConcatMusic"]["required"].append("mv")
        extend = schemas["RiffusionExtendMusic"]["properties"]["task_type"]
        extend["enum"] = ["extend_music", "extend_music_v2"]
        schemas["RiffusionModel"]["anyOf"][0]["enum"] = ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-2.0"]
        schemas["StudioModelType"] = {"type": "string", "enum": ["studio32-v1.5"]}
        schemas["SonicCreateMusic"]["properties"]["title"]["maxLength"] = 60
        schemas["SonicCreateMusic"]["properties"]["tags"]["maxLength"] = 400
        del schemas["UploadResponse"]["properties"]["message"]
        del spec["paths"]["/api/v1/get-credits"]

    changes = _changes(edit)
    assert ("lyrics.create", False, "new optional field 'language'") in changes
    assert ("sonic.concat", True, "new required field 'mv'") in changes
    assert (
        "riffusion.extend",
        True,
        "'task_type' no longer accepts extend_upload_music",
    ) in changes
    assert ("riffusion.extend", False, "'task_type' now accepts extend_music_v2") in changes
    # An open list (model versions) may drop a name without breaking anyone...
    assert ("riffusion.extend", False, "'mv' no longer lists FUZZ-1.0, FUZZ-1.0 Pro") in changes
    assert ("riffusion.extend", False, "'mv' now lists FUZZ-2.0") in changes
    # ...but closing it does.
    assert (
        "studio.custom_mode",
        True,
        "'model_type' accepts only its listed values now",
    ) in changes
    assert ("sonic.create", True, "'title' maxLength 80 -> 60") in changes
    assert ("sonic.create", False, "'tags' maxLength 200 -> 400") in changes
    assert ("sonic.upload", True, "response field 'message' removed") in changes
    assert ("credits.get", True, "operation removed") in changes


def test_cli_exit_code_says_whether_a_change_breaks(tmp_path: Path) -> None:
    spec = copy.deepcopy(spec_mod.load_default())
    same = tmp_path / "same.yaml"
    same.write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert api_diff.main([str(same), str(spec_mod.SPEC_PATH)]) == 0
    spec["components"]["schemas"]["LyricsRequest"]["required"].append("mood")
    spec["components"]["schemas"]["LyricsRequest"]["properties"]["mood"] = {"type": "string"}
    breaking = tmp_path / "breaking.yaml"
    breaking.write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert api_diff.main([str(spec_mod.SPEC_PATH), str(breaking)]) == 1


def test_prices_retired_values_and_new_patterns_are_release_notes() -> None:
    """The October 2026 change, as make release-notes reports it."""
    from pathlib import Path

    old = spec_mod.load(Path(__file__).parent / "spec-2026-09.yaml")
    new = spec_mod.load_default()
    changes = {(c.operation, c.breaking, c.text) for c in api_diff.diff(old, new)}
    assert ("sonic.create", False, "costs about 20 credits (was 15, as of 2026-10)") in changes
    assert ("credits.get", False, "costs about 0 credits (was no figure, as of 2026-10)") in changes
    assert any(
        op == "sonic.create" and not breaking and m.startswith("'mv' values retired")
        for op, breaking, m in changes
    )
    loose = copy.deepcopy(old)  # as 0.2.0 had it: webhook_url without the http(s) pattern
    del loose["components"]["schemas"]["SonicCreateMusic"]["properties"]["webhook_url"]["pattern"]
    tightened = {(c.operation, c.breaking, c.text) for c in api_diff.diff(loose, old)}
    assert ("sonic.create", True, "'webhook_url' must now match a pattern") in tightened
