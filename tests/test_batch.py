"""Batches: job files checked before sending, a journal that survives kills, a budget."""

from __future__ import annotations

import fcntl
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client
from musicapi_client import batch
from musicapi_client.mock import MockServer

if TYPE_CHECKING:
    from pathlib import Path

SPEED = 50.0


def _client(mock: MockServer) -> musicapi_client.AsyncMusicAPI:
    return musicapi_client.AsyncMusicAPI(
        api_key=mock.api_key,
        base_url=mock.url,
        create_interval=0.5 / SPEED,
        poll_schedule=musicapi_client.PollSchedule(scale=1 / SPEED),
    )


def _song(job_id: str, **extra: Any) -> dict[str, Any]:
    params = {"custom_mode": False, "gpt_description_prompt": f"song {job_id}", "mv": "sonic-v6"}
    return {"id": job_id, "operation": "sonic.create", "params": params, **extra}


def _write(path: Path, jobs: list[Any]) -> Path:
    path.write_text("".join(json.dumps(job) + "\n" for job in jobs), encoding="utf-8")
    return path


def _manifest(out: Path) -> list[dict[str, Any]]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _sql(out: Path, statement: str, *args: Any) -> None:
    with sqlite3.connect(out / "batch.sqlite") as db:
        db.execute(statement, args)


# ---------------------------------------------------------------------------- job files
def test_bad_lines_are_all_reported_and_nothing_is_sent(tmp_path: Path) -> None:
    lines = [
        _song("a"),
        _song("a"),  # 2: duplicate id
        {"id": "b", "operation": "sonic.get", "params": {}},  # 3: not a create
        {**_song("c"), "colour": "red"},  # 4: unknown key
        {**_song("d"), "params": {"custom_mode": False, "mv": "sonic-v6"}},  # 5: rule
        {**_song("e"), "params": {**_song("e")["params"], "tempo": 3}},  # 6: stray argument
        _song("f", download="yes"),  # 7: download not a bool
        _song("g", name="../etc"),  # 8: not a file name stem
        ["not", "an", "object"],  # 9
    ]
    path = _write(tmp_path / "jobs.jsonl", lines)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("# a comment\n\n{broken\n")  # 12: not JSON
    with MockServer(speed=SPEED) as mock:
        with pytest.raises(batch.JobFileError) as info:
            batch.run(path, tmp_path / "out", client=_client(mock))
        assert mock.requests("sonic_create") == 0
    found = [(line, where) for line, where, _ in info.value.problems]
    assert found == [
        (2, "id"),
        (3, "operation"),
        (4, "colour"),
        (5, "params.gpt_description_prompt"),
        (6, "params.tempo"),
        (7, "download"),
        (8, "name"),
        (9, "(line)"),
        (12, "(line)"),
    ]
    assert "nothing was sent" in str(info.value)
    assert not (tmp_path / "out").exists()


