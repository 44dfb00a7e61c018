"""The vendor's own SDK (``musicapi-sdk`` 0.1.0) runs against the mock.

The mock plays the server the makers' SDK was written against: every public method of
that SDK is called (``drive_vendor_sdk.py``, in a virtual environment of its own that
``make vendor-check`` builds from PyPI) and succeeds, except where this spec decides
against the SDK on purpose; those calls must fail the way the README's mock section says.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from musicapi_client.mock import MockServer

HERE = Path(__file__).resolve().parent
VENDOR_PYTHON = os.environ.get("MUSICAPI_VENDOR_PYTHON")

# Calls refused on purpose (README, "The mock and the vendor's SDK"): call -> field named.
DECIDED_AGAINST_THE_SDK = {
    # custom mode needs prompt; the SDK's extra `lyrics` field is sent but not typed
    "sonic.create (lyrics, negative_tags, weights)": "prompt",
    # the docs pages require custom_mode on sonic extend and on riffusion creates
    "sonic.create extend_music (no custom_mode)": "custom_mode",
    "riffusion.create (no custom_mode)": "custom_mode",
}
# Every public method of musicapi-sdk 0.1.0, by resource.
VENDOR_METHODS = {
    "sonic": 24,
    "producer": 6,
    "riffusion": 4,
    "studio": 3,
    "suno": 6,
    "credits": 1,
}

pytestmark = pytest.mark.skipif(
    VENDOR_PYTHON is None,
    reason="needs musicapi-sdk in a venv of its own: run `make vendor-check`",
)


def _drive(url: str) -> list[dict[str, object]]:
    assert VENDOR_PYTHON is not None
    done = subprocess.run(
        [VENDOR_PYTHON, str(HERE / "drive_vendor_sdk.py"), f"{url}/api/v1", "mock-key"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_every_method_of_the_vendor_sdk_works_against_the_mock() -> None:
    with MockServer(speed=200, credits=100_000) as mock:
        rows = _drive(mock.url)
        stats = mock.state.stats()
    failed = {str(row["call"]): str(row["error"]) for row in rows if not row["ok"]}
    unexpected = {c: e for c, e in failed.items() if c not in DECIDED_AGAINST_THE_SDK}
    assert not unexpected, unexpected
    for call, field in DECIDED_AGAINST_THE_SDK.items():
        assert call in failed, f"{call} now succeeds: update the README's mock section"
        assert f"'{field}' field is required" in failed[call], failed[call]
    methods = {str(row["call"]).split(" ")[0] for row in rows}
    by_resource = {name: 0 for name in VENDOR_METHODS}
    for method in methods:
        by_resource[method.split(".")[0]] += 1
    assert by_resource == VENDOR_METHODS
    # the legacy /suno/* paths were served by the mock itself, not answered by a fallback
    requests = stats["requests"]
    for operation in ("suno_create", "suno_clip_get", "suno_make_lyrics", "suno_get_lyrics"):
        assert requests.get(operation, 0) >= 1, operation
