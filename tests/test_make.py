"""The maintainer's make targets fail when their tool reports a problem."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = ROOT / "tests" / "tools" / "captures"

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def test_release_notes_pass_without_breaking_changes() -> None:
    done = _make("release-notes", "OLD=HEAD")
    assert done.returncode == 0, done.stderr
    assert "## API changes" in done.stdout


def test_release_notes_fail_on_a_breaking_change(tmp_path: Path) -> None:
    # Compared with an older spec that had one more operation, the current one removed it.
    old = tmp_path / "old.yaml"
    current = yaml.safe_load((ROOT / "spec" / "musicapi.yaml").read_text(encoding="utf-8"))
    extra = dict(current["paths"]["/api/v1/get-credits"]["get"])
    extra["operationId"] = "credits_legacy"
    extra["x-sdk-method"] = "legacy"
    current["paths"]["/api/v1/get-credits-legacy"] = {"get": extra}
    old.write_text(yaml.safe_dump(current), encoding="utf-8")
    done = _make("release-notes", f"OLD_SPEC={old}")
    assert done.returncode != 0
    assert "Breaking" in done.stdout
    assert "breaking changes (exit 1)" in done.stderr


def test_release_notes_need_a_reference() -> None:
    done = _make("release-notes")
    assert done.returncode != 0
    assert "OLD=" in done.stderr


@pytest.mark.parametrize(
    ("capture", "fails", "status"),
    [
        ("sonic-extend_no-drift.txt", False, None),
        ("lyrics-make_required-changed.txt", True, "exit 1"),
        ("does-not-exist.txt", True, "exit 2"),
    ],
)
def test_docs_check_fails_on_drift_and_says_which_exit_the_checker_gave(
    capture: str, fails: bool, status: str | None
) -> None:
    # The captures show the mid-2025 pages; they are checked against that spec.
    spec_2025 = ROOT / "tests" / "tools" / "spec-2025-06.yaml"
    done = _make("docs-check", f"DOCS={CAPTURES / capture}", f"ARGS=--spec {spec_2025}")
    assert (done.returncode != 0) is fails, done.stdout + done.stderr
    if status:
        assert f"docs-check: {status}" in done.stderr


def test_the_redis_extra_leaves_out_the_releases_with_connection_bugs() -> None:
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (redis,) = [Requirement(r) for r in project["optional-dependencies"]["redis"]]
    assert not redis.specifier.contains("8.0.0")
    assert not redis.specifier.contains("8.0.1")
    assert redis.specifier.contains("8.2.0")
    assert redis.specifier.contains("5.2.0")