def test_csv_cells_are_read_with_each_parameters_type(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(
        "id,operation,download,custom_mode,gpt_description_prompt,mv,make_instrumental\n"
        "one,sonic.create,true,false,rain on a roof,sonic-v6,yes\n"
        "two,sonic.create,,false,city at night,sonic-v6,\n"
        "three,sonic.create,maybe,false,x,sonic-v6,\n",
        encoding="utf-8",
    )
    with pytest.raises(batch.JobFileError) as info:
        batch.load_jobs(path, musicapi_client.MusicAPI.catalog())
    assert [(n, field) for n, field, _ in info.value.problems] == [(4, "download")]
    path.write_text("\n".join(path.read_text().splitlines()[:3]) + "\n", encoding="utf-8")
    one, two = batch.load_jobs(path, musicapi_client.MusicAPI.catalog())
    assert one.download is True
    assert one.params == {
        "custom_mode": False,
        "gpt_description_prompt": "rain on a roof",
        "mv": "sonic-v6",
        "make_instrumental": True,
    }
    assert two.download is False
    assert "make_instrumental" not in two.params


# ---------------------------------------------------------------------------- journal
def test_the_journal_allows_only_the_documented_moves(tmp_path: Path) -> None:
    catalog = musicapi_client.MusicAPI.catalog()
    jobs = batch.load_jobs(_write(tmp_path / "j.jsonl", [_song("a"), _song("b")]), catalog)
    journal = batch.Journal(tmp_path / "batch.sqlite")
    assert journal.plan(jobs, {"sonic.create": 15.0}) == 2
    assert journal.plan(jobs, {"sonic.create": 15.0}) == 0  # known jobs are not added again
    with pytest.raises(batch.JournalError, match="from planned to created"):
        journal.move("a", "created", task_id="t")
    journal.move("a", "sending")
    journal.move("a", "created", task_id="t-a")
    with pytest.raises(batch.JournalError, match="from created to sending"):
        journal.move("a", "sending")
    journal.move("b", "sending")
    assert [e.id for e in journal.recover()] == ["b"]  # a crash while sending: unknown
    assert journal.get("b").state == "unknown"
    assert journal.credits_committed() == 30.0
    changed = batch.load_jobs(
        _write(tmp_path / "k.jsonl", [_song("a", download=True), _song("b")]), catalog
    )
    assert changed[0].fingerprint == jobs[0].fingerprint  # download does not change a send
    edited = {**_song("a"), "params": {**_song("a")["params"], "mv": "sonic-v6-mini"}}
    with pytest.raises(batch.JournalError, match="changed since this batch started"):
        journal.plan(batch.load_jobs(_write(tmp_path / "m.jsonl", [edited]), catalog), {})
    journal.close()


# ---------------------------------------------------------------------------- runs
def test_a_batch_runs_downloads_and_writes_a_complete_manifest(tmp_path: Path) -> None:
    jobs = [
        _song("s1", download=True, name="rain"),
        _song("s2"),
        {"id": "p1", "operation": "producer.create", "params": {"sound": "calm"}, "download": True},
    ]
    path = _write(tmp_path / "jobs.jsonl", jobs)
    out = tmp_path / "out"
    with MockServer(speed=SPEED) as mock:
        result = batch.run(path, out, client=_client(mock))
        stats = mock.state.stats()
    assert result.exit_code == 0
    assert result.counts["done"] == 3
    prices = musicapi_client.MusicAPI(api_key="k").credit_prices  # the spec's, as the mock's
    expected = 2 * (prices["sonic.create"] or 0) + (prices["producer.create"] or 0)
    assert result.credits_spent == result.credits_estimated == expected
    assert stats["repeated_creates"] == 0
    rows = {row["id"]: row for row in _manifest(out)}
    assert rows["s1"]["files"] == ["audio/rain-1.wav", "audio/rain-2.wav"]
    assert rows["p1"]["files"] == ["audio/p1-1.m4a"]
    assert rows["s2"]["files"] == []
    for row in rows.values():
        assert row["status"] == "done"
        assert row["task_id"]
        assert row["clips"]
        assert row["duration"] > 0
        assert all((out / name).stat().st_size > 0 for name in row["files"])


def test_a_resumed_run_picks_up_each_state_and_never_resends(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song(n, download=True) for n in "abcde"])
    out = tmp_path / "out"
    with MockServer(speed=SPEED) as mock:
        assert batch.run(path, out, client=_client(mock)).exit_code == 0
        assert mock.requests("sonic_create") == 5
        # What a kill at each moment would have left behind:
        _sql(out, "UPDATE jobs SET state='sending', task_id=NULL WHERE id='a'")  # mid-create
        _sql(out, "UPDATE jobs SET state='created', files='[]' WHERE id='b'")  # mid-wait
        _sql(out, "UPDATE jobs SET state='planned', task_id=NULL WHERE id='c'")  # not yet sent
        (out / "audio" / "d-1.wav").unlink()  # mid-download
        _sql(out, "UPDATE jobs SET state='unknown', task_id=NULL WHERE id='e'")
        again = batch.run(path, out, client=_client(mock))
        assert mock.requests("sonic_create") == 6  # only c went out
        assert again.counts == {**again.counts, "done": 3, "unknown": 2}
        assert again.unknown == ["a", "e"]
        assert any("are not sent again (a, e)" in note for note in again.notes)
        assert again.exit_code == 1
        assert (out / "audio" / "d-1.wav").exists()
        assert (out / "audio" / "b-2.wav").exists()
        final = batch.run(path, out, client=_client(mock), resubmit_unknown=True)
        assert mock.requests("sonic_create") == 8
        assert final.exit_code == 0
        # c, a and e had really gone out in the first run (the journal was made to forget):
        # exactly those three, sent again because the journal said so or the user asked.
        assert mock.state.stats()["repeated_creates"] == 3
    rows = {row["id"]: row for row in _manifest(out)}
    assert {row["status"] for row in rows.values()} == {"done"}
    assert rows["a"]["sends"] == 2  # said, and counted
    assert rows["b"]["sends"] == 1


