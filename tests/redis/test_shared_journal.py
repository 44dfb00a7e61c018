"""The shared journal in-process, against a real Redis server: moves applied once, live
workers left alone, garbage confined to its job, projects kept apart, Redis stalls waited
out without freezing the worker, and a restore that refuses to forget a worker."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import threading
from typing import TYPE_CHECKING, Any

import pytest
import redis
import redis.exceptions

import musicapi_client
from musicapi_client import batch
from musicapi_client.batch._record import RECORD, WorkerRecord
from musicapi_client.batch._shared_journal import BrokenEntry, SharedJournal, batch_key
from musicapi_client.mock import MockServer

if TYPE_CHECKING:
    from pathlib import Path

    from tests.redis_server import RedisServer

PRICES: dict[str, float | None] = {"sonic.create": 20.0}


def _jobs(tmp_path: Path, count: int) -> list[batch.Job]:
    path = tmp_path / "jobs.jsonl"
    song = {"custom_mode": False, "gpt_description_prompt": "a song", "mv": "sonic-v6"}
    lines = [
        json.dumps({"id": f"j{n}", "operation": "sonic.create", "params": song}) + "\n"
        for n in range(count)
    ]
    path.write_text("".join(lines), encoding="utf-8")
    return batch.load_jobs(path, musicapi_client.MusicAPI.catalog())


LINKS: list[Any] = []  # closed by the fixture below, in the loop that used them


def _link(url: str, key: str = "k") -> Any:
    link = musicapi_client.AsyncMusicAPI(api_key=key, redis_url=url)._coordination()
    LINKS.append(link)
    return link


@pytest.fixture(autouse=True)
async def _close_links() -> Any:
    yield
    while LINKS:
        await LINKS.pop().aclose()


async def _journal(url: str, jobs: list[batch.Job], **options: Any) -> SharedJournal:
    journal = SharedJournal(_link(url), batch_key(jobs), "/tmp/out", **options)
    await journal.plan(jobs, PRICES)
    return journal


async def test_a_move_whose_answer_was_lost_is_applied_once(redis_url: str, tmp_path: Path) -> None:
    """The script ran, its answer never arrived: sent again, it is recognised (not run a
    second time, which would refuse the claim or count the job twice)."""
    jobs = _jobs(tmp_path, 2)
    journal = await _journal(redis_url, jobs)
    real, calls = journal._move, []

    async def answer_lost(keys: list[str], args: list[str]) -> Any:
        result = await real(keys=keys, args=args)
        calls.append(args[0])
        if len(calls) == 1:
            raise redis.exceptions.ConnectionError("the answer was lost on the way")
        return result

    journal._move = answer_lost  # type: ignore[assignment]
    claimed = await journal.claim("j0", budget=100)
    assert claimed is not None
    assert claimed.state == "sending"
    assert calls == ["sending", "sending"]  # sent twice, applied once
    created = await journal.move("j0", "created", task_id="t0", family="sonic")
    assert created.task_id == "t0"
    counts = await journal.counts()
    assert (counts["planned"], counts["sending"], counts["created"]) == (1, 0, 1)
    assert await journal.committed() == 20.0  # the claim's credits counted once


async def test_recovery_leaves_a_live_workers_create_alone(redis_url: str, tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, 1)
    sender = await _journal(redis_url, jobs)
    await sender.join()
    assert await sender.claim("j0") is not None
    other = await _journal(redis_url, jobs)
    assert await other.recover() == []  # the sender's lease is alive: its create goes on
    assert (await other.get("j0")).state == "sending"
    with redis.Redis.from_url(redis_url) as server:
        server.delete(*server.keys(f"*:worker:{sender.worker}"))  # its lease lapses
    stranded = await other.recover()
    assert [(e.id, e.state) for e in stranded] == [("j0", "unknown")]


async def test_garbage_in_a_jobs_entry_is_that_jobs_problem(redis_url: str, tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, 4)
    journal = await _journal(redis_url, jobs)
    with redis.Redis.from_url(redis_url) as server:
        (j1,) = server.keys("*:job:j1")
        (j2,) = server.keys("*:job:j2")
        (j3,) = server.keys("*:job:j3")
        server.hset(j1, "data", "{not json")
        server.hset(j2, "data", json.dumps({"state": "planned"}))  # no id, no operation
        server.delete(j3)
        server.set(j3, "a string, not a hash")
    entries = await journal.entries()
    assert [e.id for e in entries] == ["j0"]
    assert set(journal.broken) == {"j1", "j2", "j3"}
    for job_id in ("j1", "j3"):
        with pytest.raises(BrokenEntry) as caught:
            await journal.claim(job_id)
        assert caught.value.job_id == job_id
    with pytest.raises(BrokenEntry):
        await journal.get("j2")
    assert await journal.claim("j0") is not None  # the readable job goes on


def test_a_batch_with_a_garbage_entry_runs_the_others_and_says_which(
    redis_url: str, tmp_path: Path
) -> None:
    jobs = _jobs(tmp_path, 3)
    key = batch_key(jobs)
    with MockServer(speed=100) as mock:

        async def run() -> batch.BatchResult:
            link = _link(redis_url, mock.api_key)
            await SharedJournal(link, key, "").plan(jobs, PRICES)
            await LINKS.pop().aclose()
            with redis.Redis.from_url(redis_url) as server:
                (broken,) = server.keys("*:job:j1")
                server.hset(broken, "data", "garbage")
            client = musicapi_client.AsyncMusicAPI(
                api_key=mock.api_key,
                base_url=mock.url,
                redis_url=redis_url,
                create_interval=0.01,
                poll_schedule=musicapi_client.PollSchedule(scale=1 / 100),
            )
            try:
                return await batch.arun(jobs, tmp_path / "out", client=client)
            finally:
                await client.close()

        result = asyncio.run(run())
        creates = mock.state.stats()["requests"]["sonic_create"]
    assert creates == 2
    assert result.exit_code == 1
    assert any("j1" in note and "unreadable" in note for note in result.notes)


def test_two_projects_running_one_job_file_run_two_batches(redis_url: str, tmp_path: Path) -> None:
    """Same job file, same Redis, two API keys (two projects): each sends its own jobs."""
    jobs = _jobs(tmp_path, 2)
    with MockServer(speed=100, more_keys=("project-a-key", "project-b-key")) as mock:

        async def run(key: str, out: str) -> batch.BatchResult:
            client = musicapi_client.AsyncMusicAPI(
                api_key=key,
                base_url=mock.url,
                redis_url=redis_url,
                create_interval=0.01,
                poll_schedule=musicapi_client.PollSchedule(scale=1 / 100),
            )
            try:
                return await batch.arun(jobs, tmp_path / out, client=client)
            finally:
                await client.close()

        first = asyncio.run(run("project-a-key", "a"))
        second = asyncio.run(run("project-b-key", "b"))
        creates = mock.state.stats()["requests"]["sonic_create"]
    assert first.counts["done"] == second.counts["done"] == 2
    assert creates == 4


async def test_a_batch_a_0_4_0_worker_started_keeps_its_committed_credits(
    redis_url: str, tmp_path: Path
) -> None:
    jobs = _jobs(tmp_path, 2)
    first = await _journal(redis_url, jobs)
    old = first._key + ":committed"  # where 0.4.0 counted them
    await first._server.set(old, "40")
    await first.join()
    assert await first.committed() == 40
    await first._server.set(old, "60")  # copied once, never over what the budget holds
    await first.join()
    assert await first.committed() == 40


def test_a_shared_batchs_max_credits_is_a_named_budget_the_apps_share(
    redis_url: str, tmp_path: Path
) -> None:
    """--max-credits of a shared batch is the named budget ``batch.<id>``, reserved by the
    claim itself: an app's create on that budget counts against the batch (and the other
    way round), through one key in Redis."""
    from musicapi_client.batch._credits import budget_name

    jobs = _jobs(tmp_path, 3)
    name = budget_name(batch_key(jobs))
    with MockServer(speed=100, more_keys=("budget-project-key",)) as mock:

        async def run() -> tuple[batch.BatchResult, float, float]:
            client = musicapi_client.AsyncMusicAPI(
                api_key="budget-project-key",
                base_url=mock.url,
                redis_url=redis_url,
                create_interval=0.01,
                poll_schedule=musicapi_client.PollSchedule(scale=1 / 100),
                credit_prices=PRICES,
            )
            try:
                app = client.with_options(max_credits=60, budget=name)
                await app.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
                result = await batch.arun(jobs, tmp_path / "out", client=client, max_credits=60)
                held = (await client.budget(result.budget)).reserved
                try:  # the batch's creates count for the app too
                    await app.sonic.create(
                        custom_mode=False, gpt_description_prompt="y", mv="sonic-v6"
                    )
                except musicapi_client.BudgetExceededError as exc:
                    refused = exc.reserved or 0.0
                return result, held, refused
            finally:
                await client.close()

        result, held, refused = asyncio.run(run())
        creates = mock.state.stats()["requests"]["sonic_create"]
    assert result.budget == name
    assert result.counts["done"] == 2  # 20 of the 60 went to the app's create
    assert result.counts["planned"] == 1
    assert creates == 3  # the app's, then two of the batch's
    assert held == refused == 60


@pytest.mark.slow
def test_a_redis_stall_while_a_worker_opens_a_batch_is_waited_out(
    own_redis: RedisServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Redis stops answering while the worker opens (joins, plans) its batch: it waits for
    Redis (no raw TimeoutError), and its event loop keeps running meanwhile."""
    jobs = _jobs(tmp_path, 1)
    noticed = threading.Event()

    class Notice(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "unreachable" in record.getMessage():
                noticed.set()

    handler = Notice()
    logging.getLogger("musicapi_client").addHandler(handler)
    ticks: list[int] = []
    assert own_redis.process is not None
    try:
        with MockServer(speed=100) as mock:

            async def ticker(stop: asyncio.Event) -> None:
                while not stop.is_set():
                    ticks.append(1)
                    await asyncio.sleep(0.05)

            async def run() -> batch.BatchResult:
                client = musicapi_client.AsyncMusicAPI(
                    api_key=mock.api_key,
                    base_url=mock.url,
                    redis_url=own_redis.url,
                    create_interval=0.01,
                    poll_schedule=musicapi_client.PollSchedule(scale=1 / 100),
                )
                stop = asyncio.Event()
                ticking = asyncio.create_task(ticker(stop))
                own_redis.process.send_signal(signal.SIGSTOP)  # type: ignore[union-attr]
                try:
                    running = asyncio.create_task(batch.arun(jobs, tmp_path / "o", client=client))
                    said = await asyncio.to_thread(noticed.wait, 120)
                    stalled_ticks = len(ticks)
                    own_redis.process.send_signal(signal.SIGCONT)  # type: ignore[union-attr]
                    assert said, "the worker never said Redis was unreachable"
                    result = await running
                finally:
                    own_redis.process.send_signal(signal.SIGCONT)  # type: ignore[union-attr]
                    stop.set()
                    await ticking
                    await client.close()
                assert stalled_ticks >= 3  # the loop ran while Redis did not answer
                return result

            result = asyncio.run(run())
    finally:
        logging.getLogger("musicapi_client").removeHandler(handler)
    assert result.counts["done"] == 1


async def test_a_restore_refuses_to_forget_a_worker_that_held_jobs(
    redis_url: str, tmp_path: Path
) -> None:
    jobs = _jobs(tmp_path, 2)
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    mine.mkdir()
    record = WorkerRecord(mine / RECORD, "host-aaaa", str(mine))
    record.note_workers({"host-bbbb": str(theirs)})  # seen holding a job
    record.close()
    client = musicapi_client.AsyncMusicAPI(api_key="k", redis_url=redis_url)
    with pytest.raises(batch.JournalError) as caught:
        await batch.arestore(jobs, [mine], client=client)
    assert "host-bbbb" in str(caught.value)
    assert str(theirs) in str(caught.value)
    done = await batch.arestore(jobs, [mine], client=client, allow_missing=True)
    assert done.planned == 2
    assert done.notes
    await client.close()


def test_a_directory_that_ran_a_shared_batch_is_not_run_without_redis(
    redis_url: str, tmp_path: Path
) -> None:
    """Without --redis the job file would become a local batch of its own, sending the
    jobs other workers sent: refused, naming --redis."""
    jobs = _jobs(tmp_path, 1)
    with MockServer(speed=100) as mock:

        async def run(redis: str | None) -> batch.BatchResult:
            client = musicapi_client.AsyncMusicAPI(
                api_key=mock.api_key,
                base_url=mock.url,
                redis_url=redis,
                create_interval=0.01,
                poll_schedule=musicapi_client.PollSchedule(scale=1 / 100),
            )
            try:
                return await batch.arun(jobs, tmp_path / "w", client=client)
            finally:
                await client.close()

        assert asyncio.run(run(redis_url)).counts["done"] == 1
        with pytest.raises(batch.JournalError, match="--redis"):
            asyncio.run(run(None))
        creates = mock.state.stats()["requests"]["sonic_create"]
    assert creates == 1
