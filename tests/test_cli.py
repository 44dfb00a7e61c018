"""The musicapi command: every operation as a subcommand, JSON output, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import TYPE_CHECKING, Any

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
        "sonic-v6",
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
        (["sonic", "create", "--mv", "sonic-v6", "--custom-mode", "maybe"], 2, "maybe"),
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
    import httpx2

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
                answer = httpx2.get(
                    f"http://127.0.0.1:{port}/api/v1/get-credits",
                    headers={"Authorization": "Bearer mock-key"},
                    timeout=1,
                )
                break
            except httpx2.TransportError:
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
        (["sonic", "extend", "--mv", "sonic-v6"], "Missing option"),
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


# ---------------------------------------------------------------------------- the newcomer
BLOCK_MOCK_EXTRA = """
import sys
class Block:
    names = ("starlette", "uvicorn", "jsonschema", "yaml")
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self.names:
            raise ImportError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Block())
from musicapi_client.__main__ import main
sys.argv = ["musicapi", *sys.argv[1:]]
main()
"""


def _musicapi(*args: str, env: dict[str, str] | None = None, **options: object) -> Any:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_MOCK_EXTRA if options.pop("cli_only", False) else
         "from musicapi_client.__main__ import main; import sys; "
         "sys.argv = ['musicapi', *sys.argv[1:]]; main()", *args],
        env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip


def test_the_cli_extra_alone_runs_every_command_and_names_the_mock_extra() -> None:
    helped = _musicapi("--help", cli_only=True)
    assert helped.returncode == 0, helped.stderr
    assert "Traceback" not in helped.stderr
    assert "mock" in helped.stdout
    assert "[deprecated]" in helped.stdout  # retired families are marked
    for command in (["sonic", "--help"], ["batch", "--help"], ["webhooks", "--help"]):
        done = _musicapi(*command, cli_only=True)
        assert done.returncode == 0, (command, done.stderr)
    mock = _musicapi("mock", "--port", "0", cli_only=True)
    assert mock.returncode == 2
    assert mock.stderr.strip().splitlines() == [mock.stderr.strip()]  # one line
    assert "pip install 'musicapi-client[mock]'" in mock.stderr


def test_a_busy_port_is_one_line_and_exit_2() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = _musicapi("mock", "--port", port)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr


def test_ctrl_c_during_wait_prints_the_resume_command(musicapi_mock: MockHandle) -> None:
    import signal

    musicapi_mock.state.set_faults("stuck")
    process = subprocess.Popen(
        [sys.executable, "-m", "musicapi_client", "sonic", "create", "--custom-mode", "false",
         "--gpt-description-prompt", "x", "--mv", "sonic-v6", "--wait"],
        env={**os.environ, **_env(musicapi_mock)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
        # As in a terminal: a run started in the background (CI's, nohup) may inherit an
        # ignored SIGINT, and Python then never raises KeyboardInterrupt.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while musicapi_mock.requests("sonic_get") == 0:  # the wait has begun
            assert time.monotonic() < deadline
            assert process.poll() is None
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    (task_id,) = musicapi_mock.state.tasks
    assert process.returncode == 130, err
    assert f"`musicapi wait sonic {task_id}` resumes the wait" in err
    assert "aborted" not in err


def test_wait_timeouts_say_the_cli_command(musicapi_mock: MockHandle) -> None:
    musicapi_mock.state.set_faults("stuck")
    code, _, err = _run(
        musicapi_mock, "sonic", "create", "--custom-mode", "false",
        "--gpt-description-prompt", "x", "--mv", "sonic-v6", "--wait", "--wait-timeout", "0.2",
    )  # fmt: skip
    (task_id,) = musicapi_mock.state.tasks
    assert code == 1
    assert "after --wait-timeout 0.2 s" in err
    assert f"`musicapi wait sonic {task_id}` resumes" in err
    assert "wait(" not in err  # not the Python call


def test_a_retired_family_says_its_replacement_once(musicapi_mock: MockHandle) -> None:
    done = _musicapi("nuro", "create-vocal", "--lyrics", "[verse] x", env=_env(musicapi_mock))
    assert done.returncode == 1
    assert "HTTP 410" in done.stderr
    assert "(retired: MusicAPI retired nuro in 2026" in done.stderr
    assert "sonic makes songs" in done.stderr
    warnings_shown = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings_shown) == 1


def test_musicapi_log_info_logs_each_attempt(musicapi_mock: MockHandle) -> None:
    done = _musicapi("credits", env={**_env(musicapi_mock), "MUSICAPI_LOG": "info"})
    assert done.returncode == 0, done.stderr
    assert "GET /api/v1/get-credits -> 200" in done.stderr
    assert "(attempt 1, 127.0.0.1)" in done.stderr
    assert musicapi_mock.api_key not in done.stderr


def test_a_retired_model_id_is_sent_and_warned_about_once(musicapi_mock: MockHandle) -> None:
    done = _musicapi(
        "sonic", "create", "--custom-mode", "false", "--gpt-description-prompt", "x",
        "--mv", "sonic-v4", "--wait", "--json", env=_env(musicapi_mock),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    warned = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert len(warned) == 1
    assert "rendered by sonic-v6" in warned[0]
    (task,) = musicapi_mock.state.tasks.values()
    assert task.request["mv"] == "sonic-v4"  # sent as given


def test_the_cli_help_offers_the_v6_models_first(musicapi_mock: MockHandle) -> None:
    code, out, _ = _run(musicapi_mock, "sonic", "create", "--help")
    assert code == 0
    flat = " ".join(out.split())
    assert "Known: sonic-v6, sonic-v6-wild, sonic-v6-mini," in flat


def test_credit_prices_from_the_command_line(musicapi_mock: MockHandle, tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    params = {"custom_mode": False, "gpt_description_prompt": "x", "mv": "sonic-v6"}
    job = {"id": "a", "operation": "sonic.create", "params": params}
    jobs.write_text(json.dumps(job) + "\n", encoding="utf-8")
    prices = tmp_path / "prices.json"
    prices.write_text('{"sonic.create": 99}', encoding="utf-8")
    for given in ('{"sonic.create": 99}', str(prices)):
        out = tmp_path / f"out-{len(given)}"
        done = _musicapi(
            "--credit-prices", given, "batch", "run", str(jobs), "--out", str(out),
            "--create-interval", "0", "--max-credits", "50", "--json",
            env=_env(musicapi_mock),
        )  # fmt: skip
        summary = json.loads(done.stdout.splitlines()[-1])["summary"]
        assert summary["counts"]["planned"] == 1, done.stderr  # 99 > 50: not sent
    bad = _musicapi("--credit-prices", '{"sonic.nope": 1}', "credits", env=_env(musicapi_mock))
    assert bad.returncode == 2
    assert "no operation 'sonic.nope'" in bad.stderr
    assert musicapi_mock.requests("sonic_create") == 0


def test_one_file_name_for_two_clips_gives_each_its_own_file(
    musicapi_mock: MockHandle, tmp_path: Path
) -> None:
    """``--download song.mp3`` for a task of two clips: song-1 and song-2, each with the
    suffix of its audio (the mock's are WAV), none written over the other."""
    musicapi_mock.state.config.speed = 200.0
    target = tmp_path / "song.mp3"
    code, _, err = _run(
        musicapi_mock, "sonic", "create", "--custom-mode", "false",
        "--gpt-description-prompt", "two takes", "--mv", "sonic-v6", "--download", str(target),
    )  # fmt: skip
    assert code == 0, err
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["song-1.wav", "song-2.wav"]
    assert all((tmp_path / name).read_bytes().startswith(b"RIFF") for name in files)
    assert err.count("saved ") == 2


@pytest.mark.parametrize("args", [[], ["sonic"], ["batch"], ["webhooks"]])
def test_a_command_without_a_subcommand_prints_its_help(args: list[str]) -> None:
    """As click does: the help, laid out as help (not squashed onto one error line)."""
    done = _musicapi(*args)
    assert done.returncode == 2
    assert done.stderr.startswith("Usage: musicapi")
    assert "error:" not in done.stderr
    assert "\nCommands:\n" in done.stderr or "\nOptions:\n" in done.stderr
    assert done.stderr.count("\n") > 5


def test_global_options_go_after_the_command_too(musicapi_mock: MockHandle) -> None:
    env = {"MUSICAPI_API_KEY": "", "MUSICAPI_BASE_URL": ""}
    after = ["credits", "--api-key", musicapi_mock.api_key, "--base-url", musicapi_mock.url]
    done = _musicapi(*after, "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["credits"] == 500
    wrong_then_right = ["--api-key", "wrong", *after]  # the one after the command wins
    assert _musicapi(*wrong_then_right, env=env).returncode == 0
    batch_status = _musicapi("batch", "status", "--api-key", "k", "--help", env=env)
    assert "--api-key" in batch_status.stdout


def test_a_missing_key_is_said_in_the_command_lines_words() -> None:
    done = _musicapi("credits", env={"MUSICAPI_API_KEY": ""})
    assert done.returncode == 2
    assert "--api-key" in done.stderr
    assert "MUSICAPI_API_KEY" in done.stderr
    assert "api_key=" not in done.stderr


def test_the_webhook_listener_runs_with_the_cli_extra_alone(tmp_path: Path) -> None:
    """No starlette, no uvicorn: the listener verifies a delivery and stops after it."""
    import time

    from musicapi_client import webhooks

    process = subprocess.Popen(
        [sys.executable, "-c", BLOCK_MOCK_EXTRA, "webhooks", "listen", "--port", "0",
         "--secret", "s3", "--max-events", "1", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert process.stderr is not None
    first = process.stderr.readline()
    assert "listening for webhooks on http://127.0.0.1:" in first, first
    url = first.split("on ", 1)[1].split("/ ", 1)[0].split(" ")[0]
    raw = json.dumps({"task_id": "t1", "platform": "suno", "data": []}).encode()
    headers = webhooks.sign(raw, "s3", int(time.time())) | {"X-Webhook-Id": "e1"}
    import httpx2

    assert httpx2.post(url + "/", content=raw, headers=headers, timeout=60).status_code == 200
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert json.loads(out)["task_id"] == "t1"


def test_python_m_mock_without_its_extra_is_one_line() -> None:
    blocked = BLOCK_MOCK_EXTRA.replace(
        'from musicapi_client.__main__ import main\nsys.argv = ["musicapi", *sys.argv[1:]]\nmain()',
        "import runpy\nsys.argv = ['mock', *sys.argv[1:]]\n"
        "runpy.run_module('musicapi_client.mock', run_name='__main__')",
    )
    done = subprocess.run(
        [sys.executable, "-c", blocked, "--port", "0"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert done.stderr.count("pip install 'musicapi-client[mock]'") == 1  # said once
    assert "mock extra" in done.stderr


def test_a_busy_port_for_the_listener_is_one_line_and_exit_2() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = _musicapi("webhooks", "listen", "--port", port, "--secret", "s")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr


def test_an_unreachable_redis_is_said_once(musicapi_mock: MockHandle) -> None:
    import socket

    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    env = {**_env(musicapi_mock), "MUSICAPI_REDIS_URL": f"redis://127.0.0.1:{port}/0"}
    done = _musicapi(
        "sonic", "create", "--custom-mode", "false", "--gpt-description-prompt", "x",
        "--mv", "sonic-v6", env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("unreachable") == 1, done.stderr
    assert done.stderr.startswith("warning: Redis at")
    assert ".py" not in done.stderr  # no warning pointing into the package's files


@pytest.mark.parametrize(
    ("fault", "advice"),
    [("copyright", "original lyrics"), ("moderation", "Rephrase"), ("no-subscription", "Renew")],
)
def test_a_refused_create_says_what_to_change(
    musicapi_mock: MockHandle, fault: str, advice: str
) -> None:
    """The mock answers a create with a documented 403 (a fault name); the CLI's one line
    names the refusal and what to change."""
    musicapi_mock.state.set_faults(fault)
    done = _musicapi(
        "sonic", "create", "--custom-mode", "false", "--gpt-description-prompt", "x",
        "--mv", "sonic-v6", env=_env(musicapi_mock),
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "HTTP 403" in done.stderr
    assert advice in done.stderr
