"""generated/ is exactly what the generator makes from the spec, and it works."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from typing import TYPE_CHECKING

import pytest
import yaml

from generator import build
from generator import spec as spec_mod

if TYPE_CHECKING:
    from pathlib import Path

ROOT = spec_mod.ROOT
PACKAGE_DIR = ROOT / "generated" / "musicapi_client_generated"


def _generate(env_seed: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONHASHSEED": env_seed},
        check=False,
    )


@pytest.fixture(scope="session")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generation per test session, under a fixed hash seed, shared by the tests below
    (the committed tree was made under another seed, so equality proves determinism)."""
    out = tmp_path_factory.mktemp("generated")
    done = _generate("4242", "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.mark.slow
def test_committed_tree_matches_a_fresh_generation(fresh_tree: Path) -> None:
    """The regenerate-on-change guard (``make check-generated`` runs the same comparison)."""
    assert build.tree_differences(ROOT / "generated", fresh_tree) == []


@pytest.mark.slow
def test_check_reports_the_files_that_differ(fresh_tree: Path, tmp_path: Path) -> None:
    shutil.copytree(fresh_tree, tmp_path, dirs_exist_ok=True)
    tampered = tmp_path / "musicapi_client_generated" / "resources" / "sonic.py"
    tampered.write_text(tampered.read_text() + "\n# hand edit\n")
    (tmp_path / "musicapi_client_generated" / "stale.py").write_text("x = 1\n")
    done = _generate("0", "--check", "--out", str(tmp_path))
    assert done.returncode == 1
    assert "resources/sonic.py" in done.stdout
    assert "stale.py (only in generated/)" in done.stdout


def test_every_generated_python_file_carries_the_header() -> None:
    files = sorted(PACKAGE_DIR.rglob("*.py"))
    assert len(files) > 20
    for path in files:
        assert path.read_text(encoding="utf-8").startswith(build.HEADER), path


def test_manifest_records_the_spec_hash_and_tool_versions() -> None:
    manifest = yaml.safe_load((ROOT / "generated" / "GENERATION.yml").read_text())
    assert manifest["spec_sha256"] == hashlib.sha256(spec_mod.SPEC_PATH.read_bytes()).hexdigest()
    assert manifest["tools"]["openapi-python-client"] == "0.29.1"
    assert manifest["tools"]["datamodel-code-generator"] == "0.89.0"


@pytest.mark.slow
def test_a_spec_edit_changes_only_the_files_it_affects(tmp_path: Path) -> None:
    spec = spec_mod.load()
    spec["components"]["schemas"]["LyricsRequest"]["properties"]["language"] = {
        "type": "string",
        "description": "Language of the lyrics.",
    }
    edited = tmp_path / "spec" / "musicapi.yaml"
    edited.parent.mkdir()
    edited.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    build.generate_into(tmp_path / "out", spec_path=edited)
    changed = build.tree_differences(tmp_path / "out" / "musicapi_client_generated", PACKAGE_DIR)
    assert set(changed) == {  # lyrics' own modules only
        "models/lyrics.py",  # the model gains the field
        "openapi.json",  # the bundled spec
        "operations/lyrics.py",  # the operation gains the parameter (CLI, docs)
        "resources/lyrics.py",  # the method gains the keyword argument
    }


@pytest.mark.slow
def test_generated_code_type_checks() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "generated/musicapi_client_generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def test_a_generated_endpoint_quotes_its_path_and_names_its_answers() -> None:
    from musicapi_client_generated import models
    from musicapi_client_generated._http.api.sonic import sonic_create, sonic_get

    endpoint = sonic_get.ENDPOINT
    assert (endpoint.method, endpoint.path) == ("GET", "/api/v1/sonic/task/{task_id}")
    assert endpoint.url(task_id="t 1/..?") == "/api/v1/sonic/task/t%201%2F..%3F"
    assert endpoint.responses[200] == (models.SonicTask, models.TaskFailure)
    assert endpoint.responses[202] == (models.TaskNotReady,)
    assert endpoint.responses[429] == (models.Error,)
    assert not endpoint.json_body
    assert sonic_create.ENDPOINT.json_body
    assert sonic_create.ENDPOINT.url() == "/api/v1/sonic/create"


def test_openapi_python_client_leaves_no_model_family_behind() -> None:
    http = PACKAGE_DIR / "_http"
    assert not (http / "models").exists()
    assert {p.name for p in http.glob("*.py")} == {"__init__.py"}
    text = "\n".join(p.read_text(encoding="utf-8") for p in http.rglob("*.py"))
    assert "attrs" not in text
    assert "import httpx2" not in text


def test_wheel_contains_both_packages(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            ".",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("musicapi_client-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "musicapi_client/__init__.py" in names
    assert "musicapi_client_generated/models/sonic.py" in names
    assert "musicapi_client_generated/openapi.json" in names
    assert "musicapi_client_generated/_http/api/sonic/sonic_create.py" in names
    assert not any(
        name.startswith(("generator/", "tools/", "tests/", "musicapi/")) for name in names
    )


@pytest.mark.slow
def test_a_skipped_endpoint_fails_the_build(tmp_path: Path) -> None:
    """--fail-on-warning: an operation openapi-python-client cannot generate stops generation."""
    spec = spec_mod.load()
    spec["paths"]["/api/v1/sonic/lyrics"]["post"]["requestBody"] = {
        "required": True,
        "content": {"application/xml": {"schema": {"type": "string"}}},
    }
    edited = tmp_path / "musicapi.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    with pytest.raises(build.GenerationError, match="Endpoint will not be generated"):
        build.generate_into(tmp_path / "out", spec_path=edited)
    assert not (tmp_path / "out" / "musicapi_client_generated").exists()
