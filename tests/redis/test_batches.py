"""One batch on several workers through Redis: each job sent by exactly one of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pytest

from musicapi_client.mock import MockServer

if TYPE_CHECKING:
    from tests.redis_server import RedisServer

# Workers in processes of their own, end to end: make test runs them, make pytest not.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _jobs(path: Path, count: int) -> Path:
    lines = [
        {
            "id": f"song-{n:02d}",
            "operation": "sonic.create",
            "params": {
                "custom_mode": False,
                "gpt_description_prompt": f"song {n}",
                "mv": "sonic-v6",
            },
            "download": True,
        }
        for n in range(count)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _worker(
    mock: MockServer,
    jobs: Path,
    out: Path,
    redis_url: str,
    extra_env: dict[str, str] | None = None,
    extra_args: tuple[str, ...] = (),
) -> subprocess.Popen[str]:
    env = {**os.environ, "MUSICAPI_API_KEY": mock.api_key, "MUSICAPI_BASE_URL": mock.url}
    env |= extra_env or {}
    command = [
        sys.executable, "-m", "musicapi_client", "batch", "run", str(jobs), "--out", str(out),
        "--redis", redis_url, "--create-interval", "0.05", "--json", *extra_args,
    ]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_three_workers_run_one_batch_and_send_each_job_once(redis_url: str, tmp_path: Path) -> None:
    jobs = _jobs(tmp_path / "jobs.jsonl", 12)
    with MockServer(speed=100, credits=100_000) as mock:
        outs = [tmp_path / f"worker-{n}" for n in range(3)]
        runs = [_worker(mock, jobs, out, redis_url) for out in outs]
        for run in runs:
            _, err = run.communicate(timeout=300)
            assert run.returncode == 0, err
        stats = mock.state.stats()
    assert stats["requests"]["sonic_create"] == 12
    assert stats["repeated_creates"] == 0
    rows = [json.loads(line) for line in (outs[0] / "manifest.jsonl").read_text().splitlines()]
    assert len(rows) == 12
    assert {row["status"] for row in rows} == {"done"}
    assert all(row["worker"] and row["out"] in {str(o.resolve()) for o in outs} for row in rows)
    for row in rows:  # each file is where the manifest says the worker wrote it
        assert row["files"]
        assert all((Path(row["out"]) / name).is_file() for name in row["files"])
    status = subprocess.run(
        [
            sys.executable,
            "-m",
            "musicapi_client",
            "batch",
            "status",
            "--redis",
            redis_url,
            "--json",
        ],
        cwd=ROOT,
        env={**os.environ, "MUSICAPI_API_KEY": "mock-key"},  # batches live under its namespace
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    batches = json.loads(status.stdout)["batches"]
    assert len(batches) == 1
    assert batches[0]["counts"]["done"] == 12
    assert batches[0]["workers"] == []  # every worker ended its lease


def test_a_killed_worker_loses_nothing_and_nothing_is_sent_twice(
    redis_url: str, tmp_path: Path
) -> None:
    """SIGKILL one worker after the mock accepted some creates: the others mark its job
    in flight unknown (never resent), take over the tasks it created (waited for and
    downloaded by them) and send the rest."""
    import signal
    import time

    jobs = _jobs(tmp_path / "jobs.jsonl", 12)
    lease = {"MUSICAPI_BATCH_LEASE": "2"}  # a dead worker's jobs move on after 2 s
    with MockServer(speed=20, credits=100_000) as mock:
        outs = [tmp_path / f"worker-{n}" for n in range(3)]
        runs = [_worker(mock, jobs, out, redis_url, extra_env=lease) for out in outs]
        deadline = time.monotonic() + 120
        while mock.state.stats()["requests"].get("sonic_create", 0) < 4:
            assert time.monotonic() < deadline, "no creates reached the mock"
            time.sleep(0.01)
        runs[0].send_signal(signal.SIGKILL)
        for run in runs[1:]:
            _, err = run.communicate(timeout=300)
            assert run.returncode in (0, 1), err  # 1: a job of unknown outcome
        runs[0].wait(timeout=60)
        stats = mock.state.stats()
    assert stats["repeated_creates"] == 0
    rows = [json.loads(line) for line in (outs[1] / "manifest.jsonl").read_text().splitlines()]
    states = [row["status"] for row in rows]
    assert len(rows) == 12
    assert set(states) <= {"done", "unknown"}
    assert states.count("unknown") <= 4  # at most the creates it had in flight (4 senders)
    # An unknown job's create may or may not have reached the mock (killed before or after).
    done, unknown = states.count("done"), states.count("unknown")
    assert done <= stats["requests"]["sonic_create"] <= done + unknown
    for row in rows:
        if row["status"] == "done":
            assert all((Path(row["out"]) / name).is_file() for name in row["files"])


def test_the_budget_holds_across_workers(redis_url: str, tmp_path: Path) -> None:
    """--max-credits 100 with sonic.create at 20 (the mock's table): five creates in all,
    whichever worker sends them; the rest stays planned."""
    jobs = _jobs(tmp_path / "jobs.jsonl", 12)
    with MockServer(speed=100, credits=100_000) as mock:
        outs = [tmp_path / f"worker-{n}" for n in range(3)]
        runs = [
            _worker(mock, jobs, out, redis_url, extra_args=("--max-credits", "100")) for out in outs
        ]
        for run in runs:
            _, err = run.communicate(timeout=300)
            assert run.returncode == 1, err  # not every job done: the budget stopped them
        stats = mock.state.stats()
    assert stats["requests"]["sonic_create"] == 5
    rows = [json.loads(line) for line in (outs[0] / "manifest.jsonl").read_text().splitlines()]
    states = [row["status"] for row in rows]
    assert states.count("done") == 5
    assert states.count("planned") == 7


def test_a_redis_outage_pauses_a_shared_batch_which_then_finishes(
    own_redis: RedisServer, tmp_path: Path
) -> None:
    """Redis stops answering mid-run (the server is paused with SIGSTOP until a worker has
    said it is unreachable, i.e. past the client's socket timeout, then resumed): the
    workers wait for it, with a warning that hides the URL's password, and finish every
    job once, with no create sent twice."""
    import signal
    import threading
    import time

    jobs = _jobs(tmp_path / "jobs.jsonl", 8)
    with MockServer(speed=50, credits=100_000) as mock:
        outs = [tmp_path / f"worker-{n}" for n in range(2)]
        runs = [_worker(mock, jobs, out, own_redis.url) for out in outs]
        errors: list[list[str]] = [[] for _ in runs]
        noticed = threading.Event()

        def read_errors(stream: IO[str], lines: list[str]) -> None:
            for line in stream:
                lines.append(line)
                if "unreachable" in line:
                    noticed.set()

        readers = [
            threading.Thread(target=read_errors, args=(run.stderr, lines), daemon=True)
            for run, lines in zip(runs, errors, strict=True)
        ]
        drains = [  # stdout (one JSON line a job) is read too, so no pipe fills up
            threading.Thread(target=run.stdout.read, daemon=True) for run in runs if run.stdout
        ]
        for thread in readers + drains:
            thread.start()
        deadline = time.monotonic() + 120
        while mock.state.stats()["requests"].get("sonic_create", 0) < 2:
            assert time.monotonic() < deadline, "no creates reached the mock"
            time.sleep(0.01)
        assert own_redis.process is not None
        own_redis.process.send_signal(signal.SIGSTOP)  # unreachable: no answers
        # Paused until a worker's Redis call has timed out and it said so (an event, not a
        # guess at how long that takes on a busy machine).
        said = noticed.wait(timeout=120)
        own_redis.process.send_signal(signal.SIGCONT)
        assert said, "no worker reported Redis unreachable within 120 s"
        for run, reader, lines in zip(runs, readers, errors, strict=True):
            assert run.wait(timeout=300) == 0, "".join(lines)
            reader.join(timeout=30)
        stats = mock.state.stats()
    text = ["".join(lines) for lines in errors]
    assert stats["requests"]["sonic_create"] == 8
    assert stats["repeated_creates"] == 0
    assert any("unreachable" in err for err in text)
    assert all("s3cret" not in err for err in text)


def test_a_flushed_redis_is_not_taken_for_a_new_batch(redis_url: str, tmp_path: Path) -> None:
    """Redis lost the shared journal (FLUSHALL): a worker rerun on the same --out refuses
    to send the jobs again (they may have started), exit 2, nothing sent."""
    import redis

    jobs = _jobs(tmp_path / "jobs.jsonl", 3)
    with MockServer(speed=100, credits=100_000) as mock:
        first = _worker(mock, jobs, tmp_path / "w", redis_url)
        first.communicate(timeout=300)
        assert first.returncode == 0
        with redis.Redis.from_url(redis_url) as server:
            server.flushall()
        again = _worker(mock, jobs, tmp_path / "w", redis_url)
        _, err = again.communicate(timeout=300)
        creates = mock.state.stats()["requests"]["sonic_create"]
    assert again.returncode == 2
    assert "Redis no longer holds" in err
    assert creates == 3


def test_a_flush_mid_run_keeps_the_workers_manifest_and_sends_nothing_twice(
    redis_url: str, tmp_path: Path
) -> None:
    """FLUSHALL while a worker runs: it stops sending, finishes what it created from its
    own record, and ends with a manifest written from that record (never an empty one,
    never a traceback): every task the mock accepted is in it with its id, and no create
    is accepted twice."""
    import time

    import redis

    jobs = _jobs(tmp_path / "jobs.jsonl", 6)
    out = tmp_path / "w"
    with MockServer(speed=20, credits=100_000) as mock:  # generations of 3 s
        run = _worker(mock, jobs, out, redis_url)
        deadline = time.monotonic() + 120
        while mock.state.stats()["requests"].get("sonic_create", 0) < 2:
            assert time.monotonic() < deadline, "no creates reached the mock"
            time.sleep(0.01)
        (out / "manifest.jsonl").write_text('{"id": "earlier record"}\n', encoding="utf-8")
        with redis.Redis.from_url(redis_url) as server:
            server.flushall()
        _, err = run.communicate(timeout=300)
        stats = mock.state.stats()
        accepted = set(mock.state.tasks)
    assert run.returncode != 0, err
    assert "Traceback" not in err, err
    assert stats["repeated_creates"] == 0
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert rows
    assert all(row["id"].startswith("song-") for row in rows)
    assert {row["task_id"] for row in rows if row["task_id"]} == accepted  # none lost
    assert all(row["status"] in {"done", "created", "unknown"} for row in rows)


def test_a_rerun_after_a_flush_restores_the_batch_from_the_workers_records(
    redis_url: str, tmp_path: Path
) -> None:
    """Redis lost a finished batch of three workers; ``batch restore`` rebuilds it from
    their directories, and a rerun of every worker sends nothing again."""
    import redis

    jobs = _jobs(tmp_path / "jobs.jsonl", 9)
    with MockServer(speed=100, credits=100_000) as mock:
        outs = [tmp_path / f"worker-{n}" for n in range(3)]
        for run in [_worker(mock, jobs, out, redis_url) for out in outs]:
            _, err = run.communicate(timeout=300)
            assert run.returncode == 0, err
        with redis.Redis.from_url(redis_url) as server:
            server.flushall()
        done = _restore(mock, jobs, redis_url, outs)
        assert done.returncode == 0, done.stderr
        for run in [_worker(mock, jobs, out, redis_url) for out in outs]:
            _, err = run.communicate(timeout=300)
            assert run.returncode == 0, err
        stats = mock.state.stats()
    assert stats["requests"]["sonic_create"] == 9  # the first run's, and none since
    rows = [json.loads(line) for line in (outs[0] / "manifest.jsonl").read_text().splitlines()]
    assert sorted(row["status"] for row in rows) == ["done"] * 9


def _restore(
    mock: MockServer, jobs: Path, redis_url: str, outs: list[Path]
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MUSICAPI_API_KEY": mock.api_key, "MUSICAPI_BASE_URL": mock.url}
    command = [
        sys.executable, "-m", "musicapi_client", "batch", "restore", str(jobs),
        "--redis", redis_url, *map(str, outs),
    ]  # fmt: skip
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
