"""Saving a clip's audio: streamed in chunks, written to a temporary file, then renamed.

The audio host is not MusicAPI, so the request carries no Authorization header (it is
removed even when a caller's own http_client adds one). File names come from the clip's
title and id, reduced to a safe character set: a title can never choose the directory.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING
from urllib.parse import urlsplit

from musicapi._errors import APIConnectionError, InvalidRequestError

if TYPE_CHECKING:
    from collections.abc import Iterator

    import httpx

    from musicapi._task import Clip

CHUNK_SIZE = 64 * 1024
# Audio hosts get no JSON Accept header and, below, no Authorization header.
REQUEST_HEADERS = {"Accept": "*/*"}
AUDIO_SUFFIXES = {".mp3", ".wav", ".m4a", ".flac", ".ogg", ".aac", ".opus"}
CONTENT_TYPE_SUFFIX = {
    "audio/mpeg": ".mp3",
    "audio/mp3": ".mp3",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/wave": ".wav",
    "audio/flac": ".flac",
    "audio/ogg": ".ogg",
    "audio/mp4": ".m4a",
    "audio/aac": ".aac",
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Temporary files are created 0600; finished downloads get the usual permissions.
FILE_MODE = 0o666 & ~_umask()


def safe_stem(text: str, *, limit: int = 60) -> str:
    """ASCII letters, digits, dot, dash and underscore only; no leading dots."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = _UNSAFE.sub("-", ascii_text).strip(".-_")[:limit].strip(".-_")
    return stem


def file_name(clip: Clip, content_type: str | None) -> str:
    """``<title>-<clip id prefix><suffix>``, e.g. ``Paper-Boats-0b6f1c1e.mp3``."""
    suffix = PurePosixPath(urlsplit(clip.audio_url or "").path).suffix.lower()
    if suffix not in AUDIO_SUFFIXES:
        mime = (content_type or "").split(";")[0].strip().lower()
        suffix = CONTENT_TYPE_SUFFIX.get(mime, ".mp3")
    title = safe_stem(clip.title or "") or "clip"
    ident = safe_stem(clip.clip_id, limit=8) or "audio"
    return f"{title}-{ident}{suffix}"


def audio_url(clip: Clip) -> str:
    """The clip's audio URL, or an InvalidRequestError if it has none yet."""
    url = clip.audio_url
    if not url:
        raise InvalidRequestError(f"clip {clip.clip_id} has no audio_url yet", field="audio_url")
    if urlsplit(url).scheme not in {"http", "https"}:
        raise InvalidRequestError(
            f"clip {clip.clip_id} audio_url is not http(s)", field="audio_url"
        )
    return url


def target_path(dest: str | os.PathLike[str], clip: Clip, content_type: str | None) -> Path:
    """A safe name inside ``dest`` when it is a directory, else ``dest`` itself.

    ``dest`` is taken as a directory when it is one, ends with a separator, or has no
    file suffix (``out`` or ``out/``); ``out/song.mp3`` is a file path.
    """
    path = Path(dest)
    if path.is_dir() or str(dest).endswith(("/", os.sep)) or not path.suffix:
        path.mkdir(parents=True, exist_ok=True)
        return path / file_name(clip, content_type)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def atomic_writer(final: Path, expected_size: int | None) -> Iterator[IO[bytes]]:
    """Yield a temp file beside ``final``; rename it into place only if all went well."""
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, on every path
        dir=final.parent, prefix=f".{final.name}.", suffix=".part", delete=False
    )
    try:
        yield handle
        handle.flush()
        size = handle.tell()
        handle.close()
        if expected_size is not None and size != expected_size:
            raise APIConnectionError(
                f"download of {final.name} stopped at {size} of {expected_size} bytes"
            )
        os.chmod(handle.name, FILE_MODE)
        os.replace(handle.name, final)
    except BaseException:
        handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)
        raise


def content_length(value: str | None) -> int | None:
    """The Content-Length header as an int, when present and sane."""
    if value is None or not value.isdigit():
        return None
    return int(value)


def audio_request(http: httpx.Client | httpx.AsyncClient, clip: Clip) -> httpx.Request:
    """The GET for ``clip``'s audio, without any Authorization header the client carries."""
    request = http.build_request("GET", audio_url(clip), headers=REQUEST_HEADERS)
    request.headers.pop("Authorization", None)
    return request


@contextlib.contextmanager
def writer(
    response: httpx.Response, dest: str | os.PathLike[str], clip: Clip
) -> Iterator[tuple[Path, IO[bytes]]]:
    """The final path and a temporary file for ``response``'s body (see atomic_writer)."""
    final = target_path(dest, clip, response.headers.get("content-type"))
    expected = content_length(response.headers.get("content-length"))
    with atomic_writer(final, expected) as out:
        yield final, out
