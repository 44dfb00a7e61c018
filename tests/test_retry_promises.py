"""Errors and retries keep their promises where a change would break them silently: only an
unknown outcome says so, reads answered 408 or 504 are retried (downloads too), a server's
Retry-After of 0 is taken at its word, a hub listens exactly ``fallback_after`` before it
polls, the batch journal waits for a busy database and plans all or nothing, and the
bounded reader closes what it reads and refuses a body encoded twice."""

from __future__ import annotations

import contextlib
import gzip
import sqlite3
import threading
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import Clip, batch
from musicapi_client._bounded import read_async, read_sync
from musicapi_client._errors import OUTCOME_UNKNOWN
from musicapi_client.testing import FakeClock
from musicapi_client.webhooks import WebhookHub
from tests.fakes import FakeAPI, make_client, ok, resolve

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterator
    from pathlib import Path

CREATE = "/api/v1/sonic/create"
TASK = "/api/v1/sonic/task/t1"
DONE = {"code": 200, "data": [{"clip_id": "c", "state": "succeeded"}] * 2}
ARGS = {"custom_mode": False, "gpt_description_prompt": "sea", "mv": "sonic-v6"}
AUDIO = "https://cdn.example.com/a.mp3"


@pytest.mark.parametrize(("status", "unknown"), [(400, False), (429, False), (500, True)])
async def test_only_an_unknown_outcome_says_credits_may_be_spent(
    client_for: Callable[..., Any], status: int, unknown: bool
) -> None:
    api = FakeAPI().on("POST", CREATE, ok({"message": "no"}, status=status))
    client = client_for(api, create_interval=0, max_retries=0)
    with pytest.raises(musicapi_client.APIStatusError) as caught:
        await resolve(client.sonic.create(**ARGS))
    assert caught.value.outcome_unknown is unknown
    assert (OUTCOME_UNKNOWN in str(caught.value)) is unknown
    assert ("may have started" in str(caught.value)) is unknown


@pytest.mark.parametrize("status", [408, 504])
async def test_a_poll_answered_408_or_504_is_retried(
    client_for: Callable[..., Any], status: int
) -> None:
    api = FakeAPI().on("GET", TASK, ok({"message": "later"}, status=status), ok(DONE))
    client = client_for(api)
    task = await resolve(client.sonic.get("t1"))
    assert task.status == "succeeded"
    assert api.count("GET", TASK) == 2


@pytest.mark.parametrize("status", [408, 504])
async def test_a_download_answered_408_or_504_is_retried(
    client_for: Callable[..., Any], status: int, tmp_path: Path
) -> None:
    song = httpx2.Response(200, content=b"ID3song", headers={"content-type": "audio/mpeg"})
    api = FakeAPI().on("GET", "/a.mp3", httpx2.Response(status), song)
    client = client_for(api)
    path = await resolve(
        client.download(Clip(clip_id="c", state="succeeded", audio_url=AUDIO), tmp_path)
    )
    assert path.read_bytes() == b"ID3song"
    assert api.count("GET", "/a.mp3") == 2


async def test_a_retry_after_of_zero_is_not_waited_for(client_for: Callable[..., Any]) -> None:
    busy = ok({"message": "busy"}, status=503, headers={"Retry-After": "0"})
    api = FakeAPI().on("GET", TASK, busy, ok(DONE))
    client = client_for(api)
    await resolve(client.sonic.get("t1"))
    assert client.sleeps == [0.0]  # the server's word, not the backoff's 0.375-0.5 s


def test_a_hub_listens_exactly_fallback_after_before_it_polls() -> None:
    clock = FakeClock()
    polled_at: list[float] = []

    def poll(request: httpx2.Request) -> httpx2.Response:
        polled_at.append(clock.monotonic())
        return ok(DONE)

    api = FakeAPI().on("GET", TASK, poll)
    client = make_client("sync", api, clock=clock, webhook_secret="whsec-x")
    hub = WebhookHub(client, fallback_after=7)
    started = clock.monotonic()
    assert hub.wait("t1", family="sonic", timeout=600).status == "succeeded"
    assert polled_at
    assert polled_at[0] - started == pytest.approx(7.0)