def test_the_budget_and_the_balance_bound_what_is_sent(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song(f"j{n}") for n in range(10)])
    out = tmp_path / "out"
    # A mock charging 15 a song (the price before 2026-10-07): the batch measures it.
    with MockServer(speed=SPEED, credits=100, credit_prices={"sonic.create": 15}) as mock:
        first = batch.run(path, out, client=_client(mock), max_credits=45)
        assert mock.requests("sonic_create") == 3
        assert first.counts["done"] == 3
        assert first.counts["planned"] == 7
        assert any("has 100 credits" in note for note in first.notes)
        assert any("--max-credits 45 reached" in note for note in first.notes)
        second = batch.run(path, out, client=_client(mock))
    assert second.counts["done"] == 6  # 90 credits of songs: 10 left
    assert second.counts["rejected"] == 1  # the 403 that said so
    assert second.counts["planned"] == 3  # and nothing was sent after it
    assert any("too few credits" in note for note in second.notes)
    assert second.exit_code == 1


def test_rate_limited_creates_are_sent_again_never_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song(f"r{n}") for n in range(4)])
    with MockServer(speed=SPEED, create_interval=3.0) as mock:  # 60 ms between creates
        client = _client(mock).with_options(create_interval=0, max_retries=0)  # no pacing
        result = batch.run(path, tmp_path / "out", client=client)
        stats = mock.state.stats()
    assert result.counts["done"] == 4
    assert stats["paced"] > 0  # the mock did refuse some
    assert stats["repeated_creates"] == 0
    rows = _manifest(tmp_path / "out")
    assert sum(row["sends"] for row in rows) == 4 + stats["paced"]  # every try journaled


def test_a_second_run_on_a_busy_directory_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song("a")])
    out = tmp_path / "out"
    out.mkdir()
    with (out / "batch.lock").open("a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        with MockServer(speed=SPEED) as mock, pytest.raises(batch.JournalError, match="another"):
            batch.run(path, out, client=_client(mock))
        assert mock.requests("sonic_create") == 0


# ---------------------------------------------------------------------------- the CLI
def _cli(*args: str, url: str, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "MUSICAPI_API_KEY": "mock-key", "MUSICAPI_BASE_URL": url}
    return subprocess.Popen(
        [sys.executable, "-m", "musicapi_client", "batch", *args],
        env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.slow
def test_sigkill_at_random_moments_then_resume(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song(f"k{n:02d}") for n in range(12)])
    args = ("run", str(path), "--out", "out", "--create-interval", "0.3", "--json")
    rng = random.Random(11)
    with MockServer(speed=SPEED) as mock:
        kills = 0
        for _ in range(3):
            # Killed once the mock has taken a few more creates: an event, not a sleep, so
            # a slow machine (or CLI start-up) cannot let the run finish first.
            target = mock.requests("sonic_create") + rng.randint(1, 3)
            process = _cli(*args, url=mock.url, cwd=tmp_path)
            deadline = time.monotonic() + 120
            while mock.requests("sonic_create") < target and process.poll() is None:
                assert time.monotonic() < deadline, "the batch sent nothing"
                time.sleep(rng.uniform(0.0, 0.05))
            if process.poll() is None:
                process.kill()  # SIGKILL: no cleanup of any kind
                kills += 1
            process.communicate(timeout=60)
        process = _cli(*args, url=mock.url, cwd=tmp_path)
        out, err = process.communicate(timeout=60)
        stats = mock.state.stats()
    assert kills >= 2  # the runs really were cut short
    summary = json.loads(out.splitlines()[-1])["summary"]
    counts = summary["counts"]
    assert sum(1 for line in out.splitlines() if '"event": "sending"' in line) < 12  # resumed
    assert stats["repeated_creates"] == 0  # no job was sent twice
    assert counts["done"] + counts["unknown"] == 12  # none lost
    assert counts["unknown"] <= kills  # at most the create each kill interrupted
    assert process.returncode == (0 if counts["unknown"] == 0 else 1), err
    rows = _manifest(tmp_path / "out")
    assert len(rows) == 12
    assert all(row["task_id"] for row in rows if row["status"] == "done")
    # Every create the mock accepted belongs to a job: done, or unknown (it may have gone out).
    assert 12 - counts["unknown"] <= stats["requests"]["sonic_create"] <= 12


def test_cli_exit_codes_and_status(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song("f1"), _song("f2")])
    with MockServer(speed=SPEED, faults="fail") as mock:
        failed = _cli("run", str(path), "--out", "out", "--create-interval", "0", url=mock.url,
                      cwd=tmp_path)  # fmt: skip
        _, err = failed.communicate(timeout=60)
    assert failed.returncode == 1
    assert "failed: f1" in err
    status = _cli("status", "out", "--json", url="http://127.0.0.1:9", cwd=tmp_path)
    out, _ = status.communicate(timeout=30)
    report = json.loads(out)
    assert report["counts"]["failed"] == 2
    assert [job["status"] for job in report["jobs"]] == ["failed", "failed"]
    bad = _write(tmp_path / "bad.jsonl", [{"id": "x"}])
    refused = _cli("run", str(bad), "--out", "out2", url="http://127.0.0.1:9", cwd=tmp_path)
    _, err = refused.communicate(timeout=30)
    assert refused.returncode == 2
    assert "line 1: operation" in err
    missing = _cli("status", "nowhere", url="http://127.0.0.1:9", cwd=tmp_path)
    missing.communicate(timeout=30)
    assert missing.returncode == 2


