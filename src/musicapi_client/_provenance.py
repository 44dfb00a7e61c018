"""Marking a downloaded file as AI-generated, in its own metadata (``provenance=True``).

The EU AI Act's Article 50 (applying since 2026-08-02) asks that generated audio carry a
machine-readable mark; MusicAPI documents no marking of its own. On request the client
writes one into the file it saved: ``AI_GENERATED=1``, the provider, the model that
rendered the clip, the task and clip ids and when it was created, as

- ID3 ``TXXX`` frames in an MP3 (mutagen),
- MP4 freeform atoms (``----:org.musicapi:...``) in an M4A (mutagen),
- a RIFF ``LIST``/``INFO`` chunk in a WAV (``ICMT`` holds the fields, ``ISFT`` the client;
  written here, RIFF INFO has no free-form keys).

It is a label, not a watermark: it lives in the metadata, which any re-encoding or tag
editor removes, and proves nothing by itself. The format is read from the file's first
bytes, never guessed from its name; a format it cannot mark is an error (no file saved).
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from musicapi_client._errors import ConfigurationError, MusicAPIError
from musicapi_client._extras import install_hint
from musicapi_client._version import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from musicapi_client._task import Clip

PROVIDER = "MusicAPI (api.musicapi.ai)"
MP4_NAMESPACE = "org.musicapi"
MARKED_FORMATS = ("mp3", "m4a", "wav")


def fields(clip: Clip) -> dict[str, str]:
    """What the mark says of ``clip`` (empty values left out)."""
    created = getattr(clip.raw, "created_at", None) if clip.raw is not None else None
    found = {
        "AI_GENERATED": "1",
        "AI_PROVIDER": PROVIDER,
        "AI_MODEL": clip.model or clip.requested_model or "",
        "MUSICAPI_TASK_ID": clip.task_id or "",
        "MUSICAPI_CLIP_ID": clip.clip_id,
        "AI_CREATED": str(created) if created else datetime.now(UTC).isoformat(),
        "TAGGED_BY": f"musicapi-client {__version__}",
    }
    return {key: value for key, value in found.items() if value}


def check_available() -> None:
    """ConfigurationError, before anything is sent, when mutagen is not installed."""
    try:
        import mutagen  # noqa: F401
    except ImportError:
        raise ConfigurationError(
            f"provenance=True needs the provenance extra: {install_hint('provenance')}",
            option="provenance",
        ) from None


def kind_of(path: Path) -> str | None:
    """The audio format of ``path`` from its first bytes: mp3, m4a, wav or None."""
    with path.open("rb") as handle:
        head = handle.read(12)
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    if head[4:8] == b"ftyp":
        return "m4a"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    return None


def mark(path: Path, values: dict[str, str]) -> str:
    """Write ``values`` into ``path``'s metadata; the format marked. MusicAPIError when
    the file is of a format this cannot mark."""
    kind = kind_of(path)
    if kind == "mp3":
        _mark_mp3(path, values)
    elif kind == "m4a":
        _mark_m4a(path, values)
    elif kind == "wav":
        _mark_wav(path, values)
    else:
        raise MusicAPIError(
            f"cannot mark {path.name} as AI-generated: not MP3, M4A or WAV audio (the file "
            "was not kept; download it without provenance=True to keep it unmarked)"
        )
    return kind


def _mark_mp3(path: Path, values: dict[str, str]) -> None:
    from mutagen.id3 import ID3, TXXX, ID3NoHeaderError

    try:
        tags = ID3(path)
    except ID3NoHeaderError:
        tags = ID3()
    for key, value in values.items():
        tags.add(TXXX(encoding=3, desc=key, text=[value]))
    tags.save(path)


def _mark_m4a(path: Path, values: dict[str, str]) -> None:
    from mutagen.mp4 import MP4, MP4FreeForm

    audio = MP4(path)
    if audio.tags is None:
        audio.add_tags()
    assert audio.tags is not None
    for key, value in values.items():
        audio.tags[f"----:{MP4_NAMESPACE}:{key}"] = [MP4FreeForm(value.encode("utf-8"))]
    audio.save()


def _mark_wav(path: Path, values: dict[str, str]) -> None:
    """Append a LIST/INFO chunk and grow the RIFF size (the samples are not touched)."""
    comment = "; ".join(f"{key}={value}" for key, value in values.items())
    chunk = b"INFO" + _info("ICMT", comment) + _info("ISFT", values.get("TAGGED_BY", ""))
    listed = b"LIST" + struct.pack("<I", len(chunk)) + chunk
    with path.open("r+b") as handle:
        handle.seek(0, 2)
        if handle.tell() % 2:  # chunks start on even offsets
            handle.write(b"\0")
        handle.write(listed)
        size = handle.tell() - 8
        handle.seek(4)
        handle.write(struct.pack("<I", size))


def _info(key: str, text: str) -> bytes:
    data = text.encode("utf-8") + b"\0"
    if len(data) % 2:
        data += b"\0"
    return key.encode("ascii") + struct.pack("<I", len(data)) + data


def read_wav_info(path: Path) -> dict[str, str]:
    """The INFO entries of a WAV (for tests and checks): 4-letter key -> text."""
    data = path.read_bytes()
    found: dict[str, str] = {}
    offset = 12
    while offset + 8 <= len(data):
        kind, size = (
            data[offset : offset + 4],
            struct.unpack("<I", data[offset + 4 : offset + 8])[0],
        )
        body = data[offset + 8 : offset + 8 + size]
        if kind == b"LIST" and body[:4] == b"INFO":
            inner = 4
            while inner + 8 <= len(body):
                key = body[inner : inner + 4].decode("ascii", "replace")
                length = struct.unpack("<I", body[inner + 4 : inner + 8])[0]
                found[key] = body[inner + 8 : inner + 8 + length].rstrip(b"\0").decode("utf-8")
                inner += 8 + length + (length % 2)
        offset += 8 + size + (size % 2)
    return found
