"""The musicapi command: every operation as a subcommand, JSON output, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from musicapi_client.cli import cli

if TYPE_CHECKING:
    from pathlib import Path

    from musicapi_client.testing import MockHandle


def _env(mock: MockHandle) -> dict[str, str]:
    return {"MUSICAPI_API_KEY": mock.api_key, "MUSICAPI_BASE_URL": mock.url}


def _run(mock: MockHandle, *args: str) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(cli, list(args), env=_env(mock), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_credits_as_json(musicapi_mock: MockHandle) -> None:
    code, out, _ = _run(musicapi_mock, "credits", "--json")
    assert code == 0
    assert json.loads(out) == {"credits": 500, "extra_credits": 0}


def test_every_documented_operation_is_a_subcommand(musicapi_mock: MockHandle) -> None:
    import musicapi_client

    for op in musicapi_client.MusicAPI.catalog().operations:
        if op.role == "poll" or op.family == "credits":
            continue
        code, out, _ = _run(musicapi_mock, op.family, op.name.replace("_", "-"), "--help")
        assert code == 0, op.key
        assert "--json" in out


def test_create_wait_and_download(musicapi_mock: MockHandle, tmp_path: Path) -> None:
    musicapi_mock.state.config.speed = 200.0
    code, out, err = _run(
        musicapi_mock,
        "sonic",
        "create",
        "--custom-mode",
        "false",
        "--gpt-description-prompt",
        "a sea shanty",
        "--mv",
        "sonic-v4",
        "--download",
        str(tmp_path),
        "--json",
    )
    assert code == 0, err
    task = json.loads(out)
    assert task["status"] == "succeeded"
    assert len(task["clips"]) == 2
    assert len(list(tmp_path.glob("*.wav"))) == 2


def test_list_options_and_get_and_wait(musicapi_mock: MockHandle) -> None:
    musicapi_mock.state.config.speed = 200.0
    musicapi_mock.state.config.api = "2025-06"  # nuro, as the mid-2025 API served it
    code, out, err = _run(
        musicapi_mock,
        "nuro",
        "create-instrumental",
        "--description",
        "calm",
        "--mood",
        "calm",
        "--mood",
        "dreamy",
        "--duration",
        "30",
        "--json",
    )
    assert code == 0, err
    task_id = json.loads(out)["task_id"]
    assert musicapi_mock.state.tasks[task_id].request["mood"] == ["calm", "dreamy"]
    code, out, _ = _run(musicapi_mock, "wait", "nuro", task_id, "--json")
    assert (code, json.loads(out)["status"]) == (0, "succeeded")
    code, out, _ = _run(musicapi_mock, "get", "nuro", task_id)
    assert code == 0
    assert f"task {task_id}: succeeded" in out


def test_api_error_exits_1_with_one_line(musicapi_mock: MockHandle) -> None:
    code, _, err = _run(musicapi_mock, "get", "sonic", "no-such-task")
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("error: HTTP 400")


def test_invalid_input_exits_2(musicapi_mock: MockHandle) -> None:
    code, _, err = _run(musicapi_mock, "lyrics", "create", "--description", "x" * 200)
    assert code == 2
    assert "description" in err


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["sonic", "create", "--mv", "sonic-v5", "--custom-mode", "maybe"], 2, "maybe"),
        (["sonic", "nope"], 2, "nope"),
        (["credits"], 1, "HTTP 401"),
    ],
)
def test_console_script_exit_codes(
    musicapi_mock: MockHandle, args: list[str], code: int, needle: str
) -> None:
    env = {**os.environ, "MUSICAPI_API_KEY": "wrong-key", "MUSICAPI_BASE_URL": musicapi_mock.url}
    done = subprocess.run(
        [sys.executable, "-m", "musicapi_client", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == code, done.stderr
    assert needle in done.stderr
    assert done.stderr.count("\n") == 1
    assert "wrong-key" not in done.stderr


@pytest.mark.parametrize(
    "command", [["-m", "musicapi_client", "mock"], ["-m", "musicapi_client.mock"]]
)
def test_mock_command_serves_in_the_foreground_until_stopped(command: list[str]) -> None:
    import httpx

    from musicapi_client.mock import free_port

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, *command, "--port", str(port), "--speed", "10", "--credits", "42"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = httpx.get(
                    f"http://127.0.0.1:{port}/api/v1/get-credits",
                    headers={"Authorization": "Bearer mock-key"},
                    timeout=1,
                )
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the mock did not start"
                time.sleep(0.1)
        assert answer.json() == {"credits": 42, "extra_credits": 0}
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["sonic", "create"], "--custom-mode"),
        (["sonic", "create", "--custom-mode", "false"], "--mv"),
        (["sonic", "extend", "--mv", "sonic-v4"], "Missing option"),
        (["--timeout", "-1", "credits"], "timeout"),
        (["--timeout", "nan", "credits"], "timeout"),
        (["--timeout", "soon", "credits"], "timeout"),
        (["wait", "sonic", "t1", "--wait-timeout", "nan"], "timeout"),
        (["get", "sonic", ".."], "task_id"),
        (["mock", "--faults", "nope"], "--faults"),
        (["mock", "--speed", "0"], "--speed"),
        (["mock", "--port", "70000"], "--port"),
    ],
)
def test_usage_errors_exit_2_with_one_line_and_no_traceback(args: list[str], needle: str) -> None:
    env = {**os.environ, "MUSICAPI_API_KEY": "k-123", "MUSICAPI_BASE_URL": "http://127.0.0.1:9"}
    done = subprocess.run(
        [sys.executable, "-m", "musicapi_client", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert needle in done.stderr
