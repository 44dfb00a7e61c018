"""`make record` end to end: against the local mock it writes conforming, redacted files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from musicapi_client.mock import MockServer
from tools.record import PLACEHOLDER_UPLOAD, main, record
from tools.recordings import default_spec, load_all, nonconforming

if TYPE_CHECKING:
    from pathlib import Path

UPLOAD = "https://files.example.org/private/my-track.mp3"


def test_record_against_the_mock_writes_redacted_conforming_recordings(tmp_path: Path) -> None:
    # The mid-2025 API, so that nuro answers and its recordings are written too.
    with MockServer(speed=200, api_key="sk-live-SECRET-42", api="2025-06") as mock:
        written = record(
            base=mock.url,
            key=mock.api_key,
            out=tmp_path,
            upload_url=UPLOAD,
            spend=True,
            only=None,
            poll_every=0.02,
            poll_timeout=30,
        )
    recordings = load_all(tmp_path)
    assert len(written) >= 20
    names = {rec.name for rec in recordings}
    assert {
        "sonic/create__done",
        "sonic/upload__done",
        "sonic/get__done",
        "nuro/get__done",
        "studio/get__done",
        "credits/get__done",
    } <= names
    assert nonconforming(default_spec(), recordings) == {}
    for path in tmp_path.rglob("*.yaml"):
        text = path.read_text()
        assert "sk-live-SECRET-42" not in text
        assert UPLOAD not in text
        assert "authorization" not in text.lower()
    upload = next(rec for rec in recordings if rec.name == "sonic/upload__done")
    assert upload.request["body"]["url"] == PLACEHOLDER_UPLOAD
    assert upload.data["source"].startswith("live ")


def test_record_without_credits_spends_nothing(tmp_path: Path) -> None:
    with MockServer(speed=200) as mock:
        record(
            base=mock.url, key=mock.api_key, out=tmp_path, upload_url=None, spend=False, only=None
        )
        assert mock.requests("sonic_create") == 0
        assert mock.requests("credits_get") == 1


def test_record_needs_a_key() -> None:
    assert main(["--api-key", ""]) == 2
