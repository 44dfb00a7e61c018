"""Saving a clip's audio: streamed in chunks, written to a temporary file, then renamed.

The audio host is not MusicAPI, so the request carries no credential: no Authorization
header (removed even when a caller's own http_client adds one) and no auth flow (the
client sends it with ``auth=None``). File names come from the clip's title and id,
reduced to a safe character set: a title can never choose the directory.

Where it goes (one rule): ``dest`` names the file to write when its suffix is an audio
suffix (``.mp3``, ``.wav``, ``.m4a``, ...) and it is not an existing directory; anything
else is a directory, created when missing, that gets a safe name inside it. So
``out/v1.0`` and ``out`` are directories, ``out/song.mp3`` is a file (the CLI, given one
file name for several clips, names them ``song-1.wav``, ``song-2.wav``: :func:`file_for`).

A clip still ``streaming`` has an ``audio_url`` that is a live stream, growing until the
song is done: it is never saved as the song. Downloading one is refused (wait until the
task is complete), unless ``partial=True`` asks for what has streamed so far, saved
under a name that says so (``...partial.mp3``).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from musicapi_client._errors import APIConnectionError, InvalidRequestError, MusicAPIError
from musicapi_client._legacy_httpx import stack_for
from musicapi_client._task import LIVE_STATES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    import httpx2

    from musicapi_client._task import Clip

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
PARTIAL = ".partial"  # in the name of a file saved from a live stream


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


Format = Literal["audio", "wav"]
# Which URL of a clip each format reads: its audio (mp3, or m4a for producer) or its WAV.
FORMAT_FIELDS: dict[str, str] = {"audio": "audio_url", "wav": "wav_url"}


def source_url(clip: Clip, format: Format = "audio") -> str | None:
    """The URL ``format`` names on ``clip`` (None when the clip has none)."""
    field_name = FORMAT_FIELDS.get(format)
    if field_name is None:
        raise InvalidRequestError(
            f"format must be one of {', '.join(FORMAT_FIELDS)}, got {format!r}", field="format"
        )
    value = getattr(clip, field_name, None)
    return value if isinstance(value, str) and value else None


def detected_suffix(clip: Clip, content_type: str | None, format: Format = "audio") -> str | None:
    """The audio's suffix: the URL's when it is an audio one, else the Content-Type's."""
    suffix = PurePosixPath(urlsplit(source_url(clip, format) or "").path).suffix.lower()
    if suffix in AUDIO_SUFFIXES:
        return suffix
    mime = (content_type or "").split(";")[0].strip().lower()
    return CONTENT_TYPE_SUFFIX.get(mime)


def file_name(clip: Clip, content_type: str | None, format: Format = "audio") -> str:
    """``<title>-<clip id prefix><suffix>``, e.g. ``Paper-Boats-0b6f1c1e.mp3``."""
    suffix = detected_suffix(clip, content_type, format) or ".mp3"
    title = safe_stem(clip.title or "") or "clip"
    ident = safe_stem(clip.clip_id, limit=8) or "audio"
    return f"{title}-{ident}{suffix}"


def check_finished(clip: Clip, partial: bool) -> None:
    """InvalidRequestError (nothing sent) for a clip whose audio is still a live stream,
    unless ``partial`` asks for it."""
    if clip.state in LIVE_STATES and not partial:
        raise InvalidRequestError(
            f"clip {clip.clip_id} is still {clip.state}: its audio_url is a live stream that "
            "grows until the song is done, not the finished file. Wait until the task is "
            "complete (wait() on it) and download then, or pass partial=True to save what "
            f"has streamed so far (named *{PARTIAL}.<ext>)",
            field="clip",
        )


def names_directory(dest: str | os.PathLike[str]) -> bool:
    """The module's one rule: ``dest`` is a directory unless it names a file with an
    audio suffix that is not an existing directory (a trailing slash means a directory)."""
    path = Path(dest)
    return (
        path.is_dir()
        or str(dest).endswith(("/", os.sep))
        or path.suffix.lower() not in AUDIO_SUFFIXES
    )


def file_for(dest: str | os.PathLike[str], clip: Clip, number: int, count: int) -> Path:
    """Where clip ``number`` of ``count`` goes when one ``dest`` is given for them all (the
    CLI's ``--download``): a directory names each clip by itself; a file name gets the
    suffix of the clip's audio (``song.mp3`` for a WAV URL: ``song.wav``) and, for several
    clips, ``-1``, ``-2``... so none is written over another."""
    path = Path(dest)
    if names_directory(dest):
        return path
    suffix = detected_suffix(clip, None) or path.suffix
    stem = f"{path.stem}-{number}" if count > 1 else path.stem
    return path.with_name(stem + suffix)


def audio_url(clip: Clip, format: Format = "audio") -> str:
    """The URL to fetch, or an InvalidRequestError if the clip has none or a malformed one."""
    url = source_url(clip, format)
    if not url:
        field_name = FORMAT_FIELDS[format]
        raise InvalidRequestError(f"clip {clip.clip_id} has no {field_name} yet", field=field_name)
    try:
        scheme, host = urlsplit(url).scheme, urlsplit(url).hostname
    except ValueError:  # e.g. an unclosed IPv6 bracket: http://[::1
        scheme, host = "", None
    if (
        scheme not in {"http", "https"}
        or not host
        or not url.isprintable()
        or any(char.isspace() for char in url)
    ):
        raise InvalidRequestError(
            f"clip {clip.clip_id} audio_url is not a usable http(s) URL", field="audio_url"
        )
    return url