def test_an_unusable_out_directory_is_bad_input(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song("a")])
    (tmp_path / "file").write_text("x")
    with MockServer(speed=SPEED) as mock, pytest.raises(musicapi_client.InvalidRequestError):
        batch.run(path, tmp_path / "file", client=_client(mock))


def test_an_unexpected_error_stops_the_batch_typed_and_a_rerun_finishes(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song("a", download=True)])
    out = tmp_path / "out"
    out.mkdir()
    (out / "audio").write_text("a file where the audio folder goes")
    with MockServer(speed=SPEED) as mock:
        with pytest.raises(batch.BatchError, match="job a: FileExistsError"):
            batch.run(path, out, client=_client(mock))
        assert _manifest(out)[0]["status"] == "created"  # the task exists, journaled
        (out / "audio").unlink()
        assert batch.run(path, out, client=_client(mock)).exit_code == 0
        assert mock.requests("sonic_create") == 1


# ---------------------------------------------------------------------------- credits
def test_a_budget_holds_when_the_api_charges_more_than_the_spec_says(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song(f"p{n}") for n in range(5)])
    prices = {"sonic.create": 20.0}  # the spec says 15 (the 2026-10-07 rise)
    with MockServer(speed=SPEED, credits=1000, credit_prices=prices) as mock:
        result = batch.run(path, tmp_path / "out", client=_client(mock), max_credits=45)
        assert mock.requests("sonic_create") == 2
    assert result.credits_spent == 40  # what the account lost, measured: within 45
    assert result.prices == {"sonic.create": 20.0}  # learned from the balance
    assert result.counts["done"] == 2
    assert result.counts["planned"] == 3
    assert any("--max-credits 45 reached (40 spent, measured" in n for n in result.notes)
    rows = _manifest(tmp_path / "out")
    assert [row["credits"] for row in rows if row["status"] == "done"] == [20.0, 20.0]


def test_near_the_end_of_the_balance_creates_go_one_at_a_time(tmp_path: Path) -> None:
    # Slow answers: a create's 403 comes back long after the next pacing slot.
    path = _write(tmp_path / "jobs.jsonl", [_song(f"e{n}") for n in range(6)])
    with MockServer(speed=SPEED, credits=40, faults="slow") as mock:
        result = batch.run(path, tmp_path / "out", client=_client(mock))
        assert mock.requests("sonic_create") == 3
    assert result.counts["done"] == 2
    assert result.counts["rejected"] == 1  # one 403, and nothing was sent after it
    assert result.counts["planned"] == 3
    assert any("too few credits" in note for note in result.notes)


