"""Real audio for the mock: a WAV file of a soft sine tone, streamed in chunks (and, for
producer clips, the same tone as an M4A file).

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


def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I", 8 + len(body)) + kind + body


def _full_box(kind: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *parts)


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def m4a_bytes(seconds: float) -> bytes:
    """An M4A (MPEG-4 audio) file of the same tone: 16-bit little-endian PCM samples
    (ISO/IEC 23003-5 ``ipcm`` with its ``pcmC`` box) in an ISO base media container (ftyp,
    moov with one sound track, mdat), for the producer family's m4a answers. Small clips
    only: it is built in memory."""
    data = b"".join(wav_chunks(data_bytes_for(seconds)))[44:]
    samples = len(data) // 2
    entry = _box(
        b"ipcm",
        bytes(6),
        struct.pack(">H", 1),  # data reference index
        bytes(8),  # AudioSampleEntry: reserved
        struct.pack(">HHHH", 1, 16, 0, 0),  # channels, sample size, pre-defined, reserved
        struct.pack(">I", SAMPLE_RATE << 16),
        _full_box(b"pcmC", 0, 0, struct.pack(">BB", 1, 16)),  # little-endian, 16 bits
    )

    def moov(offset: int) -> bytes:
        stbl = _box(
            b"stbl",
            _full_box(b"stsd", 0, 0, struct.pack(">I", 1), entry),
            _full_box(b"stts", 0, 0, struct.pack(">III", 1, samples, 1)),
            _full_box(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, samples, 1)),
            _full_box(b"stsz", 0, 0, struct.pack(">II", 2, samples)),
            _full_box(b"stco", 0, 0, struct.pack(">II", 1, offset)),
        )
        minf = _box(
            b"minf",
            _full_box(b"smhd", 0, 0, bytes(4)),
            _box(b"dinf", _full_box(b"dref", 0, 0, struct.pack(">I", 1), _full_box(b"url ", 0, 1))),
            stbl,
        )
        mdia = _box(
            b"mdia",
            _full_box(b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, SAMPLE_RATE, samples, 0x55C4, 0)),
            _full_box(b"hdlr", 0, 0, bytes(4), b"soun", bytes(12), b"SoundHandler\0"),
            minf,
        )
        tkhd = _full_box(
            b"tkhd",
            0,
            7,
            struct.pack(">IIIII", 0, 0, 1, 0, samples),
            bytes(8),
            struct.pack(">hhhH", 0, 0, 0x0100, 0),
            _MATRIX,
            struct.pack(">II", 0, 0),
        )
        mvhd = _full_box(
            b"mvhd",
            0,
            0,
            struct.pack(">IIII", 0, 0, SAMPLE_RATE, samples),
            struct.pack(">IH", 0x10000, 0x0100),
            bytes(10),
            _MATRIX,
            bytes(24),
            struct.pack(">I", 2),
        )
        return _box(b"moov", mvhd, _box(b"trak", tkhd, mdia))

    ftyp = _box(b"ftyp", b"M4A ", struct.pack(">I", 0), b"M4A mp42isom")
    head = len(ftyp) + len(moov(0)) + 8  # where the samples start, inside mdat
    return ftyp + moov(head) + _box(b"mdat", data)