@dataclass(frozen=True, slots=True)
class Destination:
    """Where a download goes: a directory (the name comes later) or one file."""

    path: Path
    is_dir: bool

    format: Format = "audio"
    partial: bool = False  # a live stream's head: the name says so
    provenance: bool = False  # mark the file as AI-generated (see _provenance)

    def final(self, clip: Clip, content_type: str | None) -> Path:
        """The file to write, once the answer's Content-Type is known."""
        path = self.path / file_name(clip, content_type, self.format) if self.is_dir else self.path
        if self.partial and not path.stem.endswith(PARTIAL):
            path = path.with_name(f"{path.stem}{PARTIAL}{path.suffix}")
        return path


def destination(
    dest: str | os.PathLike[str],
    format: Format = "audio",
    *,
    partial: bool = False,
    provenance: bool = False,
) -> Destination:
    """Apply the module's one rule to ``dest`` and create the directory it needs.

    Raises InvalidRequestError (nothing is sent) when that is impossible: a directory
    wanted where a file stands, or a parent that cannot be created.
    """
    try:
        path = Path(dest)
        is_dir = names_directory(dest)
        folder = path if is_dir else path.parent
        if folder.exists() and not folder.is_dir():
            raise InvalidRequestError(
                f"download destination {str(folder)!r} is a file, not a directory; to name "
                f"the file itself, give it an audio suffix ({', '.join(sorted(AUDIO_SUFFIXES))})",
                field="dest",
            )
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, TypeError, ValueError) as exc:
        raise InvalidRequestError(
            f"download destination {dest!r} cannot be used: {type(exc).__name__}: {exc}",
            field="dest",
        ) from None
    return Destination(path, is_dir, format, partial, provenance)


@contextlib.contextmanager
def atomic_writer(final: Path, check: Callable[[Path], None]) -> Iterator[IO[bytes]]:
    """Yield a temp file beside ``final``; rename it into place only if ``check(temp)``
    passes (it may also finish the file: mark it)."""
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, on every path
            dir=final.parent, prefix=f".{final.name}.", suffix=".part", delete=False
        )
    except OSError as exc:
        raise MusicAPIError(f"cannot write into {str(final.parent)!r}: {exc.strerror}") from None
    try:
        yield handle
        handle.flush()
        handle.close()
        check(Path(handle.name))
        os.chmod(handle.name, FILE_MODE)
        os.replace(handle.name, final)
    except BaseException as exc:
        handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)
        if isinstance(exc, OSError):
            raise MusicAPIError(f"could not write {final.name}: {exc.strerror or exc}") from exc
        raise


def content_length(value: str | None) -> int | None:
    """The Content-Length header as an int, when present and sane."""
    if value is None or not value.isdigit():
        return None
    return int(value)


def live_request(http: httpx2.Client | httpx2.AsyncClient, clip: Clip) -> httpx2.Request:
    """The GET for ``clip``'s audio to listen to as it comes: its live stream while it
    streams, else its finished file (InvalidRequestError when it has neither yet)."""
    if clip.state not in LIVE_STATES and not clip.ready:
        raise InvalidRequestError(
            f"clip {clip.clip_id} is {clip.state}: nothing to listen to yet (wait with "
            "until='streaming')",
            field="clip",
        )
    return audio_request(http, clip)


def audio_request(
    http: httpx2.Client | httpx2.AsyncClient,
    clip: Clip,
    format: Format = "audio",
) -> httpx2.Request:
    """The GET for ``clip``'s audio, without any Authorization header the client carries."""
    try:
        request = http.build_request("GET", audio_url(clip, format), headers=REQUEST_HEADERS)
    except (stack_for(http).invalid_url, ValueError) as exc:
        raise InvalidRequestError(
            f"clip {clip.clip_id} audio_url is not a usable URL: {exc}", field="audio_url"
        ) from None
    request.headers.pop("Authorization", None)
    return request


@contextlib.contextmanager
def writer(
    response: httpx2.Response, where: Destination, clip: Clip
) -> Iterator[tuple[Path, IO[bytes]]]:
    """The final path and a temporary file for ``response``'s body (see atomic_writer).

    Content-Length counts the bytes on the wire, so it is compared with what arrived
    (``num_bytes_downloaded``), not with the decoded size: a gzip-encoded file is fine.
    """
    final = where.final(clip, response.headers.get("content-type"))
    # A live stream has no length to check: what arrived is what was asked for.
    expected = None if where.partial else content_length(response.headers.get("content-length"))
    in_memory = response.is_stream_consumed  # built in memory (httpx2.MockTransport)

    def check(written: Path) -> None:
        received = len(response.content) if in_memory else response.num_bytes_downloaded
        if expected is not None and received != expected:
            raise APIConnectionError(
                f"download of {final.name} stopped at {received} of {expected} bytes"
            )
        if where.provenance:
            from musicapi_client import _provenance

            _provenance.mark(written, _provenance.fields(clip))

    with atomic_writer(final, check) as out:
        yield final, out