def test_a_create_of_unknown_outcome_is_never_sent_again(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song("u1"), _song("u2")])
    out = tmp_path / "out"
    with MockServer(speed=SPEED, faults="drop") as mock:  # the first create's answer is lost
        first = batch.run(path, out, client=_client(mock).with_options(max_retries=0))
        assert first.unknown == ["u1"]
        assert first.counts["done"] == 1
        mock.state.set_faults("none")
        second = batch.run(path, out, client=_client(mock))
        assert mock.requests("sonic_create") == 2  # u1 once, u2 once: u1 not resent
    assert second.unknown == ["u1"]
    assert any("not sent again (u1)" in note for note in second.notes)


# ---------------------------------------------------------------------------- files
def test_two_jobs_never_share_files(tmp_path: Path) -> None:
    long_a, long_b = "x" * 100 + "a", "x" * 100 + "b"
    jobs = [_song(i, download=True) for i in ("a/b", "a_b", long_a, long_b)]
    path = _write(tmp_path / "jobs.jsonl", jobs)
    out = tmp_path / "out"
    (out / "audio").mkdir(parents=True)
    (out / "audio" / "a_b-1.wav").write_bytes(b"left by someone else")
    with MockServer(speed=SPEED) as mock:
        result = batch.run(path, out, client=_client(mock))
    assert result.exit_code == 0
    rows = _manifest(out)
    files = [name for row in rows for name in row["files"]]
    assert len(files) == 8
    assert len(set(files)) == 8  # no two jobs share a file
    assert all((out / name).stat().st_size > 1000 for name in files)  # all real audio
    assert "audio/a_b-1.wav" in rows[1]["files"]  # overwritten: this job had not written it


def test_jobs_whose_files_would_collide_are_refused_up_front(tmp_path: Path) -> None:
    jobs = [
        _song("one", name="rain"),
        _song("two", name="rain"),  # the same name
        _song("rain"),  # an id equal to another job's name
        _song("Three", name="RAIN"),  # one file on case-insensitive disks
    ]
    path = _write(tmp_path / "jobs.jsonl", jobs)
    with pytest.raises(batch.JobFileError) as info:
        batch.load_jobs(path, musicapi_client.MusicAPI.catalog())
    assert [(line, where) for line, where, _ in info.value.problems] == [
        (2, "name"),
        (3, "id"),
        (4, "name"),
    ]
    assert "line 1's" in info.value.problems[0][2]


def test_a_lost_journal_is_rebuilt_from_the_manifest(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song(f"m{n}", download=True) for n in range(3)])
    out = tmp_path / "out"
    with MockServer(speed=SPEED) as mock:
        assert batch.run(path, out, client=_client(mock)).exit_code == 0
        for name in ("batch.sqlite", "batch.sqlite-wal", "batch.sqlite-shm"):
            (out / name).unlink(missing_ok=True)
        (out / "audio" / "m1-2.wav").unlink()  # and one file went missing too
        again = batch.run(path, out, client=_client(mock))
        assert mock.requests("sonic_create") == 3  # none sent again
    assert again.exit_code == 0
    assert any("rebuilt it from manifest.jsonl (3 job(s)" in note for note in again.notes)
    assert (out / "audio" / "m1-2.wav").exists()
    assert (out / "manifest.before-rebuild.jsonl").exists()


def test_only_the_jobs_of_the_file_are_sent(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song(n) for n in ("r1", "r2", "r3")])
    out = tmp_path / "out"
    with MockServer(speed=SPEED) as mock:
        first = batch.run(path, out, client=_client(mock), max_credits=20)
        assert first.counts["planned"] == 2
        _write(path, [_song("r1"), _song("r2")])  # r3 removed from the file
        second = batch.run(path, out, client=_client(mock))
        assert mock.requests("sonic_create") == 2
    assert second.counts["planned"] == 1
    assert any("no longer in the job file and are not sent: r3" in n for n in second.notes)