# ---------------------------------------------------------------------------- the journal
def _jobs(tmp_path: Path, count: int) -> list[batch.Job]:
    import json

    song = {"custom_mode": False, "gpt_description_prompt": "a song", "mv": "sonic-v6"}
    path = tmp_path / "jobs.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"j{n}", "operation": "sonic.create", "params": song}) + "\n"
            for n in range(count)
        ),
        encoding="utf-8",
    )
    return batch.load_jobs(path, musicapi_client.MusicAPI.catalog())


def test_a_move_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    """Another connection holds the write lock (a second process reading the journal for
    ``batch status`` may, briefly): a move waits for it (busy timeout), then goes through."""
    journal = batch.Journal(tmp_path / "batch.sqlite")
    journal.plan(_jobs(tmp_path, 1), {})
    other = sqlite3.connect(tmp_path / "batch.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the write lock, held
    outcome: list[object] = []
    started = threading.Event()

    def move() -> None:
        started.set()
        try:
            outcome.append(journal.move("j0", "sending", sends=1))
        except Exception as exc:  # what a journal without a busy timeout raises at once
            outcome.append(exc)

    mover = threading.Thread(target=move)
    mover.start()
    assert started.wait(60)
    mover.join(timeout=0.5)  # while the lock is held, the move can only be waiting
    assert outcome == []  # (a slow machine merely reaches this before the move starts)
    other.execute("COMMIT")
    mover.join(timeout=60)
    other.close()
    assert len(outcome) == 1
    assert isinstance(outcome[0], batch.Entry)
    assert outcome[0].state == "sending"


def test_a_plan_that_fails_half_way_leaves_nothing_planned(tmp_path: Path) -> None:
    """The jobs are planned in one transaction: an insert that fails (here a trigger
    refuses the fourth) leaves the journal as it was, never a partial plan."""
    journal = batch.Journal(tmp_path / "batch.sqlite")
    with sqlite3.connect(tmp_path / "batch.sqlite") as db:
        db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON jobs WHEN NEW.id = 'j3' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    with pytest.raises(sqlite3.IntegrityError):
        journal.plan(_jobs(tmp_path, 6), {})
    assert journal.entries() == []


# ---------------------------------------------------------------------------- the reader
class _Recorded(httpx2.SyncByteStream):
    """A body that records whether it was closed (its connection given back)."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize(
    ("chunks", "headers", "truncate"),
    [
        ([b'{"ok": true}'], {}, False),  # read whole
        ([b"x" * 40_000] * 5, {}, True),  # cut at the limit: the rest never read
        ([b"not gzip at all"], {"content-encoding": "gzip"}, False),  # refused mid-read
    ],
    ids=["whole", "truncated", "refused"],
)
def test_the_bounded_reader_closes_what_it_reads(
    chunks: list[bytes], headers: dict[str, str], truncate: bool
) -> None:
    stream = _Recorded(chunks)
    response = httpx2.Response(200, headers=headers, stream=stream)
    with contextlib.suppress(Exception):  # the refused one: what matters is the close
        read_sync(response, 64 * 1024, truncate=truncate)
    assert stream.closed


async def test_a_body_encoded_twice_is_refused(client_for: Callable[..., Any]) -> None:
    """Two Content-Encoding headers (gzip, then gzip): the client asked for one layer;
    the answer is refused as undecodable, not read half-decoded."""
    twice = gzip.compress(gzip.compress(b'{"credits": 1, "extra_credits": 0}'))

    def answer(request: httpx2.Request) -> httpx2.Response:
        headers = [("content-encoding", "gzip"), ("content-encoding", "gzip")]
        return httpx2.Response(200, headers=headers, stream=httpx2.ByteStream(twice))

    api = FakeAPI().on("GET", "/api/v1/get-credits", answer)
    client = client_for(api, max_retries=0)
    with pytest.raises(musicapi_client.APIConnectionError, match="Content-Encoding"):
        await resolve(client.credits.get())


class _RecordedAsync(httpx2.AsyncByteStream):
    """An async body that records whether it was closed."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk

    async def aclose(self) -> None:
        self.closed = True


async def test_the_async_bounded_reader_closes_a_body_it_stops_reading() -> None:
    """An async generator left half-read is closed only when the loop gets round to it;
    the reader closes the body itself, at once, so its connection goes back to the pool."""
    stream = _RecordedAsync([b"x" * 40_000] * 5)
    response = httpx2.Response(500, stream=stream)
    body = await read_async(response, 64 * 1024, truncate=True)
    assert len(body) == 64 * 1024
    assert stream.closed
