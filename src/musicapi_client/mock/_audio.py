"""Real audio for the mock: a WAV file of a soft sine tone, streamed in chunks.

Any length can be served in constant memory, because the body is one precomputed block of
samples repeated; the benchmarks stream hundreds of megabytes this way.
"""

from __future__ import annotations

import math
import struct
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

SAMPLE_RATE = 8000
BYTES_PER_SECOND = SAMPLE_RATE * 2  # 16-bit mono
CHUNK = 64 * 1024
# A 1x1 transparent PNG, served as cover art.
PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)


def _block() -> bytes:
    # 440 Hz divides 8000 Hz into whole periods every 200 samples; the block is 32768 samples.
    samples = (int(6000 * math.sin(2 * math.pi * 440 * n / SAMPLE_RATE)) for n in range(CHUNK // 2))
    return struct.pack(f"<{CHUNK // 2}h", *samples)


BLOCK = _block()


def wav_size(data_bytes: int) -> int:
    """Total file size of a WAV with ``data_bytes`` of samples."""
    return 44 + data_bytes


def data_bytes_for(seconds: float) -> int:
    """Sample bytes for ``seconds`` of audio (even, so samples stay whole)."""
    return int(seconds * BYTES_PER_SECOND) // 2 * 2


def wav_header(data_bytes: int) -> bytes:
    """The 44-byte RIFF/WAVE header for 16-bit mono PCM."""
    return b"".join(
        [
            b"RIFF",
            struct.pack("<I", 36 + data_bytes),
            b"WAVEfmt ",
            struct.pack("<IHHIIHH", 16, 1, 1, SAMPLE_RATE, BYTES_PER_SECOND, 2, 16),
            b"data",
            struct.pack("<I", data_bytes),
        ]
    )


def wav_chunks(data_bytes: int) -> Iterator[bytes]:
    """The WAV file, header first, in chunks of at most 64 KiB."""
    yield wav_header(data_bytes)
    remaining = data_bytes
    while remaining > 0:
        size = min(remaining, CHUNK)
        yield BLOCK if size == CHUNK else BLOCK[:size]
        remaining -= size