def test_a_job_whose_callback_failed_before_sending_is_not_unknown(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song("c1")])
    out = tmp_path / "out"

    def explode(kind: str, *_: Any) -> None:
        if kind == "sending":
            raise RuntimeError("a bug in the progress bar")

    with MockServer(speed=SPEED) as mock:
        with pytest.raises(batch.BatchError, match="a bug in the progress bar"):
            batch.run(path, out, client=_client(mock), on_event=explode)
        assert mock.requests("sonic_create") == 0
        assert _manifest(out)[0]["status"] == "planned"
        again = batch.run(path, out, client=_client(mock))
    assert again.counts["done"] == 1
    assert again.unknown == []


def test_the_journal_is_private_and_keeps_no_secret(tmp_path: Path) -> None:
    secret = "whsec-do-not-keep-me"
    job = _song("s1")
    job["params"].update(webhook_url="http://127.0.0.1:9/hook", webhook_secret=secret)
    path = _write(tmp_path / "jobs.jsonl", [job])
    out = tmp_path / "out"
    with MockServer(speed=SPEED) as mock:
        assert batch.run(path, out, client=_client(mock)).exit_code == 0
        assert mock.state.tasks[next(iter(mock.state.tasks))].request["webhook_secret"] == secret
    for name in ("batch.sqlite", "manifest.jsonl"):
        assert (out / name).stat().st_mode & 0o777 == 0o600, name
    journal = batch.open_journal(out)  # while open, SQLite's -wal and -shm files exist
    for name in ("batch.sqlite-wal", "batch.sqlite-shm"):
        assert (out / name).stat().st_mode & 0o777 == 0o600, name
    journal.close()
    for found in out.iterdir():
        if found.is_file():
            assert secret.encode() not in found.read_bytes(), found.name


def test_the_journal_survives_power_loss_and_refuses_a_corrupt_file(tmp_path: Path) -> None:
    journal = batch.Journal(tmp_path / "batch.sqlite")
    assert journal._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert journal._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    journal.close()
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database, it only has its name" * 100)
    with pytest.raises(batch.JournalError, match="not a usable batch journal"):
        batch.Journal(broken)


# ---------------------------------------------------------------------------- inputs
def test_job_files_people_write_are_read(tmp_path: Path) -> None:
    catalog = musicapi_client.MusicAPI.catalog()
    jsonl = tmp_path / "jobs.jsonl"
    line = json.dumps(_song("b1"), ensure_ascii=False).replace("song b1", "song\u2028b1")
    jsonl.write_bytes(b"\xef\xbb\xbf" + line.encode() + b"\r\n")  # Notepad: BOM, CRLF
    (job,) = batch.load_jobs(jsonl, catalog)
    assert job.params["gpt_description_prompt"] == "song\u2028b1"
    csv_file = tmp_path / "jobs.csv"
    csv_file.write_bytes(
        b"\xef\xbb\xbfid,operation,custom_mode,gpt_description_prompt,mv\r\n"
        b"c1,sonic.create,false,rain,sonic-v4\r\n"  # Excel's "CSV UTF-8"
    )
    (row,) = batch.load_jobs(csv_file, catalog)
    assert row.id == "c1"


def test_booleans_in_job_files_are_booleans(tmp_path: Path) -> None:
    job = _song("t1")
    job["params"] = {"custom_mode": "true", "gpt_description_prompt": "x", "mv": "sonic-v6"}
    with pytest.raises(batch.JobFileError) as info:
        batch.load_jobs(_write(tmp_path / "j.jsonl", [job]), musicapi_client.MusicAPI.catalog())
    assert info.value.problems[0][1] == "params.custom_mode"


def test_the_runner_takes_only_its_own_keywords_and_an_async_client(tmp_path: Path) -> None:
    path = _write(tmp_path / "jobs.jsonl", [_song("a")])
    with pytest.raises(TypeError):
        batch.run(path, tmp_path / "out", concurrencyy=4)  # type: ignore[call-arg]
    sync = musicapi_client.MusicAPI(api_key="k", base_url="http://127.0.0.1:9")
    with pytest.raises(musicapi_client.InvalidRequestError, match="AsyncMusicAPI"):
        batch.run(path, tmp_path / "out", client=sync)  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists()


async def test_a_price_is_learnt_only_from_a_create_that_went_out_alone() -> None:
    from musicapi_client.batch._credits import Ledger

    balance = [100.0]

    async def read() -> float:
        return balance[0]

    ledger = Ledger(read, {"sonic.create": 20.0}, budget=45)
    await ledger.start()
    first = await ledger.admit("sonic.create")  # unmeasured: it goes alone
    assert first is not None
    balance[0] -= 15
    await ledger.accepted(first)
    assert ledger.measured == {"sonic.create": 15}
    second, third = await ledger.admit("sonic.create"), await ledger.admit("sonic.create")
    assert second is not None
    assert third is not None
    balance[0] -= 30  # both charged before the second's answer is read
    await ledger.accepted(second)
    await ledger.accepted(third)  # this read sees no drop: not a price of 0
    assert ledger.measured == {"sonic.create": 15}
    assert ledger.spent == 45
    assert await ledger.admit("sonic.create") is None  # the budget is reached


def test_a_local_batchs_budget_is_what_it_spent_as_its_client_sees_it(tmp_path: Path) -> None:
    import asyncio

    path = _write(tmp_path / "jobs.jsonl", [_song(f"j{n}") for n in range(3)])
    with MockServer(speed=SPEED, credits=100, credit_prices={"sonic.create": 15}) as mock:
        client = _client(mock)
        result = batch.run(path, tmp_path / "out", client=client, max_credits=40)
        status = asyncio.run(client.budget(result.budget))
    assert result.budget.startswith("batch.")
    assert result.counts["done"] == 2  # a third song at 15 would pass 40
    assert status.reserved == result.credits_spent == 30  # measured, not the estimate of 20


async def test_the_ledger_admits_through_its_named_budget_and_settles_it_on_the_balance() -> None:
    """A batch's max_credits is a named budget of the client's spend limits: admitting a
    create reserves its price there (so what else holds that budget counts), a create that
    never started gives it back, and a balance read settles it to what was charged."""
    from musicapi_client._budget import LocalBudgets
    from musicapi_client.batch._credits import BatchBudget, Ledger

    balance = [100.0]

    async def read() -> float:
        return balance[0]

    budgets = LocalBudgets()
    held = BatchBudget(budgets, "batch.x", 60)
    ledger = Ledger(read, {"sonic.create": 20.0}, budget=60, carried=5, held=held)
    assert budgets.reserved("batch.x") == 5  # earlier runs' spend, as journaled
    await ledger.start()
    first = await ledger.admit("sonic.create")
    assert first is not None
    assert budgets.reserved("batch.x") == 25  # reserved at its estimate
    balance[0] -= 15
    await ledger.accepted(first)
    assert budgets.reserved("batch.x") == 20  # settled to what the balance says: 5 + 15
    second = await ledger.admit("sonic.create")
    assert second is not None
    ledger.release(second)  # never started
    assert budgets.reserved("batch.x") == 20
    budgets.reserve("batch.x", 60, 30, "an app's create on the batch's budget")
    assert await ledger.admit("sonic.create") is None  # 50 held: 15 more would pass 60


def test_a_journal_from_0_2_0_is_scrubbed_of_secrets_not_refused(tmp_path: Path) -> None:
    from musicapi_client.batch._jobs import digest

    secret = "whsec-kept-by-0.2.0"
    job = _song("old")
    job["params"].update(webhook_url="http://127.0.0.1:9/hook", webhook_secret=secret)
    (loaded,) = batch.load_jobs(
        _write(tmp_path / "j.jsonl", [job]), musicapi_client.MusicAPI.catalog()
    )
    journal = batch.Journal(tmp_path / "batch.sqlite")
    journal.plan([loaded], {})
    # What 0.2.0 wrote: the params with the secret, digested with it.
    journal._db.execute(
        "UPDATE jobs SET params = ?, fingerprint = ? WHERE id = 'old'",
        (json.dumps(loaded.params), digest(loaded.operation, loaded.params)),
    )
    assert journal.plan([loaded], {}) == 0  # the same job: not refused as changed
    entry = journal.get("old")
    assert "webhook_secret" not in entry.params
    assert entry.fingerprint == loaded.fingerprint
    journal.close()
    assert secret.encode() not in (tmp_path / "batch.sqlite").read_bytes()
